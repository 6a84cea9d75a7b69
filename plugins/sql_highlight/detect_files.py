"""Detection's fourth stage: files and documents by their shape."""

import re

from .c_figures import calls_templates_alone, writes_c_only
from .c_signs import c_or_cpp, lists_access_specifiers, looks_like_c, looks_like_cpp
from .c_statements import calls_c_library
from .config_files import looks_like_unlabelled_file
from .data_signs import looks_like_json, looks_like_server_settings
from .detect_block import ANSWERED, BRACED_LOOP, SQL_FAMILY, SQL_NOTE_LINE
from .html_signs import (
    CLOSED_OR_ATTRIBUTED_TAG,
    is_html,
    markup_over_its_script,
    opens_with_a_tag,
    tags_only_in_strings,
    writes_jsx,
)
from .ini_signs import (
    INI_SECTION,
    loads_php_extensions,
    looks_like_ansible_inventory,
    looks_like_ini,
    looks_like_properties,
    sets_kernel_parameters,
)
from .javascript_signs import JS_CLASS_OR_FUNCTION, looks_like_javascript, shows_values_in_notes
from .other_servers_sql import looks_like_mysql_routine, states_mysql_own
from .plpgsql_signs import BLOCK_ENDS, looks_like_plpgsql
from .python_fragments import (
    DEFINITION_HEADER,
    IPYTHON_INPUT,
    TRIPLE_QUOTED,
    looks_like_python_fragment,
    without_strings,
)
from .python_signs import (
    PYTHON_IMPORT,
    looks_like_python,
    looks_like_python_module,
    looks_like_python_over_output,
    python_over_a_caption,
    sets_dotted_keys,
    sets_lowercase_constants,
)
from .python_slips import looks_like_python_with_a_slip
from .shell_script import HEREDOC, is_bash, shell_syntax
from .shell_signs import (
    QUOTED,
    SHELL_WORDS,
    is_command_line,
    joined_continuations,
    looks_like_command_then_output,
    looks_like_inline_script,
    looks_like_shell_variables,
)
from .signature_signs import parses_as_sql
from .signs import PYTHON_COMMENT, looks_like_django_template
from .sql_fragments import STRONG_SQL_LINE, STRONG_SQL_START, has_sql_structure, looks_like_join_condition
from .sql_lists import lists_postgres_calls
from .sql_signs import (
    SQL_START,
    looks_like_listed_statements,
    looks_like_synopsis,
    without_leading_comments,
)
from .templated_sql import looks_like_templated_sql
from .text_signs import (
    looks_like_cheat_sheet,
    looks_like_drawing,
    looks_like_grammar,
    looks_like_help,
    looks_like_injection,
    looks_like_log,
    looks_like_pseudocode,
    looks_like_puzzle_example,
    looks_like_schema_sketch,
)
from .writer_notes import (
    HASH_NOTES,
    without_slash_note_lines,
    without_wide_captions,
)
from .yaml_signs import (
    looks_like_templated_yaml,
    looks_like_yaml,
    looks_like_yaml_then_a_command,
)

# The statements that carry a body (rule 5).
_CARRIES_A_BODY = re.compile(r"\s*(?:CREATE|DO|BEGIN)\b", re.I)
_ROUTINE_TAIL = re.compile(r"^\s*\$\w*\$\s*LANGUAGE\s+\w+\s*;?\s*\Z", re.I | re.M)
_SLASHED_COMMENT = re.compile(r"^[ \t]*//[^\n]*\n?", re.M)
_SQL_CAPITALS = re.compile(r"^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP)\b", re.M)
_SPACED_PAIRS = re.compile(r"^\s*[A-Za-z][\w.]*[ \t]{2,}[^\s=:]", re.M)
_TEMPLATE_VARIABLE = re.compile(r"\{\{\s*[\w.]+\s*\}\}")
# A command's single quotes and the shell's notes, where a template's tags may be named: sed's
# `'/^{% schema %}/p'` under `# 截取 {% schema %} 之间的内容`.
_QUOTED_OR_NOTED = re.compile(r"'[^'\n]*'|(?<!\S)#[^\n]*")
# A script's first line naming Python (its `!` full-width too, `#！/usr/bin/env python`), or PEP 263's
# Emacs-style coding line heading a file: `# -*- coding: utf-8 -*-`.
_SHEBANG_PYTHON = re.compile(r"^#[!！].*python|\A(?:#[!！][^\n]*\n)?#[ \t]*-\*-[ \t]*coding[:=]")
# A note after `# ` (a space after the mark): C's directives, `#ifdef`, are no notes.
_SPACED_NOTE = re.compile(r"(?:^|[ \t])#(?:[ \t][^\n]*)?$", re.M)


