"""Values set against a reference: the baseline's own value ('Pure MgH2 needs 350 °C', 'compared with bare LiBH4 (470
°C)'), the two ends of a change and the sample each is of ('from 156 kJ/mol for the undoped composite to 98 kJ/mol with
TiCl3'), with-and-without pairs, and the additive (with its loading) a change is caused by.
"""
from __future__ import annotations

import re

from ingest.extraction.attribution.referents import after_value, before_value, members_first, resolve
from ingest.extraction.samples.material_cues import (
    ADDED_ABSOLUTE,
    ADDED_PASSIVE,
    ADDING_NOUN_OF,
    ADDITIVE_CUE_GATE,
    FOR_SYSTEM,
    WITH_BEFORE,
    additive_after,
    compared_before,
)
from ingest.extraction.samples.samples_additives import additive as additive_notation
from ingest.extraction.samples.samples_systems import (
    amount_before,
    bare_sample,
    has_hydrogen as _has_hydrogen,
    joined_system,
    plus_additive,
    sample_without,
    unfilled_sample,
    with_additives,
)
from ingest.extraction.samples.studied_samples import BOTH_WAYS_LEAD, both_ways_lead, composite_beside_bare, may_pair
from ingest.extraction.text.comparison_words import COMPARED_WITH, CONTRAST_CONJUNCTION
from ingest.extraction.text.hedge_words import APPROXIMATING, hedged
from ingest.extraction.text.lacking import LACKED_BEFORE
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system
from ingest.extraction.text.quantity_text import Group, _dims
from ingest.extraction.text.sample_words import BASELINE_WORDS, TOGETHER, adding_nouns
from ingest.extraction.values.property_cues import choose_property, cue_table
from ingest.extraction.values.value_conditions import bracket_of
from ingest.extraction.values.value_lists import coordinated
from ingest.extraction.values.value_roles import APPROX, CLAUSE_BREAK, DIFFERENCE, DIFFERENCE_AFTER, started_at
from ontology.elements import formula_symbols
from ontology.hosts import unsubstituted_member
from ontology.models import MaterialSystem
from ontology.system import host_formula, storage_hydride
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .prose_alternatives import values_of_the_alternatives
from .prose_context import Context, host_only
from .prose_mentions import compared_between, compared_just_before, incidental, names_class
from .prose_words import (
    BARE_LABELLED,
    BARE_SUBJECT,
    BARE_THAN,
    CHANGE_VERB,
    COMPARISON,
    DOPANT_AFTER,
    DOPING_GERUND,
    FOR_NEXT,
    FROM,
    IN_PARENTHESES,
    LABELLED,
    NAMED_BARE,
    after_name,
)


def baseline_value(gs: list[Group], systems, baselines: set[int], ctx: Context) -> None:
    """'… starts to release hydrogen at 208 °C. Pure MgH2 needs 350 °C.': a sentence that names no property
    but the bare host as a baseline ('pure', 'as-milled', 'undoped') and one value in the unit of the value the
    sentence before gave is that property's value for the baseline (a value in another unit is none)."""
    if not any(m.start in baselines and s.bare for m, s in systems):
        return
    g = _one_unnamed_value(gs, ctx)
    if g is not None:
        g.role, g.key = "property", ctx.in_paragraph.last_property[0]
        g.cues = ["property:baseline-carried"]


def start_carried(text: str, gs: list[Group], systems, ctx: Context) -> None:
    """'MgH2 with TiF3 starts to release hydrogen at 245 °C. MgH2 co-doped with TiF3 and NbF5 starts at 215 °C.':
    one value right after a bare verb of starting ('starts at', 'begins at'), in a sentence naming no property, is
    of the property the paragraph's last value was, when that is a property a start is said of (one whose names
    hold 'start': an onset); after any other ('releases 5 wt% … The other starts at 215 °C') it stays none."""
    g = _one_unnamed_value(gs, ctx, loadings_apart=True)
    if g is None or not started_at(text, g) or not _sample_starts(text, g, systems) \
            or not any("start" in label for label in cue_table().get(ctx.in_paragraph.last_property[0], ())):
        return
    g.role, g.key = "property", ctx.in_paragraph.last_property[0]
    g.cues = ["property:start-carried"]


# "The milling of MgH2 started at", "heating the sample starts at": a process the clause names before its verb is
# what starts, not the sample (an '-ing' word or an 'of' phrase; English, no vocabulary)
_PROCESS_SUBJECT = re.compile(r"\b(?:[a-z]{3,}ing|of)\b", re.I)


def _sample_starts(text: str, g: Group, systems) -> bool:
    """Is a sample named before the value the subject of its verb of starting (no process named in the clause
    before the verb)?"""
    clause = max(text.rfind(";", 0, g.start), text.rfind(". ", 0, g.start)) + 1
    verb = re.search(r"\S+\s+(?:from|at)\s+\S*$", text[clause:g.start])
    before = text[clause:clause + verb.start()] if verb else text[clause:g.start]
    return any(clause <= m.start < g.start for m, _ in systems) and _PROCESS_SUBJECT.search(before) is None


def _one_unnamed_value(gs: list[Group], ctx: Context, loadings_apart: bool = False) -> Group | None:
    """The one value of a sentence that names no property, read by its unit alone and in the unit of the
    paragraph's last value (that value's property is open to it), else None. (``loadings_apart``: a sample's
    loading, 'co-doped with 5 wt% TiF3', is no second value.)"""
    if ctx.in_paragraph.last_property is None or any(g.role == "property" for g in gs):
        return None
    unit = ctx.in_paragraph.last_property[1]
    valued = [g for g in gs if g.unit and not (loadings_apart and g.role == "amount")]
    if len(valued) != 1 or valued[0].kind != "single" or valued[0].role not in (None, "condition"):
        return None
    g = valued[0]
    if g.role == "condition" and g.cues != ["property:unit"] or _dims(g.unit) != _dims(unit):
        return None
    return g


