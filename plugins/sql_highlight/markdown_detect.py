"""A Python-Markdown extension that gives unlabelled code blocks a detected language.

Fenced blocks are labelled before fenced_code reads them; indented blocks get codehilite's
`:::lang` header before codehilite reads them. Blocks detected as plain text are left alone.
"""

from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .detect import detect_language

FENCE = FencedBlockPreprocessor.FENCED_BLOCK_RE


def _unescape(text):
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


class LabelUnlabelledFences(Preprocessor):
    def run(self, lines):
        text = "\n".join(lines)
        pieces, position = [], 0
        for m in FENCE.finditer(text):
            if m.group("lang") or (m.group("attrs") and "." in m.group("attrs").split("=")[0]):
                continue
            language = detect_language(m.group("code"))
            if language == "text":
                continue
            attrs = m.group("attrs")
            opening = (
                f"{m.group('fence')}{{ .{language} {attrs.strip()} }}"
                if attrs
                else f"{m.group('fence')}{language}"
            )
            if m.group("hl_lines"):
                opening += f" hl_lines={m.group('quot')}{m.group('hl_lines')}{m.group('quot')}"
            pieces.append(text[position : m.start()])
            pieces.append(
                opening + "\n" + m.group("code") + text[m.start("code") + len(m.group("code")) : m.end()]
            )
            position = m.end()
        if not pieces:
            return lines
        pieces.append(text[position:])
        return "".join(pieces).split("\n")


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
            if language != "text":
                code.text = type(code.text)(f":::{language}\n{code.text}")


class UnlabelledCodeExtension(Extension):
    """Registered by the sql_highlight plugin when SQL_DETECT_UNLABELLED is on."""

    def extendMarkdown(self, md):
        md.preprocessors.register(LabelUnlabelledFences(md), "lectern_label_fences", 30)
        md.treeprocessors.register(LabelIndentedBlocks(md), "lectern_label_indented", 31)
