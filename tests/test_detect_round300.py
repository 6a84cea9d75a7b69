"""Detection fixes of session 58 read off round 299 after it was measured: MySQL's server variables
set for all sessions (`set global ...`) under `#` notes, statements at `mysql>` under captions
ended by a colon, and sentences that name JavaScript's calls (prose, not JavaScript)."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "# where the slow log goes\nshow global variables like 'slow_query_log_file'\n"
        "# move it\nset global slow_query_log_file='/var/log/mysql/talks-slow.log'",
    ),
    (
        "psql",
        "For example:\nset the session's level:\nmysql> SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;\n"
        "or:\nmysql> SET GLOBAL TRANSACTION ISOLATION LEVEL READ COMMITTED;",
    ),
    (
        "text",
        "A talk's player waits in Object.wait() for the next cue, and it resumes when the speaker\n"
        "calls Object.notify() on the same monitor, as the thread's state says in the docs.",
    ),
    (
        "text",
        "不要在回调上使用箭头函数，比如 created: () => console.log(this.a)，因为箭头函数没有自己的 this。",
    ),
    # as before: JavaScript, with notes in Chinese after its lines or none
    ("javascript", "Object.keys(talks).forEach(k => console.log(k));"),
    ("javascript", "location.reload();//重新加载页面\nlocation.reload(true);//从服务器重新加载"),
    ("javascript", "const {a, b} = [1, 2] //a 和 b 都是 undefined"),
    ("postgresql", "set global max_connections = 500;"),
    # the prose rule's first draft took a call with placeholders in Chinese for a sentence (round 301)
    ("javascript", "db.集合名称.remove(条件)"),
]

test_session_58_round_299 = detection_test(CASES)
