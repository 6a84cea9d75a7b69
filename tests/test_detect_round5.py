"""Detection fixes of the fifth round on real blocks, each on snippets we write here."""

from detect_cases import detection_test
from sql_highlight.detect import detect_language
from sql_highlight.shell_signs import is_command_line
from sql_highlight.sql_signs import looks_like_result_alone

CASES = [
    # A result table with no statement beside it: output alone (LABELLING.md, rule 3).
    ("text", " slug        | words\n-------------+-------\n hello-world |   412\n(1 row)"),
    ("text", " publish\n---------\n t\n(1 row)"),
    ("text", "-[ RECORD 1 ]-----\ntitle | Hello\nwords | 412"),
    # ... the column may be named like a keyword; a statement above it makes a session.
    ("text", " create\n--------\n\n(1 row)"),
    ("psql", "SELECT count(*) FROM posts;\n count\n-------\n    12\n(1 row)"),
    # Plan nodes named in one word, CamelCase, as a fragment of a plan.
    (
        "postgres-explain",
        "->  GroupAggregate\n      Group Key: tag\n      ->  Sort\n            Sort Key: tag",
    ),
    # A `\\` command named inside a comment is no meta-command: the statements around it are SQL.
    ("postgresql", "-- run it in psql, not with \\i\nSELECT publish(:slug);"),
    # Literals cast to their types; what the quotes hold (JSON, tags) does not count.
    ("postgresql", '\'{\n  "title": "Hello",\n  "body": "<p>Hi</p>"\n}\'::jsonb'),
    ("postgresql", "'draft'::post_state\n'[2024-01-01,2025-01-01)'::daterange"),
    # Signatures written with other languages' habits: `name: type`, `RETURN type`.
    ("postgresql", "blog.publish (p_slug text, p_at: timestamptz)\nRETURNS boolean"),
    ("postgresql", "blog.word_count(p_body text)\nRETURN integer"),
    # Fragments of a statement with a bound parameter, or under a `--` comment.
    ("postgresql", 'title = :title_1 COLLATE "C"'),
    ("postgresql", "-- how the filter reads\n(published > :since)"),
    ("postgresql", "words >= %(min_words)s"),
    # A tool's namespaced subcommands; placeholders in angle brackets are arguments, no tags.
    ("bash", "rake feeds:rebuild\nrake cache:clear"),
    ("bash", "blogctl posts:archive drafts"),
    ("bash", "gmake\ngmake install"),
    ("bash", "wordcount <options> posts.txt"),
    ("bash", "BLOG_TOKEN=<your-token> psql -h localhost -U <your-user> blog"),
    # ... and in a Python string; a custom element with an attribute, or closed, is a tag.
    (
        "python",
        'FEEDS = {\n    "main": {\n        "token": "<your-token>",\n        "secret": "<your-secret>",\n    }\n}',
    ),
    ("html", '<blog-card size="wide"></blog-card>\n<p>Hello</p>'),
    # A class header whose colon the writer forgot, over its indented body.
    (
        "python",
        "class Post(models.Model)\n    title = models.CharField(max_length=80)\n\n    def __str__(self):\n        return self.title",
    ),
    # ... any compound header's forgotten colon, and a last header with only a comment under it.
    ("python", "for post in drafts\n    post.publish()\n    log(post.slug)"),
    ("python", "with open(path) as feed\n    items = parse(feed)"),
    ("python", "rows = store.cursor('drafts')\nfor row in rows:  # one at a time\n    # render it here"),
    ("python", "if post.draft:  # hidden\n    skip(post)"),
    # A definition first, over a body Python parses: Python, whatever tags its strings hold.
    ("python", 'def page(request):\n    return {"body": "<h1>Hello</h1>", "status": 200}'),
    # A command given a script over lines, in quotes: the shell's, whatever the script's language.
    ("bash", "python3 -c '\nimport feedparser\nprint(feedparser.__version__)\n'"),
    ("bash", 'node -e "\nconst feed = require("./feed");\nconsole.log(feed.items.length);"'),
    # A program run by a path with `@` in it.
    ("bash", "/opt/homebrew/opt/python@3.12/bin/pip3 install -U feedparser"),
    # A query under a YAML key, as a plain scalar over several lines.
    (
        "yaml",
        "queries:\n  recent:\n    sql:\n      select title\n      from posts\n      where draft = 0\n    title: Recent",
    ),
    # Python's annotated assignments are no YAML mappings.
    ("python", "posts: list[Post] = feed.fetch(limit=5)\nfor post in posts:\n    render(post)"),
    ("python", "draft: Post = store.get(7)\npublished: bool = store.publish(draft.id)"),
    ("yaml", "title: Hello\ntags: [blog, python]\ndraft: false"),
    # A namespaced subcommand after a verb.
    ("bash", "rails generate blog:theme\nrails assets:precompile"),
    # Settings with dotted names, or values only a conf file leaves unquoted (a URL).
    ("ini", "# needs a restart\nblog_search.language = 'english'  # the default"),
    ("ini", "feed.url = https://user:secret@example.com/feed+atom"),
    ("python", "app.debug = feed.fetch(url)"),
    ("python", "app.debug = True"),
    # Statements with the server's answer under them: a message, a command tag (rule 2).
    (
        "psql",
        'INSERT INTO posts (title) VALUES (NULL);\nERROR:  null value in column "title"\nDETAIL:  Failing row.',
    ),
    ("psql", "CREATE TABLE drafts (id int);\nCREATE TABLE\nINSERT INTO drafts VALUES (1);\nINSERT 0 1"),
    ("psql", "SELECT tidy_tags();\nNOTICE:  removed 3 tags"),
    # A message alone quotes no statement: text, not SQL.
    ("text", 'ERROR:  relation "drafts" does not exist'),
]


test_detects = detection_test(CASES)


def test_yaml_front_matter_is_no_ruler():
    assert not looks_like_result_alone("---\ntitle: Hello\n---\n<p>Hi</p>")
    assert looks_like_result_alone(" n\n---\n 1\n(1 row)")


def test_a_shell_loop_keeps_its_shape():
    assert detect_language('for f in *.md\ndo\n  wc -w "$f"\ndone') == "bash"


def test_a_subcommand_wants_a_word_before_its_colon():
    assert is_command_line("rake feeds:rebuild")
    assert not is_command_line("Schema: public")
    assert not is_command_line("note: see below")
