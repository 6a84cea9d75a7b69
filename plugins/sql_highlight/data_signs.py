"""JSON as posts show it: cut out of a larger document, with comments, trailing commas, `...`
for what was left out, or one object a line (JSON Lines). Strict JSON is tried first."""

import json
import re

_COMMENT = re.compile(r'("(?:[^"\\\n]|\\.)*")|//[^\n]*|/\*.*?\*/', re.S)
_TRAILING_COMMA = re.compile(r'("(?:[^"\\\n]|\\.)*")|,(\s*[\]}])')
_ELIDED = re.compile(r"^\s*(?:\.\.\.|…),?\s*$", re.M)
# One line of a JSON document: a key and a value (or the value's opening), an item, a bracket.
_VALUE = r'(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null|[\[{])'
_JSON_LINE = re.compile(
    r'^\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*' + _VALUE + r".*|" + _VALUE + r"[^:]*|[\]}][\]}, ]*|,)\s*$"
)
_KEY_LINE = re.compile(r'^\s*"(?:[^"\\]|\\.)*"\s*:\s*' + _VALUE)


def _loads(text):
    try:
        json.loads(text)
        return True
    except (ValueError, RecursionError):  # the second: nested deeper than Python's stack
        return False


def looks_like_json(code):
    """Strict JSON, JSON lines, or JSON loosened (comments, trailing commas, `...`, a fragment of
    keys); Python's dicts say True and None and quote with ', so they do not pass."""
    stripped = code.strip()
    start = _COMMENT.sub(lambda m: m.group(1) or "", stripped).lstrip()[:1]
    if not start or start not in '[{"':
        return False  # a comment may come first: `/* one partition */`
    if stripped[0] in "[{" and _loads(stripped):
        return True
    lines = [line for line in stripped.splitlines() if line.strip() and not _ELIDED.match(line)]
    if len(lines) > 1 and all(line.lstrip()[:1] in "[{" and _loads(line) for line in lines):
        return True  # JSON Lines, maybe cut short by `...`
    loose = _ELIDED.sub(
        "",
        _TRAILING_COMMA.sub(
            lambda m: m.group(1) or m.group(2), _COMMENT.sub(lambda m: m.group(1) or "", stripped)
        ),
    )
    if loose[:1] in "[{" and _loads(loose) or _loads("{" + loose.rstrip().rstrip(",") + "}"):
        return True
    documents = re.split(r"\n\s*\n", loose.strip())
    if len(documents) > 1 and all(doc.strip()[:1] in "[{" and _loads(doc) for doc in documents):
        return True  # documents one after another, between blank lines
    # Cut short, or a piece of a larger document: nothing but JSON's lines, and some keyed.
    lines = [line for line in loose.splitlines() if line.strip()]
    keyed = sum(bool(_KEY_LINE.match(line)) for line in lines)
    return keyed >= 1 and sum(bool(_JSON_LINE.match(line)) for line in lines) >= 0.9 * len(lines)


# postgresql.conf's settings that posts show most, and any dotted name (an extension's own,
# `pg_stat_statements.max`; a section's key, `sqlalchemy.url`): Python would set an attribute.
_SERVER_SETTING = re.compile(
    r"^\s*(?:shared_preload_libraries|listen_addresses|max_connections|shared_buffers|"
    r"(?:maintenance_|autovacuum_)?work_mem|effective_(?:cache_size|io_concurrency)|(?:max_|min_)?wal_\w+|"
    r"checkpoint_\w+|archive_(?:mode|command|timeout)|restore_command|primary_(?:conninfo|slot_name)|"
    r"hot_standby\w*|synchronous_(?:commit|standby_names)|max_(?:replication_slots|worker_processes|"
    r"parallel_\w+|locks_per_transaction|prepared_transactions)|(?:random|seq)_page_cost|"
    r"default_statistics_target|autovacuum(?:_\w+)?|logging_collector|log_(?:min_\w+|statement|line_prefix|"
    r"destination|lock_waits|autovacuum_\w+|checkpoints|(?:dis)?connections|temp_files)|track_\w+|"
    r"jit(?:_\w+)?|(?:idle_in_transaction_session_|statement_|lock_)timeout|"
    r"[a-z_]\w*\.[a-z_]\w*)\s*=\s*(?!(?:True|False|None)\b)\S"
)
# A switch as postgresql.conf writes it: Python would read `on` as a name.
_SWITCH = re.compile(r"=\s*(?:on|off)\s*(?:#.*)?$")


def looks_like_server_settings(lines):
    """Lines of postgresql.conf (each `name = value`, checked by the caller): a server setting
    named, or a switch turned `on` or `off`."""
    return any(_SERVER_SETTING.match(line) or _SWITCH.search(line) for line in lines)
