"""Detection fixes of session 40 read off round 150 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # Code with its added lines marked `+`, no diff's headers: a change shown in place.
    (
        "diff",
        "import { render } from './render'\n+import { feed } from './feed'\n\n"
        "export function build(site) {\n  render(site)\n+  feed(site)\n}",
    ),
    ("diff", '{\n  "name": "talks",\n+  "private": true,\n  "version": "1.0.0"\n}'),
    ("javascript", 'const answer = "42";\n+answer;  // 42, a number'),  # as before: a unary plus
    (
        "text",
        "Stack:\n+ PostgreSQL for the data\n+ Redis for the cache\nand nothing else",
    ),  # as before: a list
    # dbt's relation named alone.
    ("postgresql", "{{ ref('stg_talks') }}"),
    ("html+django", "{{ talk.title|title }}"),  # as before
]


test_session_40_round_150 = detection_test(CASES)
