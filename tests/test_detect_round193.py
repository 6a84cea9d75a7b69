"""Detection fixes of session 46 read off round 192 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

_LICENSE = "/*\n * Copyright 2024 Lectern's writers.\n *\n * Licensed under the MIT License.\n */\n\n"

CASES = [
    # A license in a block comment over a schema: SQL.
    (
        "postgresql",
        _LICENSE + "CREATE TABLE `talks` (\n  `id` bigint NOT NULL AUTO_INCREMENT COMMENT 'id',\n"
        "  `title` varchar(255) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;",
    ),
    ("c", _LICENSE + "#include <stdio.h>\n\nint main(void) {\n    return 0;\n}"),  # as before
    # Prompts: a theme's mark after the folder, root's with a space before its `#`.
    ("console", "~ » docker ps\nCONTAINER ID   IMAGE   NAMES"),
    ("console", "[root@db  /usr/local/pgsql/] # bin/initdb -D data"),
    # C functions over `void` or pointer and const parameters, whatever their own type's name.
    ("c", '/**\n * 新建一个空串\n */\nstr strempty(void) {\n    return strnew("", 0);\n}'),
    ("c", "str strcopy(const char *from) {\n    return strnew(from, strlen(from));\n}"),
    ("text", "func add(p *T) {\n  return p\n}"),  # as before (Go's, not C's)
    # MySQL's own statements: SHOW CREATE without its terminator; a loop labelled `label:LOOP`.
    ("postgresql", "SHOW CREATE PROCEDURE 过程名"),
    ("postgresql", "标记:LOOP\n    语句\n    LEAVE 标记;\nEND LOOP 标记;"),
]

test_session_46_round_192 = detection_test(CASES)
