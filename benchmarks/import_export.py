"""`invoke import` of a large WordPress export: peak memory and time, at two sizes.

The export is generated (our own text: prose, SQL, Python, psql sessions in every markup the
importer knows), written to a temp folder, and imported with --no-images into a temp content/
in a child process whose peak memory is sampled. A streamed import's peak stays near flat
while the export grows tenfold.

Run: .venv/bin/python benchmarks/import_export.py [--megabytes 50]
"""

import argparse
import html
import os
import sys
import tempfile
from pathlib import Path

import _paths
from process_memory import run_measured

ROOT = _paths.ROOT

_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Synthetic</title><link>http://synthetic.example</link><wp:wxr_version>1.2</wp:wxr_version>
"""

_BODIES = (
    "Counting rows in table {n} is slow when the table is large.\n\n"
    "[sourcecode language=\"sql\"]\nSELECT count(*) FROM orders_{n} WHERE status = 'shipped';\n[/sourcecode]\n\n"
    "The plan shows where the time goes:\n\n<pre>Seq Scan on orders_{n}  (cost=0.00..{n}.00 rows=1 width=8)</pre>\n\n",
    'A Django view for item {n}:\n\n<pre class="brush: python">def view_{n}(request):\n'
    '    return JsonResponse({{"n": {n}, "ok": True}})</pre>\n\n',
    'In psql:\n\n<pre>shop=# \\d orders_{n}\n  Table "public.orders_{n}"\n Column | Type\n--------+------\n id     | int</pre>\n\n',
)


def write_export(path, megabytes):
    target = megabytes * 1_000_000
    with open(path, "w", encoding="utf-8") as f:
        f.write(_HEAD)
        n = 0
        while f.tell() < target:
            n += 1
            body = "".join(part.format(n=n) for part in _BODIES) * 4
            f.write(
                f"<item><title>Post {n}</title><link>http://synthetic.example/{n}/</link>"
                f"<dc:creator>writer</dc:creator><content:encoded><![CDATA[{body}]]></content:encoded>"
                f"<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>{n}</wp:post_id>"
                f"<wp:post_date_gmt>2020-01-{1 + n % 28:02d} 10:00:00</wp:post_date_gmt>"
                f"<wp:post_name>post-{n}</wp:post_name><wp:status>publish</wp:status>"
                f"<wp:post_type>post</wp:post_type>"
                f'<category domain="category" nicename="pg"><![CDATA[{html.escape("PostgreSQL")}]]></category>'
                "</item>\n"
            )
        f.write("</channel></rss>\n")
    return n


def measure(work, megabytes):
    export = work / f"export-{megabytes}.xml"
    items = write_export(export, megabytes)
    content = work / f"content-{megabytes}"
    command = [
        sys.executable,
        "-m",
        "lectern.importing.run",
        str(export),
        "--content",
        str(content),
        "--cache",
        str(work / "cache"),
        "--no-images",
    ]
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'plugins'}"}
    seconds, rss, pss, code, err = run_measured(command, cwd=ROOT, env=env)
    if code:
        raise SystemExit(f"import failed: {err}")
    size = export.stat().st_size / 1e6
    print(
        f"{size:6.1f} MB export, {items:6,} posts: {seconds:6.1f} s, peak RSS {rss:5.0f} MB, peak PSS {pss:5.0f} MB"
    )
    return pss


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=50)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lectern-import-bench-") as folder:
        work = Path(folder)
        small = measure(work, max(1, args.megabytes // 10))
        large = measure(work, args.megabytes)
    print(
        f"peak memory, {args.megabytes} MB export / {max(1, args.megabytes // 10)} MB export: {large / small:.2f}x"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
