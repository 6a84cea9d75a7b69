"""Detection fixes of session 69 read off round 388 (an English data engineer's blog, a Chinese
Kubernetes blog, a Korean TIL, a Russian PostgreSQL course's reports): Python with a sentence
left among its lines, pandas' filters, an index's quoted name, C++'s strings asked their length,
a grammar's productions noted in `//`, and Korean sentences over `--` notes."""

from detect_cases import detection_test

CASES = [
    # Python under notes, one of them like a command with a flag, and a sentence left among its lines
    (
        "python",
        "# fill the gaps with a marker value\nprices = frame[frame.columns].fillna(-1)\n"
        "# turn labels into columns -dummies\nframe = pd.get_dummies(data=frame, columns=labels)\n"
        "Now the frame is ready for the model  \nrows = frame.head(limit)\n",
    ),
    # as before: root's commands under notes
    ("console", "# apt-get install -y nginx\n# systemctl enable --now nginx\n"),
    # pandas' rows picked by a test on the frame's own columns, each under a note
    (
        "python",
        "# one test\nusers[users['score'] > 40]\n\n# two tests\nusers[(users['score'] > 40) & (users['town'] == 'Oslo')]\n",
    ),
    # an index's name quoted, as a writer types MySQL's key
    ("postgresql", "KEY 'idx_town_score' (town,score)\n"),
    ("postgresql", "INDEX `idx_town` (town)\n"),
    # C++'s string asked its length, under a note
    ("cpp", "size_t count = title.length(); // how many characters\n"),
    ("cpp", "int total = items.size();\n"),
    # as before: C's call of a function
    ("c", "size_t count = strlen(title);\n"),
    # a grammar's productions in a textbook's arrows, under `//` notes
    (
        "text",
        "// the grammar of balanced words\nG = ({S}, {x, y}, P, S)\nP: S → xSy | xy\n\n// S → xSy → xxyy\n",
    ),
    # as before: a prototype chain drawn with arrows in JavaScript's comments and code
    (
        "javascript",
        "const cat = new Animal();\n// cat → Animal.prototype → Object.prototype\nconsole.log(cat);\n",
    ),
    # a sentence in Korean, then its example as `--` notes: no statement
    (
        "text",
        "두 트랜잭션이 같은 행을 동시에 고치면 먼저 쓴 값이 사라지는 현상\n-- 예시: 처음 값 10\n"
        "-- T1: 10 + 5 = 15\n-- T2: 10 * 3 = 30\n",
    ),
    # as before: a Korean caption over statements
    ("postgresql", "사용자 목록 조회\nSELECT name FROM users WHERE score > 40;\n"),
]

test_detection = detection_test(CASES)
