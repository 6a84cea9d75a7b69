"""Detection fixes of session 53 read off round 249 after it was measured: a server started in
the background (`mysqld_safe ...&`) before the client opened and its `mysql> ` prompts; a
playbook under a caption in Chinese (not a list under one); a declaration given a call whose
arguments go on over lines; the browser's console and page called by their APIs."""

from detect_cases import detection_test

CASES = [
    (
        "psql",
        "mysqld_safe --skip-grant-tables&\n\nmysql -u root mysql\n\n"
        "mysql> UPDATE user SET password=PASSWORD('talks') WHERE user='root';\n\nmysql> FLUSH PRIVILEGES;",
    ),
    ("bash", "^talk^talks^:&\n!!:gs/talk/talks/"),  # as before: the shell's history, `&` its own
    (
        "yaml",
        "检查talks服务是否启动\n---\n- hosts: talks\n  gather_facts: no\n  tasks:\n"
        "    - shell: systemctl is-active talks\n      register: state",
    ),
    ("text", "Lectern 的核心结构：\n- posts\n- talks\n- planet"),  # as before: a caption over a list
    (
        "c",
        "int child_pid = clone(child_main, child_stack + STACK_SIZE,\n"
        "        CLONE_NEWPID | CLONE_NEWNS | SIGCHLD, NULL);",
    ),
    ("javascript", "console.clear()"),
    ("javascript", "document.getElemeentsByClassNName('talk-title')"),  # misspelt, as a post had it
]

test_session_53_round_249 = detection_test(CASES)
