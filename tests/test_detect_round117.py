"""Detection fixes of session 37 read off round 116 after it was measured, each on snippets
we write here; the cases marked "as before" guard what a fix must not move."""

from detect_cases import detection_test

CASES = [
    # A shell profile: a completion function in the C style, `name()` over `{`.
    (
        "bash",
        'export PATH="$HOME/.local/bin:$PATH"\n\n# talks completion start\n_talks_completion()\n{\n'
        "    COMPREPLY=( $( TALKS_COMPLETE=1 $1 ) )\n}\ncomplete -o default -F _talks_completion talks",
    ),
    # ... while C's function, its type on the line above, stays C, as before.
    ("c", "static void\nstart_recording()\n{\n    open_camera();\n}"),
    # A profile opening with a test, commands commented out under it.
    (
        "bash",
        '[[ -s "$HOME/.talksrc" ]] && source "$HOME/.talksrc"\n# export TALKS_DIR="$HOME/talks"\n'
        'export PATH="$HOME/talks/bin:$PATH"\n# echo "loaded"',
    ),
    # ... while root's commands over their output stay a session, as before.
    ("console", "# export TALKS_DIR=/srv/talks\n# talks build --drafts\nBuilt 12 talks."),
    # webpack's configuration cut into pieces: a rule's regex, an entry's object.
    ("javascript", "{\n  test: /\\.vtt$/,\n  loader: 'raw-loader'\n}"),
    ("javascript", "resolve: {\n  extensions: '.js'\n},"),
    # ... while a YAML key over a path stays YAML, as before.
    ("yaml", "root: /srv/talks/public/\nindex: index.html"),
    # jQuery named in full, over lines.
    (
        "javascript",
        "jQuery('#transcript').show();\n\nwindow.open(talk_url\n    + '#t=' + start,\n    '_blank'\n);",
    ),
    # nginx with blocks on one line.
    (
        "text",
        "server {\n    listen 80;\n    server_name talks.example.org;\n    root /srv/talks;\n    index index.html;\n"
        "    # no hidden files\n    location ~ /\\. { access_log off; deny all; }\n"
        "    location = /robots.txt { log_not_found off; access_log off; }\n"
        "    location / {\n        try_files $uri $uri/ =404;\n    }\n"
        "    if (!-e $request_filename) {\n        rewrite ^/talks/(.*)$ /t/$1 last;\n    }\n}",
    ),
]


test_session_37_round_116 = detection_test(CASES)
