"""One result read twice: a review gives a study's value in a table row and again in its text (149 °C
in the table, 150 °C in the prose, both citing the same paper). Every answer that lists values — the
typical questions, the lab's place among the literature — counts it once."""
from __future__ import annotations

from typing import Any

ROUNDING = 0.02     # two values of one study that differ by less than this share are one value rounded


def _refs(answer: dict[str, Any]) -> set[str]:
    return set(answer.get("refs") or (answer.get("evidence") or {}).get("refs") or [])


def _composition(answer: dict[str, Any]) -> Any:
    """What was added to the host: one additive (an additives-below answer) or all of them (a
    best-values answer, whose system names may differ: 'LiBH4–LLZTO' and 'LLZTO/4LiBH4')."""
    return answer["formula"] if "formula" in answer else tuple(sorted(answer.get("additives") or ()))


def _conditions_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """No condition both answers state differs (a conductivity at 25 °C and at 60 °C are two values)."""
    ca, cb = a.get("conditions") or {}, b.get("conditions") or {}
    return all(ca[k] == cb[k] for k in set(ca) & set(cb))


def _same_study(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two answers are one result read twice (a review's table row and its prose on the same cited
    paper: 149 °C in the table, 150 °C in the text): same host and additives, a cited reference in
    common, no differing condition, values equal but for rounding. Without a shared reference they
    are two studies."""
    if (a["host"], _composition(a), a.get("source")) != (b["host"], _composition(b), b.get("source")):
        return False
    if not _refs(a) & _refs(b) or not _conditions_agree(a, b):
        return False
    return _within_rounding(a["value"], b["value"])


def fold_same_study(answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One answer per result: a result read twice (see _same_study) is kept once, at its first
    (lowest) value, with the other reading's system, value and place under 'also_read'."""
    kept: list[dict[str, Any]] = []
    for a in answers:
        first = next((k for k in kept if _same_study(k, a)), None)
        if first is None:
            kept.append(a)
            continue
        also = {"system": a["system"], "system_name": a.get("system_name"), "value": a["value"]}
        # an answer whose evidence is read after folding (best values) keeps its measurement id for it
        also.update({"id": a["id"]} if "id" in a else {"evidence": a.get("evidence")})
        first.setdefault("also_read", []).append(also)
    return kept


# what must be equal for two stored values of one system to be one reading repeated (a table cell and
# a sentence of the same source); the value itself may differ by rounding
_SAME_READING = ("property", "value_max", "unit", "source", "theoretical", "temperature", "heating_rate",
                 "conditions_json", "condition_max_json", "method")


def fold_repeated_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The values of ONE system as shown with an analog: a value its source gives twice (a table row
    and a sentence; the review may cite the study by two numbers) under the same conditions is one
    row, the other reading under 'also_read'. Across systems, fold_same_study decides instead."""
    kept: list[tuple[tuple[Any, ...], dict[str, Any]]] = []     # (its _SAME_READING key, the row)
    for r in rows:
        key = tuple(r.get(k) for k in _SAME_READING)
        first = next((k for kk, k in kept if kk == key and _within_rounding(k["value"], r["value"])), None)
        if first is None:
            kept.append((key, dict(r)))
        else:
            first.setdefault("also_read", []).append(r)
    return [k for _, k in kept]


def _within_rounding(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return bool(abs(a - b) <= ROUNDING * max(abs(a), abs(b)))
