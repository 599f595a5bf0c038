"""Whose size a particle or grain size is when the sentence sizes the sample's additive without its formula.

'MgH2 was milled with 10 wt% TiO2. The catalyst particles are about 20 nm in size', '… the oxide nanopowder shrank
from about 160 nm to 14 nm', 'Ni formed in situ during milling, with a grain size of about 5 nm': the clause
names what it sizes by the additive's part in the sample (the ontology's AddedNoun words), by a class of
materials the additive belongs to ('the oxide', 'the fluoride'), or by a phase that formed from it. That size
characterises the additive — as the dev set records 'ZrO2 nanoparticles (5–10 nm)' on ZrO2 — and is no
property of the studied hydride system, which the paragraph's sample would otherwise receive. A clause that
names a hydride before the value sizes the hydride ('the MgH2 particles shrank to 200 nm') and is left alone.
"""
from __future__ import annotations

import re

from ingest.extraction.samples.material_cues import LIST_GAP
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system
from ingest.extraction.text.preparation_words import ASSEMBLED_FROM, FORMED_IN_SITU
from ingest.extraction.text.quantity_text import Group, qualifier_start
from ingest.extraction.text.sample_words import CHOOSING, PARTICLE_WORDS
from ontology.models import MaterialSystem, Measurement
from ontology.strategy_rules import ROLES
from ontology.vocabulary import vocabulary

# (the sizes an additive has of its own: a value of one named beside the additive is the additive's)
SIZE_KEYS = ("particle_size", "crystallite_size")
_ADDED_PART = re.compile(rf"\b{vocabulary().scheme_alternation('AddedNoun', ('AddedPartNoun',))}\b", re.I)
_REACH = 100     # how far before the value the sized thing is looked for (one clause, in practice)
_CLAUSE_BREAKS = re.compile(r"[;:]|\b(?:while|whereas|but)\b", re.I)


def additive_sized(text: str, g: Group, raw: list[Mention], sample: MaterialSystem | None,
                   stores_hydrogen) -> MaterialSystem | None:
    """The additive of ``sample`` (the paragraph's) that the words before the size value ``g`` size, alone;
    None when they size no additive, or a hydride, or cannot say which additive. ``stores_hydrogen``: the
    caller's test of a system for a hydride."""
    if g.key not in SIZE_KEYS or sample is None or sample.bare:
        return None
    lo = max(0, g.start - _REACH)
    breaks = [b.end() for b in _CLAUSE_BREAKS.finditer(text, lo, g.start)]
    lo = breaks[-1] if breaks else lo
    named = [m for m in raw if lo <= m.start and m.end <= g.start and m.kind == "Material"]
    classes = [m for m in named if _is_class(m)]
    systems = [(m, material_system(m)) for m in named if m not in classes]
    if any(s is None or stores_hydrogen(s) for _, s in systems):
        return None      # a hydride sized, or a name not read: not said of an additive
    parts = [c for c in sample.additives if c.role != ROLES["scaffold"]]
    if classes and not systems:
        # ('the oxide nanopowder', 'the halide additive': the narrowest class named decides)
        return _of_class(min(classes, key=lambda m: -len(vocabulary().ancestors(m.term))), parts)
    if len(systems) == 1:
        # ('Ni made in situ …, its grains about 6 nm': a material named alone is what is sized)
        s = systems[0][1]
        return s if s is not None and s.bare else None
    if systems or not (word := _ADDED_PART.search(text, lo, g.start)):
        return None
    role = vocabulary().lookup(word.group(0), kind="Role")
    if role is not None and role.id == ROLES["scaffold"]:
        return None      # 'the scaffold': its pores and walls are the confined sample's (the dev set's convention)
    return _system_of_part(parts[0]) if len(parts) == 1 else None


# 'porous CeO2 spheres assembled from 10–30 nm particles', 'TiNb2O7 spheres in micrometer scale built with
# 20–50 nm nanospheres': the participle (the ontology's AssembledFromParticiple) and its preposition right before
# the size, which sizes the particles the named material is built of
_BUILT_OF = re.compile(rf"\b{ASSEMBLED_FROM}\s+(?:from|of|with|by)\s+$", re.I)
_BUILT_REACH = 60   # the material's name, its form words and the participle: one noun phrase


