"""Detection fixes of session 62 read off round 333 (Korean TILs): C functions returning a
pointer to a type named with two capitals (`BTreeNode * RotateLR(...)`), MySQL's `mysql > ` prompt
with a space before its `>`, a statement's `//` note glued to its mark, jQuery's own calls, and
what a print() gave marked `>>> ` whatever it looks like (`>>> deque([2, 3])`)."""

from detect_cases import detection_test

CASES = [
    (
        "c",
        "BTreeNode * TurnLeft(BTreeNode * root){\n  BTreeNode * kid; // its left\n\n  kid = GetLeft(root);\n"
        "  return Swap(kid);\n\n}",
    ),
    ("psql", "mysql > CHANGE MASTER TO\n    -> MASTER_HOST = 'db1',\n    -> MASTER_PORT = 3306;"),
    ("postgresql", " show create event nightly_talks; //nightly_talks 확인"),
    ("javascript", "jQuery.ajax( [settings ] )"),
    (
        "python",
        "from collections import deque\n\ntalks = deque(['a', 'b'])\ntalks.append('c')\nprint(talks)\n"
        ">>> deque(['a', 'b', 'c'])",
    ),
    # as before: a shell's redirection into a file, a session typing a call at `>>> `
    ("bash", "mysql > dump.sql"),
    ("pycon", ">>> from collections import deque\n>>> deque([1, 2])\ndeque([1, 2])"),
    ("javascript", "foo(); // call it\nlet x = 1;"),
]

test_detection = detection_test(CASES)
