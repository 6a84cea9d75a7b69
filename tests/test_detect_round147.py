"""Detection fixes of session 39 read off round 146 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # dbt's pieces: a clause calling `source`, a macro returning SQL, a limit under `{% if var(...) %}`.
    ("postgresql", "FROM {{ source('site', 'talks') }}\nWHERE published IS NOT NULL"),
    (
        "postgresql",
        "{#\n    the kind of a talk, in words\n#}\n\n{% macro talk_kind(kind) -%}\n\n    CASE {{ kind }}\n"
        "        WHEN 1 THEN 'keynote'\n        ELSE 'talk'\n    END\n\n{%- endmacro %}",
    ),
    (
        "postgresql",
        "-- build it small first\n{% if var('is_test_run', default=true) %}\n\n    limit 100\n\n{% endif %}",
    ),
    ("html+django", '{% if user.is_staff %}\n<a href="/admin/">admin</a>\n{% endif %}'),  # as before
    (
        "html+django",
        '{% macro input(name) -%}\n<input name="{{ name }}">\n{%- endmacro %}',
    ),  # as before: Jinja's HTML
]


test_session_39_round_146 = detection_test(CASES)
