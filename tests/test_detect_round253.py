"""Detection fixes of session 53 read off round 252 after it was measured: JavaScript's lesson
lines with values in `//` notes (its globals called, a string literal's member, strings added);
a reference declared from an array's item and GCC's `<bits/stdc++.h>` are C++'s; macOS' pbcopy is
a program; the page's location set is JavaScript's; MySQL's account statements in lower case
(`grant ... to 'u'@'%';`); and `drop=True` opens no statement (a pandas function was read four
times for it)."""

from detect_cases import detection_test

CASES = [
    ("python", "df = df.reset_index(\n    drop=True,\n)"),  # as before (read once now)
    ("javascript", 'Boolean(""); // false\nBoolean(2024); // true'),
    ("javascript", '"talks" + " archive"; // talks archive'),
    ("c", "n = strlen(title); // 5"),  # as before: C's call with its value noted
    ("cpp", "void walk(int x) {\n    register int &i = head[x];\n    for (; i; i = e[i].next) visit(i);\n}"),
    (
        "cpp",
        "# include <bits/stdc++.h>\n# include <unistd.h>\n\nint main() {\n    pause();\n    return 0;\n}",
    ),
    ("bash", "pbcopy < notes.txt"),
    ("javascript", "  location.href = 'https://example.org/talks#/2024';"),
    ("cpp", "std::vector<int> history;\nint last = history.back();"),  # as before: a member named history
    (
        "postgresql",
        "use mysql;\nALTER USER 'talks'@'%' IDENTIFIED WITH mysql_native_password BY 'secret';\n"
        "grant all privileges on talks.* to 'talks'@'%';\nflush privileges;",
    ),
    ("postgresql", "GRANT SELECT ON talks.* TO 'reader'@'localhost';"),  # as before
]

test_session_53_round_252 = detection_test(CASES)
