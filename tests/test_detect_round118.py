"""Detection fixes of session 37 read off round 117 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # The shell's history: its builtins, an event recalled, a word of it, a correction.
    ("bash", "history 15"),
    ("bash", "fc 20 24"),
    ("bash", "!!"),
    ("bash", "!17:3"),
    ("bash", "!:1"),
    ("bash", "^slieds^slides"),
    # Daemons run by their names alone.
    ("bash", "journald"),
    ("bash", "firewalld"),
    # ... while a column named `id` stays SQL, as before.
    ("postgresql", "id integer generated always as identity (start with 100)"),
    # MySQL's LIMIT under a `#` note; its administration statements without `;`; the standard's CONVERT.
    ("postgresql", "# skip the first 20 talks, show 10\nLIMIT 20,10;"),
    ("postgresql", "SHOW BINARY LOGS\nFLUSH PRIVILEGES"),
    ("postgresql", "CONVERT(title USING utf8mb4)"),
    # ... while a heading in capitals stays text, as before.
    ("text", "SHOW ME THE SLIDES"),
    # Pseudocode: a function's header ending in `:`, tests against null.
    (
        "text",
        "function slowest(talks):\nif talks is null:\nreturn null\nbest = talks[0]\nfor t in talks:\n"
        "    if t.minutes > best.minutes:\n        best = t\nreturn best",
    ),
    ("text", "    if node is null:\n    return 0\n    return 1 + count(node.next)"),
    # ... while Python testing against None stays Python, as before.
    ("python", "def count(node):\n    if node is None:\n        return 0\n    return 1 + count(node.next)"),
    # C declared static const; a function's header with a note after it.
    ("c", "static const unsigned int slide_gap  = 4;        /* pixels between slides */"),
    ("c", "int main(int argc, char **argv) // the arguments as C hands them"),
    # Ansible's inventory in its ini format; TOML's array of tables; systemd's settings with notes.
    ("ini", "[speakers]\nana.example.org\nbo.example.org\n\n[rooms]\nmain room=1\nside  room=2"),
    ("ini", '# where the metrics go\n[[outputs.file]]\n   files = ["stdout"]\n   data_format = "influx"'),
    ("ini", "EnvironmentFile=/etc/default/talks   # Debian\nEnvironmentFile=/etc/sysconfig/talks  # RHEL"),
    # The shell's ANSI-C string; a here-document as a comment, its word in double quotes.
    ("bash", "line=$'talk\\tslides'\n\nIFS=$'\\t' read -r name kind <<< \"$line\""),
    ("bash", ': << "__NOTES__"\n\nnothing here runs\n\n__NOTES__'),
    # Python: an attribute chain through its own dunders; a decorator's signature from its docs.
    ("python", "# the class's name\ntalk.__class__.__name__"),
    ("python", "@functools.lru_cache(*, maxsize=128,\ntyped=False)"),
    # YAML keys with globs in them.
    ("yaml", "branches:\n  'release/**': # every release\n    - build\n  feature/*:\n    - test"),
    # PAM's rules: a syntax no label has.
    ("text", "session required pam_mkhomedir.so skel=/etc/skel umask=077"),
    # A tool the list lacks given its subcommands, what they run noted with `#=>`.
    (
        "bash",
        "# open the talk's page\nhub browse -- talks\n#=> open https://example.org/talks\n\n"
        "# copy the log\nhub gist create --copy build.log\n#=> (the new gist's address copied)",
    ),
    # ... while JavaScript's arrow function stays JavaScript, as before.
    ("javascript", "const open = (talk) => {\n  play(talk);\n};"),
]


test_session_37_round_117 = detection_test(CASES)
