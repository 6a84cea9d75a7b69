"""Detection fixes of session 56 read off round 281 after it was measured:
JavaScript with its added lines marked `+` (tests, loops, spaced assignments, template literals,
spreads and notes among them), a class's skeleton with its constructor, and elided JavaScript no
longer read again in search of SQL."""

from detect_cases import detection_test

CASES = [
    (
        "diff",
        'const http = require("http");\nconst server = http.createServer(function(req, res) {\n'
        '  res.writeHead(200, { "Content-Type": "text/plain" });\n  res.end("handled by " + process.pid);\n});\n'
        'let worker;\nprocess.on("message", function(m, tcp) {\n  if (m === "server") {\n    worker = tcp;\n'
        '+    process.on("uncaughtException", function() {\n+      // 停止接收新的连接\n+      worker.close();\n'
        "+    });\n  }\n});",
    ),
    (
        "diff",
        "const render = function(str, data) {\n+  const escape = function(html) {\n+    return String(html)\n"
        '+      .replace(/</g, "&lt;");\n+  };\n  const tpl = str.replace(/<%=([\\s\\S]+?)%>/g, function(match, val) {\n'
        "+    return `' + escape(${val}) + '`;\n  });\n  return tpl;\n};",
    ),
    (
        "javascript",
        "    class Talk{\n        constructor(){}\n        render(){}\n        update(){}\n    }\n    class Room{\n"
        "        constructor(){}\n        book(){}\n    }",
    ),
    ("bash", "start() {\n  echo start\n}\nstop() {\n  echo stop\n}"),  # as before: the shell's functions
    ("javascript", "const a = 1;\n+a;"),  # as before: a unary plus, no change mark
]

test_session_56_round_281 = detection_test(CASES)