# "The calculated values were …", "these values amount to …": the values of a quantity the words name elsewhere
# (an adjective or two of how they were got may stand before the noun)
_THE_VALUES = gated(re.compile(r"\b(?:the|these|those|both|all|its|their)\s+(?:[a-z-]+\s+){0,2}?values?\s+"
                               r"(?:were|was|are|is|amount(?:s|ed)?\s+to|of|obtained)\b", re.I))


def values_named_before(text: str, gs: list[Group], ctx: Context) -> None:
    """'The activation energies of desorption were calculated by the Arrhenius method. The calculated values were
    46, 52 and 61 kJ/mol …': values the sentence calls only 'the values' are of the property the sentence before
    named whole without a value of its own — read with those words, when they name it whole in the value's unit
    (values their own words or unit already read as a property keep that reading)."""
    words = ctx.in_paragraph.unvalued_words
    said_values = _THE_VALUES.search(text) if words else None
    if said_values is None:
        return
    for g in gs:
        # (a value read by its unit alone, as a condition or as its unit's usual property, is open to the name)
        if g.start < said_values.end() or not g.unit or g.role not in (None, "condition", "property") \
                or g.cues[-1:] not in ([], ["property:unit"]) or g.role == "property" and g.cues != ["property:unit"]:
            continue
        said: list[str] = []
        role, key = choose_property(g.unit, words, "", said)
        if role == "property" and said[-1:] == ["property:named"]:
            g.role, g.key, g.cues = role, key, ["property:named-before"]


# "These capacities fall to …", "this capacity dropped …": the quantity the sentence before gave, taken up by a
# demonstrative before the head noun of its name (English determiners, no vocabulary)
_DEMONSTRATIVE = re.compile(r"\b(?:these|this|those|such)\s+(?P<noun>[a-z]+)\b", re.I)


def demonstrative_carried(text: str, gs: list[Group], ctx: Context) -> None:
    """'… first discharge capacities of 270 and 500 mAh/g. These capacities fall to 30 and 70 mAh/g after 60 cycles':
    values read only as a broader property (the unit's, 'capacity' alone) in a sentence that takes the paragraph's
    last quantity up by a demonstrative and the last word of one of its labels are of that narrower property."""
    last = ctx.in_paragraph.last_property
    said = _DEMONSTRATIVE.search(text) if last is not None else None
    if said is None or last is None:
        return
    vocab = vocabulary()
    narrower = vocab.property(last[0])
    noun = said.group("noun").lower()
    if not any(label.lower().split()[-1] == noun for label in narrower.labels if label.split()):
        return
    for g in gs:
        if g.start < said.end() or g.role != "property" or not g.key or g.key == last[0] \
                or g.cues[-1:] not in (["property:unit"], ["property:weak"]) or not g.unit \
                or _dims(g.unit) != _dims(last[1]) or not vocab.is_a(narrower.id, vocab.property(g.key).id):
            continue
        g.key = last[0]
        g.cues = [c for c in g.cues if c not in ("property:unit", "property:weak")] + ["property:demonstrative-carried"]


# the reference after a comparison's words ("compared with the bulk", "in contrast to pure"), up to its mention
_REFERENCE_NAMED = re.compile(rf"\b(?:{COMPARED_WITH})\s+(?:the\s+)?(?:{BASELINE_WORDS}\s+)?$", re.I)


# the reference's value right after its mention ("… MgH2 system at 282 °C", "… LiBH4 alone, at 470 °C")
_VALUE_OF_REFERENCE = re.compile(rf"(?:\s+{after_name('AloneWord', 'SampleTailNoun', 'SystemTailNoun', 'CompositeTailNoun', 'CounterpartNoun')})?"
                                 rf"\s*,?\s*(?:at|of)\s*{APPROX}")


