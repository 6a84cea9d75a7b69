"""Detection fixes of the seventh round on real blocks, each on snippets we write here."""

from detect_cases import detection_test
from sql_highlight.detect import LANGUAGES, detect_language
from sql_highlight.diff_signs import looks_like_diff
from sql_highlight.shell_fragments import looks_like_bare_command, looks_like_command_then_lines
from sql_highlight.signature_signs import looks_like_function_named_alone

CASES = [
    # A hunk whose first context line lost its leading space: lines added and removed say diff,
    # even where its lines are a regression test's SQL and server messages.
    (
        "diff",
        "SELECT publish_post('hello');\n NOTICE:  post hello published\n-DETAIL:  two feeds refreshed\n"
        "+DETAIL:  three feeds refreshed\n publish_post\n",
    ),
    ("diff", "def title(self):\n-    return self.name\n+    return self.name.title()\n"),
    # A function of no arguments named alone, as a reference lists it: SQL's.
    ("postgresql", "blog_version()"),
    ("postgresql", "refresh_tag_counts()\n"),
    # ... but a call on an object, or a name without snake_case, stays Python's.
    ("python", "app.refresh_tag_counts()"),
    ("python", "main()"),
    # A program run without flags, alone on its line: a name that joins words, or a word or two after it.
    ("bash", "site-build"),
    ("bash", "rebuild_feeds"),
    ("bash", "lectern serve"),
    # A known program given arguments, then at once what it printed.
    ("bash", 'psql -d blog -f schema.sql\nYou are now connected to database "blog".\nCREATE EXTENSION'),
    ("bash", 'pip show lectern\nName: lectern\nVersion: 1.0\nSummary: "a blog"'),
    # ... or two commands, one a tool given flags, then the document they wrote; a tool given a
    # path, then its output.
    ("bash", 'feedgen export --format=json\nfeedcheck verify out.json\n{\n  "posts": 3\n}'),
    ("bash", "blogtool check ./content/posts\nChecked 12 posts.\nAll good"),
    # Object literals' entries, keys unquoted, in a call or cut out of a page's config: JavaScript.
    ("javascript", 'widget = Inputs.text({\n  label: "Tag",\n  submit: true,\n})'),
    ("javascript", '    title: "Archive",\n    slug: "archive",\n    tags: ["notes", "posts"],'),
    # ... but one literal alone is data printed (LABELLING.md, rule 3), and YAML stays YAML.
    ("text", "{\n  id: 'post-1',\n  words: 120,\n  draft: false\n}"),
    ("yaml", 'site:\n  title: "Notes"\n  tags: ["a", "b"]'),
    # A plain word alone is no command, and a usage line is text.
    ("text", "ok"),
    ("postgresql", "vacuum analyze"),
]


test_round7_blocks = detection_test(CASES)


def test_a_first_line_then_only_additions_is_no_diff():
    """Stripped of its first space, a hunk still needs a line removed: `+ 1` lines alone are
    an expression's continuation as much as a diff's."""
    assert not looks_like_diff("SELECT now()\n+ interval '1 day'\n+ interval '2 hours'")


def test_sql_with_comment_lines_stays_sql():
    code = "SELECT id\n-- the newest first\n  FROM posts\n+ 0\n"
    assert not looks_like_diff(code)


def test_a_long_name_alone_answers_quickly():
    assert not looks_like_function_named_alone("a_" * 5000 + "(x)")


def test_a_usage_line_over_output_is_no_command():
    assert not looks_like_command_then_lines("lectern [OPTIONS] build\n  Builds the site.")


def test_a_command_then_another_is_left_to_the_command_rules():
    assert not looks_like_command_then_lines("pip install lectern\npip install pelican")


def test_long_runs_of_words_answer_quickly():
    """The words of a bare command repeat a group: a long run that fails at its end must not
    make it backtrack."""
    assert not looks_like_bare_command("ab-cd " * 3000 + "!")
    assert not looks_like_bare_command("a" * 20000 + " b c d")


def test_a_long_entry_line_answers_quickly():
    assert detect_language("title: " + '"a", ' * 3000 + "x") in LANGUAGES
    assert detect_language("\n" * 5000 + "title: 1") in LANGUAGES
