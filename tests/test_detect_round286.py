"""Detection fixes of session 56 read off round 285 after it was measured: a template's type
declared in code otherwise C's, and a YAML file under vi with its changed lines marked."""

from detect_cases import detection_test

CASES = [
    ("cpp", "void TestRooms() { Schedule<bool> rooms; rooms.Book(); }"),
    (
        "diff",
        "vi talks.yaml\n\nkind: Service\napiVersion: v1\nmetadata:\n  name: talks\nspec:\n  type: NodePort\n"
        "  ports:\n    - port: 443\n      targetPort: 8443\n+     nodePort: 30001\n  selector:\n    app: talks",
    ),
    ("c", "int main(void) {\n    int minutes = 45;\n    return minutes < 60;\n}"),  # as before
    ("yaml", "talks:\n  - title: Indexes\n  - title: Locks"),  # as before: a list's items
]

test_session_56_round_285 = detection_test(CASES)
