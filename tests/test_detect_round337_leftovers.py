"""Detection fixes of session 63 read off round 337's leftovers (Korean and Chinese notes):
exam statements under glued `--1.` questions with a `:` elision, options noted `//` in the
writer's letters glued to their commas, and another way to write a condition in brackets."""

from detect_cases import detection_test

CASES = [
    (
        "postgresql",
        "--1. emp 표의 열을 보이시오.\ndesc emp;\n--2. dept 표의 열을 보이시오.\ndesc dept;\n--3. 오늘 날짜를 보이시오.\n\n"
        "--4. 입사월마다 가장 높은 급여를 구하되, 높은 순으로 정렬하고 만 이상인 것만 보이시오. \n"
        "select to_char(hiredate,'mm\"월\"') 입사월, to_char(max(sal),'999,999')||'원' 최고급여\nfrom emp\n"
        "where sal >=10000\ngroup by to_char(hiredate,'mm\"월\"')\norder by to_char(max(sal),'999,999')||'원' desc;\n\n"
        ":\n--12월 12,000원\n",
    ),
    (
        "postgresql",
        "CHANGE MASTER TO\nMASTER_HOST='10.0.0.7',//主库地址\nMASTER_USER='copier',//复制账号\n"
        "MASTER_LOG_POS=4,//起始位置\nMASTER_PORT=3306;//端口\n",
    ),
    ("postgresql", "select *\t\t\nfrom dept\t\t\nwhere loc = 'seoul';\n\t(or loc = 'busan';)\n"),
    # as before: a shell script's options, JavaScript's array noted in another alphabet, psql's row count
    ("bash", "#!/bin/bash\nrsync -av --delete src/ dst/\n--exclude cache\n"),
    ("javascript", "const ports = [\n  3306,//主库\n  3307,//从库\n];\n"),
    ("psql", "select count(*) from dept;\n count\n-------\n     4\n(1 row)\n"),
]

test_detection = detection_test(CASES)
