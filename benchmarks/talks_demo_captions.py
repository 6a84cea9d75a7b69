"""Write the demo talks' captions in YouTube's two auto-caption shapes, from the talks' text below.

    .venv/bin/python benchmarks/talks_demo_captions.py

writes content/talks/partial-indexes-in-practice.srt (shape b: an exported SRT with overlapping
times), content/talks/row-level-security-for-django.vtt (shape a: raw YouTube WebVTT with rolling
lines, inline word timestamps and hold cues) and that talk's chapters .vtt, and prints the chapter
lines and lengths for the talks' metadata. The words are ours (Mira Halloran, a fictional speaker);
they are timed as a speaker of about 150 words a minute says them, and captioned the way YouTube's
auto-captions are: no punctuation, lower case but for names and "I".
"""

import re
import sys

import _paths

from talks.shapes import TimedWord, caption_lines, exported_srt, raw_youtube_vtt
from talks.timecode import format_clock, format_vtt

TALKS = _paths.ROOT / "content" / "talks"
KEEP_CAPITALS = {"I", "I'm", "I'll", "I've", "Postgres", "Django", "Mira", "Celery", "Friday", "SQL"}
SOUNDS = {"[Music]": 4.0, "[Applause]": 3.0, "foreign": 2.5}

PARTIAL_INDEXES = """
## Introduction
[Music]
Hello everyone and thank you for staying for the last talk before lunch. My name is Mira Halloran and I look after the databases of a small company that sells concert tickets. Today I want to talk about partial indexes in Postgres. They are one of the features that most teams could use tomorrow morning, and most teams never try.

The plan is simple. First what a partial index is. Then three places where we use them in production. Then the ways the planner can ignore your index and what to do about it. If there is time at the end I will take questions.

## What a partial index is
A normal index has one entry for every row in the table. A partial index has a where clause, and it only has entries for the rows that match it. So if you have a table of orders and ninety eight percent of them are finished and nobody ever looks at them again, you can index only the two percent that are still open. The index is smaller, it fits in memory, and an insert of a finished order does not have to touch it at all.

The syntax is create index, the name, on the table, the columns, and then where and the condition. There is nothing else to learn. The only rule is that the condition has to be something the planner can prove from the query. We will come back to that, because that is where the surprises are.

## Soft deletes and unique emails
The first place we use them is soft deletes. Our users table has a deleted at column. When somebody closes their account we set it, and we keep the row for a while for the accountants. But we still want email addresses to be unique among the accounts that are alive. A plain unique constraint cannot do that, because the old row still holds the address.

So we have a unique index on lower of email where deleted at is null. Two live accounts cannot share an address, a deleted account does not block anybody, and the lower call means that capital letters do not let a duplicate slip in. In Django you write this as a unique constraint with a condition in the model's meta, and the migration creates exactly this index.

One warning. If your code looks users up with email equals something, without the lower, the planner cannot use this index. Make the query match the index, not the other way around.

## Queue tables
The second place is job queues. We have a table of jobs, and workers ask for the oldest job that is still waiting. Over a year that table collects millions of finished jobs. A partial index on created at where status is waiting stays tiny, because a job leaves the index the moment it is done. The workers' query went from forty milliseconds to well under one.

If you use select for update skip locked for the workers, and you should, the partial index helps there too. Each worker walks the same small index and skips the rows another worker has locked.

## When the planner ignores you
Now the part that hurts. The planner will only use a partial index if it can prove that your where clause implies the index's where clause. It does this with simple logic, not with magic. If the index says status equals waiting and the query says status equals waiting, fine. If the query says status in waiting and retry, it cannot use it, because some of those rows are not in the index.

The second trap is parameters. With a prepared statement the planner may make a generic plan before it knows the value, and a generic plan cannot assume that the parameter is waiting. Postgres tries custom plans first, five times, and then decides. If you see the index used in your tests and not in production, look at plan cache mode, and look at explain with the real parameters.

The third trap is statistics. A partial index on a tiny set of rows is great, but the planner needs to know the set is tiny. Run analyze after big changes, and check that the estimates in explain are close to the real numbers.

## Questions
That is everything I wanted to show. The slides and the scripts are linked from the page of this talk. Thank you. [Applause]

>> Thank you Mira. We have time for one question. Does a partial index help with count queries?

>> It can. If you count only the rows the index covers, Postgres can answer with an index only scan, as long as the visibility map is up to date. So vacuum matters here too. Thank you all.
"""

