"""Detection fixes of session 63 read off round 340 (Chinese notes): commands between closed
`# ---- #` rulers, commands over `# 输出` and what `ip` printed, Django's lookups over the
QuerySets they gave, a manifest's key with a full-width colon, and a C++ parameter's default."""

from detect_cases import detection_test

CASES = [
    (
        "bash",
        "# ------------------------------------------------------------ #\n# 启动一个容器\n# -d 后台运行\n\n"
        "docker run -d --name web nginx\n\n# 查看容器\ndocker ps -a\n"
        "# ------------------------------------------------------------ #\n",
    ),
    (
        "bash",
        "sudo ip netns exec blue ip link\n# 输出\n"
        "1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1\n"
        "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n",
    ),
    (
        "python",
        "Shelf.objects.filter(room='attic')\n<QuerySet [<Shelf: attic>, <Shelf: attic>]>\n\n"
        "Shelf.objects.filter(room__exact='attic')\n<QuerySet [<Shelf: attic>, <Shelf: attic>]>\n",
    ),
    (
        "yaml",
        "api: batch/v1\nkind: Job\nmetadata:\n  name: count\nspec：\n  template:\n    metadata:\n      name: count\n"
        "    spec:\n      containers:\n      - name: count\n        image: busybox\n"
        '        command: ["echo", "1"]\n      restartPolicy: Never\n',
    ),
    ("cpp", "Canvas(const Style* style, bool visible=true);\n"),
    # as before: C's loop declaring two counters, a Redis cheat sheet with full-width colons, what `ip` printed alone
    ("c", "for(int i=1,j=0;i<n;i++){\n    if(a[i]>a[j]) j=i;\n}\n"),
    ("text", "常见命令有：\n\n- SET：添加一个键值对\n- GET：读取一个值\n- INCR：自增1\n"),
    (
        "text",
        "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1\n"
        "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n",
    ),
]

test_detection = detection_test(CASES)
