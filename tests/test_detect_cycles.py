"""A rewrite that changes nothing must not send detection round in circles: reading a text again
inside its own reading answers "text" for that inner reading, and the whole block still gets an
answer (round 406 found a chain's transcript, `SQLQuery:SELECT ...`, that recursed until Python gave
up), the same on the remembered path as on the plain one."""

from hypothesis import given, settings
from hypothesis import strategies as st

from sql_highlight.detect import LANGUAGES, _ReadOnce, detect_language

TRANSCRIPT = (
    "> Entering new chain...\n"
    "How many parcels left the depot on March 3, 2023?\n"
    "SQLQuery:SELECT COUNT(*) FROM parcels WHERE depot = 'North' AND sent_on = '2023-03-03'\n"
    "SQLResult: [(412,)]\n"
    "Answer:412 parcels left the North depot on March 3, 2023.\n"
    "> Finished chain.\n"
)


def _plain(code):
    return _ReadOnce(remember=False).read(code)


def test_a_chain_transcript_gets_an_answer():
    assert detect_language(TRANSCRIPT) in LANGUAGES
    assert detect_language(TRANSCRIPT) == _plain(TRANSCRIPT)


# Lines that the rewrites take marks, notes and prompts off: mixed at random, they must never loop.
_LINES = (
    "SQLQuery:SELECT id FROM t",
    "SQLResult: [(1,)]",
    "sqlQuery: select 1",
    "(5)SELECT a",
    "语法：select * from t",
    "step 1> UPDATE t SET a = 1",
    "> note",
    "# 结果：5",
    "-- the rows",
    "...",
    "[...]",
    "Answer: 5",
    "cr> select 1;",
    "D select 2;",
    "",
)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=8))
def test_marked_lines_never_loop(lines):
    code = "\n".join(lines) + "\n"
    answer = detect_language(code)
    assert answer in LANGUAGES
    assert answer == _plain(code)
