"""Detection fixes of session 69 read off round 391 (a Korean developer's blog, a Japanese
optimisation writer's Qiita articles, a Japanese training course's answers): a command over what
it printed, the writer marking the output `>>>`; one printed line under `print()` so marked; a
tag between elided lines."""

from detect_cases import detection_test

CASES = [
    # a command over its output, which the writer marks `>>>` as Python's examples do
    ("bash", "cloudctl account show\n>>>\nEmail        Limit  Status\nme@host.test 10     active\n"),
    (
        "bash",
        "cloudctl volume create data --size 20 \\\n  --region ams3\n>>>\nID   Name  Size\n42   data  20\n",
    ),
    # Python: one print() over what it printed, marked the same way
    ("python", "print(sorted(words, key=len))\n>>>\n['ox', 'cat', 'horse']\n"),
    # as before: Python's session
    ("pycon", ">>> words = ['cat', 'ox']\n>>> sorted(words, key=len)\n['ox', 'cat']\n"),
    # a page's tag between the lines the writer elided
    ("html", '...\n<link rel="stylesheet" href="/css/site.css">\n...\n'),
]

test_detection = detection_test(CASES)
