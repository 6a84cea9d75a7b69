"""What ini files, postgresql.conf-style settings and Java's properties look like."""

import re

from .python_parse import python_tree
from .server_settings import SERVER_SETTINGS
from .shell_signs import ELIDED_LINE

# `[section]`, maybe with a comment after it; Babel's `[jinja2: **/templates/**.html]`, mypy's
# `[mypy-app.*,tests]`.
INI_SECTION = re.compile(
    r"^\s*\[\[[\w.-]+\]\]\s*(?:[#;].*)?$|"  # TOML's array of tables, `[[outputs.influxdb_v2]]`
    r"^\s*\[<[\w.-]+>\]\s*(?:[#;].*)?$|"  # a section the reader names: `[<share_folder>]`
    r"^\s*\[[\w.-]+ +\"[^\"\n]+\"\]\s*(?:[#;].*)?$|"  # git config's subsection, `[url "ssh://git@github.com/"]`
    r"^\s*\[(?:(?=[^\]\n]*\w|\*\]|/\])(?![\d .,-]+\])(?!['\"])(?![^\]\n]* for [^\]\n]* in )(?![^\]\n]*, )[\w .:,\"'/*-]+(?:\{[\w.,/*-]+\})?|\{[\w.,/*-]+\})\]\s*(?:[#;].*)?$",
    re.M,
)  # an editorconfig's globs: `[*]`, `[{package.json,.travis.yml}]`; CherryPy's root, `[/]`; numbers
# alone are an array printed, and quoted items a list (`['a.bin', 'b.bin']`, `['app.Backend']`), a
# comprehension Python's (`[n * 2 for n in notes]`), items after `, ` a list (`[2, 1, empty]`)
INI_SETTING = re.compile(r"^\s*[\w./-]+\s*[=:]\s*\S")  # a path as a key too: setup.cfg's data_files
# `name = value`: quoted, one word, or the rest of the line after a spaced ` = ` (`ssh_command = ssh
# barman@backup`; `registry=x docker push` is a command), with no `;` and no brackets.
CONF_SETTING = re.compile(
    r"^\s*(?!self\.)[a-z_][\w.-]*(?:\s*=\s*(?:'(?:[^']|'')*'|\"[^\"]*\"|[\w./:+@%,<>\\-][\w./:+@%,<>?&!{}\\-]*(?:\"[^\"\n]*\"[\w./:+@%,<>?&!{}\\-]*)*(?:\s*\|\s*[\w.-]+)*)|"
    r"\s+=\s+(?:[^\s'\"#;(){}:][^#;(){}\n]*?|SELECT\b[^#;\n]*?))\s*(?:(?:#|\s--\s|\s;\s).*)?$|"  # pgbouncer's auth_query  # a writer's `-- note` after it too, or ini's `; note`
    r"^\s*include(?:_if_exists|_dir)?\s+(?:'[^'\n]*'|[\w./-]+)\s*(?:#.*)?$"  # postgresql.conf's own directive
)


