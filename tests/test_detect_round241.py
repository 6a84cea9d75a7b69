"""Detection fixes of session 52 read off round 240 after it was measured: gulp's API
(`gulp.src('js/*.js')`, `gulp.watch(...)`) and axios' defaults set are JavaScript's; a .env file
may hold a few lists apart by spaces (`VPN_ADDL_USERS=a b`) among its other settings, notes in
`##` above them."""

from detect_cases import detection_test

CASES = [
    # gulp's and axios' own.
    ("javascript", "//使用数组的方式来匹配多种文件\ngulp.src(['js/*.js','css/*.css','*.html'])"),
    ("javascript", "gulp.watch(glob[, opts, cb])"),
    ("javascript", "axios.defaults.baseURL = 'https://talks.example';\naxios.defaults.timeout = 2500;"),
    ("bash", "gulp build --production"),  # as before: the command
    # A .env file with lists apart by spaces.
    (
        "bash",
        "LECTERN_USER=ada\nLECTERN_PASSWORD=secret\n## 多个用户(空格隔开)\nLECTERN_EXTRA_USERS=bob eve\n"
        "LECTERN_EXTRA_PASSWORDS=x y\n## 默认DNS\nLECTERN_DNS1=8.8.8.8\nLECTERN_DNS2=8.8.4.4",
    ),
    ("bash", "ALLOWED_HOSTS=localhost 127.0.0.1\nDEBUG=0\nSECRET_KEY=abc"),  # as before
]

test_session_52_round_240 = detection_test(CASES)
