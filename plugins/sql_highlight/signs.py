"""What the languages other than PostgreSQL's look like: a table of signs per language.

Detection's stages (detect.py's STAGES) ask these in a fixed order, strongest evidence first;
each test is a plain function of the block's text, bounded by the sample detect.py reads. Kept apart from the SQL rules; Python's
signs are in python_signs.py, the shell's in shell_signs.py, C's and C++'s in c_signs.py.
"""

import functools
import re

import yaml

from .python_signs import DEFINITION_HEADER
from .server_settings import SERVER_SETTINGS
from .shell_signs import ELIDED_LINE, SHELL_WORDS

# `$ cmd` (or `(venv) user@host:~/dir$ cmd`) first: a prompted shell session. Themed shells
# draw `❯` or `➜`; zsh's `%` counts after a virtualenv's name or `user@host`. A virtualenv's
# name, or a git branch's (`(feature/search) $ `), may come first.
SHELL_PROMPT = re.compile(
    r"^\s*(?:\([\w./-]+\) {0,2})?(?:[\w.-]+@[\w.-]+:?)?[\w~/.-]*\$ +[\w./~\"'\\(<-]|^\s*[❯➜»] +[\w./~\"'-]|"
    r"^[\w.-]+@[\w.-]+:[\w~/.-]*[$#](?=[a-z]{2,}\b)|"  # `user@host:~$sudo ...`, typed against the prompt
    r"^[A-Z]:\\[^<>:\n]*>(?=[a-z]{2,}\b)|"  # Windows' `C:\Users\me>ssh ...`
    r"^\[[\w.-]+@[\w.-]+ [\w~/.-]+\][$#] +\S|^[\w.-]+@[\w.-]+:[\w~/.-]*# +[\w./~\"'-]|^(?!(?:import|export|let|const|var) )[\w@.:~/-]+ \$ +[\w./~\"'-]|"  # `~/blog $ make` (not `import $ from`)
    r"^[\w.-]+@[\w.-]+% +[\w./~\"'-]|"  # zsh's `user@host% `  # `[user@host dir]$ `, as Red Hat's bash sets it
    r"^% +[A-Za-z_./~]|"  # zsh's and csh's bare prompt
    r"^\$> +[\w./~\"'-]|"  # `$> make`, as some write it
    r"^[\w.-]+:[\w~/.-]+ [\w.-]+\$ +[\w./~\"'-]|"  # macOS's `host:dir user$ `
    r"^(?:ba|z|k|tc|c)?sh(?:-[\d.]+)? ?[$%#] +[\w./~\"'-]|"  # the shell's name: `bash % `, `sh-4.4# `
    r"^\s*(?:\([\w.-]+\) ?|[\w.-]+@[\w.-]+ )[\w~/.-]* % +[\w./~\"'-]"
)
DJANGO_TEMPLATE = re.compile(  # not Nikola's and Hugo's shortcodes, `{{% raw %}}`
    r"(?<!\{)\{%-?\s*(?:load|block|endblock|extends|include|for|endfor|if|endif|url|static|csrf_token|with|"
    r"trans|blocktrans|translate|blocktranslate|comment|\w+)\b(?:[^%\n]|%(?!\}))*%\}|"
    r"(?<!\{)\{%-?[ \t]*\w+\b[^%\n]*\n(?:[^%\n]*\n){0,30}?[^%\n]*-?%\}|"  # a tag over lines
    r"(?<![\${'\"])\{\{-?\s*\.\s*-?\}\}|"  # Go's dot alone, `{{ . }}`
    r"(?<!\$)(?<!['\"])\{\{\s*\.[A-Za-z_][\w.]*\s*(?:\|[^{}\n]*)?\}\}|"  # Go's, `{{ .Name }}` (a quoted one is a command's format)
    r"(?<!\$)\{\{\s*\$?[A-Za-z_][\w.]*(?:\[[^\[\]{}\n]*\])*\s*(?:\([^{}\n]*\)\s*)?(?:\|[^{}\n]*)?\}\}|"
    r"(?<![\${])\{\{ (?:\"[^\"\n]*\"|'[^'\n]*')[^{}\n]* \}\}|"  # an expression on a string: `{{ "Hi %s" % name }}`
    r"(?<![\${])\{\{ [a-z_]\w* (?:'[^'{}\n]*'?|\"[^\"{}\n]*\"?|[A-Za-z_][\w.]*) ?\}\}|"  # a tag and its argument, oTree's `{{ static 'a.png' }}`
    r"(?m:^[ \t]*\{# [^\n]* #\}[ \t]*$)"  # a comment tag on a line of its own: `{# begin content #}`
)  # `{{ name|filter }}`, a call, `{{ script(version=2) }}`, an item, `{{ config['DEBUG'] }}`; `${{ x }}` is GitHub Actions' own
MONGO_SHELL_CALL = re.compile(
    r"^[ \t]*db\.\w+\.(?:find|findOne|insert(?:One|Many)?|update(?:One|Many)?|delete(?:One|Many)|replaceOne|"
    r"aggregate|(?:create|drop)Index(?:es)?|getIndexes|countDocuments|distinct|drop)\(",
    re.M,
)
_COUNTER_DECLARED = (
    # a loop's counter declared, `for (let i = 0; ...`, `for (const [k, v] of ...`: not C++'s `for (const std::string& s : v)`
    r"\bfor\s*\(\s*(?:var|let|const)\s+(?:[A-Za-z_$][\w$]*\s*(?:[=,;]|\b(?:of|in)\b)|[\[{])"
)
JS_SIGNS = re.compile(
    _COUNTER_DECLARED + "|"
    r"^[ \t]*(?:alert|confirm)\(\s*[\"'`]|"  # the browser's dialogs: `alert("message");`
    # Express' application and router: `app.use(express.static('public'))`, `router.get('/', h)` (no decorator's `@`)
    r"^[ \t]*(?:app|router)\.(?:use|get|post|put|patch|delete|all|listen)\(|"
    r"[\w)]\.(?:from|import|class|finally|in|is|not|and|or|with)\(|"  # a method Python cannot name: supabase's `.from('users')`
    # an object's method called with quoted strings, `;` after (`Boom.notFound('missing');`, `CKEDITOR.plugins.add( 'x' );`)
    r"^[ \t]*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.[a-z][\w$]*\([ \t]*(?:'[^'\n]*'(?:[ \t]*,[ \t]*'[^'\n]*')*[ \t]*)?\);[ \t]*$|"
    r"^[ \t]*[A-Za-z_$][\w$]*:[ \t]*/(?![/*\s])(?=[^/\n]*[\\$^()\[|?+])(?:\\.|[^/\n])+/[gimsuy]*[ \t]*,?[ \t]*$|"  # a regex as a value: `test: /\.scss$/,`, no path
    r"^[ \t]*[A-Za-z_$][\w$]*:[ \t]*\{[ \t]*\n(?:[ \t]+[A-Za-z_$][\w$]*:[ \t]*'[^'\n]*',?[ \t]*\n)+[ \t]*\},?[ \t]*$|"  # `node: {` over `fs: 'empty'`
    r"\bjQuery\(\s*['\"]|"  # jQuery's own name for `$`
    r"^\s*(?:(?:export\s+)?(?:async\s+)?function\b\s*\*?\s*\w*\s*\(|(?:const|let|var)\s+(?:[\w$]+|\{[\w${}:, ]*\}|\[[\w$, ]*\])\s*=|"
    r"import\s+[\w${}*, ]+\s+from\s+['\"]|import\s+['\"](?:[^'\"\n]+['\"];|\.{1,2}/[^'\"\n]*['\"])|export\s+(?:default|const|class)\b)|\bimport\(\s*['\"]|(?<!#)=>\s*[{(]|\bconsole\.(?:log|table|error|warn|info|debug|dir)\(|\bmodule\.exports\s*=|\.prototype\b|=\s*function\s*\(|^\s*constructor\s*\(|\bthis\.\w+\s*=[^=]|"
    r"\bfunction\s*\([^)]*\)\s*\{|(?<!\.)\bthis\.\w+\(|\b(?:document|window)\.(?!(?:html?|pdf|css|txt|md|js)\b)\w+|"
    r"(?:\.|^[ \t]*(?=\w+\(\)[ \t]*$))(?:querySelector(?:All)?|getElementById|getElementsBy[A-Z]\w*|createElement|appendChild|innerHTML|textContent)\b|"
    r"\.(?:classList|offset(?:Height|Width|Top|Left))\b|\bnavigator\.[a-z]\w*|\.filter\(Boolean\)|"  # the DOM's, the browser's
    r"^[ \t]*;[\[(]|"  # a statement guarded by `;`, as a style without semicolons opens one with `[` or `(`
    r"^\s*class\s+\w+\s+extends\s+[\w.]+\s*\{|\$\(\s*['\"]|\$\.\w+\(|\brequire\(['\"]|\.addEventListener\(|\bawait\s+fetch\(|\s(?:===|!==)\s|"
    r"^\s*//(?:[\s=]|$)|"  # a line comment (`//=> 42`, what a call gives): C's is taken before, and JSON's
    r"[\[(,]\s*\.\.\.[A-Za-z_$][\w$]*\b(?!\.\.\.)|\breturn\s+this\.\w+[^;\n]*;|"  # a spread, `[...plugins]`; `this` returned
    r"\$[a-z]\w*(?:\.\w+)+(?:\[[^\]\n]*\])?\s*[=(]|"  # `$scope.items =`, `$http.defaults.headers['X'] =`: not the shell's
    r"\w\(\s*`[^`\n]*$|"  # a template literal given to a call over lines: `` db.exec(` ``
    r"^\s*[A-Za-z_$][\w$.]*`[^`]*\$\{|"  # a tagged template filled in: `` sql`SELECT ${id}` ``
    r"^\s*(?:if|for|while)\s*\(.*\)\s*\{\s*$|"  # C's braces, after C was asked; the shell's `if [`
    r"^[ \t]*\},[ \t]*\n[ \t]*[A-Za-z_$][\w$]*\([^()\n]*\)[ \t]*\{|"  # an object's next method: `},` over `render() {`
    # An object constructed from an object, `new Queue({ name: 'x' })`; a built-in's method, `Math.floor(`.
    r"\b(?:new [A-Z][\w$]*\(\{|(?:Math|JSON|Object|Array|Promise)\.[a-z]\w*\()|"
    r"\bNumber\.(?:MAX_SAFE_INTEGER|MIN_SAFE_INTEGER|EPSILON|MAX_VALUE|MIN_VALUE|isInteger|isSafeInteger|parseFloat)\b|"
    r"^[ \t]+\.[A-Za-z_$][\w$]*\([^\n]*\);[ \t]*$|"  # a chain's last link ends the statement: `  .where('a', 1);`
    r"^[ \t]*\}\)?;[ \t]*$|"  # an object or a call's last argument closed with the statement: `});`
    r"^[ \t]*await[ \t]+[\w$.]+\([^\n]*\);[ \t]*$|"  # an awaited call, ended: `await pool.query(...);`
    r"\}\s*catch\s*\(\s*[A-Za-z_$][\w$]*\s*\)\s*\{|"  # `} catch (e) {`: Java, C# and C++ name the type caught
    r"\(\{ ?[A-Za-z_$][\w$]*: [^\n]*\}\)[^\n]*;[ \t]*$|"  # a call given an object, ended: `.sort({ at: -1 });`
    r"\((?:[\w$]+(?:, *[\w$]+)*)?\) *=> *[\w$!]|"  # an arrow function's expression: `(c) => c.enabled`
    r"(?:\(|(?<![}\]]),)\s*\{[ \t]*\n[ \t]*[A-Za-z_$][\w$]*:[ \t]+(?:[\"'\[{]|true\b|false\b|\d)|"  # an object given to a call
    r"^[ \t]*(?:await[ \t]+)?(?=[\w$.]*\b[a-z]+[A-Z])[a-z$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\([^\n]*\);[ \t]*$|"  # `usersRouter.get(...);`
    # MongoDB's shell, which JSONB posts set beside SQL: `db.events.find(`, an operator's bare key `{ $set:`.
     + MONGO_SHELL_CALL.pattern + r"|\{[ \t]*\$[a-z]+[ \t]*:",
    re.M,
)
# `[section]`, maybe with a comment after it; Babel's `[jinja2: **/templates/**.html]`, mypy's
# `[mypy-app.*,tests]`.
INI_SECTION = re.compile(
    r"^\s*\[\[[\w.-]+\]\]\s*(?:[#;].*)?$|"  # TOML's array of tables, `[[outputs.influxdb_v2]]`
    r"^\s*\[(?:(?=[^\]\n]*\w|\*\]|/\])(?![\d .,-]+\])(?!['\"])(?![^\]\n]* for [^\]\n]* in )[\w .:,\"'/*-]+(?:\{[\w.,/*-]+\})?|\{[\w.,/*-]+\})\]\s*(?:[#;].*)?$",
    re.M,
)  # an editorconfig's globs: `[*]`, `[{package.json,.travis.yml}]`; CherryPy's root, `[/]`; numbers
# alone are an array printed, and quoted items a list (`['a.bin', 'b.bin']`, `['app.Backend']`), a
# comprehension Python's (`[n * 2 for n in notes]`)
INI_SETTING = re.compile(r"^\s*[\w./-]+\s*[=:]\s*\S")  # a path as a key too: setup.cfg's data_files
# `name = value`: quoted, one word, or the rest of the line after a spaced ` = ` (`ssh_command = ssh
# barman@backup`; `registry=x docker push` is a command), with no `;` and no brackets.
CONF_SETTING = re.compile(
    r"^\s*(?!self\.)[a-z_][\w.-]*(?:\s*=\s*(?:'(?:[^']|'')*'|\"[^\"]*\"|[\w./:+@%,<>-][\w./:+@%,<>?&!{}-]*(?:\s*\|\s*[\w.-]+)*)|"
    r"\s+=\s+(?:[^\s'\"#;(){}:][^#;(){}\n]*?|SELECT\b[^#;\n]*?))\s*(?:(?:#|\s--\s|\s;\s).*)?$|"  # pgbouncer's auth_query  # a writer's `-- note` after it too, or ini's `; note`
    r"^\s*include(?:_if_exists|_dir)?\s+(?:'[^'\n]*'|[\w./-]+)\s*(?:#.*)?$"  # postgresql.conf's own directive
)
# A key may be a doc's `<placeholder>`: `<upstream_model>:` over its fields.
YAML_LINE = re.compile(
    r"^\s*(?:-\s+)?(?:\.?[\w\"'][\w\"' ./@$*-]*(?:::?\w[\w-]*)*|<<|<\w[\w-]*>|/[\w{}.-]*(?:/[\w{}.-]*)*):(?:\s|$)|^\s*-(?:\s|$)|^---\s*(?:#.*)?$|^\s*#"
)  # a route as a key too: OpenAPI's `/pets/{id}:`; Puppet's Hiera keys, `profile::db::port:`; GitLab's `test:unit:`


