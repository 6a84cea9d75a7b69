"""Detection fixes of session 56 read off round 284 after it was measured: MongoDB's documents with
its shell's values in them, an aggregation pipeline's stages alone, and MySQL's accounts named
'user'@'host' with `--` notes after its statements."""

from detect_cases import detection_test

CASES = [
    ("json", '{"minutes" : NumberInt("45")}\n{"minutes" : NumberLong("45")}'),
    ("json", '{"room" : ObjectId()}'),
    ("json", '{"starts" : new Date()}'),
    ("json", '{"title" : /index/i}'),
    ("javascript", '{ $match: { room: "A" } },\n{ $addFields: {\n    longest: { $max: "$minutes" }\n} }'),
    (
        "postgresql",
        "desc talks;  -- 查看表\ngrant 权限列表 on 数据库 to '用户名'@'访问主机' identified by '密码';  -- 授权\n"
        "drop user '用户名'@'主机';  -- 删除用户",
    ),
    ("json", '{"room": "A", "minutes": 45}'),  # as before
    ("python", '{"room": Room(name="A")}'),  # as before: a call with a keyword argument, Python's
]

test_session_56_round_284 = detection_test(CASES)
