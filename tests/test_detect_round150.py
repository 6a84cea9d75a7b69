"""Detection fixes of session 40 read off round 149 after it was measured, each on snippets we
write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # dbt's models opened by their settings, whatever their body: a package's macro, or nothing.
    (
        "postgresql",
        "{{ config(materialized='table') }}\n\n{%- set key = 'talk_id' -%}\n\n"
        "{{ talks_pkg.latest(key=key, source_model='stg_talks') }}",
    ),
    (
        "postgresql",
        "{{\n    config(\n        materialized='incremental',\n"
        "        unique_key='talk_id'   -- one row a talk\n    )\n}}",
    ),
    ("html+django", "{{ title }}\n{% if speaker %}<p>{{ speaker }}</p>{% endif %}"),  # as before
    # MySQL's client at `MySQL [db]> `, a space in its prompt.
    (
        "psql",
        "MySQL [talks]> create table talk (id int auto_increment, primary key (id));\n"
        "Query OK, 0 rows affected (0.049 sec)\n\nMySQL [talks]> show tables;\n+-----------------+",
    ),
    # A Jekyll layout: front matter over HTML with Liquid.
    ("html+django", '---\nlayout: default\n---\n<main class="talk">\n  {{ content }}\n</main>'),
    ("yaml", "---\ntitle: Vacuum, explained\ntags: [postgres]\n---\nThe text of the post."),  # as before
    # JSON elided with `:` lines, as Japanese posts write it.
    ("json", '{\n    "name": "lectern/theme",\n    :\n    :\n    "license": "MIT"\n}'),
    # An object's methods returning a library's tagged template, or reading `this.props.x`.
    ("javascript", "getQuery() {\n  return Relay.QL`\n    fragment on Talk { title }\n  `\n}"),
    ("javascript", "getVariables() {\n  return {\n    slug: this.props.slug,\n  }\n}"),
    ("bash", 'greet() {\n  echo "hello $1"\n  return 0\n}'),  # as before: the shell's function
    ("postgresql", "SELECT title FROM `project.dataset`.talks"),  # as before: BigQuery's quoting
    # A file in a dot-folder of home named over its settings: its name, no root's command.
    ("ini", "# ~/.aws/config\n[profile talks]\nregion = eu-west-1"),
    # Root's prompt before `cat` of a file named alone, then the file (rule 1).
    ("console", '# cat site.meta\ntheme-name = "plain"\nfeeds = 3'),
    ("ini", "# make sure it is set\ntheme = plain\nfeeds = 3"),  # as before: a note over settings
]


test_session_40_round_149 = detection_test(CASES)
