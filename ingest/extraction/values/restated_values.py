"""A value a text states twice: "… released 7.2, 5.4 and 6.3 wt% H2, respectively. The 2LiBH4–Li3AlH6 composite
released the 6.3 wt% H2 within 120 min." The second statement, 'the 6.3 wt%', restates the first with the settings
the first left out; the paper reports one fact, the one with its settings."""
from __future__ import annotations

from ontology.models import Measurement


def _fact(m: Measurement) -> tuple:
    """What makes two records one fact when their settings agree: the property, the number, the sample (its parts
    and amounts), the section and the citations (two cited studies that found the same number are two facts)."""
    parts = tuple(sorted((c.formula, str(c.amount), c.role or "") for c in m.system.components)) \
        if m.system is not None else ()
    return (m.property, m.value, m.value_max, m.unit, m.qualifier, parts, m.baseline, m.source.section,
            tuple(m.source.refs), m.theoretical, m.calculated)


def _says_less(a: Measurement, b: Measurement) -> bool:
    """b restates a ('the 9.1 wt%': written with a determiner, ingest/extraction/prose/prose.py's 'value:restated'), a's
    settings are a part of b's, and b says more. (Without the determiner, 'In a second study, … from 160 to 75 kJ/mol at
    300 °C', the same number is a finding of its own.)"""
    return "value:restated" in b.cues and len(a.conditions) < len(b.conditions) \
        and all(b.conditions.get(k) == v for k, v in a.conditions.items())


def _printed_again(a: Measurement, b: Measurement) -> bool:
    """b prints a's number again with the same spread and no setting a lacks ('particles of 68 ± 11 nm' …, 'as the
    size decreased from 421 ± 70 to 68 ± 11 nm'): a measured spread repeated to the digit is the one measurement."""
    return a.uncertainty is not None and a.uncertainty == b.uncertainty \
        and all(a.conditions.get(k) == v for k, v in b.conditions.items())


def without_restated(ms: list[Measurement]) -> list[Measurement]:
    """``ms`` (one document's prose records, in reading order) without a record another record of the same fact
    restates with more settings, or prints again later with the same spread."""
    by_fact: dict[tuple, list[Measurement]] = {}
    for m in ms:
        by_fact.setdefault(_fact(m), []).append(m)
    dropped = {id(a) for same in by_fact.values() if len(same) > 1
               for a in same if any(_says_less(a, b) for b in same if b is not a)}
    dropped |= {id(b) for same in by_fact.values() if len(same) > 1
                for i, b in enumerate(same) if any(_printed_again(a, b) for a in same[:i] if id(a) not in dropped)}
    return [m for m in ms if id(m) not in dropped] if dropped else ms
