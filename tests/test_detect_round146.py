"""Detection fixes of session 39 read off round 145 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # dbt's models: statements calling dbt's own `ref`, `source`, `dbt_utils`, its tags aside.
    ("postgresql", "with talks as (\n    select *, 'talk' as kind\n    from {{ ref('stg_talks') }}\n)"),
    (
        "postgresql",
        "{{ config(materialized='view') }}\n\nselect\n    {{ dbt_utils.generate_surrogate_key(['slug']) }} as id,\n"
        "    title\nfrom {{ source('site', 'talks') }}\n{% if var('recent', default=true) %}\n  limit 10\n{% endif %}",
    ),
    ("html+django", "{% for talk in talks %}\n<li>{{ talk.title }}</li>\n{% endfor %}"),  # as before
    # Statements with BigQuery's `OPTIONS` twice are no manual page.
    (
        "postgresql",
        "-- a model\nCREATE OR REPLACE MODEL `site.talks.length_model`\nOPTIONS\n(model_type='linear_reg') AS\n"
        "SELECT minutes FROM `site.talks.all`;\n\n-- another\nCREATE OR REPLACE MODEL `site.talks.slides_model`\n"
        "OPTIONS\n(model_type='linear_reg') AS\nSELECT slides FROM `site.talks.all`;",
    ),
    (
        "text",
        "NAME\n    lectern - build a site\nSYNOPSIS\n    lectern [OPTIONS]",
    ),  # as before: a manual's page
]


test_session_39_round_145 = detection_test(CASES)
