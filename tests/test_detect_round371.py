"""Detection fixes of session 67 read off round 371 (a Chinese Java engineer's notes on git, the
JVM and MySQL, a French developer's Hugo blog, an English TIL): a generator's questions answered,
a commit graph drawn, the console's log with a space before its bracket, a file sourced, an
address as a property's key, a prompt pasted twice."""

from detect_cases import detection_test

CASES = [
    # a project generator's questions answered, then what it created
    (
        "text",
        "? Please select the datasource DbDatasource\n"
        "? Select the model(s) you want to generate a repository Invoice\n"
        "? Please enter the name of the ID property for Invoice: id\n"
        "create src/repositories/invoice.repository.ts\nupdate src/repositories/index.ts\n",
    ),
    # a history's commits drawn along their branches
    ("text", "A---B---F---G ← main\n     \\\n      C---D ← feature\n       \\\n        E ← fix\n"),
    # the console's log called with a space before its bracket
    ("javascript", "console.log ('ready');\n"),
    # a file of variables sourced
    ("bash", "source env\n"),
    # spring.handlers: addresses as keys, their colons escaped
    (
        "ini",
        "http\\://example.org/schema/app=org.example.app.AppNamespaceHandler\n"
        "http\\://example.org/schema/web=org.example.web.WebNamespaceHandler\n",
    ),
    # a prompt pasted with the command, twice, over the choices it printed
    ("console", "$ $ java -jar tool.jar\n* [1]: 4242\n  [2]: 4343 demo.jar\n"),
    # as before: Sphinx's source section, a question in prose, C's call of a library function
    ("text", "source src1\n{\n    type = pgsql\n    sql_host = localhost\n}\n"),
    ("text", "? What does this print\n"),
    ("c", 'printf ("%d\\n", n);\n'),
]

test_detection = detection_test(CASES)
