"""Detection fixes of session 61 read off round 322 (notes in German, Japanese, Russian, English and
French): Vue's `Vue.component` with a template literal of markup over lines, `document.cookie`,
Python's `import x as y` over a call ended by `;`, YAML keyed by PHP's classes (Alice's fixtures),
a script sourced with `.`, and a register's `|=` with a shift, which is no SQL nor heredoc."""

from detect_cases import detection_test

CASES = [
    (
        "javascript",
        "Vue.component('talk-card', {\n    props: { title: String },\n    template: `\n"
        '        <div class="card">\n            <h2>{{ title }}</h2>\n        </div>\n    `,\n});',
    ),
    ("javascript", "document.cookie = 'theme=dark'"),
    ("python", "import seaborn as sns\nsns.histplot(data=talks)\nplt.show();"),
    (
        "yaml",
        "App\\Entity\\Talk:\n    talk_{1..5}:\n        title: <sentence()>\n        year: '<numberBetween(2020, 2026)>'",
    ),
    ("bash", ". talks_env.sh"),
    # as before: a tree's root, pprof's lines, JavaScript's own import, a heredoc after cat
    ("text", ".\n|__bin\t# built\n|__src\t# sources"),
    ("javascript", "import React from 'react';\nconst App = () => null;"),
    ("bash", "cat << EOF > talks.txt\nIndexes\nEOF"),
]

test_detection = detection_test(CASES)


def test_a_register_set_by_a_shift_is_no_sql():
    from sql_highlight.detect import detect_language

    assert detect_language("PORTB |= (1 << PB5);") not in {"postgresql", "psql", "plpgsql", "bash"}
