"""The settings a paragraph said its values were measured under, and the phrases that point back to them.

One reader for every "the settings said before":

- right after a value, in its own sentence ("… 3.9 wt% H2 at the same temperature", "… under identical
  conditions"): the value set beside it (``same_after_value``, read by ingest.extraction.values.value_conditions);
- 'at this temperature', 'at that temperature', 'at such a temperature': the last temperature said before the
  words, in the sentence or else earlier in the paragraph (``SaidSettings.referred_temperature``);
- 'MgH2–5 wt% Ni absorbs 5.5 wt% at 200 °C. At the same temperature, pristine MgH2 absorbs only 2.1 wt%.': a
  value whose reference sits in an earlier sentence takes the settings of the latest earlier value of the same
  property (``SaidSettings.shared``). Which settings: the condition the words name, by the ontology's Condition
  labels ('temperature', 'pressure', 'current density', 'heating rate'), or all of them for 'the same
  conditions'.
- 'The cell was cycled at 353 K and 0.1 C. Its second discharge capacity was 310 mAh/g.': the settings a
  sentence runs a cell at (a C-rate, and the temperature beside it) without reading a value of its own, taken
  by the later values of the paragraph that a cell is run for (``SaidSettings.with_cell_settings``); a setting a
  value's own sentence gives wins.

The phrase patterns live here only (the ontology has no scheme for 'same' / 'identical' / 'this': they are
English function words, like the prepositions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ingest.extraction.text.quantity_text import Group, _dims
from ontology.comparability import required_conditions
from ontology.models import Measurement
from ontology.vocabulary import fold, vocabulary
from ontology.word_gate import gated

# -------------------------------------------------------------------------------------------- the phrases
_ON = r"(?:at|under|in|with)"               # 'at the same temperature', 'under identical conditions'
_SAME = ("same", "identical")               # the settings of another value ('the same temperature')
_ALIKE = ("similar",)                       # ('under similar conditions': only beside the value in its sentence)
_THIS = r"(?:this|that|such\s+a)"           # 'at this temperature': the one just said
# the settings a phrase right after a value can name
_SETTING_NOUNS = r"(?:temperatures?|conditions?|pressures?|times?|rates?|current\s+densit(?:y|ies))"

# "… 3.9 wt% H2 at the same temperature", "… under identical conditions": the settings of the value set beside it
_SAME_AFTER_VALUE = gated(re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?{_ON}\s+(?:the\s+)?(?:{'|'.join(_SAME + _ALIKE)})\s+"
                               rf"{_SETTING_NOUNS}\b", re.I))
# "At the same temperature, …", "Under identical conditions, …", "with the same current density": the nouns are
# read against the ontology's Condition labels (_named_keys)
_SAME_NAMED = gated(re.compile(rf"\b{_ON}\s+(?:the\s+)?(?:{'|'.join(_SAME)})\s+(?P<what>[a-z]+(?:\s+[a-z]+)?)\b", re.I))
# "at this temperature", "at that temperature", "under such a temperature": a temperature said before
_THIS_TEMPERATURE = re.compile(rf"\b(?:at|under)\s+{_THIS}\s+temperature\b", re.I)
_ALL = ("condition", "conditions", "setting", "settings")   # 'the same conditions': every setting
_C_RATE, _CELL_TYPE = "c_rate", "cell_type"   # the condition keys of a cell's cycling rate and of its kind
_RATES = (_C_RATE, "current_density", "areal_current_density")   # a value's own rate, in whichever form
_CYCLES = "cycles"   # (the condition key of a cycle count)
# the settings of the cell a value was cycled in (its rate, temperature and kind), by the ontology's condition keys
_CELL_SETTINGS = frozenset((*_RATES, "temperature", _CELL_TYPE))
# properties read over the cycling itself, whatever its count (ontology property keys)
_PER_CYCLE = frozenset(("coulombic_efficiency",))


def _cell_of(m: Measurement) -> tuple:
    """The settings of the cell a value was cycled in, as one comparable key."""
    return (tuple(sorted((k, v, m.condition_max.get(k)) for k, v in m.conditions.items() if k in _CELL_SETTINGS)),
            m.condition_terms.get(_CELL_TYPE))


def same_after_value(text: str, end: int) -> bool:
    """Does the sentence say, right after a value ending at ``end`` (a word or two between), that it was measured
    under the same settings as the value set beside it ('… 3.9 wt% at the same temperature')?"""
    return _SAME_AFTER_VALUE.match(text, end) is not None


@cache
def _condition_keys() -> dict[str, str]:
    """The folded label (singular) of each numeric Condition term → its key: 'temperature' → temperature."""
    out: dict[str, str] = {}
    for t in vocabulary().terms("Condition"):
        if t.key:
            for label in t.labels:
                out.setdefault(fold(label), t.key)
    return out


def _named_keys(what: str) -> set[str] | None:
    """The condition keys 'the same WHAT' names: None for all ('conditions'), empty for none it knows."""
    words = what.casefold().split()
    if words[0] in _ALL:
        return None
    keys = _condition_keys()
    for n in (2, 1):   # 'current density' before 'current'; a plural read as its singular
        phrase = " ".join(words[:n])
        for form in (phrase, phrase.removesuffix("s")):
            if fold(form) in keys:
                return {keys[fold(form)]}
    return set()


def last_temperature(gs: list[Group]) -> dict | None:
    """The last single temperature among the groups, as a condition value (a range or a change names no
    one setting)."""
    return next(({"value": g.numbers[-1].value, "unit": g.unit} for g in reversed(gs)
                 if g.kind == "single" and g.unit and g.numbers and _dims(g.unit) == _dims("degC")), None)


@cache
def _cell_run(property_key: str) -> bool:
    """Is a value of the property measured by running a cell: does the cell type condition qualify each of its
    applications (a capacity, a coulombic efficiency)? Not a property of an electrolyte as well (an electronic
    conductivity, an interfacial resistance), which is measured apart from the cycling."""
    vocab = vocabulary()
    try:
        apps, cells = vocab.property(property_key).applications, vocab.property(_CELL_TYPE).applications
    except KeyError:
        return False
    return bool(apps) and all(any(vocab.is_a(a, c) or vocab.is_a(c, a) for c in cells) for a in apps)


# ------------------------------------------------------------------------------ what the paragraph said
@dataclass
class SaidSettings:
    """What a paragraph said so far: the values it read (with their settings) and the number groups of its
    sentences (every temperature said, whether a value was read in its sentence or not)."""

    values: list[Measurement] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    cell: dict[str, dict] = field(default_factory=dict)   # the settings a sentence ran a cell at, by key
    # the cycle count a sentence ran its cell for without reading a value ('… was cycled at 0.5 C for 100 cycles')
    cell_cycles: dict | None = None
    before: list[Measurement] = field(default_factory=list)   # the values of the sentence before

    def temperature(self) -> dict | None:
        """The last temperature the paragraph said."""
        return last_temperature(self.groups)

    def referred_temperature(self, text: str, gs: list[Group]) -> dict | None:
        """The temperature a sentence (its groups ``gs``) measures at without giving it, pointing back to it
        ('at this temperature'): the last one said before the words, in the sentence or else in the paragraph."""
        words = _THIS_TEMPERATURE.search(text) if "temperature" in text else None
        if words is None:
            return None
        return last_temperature([g for g in gs if g.end <= words.start()]) or self.temperature()

    def heard(self, gs: list[Group]) -> None:
        """A sentence's number groups were read: its temperatures are said, and so are the settings it runs a
        cell at when it gives one C-rate and reads no value ('… when cycled at 353 K and 0.1 C': a sentence that
        reads values at a rate gives the rate of those values only)."""
        self.groups.extend(gs)
        valued = any(g.role == "property" for g in gs)
        if not valued:
            self.before = []   # (a sentence of no value: the values of the sentence before are two sentences back)
        # ('… cycled at 0.5 C', '… cycled at 100 mA g−1': a rate in any form)
        rates = [g for g in gs if g.role == "condition" and g.key in _RATES and g.kind == "single" and g.numbers]
        if len(rates) == 1 and not valued:
            cell = {rates[0].key: {"value": rates[0].numbers[-1].value, "unit": rates[0].unit}}
            temperature = last_temperature(gs)
            self.cell = {**cell, "temperature": temperature} if temperature else cell
            counts = [g for g in gs if g.role == "condition" and g.key == _CYCLES and len(g.numbers) == 1]
            self.cell_cycles = {"value": counts[0].numbers[-1].value, "unit": "1"} if len(counts) == 1 else None

    def with_cell_settings(self, property_key: str | None, own: dict[str, dict]) -> dict[str, dict]:
        """A value's settings ``own`` with those the paragraph ran its cell at added, if a cell is run for a
        value of ``property_key`` (the cell type qualifies its values, by the ontology: not a conductivity nor a
        hydrogen capacity). A setting the value's own sentence gives wins, a rate in any form ('at 50 mA/g')
        over the C-rate said before."""
        if not self.cell or not property_key:
            return own
        if not _cell_run(property_key):
            # "The anode was cycled at 0.5 C for 100 cycles. Its capacity retention was 40 %": a property that needs a
            # cycle count (a retention, of no cell by itself) in a paragraph that ran a cell is that cell's
            if _CYCLES not in required_conditions(property_key):
                return own
            own = {_CYCLES: self.cell_cycles, **own} if self.cell_cycles else own
        taken = {k: v for k, v in self.cell.items()
                 if k not in own and not (k in _RATES and any(r in own for r in _RATES))}
        return {**taken, **own} if taken else own

    def cycled_as_before(self, found: list[Measurement]) -> list[Measurement]:
        """'At 100 mA/g the MgH2 electrode delivered 1800 mAh/g. After 50 cycles its capacity retention was 62 %': a
        value of the cycling that follows (a retention, a coulombic efficiency, a capacity after a number of cycles)
        without a rate of its own was measured in the cell the sentence before ran for the same sample: it takes
        that cell's rate, temperature and cell type, and a retention of no count the count the cell ran for."""
        return [self._as_cell_before(m) for m in found] if self.before else found

    def _as_cell_before(self, m: Measurement) -> Measurement:
        own = m.conditions
        count = own.get(_CYCLES)
        needs_count = _CYCLES in required_conditions(m.property)
        if any(r in own for r in _RATES) or not (needs_count or _cell_run(m.property) and (
                m.property in _PER_CYCLE or count is not None and count > 1)):
            return m
        cells = [e for e in self.before if e.system.id == m.system.id and _cell_run(e.property)
                 and any(r in e.conditions for r in _RATES)]
        # (one cell: values read at several rates, a rate test, name no one cell the next values were cycled in)
        if len({_cell_of(e) for e in cells}) != 1:
            return m
        ran = cells[0]
        if count == 1 and (ran.conditions.get(_CYCLES) or 1) > 1:
            # ('After 200 cycles at 1 A/g, 594 mAh/g is kept. The initial coulombic efficiency was 78 %': the first
            # cycle's value is not of the long run at its own rate)
            return m
        taken = {k: v for k, v in ran.conditions.items() if k in _CELL_SETTINGS and k not in own}
        if needs_count and _CYCLES not in own and (ran.conditions.get(_CYCLES) or 0) > 1:
            taken[_CYCLES] = ran.conditions[_CYCLES]   # ('after 100 cycles the capacity was …; the retention was 80 %')
        terms = {k: v for k, v in ran.condition_terms.items() if k in _CELL_SETTINGS and k not in m.condition_terms}
        if not taken and not terms:
            return m
        spans = {k: v for k, v in ran.condition_max.items() if k in taken}
        return m.model_copy(update={"conditions": {**own, **taken}, "condition_max": {**m.condition_max, **spans},
                                    "condition_terms": {**m.condition_terms, **terms}})

    def shared(self, text: str, found: list[Measurement]) -> list[Measurement]:
        """``found`` (a sentence's values) with the settings an earlier value of the paragraph was measured under
        added to each that the sentence says shares them and lacks them: the latest earlier value of the same
        property that has them. The values become the paragraph's."""
        out = self.cycled_as_before(self._shared(text, found))
        self.values.extend(out)
        if out:
            self.before = out
        return out

    def _shared(self, text: str, found: list[Measurement]) -> list[Measurement]:
        earlier = self.values
        said = _SAME_NAMED.search(text) if found and earlier else None
        if said is None:
            return found
        wanted = _named_keys(said.group("what"))
        if wanted is not None and not wanted:
            return found
        out = []
        for m in found:
            missing = None if wanted is None else wanted - set(m.conditions)
            ref = next((e for e in reversed(earlier) if e.property == m.property and e.conditions
                        and (missing is None or missing <= set(e.conditions))), None)
            if ref is None or missing == set():
                out.append(m)
                continue
            taken = {k: v for k, v in ref.conditions.items()
                     if (k in missing if missing is not None else k not in m.conditions)}
            out.append(m.model_copy(update={"conditions": {**taken, **m.conditions}}) if taken else m)
        return out
