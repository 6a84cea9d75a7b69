"""Detection fixes of session 64 read off round 346 (Chinese, English, Spanish and Catalan notes):
commands indented under `#` notes, bash's `[[ ]]` tests, the mongo shell's camelCased helpers,
signatures of Python's data libraries, a transaction's mode with a placeholder, and a C array
given its values."""

from detect_cases import detection_test

CASES = [
    # commands indented under their notes: no YAML scalar goes on under a comment
    ("bash", "# 创建网络\n  docker network create web\n\n# 查看网络\n\tdocker network ls\n"),
    ("bash", "# list branches\n\tgit branch -a\n# prune the gone ones\n\tgit fetch --prune\n"),
    # a test of bash's alone, a note after it; an option set with `+o`
    ("bash", '[[ "abc9" =~ [0-9] ]] # matches\n'),
    ("bash", "[[ -d ~/notes ]] # a folder\n"),
    ("bash", "set +o noclobber\n"),
    # the mongo shell's helpers in camelCase, a `//` or `/* */` note after them
    ("javascript", "db.orders.isCapped()\n"),
    ("javascript", "db.version()\ndb.hostInfo()\n"),
    ("javascript", "db.orders.getShardDistribution() /* per shard */\n"),
    # Python's data libraries' signatures: a `;` after one, the rest elided, a cheat sheet's lines
    ("python", "sns.scatterplot(x, y, hue, data, size);\n"),
    ("python", "sklearn.cluster.KMeans(n_clusters, init, …)\n"),
    (
        "python",
        "np.linspace(start, stop, num=50, *, endpoint=True)\n\nnp.arange(start, stop, step, *, dtype=None)\n",
    ),
    # a transaction's mode, its level a placeholder
    ("postgresql", "SET TRANSACTION ISOLATION LEVEL <level>\n"),
    ("postgresql", "START TRANSACTION READ ONLY\n"),
    # a C array of a library's type, given its values in braces over noted lines
    ("c", "GLuint indices[] = {\n    0, 1, 3,  // first\n    1, 2, 3   // second\n};\n"),
    # as before: a YAML key over an indented scalar, SQLAlchemy's session, a wikilink, a JS call
    ("yaml", "steps:\n  - run: make\n# deploy\ndeploy:\n  script: make deploy\n"),
    ("python", "db.session.add(user)\ndb.session.commit()\n"),
    ("text", "[[Notes on indexes]]\n"),
    ("javascript", "usersRouter.get('/', listUsers);\n"),
]

test_detection = detection_test(CASES)
