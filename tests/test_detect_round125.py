"""Detection fixes of session 38 read off round 124 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # C++'s stream at a line's end is no here-document: `<< count` waits for no `count` line.
    (
        "cpp",
        "#include <iostream>\n\nclass Counter {\npublic:\n  Counter(int start) {\n    n = start;\n"
        '    std::cout << "counter starts at " << n\n              << std::endl;\n  }\n'
        "private:\n  int n;\n};",
    ),
    # ... while a command handed a document stays the shell's, as before.
    ("bash", "cat > notes.txt <<EOF\nfirst line\nsecond line\nEOF\nwc -l notes.txt"),
    # C++'s range loop over constant references is no JavaScript's `for (const x of xs)`.
    (
        "cpp",
        "int total(const std::vector<int>& xs) {\n    int sum = 0;\n"
        "    for (const auto& x : xs) {\n        sum += x;\n    }\n    return sum;\n}",
    ),
    ("javascript", "for (const talk of talks) {\n  console.log(talk.title);\n}"),  # as before
    # `static constexpr` with braces, a reference unnamed in a prototype: C++ only.
    ("cpp", "struct Limits {\n  static constexpr int pages{250};\n};"),
    ("cpp", "void show( Slide* );\nvoid show( Slide& );"),
    # A window function's synopsis, its name a placeholder.
    ("postgresql", "function() OVER ([PARTITION BY talk_id] [ORDER BY starts_at])"),
    # A quote's `>` before MySQL's prompt, then MySQL's own statements under a note.
    (
        "psql",
        "> mysql> CREATE TABLE speakers\n(\n\tname varchar(80),\n\tage int(3)\n);\n\n"
        "SHOW TABLES;\n\n# or\nSHOW COLUMNS IN speakers;",
    ),
    # psql's prompt with its `>` lost, before `\timing` and a query.
    ("psql", "talks=\\timing\ntalks=select count(*) from slides;\n\n(the timing shows here)"),
    # An Ansible inventory under a note, and one host's line given Ansible's variables.
    ("ini", "# the lab's inventory\n[speakers]\n10.1.2.3 ansible_user=deploy ansible_become=true  # <-- new"),
    ("ini", "# add the new box\n10.1.2.4 ansible_user=deploy ansible_port=2222"),
    # A compose file, then how to run it under a note.
    (
        "yaml",
        'services:\n  web:\n    image: lectern:latest\n    ports:\n      - "8000:8000"\n'
        "  db:\n    image: postgres:17\n\n# run\ndocker compose up -d",
    ),
    # The pods `kubectl get pods` lists, without their header.
    ("text", "api-7d9f   1/1   Running   0   3m\nworker-0   2/2   Running   1   12m"),
    # Bundle identifiers under a `//` note: no script.
    ("text", "org.lectern.reader\norg.lectern.editor\n\n// renamed to\norg.lectern.reader.beta"),
    # A bracketed context over a user story is no ini section.
    (
        "text",
        "[Context: Talks]\n\nAs a speaker, I want to upload my slides so that\nreaders can follow along.",
    ),
    ("ini", "[mysqld]\nskip-name-resolve\nmax_connections = 200"),  # as before
]


test_session_38_round_124 = detection_test(CASES)
