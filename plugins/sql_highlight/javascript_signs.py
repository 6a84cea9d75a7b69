"""What JavaScript looks like: its own forms, its declarations, its objects' entries."""

import re

from .alternation import Alternatives
from .shell_signs import QUOTED
from .signs import ACCESS_SPECIFIER_LINE, NOTE_AFTER_CODE, PYTHON_COMMENT, count_matches

MONGO_SHELL_CALL = re.compile(
    r"^[ \t]*db\.(?:(?:\w+|<[\w-]+>|getCollection\([^()\n]*\))\.(?:find|findOne|insert(?:One|Many)?|update(?:One|Many)?|delete(?:One|Many)|"
    r"replaceOne|remove|aggregate|(?:create|drop)Index(?:es)?|getIndexes|count(?:Documents)?|distinct|drop|save)\(|"
    r"(?:\w+\.)?(?:ensureIndex|reIndex)\()|"
    # the database's own helpers, camelCased as no Python driver names them: `db.createUser({...})`
    r"^[ \t]*db\.(?:createUser|createRole|updateUser|dropUser|changeUserPassword|grantRolesToUser|auth|"
    r"createCollection|getCollectionNames|dropDatabase|getSiblingDB|adminCommand|runCommand|stats|version|logout|"
    r"(?!session\.)(?:\w+\.)?[a-z]+[A-Z]\w*)\(|"  # and any in camelCase, `db.hostInfo()`, `db.logs.isCapped()`
    # its replica set's and shards' helpers: `rs.initiate()`, `rs.add("host:27001")`, `sh.enableSharding("db")`
    r"^[ \t]*rs\.(?:initiate|conf|status|add|addArb|reconfig|stepDown|printReplicationInfo|printSecondaryReplicationInfo)\(|"
    r"^[ \t]*sh\.(?:enableSharding|shardCollection|addShard|status)\(|"
    # an aggregation pipeline's stage opening a line, `{ $match: { year: 2014 } },`
    r"^[ \t]*\{[ \t]*\$(?:match|group|project|sort|limit|skip|unwind|lookup|addFields|redact|facet|bucket|count|out|sample)[ \t]*:|"
    # its types' constructors alone on a line, maybe assigned: `x = ObjectId()`, `ISODate("2019-09-12")`
    r"^[ \t]*(?:[A-Za-z_$][\w$]*[ \t]*=[ \t]*)?(?:ObjectId|ISODate|NumberLong|NumberDecimal)\([^()\n]*\)"
    r"(?:\.(?:getTimestamp|toString|valueOf)\(\))?[ \t]*;?[ \t]*$",
    re.M,
)
# A strict comparison written without spaces, `typeof(w)!=="undefined"` (not between quotes: a sed
# script's `"==="`), which neither C nor the shell has.
_STRICT_COMPARISON = r"[\w)\]][ \t]*(?:===|!==)[ \t]*[\w(\"'`\[]"
_COUNTER_DECLARED = (
    # a loop's counter declared, `for (let i = 0; ...`, `for (const [k, v] of ...`: not C++'s `for (const std::string& s : v)`
    r"\bfor\s*\(\s*(?:var|let|const)\s+(?:[A-Za-z_$][\w$]*\s*(?:[=,;]|\b(?:of|in)\b)|[\[{])"
)
# (Pieces two of JS_SIGNS' alternatives share, each opening on its own character, as grouping wants.)
_DOM_NAMES = r"(?:querySelector(?:All)?|getElementById|getElementsBy[A-Z]\w*|createElement|appendChild|insertAdjacent(?:Element|HTML|Text)|innerHTML|textContent|getContext)\b"
_TAGGED = r"[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*`"
_OBJECT_OPENED = r"\s*\{[ \t]*\n[ \t]*[A-Za-z_$][\w$]*:[ \t]+(?:[\"'\[{]|true\b|false\b|\d)"
# A class whose first member is a method with no type, `bark(count) {` (C++'s has its type, or is the constructor).
_UNTYPED_FIRST_METHOD = (
    r"^\s*class\s+[A-Z]\w*(?:\s+extends\s+[\w.]+)?\s*\{[ \t]*\n[ \t]+[a-z_$][\w$]*[ \t]*\([^()\n]*\)[ \t]*\{"
)
JS_SIGNS = Alternatives(
    _COUNTER_DECLARED + "|" + _UNTYPED_FIRST_METHOD + "|"
    # an object's entry given a template literal, `"update": \`${API}/users/:id\`,` (YAML reserves the
    # backquote, and the shell's command substitution is no key's value)
    r"^[ \t]*[\"']?[A-Za-z_$][\w$]*[\"']?[ \t]*:[ \t]*`[^`\n]*\$\{[^`\n]*`[ \t]*,?[ \t]*$|"
    # ... or handed to a method, `t.log(\`max payload ${nc.info.max_payload}\`);` (the shell's backquotes
    # run a command, its `$(...)` no call of a member)
    r"[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\(`[^`\n]*\$\{[^`\n]*`\)|"
    # JavaScript's global functions, which no other language of ours names so (Java's are `Integer.parseInt`)
    r"(?<![.\w$])(?:parseInt|parseFloat|encodeURIComponent|decodeURIComponent)\(|"
    # an array's item pushed, the statement ended by `;` (Python appends; Ruby ends no line so):
    # Matomo's `_paq.push(['trackPageView']);`
    r"^[ \t]*[\w$.]+\.(?:push|unshift)\([^\n]*\);[ \t]*$|"
    # a camel-cased object's method called, what it gives assigned, `;` after it, no declaration's
    # type (Java's) nor pointer (C's): `queryResult = orientServer.query('select ...');`
    r"^[ \t]*[a-z]\w*[ \t]*=[ \t]*[a-z]+[A-Z]\w*\.[a-z]\w*\((?:[^;\n]|'[^'\n]*')*\);[ \t]*$|"
    # a type test on JavaScript's own classes (Java has none of them); a regex literal handed to a
    # call, `replace(/\s+/g, '')`
    r"\binstanceof[ \t]++(?:Array|Function|RegExp|Promise)\b|"
    r"[(,][ \t]*+/(?![/*\s])(?:\\.|[^/\n\\])++/[gimsuy]*+[ \t]*+[,)]|"
    # `undefined` an array's item, a note after it (`[undefined, 1] // 索引1`): no other language's value
    r"^[ \t]*+\[(?=[^\n]*?[\[,][ \t]*+undefined[ \t]*+[,\]])[^\n]*\][ \t]*+;?[ \t]*+//|"
    r"^[ \t]*(?:alert|confirm)\((?:\s*[\"'`]|[^\n]*\)[ \t]*;?[ \t]*(?://|$(?!\n[ \t]*-->)))|"  # the browser's dialogs: `alert(3 * 5);` (not a payload's, `-->` under it)
    # Node's streams and arguments, `process.stdin.pipe(process.stdout)`; an object constructed from
    # a string in single quotes, `new Date('2020-01-01')` (C++'s quotes hold one character)
    r"\.pipe\(\s*process\.std(?:out|err)\b|\bprocess\.(?:argv|nextTick)\b|\bnew\s+[A-Z]\w*\(\s*'[^'\n]{2,}'|"
    # an HTTP client called, `axios('/user/1')`, `fetch('/api')` (not fetch's signature alone); Vue's app created; an arrow
    # function handed to a call, its parameter's member read at once, `list.filter(t => t.label...)`
    r"^[ \t]*(?:(?:const|let|var)[ \t]+\w+[ \t]*=[ \t]*)?(?:await[ \t]+)?(?:axios(?:\.\w+)?\(|fetch\([ \t]*[\"'`])|"
    # axios' defaults set, `axios.defaults.baseURL = ...`; gulp's tasks, streams and globs (`gulp.src('js/*.js')`)
    r"\baxios\.defaults\.[\w.\[\]'\"-]+[ \t]*=|\bgulp\.(?:src|dest|task|watch|series|parallel)\(|"
    r"\bcreateApp\(|\$\([ \t]*+(?:[A-Za-z_]\w*+|'[^'\n]*+'|\"[^\"\n]*+\")[ \t]*+\)\.[a-z]\w*\(|"  # jQuery on an element held or found, `$(target).hasClass(...)`, `$( selector ).off()`
    r"[(,][ \t]*(?P<arrowed>[A-Za-z_$][\w$]*)[ \t]*=>[ \t]*(?P=arrowed)\.[A-Za-z_$]|"
    # Express' application and router: `app.use(express.static('public'))`, `router.get('/', h)` (no decorator's `@`)
    r"^[ \t]*(?:app|router)\.(?:use|get|post|put|patch|delete|all|listen)\(|"
    r"[\w)]\.(?:from|import|class|finally|in|is|not|and|or|with)\(|"  # a method Python cannot name: supabase's `.from('users')`
    # an object's method called with quoted strings, `;` after (`Boom.notFound('missing');`, `CKEDITOR.plugins.add( 'x' );`)
    r"^[ \t]*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.[a-z][\w$]*\([ \t]*(?:'[^'\n]*'(?:[ \t]*,[ \t]*'[^'\n]*')*[ \t]*)?\);[ \t]*$|"
    r"^[ \t]*[A-Za-z_$][\w$]*:[ \t]*/(?![/*\s])(?=[^/\n]*[\\$^()\[|?+])(?:\\.|[^/\n])+/[gimsuy]*[ \t]*,?[ \t]*$|"  # a regex as a value: `test: /\.scss$/,`, no path
    r"^[ \t]*[A-Za-z_$][\w$]*:[ \t]*\{[ \t]*\n(?:[ \t]+[A-Za-z_$][\w$]*:[ \t]*(?:'[^'\n]*'|-?\d+(?:\.\d+)?|\[[^\]\n]*\]|true|false)"
    r",?[ \t]*(?://[^\n]*)?\n)+[ \t]*\},?[ \t]*$|"  # `node: {` over `fs: 'empty'`; Vue's `data: {` over `count: 0`
    r"\bjQuery\(\s*['\"]|"  # jQuery's own name for `$`
    # An object's entries cut out of a configuration (Vuex's, webpack's): a method's shorthand under
    # its key (`mutations: {` over `increment(state) {`), instances in an array (`plugins: [` over
    # `new webpack.X()`), which YAML never writes.
    r"^[ \t]*+[A-Za-z_$][\w$]*+:[ \t]*+\{[ \t]*+\n[ \t]++(?:async[ \t]++)?[A-Za-z_$][\w$]*+[ \t]*+\([^()\n]*+\)[ \t]*+\{[ \t]*+$|"
    r"^[ \t]*+[A-Za-z_$][\w$]*+:[ \t]*+\[[ \t]*+\n[ \t]++new[ \t]++[A-Za-z_$][\w$.]*+\(|"
    # a helper's result spread into an object, a line of its own: `...mapState({sum: 'sum'}),`
    r"^[ \t]*+\.\.\.[A-Za-z_$][\w$]*+\([\[{'\"]|"
    r"^\s*(?:(?:export\s+)?(?:async\s+)?function\b\s*\*?\s*\w*\s*\(|(?:const|let|var)\s+(?:[\w$]+|\{[\w${}:, =.'\"]*\}|\[[\w$, \[\]{}=.'\"]*\])\s*=|"
    r"import\s+[\w${}*, ]+\s+from\s+['\"`]|import\s+['\"](?:[^'\"\n]+['\"];|\.{1,2}/[^'\"\n]*['\"]|[^'\"\n]+\.(?:css|scss|less|js|mjs|vue)['\"])|export\s+(?:default|const|class)\b)|\bimport\(\s*(?:/\*[^*\n]*\*/\s*)?['\"]|=>(?<!#=>)\s*[{(]|\bconsole\.(?:log|table|error|warn|info|debug|dir) ?\(|\bmodule\.exports\s*=|\.prototype\b|=\s*function\s*\(|^\s*constructor\s*\(|\bthis\.\w+\s*=[^=]|"
    r"\bfunction\s*\([^)]*\)\s*\{|\bthis(?<!\.this)\.\$?\w+\(|\b(?:document|window)\.(?!(?:html?|pdf|css|txt|md|js)\b)[\w$]+|"
    r"\." + _DOM_NAMES + r"|^[ \t]*(?=\w+\(\)[ \t]*(?://[^\n]*)?$)" + _DOM_NAMES + r"|"
    r"\.(?:classList|offset(?:Height|Width|Top|Left))\b|\bnavigator\.[a-z]\w*|\.filter\(Boolean\)|"  # the DOM's, the browser's
    r"\.(?:preventDefault|stopPropagation|stopImmediatePropagation)\(\)|"  # an event's own: `ev.preventDefault()`
    # the page's address changed, `location.reload();`, `location.href=...`; a bookmarklet's
    # `javascript:` before its code; a canvas's own drawing methods, `ctx.fillRect(x, y, w, h)`
    r"\b(?:window\.)?location\.(?:reload|replace|assign)\(|\blocation\.(?:href|search|hash|pathname)\b|"
    r"^[ \t]*javascript:[ \t]*(?:void\b|\(|[\w$.]+[ \t]*[=(])|"
    # a regex literal handed to a string's method, `s.match(/3(\S*)d/)` (Python's are the `re` module's)
    r"\.(?:match|matchAll|replace|replaceAll|split|search)\(\s*/(?![/*\s])(?:\\.|[^/\n\\])+/[gimsuy]*\s*[,)]|"
    + _STRICT_COMPARISON
    + r"|"
    # an event's own members, `event.keyCode`, `e.clientX`; a character from its code, `String.fromCharCode(65)`
    r"\b(?:event|evt|e)\.(?:keyCode|charCode|clientX|clientY|pageX|pageY|srcElement)\b|\bString\.fromCharCode\(|"
    r"\b(?:fillRect|strokeRect|clearRect|beginPath|closePath|quadraticCurveTo|bezierCurveTo|drawImage|fillText|strokeText|"
    r"getImageData|putImageData|createLinearGradient|createRadialGradient)\(|"
    r"^[ \t]*;[\[(]|\bexpect\([^()\n]*\)\.(?:not\.)?to[A-Z]\w*\(|\bDate\.(?:now|parse|UTC)\(|\btypeof[ \t]+[A-Za-z_$]|\.toString\(\)|\[\]\.\w+\.(?:call|apply)\(|\bthis\.\w+\[[^\]\n]*\]\s*=[^=]|/(?<![\w)\]]/)[^/\s][^/\n]*/[gimsuy]*\.(?:test|exec)\(|\bjest\.(?:mock|unmock|doMock|fn|spyOn|requireActual|(?:clear|reset|restore)AllMocks|use(?:Fake|Real)Timers|run(?:All|OnlyPending)Timers|advanceTimersByTime|resetModules)\(|"  # Jest's `expect(x).toBe(...)`, `jest.mock('m')`  # a statement guarded by `;`, as a style without semicolons opens one with `[` or `(`
    # a JSONP response: one call given an object literal, ended by `;` (Python's needs no `;`)
    r"^[ \t]*[A-Za-z_$][\w$.]*\([ \t]*\{[^\n]*\}[ \t]*\);[ \t]*$|"
    # a class's static method cut from it, typed nowhere (C's and Java's name a type; not IDC's `static main()`),
    # and its private members
    r"^[ \t]*static[ \t]+(?!main\b)#?[A-Za-z_$][\w$]*[ \t]*\([^()\n]*\)[ \t]*\{|\bstatic[ \t]+#[A-Za-z_$]|\bthis\.#[A-Za-z_$]|"
    r"^\s*class\s+\w+\s+extends\s+[\w.]+\s*\{|\$\(\s*['\"]|\$\.\w+\(|\brequire\(['\"`]|\.addEventListener\(|\bawait\s+fetch\(|\s(?:===|!==)\s|"
    r"^[ \t]*import[ \t]+['\"]@?[\w-]+(?:/[\w.-]+)*['\"][ \t]*;?[ \t]*$|"  # a module imported bare, `import "@hotwired/turbo-rails"`
    r"^\s*//(?:[\s=]|$)|"  # a line comment (`//=> 42`, what a call gives): C's is taken before, and JSON's
    r"[\[(,]\s*\.\.\.[A-Za-z_$][\w$]*\b(?!\.\.\.|[ \t]+[A-Za-z]+[ \t])|\breturn\s+this\.\w+[^;\n]*;|"  # a spread, `[...plugins]` (no elided prose, `(...output of the run...)`); `this` returned
    r"\$[a-z]\w*(?:\.\w+)+(?:\[[^\]\n]*\])?\s*[=(]|"  # `$scope.items =`, `$http.defaults.headers['X'] =`: not the shell's
    r"\w\(\s*`[^`\n]*$|"  # a template literal given to a call over lines: `` db.exec(` ``
    r"^\s*[A-Za-z_$][\w$.]*`[^`]*\$\{|"  # a tagged template filled in: `` sql`SELECT ${id}` ``
    r"\breturn[ \t]*"
    + _TAGGED
    + r"|[=(][ \t]*"
    + _TAGGED
    + r"|"  # a library's tag: `` return Relay.QL`...` ``
    r"\bthis\.[A-Za-z_$][\w$]*\.[A-Za-z_$]|"  # a property's property, `this.props.name` (Python's `self`)
    r"^\s*(?:if|for|while)\s*\(.*\)\s*\{\s*$|"  # C's braces, after C was asked; the shell's `if [`
    r"^[ \t]*\},[ \t]*\n[ \t]*[A-Za-z_$][\w$]*\([^()\n]*\)[ \t]*\{|"  # an object's next method: `},` over `render() {`
    # An object constructed from an object, `new Queue({ name: 'x' })`; a built-in's method, `Math.floor(`.
    r"\b(?:new [A-Z][\w$]*\(\{|(?:Math|JSON|Object|Array|Promise)\.[a-z]\w*\()|"
    r"\bMath\.(?:PI|E|LN2|LN10|LOG2E|LOG10E|SQRT2|SQRT1_2)\b|"  # its constants (Python's are `math.pi`)
    r"\bNumber\.(?:MAX_SAFE_INTEGER|MIN_SAFE_INTEGER|EPSILON|MAX_VALUE|MIN_VALUE|isInteger|isSafeInteger|parseFloat|isNaN)\b|"
    # a string's or a number's members Python names otherwise (`upper()`, `strip()`, `round(x, 2)`),
    # a `//` note after them: `a.trimLeft() // 删除左边的空白`, `(21.212).toFixed(2); //21.21`
    r"\.(?:toUpperCase|toLowerCase|charAt|charCodeAt|toFixed|trimLeft|trimRight|trimStart|trimEnd|padStart|padEnd)\b(?:\(\))?[^\n]*?//|"
    r"^[ \t]*(?:parseInt|parseFloat|Number)\([^()\n]*\);?[ \t]*//|"
    # a property deleted, `delete user.age;` (SQL's `DELETE` takes `FROM`); a type asked, `typeof null; // "object"`
    r"^[ \t]*delete[ \t]+[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[[^\]\n]+\])+[ \t]*;|^[ \t]*typeof[ \t]+[^;\n]+;[ \t]*//|"
    r"^[ \t]+\.[A-Za-z_$][\w$]*\([^\n]*\);[ \t]*$|"  # a chain's last link ends the statement: `  .where('a', 1);`
    r"^[ \t]*\}\)?;[ \t]*$|"  # an object or a call's last argument closed with the statement: `});`
    # names declared without a value, `var age, name;`; Underscore's and lodash's calls, `_.map(xs, f)`
    r"^[ \t]*var[ \t]+[A-Za-z_$][\w$]*(?:[ \t]*,[ \t]*[A-Za-z_$][\w$]*)*[ \t]*;|_(?<![\w$.]_)\.[a-z]\w*\(|"
    r"^[ \t]*exports\.[A-Za-z_$][\w$]*[ \t]*=|"  # CommonJS' export named, `exports.render = render`
    r"\bxhr\.(?:open|send|abort|setRequestHeader|getResponseHeader)\(|"  # XMLHttpRequest held as `xhr`, called
    r"\b(?:setTimeout|setInterval|clearTimeout|clearInterval|requestAnimationFrame)\((?=[^\n]*\))|"  # the timers' globals
    # an ES module's declaration exported, `export var first = 1;`; webpack's module context, `require.context(`;
    r"^[ \t]*export[ \t]+(?:var|let|function)[ \t]+[A-Za-z_$][\w$]*[ \t]*[=(]|\brequire\.context\(|"
    # ... or names exported in braces, `export {fun as default, a, b};` (the shell's export takes no brace)
    r"^[ \t]*export[ \t]*\{[ \t]*[A-Za-z_$][\w$]*(?:[ \t]+as[ \t]+[\w$]+)?(?:[ \t]*,[ \t]*[A-Za-z_$][\w$]*(?:[ \t]+as[ \t]+[\w$]+)?)*[ \t]*\}|"
    r"^[ \t]*await[ \t]+[\w$.]+\([^\n]*\);[ \t]*$|"  # an awaited call, ended: `await pool.query(...);`
    r"\}\s*catch\s*\(\s*[A-Za-z_$][\w$]*\s*\)\s*\{|"  # `} catch (e) {`: Java, C# and C++ name the type caught
    r"\(\{ ?[A-Za-z_$][\w$]*: [^\n]*\}\)[^\n]*;[ \t]*$|"  # a call given an object, ended: `.sort({ at: -1 });`
    r"\((?:[\w$]+(?:, *[\w$]+)*)?\) *=> *[\w$!]|"  # an arrow function's expression: `(c) => c.enabled`
    # ... its parameters given defaults or taken apart, a line's first: `(a=400, b) => expression`, `([a, b] = [1, 2]) => a + b;`
    r"^[ \t]*\((?=[^()\n]*[=\[{])[^()\n]*\)[ \t]*=>[ \t]*[\w$!({]|"
    r"\)\.(?:then|catch|finally)\(|"  # a promise's handlers given: `load(cfg).then(onDone, onFail);`
    # an arrow function assigned, no declaration before it: `factorial = n => n <= 1 ? 1 : n * factorial(n - 1);`
    r"^[ \t]*[A-Za-z_$][\w$]*[ \t]*=[ \t]*(?:\([^()\n]*\)|[A-Za-z_$][\w$]*)[ \t]*=>|"
    r"\(" + _OBJECT_OPENED + r"|,(?<![}\]],)" + _OBJECT_OPENED + r"|"  # an object given to a call
    r"^[ \t]*(?:await[ \t]+)?(?=[\w$.]*\b[a-z]+[A-Z])[a-z$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\([^\n]*\);[ \t]*$|"  # `usersRouter.get(...);`
    # MongoDB's shell, which JSONB posts set beside SQL: `db.events.find(`, an operator's bare key `{ $set:`.
     + MONGO_SHELL_CALL.pattern + r"|\{[ \t]*\$[a-z]+[ \t]*:",
    re.M,
)


