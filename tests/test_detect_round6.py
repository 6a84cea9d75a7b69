"""Detection fixes of the sixth round on real blocks, each on snippets we write here."""

from detect_cases import detection_test
from sql_highlight.other_servers_sql import looks_like_keyword_statements
from sql_highlight.shell_signs import looks_like_shell_variables
from sql_highlight.signature_signs import looks_like_signature
from sql_highlight.sql_signs import looks_like_column_lines

CASES = [
    # A .env file of NAME=value lines is bash (LABELLING.md, rule 4), quoted or not.
    ("bash", "BLOG_TITLE=Notes\nBLOG_PORT=8000\nBLOG_DEBUG=false"),
    ("bash", "FEED_URL=\nFEED_LIMIT=20"),
    # ... with placeholders for what the reader fills in, and comments after the values.
    ("bash", "MAIL_TOKEN=<your mail token>  # from the provider's page\nMAIL_FROM=<you@example.org>"),
    # A command given a JSON document over lines, its quote closed on the last line: the shell's.
    ("bash", 'curl -X POST http://localhost:8000/api/posts -d \'{\n  "title": "Hello"\n}\''),
    # Signatures as reference pages print them: the object's kind first, quoted names, a
    # comma forgotten, a type written before its name, several between blank lines.
    ("postgresql", "FUNCTION blog.tag_count (\n    tag_name: text,\n    since: date\n)\nRETURNS bigint"),
    ("postgresql", 'blog."publish"(\n    "slug" TEXT,\n    "at" timestamptz DEFAULT now()\n) RETURNS TEXT'),
    (
        "postgresql",
        "blog.archive(p_slug  TEXT,\n             p_year  INTEGER DEFAULT NULL\n             p_quiet BOOLEAN)",
    ),
    ("postgresql", "blog.word_count(\n    integer post_id\n) returns integer"),
    ("postgresql", "blog.tag(p_slug text, p_tag text)\n\nblog.tag(p_id bigint, p_tag text)"),
    ("postgresql", "blog.list_posts(\n    p_limit integer\n)\n\nRETURNS SETOF post"),
    # A slip in a parameter (`post-id`) keeps the head SQL's when `RETURNS type` closes it;
    # prose that says "returns" is no signature.
    ("postgresql", "blog.unpublish(\n    post-id bigint,\n    p_reason text DEFAULT ''\n)\nRETURNS void"),
    ("text", "publish(post) returns the post's new URL"),
    # Columns one a line, without CREATE TABLE's commas, under SQL's comments.
    (
        "postgresql",
        '-- what the import wrote:\nauthor_name text\n\n-- what it should write:\n"Author Name" text',
    ),
    ("postgresql", "published_at timestamptz  -- right\npublished_at text         -- wrong"),
    # Another dialect's statement, keywords in capitals and closed by `;`: plausibly SQL.
    ("postgresql", "ATTACH NODE blog_replica HOST 'db2:5432';"),
    # A statement with `{{name}}` placeholders a tool fills in, and no `{% %}` tag: SQL.
    ("postgresql", "select title from posts where id = {{post_id}}; -- from the list above"),
    ("postgresql", "SELECT count(*)\nFROM posts\nWHERE author = {{ author }} ∸ 1;"),
    ("html+django", "<h1>{{ post.title }}</h1>"),
    ("html+django", "{% for post in posts %}SELECT {{ post.id }};{% endfor %}"),
    # A prompt that names its database in brackets, `[blog] # `, before a statement: psql.
    ("psql", "[blog] # SELECT count(*) FROM posts;"),
    # Themed shells' prompts, `❯` and `➜`, and zsh's `%` after a virtualenv's name: console.
    ("console", "❯ make html\nbuilding 12 posts"),
    ("console", "➜  lectern build --drafts\n"),
    ("console", "(blog-env) site % lectern serve\nServing on http://127.0.0.1:8000"),
    ("console", "❯ psql blog\nblog=> SELECT 1;"),  # a shell session going on into psql, as with `$`
    ("text", "Keep 50 % of the drafts"),
    # A doctest indented under prose, as reStructuredText keeps it.
    ("pycon", "    >>> slugify('Hello World')\n    'hello-world'"),
    # psql's output alone: a table under its centred title, a cell wrapped over lines (`+`).
    (
        "text",
        "          List of relations\n Schema | Name  | Type\n--------+-------+-------\n"
        " public | posts | table\n(1 row)",
    ),
    ("text", "      query\n-----------------\n SELECT title  +\n FROM posts;\n(1 row)"),
    # Server messages carrying data, no statement: output alone (rule 3), not Python's annotation.
    ("text", 'INFO:  {\n  "posts": 12,\n  "drafts": 3\n}\nINFO:  {\n  "posts": 13,\n  "drafts": 2\n}'),
    ("postgresql", "NOTICE:  ALTER TABLE posts ADD COLUMN words integer"),  # quoting a statement
    # Two bare words are a program and its argument; a built-in type or a keyword in capitals is SQL.
    ("bash", "lectern rebuild"),  # bash since round 7 (a command run without flags); text before
    ("postgresql", "published_at timestamptz"),
    ("postgresql", "DESCRIBE posts"),
    # A string alone, prose in quotes: no SQL, even with SQL's words in it.
    ("text", '"Posts are sorted by date and then on title, as the feed is."'),
    # One YAML setting: Python's annotation would name a type, never `true` or a string.
    ("yaml", "show_drafts: false"),
    ("yaml", 'feed_title: "Notes"'),
    ("python", "title: str"),
    # psql's output alone under `\\timing`: tags, times and a result, no statement.
    (
        "text",
        "BEGIN\nTime: 0.120 ms\n\n count\n-------\n    12\n(1 row)\n\nTime: 1.402 ms\n\nCOMMIT\nTime: 0.210 ms",
    ),
    # JSON as posts cut it: lines cut short by `...`, documents apart under a comment.
    ("json", '["Hello"]\n[" world"]\n["!"]\n...'),
    ("json", '/* the first post */\n{\n  "slug": "hello"\n}\n\n/* the second */\n{\n  "slug": "again"\n}'),
    ("c", "/* a comment alone */\n\n/*\n * and another\n */\nint posts;"),
    # Statements with the server's answer under them, even ones PostgreSQL's parser refuses.
    ("psql", "ATTACH SHARD s2 TO posts_cluster;\nERROR:  permission denied for shard s2"),
    ("psql", "CREATE INDEX ON posts (slug);\nDEBUG:  building index serially\nCREATE INDEX"),
    # `\\watch` after a statement is psql's meta-command.
    ("psql", "select count(*) from posts where draft \\watch 5"),
    # Shell lines: output sent to a file, a comment after a command, a program given flags on
    # one line and run bare on another. A usage table (aligned columns, placeholders) stays text.
    ("bash", "lectern build 2>>build-errors.log >>build.log"),
    ("bash", "blogtool init  # once per checkout\nblogtool start"),
    ("bash", "# every post\nblogtool index\n\n# one tag only\nblogtool index --tag postgres"),
    (
        "text",
        "blogtool index --tag <tag>    Index the posts of one tag\nblogtool index                Index every post",
    ),
    # A tag alone on its line, left by a page, over statements: SQL; tags around text stay HTML.
    ("postgresql", '<div class="sql">\nCREATE TABLE tags (\n  name text PRIMARY KEY\n);'),
    ("html", '<div class="note">\nSelect a post to edit.\n</div>'),
    # Statements held as YAML values, closed by `;`: the lines stay YAML's.
    (
        "yaml",
        "grants:\n  posts:\n    give: GRANT SELECT ON posts TO reader;\n    take: REVOKE SELECT ON posts FROM reader;",
    ),
]


test_detects = detection_test(CASES)


def test_env_lines_want_upper_case_names_and_no_spaces():
    assert looks_like_shell_variables("SITE_NAME=blog")
    assert not looks_like_shell_variables("site_name=blog")
    assert not looks_like_shell_variables("SITE_NAME = 'blog'")  # Python's spacing


def test_a_call_or_prose_is_no_signature():
    assert not looks_like_signature("render(post)")
    assert not looks_like_signature("Call it as publish(slug) once.\n\nThen check the feed.")


def test_column_lines_want_sql_signs():
    assert looks_like_column_lines("title text\nwords integer")
    assert not looks_like_column_lines("hello world\ngood night")  # prose: no comment, no type
    assert not looks_like_column_lines("title text, then more words")


def test_keyword_statements_want_capitals_and_semicolons():
    assert looks_like_keyword_statements("DETACH NODE blog_replica;\nLIST NODES;")
    assert not looks_like_keyword_statements("NOTE this is prose;")
    assert not looks_like_keyword_statements("ATTACH NODE blog_replica")
