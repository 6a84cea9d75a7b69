"""Detection's third stage: SQL, with psql's parts, its results and its plans."""

import re

from .detect_block import ANSWERED, ASIDE_LINES, SQL_FAMILY
from .other_servers_sql import without_client_lines
from .plan_signs import looks_like_plan
from .psql_signs import (
    EXPLAIN,
    has_psql_shapes,
    queries_then_values,
    query_then_result,
    sql_with_psql_parts,
)
from .psql_typed import (
    meta_commands_in_a_script,
    reads_as_statements,
    statements_over_a_noted_answer,
    statements_with_their_output,
    table_then_a_session,
    typed_into_opened_psql,
)
from .python_parse import python_tree
from .python_signs import looks_like_python
from .shell_script import HEREDOC, is_bash, without_heredocs
from .shell_signs import is_command_line
from .signature_signs import looks_like_function_named_alone, parses_as_sql, parses_as_unended_statements
from .sql_fragments import STRONG_SQL_START
from .sql_lists import (
    lists_expressions_with_values,
    looks_like_commented_expressions,
    looks_like_noted_keywords,
    looks_like_operator_lists,
    looks_like_synopsis_over_statements,
)
from .sql_signs import (
    SQL_START,
    looks_like_cast_literals,
    looks_like_messages_alone,
    looks_like_result_alone,
    looks_like_statements_then_answers,
    without_leading_comments,
)
from .templated_sql import looks_like_formatted_sql
from .writer_notes import HASH_NOTES, with_braced_names_named, without_wide_captions
from .yaml_signs import looks_like_yaml

# A routine's whole statement, its body in any language between dollar quotes (LABELLING.md, rule 5).
_ROUTINE_IN_ANOTHER_LANGUAGE = re.compile(
    r"\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:FUNCTION|AGGREGATE|PROCEDURE)\b[^$;]*?\bAS\s+(\$\w*\$)\n"
    r".*\n\s*\1\s*(?:LANGUAGE\s+\w+\s*)?;?\s*$",
    re.I | re.S,
)
# A line of words over a block, no code's marks in it: a caption the post left inside the fence.
_CAPTION = re.compile(
    r"[ \t]*(?![\w ]*\b(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE)\b)\w(?=[^\n;=(){}\[\]<>$#|`*/\\ ]*+ |[^\n]*?[\u4e00-\u9fff])"
    r"[^\n;=(){}\[\]<>$#|`*/\\]*+\n",  # (a space among its words, or words in Chinese; read once, not split every way)
    re.I,
)
# A result table kept in a `/* */` comment under its statement (rule 8): the writer's, no session.
_RESULT_IN_A_COMMENT = re.compile(r"^[ \t]*/\*[ \t]*\n[ \t]*\+-[-+]*\+[ \t]*\n.*?\*/[ \t]*$", re.M | re.S)
# A plan's header under a statement, no prompt: an EXPLAIN's output, the word left out (its
# statement all that is above it).
_PLAN_UNDER_ITS_QUERY = re.compile(r";\s*\n\s*\n?[ \t]*QUERY PLAN[ \t]*\n[ \t]*-{10,}")
# EXPLAIN's options alone, its statement left out: `EXPLAIN (ANALYZE, BUFFERS)`.
_EXPLAIN_OPTIONS = re.compile(
    r"EXPLAIN\s*\((?:\s*(?:ANALYZE|VERBOSE|COSTS|SETTINGS|GENERIC_PLAN|BUFFERS|SERIALIZE|WAL|TIMING|SUMMARY|MEMORY|"
    r"FORMAT\s+\w+)(?:\s+(?:true|false|on|off))?\s*,?)+\)\s*;?",
    re.I,
)


def python_over_its_result(code):
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
    if (
        blank
        and "print(" in script
        and len(printed.splitlines()) <= 10
        and python_tree(printed) is None
        and looks_like_python(script)
    ):
        return True
    if _cells_over_pandas_printouts(code):
        return True  # pandas' objects, then the frame or series they show (no print(): the notebook shows it)
    cell = _OUTPUT_MARK.split(code.strip(), maxsplit=1)
    if len(cell) == 2 and cell[0].strip() and looks_like_python(cell[0]):
        return True  # a notebook's cell over its output, which the writer marked with a `:` line
    if (
        _DASHED_OUTPUT.search(code)
        and (script := _DASHED_OUTPUT.sub("", code)).strip()
        and looks_like_python(code[: code.find("\n---")])
        and looks_like_python(script)
    ):
        return True  # each statement over `---` and what it gave, up to a blank line: a notebook's cells
    if (
        "print(" in code
        and _PRINTED_LINE.search(code)
        and (script := _PRINTED_LINE.sub("", code)).strip()
        and looks_like_python(script)
    ):
        return True  # `print(f.__name__)` over `>> wrapper`: what each print wrote, marked by the writer
    return _statements_over_what_they_printed(code.strip().splitlines())


