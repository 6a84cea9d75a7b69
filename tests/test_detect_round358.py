"""Detection fixes of session 66 read off round 358 (an English engineer's notes on PostgreSQL and
MySQL, Chinese DevOps notes, Chinese notes on Java and middleware, a Chinese developer's notes on
Spring and the web, an English engineer's cookbooks): InfluxQL's statements given a name to fill
in, Flume's properties templated in angle brackets, a library's settings set on its config object,
jQuery's plugins and a Gruntfile's calls, a linter's directives, and krb5.conf's includedir."""

from detect_cases import detection_test

CASES = [
    # InfluxQL, a name to fill in written in brackets; its TAG and FIELD keys
    ("postgresql", "SHOW TAG KEYS FROM [measurement-name]\n"),
    ("postgresql", "SHOW RETENTION POLICIES ON [db-name]\n"),
    ("postgresql", "USE [db-name]\n"),
    ("postgresql", "SHOW DATABASES\nuse <database>\nSHOW MEASUREMENTS\n"),
    ("postgresql", "SHOW FIELD KEYS FROM cpu\n"),
    # its SHOW's later words in lower case, a name to fill in (mended after the round was recorded)
    ("postgresql", "SHOW series FROM [measurement-name]\n"),
    # Flume's agent properties, its names for the reader to fill in
    ("ini", "<Agent>.channels.<Channel>.type = memory\n"),
    (
        "ini",
        "<Agent>.sources = <Source>\n<Agent>.channels = <Channel>\n\n"
        "<Agent>.sources.<Source>.channels = <Channel>\n<Agent>.sources.<Source>.type = netcat\n",
    ),
    # a chart library's settings on its config object; jQuery's plugin defaults; a Gruntfile
    ("javascript", "chart.config.animate = false;\nchart.config.step_speed = 25;\n"),
    ("javascript", 'chart.options.date_format = "%Y-%m";\n'),
    ("javascript", "$.fn.datepicker.defaults.format = 'yyyy-mm-dd';\n"),
    ("javascript", "grunt.loadNpmTasks('grunt-contrib-uglify')\n"),
    # a linter's directives, over `debugger` or alone
    ("javascript", "/* jshint -W087 */\ndebugger\n"),
    ("javascript", "/* eslint-disable no-console */\n\n/* eslint-enable no-console */\n"),
    # krb5.conf: its include over its sections
    (
        "ini",
        "includedir /etc/krb5.conf.d/\n\n[libdefaults]\n default_realm = EXAMPLE.ORG\n dns_lookup_kdc = true\n\n"
        "[realms]\n EXAMPLE.ORG = {\n  kdc = kdc.example.org\n }\n",
    ),
    # as before: a note in SQL's comment over a statement, a Python attribute set, a bracketed T-SQL name
    ("postgresql", "/* the totals */\nSELECT sum(n) FROM t;\n"),
    ("python", "self.config.debug = True\n"),
    ("postgresql", "SELECT [order id] FROM [dbo].[orders];\n"),
]

test_detection = detection_test(CASES)
