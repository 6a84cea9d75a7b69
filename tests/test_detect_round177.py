"""Detection fixes of session 44 read off round 176 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # C++ shown only by a class's object taken by reference, a range's ends, a comparator's template.
    ("cpp", "bool earlier(const Talk &a, const Talk &b) {\n    return a.start < b.start;\n}"),
    ("cpp", "sort(talks.begin(), talks.end());"),
    ("cpp", "sort(talks.begin(), talks.end(), greater<>());"),
    ("c", "int add(int *total, int n) {\n    *total += n;\n    return *total;\n}"),  # as before
    # CUDA's kernels, C++'s kin.
    (
        "cpp",
        "__global__ void add_seats(int *seats, int n) {\n    int i = threadIdx.x;\n    if (i < n) seats[i] += 1;\n}",
    ),
    # A JavaScript class whose members are named with `$`, as jQuery's objects are kept.
    ("javascript", "class Menu {\n    show() {\n        this.$menu.show();\n    }\n}"),
    # A class building its page in a template literal: the tags are the string's.
    (
        "javascript",
        'class Card {\n    constructor(root) {\n        ...\n        this.$card = $(`\n<div class="card">\n'
        + "\n".join(
            f'    <div class="card-row-{i}">\n        <span>Talk {i}</span>\n    </div>' for i in range(25)
        )
        + '\n</div>\n`);\n        this.$title = this.$card.find(".card-title");\n'
        + '        this.$room = this.$card.find(".card-room");\n    }\n}',
    ),
    ("html", '<div class="card">\n  <script>\n    const t = `<b>hi</b>`;\n  </script>\n</div>'),  # as before
    # A question in Chinese naming a product is no column's definition.
    ("text", "为什么这里不用 RabbitMQ？"),
    ("postgresql", "名前 text NOT NULL,\n部屋 varchar(20)"),  # as before
]

test_session_44_round_176 = detection_test(CASES)
