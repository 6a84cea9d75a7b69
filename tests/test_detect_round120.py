"""Detection fixes of session 37 read off round 119 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A flow drawn with arrows between its steps.
    ("text", "Recording (camera)\n    ↓\nCaptions (Whisper)\n    ↓\nTalk page (Lectern)"),
    # ... while C's call with a word in brackets stays C, as before.
    ("c", "int main(void)\n{\n    return play(talk);\n}"),
    # C++: brace initialization, an object constructed from literals or by its type's name, a
    # structured binding, an array deleted.
    ("cpp", "Slot s{9, 30};\nSlot t{};"),
    ("cpp", "int seats[]{ 300, 80, 40 };"),
    ("cpp", "Camera cam(1920, 1080);\nMicrophone mic(2);"),
    ("cpp", "Slot first = Slot(9, 30);"),
    ("cpp", "auto [room, seats] = rooms.front();"),
    ("cpp", "frames = new char[4096];\ndelete[] frames;"),
    # ... while SQL calling a function with literals stays SQL, and C's prototype stays C, as before.
    ("postgresql", "SELECT generate_series(1, 100000);"),
    ("c", "int total(int a, int b);"),
    # A YAML document's start, spaces after its `---`: no result table's ruler.
    ("yaml", "---   \n- name: slides\n  version: v2.1.0"),
    # A table's columns named a line each with SQL's `--` notes.
    (
        "postgresql",
        "id            -- key\nslug          -- in the address\ngiven_at      -- when\n-- optional\nvideo_url     -- if filmed",
    ),
    # MySQL's statement elided after its head.
    ("postgresql", "UPDATE talks JOIN rooms ..."),
    # ... while a sentence opening with "UPDATE" in capitals stays prose, as before.
    ("text", "UPDATE the docs ..."),
    # JavaScript's Number constants; a property whose value is left empty.
    ("javascript", "Number.MAX_SAFE_INTEGER"),
    ("ini", "talks.title=\ntalks.room=main"),
]


test_session_37_round_119 = detection_test(CASES)
