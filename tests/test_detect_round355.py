"""Detection fixes of session 65 read off round 355 (an English data engineer's blog, Chinese
notes, Japanese posts on Aurora, a French student's memo): ClickHouse's and ksqlDB's clients at
their prompts, SQL Server's procedure shown by its parameters, SQL's notes set off by two spaces,
NULL's functions called in lower case, Vue's templates in strings continued by `\\`, a class's
fields given arrow functions, a page's template tags past what the sample reads, and the
shell's loops written as forms (`while condition do`)."""

from detect_cases import detection_test

_LONG_PAGE = (
    '<!DOCTYPE html>\n<html lang="fr">\n<head>\n  <meta charset="utf-8">\n  <title>Relevés</title>\n</head>\n<body>\n'
    + "".join(
        f'  <section id="s{n}">\n    <h2>Relevé {n}</h2>\n    <p>Mesures du capteur {n}.</p>\n  </section>\n'
        for n in range(40)
    )
    + "  <ul>\n  {% for mesure in mesures %}\n    <li>{{ mesure.valeur }}</li>\n  {% endfor %}\n  </ul>\n</body>\n</html>\n"
)

CASES = [
    # ClickHouse's client, its host's name smiling before the query; ksqlDB's, a stream described
    (
        "psql",
        "warehouse :) SELECT count() FROM visits\n\nSELECT count()\nFROM visits\n\nQuery id: 4c1d-77\n\n"
        "┌─count()─┐\n│    4021 │\n└─────────┘\n\n1 row in set. Elapsed: 0.004 sec.\n",
    ),
    (
        "psql",
        "ksql> DESCRIBE orders_stream;\n\n Field     | Type\n---------------------------\n"
        " ROWKEY    | VARCHAR(STRING)\n AMOUNT    | DOUBLE\n",
    ),
    # SQL Server's procedure as a client's tree shows it, its parameters typed and defaulted
    (
        "postgresql",
        "stored procedure shop.dbo.usp_orders\n   @customer_id int, @since datetime = null,\n"
        "   @status nvarchar(20) = 'open'\n",
    ),
    # SQL's notes set off by two spaces (no program's options), over a clause and a function's form
    (
        "postgresql",
        "--  Vérifie le code postal\n--  avant l'ajout\nCONSTRAINT cp_valide CHECK (cp LIKE ('_____'))\n",
    ),
    (
        "postgresql",
        "--  Garde la première valeur non nulle\n--  (sinon NULL)\ncoalesce(prix_promo, prix, ...)\n",
    ),
    ("postgresql", "nullif(total, 0)\n"),
    # Vue's templates in strings continued by `\`; a class's fields given arrow functions
    (
        "javascript",
        "var Fiche = Vue.extend({\n    props: { nom: String },\n    template: '<div> \\\n"
        "        <h3>{{ nom }}</h3> \\\n    </div>'\n});\n",
    ),
    (
        "javascript",
        "Vue.component('bandeau', {\ntemplate: ' \\\n    <div class=\"bandeau\"> \\\n        <slot></slot> \\\n"
        "    </div>'\n})\n",
    ),
    (
        "javascript",
        "class Toolbar {\n  onSave = (event) => { ... }\n  onClose = (event) => { ... }\n}\n",
    ),
    # a page read as HTML, its template's tags further down than the sample reaches
    ("html+django", _LONG_PAGE),
    # the shell's loops written as forms, `do` without its `;`
    ("bash", "# tant que la condition tient\nwhile condition do\n    commande(s)\ndone\n"),
    ("bash", "# Forme 2 :\nfor fichier in /var/log/* do\n    commande(s)\ndone\n"),
    ("bash", "for ((n=0; n<5; n++)) do\n    commande(s)\ndone\n"),
    # as before: CSS's at-rules listed, a page without tags, an option's help
    ("text", "@media print, @import url\n"),
    (
        "html",
        _LONG_PAGE.replace("{% for mesure in mesures %}", "")
        .replace("{% endfor %}", "")
        .replace("{{ mesure.valeur }}", "x"),
    ),
    ("text", "  -v, --verbose    print more\n  -q, --quiet      print less\n"),
]

test_detection = detection_test(CASES)
