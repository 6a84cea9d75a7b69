"""Detection fixes of session 56 read off round 279 after it was measured: MySQL's CHANGE MASTER TO
over lines, a function's synopsis with ASC, DESC and SEPARATOR, CALL's synopsis in lower case, a C
prototype taking void, a C++ destructor, a compiler's and a linker's diagnostics under a build
tool's prefix, and JavaScript's const declared as an object literal."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "CHANGE MASTER TO\n    MASTER_HOST='10.0.0.5',\n    MASTER_USER='replica',\n    MASTER_LOG_POS=120;",
    ),
    (
        "postgresql",
        "GROUP_CONCAT([DISTINCT] expr [,expr ...]\n    [ORDER BY {col_name | expr}\n        [ASC | DESC] [,col_name ...]]\n"
        "    [SEPARATOR str_val])",
    ),
    ("postgresql", "call add_talk (arguments...)"),
    ("c", "TALK_CTX *TALK_CTX_new(void);"),
    ("cpp", "TalkIndex::~TalkIndex() {\n    if (m_ctx) {\n        TALK_CTX_free(m_ctx);\n    }\n}"),
    (
        "text",
        "[build] D:/code/C++/talks/include/Index.h:12:5: error: 'Schedule' has not been declared\n"
        "[build]      Schedule::get()->rooms();\n[build]      ^~~~~~~~",
    ),
    ("text", "#链接顺序不对\n[build] D:/code/talks/main.cpp:40: undefined reference to `Schedule::get()'"),
    (
        "javascript",
        "/*\n * @Author: lectern\n */\n\nconst state = {\n  token: ''\n};\n\nconst mutations = {\n"
        "  SET_TOKEN(state, value) {\n    state.token = value;\n  }\n}",
    ),
    ("c", "int main(void);"),  # as before: C's prototype
    ("bash", "call_me_maybe() {\n  echo hi\n}"),  # as before: a shell function
    ("postgresql", "CALL add_talk(1, 'Indexes');"),  # as before
]

test_session_56_round_279 = detection_test(CASES)
