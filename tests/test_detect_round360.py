"""Detection fixes of session 66 read off round 360 (Russian IT notes, a Kubernetes course in
Portuguese, Spanish and English, Korean backend notes, an English robotics blog, an English TIL):
a box drawn in a program's comments under its code is no drawing."""

from detect_cases import detection_test

CASES = [
    # a Lambda's Python, the network's path drawn in its comments below
    (
        "python",
        "import boto3\n\nsqs = boto3.client('sqs')\n\ndef handler(event, context):\n"
        "    sqs.send_message(QueueUrl=URL, MessageBody='ping')\n    return {'statusCode': 200}\n\n"
        "# path of a message:\n# ┌──────────────────────┐\n# │ Lambda (private net) │\n"
        "# └──────────────────────┘\n#            ↓\n# ┌──────────────────────┐\n# │ SQS endpoint         │\n"
        "# └──────────────────────┘\n",
    ),
    # as before: a box drawn alone, a box in comments alone, a tree under its command's note
    ("text", "┌────────┐\n│ client │\n└────────┘\n     ↓\n┌────────┐\n│ server │\n└────────┘\n"),
    ("text", "# ┌────────┐\n# │ client │\n# └────────┘\n"),
]

test_detection = detection_test(CASES)
