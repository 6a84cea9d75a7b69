"""JavaScript's fragments nothing else took: an object literal cut from a configuration, calls
given objects constructed with `new`, assignments and values noted in `//`, a primer's one-line
literals. Asked last, of what would be prose otherwise."""

import re

from .python_parse import python_tree

# A configuration's object literal cut from its file (webpack's, babel's): keys unquoted, `key:
# value,` a line, JavaScript's notes after its lines (`loader: 'img-loader', /* 压缩图片 */`).
_NOTE = r"(?:(?<![:\w])//[^\n]*|/\*[^\n]*?\*/)"
_VALUE = (
    r"(?:'[^'\n]*'|\"[^\"\n]*\"|`[^`\n]*`|-?\d[\w.]*|true|false|null|/(?:[^/\n\\]|\\.)+/[gimsuy]*|"
    r"[A-Za-z_$][\w$.]*(?:\([^\n]*\))?)"
)
_OBJECT_ENTRY = re.compile(
    rf"[ \t]*+[A-Za-z_$][\w$]*[ \t]*+:[ \t]*+(?:{_VALUE}[ \t]*+,?|[\[{{])[ \t]*+{_NOTE}?[ \t]*+"
)
_LITERAL_EDGE = re.compile(
    rf"[ \t]*+(?:[\]}})]+[ \t]*+[,;]?|\{{|\[|(?:new[ \t]+)?[A-Za-z_$][\w$.]*\(\{{)[ \t]*+{_NOTE}?[ \t]*+"
)
_LIST_ITEM = re.compile(rf"[ \t]*+(?:\[[^\n]*\]|'[^'\n]*'|\"[^\"\n]*\")[ \t]*+,?[ \t]*+{_NOTE}?[ \t]*+")
# A bare key glued to a quoted value, `path:'/home'`: YAML's flow mappings want a space after the colon.
_GLUED_ENTRY = re.compile(r"[ \t]*+[A-Za-z_$][\w$]*+:['\"`]")


def looks_like_object_literal_fragment(code):
    """A braced object literal's lines, keys unquoted, JavaScript's notes among them or a key glued
    to its quoted value: no data format writes keys bare and notes so (JSON has neither, YAML no
    braces over `key: value,`, nor `key:'value'`)."""
    lines = [line for line in code.splitlines() if line.strip()]
    entries = sum(bool(_OBJECT_ENTRY.fullmatch(line)) for line in lines)
    return (
        entries >= 1
        and len(lines) >= 3
        and any(re.search(_NOTE, line) or _GLUED_ENTRY.match(line) for line in lines)
        and any(_LITERAL_EDGE.fullmatch(line) for line in lines)
        and all(
            _OBJECT_ENTRY.fullmatch(line) or _LITERAL_EDGE.fullmatch(line) or _LIST_ITEM.fullmatch(line)
            for line in lines
        )
    )


# A call given an object built with `new` (`newTriangle(new Point(200, 500), -30).draw(ctx)`),
# no `;` after it: no Python (which has no `new`), nor Java's or C++'s statements (which end in `;`).
_CONSTRUCTED_IN_A_CALL = re.compile(r"[A-Za-z_$][\w$.]*\([^\n]*\bnew[ \t]+[A-Z][\w$]*\([^\n]*\)[ \t]*")
# An assignment, maybe with a note in `//` after it, `x += y     // is like x = x + y`.
_ASSIGNMENT = re.compile(
    r"[ \t]*[A-Za-z_$][\w$.]*[ \t]*[-+*/%]?=[ \t]*[^=\n;/][^\n;/]*?[ \t]*(?P<note>//[^\n]*)?|[ \t]*\.\.\.[ \t]*"
)


def looks_like_constructing_calls(code):
    """Each line a call given an object made with `new`, unended: JavaScript's."""
    lines = [line for line in code.splitlines() if line.strip()]
    return bool(lines) and all(_CONSTRUCTED_IN_A_CALL.fullmatch(line) for line in lines)


def looks_like_noted_assignments(code):
    """Assignments, notes in `//` after two of them in words (`x -= 2  // is like x = x - 2`):
    JavaScript's comments, where Python's `//` would divide by the words."""
    lines = [line for line in code.splitlines() if line.strip()]
    matches = [_ASSIGNMENT.fullmatch(line) for line in lines]
    return (
        all(matches)
        and sum(bool(re.search(r"[A-Za-z]{2}", m["note"])) for m in matches if m["note"]) >= 2
        and python_tree(code) is None
    )


