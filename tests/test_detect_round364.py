"""Detection fixes of session 66 read off round 364 (an English sysadmin's blog, Chinese notes on
the shell, an English engineer's install notes, two English cheat sheets): a prompt that ends its
folder with `|⇒`, and the shell's arrays appended with `+=(`."""

from detect_cases import detection_test

CASES = [
    # zsh's prompt drawn as user@host:folder|⇒, with what the command printed
    ("console", "kim@mac-mini:~|⇒  pip3 show httpie\nName: httpie\nVersion: 3.2.2\n"),
    ("console", "kim@mac-mini:/usr/share/man|⇒  ls man1 | grep zsh\nzsh.1\nzshall.1\n"),
    # the shell's arrays grown with +=
    ("bash", "colors+=(red green)\n"),
    ("bash", "# add two more\nhosts+=(db1 db2)\n"),
    # as before: an array assigned, Python's augmented assignment, a user@host:~$ prompt
    ("bash", "colors=(red green blue)\n"),
    ("python", "total += 1\n"),
    ("console", "kim@host:~$ uname -r\n6.8.0-31-generic\n"),
]

test_detection = detection_test(CASES)
