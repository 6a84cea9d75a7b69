"""Detection fixes of session 64 read off round 354 (Chinese tutorials, an English wiki, German
notes): a Visual C++ lesson's one-line fragments (a pointer initialised in brackets, a value
stored through a pointer, `sizeof` given a name), Win32's calling conventions, and MySQL's
database renamed."""

from detect_cases import detection_test

CASES = [
    # C++'s direct initialisation of a pointer
    ("cpp", 'const char* greeting("hello");\n'),
    ("cpp", "int* counter(&total);\n"),
    # C: a value stored through a pointer; `sizeof` given a name; Win32's prototypes
    ("c", "*names[1] = 'B';\n"),
    ("c", "(sizeof names)/(sizeof names[0])\n"),
    ("c", "LRESULT CALLBACK MainProc(HWND, UINT, WPARAM, LPARAM);\n"),
    (
        "c",
        "int WINAPI WinMain(HINSTANCE hInst,\n                   HINSTANCE hPrev,\n                   LPSTR lpCmd,\n",
    ),
    # MySQL 5.1's database renamed
    ("postgresql", "RENAME database shop_old TO shop\n"),
    # as before: C's keywords listed, JavaScript's object constructed, a product assigned
    ("text", "char short int long float double if else return do while for sizeof auto register static\n"),
    ("javascript", 'var label = new String("x");\n'),
]

test_detection = detection_test(CASES)
