"""A material's own size, surface or thickness and the sample a value names after itself, for ``prose_subject``: the
bracket, phrase or 'particles of' that gives a size to the material it follows (not the sample), the surface and
pore volume of a porous material said with a preposition, a cover's words ('Pd layer'), a bound on the subject's own
value ('MgH2 nanoparticles smaller than 7 nm'), the confined sample in a scaffold a value names ('0.9 nm for the
carbon scaffold'), a scaffold's part alone, and the stack a layer belongs to.
"""
from __future__ import annotations

import re

from ingest.extraction.samples.class_samples import is_support
from ingest.extraction.samples.samples_systems import has_hydrogen as _has_hydrogen
from ingest.extraction.text.amounts import AMOUNT_OF
from ingest.extraction.text.change_words import CHANGE_STEM
from ingest.extraction.text.hedge_words import APPROXIMATING, BOUND_ABOVE, BOUND_BELOW, LIMITING, UP_TO, bound, hedged
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system, system_of
from ingest.extraction.text.preparation_words import LINKING, MILLING_PREFIX, PUT_OR_MILLED
from ingest.extraction.text.quantity_text import Group, qualifier_start
from ingest.extraction.text.sample_words import EXTENT_NOUN, SIZE_NOUN, SIZED_PIECE
from ingest.extraction.values.value_roles import APPROX_WORD, CLAUSE_BREAK
from ontology.models import MaterialSystem
from ontology.strategy_rules import CLASSES, ROLES
from ontology.vocabulary import vocabulary

from .prose_context import Context
from .prose_mentions import has_hydrogen_or_storing

# what a material's own description in brackets gives: its size, thickness or surface, not the sample's
# (a scaffold's pore size or wall thickness is said of the confined sample, as the dev set records it)
OWN_MATERIAL_KEYS = ("particle_size", "film_thickness", "crystallite_size", "specific_surface_area", "pore_volume")
# a hollow or shelled form's wall, described with the material: the material's own, unless it is a support
# ("Nb2O5 hollow spheres (h-Nb2O5) with a wall thickness of about 50 nm", "TiO2 hollow spheres, whose walls are 30 nm")
OWN_WALL_KEYS = ("wall_thickness",)
OWN_WALL = re.compile(rf"(?:\s+[a-z]+){{0,2}}\s*(?:\([^()]{{1,20}}\)\s*)?,?\s*(?:with|having|ha(?:s|ve|d)|whose)\s+"
                      r"(?:an?\s+|the\s+)?(?:average\s+|mean\s+)?walls?(?:\s+thickness(?:es)?)?\s+(?:of\s+|is\s+|are\s+)?"
                      rf"(?:(?:{APPROX_WORD}|{LIMITING})\s*)?", re.I)


# a porous material's surface and pore volume per gram: said of the material the sentence gives them to
POROSITY_KEYS = ("specific_surface_area", "pore_volume")


# the nouns of the pieces a size is said of (the ontology's ShapeNoun scheme, singular: 'nano' and 's' added here)
def _shapes(*concepts: str) -> str:
    return vocabulary().scheme_alternation("ShapeNoun", concepts)


_PARTICLES_OR_POWDER = _shapes("ParticleShapeNoun", "PowderShapeNoun")


PARTICLES_OR_GRAINS = _shapes("ParticleShapeNoun", "GrainShapeNoun")


# "the (particle) size of MgO decreases from …", "the crystallite size of the TiO2 was …": a size said of a material
SIZE_OF_BEFORE = re.compile(rf"\b(?:{SIZED_PIECE}\s+)?{SIZE_NOUN}\s+of\s+(?:the\s+)?$", re.I)


SIZE_VERB_TO_VALUE = re.compile(rf"(?:\s+(?:nano)?{_PARTICLES_OR_POWDER}s?)?\s+(?:[a-z]+\s+){{0,2}}?"
                                 rf"(?:from|to|is|was|were|are|of|reaches|reached|{CHANGE_STEM}(?:e?s|e?d))"
                                 rf"\s+(?:from\s+)?{hedged(APPROXIMATING)}?", re.I)


# the words that bound a number ('below', 'less than', 'over'): no label of a size in a bracket ('near' too, which hedges
# a number only there: elsewhere it places a thing, 'near the surface')
_BOUND = bound(*BOUND_BELOW, *BOUND_ABOVE)


