"""Decides by lexing whether a user's Cypher is one read query both stores may run.

The query console, ``hkg query``, the Python API and the JSON API run text a user typed. A pattern
scan over that text can be walked around (the old guard took ``\\`` as an escape inside backtick
names, so a name could swallow a ``LOAD FROM`` that LadybugDB then ran). This guard lexes the text the
way Cypher does, then admits only an allow-list:

* one statement (a single trailing ``;`` is dropped; any other ``;`` is refused);
* clauses MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, UNION;
* functions from a read-only list (no namespaced functions or procedures);
* ASCII outside string literals and quoted names (no look-alike dashes, semicolons or spaces).

Every word that starts a clause or command in either dialect and is not on the list (CALL, LOAD,
COPY, CREATE, EXPORT, ATTACH, INSTALL, USE, SHOW, …) is refused wherever it stands, and a word that
follows a finished expression must be an allowed keyword: that is where a clause would begin, so a
clause the list does not know cannot slip in under a name. tests/test_cypher_guard.py checks the
guard against Neo4j's own parser over thousands of generated and mutated queries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ontology.errors import UserError

MAX_QUERY_CHARS = 20_000

#: Keywords a read query may use (upper case). ``NULL``/``TRUE``/``FALSE``/``END`` end an expression.
ALLOWED_KEYWORDS = frozenset("""
    MATCH OPTIONAL WHERE WITH UNWIND RETURN ORDER BY SKIP LIMIT UNION ALL DISTINCT AS
    AND OR XOR NOT IN IS NULL TRUE FALSE ASC ASCENDING DESC DESCENDING
    CASE WHEN THEN ELSE END STARTS ENDS CONTAINS EXISTS
""".split())
_VALUE_KEYWORDS = frozenset({"NULL", "TRUE", "FALSE", "END"})
_FIRST_KEYWORDS = frozenset({"MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN"})

#: Verbs of write clauses, procedures and commands in Neo4j or LadybugDB, refused even as names.
#: (Read clauses the list lacks — FILTER, LET, NEXT, … — stay usable as names: where they would
#: begin a clause they follow a finished expression, and that position admits allowed keywords only.)
DENIED_KEYWORDS = frozenset("""
    CREATE MERGE SET DELETE DETACH NODETACH REMOVE DROP LOAD COPY CALL FOREACH ALTER RENAME INSTALL
    UNINSTALL ATTACH IMPORT EXPORT CHECKPOINT BEGIN COMMIT ROLLBACK GRANT REVOKE DENY USE SHOW
    TERMINATE ENABLE DEALLOCATE REALLOCATE INSERT FINISH YIELD EXPLAIN PROFILE CYPHER MACRO
""".split())

#: Read-only scalar, list and aggregate functions of Cypher (Neo4j's and LadybugDB's spellings).
ALLOWED_FUNCTIONS = frozenset(name.lower() for name in """
    count collect sum avg min max stdev stdevp percentilecont percentiledisc
    size length labels label type id elementid keys properties nodes relationships rels
    startnode endnode head last tail range reverse coalesce exists isempty
    tolower toupper lower upper lcase ucase tostring tointeger tofloat toboolean
    tostringornull tointegerornull tofloatornull tobooleanornull string to_float to_int64 to_double
    to_string to_int32 cast
    trim ltrim rtrim replace split substring left right concat contains starts_with ends_with
    prefix suffix lpad rpad repeat regexp_matches regexp_extract regexp_replace
    abs ceil ceiling floor round sqrt exp log log10 log2 ln sign rand pi e sin cos tan asin acos atan
    atan2 degrees radians
    any all none single reduce
    date datetime localdatetime time localtime duration timestamp date_part current_date
    current_timestamp
    list_contains list_has list_extract list_element list_concat list_cat list_sort
    list_reverse_sort list_distinct list_unique list_sum list_product list_slice list_position
    list_creation list_any_value array_contains array_has array_extract array_length
    list_transform list_filter list_reduce list_has_all
    struct_extract map_extract nullif ifnull
