"""Detection fixes of session 32 (the misses of rounds 97 on once read), each on snippets we
write here; the cases marked "as before" guard what the fix must not move."""

from detect_cases import detection_test

CASES = [
    # Statements with the author's arrow to each result: no psql prints `-> TRUE` (rule 8).
    ("postgresql", "SELECT 2 > 1;\n-> TRUE\n\nSELECT 'pg' || 'conf';\n-> pgconf"),
    ("postgresql", "SELECT 7 / 2;\n-> 3\n\nSELECT NULL IS NULL;\n-> TRUE"),
    ("postgresql", "SELECT 'talk' LIKE 't%'; -- (a)\n-> TRUE\n\nSELECT 'talk' ILIKE 'T_LK'; -- (b)\n-> TRUE"),
    # ... while psql's own continuation prompt, named or bare, stays a session's, as before.
    (
        "psql",
        "talks=> SELECT title\ntalks-> FROM talks\ntalks-> WHERE year = 2024;\n title\n-------\n Plans\n(1 row)",
    ),
    ("psql", "=> SELECT title\n-> FROM talks;\n title\n-------\n Plans\n(1 row)"),
    ("psql", "SELECT count(*) FROM talks;\n count\n-------\n    12\n(1 row)"),
    # A note in brackets under a statement is the author's, not what the server printed.
    (
        "postgresql",
        "SELECT speaker, count(*)\nFROM talks\nGROUP BY speaker\nHAVING count(*) > 2;\n"
        "( Only speakers with three talks or more are listed.)",
    ),
    # MongoDB's shell beside SQL: its `"$tags"` field paths are no shell variables.
    (
        "javascript",
        'db.talks.aggregate([\n    { $unwind: "$tags" },\n    { $group: { _id: "$tags", total: { $sum: 1 } } },\n'
        "    { $sort: { total: -1 } }\n])",
    ),
    (
        "javascript",
        'db.talks.find(\n    { "year": { $gte: 2020 }, $expr: { $gt: [{ $size: "$slides" }, 10] } },\n'
        '    { "title": 1 }\n)',
    ),
    # ... while pymongo's same call in Python stays Python, as before.
    ("python", 'talks = db.talks.find({"year": 2024})\nfor talk in talks:\n    print(talk["title"])'),
    # A stylesheet imported for its effects.
    ("javascript", "import './talks.css';  // the page's own styles"),
    # Python with the lines a change adds marked, the rest unmarked (a post's way to show a change).
    (
        "diff",
        "from django.db import models\n+from django.utils import timezone\n\n\nclass Talk(models.Model):\n"
        "    title = models.CharField(max_length=200)\n+   given_on = models.DateField(default=timezone.now)",
    ),
    (
        "diff",
        "INSTALLED_APPS = [\n+    'talks.apps.TalksConfig',\n    'django.contrib.admin',\n    'django.contrib.auth',\n]",
    ),
    (
        "diff",
        "class TalkViewSet(ViewSet):\n    def list(self, request):\n        talks = Talk.objects.all()\n"
        "+       talks = talks.filter(published=True)\n        return Response(TalkSerializer(talks, many=True).data)\n"
        "\n+   @action(detail=True, methods=['POST'], url_path='publish')\n+   def publish(self, request, pk=None):\n"
        "+       return Response(status=204)",
    ),
    # ... while a YAML list inside a module's string, and a `+` that goes on an expression, stay Python.
    (
        "python",
        'SPEC = """\nservers:\n- url: http://localhost:8000/\n  description: local\n"""\n\n'
        "settings = yaml.safe_load(SPEC)",
    ),
    ("python", "total = (first\n         + second)\nprint(total)"),
    # Round 98's: an expression with what it gives in a `--` note after it, on the same line.
    ("postgresql", "upper('pg') -- 'PG'"),
    ("postgresql", "'talks' || '/' || 'index' -- talks/index"),
    ("postgresql", "演題 like '%Postgres%' -- 例: Postgres入門"),
    # ... while the shell's `--` before a path stays the shell's, as before.
    ("bash", "git checkout -- notes.md"),
    # Canonical's juju, which runs PostgreSQL's charms: a command, its placeholders and all.
    ("bash", "juju config postgresql-k8s <option>=<value>"),
    # A `//` note over what is no JavaScript: the writer's, and the block is what it is over.
    ("yaml", "// 이렇게 바꿉니다\nserver:\n  port: 8000\n  host: 0.0.0.0"),
    ("console", "// 설치 후 실행\n# /usr/local/bin/setup-talks.sh"),
    # ... while JavaScript's own comments stay JavaScript's, as before.
    ("javascript", "// count the talks\nconst total = talks.length;"),
    # Round 99's: psql's help, `\?`, is a meta-command like the others.
    ("psql", "\\?"),
    # The shell's `#` notes between statements, no space after the mark: the writer's, the SQL is SQL.
    ("postgresql", "#Создаём роль\ncreate role reader login;\n#Даём права\ngrant select on talks to reader;"),
    (
        "postgresql",
        "#Обновляем в цикле\nDO $$\nBEGIN\n  FOR i IN 1..3 LOOP\n    RAISE NOTICE 'step %', i;\n  END LOOP;\nEND$$;",
    ),
    # A caption, one known program's command and what it printed: the shell's (rule 2).
    (
        "bash",
        "### Останавливаем\ndocker-compose down\nRemoving talks_db ... done\nRemoving network talks_default",
    ),
    ("bash", "# what is left\nls /srv/talks/\nslides.pdf"),
    # ... while an editor's command is followed by what is typed into the file (a crontab: text).
    ("text", "# run it nightly\ncrontab -e\n0 3 * * * /usr/local/bin/backup-talks.sh"),
    # A .env file with one list apart by spaces among its names.
    ("bash", "DEBUG=1\nSECRET_KEY=change-me\nDJANGO_ALLOWED_HOSTS=localhost 127.0.0.1 [::1]"),
    # A script's name over its shebang: its `# ` lines are comments (commands left out), no root's prompt.
    (
        "bash",
        '# entrypoint.sh\n\n#!/bin/sh\n\nuntil pg_isready -h "$DB_HOST"; do\n  sleep 1\ndone\n\n'
        '# python manage.py flush --no-input\n# python manage.py migrate\n\nexec "$@"',
    ),
    # Rounds 100 and 101's: a tutorial's `column`, a word PostgreSQL reserves, in clauses cut from
    # their statements.
    ("postgresql", "... WHERE column LIKE '%talk%'\n... WHERE column NOT IN (1, 2, 3)"),
    ("postgresql", "... WHERE LENGTH(column) = 10"),
    # A note in Japanese under a statement is the writer's, not the server's answer.
    (
        "postgresql",
        "select * from talks order by title limit 3 offset 3;\n\n※ 1件目から始めるなら、offset は 0",
    ),
    # A ruler over and under a block is its frame.
    ("bash", "-" * 80 + "\nexport TALKS_HOME=/srv/talks\nexport PGDATA=${TALKS_HOME}/pgdata\n" + "-" * 80),
    ("yaml", "=" * 40 + "\nserver:\n  port: 8000\n  host: 0.0.0.0\n" + "=" * 40),
    # ... while a result table's own rules stay the result's, as before.
    ("text", " title \n-------\n Plans\n(1 row)"),
    # A script's linter directive over its comments: no root's prompt.
    (
        "bash",
        "# shellcheck shell=bash\n\n# set up the database\npkg_add postgresql-server\n"
        "sudo install -d -o _postgresql /var/postgresql/data\nsudo rcctl enable postgresql\nls -dhl /var/postgresql\n\n"
        "# later\n# make talks-sync",
    ),
    # JavaScript: a module imported for its effects by its path; the console's other calls.
    ("javascript", 'import "./talks/globals"'),
    ("javascript", "console.table({ talks, speakers })"),
    # A Java properties file with a JDBC address: settings, ini.
    ("ini", "talks.jdbc.url=jdbc:postgresql://{DB-HOST}/talks\ntalks.jdbc.user=talks\ntalks.web.port=9000"),
    # Rounds 102 and 103's: removals alone, `- name=value`, are a list's items, no diff's (round 97's
    # rule takes a change only where lines are added).
    (
        "python",
        'class Talk(models.Model):\n  speaker = models.ForeignKey(\n    to="Speaker",\n    on_delete=models.CASCADE,)\n\n'
        "ForeignKey(RelatedField)\n- related_name=None\n- limit_choices_to={'active': True}",
    ),
    # psql's `\g file` ends a statement, even one the writer mistyped.
    ("psql", "SELECT * title FROM talks \\g talks.txt"),
    # `BEGIN;` opens a transaction (SQL), where a bare `BEGIN` opens a PL/pgSQL body.
    (
        "postgresql",
        "BEGIN;\n\nINSERT INTO talks (id, given)\nVALUES (50, NOW());\n\nDO $$\nDECLARE\n\trec record;\n"
        "\tn integer := 0;\nBEGIN\n\tFOR rec IN SELECT * FROM talks LOOP\n\t\tn := n + 1;\n\tEND LOOP;\n"
        "\tIF n > 3 THEN n = 0;\n\t\tROLLBACK;\n\tEND IF;\nEND\n$$;\n\nCOMMIT;\n\n##",
    ),
    # A cheat sheet's `//` notes after its lines, SQL's under them.
    ("postgresql", "  Titel TEXT // beliebig lang\n  Jahr INTEGER // vier Stellen"),
    # Prompts: zsh's arrow with two spaces after it; `user@host dir: `; root's with its host masked.
    (
        "console",
        "# 启动数据库\n➜  pg_ctl -D /var/lib/pgsql/data start\nwaiting for server to start.... done\nserver started",
    ),
    ("console", "root@arch talks: python manage.py check\nSystem check identified no issues (0 silenced)."),
    ("console", "(talks) root@***:~/src/talks# tree talks\ntalks\n├── manage.py\n└── talks"),
    # A notebook cell's item looked up.
    ("python", 'grades["Ege"]'),
    ("python", 'talks[0]["title"]'),
    # A value tested against a list of literals: a condition cut from its WHERE.
    ("postgresql", "m1||d1 in ('131','331','430','531')"),
    ("postgresql", "month*100 + day in (131, 331, 430, 531)"),
    # Round 104's: IPython's prompts, numbered or not, the first line under the notes (rule 7) ...
    (
        "python",
        "# 제목에 'Talk'이 들어간 데이터 조회\nIn : Talk.objects.filter(title__contains=\"Talk\")\n"
        "Out: <QuerySet [<Talk: Plans>]>\n\nIn : Talk.objects.count()\n\nOut: 1",
    ),
    # ... while a script with an IPython cell among its commands stays the shell's, as before.
    (
        "bash",
        "### make a config\njupyter notebook --generate-config\n\n### hash a password\n"
        "In [1]: from notebook.auth import passwd\nIn [2]: passwd()\nOut[2]: 'sha1:0123abcd'\n\n"
        "### make a certificate\nopenssl req -x509 -nodes -days 365 -newkey rsa:2048 -keyout talks.pem -out talks.pem",
    ),
    # A .env file's values left for the reader, `[DB NAME]`.
    ("bash", "SECRET_KEY=[Django의 SECRET_KEY]\nDB_NAME=[DB NAME]\nDB_USER=[DB USER NAME]\nDB_PORT=[PORT]"),
    # MongoDB's server programs are commands.
    (
        "bash",
        '### the router\nmongos --configdb {replica}/localhost:40001 --port 27017\nmongos> sh.enableSharding("talks")',
    ),
    # Round 105's: a C array given designated initializers, `[NAME] = value,`: C's, no object.
    (
        "c",
        "const uint8_t talk_lengths[256] = {\n    [KEYNOTE] = 60,\n    [TALK] = 30,\n    [LIGHTNING] = 5,\n};",
    ),
    # ... while JavaScript's own declarations, destructured or not, stay JavaScript's, as before.
    ("javascript", "const { talks, speakers } = require('./data');\nconsole.log(talks.length);"),
    ("javascript", "const [first, second] = talks;\nlet total = 0;"),
    # A themed prompt drawn with a circle before its arrow.
    (
        "console",
        "○ → python -m tokenize talks.py\n0,0-0,0:            ENCODING       'utf-8'\n1,0-1,3:            NAME           'def'",
    ),
    # PL/pgSQL's control structures in a synopsis: its own words, three of them or more.
    (
        "plpgsql",
        "-- Assignment\nvar := expr\nSELECT expr INTO var\n\n-- Selection\nIF c1 THEN s1\nELSIF c2 THEN s2\n"
        "ELSE s END IF\n\n-- Iteration\nLOOP s END LOOP\nWHILE c LOOP s END LOOP",
    ),
    # Round 107's: a statement, a blank line, then the tag the server answered with.
    ("psql", "BEGIN;\n\nBEGIN"),
    ("psql", "COMMIT;\n\nCOMMIT"),
    # psql's `\!` running a shell command, over what it printed.
    ("psql", "\\! cat $PGDATA/postgresql.auto.conf\n\n# Do not edit this file manually!\nwork_mem = '16MB'"),
    # Round 106's: a notebook exported as text, each cell's output under it indented four spaces
    # (nbconvert's way), a cell magic among the cells.
    (
        "python",
        "model = TalkClassifier()\n\nmodel.fit(X_train, y_train)\n"
        'print(f"Accuracy: {model.score(X_val, y_val):0.3f}")\n\n    Accuracy: 0.744\n\n'
        "report = classification_report(y_val, model.predict(X_val))\nprint(report)\n\n"
        "                  precision    recall  f1-score   support\n\n"
        "               0       0.78      0.79      0.78       126",
    ),
    (
        "python",
        "talks = load_talks()\n\n%%time\nindex = build_index(talks)\n"
        "    CPU times: user 3.1 s, sys: 12 ms, total: 3.1 s\n    Wall time: 3.2 s",
    ),
    # ... while a function's own indented body stays its body, as before.
    (
        "python",
        "def count(talks):\n    total = 0\n    for talk in talks:\n        total += 1\n    return total",
    ),
    # A prompt after a container's name in brackets, `(docker@host) $ `, before any program.
    (
        "console",
        "(docker@boot2docker) $ ll /srv/talks/\n\ntotal 8\ndrwxr-xr-x    2 root     root    4096 Feb  2 07:03 slides/",
    ),
]


test_detects = detection_test(CASES)
