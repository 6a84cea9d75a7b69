"""Detection fixes of session 39 read off round 142 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A routine created SQL Server's way, its parameters and its table named with `@`.
    (
        "postgresql",
        "CREATE OR ALTER FUNCTION dbo.ufn_LongTalks\n(\n@MinMinutes INT\n)\nRETURNS @Result TABLE -- the rows\n(\n"
        "TalkID INT,\nTitle NVARCHAR(200)\n)\nAS\nBEGIN\nINSERT INTO @Result\n"
        "SELECT TalkID, Title FROM dbo.Talks WHERE Minutes >= @MinMinutes;\nRETURN;\nEND;",
    ),
    (
        "postgresql",
        "CREATE OR REPLACE FUNCTION one() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;",
    ),  # as before
    # A const member function: C++.
    ("cpp", "size_t count() const {\n  return talks_.size();\n}"),
    # stdio's stream: C.
    ("c", "FILE * fopen(const char * path, const char * mode)"),
    ("c", 'FILE * out;\nout = fopen("talks.txt", "w")'),
    # A compiler's diagnostics, C++'s runtime abort: output.
    (
        "text",
        "player.cc:21:14: error: member reference base type 'Player (Clock (*)())' is not a\n"
        "      structure or union\n  return player.start();\n         ~~~~~~^~~~~~",
    ),
    (
        "text",
        "terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc\nAborted (core dumped)",
    ),
    # Jest's assertion: JavaScript.
    ("javascript", "expect(wrapper).toContainReact(player)"),
    ("python", "assert wrapper.contains(player)"),  # as before
]


test_session_39_round_142 = detection_test(CASES)
