"""Detection fixes of session 54 read off round 264 after it was measured: SQL Server's synopses
(`@parameter`, a full-width bar, a list elided `[ ,...n ]`), injections' payloads that close a
string, Server-Sent Events' fields and a jar's manifest, and Python's import forms with their
names to fill in."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "CREATE FUNCTION [ owner_name.] talk_count\n( [ { @room_name [AS] room_type [ = default ] } [ ,...n ] ] )\n"
        "RETURNS TABLE\n[ AS ]\nRETURN [ ( ) select-stmt [ ] ]",
    ),
    ("postgresql", "DROP FUNCTION { [ owner_name .] talk_count } [ ,...n ]"),
    ("postgresql", "'or '1'='1\n'or (length(database()))>8 or '1'='1"),
    ("text", "'or so the speaker said"),  # as before: a quote opening prose
    ("text", 'event: error\ndata: {"message": "slides timeout"}\n'),
    ("text", "Manifest-Version: 1.0\nMain-Class: org.example.talks.Launcher\nCreated-By: Maven\n"),
    ("html+django", "id: '{{ talk_md5(page.path) }}',"),  # as before: an `id:` alone is anyone's key
    (
        "python",
        "import <PKG>\nimport <PKG> as <ABBR>\nfrom <PKG> import <NAME>\nfrom <PKG>.<SUBMODULE> import *\n",
    ),
    ("text", "if talks.VERSION <comparator> (<X>, <Y>):\n    ..."),  # as before: placeholders beyond imports
]

test_session_54_round_264 = detection_test(CASES)
