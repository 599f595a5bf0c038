"""Which application a value is of when its words name one ('a Li+ conductivity … with an activation energy of 32
kJ/mol': the electrolyte's), read from the labels of the value's property and of the values beside it.
"""
from __future__ import annotations

import re

from ingest.extraction.text.hedge_words import UP_TO
from ingest.extraction.text.nlp import Mention
from ingest.extraction.text.quantity_text import Group
from ingest.extraction.values.property_cues import WORD, cue_table, keys_named, stems
from ontology.electrode_roles import electrolyte_not_anode
from ontology.models import MaterialSystem
from ontology.namespaces import HKG
from ontology.system import host_formula
from ontology.units import is_compatible
from ontology.vocabulary import vocabulary

from .prose_context import Context
from .prose_words import ELECTROLYTE


def by_application(gs: list[Group], clause: dict[int, str], ctx: Context,
                    systems: list[tuple[Mention, MaterialSystem]] = ()) -> None:
    """'a Li+ conductivity of … with an activation energy of 32 kJ/mol': a value named by words that a
    property of another application also carries ('activation energy') takes the property of the
    application the sentence's other values have (else the paragraph's last values): an ion migration
    barrier in a conductivity paper, a desorption barrier in a hydrogen-storage one."""
    vocab = vocabulary()
    props = [g for g in gs if g.role == "property" and g.key]
    read = {id(g): str(g.key) for g in props}   # (the properties as the words first read them)
    for g in props:
        others = _other_applications(g, props, read) or set(ctx.in_paragraph.applications)
        own = set(vocab.property(read[id(g)]).applications)
        if not others or not own or own & others:
            continue
        if ELECTROLYTE in own and _said_of_electrolyte(clause.get(id(g), ""), systems):
            continue   # 'the electrolyte conductivity' beside a cell's capacity: the electrolyte's own reading
        key = _reading_of_application(g, _labels_named(g, clause), others)
        if key:
            g.key = key
            g.cues.append("property:application")
    _follow_the_named_value(props, clause, read)
    if props:   # (as the values now read: a barrier taken for the ion's is a conductivity paper's value)
        ctx.in_paragraph.applications = sorted(set().union(*(vocab.property(g.key).applications for g in props)))


def application_named(text: str, ctx: Context) -> None:
    """'The Li+ conductivities of the three phases were measured. Their activation energies are 50–60 kJ/mol':
    a sentence naming, with no value, properties of one application only (before the paragraph gave any value)
    sets the application a later value named by shared words ('activation energy') is read in."""
    vocab = vocabulary()
    # (the labels read with the methods' names, of the properties and conditions of an application)
    named = {apps for key in keys_named(text, cue_table) if (apps := frozenset(vocab.property(key).applications))}
    if len(named) == 1:
        ctx.in_paragraph.applications = sorted(next(iter(named)))


_ELECTROLYTE_WORD = re.compile(r"\belectrolytes?\b", re.I)


def _said_of_electrolyte(clause: str, systems: list[tuple[Mention, MaterialSystem]]) -> bool:
    """The words before a value name an electrolyte ('the electrolyte conductivity', 'the conductivity of the
    electrolyte'), or every sample the sentence names is a hydride the ontology applies to solid electrolytes and
    not to anodes (LiBH4–LiI, Li2B12H12): what is measured of it is an electrolyte's property."""
    if _ELECTROLYTE_WORD.search(clause):
        return True
    return bool(systems) and all(electrolyte_not_anode(host_formula(s)) for _, s in systems)


def _other_applications(g: Group, props: list[Group], read: dict[int, str]) -> set[str]:
    """The applications of the sentence's values read as another property than ``g`` (another value read by
    the same words is no witness: '48 kJ/mol, lower than 66 kJ/mol for LiBH4' are barriers of one kind)."""
    vocab = vocabulary()
    return set().union(*(vocab.property(read[id(h)]).applications for h in props if read[id(h)] != read[id(g)]))


def _labels_named(g: Group, clause: dict[int, str]) -> list[tuple[str, ...]]:
    """The labels of the value's property said whole in the last words of its clause."""
    window = set(stems(" ".join(WORD.findall(clause.get(id(g), ""))[-15:])))
    return [lab for lab in cue_table().get(str(g.key), []) if lab and all(w in window for w in lab)]


def _reading_of_application(g: Group, named: list[tuple[str, ...]], others: set[str]) -> str | None:
    """The property of one of ``others``' applications whose labels hold a label the value was named by (its
    symbol too, as tables head it: 'Ea = 26 kJ/mol' beside a conductivity is the ion's barrier) — each label
    it was named by: words that name only the first reading ('a lithium ionic conductivity' after a cell's
    capacity: 'ionic' is in no label of the electronic conductivity) keep it."""
    vocab = vocabulary()
    table = cue_table()
    fits = []
    for key in table:
        term = vocab.property(key)
        if term.kind != "Property" or not set(term.applications) & others or not is_compatible(key, g.unit):
            continue
        if named and all(any(set(lab) <= set(own) for own in (*table[key], *_header_stems(key))) for lab in named):
            fits.append(key)
    # ('activation energy' in a conductivity paper: the barrier the application names so whole, the ion's, not
    # a narrower one whose labels only hold the words, an anion's reorientation)
    return next((key for key in fits if all(any(set(lab) == set(own) for own in (*table[key], *_header_stems(key)))
                                            for lab in named)), fits[0] if fits else None)


def _header_stems(key: str) -> tuple[tuple[str, ...], ...]:
    """The stems of the symbols a table heads the property with (hkg:headerLabel: 'Ea'; read only for the few
    values a sentence of another application names)."""
    return tuple(tuple(stems(h)) for h in vocabulary().property(key).header_labels)


def _follow_the_named_value(props: list[Group], clause: dict[int, str], read: dict[int, str]) -> None:
    """'The activation energy of X is 48 kJ/mol, lower than 66 kJ/mol for LiBH4': a value its own words do not
    name took its property from the value before it, and takes that value's new reading too."""
    for g in props:
        if g.key != read[id(g)] or _labels_named(g, clause):
            continue
        before = [h for h in props if h.end <= g.start and read[id(h)] == read[id(g)] and h.key != read[id(h)]]
        if before:
            g.key = before[-1].key
            g.cues.append("property:application")


# (not after a word that opens the comparison itself: "compared with less than 100 mAh/g for MgH2" bounds the
# reference's own value)
# "a conductivity of up to 6.7 mS/cm": the noun phrase of a property reports the value reached ('releases up to 6 wt%'
# says what a run may give, a bound)
_OF_UP_TO_BEFORE = re.compile(rf"(?=[o])\bof\s+{UP_TO}\s*$", re.I)


def reached_up_to(text: str, g: Group) -> bool:
    """The value at ``g`` is said with 'of up to' right before it, of a property whose 'up to' is no bound (not the
    ontology's hkg:boundUpTo: 'a stability window of up to 5 V' is one)."""
    if not g.key or not _OF_UP_TO_BEFORE.search(text, max(0, g.start - 16), g.start):
        return False
    term = vocabulary().property(g.key)
    return not any(True for _ in vocabulary().graph.objects(HKG[term.id], HKG.boundUpTo))