def comparison_values(text: str, gs: list[Group], systems) -> None:
    """'Compared with bare LiBH4 (470 °C), … at 230 °C', '… at 110 °C, compared with 150 °C for pure
    LiAlH4': a value set against a property value of the sentence is a value of that property (of
    the reference), not a condition."""
    props = [g for g in gs if g.role == "property"]
    for g in gs:
        if g.role in ("property", "ignored") or g.role == "amount" and "value:share" in g.cues \
                or not g.unit or g.kind == "cycles" or any(n.amount for n in g.numbers) \
                or DIFFERENCE_AFTER.match(text[g.end:g.end + 40]) \
                or DIFFERENCE.search(text, max(0, g.start - 30), g.start):
            # a negated bound, a treatment's setting or a named loading stays no value, beside a value or
            # not; a loading inside a composition ("while for MgH2-5 wt% X") is never a value of it;
            # "over 100 °C below that of X" is a difference, whatever 'than' says (and "lowered by
            # more than 60 °C to 150 °C", whose 'than' bounds the change)
            continue
        bracketed = any(m.end <= g.start and (IN_PARENTHESES.fullmatch(text, m.end, g.start)
                                              or LABELLED.fullmatch(text, m.end, g.start)) for m, _ in systems) \
            or bool(BARE_LABELLED.search(text, max(0, g.start - 40), g.start)) \
            or bracket_of(text, g) is not None and any(  # "(112 °C for pure LiBH4)": the reference's value
                m.start >= g.end and FOR_SYSTEM.fullmatch(text, g.end, m.start) and ")" not in text[g.end:m.start]
                for m, _ in systems)
        compared = COMPARISON.search(text[max(0, g.start - 30):g.start])
        # "… starts at 118 °C, whereas the unmodified X begins at 147 °C": the reference's value (", but 10 wt% Y
        # lowered it only to 220 °C": another sample's)
        contrasted = any(p.end <= g.start and _dims(p.unit) == _dims(g.unit)
                         and re.search(r"\b(?:whereas|while)\b|,\s*but\b", text[p.end:g.start])
                         and (any(p.end <= m.start < g.start for m, _ in systems)
                              # ("…, while the undoped counterpart needs 200 °C": the reference named by a word)
                              or BARE_SUBJECT.search(text, p.end, g.start) is not None) for p in props)
        # "… to 276 °C in contrast to the bulk MgH2 system at 282 °C", "compared with pure LiBH4 at 470 °C": the
        # reference named after the comparison's words, its value after 'at' (no setting: the sentence's value in
        # that unit is what the two are compared by)
        referenced = any(m.end <= g.start and _VALUE_OF_REFERENCE.fullmatch(text, m.end, g.start)
                         and _REFERENCE_NAMED.search(text, max(0, m.start - 50), m.start) for m, _ in systems)
        referenced = referenced or BARE_THAN.search(text, max(0, g.start - 90), g.start) is not None
        if not (bracketed or compared or contrasted or referenced):
            continue
        same = [p for p in props if _dims(p.unit) == _dims(g.unit)]
        # ("keeps 88 % (3.9 wt% H2), compared with 70 %": the value in the same unit is the one set against)
        same = [p for p in same if p.unit == g.unit] or same
        if same:
            g.role, g.key = "property", min(same, key=lambda p: abs(p.start - g.start)).key
            g.cues.append("value:compared")
    for g in props:
        _named_by_the_compared(text, g, props, systems)


def _named_by_the_compared(text: str, g: Group, props: list[Group], systems) -> None:
    """'Compared to pure MgH2 (60 nm), X shows a crystallite size of 15 nm': the reference's value in brackets in a
    fronted comparison, read by its unit alone (a particle size, a specific capacity), is of the property the main
    clause then names for the value it is compared with, in the same unit."""
    if "property:unit" not in g.cues or bracket_of(text, g) is None \
            or not any(m.end <= g.start and IN_PARENTHESES.fullmatch(text, m.end, g.start)
                       and compared_before(text, m.start) for m, _ in systems):
        return
    named = next((p for p in props if p.start > g.end and "property:named" in p.cues and p.unit
                  and _dims(p.unit) == _dims(g.unit) and "," in text[g.end:p.start]), None)
    if named is not None and named.key != g.key:
        g.key = named.key
        g.cues = [c for c in g.cues if c != "property:unit"] + ["value:compared"]


# "… as the particle size decreased from", "while the crystallite size grew from", "with the grain size
# shrinking from": the word that ties one change to another in the same sentence
_COVARYING = re.compile(r"\b(?:as|while|when|whereas|with)\b", re.I)


def covarying_change(text: str, g: Group, props: list[Group], ms: list[Mention]) -> bool:
    """Does another property of the sentence change from one value to another alongside ``g``, the two
    tied by 'as'/'while'/'when'/'with' with no material named between them ("the activation energy fell
    from 56 to 38 kJ/mol as the particle size decreased from 420 to 70 nm", and the other way round)?"""
    for p in props:
        if p is g or p.kind != "change" or p.key == g.key:
            continue
        first, second = (g, p) if g.end <= p.start else (p, g)
        tied = _COVARYING.search(text, first.end, second.start) or _COVARYING.match(text.lstrip()) \
            and "," in text[first.end:second.start]   # "With the size shrinking from 40 to 12 nm, Ea fell …"
        if tied \
                and not any(first.end <= m.start < second.start and m.kind in (SYSTEM_LABEL, "Material") for m in ms):
            return True
    return False


def is_baseline(text: str, subject: MaterialSystem, systems, baselines, cues: list[str] | None = None,
                 value_end: int | None = None) -> bool:
    """Is the value's system the bare reference the sentence compares against: a host named
    'pristine'/'additive-free' …, or a bare host after 'than'/'compared with' next to a modified one?
    ``value_end``: where the value ends; a reference the sentence names after it, as what the value is compared
    with ('13 wt%, superior to the commercial LiBH4 (9.1 wt%)'), is the other value's sample, not this one's."""
    for m, s in systems:
        if s is not subject:
            continue
        if value_end is not None and m.start >= value_end and compared_between(text, value_end, m.start):
            continue
        if m.start in baselines:
            (cues if cues is not None else []).append("baseline:named")
            return True
        if s.bare and compared_just_before(text, m.start):
            (cues if cues is not None else []).append("baseline:compared")
            return True  # "than that of LiBH4 alone (67 kJ/mol)": the reference of a comparison
        if s.bare and _CONTRASTED.search(text, max(0, m.start - 20), m.start):
            # "The composite released 5.2 wt%, whereas MgH2 released only 1.1 wt%": the bare host set against
            # the sample in a clause of its own is the reference, never the sample named again
            (cues if cues is not None else []).append("baseline:contrasted")
            return True
    return False


# ", whereas MgH2", "while the MgH2": a bare host opening the clause a contrasting conjunction sets against the one
# before ('but' is left out: "but also", "but MgH2–Ni …" continue the same sample as often as they contrast)
_CONTRASTED = re.compile(r"(?:^|[,;]\s*)(?:whereas|while)\s+(?:the\s+)?$", re.I)


_TO_GAP = re.compile(rf"\s*to\s*{hedged(APPROXIMATING)}?")


