"""Detection fixes of session 61 read off round 321 (English notes sites): an fstab's swap file
line, `try:` over `# ...` bodies, psql's `\\c <dbname>` among what was typed into it, commands each
wrapped in backquotes, Cypress's commands and Jest's snapshot files, and emacs, netctl, wifi-menu
and wsl among the programs."""

from detect_cases import detection_test

CASES = [
    (
        "text",
        "# <file system> <dir> <type> <options> <dump> <pass>\n/dev/sda2  /  ext4  defaults  0  1\n/swap/swapfile  none  swap  defaults  0  0",
    ),
    ("python", "try:\n  # ...\nexcept ValueError: # a wrong year\n  # ...\n"),
    ("python", "try:\n  # ...\nexcept ValueError as error: # keep it in error\n  # ...\n"),
    ("postgresql", "psql -U postgres\n\\l\n\\c <dbname>\nSELECT title FROM talks WHERE year = 2026;"),
    ("bash", "`wsl -l -v`\n`wsl --install -d <DistroName>`"),
    ("bash", "`docker ps -a`\n`docker images`"),
    ("javascript", "cy.get('.talks li').eq(0).contains('Indexes'); // the first"),
    ("javascript", "exports[`talk list renders 1`] = `\n<ul>\n  <li>\n    Indexes\n  </li>\n</ul>\n`;"),
    ("bash", "emacs"),
    ("bash", "wifi-menu # pick the network\nnetctl enable home-wifi # at boot"),
    ("postgresql", "`SELECT title FROM talks;`"),
    # as before: an fstab's device lines, a sentence in backquotes
    ("text", "/dev/sda2  /  ext4  defaults  0  1"),
    ("text", "`see the notes below`"),
]

test_detection = detection_test(CASES)
