"""Detection fixes of session 61 read off round 319 (Korean and Japanese TIL notes): what a statement
gives written after the writer's `=> ` (a note, as a comment is), a column list alone on its line,
SQL's `--` alone, cmder's `λ` prompt, a prompt alone with a space before its `$`, Python's `=>`
notes, a name given a value that is also a program's (`top -= 1`), a shift (`1<<n`) that is no
heredoc, the browser's `location.href` and a bookmarklet, JShell and vimtutor run alone."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "SELECT DATE_FORMAT(NOW(), '%Y-%m') AS month;\n=> 2026-12\n"),
    ("postgresql", "SELECT RTRIM('talk   ') AS t;\n=> talk\n\nSELECT LTRIM('   talk') AS t;\n=> talk\n"),
    ("postgresql", "INSERT INTO 강연 목록\n\n\t(id,title,created)\n\n\tVALUES\n\n\t(1,'Indexes', SYSDATE);"),
    ("postgresql", "--"),
    ("console", "D:\\Talks\\site (main -> origin)\n(venv) λ"),
    ("console", "D:\\Talks\\site (main -> origin)\nλ venv\\Scripts\\activate.bat"),
    ("console", "(talks-venv) ann:~/work/talks $"),
    ("python", "a = round(2.71828)     => 3\nb = round(2.71828, 2)  => 2.72\nc = abs(-4)            => 4"),
    ("python", "n = 2.5\nprint(f'{n:.0f}') => 2\nprint(f'{n:.1f}') => 2.5"),
    (
        "python",
        "top = -1\nstack = [0] * 8\nfor ch in text:\n    if ch in '+-*/':\n        top += 1:\n"
        "        stack[top] = ch\nwhile top != -1:\n    print(stack[top])\n    top -= 1",
    ),
    (
        "python",
        "items = ['a', 'b', 'c']\nn = len(items)\nfor mask in range(1<<n):   # every subset, 2**n\n"
        "    for j in range(n):\n        if mask & (1<<j):\n            print(items[j], end=' ')\n     print()",
    ),
    ("javascript", "location.href=location.href.replace('/en/','/ko/');"),
    ("javascript", "javascript: location.href=location.href.replace('/en/','/ko/');"),
    ("bash", "jshell"),
    ("bash", "# 튜토리얼 (30분)\nvimtutor"),
    # as before: a writer's note in brackets between statements, a heredoc glued to its program, top run
    ("psql", "BEGIN;\n(waits for the lock)\nUPDATE talks SET year = 2027;\nUPDATE 1"),
    ("bash", "cat<<EOF > notes.txt\nhello\nEOF"),
    ("bash", "top -b -n 1"),
    ("postgresql", "SELECT location.href FROM pages;"),
]

test_detection = detection_test(CASES)
