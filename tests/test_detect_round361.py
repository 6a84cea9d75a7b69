"""Detection fixes of session 66 read off round 361 (an English essayist's blog, Chinese Linux
tutorials, an English DevOps TIL, a Korean engineering blog): a long conf file with a few keys left
empty or given `*`, MySQL's CHANGE MASTER TO with the writer's `>>>` notes, and YAML's directives
and tags over a document or its items."""

from detect_cases import detection_test

CASES = [
    # a daemon's conf: key=value lines, a few left empty or given `*`, notes in Chinese
    (
        "ini",
        "disabled=false\nbind_addr=\nport=22122\nconnect_timeout=30\n# 允许访问的主机\nallow_hosts=*\n"
        "network_timeout=60\nbase_path=/var/lib/tracker\nmax_connections=256\n",
    ),
    # a replica pointed at its source, the writer's notes after `>>>`
    (
        "postgresql",
        "CHANGE MASTER TO\nmaster_host='10.0.0.7',\nmaster_user='repl',\nmaster_port=3306,\n"
        "master_log_file='binlog.000012',>>>填上面记下的文件名\nmaster_log_pos=4410;>>>填上面记下的位置\n",
    ),
    # YAML: a %TAG directive over a tagged document; a flow sequence typed item by item; a local tag
    ("yaml", "%TAG !inv! tag:example.org,2024:inventory/\n--- !!omap\n- widget: !inv!item\n    count: 4\n"),
    ("yaml", '!!seq [\n    !!int "7",\n    !!str "pear",\n]\n'),
    ("yaml", "!shape;2\nheight: 5\nwidth: 7\n"),
    # as before: a shell script's empty assignments, a pycon session, MySQL 8's form on one line
    ("postgresql", "CHANGE REPLICATION SOURCE TO source_host='10.0.0.7', source_port=3306;\n"),
    ("bash", "PROXY=\nexport PROXY\nNO_PROXY=localhost\nexport NO_PROXY\n"),
    ("pycon", ">>> x = 1\n>>> x + 1\n2\n"),
]

test_detection = detection_test(CASES)