def looks_like_django_template(code):
    return bool(DJANGO_TEMPLATE.search(code))


# JavaScript's own, where C's and C++'s shapes would match too: `class X {` with a `constructor`,
# `this.name`, a `function` declared, `typeof x`, the page's document, a template literal assigned.
JS_CLASS_OR_FUNCTION = re.compile(
    r"^\s*constructor\s*\(|\bthis\.\w|^\s*(?:async\s+)?function\b|^\s*import\s.+\sfrom\s+['\"]|\.prototype\b|"
    r"^\s*(?:const|let|var)\s+\w+\s*=\s*`|\brequire\(\s*['\"]|^\s*(?:const|let|var)\s+\{[\w\s,:]+\}\s*=|"  # Node's
    r"\btypeof\s+(?!(?:for|in|of|the|and|or|is|a|an)\b)[A-Za-z_$]|\bdocument\.(?:write|getElementById|querySelector)|"  # GNU C's `typeof(x)` has brackets
    # a module's mode and exports; a class's static method, `static create(a, b) {` (C's has its type)
    r"^\s*['\"]use strict['\"]|\bmodule\.exports\b|^[ \t]+static\s+[A-Za-z_$][\w$]*\s*\([^()\n]*\)\s*\{|"
    + _COUNTER_DECLARED,
    re.M,
)


