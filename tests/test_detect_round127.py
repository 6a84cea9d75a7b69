"""Detection fixes of session 38 read off round 126 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A command's options listed without the command: what it is given, text (LABELLING.md's
    # audits read the JVM's options and a server's flags so).
    ("text", "--name lectern-site\n-p 8080:80\n-v /srv/site:/usr/share/nginx/html:ro"),
    ("text", "--request-timeout=1m\n--max-requests-inflight=800"),
    (
        "bash",
        "docker run -d \\\n  --name lectern-site \\\n  -p 8080:80 \\\n  nginx",
    ),  # as before: the command
    # Node's call given an object of one key, braces spaced JavaScript's way.
    ("javascript", "createClient({ url: 'redis://cache:6379' })"),
    ("python", "render(request, 'talk.html', {'talk': talk})"),  # as before: Python's dict
    # A method Python cannot name: supabase's `.from(...)`.
    ("javascript", "supabase.from('talks').select('title').eq('slug', slug)"),
    # What `id` prints.
    ("text", "uid=1001(lectern)"),
    # MySQL's column placed on a line of its own, `AFTER b;`.
    (
        "postgresql",
        "MODIFY summary VARCHAR(280)\nAFTER title;\n\n-- or first\nMODIFY summary VARCHAR(280)\nFIRST;",
    ),
]


test_session_38_round_126 = detection_test(CASES)
