"""Detection fixes of session 69 read off round 396 (a Korean developer's blog, orchestrator's
docs, ent's docs): a MySQL statement whose names are in backquotes, not ended by `;`."""

from detect_cases import detection_test

CASES = [
    # MySQL's names in backquotes, the statement not ended
    ("postgresql", "UPDATE `books` SET `title` = TRIM(`title`)\n"),
    ("postgresql", "UPDATE `orders` SET `note` = LOWER(`note`)\n"),
    # as before: the shell's command substitution in backquotes
    ("bash", "echo `date`\n"),
]

test_detection = detection_test(CASES)
