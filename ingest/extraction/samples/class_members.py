"""A formula written before its class noun names the material: "FeCoNiCrTi high-entropy alloy (HEA)",
"a NbTiC solid-solution MXene", "the TiVNbZr high entropy alloy". The class noun ('high-entropy
alloy', 'MXene', an abbreviation of it such as 'HEA') only says what kind of material the formula is;
the paper's later "MgH2–HEA composite" or "the HEA" means that same formula, not the class.

Which words are class nouns comes from the ontology (a Material term with narrower terms); which
word is a formula from the system parser. A class the text gives two different formulas stays a
class: the paper then has no one material it stands for.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extraction.text.abbreviations import (
    defined_abbreviations,
    formula_abbreviations,
    initialisms,
    notation_letters,
    placeholder_metals,
    supported_abbreviations,
)
from ingest.extraction.text.lacking import LACKED_BEFORE, says_lacking
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system, system_of
from ingest.extraction.text.sample_words import ALLOY_NOUNS
from ontology.elements import written_with_hydrogen
from ontology.models import MaterialSystem
from ontology.vocabulary import vocabulary

# An abbreviation the text defines for a material of the ontology ('carbon aerogel (CA)') is kept in the
# same map as the classes, under this prefix: "LiBH4/CA" then reads as LiBH4 in carbon aerogel, not as a
# name the ontology does not know (nor, in capitals, as calcium)
ABBREVIATION = "abbreviation:"
# (an abbreviation kept as the material's name, read as the material after this prefix: ``_kept_name``)
KEPT = "kept:"

_JOINERS = frozenset("and or with in on of to by as from into for was were is are".split())
# the words after a formula, up to the clause's end ("FeCoNiCrTi high-entropy alloy(HEA) nanosheets")
_WORDS_AFTER = re.compile(r"[^,.;:]{0,80}")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


@lru_cache(maxsize=1)
def _class_words() -> frozenset[str]:
    """Every word of the labels of the ontology's material classes ('alloy', 'mxene', 'hea')."""
    vocab = vocabulary()
    return frozenset(w.casefold() for t in vocab.terms("Material") if vocab.children(t.id)
                     for label in t.labels for w in _WORD.findall(label))


def _class_after(text: str, end: int) -> str | None:
    """The ontology class the words right after a formula name ('high-entropy alloy', 'MXene'), past
    up to two lower-case modifiers ('solid-solution', 'two-dimensional'); None when none does."""
    if not text[end:end + 1].isspace():
        return None
    words = _WORD.findall(_WORDS_AFTER.match(text, end).group(0))[:5]
    if not any(w.casefold() in _class_words() for w in words):
        return None   # (most formulas are followed by no class noun: one set look-up each)
    vocab = vocabulary()
    for i in range(min(3, len(words))):
        if i and (not words[i - 1].islower() or words[i - 1] in _JOINERS):
            return None
        for n in (3, 2, 1):
            term = vocab.lookup(" ".join(words[i:i + n]), "Material") if i + n <= len(words) else None
            if term is not None:
                return term.id if vocab.children(term.id) else None
    return None


def _class_of(m: Mention) -> str | None:
    """The ontology class a Material mention names ('high-entropy alloy', 'HEA', 'MXene'), or None."""
    if m.kind != "Material" or not m.term:
        return None
    return m.term if vocabulary().children(m.term) else None


def _member_formula(m: Mention) -> str | None:
    """The formula of a mention that can name one member of a class: a single non-hydride material."""
    if m.kind != SYSTEM_LABEL:
        return None
    s = system_of(m.text)
    if s is None or not s.bare or s.unresolved or written_with_hydrogen(s.host.formula):
        # a composite or a hydride is a sample, not the additive a class noun describes; so is a name with a
        # part the ontology cannot read ('Li/Mg-based hydrides': no one formula) (hafnium's Hf is no hydrogen:
        # 'TiVZrNbHf')
        return None
    return s.host.formula


