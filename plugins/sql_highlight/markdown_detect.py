"""A Python-Markdown extension that gives unlabelled code blocks a detected language.

Fenced blocks are labelled before fenced_code reads them, and marked as detected (the code-block
formatter says so in `data-lang-source`); indented blocks get codehilite's
`:::lang` header before codehilite reads them. Blocks detected as plain text are left alone.
"""

from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .detect import detect_language
from .highlighting import DETECTED_PREFIX
from .markdown_fences import DETECTED, rewrite_openings


def _unescape(text):
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


class LabelUnlabelledFences(Preprocessor):
    def run(self, lines):
        return rewrite_openings(lines, self.opening)

    @staticmethod
    def opening(m):
        if m.group("lang") or (m.group("attrs") and "." in m.group("attrs").split("=")[0]):
            return None
        language = detect_language(m.group("code"))
        if language == "text":
            return None
        attrs = (m.group("attrs") or "").strip()
        if m.group("hl_lines"):
            attrs = f"{attrs} hl_lines={m.group('quot')}{m.group('hl_lines')}{m.group('quot')}".strip()
        return f'{m.group("fence")}{{ .{language} {DETECTED}="1" {attrs} }}'.replace("  }", " }")


class LabelIndentedBlocks(Treeprocessor):
    def run(self, root):
        for pre in root.iter("pre"):
            if len(pre) != 1 or pre[0].tag != "code" or pre[0].get("class") or pre[0].text is None:
                continue
            code = pre[0]
            first_line = code.text.lstrip("\n").split("\n", 1)[0]
            if first_line.startswith((":::", "#!")):
                continue
            language = detect_language(_unescape(code.text))
            if language != "text":  # the formatter wrapper reads the mark (highlighting.py)
                code.text = type(code.text)(f":::{DETECTED_PREFIX}{language}\n{code.text}")


class UnlabelledCodeExtension(Extension):
    """Registered by the sql_highlight plugin when SQL_DETECT_UNLABELLED is on."""

    def extendMarkdown(self, md):
        md.preprocessors.register(LabelUnlabelledFences(md), "lectern_label_fences", 30)
        md.treeprocessors.register(LabelIndentedBlocks(md), "lectern_label_indented", 31)