# Node's Buffer and Redux's store called as their APIs name them, `Buffer.byteLength('Hello')`,
# `store.dispatch(addTodo(t));`, and the browser's console and page: no C library's, and Python
# would parse them.
_LIBRARY_CALL = (
    r"\bBuffer\.(?:isBuffer|byteLength|from|alloc|allocUnsafe|concat|compare|isEncoding)\(|\bnew\s+Buffer\(|"
    r"\bstore\.(?:dispatch|subscribe|getState|replaceReducer)\(|"
    # the console's and the page's own, `console.clear()`, `document.getElementsByClassName(...)`
    r"\bconsole\.(?:clear|table|dir|time|timeEnd|group|groupEnd|trace|assert|count|debug)\(|"
    r"\bdocument\.(?:get|query|create)[A-Za-z]*\(|"
    r"\bwindow\.history\.\w+\(|\blocation\.(?:href|hash|search)[ \t]*=[ \t]*['\"`]|"  # (not a C++ member's `history.back()`)
    # Vue's global API, `Vue.component("x-tag", {...})`, `Vue.use(Router)`: no Python names a module `Vue`
    r"\bVue\.(?:component|use|directive|filter|mixin|extend|nextTick|set|delete|observable|createApp)\(|"
    # Cypress's commands, `cy.get('.list').eq(0)`; a Jest snapshot file's entries, exports[`name 1`] = `...`
    r"\bcy\.(?:get|visit|contains|intercept|request|wait|fixture|task|wrap|url|viewport)\(|^exports\[`|"
    r"\bjQuery\.[a-z]\w*\(|\$\.fn\.[\w$]|"  # jQuery's own, `jQuery.ajax( [settings ] )`; its plugins', `$.fn.x`
    r"\bgrunt\.(?:loadNpmTasks|registerTask|initConfig|loadTasks)\(|"  # a Gruntfile's
    r"^[ \t]*\$\.[a-z]\w*[ \t]*=[ \t]*[^=\n]|"  # jQuery's or zx's settings, `$.verbose = false;`
    # Node's process, `process.exit(1)`, `process.cwd()`, `process.env.PORT`
    r"\bprocess\.(?:exit|cwd|on|nextTick|memoryUsage|uptime|hrtime|kill|chdir)\(|\bprocess\.env\.[A-Z_]"
)


