"""C's figures as lessons write them (read off rounds 323, 324, 326 and 328): braced
statements JavaScript would write alike, save a form only C writes (`goto`, a name declared by
its type, a function by the type it returns, `fork()`) or its habits (a loop waiting with an
empty body, `while (1)`, a semaphore waited on and signalled). JavaScript's own forms, Java's,
and a declaring word misspelt keep the JavaScript reading. Braceless control over `;`-ended
statements, and a prototype in Microsoft's annotated way (`[in, optional] LPVOID lpAddress,`),
are C too, where nothing else took the block."""

from detect_cases import detection_test

CASES = [
    (
        "c",
        "slot s;\n\nwhile (1) {\n  while (filled == SLOTS) ; // spins\n  ring[head] = s;\n  head = (head + 1) % SLOTS;\n}",
    ),
    (
        "c",
        "do {\n    wait(room);\n    wait(lock);\n    // take a seat\n    signal(lock);\n    signal(seated);\n} while (true);",
    ),
    ("c", "gate lanes[4];\n\ndo {\n    take(lanes[k]);\n    // drive\n    give(lanes[k]);\n} while (true);"),
    ("c", "flag check (k) {\n  if (k == 0) {\n    k = 1;\n    return true;\n  }\n  return false;\n}"),
    ("c", "if ((child = fork()) == 0) {\n  run_talk(slides);\n}"),
    ("c", "reader.done();\ngoto after_the_talk;"),
    (
        "c",
        "for (;;) {\n    while (queue.len == 0)\n        ; // nothing to read yet\n    next = queue.items[queue.tail];\n}",
    ),
    # read off round 323: braceless control over statements, Microsoft's annotated prototypes
    ("c", "m=p;\nn=q;\nwhile (m!=n)\n\tif (m>n)\n\t\tm=m-n;\n\telse\n\t\tn=n-m;\nlength=m;"),
    ("c", "BOOL OpenDeck(\n  [in]            LPCWSTR lpName,\n  [in, optional]  DWORD   dwFlags\n);"),
    # JavaScript's own, Java's and a misspelt declaring word keep it JavaScript
    ("javascript", "var talk = require('./talk');\nvar fork = talk.fork;\nvar child = fork('./slides.js');"),
    (
        "javascript",
        "if (shown) {\n  ar start = deck.getStart();\n  show(start);\n}",
    ),
    (
        "javascript",
        "for (var i = 0; i < talks.length; i++) {\n  console.log(talks[i]);\n}\n\nwhile (more) {\n  Read one;\n}",
    ),
    ("javascript", "if (talk.live) {\n  stream.open();\n  return;\n}"),
]

test_detection = detection_test(CASES)
