"""The roles a document says its additives play: "TiH2 was selected as a catalyst for MgH2", "YH3 was added to
LiBH4 as a destabilizing agent", "Ni serves as the catalyst", "Al was chosen to destabilize MgH2", "destabilizing
agents such as Al". What the authors say an additive is for is what it is in their samples, whatever role its
composition alone would give it (CeH2 next to LiBH4 reads as a reactant; said to be the catalyst, it is one).

``declarations`` reads the whole document once; a declaration holds for its passage (the declaration may come
sentences before the sample is named again, "The LiBH4–CeH2 composite …"; a review's next section is another
study, where carbon 'such as' a microwave absorber may be a scaffold); ``with_declared_roles`` gives a sample's
additives those roles. A material declared with two different roles is left to its composition: the text does not
say which one a sample has.
The role nouns and verbs are the ontology's (ontology/role_words.py); the English around them is here.
"""
from __future__ import annotations

import re
from functools import cache

from ingest.extraction.text.challenges import label_spans
from ingest.extraction.text.copula import BE_PASSIVE
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ingest.extraction.text.preparation_words import (
    ACTING,
    ADDED_AS,
    CHOSEN_PARTICIPLE,
    MILLED_OR_MIXED,
    USED_PARTICIPLE,
)
from ingest.extraction.text.sample_words import SHAPE_WORDS
from ontology.elements import formula_symbols, written_with_hydrogen
from ontology.literal_patterns import alternation
from ontology.models import MaterialSystem
from ontology.role_words import role_noun_alternation, role_nouns, role_of_noun, role_of_verb, role_verbs
from ontology.strategy_rules import ROLES
from ontology.system import SystemParseError, parse_system
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary
from ontology.word_gate import Gated, first_letters_ahead, may_say_in

# ("rGO could serve as the scaffold for MgH2", "TiO2 may act as the catalyst": a modal before the acting verb)
_MODAL = r"(?:(?:can|could|may|might|will|would)\s+(?:also\s+)?)?"
_BE = rf"{_MODAL}(?:{BE_PASSIVE}\s+)?(?:(?:first|then|also|further|successfully|here)\s+)?"
# "hydrogen pumps", ‘catalytic role’, a “hotspot”: a quote may open the mechanism or role noun
_QUOTE = r"[\"'“‘«]?"
# ('TiO2-x, formed by milling, acts as a hot spot': a participle's aside in commas between the material and its role)
_ASIDE = r"(?:\s*,\s*(?:[a-z]+(?:ed|en)|made|built)(?:\s+[a-z][\w-]*){1,4}\s*(?=,))?"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(what follows a material that declares its role, the words up to the host it declares the role for),
    built once from the ontology's words."""
    return _declaring(False), _declaring(True)


def _declaring(for_host: bool) -> re.Pattern[str]:
    """What follows a material that declares its role: 'was used as a catalyst', 'acts as the destabilizing agent',
    'was added to LiBH4 as a destabilizer', 'was chosen to destabilize'; ``for_host``: the words up to the host named
    next, which the role is declared for ('was selected as a catalyst for', 'serves as the destabilizing agent in')."""
    verbs = "|".join(f"(?P<v{i}>{p})" for i, (p, _) in enumerate(role_verbs()))
    # ('added to LiBH4 as …': the host it went into may come first, unless the host is what comes next)
    into = "" if for_host else r"(?:(?:in(?:to)?|to|with)\s+[^.;,()]{1,40}?\s+)?"
    # ('graphite, which acted as a process control agent': a relative clause on the material declares it too)
    # ('Ti3C2 nanosheets were used as a catalyst', 'CeO2 nanoparticles served as …': the material's particle or sheet
    # noun between it and the declaring words)
    return re.compile(
        rf"(?:\s+{SHAPE_WORDS}\b)?"
        r"(?:\s*\([^()]{0,30}\))?" + _ASIDE + r"\s*,?\s*(?:(?:which|that)\s+)?" + _BE
        # ('we used YH3 as the catalyst', 'LiBH4 with CeH2 as a catalyst': 'as' and a role noun right after the
        # material declare it however it was brought in)
        + rf"(?:(?P<verb>(?:{USED_PARTICIPLE}|{CHOSEN_PARTICIPLE}|{ADDED_AS}|{ACTING})\s+{into})?"
        + rf"as\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{_QUOTE}(?P<noun>{role_noun_alternation()})"
        + (r"\s+(?:for|in|to|of|on)" if for_host else r"\b")
        + rf"|(?:{USED_PARTICIPLE}|{CHOSEN_PARTICIPLE})\s+to\s+(?:{verbs})\b)"
        + (r"\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}?$" if for_host else ""), re.I)


