"""Synthetic talks for `benchmarks/build_speed.py`: three talks with hour-long transcripts."""

from talks_transcript import one_hour_talk

from talks.shapes import exported_srt, raw_youtube_vtt

TALKS = 3


def write_content(work, content):
    folder = content / "talks"
    folder.mkdir(parents=True, exist_ok=True)
    lines = one_hour_talk()
    for number in range(TALKS):
        shape_a = number % 2 == 0
        transcript = f"talk-{number}.{'vtt' if shape_a else 'srt'}"
        (folder / transcript).write_text(
            raw_youtube_vtt(lines) if shape_a else exported_srt(lines), encoding="utf-8"
        )
        (folder / f"talk-{number}.md").write_text(
            f"Title: Synthetic talk {number}\nDate: 2025-0{number + 1}-15 10:00\nEvent: Benchmark Conf\n"
            f"Event_URL: https://conf.example.org/\nSpeakers: Mira Halloran\n"
            f"Video: https://www.youtube.com/watch?v=Bench{number:06d}\nTranscript: {transcript}\n"
            f"Captions: auto\nTags: postgresql, performance\nSummary: An hour about query plans.\n\n"
            f"An hour-long talk generated for the benchmark.\n",
            encoding="utf-8",
        )


def settings_for_benchmark(work):
    return ""