_LIBRARY_CALL_RE = re.compile(_LIBRARY_CALL)


def calls_javascript_libraries(code):
    return bool(_LIBRARY_CALL_RE.search(code))


# JavaScript's own, where C's and C++'s shapes would match too: `class X {` with a `constructor`,
# `this.name`, a `function` declared, `typeof x`, the page's document, a template literal assigned.
JS_CLASS_OR_FUNCTION = Alternatives(
    _UNTYPED_FIRST_METHOD + "|"
    r"^\s*constructor\s*\(|\bthis\.[\w$]|\$\(\s*(?:document|window)\s*\)\.[a-z]|^\s*(?:async\s+)?function\b(?!\s*<)|^\s*import\s.+\sfrom\s+['\"`]|\.prototype\b|"
    r"^\s*(?:const|let|var)\s+\w+\s*=\s*`|\brequire\(\s*['\"`]|^\s*(?:const|let|var)\s+\{[\w\s,:]+\}\s*=|"  # Node's
    r"\btypeof\s+(?!(?:for|in|of|the|and|or|is|a|an)\b)[A-Za-z_$]|\bdocument\.(?:write|getElementById|querySelector|cookie\b|body\b|documentElement\b)|"  # GNU C's `typeof(x)` has brackets
    # a module's mode and exports; a class's static method, `static create(a, b) {` (C's has its type)
    r"^\s*['\"]use strict['\"]|\bmodule\.exports\b|^[ \t]+static\s+[A-Za-z_$][\w$]*\s*\([^()\n]*\)\s*\{|"
    r"\bstatic\s+#[A-Za-z_$]|\bthis\.#[A-Za-z_$]|"  # a class's private members, `static #count`, `this.#items`
    r"^\s*(?:let|const)\s+[A-Za-z_$][\w$]*\s*=\s*(?:new\s|[{\[]|class\b)|"  # `let map = new Map();`, `const state = {`: C names the type; a class expression
    r"\bconsole\.(?:log|error|warn|info)\(|"  # the console's, which C++ never calls
    # a name, no type before it, given an arrow function: a class's field, `handleClick = (event) => {`
    r"^[ \t]*[A-Za-z_$][\w$]*[ \t]*=[ \t]*(?:async[ \t]+)?(?:\([^()\n]*\)|[A-Za-z_$][\w$]*)[ \t]*=>|"
    r"\bnew\s+(?:XMLHttpRequest|ActiveXObject|WebSocket|FormData|FileReader)\(|"  # the browser's own objects
     + _LIBRARY_CALL + "|" + _STRICT_COMPARISON + "|" + _COUNTER_DECLARED,
    re.M,
)


