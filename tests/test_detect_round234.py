"""Detection fixes of session 51 read off round 233 after it was measured: a prompt with the time
before it (`[0:18:35] user:dir $ `); phpize known; a regex literal handed to a call is
JavaScript's (sed's quoted expression stays as before)."""

from detect_cases import detection_test

CASES = [
    # A prompt with the time before it, gcc's stages run at it.
    ("console", "[0:18:35] ada:talks $ gcc -E talk.c -o talk.i\n[0:18:59] ada:talks $ ls\ntalk.c talk.i"),
    # A PHP extension built.
    ("bash", "phpize\n./configure --with-php-config=/usr/local/php/bin/php-config\nmake"),
    # A regex literal handed to replace.
    ("javascript", " replace(/-+/g,'');"),
    ("bash", "sed -i 's/draft/final/g' talk.md"),  # as before
]

test_session_51_round_233 = detection_test(CASES)
