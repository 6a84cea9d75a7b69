"""Detection fixes of the third round on real blocks (issue 13), each on snippets we write here."""

from hypothesis import given, settings
from hypothesis import strategies as st

from detect_cases import detection_test
from sql_highlight.detect import SQL_FAMILY, detect_language
from sql_highlight.python_fragments import looks_like_python_fragment
from sql_highlight.shell_signs import is_command_line, looks_like_command_then_output

CASES = [
    # Hunks without a header: context lines kept with one space.
    ("diff", " def greet(name):\n-    return 'hi ' + name\n+    return f'hi {name}'"),
    ("diff", "+\\timing on"),
    ("diff", " ALTER TABLE drafts ADD COLUMN slug text;\n+CREATE INDEX ON drafts (slug);"),
    # A command, a blank line, what it printed.
    ("bash", "kubectl get jobs\n\nNAME       COMPLETIONS   AGE\nnightly    1/1           3m"),
    ("bash", "python manage.py check\n\nSystem check identified no issues (0 silenced)."),
    ("bash", "BUILD_ENV=staging docker build -t blog:latest ."),
    ("bash", "modprobe brd rd_size=1048576"),
    # A root prompt `# ` is also a comment's mark.
    ("bash", "# minikube\neval $(minikube docker-env)\nmake image"),
    ("python", "import os\n\n# cd into the project first\nROOT = os.getcwd()\nDEBUG = False"),
    # psql with a superuser's bare prompt, plan nodes without costs.
    ("psql", "# ALTER SYSTEM SET work_mem = '64MB';"),
    ("psql", "# \\i scripts/seed.sql"),
    (
        "postgres-explain",
        "->  Hash Join\n      Hash Cond: (a.id = b.a_id)\n      ->  Seq Scan on a\n      ->  Hash",
    ),
    # Python fragments.
    ("python", "def render_teaser(self):"),
    ("python", "class DraftAdmin(admin.ModelAdmin):"),
    ("python", "MIDDLEWARE = [\n    ...\n    'blog.middleware.Timing',\n    ...\n]"),
    ("python", "'published': ('django.db.models.fields.DateTimeField', [], {'null': 'True'}),"),
    ("python", "def tidy:\n  if messy:\n    return"),
    ("python", "Panel('teaser', heading=\"Teaser\")"),
    # JavaScript that reaches for the page's globals.
    ("javascript", "// the toolbar\nwindow.Blog.toolbar;\nwindow.Blog.search;"),
    ("javascript", "class Toggle extends window.Blog.Controller {\n  connect() {\n    this.flip();\n  }\n}"),
    # YAML with elisions.
    ("yaml", "spec:\n  [...]\n  replicas: 2\n  selector:\n    app: blog"),
    ("yaml", "    ... trimmed ...\n    env:\n    - name: MODE\n      value: prod"),
    # C in PostgreSQL's style: the return type on the line above the name.
    ("c", "static int\ncount_drafts(Relation rel)\n{\n    return 0;\n}"),
    ("c", "int pages = 0;\nsize_t width = 80;\npages = width / 2;"),
    ("c", "#ifdef USE_ASSERT_CHECKING\nAssert(pages > 0);\n#endif"),
    # JavaScript whose template literals carry HTML.
    ("javascript", "const card = (post) => {\n  return `<article><h2>${post.title}</h2></article>`;\n};"),
    # PostgreSQL's array and range literals; statements between lines of output.
    ("postgresql", "'{{1,2},{3,4}}'"),
    ("postgresql", "'[2024-01-01,2025-01-01)'::daterange"),
    ("postgresql", "Then run\n  select title from drafts where id in (1, 2) order by title;\nto list them."),
]


test_detects = detection_test(CASES)


def test_removals_alone_are_no_diff():
    assert detect_language("- name: web\n  image: blog:1\n- name: worker\n  image: blog:1") == "yaml"


def test_commands_and_output_want_a_known_program_first():
    assert looks_like_command_then_output("git status\n\nnothing to commit")
    assert not looks_like_command_then_output("Dear reader\n\nthanks for reading")
    assert not looks_like_command_then_output("git status")  # nothing printed
    assert not is_command_line("hello world")


def test_python_fragments_are_python_shapes_only():
    assert looks_like_python_fragment("for row in rows:")
    assert not looks_like_python_fragment("Note: read this first")
    assert not looks_like_python_fragment("...")


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["SELECT 1;", "UPDATE drafts SET seen = true;", "DELETE FROM drafts WHERE id = 2;"]),
    st.sampled_from(["# ", "blog=# ", "=> "]),
)
def test_a_prompted_statement_stays_sql(statement, prompt):
    assert detect_language(prompt + statement) in SQL_FAMILY


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["context line", "x = 1", "<p>kept</p>", ""]).map(lambda s: " " + s if s else s),
        max_size=4,
    ),
    st.lists(st.sampled_from(["+added = 2", "-removed = 1", "+<li>new</li>"]), min_size=1, max_size=4),
)
def test_hunks_with_an_addition_are_diffs(context, changes):
    changes = changes + ["+one more"]
    assert detect_language("\n".join(context + changes)) == "diff"