# A declaration the shell cannot write (no spaces around its `=`): `${x}` in a template
# literal counts as the shell's, and would outnumber JavaScript's signs.
JS_DECLARATION = re.compile(
    r"^\s*(?:export\s+)?(?:const|let)\s+[\w{}\[\]:, ]+\s=\s|"
    r"^\s*(?:export\s+)?(?:async\s+)?function(?:\s+\w+)?\s*\(\s*[A-Za-z_$][\w$]*[^)\n]*\)\s*\{|"  # the shell's takes no parameters (`function($scope) {`)
    r"^\s*class\s+[A-Za-z_$][\w$]*(?:\s+extends\s+[\w$.]+)?\s*\{\s*\n\s*constructor\s*\(",  # a class's constructor: no shell's function
    re.M,
)


# An object literal's entry: its key unquoted, then a comma (YAML is asked before, and Python
# quotes its keys). A block that is one literal alone is data printed: text (rule 3).
JS_OBJECT_ENTRY = re.compile(
    r"^[ \t]*[A-Za-z_$][\w$]*:[ \t]+(?:[\"'\[{]|true\b|false\b|\d(?![\w.]*[ \t]+[^\W\d]))[^\n]*,[ \t]*(?://[^\n]*)?$",
    re.M,
)  # a note after the entry's comma too: `id: 'x',  // unique`; no number then a word (top's `Tasks: 145 total,`)


