"""Detection fixes of session 50 read off round 225 after it was measured: MySQL's names in
backquotes under `use db;`; a path given bare is no division (nginx's `root /srv/x;`); an escape
glossed in a `#` note is no psql meta-command; JavaScript's object pattern inside an array
pattern and `typeof x` (the shell's backquotes, a division, root's psql and Python's tuple
unpacking stay as before)."""

from detect_cases import detection_test
from sql_highlight.detect import SQL_FAMILY, detect_language

CASES = [
    # MySQL: a database chosen, then inserts into a table named in backquotes.
    (
        "postgresql",
        "use lectern;\ninsert into `talks` (title) values ('Planets');\ninsert into `talks` (title) values ('Captions');",
    ),
    ("bash", "echo `date` >> build.log"),  # as before: the shell's backquotes
    ("postgresql", "select minutes / 60 as hours from talks;"),  # as before: a division
    # A YAML string with an escape, the escape glossed in a note after root's `# `.
    ("yaml", 'lesson: "talks\\nslides"\n# \\n : 换行'),
    ("psql", "# \\dt\n# select count(*) from talks;"),  # as before: root's psql
    # JavaScript: an object pattern inside an array pattern; typeof.
    ("javascript", "const [{ data, error }, refetch] = useQuery()"),
    ("javascript", 'typeof missing_name // "undefined"'),
    ("python", "data, error = use_query()"),  # as before: Python's unpacking
]

test_session_50_round_225 = detection_test(CASES)


def test_a_bare_path_is_no_division():
    for code in ("root /srv/lectern/output;", "nginx -c /etc/nginx/lectern.conf"):
        assert detect_language(code) not in SQL_FAMILY, code
