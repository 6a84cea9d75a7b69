"""Detection fixes of session 68 read off round 381 (a Korean study notebook on Python and SQL, a
Chinese blog on MySQL and PHP, a US team's blog on .NET, JavaScript and SQL Server): SQL
Server's errors raised and caught, and a dict pprint printed with a long string cut."""

from detect_cases import detection_test

CASES = [
    # SQL Server's THROW, a `;` before it as its docs advise, and RAISERROR
    ("postgresql", ";THROW 50010, 'The order was not found; check its number.', 1;\n"),
    ("postgresql", "RAISERROR('Stock too low for %s', 16, 1, @item);\n"),
    # its TRY and CATCH blocks around statements
    (
        "postgresql",
        "BEGIN TRY\n    UPDATE stock SET qty = qty - 1 WHERE id = 7;\nEND TRY\nBEGIN CATCH\n"
        "    SELECT ERROR_NUMBER() AS num, ERROR_MESSAGE() AS msg;\nEND CATCH;\n",
    ),
    # as before: JavaScript's throw is no THROW
    (
        "javascript",
        "function check(n) {\n  if (n < 0) {\n    throw new RangeError('negative');\n  }\n  return n;\n}\n",
    ),
    # pprint's dict: items set in by one space, a long string cut into parts under its start
    (
        "text",
        "{'id': 12,\n 'summary': 'A lighthouse keeper finds a boat on the rocks one winter morning and '\n"
        "            'spends the season mending it with what the tide brings in.',\n 'year': 1998}\n",
    ),
    # as before: a dict set in by one space, nothing cut, is as likely written
    ("python", "{'host': 'db',\n 'port': 5432,\n 'name': 'shop'}\n"),
]

test_detection = detection_test(CASES)