def declared_for(text: str, start: int, end: int) -> bool:
    """Do the words from ``start`` to ``end`` (between an additive and a host) declare the additive's role for the
    host ("TiH2 was selected as a catalyst for MgH2")? Then the additive is one even when it is itself a hydride."""
    return _patterns()[1].match(text, start, end) is not None


def role_declared_for(text: str, start: int, end: int) -> str | None:
    """The Role the words from ``start`` to ``end`` declare the material before them to play for the host after them
    ("was used as a scaffold for", "can serve as a template to host": ScaffoldConfinementHost), else None."""
    m = _patterns()[1].match(text, start, end)
    return role_of_noun(m.group("noun")) if m is not None and m.group("noun") else None


@cache
def _such_as() -> re.Pattern[str]:
    """'destabilizing agents such as Al', '… such as Al, Si and Ge', 'absorbers (such as TiH2, B, or C)': the role
    noun before the material."""
    return re.compile(rf"{_noun_ahead()}(?P<noun>{role_noun_alternation()})\s+(?:\([^()]{{0,30}}\)\s+)?\(?\s*"
                      rf"{_examples_up_to(60)}", re.I)


@cache
def _noun_ahead() -> str:
    """A look-ahead for the role nouns' first letters: a search tries the nouns' alternation only where one may
    start (not at every character of the sentence)."""
    return first_letters_ahead(role_nouns())


@cache
def _noun_first_words() -> tuple[str, ...]:
    """The first word of each role noun (every match of ``_such_as`` holds one)."""
    return tuple(sorted({noun.split()[0] for noun in role_nouns()}))


def _examples_up_to(width: int) -> str:
    """'such as', 'like' or 'e.g.' and the examples listed before the material, within ``width`` characters
    ('such as Al, Si and ', 'e.g. TiH2, B, or '), up to the material."""
    return rf"(?:such\s+as|like|e\.g\.,?)\s+(?:[^.;:()]{{0,{width}}}?(?:,\s*|\s+and\s+|\s+or\s+))?$"


_MATERIAL_KINDS = (SYSTEM_LABEL, "Material")


def _material(m: Mention) -> str | None:
    """The formula of a single material a mention names (no sample of several parts), else None."""
    if m.kind not in _MATERIAL_KINDS:
        return None
    s = system_of(m.text)
    if s is None and m.kind == "Material" and m.term:
        # a material the ontology names in words ('graphite', 'carbon nanotubes'): the name a sample's part is
        # written with ('MgH2–5 wt% graphite'), as the system parser gives it
        try:
            s = parse_system(m.text, strict=False)
        except (SystemParseError, ValueError):
            return None
    return s.host.formula if s is not None and s.bare else None


# 'Mg2Ni was added to MgH2 as a catalyst': the material a putting goes into is the host; the role said right after it
# without a verb of its own is the additive's
_PUT_INTO = re.compile(r"\b(?:to|into|in|onto)\s+(?:(?:the|an?)\s+)?$", re.I)


def _after(text: str, start: int, end: int) -> re.Match[str] | None:
    """The words after the material from ``start`` to ``end`` that declare its role, else None."""
    after = _patterns()[0].match(text, end)
    if after is not None and not after.group("verb") and _PUT_INTO.search(text, max(0, start - 12), start):
        return None
    return after


@cache
def _field_words() -> str:
    """The words of the external fields a sample is driven by ('microwave', 'visible light', 'illumination'): the
    labels of hkg:ExternalFieldDriving's kinds."""
    vocab = vocabulary()
    kinds = [t for t in vocab.descendants("ExternalFieldDriving") if t != "ExternalFieldDriving"]
    return alternation(sorted({label.lower() for t in kinds for label in vocab.get(t).labels}))


