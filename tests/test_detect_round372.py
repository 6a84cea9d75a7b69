"""Detection fixes of session 67 read off round 372 (a Japanese engineer's memo on AWS and GCP, a
Spanish blog on the Raspberry Pi, a Romanian developer's English blog on servers): a reference's
JSON synopsis that names each value's type, notes after its values or on lines of their own, and
CloudFormation's tags beside quoted values."""

from detect_cases import detection_test

CASES = [
    # a JSON synopsis: types where values stand, `#` notes after values and on their own lines
    (
        "json",
        '{\n   "scaling": {\n      "minimum": number, # 最小の台数\n      "maximum": number,\n'
        '      # 有効にするかどうか\n      "enabled": boolean,\n      "status": "string"\n   }\n}\n',
    ),
    # a synopsis whose values are all "string", noted in the shell's way
    ("json", '{\n   "endpoint": "string", # エンドポイント\n   "region": "string" # リージョン\n}\n'),
    # CloudFormation's template: a tag over a quoted short value
    (
        "yaml",
        "Parameters:\n  KeyName:\n    Type: String\nResources:\n  Web:\n    Type: 'AWS::EC2::Instance'\n"
        "    Properties:\n      KeyName: !Ref KeyName\n      UserData: !Base64 'ab'\n",
    ),
    # as before: a Python dict noted, a grammar's rules quoting their marks, JSON with `//` notes
    ("python", "settings = {\n    'debug': True,  # while developing\n    'port': 8000,\n}\n"),
    ("text", "Expr : Term '+' Expr\n     | Term\nTerm : NUMBER\n"),
    ("json", '{\n  // the port\n  "port": 8080\n}\n'),
]

test_detection = detection_test(CASES)