# A declaration the shell cannot write (no spaces around its `=`): `${x}` in a template
# literal counts as the shell's, and would outnumber JavaScript's signs.
JS_DECLARATION = re.compile(
    r"^\s*(?:export\s+)?(?:const|let)\s+[\w{}\[\]:, ]+\s=\s|"
    r"^\s*(?:export\s+)?(?:async\s+)?function\s+\w+\s*\(\s*[A-Za-z_$][\w$]*[^)\n]*\)\s*\{",  # the shell's takes no parameters
    re.M,
)


# An object literal's entry: its key unquoted, then a comma (YAML is asked before, and Python
# quotes its keys). A block that is one literal alone is data printed: text (rule 3).
JS_OBJECT_ENTRY = re.compile(
    r"^[ \t]*[A-Za-z_$][\w$]*:[ \t]+(?:[\"'\[{]|true\b|false\b|\d)[^\n]*,[ \t]*(?://[^\n]*)?$", re.M
)  # a note after the entry's comma too: `id: 'x',  // unique`


JS_LITERAL = re.compile(r":\s*(?:true|false|null|undefined)\b")  # Python's are True, False, None


@functools.lru_cache(maxsize=8)  # detection counts the same block's signs more than once
def count_matches(pattern, code):
    return len(pattern.findall(code))


