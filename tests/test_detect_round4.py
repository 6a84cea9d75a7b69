"""Detection fixes of the fourth round on real blocks, each on snippets we write here."""

from hypothesis import given, settings
from hypothesis import strategies as st

from detect_cases import detection_test
from sql_highlight.detect import SQL_FAMILY, detect_language
from sql_highlight.shell_signs import is_command_line, looks_like_shell_variables
from sql_highlight.signature_signs import looks_like_signature
from sql_highlight.sql_signs import looks_like_quoted_statements

CASES = [
    # A function's signature, as reference pages list it without CREATE FUNCTION.
    ("postgresql", "archive_drafts(\n    p_blog text\n    , p_before date DEFAULT now()\n)\nRETURNS bigint"),
    ("postgresql", "tidy_tags(p_dry_run boolean DEFAULT true)"),
    (
        "postgresql",
        "draft_stats(\n    p_blog text\n    , OUT words bigint\n    , OUT pages int\n)\nRETURNS record",
    ),
    ("postgresql", "recent_posts(p_limit int)\nRETURNS TABLE (\n    title text\n    , published date\n)"),
    # ... with parameters left out, or a doubled comma.
    ("postgresql", "publish(\n    p_slug text,\n    ...\n)\nRETURNS void"),
    ("postgresql", "publish(\n    p_slug text,\n    , p_at timestamptz DEFAULT NULL\n)"),
    # Server messages that quote the statements a function ran.
    ("postgresql", "NOTICE:  ALTER TABLE drafts_old RENAME TO drafts_2023\nNOTICE:  DROP TABLE drafts_tmp"),
    # A bare psql prompt before a comment (optimizer hints are written as comments).
    ("psql", "=# /*+ SeqScan(posts) */\n   SELECT count(*) FROM posts;"),
    ("psql", "=# /* the slow one */ SELECT * FROM posts ORDER BY published;"),
    # postgresql.conf: a server setting named, or a switch; Python would take either line.
    ("ini", "shared_preload_libraries = 'pg_stat_statements'"),
    ("ini", "wal_level = logical\nmax_wal_senders = 4"),
    ("ini", "blog_cache = on"),
    ("python", "feed_url = 'https://example.com/feed.xml'"),
    # A file the shell sources: no space around `=`, values quoted.
    ("bash", '# where the blog lives\nBLOG_ROOT="/srv/blog"\nBLOG_USER="writer"'),
    ("bash", "export THEME='plain'"),
    # Template calls and variables; GitHub Actions' `${{ }}` is no template of a page.
    ("html+django", "{{ render_toc(depth=2) }}"),
    ("html+django", '{{ $cover := .Resources.Get "cover.png" }}\n<img src="{{ $cover.RelPermalink }}">'),
    ("yaml", "- name: deploy\n  env:\n    TOKEN: ${{ secrets.DEPLOY_TOKEN }}"),
    # Hunks that only remove lines of code.
    ("diff", "-SITE_NAME = 'drafts'"),
    ("diff", " class Settings:\n-    CACHE = True\n     DEBUG = False"),
    ("yaml", "-   repo: local\n    hooks:\n    -   id: tidy"),
    # A C enum.
    ("c", "enum post_state {\n    DRAFT = 0,\n    PUBLISHED = 1\n};"),
    # A program in a project's bin/ or scripts/, a script by its relative path with arguments.
    ("bash", "bin/publish --drafts"),
    ("bash", "scripts/rebuild"),
    ("bash", "tools/ci/check_links.py public/"),
    # JavaScript's line comments (C's are taken before), even over a tag in the comment.
    ("javascript", "// swap the <figure> for its caption\nnode.replaceWith(caption)"),
    ("javascript", "if (post.draft && !preview) {\n  hide(post);\n}"),
    ("javascript", "const base = '/blog'\nconst url = `${base}/${year}/${slug}/${page}`"),
    # A shell line continued with `\\` is no YAML, whatever colons its header has.
    ("bash", '# the feed, as JSON\ncurl -H "Accept: application/json" \\\n  "https://example.com/feed/"'),
    # A settings list cut short after `...`.
    ("python", "PLUGINS = [\n    'toc',\n    ...\n"),
    # A query's result, then a plan: a psql session, not a plan alone.
    (
        "psql",
        "SELECT count(*) FROM posts;\n count\n-------\n    12\n(1 row)\n\n"
        "EXPLAIN SELECT * FROM posts WHERE id = 3;\n                 QUERY PLAN\n"
        "---------------------------------------------\n"
        " Index Scan using posts_pkey on posts  (cost=0.15..8.17 rows=1 width=64)\n"
        "   Index Cond: (id = 3)\n(2 rows)",
    ),
]


test_detects = detection_test(CASES)


def test_shell_variables_want_no_spaces():
    assert looks_like_shell_variables('THEME="plain"\nPOSTS_PER_PAGE=10')
    assert looks_like_shell_variables("THEME=plain\nPOSTS_PER_PAGE=10")  # a .env file: bash, rule 4
    assert not looks_like_shell_variables('THEME = "plain"')  # Python's spacing
    # A lower-case name quoted so is rc.conf's or the shell's (5 tuning blocks of round 50 on, none
    # Python's), unless its value is a class's dotted path.
    assert looks_like_shell_variables('theme="plain"')
    assert not looks_like_shell_variables('handler="notes.auth.TokenLogin"')


def test_removed_flags_are_no_diff():
    assert detect_language("-v, --verbose   say more\n-q, --quiet     say less") != "diff"


def test_a_listed_path_is_no_command():
    assert not is_command_line("docs/index.py")
    assert is_command_line("docs/build.py --strict")


def test_a_plan_under_its_explain_stays_a_plan():
    code = (
        "SET enable_seqscan = off;\nEXPLAIN SELECT * FROM posts;\n            QUERY PLAN\n"
        "-----------------------------------\n Seq Scan on posts  (cost=0.00..1.12 rows=12 width=64)"
    )
    assert detect_language(code) == "postgres-explain"


def test_signatures_want_types_or_a_result():
    assert looks_like_signature("count_words(p_body text)")
    assert not looks_like_signature("main()")  # a call
    assert not looks_like_signature("print(title, body)")
    assert not looks_like_signature("Note (read this first)")


def test_quoted_statements_want_a_statement_in_every_message():
    assert looks_like_quoted_statements("NOTICE:  TRUNCATE drafts")
    assert not looks_like_quoted_statements("NOTICE:  table drafts does not exist, skipping")
    assert not looks_like_quoted_statements("NOTICE:  TRUNCATE drafts\nall done")


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["publish", "blog.archive", "tidy_tags"]),
    st.lists(
        st.tuples(
            st.sampled_from(["p_slug", "p_limit", "p_when"]),
            st.sampled_from(["text", "int", "timestamptz", "boolean", "text[]"]),
            st.sampled_from(["", " DEFAULT NULL"]),
        ),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["", "\nRETURNS void", "\nRETURNS SETOF text"]),
)
def test_a_signature_stays_sql(name, params, returns):
    body = "\n    , ".join(f"{p} {t}{d}" for p, t, d in params)
    assert detect_language(f"{name}(\n    {body}\n){returns}") in SQL_FAMILY
