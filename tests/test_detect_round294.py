"""Detection fixes of session 57 read off round 293 after it was measured: a program run by a path
whose spaces are escaped, and a YAML key given a quoted scalar that runs over lines (a page's HTML)."""

from detect_cases import detection_test

CASES = [
    ("bash", "/Applications/Slide\\ Deck.app/Contents/MacOS/Slide\\ Deck --kiosk --no-first-run"),
    (
        "yaml",
        'menu:\n  - name: Talks\n    icon: fas fa-microphone\n    html: \'<div class="talks">\n'
        '  <script>\n    document.getElementById("talks").innerHTML = "soon";\n  </script>\n</div>\n\'',
    ),
    # as before: a key's value left unclosed on one line stays what it was; a path alone stays text
    ("text", "/Applications/Slide\\ Deck.app"),
    ("yaml", "site:\n  title: Lectern\n  footer: '<a href=\"/\">home</a>'"),
]

test_session_57_round_293 = detection_test(CASES)
