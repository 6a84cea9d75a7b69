"""Detection fixes of session 61 read off round 320 (Korean TILs): Python's statement forms whose
placeholders are named in the writer's language (`if 조건문:` over `수행할 문장 1-1`), lookups over
what each gives after `=> `, a call typed over IPython's `...:` prompts, and JavaScript's class
expression (`const me = class Person {`), which C++ never writes."""

from detect_cases import detection_test

CASES = [
    ("python", "if 조건:\n    실행할 문장 1\n    실행할 문장 2\nelse:\n    실행할 문장 A\n"),
    ("python", "while 조건식:\n    반복할 문장1\n    반복할 문장2\n"),
    ("python", "for 항목 in 목록(또는 튜플):\n    실행할 문장 1\n"),
    ("python", "try:\n    ...\nexcept 오류 이름:\n    ...\n"),
    ("python", "talk.pk\n=> 7\ntalk.title\n=> 'Indexes'\n\n# 발표자 조회\ntalk.speaker\n=> <Speaker: Ann>"),
    (
        "python",
        "Talk.objects.create(\n...: title='인덱스',\n...: year=2026,\n...: room='B',)\nOut[2]: <Talk: Talk object (9)>",
    ),
    ("javascript", "class Talk {\n  // 선언\n}\n\nconst lecture = class Talk {\n  // 표현식\n}"),
    # as before: a synopsis in angle brackets, a lookup over `> `, C++'s class
    ("python", "for <item> in <sequence>:\n    <statements>"),
    ("python", "talk.pk\n> 7"),
    ("cpp", "class Talk {\npublic:\n    int year;\n};"),
]

test_detection = detection_test(CASES)
