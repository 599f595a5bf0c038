"""A solid electrolyte's thermal-stability limit, which is no dehydrogenation temperature.

'Li2B12H12 conducts 0.1 mS/cm at 25 °C and is thermally stable, Tdec ≈ 350 °C', 'the conductor reaches 0.02 mS/cm,
but slow decomposition already starts below 100 °C': in a passage about an ion conductor, a temperature named only
by words of decomposition or thermal stability (the ontology's ThermalStabilityWord scheme) — no hydrogen, no
release verb — says where the electrolyte stops being usable. The graph keeps no property for that limit, and the
dev set records none; a hydrogen-storage passage's "MgH2 decomposes at 300 °C" stays a dehydrogenation temperature.
"""
from __future__ import annotations

import re

from ingest.extraction.text.quantity_text import Group, _dims
from ontology.vocabulary import vocabulary

_STORAGE, _ELECTROLYTE = "HydrogenStorage", "SolidElectrolyte"
# the words of the limit, up to 60 characters before the value in its clause
_LIMIT_WORDS = re.compile(rf"(?<![\w-]){vocabulary().scheme_alternation('ThermalStabilityWord')}", re.I)
# a formula written in the clause (a capital, then a digit within the token: 'Li(BH3NH2BH2NH2BH3)', 'Na2B12H12')
_FORMULA = re.compile(r"(?<![\w(])[A-Z][\w()·]*\d[\w()·]*")
# (hydrogen said, or a verb of giving it off or taking it up: the release of a store, whatever else it is)
_PROCESS_VERBS = vocabulary().scheme_alternation('HydrogenProcessVerb', ('ReleaseVerb', 'UptakeVerb', 'SorbingVerb'))
_HYDROGEN_SAID = re.compile(rf"\bhydrogen\b|\b[HD]\s?2\b|H₂|(?<![\w-])(?:re-?)?{_PROCESS_VERBS}", re.I)


def electrolyte_limits(gs: list[Group], clause: dict[int, str], applications) -> None:
    """Marks as ignored the storage temperatures of ``gs`` that are an electrolyte's thermal-stability limit: the
    sentence's other values (else the paragraph's last ones, ``applications``) are of a solid electrolyte and of no
    hydrogen store, and the words before the value name a decomposition or thermal stability, no hydrogen."""
    props = [g for g in gs if g.role == "property" and g.key]
    candidates = [g for g in props if g.unit and _dims(g.unit) == _dims("degC")]
    if not candidates:
        return
    vocab = vocabulary()
    apps = {id(g): set(vocab.property(g.key).applications) for g in props}
    for g in candidates:
        if apps[id(g)] != {_STORAGE}:
            continue
        others = set().union(*(apps[id(h)] for h in props if h is not g)) or set(applications)
        if _ELECTROLYTE not in others or _STORAGE in others:
            continue
        # (a formula counts as one word: 'decomposition of Li(BH3NH2BH2NH2BH3) starts below 100 °C')
        words = _FORMULA.sub("X", clause.get(id(g), ""))[-60:]
        if _LIMIT_WORDS.search(words) and not _HYDROGEN_SAID.search(words):
            g.role = "ignored"
            g.cues.append("value:stability-limit")
