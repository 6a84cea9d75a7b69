"""Detection fixes of session 41 read off round 151 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Jekyll's `{% raw %}` inside a line, around what Liquid would otherwise read: the site's, not the code's.
    (
        "yaml",
        "name: publish\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n"
        "      TOKEN: {% raw %}${{ secrets.DEPLOY_TOKEN }}{% endraw %}\n    steps:\n"
        "      - run: invoke build\n        with:\n"
        "          key: site-{% raw %}${{ hashFiles('requirements.txt') }}{% endraw %}\n"
        "          restore-keys: |-\n            {% raw %}${{ runner.os }}{% endraw %}-site-",
    ),
    (
        "bash",
        'url="{%raw%}${{ github.server_url }}/runs/${{ github.run_id }}{%endraw%}"\n'
        'if ./check_links.sh; then\n  echo "links fine: ${url}"\nelse\n  exit 1\nfi',
    ),
    # ... while a Jinja template keeps its own tags, `raw` among them.
    (
        "html+django",
        "{% for talk in talks %}\n<li>{% raw %}{{ not_rendered }}{% endraw %} {{ talk.title }}</li>\n{% endfor %}",
    ),
    # C's designated initialisers, on one line.
    ("c", "int slots[64] = { [0 ... 7] = 1, [8 ... 62] = 2, 3 };"),
    ("c", "char marks[] = { 'a', 'b', [25] = 'z' };"),
    # A C function of type `unsigned` alone.
    (
        "c",
        "unsigned twice(unsigned n) {\n    return n + n;\n}\n\nunsigned thrice(unsigned n) {\n    return twice(n) + n;\n}",
    ),
    # C++: a namespace's template type, a namespace's function called as a statement, a stream's
    # line ended, the standard library's string as a parameter.
    (
        "cpp",
        "lectern::owned_ptr<char>\nslug_of (const char *title)\n{\n  if (title == NULL)\n    return NULL;\n"
        "  return lectern::owned_ptr<char> (strdup (title));\n}",
    ),
    (
        "cpp",
        'TALK_ENTRY(jint, Talk_Count(void))\n  TalkTrace("Talk_Count");\n  return talks::visible_count();\nTALK_END',
    ),
    ("cpp", 'int minutes;\nin >> minutes;\nout << "minutes: " << minutes << endl;'),
    ("cpp", "int find_title(string text, string title) {\n    return text.find(title);\n}"),
    # ... not SurrealQL's namespaced functions, given `$` parameters ...
    (
        "postgresql",
        "SELECT * FROM talk\nWHERE string::is_email($speaker) AND geo::distance(venue, $here) < 100;",
    ),  # as before
    # ... nor Python's names that start with `string`.
    ("python", 'string1 = "talk"\nprint(string1)\nstring2 = "notes"\nprint(string2)'),  # as before
    # Node's `require` given a template literal.
    ("javascript", "require(`./slides/${talkSlug}.json`)"),
    # A subshell's output piped to a command run in its own environment.
    ("bash", '( echo "b-1"; echo "b1" ) | LC_ALL=C sort'),
]


test_session_41_round_151 = detection_test(CASES)
