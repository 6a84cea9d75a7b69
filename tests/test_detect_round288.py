"""Detection fixes of session 57 read off round 287 after it was measured: a cheat sheet's runs of
one program's subcommands under short labels, network interfaces as `ifconfig` prints them, and a
JSON file with the writer's notes on its keys under it."""

from detect_cases import detection_test

CASES = [
    (
        "bash",
        "# list nodes\nnotesctl node ls --all\n\n# add a node\nssh-copy-id -i ~/.ssh/notes.pub admin@<new-node>\n"
        "notesctl node add <new-node> [<addr>]\n\n# retire a node\nnotesctl node drain <node>\n"
        "notesctl node rm <node>  # once it is empty",
    ),
    (
        "text",
        "# on the primary\nens3: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 9000\n"
        "        inet 192.168.10.4  netmask 255.255.255.0  broadcast 192.168.10.255\n"
        "        ether 52:54:00:aa:bb:cc  txqueuelen 1000  (Ethernet)\n"
        "lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536\n        inet 127.0.0.1  netmask 255.0.0.0",
    ),
    (
        "json",
        '{"slots": [\n    {"name": "talks_sub", "plugin": "pgoutput", "lag": [0, 12]},\n'
        '    {"name": "notes_sub", "plugin": "pgoutput", "lag": [3, 1]}\n]}\n\n'
        "# name: the slot as pg_replication_slots shows it\n# lag: seconds behind, per standby",
    ),
    # as before: a redis.conf's settings, each under its note, stay text
    ("text", "# snapshots\nsave 900 1\nsave 300 10\n\n# compress the dump\nrdbcompression yes\n\ndir ./"),
    # as before: the editor opened on the file, then a note on the next step: the shell's
    ("bash", 'vim /etc/docker/daemon.json\n{\n    "log-driver": "journald"\n}\n\n# restart docker after it'),
]

test_session_57_round_287 = detection_test(CASES)
