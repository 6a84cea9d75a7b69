"""Detection fixes of session 71 read off round 411 (EMQX's docs, a Chinese front-end weekly): a
JSON template whose values are placeholders its engine fills in, and statements ended by `;` that
no properties file writes."""

from detect_cases import detection_test
from sql_highlight.detect import detect_language

CASES = [
    # a JSON template: some values are `${...}` placeholders, unquoted
    ("json", '{"device": "${clientid}", "temp": ${payload.temp}, "at": ${timestamp}}\n'),
    ("json", '{\n  "device": "${clientid}",\n  "level": ${qos},\n  "body": ${payload}\n}\n'),
    # as before: a shell line with a JSON argument stays the shell's
    ("bash", 'curl -d \'{"at": 1}\' "${API_URL}/events"\n'),
    # as before: Java's properties stay ini
    ("ini", "app.cache.size=200\napp.cache.ttl=60\n"),
]

test_detection = detection_test(CASES)


def test_statements_ended_by_semicolons_are_no_properties_file():
    """`x.y = 0; // note` lines are a script's statements (JavaScript's, C's): never ini."""
    code = "renderCount.current = 0; // 第 1 次\nrenderCount.current = 1; // 第 2 次\nrenderCount.current = 2; // 第 3 次\n"
    assert detect_language(code) != "ini"