def from_value_to_list(text: str, g: Group, props: list[Group]) -> bool:
    """The value is written 'from X to A and B': a change from one value to a list of the same quantity."""
    if not FROM.search(text, max(0, g.start - 20), g.start):
        return False
    after = next((p for p in props if p.start >= g.end), None)
    return after is not None and after.kind == "list" and _dims(after.unit) == _dims(g.unit) \
        and _TO_GAP.fullmatch(text, g.end, after.start) is not None


def series_first(samples: list[MaterialSystem]) -> list[MaterialSystem]:
    """``samples`` with a substitution series named beside its own member at x = 0 first ("Ni in Mg2Ni was partly
    replaced by Mn, and Mg2Ni1-xMnx (x = 0–0.3) alloys were made"): the passage studies the series, whose members
    its later values name; the parent alloy is its reference."""
    series = next((s for s in samples if (parent := unsubstituted_member(s)) is not None
                   and any(o is not s and host_formula(o) == host_formula(parent) for o in samples)), None)
    return samples if series is None else [series, *(s for s in samples if s is not series)]


def baseline_system(subject: MaterialSystem, systems, parent: bool = True) -> MaterialSystem:
    """The unmodified host a change starts from: a bare-host mention in the sentence, else the host."""
    for _, s in systems:
        if not subject.bare and s.bare and s.host.formula == subject.host.formula:
            return s
    # "Adding 0.1 LiBH4 to the 2LiNH2–MgH2 system lowered … from 260 to 207 °C": the composite named in the sentence
    # that the sample holds with less added to it
    # (as the mention names it: the sentence's reading may have put the added material into it)
    own = {a.formula for a in subject.additives}
    for m, _ in systems:
        named = material_system(m)
        if named is not None and named.additives and named.host.formula == subject.host.formula \
                and {a.formula for a in named.additives} < own:
            return named
    # "substitution in LiBH4 (LiBH3.75F0.25)": the parent compound named in the sentence
    elements = formula_symbols(subject.host.formula)
    for _, s in (systems if parent else []):
        own = formula_symbols(s.host.formula)
        if s.bare and s.host.formula != subject.host.formula and _has_hydrogen(s) and own < elements:
            return s
    if parent and (reference := unsubstituted_member(subject)) is not None:
        return reference   # "the Mn-free alloy" of Mg2Ni1-xMnx (x = 0–0.3): the series' member at x = 0, Mg2Ni
    if parent and subject.bare and not _has_hydrogen(subject) and len(elements) > 1:
        # "the Mg–Ni system lowers the enthalpy from 74 to 64 kJ/mol": an alloy of a storage metal
        # starts from the hydride of the metal it alloys (MgH2), not from itself
        metal = storage_hydride(re.match(r"[A-Z][a-z]?", subject.host.formula).group(0))
        own = host_only(metal) if metal else None
        if own is not None and host_formula(own) != host_formula(subject):
            return own
    return unfilled_sample(subject)  # "2LiBH4–MgH2 with NbF5 … from 360 to 305 °C": from the undoped composite


# how the subject of a value was found when no mention of the sentence says it: a phrase naming the
# sample by description decides then
_UNNAMED = frozenset({"system:context", "system:after", "system:fallback"})


def described_subject(text: str, g: Group, refs, systems, ctx: Context, ms,
                       subject: MaterialSystem | None = None) -> MaterialSystem | None:
    """The sample a phrase names by description for this value: right after it ("… with TiCl3", "… upon
    confinement in CMK-3", "… for the Ni-containing material"), or as the subject of its clause ("The
    carbon composite desorbed …") when no material of the sentence says whose the value is; else None.
    A bare one ("the Al2O3-free electrolyte", "… without it") is the sample before this passage's addition."""
    if not refs and " with " not in text:
        return None
    r = after_value(text, g.end, refs, ms)
    trailing = r is not None
    if r is None and (_UNNAMED | {"system:sentence"}) & set(ctx.cues):
        # (a phrase nearer the value than the mention the sentence named its sample by is the clause's
        # subject: "A … conducts …, whereas the SiO2-free electrolyte conducts …")
        r = before_value(text, g.start, refs, systems)
        if r is not None and not (r.bare or r.additive or r.klass or r.scaffold or r.catalysed or r.loading):
            # "the … of the Mg phase in the composite is −74 kJ/mol, whereas Mg2NiH4 …": the passage's sample
            if "system:after" in ctx.cues and ctx.system is not None and not ctx.system.bare:
                ctx.cues.append("system:referent")
                return ctx.system
            made = composite_beside_bare(text[r.start:r.end], systems, ctx.in_passage.seen, ctx.system)
            # "The eutectic melts …" after a bare hydride and a eutectic were named: the sample of several parts
            if made is None and r.several:
                made = resolve(r, ctx.in_passage.seen, ctx.system)
            if made is not None:
                ctx.cues.append("system:referent")
            return made
    if r is None:
        # (asked only where no words around the value name the unmodified sample: ``_subject`` made such a value's
        # sample bare; one set against a value a joining phrase changed is the sample before that change)
        return _before_joining(text, g, refs, subject)
    # "The X composite with graphite …, whereas the composite without graphite …": a sample this sentence
    # named before the phrase, without what the phrase says it lacks
    s = next((w for m, x in reversed(systems) if m.start < r.start
              and (w := sample_without(x, r.lacks)) is not None), None) if r.lacks is not None else None
    # (a sample this sentence names is the one a joining phrase changes, not the passage's: "The conductivity of
    # KBH4 reaches … upon confinement in SBA-15")
    named = r.joins and subject is not None and any(x.name == subject.name for _, x in systems)
    # (a subject naming the additive may name one of the paragraph's alternatives: "milled with 4 mol% CeCl3 or 4 mol%
    # TiCl3 … the CeCl3-doped alanate released …", and so may a joining phrase after the value: "310 °C with TiCl3";
    # a described sample after the value may be the next value's subject: "the TiCl3-doped sample at 120 °C, the
    # ZrCl4-doped sample at 140 °C")
    pool = [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives] \
        if r.additive is not None and (r.joins or not trailing) else ctx.in_passage.seen
    s = s or resolve(r, pool, subject if named else ctx.system)
    if s is None and trailing and r.several and subject is not None and subject.bare and ctx.system is not None \
            and not ctx.system.bare and host_formula(ctx.system) == host_formula(subject):
        # ("120 kJ/mol for unmilled NaAlH4 and 80 kJ/mol for the milled composite": the passage's composite, named so
        # after its value, beside the bare host the sentence names for the other value)
        s = ctx.system
    if s is not None and not s.bare:
        # ("… milled with TiO2 and CeO2 … for the co-catalysed alanate" after a title's "co-catalysed by two
        # oxides": the sample this sentence names the members of the class by)
        s = members_first([s, *(x for _, x in systems)])
    if s is not None and r.bare:
        ctx.cues.append("baseline:described")   # "the Al2O3-free electrolyte", "… without it"
    if s is not None:
        ctx.cues.append("system:referent")
    return s


