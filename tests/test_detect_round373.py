"""Detection fixes of session 67 read off round 373 (a Spanish university course on virtual
infrastructure, an English and German blog on the front end and DevOps, an English blog of twenty
years on Windows, Erlang and Kubernetes): Win32's typed variables, a constructor defined out of its
class, Azure's old command line."""

from detect_cases import detection_test

CASES = [
    # Win32's types, names in Hungarian notation, over a call
    (
        "c",
        'LPCTSTR lpszHost = "example.org";\nDWORD dwFlags = 0;\n'
        "HINTERNET hSession = InternetOpen(lpszHost,\n\t\tINTERNET_OPEN_TYPE_DIRECT, NULL, NULL, 0);\n",
    ),
    ("c", "BOOL bSent = HttpSendRequest(hRequest, NULL, 0, NULL, 0);\n"),
    # a constructor defined outside its class, its initializer on the next line
    ("cpp", "CMainFrame::CMainFrame()\n    : m_nToolbar(-1)\n{\n}\n"),
    # Azure's old command line
    ("bash", "azure account storage keys list mystorage\n"),
    # as before: what a program printed naming its copy constructor, a C struct, the az CLI
    ("text", "Ana, 20\n\nStudent::Student(const Student &)\nAna, 20\n"),
    ("c", "struct point {\n    int x;\n    int y;\n};\n"),
    ("bash", "az group list --output table\n"),
]

test_detection = detection_test(CASES)
