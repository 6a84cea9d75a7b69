"""Detection fixes of session 38 read off round 136 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A lesson's points as a Markdown list: words, no data, though YAML parses them.
    ("text", "- Printed handouts\n- Recorded talks\n- Slides kept online"),
    ("text", "- Ficheiros de legendas\n- Vídeos incorporados\n- Transcrições alinhadas"),
    ("yaml", "- pip install -r requirements.txt\n- invoke build"),  # as before: a CI list's commands
    ("yaml", "- build\n- test\n- deploy"),  # as before: a list of stages
]


test_session_38_round_136 = detection_test(CASES)
