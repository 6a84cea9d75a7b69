"""Detection fixes of session 39 read off round 140 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Quoted values set a few a line, one example among them.
    (
        "bash",
        "# colours\nred='\\e[31m'   grn='\\e[32m'   blu='\\e[34m'\ncyn='\\e[36m'   wht='\\e[37m'\n"
        "bld='\\e[1m'    dim='\\e[2m'\nrst='\\e[0m'\n'\\e[31;1m'",
    ),
    ("bash", "TITLE='Talks'\nSLUG='talks'"),  # as before: a sourced file's lines
    # A command under a note, what it printed under `# Output:`.
    ("bash", "# add two numbers\necho '3 + 4' | bc\n# Output:\n7"),
    # Words ending in a colon are a note over what follows, not root's prompt.
    ("bash", '# echo each talk\'s slug before its title:\nfor t in talks/*.md; do echo "$t"; done'),
    ("console", "# echo $PATH\n/usr/local/bin:/usr/bin"),  # as before: root's command and its output
    # An fstab's lines, tmpfs among its devices: a syntax no label has.
    (
        "text",
        "UUID=1234-ABCD /boot/efi vfat umask=0077 0 2\nUUID=5678-EF01 / btrfs defaults,noatime 0 0\n"
        "tmpfs /tmp tmpfs defaults,noatime,mode=1777 0 0",
    ),
    # An editor opened on a file, then the file: labelled by the file.
    ("json", 'vim ~/.config/lectern/settings.json\n{\n  "theme": "dark",\n  "planet": true\n}'),
    (
        "yaml",
        "sudo nano /etc/lectern/planet.yaml\nfeeds:\n  - name: talks\n    url: https://example.org/atom.xml",
    ),
    ("bash", "vim notes.txt\nls -la"),  # as before: a command after the editor's
]


test_session_39_round_140 = detection_test(CASES)
