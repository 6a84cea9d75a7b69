"""Detection fixes of session 62 read off round 332 (Portuguese, Russian and English vaults): an
aggregation pipeline's stage braced alone (`{ $match: {...} }`), ES modules imported from paths
in backquotes, and the commands of Airflow, Kafka and JHipster named as programs."""

from detect_cases import detection_test

CASES = [
    ("javascript", '{\n\t$match: {\n\t\t"track": "databases",\n\t\t"year": { $gte: 2024 }\n\t}\n}'),
    ("javascript", "{\n\t$limit: 10\n}"),
    ("javascript", "import deck from `lectern`;\n//no ./ before it: it is under node_modules"),
    (
        "bash",
        "airflow dags list - list out every DAG there is.\nairflow tasks list talks_nightly -  list out the tasks in the DAG",
    ),
    ("bash", "kafka-topics\nkafka-console-producer\nkafka-console-consumer"),
    ("bash", "jhipster docker-compose\n./mvnw verify -Pprod"),
    # as before: a JSON document, a shell variable, a Python import
    ("json", '{\n  "track": "databases",\n  "year": 2024\n}'),
    ("bash", 'echo "$match"'),
    ("python", "from deck import slides, talks"),
]

test_detection = detection_test(CASES)
