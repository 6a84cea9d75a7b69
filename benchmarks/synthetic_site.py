"""A seeded, reproducible synthetic site: code-heavy posts (and, when their plugins exist,
talks with hour-long transcripts and a planet cache), for `invoke bench`."""

import random
from pathlib import Path

WORDS = (
    "index scan heap tuple vacuum planner estimate row page buffer cache query join hash merge "
    "partition tenant policy trigger function column table constraint unique partial expression "
    "jsonb path operator containment statistics histogram selectivity cost width loop sort memory "
    "django model queryset migration transaction isolation snapshot lock wait deadlock replica "
    "checkpoint wal archive restore backup latency throughput connection pool pgbouncer session"
).split()
TAGS = [
    "postgresql",
    "jsonb",
    "indexing",
    "security",
    "plpgsql",
    "django",
    "python",
    "performance",
    "psql",
    "shell",
]
CATEGORIES = ["PostgreSQL", "Django", "Operations"]


def _sentence(rng, n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _paragraph(rng):
    return " ".join(_sentence(rng, rng.randint(8, 18)) for _ in range(rng.randint(3, 6)))


def _sql(rng, i):
    column = rng.choice(["state", "data", "name", "type", "total"])
    return (
        f"```sql\nCREATE TABLE orders_{i} (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
        f"    {column} text NOT NULL,\n    data jsonb NOT NULL DEFAULT '{{}}',\n"
        f"    created_at timestamptz NOT NULL DEFAULT now()\n);\n\n"
        f"CREATE UNIQUE INDEX orders_{i}_live ON orders_{i} (lower({column})) WHERE data ? 'live';\n\n"
        f"SELECT id, data->>'customer' AS customer, data #>> '{{shipping,city}}' AS city\n"
        f"  FROM orders_{i}\n WHERE data @> '{{\"state\": \"paid\"}}'\n   AND created_at > now() - interval '{i % 30 + 1} days'\n"
        f" ORDER BY created_at DESC\n LIMIT {rng.randint(5, 50)};\n```\n"
    )


def _plpgsql(rng, i):
    return (
        f"```plpgsql\nCREATE OR REPLACE FUNCTION touch_{i}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"DECLARE\n    v_count integer := 0;\nBEGIN\n    IF TG_OP = 'UPDATE' AND NEW.data IS DISTINCT FROM OLD.data THEN\n"
        f"        NEW.created_at := now();\n        v_count := v_count + {i % 7};\n"
        f"        RAISE NOTICE 'order % changed (%)', NEW.id, v_count;\n    END IF;\n    RETURN NEW;\nEND;\n$$;\n```\n"
    )


def _psql(rng, i):
    rows = rng.randint(1, 4)
    table = "\n".join(f"  {n} | {rng.choice(WORDS):<8} | {rng.randint(1, 999)}" for n in range(1, rows + 1))
    return (
        f"```psql\napp=# SELECT id, name, total\napp-#   FROM orders_{i}\napp-#  WHERE total > {i};\n"
        f" id |   name   | total\n----+----------+-------\n{table}\n({rows} row{'s' if rows > 1 else ''})\n\n"
        f"Time: {rng.randint(1, 900) / 100:.3f} ms\n```\n"
    )


def _python(rng, i):
    return (
        f"```python\nfrom django.db import models\nfrom django.db.models import F, Q\n\n\n"
        f"class Order{i}(models.Model):\n    state = models.CharField(max_length=20)\n"
        f"    data = models.JSONField(default=dict)\n\n    class Meta:\n        constraints = [\n"
        f"            models.UniqueConstraint(fields=['state'], condition=Q(data__live=True), name='live_{i}'),\n"
        f"        ]\n\n\ndef paid_total():\n    return Order{i}.objects.filter(state='paid').aggregate(total=F('data__total'))\n```\n"
    )


def write_posts(content_dir, count, seed=20261122):
    """`count` posts under content_dir/posts/<year>/; returns their paths."""
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        year = 2019 + i % 7
        month, day = 1 + i % 12, 1 + i % 28
        tags = rng.sample(TAGS, 3)
        body = "\n\n".join(
            [
                _paragraph(rng),
                "## Setting up",
                _paragraph(rng),
                _sql(rng, i),
                _paragraph(rng),
                "## Keeping it honest",
                _plpgsql(rng, i),
                _paragraph(rng),
                _psql(rng, i),
                "## From Django",
                _paragraph(rng),
                _python(rng, i),
                _paragraph(rng),
            ]
        )
        text = (
            f"Title: Synthetic post {i}: {rng.choice(WORDS)} and {rng.choice(WORDS)}\n"
            f"Date: {year}-{month:02d}-{day:02d} {i % 24:02d}:{i % 60:02d}\n"
            f"Category: {CATEGORIES[i % 3]}\nTags: {', '.join(tags)}\nSlug: synthetic-post-{i}\n"
            f"Summary: {_sentence(rng)}\n\n{body}\n"
        )
        path = Path(content_dir) / "posts" / str(year) / f"synthetic-post-{i}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
