"""Detection fixes of session 67 read off round 369 (a Chinese VuePress notebook on MySQL, nginx
and the JVM, a Portuguese and English blog on Python and git, an English data-science blog): SQL's
functions nested in capitals, MySQL's own statements with one garbled, nginx's maps, rewrites and
conditions, logrotate's blocks, R's command, the JVM's options under notes."""

from detect_cases import detection_test

CASES = [
    # a select list's item, SQL's functions nested in capitals
    ("postgresql", "CONCAT(UPPER(LEFT(name, 1)), LOWER(SUBSTRING(name, 2)))\n"),
    # MySQL's own statements under a `--` note, the first with its spaces lost by a converter
    (
        "postgresql",
        "selectuserfrom mysql.user where host = '%';\n\nshow grants;\n-- 查看建表语句\n"
        "show create table orders;\nshow index from orders;\n",
    ),
    # nginx's map, keys in capitals, and a condition on its variable
    (
        "text",
        "map $http_x_region $blocked {\n    default no;\n    EU yes;\n    APAC no;\n}\n\nif ($blocked = yes) {\n    return 403;\n}\n",
    ),
    # nginx: a condition whose pattern holds braces, an empty block, a variable braced in a path
    (
        "text",
        '# 按日期切分日志\nif ($time_iso8601 ~ "^(\\d{4})-(\\d{2})") {}\n'
        "set $year $1;\nset $month $2;\naccess_log logs/app-${year}-${month}.log main;\n",
    ),
    # nginx's rewrite alone
    ("text", "rewrite ^/old/(.*)$ /new/$1 permanent;\n"),
    # logrotate's block for a folder's logs
    (
        "text",
        "/home/app/logs/*.log { # 所有日志\n    daily # 按天切割\n    rotate 7 # 保留七天\n    missingok\n"
        "    dateext\n    prerotate\n        if [ -d /etc/logrotate.d/app ]; then \\\n"
        "            run-parts /etc/logrotate.d/app; \\\n        fi \\\n    endscript\n}\n",
    ),
    # R's own command
    ("bash", "R CMD INSTALL mypkg_1.0.tar.gz\n"),
    # the JVM's options under notes
    ("text", "# 测试环境\n-Xms256M -Xmx1024M\n# 生产环境\n-Xms2G -Xmx4G -XX:+UseG1GC\n"),
    # as before: a sentence that opens with R, Python calling a function in capitals, a shell condition
    ("text", "R is used for statistics.\n"),
    ("python", "result = COMPUTE(data)\nprint(result)\n"),
    ("bash", 'if [ -f "$CONF" ]; then\n  source "$CONF"\nfi\n'),
]

test_detection = detection_test(CASES)
