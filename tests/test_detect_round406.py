"""Detection fix of session 70 read off round 406 (the docs of CnosDB and ByConity, kubeasz's):
a bulk load's synopsis, `COPY INTO <target> FROM <source>` with placeholders and optional parts."""

from detect_cases import detection_test

CASES = [
    # a bulk load's synopsis, its target and options placeholders in angle brackets
    (
        "postgresql",
        "COPY INTO <dest>\nFROM [<db>.]<table_name>\nFILE_FORMAT = (\n    TYPE = {'CSV' | 'JSON'}\n"
        "    [, HEADER = true | false]\n)\n",
    ),
    # its target's columns listed with spaces before FROM's line, a store's credentials
    (
        "postgresql",
        "COPY INTO [db.]<table_name>[(<ts_col>, <val_col> [,val_col] ...)]\nFROM 'gs://<bucket>[/<path>]'\n"
        "CONNECTION = (\n    key_file = '<string>'\n    [, anonymous = true | false]\n)\n",
    ),
    # as before: a sentence that copies into a folder stays prose
    ("text", "Copy into the folder from your desktop.\n"),
]

test_detection = detection_test(CASES)
