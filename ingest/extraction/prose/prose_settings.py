"""Conditions said between a property's name and its value (', measured at 5 K/min,', 'at 300 °C of 0.15 MPa'), the
cycle count said after a change, the gas a pressure is of, and the basis word a 'respectively' list shares.
"""
from __future__ import annotations

import re

from ingest.extraction.samples.samples_systems import has_hydrogen as _has_hydrogen
from ingest.extraction.text.hedge_words import APPROXIMATING, NEARLY
from ingest.extraction.text.quantity_text import LABELLED_LIST_GAP, Group, _dims
from ingest.extraction.values.property_cues import WORD, named_by, properties_named
from ingest.extraction.values.value_lists import given_for_first, with_or_without
from ingest.extraction.values.value_roles import FRONTED_SETTING, classify
from ontology.models import MaterialSystem

from .prose_words import AND_NEXT, BRACKET_NEXT, CHANGED_FROM, COPULA_ENDS, COPULA_GAP
from .respectively import listed_keys


def _gas_of_pressure_end(text: str, cond: Group) -> int | None:
    """Where the gas named with a pressure ends ('1 bar H2', the gas read with the unit, or '0.1 MPa of hydrogen'),
    None if no gas is named right after it."""
    if _GAS_OF_PRESSURE.fullmatch(text, cond.end - 2, cond.end) or text.endswith("hydrogen", cond.start, cond.end):
        return cond.end
    gas = _GAS_OF_PRESSURE.match(text, cond.end)
    return None if gas is None else gas.end()


def named_before_condition(text: str, g: Group, start: int, gs: list[Group], prev_end: int) -> str | None:
    """The words before the clause that holds the condition said between (", measured at 5 K/min,"), read for
    g; g is their property's value when they name one, else stays the condition its unit made it."""
    cond = next(o for o in gs if o.end == prev_end and o.role == "condition")
    opened = text.rfind(",", start, cond.start)
    if opened >= 0 and (named := named_by(g, " ".join(WORD.findall(text[start:opened])[-15:]))) is not None:
        return named
    # "the plateau pressure of MgH2 at 300 °C was 0.12 MPa": the setting said with 'at' right after the
    # property's name and its sample, the value after a copula (a comma before them may end a fronted sample
    # instead: "For the Mg2Ni alloy, the plateau pressure at 573 K is 0.15 MPa")
    at = _SETTING_PREP.search(text, max(start, opened + 1), cond.start)
    if at is None and (gas_end := _gas_of_pressure_end(text, cond)) is not None \
            and COPULA_ENDS.search(_AS_FAR_AS.sub("", text[gas_end:g.start])) \
            and len(WORD.findall(text, gas_end, g.start)) <= _GAP_WORDS:
        # "the temperature for releasing 1 bar H2 was 518 °C", "the temperature to give off 0.1 MPa of hydrogen is
        # 290 °C": a pressure said between a verb and the gas it gives off is the pressure the gas is given at; the
        # words read without it (the verb and its gas) name the value
        return named_by(g, " ".join(WORD.findall(f"{text[start:cond.start]} hydrogen")[-15:]))
    if at is None:
        return None
    if COPULA_GAP.fullmatch(text, cond.end, g.start):
        return named_by(g, " ".join(WORD.findall(text[start:at.start()])[-15:]))
    return _named_right_before_setting(text, g, start, at.start(), cond.end)


def _named_right_before_setting(text: str, g: Group, start: int, at: int, cond_end: int) -> str | None:
    """"a plateau pressure at 300 °C of 0.15 MPa", "the plateau pressure at 300 °C of X was only 0.15 MPa": the
    setting said right after the property's own name (its last words before 'at' name it) sets that property,
    whose value is the next one of its unit in the same clause, whatever verb or sample is said between, unless
    the words between name another property."""
    gap = text[cond_end:g.start]
    if _GAP_BREAK.search(gap) or len(WORD.findall(gap)) > _GAP_WORDS or properties_named(gap) \
            or (_SETTING_END.search(gap) and not COPULA_ENDS.search(gap)
                and not (g.kind == "change" and CHANGED_FROM.search(gap))):
        # ("… dehydrate at 55 °C and then rehydrate at around 35 °C": a value set by its own preposition is
        # another event's setting)
        return None
    words = WORD.findall(text[start:at])
    for n in range(1, min(len(words), _NAME_WORDS) + 1):
        if (named := named_by(g, " ".join(words[-n:]))) is not None:
            return named
    return None


