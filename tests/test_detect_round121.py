"""Detection fixes of session 37 read off round 120 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # MySQL's client, its statement on an account; statements on accounts without `;`.
    (
        "psql",
        "mysql> SHOW GRANTS FOR 'ana'@'10.0.%';\n+----------------------------------+\n"
        "| Grants for ana@10.0.%            |\n+----------------------------------+\n"
        "| GRANT USAGE ON *.* TO 'ana'@'10.0.%' |\n+----------------------------------+",
    ),
    ("postgresql", "SET PASSWORD FOR 'ana'@'10.0.%' = 'not-this-one'"),
    ("postgresql", "RENAME USER 'ana'@'10.0.%' TO 'ana'@'%'"),
    # SQL Server's variable declared over its statement.
    (
        "postgresql",
        "DECLARE @since date = '2024-01-01'\n\nSELECT title\nFROM talks\nWHERE given_at >= @since",
    ),
    # Kubernetes' objects between `--- # notes`; a job's script item carried over lines.
    (
        "yaml",
        "# the pull secret, then the account\n\n--- # the secret\napiVersion: v1\nkind: Secret\n"
        "metadata:\n  name: pull\n--- # the account\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: talks",
    ),
    ("yaml", "build_site:\n  script:\n    - apt-get -qq install\n      ffmpeg\n      git\n      zip"),
    # ... while prose with `key: value` and arrows under it stays text, as before.
    (
        "text",
        "current row: seats=300, room -> main\n\nhistory:\n  seats=280, room -> side\n  seats=250, room -> NULL",
    ),
    # openssl.cnf's sections, capital and camelCase keys, values with brackets.
    (
        "ini",
        "HOME            = .\nRANDFILE        = $ENV::HOME/.rnd\n\n[ req_dn ]\n"
        "countryName     = Country Name (2 letter code)\ncommonName      = Common Name (e.g. talks.example.org)",
    ),
    # C: functions defined on one line; `# define` spaced; `long long` types.
    ("c", "/* add.c */\nint add(int a, int b) { return a + b; }"),
    ("c", "# define SLOT_LEN(s) ((size_t) (s)->len)"),
    ("c", "long long int seconds(long long int minutes)\n{\n    return minutes * 60;\n}"),
    # ... while JavaScript's one-line function stays JavaScript, as before.
    ("javascript", "function add(a, b) { return a + b; }"),
    # Kubernetes' own and Kerberos' programs; the dynamic linker's.
    ("bash", "# as root\nkubeadm join xxxxx # the command kubeadm init printed"),
    ("bash", "ldconfig 目录"),
]


test_session_37_round_120 = detection_test(CASES)