# A literal opening the block, maybe under the class's name Node prints it with (`User {`): data.
_PRINTED_LITERAL = re.compile(r"\s*(?:[A-Z][\w$]*[ \t]+)?[{\[]")
_DOUBLE_QUOTED_ENTRY = re.compile(r"^[ \t]*[A-Za-z_$][\w$]*:[ \t]*\"", re.M)
_NOTE_AFTER_AN_ENTRY = re.compile(
    r"^[ \t]*[A-Za-z_$][\w$]*:[^\n]*\S[ \t]+//[ \t]", re.M
)  # `id: 7,  // the job's`


PYTHON_COMMENT = re.compile(r"(?:^|[ \t])#.*$", re.M)  # a note after `#` (strings emptied first, if any)


def looks_like_javascript(code, shell_signs=0, python=False):
    """JavaScript's own forms, outnumbering the shell's (`function f() {` is both). Unquoted keys
    alone do not outweigh Python's parse (`python`): a dict keyed by names is Python's too."""
    if python:  # what Python's comments say (`# => (6, 2.0)`) is no JavaScript, nor a `document` it names
        code = re.sub(r"\b(?:document|window)\.(?=\w)", "", PYTHON_COMMENT.sub("", code))
    signs = count_matches(JS_SIGNS, code)
    written = (
        not _PRINTED_LITERAL.match(code)
        or _NOTE_AFTER_AN_ENTRY.search(code)  # nothing prints notes
        or code.lstrip()[:1] == "{"  # nor, no class named over it, a bare key's string in double
        and _DOUBLE_QUOTED_ENTRY.search(code)  # quotes (Node prints single)
    )
    if written and not (python and not signs and not JS_LITERAL.search(code)):
        signs += count_matches(JS_OBJECT_ENTRY, code)
    if signs and not python and MONGO_SHELL_CALL.search(code):
        return True  # MongoDB's shell: its `"$grades.score"` paths are no shell variables
    return signs > 0 and (signs >= shell_signs or bool(JS_DECLARATION.search(code)))


def looks_like_ini(code):
    """`[section]` then `key = value` lines, or lines of a postgresql.conf-style file only."""
    lines = [
        line
        for line in code.splitlines()
        if line.strip() and not line.lstrip().startswith((";", "#", "--")) and not ELIDED_LINE.match(line)
    ]
    lines = _with_values_unwrapped(lines)
    if any("→" in line for line in lines):
        return False  # `nums = [1, 2]   →  2`: an example's input and what it gives, no setting
    if not lines:  # settings commented out, as postgresql.conf ships them: `#work_mem = 4MB`
        commented = [line for line in code.split("\n") if line.strip()]
        if all(re.match(r"#[a-z_]", line) and CONF_SETTING.match(line[1:]) for line in commented):
            return True
        named = {m.group(1) for line in commented if (m := _SPACED_COMMENTED_SETTING.match(line))}
        return len(named & SERVER_SETTINGS) >= 2  # `# log_checkpoints = off`, with notes among them
    sections = sum(bool(INI_SECTION.match(line)) for line in lines)
    inventory = 2 <= 2 * sections <= len(lines) and all(
        INI_SECTION.match(line) or CONF_SETTING.match(line) or _INVENTORY_HOST.fullmatch(line)
        for line in lines
    )  # Ansible's inventory: hosts a line under `[webservers]`, each maybe given its variables
    if INI_SECTION.match(lines[0]):  # its settings maybe all commented out with ini's own `;`
        return (
            any(INI_SETTING.match(line) for line in lines[1:])
            or _SEMICOLON_SETTING.search(code) is not None
            or inventory
            and sections >= 2
        )
    if sections:  # settings before the first section: `root = true`; openssl.cnf's `RANDFILE = ...`
        return inventory or all(
            INI_SECTION.match(line) or CONF_SETTING.match(line) or _SECTION_SETTING.fullmatch(line)
            for line in lines
        )
    if all(CONF_SETTING.match(line) for line in lines):
        return True
    if all(CONF_SETTING.match(line) or _is_open_setting(line) for line in lines):
        return True  # `sqlalchemy.url =`, `work_mem=`: a setting left empty, to be given elsewhere
    if all(_INVENTORY_HOST.fullmatch(line) and _ANSIBLE_VARIABLE.search(line) for line in lines):
        return True  # hosts given Ansible's variables, `web1 ansible_host=10.0.0.5`: an inventory's lines
    own = [_OWN_KEYED_SETTING.fullmatch(line) for line in lines]  # an .npmrc's, WireGuard's
    return any(setting and _OWN_KEY.match(setting.group()) for setting in own) and all(
        setting or CONF_SETTING.match(line) for line, setting in zip(lines, own, strict=True)
    )


