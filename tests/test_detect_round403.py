"""Detection fixes of session 70 read off round 403 (OceanBase's docs, a Kubernetes tutorial):
OceanBase's client prompts (`obclient> `, `OceanBase(root@test)>`) before any statement, LOAD DATA
among them, and C's casts to pointers and pointers declared from calls."""

from detect_cases import detection_test

CASES = [
    # OceanBase's clients, whatever statement is typed: LOAD DATA, a query going on at `-> `
    (
        "psql",
        "OceanBase(admin@sales)>load data infile '/data/orders.tbl' into table orders FIELDS TERMINATED BY '|';\n",
    ),
    ("psql", "obclient> load data local infile '/data/items.csv' into table items;\n"),
    (
        "psql",
        "obclient> select id, total FROM\n    -> (\n    -> select id, sum(qty) total from items group by id\n    -> ) s;\n",
    ),
    # C's calls passing values cast to pointers, no `;` written after them
    (
        "c",
        "OCIAttrSet(sessp, OCI_HTYPE_SESSION, (text *)login, (ub4)strlen(login), OCI_ATTR_USERNAME, errp)\n",
    ),
    ("c", "OCIHandleAlloc(envp, (dvoid **)&svcp, OCI_HTYPE_SVCCTX, 0, 0)\n"),
    # a pointer declared from a call
    ("c", "PGconn *conn = PQconnectdb(conninfo);\n"),
]

test_detection = detection_test(CASES)
