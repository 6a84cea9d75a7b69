"""Detection fixes of session 48 read off round 202 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    # C++: a class's function defined outside it, its brace maybe below; a class opening on an
    # access label; a member as a reference manual gives it, a line alone.
    ("cpp", "void indexScanner::advance(int step) {\n    position += step;\n    // 下一页\n    load();\n}"),
    ("cpp", "bool walReader::next(Record* out)\n{\n    return read(out) > 0;\n}"),
    (
        "cpp",
        "class PlanCache: AllStatic {\nprotected:\n    static int _entries;\n    static address _first;\n};",
    ),
    ("cpp", "double WalSegment::timestamp"),
    ("cpp", "uint32_t PageHeader::checksum[2]"),
    # As before: C's own function, no class named.
    ("c", "int main(void) {\n    int n = 0;\n    return n;\n}"),
    # The JVM's class file's structures as its specification writes them: C's shape.
    ("c", "{\n    u2             methods_count;\n    method_info    methods[methods_count];\n}"),
    # The mongo shell: a document removed, a replica set's helpers under `//` notes, a collection by name.
    ("javascript", 'db.talks.remove({"year": 2019});'),
    ("javascript", "//查看副本集的状态\nrs.status()"),
    ("javascript", '//加入成员\nrs.add("10.0.0.7:27018")\n//加入仲裁者\nrs.addArb("10.0.0.7:27019")'),
    ("javascript", 'db.getCollection(\'talks\').find({"speaker": "ana"})'),
    # npm's commands with HTML's comments between them as notes: commands, not a page.
    (
        "bash",
        "npm init\nnpm i vue -S\n\n<!-- 打包 -->\nnpm i webpack -D\t\t// 打包\n\n<!-- 样式 -->\nnpm i css-loader -D  // 解析 CSS",
    ),
    ("html", "<!-- 页脚 -->"),  # as before: a comment alone is HTML's
    ("html", '<!-- 导航 -->\n<nav>\n  <a href="/talks/">Talks</a>\n</nav>'),  # as before
    # Vue's mustaches in JavaScript's markup strings; Django's tags filling a script stay a template.
    (
        "javascript",
        "Vue.component('talk-item', {\n  // 一个 prop 叫 talk\n  props: ['talk'],\n  template: '<li>{{ talk.title }}</li>'\n})",
    ),
    (
        "html+django",
        "var url = '/talks/' + '{{ talk.pk }}';\n$.post(url, {csrf: '{{ csrf_token }}'});",
    ),  # as before
    # JavaScript's object entries cut out of a configuration.
    ("javascript", "actions: {\n    publish(context) {\n        context.commit('publish')\n    }\n}"),
    ("javascript", "plugins: [\n    new webpack.ProgressPlugin()\n],"),
    ("yaml", "talks:\n  - title: Vacuum\n    year: 2024\n  - title: WAL\n    year: 2025"),  # as before
    # MySQL's stored programs' tests and loops as its reference writes them, in small letters.
    ("postgresql", "while condition do\n\n    statements\n\nend while;"),
    ("postgresql", "if condition then statements\n\n    [else statements]\n\nend if;"),
    ("bash", 'while read line; do\n  echo "$line"\ndone < talks.txt'),  # as before
    # Python's operators one a line: numbers or'd are no choices of a setting.
    ("python", "a = 7 + 2\nb = 7 ** 2\nc = 7 | 2\nd = True and False\ne = not True"),
    ("ini", "[storage]\ncompression = gzip | lz4 | none\nlevel = 3"),  # as before
]

test_session_48_round_202 = detection_test(CASES)