# "… 2 mS/cm upon confinement in SBA-15 instead of 0.1 mS/cm": a value set against the one a joining phrase changed
_SET_AGAINST = re.compile(rf"\)?\s*,?\s*(?:{COMPARED_WITH})\s+$", re.I)


def _before_joining(text: str, g: Group, refs, subject: MaterialSystem | None) -> MaterialSystem | None:
    """The sample before the change a joining phrase ('upon confinement in X', '… with X') made, for a value the
    sentence sets against the changed one right after that phrase; else None."""
    r = next((r for r in reversed(refs) if r.end <= g.start), None)
    if r is None or not r.joins or r.additive is None or subject is None \
            or not _SET_AGAINST.fullmatch(text, r.end, g.start):
        return None
    return sample_without(subject, r.additive)


def described_change(text: str, g: Group, refs, ctx: Context, ms, named, base_sys, subject):
    """'… lowered from 156 kJ/mol for the undoped composite to 98 kJ/mol with TiCl3': the samples the
    phrases after each value of a change name, in place of those guessed from the paragraph."""
    if not refs and " with " not in text:
        return base_sys, subject
    first, last = g.numbers[0], g.numbers[-1]
    r1 = after_value(text, g.end, refs, ms)
    s1 = resolve(r1, ctx.in_passage.seen, ctx.system) if r1 is not None and not r1.bare else None
    if s1 is not None:
        subject = s1
        ctx.cues.append("system:referent")
    if not named:
        r0 = next((r for r in refs if first.end <= r.start and r.end <= last.start and r.start - first.end <= 30
                   and re.fullmatch(r"[^\d,;]*?(?:\S+[-−–]?1)?\s*,?\s*(?:for|of|in|with)?\s*", text[first.end:r.start])), None)
        # "from … for the undoped composite": the changed sample without what this passage put in
        modified = subject if not subject.bare else ctx.system or subject
        s0 = (unfilled_sample(modified) if r0.bare else resolve(r0, ctx.in_passage.seen, ctx.system)) if r0 is not None else None
        if s0 is not None:
            base_sys = s0
            ctx.cues.append("system:referent")
    return base_sys, subject


# "… upon Ti doping", "… after the addition of NbF5", "… with 5 wt% Ni doping", "… by doping with V"
# (set off by a comma too: "…, from 10−8 to 10−5 S cm−1, upon LiI addition")
_AFTER_CHANGE_ACTOR = re.compile(r"\s*,?\s*(?:[a-z]+\s+){0,2}?(?:upon|after|with|by|on|via|through)\s+(?:the\s+)?"
                                 r"(?:"
                                 rf"{adding_nouns('PuttingInNoun', 'IntroductionNoun', 'DopingNoun', 'SubstitutionNoun')}"
                                 r"\s+(?:of|with)\s+"
                                 r"|(?:adding|introducing|incorporating|doping\s+with)\s+)?(?:[\d.]+\s*\S*%\s*)?$")


_CHANGE_ACTION = re.compile(r"[\s-]*" + adding_nouns("DopingNoun", "PuttingInNoun", "SubstitutionNoun", "DecorationNoun",
                                                      "LoadingNoun", "CatalysisNoun") + r"\b")


# "… by adding 5 wt% X to MgH2", "upon the addition of X": the change's cause named as a preparation
_CAUSE_AFTER_CHANGE = re.compile(r"\s*,?\s*(?:[a-z]+\s+){0,2}?(?:upon|after|with|by|via|through)\s+(?:the\s+)?"
                                 r"(?:addition|incorporation|introduction|adding|introducing|incorporating|"
                                 r"doping|loading|milling)\b[^;]*$", re.I)


_CAUSE_REACH = 80


def sample_after_change(text: str, g: Group, systems, subject: MaterialSystem) -> MaterialSystem | None:
    """The modified sample of the subject's own host that a 'from X to Y' change names right after itself
    as its cause ('… by adding 5 wt% X in MgH2', of a bare subject) or as what the new value is for ('… to
    0.6 µm for composite C5N5', of any subject: the sentence's sample may be a class of them), else None."""
    for m, s in systems:
        if m.start < g.end or m.start - g.end > _CAUSE_REACH:
            continue
        if s.bare or s is subject:
            continue
        # ("from 160 kJ/mol for MgH2 to 120 kJ/mol for Mg(NH2)2–2LiH": the sample the new value is said for may
        # be of another host, a hydride's composite; a cause named after the change modifies the subject's own)
        if FOR_NEXT.fullmatch(text, g.end, m.start) and (host_formula(s) == host_formula(subject) or _has_hydrogen(s)) \
                or host_formula(s) == host_formula(subject) and subject.bare \
                and _CAUSE_AFTER_CHANGE.match(text[g.end:m.start]):
            return s
    return None


