"""Detection fixes of session 49 read off round 211 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    # A shell's rc file: `case` and `if ... then` open its code, so a comment that starts with a
    # command's name (`# make ...`) is the script's note, not a command at root's prompt.
    (
        "bash",
        "# ~/.talksrc: read by interactive shells\n\n# leave at once when not interactive\ncase $- in\n"
        "    *i*) ;;\n      *) return;;\nesac\n\n# make the pager friendlier for slides, see less(1)\n"
        '#[ -x /usr/bin/lesspipe ] && eval "$(lesspipe)"\n\nif [ -d ~/talks ]; then\n'
        "    cd ~/talks\nfi",
    ),
    ("console", "# make install\n# lectern --version\nlectern 1.0"),  # as before: root's prompt, commands run
    # MySQL's client: `use db` needs no `;`, its grant table is named bare, a `.sql` file sourced.
    ("postgresql", "use lectern\nupdate user set host='%' where user='speaker';\nflush privileges;"),
    ("postgresql", "select host, user from user;"),  # as before
    ("psql", "# the talks' schema, loaded in the client\nsource D:\\lectern\\talks.sql"),
    ("bash", "source ~/.talksrc"),  # as before: the shell's source reads a script
    ("bash", "source venv/bin/activate"),  # as before
    # Markdown's entities, `&` glued to a word: markup's, no SQL's operators.
    ("text", "  Talks&Slides\n  &copy;"),
    # The DOM's lesson: the element, then the script that finds it, with no script element.
    (
        "javascript",
        '<button id="next-talk">Next</button>\nvar next = document.getElementById("next-talk");\n'
        "// its label\nconsole.log(next.innerText);",
    ),
    (
        "javascript",
        '<div class="talk">\n    <p>Slides</p>\n</div>\nvar talk = document.querySelector(".talk p");',
    ),
    ("html", '<div class="talk">\n    <button id="play">Play</button>\n</div>'),  # as before: markup alone
    (
        "html",
        '<button id="play">Play</button>\n<script>\nvar play = document.getElementById("play");\n</script>',
    ),  # as before: a script element makes it a page
    ("javascript", 'document.write("slides")'),  # the page's document written to
    # C++ where everything else reads as C: a name in a scope, an enum's underlying type.
    ("cpp", 'TalkBlock *tb =TalkBlock::Create(ctx, "intro", deck->getParent());'),
    ("cpp", "  char key[16];\n  lectern::slides->load(key, 16);\n  render(key);"),
    ("cpp", "#include <stdint.h>\nenum talk_state: int8_t {\n    TALK_DRAFT = 0,\n    TALK_LIVE = 1,\n};"),
    (
        "c",
        '#include <stdio.h>\nint main(void)\n{\n    printf("talk::create\\n");\n    return 0;\n}',
    ),  # as before
    # Python's names bound in the block, then assigned again: no setting's bare value.
    ("python", "talks = ['pgconf', 'djangocon', 'pycon'] \nmine = talks\nyours = talks"),
    ("ini", "[talks]\nformat = slides\nlayout = wide"),  # as before
    # A config file's path over it, as its caption.
    ("ini", "~/lectern/player.conf\n[player]\nautoplay=false\n\n[captions]\nlanguage=en"),
]

test_session_49_round_211 = detection_test(CASES)