_DOM_MEMBERS = (
    r"(?:getElementById|getElementsBy[A-Z]\w*|querySelector(?:All)?|createElement|cookie|body|location|addEventListener|write(?:ln)?|"
    r"localStorage|sessionStorage|innerHeight|innerWidth|scrollX|scrollY|pageXOffset|pageYOffset|frameElement|navigator|"
    r"opener|devicePixelRatio|requestAnimationFrame|documentElement|onload|onresize|onscroll)"
)
JS_LITERAL = re.compile(r":\s*(?:true|false|null|undefined)\b")  # Python's are True, False, None


# A literal opening the block, maybe under the class's name Node prints it with (`User {`): data.
_PRINTED_LITERAL = re.compile(r"\s*(?:[A-Z][\w$]*[ \t]+)?[{\[]")
_DOUBLE_QUOTED_ENTRY = re.compile(r"^[ \t]*[A-Za-z_$][\w$]*:[ \t]*\"", re.M)
_NOTE_AFTER_AN_ENTRY = re.compile(
    r"^[ \t]*[A-Za-z_$][\w$]*:[^\n]*\S[ \t]+//[ \t]", re.M
)  # `id: 7,  // the job's`


_PYTHON_ONLY_IMPORT = re.compile(
    r"^[ \t]*(?:import [\w.]+(?: as \w+)?(?:, [\w.]+(?: as \w+)?)*[ \t]*$|from [\w.]+ import \w)", re.M
)