@cache
def _field_absorbing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(what follows a material said to take up a field's energy, 'VN particles absorb the microwave energy',
    'Pt, which absorbs visible light'; what comes before a material a field acts on, 'light-induced vacancies in',
    'microwave-generated hot electrons on', 'the illuminated '): such a material is the field's absorber."""
    words = _field_words()
    after = re.compile(r"(?:\s*\([^()]{0,30}\))?(?:\s+(?!(?:and|or|with|in|on|of|to)\b)[a-z][\w-]*){0,2}?\s*,?\s*"
                       r"(?:(?:which|that)\s+)?(?:[a-z]+ly\s+)?absorb(?:s|ed|ing)?\s+(?:(?:the|incident)\s+)*"
                       rf"(?:{words})\b", re.I)
    before = re.compile(rf"(?:\b(?:{words})[\s-]+(?:induced|generated|created|excited)|\bphoto-?(?:induced|generated)"
                        r"|\b(?:illuminated|irradiated))\s+(?:[a-z][\w-]*\s+){0,3}?(?:(?:in|on|of|within)\s+)?"
                        r"(?:(?:the|an?)\s+)?$", re.I)
    return after, before


@cache
def _light_to_heat() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(what follows a material said to turn a field's energy into heat, 'Au nanoparticles, which convert light into
    heat'; what comes before a material whose heating effect is named, 'the photothermal effect of TiN', 'the
    localized heating effect of the Au nanoparticles'): the heating effect's words are the labels of the ontology's
    hkg:PhotothermalHeating and its kinds (LSPR)."""
    vocab = vocabulary()
    effects = alternation(sorted({label.lower() for t in ("PhotothermalHeating", *vocab.descendants(
        "PhotothermalHeating")) for label in vocab.get(t).labels}))
    after = re.compile(r"(?:\s*\([^()]{0,30}\))?(?:\s+(?!(?:and|or|with|in|on|of|to)\b)[a-z][\w-]*){0,2}?\s*,?\s*"
                       r"(?:(?:which|that)\s+)?(?:[a-z]+ly\s+)?convert(?:s|ed|ing)?\s+(?:(?:the|incident)\s+)*"
                       rf"(?:{_field_words()}|solar|photon)(?:\s+energy)?\s+(?:in)?to\s+heat\b", re.I)
    before = re.compile(rf"\b(?:{effects})\s+(?:of|from)\s+(?:(?:the|these|its)\s+)?$", re.I)
    return after, before


def _absorber(text: str, m: Mention) -> str | None:
    """The absorber role when the words around the material mention ``m`` say it takes up a field's energy, turns
    it into heat or is what the field acts on (``_field_absorbing``, ``_light_to_heat``), else None."""
    after, before = _field_absorbing()
    ahead = text[m.end:m.end + 80].lower()
    if "absorb" in ahead and after.match(text, m.end):
        return ROLES["absorber"]
    heating, heating_of = _light_to_heat()
    if "convert" in ahead and heating.match(text, m.end):
        return ROLES["absorber"]
    lead = text[max(0, m.start - 60):m.start].lower()
    if " of" in lead[-10:] or " from" in lead[-12:]:
        if heating_of.search(text, max(0, m.start - 60), m.start):
            return ROLES["absorber"]
    if any(w in lead for w in ("induced", "generated", "created", "excited", "illuminated", "irradiated")) \
            and before.search(text, max(0, m.start - 60), m.start):
        return ROLES["absorber"]
    return None


def _declared(text: str, m: Mention) -> str | None:
    """The Role the words around the material mention ``m`` declare it to play, else None."""
    after = _after(text, m.start, m.end)
    if after is not None:
        if after.group("noun"):
            return role_of_noun(after.group("noun"))
        verb = next(v for k, v in after.groupdict().items() if k.startswith("v") and v)
        return role_of_verb(verb)
    if (absorbing := _absorber(text, m)) is not None:
        return absorbing
    window = text[max(0, m.start - 120):m.start].lower()
    # (the words that list examples looked for first as plain text: most materials follow none; and a role noun's
    # first word, before the nouns' alternation is tried at every character of the window)
    if "such as" not in window and "like" not in window and "e.g." not in window \
            or not may_say_in(text, max(0, m.start - 120), m.start, _noun_first_words()):
        return None
    before = _such_as().search(text, max(0, m.start - 120), m.start)
    return role_of_noun(before.group("noun")) if before is not None else None


def declares_role(text: str, start: int, end: int) -> bool:
    """Do the words after the material from ``start`` to ``end`` declare the role it plays ("Al was chosen to
    destabilize MgH2", "CeH2 was used as a catalyst for LiBH4")? Such a material is an additive, no host of its own."""
    return _after(text, start, end) is not None


@cache
def _cue() -> Gated:
    """A role noun or a role verb: every declaration says one (most sentences none). (Searched only where the
    sentence holds a noun's first word or a verb's stem: the alternation of some hundred nouns, tried at every
    character, cost a tenth of a millisecond a sentence.)"""
    words = {*_noun_first_words(), *(w.removesuffix("*").lower() for w in vocabulary().scheme_words("RoleVerb"))}
    return Gated(re.compile("|".join([_noun_ahead() + role_noun_alternation(), *(p for p, _ in role_verbs())]), re.I),
                 tuple(sorted(words)))


@per_document(maxsize=256)   # (asked once per credited additive of a sentence: the same sentence several times)
def may_declare(text: str) -> bool:
    """Does ``text`` say a role noun or verb at all? (One search before reading its materials one by one.)"""
    return _cue().search(text) is not None


# 'doping with Li3AlH6', 'doped with 5 mol% KBH4', 'catalysed by TiH2', 'we doped LiNH2–MgH2 with KAlH4': a role
# verb's participle or gerund, the host it acts on (one or two words), then 'with' or 'by' (and a loading) right
# before the material
_VERBED_WITH = re.compile(r"\b(?P<verb>[a-z]+(?:ing|ed))(?:\s+[^\s,.;:()]+){0,2}?\s+(?:with|by)\s+(?:(?:the|an?)\s+)?"
                          r"(?:\d+(?:\.\d+)?\s*(?:wt|mol|at)\.?\s*%\s*(?:of\s+)?)?$", re.I)


def _verbed_with(text: str, m: Mention) -> str | None:
    """The Role a role verb right before the material declares ('doping with Li3AlH6' → Catalyst), else None."""
    lead = max(0, m.start - 80)
    before = _VERBED_WITH.search(text, lead, m.start) if "with" in text[lead:m.start] or "by" in text[lead:m.start] \
        else None
    return role_of_verb(before.group("verb")) if before is not None else None


# 'LiBH4 was ball milled with Al2O3 nanoparticles', 'we combined the ammine salt with nanosized MgO and Al2O3
# particles', 'mixed with fine ZrO2 powder': the verb of milling or mixing, at most two words (the host) and 'with', a
# few adjectives and the list's earlier members before the oxide; its particle or powder noun after the list
_MILLED_WITH_BEFORE = re.compile(rf"\b(?:{MILLED_OR_MIXED})\s+(?:[^\s,.;:]+\s+){{0,5}}?(?:together\s+)?with\s+"
                                 r"(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:[^\s,.;:]+\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)){0,3}$",
                                 re.I)
_PARTICLES_AFTER = re.compile(rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)[^\s,.;:]+){{0,3}}\s+{SHAPE_WORDS}\b",
                              re.I)