# A file's other files read in, as krb5.conf and sssd.conf write it: `includedir /etc/krb5.conf.d/`.
_INCLUDE_LINE = re.compile(r"[ \t]*(?:includedir|include)[ \t]+/[^\s=]+[ \t]*")


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
    if _INCLUDE_LINE.fullmatch(lines[0]) and len(lines) > 1 and INI_SECTION.match(lines[1]):
        return looks_like_ini("\n".join(lines[1:]))  # krb5.conf's `includedir ...` over its sections
    sections = sum(bool(INI_SECTION.match(line)) for line in lines)
    inventory = 2 <= 2 * sections <= len(lines) and all(
        INI_SECTION.match(line) or CONF_SETTING.match(line) or _INVENTORY_HOST.fullmatch(line)
        for line in lines
    )  # Ansible's inventory: hosts a line under `[webservers]`, each maybe given its variables
    if INI_SECTION.match(lines[0]):  # its settings maybe all commented out with ini's own `;`, or `#`
        return (
            any(INI_SETTING.match(line) for line in lines[1:])
            or _SEMICOLON_SETTING.search(code) is not None
            or len(lines) == 1
            and _HASH_SETTING.search(code) is not None
            or inventory
            and sections >= 2
        )
    if sections:  # settings before the first section: `root = true`; openssl.cnf's `RANDFILE = ...`
        return inventory or all(
            INI_SECTION.match(line)
            or CONF_SETTING.match(line)
            or _SECTION_SETTING.fullmatch(line)
            or _WORDED_KEY_SETTING.fullmatch(line)
            for line in lines
        )
    if all(CONF_SETTING.match(line) for line in lines):
        return True
    bare = [_BARE_OPTION.fullmatch(line) for line in lines]
    if 0 < 2 * sum(map(bool, bare)) < len(lines) and all(
        option or CONF_SETTING.match(line) for line, option in zip(lines, bare, strict=True)
    ):
        return True  # dnsmasq's or my.cnf's options set by name alone, `bind-interfaces`, among `key=value` lines
    if all(CONF_SETTING.match(line) or _is_open_setting(line) for line in lines):
        return True  # `sqlalchemy.url =`, `work_mem=`: a setting left empty, to be given elsewhere
    loose = sum(not CONF_SETTING.match(line) for line in lines)
    if (
        len(lines) >= 5
        and 4 * loose <= len(lines)
        and all(CONF_SETTING.match(line) or _LOOSE_SETTING.fullmatch(line) for line in lines)
    ):
        return (
            True  # a long file's few keys left empty or given `*`, FastDFS's `log_filename=`, `allow_hosts=*`
        )
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
_CONTINUED_VALUE = re.compile(r"\\[ \t]*\n[ \t]*")
_PROPERTY = re.compile(
    r"\s*(?!self\.)(?:[a-z][\w-]*(?:\.[\w-]+(?:\[\d+\])?)+|[a-z]+\\:(?:[\w./-]|\\:)+)=(?!=)(?:\S.*)?"
)  # `server.info=`: empty; a list's item by its index, Spring's `es.hosts[0]=...`; an address as a
# key, its colon escaped (spring.handlers' `http\://www.springframework.org/schema/jee=...`)
_ENDED_STATEMENT = re.compile(r"[^\n]*;[ \t]*(?://[^\n]*)?")
_PYTHON_CONSTANT_SET = re.compile(r"[ \t]=[ \t]*(?:True|False|None)[ \t]*(?:#|$)", re.M)
_SPACED_PROPERTY = re.compile(r"\s*(?!self\.)[a-z][\w-]*(?:\.[\w-]+)+[ \t]+=[ \t]+\S.*")
_SPACED_COLON_PROPERTY = re.compile(r"\s*[a-z][\w-]*(?:\.[\w-]+)+:[ \t]+\S.*")


# A kernel parameter as sysctl.conf sets it, `net.ipv4.ip_forward = 1`: Python would parse it too.
_KERNEL_PARAMETER = re.compile(r"\s*(?:net|kernel|vm|fs|dev|user)\.[a-z0-9_.-]+\s*=\s*\S[^\n]*")


def sets_kernel_parameters(lines):
    written = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return bool(written) and all(map(_KERNEL_PARAMETER.fullmatch, written))


# php.ini's extensions loaded, `extension=php_curl.dll`, `zend_extension=xdebug.so`: Python would
# read an attribute, but no Python names a library's file so.
_PHP_EXTENSION = re.compile(r"\s*(?:zend_)?extension\s*=\s*\"?[\w./\\:-]+\.(?:dll|so)\"?\s*")


def loads_php_extensions(lines):
    written = [line for line in lines if line.strip() and not line.lstrip().startswith((";", "#"))]
    return any(map(_PHP_EXTENSION.fullmatch, written)) and all(
        _PHP_EXTENSION.fullmatch(line) or CONF_SETTING.match(line) for line in written
    )


# A key's part for the reader to fill in, `<Agent1>.sources.<Source1>.type = netcat` (Flume's
# template): the angle brackets no Python attribute and no shell variable has.
_KEY_PLACEHOLDER = re.compile(r"(?:^|(?<=\.))<([A-Za-z]\w*)>(?=\.|[ \t]*=)", re.M)