# A value a line, maybe ended by `;`, a note in `//` after it: a primer's `NaN;  // Not a Number`,
# `"5" + null  // 返回"5null"`. Its values are literals, maybe joined by `+`, `-` or `*`.
_LITERAL = r"(?:-?(?:0x[\da-fA-F]+|\d[\d.]*(?:e[-+]?\d+)?)|'[^'\n]*'|\"[^\"\n]*\"|null|undefined|NaN|Infinity|true|false)"
_NOTED_VALUE = re.compile(
    rf"[ \t]*{_LITERAL}(?:[ \t]*[-+*][ \t]*{_LITERAL})*[ \t]*;?[ \t]*(?://[ \t]*(?P<note>[^\n]*))?"
)
_JAVASCRIPTS_OWN = re.compile(r"\b(?:null|undefined|NaN|Infinity)\b|;")


def looks_like_noted_values(code):
    """Values a line, two noted in words after `//` and one in JavaScript's own words or ended by
    `;`: Python's `//` would divide by the note, and its `None` is not `null`."""
    lines = [line for line in code.splitlines() if line.strip()]
    matches = [_NOTED_VALUE.fullmatch(line) for line in lines]
    return (
        len(lines) >= 2
        and all(matches)
        and sum(bool(m["note"] and re.search(r"\w\w", m["note"])) for m in matches) >= 2
        and bool(_JAVASCRIPTS_OWN.search(_QUOTED_OR_NOTE.sub("", code)))
    )


_QUOTED_OR_NOTE = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|//[^\n]*")


# A primer's line: an array holding `null` or `true`, ended by `;` (Python's would hold `None`);
# JavaScript's own classes made with `new`; an object's keys bare and glued to their values
# (`{firstName:"John", age:50}`, which YAML reads as one word); a choice by `?` assigned, unended;
# a template literal over lines, ended by `;`; a module imported for its effect.
_PRIMERS_LINE = re.compile(
    rf"\[[^\n]*\b(?:null|undefined|true|false)\b[^\n]*\];|"
    rf"new[ \t]+(?:Array|Map|Set|WeakMap|Promise|RegExp|Uint8Array)\([^\n]*\);?|"
    rf"\{{[ \t]*(?:[A-Za-z_$][\w$]*:{_LITERAL}[ \t]*,[ \t]*)+[A-Za-z_$][\w$]*:{_LITERAL}[ \t]*\}};?|"
    rf"[A-Za-z_$][\w$]*[ \t]*=[ \t]*\([^()\n]+\)[ \t]*\?[^?:\n]+:[^?:;\n]+|"
    rf"`[^`]*\n[^`]*`;|"
    # a module imported for its effect, `import "@fontsource/inter" // weight 400` (Go's `import "C"` names no scope)
    rf"import[ \t]+(?:'(?=[@.]|[\w/]*-)[@\w./-]+'|\"(?=[@.]|[\w/]*-)[@\w./-]+\");?[ \t]*(?://[^\n]*)?"
)


def looks_like_primers_line(code):
    return bool(_PRIMERS_LINE.fullmatch(code.strip()))


# A library's settings set a line each on its config object, `gantt.config.autosize = "xy";`: a
# name two dots deep given a literal, `;` after it (Python's take none; SQL sets no dotted names so).
_OBJECT_SETTING = re.compile(
    rf"[ \t]*[a-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){{2,}}[ \t]*=[ \t]*{_LITERAL}[ \t]*;[ \t]*(?://[^\n]*)?"
)


def sets_config_objects(code):
    lines = [line for line in code.splitlines() if line.strip()]
    return bool(lines) and all(map(_OBJECT_SETTING.fullmatch, lines))


# A linter's directive in a comment, `/* jshint ignore:start */`, `/* eslint-disable no-console */`,
# maybe over `debugger`: JavaScript's tools read them, SQL's `/* */` notes say no such thing.
_LINT_DIRECTIVE = re.compile(
    r"[ \t]*/\*[ \t]*(?:jshint|jslint|eslint(?:-disable|-enable)?(?:-next-line|-line)?|globals?|exported|istanbul)\b[^*\n]*\*/[ \t]*"
)


def looks_like_lint_directives(code):
    lines = [line for line in code.splitlines() if line.strip()]
    return any(map(_LINT_DIRECTIVE.fullmatch, lines)) and all(
        _LINT_DIRECTIVE.fullmatch(line) or re.fullmatch(r"[ \t]*debugger;?[ \t]*", line) for line in lines
    )


# An aggregation pipeline's stage, braced, its operator a bare key (`{ $match: { ... } }`): the
# mongo shell's JavaScript, where the shell would read `$match` as a variable.
_PIPELINE_STAGE = re.compile(r"\s*\{\s*\$[a-z][A-Za-z]*[ \t]*:.*\}\s*", re.S)


def looks_like_pipeline_stage(code):
    return bool(_PIPELINE_STAGE.fullmatch(code))
