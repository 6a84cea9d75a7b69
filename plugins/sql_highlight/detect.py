"""Which language an unlabelled code block is in, by deterministic rules.

Never Pygments' guess_lexer (it answers ECL or scdoc for SQL). The strongest evidence comes
first: prompts (psql, Python, shell), plan shapes, then PostgreSQL's own parser: a block that
parses as SQL is SQL. PL/pgSQL bodies are checked by parsing them inside a function wrapper.
"""

import ast
import itertools
import re
import textwrap

from .block_text import as_written, detection_sample
from .c_signs import declares_alone, looks_like_c, looks_like_c_calls, looks_like_cpp
from .console_signs import console_lines
from .data_signs import looks_like_json, looks_like_json_with_asides, looks_like_server_settings
from .diff_signs import DIFF_LINE, looks_like_diff, marks_changed_python_lines
from .ipython_signs import (
    CELL_MAGIC,
    looks_like_cells_over_their_output,
    looks_like_ipython_lines,
    python_shell_then_inputs,
)
from .plan_signs import looks_like_plan
from .plpgsql_signs import BLOCK_ENDS, looks_like_plpgsql
from .psql_signs import (
    EXPLAIN,
    PSQL_META,
    PSQL_PROMPT_LINE,
    echoes_a_command_tag,
    has_psql_prompt,
    has_psql_shapes,
    meta_commands_in_a_script,
    prompted_statements,
    queries_then_values,
    query_then_result,
    shell_commands_over_results,
    sql_with_psql_parts,
    statements_after_shell_prompts,
    statements_with_their_output,
    table_then_a_session,
    typed_into_opened_psql,
)
from .python_parse import python_tree
from .python_signs import (
    DEFINITION_HEADER,
    IPYTHON_INPUT,
    PYTHON_IMPORT,
    looks_like_printed_value,
    looks_like_python,
    looks_like_python_fragment,
    looks_like_python_module,
    looks_like_python_over_output,
    passes_object_literals,
    sets_lowercase_constants,
    without_strings,
)
from .python_slips import (
    looks_like_python_by_its_lines,
    looks_like_python_signature,
    looks_like_python_with_a_slip,
    shows_python_comments,
)
from .shell_signs import (
    SHELL_WORDS,
    VERSION_BANNER,
    is_command_line,
    looks_like_bare_command,
    looks_like_command_then_lines,
    looks_like_command_then_output,
    looks_like_commands,
    looks_like_inline_script,
    looks_like_noted_commands,
    looks_like_options_alone,
    looks_like_shell_variables,
    runs_with_variables,
)
from .signature_signs import looks_like_function_named_alone, parses_as_sql
from .signs import (
    INI_SECTION,
    PYTHON_COMMENT,
    SHELL_PROMPT,
    count_matches,
    looks_like_django_template,
    looks_like_ini,
    looks_like_javascript,
    looks_like_properties,
    looks_like_templated_yaml,
    looks_like_yaml,
)
from .sql_fragments import (
    STRONG_SQL_LINE,
    STRONG_SQL_START,
    has_sql_structure,
    lists_postgres_calls,
    looks_like_column_parts,
    looks_like_commented_expressions,
    looks_like_join_condition,
    looks_like_noted_keywords,
    looks_like_operator_lists,
    looks_like_sql_fragment,
    reads_as_sql,
)
from .sql_signs import (
    SQL_START,
    looks_like_cast_literals,
    looks_like_formatted_sql,
    looks_like_listed_statements,
    looks_like_loose_sql,
    looks_like_messages_alone,
    looks_like_result_alone,
    looks_like_speakers_statements,
    looks_like_statements_then_answers,
    looks_like_templated_sql,
    sql_server_batches,
    sql_server_statements,
    without_leading_comments,
)
from .text_signs import (
    looks_like_cheat_sheet,
    looks_like_drawing,
    looks_like_help,
    looks_like_log,
    looks_like_pseudocode,
    looks_like_unlabelled_file,
)
from .writer_notes import (
    HASH_NOTES,
    framed_body,
    without_leading_hash_lines,
    without_notes_after_sql_lines,
    without_slash_note_lines,
)

LANGUAGES = (
    "postgresql",
    "plpgsql",
    "psql",
    "postgres-explain",
    "python",
    "pycon",
    "bash",
    "console",
    "json",
    "html",
    "html+django",
    "yaml",
    "ini",
    "diff",
    "c",
    "cpp",
    "javascript",
    "text",
)
SQL_FAMILY = frozenset(("postgresql", "plpgsql", "psql", "postgres-explain"))

