"""Detection fixes of session 53 read off round 247 after it was measured: a Kubernetes object
under a note and `---`; C++'s `try` with its brace on the next line; an object's entries given
template literals (JavaScript's); an editor opened under notes; Ansible's INI inventory."""

from detect_cases import detection_test

CASES = [
    (
        "yaml",
        "# 对外暴露\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: talks\n  annotations:\n"
        '    nginx.ingress.kubernetes.io/configuration-snippet: |\n      more_set_headers "X-Talk $host";\n'
        "spec:\n  rules:\n    - http:\n        paths:\n          - path: /talks(/|$)(.*)\n            pathType: Prefix",
    ),
    (
        "cpp",
        "int main(int argc, char **argv)\n{\n    Communicator comm;\n    try\n    {\n        TalkPrx prx;\n"
        '        comm.stringToProxy("Talks.Server.Obj@tcp -h 10.0.0.5 -p 20001", prx);',
    ),
    ("javascript", 'talk: {\n  "query": `${API}/talks/`,\n  "update": `${API}/talks/:id`,\n}'),
    ("bash", 'echo "`date`"\nlast=`ls -t | head -1`'),  # as before: the shell's backquotes
    ("ini", "# 加上要管理的机器\nvim /etc/ansible/hosts\n[talks]\n10.0.0.21\n10.0.0.22"),
    (
        "ini",
        "[talks]\n# 10.0.0.21 ansible_user=ops\nstage ansible_host=10.0.0.21 ansible_user=ops\n"
        "localhost              ansible_connection=local",
    ),
]

test_session_53_round_247 = detection_test(CASES)
