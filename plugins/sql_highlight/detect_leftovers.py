"""Detection's last stage: weaker signs, after every stronger one has passed."""

import re

from .c_figures import calls_templates_alone, looks_like_c_fragment
from .c_signs import c_or_cpp
from .c_statements import calls_c_library, declares_alone, lists_documented_prototypes, looks_like_c_calls
from .data_signs import looks_like_json_with_asides
from .detect_block import ANSWERED, ASIDE_LINES, BRACED_LOOP, SQL_FAMILY, SQL_NOTE_LINE
from .detect_statements import python_over_its_result
from .diff_signs import marks_changed_python_lines
from .ini_signs import lists_setting_choices
from .ipython_signs import (
    continued_at_ipython_prompts,
    formats_over_what_it_gives,
    looks_like_cells_over_their_output,
    looks_like_python_over_reprs,
)
from .javascript_fragments import (
    looks_like_constructing_calls,
    looks_like_lint_directives,
    looks_like_noted_assignments,
    looks_like_noted_values,
    looks_like_object_literal_fragment,
    looks_like_pipeline_stage,
    looks_like_primers_line,
    sets_config_objects,
)
from .javascript_signs import calls_javascript_libraries
from .other_servers_sql import (
    calls_sql_functions,
    copies_a_uri,
    describes_a_table,
    nests_sql_functions,
    states_mysql_own,
)
from .plpgsql_signs import looks_like_mysql_loop_synopsis, looks_like_plpgsql_synopsis
from .python_fragments import looks_like_python_fragment, without_strings
from .python_lookups import (
    filters_frames,
    is_subscripted_name,
    joins_booleans,
    looks_like_lookups,
    looks_up_each_line,
    over_values_marked,
    writes_one_literal,
)
from .python_signs import (
    looks_like_printed_assignments,
    looks_like_printed_value,
    looks_like_python_module,
    looks_like_python_over_output,
    passes_object_literals,
)
from .python_slips import (
    chains_tasks,
    is_a_lambda_alone,
    looks_like_noted_lookups,
    looks_like_python_by_its_lines,
    looks_like_python_noting_values,
    looks_like_python_signature,
    looks_like_python_synopsis,
    looks_like_python_with_a_slip,
    shows_python_comments,
)
from .shell_fragments import (
    finds_a_program_first,
    looks_like_bare_command,
    looks_like_command_then_lines,
    looks_like_noted_commands,
    looks_like_options_alone,
    writes_shell_forms,
)
from .shell_script import is_bash
from .shell_signs import (
    SHELL_WORDS,
    looks_like_command_then_output,
    looks_like_shell_variables,
    runs_with_variables,
)
from .signature_signs import parses_as_sql
from .sql_fragments import (
    CONDITION_ALONE,
    STRONG_SQL_LINE,
    STRONG_SQL_START,
    has_sql_structure,
    looks_like_sql_fragment,
    reads_as_sql,
)
from .sql_lists import (
    lists_alter_alternatives,
    lists_constraints,
    lists_noted_functions,
    lists_postgres_calls,
    looks_like_braced_grammar,
    looks_like_column_parts,
    looks_like_control_synopsis,
    looks_like_grammar_production,
)
from .sql_signs import (
    SQL_START,
    looks_like_loose_sql,
    looks_like_speakers_statements,
    without_leading_comments,
)
from .sql_slips import with_keywords_mended, without_quoted_notes
from .templated_sql import calls_dbt_package_macro, opens_with_dbt_config
from .writer_notes import (
    HASH_NOTES,
    with_key_colons_in_ascii,
    with_list_marks_in_ascii,
    with_parentheses_in_ascii,
    with_wide_names_named,
    with_wide_placeholders_named,
    without_dotted_lines,
    without_hibernate_marks,
    without_inline_code_marks,
    without_markdown_escapes,
    without_strikethrough,
    without_wrapped_sql_notes,
)

