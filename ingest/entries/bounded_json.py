"""JSON (and YAML) from other people's machines, parsed only after its size and depth are checked.

The standard parsers recurse once per nesting level, so 990 nested ``[`` in an entry file or an
``ro-crate-metadata.json`` ended in ``RecursionError`` (a traceback, also on the ELN page).  Here the
text is measured first — bytes, then the deepest nesting of ``[``/``{`` outside strings — and refused
with ``JsonLimitError`` naming the limit; only then is it parsed.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from typing import Any

from ontology.errors import UserError
from ontology.limits import MAX_DOCUMENT_VALUES, MAX_JSON_BYTES, MAX_JSON_DEPTH


class JsonLimitError(UserError, ValueError):
    """The document is larger or deeper than the limits; nothing of it was parsed."""


# A whole double-quoted string (brackets inside are data), or one bracket.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def nesting_depth(text: str, stop_at: int | None = None) -> int:
    """The deepest nesting of brackets outside double-quoted strings (stops early past ``stop_at``)."""
    depth = deepest = 0
    for m in _TOKEN.finditer(text):
        ch = m.group(0)
        if ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if stop_at is not None and deepest > stop_at:
                    break
        elif ch in "]}":
            depth = max(0, depth - 1)
    return deepest


def check_text(text: str | bytes, *, what: str = "the JSON document", max_depth: int = MAX_JSON_DEPTH,
               max_bytes: int = MAX_JSON_BYTES) -> None:
    """Raise JsonLimitError when ``text`` is over ``max_bytes`` or nests deeper than ``max_depth``."""
    size = len(text.encode("utf-8", "surrogatepass")) if isinstance(text, str) else len(text)
    if size > max_bytes:
        raise JsonLimitError(f"{what} is {size:,} bytes; the limit is {max_bytes:,} bytes")
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if nesting_depth(text, stop_at=max_depth) > max_depth:
        raise JsonLimitError(f"{what} nests lists/objects more than {max_depth} levels deep; "
                             "a lab document never needs that (is it generated or damaged?)")


def loads(text: str | bytes, *, what: str = "the JSON document", max_depth: int = MAX_JSON_DEPTH,
          max_bytes: int = MAX_JSON_BYTES, odd_numbers_as_text: bool = False) -> Any:
    """``json.loads`` after ``check_text``; ``json.JSONDecodeError`` as usual for malformed text.

    ``odd_numbers_as_text``: ``NaN``, ``Infinity`` and numbers beyond a float's range (``1e400``),
    which Python's reader accepts but JSON does not define, are kept as the text written. Records from
    other notebooks are read so: as floats they were written back as ``NaN``/``Infinity`` into the
    revision files and exported archives, which strict JSON readers (other ELNs) refuse."""
    check_text(text, what=what, max_depth=max_depth, max_bytes=max_bytes)
    odd: dict[str, Any] = {"parse_constant": str, "parse_float": _finite_or_text} if odd_numbers_as_text else {}
    try:
        return json.loads(text, **odd)
    except RecursionError:  # the interpreter's stack was already deep: still no traceback
        raise JsonLimitError(f"{what} nests too deeply to parse") from None


def _finite_or_text(literal: str) -> float | str:
    value = float(literal)
    return value if math.isfinite(value) else literal


def load_yaml(text: str, *, what: str = "the YAML document", max_depth: int = MAX_JSON_DEPTH,
              max_bytes: int = MAX_JSON_BYTES) -> Any:
    """``yaml.safe_load`` (JSON is YAML) after the same checks; YAML's block nesting is caught too."""
    import yaml

    check_text(text, what=what, max_depth=max_depth, max_bytes=max_bytes)
    try:
        data = yaml.load(text, Loader=_numbers_as_written())  # a SafeLoader (below)
    except RecursionError:
        raise JsonLimitError(f"{what} nests too deeply to parse") from None
    check_value(data, what=what, max_depth=max_depth)   # indentation nesting has no brackets to count
    return data


# YAML 1.1 (PyYAML's) reads numbers no one types as such: 'value: 010' is octal 8, 'time: 1:30:00' the
# base-60 number 5400 (minutes here), '1:30' 90. A number is read as YAML 1.2 and JSON read it: decimal, or with
# an explicit 0o/0x; a time with colons stays text, which the entry then refuses, saying how to write it.
_INT_12 = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT_12 = re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                       r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


@lru_cache(maxsize=1)
def _numbers_as_written() -> type:
    import yaml

    class NumbersAsWritten(yaml.SafeLoader):
        pass

    NumbersAsWritten.yaml_implicit_resolvers = {
        first: [r for r in resolvers if r[0] not in _NUMBER_TAGS]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    NumbersAsWritten.add_implicit_resolver(_NUMBER_TAGS[0], _INT_12, list("-+0123456789"))
    NumbersAsWritten.add_implicit_resolver(_NUMBER_TAGS[1], _FLOAT_12, list("-+0123456789."))

    def decimal_int(loader: Any, node: Any) -> int:
        text = loader.construct_scalar(node)
        base = {"0o": 8, "0x": 16}.get(text[:2], 10)
        return int(text[2:] if base != 10 else text, base)

    NumbersAsWritten.add_constructor(_NUMBER_TAGS[0], decimal_int)
    return NumbersAsWritten


def value_shape(value: Any) -> tuple[float, float]:
    """(depth, number of values) of a parsed value with every YAML alias expanded, in time linear in its
    distinct containers: a container shared by aliases is walked once (a walk of the expanded value
    would take as long as the expansion). A container holding itself (``&a [*a]``) is infinitely deep."""
    shape: dict[int, tuple[float, float]] = {}
    open_ids: set[int] = set()   # containers being walked: the ancestors of the one on top of the stack
    todo: list[tuple[Any, bool]] = [(value, False)]
    while todo:
        v, finished = todo.pop()
        kids = list(v.values()) if isinstance(v, dict) else v
        if finished:
            inner = [shape[id(c)] for c in kids if isinstance(c, (dict, list))]
            shape[id(v)] = (1 + max((d for d, _ in inner), default=0),
                            1 + sum(n for _, n in inner) + sum(not isinstance(c, (dict, list)) for c in kids))
            open_ids.discard(id(v))
        elif isinstance(v, (dict, list)) and id(v) not in shape:
            if id(v) in open_ids:
                return math.inf, math.inf
            open_ids.add(id(v))
            todo.append((v, True))
            todo.extend((c, False) for c in kids if isinstance(c, (dict, list)))
    return shape.get(id(value), (0, 1))


def value_depth(value: Any, limit: int) -> float:
    """Depth of a parsed value (``limit`` is kept for the callers; the walk is linear anyway)."""
    return value_shape(value)[0]


def check_value(value: Any, *, what: str = "the document", max_depth: int = MAX_JSON_DEPTH,
                max_values: int = MAX_DOCUMENT_VALUES) -> None:
    """Raise JsonLimitError when a parsed value nests deeper than ``max_depth`` or, with its aliases
    expanded, holds more than ``max_values`` values (or itself)."""
    depth, values = value_shape(value)
    if depth == math.inf:
        raise JsonLimitError(f"{what} holds itself (a YAML alias *name inside its own &name); "
                             "write the values out")
    if depth > max_depth:
        raise JsonLimitError(f"{what} nests lists/mappings more than {max_depth} levels deep")
    if values > max_values:
        raise JsonLimitError(f"{what} stands for {values:,.0f} values once its YAML aliases (*name) are "
                             f"expanded; the limit is {max_values:,}: write the values out, or repeat "
                             "fewer of them")
