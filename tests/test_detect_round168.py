"""Detection fixes of session 43 read off round 167 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # An HTTP client called, Vue's app created, an arrow function reading its parameter's member.
    ("javascript", "axios('/talks/42');"),
    ("javascript", "createApp(Archive).mount('#talks')"),
    ("javascript", "upcoming = talks.filter(t => t.date.getTime() > now)"),
    ("postgresql", "SELECT pg_read_file('/srv/lectern/talks.csv');"),  # as before: a path handed to SQL
    # Attributes looked up a line each through an object's member.
    ("python", "model.encoder.weight\nmodel.encoder.bias"),
    ("text", "talk_slides.h\ntalk_slides.cc"),  # as before: files named a line each
    # A prototype's parameters noted with `//` a line each.
    (
        "c",
        "int slides_open(\n    int fd,            // the deck's file\n    const char *name,  // its title\n"
        "    int flags          // how to open it\n);",
    ),
    # A vector's size bounding a loop.
    ("cpp", "for (int i = 0; i < talks.size(); ++i)\n    total += talks[i];"),
    # A folder's tree written as a nested list.
    ("text", "- lectern\n  - content\n    - talks.md\n  - theme\n    - base.html // the layout"),
    ("yaml", "- name: talks\n  path: content/talks\n- name: posts\n  path: content/posts"),  # as before
]


test_session_43_round_167 = detection_test(CASES)
