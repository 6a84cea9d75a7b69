"""Detection fixes of session 66 read off round 357 (an English cheat sheet, Chinese notes on
Java, Go and MySQL, Chinese notes on C++'s STL and CUDA, an English data engineer's cheat
sheet): a Databricks notebook's `%sql` cell, Delta's VACUUM and OPTIMIZE, a primer's JavaScript
values noted in `//`, a writer's `>> ` prompt, a script whose comments are commented-out
commands, `tree` over what it drew, C++'s templates named by typedef, YAML's timestamps noted,
and Airflow's tasks chained over lines."""

from detect_cases import detection_test

CASES = [
    # a Databricks notebook's cell: `%sql` alone over its SQL, Delta's own statements
    ("postgresql", "%sql\nSELECT * FROM sales WHERE region = 'west'\n"),
    (
        "postgresql",
        "%sql\n\nMERGE INTO stock\nUSING arrivals\nON stock.sku = arrivals.sku\nWHEN MATCHED THEN\n  UPDATE SET *\n",
    ),
    ("postgresql", "%sql\nOPTIMIZE sensor_readings\nZORDER by (sensor_id)\n"),
    (
        "postgresql",
        "VACUUM readings RETAIN 0 HOURS\nVACUUM readings RETAIN 0 HOURS DRY RUN --only list the files\n",
    ),
    ("bash", "%sh\nls /dbfs/tmp\n"),
    # a primer's JavaScript: values a line noted in `//`, literals, a choice, a template literal
    (
        "javascript",
        "42;\t\t// an integer\n-7\t\t// a negative one\nNaN;\t\t// not a number\n0x1f;\t// hexadecimal\n",
    ),
    ("javascript", '"7" + null    // gives "7null"\n"7" - 2     // gives 5\n'),
    ("javascript", "[1, 'two', null, false];\n"),
    ("javascript", "new Map([[1, 'one']]);\n"),
    ("javascript", '{city:"Lyon", zip:69001, open:true}\n'),
    ("javascript", "price = (member) ? 5 : 10\n"),
    ("javascript", "`first line\nsecond line`;\n"),
    # a writer's `>> ` before known programs, with what they printed
    (
        "console",
        "# 解压\n>> unzip -l notes.zip\nArchive:  notes.zip\n  Length      Date    Time    Name\n>> tar -xf notes.tar\n",
    ),
    # a script's commented-out commands among those that run: no root prompt
    (
        "bash",
        "tmp; cd reports\n\nenv_name=venv;echo $env_name\n# virtualenv $env_name\nsource $env_name/bin/activate\npip install pandas\n",
    ),
    # `tree` run over the tree it drew (rule 2)
    ("bash", "tree .git/refs\n.git/refs\n├── heads\n│   └── main\n└── tags\n"),
    # C++: a template specialised in a macro, an instance named by typedef, members by their scope
    ("cpp", "#ifdef HAS_PARTIAL_SPEC\n#  define SPEC_NULL template<>\n#else\n#  define SPEC_NULL\n#endif\n"),
    ("cpp", "// the first pool\ntypedef pool_template<0> first_pool;\n"),
    ("cpp", "// a nested class template\nallocator::rebind;\n"),
    # YAML's timestamps, noted
    ("yaml", "released: 2019-03-01   # ISO 8601\n"),
    ("yaml", "at: 2019-03-01t08:15:00.50+02:00  # with a zone\n"),
    # Airflow's tasks chained over lines, one link a line at times
    ("python", "start >> check\ncheck >> load_a >> report\ncheck >> load_b >> report\n"),
    # as before: a timestamp alone, one shell append, a single `>` prompt, C's preprocessor alone
    ("text", "date: 2019-03-01\n"),
    ("bash", "a >> b\nb >> c\n"),
    ("text", "tree.txt\n├── a\n└── b\n"),
    ("c", "#ifdef HAVE_WCHAR\n#  define NULL_ARGS <>\n#endif\n"),
    # found by the old/new diff: make's commands echoed under `>> `, root's prompt over the paths
    # or the table a program printed, an injection's string holding `;` before a `//` path
    (
        "bash",
        "make\n>> cc -Wall -c -o main.o main.c\n>> cc -o app main.o\n\nmake clean\n>> rm -f main.o app\n",
    ),
    (
        "console",
        "# gcc -v -xc /dev/null |& grep -A 5 'search starts'\n#include \"...\" search starts here:\n"
        "#include <...> search starts here:\n /usr/lib/gcc/x86_64-linux-gnu/12/include\n /usr/local/include\n"
        " /usr/include\nEnd of search list.\n",
    ),
    ("text", "'; exec master..xp_cmdshell '//10.0.0.5/share' --\n"),
]

test_detection = detection_test(CASES)
