"""Measurements and relations from prose sentences.

A sentence is cleaned of markup (``ingest.extraction.text.nlp.clean_text``), its numbers are read with the units that
follow them and grouped the way papers write them (ranges, changes, lists, powers of ten, values with
uncertainties: ``ingest.extraction.text.quantity_text``).

Each group is then a property value, a condition or an amount: the unit decides which properties and
conditions are possible, and the words before the number (stems of the ontology's labels and
synonyms) decide among them. The value belongs to the nearest system the sentence names (before it,
else after it, else the one the paragraph is about).

Nothing here lists properties, units or materials: those come from the ontology.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import TypeVar

from ingest.extraction.attribution.family_members import with_members
from ingest.extraction.attribution.referents import (
    described_parts,
    on_feature_holder,
    pointed_kind,
)
from ingest.extraction.samples.alloy_partners import alloy_pairs, with_alloy_partners
from ingest.extraction.samples.class_members import class_members
from ingest.extraction.samples.compound_kinds import (
    bare_symbols,
    compound_symbols,
    formed_hydrides,
    metal_symbols,
    passage_compounds,
    passage_formed_hydrides,
    with_compound_kinds,
    with_metal_kind,
)
from ingest.extraction.samples.declared_roles import declarations, declared_roles, with_declared_roles
from ingest.extraction.samples.dopant_salts import with_dopant_salts
from ingest.extraction.samples.family_salts import with_family_salts
from ingest.extraction.samples.lattice_entry import entering_elements, substituted_in
from ingest.extraction.samples.substituted_hydrides import substituent_declarations
from ingest.extraction.samples.support_names import carbons_named
from ingest.extraction.text.abbreviations import defined_for_no_material, note_property_abbreviations
from ingest.extraction.text.mechanisms_words import said_in_situ
from ingest.extraction.text.nlp import Mention, clean_text, mentions, remember
from ingest.extraction.text.quantity_text import (  # noqa: F401 - numbers/groups/Number/Group stay importable from here
    LABELLED_LIST_GAP,
    VERSUS,
    Group,
    Number,
    _dims,
    compatible_keys,
    groups,
    numbers,
    qualifier_start,
    read_unit,
)
from ingest.extraction.values.reacting_partners import reacting_partners
from ingest.extraction.values.restated_values import without_restated
from ontology.models import MaterialSystem, Measurement, SystemReport
from ontology.strategy_rules import (
    ROLES,
)
from ontology.vocabulary import vocabulary

from .prose_context import Context
from .prose_naming import a_sample
from .prose_sentence import extract, processed

# ------------------------------------------------------------------------------------ cues


def _passage_key(sent) -> tuple:
    """The section and heading a sentence sits under: what starts afresh in ``Context.enter``."""
    return getattr(sent, "section", None), getattr(sent, "passage", None)


def _declared_by_passage(sentences: list, starts: list[int], said: list[tuple[int, str, str]]) -> dict[tuple, dict[str, str]]:
    """The roles each passage declares for its additives (ingest/extraction/samples/declared_roles.py), by the passage's key."""
    by_passage: dict[tuple, list[tuple[str, str]]] = {}
    for start, formula, role in said:
        sent = sentences[bisect_right(starts, start) - 1]
        by_passage.setdefault(_passage_key(sent), []).append((formula, role))
    return {k: declared_roles(v) for k, v in by_passage.items()}


def _compounds_by_passage(sentences: list, cleaned: list) -> dict[tuple, frozenset[str]]:
    """The transition metals each passage names as their compounds and nowhere as the metal itself
    (ingest/extraction/samples/compound_kinds.py), by the passage's key."""
    said: dict[tuple, list[str]] = {}
    metal: dict[tuple, set[str]] = {}
    for sent, c in zip(sentences, cleaned):
        key = _passage_key(sent)
        said.setdefault(key, []).extend(x for _, x in compound_symbols(c.text))
        metal.setdefault(key, set()).update(metal_symbols(c.text))
    return {k: found for k, v in said.items() if v and (found := passage_compounds(v, metal[k]))}


