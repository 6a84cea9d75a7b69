"""Detection fixes of session 55 read off round 269 after it was measured: a page or a script element
under a `//` caption naming its file, nginx's `listen` given a port, and template tags built inside
JavaScript's interpolating template literals."""

from detect_cases import detection_test

CASES = [
    (
        "html",
        "// 主页面 index.html\n<!DOCTYPE html>\n<html>\n  <head><title>Talks</title></head>\n"
        "  <body>\n    <script>\n      const talks = [];\n      console.log(talks);\n    </script>\n  </body>\n</html>",
    ),
    (
        "html",
        "// room.html\n<script>\n  const room = new WebSocket('ws://127.0.0.1:3000');\n  room.onopen = () => room.send('hi');\n</script>",
    ),
    (
        "javascript",
        "// room.js\nconst room = new WebSocket('ws://127.0.0.1:3000');\nroom.onopen = () => room.send('hi');",
    ),  # as before
    ("text", "# 改为\nlisten 443 ssl http2;"),
    ("postgresql", "LISTEN talk_changes;"),  # as before: a channel's name
    (
        "javascript",
        "const format = (doc) => {\n  doc.body = doc.body.replace(tips, (match, kind, text) => {\n"
        "    return `{% note ${kind} %}\\n${text}\\n{% endnote %}`;\n  });\n  return doc;\n};\nmodule.exports = { format };",
    ),
    ("html+django", "{% for talk in talks %}\n<li>{{ talk.title }}</li>\n{% endfor %}"),  # as before
]

test_session_55_round_269 = detection_test(CASES)
