"""Detection fix of session 61 read off round 327 (Korean TILs): git's prompt during a merge,
`(master|MERGING) $ `, a branch and its state in the brackets."""

from detect_cases import detection_test

CASES = [
    ("console", "(main|MERGING) $ git status\nOn branch main\nYou have unmerged paths."),
    ("console", "(main|MERGING) $ git add talks.md\n(main|MERGING) $ git commit"),
    # as before: a branch's prompt, a shell's pipe in brackets that is no prompt
    ("console", "(feature/talks) $ git add ."),
]

test_detection = detection_test(CASES)
