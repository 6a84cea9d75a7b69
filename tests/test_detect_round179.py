"""Detection fixes of session 45 read off round 178 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A statement typed without a prompt over MySQL's `#` comment: no root's psql prompt.
    (
        "postgresql",
        "START TRANSACTION;\nUPDATE talks SET seats = seats - 1 WHERE id = 7;\n# ROLLBACK;\nCOMMIT;",
    ),
    ("psql", "# SELECT count(*) FROM talks;\n count\n-------\n     3\n(1 row)"),  # as before: root's prompt
    # AngularJS' controller: a function given `$` parameters, which the shell's never takes.
    (
        "javascript",
        "app.controller('TalkController', ['$scope', '$http',\n"
        "  function($scope, $http) {\n    $scope.title = 'Lectern';\n  }]);",
    ),
    ("bash", 'function greet {\n  echo "hi $USER"\n  ls -l $HOME\n}\ngreet'),  # as before
    # A type's name after the brace closing its members, its `typedef` misspelt; a pointer to an array.
    ("c", "typdef struct talk {\n    // who gives it\n    speaker *who\n} talk;"),
    ("c", "char(*rows)[32];"),
    ("javascript", "const talk = {\n  // its room\n  room: 'A',\n};"),  # as before
]

test_session_45_round_178 = detection_test(CASES)
