"""Detection fixes of session 44 read off round 177 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # C++'s containers declared without `std::`; C++'s linkage written without its space.
    ("cpp", "void walk(Node *root) {\n    stack<Node *> todo;\n    todo.push(root);\n}"),
    ("cpp", 'extern"C"\n{\n  void tick()\n  {\n    while (true);\n  }\n}'),
    (
        "c",
        "int main(void) {\n    struct stack *todo = stack_new();\n    stack_push(todo, root);\n    return 0;\n}",
    ),  # as before
    (
        "c",
        '#ifdef __cplusplus\nextern "C" {\n#endif\n\nint talk_count(const char *room);\n\n#ifdef __cplusplus\n}\n#endif',
    ),  # as before: a C header's guard
    # MySQL's client written with a capital, its statements glossed after a long dash.
    ("psql", "Mysql> show status ——显示状态\nMysql> show processlist ——查看线程"),
    # The writer's `#` notes over MySQL's prompt, statements after it unprompted.
    ("psql", "#查看版本\nmysql> SELECT VERSION();\n\n#计算\nSELECT (4+1)*5;"),
    ("bash", "# connect\nmysql -u root -p talks"),  # as before
    (
        "bash",
        "# the logs\nmysql> SHOW BINARY LOGS;\n\n# back one up\nmysqlbinlog bin.000001 > bin_backup.sql\n\n"
        '# back a day up\nmysqlbinlog --start-datetime="2024-01-31 00:00:00" \\\n'
        '            --stop-datetime="2024-01-31 23:59:59" \\\n            bin.000001 > day_backup.sql',
    ),  # as before: the client's prompt over a script's commands
    # Statements numbered as a list's items.
    ("postgresql", "1. select user, host from mysql.user;\n2. flush privileges;"),
    ("text", "1. Write the talk\n2. Record it"),  # as before
    ("text", "1. FROM\n2. WHERE\n3. GROUP BY\n4. SELECT"),  # as before: clauses' names in their order
    # The browser's alert given an expression, what it shows in a `//` note.
    ("javascript", 'alert( [1, 2] + 1 ); // "1,21"\nalert( parseInt("42px") ); // 42'),
]

test_session_44_round_177 = detection_test(CASES)
