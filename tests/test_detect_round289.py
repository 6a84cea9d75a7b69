"""Detection fixes of session 57 read off round 288 after it was measured: a class's static method
cut from its class and its private members, YAML's `!!omap` tag on a key, and two aligned columns of
words or paths as a program printed them."""

from detect_cases import detection_test

CASES = [
    ("javascript", "static fromMinutes(minutes) {\n  return new Talk(minutes * 60)\n}"),
    (
        "javascript",
        "class Schedule {\n  static #slots = 12;\n  #booked = [];\n\n  static #free() {\n    // none yet\n  }\n}",
    ),
    ("yaml", "speakers: !!omap\n- Ada Lovelace: 3\n- Grace Hopper: 5\n- Edsger Dijkstra: 2"),
    ("text", "postgres    /var/lib/postgresql\nwww-data    /var/www\nnobody      /nonexistent"),
    # as before: calls noted in aligned `//` comments stay JavaScript
    (
        "javascript",
        "console.log(Number('7'));   //7\nconsole.log(Number(''));    //0\nconsole.log(Number('x'));   //NaN",
    ),
    # as before: a C function declared static, its type given
    ("c", "static int next_slot(int used) {\n    return used + 1;\n}"),
]

test_session_57_round_288 = detection_test(CASES)