# A member called through a pointer or a scope, outside strings and notes: C's and C++'s, never a script's.
_MEMBER_CALLED_CS_WAY = re.compile(r"^[^\n/'\"`]*\b[A-Za-z_]\w*(?:->|::)[A-Za-z_]\w*[ \t]*\(", re.M)


def looks_like_javascript(code, shell_signs=0, python=False):
    """JavaScript's own forms, outnumbering the shell's (`function f() {` is both). Unquoted keys
    alone do not outweigh Python's parse (`python`): a dict keyed by names is Python's too."""
    if ACCESS_SPECIFIER_LINE.search(code) or _MEMBER_CALLED_CS_WAY.search(code):
        return False  # `public:` over a constructor: a C++ class's part; `klass->name()`, `vmSymbols::f()`
    if (
        python
        and all(MONGO_SHELL_CALL.match(line) for line in code.splitlines() if line.strip())
        and "db.session." not in code
    ):
        return True  # `db.talks.count()`: the mongo shell's calls a line each, which Python parses too
    # (not SQLAlchemy's `db.session.remove()`)
    if python and (NOTE_AFTER_CODE.search(code) or _PYTHON_ONLY_IMPORT.search(code)):
        return False  # `dct.keys(); #return keys`: a note after code in `#`, which JavaScript cannot
        # write; `import seaborn as sns` over `plt.show();`, Python's import (JavaScript's names a `from`)
    if python:  # what Python's comments and strings say (`# => (6, 2.0)`, a script a driver runs) is no
        # JavaScript, nor a `document` it names (python-docx's), unless by the DOM's own members
        code = QUOTED.sub("''", PYTHON_COMMENT.sub("", code))
        code = re.sub(r"\b(?:document|window)\.(?=\w)(?!" + _DOM_MEMBERS + r"\b)", "", code)
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