_GAP_BREAK = re.compile(r"[;:]|\.\s|\b(?:while|whereas|but)\b")   # another clause


_SETTING_END = re.compile(r"\b(?:at|under|to|from|in|between|within|for|after|over|near|around|below|above|up\s+to)"
                          rf"\s*(?:{APPROXIMATING}|{NEARLY})?\s*$", re.I)


_GAP_WORDS = 12   # a sample and its verb between the setting and the value, no more


_NAME_WORDS = 5   # the longest property name read right before the setting


# the preposition a setting is said with, right before it ("… of MgH2 at 300 °C"), or before the setting's own name
# ("… of MgH2 at a heating rate of 5 K/min", "under a hydrogen pressure of 1 MPa")
_SETTING_PREP = re.compile(rf"\b(?:at|under)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){{1,3}}?of\s+)?(?:{APPROXIMATING})?\s*$")


# the gas right after a pressure ('1 bar H2', '0.1 MPa of hydrogen'), and a comparison a copula may end with
# ('was as high as')
_GAS_OF_PRESSURE = re.compile(r"\s*(?:of\s+)?(?:hydrogen|H2|H₂)\b", re.I)   # (also the unit's last two letters)


_AS_FAR_AS = re.compile(r"\s+as\s+(?:high|low|much|little)\s+as\s*$", re.I)


# "… from 3.6 wt% to 3.1 wt% after 100 cycles": the cycle count a change is said over, right after it
_OVER_CYCLES = re.compile(r"\s*,?\s*(?:after|over|upon|during|following|within|in)\s+(?:the\s+)?(?:first\s+)?$", re.I)


# "After ten cycles, the capacity … drops from 8.1 to 6.9 wt%": the same count fronted in the change's clause
_CYCLES_FRONTED = re.compile(r"(?:^|[.;:]\s+|\b)(?:after|over|upon|during|following|within|throughout)\s+(?:the\s+)?"
                             r"(?:first\s+)?$", re.I)


def cycled_after(text: str, g: Group, conds: list[Group]) -> Group | None:
    """The condition of a cycle count said right after a change ('… to 3.1 wt% after 100 cycles') or fronted in
    its sentence ('After 100 cycles, the capacity fell from 3.6 to 3.1 wt%'), else None."""
    after = next((c for c in conds if c.kind == "cycles" and c.start >= g.end and _OVER_CYCLES.fullmatch(text, g.end, c.start)),
                 None)
    return after or next((c for c in conds if c.kind == "cycles" and c.end <= g.start
                          and _CYCLES_FRONTED.search(text, max(0, c.start - 30), c.start)
                          and not re.search(r"[.;]\s", text[c.end:g.start])), None)


def setting_of_the_next(text: str, g: Group, gs: list[Group], prev_end: int) -> bool:
    """Is ``g``, said with 'at' after a property's name and its sample, the setting of the value a copula joins
    right after it, a value in another unit that those words name ("the equilibrium pressure for the hydriding
    of X at 573 K is 0.5 MPa")?"""
    at = _SETTING_PREP.search(text, prev_end, g.start)
    if at is None:
        return False
    after = next((o for o in gs if o.start >= g.end), None)
    if after is None or not after.unit or after.role is not None or _dims(after.unit) == _dims(g.unit) \
            or not COPULA_GAP.fullmatch(text, g.end, after.start):
        return False
    probe = Group(after.kind, after.numbers, after.unit, after.start, after.end)   # (read, not changed)
    return named_by(probe, " ".join(WORD.findall(text[prev_end:at.start()])[-15:])) is not None


# the words between two lists of one 'respectively' statement ("52 and 61 kJ/mol and entropies of 100 and …"):
# a few words, no clause break, no word saying what follows was measured (English, not vocabulary)
_SHORT_LIST_GAP = re.compile(r"[^;:.]{0,40}")


_MEASURED_WORD = re.compile(r"\b(?:measur|experiment|observ|actual|obtain|found|determin)\w*", re.I)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


# a clause of its own between the value and its 'respectively' ("13.5 wt% is released …, respectively")
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had)\b", re.I)


