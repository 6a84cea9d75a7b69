"""Detection fixes of session 52 read off round 235 after it was measured: a program named with
SQL's verb and a hyphen (`create-react-app`) is no statement; Vue's `this.$emit(...)`, the
timers' globals (`setTimeout(...)`) and route objects whose keys are glued to quoted values
(`path:'/home'`) are JavaScript's; CORS' response headers are HTTP's; a variable set with stray spaces and exported on the
next line is the shell's."""

from detect_cases import detection_test

CASES = [
    # A program whose name opens with SQL's verb.
    ("bash", "create-react-app talk-notes"),
    ("bash", "create-next-app talks --typescript"),
    ("postgresql", "CREATE TABLE talks (id int);"),  # as before
    ("postgresql", "create table talks (id int);"),  # as before
    # Vue's instance methods, the timers' globals.
    ("javascript", "this.$emit('talk-chosen', this.talk)"),
    ("javascript", "this.$off('talk-chosen')\nthis.$off(['seek', 'pause'])"),
    ("javascript", "//字幕十秒后隐藏\nsetTimeout(hideCaptions, 10000);"),
    ("javascript", "clearInterval(timer);"),
    ("c", 'sleep(10);\nprintf("%d\\n", n);'),  # as before
    ("javascript", "this.player.seek(this.start)"),  # as before
    # Route objects, keys glued to their quoted values.
    ("javascript", "routes:[\n  {\n    name:'talks',\n    path:'/talks',\n    component:Talks\n  }\n]"),
    ("javascript", "{\n    path:'/',\n    redirect:'/talks'\n}"),
    ("yaml", "talks:\n  path: /talks\n  redirect: /archive"),  # as before
    ("json", '{\n  "path": "/",\n  "redirect": "/talks"\n}'),  # as before
    # CORS' headers, notes after them: what a server answered.
    (
        "text",
        "Access-Control-Allow-Origin: https://talks.example  // 必须有\n"
        "Access-Control-Allow-Credentials: true  // 可选\nVary: Origin",
    ),
    ("yaml", "origin: https://talks.example\ncredentials: true"),  # as before
    # A variable exported on the next line, spaces around its `=` as the writer slipped.
    ("bash", "LECTERN_HOME = /opt/lectern\nexport LECTERN_HOME\n/opt/lectern/bin/serve.sh"),
    ("bash", "LECTERN_HOME=/opt/lectern\nexport LECTERN_HOME\n/opt/lectern/bin/serve.sh"),
    ("bash", "LECTERN_HOME=/opt/lectern\nexport LECTERN_HOME"),  # as before
]

test_session_52_round_235 = detection_test(CASES)
