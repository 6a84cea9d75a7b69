"""Detection fixes of session 43 read off round 166 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A command's options ended by `--` before a path: no SQL's note.
    ("bash", "rm '/srv/lectern/cache'\nrm -- /srv/lectern/tmp/*(-@)"),
    ("postgresql", "SELECT 'Hello' || ' World'  -- gives 'Hello World'"),  # as before
    # MySQL's statement laid over lines.
    ("postgresql", "RENAME\n  TABLE talk\n  TO talk_archive;"),
    # The DOM's and Node's one-liners, which Python's grammar also reads.
    ("javascript", "document.getElementById('talk-video').remove()"),
    ("javascript", "alert(document.cookie)"),
    ("javascript", "process.stdin.pipe(process.stdout)"),
    ("javascript", "recorded = new Date('2024-05-01')"),
    (
        "python",
        "document.add_heading('Talks', level=1)\ndocument.save('talks.docx')",
    ),  # as before: python-docx
    (
        "python",
        'driver.get(url)\nheight = driver.execute_script("return document.body.scrollHeight")',
    ),  # as before: a script a driver runs, in a Python string
    # C's library called with GNU's space before the parenthesis, its output noted under it.
    (
        "c",
        'printf ("Talks: %d\\n", 12);\n  /* Talks: 12 */\nprintf ("Minutes: %5d\\n", 40);\n  /* Minutes:    40 */',
    ),
    ("bash", 'printf "%s\\n" talks slides'),  # as before: the shell's printf
    # Qt's own words.
    ("cpp", "emit titleChanged();\ntitleChanged();"),
    ("cpp", "Q_SIGNALS:\n  void finished(int code);"),
    # zsh's builtins.
    ("bash", "zmodload zsh/net/tcp\nztcp archive.local 5123\nfd=$REPLY"),
    # A section whose every setting is commented out with `#`.
    ("ini", "[daemon]\n# log in without a password\n#AutomaticLoginEnable = true\n#AutomaticLogin = lectern"),
    # Apache's configuration: no HTML.
    (
        "text",
        "<virtualhost *:8080>\n    ServerName  talks.example.org\n    DocumentRoot  /srv/talks\n\n"
        "  <Directory /srv/talks>\n    Options +Includes -Indexes\n    AllowOverride All\n  </Directory>\n</virtualhost>",
    ),
    ("html", "<div>\n  <p>Slides</p>\n</div>"),  # as before
]


test_session_43_round_166 = detection_test(CASES)