# ("ZrO2 nanoparticles (5–10 nm)": after the particles' noun the bracket may hold the size alone — of particles, not
# of a support's spheres or sheets, which the hydride in them may be sized by)
# ("the Ni particles, 5–10 nm in size, …": the size set off by a comma after the particles' noun is theirs too)
OWN_BRACKET = re.compile(rf"(?:\s+(?:nano)?{_PARTICLES_OR_POWDER}s?\s*(?:\(|,)\s*"
                          rf"{hedged(APPROXIMATING)}?|"
                          rf"(?:\s+(?:nano)?{_shapes('ParticleShapeNoun', 'PowderShapeNoun', 'ExtendedShapeNoun')}s?)?\s*\(\s*(?:(?:average|mean|typical|BET|specific)\s+)?"
                          rf"(?:(?!(?:{APPROXIMATING}|{LIMITING}|{UP_TO}|{_BOUND}|near)\b)[a-z]+\s+){{1,2}}"  # a label
                          rf"(?:of\s+|=\s*|:\s*|{hedged(APPROXIMATING)})?)", re.I)


# ("dispersed Pd (about 3 nm in diameter)", "nanosized Ni (∼2 nm)": a bracket right after a material's bare name
# holding the size alone glosses that material, as one after its particles' noun does — for a particle or grain
# size only: a support's pores or sheets sized so may be the hydride's in them)
BARE_BRACKET = re.compile(rf"\s*\(\s*(?:{APPROX_WORD}\s*)?", re.I)


# "Ni nanoparticles with an average size of 10 nm", "TiO2 nanosheets having a thickness of 3 nm": the same, said
# with a preposition after the material's particles instead of a bracket; set off by a comma the phrase still
# describes those particles ("the Ni particles, with a mean size of 8 nm, …")
OWN_PHRASE = re.compile(rf"(?:\s+(?:[a-z]+[\s-])?(?:nano)?{_shapes('ParticleShapeNoun', 'GrainShapeNoun', 'ExtendedShapeNoun')}"
                         r"s?)?(?:\s*,)?\s+"
                         r"(?:with|of|having|ha(?:ve|s|d)|show(?:ing|s|ed)?)\s+"
                         r"(?:an?\s+|the\s+)?(?:(?:average|mean|typical|uniform)\s+)?"
                         rf"(?:{SIZED_PIECE}\s+)?(?:{SIZE_NOUN}|{EXTENT_NOUN})\s+(?:of\s+)?"
                         rf"(?:(?:{APPROX_WORD}|{LIMITING})\s*)?", re.I)


# "Nb2O5 particles of 20 nm", "the Fe particles of about 10 nm": older papers' plain 'of' after the particles' noun
# (matched whole from the material to the value); only for a material that neither is nor stores a hydride ("Mg
# particles of 15 nm dispersed in LiH" are the sample's host)
PARTICLES_OF = re.compile(rf"\s+(?:nano)?{PARTICLES_OR_GRAINS}s?\s+of\s+"
                           rf"(?:(?:{APPROX_WORD}|{LIMITING})\s*)?", re.I)


# "The MgH2 powder milled with 5 mol% Cr2O3 had a mean particle size of 300 nm": the material is the object of the
# participle that put it into the sample, and the finite verb after it is the sample's (the subject before the
# participle), so the size is the milled sample's; "… with Cr2O3 particles having a size of 20 nm" stays Cr2O3's
_ADDED_WITH_BEFORE = re.compile(rf"\b{MILLING_PREFIX}(?:{PUT_OR_MILLED}|{LINKING})\s+(?:together\s+)?(?:with|by)\s+"
                                rf"(?:{AMOUNT_OF})?(?:the\s+)?$", re.I)


_FINITE_HAVING = re.compile(r"\b(?:ha(?:ve|s|d)|show(?:s|ed)?)\b", re.I)


def sized_alone(m: Mention, systems) -> bool:
    """Whether ``m`` names one material that neither is nor stores a hydride (what 'particles of 20 nm' after it
    size as its own)."""
    own = next((s for o, s in systems if o.start == m.start), None) or material_system(m)
    return own is not None and own.bare and not has_hydrogen_or_storing(own)


def added_before_main_verb(text: str, m: Mention, g: Group) -> bool:
    """Whether material ``m`` is an additive put into the sample by a participle before it, with the clause's own
    finite verb (not a participle or preposition of ``m``) leading on to the size ``g``."""
    return bool(_ADDED_WITH_BEFORE.search(text, max(0, m.start - 60), m.start)
                and _FINITE_HAVING.search(text, m.end, g.start))


