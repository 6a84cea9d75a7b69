"""Detection fixes of session 67 read off round 370 (a Korean study log of SQL, Java and the
shell, a Japanese engineer's memo on TypeScript and tools, MIT's Missing Semester): a pointer
dereferenced in brackets, settings entries shown twice apart, the shell's pieces cut short."""

from detect_cases import detection_test

CASES = [
    # C: a pointer to an array dereferenced in brackets, assigned
    ("c", "(*rows)[0] = (*rows)[3];\n"),
    # an editor's settings entries under `//` notes, the same key shown two ways
    (
        "json",
        '// 경고로\n"lint.rules": [\n  { "rule": "*", "level": "warn" }\n]\n\n'
        '// 정보로\n"lint.rules": [\n  { "rule": "no-*", "level": "info" }\n]\n',
    ),
    # a pipeline's rest, cut at its first `|`
    ("bash", " | paste -sd, | bc -q\n"),
    # a shell loop's head alone, no Python's colon
    ("bash", "for n in 1 2 3\n"),
    # as before: Python's loop head, a Markdown table's row, a pointer's member read in C
    ("python", "for f in files:\n    print(f)\n"),
    ("text", "| id | name\n"),
    ("c", "int main(void)\n{\n  struct node *p = head;\n  return (*p).value;\n}\n"),
]

test_detection = detection_test(CASES)