# what may stand between a class noun (and its abbreviation) and the formula of the one member it names: 'a
# high-entropy alloy (HEA) of FeCoNiCrMn', 'a high-entropy alloy (HEA), FeCoNiCrMn,', 'the HEA: TiVZrNbHf'
_CLASS_THEN_FORMULA = re.compile(r"(?:\s*\([A-Za-z][A-Za-z0-9-]{0,7}\))?"
                                 r"(?:\s*[,:]\s*|\s+of\s+|\s+(?:namely|i\.e\.,?)\s+|\s+)")


def _classes_then_formula(text: str, ms: list[Mention]) -> list[tuple[str, str]]:
    """(class term, formula) of each class noun written just before the formula of the member it names ('a
    high-entropy alloy (HEA) of Al20Fe20Co20Ni20Cu20', 'a high-entropy alloy (HEA), FeCoNiCrMn'): the class and its
    abbreviation then mean that formula, as they do when the formula comes first."""
    out = []
    starts = {m.start: m for m in ms}
    for m in ms:
        cls = _class_of(m)
        gap = _CLASS_THEN_FORMULA.match(text, m.end) if cls is not None else None
        formula = _member_formula(starts[gap.end()]) if gap is not None and gap.end() in starts else None
        if cls is not None and formula is not None:
            out.append((cls, formula))
    return out


def class_members(text: str, ms: list[Mention]) -> dict[str, str]:
    """{class term: formula} of the classes ``text`` names by a formula written just before the class
    noun ("FeCoNiCrTi high-entropy alloy" → HighEntropyAlloy: FeCoNiCrTi), each class given one
    formula only (a class written after two formulas maps to neither)."""
    found: dict[str, set[str]] = {}
    for m in ms:
        formula = _member_formula(m)
        cls = _class_after(text, m.end) if formula is not None else None
        if cls is not None:
            found.setdefault(cls, set()).add(formula)
    for cls, formula in _classes_then_formula(text, ms):
        found.setdefault(cls, set()).add(formula)
    members = {cls: next(iter(fs)) for cls, fs in found.items() if len(fs) == 1}
    vocab = vocabulary()
    defined = defined_abbreviations(text)
    for abbr, material, itself in defined:
        # ('nanoporous carbon (NPC)': the text's own definition outweighs the ontology's reading of the
        # letters, N-doped carbon; one that agrees with it changes nothing)
        known = vocab.lookup(abbr, "Material")
        if itself and (known is None or material not in (known.label, known.formula)):
            # ('mesoporous carbon (MC)' and 'ordered mesoporous carbon (OMC)': two materials of the text the
            # ontology reads as one class, porous carbon; each keeps its letters as its name, read as that class)
            twin = any(m == material and a != abbr for a, m, _ in defined)
            members.setdefault(ABBREVIATION + abbr, KEPT + material if twin else material)
    # ('Mg–Li–MS–G' after 'Mg–Li alloy': the alloy's symbols leading a later notation are that alloy)
    for pair, alloy in _named_alloys(ms):
        members.setdefault(ABBREVIATION + pair, alloy)
    # ('MgH2–MS' after 'Mg2Si (MS)': a formula the text shortens to its symbols' capitals)
    for abbr, formula in formula_abbreviations(text):
        members.setdefault(ABBREVIATION + abbr, formula)
    # ('LiBH4@CA' after 'carbon aerogels', no bracket between: the initials of a material the text names)
    for abbr, material in initialisms(text):
        members.setdefault(ABBREVIATION + abbr, material)
    # ('MgH2@G' after 'MgH2 anchored on graphene (MgH2@G)': a part written by its initials in the sample's bracket)
    for abbr, material in notation_letters(text):
        members.setdefault(ABBREVIATION + abbr, material)
    # ('LiBH4–GNi' after 'graphene-supported Ni (GNi)': the letters of a catalyst on its support are that one additive)
    for abbr, catalyst in supported_abbreviations(text):
        members.setdefault(ABBREVIATION + abbr, catalyst)
    # ('MgH2 + 10 wt% TM/C (TM = Fe, Ni)': the placeholder of a supported catalyst stands for the metals listed)
    for abbr, metals in placeholder_metals(text):
        members.setdefault(ABBREVIATION + abbr, metals)
    return members