# What only an element has, a closing tag or an attribute: `<table>` alone may be a placeholder.
_CLOSED_OR_ATTRIBUTED_TAG = re.compile(r"</\w|<\w[\w-]*\s+[\w-]+=|/>")
_PYCON = re.compile(r"^[ \t]*>>>(?: |$)", re.M)  # indented too, as reStructuredText keeps it
# Tags of HTML's own elements: `<node>` in a usage line is no tag. A custom element counts by its
# closing tag, an attribute or `/>`: `<your-password>` alone is a placeholder, `<dj-csrf />` a tag.
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|title|meta|link|script|style|div|span|p|a|img|br|hr|ul|ol|li|dl|dt|dd|table|"
    r"thead|tbody|tr|td|th|form|input|button|label|select|option|textarea|h[1-6]|nav|header|footer|main|"
    r"section|article|aside|pre|code|em|strong|b|i|small|iframe|svg|path|template|slot|noscript|"
    r"figure|figcaption|picture|source|video|audio|canvas|details|summary|blockquote|sup|sub|"
    r"[a-z]+-[\w-]+(?=\s[^<>]*=|\s*/>))(?:\s[^<>]*)?/?>|</[a-zA-Z][\w:-]*>|<!DOCTYPE|<!--",
    re.I,
)
# `    Name  tail`: a key and its value set apart by spaces alone (Fluent Bit's files), no ini.
# A line naming what follows: a file's name alone, an HTTP request; and what may follow it.
_HEADING_LINE = re.compile(
    r"\s*(?:[\w.-]+\.(?:conf|json|ya?ml|ini|toml|cfg|env)|(?:GET|POST|PUT|PATCH|DELETE) /\S*|"
    r"(?!(?:def|class|if|elif|else|for|while|with|try|except|async|match|case)\b)[^\W\d][\w/.,' -]* [\w/.,' -]*:|"
    r"[A-Z][a-z]+:)"
    r"[ \t]*\n"  # or a phrase introducing it: `What pgtune suggests:`
)
_DOCUMENTS = frozenset(("json", "yaml", "ini"))
_PATH_OR_FLAG = re.compile(r"\s(?:--?\w|/|~/|\./)")  # `# cat /etc/x.repo` runs; `# make sure db is up` says
# A routine's whole statement, its body in any language between dollar quotes (LABELLING.md, rule 5).
_ROUTINE_IN_ANOTHER_LANGUAGE = re.compile(
    r"\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:FUNCTION|AGGREGATE|PROCEDURE)\b[^$;]*?\bAS\s+(\$\w*\$)\n"
    r".*\n\s*\1\s*(?:LANGUAGE\s+\w+\s*)?;?\s*$",
    re.I | re.S,
)
# The statements that carry a body (rule 5).
_CARRIES_A_BODY = re.compile(r"\s*(?:CREATE|DO|BEGIN)\b", re.I)
_ROUTINE_TAIL = re.compile(r"^\s*\$\w*\$\s*LANGUAGE\s+\w+\s*;?\s*\Z", re.I | re.M)
# SQL Server's variable declared, `DECLARE @since date`; psql's statement after its `# ` prompt.
_TSQL_VARIABLE = re.compile(r"\s*DECLARE\s+@\w+\s+[A-Za-z]\w*", re.I)
_HASHED_STATEMENT = re.compile(r"^[ \t]*#[ \t]*" + SQL_START.pattern.removeprefix(r"^\s*"), re.M | re.I)
# A writer's `# note` (or after `;`), a client's dot-command (`.inspect aws`, `.timer on`): asides.
_ASIDE_LINES = re.compile(r"^[ \t]*#(?: [^\n]*)?$\n?|(?<=;)[ \t]+#[^\n]*$|^\.[a-z]\w*\b[^\n]*$\n?", re.M)
# A line of words over a block, no code's marks in it: a caption the post left inside the fence.
_CAPTION = re.compile(
    r"[ \t]*(?![\w ]*\b(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE)\b)\w[^\n;=(){}\[\]<>$#|`*/\\]* [^\n;=(){}\[\]<>$#|`*/\\]*\n",
    re.I,
)
_ANSWERED = re.compile(r"^\s*(?:ERROR|WARNING|NOTICE):\s", re.M)  # the server's answers beside speakers
_SLASHED_COMMENT = re.compile(r"^[ \t]*//[^\n]*\n?", re.M)
_SQL_CAPITALS = re.compile(r"^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP)\b", re.M)
_SPACED_PAIRS = re.compile(r"^\s*[A-Za-z][\w.]*[ \t]{2,}[^\s=:]", re.M)
_TEMPLATE_VARIABLE = re.compile(r"\{\{\s*[\w.]+\s*\}\}")
# A document handed to a command, `<<EOF` ending a line (or before where the output goes: `> file`,
# `| psql`); group 1 is the word that closes it. (`x << 3` shifts; `<<<<<<< HEAD` marks a merge's conflict)
_MYSQL_LOAD_DATA = re.compile(r"\s*(?:--[^\n]*\n\s*)*LOAD\s+DATA\s+(?:LOCAL\s+)?INFILE\s+'", re.I)
# Databricks' and Delta Lake's own statements, in capitals: `OPTIMIZE t ZORDER BY (c)`, `APPLY
# CHANGES INTO live.t FROM ...`, `RESTORE t TO VERSION AS OF 3`, `SHOW GRANTS ON t`.
_LAKEHOUSE_STATEMENT = re.compile(
    r"\s*(?:--[^\n]*\n\s*)*(?:OPTIMIZE\s+[\w.`]+\s*(?:;|$|\s+(?:WHERE|ZORDER\s+BY)\b)|"
    r"APPLY\s+CHANGES\s+INTO\s+[\w.`]+\s+FROM\b|RESTORE\s+(?:TABLE\s+)?[\w.`]+\s+TO\s+(?:TIMESTAMP|VERSION)\b|"
    r"SHOW\s+GRANTS\s+(?:ON\s+)?[\w.`]+\s*;?\s*$|CONVERT\s+TO\s+DELTA\s)"
)
# SQL Server's own variables a script reads, `IF @@rowcount < 1000 BREAK;` (none of them printed alone).
_SERVER_VARIABLE = re.compile(
    r"\b(?:IF|WHILE|AND|OR|SET\s+@\w+\s*=)\s*@@(?i:rowcount|error|trancount|fetch_status)\b", re.I
)
# A transaction's synopsis: `BEGIN` over the reader's `<queries>` over `COMMIT | ROLLBACK`.
_TRANSACTION_SYNOPSIS = re.compile(
    r"\s*BEGIN(?:\s+TRANSACTION)?;?[ \t]*\n(?:[ \t]*(?:<[^<>\n]+>|\.\.\.)[ \t]*;?[ \t]*\n)+"
    r"[ \t]*(?:COMMIT|ROLLBACK|END)(?:[ \t]*\|[ \t]*(?:COMMIT|ROLLBACK))*;?\s*",
    re.I,
)
_FROM_A_FILE = re.compile(r"(?i:from)\s+'[^'\n]+\.(?:json|csv|parquet|tsv)'\s*;?")
# Queries a line each in brackets, a set operation between them: `(SELECT ... FROM ...)` over `UNION`.
_BRACKETED_QUERY = r"[ \t]*\([ \t]*(SELECT\b[^\n]*?)[ \t]*\)[ \t]*;?[ \t]*"
_PARENTHESISED_SELECT = re.compile(f"^{_BRACKETED_QUERY}$", re.M | re.I)
_SET_OPERATION_LINES = re.compile(
    f"(?:{_BRACKETED_QUERY}\\n\\s*(?:UNION|INTERSECT|EXCEPT)(?:[ \\t]+ALL)?[ \\t]*\\n\\s*)+{_BRACKETED_QUERY}",
    re.I,
)
_WINDOW_CALL = re.compile(r"\s*\w+\s*\([^()\n]*\)\s+OVER\s*\(\s*\[?\s*(?:PARTITION|ORDER)\s+BY\b", re.I)
_QUOTED_PROMPT = re.compile(r"> (?=[A-Za-z][\w.-]*(?:=[>#]|>) \S)")
# A command handed a document, `cat <<EOF`: not C++'s stream, `std::cout << "at " << ptr` at a line's end.
_HEREDOC = re.compile(
    r"^(?!\s*(?:std::)?c(?:out|err|log)\b)(?:(?!<<)[^\n])*(?<!<)<<-?\s*(?!\w+>>)['\"]?([A-Za-z_]\w*)['\"]?(?:\s*(?:>>?|\|)[^\n]*)?\s*$",
    re.M,
)
# A test with SQL's `<>`, a name (maybe quoted, qualified) against a literal or a name:
# `"author"."name" <> 'Jack'` (no other language ours writes `<>` so).
_NOT_EQUAL_TEST = re.compile(r"[\w\"]+(?:\.[\w\"]+)*\s*<>\s*(?:'[^'\n]*'|\d+|[\w\"]+(?:\.[\w\"]+)*);?")
# An array or range literal, as PostgreSQL writes them: `'{1,2}'`, `'[2024-01-01,2025-01-01)'::daterange`.
_ARRAY_OR_RANGE_LITERAL = re.compile(r"'(?:\{[^'\n]*\}|[\[(][^'\n]*,[^'\n]*[\])])'(?:::\w+(?:\[\])?)?;?")
_SHEBANG_SHELL = re.compile(r"^#!\s*/(?:usr/)?bin/(?:env\s+)?(?:ba|z|da)?sh\b")
_SHEBANG_PYTHON = re.compile(r"^#!.*python")
# A plan's header under a statement, no prompt: an EXPLAIN's output, the word left out (its
# statement all that is above it).
_PLAN_UNDER_ITS_QUERY = re.compile(r";\s*\n\s*\n?[ \t]*QUERY PLAN[ \t]*\n[ \t]*-{10,}")
# A comment's margin, `* ` on every line of the block.
_MARGIN_MARK = re.compile(r"^[ \t]*\*(?: |$)", re.M)
_MARGIN = re.compile(r"(?:[ \t]*\*(?: [^\n]*)?(?:\n|$)|[ \t]*\n)+")
# What a page marks a statement given and the one it becomes with: `[in]`, `[out]`.
_IN_OUT_MARK = re.compile(r"^\[(?:in|out|input|output|before|after)\][ \t]*", re.I | re.M)
# A note after `# ` (a space after the mark): C's directives, `#ifdef`, are no notes.
_SPACED_NOTE = re.compile(r"(?:^|[ \t])#(?:[ \t][^\n]*)?$", re.M)
_CONCATENATED_IN_A_LIST = re.compile(r"\|\|\s*\w+\s+in\s*\(\s*'", re.I)  # `m1||d1 in ('131', ...)`
_ALIASED_EXPRESSION = re.compile(r"\)\s+AS\s+\w+\s*,?\s*$", re.I | re.M)
# EXPLAIN's options alone, its statement left out: `EXPLAIN (ANALYZE, BUFFERS)`.
_EXPLAIN_OPTIONS = re.compile(
    r"EXPLAIN\s*\((?:\s*(?:ANALYZE|VERBOSE|COSTS|SETTINGS|GENERIC_PLAN|BUFFERS|SERIALIZE|WAL|TIMING|SUMMARY|MEMORY|"
    r"FORMAT\s+\w+)(?:\s+(?:true|false|on|off))?\s*,?)+\)\s*;?",
    re.I,
)
# SQL/JSON's path alone, as a literal (`'$.items[*] ? (@.price > 10)'`, `'strict $.a'::jsonpath`);
# literals joined by `||`; a piece of SQL's concatenation, a literal between its `||` (`|| ' / ' ||`):
# no shell's `$` or `||` (the shell's `||` runs a command).
_SQL_LITERALS = re.compile(
    r"'(?:(?:strict|lax)\s+)?\$(?:[.\[ ]|$)[^'\n]*'(?:::jsonpath)?|'[^'\n]*'(?:\s*\|\|\s*'[^'\n]*')+;?|"
    r"\|\|\s*'[^'\n]*'\s*\|\|"
)
_SHELL_SYNTAX = re.compile(
    r"^\s*\w+=\$\(|(?:^\s*|;\s*)(?:fi|done|esac|then|do)\s*$|\$(?:\{\w+|\w+(?![\w($]))|^\s*(?:if|while|until)\s+\[|;\s*then\b|;\s*do\b|"
    r"<<-?\s*['\"]?\w+['\"]?|\$'(?:[^'\\\n]|\\.)*'|^\s*(?:set -\w+|export \w+=|source |local \w+)|^[ \t]*[\w-]+[ \t]*\(\)[ \t]*\{|&&|\|\||2>&1|\\$|"
    r"^[ \t]*[^\s()]+\)[^\n]*;;[ \t]*$|"  # a `case` branch: `build) invoke build ;;`
    r"\|\s*(?:grep|awk|sed|sort|uniq|head|tail|wc|xargs|tee|cut|tr|gzip|psql|jq|less)\b|"
    r"\$\([a-z][\w.-]* [^()\n]+\)|"  # a command's output substituted: `$(mamonsu template id x)`
    r"^[ \t]*function[ \t]+[\w:-]+[ \t]+\(\)[ \t]*\{|^[ \t]+[A-Z_][A-Z0-9_]*=[\"'$\w]",  # `function f () {`, `  PS1="..."`
    re.M,
)