# a cover put on a sample (not the sample's own film): its thickness is a coating thickness
# "two aerogel hosts whose pores are alike (30 and 32 nm) but whose BET areas differ (700 and 2300 m2/g)": a
# surface area said with a preposition of a material that stores no hydrogen (the scaffold a
# hydride was put in, a support) is that material's own, not the confined sample's ("the confined composite
# has a BET surface area of 120 m2/g" names no such material before it and stays the composite's)
OWN_SURFACE = re.compile(rf"(?:\s+{vocabulary().scheme_alternation('GenericHead')})?\s*,?\s+"
                          r"(?:with|having|ha(?:ve|s|d)|show(?:ing|s|ed)?|possess(?:ing|es|ed)?)\s+"
                          r"(?:[^.;:()]|\([^()]*\)){0,80}?\b(?:(?:(?:BET|specific)\s+)?surface\s+areas?"
                          r"|(?:total\s+|specific\s+)?pore\s+volumes?)\s*"
                          rf"(?:\(\s*|of\s+|=\s*|:\s*)?(?:(?:{APPROX_WORD}|{UP_TO})\s*)?"
                          r"(?:\d[\d.,]*\s*(?:(?:m2|cm3|mL)\s*/?\s*g\S*\s*)?(?:,|and|or)\s*)*", re.I)


COVER_AFTER = re.compile(r"\s*(?:[a-z][\w-]*\s+)?(?:coatings?|shells?|overlayers?|caps?|capping\s+layers?|top\s*layers?|"
                          r"protective\s+layers?|layers?)\b", re.I)


COVER_NAMED = re.compile(r"\s(?:coatings?|shells?|overlayers?|caps?|layers?)$", re.I)  # "Pd layer", one mention


COATING_AFTER = re.compile(r"\s*(?:[a-z][\w-]*\s+)?(?:coatings?|layers?|films?|shells?|overlayers?|caps?)\b", re.I)


def bound_of_subject(text: str, g: Group, subject: MaterialSystem) -> bool:
    """'MgH2 nanoparticles smaller than 7 nm': the 'than' bounds the value of the sample the clause is about, named
    right before it; no comparison with a reference."""
    bound = qualifier_start(text, g.start)
    if bound == g.start:
        return False
    clause = text[max(0, bound - 50):bound]
    return not CLAUSE_BREAK.search(clause) and "," not in clause and subject.host.formula in clause


# what a scaffold's own description in brackets gives, said of the sample confined in it (the dev set's convention)
SCAFFOLD_KEYS = ("pore_size", "wall_thickness")


# "… is 1.2 nm thick for the silica and 0.9 nm for the carbon scaffold": a value, then the scaffold it was measured in
_FOR_SCAFFOLD = re.compile(r"\s*(?:thick\s+|wide\s+)?(?:for|in|inside|within)\s+(?:the\s+)?")


def in_named_scaffold(text: str, g: Group, raw: list[Mention], ctx: Context) -> MaterialSystem | None:
    """The passage's confined sample in the scaffold a value names right after itself ('0.9 nm for the carbon
    scaffold' after LiBH4 was put into silica and carbon scaffolds), each scaffold's value its own sample; None
    when no scaffold follows or the passage confined nothing."""
    gap = _FOR_SCAFFOLD.match(text, g.end)
    m = next((x for x in raw if gap is not None and x.start == gap.end() and x.kind == "Material"), None)
    if m is None:
        return None
    own = material_system(m)
    if own is not None and (not own.bare or _has_hydrogen(own)):
        return None
    pool = [*ctx.in_passage.seen, *([ctx.system] if ctx.system is not None else [])]
    held = [s for s in reversed(pool) if any(c.role == ROLES["scaffold"] for c in s.additives)]
    for s in held:
        if any(c.role == ROLES["scaffold"] and c.text == m.text for c in s.additives):
            return s
    if not held:
        return None
    other = next(c for c in held[0].additives if c.role == ROLES["scaffold"])
    # (the sample with this scaffold in the other's place; a sample of nothing but its scaffold, the host in this one)
    tries = [held[0].name.replace(other.text, m.text) if other.text and other.text in held[0].name else None,
             f"{held[0].host.formula}@{m.text}" if len(held[0].additives) == 1 else None]
    swapped = next((x for t in tries if t and (x := system_of(t)) is not None
                    and any(c.role == ROLES["scaffold"] and c.text == m.text for c in x.additives)), None)
    placed = next((c for c in swapped.additives if c.role == ROLES["scaffold"]), None) if swapped is not None else None
    # (another scaffold only where it is one: a carbon support, or a word of the passage's scaffolds, 'the silica' of
    # 'mesoporous silica' — never a catalyst the value is given for, '8 wt% for TiO2')
    word = m.text.lower()
    known = any(word in x.name.lower() for x in [*held, *ctx.in_passage.scaffolds])
    carbon = placed is not None and bool(placed.term or placed.additive_class) \
        and vocabulary().is_a(placed.term or placed.additive_class or "", CLASSES["carbon"])
    return swapped if placed is not None and (known or carbon) else None