# Settings whose keys no postgresql.conf names: an .npmrc's `@scope:registry=`, `//host/:_authToken=`
# and `key[]=` (a list's item); WireGuard's and systemd's capitalised keys, `AllowedIPs = 10.0.0.2/32`,
# one CamelCase at least (`Total = 5` is anyone's).
_OWN_KEYED_SETTING = re.compile(
    r"\s*(?:(?:@[\w.-]+:registry|//[^\s=]+:_?[\w-]+|[a-z][\w-]*\[\])=\S*|"
    r"[A-Z][A-Za-z0-9]*\s+=\s+[^\s'\"#;(){}][^#;(){}\n]*?|(?=[A-Z][a-z]+[A-Z])[A-Z]\w*=[^\s=][^#\n]*?)\s*(?:\s#.*)?"
)  # systemd's unspaced, `EnvironmentFile=/etc/default/app  # Debian`
_OWN_KEY = re.compile(r"\s*(?:[@/a-z]|[A-Z][a-z]+[A-Z])")


# Java's .properties (Spring's `application.properties`): dotted keys, no space around `=`, any
# value after it (`${app.name} is ...`). The shell names no variable with a dot, and Python
# spaces its assignments.
_PROPERTY = re.compile(r"\s*(?!self\.)[a-z][\w-]*(?:\.[\w-]+)+=(?!=)(?:\S.*)?")  # `server.info=`: empty


def looks_like_properties(code):
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith(("#", "!"))]
    keys = [line.split("=")[0] for line in lines if _PROPERTY.fullmatch(line)]
    return (
        (len(keys) >= 2 or len(keys) == 1 and keys[0].count(".") >= 2)  # `logging.level.root=WARN`
        and all(_PROPERTY.fullmatch(line) or CONF_SETTING.match(line) for line in lines)
    )


_SECTION_SETTING = re.compile(r"\s*[A-Za-z_][\w.-]*\s+=\s+\S[^\n]*")  # under a section, any key, any value
_INVENTORY_HOST = re.compile(r"\s*[\w.-]+(?:\s+[a-z_]\w*=\S+)*\s*(?:\s#.*)?")  # a note after it too
_ANSIBLE_VARIABLE = re.compile(r"\sansible_[a-z_]+=\S")
_SPACED_COMMENTED_SETTING = re.compile(r"#\s*([a-z_]+)\s*=\s*\S")
_SEMICOLON_SETTING = re.compile(r"^\s*;\s*[\w.-]+\s*=", re.M)
_OPEN_SETTING = re.compile(r"\s*[a-z_][\w./-]*\s*=\s*$")
_DOTTED_OPEN_SETTING = re.compile(r"\s*[a-z_]\w*(?:\.[a-z_]\w*)+\s*=\s*")


def _is_open_setting(line):
    """A dotted key given nothing (`sqlalchemy.url =`), or a server's own setting (`work_mem=`)."""
    return bool(_DOTTED_OPEN_SETTING.fullmatch(line)) or (
        _OPEN_SETTING.fullmatch(line) is not None and line.split("=", 1)[0].strip() in SERVER_SETTINGS
    )


def _with_values_unwrapped(lines):
    """Each value a setting wraps onto indented lines under its `key =` (configparser's, as
    flake8's `exclude =` over one path a line) given on the key's line."""
    kept, wrapped_under = [], None
    for at, line in enumerate(lines):
        indent = len(line) - len(line.lstrip())
        if wrapped_under is not None and indent > wrapped_under:
            continue
        wrapped_under = None
        following = lines[at + 1] if at + 1 < len(lines) else ""
        if _OPEN_SETTING.match(line) and len(following) - len(following.lstrip()) > indent:
            wrapped_under, line = indent, line.rstrip() + " wrapped"
        kept.append(line)
    return kept