# A key given a Java class's full name, `etcd=com.maple.spi.EtcdRegistry`; spaced, its package deeper
# than Python's modules go (`handler = logging.handlers.RotatingFileHandler` is Python's).
_CLASS_NAMED = re.compile(r"[ \t]*[A-Za-z_][\w.-]*=(?:[a-z_]\w*\.){2,}[A-Z]\w*[ \t]*")
_CLASS_NAMED_SPACED = re.compile(r"[ \t]*[A-Za-z_][\w.-]*[ \t]*=[ \t]*(?:[a-z_]\w*\.){3,}[A-Z]\w*[ \t]*")


_SPACED_DOTTED_KEY = re.compile(r"[ \t]*[A-Za-z_][\w-]*(?:\.[\w-]+)+[ \t]+=[ \t]+\S[^\n]*")


def looks_like_properties(code):
    filled = _KEY_PLACEHOLDER.sub(lambda part: part[1].lower(), code)
    templated, code = filled != code, filled
    if _PYTHON_CONSTANT_SET.search(code) and python_tree(code) is not None:
        return False  # `c.NotebookApp.open_browser = False  # note`: a Python configuration file's attributes
    code = _CONTINUED_VALUE.sub("", code)  # a value over lines, each ended by `\` (spring.factories' lists)
    lines = [line for line in code.splitlines() if line.strip() and not line.lstrip().startswith(("#", "!"))]
    if lines and all(map(_ENDED_STATEMENT.fullmatch, lines)):
        return False  # `currentCount.current = 0; // 第 1 次渲染`: statements, each ended by `;`, no file's values
    if lines and all(map(_COLON_PROPERTY.fullmatch, lines)):
        return True  # `spring.datasource.hikari.maximum-pool-size:1000`: Java's properties take `:` for `=`
    if lines and (all(map(_CLASS_NAMED.fullmatch, lines)) or all(map(_CLASS_NAMED_SPACED.fullmatch, lines))):
        return True  # `etcd=com.maple.spi.EtcdRegistry`: a service loader's file, Java's classes by key
    if len(lines) >= 3 and all(map(_SPACED_DOTTED_KEY.fullmatch, lines)) and python_tree(code) is None:
        return True  # `appender.console.layout.pattern = [%d]...`: log4j2's keys, spaced, set to what Python cannot read
    keys = [line.split("=")[0] for line in lines if _PROPERTY.fullmatch(line)]
    dotted = len(keys) >= 2 or len(keys) == 1 and keys[0].count(".") >= 2  # `logging.level.root=WARN`
    dotted = dotted or templated and any(map(_SPACED_PROPERTY.fullmatch, lines))  # (a template's keys)
    # Java's `idleTimeout=`, Zabbix's `LogFileSize=0`: no shell's variables
    camel = sum(bool(_CAMEL_PROPERTY.fullmatch(line)) for line in lines) >= 3
    # among two keys set without spaces, a few with them (`dubbo.file = ${user.home}/x`): Python's
    # attributes are set spaced all through
    spaced = _SPACED_PROPERTY.fullmatch if len(keys) >= 2 else _PROPERTY.fullmatch
    # and among them, keys given their values after `: ` (`cas.server.name: https://localhost`)
    coloned = _SPACED_COLON_PROPERTY.fullmatch if len(keys) >= 2 else _PROPERTY.fullmatch
    return (dotted or camel) and all(
        _PROPERTY.fullmatch(line)
        or spaced(line)
        or coloned(line)
        or CONF_SETTING.match(line)
        or _CAMEL_PROPERTY.fullmatch(line)
        for line in lines
    )


# A dotted key set by `:`, its last part hyphened or in camelCase (no host's name, whose last part is its
# domain's: `db.example.com:5432`).
_COLON_PROPERTY = re.compile(
    r"\s*[a-z][\w-]*(?:\.[\w-]+)+\.(?=[a-z]*(?:-|[A-Z]))[A-Za-z][\w-]*:(?![/\s])\S*\s*"
)