# A template literal that interpolates, JavaScript's own string: what it builds (`{% note ${type} %}`,
# a Hexo tag) is no template of the block's.
_INTERPOLATING_LITERAL = re.compile(r"`[^`]*\$\{[^`]*`")
# A string holding markup (`'<li>{{ todo.text }}</li>'`): a front-end framework's template, where a
# string that is a tag alone (`'{{ Exam.pk }}'`, `"{% url 'x' %}"`) is Django's filling a script.
_MARKUP_STRING = re.compile(
    r"(['\"`])(?:(?!\1)[^\n<])*+(?:<(?![a-z])(?:(?!\1)[^\n<])*+)*+<[a-z](?:(?!\1)[^\n])*+\1|"
    r"`[^`<]*+<[a-z][^`]*+`|"  # a template literal over lines, Vue's `template:` of markup
    r"(['\"])(?:(?!\2)[^\n\\<]|\\[\s\S]|<(?![a-z]))*+<[a-z](?:(?!\2)[^\n\\]|\\[\s\S])*+\2"
)  # ... or a quoted string over lines, each ended by `\` (`template:'<div> \` over `<p>{{title}}</p> \`)
# A comment, `/** Syntax: {% pdf url %} */` over a plugin (one left open runs to the end, as in JavaScript),
# or markup's, `<!-- the index is hidden: \`display:none\` -->` (its backquotes open no template literal).
_BLOCK_COMMENT = re.compile(r"/\*(?:[^*]|\*(?!/))*+(?:\*/|\Z)|<!--(?:[^-]|-(?!->))*+(?:-->|\Z)")


# A request as Kibana's console (and Elasticsearch's docs) write one over its JSON body: a method, a path.
_CONSOLE_REQUEST = re.compile(
    r"[ \t]*(?:GET|PUT|POST|DELETE|HEAD|PATCH)[ \t]+/?[\w./?=&%*,+-]*[ \t]*\n(?=[ \t]*[{\[])"
)
_TEMPLATE_ALONE = re.compile(
    r"\{\{ [^\n]+(?:\n[^\n]+){0,4} \}\}(?:[ \t]*\{# [^\n]* #\})?|\{# [^\n]* #\}|"
    r"\{%(?: \.{3})? %\}"  # a tag's delimiters alone, `{% ... %}`: how a lesson names the tags
)
_BEGIN_A_TRANSACTION = re.compile(r"\s*(?:--[^\n]*\n\s*)*BEGIN\s*;", re.I)
_PROSE_LINE = re.compile(
    r"[ \t]*(?![\w.-]+:\s)[^\s=#;\[][^=#\n]*(?:[ \t]+[^\s=#]+)+[ \t]*"
)  # words, no `=` nor `key:`
_CODE_PUNCTUATION = re.compile(r"[(){};=\[\]]|^[\w.-]+> ", re.M)  # (or a client's prompt: its input)
# What a `//` note may sit over and keep: structured text, whose shapes the note cannot fake.
_PYTHON_DEF = re.compile(r"[ \t]*(?:async[ \t]+)?def[ \t]+\w+[ \t]*\(.*:[ \t]*$")
# `//` notes alone, each a sentence's words: what a tab of a client's examples says in place of code.
_PROSE_IN_SLASH_NOTES = re.compile(
    r"(?://[ \t]*[A-Za-z][\w'-]*(?:[ \t]+[\w'.,()`/-]+){3,}[ \t]*[.!]?[ \t]*(?:\n[ \t]*|\Z))+"
)  # (a name in backquotes among them, `token`)
# A placeholder standing for a whole value in a JSON template, `"qos": ${qos}`, `[${a}, ${b}]`.
_UNQUOTED_PLACEHOLDER = re.compile(r"(?<=[:\[,])([ \t]*)\$\{[\w.]+\}(?=[ \t]*[,}\]\n])")
_NOTED_IN_SLASHES = frozenset({"yaml", "console", "bash", "html", "html+django", "ini", "psql", "diff"})