# Python's annotated assignment, `posts: list[Post] = fetch()`: a YAML value is no `x = y`.
ANNOTATED_ASSIGNMENT = re.compile(r"^[A-Za-z_]\w*:\s*[\w.\[\], |]+\s=\s\S")
# What a post leaves out of a manifest: `...`, `[...]`, `... snipped ...`.
YAML_ELISION = re.compile(r"^\s*(?:\.{3,}|…|\[\.\.\.\]|\.\.\. [\w ]+ \.\.\.)\s*$")
LOG_LINE = re.compile(
    r"^\s*(?:ERROR|NOTICE|WARNING|DETAIL|HINT|LOG|FATAL|PANIC|INFO|DEBUG|STATEMENT|CONTEXT)\b"
    r"(?!:\s*(?:true|false|\d+)\s*$)"  # a setting of that name, `DEBUG: true`, is none
)
BLOCK_SCALAR = re.compile(r"^(\s*)(?:(?:-\s+)?[\w\"' .-]+:|-)\s*[|>][-+]?\d*\s*(?:#.*)?$")  # `- |` an item's
# A key with its value on the lines below: a mapping, or a plain scalar over several lines. One
# word, none of Python's (`else:`), and no heading of prose (`Application Options:`).
OPEN_KEY = re.compile(r"^(\s*)(?:-\s+)?(?!(?:else|try|finally|except)\s*:)[\w.-]+:\s*$")


def _indent(line):
    return len(line) - len(line.lstrip())


def _without_block_scalars(code):
    """The lines of a YAML document without the text of its `key: |` scalars (scripts, HTML) or
    of its plain scalars that run over lines (a query under `sql:`)."""
    kept, inside, open_key = [], None, None
    for line in code.splitlines():
        if inside is not None:
            if not line.strip() or _indent(line) > inside:
                continue
            inside = None
        if open_key is not None and line.strip() and _indent(line) > open_key:
            # a flow sequence or mapping opened under its key, `command:` over `[`, is no plain scalar
            flow = line.lstrip().startswith(("[", "{")) and not line.rstrip().endswith(":")
            if not flow and not YAML_LINE.match(line) and not YAML_ELISION.match(line):
                continue  # a plain scalar's line holds no `key: ` (YAML would read a mapping)
            open_key = None
        m = BLOCK_SCALAR.match(line)
        if m:
            inside = len(m.group(1))
        if line.strip():
            open_key = len(m.group(1)) if (m := OPEN_KEY.match(line)) else None
        kept.append(line)
    return kept


# One setting whose value only YAML writes so: a lower-case boolean or null, a number, a string.
YAML_SCALAR_SETTING = re.compile(
    r'^[\w-]+(?:\.[\w-]+)*:\s+(?:true|false|null|~|-?\d+(?:\.\d+)?|"[^"]*"|\'[^\']*\'|\{[\w-]+: [^{}\n]*\})\s*(?:\s#.*)?$'
)  # a comment after it too: `max-pool-size: 10  # connections`; a dotted key, `system.rate-limit: 500`
# ... or a key in a config file's case (`site_name`, `mountDir`, `DB_HOST`; not a message's `ERROR`,
# `error`) given a value Python's annotation never names: a path, a URL, an image, `{}`, a flow
# list, a placeholder, a word in lower case, a title.
YAML_PLAIN_SETTING = re.compile(
    r"^(?:- )?(?!(?:error|warning|fatal|note|hint|detail|info|debug)\b)"
    r"(?:[a-z][a-zA-Z0-9]*(?:[_-][a-zA-Z0-9]+)*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|"
    r"[a-z][\w-]*(?:\.[\w-]+)+/[a-z][\w.-]*):[ ]+"  # an annotation's key, `nginx.ingress.kubernetes.io/rewrite-target`
    r"(?:\{\}|\[[^\[\]]*\]|<\w+>|(?:https?://|/|\.|~/)\S*|[\w.-]+(?:/[\w.:@-]+)+|"
    r"\d[\d_]*(?:\.\d+)?(?:[KMGT]i?|ms|[smhd])?|\d+(?:\.\d+){3}|[a-z][\w.-]*:[\w.-]+|"  # `5_000`, `10Gi`, `30s`, an address; an image's tag
    r"(?!(?:str|int|float|bool|bytes|list|dict|set|tuple|object|type)\b)[a-z][\w.-]*|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}|[A-Za-z][\w-]*(?:\.[\w-]+)+)[ \t]*$"
)


def _scalar_continuations(lines):
    """Which lines go on a plain scalar, indented under an item's or a key's value: `- apt-get
    install` over `curl` and `git` a line each."""
    going_on = [False] * len(lines)
    for at in range(1, len(lines)):
        line, above = lines[at], lines[at - 1]
        going_on[at] = (
            len(line) - len(line.lstrip()) > len(above) - len(above.lstrip())
            and _SCALAR_LINE.fullmatch(line) is not None
            and (going_on[at - 1] or YAML_LINE.match(above) is not None)
        )
    return going_on


_SCALAR_LINE = re.compile(r"[ \t]+[^\s:#\-{}\[\]=>,()][^:#=>,()]*")


def _code_line_end(line):
    """`;`, `{` or ` \\` ending a line; a `key: value;` line of plain words (a statement held
    as a value, `grant: GRANT ... ;`) is YAML's."""
    if line.rstrip().endswith(("{", " \\")):
        return True
    return line.rstrip().endswith(";") and not (YAML_LINE.match(line) and not re.search(r"[(){}]", line))


# Python's compound statements open with a keyword and end with `:`, as a YAML key would.
# (`with:` alone is a key: Python's `with` takes something to enter.)
_COMPOUND_STATEMENT = re.compile(
    r"^\s*(?:(?:async\s+)?(?:with|for|while|if|elif)\s[^:]*|try\s*|except\b[^:]*):\s*(?:#.*)?$"
)
_TOP_KEY = re.compile(r"^([^\s:#-][^:]*):(?:\s|$)")


