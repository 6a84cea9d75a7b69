"""Detection fixes of session 67 read off round 376 (a Russian blog on SQL and Python, an English
write-up of SQL interview cases, a Chinese blog on PostgreSQL and Scala): a script's lines, then a
name it defined typed at `>>> ` over what it showed."""

from detect_cases import detection_test

CASES = [
    # a script's lines, then `>>> name` for what it made, its value under it
    (
        "pycon",
        "from collections import Counter\n\ntally = Counter()\nfor word in words:\n    tally[word] += 1\n\n>>> tally\nCounter({'a': 2})\n",
    ),
    (
        "pycon",
        "ranked = sorted(scores)\ntop = ranked[-3:]\n\n>>> top\n[(90, 'Ана'), (95, 'Бо'), (99, 'Си')]\n",
    ),
    # as before: a script over what its print() wrote, marked `>>> ` by the writer
    (
        "python",
        'class Box:\n    pass\n\n\nfirst = Box()\nsecond = Box()\n\nprint(f"same: {first is second}")\n\n'
        ">>> same: False\n",
    ),
]

test_detection = detection_test(CASES)