# a value or a report: what a sentence says of a system
_Fact = TypeVar("_Fact", Measurement, SystemReport)


def _with_substituents(facts: list[_Fact], elements: list[tuple[str, str | None]]) -> list[_Fact]:
    """``facts`` (values or reports) whose systems hold an element their sentence says takes sites of the host's
    lattice ('upon Ti substitution', ingest/extraction/samples/lattice_entry.py; (element, the element it replaces or
    None)) with that element as the substituent: however a reader brought it into the sample (a change's cause after the
    value, an additive before the host), the words say what it is."""
    return [f if (s := _substituted(f.system, elements)) is f.system else f.model_copy(update={"system": s})
            for f in facts]


def _with_alloys(facts: list[_Fact], pairs: frozenset[frozenset[str]]) -> list[_Fact]:
    """``facts`` whose elemental host metal holds a metal it makes a compound the paper names with as its alloying
    partner (ingest/extraction/samples/alloy_partners.py)."""
    return [f if (s := with_alloy_partners(f.system, pairs)) is f.system else f.model_copy(update={"system": s})
            for f in facts]


def _with_roles(facts: list[_Fact], declared: dict[str, str]) -> list[_Fact]:
    """``facts`` (values or reports) whose systems hold an additive the passage declared a role for in that role."""
    return [f if (s := with_declared_roles(f.system, declared)) is f.system else f.model_copy(update={"system": s})
            for f in facts]


def _formed_by_passage(sentences: list, cleaned: list) -> dict[tuple, frozenset[str]]:
    """The transition-metal hydrides each passage says formed in a run or in situ, of a metal it names by itself
    (ingest/extraction/samples/compound_kinds.py), by the passage's key."""
    formed: dict[tuple, list[tuple[str, str]]] = {}
    bare: dict[tuple, set[str]] = {}
    for sent, c in zip(sentences, cleaned):
        key = _passage_key(sent)
        formed.setdefault(key, []).extend(formed_hydrides(c.text, said_in_situ(c.text)))
        bare.setdefault(key, set()).update(bare_symbols(c.text))
    return {k: found for k, v in formed.items() if v and (found := passage_formed_hydrides(v, bare[k]))}


def _with_formed(facts: list[_Fact], hydrides: frozenset[str]) -> list[_Fact]:
    """``facts`` (values or reports) whose systems hold a hydride the passage's metal catalyst turned into."""
    return [f if (s := with_metal_kind(f.system, hydrides)) is f.system else f.model_copy(update={"system": s})
            for f in facts]


def _with_compounds(facts: list[_Fact], symbols: frozenset[str]) -> list[_Fact]:
    """``facts`` (values or reports) whose systems hold an additive the passage named as a metal's compounds."""
    return [f if (s := with_compound_kinds(f.system, symbols)) is f.system else f.model_copy(update={"system": s})
            for f in facts]


def _substituted(system: MaterialSystem, elements: list[tuple[str, str | None]]) -> MaterialSystem:
    """``system`` with each of the ``elements`` (element, the element it replaces or None) its host can take as a
    substituent (``lattice_entry.substituted_in``: 'replacing Ni with Co' leaves MgH2's Co as it was) in that role."""
    roles = {x: ROLES["dopant"] for x, replaced in elements if substituted_in(system.host.formula, replaced)}
    return with_declared_roles(system, roles) if roles else system


def _passage_carbons(sentences: list, starts: list[int], cleaned: list, found: list[Mention],
                     redefined: frozenset[str]) -> dict[tuple, list]:
    """(section, passage) → the carbon scaffolds its heading and its sentences name (``carbons_named``); a
    sentence that cites other work, or follows one in its paragraph, speaks of that work's carbon."""
    out: dict[tuple, list] = {}
    citing = None
    # ('… processed by hydriding combustion synthesis (HCS)': letters the document defines as no material, read once
    # per document by the caller, name none of its carbons, whatever the ontology knows by them)
    found = [m for m in found if m.text not in redefined]
    found_starts = [m.start for m in found]
    for sent, c, cs in zip(sentences, cleaned, starts):
        key = _passage_key(sent)
        if key not in out:
            heading = clean_text(getattr(sent, "heading", "") or "").text
            out[key] = carbons_named(heading, [m for m in mentions(heading) if m.text not in redefined]) \
                if heading else []
        if getattr(sent, "refs", None) or c.cites:
            citing = (key, getattr(sent, "paragraph", None))
        if citing == (key, getattr(sent, "paragraph", None)):
            continue
        ce = cs + len(c.text)
        here = [m for m in found[bisect_left(found_starts, cs):bisect_left(found_starts, ce)] if m.end <= ce]
        out[key].extend(carbons_named(c.text, here))
    return out


