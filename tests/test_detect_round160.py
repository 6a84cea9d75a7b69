"""Detection fixes of session 42 read off round 159 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Another server's SET: MySQL's scoped variables, ShardingSphere's words before a spaced `=`.
    ("postgresql", "SET GLOBAL max_connections=300"),
    ("postgresql", "set readwrite_splitting hint source = primary"),
    ("bash", "set -euo pipefail"),  # as before: the shell's options
    ("bash", "set tags=./.tags"),  # as before: Vim's `set x=y`
    # A sentence opening with `Insert` over a step drawn in arrays: no statement.
    ("text", "Insert 9 into:  [ 2, 4, 6 ]\n\nStep 1: append 9 at index 3\n  [ 2, 4, 6, 9 ]\n"),
    ("postgresql", "Insert into talks (title) values ('Locks');"),  # as before
    # A tree drawn with `/` and `\` between its levels, steps around it.
    (
        "text",
        "Input: [ 5, 2, 9 ]\n\n  Tree:\n         5\n       /   \\\n      2     9\n     / \\\n    1   3\n\n"
        "Step 1: sift-down index 0\n  [ 2, 5, 9 ]\n",
    ),
    # Java's properties in camelCase, one given nothing: no shell's variables.
    ("ini", "listenPort=8080\nadminPort=8081\nidleTimeout=\nmaxConnections=500\ncharset=utf-8\n"),
    ("bash", "talkDir=/srv/talks\ncd $talkDir\nls\n"),  # as before: a script using them
    # A Java thread dump: threads, states, locks and frames.
    (
        "text",
        '"worker-3@812" prio=5 tid=0x1f nid=NA waiting for monitor entry\n'
        "  java.lang.Thread.State: BLOCKED\n"
        "\t waiting for worker-1@640 to release lock on <0x1a2> (a org.lectern.talks.DeckCache)\n"
        "\t  at org.lectern.talks.DeckCache.get(DeckCache.java:41)\n"
        "\t  at org.lectern.talks.Player$1.run(Player.java:77)\n",
    ),
    # BIND's named.conf: an acl of addresses, its options block, `//` notes, zones.
    (
        "text",
        "acl talkers {\n        10.1.0.0/16;\n        localhost;\n};\n\noptions {\n"
        '        directory "/var/cache/bind";\n        // no forwarding here\n'
        "        listen-on {10.1.0.2;};\n        allow-query { talkers; };\n        recursion yes;\n};\n",
    ),
    (
        "text",
        '// zones of the talk archive\n//\nzone "talks.example" in {\n        type master;\n'
        '        file "/var/cache/bind/db.talks";\n};\n',
    ),
    ("javascript", "const options = {\n  recursion: true,\n};\n"),  # as before
]


test_session_42_round_159 = detection_test(CASES)