# two element symbols joined by a dash, then the noun of an alloy ('Mg–Li alloy', 'Mg-Sn alloys')
_ALLOY_PAIR = re.compile(rf"([A-Z][a-z]?)[-–]([A-Z][a-z]?)\s+(?i:{ALLOY_NOUNS})")


def _named_alloys(ms: list[Mention]) -> list[tuple[str, str]]:
    """(pair as written with either dash, the alloy's name) of each binary alloy a mention names by its two
    symbols and the noun of an alloy ('Mg–Li alloy': Mg(Li), the ontology's; 'Mg–Sn alloy': Mg(Sn)): a later
    notation that leads with the pair ('the Mg–Li–MS–G composite') is made of that alloy, not of Mg with a
    catalyst Li."""
    out = []
    for m in ms:
        pair = _ALLOY_PAIR.fullmatch(m.text) if m.kind in (SYSTEM_LABEL, "Material") else None
        system = material_system(m) if pair is not None else None
        if system is None or len(system.components) > 2:
            continue
        out += [(f"{pair.group(1)}{dash}{pair.group(2)}", system.name) for dash in "–-"]
    return out


def _written_labels(term_id: str) -> list[str]:
    """The class's labels, longest first (so 'high-entropy alloy' is replaced before 'alloy')."""
    return sorted(vocabulary().get(term_id).labels, key=len, reverse=True)


def as_member(m: Mention, system: MaterialSystem | None, members: dict[str, str]) -> MaterialSystem | None:
    """``system`` of mention ``m`` with a class the text gave one formula ("MgH2–HEA", "the HEA") read
    as that formula; ``system`` unchanged when no such class is in it."""
    if not members:
        return system
    if system is None:
        cls = _class_of(m)
        if cls in members:
            return system_of(members[cls])
        named = members.get(ABBREVIATION + m.text)
        read = system_of(named.removeprefix(KEPT)) if named else None
        return _kept_name(read, {named.removeprefix(KEPT): m.text}, m.text) \
            if read is not None and named.startswith(KEPT) else read
    classes = [c.term for c in system.components if c.term in members]
    # ("LiBH4/CA": a component written as an abbreviation the text defined, at a word's bounds)
    short = [a for a in (k[len(ABBREVIATION):] for k in members if k.startswith(ABBREVIATION))
             if re.search(_written_abbreviation(a), m.text)]
    if not classes and not short:
        return system
    written = m.text
    for cls in classes:
        for label in _written_labels(cls):
            written = re.sub(rf"(?<![\w]){re.escape(label)}(?![\w])", members[cls], written, flags=re.I)
    for a in short:
        written = re.sub(_written_abbreviation(a),
                         lambda w, a=a: w.group(1) + members[ABBREVIATION + a].removeprefix(KEPT), written)
    read = system_of(written)
    kept = {members[ABBREVIATION + a].removeprefix(KEPT): a for a in short
            if members[ABBREVIATION + a].startswith(KEPT)}
    return (_kept_name(read, kept, m.text) if kept and read is not None else read) or system


def _kept_name(system: MaterialSystem, kept: dict[str, str], text: str) -> MaterialSystem:
    """``system`` with each part read as a class ('porous carbon') named again by the letters the text keeps for it
    ('OMC'): the part keeps the class's term and role (what its strategy is read from), the name the text's."""
    def named(c):
        return c.model_copy(update={"formula": kept[c.formula], "text": kept[c.formula]}) if c.formula in kept else c
    name = system.name
    for material, abbr in kept.items():
        name = re.sub(rf"(?<![\w]){re.escape(material)}(?![\w])", abbr, name)
    return system.model_copy(update={"text": text, "name": name, "key": None, "host": named(system.host),
                                     "additives": [named(a) for a in system.additives]})