def named_for_new_value(text: str, g: Group, systems, subject: MaterialSystem) -> bool:
    """Does the sentence name ``subject`` as what a change's new value is for, right after it ('… from 75 kJ/mol
    for MgH2 to 64 kJ/mol for LiBH4–MgH2')? Then it is that sample even when its host is not the old one's
    (a reactive composite whose partner was the reference)."""
    return any(s is subject and m.start >= g.end and FOR_NEXT.fullmatch(text, g.end, m.start) for m, s in systems)


def with_actor(text: str, subject: MaterialSystem, actor: tuple[Mention, MaterialSystem]) -> MaterialSystem:
    """``subject`` with the cause of its change, at the loading written before it ('after adding 5 mol% TiCl3')."""
    m, s = actor
    amount, _ = amount_before(text, m.start)
    notation = additive_notation(m, s) if amount is not None else None
    return with_additives(subject, [(notation, amount)]) if notation is not None else plus_additive(subject, s)


def at_written_loading(text: str, system: MaterialSystem, actor: tuple[Mention, MaterialSystem]) -> MaterialSystem:
    """``system``, whose one additive is the ``actor`` given no loading, at the loading the sentence writes before the
    actor ("With 10 wt% TiF3, the onset fell to 160 °C" after MgH2–TiF3 was named: that sample holds 10 wt%);
    else ``system`` as it is."""
    m, s = actor
    adds = system.additives
    if len(adds) != 1 or adds[0].amount is not None or adds[0].formula != s.host.formula \
            or amount_before(text, m.start)[0] is None:
        return system
    loaded = with_actor(text, system, actor)
    return loaded if host_formula(loaded) == host_formula(system) and len(loaded.additives) == 1 else system


def actor_after_change(text: str, g: Group, systems) -> tuple[Mention, MaterialSystem] | None:
    """The non-hydride material (mention, system) a 'from X to Y' change names right after itself as its cause
    ('upon Ti doping', 'after the addition of 5 mol% NbF5'), else None."""
    for m, s in systems:
        if m.start < g.end or m.start - g.end > 60 or _has_hydrogen(s) or not s.bare:
            continue
        lead = text[g.end:m.start]
        if not _AFTER_CHANGE_ACTOR.fullmatch(lead):
            continue
        if re.search(r"(?:\bof|\bwith|adding|introducing|incorporating)\s+(?:[\d.]+\s*\S*%\s*)?$", lead) \
                or _CHANGE_ACTION.match(text, m.end):
            return m, s
    return None


def change_actor(text: str, systems, targets: list[MaterialSystem]) -> MaterialSystem | None:
    """The material a sentence makes the agent of a change of the listed hosts ("Interfaces among these
    Ti compounds …, significantly reducing the … of MgH2 and Mg(BH4)2 from … to …"): a material named
    before the first host, with a verb of change between them and no other hydride; else None."""
    first = next((m for m, s in systems if any(s is t for t in targets)), None)
    if first is None or any(t.additives for t in targets):
        return None
    before = [(m, s) for m, s in systems if m.end <= first.start]
    if not before or any(_has_hydrogen(s) for _, s in before):
        return None
    m, s = before[0]
    if not s.bare or names_class(s) or incidental(text, m) or not CHANGE_VERB.search(text, m.end, first.start):
        return None
    return s


def added_before(text: str, raw: list[Mention], host: Mention, choice: bool = False) -> list:
    """(notation, loading or None) of the materials a sentence adds before naming the bare host ("After adding
    TiC and graphene, … of MgH2"): each named with an additive cue, or coordinated with one that is (with
    ``choice``, also by 'or': "Adding CeO2 or La2O3 to LiBH4", alternatives)."""
    added, last = [], None
    listed: list[tuple[str, str | None]] = []   # a list's members not yet cued, which a passive after it cues
    listed_end = None
    for x in raw:
        if x.kind not in (SYSTEM_LABEL, "Material") or x.end > host.start:
            continue
        amount, lead = amount_before(text, x.start)
        if LACKED_BEFORE.search(text, max(0, lead - 30), lead):
            continue   # "compared to MgH2 without any oxide addition": what the sample is said to lack is not added
        passive = ADDED_PASSIVE.match(text, x.end) or WITH_BEFORE.search(text, max(0, lead - 8), lead) \
            and ADDED_ABSOLUTE.match(text, x.end)
        cued = ADDITIVE_CUE_GATE.search(text[max(0, lead - 40):lead]) or additive_after(text, x.end) \
            or passive or last is not None and coordinated(text, last.end, lead, choice=choice) \
            or amount is not None and ADDING_NOUN_OF.search(text, max(0, lead - 30), lead)   # "TiC and graphene"
        apart = CLAUSE_BREAK.search(text, x.end, host.start)
        n = additive_notation(x, material_system(x)) if not apart else None
        in_list = listed_end is not None and coordinated(text, listed_end, lead, choice=choice)
        if cued and n is not None:
            # ("After TiC and graphene were introduced, …": the passive after a list puts in every member)
            added.extend(listed if passive and in_list else [])
            added.append((n, amount))   # "With the addition of 5 wt% Nb2O5, …": its loading
            listed, listed_end = [], None
        elif n is not None:
            listed, listed_end = [*(listed if in_list else []), (n, amount)], x.end
        last = x if cued and n is not None else None
    return added


