"""Detection fix of session 71 read off round 418 (a Chinese 100-day Python course, webpack's
docs): a call through four names or more is a script's members, never SQL's function."""

from sql_highlight.detect import detect_language


def test_a_call_through_four_names_is_no_sql():
    """`Compiler.hooks.emit.tap(/* ... */);`: webpack's hooks; SQL names a function by its schema at most."""
    for code in (
        "ContextModuleFactory.hooks.beforeResolve.tap(/* ... */);\n",
        "compiler.hooks.afterEmit.tapAsync(/* ... */);\n",
    ):
        assert detect_language(code) != "postgresql", code


def test_a_function_named_by_its_schema_stays_sql():
    assert detect_language("SELECT pg_catalog.now(), myschema.area(shape) FROM parcels;\n") == "postgresql"