# A test with SQL's `<>`, a name (maybe quoted, qualified) against a literal or a name:
# `"author"."name" <> 'Jack'` (no other language ours writes `<>` so).
_NOT_EQUAL_TEST = re.compile(r"[\w\"]+(?:\.[\w\"]+)*\s*<>\s*(?:'[^'\n]*'|\d+|[\w\"]+(?:\.[\w\"]+)*);?")
# An array or range literal, as PostgreSQL writes them: `'{1,2}'`, `'[2024-01-01,2025-01-01)'::daterange`.
_ARRAY_OR_RANGE_LITERAL = re.compile(r"'(?:\{[^'\n]*\}|[\[(][^'\n]*,[^'\n]*[\])])'(?:::\w+(?:\[\])?)?;?")
_CONCATENATED_IN_A_LIST = re.compile(r"\|\|\s*\w+\s+in\s*\(\s*'", re.I)  # `m1||d1 in ('131', ...)`
_ALIASED_EXPRESSION = re.compile(r"\)\s+AS\s+\w+\s*,?\s*$", re.I | re.M)
# SQL/JSON's path alone, as a literal (`'$.items[*] ? (@.price > 10)'`, `'strict $.a'::jsonpath`);
# literals joined by `||`; a piece of SQL's concatenation, a literal between its `||` (`|| ' / ' ||`):
# no shell's `$` or `||` (the shell's `||` runs a command).
_SQL_LITERALS = re.compile(
    r"'(?:(?:strict|lax)\s+)?\$(?:[.\[ ]|$)[^'\n]*'(?:::jsonpath)?|'[^'\n]*'(?:\s*\|\|\s*'[^'\n]*')+;?|"
    r"\|\|\s*'[^'\n]*'\s*\|\|"
)
# A statement's last clauses, cut from it: `LIMIT 10,6;` (MySQL's offset first), `RETURNING id`.
# A clause's list of names, its end elided: `distinct field1, field2, ...`, `ORDER BY a, b, ...`.
_ELIDED_CLAUSE = re.compile(
    r"(?i:(?:select\s+)?distinct|(?:order|group|partition)\s+by)\s+[\w.]+(?:\s*,\s*[\w.]+)*\s*,\s*(?:\.{3}|…)"
)
# A WHERE clause's conditions cut from it, a line each after `and`/`or`, a table's column tested:
# `and spcr.po_line_id is null` (no shell's `and` runs with a dotted name and a test).
_CONDITION = (
    r"[ \t]*(?i:and|or)[ \t]+[A-Za-z_]\w*\.[A-Za-z_]\w*[ \t]*"
    r"(?:(?:=|<>|!=|>=|<=|<|>)[ \t]*\S[^\n]*|(?i:is(?:[ \t]+not)?[ \t]+null|like[ \t]+\S|in[ \t]*\()[^\n]*)"
)
_CONDITION_LINES = re.compile(rf"{_CONDITION}(?:\n{_CONDITION})*")
_MYSQL_FIRST = re.compile(
    r"\s*(?:(?i:use|show)[ \t]+\S|(?i:set)[ \t]+(?i:global|session)[ \t]+\w|(?:DELIMITER[ \t]+\S+[^\n]*\n\s*)?(?i:call)[ \t]+[\w.]+[ \t]*\()"
)  # MySQL's `USE db;`, `SHOW ...`, `SET GLOBAL x = ...` opening the statements, or a procedure called (`CALL p(1);`)
_TAIL_CLAUSE = re.compile(
    r"\s*(?:(?:LIMIT|OFFSET|RETURNING|ON CONFLICT)\s+\S|limit\s+\d)"
)  # `limit 5,10` too
# ALTER TABLE's action cut from it, in capitals over its placeholders: `ADD 컬럼명 데이터 타입;`,
# `MODIFY col_name data_type;` (MySQL's and Oracle's `MODIFY`).
_ALTER_ACTION = re.compile(r"\s*(?:ADD|MODIFY|CHANGE)(?:\s+COLUMN)?(?:\s+[^\s;]+){1,4}\s*;\s*")
# A CASE expression alone, `CASE WHEN (SELECT ...) = 'f' THEN -id ELSE id END` (the shell's `case`
# has `in` and `esac`, never WHEN, THEN and END; PL/pgSQL's CASE statement ends in END CASE); a
# table's constraint as a synopsis names it, `constraint <name> <condition>`.
_CASE_EXPRESSION = re.compile(
    r"\s*CASE\s+(?:\S[^\n]*?\s+)??WHEN\s.+?\sTHEN\s.+?\sEND(?!\s+CASE\b)(?:\s+(?:AS\s+)?\w+)?\s*[;,]?\s*",
    re.I | re.S,
)
_CASE_END = re.compile(r"\bEND\b", re.I)
_CONSTRAINT_SYNOPSIS = re.compile(
    r"[ \t]*CONSTRAINT[ \t]+(?:\w+|<[^<>\n]+>)[ \t]+(?:<[^<>\n]+>|PRIMARY[ \t]+KEY|FOREIGN[ \t]+KEY|UNIQUE|CHECK)"
    r"[^\n]*|"
    # a reference's clause over its optional actions, `REFERENCES t(c)` over `[ON DELETE action]`
    r"[ \t]*REFERENCES[ \t]+\w+[ \t]*\([\w, ]+\)(?:\s*\[ON[ \t]+(?:DELETE|UPDATE)[ \t]+\w+\])+[ \t]*",
    re.I,
)


