"""Detection fixes of session 52 read off round 237 after it was measured: a notebook's cell
headed by its number alone (`In[3]:`) over Python is Python, what it printed after `Out[3]:`
aside; PostgreSQL's DO takes a string (`DO $$`, `DO LANGUAGE`), so a question opening with
"Do" (or C's `do {`) is no statement; a structure's member set alone (`cfg.mode = MODE_FAST;`) is
no SQL condition; the DOM's methods listed with `//` notes and an arrow function assigned
without a declaration are JavaScript's; `<< 16` shifts, a heredoc's word never opens with a digit."""

from detect_cases import detection_test

CASES = [
    # A notebook's cells headed by their numbers.
    (
        "python",
        "In[3]:\n# 利用粗略搜索得到的结果限制精细搜索的范围\nn = 10\nlo = (scale[i] + scale[max(0, i-1)]) * 0.5\n"
        "finer = np.linspace(lo, hi, n+1)",
    ),
    (
        "python",
        "In[4]:\nmodel = train(talks, epochs=3)\nprint('test: ')\n----------------------------------------\n"
        "Out[4]:\ntest: \nAccuracy = 99.41% (2292/2305)",
    ),
    ("python", "In [1]: import lectern"),  # as before
    # DO takes a string; "Do you ...?" and C's do-while are none.
    (
        "text",
        "Do you want to install Database? [y/n]: y\n\nPlease select a version of the Database:\n"
        "\t1. Install MySQL-8.0\n\t2. Install PostgreSQL\n\t3. Do not install\n"
        "Please input a number:(Default 2 press Enter) 2",
    ),
    ("postgresql", "DO $$\nBEGIN\n  PERFORM pg_sleep(1);\nEND\n$$;"),  # as before
    ("postgresql", "DO LANGUAGE plpgsql $$ BEGIN NULL; END $$;"),  # as before
    # A structure's member set alone.
    ("text", "TIM_OCInitStructure.TIM_OutputState = TIM_OutputState_Enable;"),
    ("postgresql", "o.customer_id = c.id;"),  # as before: a join's condition
    # The DOM's methods listed, notes after them; an arrow function assigned.
    ("javascript", "createElement() //创建一个元素\ncreateTextNode() //创建一个文本节点"),
    ("javascript", "factorial = n => n <= 1 ? 1 : n * factorial(n - 1);\n\nfactorial(10);"),
    (
        "javascript",
        "rgbToHex = (r, g, b) => ((r << 16) + (g << 8) + b).toString(16);\n\nrgbToHex(255, 165, 1);",
    ),
    ("bash", "cat << EOF > talks.txt\nkeynote\nEOF"),  # as before
    ("bash", "comand < filename #命令行中使用\ncommand << 分界符#脚本编程中使用"),  # as before
]

test_session_52_round_237 = detection_test(CASES)
