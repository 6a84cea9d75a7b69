"""Detection fixes of session 64 read off round 349 (English blogs and vaults): a shell prompt
with the git branch in its brackets, JOIN clauses with OUTER, C99's `_Bool` and a function taking
`(void)`, a Python module indented by tabs and spaces both, iptables' listing (no C prototype
counts packets), and a build's `==> app` lines (no psql prompt, read once)."""

from detect_cases import detection_test

CASES = [
    # a prompt naming the folder and its git branch in brackets
    ("console", "[blog (main)]$ curl -I localhost:4000\nHTTP/1.1 200 OK\nContent-Type: text/html\n"),
    # joins alone, OUTER written out
    (
        "postgresql",
        "LEFT OUTER JOIN `orders` ON `orders`.`user_id` = `users`.`id`\nRIGHT OUTER JOIN `items` ON `items`.`order_id` = `orders`.`id`\n",
    ),
    # C99's boolean, a register's flag; an interrupt's handler taking `(void)`
    ("c", "// set when the button is pressed\nvolatile _Bool pressed = 0;\n"),
    ("c", "// timer 1 overflow\ninterrupt [TIM1_OVF] void timer1_ovf_isr(void)\n{\n    ticks++;\n}\n"),
    # a module whose docstring line is indented by a tab among four-space lines, doctests in another
    (
        "python",
        'LEXICON = {"north": "direction"}\n\n\ndef scan(word):\n\t""" Look the word up. """\n    return LEXICON.get(word)\n\n\n'
        'def scan_all(words):\n    """Each word looked up.\n    >>> scan_all("north")\n    [\'direction\']\n    """\n'
        "    return [scan(w) for w in words.split()]\n",
    ),
    # iptables' listing: chains and their counts
    (
        "text",
        "Chain INPUT (policy ACCEPT 12 packets, 840 bytes)\n pkts bytes target     prot opt in     out     source               destination\n\nChain OUTPUT (policy ACCEPT 7 packets, 512 bytes)\n pkts bytes target     prot opt in     out     source               destination\n",
    ),
    # as before: a C prototype over its body, a four-space module, a shell prompt in brackets
    (
        "c",
        "Datum add_one(PG_FUNCTION_ARGS)\n{\n    int32 arg = PG_GETARG_INT32(0);\n    PG_RETURN_INT32(arg + 1);\n}\n",
    ),
    ("console", "[user@db ~]$ psql --version\npsql (PostgreSQL) 17.2\n"),
]

test_detection = detection_test(CASES)
