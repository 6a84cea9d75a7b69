"""Detection fixes of session 42 read off round 158 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A Java application's log line, then the exception and its stack frames: output.
    (
        "text",
        "2026-03-02T09:14:55.201+01:00  WARN 3 --- [talks-worker-2] o.l.talks.DeckCache   : An error came from "
        "org.lectern.talks.DeckCache$1$$Lambda$812/0x0000000801a2c4d0.complete()\n"
        "\n"
        "java.lang.IllegalArgumentException: no slide 42 in deck\n"
        "\tat org.lectern.talks.Deck.slide(Deck.java:88) ~[talks-1.4.jar!/:1.4]\n"
        "\tat org.lectern.talks.DeckCache$1.lambda$render$0(DeckCache.java:134) ~[talks-1.4.jar!/:1.4]\n"
        "\tat org.lectern.talks.Indexer.run(Indexer.java:51) ~[talks-1.4.jar!/:1.4]\n"
        "\tat java.base/java.lang.Thread.run(Thread.java:1583) ~[na:na]\n"
        "Caused by: java.io.FileNotFoundException: deck.pdf\n"
        "\t... 2 common frames omitted\n",
    ),
    (  # as before: a trace alone
        "text",
        'Exception in thread "main" java.lang.NullPointerException\n'
        "\tat org.lectern.Main.start(Main.java:12)\n"
        "\tat org.lectern.Main.main(Main.java:5)\n",
    ),
    ("bash", "echo start\n./gradlew test\n"),  # as before: commands
    # Fluent Bit's sections, their keys and values set apart by spaces (one value naming `$var`s).
    (
        "text",
        "[INPUT]\n    Name              tail\n    Path              /var/log/talks/*.log\n\n"
        "[OUTPUT]\n    Name              loki\n    Match             *\n"
        "    Labels            job=talks, stream=$stream, deck=$deck, speaker=$speaker\n",
    ),
    ("ini", "[server]\nport = 8080\nhost = 0.0.0.0\n"),  # as before: ini's own `key = value`
    # A configuration's braced sections named in quotes (GRUB's menu entries): no SQL.
    (
        "text",
        'set default=0\nset timeout=5\n\nmenuentry "Lectern installer" {\n  search.fs_label LECTERN root\n'
        "  set root=($root)\n  linux (loop0)/vmlinuz printk.devkmsg=on lectern.mode=install console=tty1\n"
        "  initrd /boot/initrd.img\n}\n",
    ),
    ("postgresql", "SET search_path = talks, public;\nSET work_mem = '64MB';"),  # as before
    # An NFS export and a preseed's debconf answers (one a command continued over lines): no label's syntax.
    ("text", "/srv/talks       recorder(rw,sync,no_subtree_check) player(ro,sync)\n"),
    (
        "text",
        "d-i debian-installer/locale string en_GB.UTF-8\nd-i keyboard-configuration/xkb-keymap select gb\n"
        "d-i passwd/make-user boolean true\nd-i keymap select gb\nd-i preseed/late_command string in-target sed -i \\\n"
        "  's/quiet//' /etc/default/grub\ntasksel tasksel/first multiselect standard\n",
    ),
    ("bash", "cp /srv/talks/a.mp4 /srv/backup/\n"),  # as before: a command on paths
    # A matrix as a program printed it, a row a line: output, no JSON document.
    ("text", "[1, 0, 0, 2]\n[0, 1, 0, 3]\n[0, 0, 1, 4]\n"),
    (
        "json",
        '{"talk": "pgday", "slides": 41}\n{"talk": "djangocon", "slides": 37}\n',
    ),  # as before: JSON lines
    ("json", "[1, 2, 3]"),  # as before: one array
]


test_session_42_round_158 = detection_test(CASES)
