"""Detection fix of session 71 read off round 418 (a Chinese 100-day Python course, webpack's
docs): a call through four names or more is a script's members, never SQL's function."""

from detect_cases import detection_test
from sql_highlight.detect import detect_language

_HOOKS = (
    "ContextModuleFactory.hooks.beforeResolve.tap(/* ... */);\n",
    "compiler.hooks.afterEmit.tapAsync(/* ... */);\n",
)

CASES = [
    # as before: a function named by its schema stays SQL's
    ("postgresql", "SELECT pg_catalog.now(), myschema.area(shape) FROM parcels;\n"),
]

test_detection = detection_test(CASES)


def test_a_call_through_four_names_is_no_sql():
    """`Compiler.hooks.emit.tap(/* ... */);`: webpack's hooks; SQL names a function by its schema at most."""
    for code in _HOOKS:
        assert detect_language(code) != "postgresql", code
