"""Detection fixes of session 54 read off round 265 after it was measured: C++'s arrays initialised in
braces without `=` (sized by anything, maybe static), a functional cast, CASE's forms between blank
lines under notes, YAML over the objects it loads as marked `>>> `, and ROS's programs."""

from detect_cases import detection_test

CASES = [
    ("cpp", "int slots(unsigned int n) {\n    int dp[n] {1, 1};\n    return dp[n - 1];\n}"),
    ("cpp", "int rooms[n][n] {};\nrooms[i][j] = 1; // 相邻"),
    ("cpp", "size_t bucket(int v, size_t scope) {\n    return ((size_t(v) >> 16) ^ v) % scope;\n}"),
    ("c", "int rooms[4] = {1, 2, 3, 4};\nint total = (int)(rooms[0]);"),  # as before: C's initializer has `=`
    (
        "postgresql",
        "-- 搜索形式\nCASE\n\tWHEN room_full(input) THEN value1\n\tWHEN ... THEN ...\n\tELSE fallback\t\t-- 可省略\nEND\n\n"
        "-- 简单形式\ncase input\n\tWHEN val1 THEN ret1\n\tWHEN ... THEN ...\n\tELSE fallback\nEND\n",
    ),
    ("yaml", "speaker: ada\n>>> { speaker: 'ada' }\nrooms: [A, B]\n>>> { rooms: [ 'A', 'B' ] }\n"),
    ("pycon", ">>> rooms = ['A', 'B']\n>>> rooms\n['A', 'B']\n"),  # as before: typed at the prompt
    ("bash", "roscore\nrosrun talks talk_node\nrosrun rqt_graph rqt_graph"),
]

test_session_54_round_265 = detection_test(CASES)
