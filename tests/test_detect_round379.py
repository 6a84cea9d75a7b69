"""Detection fixes of session 68 read off round 379 (a DuckDB study course, a container
training's slides, a many-language tutorial site's translations): a pipeline's `input:` and
`output:` settings, YAML's complex keys, a lesson's two forms of `main`, an elided build's output,
Python whose shell is all in its strings, a WITH query listed with numbered lines."""

from detect_cases import detection_test

CASES = [
    # a stream processor's settings: `input:` and `output:` each hold a mapping (no exercise's example)
    ("yaml", 'input:\n  file:\n    paths: ["towns.csv"]\noutput:\n  kafka:\n    topic: towns\n'),
    # as before: an exercise's input and output written out
    ("text", "input: [3, 1, 2]\noutput: [1, 2, 3]\n"),
    # YAML's complex keys, `? ` and the value's `: `, among notes and keys (one list slipped in at the top)
    (
        "yaml",
        "# notes on keys\nname: lamp\ncolour: blue\n\n? |\n  a key written\n  over two lines\n: its value\n\n"
        "? - first part\n  - second part\n: [2020-02-02, 2021-03-03]\n\n- stray\n- items\n",
    ),
    # a lesson's C shows `main` both ways: no overload, which C++ would refuse anyway
    (
        "c",
        "#include <stdio.h>\n\nint twice(int n) { return 2 * n; }\n\nint main(void) {\n    return twice(1) - 2;\n}\n\n"
        'int main(int argc, char **argv) {\n    printf("%d\\n", argc);\n    return 0;\n}\n',
    ),
    # as before: one function declared with two lists of parameters is C++'s overload
    (
        "cpp",
        "double area(double r) {\n    return 3.14 * r * r;\n}\n\ndouble area(double w, double h) {\n    return w * h;\n}\n",
    ),
    # a build's output with the writer's elision `(...what it printed...)`, no spread of JavaScript's
    (
        "text",
        "Step 3/4 : RUN make all\n ---> Running in 4a1b2c3d\n(...what make printed...)\n ---> 9f8e7d6c\n",
    ),
    (
        "bash",
        "docker build -t hello .\nStep 1/2 : FROM debian\n ---> 1a2b3c4d\n(...the rest of the build...)\n",
    ),
    # as before: a spread is JavaScript's
    ("javascript", "const merged = [...first, ...second];\nconsole.log(merged);\n"),
    # Python whose shell lives in its strings, a quote left off a print's string
    (
        "python",
        'import fabric\nusage = """df -h | awk \'{print $4}\' | tail -n 1"""\nconn = fabric.Connection(\'box\')\n'
        "free = conn.run(usage).stdout\nif free.startswith('0'):\n\tprint(disk full on the box!')\nconn.close()\n",
    ),
    # as before: a shell script that runs Python
    ("bash", 'cd /srv/app\npython manage.py migrate | tee log.txt\necho "done $USER"\n'),
    # a WITH query a book listed with its lines numbered
    (
        "postgresql",
        "1 with t (n)\n     2 as (\n     3 select 1\n     4  union all\n     5 select n+1\n     6   from t\n"
        "     7  where n < 5\n8)\n9 select * from t\n",
    ),
]

test_detection = detection_test(CASES)
