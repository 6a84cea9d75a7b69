"""EXPLAIN's output in a block no fence labels: its nodes, costs, timings and details."""

import re

# Plan nodes without their costs: `->  Index Only Scan using ... on ...`, `->  WindowAgg` (a node's
# name in one word is one of PostgreSQL's, not any class's: `-> TodoListMiddleware`).
_PLAN_NODE = re.compile(
    r"^\s*->\s+[A-Z][a-z]+(?:Agg|Aggregate|SetOp|Set|Rows|Table|Op|And|Or|Append)?(?: [A-Z][a-z]+)*"
    r"(?: (?:on|using) \S+|\s*$|\s*\()",
    re.M,
)
_PLAN_LINE = re.compile(
    r"\((?:cost=\d|actual (?:time|rows)=)|^\s*(?:->\s+)?[A-Z][\w ]*?(?: on | using |$)|"
    r"^\s*(?:Planning|Execution) Time: |^\s*QUERY PLAN\s*$",
    re.M,
)
_PLAN_STRONG = re.compile(
    r"\((?:cost=\d|actual (?:time|rows)=)|^\s*(?:Planning|Execution) Time: |^\s*Buffers: shared (?:hit|read)=|"
    r"^\s*Sort Method: (?:quicksort|top-N heapsort|external (?:merge|sort))|"  # a node's details alone
    r"^\s*Buckets: \d+(?: \(originally \d+\))?  Batches: \d+|"  # a Hash node's
    r"^\s*Rows Removed by (?:Filter|Join Filter|Index Recheck): \d+|^\s*Heap Fetches: \d+",  # ANALYZE's counts
    re.M,
)


# One scan or join node named alone, as a post quotes it: `Seq Scan on my_table`, `Merge Join`.
_SCAN_ALONE = re.compile(
    r"(?:->\s+)?(?:(?:Parallel )?(?:Seq|Index|Index Only|Bitmap Heap|Bitmap Index|CTE|Subquery|Function|Values|"
    r"Foreign|Tid|Sample|WorkTable) Scan(?: Backward)?(?: using \w+)?(?: on \w[\w.]*(?: \w+)?)?|"
    r"(?:Hash|Merge) (?:(?:Left|Right|Full|Semi|Anti|Right Anti|Right Semi) )?Join|Nested Loop(?: (?:Left|Semi|Anti) Join)?|"
    r"HashAggregate|GroupAggregate|Gather Merge)(?: \.\.\.)?"
)  # its costs elided, `Seq Scan on notes ...`


# A node's estimate alone, PostgreSQL's cost range: `cost=0.00..10.50` (rows and width after it),
_COST_ALONE = re.compile(
    r"\(?(?:cost=\d+\.\d\d\.\.\d+\.\d\d(?: rows=\d+ width=\d+)?|"
    r"actual time=\d+\.\d+\.\.\d+\.\d+(?: rows=\d+(?: loops=\d+)?)?)\)?"
)  # or what ANALYZE measured: `actual time=0.020..4.312`


def looks_like_plan(code):
    """A plan, whole or in pieces: costs or timings, two nodes or more, a node's details (buffers,
    a sort's method), or psql's `QUERY PLAN` heading over a node."""
    return bool(
        _PLAN_STRONG.search(code)
        or len(_PLAN_NODE.findall(code)) >= 2
        or (code.lstrip().startswith("QUERY PLAN") and _PLAN_LINE.search(code))
        or _SCAN_ALONE.fullmatch(code.strip())
        or _COST_ALONE.fullmatch(code.strip())
        or _NODE_WITH_DETAIL.search(code)
    )


# A node without its costs, a detail indented under it: `Seq Scan on feeds` over `  Filter: (...)`.
_NODE_WITH_DETAIL = re.compile(
    r"^[ \t]*(?:->[ \t]+)?(?:[A-Z][a-z]+ )*(?:Scan|Join|Loop|Aggregate|Sort|Hash)\b[^\n]*\n"
    r"[ \t]+(?:Index Cond|Filter|Hash Cond|Join Filter|Merge Cond|Recheck Cond|Sort Key|Group Key):",
    re.M,
)