""".split())


class GuardError(UserError, ValueError):
    """The text is not a single read-only query the console may run."""


@dataclass(frozen=True)
class Token:
    kind: str      # 'word', 'name' (`quoted`), 'string', 'number', 'param', 'punct'
    text: str
    start: int


_WS = " \t\r\n"
_PUNCT2 = ("<>", "!=", "<=", ">=", "=~", "->", "<-", "..", "+=")
_PUNCT1 = set("()[]{},.:|=<>+-*/%^&!;")
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# A number ends where a word could not start: "1CREATE" is not a number followed by a clause.
_NUMBER = re.compile(r"(?:0x[0-9A-Fa-f]+|0o[0-7]+|(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?)(?![A-Za-z0-9_])")
_LINE_COMMENT = re.compile(r"//[^\r\n]*")
_PARAM_NUMBER = re.compile(r"\d+")
_STRING_ESCAPES = set("\\'\"bfnrt")


def _quoted(text: str, i: int, quote: str) -> int:
    """End (exclusive) of the literal or quoted name that opens at ``i``.

    Strings take backslash escapes (only the ones both dialects define, so no escape is read two
    ways); backtick names have none: a backtick closes them and a doubled backtick is one backtick.
    """
    n, j = len(text), i + 1
    while j < n:
        ch = text[j]
        if quote == "`":
            if ch == "`":
                if j + 1 < n and text[j + 1] == "`":
                    j += 2
                    continue
                return j + 1
            j += 1
            continue
        if ch == "\\":
            nxt = text[j + 1] if j + 1 < n else ""
            if nxt in _STRING_ESCAPES and nxt:
                j += 2
            elif nxt in ("u", "U"):
                width = 4 if nxt == "u" else 8
                digits = text[j + 2:j + 2 + width]
                if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                    raise GuardError(f"refused: malformed \\{nxt} escape at character {j + 1}")
                j += 2 + width
            else:
                raise GuardError(f"refused: unknown escape '\\{nxt}' in a string at character {j + 1}; "
                                 "write \\\\ for a backslash")
            continue
        if ch == quote:
            return j + 1
        j += 1
    what = "quoted name" if quote == "`" else "string"
    raise GuardError(f"refused: unterminated {what} starting at character {i + 1}")


def tokens(text: str) -> list[Token]:
    """Cypher tokens of ``text`` (comments and whitespace dropped); GuardError on anything else."""
    out: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _WS:
            i += 1
        elif (m := _LINE_COMMENT.match(text, i)) is not None:    # '//' and the rest of its line
            _plain_comment(m.group(), i)
            i = m.end()
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                raise GuardError(f"refused: unterminated /* comment at character {i + 1}")
            _plain_comment(text[i:j + 2], i)
            i = j + 2
        elif ch in "'\"`":
            j = _quoted(text, i, ch)
            out.append(Token("name" if ch == "`" else "string", text[i:j], i))
            i = j
        elif ch == "$":
            m = _WORD.match(text, i + 1) or _PARAM_NUMBER.match(text, i + 1)
            if m:
                out.append(Token("param", text[i:m.end()], i))
                i = m.end()
            elif text.startswith("`", i + 1):
                j = _quoted(text, i + 1, "`")
                out.append(Token("param", text[i:j], i))
                i = j
            else:
                raise GuardError(f"refused: '$' without a parameter name at character {i + 1}")
        elif ch.isdigit() or (ch == "." and text[i + 1:i + 2].isdigit()
                              and not _ends_expression(out[-1] if out else None)):
            m = _NUMBER.match(text, i)
            if not m:
                raise GuardError(f"refused: malformed number at character {i + 1}")
            out.append(Token("number", m.group(), i))
            i = m.end()
        elif (m := _WORD.match(text, i)) is not None:
            out.append(Token("word", m.group(), i))
            i = m.end()
        elif text[i:i + 2] in _PUNCT2:
            out.append(Token("punct", text[i:i + 2], i))
            i += 2
        elif ch in _PUNCT1:
            out.append(Token("punct", ch, i))
            i += 1
        else:
            raise GuardError(f"refused: character {ch!r} at position {i + 1} is not allowed outside a "
                             "string or a `quoted name`")
    return out


def _plain_comment(comment: str, at: int) -> None:
    """Comments hold printable ASCII only: the dialects end a line comment at different characters
    (\\r, \\u2028, …), so a comment that only one of them ends could hide a clause from the other."""
    bad = next((c for c in comment if not (" " <= c <= "~" or c in "\t\n\r")), None)
    if bad is not None:
        raise GuardError(f"refused: character {bad!r} inside a comment near position {at + 1}")


def _ends_expression(tok: Token | None) -> bool:
    if tok is None:
        return False
    if tok.kind in ("name", "string", "number", "param"):
        return True
    if tok.kind == "word":
        upper = tok.text.upper()
        return upper not in ALLOWED_KEYWORDS or upper in _VALUE_KEYWORDS
    return tok.text in (")", "]", "}")


def check_read_query(text: str) -> str:
    """The query to run (a trailing ``;`` dropped) if ``text`` is one read query; GuardError otherwise."""
    if not isinstance(text, str) or not text.strip():
        raise GuardError("empty query; give a read-only Cypher query, e.g. MATCH (n:System) RETURN n.name")
    if len(text) > MAX_QUERY_CHARS:
        raise GuardError(f"refused: the query has {len(text)} characters; at most {MAX_QUERY_CHARS} are allowed")
    toks = tokens(text)
    if not toks:
        raise GuardError("empty query (only comments); give a read-only Cypher query")
    if toks[-1].text == ";":
        text, toks = text[:toks[-1].start], toks[:-1]
    if not toks:
        raise GuardError("empty query (only ';'); give a read-only Cypher query")
    if any(t.text == ";" for t in toks):
        raise GuardError("refused: one statement per query (found ';' between statements)")
    first = toks[0]
    if first.kind != "word" or first.text.upper() not in _FIRST_KEYWORDS:
        raise GuardError(f"refused: a query starts with MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN, "
                         f"not '{first.text}'")
    for k, tok in enumerate(toks):
        prev = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after_dot = prev is not None and prev.text == "."
        if tok.kind == "word" and not after_dot:
            _check_word(tok, prev, nxt)
        elif tok.kind == "word" and nxt is not None and nxt.text == "(":
            raise GuardError(f"refused: namespaced function or procedure '…{tok.text}(' is not allowed; "
                             "use the plain read-only functions")
        elif tok.kind in ("string", "number", "param", "name") and prev is not None and _ends_expression(prev) \
                and not after_dot:
            raise GuardError(f"refused: unexpected {tok.text!r} at character {tok.start + 1} after "
                             f"'{prev.text}'")
    return text


def _check_word(tok: Token, prev: Token | None, nxt: Token | None) -> None:
    upper = tok.text.upper()
    if nxt is not None and nxt.text == "(" and upper not in ALLOWED_KEYWORDS:
        if tok.text.lower() not in ALLOWED_FUNCTIONS:
            raise GuardError(f"refused: '{tok.text}(' is not a read-only function this console allows")
        return
    if upper in DENIED_KEYWORDS:
        raise GuardError(f"refused: '{upper}' is not a read clause; only MATCH, OPTIONAL MATCH, WHERE, "
                         "WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT and UNION are allowed")
    if upper in ALLOWED_KEYWORDS:
        return
    if _ends_expression(prev):
        raise GuardError(f"refused: unexpected word '{tok.text}' at character {tok.start + 1}; only "
                         "MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT and "
                         "UNION start a clause here")
