"""Detection fixes of session 69 read off round 392 (a Korean data engineer's digital garden, a
Korean developer's blog, a Japanese training course's answers): names each described in Korean
sentences, and a textbook's pseudocode with `<-` and `for i <- 1 to n do`."""

from detect_cases import detection_test

CASES = [
    # each name described in a Korean sentence: words, not a file's settings
    ("text", "모호함: 짧게 답해 줘.\n구체화: 초등학생 대상, 한 문장, 쉬운 말로 답해 줘.\n"),
    # as before: a site's settings, one value in Korean beside the others
    ("yaml", "title: 나의 작은 블로그\nlanguage: ko\nurl: https://blog.example\n"),
    # a textbook's pseudocode under C's comments
    (
        "text",
        "total <- 0\n/* this part */\nfor k <- 1 to m do\n    total <- total + m;\n\n// k <- 1 : one assignment\n",
    ),
]

test_detection = detection_test(CASES)
