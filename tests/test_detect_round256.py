"""Detection fixes of session 54 read off round 255 after it was measured: MySQL's upkeep of a
table, a statement quoted in brackets, a C++ lambda alone, nginx's braces on lines of their own,
a setting's edit shown with an arrow, YAML under its writer's note, and Python's modules that pass
dicts keyed by names."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "optimize table talk_sessions;"),
    ("postgresql", "repair table speakers, rooms;"),
    ("text", "optimize the table layout before the talk"),  # as before: prose, no statement
    ("postgresql", "(select * from talks where ......for update)"),
    ("postgresql", "  ( Select * from rooms where .....lock in share mode)"),
    (
        "python",
        "import numpy as np\nimport tensorflow as tf\n\nweights = tf.Variable(tf.zeros([4, 2]))\n"
        "score = model.evaluate({X: batch.inputs, Y: batch.labels})\n",
    ),
    ("javascript", "map.addLayer({ id: 'talks', type: 'circle' })"),  # as before: an object literal
    ("cpp", "[] (int a, int b) -> int { int s = a + b; return s; }"),
    (
        "text",
        "server\n    {\n        listen 80;\n        server_name talks.example.org;\n        root  /srv/talks;\n"
        "        location / {\n                try_files $uri @slides;\n        }\n"
        "        location @slides {\n                proxy_set_header X-Real-IP $remote_addr;\n"
        "                proxy_pass http://127.0.0.1:9000;\n        }\n"
        "        location ~ .*\\.(png|svg)$\n        {\n            expires      30d;\n        }\n    }\n",
    ),
    ("text", "# 修改配置\nport 6379   ->   port 6380"),
    ("text", "dir ./   ->   dir /srv/talks"),
    ("yaml", "  talkRoom: ${vars.room}\n  talkSlot: ${vars.slot}\n\n  这里是会议室的设置\n"),
]

test_session_54_round_255 = detection_test(CASES)