def _repeats_a_key(lines):
    """A key given twice at the top of one document: YAML keeps the last, a writer never means it
    (unless comments or list items set the copies apart: alternatives shown, a list mis-indented)."""
    if any(line.lstrip().startswith(("#", "- ")) for line in lines):
        return False
    seen = set()
    for line in lines:
        if line.startswith("---"):
            seen = set()
            continue
        m = _TOP_KEY.match(line)
        if m and m.group(1) in seen:
            return True
        if m:
            seen.add(m.group(1))
    return False


# Keys of words with their values aligned: `System Id    : 74`, `Latest checkpoint location:    0/D04FD00`.
_ALIGNED_COLON = re.compile(r"^\s*\w+(?: [\w()/'-]+)+(?: {2,}: |: {3,}\S)")


# A key of several words, unquoted: YAML allows it, but configuration never writes it.
_SPACED_KEY = re.compile(r"^\s*(?:-\s+)?[^\s:#'\"{\[-][^:'\"{}\[\]]*?[^\s:] [^\s:][^:'\"{}\[\]]*:(?:\s|$)")


_DESCRIBED = re.compile(r"^\s*[A-Z][A-Za-z]*(?: [A-Z][a-z]+)*: {2,}\S")


_SCHEMA_MODELINE = re.compile(r"#\s*yaml-language-server:")


# A docstring's section in Google's style: `Args:` over `path (str): The file to read`.
_DOCSTRING_SECTION = re.compile(r"(?:Args|Arguments|Parameters|Returns|Yields|Raises|Attributes):\s*$")
_DOCUMENTED_PARAMETER = re.compile(r"\s+\*{0,2}\w+ \([\w.,\[\] |]+\): \S")


def looks_like_yaml(code):
    """Mostly `key: value` and `- item` lines, and a mapping or list to YAML's own parser (or
    nothing but such lines: a manifest cut short in a post does not parse)."""
    lines = [line for line in _without_block_scalars(code) if line.strip() and not YAML_ELISION.match(line)]
    head = next((line for line in lines if not line.lstrip().startswith("#")), "")  # under its comments
    if (
        not lines
        or LOG_LINE.match(lines[0])
        or DEFINITION_HEADER.match(head)
        or re.match(r"\s*(?:async\s+)?(?:def|class)\s+\w+\s*[(:]", head)  # `def f(x): ...` on one line
        or _COMPOUND_STATEMENT.match(head)
        or lines[0].startswith("Usage:")
        or _MIGRATIONS_REPORT.match(head)
        or (_DOCSTRING_SECTION.match(head) and any(map(_DOCUMENTED_PARAMETER.match, code.splitlines())))
        or re.match(
            r"\s*(?:[Ee]rror|ERROR|[Ww]arning|WARNING|[Ff]atal|FATAL|[A-Z]\w*(?:Error|Exception|Warning)): ",
            head,
        )
    ):
        return False
    if _SCHEMA_MODELINE.match(code.lstrip()):
        return True  # `# yaml-language-server: $schema=...`: the editor's mark, in YAML files only
    if _OBJECT_HEAD.match(code):
        return True  # `apiVersion:v1` over `kind:Service`: Kubernetes' object, a space left out or not
    if _repeats_a_key(lines):
        return False  # `Consumer 1: hello` twice: lines printed, not a mapping
    top = [line for line in lines if not line[:1].isspace() and not line.startswith("#")]
    if len(top) >= 2 and all(re.match(r"\d[\w.-]*:\s", line) for line in top):
        return False  # `2.1.2: 2.46`, `0: {element: div}`: results by version or index, printed
    if len(lines) == 1 and BLOCK_SCALAR.match(lines[0]) and code.count("\n") >= 2:
        return True  # `config: |` over the document it holds: YAML's own syntax
    if len(lines) == 1 and (YAML_SCALAR_SETTING.match(lines[0]) or YAML_PLAIN_SETTING.match(lines[0])):
        return True  # `key: true`: Python's annotation names a type, never `true` or `"text"`
    keyed = sum(
        bool(YAML_LINE.match(line)) or going_on
        for line, going_on in zip(lines, _scalar_continuations(lines), strict=True)
    )
    if not lines or keyed < max(2, 0.6 * len(lines)) or not YAML_LINE.match(lines[0]):
        return False
    if sum(bool(_ALIGNED_COLON.match(line)) for line in lines) >= 2:
        return False  # `Server Name     : main`: a report's aligned fields, not YAML's keys
    if sum(bool(_DESCRIBED.match(line)) for line in lines) >= 3 and all(
        re.match(r"\s*[A-Z]", line) for line in lines if YAML_LINE.match(line)
    ):
        return False  # `Name:         backup-example`: `kubectl describe` prints, in capitals, aligned
    if 2 * sum(bool(_SPACED_KEY.match(line)) for line in lines) >= keyed:
        return False  # `Started At:  2020-10-26`, `- Scanned rows: 85,000`: a report, or notes
    entries = [line for line in lines if not line.lstrip().startswith("#")]
    if entries and all(line.rstrip().endswith(",") for line in entries):
        return False  # `'KEY': False,` on each line: a dict's entries, Python's or JavaScript's
    in_items = keyed >= 0.8 * len(lines) >= 8  # a CI job's `- curl ... \` script items among many keys
    if any(
        (_code_line_end(line) and not (in_items and line.rstrip().endswith("\\")))
        or ANNOTATED_ASSIGNMENT.match(line)
        for line in entries
    ):  # (a comment may end so)
        return False  # C's and JavaScript's line ends, and the shell's continuation
    documents = _yaml_documents(_ALIAS.sub(r"\1\2{}", "\n".join(lines)))
    if documents is None:
        return keyed == len(lines) >= 4
    documents = [document for document in documents if document is not None]
    if len(documents) > 1:  # `--- # a note` between Kubernetes' objects
        return all(isinstance(document, dict | list) for document in documents)
    parsed = documents[0] if documents else None
    if isinstance(parsed, list) and all(line.strip()[2:].strip().upper() in _SQL_CLAUSES for line in lines):
        return False  # `- FROM` over `- WHERE`: a query's clauses named in their order (YAML reads `- ON` as true)
    if isinstance(parsed, list) and _is_list_of_points(parsed):
        return False  # `- Punched cards` over `- Magnetic tapes`: a lesson's points in Markdown, no data
    if isinstance(parsed, list) and all(isinstance(item, str) and _is_sentence(item) for item in parsed):
        return False  # `- Create a fork of the database`: a list of steps, in words
    return isinstance(parsed, dict | list)


