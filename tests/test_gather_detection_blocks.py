"""The gather script keeps held-out sets unseen: a block a tuning set, or an earlier source of the
set, holds is left out."""

import subprocess

from benchmarks.gather_detection_blocks import _leave_out_tuned_blocks, git_files, reads_every_path


def _write(out, set_name, blocks):
    folder = out / set_name
    folder.mkdir(parents=True)
    rows = []
    for number, (label, code) in enumerate(blocks, 1):
        name = f"{number:04d}-{label}.txt"
        (folder / name).write_text(code + "\n", encoding="utf-8")
        rows.append((name, "owner/repo", "0" * 40, "docs/page.md", str(number)))
    return rows


def test_a_held_out_block_a_tuning_set_holds_is_left_out_and_numbers_stay(tmp_path):
    shared = "pip install notes-feeds"
    rows = {
        "tuning-7": _write(tmp_path, "tuning-7", [("bash", shared), ("python", "print('ours')")]),
        "held-out-9": _write(
            tmp_path, "held-out-9", [("sql", "SELECT 1;"), ("bash", f"  {shared}  "), ("python", "x = 2")]
        ),
    }
    _leave_out_tuned_blocks(tmp_path, rows)
    held_out = sorted(path.name for path in (tmp_path / "held-out-9").iterdir())
    assert held_out == ["0001-sql.txt", "0003-python.txt"]  # 0002 left out, the others keep their names
    assert [row[0] for row in rows["held-out-9"]] == held_out
    assert len(list((tmp_path / "tuning-7").iterdir())) == 2  # a tuning set may repeat anything


def test_a_held_out_block_an_earlier_block_of_its_set_holds_counts_once(tmp_path):
    copied = "SHOW TABLES;"  # one blog a copy of another's: its blocks would be counted twice
    rows = {
        "held-out-11": _write(tmp_path, "held-out-11", [("sql", copied), ("bash", "ls"), ("sql", copied)])
    }
    _leave_out_tuned_blocks(tmp_path, rows)
    assert sorted(path.name for path in (tmp_path / "held-out-11").iterdir()) == [
        "0001-sql.txt",
        "0002-bash.txt",
    ]


def test_a_tuning_set_keeps_blocks_that_other_tuning_sets_hold(tmp_path):
    rows = {
        "tuning-1": _write(tmp_path, "tuning-1", [("bash", "make docs")]),
        "tuning-2": _write(tmp_path, "tuning-2", [("bash", "make docs")]),
    }
    _leave_out_tuned_blocks(tmp_path, rows)
    assert (tmp_path / "tuning-2" / "0001-bash.txt").exists()
    assert len(rows["tuning-2"]) == 1


def test_sets_from_97_on_read_paths_in_any_script_and_older_sets_keep_their_files(tmp_path):
    repo = tmp_path / "notes"
    (repo / "笔记").mkdir(parents=True)
    (repo / "笔记" / "索引.md").write_text("```sql\nSELECT 1;\n```\n", encoding="utf-8")
    (repo / "README.md").write_text("notes\n", encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "notes"], check=True)
    assert git_files(repo, "HEAD", r"\.md$") == ["README.md"]  # tuning-10's numbering stays
    assert git_files(repo, "HEAD", r"\.md$", every_path=True) == ["README.md", "笔记/索引.md"]
    assert [reads_every_path(name) for name in ("tuning", "tuning-96", "held-out-97")] == [False, False, True]