# A console lesson's lines: an expression ended by `;`, what it gives in a `//` note after it
# (`10 / 0;  // Infinity`, `10n / 3n;  // 3n`, `add('a');  // NaN`). Java refuses such a line as
# a statement, and C computes it for nothing; only JavaScript's console shows it so.
_SHOWN_EXPRESSION = re.compile(r"[ \t]*(?P<shown>(?>[=!<>]=+|=>|[^\n;=/]|/(?!/))+?)[ \t]*;[ \t]*//[^\n]*")
_JS_ONLY_VALUE = re.compile(
    r"\b(?:NaN|undefined|-?Infinity)\b|\b\d+n\b|[!=]==|\binstanceof\b|"
    r"\(\w+[ \t]*=>|\([^()\n]*\)[ \t]*=>|"  # an arrow function passed, `.map(x => 2*x)`
    # JavaScript's globals called, a string literal's member, a key looked up by a string, a string
    # added to a number or compared to one: `Boolean("")`, `"hello".length`, `obj["size"]`, `"3" + 4`
    r"\b(?:Boolean|String|Number|parseInt|parseFloat|isNaN|isFinite)\(|\b(?:Math|JSON|Object|Array)\.\w+\(|"
    r"[\"'][^\"'\n]*[\"']\.[a-z]\w*|\w\[[\"']|[\"'][ \t]*\+[ \t]*[\d\"']|\d[ \t]*\+[ \t]*[\"']|\d[ \t]*==[ \t]*[\"']"
)
_LITERAL_ARITHMETIC = re.compile(r"[ \t]*-?\d+(?:\.\d+)?(?:[ \t]*[-+*/%][ \t]*-?\d+(?:\.\d+)?)+[ \t]*")


# The same lesson without `;` (`arr.indexOf(1) //0`, `"name" in person //true`, `delete person.sex
# //{...}`): a member looked up, called or set, a key tested, or a value, its notes on lines of their
# own maybe (`//arr = [1, 2]`). C and Java end their statements; Python's `//` divides, never opens a line.
_SHOWN_UNENDED = re.compile(r"[ \t]*+(?P<shown>[^\n;/]+?)[ \t]*+//[^\n]*+")
_SHOWN_MEMBER = re.compile(
    r"(?:delete[ \t]++|typeof[ \t]++)?[A-Za-z_$][\w$]*+(?:\.[A-Za-z_$][\w$]*+|\[[^\]\n]*+\])*+(?:\([^()\n]*+\))?"
    r"(?:[ \t]*+=[ \t]*+[^=\n]++)?|([\"'])[^\"'\n]*+\1[ \t]++in[ \t]++[A-Za-z_$][\w$]*+"
)
_SHOWN_COMPARISON = re.compile(
    r"(?:\"[^\"\n]*+\"|'[^'\n]*+'|[\w$.]++)[ \t]*+[!=]==?[ \t]*+(?:\"[^\"\n]*+\"|'[^'\n]*+'|[\w$.]++)"
)
# What the console gave, on a `//` line of its own under the expression: a value of JavaScript's.
_SHOWN_VALUE = r"(?:true|false|undefined|null|NaN|-?\d[\d.]*|\[[^\n]*\]|\{[^\n]*\}|\"[^\n]*\"|'[^\n]*')"
_VALUE_NOTE = re.compile(rf"//[ \t]*{_SHOWN_VALUE}[ \t]*")


