"""Detection fixes of session 60 read off round 313 after it was measured: a window function's
synopsis over its window named (`OVER (window_spec)`), a reference grammar's productions
(`window_spec:` over `[window_name] [partition_clause]`), Docusaurus's `# highlight-next-line`
marks taken off before a block is read, root's prompt with two spaces before its folder, git
config's `[section "subsection"]`; then (after the round was recorded) a window's definition and a
conditional's synopsis over placeholders' lines."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "row_number(slot) OVER (per_room);"),
    ("postgresql", "room_spec:\n  [room_name] [track_clause] [order_clause]"),
    ("postgresql", "track_clause:\n  {OVER (room_spec) | OVER room_name}"),
    (
        "postgresql",
        "# highlight-error-next-line\nOVER (w PARTITION BY track)\n# highlight-error-next-line\n"
        "... WINDOW w AS (PARTITION BY room)",
    ),
    ("console", "root@build  ~ # kubectl get pods\nNAME      READY   STATUS\nlectern   1/1     Running"),
    ("ini", '[url "ssh://git@example.org/"]\n\tinsteadOf = https://example.org/'),
    ("postgresql", "WINDOW room_window AS (room_spec)\n    [, room_window AS (room_spec)] ..."),
    ("postgresql", "IF condition\n\tstatements1\n    ELSE\n    statements2"),
    # as before
    ("javascript", "function slot() {\n  // start\n  return 1;\n  // end\n}"),
    ("python", "def slot():\n    # highlight-next-line\n    return 1"),
    ("yaml", "track_spec:\n  - room\n  - order"),
    ("text", "Window size as (see below) is ten minutes."),
]

test_detection = detection_test(CASES)