# Lines of another alphabet alone over the code (`写入数据`): a caption without its colon.
_WIDE_LINES_ON_TOP = re.compile(r"\A(?:[ \t]*+[^\x00-\x7f\n]++[ \t]*+\n)++")


def _first_under_a_docstring(code):
    """The first line under a docstring opening the block (`class Attention(nn.Module):`), or ""."""
    docstring = TRIPLE_QUOTED.match(code.lstrip())
    rest = code.lstrip()[docstring.end() :] if docstring else ""
    return next((line for line in rest.splitlines() if line.strip()), "")


def _javascript_or_its_sql(block):
    """JavaScript, unless its only JavaScript is `//` notes, its braces hold SQL's `--` notes
    with statements (`if (acquired) {` over `-- Do work`: pseudo-code about SQL), or its lines
    are PostgreSQL's calls, or it is a command's synopsis (`ALTER TABLE t { [ ADD ... ] | ... };`)."""
    code = block.code
    if SQL_NOTE_LINE.search(code) and STRONG_SQL_LINE.search(code) or lists_postgres_calls(code):
        return "postgresql"  # (PostgreSQL's own functions, a call a line, what each gives after `=>`)
    if SQL_START.match(code) and looks_like_synopsis(code) or _BRACED_TABLE.match(code):
        return "postgresql"  # its alternatives braced, which no object's braces hold; `CREATE TABLE t {`
    if (
        SQL_START.match(code)
        and (spaced := _ELISION_BEFORE_A_KEYWORD.sub("... ", code)) != code
        and (read := block.read(spaced)) in SQL_FAMILY
    ):
        return read  # `grant <role>,...to <user>`: a list elided, glued to the keyword after it (no spread)
    # `写入数据` over `INSERT INTO t (f1, ...fN)`: a caption over a synopsis, no JavaScript's spread
    uncaptioned = _WIDE_LINES_ON_TOP.sub("", without_wide_captions(code)).strip()
    if (
        uncaptioned != code.strip()
        and STRONG_SQL_START.match(uncaptioned)
        and block.read(uncaptioned) in SQL_FAMILY
    ):
        return "postgresql"
    if (
        SQL_START.match(code)
        and (named := _FUNCTION_NAMED.sub("fn(", code)) != code
        and (read := block.read(named)) in SQL_FAMILY
    ):
        return read  # `SELECT function(col_1) FROM t`: a synopsis's placeholder for a function's name
    closed = _CLOSED_BY_A_BRACE.sub(");", code.rstrip())
    if closed != code.rstrip() and STRONG_SQL_START.match(code) and block.read(closed) in SQL_FAMILY:
        return "postgresql"  # `CREATE TABLE t (` closed by a mistyped `};`
    if _PRINTED_UNDER_A_CAPTION.match(code):
        return "text"  # `Sent message: {` over Node's printed object: what a script wrote (rule 3)
    unquoted = _SQL_STRING.sub("''", code)
    if unquoted != code and STRONG_SQL_START.match(code) and (sql := block.read(unquoted)) in SQL_FAMILY:
        return sql  # JavaScript's signs only in SQL's strings: a JSON path's `@.value == null`
    if under := _under_slashed_notes(block):
        return under
    if calls_templates_alone(code):
        return "cpp"  # `// 一个嵌套的类模板` over `allocator::rebind;`: C++'s scope, no JavaScript's
    if _PRODUCTION_ARROW.search(_STRING_OR_NOTE.sub("", code)):
        return "text"  # `P: S → aSb | a` under `// notes`: a grammar's productions, as a textbook writes them
    return c_or_cpp(code) if writes_c_only(code) else "javascript"  # `semaphore s[5];`: a lesson's C