def shares_list_basis(text: str, g: Group, gap: str, before_from: int) -> bool:
    """Is g a further value of a 'respectively' statement whose basis word ('DFT predicts …', 'the
    calculated …') the value before took? Every value of the statement is then of that basis ('DFT
    predicts enthalpies of 52 and 61 kJ/mol and entropies of 100 and 110 J/(mol K) for A and B,
    respectively'); a statement naming a measured counterpart ('the theoretical and measured capacities
    are 7.6 and 6.5 wt%, respectively') or a clause between the value before and the 'respectively'
    ('… 13.5 wt% is released at 400 °C and 8 wt% at 350 °C …, respectively') keeps each value's own."""
    if LABELLED_LIST_GAP.fullmatch(gap) and not _MEASURED_WORD.search(gap):
        # "DFT predicts 52 (LiBH4) and 61 kJ/mol (NaBH4)", "… 39 kJ/mol H2 for MgH2 and 64 kJ/mol H2 for Mg2NiH4":
        # one list, each value's sample in its bracket or after its 'for'
        return True
    closing = _RESPECTIVELY.search(text, g.end)
    return bool(_SHORT_LIST_GAP.fullmatch(gap)) and closing is not None \
        and not _CLAUSE_VERB.search(text, before_from, closing.start()) \
        and not _MEASURED_WORD.search(text, 0, g.start) and not _MEASURED_WORD.search(gap)


# "At 225 °C, hydrogen desorption commences, with …": the clause after a fronted value's comma that tells what
# happens there (value_roles.FRONTED_SETTING: a value set before its clause)
_TOLD_CLAUSE = re.compile(r"\s*,[^,;]+,")


def told_of_fronted(text: str, last: Group, g: Group) -> int | None:
    """Where the words naming g begin when the value before it was fronted ("At 225 °C, hydrogen desorption
    commences, with maximum rates at 278 and 350 °C"): after the clause that told what happens at that value,
    whose words named it (the onset) and not the values after it; None otherwise."""
    if not FRONTED_SETTING.search(text, max(0, last.start - 45), last.start):
        return None
    told = _TOLD_CLAUSE.match(text, last.end, g.start)
    return told.end() if told else None


def changed_sample(text: str, g: Group, systems, ms) -> MaterialSystem | None:
    """The sample of a change no other reading gave a subject: the one named between its values ("from 0.74 eV for
    X to 0.41 eV for the confined one"), unless that one is an additive the first value is given for ("of MgH2 fell
    from 140 kJ/mol for doping TiO2 to 95 kJ/mol for doping Nb2O5"): then the hydride named before the change,
    with what the words after the new value put in it."""
    between = [s for m, s in systems if g.numbers[0].end <= m.start < g.numbers[-1].start]
    host = next((s for m, s in reversed(systems) if m.end <= g.start and _has_hydrogen(s)), None)
    if between and not _has_hydrogen(between[0]) and host is not None \
            and given_for_first(text, g, host, ms) is not None:
        return with_or_without(text, g, host, systems, ms)
    return between[0] if between else None


def named_before_setting(text: str, g: Group, start: int, ms, chain_cue: str | None) -> str | None:
    """g read again from ``start``: its property and the words that named it when those words name it
    (``property:named``); else None, and g stays as it was read."""
    kept = (g.role, g.key, list(g.cues))
    g.role, g.key, g.cues = None, None, []
    cue = classify(text, g, start, ms, chain_cue)
    if g.role == "property" and "property:named" in g.cues:
        return cue
    g.role, g.key, g.cues = kept
    return None


def restated_listed_keys(text: str, gs: list[Group]) -> dict[int, str]:
    """'the discharge and charge capacities are respectively 150 µAh/cm2 (~1412 mAh/g) and 55 µAh/cm2 (~518 mAh/g)':
    the values each restated in brackets in another unit, by id, with the property the words list for its place
    (the list read from where the first value's words end); {} when the sentence has no such run."""
    restated = [(a, b) for a, b in zip(gs, gs[1:]) if a.unit and b.unit and b.kind == "single"
                and _dims(a.unit) != _dims(b.unit) and BRACKET_NEXT.fullmatch(text, a.end, b.start)]
    runs: list[list[tuple[Group, Group]]] = []
    for pair in restated:
        # (a run: each pair joined to the one before by a comma or 'and' after its closing bracket, one unit each)
        if runs and AND_NEXT.fullmatch(text.replace(")", " "), runs[-1][-1][1].end, pair[0].start) \
                and pair[1].unit == runs[-1][-1][1].unit:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    out: dict[int, str] = {}
    for run in (r for r in runs if len(r) >= 2):
        listed = Group("list", [b.numbers[0] for _, b in run], run[0][1].unit, run[0][0].start, run[-1][1].end)
        keys = listed_keys(listed, text)
        if len(keys) == len(run):
            out.update({id(b): k for (_, b), k in zip(run, keys)})
    return out
