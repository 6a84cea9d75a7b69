"""Detection fixes of session 70 read off round 400 (the docs of MatrixOne and Tarantool, the README of
dbt-utils): dbt's package macros in a model's Jinja, LOAD DATA after USE, C whose strings hold Lua."""

from detect_cases import detection_test

CASES = [
    # a dbt package's macro called alone, shown or set to a name and looped over: SQL as dbt renders it
    ("postgresql", "{{ dbt_utils.generate_series(upper_bound=365) }}\n"),
    (
        "postgresql",
        "{{ dbt_date.get_date_dimension(\n    start_date='2020-01-01',\n    end_date='2021-01-01'\n) }}\n",
    ),
    (
        "postgresql",
        "-- the kinds of shipment, read from the staging model\n"
        "{% set kinds = dbt_utils.get_column_values(table=ref('stg_shipments'), column='kind') %}\n\n"
        "{% for kind in kinds %}\n    ...\n{% endfor %}\n",
    ),
    # as before: the same call inside markup is a page's template
    ("html+django", "<ul>\n  <li>{{ dbt_utils.pretty_time() }}</li>\n</ul>\n"),
    # MySQL's LOAD DATA after the database is chosen
    (
        "postgresql",
        "use warehouse;\nload data local infile '/srv/in/parcels.csv' into table parcels "
        "FIELDS TERMINATED BY ';' LINES TERMINATED BY '\\n';\n",
    ),
    # C whose string holds a chunk of Lua (`require(`, `function(`): no JavaScript's
    (
        "c",
        "#include <lua.h>\n#include <lauxlib.h>\n\nconst char *loader = \" local log = require('log') \"\n"
        '    " return function(x) log.info(x) end ";\n\nint open_loader(lua_State *L) {\n'
        "  return luaL_dostring(L, loader);\n}\n",
    ),
]

test_detection = detection_test(CASES)
