"""Detection fixes of session 70 read off round 404 (a Chinese developer's blog on Windows and Gecko,
an engineer's notes on the Linux kernel): C99's designated initialisers and arrays of pointers to
functions, a smart pointer's template, a scope named among a C library call's arguments."""

from detect_cases import detection_test

CASES = [
    # a struct filled by its members' names, an array by its indexes' names (C99)
    (
        "c",
        "DEFINE_PER_NODE(struct pool_cfg, boot_cfg) = {\n    .owner = &init_owner,\n    .count = 1,\n"
        "    .mask = ~0UL,    /* every bit set until the pool is sized */\n};\n",
    ),
    (
        "c",
        "static int (*event_handlers[])(struct ctx *c) = {\n    [EV_OPEN]   = on_open,\n"
        "    [EV_CLOSE]  = on_close,\n};\n",
    ),
    # as before: a script's object keeps its keys unmarked
    ("javascript", "const ops = {\n  push: fifoPush,\n  pop: fifoPop,\n};\n"),
    # C++: a smart pointer's template declaring a name, a namespace's variable among printf's arguments
    (
        "cpp",
        "nsresult LoadPrefs()\n{\n    nsCOMPtr<nsIFile> prefDir;\n"
        "    nsresult rv = NS_GetSpecialDirectory(NS_APP_PREFS_DIR, getter_AddRefs(prefDir));\n"
        "    if (NS_FAILED(rv))\n      return rv;\n    return NS_OK;\n}\n",
    ),
    ("cpp", 'printf("%d lives at %p\\n", cfg::limit, &cfg::limit);\n'),
]

test_detection = detection_test(CASES)