def _statements_between_blank_lines(block):
    """Parts between blank lines, each opening on a statement's word (or SQL's `--` note) and
    read alone as SQL (a reference's synopses one after another, which together parse as none;
    columns compared under notes, then a query)."""
    parts = [part for part in re.split(r"\n[ \t]*\n", block.code) if part.strip()]
    return (
        len(parts) > 1
        and all(SQL_START.match(part) or part.lstrip().startswith("-- ") for part in parts)
        and all(block.read(part) in SQL_FAMILY for part in parts)
    )


_MONGO_DOCUMENT_ID = re.compile(r"^[ \t]*_id:[ \t]*ObjectId\(", re.M)
# The shell's array over lines, `plugins=(` glued, its items bare words or paths and notes, `)` on
# its own line (Python's items over lines take commas, and a quoted one would be a string joined).
_SHELL_ARRAY_LINES = re.compile(
    r"[A-Za-z_]\w*=\([ \t]*\n(?:[ \t]*(?:#[^\n]*|[^\s,()=#'\"][^\s,()=]*)?[ \t]*\n)+[ \t]*\)"
)
_PLPGSQL_WORDS = re.compile(
    r"\bEND\s+(?:IF|LOOP|CASE)\b|\bELSIF\b|:=|\bRETURN\s+(?:NEXT|QUERY)\b|\bRAISE\s+NOTICE\b", re.I
)
_COLUMN_PLACED = re.compile(r"\n[ \t]*((?:AFTER[ \t]+\w+|FIRST)[ \t]*;)", re.I)


# A program's help as it prints it: its usage line, then its commands or options under a heading.
_HELP_PRINTED = re.compile(
    r"\s*Usage:[ \t]+\S[^\n]*\n(?:[^\n]*\n){0,6}?[ \t]*(?:Commands|Options|Flags|Available Commands|Management Commands):[ \t]*\n"
)
# The no-op command over a here-document, `:<<'EOF'` ... `EOF`: lines commented out, the shell's way.
_COMMENTING_HEREDOC = re.compile(
    r"\s*:[ \t]*<<[ \t]*-?[ \t]*(['\"]?)(\w+|!)\1[ \t]*\n(?:[^\n]*\n)*?\2[ \t]*(?:\n|\Z)"
)


# A column's definition or a CHECK constraint cut from a CREATE TABLE (`name varchar(20) not null`,
# `check (x in (...))`), as it opens a block under the writer's `#` notes.
_COLUMN_OR_CHECK = re.compile(
    r"\s*(?i:check\s*\(|[a-z_]\w*[ \t]+(?:varchar|char|int|integer|bigint|smallint|numeric|decimal|text|date|"
    r"timestamp|timestamptz|datetime|tinyint|boolean|serial|bigserial|uuid|jsonb?)\b)"
)


# A command's synopsis, its choices in brackets: `hadoop-daemon.sh (start|status|stop) (namenode|datanode)`.
_CHOICES_SYNOPSIS = re.compile(
    r"[ \t]*[A-Za-z][\w.-]*(?:[ \t]+--?[A-Za-z][\w-]*)*(?:[ \t]+\((?:[\w./-]+\|)+[\w./-]+\))+[ \t]*"
)
# SQL's CASE expression as a form, in capitals from CASE to END, its brackets maybe unbalanced.
_CASE_SYNOPSIS = re.compile(r"\s*(?i:CASE)\b[^;]*?\bWHEN\b[^;]*?\bTHEN\b[^;]*?^\s*END\s*;?\s*\Z", re.M)


