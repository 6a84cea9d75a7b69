"""Detection fixes of session 54 read off round 263 after it was measured: MySQL's statements at a
prompt its client was set to print (a host's caption over them, statements over lines, the
client's answers between), and `# define ...` notes in YAML, which are no C directive."""

from detect_cases import detection_test

CASES = [
    ("psql", "replica> stop slave io_thread;\nreplica> start slave io_thread;"),
    ("psql", "primary> install plugin rpl_semi_sync_master soname 'semisync_master.so';"),
    (
        "psql",
        "(root@localhost)[(none)]> stop slave;\nQuery OK, 0 rows affected (0.00 sec)\n\n"
        "(root@localhost)[(none)]> change master to master_auto_position=1;\n",
    ),
    (
        "psql",
        "talkdb01:\nmysql> set sql_log_bin = 0;\nmysql> change master to master_user = 'rpl'\n"
        "\tfor channel 'group_replication_recovery';\nmysql> start group_replication;\n",
    ),
    ("console", "dev> ls -la;"),  # as before: a shell's prompt set otherwise, no statement
    (
        "yaml",
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: talks\n---\n# define the admin secret, then the PV\n"
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ceph-admin\ntype: kubernetes.io/rbd\n",
    ),
    (
        "c",
        "#define TALK_READY (EV_READ | EV_HUP)\n    /* ready */\n#define TALK_DONE (EV_WRITE)\n    /* done */\n",
    ),  # as before
]

test_session_54_round_263 = detection_test(CASES)