_OXIDE_FILLER = ROLES["catalyst"]   # (the conductor's partner in an electrolyte: strategy_rules.role_in_application)


def _milled_oxide_particles(text: str, m: Mention, formula: str | None) -> bool:
    """Is the mention a metal oxide the passage milled or mixed into the host as particles or powder ('ball milled
    with Al2O3 nanoparticles')? Such a filler lies among the host's grains: it holds none of it in pores, whatever an
    '@' in a sample's name would make it (the passage's words decide: 'melt-infiltrated into mesoporous Al2O3' keeps
    the scaffold, and so does a name with no such words, a table's 'LiBH4@Al2O3')."""
    if formula is None or "with" not in text[max(0, m.start - 120):m.start]:
        return False
    els = set(formula_symbols(formula))
    if "O" not in els or els & {"H", "C", "N"} or len(els) < 2:
        return False
    return _MILLED_WITH_BEFORE.search(text, max(0, m.start - 120), m.start) is not None \
        and _PARTICLES_AFTER.match(text, m.end) is not None


def declarations(text: str, found: list[Mention]) -> list[tuple[int, str, str]]:
    """(where, formula, Role) of each material the words around it declare a role for."""
    out = []
    for m in found:
        # (the words around a mention looked at before its notation is parsed: most declare no role, and
        # a notation parsed here for nothing would be a parse no other reader needs)
        role = _declared(text, m) if m.kind in _MATERIAL_KINDS else None
        formula = _material(m) if role is not None else None
        if role is None and m.kind in _MATERIAL_KINDS:
            # (a verb before the material declares a hydride's role only: what a non-hydride 'doped with' is,
            # a catalyst or a substituent of the lattice (LiBH4 doped with LiI), its composition says)
            role = _verbed_with(text, m)
            formula = _material(m) if role is not None else None
            if formula is not None and not written_with_hydrogen(formula):
                role = formula = None
        if role is None and m.kind in _MATERIAL_KINDS and "with" in text[max(0, m.start - 120):m.start] \
                and _milled_oxide_particles(text, m, formula := _material(m)):
            role = _OXIDE_FILLER
        if formula is not None and role is not None:
            out.append((m.start, formula, role))
    return out


