"""Detection fixes of session 54 read off round 256 after it was measured: SET's form with a
placeholder for its value (glossed a line each), a caption that opens with SQL's verb over a
statement, LIMIT alone (MySQL's offset first too), a command's choices in brackets, YAML indented
with tabs and a key run into its value, names listed with their descriptions in Chinese, and Java's
properties set by `:`."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "set talks.reducers.max=<number>\n\t每个任务最多处理的数据量\nset talks.reducers.min=<number>\n\t最少启动多少个任务\n",
    ),
    ("postgresql", "set talks.speakers.max=<number>"),
    ("postgresql", "# Execute the following in the MySQL console:\nSET GLOBAL talk_slots_per_day = 4;"),
    ("postgresql", "LIMIT 10,20"),
    ("postgresql", "LIMIT 20"),
    ("bash", "talkctl (start|status|stop) (web|worker)"),
    ("bash", "slides --mode (draft|final)"),
    ("yaml", "speaker:\n\tname:ada\n\troom: 3\n\ttrack: postgres\n"),
    ("text", "- TALK_ID，显示演讲的编号\n- ROOM_NAME，显示演讲所在的会议室\n"),
    ("ini", "conference.talks.max-per-day:12\nconference.talks.slotMinutes:45"),
    ("text", "db.example.com:5432"),  # as before: a host and its port
]

test_session_54_round_256 = detection_test(CASES)
