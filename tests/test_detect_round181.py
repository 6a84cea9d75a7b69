"""Detection fixes of session 45 read off round 180 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Function templates declared without a body; files' streams; references declared.
    ("cpp", "template<class It, class Pred>\nIt find_talk(It first, It last, Pred pr);"),
    ("cpp", 'ifstream in("talks.txt", ios::in);\nin.seekg(0, ios::end);\nlong size = in.tellg();'),
    ("cpp", "Talk & t = keynote;\nt.start();"),
    ("cpp", "void fill(int (&seats)[40]) {}"),
    ("cpp", "double d = p->Talk::Length();"),
    (
        "cpp",
        "function<int(int)> twice = [&twice](int n){ return n < 1 ? 0 : 2 + twice(n - 1); };\ncout << twice(3) << endl;",
    ),
    ("c", "int seats;\nint *const p = &seats;"),  # as before
    ("javascript", "function greet(name) {\n  return 'hi ' + name;\n}"),  # as before
    # An interactive Python session with its prompt glued to the input, or one `>` too many.
    ("pycon", ">>>[n * 2 for n in range(4)]\n[0, 2, 4, 6]"),
    ("pycon", ">>>> rooms = ['A', 'B']\n>>>> len(rooms)\n2"),
    (
        "python",
        "import os\np = '/srv/talks/a.vtt'\n\nos.path.basename(p)\n>>>'a.vtt'\n\nos.path.splitext(p)\n>>>('/srv/talks/a', '.vtt')",
    ),  # as before: `>>>` marking what each call gave, under the code
    # The page's address changed; a canvas's own drawing methods, glossed a line each.
    ("javascript", "location.reload();  // from the cache maybe\nlocation.reload(true);  // from the server"),
    ("javascript", "ctx.fillRect(x, y, w, h)     a filled box\nctx.clearRect(x, y, w, h)    the box cleared"),
    ("javascript", "bezierCurveTo(cp1x, cp1y, cp2x, cp2y, x, y)"),
]

test_session_45_round_180 = detection_test(CASES)