# A caption of words, then the object or list a script printed after it (`console.log("Sent
# message:", msg)`): no key of an object literal has a space in it.
_PRINTED_UNDER_A_CAPTION = re.compile(r"[A-Za-z][\w']*(?: [\w'.-]+)+: (?:\{|\[ \{)[ \t]*(?:\n|$)")
_FUNCTION_NAMED = re.compile(r"\bfunction\((?=\w)")
# A nonterminal, a capital, then a production's arrow, which no script writes outside its strings
# and comments: a formal language's notation (not `greet → Function.prototype`, a chain drawn).
_PRODUCTION_ARROW = re.compile(r"(?<![\w.])[A-Z]'?[ \t]*[→⇒]")
_STRING_OR_NOTE = re.compile(r"//[^\n]*|/\*[\s\S]*?\*/|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|`[^`]*`")
_CLOSED_BY_A_BRACE = re.compile(r"^[ \t]*\}[ \t]*;\Z", re.M)
_ELISION_BEFORE_A_KEYWORD = re.compile(r"\.\.\.(?=(?i:to|from|where|on|into|values|and|or|set)\b)")
_BRACED_TABLE = re.compile(r"\s*CREATE\s+TABLE\s+[\w.]+\s*\{\s*\n")  # a lesson's table, braced as no SQL is
_SQL_STRING = re.compile(r"'(?:[^'\n]|'')*'")


def _under_slashed_notes(block):
    """The SQL or C under notes in `//`, the block's only JavaScript, or None."""
    uncommented = _SLASHED_COMMENT.sub("", block.code)
    if uncommented == block.code:
        return None
    if calls_c_library(uncommented):
        return "c"  # `// format` over `printf("%*.*g", w, p, d);`: C's library called, no JavaScript's
    if SQL_START.match(uncommented) and parses_as_sql(uncommented) or states_mysql_own(uncommented):
        return "postgresql"  # a note in another language's `//` over a statement (or MySQL's client's lines)
    if (
        (SQL_START.match(uncommented) or has_sql_structure(uncommented))
        and not looks_like_javascript(uncommented, python=block.python)
        and (rest := block.read(uncommented)) in SQL_FAMILY
    ):
        return rest  # over statements and their results
    return None


def _statement_with_arrows(code):
    """A statement opened in SQL's capitals and ended by `;`, no brace in it: its `->` are JSON's."""
    return (
        bool(STRONG_SQL_START.match(code))
        and code.lstrip()[:6].isupper()
        and "{" not in code
        and (code.rstrip().endswith(";"))
    )


def _cut_from_a_body(code):
    """Statements and a test or loop's end, which only a body holds, outside the statement that
    would carry them (rule 5): not SQL alone, and no dollar quotes."""
    statement = SQL_START.match(without_leading_comments(code))
    return bool(
        statement
        and BLOCK_ENDS.search(code)  # a test or a loop's end, which only a body holds
        and not _CARRIES_A_BODY.match(statement.group())
        and not re.search(r"\$\w*\$", code)
        and not parses_as_sql(code)
    )


