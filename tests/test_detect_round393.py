"""Detection fixes of session 69 read off round 393 (a Japanese SRE's notes, a Korean developer's
blog, a Japanese training course's answers): a form's markup under a column of `・` (the page's
head left out) over its script element is HTML."""

from detect_cases import detection_test

CASES = [
    # the page's head elided with `・`, then a form whose handler is called in an attribute
    (
        "html",
        "        ・\n        ・\n"
        '<form action="/find" method="get" onsubmit="return checkQuery()">\n'
        '  <input type="text" name="q">\n  <button type="submit">Find</button>\n</form>\n'
        "        ・\n        ・\n<script>\nfunction checkQuery() {\n"
        '  let q = document.getElementsByName("q")[0].value;\n  return q.trim() != "";\n}\n</script>\n',
    ),
    # as before: JavaScript that builds markup in its strings
    ("javascript", "const box = document.getElementById('out');\nbox.innerHTML = '<p>' + text + '</p>';\n"),
]

test_detection = detection_test(CASES)