def declared_roles(said: list[tuple[str, str]]) -> dict[str, str]:
    """Formula → Role of the (formula, Role) declarations of one passage; a material declared with two roles
    is left out (the text does not say which one a sample has)."""
    roles: dict[str, set[str]] = {}
    for formula, role in said:
        roles.setdefault(formula, set()).add(role)
    return {f: next(iter(rs)) for f, rs in roles.items() if len(rs) == 1}


def with_declared_roles(system: MaterialSystem, declared: dict[str, str]) -> MaterialSystem:
    """``system`` with each additive the document declared a role for in that role (the host stays the host);
    a substituent stays one: the sample's own name says it takes sites of the host's lattice, more than what the
    element does elsewhere ('Y serves as a catalyst for Mg alloys … the Y-substituted Mg2FeH6'), and a solute its
    notation puts on the host's sites ('Mg2Ni(Cu)') is no absorber mixed in, whatever light it takes up."""
    def redeclared(a) -> bool:
        return declared.get(a.formula, a.role) != a.role and a.role != ROLES["dopant"]
    if not any(redeclared(a) for a in system.additives):
        return system
    return system.model_copy(update={"additives": [
        a.model_copy(update={"role": declared[a.formula]}) if redeclared(a) else a for a in system.additives]})


# what may stand between a material and the verb it acts with: the other members of its list ('ZrCo and TiFe
# acting as'), each one token
_LIST_BEFORE_VERB = r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)[^\s,.;:()]+){0,3}?"


@cache
def _acting_as() -> re.Pattern[str]:
    # (', for instance,' between the list and its verb: the list is an example of what acts; 'acting as' the
    # mechanism, or one verb doing it: 'facilitating', 'provides')
    return re.compile(rf"{_LIST_BEFORE_VERB}(?:\s*,\s*(?:for\s+(?:instance|example)|e\.g\.)\s*,)?\s*,?\s+{_BE}"
                      rf"(?:(?:{ACTING})\s+as|[a-z]{{3,}}(?:ing|es|s))\s+(?:an?\s+|the\s+|its\s+|their\s+)?{_QUOTE}",
                      re.I)


# 'catalytic roles, such as ZrCo', 'hydrogen pumps (e.g. ZrCo)': a mechanism noun, then the material it names
# (the look-ahead: the characters a match can start with, which let a search pass other positions at once)
_SUCH_AS_BEFORE = re.compile(rf"(?=[\"'”’»\s,(sle])[\"'”’»]?\s*,?\s*\(?\s*{_examples_up_to(40)}", re.I)


def _catalytic_mechanism(tid: str) -> bool:
    return vocabulary().is_a(tid, "CatalyticEffect")


def acts_catalytically(text: str, start: int, end: int) -> bool:
    """Is the material from ``start`` to ``end`` said to act as a catalytic mechanism ('ZrCo and TiFe acting as
    "hydrogen pumps"', 'Pd serves as a spillover catalyst'), to do one ('FeCo facilitating a hydrogen overflow
    effect', 'Ni provides spillover') or named as the example of one ('catalytic roles, such as ZrCo')? The words
    of the mechanism are the ontology's (the labels of hkg:CatalyticEffect and its kinds): what does a catalyst's
    work is an additive of the sample it works in, never a sample of its own."""
    acting = _acting_as().match(text, end)
    if acting is not None:
        rest = text[acting.end():acting.end() + 60]
        if any(s == 0 and _catalytic_mechanism(t) for s, _, t in label_spans(rest, ("Mechanism",))):
            return True
    lead = text[max(0, start - 120):start]
    such = _SUCH_AS_BEFORE.search(lead)
    if such is None:
        return False
    named = lead[:such.start()]
    return any(e == len(named) and _catalytic_mechanism(t) for _, e, t in label_spans(named, ("Mechanism",)))
