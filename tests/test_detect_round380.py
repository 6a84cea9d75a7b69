"""Detection fixes of session 68 read off round 380 (a Korean bootcamp's notes on Django and
SQLite, a Chinese MySQL course's notes, a Korean blog on Kubernetes and Spring Security): a number
through a template's filter, and a list a program printed in brackets without commas."""

from detect_cases import detection_test

CASES = [
    # a Django template's filter on a number
    ("html+django", "<h3>sums</h3>\n<p>{{ 10|add:5 }}</p>\n<hr>\n"),
    ("html+django", "<span>{{ 3.5|floatformat }}</span>\n"),
    # as before: GitHub Actions' expression is no template's
    ("yaml", "steps:\n  - run: echo ${{ 4 }}\n"),
    # names printed a line each inside brackets, no comma between: output, not YAML's flow sequence
    (
        "text",
        "  Filters in order: [\n  FirstFilter\n  SecondFilter\n  ThirdFilter\n  FourthFilter\n  ]\n",
    ),
    # as before: a flow sequence over lines, its commas in place
    ("yaml", "servers: [\n  alpha,\n  beta,\n  gamma\n]\nport: 80\n"),
]

test_detection = detection_test(CASES)