def whole_named_after(text: str, g: Group, systems, parts: list[MaterialSystem]) -> MaterialSystem | None:
    """The sample a 'for …' right after a list names, when every sample the list was paired with is a part of it
    (its host or one of its components); else None."""
    if not parts:
        return None
    for m, s in systems:
        if m.start < g.end:
            continue
        if m.start - g.end > 40 or not FOR_SYSTEM.fullmatch(text, g.end, m.start) or s.bare:
            return None
        names = {c.formula for c in s.components}
        return s if all(p.bare and p.host.formula in names for p in parts) else None
    return None


# "the samples with and without TiO2", "LiAlH4 without and with 2 mol% TiCl3", "LiAlH4 doped and undoped with TiCl3": one
# sample holding the additive, one not (the words up to the material)
_WITH_AND_WITHOUT = re.compile(rf"{BOTH_WAYS_LEAD.pattern}\s+(?:(?:the|an?)\s+)?(?:addition\s+of\s+)?", re.I)


# ", whereas it had to be heated to 190 °C …": a clause set against the one before, opened before the value
_CONTRAST_OPENED = re.compile(rf"[,;]\s*(?:{CONTRAST_CONJUNCTION}|in\s+contrast)\b[^,;]*$", re.I)


def reference_after(text: str, g: Group, systems) -> MaterialSystem | None:
    """', whereas it had to be heated to 190 °C to release hydrogen for the pure NaAlH4': a value in a clause set
    against the one before, whose bare host the clause names after it with a word of the unmodified sample
    ('pure', 'pristine', 'undoped' …), is that reference's; else None."""
    if not _CONTRAST_OPENED.search(text, max(0, g.start - 120), g.start):
        return None
    for m, s in systems:
        if m.start < g.end or not s.bare or re.search(r"[,;]", text[g.end:m.start]):
            continue
        if m.start - g.end <= 60 and NAMED_BARE.search(text, max(0, m.start - 30), m.start):
            return s
    return None


# "… 72 and 76 kJ/mol, respectively, for MgH2": the host of a with-and-without pair named right after its values, in
# their clause (no sample set against them: "…, whereas LiBH4 desorbs at 400 °C")
_HOST_AFTER_PAIR = re.compile(r"[^;.\d]{0,30}?\b(?:for|in\s+the\s+case\s+of)\s+(?:the\s+)?", re.I)


def with_and_without(text: str, g: Group, systems, context: MaterialSystem | None) -> list[MaterialSystem]:
    """'The activation energies of Mg2NiH4 with and without TiO2 are 71.2 and 80.3 kJ/mol, respectively': a pair of
    values said of the host with and without a material pairs with those two samples in the order the words say
    (the host the sentence names, else the passage's); else []."""
    if g.kind != "list" or len(g.numbers) != 2:
        return []
    return pair_with_and_without(text, g.start, systems, context, g.end)


def pair_with_and_without(text: str, end: int, systems, context: MaterialSystem | None, after: int | None = None
                           ) -> list[MaterialSystem]:
    """The two samples, with and without the material, a with-and-without phrase before ``end`` names, in the
    order its words say; [] when none. ``after``: where the values end (their host may be named after them)."""
    if " and " not in text and " or " not in text or not may_pair(text):   # (its lead is BOTH_WAYS_LEAD's)
        return []
    leads = [m for m in _WITH_AND_WITHOUT.finditer(text, 0, end) if both_ways_lead(m) is not None]
    lead = leads[-1] if leads else None
    if lead is None or _own_sample_between(text, lead, end, systems):
        return []
    after = end if after is None else after
    added = None
    for m, s in systems:
        if m.start >= end:
            break
        if _has_hydrogen(s) and not s.bare and m.start < lead.start() and (
                lead.start() < m.end or any(a.formula in text[lead.end():lead.end() + 40] for a in s.additives)):
            added = s      # ("Mg2NiH4 with and without TiO2" read as one sample holding the additive)
        elif not _has_hydrogen(s) and 0 <= m.start - lead.end() <= 25:
            # (the host may be named after the values: "… are 72 and 76 kJ/mol, respectively, for MgH2")
            hosts = [h for x, h in systems if _has_hydrogen(h) and x.end <= end] \
                or [h for x, h in systems if _has_hydrogen(h) and h.bare and x.start >= after
                    and _HOST_AFTER_PAIR.fullmatch(text, after, x.start)]
            base = hosts[0] if hosts else context
            n = additive_notation(m, s)
            # (with the loading written before it: 'without and with 2 mol% TiCl3')
            added = with_additives(bare_sample(base), [(n, amount_before(text, m.start)[0])]) \
                if base is not None and n is not None else None
    if added is None and context is not None and _has_hydrogen(context) and context.additives \
            and not any(m.start < end for m, _ in systems) \
            and all(a.formula in text[lead.end():lead.end() + 40] for a in context.additives):
        # ("MgH2 was milled with graphene. … samples with and without graphene …": a material named by a word, no
        # mention of its own, that the passage's sample holds)
        added = context
    if added is None:
        return []
    base = bare_sample(added)
    return [added, base] if both_ways_lead(lead) else [base, added]


def _own_sample_between(text: str, lead: re.Match, end: int, systems) -> bool:
    """'… of the LiAlH4 samples with and without NiFe2O4 for the first two stages, the Ea of the LiAlH4+3 mol%
    NiFe2O4 sample is 54.3 and 70.8 kJ/mol': a hydride sample named in a clause of its own after the pair's (a
    comma between) and before the values is whose the values are, not the pair's."""
    # (or in a sentence of its own: "A with and without B was milled. The onset temperatures of the A and the
    # composite are …" names the two samples again, in its own order)
    return any(lead.end() < m.start < end and _has_hydrogen(s) and ("," in (between := text[lead.end():m.start])
                                                                     or ". " in between)
               for m, s in systems)


