"""Detection fixes of session 44 read off round 175 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # YAML whose keys open flow collections over lines, a model's config.
    (
        "yaml",
        "# talks model\nrooms: 3  # how many\nbackbone:\n  # [from, number, module, args]\n"
        "  [[-1, 1, Keynote, [60]],  # 0\n   [-1, 2, Talk, [30, 2]],  # 1\n   [-1, 3, Break, [15]],\n  ]",
    ),
    ("yaml", "_BASE_: [\n  '../talks.yml',\n  '../rooms.yml',\n]"),
    ("python", "slots = [\n    [9, 10],\n    [14, 15],\n]"),  # as before
    # A statement ended in lower case, a `//` note after it.
    ("postgresql", "show databases;     // 别忘了分号"),
    ("javascript", "let total = talks.length; // all of them"),  # as before
    # An event's own members.
    ("javascript", "ev.preventDefault()"),
    # MongoDB's shell saving a document.
    ("javascript", 'db.talks.save({\n    "title": "Indexes",\n    "room": "A"\n})'),
    # A prompt's escapes glossed after a full-width colon.
    ("text", "\\d ：日期\n\\h ：主机名\n\\t ：24小时制时间\n\\u ：用户名"),
    ("psql", "\\d talk\n\\dt+"),  # as before
]

test_session_44_round_175 = detection_test(CASES)