def confined_in(m: Mention, systems: list[tuple[Mention, MaterialSystem]]) -> MaterialSystem | None:
    """The sentence's sample confined in the scaffold ``m`` names: the one holding it, else — where one
    sentence puts the host into two scaffolds ('LiBH4 into MCM-41 (…) and SBA-15 (…)') and the sample was
    composed with the first — that sample with ``m``'s scaffold in its place."""
    held = [s for _, s in systems if any(c.role == ROLES["scaffold"] for c in s.additives)]
    for s in held:
        if any(c.role == ROLES["scaffold"] and c.text == m.text for c in s.additives):
            return s
    for s in held:
        other = next(c for c in s.additives if c.role == ROLES["scaffold"])
        if other.text and other.text in s.name and m.text not in s.name:
            swapped = system_of(s.name.replace(other.text, m.text))
            if swapped is not None and any(c.role == ROLES["scaffold"] and c.text == m.text for c in swapped.additives):
                return swapped
    return None


def part_alone(m: Mention, systems: list[tuple[Mention, MaterialSystem]]) -> MaterialSystem | None:
    """A material named in words that a sample of the sentence holds as a part ('carbon aerogel' of
    LiBH4@carbon aerogel), as a system of its own."""
    part = next((c for _, s in systems for c in s.additives if c.text == m.text), None)
    if part is None:
        return None
    return MaterialSystem(text=part.text, name=part.formula, host=part.model_copy(update={"role": "HostHydride"}))


SIZE_KEYS = ("particle_size",)   # the size of particles: of whatever material the sentence sizes


def stack_of(layer: MaterialSystem, systems) -> MaterialSystem:
    """The multilayer system a sentence names that has ``layer`` among its components ("a Pd/Mg/Pd stack
    whose Pd and Mg layers are … thick"), else the layer itself."""
    for _, s in systems:
        if s.additives and layer.host.formula in {c.formula for c in s.components}:
            return s
    return layer


def scaffold_described(text: str, g: Group, systems: list[tuple[Mention, MaterialSystem]],
                       raw: list[Mention]) -> MaterialSystem | None:
    """'LiBH4 into MCM-41 (pore diameter 2.7 nm) and SBA-15 (pore diameter 7.1 nm)': a scaffold's pore said in the
    bracket after it is the sample confined in that scaffold's."""
    for m in raw:
        if m.end <= g.start and OWN_BRACKET.fullmatch(text, m.end, g.start):
            confined = confined_in(m, systems)
            if confined is not None:
                return confined
    return None


def size_of_named(text: str, g: Group, systems: list[tuple[Mention, MaterialSystem]],
                  raw: list[Mention]) -> MaterialSystem | None:
    """'as the MgO crystallites shrink, their size drops from 150.2 to 12.8 nm' ('the size of X' form): the size of a material that stores no hydrogen, named
    as 'the size of X' before the value, is that material's own."""
    for m in raw:
        if m.kind in (SYSTEM_LABEL, "Material") and m.end <= g.start \
                and SIZE_OF_BEFORE.search(text, max(0, m.start - 40), m.start) \
                and SIZE_VERB_TO_VALUE.fullmatch(text, m.end, g.start):
            own = next((s for o, s in systems if o.start == m.start), None) or material_system(m)
            if own is not None and own.bare and not _has_hydrogen(own):
                return own
    return None


def own_described(text: str, g: Group, systems: list[tuple[Mention, MaterialSystem]],
                  raw: list[Mention]) -> MaterialSystem | None:
    """'Nb2O5 nanosheets (thickness 3–5 nm)', 'the MgO (surface area 130 m2/g)': a size, wall or surface the bracket
    or phrase after a material that stores no hydrogen gives it is that material's own (not a support's wall)."""
    for m in raw:
        if m.kind in (SYSTEM_LABEL, "Material") and m.end <= g.start \
                and ((OWN_BRACKET.fullmatch(text, m.end, g.start) or OWN_PHRASE.fullmatch(text, m.end, g.start)
                      or g.key in SIZE_KEYS and BARE_BRACKET.fullmatch(text, m.end, g.start)
                      or g.key in OWN_WALL_KEYS and OWN_WALL.fullmatch(text, m.end, g.start)
                      or g.key in POROSITY_KEYS and OWN_SURFACE.fullmatch(text, m.end, g.start)
                      and not any(m.end <= o.start < g.start and _has_hydrogen(y) for o, y in systems))
                     and not added_before_main_verb(text, m, g)
                     or PARTICLES_OF.fullmatch(text, m.end, g.start) and sized_alone(m, systems)):
            own = next((s for o, s in systems if o.start == m.start), None) or material_system(m) \
                or part_alone(m, systems)
            if own is not None and own.bare and not _has_hydrogen(own) \
                    and (g.key not in OWN_WALL_KEYS or not is_support(own.host.formula)):
                # (a scaffold's wall is said of the sample confined in it; a catalyst's hollow spheres' of the
                # catalyst: "Nb2O5 hollow spheres with a wall thickness of 50 nm")
                return own
    return None
