"""Detection fix of session 71 read off round 414 (Rocky Linux's guides, a Chinese Kubernetes
handbook): a Jinja template named by its `.j2` file in a comment over it, which is no root's
prompt running a command."""

from detect_cases import detection_test

CASES = [
    # Ansible's template for a config file, its path noted over it
    (
        "html+django",
        "# /path/to/sshd_config.j2\nPort {{ ssh_port }}\nPermitRootLogin {{ root_login }}\n# more as needed\n",
    ),
    (
        "html+django",
        "# roles/web/templates/vhost.conf.j2\nServerName {{ server_name }}\nDocumentRoot {{ doc_root }}\n",
    ),
    # as before: a command at root's prompt over what it printed stays console
    ("console", "# cat /etc/chrony.conf\nserver 0.pool.ntp.org iburst\nallow 10.0.0.0/8\n"),
]

test_detection = detection_test(CASES)
