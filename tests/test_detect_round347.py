"""Detection fixes of session 64 read off round 347 (Korean and Chinese notes, SQL Server blogs):
MySQL's SHOW forms as its manual lists them, its table maintenance, LIMIT's synopsis, a condition
written out alone, a `-- SYNTAX` note over a synopsis, a statement struck through or cut to dots,
a C++ class with `public:`, and a page's comment that names `select` in prose."""

from detect_cases import detection_test

CASES = [
    # SHOW's forms, optional parts bracketed and choices braced, in lower case
    ("postgresql", "show [full] processlist\nshow {global | session} variables [like_or_where]\n"),
    ("postgresql", "show create event ev_name\nshow create trigger trg_name\n"),
    ("postgresql", "show {binary | master} logs\nshow warnings [limit [offset,] row_count]\n"),
    # MySQL's table maintenance, a statement a line
    ("postgresql", "optimize table orders\nrepair table sessions\n"),
    # LIMIT's synopsis, its numbers named
    ("postgresql", "limit row_count\nlimit skip_rows, row_count\n"),
    # a condition alone: LIKE a built pattern, maybe a mapper's parameter; BETWEEN two bounds
    ("postgresql", "name like '%' || #{word} || '%'\n"),
    ("postgresql", "like concat('%', :term, '%')\n"),
    ("postgresql", "e.salary between g.low and g.high\n"),
    # a `-- SYNTAX` note over a synopsis (Python would read a name negated twice)
    ("postgresql", "-- SYNTAX\nJSON_OBJECTAGG ( key_value [ null_clause ] )\n"),
    # a statement struck through in the post; a script cut to fading dots
    ("postgresql", "~~alter table orders rename constraint pk to pk_orders;~~\n--이름만 바뀜\n"),
    ("postgresql", "/* made by an export tool */\nBEGIN TRANSACTION\n...\n..\n.\n"),
    # a C++ class, `public:` in its body and `this.` slipped for `this->`
    ("cpp", "class Box\n{\npublic:\n    int w;\n    Box(int w){\n        this.w = w;\n    }\n};\n"),
    # as before: prose that likes, a shell's grep, JavaScript's class, a command run from here
    ("text", "I like tea\n"),
    ("bash", "grep like 'notes.txt'\n"),
    ("javascript", "class Box {\n  constructor(w) { this.w = w; }\n}\n"),
    ("text", ".\\gradlew bootJar\n"),
]

test_detection = detection_test(CASES)
