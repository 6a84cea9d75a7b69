"""LaTeX to MathML, at build time: latex2mathml does the work; this module refuses what it would
render wrongly without a word (an unknown command shown as its name, `\\frac{a}` with one part,
an unbalanced brace) and writes the MathML itself, escaped, with characters instead of the
`&#x...;` references latex2mathml leaves in its text."""

import html
import re
import xml.etree.ElementTree as ElementTree

from latex2mathml import exceptions
from latex2mathml.converter import convert_to_element

# MathML elements, the number of children each one needs, and what is written for it in LaTeX.
ARITY = {
    "mfrac": (2, "\\frac"),
    "msup": (2, "^"),
    "msub": (2, "_"),
    "msubsup": (3, "_ and ^"),
    "munder": (2, "\\underset"),
    "mover": (2, "\\overset"),
    "munderover": (3, "_ and ^"),
    "mroot": (2, "\\sqrt[n]"),
}
WHAT = {  # plain words for what latex2mathml found wrong
    exceptions.NumeratorNotFoundError: "a fraction without its numerator",
    exceptions.DenominatorNotFoundError: "a fraction without its denominator",
    exceptions.ExtraLeftOrMissingRightError: "a \\left without its \\right",
    exceptions.MissingSuperScriptOrSubscriptError: "^ or _ with nothing after it",
    exceptions.DoubleSubscriptsError: "two subscripts in a row (write x_{a_b})",
    exceptions.DoubleSuperscriptsError: "two superscripts in a row (write x^{a^b})",
    exceptions.NoAvailableTokensError: "a command without its argument",
    exceptions.InvalidStyleForGenfracError: "a bad \\genfrac style",
    exceptions.MissingEndError: "a \\begin without its \\end",
    exceptions.InvalidAlignmentError: "a bad column alignment",
    exceptions.InvalidWidthError: "a bad width",
    exceptions.LimitsMustFollowMathOperatorError: "\\limits after something that is not an operator",
}
UNKNOWN_COMMAND = re.compile(r"\\[A-Za-z]+")


class FormulaError(ValueError):
    """A formula that cannot be rendered; the message says why."""


def _brace_problem(latex):
    depth = 0
    escaped = False
    for char in latex:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return "a } without its {"
    return "a { without its }" if depth > 0 else None


def _tree_problem(element):
    for node in element.iter():
        text = node.text or ""
        if UNKNOWN_COMMAND.match(text):
            return f"unknown command {UNKNOWN_COMMAND.match(text).group(0)}"
        needed, written = ARITY.get(node.tag, (None, None))
        if needed is not None and len(node) != needed:
            return f"{written} needs {needed} parts, it has {len(node)} (a missing {{...}}?)"
        if node.tag == "mfrac" and any(len(child) == 0 and not child.text for child in node):
            return "a fraction with an empty part"
    return None


def to_mathml(latex, display=False):
    """The MathML of `latex` as a string (`display`: a block formula); FormulaError if it
    cannot be rendered faithfully."""
    if not latex.strip():
        raise FormulaError("the formula is empty")
    problem = _brace_problem(latex)
    if problem is None:
        try:
            element = convert_to_element(latex, display="block" if display else "inline")
        except Exception as error:  # latex2mathml's own errors, and whatever else it meets
            problem = WHAT.get(type(error)) or f"{type(error).__name__}: {error}".rstrip(": ")
        else:
            problem = _tree_problem(element)
    if problem is not None:
        raise FormulaError(problem)
    for node in element.iter():
        # latex2mathml keeps symbols as "&#x02211;" text; make them the characters, so that
        # serializing escapes exactly what needs escaping (a "<" typed in \text{} too).
        if node.text:
            node.text = html.unescape(node.text)
        if node.tail:
            node.tail = html.unescape(node.tail)
    return ElementTree.tostring(element, encoding="unicode", short_empty_elements=False)
