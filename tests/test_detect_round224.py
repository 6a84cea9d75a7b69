"""Detection fixes of session 50 read off round 223 after it was measured: tags only in a
command's or a JSON value's strings make no HTML; a themed prompt's folder before the command;
X's own programs known; output in columns is no program run a line each; elided code is read again
only where it may hold SQL (a string of HTML alone, markup, commands and SQL under
elisions stay as before)."""

from detect_cases import detection_test

CASES = [
    # Shell commands writing a Dockerfile, a heading echoed into a page from it.
    (
        "bash",
        "mkdir talks && cd talks\ntouch Dockerfile\n# write into the Dockerfile\nFROM nginx\n"
        "RUN echo '<h1>Our talks</h1>' > /usr/share/nginx/html/index.html\n# build it\n"
        "docker build -t talks:v1 .",
    ),
    # A container's state piped to json.tool over the JSON it prints, a page in one of its values.
    (
        "bash",
        "docker inspect --format '{{json .State.Health}}' talks | python -m json.tool\n\n"
        '{\n  "Status": "healthy",\n  "Output": "<html><body><h1>ok</h1></body></html>"\n}',
    ),
    ("html", "\"<p class='lede'>Talks of the year</p>\""),  # as before: a string of HTML alone
    ("html", "<h1>Talks</h1>\n<p>Slides and videos of each.</p>"),  # as before: markup
    # A themed zsh prompt, its folder between the mark and the command.
    ("console", "☁  Talks  cd talsk\ncd: no such file or directory: talsk\n☁  Talks  cd talks"),
    # X's own programs, alone.
    ("bash", "xwininfo"),
    ("bash", "xrandr --listmonitors"),  # as before: given a flag
    # A program's output in columns, each line opening with the same word.
    (
        "text",
        "talks done:3   slides done:12   videos done:2\ntalks done:4   slides done:15   videos done:3",
    ),
    ("bash", "notesctl feed list\nnotesctl feed show planet"),  # as before: one program's subcommands
    # What elided code is read again for (no longer a pandas index printed, `...` between its rows):
    ("postgresql", "[...]\nUPDATE talks\nSET minutes = slots * 5\n[...]"),  # as before: SQL between elisions
    (  # as before: MySQL's IF over its branches, each body left out
        "postgresql",
        "IF 有新帖 THEN\n.....\nELSEIF 有旧帖 THEN -- 可选\n.....\nELSE -- 可选\n.....\nEND IF;",
    ),
]

test_session_50_round_223 = detection_test(CASES)