def answer(block):
    """The answer for a file or document by its shape: JSON, a log or prose, Python, YAML, C and
    C++, ini, PL/pgSQL, templates, JavaScript, HTML; None to go on."""
    code = block.code
    lines = block.lines
    written = block.written
    first = block.first
    first_uncommented = block.first_uncommented
    if looks_like_json(code) or "${" in code and looks_like_json(_UNQUOTED_PLACEHOLDER.sub(r"\g<1>0", code)):
        return "json"  # (a template of JSON, `"qos": ${qos}`: a value its engine fills in)
    if (request := _CONSOLE_REQUEST.match(code)) and looks_like_json(code[request.end() :]):
        return "json"  # `PUT my-index` over its body: Kibana's console, the body what it shows
    if (
        looks_like_drawing(code, lines)
        or looks_like_injection(code)
        or looks_like_log(lines)
        and not looks_like_command_then_output(
            code
        )  # (`sudo ip link` over `# 输出` and its interfaces: rule 2)
        or looks_like_unlabelled_file(lines)
        or looks_like_help(lines)
        or looks_like_pseudocode(code)
        or looks_like_cheat_sheet(lines)
        or looks_like_puzzle_example(lines)
        or looks_like_grammar(lines)
        or looks_like_schema_sketch(lines)
    ):
        return "text"
    if looks_like_inline_script(lines):
        return "bash"  # `python -c '` over lines: a command given a script, whatever its language
    if (
        looks_like_python_module(code)
        or DEFINITION_HEADER.match(first)
        or DEFINITION_HEADER.match(_first_under_a_docstring(code))
        or PYTHON_IMPORT.search(code)
    ) and looks_like_python(code):
        return "python"  # before HTML and JavaScript: its strings often carry tags, its objects `document`
    if looks_like_listed_statements(code):
        return "postgresql"  # before YAML: `- SELECT ...;` items read as a list there
    if lists_access_specifiers(code):
        return "cpp"  # `public:  // seen from outside` over `private:`: no YAML's keys
    if looks_like_yaml(code) or looks_like_templated_yaml(code):
        return "yaml"
    if looks_like_yaml_then_a_command(lines):
        return "yaml"  # a compose file, then `# run` over `docker-compose up`: the file is what is shown
    python = block.python  # then what its strings hold is none of its signs:
    unquoted = without_strings(code) if python else code  # `r"(?P<year>\d+)"` is no C++
    notes_aside = _SPACED_NOTE.sub("", unquoted) if python else code  # nor a note's `int->bigint` C's `->`
    if IPYTHON_INPUT.match(first.lstrip()):
        return "python"  # IPython's session (rule 7): a traceback's `<module>()`, `a[0] = 'A'` are no C
    if looks_like_cpp(unquoted) and not (
        len(block.written) == 1 and SHELL_WORDS.match(first) and is_command_line(first)
    ):
        return "cpp"  # before HTML: `#include <vector>` is no tag (nor is a CLI's query, `--query "[]{name:name}"`)
    if looks_like_c(notes_aside) and not (code.lstrip().startswith("<") and is_html(code)):
        if _statement_with_arrows(code):
            return "postgresql"  # ksqlDB's `CREATE STREAM s AS SELECT payload->after->id ...;`: JSON's arrows
        return c_or_cpp(unquoted)  # (a page's script may brace C's way)
    if looks_like_join_condition(code):
        return "postgresql"  # before ini: `a.id = b.a_id` is no setting
    if looks_like_ansible_inventory(lines):
        return "ini"  # before ini's other signs: `web1   ansible_host=...`, a host's variables lined up
    if looks_like_properties(code):
        return "ini"  # `app.title=${app.name} notes`: no shell's variable, nor Python's spaced `=`
    if (
        looks_like_ini(code)
        and (
            looks_like_server_settings(lines)
            or INI_SECTION.search(code)  # `[flake8]` over settings: Python would list a name
            or not looks_like_python(code)
            or sets_lowercase_constants(code)
            or sets_dotted_keys(code)
            or sets_kernel_parameters(lines)
            or loads_php_extensions(lines)
        )
        and not looks_like_django_template(code)
        and not looks_like_shell_variables(code)  # `https_proxy=http://...`: the environment's
        and not JS_CLASS_OR_FUNCTION.search(code)  # `module.exports = 'hello'`: a dotted name, Node's own
    ):
        return "ini"  # `work_mem = '64MB'` is Python's syntax too
    if (
        INI_SECTION.match(first_uncommented)
        and not _SPACED_PAIRS.search(code)
        and not _SQL_CAPITALS.search(code)
        and not all(
            _PROSE_LINE.fullmatch(line) for line in written if not INI_SECTION.match(line) and line[:1] != "#"
        )
    ):
        return "ini"  # before HTML: `<your_password>` in a value is no tag; `[ WITH ... ]` over `SELECT` is a synopsis
    if is_command_line(first) and HEREDOC.search(code):
        return "bash"  # a command given a document: `curl ... <<XML`
    if looks_like_mysql_routine(code):
        return "postgresql"  # `create procedure p(a int)` over `begin`: MySQL's routine, no PL/pgSQL's
    if _cut_from_a_body(code):
        return "plpgsql"  # a body's statements cut out of it: `SELECT ... INTO STRICT r` over `END IF;`
    if looks_like_plpgsql(code) and not BRACED_LOOP.search(code):
        statement = SQL_START.match(without_leading_comments(HASH_NOTES.sub("", code)))
        if statement and ANSWERED.search(code):
            return "psql"  # a DO block's run, the server's NOTICE lines under it
        if _ROUTINE_TAIL.search(code):
            return "postgresql"  # a CREATE FUNCTION's end, `$$ LANGUAGE plpgsql;`: its statement's (rule 5)
        opens_a_body = (
            statement
            and statement.group().strip().upper() == "BEGIN"
            and not _BEGIN_A_TRANSACTION.match(code)
        )
        return "postgresql" if statement and not opens_a_body else "plpgsql"  # `BEGIN;` opens a transaction
    if _TEMPLATE_ALONE.fullmatch(code.strip()):
        # `{{ user.name or user.email }}`, `{# ... #}`: one expression or comment; dbt's `{{ ref('x') }}` SQL's
        return "postgresql" if looks_like_templated_sql(code) else "html+django"
    if looks_like_django_template(code):
        fragment = not python and looks_like_python_fragment(code)  # `...` after a dict's template
        if (python or fragment) and not looks_like_django_template(
            without_strings(code) if fragment else unquoted
        ):
            return "python"  # the tags are in its strings: `"permalink": "{{ slug }}/"`
        scripted = _INTERPOLATING_LITERAL.sub("``", _MARKUP_STRING.sub("''", _BLOCK_COMMENT.sub("", code)))
        if not looks_like_django_template(scripted) and looks_like_javascript(code):
            return "javascript"  # Vue's mustaches in its markup strings, a tag's syntax in a comment
        filled = _TEMPLATE_VARIABLE.sub(
            "x", _QUOTED_OR_NOTED.sub(lambda m: "''" if m[0][0] == "'" else "#", code)
        )
        if (
            not looks_like_django_template(filled)
            and is_command_line(first_uncommented)
            and is_bash(filled, lines)
        ):
            return "bash"  # a docs site's variables in commands: `apt-get install pg{{ version }}`, tags in sed's patterns
        return "postgresql" if looks_like_templated_sql(code) else "html+django"
    if shows_values_in_notes(code):
        return "javascript"  # `10 / 0;  // Infinity`, `arr.length //2` under `//arr = [1, 2]`: its console's values
    if (noted := without_slash_note_lines(code)) and (
        (under := block.read(noted)) in _NOTED_IN_SLASHES or under == "postgresql" and SQL_START.match(noted)
    ):
        return under  # `// edit it so` over a file, a session: the writer's note, not JavaScript's comment
    if noted and under == "text" and not _CODE_PUNCTUATION.search(noted):
        return "text"  # `// convert to` between lists of names, errors: nothing a script would write
    # `// Structured data is not configurable in C NATS Client.`: a sentence, a comment alone
    if not noted and _PROSE_IN_SLASH_NOTES.fullmatch(code.strip()):
        return "text"
    # `def function (a, b, ...):` over its call: Python's form, whatever JavaScript's words it names
    defined_pythons_way = bool(_PYTHON_DEF.match(block.first_uncommented))
    if (
        not opens_with_a_tag(code)
        and not defined_pythons_way
        and looks_like_javascript(unquoted, 1 + shell_syntax(_MARKUP_STRING.sub("''", code)), python=python)
        and not _names_javascript_only(block)
    ):
        return _javascript_or_its_sql(
            block
        )  # before HTML: its template literals carry tags (their `<`, `\`: no shell's)
    if writes_jsx(code):
        return "javascript"  # React's JSX: `{...register("email")}`, `onSubmit={handle}` in a tag
    html = is_html(code)  # (asked of the block as it is once, for the checks below)
    if html and python and not is_html(PYTHON_COMMENT.sub("", unquoted)):
        return "python"  # the tags are in its strings or notes: `('user', '<a href="/u/{0}/">{0}</a>')`
    if (
        html
        and not is_html(PYTHON_COMMENT.sub("", without_strings(code)))
        and looks_like_python_with_a_slip(code)
    ):
        return "python"  # ... in the strings of Python a writer slipped on (a mail's body returned)
    if html and (looks_like_python_over_output(code) or python_over_a_caption(code)):
        return "python"  # BeautifulSoup's script over the tags it printed
    if html and markup_over_its_script(lines):
        return "javascript"
    # HTML, unless a tag alone on its line holds statements (a page's debris)
    if html and not tags_only_in_strings(code):
        rest = "\n".join(line for line in lines if not re.fullmatch(r"\s*</?[a-z][^<>]*>\s*", line))
        statements = STRONG_SQL_START.match(rest) and (
            re.search(r";\s*$", rest, re.M) or not CLOSED_OR_ATTRIBUTED_TAG.search(code)
        )  # `SELECT * FROM <table>`: a placeholder there, no element
        return "postgresql" if statements or parses_as_sql(rest) else "html"
    if _SHEBANG_PYTHON.match(code):
        return "python"
    if (
        not defined_pythons_way
        and looks_like_javascript(code, shell_syntax(code), python=python)
        and not _names_javascript_only(block)
    ):
        return _javascript_or_its_sql(block)
    return None