# A composite type in capitals, as Hive, Spark, Flink and OpenMLDB write their column types:
# `MAP<STRING, INT>`, `ARRAY<STRUCT<a: INT>>` (Java's generics are `Map<K, V>`, no capitals).
_COMPOSITE_TYPE = re.compile(
    r"\s*(?:ARRAY|MAP|STRUCT|ROW|MULTISET)\s*<(?:[^<>\n]|<[^<>\n]*>)*>\s*(?:NOT NULL\s*)?;?\s*"
)


# A resource added to a Hive, Spark or Flink SQL session (Dinky's `ADD CUSTOMJAR 'rs:/app.jar'` too).
_RESOURCE_ADDED = re.compile(
    r"[ \t]*(?i:ADD)[ \t]+(?i:JARS?|FILES?|ARCHIVES?|CUSTOMJAR)[ \t]+(?:'[^'\n]+'|\"[^\"\n]+\"|\S+\.jar)[ \t]*;?[ \t]*"
)


# Words joined by arrows, `build (succeeded) --> test (failed)`: a flow drawn, its `--` no SQL note's.
_ARROWED = re.compile(r"[\w)\]][ \t]*-{2,}>[ \t]*[\w(\[]")


def _case_synopses(code):
    """CASE's forms, one or more between blank lines, `--` notes aside (`case input` over `WHEN val1 ...`)."""
    if "WHEN" not in code:
        return False
    forms = [form for form in re.split(r"\n[ \t]*\n", re.sub(r"[ \t]*--[^\n]*", "", code)) if form.strip()]
    return bool(forms) and all(map(_ended_case_synopsis, forms))


def _ended_case_synopsis(form):
    """A form of CASE, read only once it ends in an `END` line, no `;` before (else its WHEN and
    THEN would be paired every way, looking for an END that is not there: 29 ms on 70 lines)."""
    body = form.rstrip().removesuffix(";").rstrip()
    return (
        body.rsplit("\n", 1)[-1].strip() == "END"
        and ";" not in body
        and _CASE_SYNOPSIS.match(form) is not None
    )


# JavaScript's `var` opening the block, its names and values alone (`var carname`, `var x,y,z=1`):
# no shell's command, no Python (Go's and Swift's declare a type or are other labels' business).
_NOTE_IN_ANOTHER_ALPHABET = re.compile(r"--(?=[^\s-]*[^\x00-\x7f])[^\n]*")
_STRING = r"(?:\"[^\"$\n]*\"|'[^'\n]*')"
_JOINED_STRINGS = re.compile(rf"[ \t]*{_STRING}(?:[ \t]*\|\|[ \t]*{_STRING})+[ \t]*;?[ \t]*")
_CALL_IN_CAPITALS = re.compile(r"[ \t]*[A-Z][A-Z_]*[ \t]*\([^\n]*\)[ \t]*;?[ \t]*(?:/\*[^\n]*\*/[ \t]*)?")
_SHELL_FOR_HEAD = re.compile(r"for[ \t]+[A-Za-z_]\w*[ \t]+in(?:[ \t]+[\w.$/*{}-]+)+[ \t]*;?")
_PIPED_ON = re.compile(r"(?:\|[ \t]*[a-z][\w-]*(?:[ \t]+[^|\s]+)*[ \t]*)+")
# `Select a platform version.` over ` 1) Python 3.6`, ` 2) Python 3.4`: a prompt's menu, no SELECT.
_NUMBERED_CHOICES = re.compile(r"^[ \t]*\d+\)[ \t]+\S[^\n]*\n[ \t]*\d+\)[ \t]+\S", re.M)
_VAR_FIRST = re.compile(  # a name in any alphabet, as JavaScript's may be: `var 变量名;`
    r"(?:[ \t]*//[^\n]*\n)*[ \t]*var[ \t]+(?:[^\W\d]|\$)[\w$]*(?:[ \t]*=[ \t]*[^,;\n]+)?"
    r"(?:[ \t]*,[ \t]*(?:[^\W\d]|\$)[\w$]*(?:[ \t]*=[ \t]*[^,;\n]+)?)*[ \t]*;?[ \t]*(?://[^\n]*)?(?:\n|\Z)"
)


