"""Detection fixes of the second round on real blocks (issue 13), each on snippets we write here."""

from hypothesis import given, settings
from hypothesis import strategies as st

from detect_cases import detection_test
from sql_highlight.data_signs import looks_like_json
from sql_highlight.detect import SQL_FAMILY, detect_language

CASES = [
    # SQL that PostgreSQL's parser does not take as it stands.
    ("postgresql", "    shipping_fee  numeric(8, 2) NOT NULL DEFAULT 0,"),
    ("postgresql", "settings->>'theme' = 'dark'"),
    ("postgresql", "coalesce(nullif(trim(nickname), ''), 'anon')::varchar(40);"),
    ("postgresql", "ALTER ROLE reporting SET search_path TO :'schema_name';"),
    ("postgresql", "WHERE tenant_id = %(tenant)s\n  AND archived IS FALSE"),
    ("postgresql", "select title, length(body) as chars from drafts order by chars desc ..."),
    ("psql", "SELECT max(id) AS last_id FROM invoices \\gset\nSELECT :last_id + 1;"),
    ("psql", "SELECT '<b>bold</b>'::text AS markup;\n   markup\n-------------\n <b>bold</b>"),
    (  # the server's answer under the statement: a session (LABELLING.md, rule 2; round 5)
        "psql",
        "CREATE FUNCTION bump() RETURNS trigger AS $$\nBEGIN\n  NEW.n := NEW.n + 1;\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n\nNOTICE:  bumped",
    ),
    ("plpgsql", "DECLARE\n    counter integer := 0;\n    label text;"),
    ("plpgsql", "<<outer>>\nDECLARE\n    total int;\nBEGIN\n    total := 1;\nEND outer;"),
    # JSON as posts show it.
    ("json", '{\n  "name": "lectern",\n  "private": true,\n}'),
    ("json", '  "engines": {\n    "node": ">=20"\n  }'),
    ("json", '{"event": "login", "ok": true}\n{"event": "logout", "ok": true}'),
    ("json", '{\n  // the port we listen on\n  "port": 8080\n}'),
    ("json", '{\n  "hosts": [\n    "a.example",\n    ...\n  ]\n}'),
    # Shell commands without a prompt.
    ("bash", "unzip assets.zip -d static/"),
    ("bash", "opam install dune"),
    ("bash", "PGHOST='db.internal'\nPGDATA=$HOME/pgdata"),
    ("bash", "curl -s https://example.org/hook \\\n  --data-binary @- <<EOF\n<note><to>ops</to></note>\nEOF"),
    ("bash", "(cd build; make)"),
    # Configuration files.
    ("ini", 'listen-port = 7000\nlog-level = "info"'),
    ("ini", 'db-dsn = "postgres://<user>:<password>@localhost/app"'),
    # Text with angle brackets, drawings and log lines.
    ("text", "deploy <service> [--dry-run]\nrollback <service> <release>"),
    ("text", "blog\n├── content\n│   └── posts\n└── theme"),
    ("text", 'ERROR:  relation "drafts" does not exist\nHINT:  Check the search_path.'),
    ("bash", "DATABASE_URL=postgres://app@db/app\nDEBUG=true"),  # a .env file: LABELLING.md, rule 4
    ("text", "stack {\n    web replicas 2\n    worker\n}"),
    # YAML with scripts and HTML in its block scalars.
    (
        "yaml",
        "jobs:\n  test:\n    steps:\n      - run: |\n          make test; make lint\n          echo done {\n",
    ),
    ("yaml", "page:\n  intro: |-\n    <p>Hello {{ name }}</p>\n    <p>Bye</p>\n  footer: none"),
    # Diffs without their header, C fragments, anonymous JavaScript functions.
    ("diff", "-    <li>Old</li>\n+    <li>New</li>"),
    ("c", "static BufferDesc *victim = NULL;\nvictim->tag = tag;"),
    ("javascript", "button.on('click', function () {\n  toggle();\n});"),
]


test_detects = detection_test(CASES)


def test_python_dicts_are_not_json():
    assert not looks_like_json("{'a': 1}")
    assert not looks_like_json('{"a": True, "b": None}')
    assert not looks_like_json('"just a string"')


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["id", "total", "created_at", "name"]).flatmap(
            lambda column: st.sampled_from(["integer", "text", "numeric(10, 2)", "timestamptz"]).map(
                lambda kind: f"    {column}  {kind} NOT NULL,"
            )
        ),
        min_size=1,
        max_size=5,
    )
)
def test_column_definitions_stay_sql(lines):
    assert detect_language("\n".join(lines)) in SQL_FAMILY
