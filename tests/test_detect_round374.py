"""Detection fixes of session 67 read off round 374 (a Chinese CS interview notebook, a Chinese
ops notebook, a Chinese study notebook on databases, big data and operating systems): root's
prompt doubled over a command's synopsis, root asking `pwd` alone, MySQL's RENAME TABLE synopsis."""

from detect_cases import detection_test

CASES = [
    # a command's synopsis after root's prompt doubled, its options glossed under it
    ("console", "## cp [-afi] source destination\n-a ：保留属性\n-f ：强制覆盖\n"),
    (
        "console",
        "## ln -s /etc/hosts .\n## ls -l hosts\nlrwxrwxrwx. 1 root root 10 Jun 1 10:00 hosts -> /etc/hosts\n",
    ),
    # root asking where it is and what is there, the answers under each
    ("console", "# pwd\n/var/lib/app\n# ls\ndata logs\n"),
    # MySQL's RENAME TABLE synopsis, its optional schema in brackets, continued unindented
    ("postgresql", "RENAME TABLE [db1.]old_a TO [db2.]new_a,\n[db1.]old_b TO [db2.]new_b, ...\n"),
    # as before: a Markdown heading over prose, root's note over a file, a rename between commas
    ("text", "## Usage\nRun the tool once a day.\n"),
    ("console", "# cat /etc/hostname\nweb1\n"),
    ("postgresql", "RENAME TABLE a TO b, c TO d;\n"),
]

test_detection = detection_test(CASES)
