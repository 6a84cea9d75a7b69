"""Detection fixes of session 41 read off round 154 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # ftp's client opened on a host, as telnet's and sftp's are.
    ("bash", "ftp 192.168.10.20"),
    ("text", "golang 1.22.1\nerlang 26.2.1"),  # as before: names and versions, asdf's list
    # AngularJS's `$scope.x.y`: an object's member, no shell's variable.
    (
        "javascript",
        "if($scope.talk.minutes !== undefined && $scope.talk.minutes.match(/^\\d+$/)){\n"
        "    $scope.talk.minutes = $scope.talk.minutes.match(/^\\d+$/)[0];\n}else{\n    $scope.talk.minutes = '';\n}",
    ),
    ("bash", 'for f in $FILES; do\n  echo "$f.bak" && cp "$f" "$f.bak"\ndone'),  # as before
    # A command with the shell's comment after it, no space after `#`.
    ("bash", "lectern new-site talks #makes its folders"),
    ("text", "Use the #general channel for questions"),  # as before: prose
]


test_session_41_round_154 = detection_test(CASES)