# A statement's last clauses, cut from it: `LIMIT 10,6;` (MySQL's offset first), `RETURNING id`.
_TAIL_CLAUSE = re.compile(r"\s*(?:LIMIT|OFFSET|RETURNING|ON CONFLICT)\s+\S")


def _shell_syntax(code):
    code = _SQL_PARAMETERS.sub("", code)
    code = _TEMPLATE_ARGUMENT.sub(_dollars_out, _QUOTED_STATEMENT.sub(_dollars_out, code))
    return count_matches(_SHELL_SYNTAX, code)


def _dollars_out(match):
    return match.group().replace("$", "")


# A statement's parameters, `VALUES ($1, $2)`, in another language's string: no shell's variables;
# nor `$1` in a statement quoted whole, `"DELETE FROM items WHERE id = $1"`.
_SQL_PARAMETERS = re.compile(r"\(\$\d+(?:,\s*\$\d+)+\)")
_QUOTED_STATEMENT = re.compile(r"([\"'`])(?:SELECT|INSERT|UPDATE|DELETE)\b[^\"'`\n]*\1")
# A template literal handed to a call, `` console.log(`${this.name}`) ``: the shell calls nothing so.
_TEMPLATE_ARGUMENT = re.compile(r"\(\s*`[^`\n]*`")


def _before_a_closing_note(lines):
    """The lines above a note at the margin that only a line or three follow, none of them a
    `key:` line (`# run` over `docker-compose up`), where those lines are six or more: a file,
    then what to do with it."""
    written_above = 0
    for i, line in enumerate(lines):
        if line.startswith("#") and written_above >= 6:
            below = (
                later for later in itertools.islice(lines, i + 1, None) if later.strip() and later[:1] != "#"
            )
            after = list(itertools.islice(below, 4))  # four at most: more is no closing command
            if 1 <= len(after) <= 3 and not any(map(_KEY_LINE.match, after)):
                return "\n".join(lines[:i])
        written_above += bool(line.strip())
    return None


