"""Detection fixes of session 49 read off round 219 after it was measured, on snippets we write
here; the cases marked "as before" guard what the fixes must not move."""

from detect_cases import detection_test

CASES = [
    ("bash", 'for f in *.md; do\n  echo "$f.bak"\ndone'),  # as before: the shell's variable
    # A class whose methods log to the console: JavaScript's, never C++'s.
    ("javascript", 'class Speaker {\n  talk() {\n    console.log("talk");\n  }\n}'),
    # Vue's own members on `this` (`this.$el`): an object's, no shell's variables.
    (
        "javascript",
        "class Deck {\n  constructor(options) {\n    this.init(options);\n  }\n\n  init(options) {\n"
        "    this.$options = options;\n    this.$el = document.querySelector(options.el);\n"
        "    this.$data = options.data;\n    this.$slides = options.slides;\n    watch(this.$data); // 监听\n"
        "    render(this, this.$el); // 渲染\n  }\n}",
    ),
    # padStart's results in notes.
    ("javascript", "'7'.padStart(3, '0') // \"007\"\n'42'.padStart(3, '0') // \"042\""),
]

test_session_49_round_219 = detection_test(CASES)