# `:` alone, or `: 3`; a note that says what follows is the result, `# 结果`, `# 运行结果`, `# Output:`
_OUTPUT_MARK = re.compile(
    r"^(?::(?:[ \t][^\n]*)?|[ \t]*#[ \t]*(?:运行|输出|执行)?(?:结果|输出)[ \t]*[:：]?|[ \t]*#[ \t]*(?i:result|output)[ \t]*:?)[ \t]*$",
    re.M,
)


_DASHED_OUTPUT = re.compile(r"^---[ \t]*\n(?:[ \t]*\n)?(?:[^\n]*\S[^\n]*(?:\n|\Z))+", re.M)
_PRINTED_LINE = re.compile(r"^[ \t]*>>[ \t]+(?!>)[^\n]*$\n?", re.M)  # (not a `>>>` prompt)


# A frame's or a series' rows as pandas prints them: an index, then values set apart by two spaces
# or more (`2018-02-27    23.53    24.16`); its header of column names; `Name: open, dtype: float64`.
_ALIGNED_ROW = re.compile(r"[ \t]*\S+(?:[ \t]{2,}\S+)+[ \t]*")
_NUMBER_CELL = re.compile(r"-?\d[\d.,e+-]*|NaN|True|False")
_PANDAS_FOOTER = re.compile(r"(?:Name: [^\n]*, )?dtype: \w+|\[\d+ rows x \d+ columns\]")


def _printed_by_pandas(text):
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and _PANDAS_FOOTER.fullmatch(lines[-1].strip()):
        lines = lines[:-1]
    names = [line for line in lines if len(line.split()) == 1]  # an index's name on its own line
    rows = [line.split()[1:] for line in lines if _ALIGNED_ROW.fullmatch(line)]
    cells = [cell for row in rows for cell in row]
    return (
        len(lines) >= 2
        and len(names) <= 1
        and len(rows) + len(names) == len(lines)
        and 2 * sum(bool(_NUMBER_CELL.fullmatch(cell)) for cell in cells) >= len(cells) > 0
    )


def _cells_over_pandas_printouts(code):
    """Python, then what pandas printed for it, between blank lines, once or more."""
    chunks = re.split(r"\n[ \t]*\n", code.strip())
    printed = [_printed_by_pandas(chunk) for chunk in chunks]
    return (
        any(printed)
        and not printed[0]
        and all(shown or looks_like_python(chunk) for chunk, shown in zip(chunks, printed, strict=True))
    )


def _statements_over_what_they_printed(lines):
    """Statements, each run of them over the REPL's echo without its prompts: `type(i)` over
    `<class 'int'>`, a call over the error it raised (its traceback, or its last line alone)."""
    runs, statements, echoes, n = [], [], 0, 0
    while n < len(lines):
        line = lines[n]
        if line == "Traceback (most recent call last):":
            ends = (k for k in range(n + 1, min(n + 12, len(lines))) if _RAISED.fullmatch(lines[k]))
            n = next(ends, None)
            if n is None:
                return False
        elif not (_ECHOED.match(line) or _RAISED_ALONE.fullmatch(line)):
            statements.append(line)
            n += 1
            continue
        if not any(statement.strip() for statement in statements) and not runs:
            return False  # an echo first, no statement over it
        runs.append(statements)
        statements, echoes, n = [], echoes + 1, n + 1
    runs.append(statements)
    return echoes > 0 and all(
        not any(line.strip() for line in run) or python_tree("\n".join(run)) is not None for run in runs
    )


# What the REPL echoes that Python cannot read back: a repr in angle brackets, a traceback's start.
_ECHOED = re.compile(
    r"<(?:class|function|module|built-in|bound method) [^\n]*>$|<[\w.]+ object at 0x[0-9a-f]+>$"
)
_RAISED = re.compile(r"[A-Z]\w*(?:Error|Exception|Warning)(?::.*)?")
_RAISED_ALONE = re.compile(
    r"[A-Z]\w*(?:Error|Exception): [^\n]+"
)  # a traceback's last line, `TypeError: ...`


