"""Detection fixes of session 53 read off round 244 after it was measured: a note after `//`
alone is no program run by its path; redis.conf's `daemonize`, `databases` and `supervised` are
its own words; MongoDB's shell helpers camelCased on `db` (`db.createUser({...})`) are
JavaScript, as no Python driver names them."""

from detect_cases import detection_test

CASES = [
    ("text", "//还没想好怎么写"),
    ("bash", "/usr/local/bin/talks-index --rebuild"),  # as before: a program by its path
    (
        "text",
        "# 后台运行\ndaemonize yes\n# 只听本机\nbind 127.0.0.1\n# 端口\nport 6380\n# 库的个数\ndatabases 4\n"
        "# 最多用多少内存\nmaxmemory 256mb\n# 密码\nrequirepass talks2024",
    ),
    (
        "javascript",
        'db.createUser({\n    "user": "talks",\n    "pwd": "secret",\n    "roles": [{"role": "read", "db": "talks"}]\n})',
    ),
    ("python", 'db.talks.insert_one({"title": "索引", "year": 2024})'),  # as before: pymongo's snake case
]

test_session_53_round_244 = detection_test(CASES)
