"""Which language an unlabelled code block is in, by deterministic rules.

Never Pygments' guess_lexer (it answers ECL or scdoc for SQL). The strongest evidence comes
first: prompts (psql, Python, shell), plan shapes, then PostgreSQL's own parser: a block that
parses as SQL is SQL. PL/pgSQL bodies are checked by parsing them inside a function wrapper.
"""

from . import (
    detect_files,
    detect_leftovers,
    detect_openings,
    detect_rewrites,
    detect_sessions,
    detect_sql_rewrites,
    detect_statements,
)
from .block_text import as_written, detection_sample
from .detect_block import SQL_FAMILY, Block
from .signs import looks_like_django_template

__all__ = ("LANGUAGES", "SQL_FAMILY", "detect_language")

LANGUAGES = (
    "postgresql",
    "plpgsql",
    "psql",
    "postgres-explain",
    "python",
    "pycon",
    "bash",
    "console",
    "json",
    "html",
    "html+django",
    "yaml",
    "ini",
    "diff",
    "c",
    "cpp",
    "javascript",
    "text",
)

# The stages, asked in this order until one answers: each module's own rules keep their order
# inside it, strongest evidence first.
STAGES = (
    detect_rewrites.answer,  # short forms answered whole; the block read again rewritten
    detect_sql_rewrites.answer,  # other servers' SQL; SQL read again without the writer's marks
    detect_openings.answer,  # the block read without what opens it: a cell's magic, a heading, an editor
    detect_sessions.answer,  # prompts: shell, psql and Python sessions; diffs
    detect_statements.answer,  # SQL, its results and plans
    detect_files.answer,  # documents and files: JSON, logs, Python, YAML, C, ini, templates, HTML
    detect_leftovers.answer,  # what no stronger sign took
)


def detect_language(code, *, under_a_heading=False):
    """The lexer alias for an unlabelled block, one of LANGUAGES (read from its start only).
    `under_a_heading`: the block is what follows a heading line, whose own heading is not read
    again (a certificate's `Certificate:` over `Data:` over ... would be read once a level)."""
    return _ReadOnce().read(code, under_a_heading=under_a_heading)


_PAGE_AT_MOST = 15_000  # how much of a long page is searched for a template's tags (a few ms at most)


class _ReadOnce:
    """One detection's readings, each text read once: two rewrites that arrive at the same text
    (a note taken off two ways) share its answer, as reading it again would give the same one."""

    def __init__(self, remember=True):
        self.answers = {} if remember else None
        self.reading = set()  # the texts whose reading is under way
        self.cycles = 0  # how often a text was asked for again inside its own reading

    def read(self, code, *, under_a_heading=False):
        sample = as_written(detection_sample(code))
        key = (sample, under_a_heading)
        if key in self.reading:
            self.cycles += 1
            return "text"  # a rewrite that changed nothing, asked again inside its own reading: no answer of its own
        self.reading.add(key)
        try:
            answer = self._remembered(sample, under_a_heading)
        finally:
            self.reading.discard(key)
        if answer == "html" and len(code) > len(sample) and looks_like_django_template(code[:_PAGE_AT_MOST]):
            return "html+django"  # a page read as HTML, its template's tags further down than the sample
        return answer

    def _remembered(self, code, under_a_heading):
        if self.answers is None:  # (each text read every time: the plain path the tests compare with)
            return self._answer(code, under_a_heading)
        key = (code, under_a_heading)
        if key not in self.answers:
            cycles = self.cycles
            answer = self._answer(code, under_a_heading)
            if cycles != self.cycles:
                return answer  # (read inside a cycle, it depends on what was being read: kept for no other reading)
            self.answers[key] = answer
        return self.answers[key]

    def _answer(self, code, under_a_heading):
        if not code.strip():
            return "text"
        block = Block(code, self.read, under_a_heading=under_a_heading)
        return next(filter(None, (stage(block) for stage in STAGES)), "text")