def built_of_sized(text: str, g: Group, raw: list[Mention], stores_hydrogen) -> MaterialSystem | None:
    """The material whose bodies the words before the size value ``g`` say are built of particles of that
    size, alone (the dev set stores an additive's size on the bare additive, as it is made before it goes into
    the host); None when the size is not so said, or of a hydride, or of a sample with parts."""
    if g.key not in SIZE_KEYS:
        return None
    end = qualifier_start(text, g.start)
    lo = max(0, end - _BUILT_REACH)
    breaks = [b.end() for b in _CLAUSE_BREAKS.finditer(text, lo, end)]
    built = _BUILT_OF.search(text, breaks[-1] if breaks else lo, end)
    if built is None:
        return None
    named = [m for m in raw if lo <= m.start and m.end <= built.start() and m.kind == "Material"]
    if not named or _is_class(named[-1]):
        return None
    s = material_system(named[-1])
    return s if s is not None and s.bare and not stores_hydrogen(s) else None


# 'VTi nanocrystals formed in situ, about 6 nm in grain size', 'TiH2 particles generated in situ, about 8 nm in
# size': the participle of a phase made inside the host (the ontology's FormedInSituParticiple) with 'in situ'
_MADE_HERE = re.compile(rf"\b{FORMED_IN_SITU}\s+in[- ]situ\b", re.I)
_MADE_REACH = 60    # the phase's name and its form words before the participle; the size words after 'in situ'
_SYSTEM_KINDS = ("Material", "SYSTEM")


def formed_in_situ_sized(text: str, g: Group, raw: list[Mention], stores_hydrogen) -> MaterialSystem | None:
    """The phase the words before the size value ``g`` say formed in situ, alone: the dev set records an in-situ
    phase's own size ('… formed in situ with grains of 5 nm') on that phase, never on the sample it formed in; None
    when the size is not so said, or the phase is a hydride the sample stores hydrogen in."""
    if g.key not in SIZE_KEYS:
        return None
    end = qualifier_start(text, g.start)
    made = next(reversed(list(_MADE_HERE.finditer(text, max(0, end - _MADE_REACH), end))), None)
    if made is None or any(m.kind in _SYSTEM_KINDS and made.end() <= m.start < end for m in raw):
        return None      # (a material named between 'in situ' and the size is what that size is of)
    lo = made.start() - _MADE_REACH
    named = [m for m in raw if m.kind in _SYSTEM_KINDS and lo <= m.start <= m.end <= made.start()]
    if not named or _is_class(named[-1]):
        return None
    s = material_system(named[-1])
    return s if s is not None and s.bare and not stores_hydrogen(s) else None


# the particle words right after a phase's name ("NbB2 particles", "TiH2 grains", "Mg2Ni crystallites")
_PARTICLES_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{PARTICLE_WORDS}|grains?|crystallites?|crystals?)\b", re.I)


# where a clause opens: after a stop, a colon, a semicolon or a comma, or a conjunction that starts one ('TEM shows
# that Ni grains …')
_CLAUSE_OPENS = re.compile(r"[.;:,]\s|\b(?:that|while|whereas|but|and)\s", re.I)
# 'Nb crystals in the doped sample', 'Ti grains within the MgH2 matrix': the particles' place in the sample, said
# right after their particle words
_PLACED_IN = re.compile(r"\s+(?:(?:[a-z]+ly\s+)?(?:dispersed|distributed|embedded|located|found|present)\s+)?"
                        r"(?:in|within|throughout|inside)\s+(?:the|a|an|each|both)\b", re.I)


def formed_phase_sized(text: str, g: Group, raw: list[Mention], phases: set, stores_hydrogen) -> MaterialSystem | None:
    """'NbB2 is formed on milling. … spherical NbB2 particles distributed in the matrix, with a mean diameter of 10 nm':
    the size of the particles of a phase the passage said the sample forms (``phases``, by name), named last before
    the value, is that phase's own, as the size of one said formed in situ is (``formed_in_situ_sized``); and so is
    the size of a material's particles the clause opens with and places in the sample ('Nb crystals in the
    Nb2O5-doped sample were 10–20 nm in size': the additive's crystals, whatever hydride the place names); None
    otherwise."""
    if g.key not in SIZE_KEYS:
        return None
    # (the last material written with its particle words: 'in the hydride matrix' after them names no particles)
    sized = [m for m in raw if m.kind in _SYSTEM_KINDS and m.end <= g.start and g.start - m.end <= _REACH
             and _PARTICLES_AFTER.match(text, m.end)]
    if not sized or _CLAUSE_BREAKS.search(text, sized[-1].end, g.start):
        return None
    s = material_system(sized[-1])
    if s is None or not s.bare or stores_hydrogen(s):
        return None
    return s if s.name in phases or _placed_subject(text, sized[-1], raw) else None