def hydrides_named_by_abbreviation(text: str, ms: list[Mention], members: dict[str, str]) -> list[Mention]:
    """``ms`` with a mention of each hydride the sentence names by the abbreviation the paper defined for its formula
    ('pristine AB' after 'NH3BH3 (AB)'), where no mention holds it: the abbreviation alone names that sample. So do
    the letters of a catalyst on its support ('LiBH4 with 10 wt% GNi' after 'graphene-supported Ni (GNi)'): the
    abbreviation alone names that additive, its loading before it."""
    supported = {f for k, f in members.items() if k.startswith(ABBREVIATION) and "/" in f}
    said = [(a, f) for k, f in members.items() if k.startswith(ABBREVIATION) and (a := k[len(ABBREVIATION):]) in text
            and len(a) > 1 and (s := system_of(f.removeprefix(KEPT))) is not None
            and (not s.additives and "H" in s.host.formula or f in supported)]
    added = [Mention("Material", w.group(2), w.start(2), w.end(2)) for a, _ in said
             for w in re.finditer(_written_abbreviation(a), text)
             if not w.group(1) and not any(m.start <= w.start(2) < m.end for m in ms)]
    added += _named_in_words(text, ms + added, members)
    added += _based_on_abbreviation(text, ms + added, members)
    return sorted(ms + added, key=lambda m: m.start) if added else ms


def _named_in_words(text: str, ms: list[Mention], members: dict[str, str]) -> list[Mention]:
    """Mentions of the letters a text defined for a material the ontology names in words, with no formula
    ('activated carbon nanofibers (ACNF)'), written alone after a word of lacking ('the sample without ACNF'): the
    letters are no formula the mentions read, so they name that material (its term) only by the text's definition.
    (Only there: elsewhere the passage's carbons already read them, under the name the ontology gives the material.)"""
    if not says_lacking(text):
        return []
    vocab = vocabulary()
    out = []
    for key, named in members.items():
        abbr = key[len(ABBREVIATION):]
        if not key.startswith(ABBREVIATION) or len(abbr) < 2 or abbr not in text:
            continue
        term = vocab.lookup(named.removeprefix(KEPT), "Material")
        if term is None or term.formula or vocab.children(term.id):
            continue
        out += [Mention("Material", w.group(2), w.start(2), w.end(2), term.id)
                for w in re.finditer(_written_abbreviation(abbr), text)
                if not w.group(1) and not any(m.start <= w.start(2) < m.end for m in ms)
                and LACKED_BEFORE.search(text, max(0, w.start(2) - 30), w.start(2))]
    return out


def _based_on_abbreviation(text: str, ms: list[Mention], members: dict[str, str]) -> list[Mention]:
    """Mentions of the letters of a class the text gave one formula, written glued before '-based' ('a HEA-based
    catalyst' after 'a high-entropy alloy (HEA) of TiVZrNbHf'): the word is one token that names no material, yet
    the additive is that formula. The letters must be a label of the class in capitals (the ontology's); the mention
    is the whole word, the class's term its meaning."""
    if "-based" not in text:
        return []
    vocab = vocabulary()
    out = []
    for cls in (k for k in members if not k.startswith(ABBREVIATION) and k in vocab):
        for label in (x for x in vocab.get(cls).labels if len(x) > 1 and x.isupper()):
            # (the mention spans the '-based': the words after it, 'catalyst', 'additive', then follow the material)
            out += [Mention("Material", w.group(0), w.start(), w.end(), cls)
                    for w in re.finditer(rf"(?<![\w-]){re.escape(label)}-based\b", text)
                    if not any(m.start <= w.start() < m.end for m in ms)]
    return out


def _written_abbreviation(abbr: str) -> str:
    """The pattern of ``abbr`` written at a word's bounds, with the coefficient glued before it kept as
    group 1 ('0.5MFH' in 'NaBH4–0.5MFH': half a mole of the material the text shortened to MFH)."""
    return rf"(?<![\w.])((?:\d+(?:\.\d+)?)?)({re.escape(abbr)})(?![\w])"