_KEY_LINE = re.compile(r"\s*(?:- )?[\w.-]+:(?:\s|$)")


def _without_heredocs(code):
    """The script without the documents its commands are handed (`<<EOF` to `EOF`)."""
    kept, closing = [], None
    for line in code.splitlines():
        if closing:
            closing = None if line.strip() == closing else closing
            continue
        kept.append(line)
        if opened := _HEREDOC.search(line):
            closing = opened.group(1)
    return "\n".join(kept)


def _is_html(code):
    """Tags, unless each line is a command and the tags the reader's placeholders (`<table>.dump`)."""
    tagged = code.lstrip().startswith("<") and _HTML_TAG.search(code) or len(_HTML_TAG.findall(code)) >= 2
    return bool(tagged) and not looks_like_commands(code) and not IPYTHON_INPUT.match(code.lstrip())


def _is_bash(code, lines):
    shell_hits = _shell_syntax(code) + sum(
        bool(SHELL_WORDS.match(line)) and not VERSION_BANNER.match(line) for line in map(str.strip, lines)
    )
    return (
        shell_hits >= 2
        or (shell_hits and len(lines) <= 2)
        or looks_like_commands(code)
        or bool(_SHELL_DEFINITION.search(code))
        or _grouped_commands(lines)
    )


def _grouped_commands(lines):
    """Commands in a group of the shell's, `{` and `}` on lines of their own (a guide's way to
    run them as one paste)."""
    lines = [line.strip() for line in lines if line.strip()]
    return len(lines) > 2 and lines[0] == "{" and lines[-1] == "}" and all(map(is_command_line, lines[1:-1]))


# What only the shell defines so: a function at a line's start, `name() {` (JavaScript's and C's
# want a keyword or a type before it), an array of words, `fruits=(apple banana)`.
_SHELL_DEFINITION = re.compile(
    r"^[A-Za-z_][\w-]*\(\)[ \t]*\{[ \t]*$|^[A-Za-z_]\w*=\([^,()\n]*\)[ \t]*$|^@test +\"[^\"\n]*\" *\{[ \t]*$",
    re.M,
)  # and a Bats test, `@test "name" {`, a function of the shell's with a name in words


_SHELL_SELECT_LOOP = re.compile(r"\s*select \w+(?: in [^\n]*)?(?:;\s*do\b|\n\s*do\s*$)", re.M)
_BARE_PROMPT = re.compile(
    r"(?:\([\w.-]+\) ?)?(?:[\w.-]+@[\w.-]+(?::[\w~/.-]*)? ?|[\w.-]+:~(?:/[\w.-]+(?: [\w.-]+)*)*)?\$|"  # `(venv) $`, `joel:~/app$`
    r"(?:\s*\[[\w.-]+@[\w.-]+ [\w~/.-]+\][$#]\s*\n?)+"  # `[user@host ~]$` over `[user@host ~]#`
)
_FRONT_MATTER = re.compile(r"---[ \t]*\n((?:[^\n]*\n){1,40}?)---[ \t]*(?:\n|\Z)")
_JSX = re.compile(
    r"<[A-Za-z][\w.]*(?:\s(?:[^<>\"']|\"[^\"\n]*\"|'[^'\n]*')*?)?\s(?:\{\.\.\.|[A-Za-z][\w-]*=\{)"
)
_TEMPLATED_PROMPT = re.compile(r"\{\{ ?[\w.]+ ?\}\}[\w/.-]*[$#] \S")
_HTML_PIECE = re.compile(
    r"<[a-z][a-z0-9]*|(?:(?:class|id|src|href|alt|width|height|style|rel|placeholder|(?:data|aria)-[\w-]+)"
    r"=\"[^\"\n]*\"[ \t]*(?:\n[ \t]*|$))+"
)
_TEMPLATE_ALONE = re.compile(r"\{\{ [^\n]+(?:\n[^\n]+){0,4} \}\}(?:[ \t]*\{# [^\n]* #\})?|\{# [^\n]* #\}")
# A script's inline metadata (PEP 723), or Python's tools' directives alone (`# pyright: strict`):
# comments only, but the top of a Python file.
_SCRIPT_METADATA = re.compile(r"^# /// script[ \t]*$", re.M)
_TOOL_DIRECTIVE = r"#[ \t]*(?:pyright|mypy|pylint|type|fmt|ruff)[ \t]*:[^\n]*"
_TOOL_DIRECTIVES = re.compile(f"{_TOOL_DIRECTIVE}(?:\n+{_TOOL_DIRECTIVE})*")