# A placeholder in angle brackets between spaces, as a synopsis names what goes there.
_SPACED_PLACEHOLDER = re.compile(r"(?<=[ \t])<([a-z_]\w*)>(?=[ \t])")


def answer(block):
    """The answer from weaker signs, in the order they are trusted; text when none holds."""
    code = block.code
    lines = block.lines
    python = block.python
    if describes_a_table(code):
        return "postgresql"  # before the shell: `desc ${tablename};`, MySQL's client given a placeholder
    if _case_synopses(code):
        return "postgresql"  # `CASE expr WHEN x THEN y [...] ELSE z END`: SQL's CASE written as a form
    if all(_COMPOSITE_TYPE.fullmatch(line) for line in lines if line.strip()):
        return "postgresql"  # `MAP < KEY, VALUE >`: a column's type, SQL's
    # `ADD JAR '/opt/udf.jar'`, Hive's `add jar x.jar;`: a resource added to the session
    if all(_RESOURCE_ADDED.fullmatch(line) for line in lines if line.strip()):
        return "postgresql"
    if looks_like_shell_variables(code) or runs_with_variables(lines) or finds_a_program_first(code):
        return "bash"  # before Python: `NAME="value"` is an assignment there too
    if all(_CHOICES_SYNOPSIS.fullmatch(line) for line in lines if line.strip()):
        return "bash"  # before Python: `hdfs --daemon (start|stop) (namenode|datanode)`, a command's choices
    if (
        lists_postgres_calls(code)
        or looks_like_column_parts(code)
        or looks_like_braced_grammar(code)
        or nests_sql_functions(code)
    ):
        return "postgresql"  # before Python, which would parse the calls too
    if (
        passes_object_literals(code)
        or calls_javascript_libraries(code)
        or sets_config_objects(code)
        or looks_like_lint_directives(code)
        or _VAR_FIRST.match(code)
        or _MONGO_DOCUMENT_ID.search(code)
    ):
        # before Python, which would parse the calls too; `var carname` no command; mongosh's
        # documents, `_id: ObjectId("...")` under bare keys
        return "javascript"
    if _SHELL_ARRAY_LINES.fullmatch(code.strip()):
        return "bash"  # `plugins=(` over `zsh-autosuggestions` and `)`: a .zshrc's array, no Python's subtraction
    if calls_templates_alone(code):
        return "cpp"  # `saturate_cast<uchar>(288)  //返回255`: no Python's comparisons divided by words
    if python and lists_noted_functions(code):
        return "postgresql"  # `NOW ( ) //此刻`: a function reference's synopses, its notes after `//` (no floor division)
    if (
        python
        and (bare := _SPACED_PLACEHOLDER.sub(r"\1", code)) != code
        and (read := block.read(bare)) in SQL_FAMILY
    ):
        return read  # `expression <comparison> ANY (array)`: a synopsis's placeholder, no comparisons Python chains
    if (
        python
        or looks_like_python_module(code)
        or looks_like_python_fragment(code)
        or looks_like_python_over_output(code)
        or python_over_its_result(code)
        or looks_like_cells_over_their_output(code)
    ):
        if looks_like_printed_value(code) or looks_like_printed_assignments(code):
            return "text"  # what `print(row)` showed: a value as Python writes it back; `x = 100` over `1`
        if lists_setting_choices(code):
            return "ini"  # `innodb_autoinc_lock_mode = 0` over its note, `= 1`, `= 2`: a setting's choices
        return "diff" if marks_changed_python_lines(code) else "python"
    if (
        HASH_NOTES.search(code)
        and (
            STRONG_SQL_START.match(rest := HASH_NOTES.sub("", code))
            or _TAIL_CLAUSE.match(rest)
            or _MYSQL_FIRST.match(rest)
            or _COLUMN_OR_CHECK.match(rest)
        )
        and (parses_as_sql(rest) or reads_as_sql(rest) or block.read(rest) == "postgresql")
    ):
        return "postgresql"  # `#Создаем пользователя` over its statement: the writer's notes, the shell's way
    statement = without_leading_comments(code)
    if (
        SQL_START.match(statement)
        and not BRACED_LOOP.search(code)
        and not _NUMBERED_CHOICES.search(code)
        and reads_as_sql(code)
    ):
        return "postgresql"
    unhashed = HASH_NOTES.sub("", code).strip()  # the block under the shell's way of writing notes
    if (
        (_ALIASED_EXPRESSION.search(code) or _CONCATENATED_IN_A_LIST.search(code))
        and looks_like_sql_fragment(code)
        or _SQL_LITERALS.fullmatch(code.strip())
        or _ELIDED_CLAUSE.fullmatch(code.strip())
        or _ALTER_ACTION.fullmatch(code)
        or _CONDITION_LINES.fullmatch(unhashed)
        or _CASE_END.search(code)
        and _CASE_EXPRESSION.fullmatch(
            unhashed
        )  # (its END looked for first: WHEN ... THEN lines alone cost nothing; a `#` note over it aside)
        or _CONSTRAINT_SYNOPSIS.fullmatch(code.strip())
    ):
        return "postgresql"  # before the shell: `left(a::text || b::text, 10) AS key`, `||` SQL's
    if looks_like_options_alone(code) and not re.search(r"\\[ \t]*$", code, re.M):  # (not a command's lines)
        return "text"  # `--name web` over `-p 8080:80`: what a command is given, no command (as the JVM's options)
    if calls_c_library(code):
        # `printf ("%d\n", n);` over its output noted: C's calls, never the shell's printf
        return c_or_cpp(code)
    if _HELP_PRINTED.match(code):
        return "text"  # `Usage:  docker volume COMMAND` over its `Commands:`: a program's help, printed
    if (
        _SHELL_FOR_HEAD.fullmatch(code.strip())
        or _PIPED_ON.fullmatch(code.strip())
        and re.search(r"\s-\w", code)
    ):
        return "bash"  # `for i in 1 2 3 4 5` (no Python's colon), `| paste -sd+ | bc -l`: the shell's, cut
    if _COMMENTING_HEREDOC.match(code):
        return "bash"  # `:<<!` over lines and `!`: the shell's way of commenting lines out
    if (
        states_mysql_own(code)
        or copies_a_uri(code)
        or all(
            CONDITION_ALONE.fullmatch(line.strip().rstrip(";")) and not SHELL_WORDS.match(line.strip())
            for line in lines
        )
    ):
        return "postgresql"  # `show master status`, `start slave`: MySQL's own statements, no commands; CrateDB's COPY;
        # `name like concat('%', ?, '%')`, `sal between lo and hi`: a WHERE's condition written out alone
    if chains_tasks(code):
        return "python"  # `t1 >> [t2, t3] >> t4`: Airflow's tasks in order, which the shell would take for appends
    if is_a_lambda_alone(code):
        return "python"  # `lambda args: expression`, which AWS's `lambda` command would take
    if looks_like_pipeline_stage(code):
        return "javascript"  # `{ $match: {...} }`: a pipeline's stage, no shell's variable
    if any(_JOINED_STRINGS.fullmatch(line) for line in lines) and all(
        _JOINED_STRINGS.fullmatch(line) or _CALL_IN_CAPITALS.fullmatch(line) for line in lines if line.strip()
    ):
        return "postgresql"  # `"a" || "b"` beside `CONCAT("a", "b")`: SQL's strings joined (no command is a quoted word)
    shell = is_bash(code, lines)
    if shell and SQL_NOTE_LINE.search(code) and not HASH_NOTES.search(code) and STRONG_SQL_LINE.search(code):
        return "postgresql"  # `-- 1. back it up` over `pg_dump ...` and statements: SQL's notes, no shell's
    if (
        shell
        and looks_like_python_with_a_slip(code)
        and not is_bash(unstrung := without_strings(code), unstrung.splitlines())
    ):
        return "python"  # `cmd = """df / | awk ..."""` over a `print(` left unquoted: the shell's signs in its strings only
    if shell and code.lstrip()[:1] == "{" and looks_like_json_with_asides(code):
        return "json"  # an ETL's settings, `"value": "$fileName.indexOf(".")"` quoted wrong: JSON's, its `$` no shell's
    if shell or looks_like_command_then_output(code):
        return "bash"
    if all(_ARROWED.search(line) for line in lines if line.strip()):
        return "text"  # `task1 (succeeded) --> task2 (failed)`: a flow drawn with arrows, no SQL's `--` notes
    if calls_sql_functions(code):
        return "postgresql"  # `DATE_FORMAT(NOW(), "%Y-%m-%d");`: a server's functions, no C's calls
    if looks_like_c_calls(code) or lists_documented_prototypes(lines):
        return c_or_cpp(code)  # (a prototype may show C++'s own: a parameter given its default)
    if (
        looks_like_sql_fragment(code)
        or _ARRAY_OR_RANGE_LITERAL.fullmatch(code.strip())
        or _NOT_EQUAL_TEST.fullmatch(code.strip())
        or has_sql_structure(code)
        or lists_constraints(code)
        or lists_alter_alternatives(code)
        or looks_like_grammar_production(code)
        or looks_like_control_synopsis(code)
        or lists_noted_functions(code)
        or HASH_NOTES.search(code)
        and _SQL_NOTES_ALONE.fullmatch(unhashed)
    ):
        return "postgresql"  # (`#说明` over `--` notes alone: a MySQL writer's notes, both marks)
    if opens_with_dbt_config(code) or calls_dbt_package_macro(code):
        return "postgresql"  # a dbt model's settings alone, SQL's `--` notes in them
    if looks_like_plpgsql_synopsis(code):
        return "plpgsql"  # `[ <<label>> ]` over `[ DECLARE declarations ]`: its reference's synopsis
    if looks_like_mysql_loop_synopsis(code):
        return "postgresql"  # `[begin_label:] LOOP` over `END LOOP [end_label];`: MySQL's, no PL/pgSQL
    if looks_like_loose_sql(code) and not declares_alone(code):  # (C's prototype, `/* (char*) NULL */` in it)
        return "psql" if looks_like_speakers_statements(code) and ANSWERED.search(code) else "postgresql"
    if (
        ";" in code
        and ASIDE_LINES.search(code)
        and (unnoted := ASIDE_LINES.sub("", code)).strip()
        and looks_like_loose_sql(unnoted)
    ):
        return "postgresql"  # `# master命令` between MySQL's statements: the writer's notes
    if (placed := _COLUMN_PLACED.sub(r" \1", code)) != code and (column := block.read(placed)) in SQL_FAMILY:
        return column  # MySQL's `MODIFY c VARCHAR(100)` over `AFTER b;`: where the column goes, its own line
    if looks_like_noted_lookups(code):
        return "python"  # `# its dimensions` over `a.ndim`: one object's attributes, no programs run
    if (
        looks_like_bare_command(code)
        or looks_like_command_then_lines(code)
        or looks_like_noted_commands(code)
        or writes_shell_forms(code)
    ):
        return "bash"  # last: nothing took it for SQL or prose
    if (
        looks_like_python_with_a_slip(code)
        or looks_like_python_by_its_lines(code)
        or shows_python_comments(code)
        or looks_like_python_signature(code)
        or looks_like_python_synopsis(code)
        or looks_like_noted_lookups(code)
        or looks_like_python_noting_values(code)
        or continued_at_ipython_prompts(code)
        or looks_like_python_over_reprs(code)
        or formats_over_what_it_gives(code)
    ):
        return "python"
    if len({word.upper() for word in _PLPGSQL_WORDS.findall(code)}) >= 3:
        return "plpgsql"  # a synopsis of its control structures: `IF c1 THEN s1 ELSIF ... END IF`
    if joins_booleans(code):
        return "python"  # `True and True` over `not True`: Python's booleans, in capitals, and its words
    if looks_like_lookups(code):
        return "python"  # `request.user.email`: an object's attribute looked up, no file's nor a host's name
    if is_subscripted_name(code):
        return "python"  # a notebook cell's `grades["Ege"]`, `names[0]`: an item looked up, no prose's
    if filters_frames(code):
        return "python"  # `df[df['age'] > 25]` under its note: pandas' rows picked by a test on its columns
    if writes_one_literal(code):
        return "python"  # a list or a dict written over lines, a comma after its last item or notes: no printer's
    # webpack's `loader: 'url-loader', /* note */` over `options: {`: a configuration's object
    if (
        looks_like_object_literal_fragment(code)
        or looks_like_constructing_calls(code)
        or looks_like_noted_assignments(code)
        or looks_like_noted_values(code)
        or looks_like_primers_line(code)
    ):
        return "javascript"
    if looks_like_json_with_asides(code):
        return "json"
    if declares_alone(code) or looks_like_c_fragment(code):
        return "c"  # `while (a!=b)` over `if (a>b)` over `a=a-b;`: C's control, braceless
    if _noted_lines_over_a_statement(code.strip().splitlines()):
        return "postgresql"  # `a%  -- starts with a` over `SELECT ... LIKE '%a%'`: a cheat sheet's SQL
    # SQL once mended: a `--` note wrapped onto a line of prose without its mark, over a synopsis;
    # `字段名 字段类型 not null`, a synopsis's placeholders named in the writer's language; `CREAT
    # PROCEDURE`, a keyword misspelt; `> 查看权限` under a statement, Markdown's quoted note.
    for mend in (
        without_hibernate_marks,  # `Hibernate: ` over `insert into Member ...`: the statements it logged
        without_wrapped_sql_notes,
        with_wide_names_named,
        with_list_marks_in_ascii,
        with_keywords_mended,
    ):
        if (mended := mend(code)) != code and (read := block.read(mended)) in SQL_FAMILY:
            return read
    # ... and where a statement opens a line once they are off (a tool's `> Entering chain...` over
    # its log, a test run's `....` over its report: read once): `> 查看权限` quoted under a statement,
    # `BEGIN TRANSACTION` over `...`, `..`, `.`, a script cut where the writer stopped.
    for mend in (without_quoted_notes, without_dotted_lines):
        if (
            (mended := mend(code)) != code
            and (_SQL_START_LINE.search(mended) or _SQL_VERB_IN_CAPITALS.search(mended))
            and (read := block.read(mended)) in SQL_FAMILY
        ):
            return read
    if (mended := with_key_colons_in_ascii(code)) != code and block.read(mended) == "yaml":
        return "yaml"  # `spec：` among a manifest's keys: a colon typed full-width
    if (mended := with_wide_placeholders_named(code)) != code and block.read(mended) == "bash":
        return "bash"  # `PROJECT_NAME={프로젝트명}`: a variable set to a placeholder in the writer's letters
    if (mended := with_parentheses_in_ascii(code)) != code and block.read(mended) == "python":
        return "python"  # `print('这是一个代码块'）`: a call closed with a full-width parenthesis
    if _statements_between_blank_lines(block):
        return "postgresql"  # COPY's two synopses, a blank line between: each SQL's, read alone
    if (shown := over_values_marked(code)) and (block.read(shown) == "python" or looks_up_each_line(shown)):
        return "python"  # `comment.pk` over `> 1`: lookups, each over the value it gives marked `> `
    if (unstruck := without_strikethrough(code)) != code and (read := block.read(unstruck)) in SQL_FAMILY:
        return read  # `~~alter table t ...;~~`: a statement struck through in the post, Markdown's marks kept
    # `unicode\_str`: a converter's Markdown escapes kept in the code; `` `wsl -l -v` ``, a line in backquotes
    for unmark in (without_markdown_escapes, without_inline_code_marks):
        if (unmarked := unmark(code)) != code and (read := block.read(unmarked)) != "text":
            return read
    if _NOTE_IN_ANOTHER_ALPHABET.fullmatch(code.strip()):
        return "postgresql"  # `--Nội dung`: SQL's note glued to its words, which no option is named in
    return "text"


_SQL_START_LINE = re.compile(SQL_START.pattern, re.I | re.M)
_SQL_VERB_IN_CAPITALS = re.compile(
    r"\b(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|GRANT|BEGIN|COMMIT)\b"
)
_SQL_NOTES_ALONE = re.compile(r"[ \t]*--[^\n]*(?:\n[ \t]*--[^\n]*)*")
_SQL_NOTED = re.compile(r"^[ \t]*--|[ \t]--[ \t]")  # a line that is SQL's note, or carries one


def _noted_lines_over_a_statement(lines):
    """A statement that parses, the block's last, under lines most of which are SQL's `--` notes or
    carry one (a pattern's forms glossed, a heading drawn in `--`)."""
    starts = [n for n, line in enumerate(lines) if n and STRONG_SQL_START.match(line)][-3:]
    for start in starts:
        above = [line for line in lines[:start] if line.strip()]
        if sum(1 for line in above if _SQL_NOTED.search(line)) * 2 > len(above) and parses_as_sql(
            "\n".join(lines[start:])
        ):
            return True
    return False
