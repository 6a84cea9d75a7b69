"""Detection fixes of session 68 read off round 382 (a Korean TIL on C++, JavaScript and SQL
problems, a Chinese blog on Linux, SQL, Node.js and Python, a Korean TIL on C): C++'s references
declared after a comma or a `;`, `new (nothrow)`, C++17's `if` with an initialiser, an alias's
form alone, a curl command whose JSON body opens after quoted arguments, front matter under an
HTML comment, a menu's accelerators in an ini file, and values a program printed a line each."""

from detect_cases import detection_test

CASES = [
    # a reference declared beside a plain variable: C++'s (rule 6)
    ("cpp", "int total ; int &alias = total; // alias names total\n"),
    ("cpp", "int a, b, &first = a;\n"),
    # as before: `&` between two values is C's and
    ("c", "int masked = flags & mask;\n"),
    # an array made by `new (nothrow)`: C++'s
    ("cpp", "items = new (nothrow) int [8];\n"),
    # C++17's `if` with a declaration before its condition
    ("cpp", "if (int pos = lookup(key); pos >= 0) {\n  hits[pos] += 1;\n}\n"),
    # as before: C's counted loop
    ("c", "for (int i = 0; i < n; i++) {\n  total += v[i];\n}\n"),
    # an alias's form alone, as a reference states it
    ("postgresql", "Old-name AS new-name\n"),
    ("postgresql", "column_name AS display_name\n"),
    # as before: Python's import with `as`
    ("python", "import pandas as pd\n"),
    # curl with quoted arguments, then a JSON body opened at the line's end and closed on the last line
    (
        "bash",
        "curl -X POST 'https://hooks.example.org/notify?key=abc' -H 'Content-Type: application/json' -d '{\n"
        '  "kind": "text",\n  "body": {"line": "backup finished"}\n}\'\n',
    ),
    # a site's front matter under an HTML comment noting it
    ("yaml", "<!-- this page shows formulas -->\n---\ntitle: Sums and series\nmath: true\n---\n"),
    # as before: an HTML comment over a tag
    ("html", '<!-- the banner -->\n<div class="banner">Welcome</div>\n'),
    # an ini file's values with a menu's accelerators, `(&E)`: no address passed
    ("ini", "[Menu]\nedit=Edit the list (&E)\nquit=Quit now (&Q)\nhelp=Open the guide on GitHub(&G)\n"),
    # as before: C's address passed
    ("c", 'scanf("%d %d", &rows, &cols);\n'),
    # values a program printed: a name and its values, then numbers alone
    ("text", "limit = 50\n1\n2\n3\n"),
    ("text", "step = 1\nstep = 4\nstep = 9\n"),
    # as before: assignments written once each are Python
    ("python", "width = 3\nheight = width * 2\n"),
]

test_detection = detection_test(CASES)
