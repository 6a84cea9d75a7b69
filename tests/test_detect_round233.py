"""Detection fixes of session 51 read off round 232 after it was measured: a library's functions
by their signatures, each glossed after a colon in another alphabet, are a glossary; resolv.conf's
`nameserver` lines are a syntax no label has; Python's `print(...)` is no SQL fragment, nor C's
call (a statement's `-- COUNT(): ...` notes, a command's placeholder glossed in brackets and
C's printf stay as before)."""

from detect_cases import detection_test
from sql_highlight.detect import SQL_FAMILY, detect_language

CASES = [
    # A container's methods by their signatures, glossed.
    (
        "text",
        "void push_back(const T& x):在尾部加入一个元素\nbool empty() const:判断是否为空\n"
        "int size() const:返回元素的个数",
    ),
    ("postgresql", "select count(distinct speaker) from talks;-- COUNT(): 返回不同讲者的个数"),  # as before
    ("bash", "docker run ... -v 宿主机目录(文件):容器内目录(文件) ..."),  # as before
    # resolv.conf's servers.
    ("text", "nameserver 9.9.9.9\nnameserver 1.1.1.1"),
    ("c", 'printf("Hello World\\n");'),  # as before
]

test_session_51_round_232 = detection_test(CASES)


def test_pythons_print_ended_by_a_semicolon_is_no_sql_nor_c():
    assert detect_language('print("Hello World");') not in SQL_FAMILY | {"c"}