def _values_under_expressions(lines):
    """The lesson with each value on the line under its expression (`arr.indexOf(2)` over `//1`,
    `'age' in person` over `//true`): members looked up, called or set, keys tested, each followed by
    `//` lines or last (a value set may be followed by anything), one of them at least by a value.
    Python's `//` divides, never opens a line."""
    expressions = [index for index, line in enumerate(lines) if not line.startswith("//")]
    return (
        bool(expressions)
        and all(
            _SHOWN_MEMBER.fullmatch(lines[index].removesuffix(";").rstrip())
            and (index + 1 == len(lines) or lines[index + 1].startswith("//") or "=" in lines[index])
            for index in expressions
        )
        and any(index + 1 < len(lines) and _VALUE_NOTE.fullmatch(lines[index + 1]) for index in expressions)
    )


# A name shown with its value in a `//` note, `a // ["k", "e"]`: a value of JavaScript's after it.
_NAME_NOTED = r"[ \t]*[A-Za-z_$][\w$.]*[ \t]*//[ \t]*"
_NAME_SHOWN = re.compile(rf"{_NAME_NOTED}{_SHOWN_VALUE}[ \t]*")
_NOT_A_NUMBER_SHOWN = re.compile(rf"^{_NAME_NOTED}(?![-\d])\S")
_ENDED_STATEMENT = re.compile(r"[ \t]*[^\s/#][^\n]*;[ \t]*(?://[^\n]*)?")


def _values_after_ended_statements(lines):
    """Statements ended by `;`, then names each shown with its value in a `//` note (`a = [1, 2];`
    over `a // [1, 2]`): JavaScript's console lesson, which Python would read as floor division."""
    shown = [bool(_NAME_SHOWN.fullmatch(line)) for line in lines]
    return (
        any(shown)
        and not all(shown)
        and any(_NOT_A_NUMBER_SHOWN.search(line) for line in lines)  # (`total // 3` divides in Python)
        and all(
            is_shown or _ENDED_STATEMENT.fullmatch(line) for is_shown, line in zip(shown, lines, strict=True)
        )
    )


# A method called and noted (Python's `//` would divide by the note's first word, never by a sentence).
_NOTED_CALL = re.compile(
    r"[ \t]*+(?:[A-Za-z_$][\w$]*+|'[^'\n]*+'|\"[^\"\n]*+\")(?:\.[A-Za-z_$][\w$]*+)++\([^()\n]*+\)[ \t]*+//[ \t]*+[^\W\d][^\n]*+"
)  # on a string literal too, `'Blue Whale'.includes('blue')  // returns false`
_WORDED_NOTE = re.compile(r"//[ \t]*+(?:[^\W\d\x00-\x7f]|[A-Za-z]\w*+[ \t]++[^\W\d])")
_SHOWN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?|NaN|-?Infinity|undefined")


def _each_matches(pattern, lines):
    """Each line's match, or None at the first line that does not match (the rest left unread:
    a long block of anything else fails at its first line)."""
    found = []
    for line in lines:
        if not (m := pattern.fullmatch(line)):
            return None
        found.append(m)
    return found


def shows_values_in_notes(code):
    """Each line an expression shown with its value in a `//` note, a value or an operator only
    JavaScript has among them (or arithmetic on literals alone); or, no `;` written, members and
    values shown so under notes of their own lines, or comparisons among JavaScript's values."""
    lines = [line for line in code.splitlines() if line.strip()]
    if _values_under_expressions([line.strip() for line in lines]) or _values_after_ended_statements(lines):
        return True
    shown = _each_matches(_SHOWN_EXPRESSION, lines)
    if lines and shown:
        return bool(_JS_ONLY_VALUE.search(code)) or all(
            _LITERAL_ARITHMETIC.fullmatch(m["shown"]) for m in shown
        )
    expressions = [line for line in lines if not line.lstrip().startswith("//")]
    unended = _each_matches(_SHOWN_UNENDED, expressions)
    if not expressions or not unended:
        return False
    if all(_SHOWN_COMPARISON.fullmatch(m["shown"]) for m in unended):
        return bool(_JS_ONLY_VALUE.search(code))  # `null == undefined  // true`: loose equality's lesson
    if all(_NOTED_CALL.fullmatch(line) for line in expressions) and (
        any(map(_WORDED_NOTE.search, expressions)) or _JS_ONLY_VALUE.search(code)
    ):
        return True  # `fn.mockClear() // Clears mock usage`: methods called, what each does in words
    members = [bool(_SHOWN_MEMBER.fullmatch(m["shown"])) for m in unended]
    numbers = [bool(_SHOWN_NUMBER.fullmatch(m["shown"])) for m in unended]
    return all(map(any, zip(members, numbers, strict=True))) and (
        any(members)
        and len(expressions) < len(lines)
        or any(m["shown"] in ("NaN", "undefined") for m in unended)
    )