def fronted_alternatives(text: str, g: Group, gs: list[Group], raw: list[Mention], systems) -> list[MaterialSystem]:
    """'The addition of NiO, CuO and ZnO lowers the peak temperature of NaAlH4 to 171, 176 and 189 °C
    (, respectively)', 'Adding CeO2 or La2O3 to LiBH4 gives 9.1 and 8.7 wt%': as many materials added before the
    one host the sentence names as values in the list after it are as many samples, one additive each, in order.
    Not when the words say they went in together ('co-addition', 'together'), nor when a list of as many settings
    or counted steps may be what the values pair with."""
    n = len(g.numbers)
    if g.kind != "list" or n < 2 or TOGETHER.search(text, 0, g.start):
        return []
    hosts = [(m, s) for m, s in systems if m.end <= g.start and _has_hydrogen(s)]
    if len(hosts) != 1:
        return []
    if not values_of_the_alternatives(text, g, gs):
        return []
    m, s = hosts[0]
    host = bare_sample(s)
    added = added_before(text, raw, m, choice=True)
    if len(added) == n:
        return [with_additives(host, [a]) for a in added]
    # ("With 10 wt% Ni, 10 wt% Co and 10 wt% Fe, MgH2 released …": the sample reader already put the listed
    # additions into the host's mention; they are as many samples when each was written before the host)
    adds = s.additives
    if len(adds) != n or any(not re.search(rf"(?<!\w){re.escape(a.text or a.formula)}(?!\w)", text[:m.start])
                             for a in adds):
        return []
    out = [joined_system(host.name, f"{a.amount.value:g} {a.amount.unit} {a.formula}" if a.amount else a.formula)
           for a in adds]
    return out if all(x is not None for x in out) else []


# between a value and the adding said after it: its conditions ("at 30 °C", "within 10 min"), no other clause
_TO_ADDING_AFTER = re.compile(r"[^,;:()]{0,60}?", re.S)


_BESIDE = re.compile(r"\b(?:next to|near|close to|adjacent to|around|with|by|for|upon|after)\s+(?:an?\s+|the\s+|one\s+)?$",
                     re.I)


_OTHER_CLAUSE = re.compile(rf"\b(?:{COMPARED_WITH}|while|whereas|than|compared|but|and|which|where)\b", re.I)


# "… dropped to 62 kJ/mol when 3 mol% TiF3 was added": the clause of time that says the material went in
_WHEN_BEFORE = re.compile(r"\b(?:when|once|after|as|if)\s+(?:the\s+|an?\s+)?$", re.I)


def own_of_several(text: str, g: Group, additives, sample: MaterialSystem) -> MaterialSystem | None:
    """'… 124 kJ/mol for doping graphene and 86 kJ/mol for doping Ti2C' after 'We doped MgH2 with several
    carbides': where the sentence adds several of the sample's additives, each after a value of its own, a value
    is the host's with the one added right after it (not with all of them)."""
    named = [(m, s) for m, s in additives
             if any(c.formula == s.host.formula for c in sample.additives)]
    if len(named) < 2:
        return None
    added = added_after_value(text, g, named)
    return with_additives(bare_sample(sample), added) if added else None


def added_after_value(text: str, g: Group, additives, named: list[Mention] | None = None) -> list[tuple[str, str | None]]:
    """(notation, loading) of the material the sentence adds right after the value it gives for the bare host
    ("The conductivity of LiBH4 rose to 0.12 mS/cm at 30 °C upon addition of 30 mol% LiI"): the value is the
    sample's with that additive. Only when no other clause stands between the value and the adding. The sentence's
    ``named`` mentions (default: the additives') coordinated right after the cued one go in with it."""
    for x, y in additives:
        if x.start < g.end or _has_hydrogen(y):   # (a catalyst on its support, "Ni@C", is added as one)
            continue
        amount, lead = amount_before(text, x.start)
        cue = ADDITIVE_CUE_GATE.search(text, max(g.end, x.start - 40), x.start) \
            or ADDITIVE_CUE_GATE.search(text, max(g.end, lead - 40), lead) \
            or DOPING_GERUND.search(text, max(g.end, x.start - 40), x.start) \
            or (_BESIDE.search(text, max(g.end, x.start - 20), x.start) if DOPANT_AFTER.match(text, x.end) else None) \
            or (_WHEN_BEFORE.search(text, max(g.end, lead - 12), lead) if ADDED_PASSIVE.match(text, x.end) else None)
        if cue is None or not _TO_ADDING_AFTER.fullmatch(text, g.end, cue.start()) \
                or _OTHER_CLAUSE.search(text, g.end, cue.start()):
            return []
        n = additive_notation(x, y)
        listed = [m for m, _ in additives] if named is None else named
        return [(n, amount), *_coordinated_after(text, x, listed)] if n is not None else []
    return []


def _coordinated_after(text: str, first: Mention, named: list[Mention]) -> list[tuple[str, str | None]]:
    """(notation, loading) of the materials coordinated with ``first`` right after it ("… to 250 °C after
    co-addition of Ni and graphene", "… by adding Ni, Co and TiO2"): one adding puts in every member of its list
    (a hydride so named is no additive: the list ends before it)."""
    out, last = [], first
    for x in named:
        if x.start <= last.start or x.kind not in (SYSTEM_LABEL, "Material"):
            continue
        amount, lead = amount_before(text, x.start)
        y = material_system(x)
        n = additive_notation(x, y) if y is None or not _has_hydrogen(y) else None
        if n is None or not coordinated(text, last.end, lead, choice=False):
            break
        out.append((n, amount))
        last = x
    return out