def detect_language(code, *, under_a_heading=False):
    """The lexer alias for an unlabelled block, one of LANGUAGES (read from its start only).
    `under_a_heading`: the block is what follows a heading line, whose own heading is not read
    again (a certificate's `Certificate:` over `Data:` over ... would be read once a level)."""
    code = as_written(detection_sample(code))
    if not code.strip():
        return "text"
    if _BARE_PROMPT.fullmatch(code.strip()):
        return "console"  # `$` or `nelle@localhost $` alone: the shell waiting for a command
    if all(_TEMPLATED_PROMPT.match(line) for line in code.splitlines() if line.strip()):
        return "console"  # `{{ cookiecutter.project_name }}$ sam build`: a project template's prompt, its folder to come
    if (front := _FRONT_MATTER.match(code.lstrip())) and looks_like_yaml(front.group(1)):
        return "yaml"  # a file's front matter, `---` over `name:` and `description:`, over its text
    if _HTML_PIECE.fullmatch(code.strip()):
        return "html"  # `<img` begun, or its attributes a line each: a lesson's HTML in pieces
    if included := _included_language(code):
        return included
    if framed := framed_body(code):
        return detect_language(framed)  # a ruler over and under the block: its frame, no text
    unnoted, notes = without_notes_after_sql_lines(code)
    if notes > 1 and unnoted.strip() and (statements := detect_language(unnoted)) in SQL_FAMILY:
        return statements  # `x INTEGER // 4 Bytes` a line: a cheat sheet's notes in another language's marks
    # Other servers' own statements PostgreSQL's parser refuses: MySQL's `LOAD DATA INFILE`, DuckDB's
    # `from 'x.json'`, Databricks'; a transaction's synopsis; SQL Server's `IF @@rowcount ...` by a statement.
    if (
        _MYSQL_LOAD_DATA.match(code)
        or _FROM_A_FILE.fullmatch(code.strip())
        or _LAKEHOUSE_STATEMENT.match(code)
        or _TRANSACTION_SYNOPSIS.fullmatch(code)
        or _SERVER_VARIABLE.search(code)
        and STRONG_SQL_LINE.search(code)
    ):
        return "postgresql"
    if _SET_OPERATION_LINES.fullmatch(code.strip()):
        return detect_language(_PARENTHESISED_SELECT.sub(r"\1", code))  # `(SELECT ... FROM ...)` over `UNION`
    if _WINDOW_CALL.match(code):
        return "postgresql"  # `function() OVER ([PARTITION BY c] [ORDER BY c])`: a window function's synopsis
    if _TSQL_VARIABLE.match(code):
        return "postgresql"  # SQL Server's variable declared first, `DECLARE @since date = ...`: its statements follow
    if sql_server_statements(code):
        return "postgresql"  # SQL Server's own statements, `EXEC sp_rename 'a', 'b';`, and SQL beside them
    if (batches := sql_server_batches(code)) and all(
        detect_language(batch) in SQL_FAMILY for batch in batches
    ):
        return "postgresql"  # SQL Server's batches, `GO` under each: its statements are what is read
    if _QUOTED_PROMPT.match(code):  # `> mysql> CREATE TABLE ...`: a quote's mark before the first prompt
        return detect_language(code[2:])
    marked = _IN_OUT_MARK.sub("", code)
    if _MARGIN.fullmatch(code):
        marked = _MARGIN_MARK.sub("", code)  # `* CREATE TABLE ...` on each line: a comment's margin
    if marked != code and marked.strip() and (statements := detect_language(marked)) in SQL_FAMILY:
        return statements  # `[in] select ...` over `[out] select ...`: a rewrite shown
    if cell := CELL_MAGIC.match(code):  # a notebook cell's magic over its body
        language = _CELL_LANGUAGES.get(cell.group(1), "python")  # `%%capture`, `%%time`: Python's
        body = code[cell.end() :]
        return detect_language(body) if language is None and body.strip() else language or "python"
    if (
        looks_like_ipython_lines(code)
        or (_IPYTHON_OUT.search(code) and _IPYTHON_IN.match(without_leading_hash_lines(code)))
        or _SCRIPT_METADATA.search(code)
        or _TOOL_DIRECTIVES.fullmatch(code.strip())
        or python_shell_then_inputs(code)
    ):
        return "python"
    noted = (
        _ASIDE_LINES.match(code)
        and not _HASHED_STATEMENT.search(code)
        and _ASIDE_LINES.sub("", code).lstrip()
    )
    session = noted and SQL_START.match(noted) and detect_language(noted)
    if session in ("psql", "postgres-explain", "postgresql"):
        return session  # `# Session 1` over statements and their results; notes over statements (read once)
    heading = None if under_a_heading else _HEADING_LINE.match(code)
    if heading and code[heading.end() :].strip() and _may_be_a_document(code[heading.end() :]):
        rest = detect_language(code[heading.end() :], under_a_heading=True)
        if rest in _DOCUMENTS:
            return rest  # `powa-collector.conf` or `POST /api/posts/` over the document
    lines = code.splitlines()
    written = [line for line in lines if line.strip()]
    first = written[0]
    console = console_lines(lines)
    root_only = all(line.startswith("#") for line in console)
    root_comments = root_only and not any(_PATH_OR_FLAG.search(line) for line in console)
    if (
        console
        and (root_comments or root_only and _notes_inside_sections(code, console))
        and _is_commented_settings(code)
    ):
        console = []  # `# make sure db is up` over YAML's or an ini file's lines (inside its sections: any note)
    if (
        console
        and root_comments
        and SQL_START.match(rest := HASH_NOTES.sub("", code))
        and parses_as_sql(rest)
    ):
        console = []  # `# find the file` over `SHOW config_file;`: a note over a statement, no root's command
    if console and root_only and _SHEBANG_LINE.search(code):
        console = []  # `# entrypoint.sh` over `#!/bin/sh`: a script's name, its comments
    if console and len(console) < len(written) and all(line.lstrip().startswith("#") for line in written):
        return "bash"  # every line commented, notes among them: a script's commands left out of it
    first_uncommented = next((line for line in lines if line.strip() and not line.startswith("#")), first)
    if (
        console
        and console[0] in (first, first_uncommented)
        and not (looks_like_diff(code) and DIFF_LINE.match(first))
    ):
        # A shell session, even one that goes on into psql or Python: the first prompt decides.
        return "console"
    if _PYCON.search(code) and python_tree(code) is None:
        return "pycon"  # (a module parses only with its `>>>` in docstrings: doctests)
    if looks_like_diff(code):
        return "diff"  # before anything else: a diff carries any language in its lines
    psql_prompt = PSQL_PROMPT_LINE.search(code)
    if console and psql_prompt and code.index(console[0]) < psql_prompt.start():
        return "console"
    if SHELL_PROMPT.match(first):
        return "psql" if statements_after_shell_prompts(lines) else "console"
    if has_psql_prompt(code):
        return "psql"
    if console and not _SHEBANG_SHELL.match(code):
        return "console"
    if prompted_statements(code):
        return "psql"
    if shell_commands_over_results(lines):
        return "bash"
    psql_parts = PSQL_META.search(code) and sql_with_psql_parts(code)
    if psql_parts:
        return psql_parts  # `\\gset` and the like: a psql script
    if echoes_a_command_tag(lines):
        return "psql"
    if _SHEBANG_SHELL.match(code):
        return "bash"  # a script, whatever its commands hand psql: `psql -c "DO $$ ..."`
    if _SHELL_SELECT_LOOP.match(code):
        return "bash"  # the shell's menu loop, `select x in *; do ...; done`, no SQL's SELECT
    if parses_as_sql(code) or looks_like_formatted_sql(code) or _ROUTINE_IN_ANOTHER_LANGUAGE.match(code):
        return "postgresql"
    if _ASIDE_LINES.search(code) and parses_as_sql(_ASIDE_LINES.sub("", code)):
        return "postgresql"  # statements under `# notes` lines or a client's dot-commands
    caption = _CAPTION.match(code)
    if caption and not is_command_line(caption.group().strip()) and not SQL_START.match(caption.group()):
        rest = code[caption.end() :]
        # a line of prose over the statement it names (`2024-01-01 の...` over a DELETE), or over a session
        if STRONG_SQL_START.match(rest):
            if parses_as_sql(rest):
                return "postgresql"
            if _ANSWERED.search(rest) and detect_language(rest) == "psql":
                return "psql"  # statements and the server's answers
    psql_parts = sql_with_psql_parts(code)
    if psql_parts:
        return psql_parts
    if (
        query_then_result(code, plan_allowed=False)
        or looks_like_statements_then_answers(code)
        or queries_then_values(code)
    ):
        plan = _PLAN_UNDER_ITS_QUERY.search(code)
        return (
            "postgres-explain" if plan and parses_as_sql(code[: plan.start() + 1]) else "psql"
        )  # EXPLAIN left out
    if statements_with_their_output(lines):
        explained = EXPLAIN.match(without_leading_comments(code)) and looks_like_plan(code)
        return "postgres-explain" if explained else "psql"  # an EXPLAIN's output is its plan
    if looks_like_plan(code):
        return "postgres-explain"
    if table_then_a_session(code):
        return "psql"  # a table, then the query that reads it with its result
    if looks_like_result_alone(code) or looks_like_messages_alone(code):
        return "text"  # output alone (LABELLING.md, rule 3): its statement is elsewhere
    if (
        looks_like_cast_literals(code)
        or looks_like_function_named_alone(code)
        or _EXPLAIN_OPTIONS.fullmatch(code.strip())
        or looks_like_operator_lists(code)
    ):
        return "postgresql"
    if looks_like_commented_expressions(code) or looks_like_noted_keywords(code):
        return "postgresql"  # `'Hello' || ' World'` over `-- returns 'Hello World'`
    if (
        _HEREDOC.search(code)
        and _is_bash(outer := _without_heredocs(code), outer.splitlines())
        and not looks_like_yaml(outer)  # a CI workflow's step: `run: |` over `node << 'EOF'`
    ):
        return "bash"  # a script handing psql (or anything) a document: `psql <<EOF ... EOF`
    if typed := typed_into_opened_psql(lines):
        return typed  # psql opened, then statements typed into it, maybe with the server's answers (rule 2)
    if meta_commands_in_a_script(lines):
        return "bash"  # `psql` then `\l` among a script's commands: meta-commands alone (rule 2)
    if has_psql_shapes(code, lines) and not looks_like_python(code) and not _python_over_its_result(code):
        return "psql"
    if query_then_result(code):
        return "psql"
    if looks_like_json(code):
        return "json"
    if (
        looks_like_drawing(code, lines)
        or looks_like_log(lines)
        or looks_like_unlabelled_file(lines)
        or looks_like_help(lines)
        or looks_like_pseudocode(code)
        or looks_like_cheat_sheet(lines)
    ):
        return "text"
    if looks_like_inline_script(lines):
        return "bash"  # `python -c '` over lines: a command given a script, whatever its language
    if (
        looks_like_python_module(code) or DEFINITION_HEADER.match(first) or PYTHON_IMPORT.search(code)
    ) and looks_like_python(code):
        return "python"  # before HTML and JavaScript: its strings often carry tags, its objects `document`
    if looks_like_listed_statements(code):
        return "postgresql"  # before YAML: `- SELECT ...;` items read as a list there
    if looks_like_yaml(code) or looks_like_templated_yaml(code):
        return "yaml"
    if (head := _before_a_closing_note(lines)) and looks_like_yaml(head):
        return "yaml"  # a compose file, then `# run` over `docker-compose up`: the file is what is shown
    python = looks_like_python(code)  # then what its strings hold is none of its signs:
    unquoted = without_strings(code) if python else code  # `r"(?P<year>\d+)"` is no C++
    notes_aside = _SPACED_NOTE.sub("", unquoted) if python else code  # nor a note's `int->bigint` C's `->`
    if IPYTHON_INPUT.match(first.lstrip()):
        return "python"  # IPython's session (rule 7): a traceback's `<module>()`, `a[0] = 'A'` are no C
    if looks_like_cpp(unquoted):  # before HTML: `#include <vector>` is no tag
        return "cpp"
    if looks_like_c(notes_aside) and not (code.lstrip().startswith("<") and _is_html(code)):
        return "c"  # (a page's script may brace C's way)
    if looks_like_join_condition(code):
        return "postgresql"  # before ini: `a.id = b.a_id` is no setting
    if looks_like_properties(code):
        return "ini"  # `app.title=${app.name} notes`: no shell's variable, nor Python's spaced `=`
    if (
        looks_like_ini(code)
        and (
            looks_like_server_settings(lines)
            or INI_SECTION.search(code)  # `[flake8]` over settings: Python would list a name
            or not looks_like_python(code)
            or sets_lowercase_constants(code)
        )
        and not looks_like_django_template(code)
        and not looks_like_shell_variables(code)  # `https_proxy=http://...`: the environment's
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
    if is_command_line(first) and _HEREDOC.search(code):
        return "bash"  # a command given a document: `curl ... <<XML`
    if _cut_from_a_body(code):
        return "plpgsql"  # a body's statements cut out of it: `SELECT ... INTO STRICT r` over `END IF;`
    if looks_like_plpgsql(code) and not _BRACED_LOOP.search(code):
        statement = SQL_START.match(without_leading_comments(HASH_NOTES.sub("", code)))
        if statement and _ANSWERED.search(code):
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
        return "html+django"  # `{{ user.name or user.email }}`, `{# ... #}`: one expression or comment
    if looks_like_django_template(code):
        fragment = not python and looks_like_python_fragment(code)  # `...` after a dict's template
        if (python or fragment) and not looks_like_django_template(
            without_strings(code) if fragment else unquoted
        ):
            return "python"  # the tags are in its strings: `"permalink": "{{ slug }}/"`
        filled = _TEMPLATE_VARIABLE.sub("x", code)
        if (
            not looks_like_django_template(filled)
            and is_command_line(first_uncommented)
            and _is_bash(filled, lines)
        ):
            return "bash"  # a docs site's variables in commands: `apt-get install pg{{ version }}`
        return "postgresql" if looks_like_templated_sql(code) else "html+django"
    if (noted := without_slash_note_lines(code)) and (under := detect_language(noted)) in _NOTED_IN_SLASHES:
        return under  # `// edit it so` over a file, a session: the writer's note, not JavaScript's comment
    if noted and under == "text" and not _CODE_PUNCTUATION.search(noted):
        return "text"  # `// convert to` between lists of names, errors: nothing a script would write
    if not code.lstrip().startswith("<") and looks_like_javascript(
        unquoted, 1 + _shell_syntax(code), python=python
    ):
        return _javascript_or_its_sql(code, python)  # before HTML: its template literals carry tags
    if _JSX.search(code):
        return "javascript"  # React's JSX: `{...register("email")}`, `onSubmit={handle}` in a tag
    if _is_html(code) and python and not _is_html(PYTHON_COMMENT.sub("", unquoted)):
        return "python"  # the tags are in its strings or notes: `('user', '<a href="/u/{0}/">{0}</a>')`
    if _is_html(code):  # unless a tag alone on its line holds statements (a page's debris)
        rest = "\n".join(line for line in lines if not re.fullmatch(r"\s*</?[a-z][^<>]*>\s*", line))
        statements = STRONG_SQL_START.match(rest) and (
            re.search(r";\s*$", rest, re.M) or not _CLOSED_OR_ATTRIBUTED_TAG.search(code)
        )  # `SELECT * FROM <table>`: a placeholder there, no element
        return "postgresql" if statements or parses_as_sql(rest) else "html"
    if _SHEBANG_PYTHON.match(code):
        return "python"
    if looks_like_javascript(code, _shell_syntax(code), python=python):
        return _javascript_or_its_sql(code, python)
    if looks_like_shell_variables(code) or runs_with_variables(lines):
        return "bash"  # before Python: `NAME="value"` is an assignment there too
    if lists_postgres_calls(code) or looks_like_column_parts(code):
        return "postgresql"  # before Python, which would parse the calls too
    if passes_object_literals(code):
        return "javascript"  # before Python, which would parse the calls too
    if (
        python
        or looks_like_python_module(code)
        or looks_like_python_fragment(code)
        or looks_like_python_over_output(code)
        or _python_over_its_result(code)
        or looks_like_cells_over_their_output(code)
    ):
        if looks_like_printed_value(code):
            return "text"  # what `print(row)` showed: a value as Python writes it back
        return "diff" if marks_changed_python_lines(code) else "python"
    if (
        HASH_NOTES.search(code)
        and (STRONG_SQL_START.match(rest := HASH_NOTES.sub("", code)) or _TAIL_CLAUSE.match(rest))
        and (parses_as_sql(rest) or detect_language(rest) == "postgresql")
    ):
        return "postgresql"  # `#Создаем пользователя` over its statement: the writer's notes, the shell's way
    statement = without_leading_comments(code)
    if (
        SQL_START.match(statement)
        and not PYTHON_IMPORT.match(statement)
        and not _BRACED_LOOP.search(code)
        and reads_as_sql(code)
    ):
        return "postgresql"
    if (
        (_ALIASED_EXPRESSION.search(code) or _CONCATENATED_IN_A_LIST.search(code))
        and looks_like_sql_fragment(code)
        or _SQL_LITERALS.fullmatch(code.strip())
    ):
        return "postgresql"  # before the shell: `left(a::text || b::text, 10) AS key`, `||` SQL's
    if looks_like_options_alone(code) and not re.search(r"\\[ \t]*$", code, re.M):  # (not a command's lines)
        return "text"  # `--name web` over `-p 8080:80`: what a command is given, no command (as the JVM's options)
    shell = _is_bash(code, lines)
    if shell and _SQL_NOTE_LINE.search(code) and not HASH_NOTES.search(code) and STRONG_SQL_LINE.search(code):
        return "postgresql"  # `-- 1. back it up` over `pg_dump ...` and statements: SQL's notes, no shell's
    if shell or looks_like_command_then_output(code):
        return "bash"
    if looks_like_c_calls(code):
        return "c"
    if (
        looks_like_sql_fragment(code)
        or _ARRAY_OR_RANGE_LITERAL.fullmatch(code.strip())
        or _NOT_EQUAL_TEST.fullmatch(code.strip())
        or has_sql_structure(code)
    ):
        return "postgresql"
    if looks_like_loose_sql(code):
        return "psql" if looks_like_speakers_statements(code) and _ANSWERED.search(code) else "postgresql"
    if (placed := _COLUMN_PLACED.sub(r" \1", code)) != code and (
        column := detect_language(placed)
    ) in SQL_FAMILY:
        return column  # MySQL's `MODIFY c VARCHAR(100)` over `AFTER b;`: where the column goes, its own line
    if (
        looks_like_bare_command(code)
        or looks_like_command_then_lines(code)
        or looks_like_noted_commands(code)
    ):
        return "bash"  # last: nothing took it for SQL or prose
    if (
        looks_like_python_with_a_slip(code)
        or looks_like_python_by_its_lines(code)
        or shows_python_comments(code)
        or looks_like_python_signature(code)
    ):
        return "python"
    if len({word.upper() for word in _PLPGSQL_WORDS.findall(code)}) >= 3:
        return "plpgsql"  # a synopsis of its control structures: `IF c1 THEN s1 ELSIF ... END IF`
    if _SUBSCRIPTED_NAME.fullmatch(code.strip()):
        return "python"  # a notebook cell's `grades["Ege"]`, `names[0]`: an item looked up, no prose's
    if _WRITTEN_LITERAL.search(code) and (tree := python_tree(code)) and _is_one_literal(tree):
        return "python"  # a list or a dict written over lines, a comma after its last item or notes: no printer's
    if looks_like_json_with_asides(code):
        return "json"
    if declares_alone(code):
        return "c"
    return "text"


# IPython's prompts, numbered or not (`In : Drink.objects.count()` over `Out: 8`), the first of a
# block under its notes: python (rule 7).
_IPYTHON_IN = re.compile(r"^In ?(?:\[\d*\])? ?: +\S", re.M)
_IPYTHON_OUT = re.compile(r"^Out ?(?:\[\d*\])? ?:", re.M)
_PLPGSQL_WORDS = re.compile(
    r"\bEND\s+(?:IF|LOOP|CASE)\b|\bELSIF\b|:=|\bRETURN\s+(?:NEXT|QUERY)\b|\bRAISE\s+NOTICE\b", re.I
)
_SUBSCRIPTED_NAME = re.compile(r"[A-Za-z_]\w*(?:\.\w+)*(?:\[(?:\"[^\"\n]*\"|'[^'\n]*'|-?\d+)\])+")
_BEGIN_A_TRANSACTION = re.compile(r"\s*(?:--[^\n]*\n\s*)*BEGIN\s*;", re.I)
_SHEBANG_LINE = re.compile(r"^#!/|^# shellcheck shell=", re.M)  # a script's first line, or its linter's
# What a `//` note may sit over and keep: structured text, whose shapes the note cannot fake.
# A loop or a condition braced C's way, `do {`, `for (a; b; c) { }`: no SQL's nor PL/pgSQL's (theirs is LOOP ... END LOOP).
_BRACED_LOOP = re.compile(r"^[ \t]*(?:do|(?:for|while|if)[ \t]*\([^\n]*\))[ \t]*\{", re.M)
_COLUMN_PLACED = re.compile(r"\n[ \t]*((?:AFTER[ \t]+\w+|FIRST)[ \t]*;)", re.I)
_PROSE_LINE = re.compile(
    r"[ \t]*(?![\w.-]+:\s)[^\s=#;\[][^=#\n]*(?:[ \t]+[^\s=#]+)+[ \t]*"
)  # words, no `=` nor `key:`
_CODE_PUNCTUATION = re.compile(r"[(){};=\[\]]|^[\w.-]+> ", re.M)  # (or a client's prompt: its input)
_NOTED_IN_SLASHES = frozenset({"yaml", "console", "bash", "html", "html+django", "ini", "psql", "diff"})


# An item's comma, then a closing bracket alone on its line; or a note on a line of its own.
_WRITTEN_LITERAL = re.compile(r",[ \t]*(?:#[^\n]*)?\n[ \t]*[\]})]|^[ \t]+#", re.M)


def _javascript_or_its_sql(code, python):
    """JavaScript, unless its only JavaScript is `//` notes, its braces hold SQL's `--` notes
    with statements (`if (acquired) {` over `-- Do work`: pseudo-code about SQL), or its lines
    are PostgreSQL's calls."""
    if _SQL_NOTE_LINE.search(code) and STRONG_SQL_LINE.search(code) or lists_postgres_calls(code):
        return "postgresql"  # (PostgreSQL's own functions, a call a line, what each gives after `=>`)
    unquoted = _SQL_STRING.sub("''", code)
    if unquoted != code and STRONG_SQL_START.match(code) and (sql := detect_language(unquoted)) in SQL_FAMILY:
        return sql  # JavaScript's signs only in SQL's strings: a JSON path's `@.value == null`
    return _under_slashed_notes(code, python) or "javascript"


_SQL_NOTE_LINE = re.compile(r"^[ \t]*-- \w", re.M)  # JavaScript's `--` never opens a line
_SQL_STRING = re.compile(r"'(?:[^'\n]|'')*'")


def _under_slashed_notes(code, python):
    """The SQL under notes in `//`, the block's only JavaScript, or None."""
    uncommented = _SLASHED_COMMENT.sub("", code)
    if uncommented == code:
        return None
    if SQL_START.match(uncommented) and parses_as_sql(uncommented):
        return "postgresql"  # a note in another language's `//` over a statement
    if (
        (SQL_START.match(uncommented) or has_sql_structure(uncommented))
        and not looks_like_javascript(uncommented, python=python)
        and (rest := detect_language(uncommented)) in SQL_FAMILY
    ):
        return rest  # over statements and their results
    return None


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


def _is_one_literal(tree):
    return len(tree.body) == 1 and isinstance(
        getattr(tree.body[0], "value", None), ast.List | ast.Tuple | ast.Dict | ast.Set
    )


# The cell magics that run their body in another language (None: the body tells, `%%sql`).
_CELL_LANGUAGES = {"sql": None, "bash": "bash", "sh": "bash", "html": "html", "javascript": "javascript"}


# A snippet included by MkDocs (pymdownx.snippets), `--8<-- "files/init.sql"`: the block shows
# that file, so it is in the file's language.
_SNIPPET_INCLUDE = re.compile(r"[ \t]*-{2}8<-{2}[ \t]+([\"']?)[^\s\"']+\.(\w+)(?::[\w:-]+)?\1[ \t]*")
_LANGUAGE_OF_SUFFIX = {
    "sql": "postgresql",
    "py": "python",
    "sh": "bash",
    "json": "json",
    "yaml": "yaml",
    "yml": "yaml",
    "html": "html",
    "js": "javascript",
    "ini": "ini",
    "cfg": "ini",
    "conf": "ini",
    "c": "c",
    "diff": "diff",
}


def _included_language(code):
    """The language of the files a block only includes, if they are all of one."""
    languages = set()
    for line in filter(str.strip, code.splitlines()):
        if not (included := _SNIPPET_INCLUDE.fullmatch(line)):
            return None  # asked of every block: the first line that includes nothing ends it
        languages.add(_LANGUAGE_OF_SUFFIX.get(included.group(2).lower()))
    return languages.pop() if len(languages) == 1 else None


def _python_over_its_result(code):
    """Python's call, a blank line, then the table it returned (`PGExtras.query('locks')` over
    psql's table) or the statement an ORM's call sent (`Book.objects.annotate(...)` over its
    SELECT): a command's output beside it, which leaves the command's label (rule 2)."""
    head, blank, rest = code.strip().partition("\n\n")
    if (
        blank
        and looks_like_python(head)
        and (
            looks_like_result_alone(rest.strip("\n"))
            or (_ORM_CALL.match(head) and STRONG_SQL_START.match(rest) and parses_as_sql(rest))
        )
    ):
        return True
    script, blank, printed = code.strip().rpartition("\n\n")  # a script, then what its print() wrote
    return bool(
        blank
        and "print(" in script
        and len(printed.splitlines()) <= 10
        and python_tree(printed) is None
        and looks_like_python(script)
    )


# A call on a Django model's manager, alone: `Book.objects.filter(...).annotate(...)`.
_ORM_CALL = re.compile(r"[A-Z]\w*\.objects\.\w+\([^\n]*\)\s*\Z")


def _may_be_a_document(code):
    """Whether detection could answer json, yaml or ini for the block: asked first, as it is
    cheap, before a heading's rest is read whole."""
    code = textwrap.dedent(code)
    first = next(line for line in code.splitlines() if line.strip())
    return bool(
        looks_like_json(code)
        or looks_like_json_with_asides(code)
        or looks_like_yaml(code)
        or looks_like_ini(code)
        or INI_SECTION.match(first)
        or _included_language(code)
    )


def _notes_inside_sections(code, notes):
    """Each note under the file's first `[section]`: no root's command printing the file (`# cat
    x.repo` over it), but the file's own comments."""
    lines = code.splitlines()
    first = next((at for at, line in enumerate(lines) if INI_SECTION.match(line)), len(lines))
    return all(lines.index(note) > first for note in notes)


def _is_commented_settings(code):
    """An ini or YAML file under `# /etc/patroni.yml`-like comments: root's prompt is no comment's mark."""
    return looks_like_ini(code) or looks_like_yaml(code)