_NOTATION_PARTS = re.compile(r"[+–/@\s()\[\]-]")


def extract_sentences(sentences: Iterable, source_id: str) -> tuple[list[Measurement], list[SystemReport]]:
    """All prose facts of a document's sentences (in document order).

    The sentences are cleaned one by one and joined, and the spaCy pipeline runs once over the
    joined text — one Doc for the paper is much faster than one per sentence, and captions,
    tables and the reference list never reach the pipeline.
    """
    ctx = Context(source_id)
    ms: list[Measurement] = []
    rs: list[SystemReport] = []
    sentences = list(sentences)
    cleaned = [clean_text(s.text, base=getattr(s, "start", 0) or 0) for s in sentences]
    starts, pos = [], 0
    for c in cleaned:
        starts.append(pos)
        pos += len(c.text) + 1
    joined = "\n".join(c.text for c in cleaned)
    found = mentions(joined)
    # (only letters the ontology knows as a material's short name: those the text defines for words the ontology does
    # not know, 'coconut shell charcoal (CSC)', may still be a material, and a formula after a class, 'a transition
    # metal nitride (TiN)', is that material)
    defined_apart = defined_for_no_material(joined)
    if redefined := {a for a in defined_apart
                     if (t := vocabulary().lookup(a, "Material")) is not None and t.formula != a}:
        # ('hydriding combustion synthesis (HCS)': the letters name a route here, no hollow carbon spheres)
        # (and a notation of such letters, 'HCS+MM': the route and the milling that made the sample)
        found = [m for m in found if redefined.isdisjoint(_NOTATION_PARTS.split(m.text))]
    ctx.members = class_members(joined, found)
    # (a role the words declare, and the role a written reaction shows: 'LiBH4 + 1/2Al → LiH + 1/2AlB2 + 3/2H2')
    # (the reactions are read sentence by sentence: the readers after ask for the same sentences' reactions, which
    # are kept for the document; reading the joined paper once more cost 2 % of an extraction)
    reacting = [(cs + at, f, role) for c, cs in zip(cleaned, starts) for at, f, role in reacting_partners(c.text)]
    # (and a substituted hydride said to form, 'forming LiBH4-xFx': the fluoride added before it is a substituent)
    declared = _declared_by_passage(sentences, starts, declarations(joined, found) + reacting
                                    + substituent_declarations(joined, found))
    compounds = _compounds_by_passage(sentences, cleaned)
    formed = _formed_by_passage(sentences, cleaned)
    # (an element a sentence says enters a lattice, 'upon Ti substitution': that sentence's substituent only; the
    # next may dope the same metal into another host as a catalyst, 'Ti-doped MgH2')
    entering = entering_elements(joined, found)
    entering_at = [at for at, _, _ in entering]
    # (the two-metal compounds each passage names: an elemental host's metal that makes one with it is its alloying
    # partner there; a review's other passage is another study)
    alloys_by_passage: dict[tuple, set[frozenset[str]]] = {}
    for at, pair in alloy_pairs(found):
        alloys_by_passage.setdefault(_passage_key(sentences[bisect_right(starts, at) - 1]), set()).add(pair)
    ctx.carbons = _passage_carbons(sentences, starts, cleaned, found, defined_apart)
    mention_starts = [m.start for m in found]
    locals_ = []
    for c, cs in zip(cleaned, starts):
        ce = cs + len(c.text)
        lo, hi = bisect_left(mention_starts, cs), bisect_left(mention_starts, ce)
        locals_.append([Mention(m.kind, m.text, m.start - cs, m.end - cs, m.term) for m in found[lo:hi] if m.end <= ce])
    paragraphs = [getattr(s, "paragraph", None) for s in sentences]
    for i, (sent, c, cs) in enumerate(zip(sentences, cleaned, starts)):
        ce = cs + len(c.text)
        local = locals_[i]
        remember(c.text, local)   # the mechanism claims read the same sentence: one reading for both
        note_property_abbreviations(c.text)   # ('the electrochemical stability window (ESW)': for later sentences)
        ctx.declared = declared.get(_passage_key(sent), {})
        ctx.compounds = compounds.get(_passage_key(sent), frozenset())
        prior = ctx.system
        m, r = extract(sent, c.text, local, [k for _, ks in c.cites for k in ks], ctx)
        m, r = processed(c.text, local, m, r, ctx, prior)
        if m and i and paragraphs[i - 1] == paragraphs[i] \
                and (parts := pointed_kind(c.text, described_parts(cleaned[i - 1].text))):
            # "Fe/Mn interfaces … . At 250 °C, such an interface enables 5.8 wt% …": the sample with that feature
            # (its additive maybe named only after: the paragraph's sentences from the one before on)
            later = [(cleaned[j].text, locals_[j]) for j in range(i - 1, len(sentences)) if paragraphs[j] == paragraphs[i]]
            before_move = m
            m = on_feature_holder(m, parts, later)
            if ctx.system is not None and any(x is not y and y.system.name == ctx.system.name
                                              for x, y in zip(m, before_move)):
                ctx.system = next(x.system for x, y in zip(m, before_move) if x is not y)
        if ctx.declared:
            # (the role the passage said an additive plays, 'TiO2-x acts as a hot spot', holds in every sample it is
            # part of, the paragraph's sample a later sentence goes on about too, not only in those it names whole)
            m, r = _with_roles(m, ctx.declared), _with_roles(r, ctx.declared)
        if ctx.compounds:
            m, r = _with_compounds(m, ctx.compounds), _with_compounds(r, ctx.compounds)
        if hydrides := formed.get(_passage_key(sent), frozenset()):
            m, r = _with_formed(m, hydrides), _with_formed(r, hydrides)
        if alloys := frozenset(alloys_by_passage.get(_passage_key(sent), ())):
            m, r = _with_alloys(m, alloys), _with_alloys(r, alloys)
        here = [(x, out) for _, x, out in entering[bisect_left(entering_at, cs):bisect_left(entering_at, ce)]]
        if here:
            m, r = _with_substituents(m, here), _with_substituents(r, here)
            if ctx.system is not None:   # (the sample the next sentences go on about holds it as this one says)
                ctx.system = _substituted(ctx.system, here)
        ctx.in_passage.valued = ctx.in_passage.valued or bool(m)
        m = ctx.in_paragraph.said.shared(c.text, m)   # "At the same temperature, pristine MgH2 …" (becomes the paragraph's)
        # (a value or report still on a class of compounds once the sentence is read, its members not named in its
        # place, was measured on samples the text does not name: the value of no record,
        # ingest/extraction/samples/class_samples.py; built all the same, and dropped only here: the sentences after
        # read its setting, 'LiBH4 with halides shows 0.1 mS/cm at 120 °C. … LiBH4–LiI gives 1.2 mS/cm at the same
        # temperature', test_class_placeholder) (unless the sentence writes that sample whole in one notation, 'the
        # LiBH4–LiNH2/metal oxide nanocomposites', 'LiBH4–halide solid solutions': the sample its authors made, its
        # partner named by class only) (nor a solution, its salts in a solvent: 'a Mg(BH4)2–LiTFSI/DME electrolyte' is
        # no solid, no alloy)
        ms.extend(x for x in with_members(c, m, ctx.in_passage.studied_members, ctx.in_passage.listed_members)
                  if a_sample(x.system, local))
        rs.extend(x for x in r if a_sample(x.system, local))
    return without_restated(with_family_salts(joined, with_dopant_salts(joined, found, ms))), rs
