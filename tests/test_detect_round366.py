"""Detection fixes of session 67 read off round 366 (Chinese and Korean notes on Python, Linux and
AWS's command line): shell lines Python's parser takes, a menu that opens with "Select", cells over
what they printed under `---`, a header's colon typed full-width."""

from detect_cases import detection_test

CASES = [
    # a dotfile made and edited, then the editor's keys: Python would read an attribute and a type
    ("bash", "touch .envrc\nvim .envrc\n\nesc :x\n"),
    # a file written with cat, under notes in Chinese: Python would read comparisons and a shift
    ("bash", "# 写入文件\ncat > notes.txt <<END(结束符)\n# 按 ctrl+d 结束\ncat > draft.txt\n"),
    # a command-line tool's numbered menu under its prompt: no SELECT
    (
        "text",
        " Select a region\n 1) north : the north site\n 2) south : the south site\n (default is 1): 2\n",
    ),
    # statements, each over `---` and what they printed
    (
        "python",
        "pairs = [a + b for a in 'xy' for b in 'pq']\nprint(pairs)\n---\n['xp', 'xq', 'yp', 'yq']\n\n"
        "pairs = [a + b for a in 'xy' for b in 'pq' if a != b]\n# 필터 : 같은 글자끼리는 빼고\nprint(pairs)\n---\n\n"
        "['xp', 'xq', 'yp', 'yq']\npairs.sort(reverse=True)\nprint(pairs)\n---\n['yq', 'yp', 'xq', 'xp']\n",
    ),
    # a lookup over `---` and the traceback it raised, a note in Korean after
    (
        "python",
        "counts = dict()\nprint(counts['missing'])\n---\nTraceback (most recent call last):\n"
        "  File \"demo.py\", line 2, in <module>\n    print(counts['missing'])\nKeyError: 'missing'\n\n"
        "# 없는 키를 읽어서 에러\n",
    ),
    # a header's colon typed full-width, once
    (
        "python",
        '# 输入年龄，判断是否成年\nage = int(input(\'age: \'))\n"""\n大于18，打印adult\n否则打印minor\n"""\n'
        "if age > 18：\t# 冒号写成了全角\n    print('adult')\nelse:\n    print('minor')\n",
    ),
    # a virtual environment activated at Windows' `> ` prompt
    ("console", "> .\\venv\\Scripts\\activate\n"),
    # a `//` note in Chinese over an element whose handler logs: the handler is the element's
    ("html", '//点击按钮后打印\n<button type="button" onclick="console.log(1)">go</button>\n'),
    # as before: YAML's documents apart by `---`, a relative import, a SELECT over its list
    ("yaml", "---\nname: web\nreplicas: 2\n---\nname: db\nreplicas: 1\n"),
    ("python", "from .models import Post\n"),
    ("javascript", '// 打印\nconst label = "<b>" + name + "</b>";\nconsole.log(label);\n'),
    ("postgresql", "SELECT id, name\nFROM items\nWHERE id IN (1, 2);\n"),
]

test_detection = detection_test(CASES)
