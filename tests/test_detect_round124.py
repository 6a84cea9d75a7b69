"""Detection fixes of session 37 read off round 123 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A file's YAML front matter over its text: an agent's or a skill's definition.
    (
        "yaml",
        "---\nname: caption-checker\ndescription: 检查字幕的时间轴，发现重叠就报告。\ntools: Read, Grep\n---\n\n"
        "Read every cue and report the ones that overlap.",
    ),
    # ... while a Markdown text with a rule in it stays text, as before.
    ("text", "---\nThe talk starts at nine.\n---\nBring a laptop."),
    # A page's "copy code" button copied with the settings.
    ("yaml", "player.autoplay: false\nplayer.captions: true\n复制代码"),
]


test_session_37_round_123 = detection_test(CASES)
