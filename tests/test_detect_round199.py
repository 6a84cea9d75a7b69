"""Detection fixes of session 47 read off round 198 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A textbook's C taking a parameter by reference (`SqStack &S`): C++, whatever else is C's.
    (
        "cpp",
        "bool Push(SqStack &S, ElemType x) {\n\tif (S.top == MaxSize - 1) return false;\n\tS.data[++S.top] = x;\n\treturn true;\n}",
    ),
    ("cpp", "void InitList(LinkList &L){\n\tL = (LNode *)malloc(sizeof(LNode));\n\tL->next = NULL;\n}"),
    ("c", "bool StackEmpty(SqStack S) {\n\treturn S.top == -1;\n}"),  # as before
    (
        "c",
        "int masked(int flags) {\n\tif ((flags &MASK) == 0) {\n\t\treturn 0;\n\t}\n\treturn 1;\n}",
    ),  # as before: a bitwise and
    # A scraper's Python, then a caption in another alphabet over the tags it printed.
    (
        "python",
        "from bs4 import BeautifulSoup\n\nsoup = BeautifulSoup(html, 'lxml')\nfirst = soup.find('a')\nprint(first)\n\n"
        '输出结果如下：\n<a class="nav" href="/talks">讲座</a>',
    ),
    # CSDN's copy footer, its line numbers run together (`123AI写代码`), is none of the code.
    (
        "python",
        "# the fields of a talk\nimport scrapy\n\nclass Talk(scrapy.Item):\n    # define the fields\n    title = scrapy.Field()\n123456AI写代码",
    ),
    # Names described in another alphabet's prose are no YAML mapping.
    (
        "text",
        "talks.py: 定义了讲座的模型，每个讲座一个对象\nfeeds.py: 生成订阅，供读者使用\nsettings.py: 项目的全局配置",
    ),
    ("yaml", "title: 我的博客\nsubtitle: 记录生活\nlanguage: zh-CN"),  # as before
]

test_session_47_round_198 = detection_test(CASES)
