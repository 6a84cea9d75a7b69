"""Detection fixes of session 59 read off round 307 after it was measured: commands after `## `, a
writer's root prompt doubled, and a select list's line naming its columns MySQL's way in
backquotes."""

from detect_cases import detection_test

CASES = [
    ("console", "## ps -l"),
    ("console", "## pstree -A"),
    ("console", "## top -d 5"),
    ("postgresql", "  ,case when sum(coalesce(`minutes`,0))=0 then 0 else sum(`seats`) end as per_seat"),
    # as before
    ("text", "## see the talks below"),
    ("bash", "## Install\npip install lectern"),
    ("console", "# ps -l"),
    ("postgresql", "`talk_id` bigint(20) NOT NULL DEFAULT 0 COMMENT 'the talk',"),
    ("javascript", "const title = `Tides`;\nconsole.log(title);"),
]

test_detection = detection_test(CASES)