# A key in camelCase or PascalCase (`idleTimeout=`, Zabbix's `LogFileSize=0`): Java's and others' files, no
# shell's variable (those are in capitals).
_CAMEL_PROPERTY = re.compile(
    r"\s*(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z][A-Za-z0-9]*=(?!=)(?:\S.*)?"
)


_BARE_OPTION = re.compile(r"\s*[a-z][a-z0-9]*(?:-[a-z0-9]+)+\s*(?:#.*)?")
_SECTION_SETTING = re.compile(r"\s*[A-Za-z_][\w.-]*\s+=\s+\S[^\n]*")  # under a section, any key, any value
# Keys of words, Samba's and rsyncd's way, any value: `read only = no`, `max connections=4`, `comment= backup web`.
_WORDED_KEY_SETTING = re.compile(r"\s*[a-z][\w.-]*(?:[ \t]+[a-z][\w.-]*){0,3}[ \t]*=[ \t]*\S[^\n]*")
_INVENTORY_HOST = re.compile(
    r"\s*[\w.-]+(?:\s+[a-z_]\w*=(?:\"[^\"\n]*\"|'[^'\n]*'|\S+))*\s*(?:\s#.*)?"
)  # a note after it too; a value quoted
_ANSIBLE_VARIABLE = re.compile(r"\sansible_[a-z_]+=\S")
_SPACED_COMMENTED_SETTING = re.compile(r"#\s*([a-z_]+)\s*=\s*\S")
_HASH_SETTING = re.compile(r"^[ \t]*#[ \t]*[A-Za-z_][\w.-]*[ \t]*=[ \t]*\S", re.M)  # `#WaylandEnable=false`
_SEMICOLON_SETTING = re.compile(r"^\s*;\s*[\w.-]+\s*=", re.M)
_OPEN_SETTING = re.compile(r"\s*[a-z_][\w./-]*\s*=\s*$")
_LOOSE_SETTING = re.compile(r"\s*[a-z_][\w./-]*\s*=\s*[^\s=]*\s*")
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


# A host of Ansible's INI inventory: a name or address, maybe given its variables (`web1
# ansible_host=10.0.0.5 ansible_user=deploy`), where columns may line the variables up.
_INVENTORY_HOST = re.compile(r"[ \t]*[\w.-]+(?::\d+)?(?:[ \t]+[a-z_]\w*=\S+)*[ \t]*")


def looks_like_ansible_inventory(lines):
    """Ansible's INI inventory: a `[group]` first, hosts under it, Ansible's own variables among
    them (`ansible_ssh_user=king`): INI, though a host's variables are spaced as no setting is."""
    written = [line for line in lines if line.strip() and not line.lstrip().startswith(("#", ";"))]
    return (
        bool(written)
        and bool(INI_SECTION.match(written[0]))
        and "ansible_" in "\n".join(written)
        and all(INI_SECTION.match(line) or _INVENTORY_HOST.fullmatch(line) for line in written)
    )


# A setting's name is words joined (`innodb_autoinc_lock_mode`, `net.core.somaxconn`), as a lesson's `x` is not.
_SETTING_CHOICE = re.compile(r"[ \t]*([a-z][a-z0-9]*[_.-][\w.-]*)[ \t]*=[ \t]*[\w.'\"-]+[ \t]*")


def lists_setting_choices(code):
    """One setting given three values or more, each under or over its note (`innodb_autoinc_lock_mode =
    0` over `# the 5.0 way`, then `= 1`, `= 2`): a configuration file's choices, no script's
    variable set again and again."""
    lines = [line for line in code.splitlines() if line.strip()]
    settings = [line for line in lines if not line.lstrip().startswith("#")]
    chosen = [_SETTING_CHOICE.fullmatch(line) for line in settings]
    return (
        len(settings) >= 3
        and len(settings) < len(lines)
        and all(chosen)
        and len({choice[1] for choice in chosen}) == 1
    )
