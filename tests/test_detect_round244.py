"""Detection fixes of session 53 read off round 243 after it was measured: MySQL's RENAME TABLE
laid over lines, a promise's `.catch(...)` (no C++ handler), robots.txt's rules and one HTTP
header as sent (text), Linux's user tools and the JDK's `jps` run alone or reading a file."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "RENAME TABLE Talks TO talks,\nspeakers TO talk_speakers;"),
    ("postgresql", "RENAME TABLE talks TO talks_2024;"),  # as before
    ("javascript", "(async () => loadTalks())()\n.then(...)\n.catch(...)"),
    ("cpp", 'try {\n    play(talk);\n} catch (...) {\n    std::cerr << "failed";\n}'),  # as before
    (
        "text",
        "# 博客的爬虫规则\nUser-agent: *\nAllow: /\nAllow: /talks/\nDisallow: /drafts/\nSitemap: https://example.org/sitemap.xml",
    ),
    ("text", "Access-Control-Max-Age: 600"),
    ("yaml", "server: db1"),  # as before: one key, YAML's way
    ("bash", "pwconv"),
    ("bash", "chpasswd < talkers.txt"),
    ("bash", "jps\n\n4121 TalkIndexer\n4388 Jps"),
    ("text", "talkers.txt"),  # as before: a file's name alone
]

test_session_53_round_243 = detection_test(CASES)