# A call on a Django model's manager, alone: `Book.objects.filter(...).annotate(...)`.
_ORM_CALL = re.compile(r"[A-Z]\w*\.objects\.\w+\([^\n]*\)\s*\Z")


# A table as MySQL dumps it (and as its posts copy it): its name backquoted, its engine after it.
_MYSQL_TABLE_HEAD = re.compile(
    r"^[ \t]*CREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?`[^`\n]+`[ \t]*\($", re.I | re.M
)
_MYSQL_TABLE_END = re.compile(r"^[ \t]*\)[ \t]*ENGINE[ \t]*=[ \t]*\w+", re.I | re.M)


# MySQL's `\G` ending a statement (its answer printed a column a line): `;` to PostgreSQL's parser.
_VERTICAL_END = re.compile(r"\\G[ \t]*$", re.M)


def answer(block):
    """The answer for statements PostgreSQL's parser takes, alone, with psql's parts, over their
    results, or a plan; None to go on."""
    code = block.code
    lines = block.lines
    if parses_as_sql(code) or looks_like_formatted_sql(code) or _ROUTINE_IN_ANOTHER_LANGUAGE.match(code):
        return "postgresql"
    if (
        "{" in code
        and SQL_START.match(code)
        and (named := with_braced_names_named(code)) != code
        and (read := block.read(named)) in SQL_FAMILY
    ):
        return read  # `REINDEX INDEX {INDEX_NAME};`: a name to fill in braces, no C's block
    unaside = ASIDE_LINES.sub("", code)
    rest = _VERTICAL_END.sub(";", without_client_lines(unaside))
    if rest != unaside and rest.strip() and parses_as_sql(rest):
        return "postgresql"  # MySQL's `DESC t;` or `use db;` over the statements on it, notes aside
    if ASIDE_LINES.search(code) and parses_as_sql(ASIDE_LINES.sub("", code)):
        return "postgresql"  # statements under `# notes` lines or a client's dot-commands
    if parses_as_unended_statements(HASH_NOTES.sub("", code) if "#" in code else code):
        return "postgresql"  # statements one after another without their `;` (under `#1、...` notes)
    if _MYSQL_TABLE_HEAD.search(code) and _MYSQL_TABLE_END.search(code):
        return "postgresql"  # a MySQL dump's table: `CREATE TABLE \`t\` (` ... `) ENGINE=InnoDB ...;`
    caption = _CAPTION.match(code)
    if caption and not is_command_line(caption.group().strip()) and not SQL_START.match(caption.group()):
        rest = code[caption.end() :]
        # a line of prose over the statement it names (`2024-01-01 の...` over a DELETE), or over a session
        if STRONG_SQL_START.match(rest):
            if parses_as_sql(rest):
                return "postgresql"
            if ANSWERED.search(rest) and block.read(rest) == "psql":
                return "psql"  # statements and the server's answers
    if (rest := without_wide_captions(code)) != code and reads_as_statements(rest):
        return "postgresql"  # `修改密码：` over `set password = password('x');`: captions over another server's statements
    if (
        (uncommented := _RESULT_IN_A_COMMENT.sub("", code)) != code
        and STRONG_SQL_START.match(uncommented)
        and block.read(uncommented) == "postgresql"
    ):
        return "postgresql"  # `SELECT ...;` over `/*` a result table `*/`: the writer's comment (rule 8)
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
    if statements_over_a_noted_answer(code, block.read):
        return "psql"  # statements, `# 报错`, the server's complaint: SQL with its answer (rule 2)
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
    if (
        looks_like_commented_expressions(code)
        or looks_like_noted_keywords(code)
        or lists_expressions_with_values(code)
        or looks_like_synopsis_over_statements(code)
    ):
        return "postgresql"  # `'Hello' || ' World'` over `-- returns 'Hello World'`
    if (
        HEREDOC.search(code)
        and is_bash(outer := without_heredocs(code), outer.splitlines())
        and not looks_like_yaml(outer)  # a CI workflow's step: `run: |` over `node << 'EOF'`
    ):
        return "bash"  # a script handing psql (or anything) a document: `psql <<EOF ... EOF`
    if typed := typed_into_opened_psql(lines):
        return typed  # psql opened, then statements typed into it, maybe with the server's answers (rule 2)
    if meta_commands_in_a_script(lines):
        return "bash"  # `psql` then `\l` among a script's commands: meta-commands alone (rule 2)
    if has_psql_shapes(code, lines) and not looks_like_python(code) and not python_over_its_result(code):
        return "psql"
    if query_then_result(code):
        return "psql"
    return None
