"""SQL written through a template: dbt's models and macros (`{{ ref('orders') }}`, `{{ config(...) }}`),
a tool's `{{name}}` placeholders, Python's str.format fields. What the reader reads is SQL, not the
template's language."""

import re

from .signature_signs import parses_as_sql
from .sql_signs import STATEMENT_FIRST

# A placeholder a tool fills in (`{{ pid }}`), in a block with no template tag `{% %}`.
_PLACEHOLDER = re.compile(r"\{\{\s*[A-Za-z_][\w.]*\s*\}\}")
# dbt's: a model's relation named by a call, `from {{ ref('orders') }}`, and its settings over it.
_CALLED_RELATION = re.compile(r"\{\{\s*(?:ref|source|var)\([^{}()\n]*\)\s*\}\}")
_DBT_CALL = re.compile(r"\{\{\s*(?:ref|source|dbt_utils\.\w+|dbt\.\w+)\(|\{%-?\s*(?:macro\b|if\s+var\()")
# What a dbt model or macro opens with, its notes aside: a statement, or a clause cut from one.
_DBT_BODY = re.compile(
    r"\s*(?:--[^\n]*\n\s*)*(?:SELECT|WITH|INSERT|UPDATE|DELETE|CREATE|FROM|WHERE|JOIN|LIMIT|CASE)\b", re.I
)
# A dbt package's macro (`dbt_utils`, `dbt_date`) or dbt's own (`dbt.`) called in a tag, shown or set to a
# name: a model's or a macro's Jinja, which dbt renders into SQL (no page's template calls them).
_DBT_PACKAGE_CALL = re.compile(r"(?<![\"'])(?:\{\{-?|\{%-?\s*set\s+\w+\s*=)\s*dbt(?:_\w+)?\.\w+\(")
_TEMPLATE_COMMENT = re.compile(r"\{#.*?#\}", re.S)
_TEMPLATE_TAG_LINE = re.compile(r"^[ \t]*\{%[^\n]*%\}[ \t]*\n?", re.M)
# A dbt package's macro (packages are named `dbt_...`) called alone on a model's relations.
_PACKAGE_MACRO_CALL = re.compile(
    r"\{\{-?\s*dbt_\w+\.\w+\((?=[^{}]*\b(?:ref|source)\()[^{}]*\)\s*-?\}\}", re.S
)
# dbt's macro or generic test over its body, and what only SQL's bodies hold: a `--` note, SQL's
# words (a page's Jinja macro holds tags).
_DBT_MACRO = re.compile(
    r"\{%-?\s*(?P<kind>macro|test)\s+\w+\([^()]*\)\s*-?%\}(?P<body>(?:(?!<\w)[\s\S])*?)\{%-?\s*end(?P=kind)\s*-?%\}"
)
_SQL_MACRO_BODY = re.compile(
    r"^[ \t]*--|\b(?:select|from|where|now\(\)|coalesce|cast|case when)\b|\bas\s+\w+\s*$", re.I | re.M
)
_DBT_CONFIG = re.compile(r"\s*\{\{-?\s*config\(")
_DBT_SETTING = re.compile(
    r"\b(?:materialized|unique_key|partition_by|alias|tags|incremental_strategy|on_schema_change|cluster_by|"
    r"pre_hook|post_hook|full_refresh|persist_docs|file_format)\s*=|\A\s*(?:\.{3}|…)\s*\)"
)  # dbt's own settings, or the settings elided, `{{ config(...) }}`
_CONFIG_HEAD = re.compile(r"\A\s*\{\{\s*config\([^{}]*?\)\s*\}\}\s*")


_FORMAT_FIELD = re.compile(r"\{[a-z_]\w*\}")  # Python's str.format: `CREATE FUNCTION {name} ({args})`


def looks_like_formatted_sql(code):
    """A statement with str.format's `{name}` fields: it parses once they are filled in."""
    return bool(STATEMENT_FIRST.match(code) and _FORMAT_FIELD.search(code)) and parses_as_sql(
        _FORMAT_FIELD.sub(lambda m: m.group()[1:-1], code)
    )


def opens_with_dbt_config(code):
    """A dbt model opened by its settings, `{{ config(materialized='table') }}` (over lines too,
    SQL's `--` notes in them): the model's, alone or over its body."""
    config = _DBT_CONFIG.match(code)
    return bool(config) and bool(_DBT_SETTING.search(code[config.end() : config.end() + 400]))


def calls_dbt_macros(code):
    """A dbt package's macros or dbt's own called in the block's tags, no markup around them (a
    model's or a macro's Jinja, over lines too: `{{ dbt_utils.date_spine(` ... `) }}`)."""
    return bool(_DBT_PACKAGE_CALL.search(code)) and "</" not in code


def calls_dbt_package_macro(code):
    """A dbt package's macro called alone on a model's relations (a model's whole body)."""
    return bool(_PACKAGE_MACRO_CALL.fullmatch(code.strip()))


def looks_like_templated_sql(code):
    """A statement with `{{name}}` placeholders (or dbt's `{{ ref('orders') }}`, its `{{ config(...) }}`
    over the model): what the reader reads is SQL, not a template. It parses once they are filled
    in, or opens a statement and ends with `;`."""
    if opens_with_dbt_config(code) or _CALLED_RELATION.fullmatch(code.strip()):
        return True  # a dbt model opened by its settings, whatever its body; a relation it names, alone
    if calls_dbt_package_macro(code):
        return (
            True  # a dbt package's macro called on relations, `{{ dbt_x.retention(event_stream=ref('e')) }}`
        )
    if (dbt_macro := _DBT_MACRO.fullmatch(code.strip())) and _SQL_MACRO_BODY.search(dbt_macro["body"]):
        return True  # dbt's macro or generic test, `{% test not_empty(model) %}` over SQL or its note
    model = _CALLED_RELATION.sub("x", _CONFIG_HEAD.sub("", code, count=1))
    if _DBT_CALL.search(code) and _DBT_BODY.match(
        _TEMPLATE_TAG_LINE.sub("", _TEMPLATE_COMMENT.sub("", model))
    ):
        return True  # a dbt model: a statement calling dbt's own `ref`, `source`, `dbt_utils` (no page's template)
    if "{%" in code or model == code and not _PLACEHOLDER.search(code) or not STATEMENT_FIRST.match(model):
        return False
    filled = _PLACEHOLDER.sub("1", model)
    return parses_as_sql(filled) or bool(re.search(r";\s*(?:--[^\n]*)?$", filled.rstrip()))
