"""Detection fixes of session 53 read off round 253 after it was measured: DESCRIBE's synopsis
(`DESC[RIBE] tablename;`) and the CASE expression written as a form are SQL's; an editor opened
on a sysconfig file over its `NAME="value"` lines shows the shell's file."""

from detect_cases import detection_test

CASES = [
    ("postgresql", "DESC[RIBE] tablename;"),
    (
        "postgresql",
        "CASE talk_kind WHEN compared_kind1 THEN shown_label1  [WHEN compared_kind2 THEN shown_label2  "
        "WHEN compared_kindn THEN shown_labeln\nELSE other_label]\nEND",
    ),
    ("bash", 'case "$1" in\n  start) run ;;\n  *) echo usage ;;\nesac'),  # as before: the shell's case
    (
        "bash",
        'vim /etc/talks/config\nTALKS_MASTER="--master=http://10.0.0.5:8080"\nTALKS_ETCD="--etcd-servers=http://10.0.0.5:2379"',
    ),
    ("json", 'vi ~/.talks/settings.json\n{\n  "port": 8080\n}'),  # as before: the file's JSON
]

test_session_53_round_253 = detection_test(CASES)
