"""A user's query that names what the schema lacks gets an answer in the schema's words.

The embedded store answers a typo with its binder's text ('Table Sytem does not exist.'); a power
user needs the name the schema has ('no label Sytem — did you mean System?'). The names come from
``kg.schema`` only, so the console's schema panel and these hints cannot disagree.
"""
from __future__ import annotations

import re

from .schema import labels, node_tables, property_keys, rel_tables, rel_types

# The embedded store's binder messages for a name it does not know (LadybugDB spelling).
_MISSING_TABLE = re.compile(r"Table `?(\w+)`? does not exist")
_MISSING_PROPERTY = re.compile(r"Cannot find property `?(\w+)`? for `?(\w+)`?")
_CUTOFF = 60.0          # rapidfuzz ratio below which a name is no suggestion at all


def closest(name: str, choices: tuple[str, ...] | list[str]) -> str | None:
    """The schema name nearest to ``name`` (case is ignored: 'system' → 'System'), or None."""
    from rapidfuzz import fuzz, process, utils

    hit = process.extractOne(name, list(choices), scorer=fuzz.ratio, processor=utils.default_process,
                             score_cutoff=_CUTOFF)
    return hit[0] if hit else None


def _suggestion(kind: str, name: str, choices: tuple[str, ...] | list[str]) -> str:
    best = closest(name, choices)
    if best:
        return f"no {kind} {name} — did you mean {best}?"
    return f"no {kind} {name}; the {kind}s are: {', '.join(choices)}"


def _is_relationship(name: str, cypher: str) -> bool:
    """Whether the query writes ``name`` inside a relationship pattern '[r:NAME]' (else a node label)."""
    if re.search(rf"\[[^\]]*:\s*`?{re.escape(name)}\b", cypher):
        return True
    in_node = re.search(rf"\([^)]*:\s*`?{re.escape(name)}\b", cypher)
    return not in_node and closest(name, rel_types()) is not None and closest(name, labels()) is None


def _properties_of(variable: str, cypher: str) -> tuple[str, ...]:
    """The properties of the label or type ``variable`` is bound to in the query ('(s:System' →
    System's); every property key of the schema when the query does not say."""
    bound = re.search(rf"[(\[]\s*`?{re.escape(variable)}`?\s*:\s*`?(\w+)", cypher)
    if bound:
        table = node_tables().get(bound.group(1)) or rel_tables().get(bound.group(1))
        if table is not None and table.names:
            return table.names
    return property_keys()


def schema_hint(message: str, cypher: str) -> str | None:
    """The store's error as the schema's name for what was meant, or None when it is another error."""
    if m := _MISSING_TABLE.search(message):
        name = m.group(1)
        if name in labels() or name in rel_types():
            return None   # a table the schema has but the store lacks: a damaged store, no typo ('hkg doctor')
        if _is_relationship(name, cypher):
            return _suggestion("relationship type", name, rel_types())
        return _suggestion("label", name, labels())
    if m := _MISSING_PROPERTY.search(message):
        name, variable = m.groups()
        best = closest(name, _properties_of(variable, cypher))
        tail = f" — did you mean {variable}.{best}?" if best else "; the schema beside the console lists them"
        return f"no property {name} on {variable}{tail}"
    return None
