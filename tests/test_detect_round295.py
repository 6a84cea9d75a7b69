"""Detection fixes of session 57 read off round 294 after it was measured: injection payloads given
a page's parameter (`?id=-1' union select ...--+`), among the writer's notes; a blog's `<!--more-->`
fallen into a block; one program's subcommands given a setting (`allowDNS=1`)."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "?talk=-1' union select 1,group_concat(title),3 from talks--+"),
    ("postgresql", '?talk=-1") union select 1,database(),user()--+\n\nor\n\n?talk=3")--+'),
    ("postgresql", "先用 order by 试出列数\n?talk=1 order by 4--+会报错"),
    (
        "python",
        '# -*- coding: utf-8 -*-\n\n<!--more-->\n\ndef slots(hours):\n    """\n    >>> slots(2)\n    4\n    """\n'
        "    return hours * 2\n",
    ),
    ("bash", "talkctl join roomID\ntalkctl set roomID allowChat=1"),
    # as before: the parameter alone given a quote, and notes on it, stay text; the mark alone stays HTML
    ("text", "?talk=1'"),
    ("text", "?talk=1 正常\n?talk=1' 报错"),
    ("html", "<!--more-->"),
]

test_session_57_round_294 = detection_test(CASES)