def _names_javascript_only(block):
    """JavaScript's signs found only where commands quote it or sentences name it."""
    return _commands_quoting_it(block) or _prose_naming_code(block)


_FUNCTION_WORDS = re.compile(
    r"\b(?:the|an?|of|to|is|are|in|for|with|on|that|this|by|or|and|be|it|as|at|from|which|when)\b"
)
_CODE_LINE_MARKS = (";", "{", "}")


def _prose_naming_code(block):
    """Sentences that name code (`after calling Object.wait()`, `created: () => console.log(this.a)`
    in a sentence in Chinese): English whose every fourth word is a small one, or Chinese for a
    third of its letters (a dozen at least), no line ended or opened as code's are."""
    if any(
        line.rstrip().endswith(_CODE_LINE_MARKS) or line.lstrip().startswith(("/*", "#", "<")) or "//" in line
        for line in block.written
    ):
        return False
    words = re.findall(r"[A-Za-z]+", block.code)
    visible = len("".join(block.code.split()))
    return (
        len(words) >= 12
        and 4 * len(_FUNCTION_WORDS.findall(block.code)) >= len(words)
        or 3 * (wide := len(_WIDE_LETTER.findall(block.code))) >= visible
        and wide >= 12  # (not `db.集合名称.remove(条件)`: a call with placeholders in Chinese)
    )


_WIDE_LETTER = re.compile(r"[\u3400-\u9fff]")


def _commands_quoting_it(block):
    """Each line a command (`# notes` aside), JavaScript only in what it quotes: `grep -rn
    "innerHTML =" src/`, `echo 'console.log(1)' | openssl dgst`."""
    lines = joined_continuations(block.code).splitlines()  # `curl -X POST \` over its arguments: one command
    commands = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return (
        bool(commands)
        and all(map(is_command_line, commands))
        and QUOTED.search(block.code) is not None
        and not looks_like_javascript(QUOTED.sub("''", block.code))
    )