ROW_LEVEL_SECURITY = """
## Welcome
[Music]
Good afternoon. Can everybody hear me at the back? Great. I'm Mira, I write about Postgres and Django, and this talk is about keeping one customer's data away from another customer when they all live in the same tables.

Most of us build multi tenant apps the same way. Every table has a tenant id column, and every query has a filter on it. That works until the day somebody forgets the filter. It happens in a report, or in an admin action, or in a raw query that was written in a hurry on a Friday. And then one customer sees another customer's invoices.

## Why tenants leak
I looked at the incidents we had over three years. Not one of them was a clever attack. Every single one was a missing filter. The code review did not catch it because the query looked fine on its own. You have to know what is missing to see that it is missing.

So the question I asked was, can the database refuse to return the wrong rows even when the application asks for them? In Postgres the answer is yes. It is called row level security.

## Policies in five minutes
You turn it on per table with alter table enable row level security. From that moment a role that is not the owner sees nothing at all, until you add a policy. A policy is a where clause that Postgres adds to every query on that table for you.

Our policy says tenant id equals current setting app tenant. The application sets that value at the start of every request, with set local inside the transaction. If the value is not set, the comparison is never true and the query returns nothing. Nothing is a much better failure than everything.

For writes there is a with check clause. It stops an insert or an update that would put a row into another tenant. So the same rule protects reading and writing.

## Wiring it into Django
In Django we do this in a small middleware. It opens a transaction for the request, finds the tenant from the host name, and runs set local with the tenant id. Because it is set local, the value disappears when the transaction ends, and a connection that goes back to the pool carries nothing into the next request.

Two details matter. The database user that the web app uses must not own the tables, because owners skip the policies unless you force them. And migrations should run as a different user, the owner, so that they can still see and change everything.

Celery tasks and management commands need the same setting. We wrapped it in a context manager, so a task says with tenant and then does its work. If a task forgets, it finds no rows, and the test suite notices quickly.

## Testing and the traps
We test this in two ways. Every test runs as the restricted user, not as a superuser, because a superuser bypasses every policy and your tests would prove nothing. And we have one test that creates two tenants, logs in as the first, and tries every list view to make sure that nothing from the second one shows up.

There are traps. Policies that call functions can be slow if the function is not marked stable. Unique constraints still see all rows, so an error message can tell a user that a value exists in another tenant. And views run with the rights of their owner unless you create them with security invoker.

None of these stopped us. They are things to know on the first day rather than the last.

## Questions
That is it from me. Thank you very much. [Applause]

>> We have a couple of minutes. How much slower are the queries with the policies on?

>> For us the difference was too small to measure, because the tenant id was already the first column of our indexes. If your indexes do not start with it, fix that first. It helps with or without row level security.

foreign

[Music]
"""


def captions_words(token, sentence_start):
    """A written word as an auto-caption shows it: no punctuation, lower case but for names."""
    if token in SOUNDS or token == ">>":
        return token
    word = re.sub(r"^[^\w>]+|[^\w']+$", "", token)
    if sentence_start and word not in KEEP_CAPITALS and (len(word) == 1 or not word.isupper()):
        word = word.lower()
    return word


def timed(script, start=0.6):
    """(TimedWords, chapters [(start, title)]) for a talk's text: ~150 words a minute, a short
    pause after a sentence, a longer one between paragraphs, sounds as long as they last."""
    words, chapters, at = [], [], start
    for paragraph in script.strip().split("\n\n"):
        for line in paragraph.strip().splitlines():
            if line.startswith("## "):
                chapters.append((at, line[3:].strip()))
                continue
            sentence_start = True
            for token in line.split():
                word = captions_words(token, sentence_start)
                sentence_start = token.endswith((".", "?", "!"))
                if not word:
                    continue
                words.append(TimedWord(round(at, 3), word))
                at += SOUNDS.get(word, 0.24 + 0.028 * len(word) + (0.05 if len(words) % 7 == 0 else 0.0))
                if sentence_start:
                    at += 0.45
        at += 1.9
    return words, chapters, at


def chapters_vtt(chapters, end):
    out = ["WEBVTT", ""]
    for (start, title), following in zip(chapters, [*chapters[1:], (end, None)]):
        out += [
            f"{format_vtt(max(0.0, start - 0.3))} --> {format_vtt(max(0.0, following[0] - 0.3))}",
            title,
            "",
        ]
    return "\n".join(out)


def main():
    TALKS.mkdir(parents=True, exist_ok=True)
    words, chapters, end = timed(PARTIAL_INDEXES)
    (TALKS / "partial-indexes-in-practice.srt").write_text(
        exported_srt(caption_lines(words)), encoding="utf-8"
    )
    print(f"partial-indexes-in-practice: {len(words)} words, {format_clock(end)} ({end:.0f} s). Chapters:")
    for start, title in chapters:
        print(f"    {format_clock(max(0.0, start - 0.3))} {title}")
    words, chapters, end = timed(ROW_LEVEL_SECURITY)
    (TALKS / "row-level-security-for-django.vtt").write_text(
        raw_youtube_vtt(caption_lines(words)), encoding="utf-8"
    )
    (TALKS / "row-level-security-for-django.chapters.vtt").write_text(
        chapters_vtt(chapters, end), encoding="utf-8"
    )
    print(f"row-level-security-for-django: {len(words)} words, {format_clock(end)} ({end:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