def _placed_subject(text: str, m: Mention, raw: list[Mention]) -> bool:
    """Whether the particles of ``m`` open their clause (no material named before them in it) and are placed in
    the sample right after their particle words."""
    particles = _PARTICLES_AFTER.match(text, m.end)
    if particles is None or not _PLACED_IN.match(text, particles.end()):
        return False
    opens = [b.end() for b in _CLAUSE_OPENS.finditer(text, max(0, m.start - _REACH), m.start)]
    opened = opens[-1] if opens else max(0, m.start - _REACH)
    return not any(opened <= o.start < m.start and o.kind in _SYSTEM_KINDS for o in raw)


def _is_class(m: Mention) -> bool:
    return bool(m.term and vocabulary().children(m.term))


def _of_class(m: Mention, parts) -> MaterialSystem | None:
    """'the oxide nanopowder': the one additive of the sample that the class names."""
    vocab = vocabulary()
    members = [c for c in parts if c.term and not vocab.children(c.term)
               and any(t and vocab.is_a(t, m.term) for t in (c.term, c.additive_class))]
    return _system_of_part(members[0]) if len(members) == 1 else None


def _system_of_part(part) -> MaterialSystem:
    """An additive of the sample as the sized material's own system, without its loading in the sample."""
    return MaterialSystem(text=part.text or part.formula, name=part.formula,
                          host=part.model_copy(update={"role": "HostHydride", "amount": None}))


# 'a series of carbon scaffolds with pore radii ranging from 8 Å to 20 nm', 'aerogels of different pore sizes
# (2–20 nm)': a choosing word of the ontology's AlternativesWord scheme before a plural noun (the samples
# or the sizes the series varies), in the clause before a range of pore sizes
_SERIES_BEFORE = re.compile(rf"{CHOOSING.pattern}\s+(?:[\w-]+\s+){{0,2}}?[a-z][\w-]*s\b(?P<gap>[^;.]*)$", re.I)


# 'the radii of the pores were varied between 1 and 15 nm', 'the pore size is varied between 2 and 20 nm': the
# sizes said to be varied across the samples (a choosing word of the same scheme as the verb's participle)
_VARIED_BEFORE = re.compile(rf"\b(?:were|was|are|is|been|being)\s+(?:\w+ly\s+)?{CHOOSING.pattern}[^;.]{{0,40}}$", re.I)


def series_ranges(text: str, gs: list[Group]) -> None:
    """Marks as ignored a pore-size range that spans a series of scaffolds: each scaffold has one pore
    size inside it, and the range is the span of the series, no single sample's value ('LiBH4 in CMK-3 with
    pores of 3–5 nm', one scaffold, keeps its range)."""
    for g in gs:
        if g.role == "property" and g.key == "pore_size" and g.kind in ("range", "change") \
                and (_SERIES_BEFORE.search(text, max(0, g.start - 120), qualifier_start(text, g.start))
                     or _VARIED_BEFORE.search(text, max(0, g.start - 60), qualifier_start(text, g.start))):
            g.role = "ignored"
            g.cues.append("value:series-range")


_LAST_JOIN = re.compile(r"\b(?:and|or|as\s+well\s+as)\b")


def each_one_sized(text: str, out: list[Measurement], raw: list[Mention], stores_hydrogen) -> list[Measurement]:
    """``out`` with a size the sentence gives the last of a list of additives given to each of them too: 'Ni and
    TiO2 with a particle size of 20–200 nm', 'Fe and Nb2O5 nanoparticles (20–50 nm)' — one size written for the
    list is each one's, not the last one's alone."""
    named = [m for m in raw if m.kind in (SYSTEM_LABEL, "Material")]
    result = []
    for v in out:
        result.append(v)
        if v.property not in SIZE_KEYS or not v.system.bare or stores_hydrogen(v.system) \
                or "system:respectively" in v.cues:   # ('22, 31 and 47 nm for Ni, Co and Fe': each its own)
            continue
        at = next((k for k, m in enumerate(named)
                   if (s := material_system(m)) is not None and s.name == v.system.name), None)
        first = at
        # (a list ends with 'and'/'or' before its last member: 'the NbTiC MXene, NbTi nanocrystals …' is none)
        if at and not _LAST_JOIN.search(text, named[at - 1].end, named[at].start):
            continue
        while first and LIST_GAP.fullmatch(text, named[first - 1].end, named[first].start):
            first -= 1
        listed = [material_system(m) for m in named[first:at]] if at is not None and first is not None else []
        if listed and all(s is not None and s.bare and not stores_hydrogen(s) for s in listed):
            result += [v.model_copy(update={"system": s}) for s in listed]
    return result