_OBJECT_HEAD = re.compile(
    r"\s*apiVersion:[ \t]*[\w./-]+[ \t]*\n[ \t]*kind:[ \t]*[A-Z]\w*[ \t]*$|\s*kind:[ \t]+[A-Z][a-z]+[A-Z]\w*\s*\Z",
    re.M,
)  # or its kind alone, `kind: DaemonSet` (a CamelCase kind: no Python's annotation names a type so, `kind: str`)


@functools.lru_cache(maxsize=8)  # detection asks of the same block more than once; its parse is the cost
def _yaml_documents(text):
    """The documents YAML's parser reads in the text (not to be changed), or None where it fails."""
    try:
        return tuple(yaml.load_all(text, Loader=_AppTagsLoader))
    except (yaml.YAMLError, ValueError, RecursionError):
        return None


# An alias, `<<: *default`, whose anchor a post's excerpt left out: undefined to the parser.
_ALIAS = re.compile(r"([:-])([ \t]+)\*[\w.-]+[ \t]*$", re.M)
# What Django's `makemigrations` and `migrate` print, nested like YAML's mappings.
_MIGRATIONS_REPORT = re.compile(r"(?:Migrations for '[\w.]+'|Operations to perform|Running migrations):$")
_SENTENCE = re.compile(r"[A-Z][a-z]+(?: +[^\s:]+){3,}")
_SQL_CLAUSES = frozenset(
    "SELECT,DISTINCT,TOP,FROM,JOIN,ON,WHERE,GROUP BY,HAVING,WINDOW,QUALIFY,ORDER BY,LIMIT,OFFSET,UNION,INTO".split(
        ","
    )
)
# Or an item of four words or more in lower case (or after an acronym), no flag, path or
# setting among them, two of them English's small words: `- port 80 is reachable from the internet`.
_WORDS_ITEM = re.compile(r"(?:[A-Z]{2,}|[a-z]+)(?: +(?![-/$])[^\s:/=$]+){3,}")
_SMALL_WORDS = re.compile(r"\b(?:is|are|was|be|the|a|an|to|from|for|of|and|this|that|with|by|on|in)\b")


def _is_list_of_points(items):
    """Items of words, a space in most of them (a nested list's too), none a command, a path, a
    flag or a placeholder: what a Markdown list says, not a YAML file's list of values."""
    flat = [point for item in items for point in (item if isinstance(item, list) else [item])]
    return (
        len(flat) >= 2
        and all(
            isinstance(point, str) and _POINT.fullmatch(point) and not SHELL_WORDS.match(point)
            for point in flat
        )
        and 2 * sum(" " in point for point in flat) > len(flat)
    )


# A point in words: letters first, no path, flag, assignment, URL or template among them.
_POINT = re.compile(r"[^\W\d_][^/=$<>{}`|\\]*")


def _is_sentence(item):
    return bool(_SENTENCE.match(item) or _WORDS_ITEM.fullmatch(item) and len(_SMALL_WORDS.findall(item)) >= 2)


# An action of Go's templates, which Django and Jinja never write: a field from the dot
# (`{{ .Values.image }}`), a named template included, or a control word over the dot's data.
_GO_ACTION = re.compile(
    r"\{\{-?\s*(?:\.[A-Za-z$]|\$\.|(?:include|template|toYaml|tpl)\s|(?:if|range|with)\s+(?:not\s+)?\.|end\s*-?\}\})[^\n]*?\}\}"
)
_GO_ACTION_LINE = re.compile(r"^[ \t]*\{\{-?[^\n]*?-?\}\}[ \t]*\n?", re.M)


def looks_like_templated_yaml(code):
    """A Helm chart's template: YAML once Go's actions are taken out (LABELLING.md keeps it YAML)."""
    if not _GO_ACTION.search(code):
        return False
    return looks_like_yaml(_GO_ACTION.sub("x", _GO_ACTION_LINE.sub("", code)))


class _AppTagsLoader(yaml.SafeLoader):
    """YAML's safe loader, reading an application's own tags (`!ENV [CI, false]`) as nothing."""


_AppTagsLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
