"""Detection fixes of session 60 read off round 309 after it was measured: SQL's synopses with
placeholders named in the writer's language (`列名 类型 unique`, `<约束名>`), a CASE expression
alone, a list elided against the keyword after it; C++ in code that reads as C (an object
constructed, a getter called, an array of pointers made); JSON's last items elided on its line."""

from detect_cases import detection_test
from sql_highlight.detect import detect_language
from sql_highlight.detect_block import SQL_FAMILY

CASES = [
    ("postgresql", "CASE WHEN (SELECT count(*) FROM talks) > 10 THEN -id ELSE id END"),
    ("postgresql", "列名 类型 unique"),
    ("postgresql", "讲者编号 整数 primary key"),
    ("postgresql", "constraint <约束名> <约束条件>"),
    ("postgresql", "grant <权限1>,...to <用户1>[,<用户2>]\n[with grant option]"),
    ("postgresql", "统计行数\nCOUNT ([DISTINCT|ALL] <列名>)\n求和\nSUM ([DISTINCT|ALL] <列名>)"),
    ("cpp", "public:      // 谁都能用\nprotected:   // 子类能用\nprivate:     // 只有自己"),
    ("cpp", "float total(0), r(rand());\nfor (int i = 0; i < n; i++)\n    total += w[i];"),
    ("cpp", "if (hit) {\n  float k = 0.5f;\n  Color shade(red, green, blue);\n}"),
    ("cpp", "slides = new Slide*[count];  // 每页一个指针"),
    ("cpp", "Vec3 n = hit.getNormal();\nfloat x = fabs(n.x);\nlight->setColor(x, x, x);"),
    ("json", '{"id": 7, "title": "Indexes in practice", ...}'),
    # as before
    ("bash", "case $1 in\n  start) invoke build ;;\n  *) echo usage ;;\nesac"),
    ("c", "int main(void) {\n    Node n = make_node(a, b);\n    return n.id;\n}"),
    ("postgresql", "INSERT (OVERWRITE | INTO) TABLE talks SELECT * FROM drafts;"),
    ("text", "这是 中文 的 句子 with words"),
]

test_detection = detection_test(CASES)


def test_a_call_named_like_a_statement_is_no_sql():
    """`alter("saved");` (a slip for alert) calls a function: ALTER is never followed by a bracket."""
    assert detect_language('alter("saved");') not in SQL_FAMILY
    assert detect_language("update(talk);") not in SQL_FAMILY
