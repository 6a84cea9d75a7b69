"""Detection fixes of session 50 read off round 222 after it was measured: CMake's configure
output is no SQL under `--` notes; Jest's own calls, a window's frame and a method called with
what it does noted after `//` are JavaScript (tkinter's window, Python's floor division and SQL's
notes alone stay as before)."""

from detect_cases import detection_test

CASES = [
    # CMake's status lines after `-- `, a warning's call stack between them: its output.
    (
        "text",
        "-- The C compiler identification is GNU 12.2.0\n-- Detecting C compiler ABI info\n"
        "-- Found PostgreSQL: /usr/lib/libpq.so (found version 16.1)\n"
        "CMake Warning at cmake/FindPgVersion.cmake:31 (message):\n  libpq is older than the server\n"
        "-- Configuring done\n-- Generating done\n-- Build files have been written to: /home/me/lectern/build",
    ),
    (
        "postgresql",
        "-- every talk of the year\n-- then their slides, by date",
    ),  # as before: SQL's notes alone
    # Jest's own calls: a module mocked, timers faked.
    ("javascript", "jest.mock('./feeds')"),
    ("javascript", "jest.useFakeTimers()\njest.advanceTimersByTime(1000)\njest.clearAllMocks()"),
    ("python", "mock.patch('planet.fetch')"),  # as before: Python's mock
    # A page's frame reached through the window (no tkinter window has one).
    ("javascript", "  window.frameElement.parentNode.removeChild(window.frameElement)"),
    ("python", 'window.title("Lectern")\nwindow.mainloop()'),  # as before: tkinter's window
    # Methods called, what each does written in words after `//`.
    ("javascript", "cache.clear() // forget every feed\ncache.reload() // read them all again"),
    ("python", "total = hits.count() // 2"),  # as before: Python's floor division
]

test_session_50_round_222 = detection_test(CASES)
