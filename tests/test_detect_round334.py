"""Detection fixes of session 62 read off round 334 (Japanese, Chinese and English blogs): MySQL's
client opened over `set global x = 1;` and `load data`, SQLite's PRAGMA statements, a module
imported bare (`import "@hotwired/turbo-rails"`) under `//` notes, and gitk run alone."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "mysql --local-infile -u root -p\nset global local_infile = 1;\n"
        "load data local infile 'talks.csv' into table talks fields terminated by ',';",
    ),
    (
        "postgresql",
        "PRAGMA journal_mode = WAL;\nPRAGMA busy_timeout = 5000; -- five seconds\nPRAGMA table_info(talks);",
    ),
    (
        "javascript",
        ' // the map lives in config/importmap.rb\n import "@hotwired/turbo-rails"\n import "controllers"',
    ),
    ("bash", "# show the history in a window\n\ngitk"),
    # as before: a heading over tmux's keys, a shell's variables
    (
        "text",
        '# tmux Windows\n\n"Tabs of one session"\n\n    <C-b> c     # a new window\n    <C-b> n     # the next one',
    ),
    ("bash", "SLIDES_DIR=/srv/slides\nROOM=3"),
]

test_detection = detection_test(CASES)
