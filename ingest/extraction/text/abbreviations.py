"""Abbreviations a text defines for a material ('hollow carbon spheres (HCS)', 'reduced graphene oxide
(rGO)'): later sentences name the material by them ('HCS prevents the particles from agglomerating').

An abbreviation counts when its letters are read, in order, from the words before the bracket (the
first letter from the first word of the name) and the name holds a word the ontology knows as a
material; the name is then the abbreviation itself, as the text writes it.
"""
from __future__ import annotations

import re

from ontology.elements import written_with_hydrogen
from ontology.families import SYMBOLS
from ontology.formula import is_element_symbol, is_formula
from ontology.system import architecture_name, is_architecture_word
from ontology.text_memo import document_memo, per_document
from ontology.vocabulary import vocabulary

# the abbreviation in brackets after a word ('… spheres (HCS)'), then up to five lower-case words
# before it: 'hollow carbon spheres (HCS)' (read back from the bracket: most brackets hold no abbreviation)
# the words that may say so inside the bracket: '(abbreviated as HCS)', '(denoted as HCS)', '(hereafter HCS)'
# (English, not vocabulary)
_DEFINING = (r"(?:(?:abbreviated|denoted|designated|referred\s+to|named|called)\s+(?:as\s+)?"
             r"|hereafter(?:\s+(?:abbreviated|denoted|designated|referred\s+to|named|called))?\s+(?:as\s+)?)?")
# (started at the space, the letter before it looked back at: the engine skips to spaces, not trying the look-behind
# at every character)
_BRACKET = re.compile(rf"\s(?<=[a-z]\s)\s*\({_DEFINING}([A-Za-z][A-Za-z0-9-]{{0,7}})\)")
# ('NaH doped nanocrystalline TiO2 (designated as NaTiOxH)'): a name the text gives a material, defined by a word in
# the bracket right after it
_DESIGNATED = re.compile(r"\s*\((?:abbreviated|denoted|designated|referred\s+to|named|called)\s+(?:as\s+)?"
                         r"([A-Z][\w().–-]{0,30})\)")


def designation(text: str, end: int) -> str | None:
    """The name the text gives, in a bracket with a defining word, to the material written just before ``end``."""
    m = _DESIGNATED.match(text, end)
    return m.group(1) if m else None


# 'a carbon aerogel (C)': an element's symbol standing for a form of that element the words before name
_SYMBOL = re.compile(r"[A-Z][a-z]?")
# (the first word of a sentence written with its capital: 'Ammonia borane (AB) releases …')
_NAME_BEFORE = re.compile(r"(?:(?:^|(?<=[.!?]\s))[A-Z][a-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*$")


def defined_abbreviations(text: str) -> list[tuple[str, str, bool]]:
    """(abbreviation, formula or label of the material its name holds, whether the name is that
    material itself) of the materials ``text`` defines, in order: ('HCS', 'C', False) of 'hollow
    carbon spheres (HCS)' (spheres of carbon: a form of its own), ('OMCS', 'porous carbon', True) of
    'ordered mesoporous carbon spheres (OMCS)' (a name of several words of the ontology's)."""
    if "(" not in text:
        return []
    out = []
    for m in _BRACKET.finditer(text):
        abbr = m.group(1)
        symbol = bool(_SYMBOL.fullmatch(abbr)) and is_element_symbol(abbr)
        # 'graphene (G)': one capital that is no element's symbol is the initial of the one word before it
        initial = len(abbr) == 1 and abbr.isupper() and not symbol
        if sum(c.isupper() for c in abbr) < 2 and not symbol and not initial:
            continue                      # '(x)', '(s)', '(Fig)': no abbreviation
        before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        words = before.group(0).split()
        name = _form_of_element(words, abbr) if symbol else \
            spelled_by(words, abbr.rstrip("s") if abbr[-1:] == "s" and abbr[:-1].isupper() else abbr)
        if initial and (name is None or len(name) != 1):
            continue                      # (a letter spelled from several words, 'composite sample (A)', names none)
        # ('ordered nanoporous hard carbon (NPC)': the letters skip a word of the support's name)
        while name and len(name) < len(words) and is_architecture_word(words[-len(name) - 1]):
            name = words[-len(name) - 1:]
        material = _names_material(tuple(name)) if name else None
        if material:
            out.append((abbr, *material))
    return out




@per_document(maxsize=256)
def defined_for_no_material(text: str) -> frozenset[str]:
    """The abbreviations ``text`` defines for words that name no material ('processed by hydriding combustion
    synthesis (HCS)', 'differential scanning calorimetry (DSC)'): the text's own sense of the letters, whatever
    material the ontology knows by them (HCS: hollow carbon spheres), so no use of them in the text names that
    material."""
    if "(" not in text:
        return frozenset()
    out = set()
    for m in _BRACKET.finditer(text):
        abbr = m.group(1)
        if sum(c.isupper() for c in abbr) < 2:
            continue
        before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        name = spelled_by(before.group(0).split(), abbr) if before is not None else None
        if name and len(name) > 1 and _names_material(tuple(name)) is None and not _names_class(tuple(name)):
            out.add(abbr)
    return frozenset(out)


def _names_class(words: tuple[str, ...]) -> bool:
    """Do the words name a class of materials of the ontology ('high-entropy alloy (HEA)')? Its letters then stand
    for materials of that class (the one the text gives, 'a high-entropy alloy (HEA) of FeCoNiCrMn'), not for no
    material."""
    vocab = vocabulary()
    whole = vocab.lookup(" ".join(words), "Material")
    return whole is not None and bool(vocab.children(whole.id)) and not _outside(whole.id)


def _form_of_element(words: list[str], symbol: str) -> list[str] | None:
    """The last words that name a form of the element ``symbol`` is ('carbon aerogel' of 'a carbon aerogel
    (C)', 'ordered mesoporous carbon (C)'): a material of several words holding the element's name, which the
    symbol then stands for (the element's own name, 'nickel (Ni)', is no abbreviation of anything)."""
    vocab = vocabulary()
    named = [k for k, w in enumerate(words) if (t := vocab.lookup(w, "Material")) is not None and t.formula == symbol]
    if not named:
        return None
    found = None
    # (runs of two words or more that hold the element's word, shortest first, while they name a material)
    for start in range(min(len(words) - 2, named[-1]), -1, -1):
        run = words[start:]
        material = _names_material(tuple(run))
        if material is None:
            break
        if material[0] != symbol and material[1]:
            found = run
    return found


def spelled_by(words: list[str], abbr: str) -> list[str] | None:
    """The shortest run of the last words that spell ``abbr`` (``spells``), no more words than it has
    letters; None when none does."""
    for start in range(len(words) - 1, -1, -1):
        name = words[start:]
        if len(name) <= len(abbr) and spells(name, abbr):
            return name
    return None


def spells(words: list[str], short: str) -> bool:
    """Do ``words`` spell ``short``: its letters in order in them, case-blind, its first letter the first word's
    initial ('hollow carbon spheres' spell 'HCS', 'N-doped CMK-3 carbon' 'NCMK-3')? The one test of a short
    form's letters, which the extractor's reader of abbreviations and the scorer's of defined names share."""
    letters, text = short.casefold(), " ".join(words).casefold()
    return bool(letters) and bool(text) and text[0] == letters[0] and _subsequence(letters[1:], text[1:])


def _subsequence(letters: str, text: str) -> bool:
    it = iter(text)
    return all(c in it for c in letters)


# what a sample is made with or in, never part of it
_NOT_IN_SAMPLE = ("Solvent", "Reagent")


@per_document(maxsize=1024)
def _names_material(words: tuple[str, ...]) -> tuple[str, bool] | None:
    """(formula, else label, of the material of the ontology a word or run of words of the name is,
    the longest ('carbon' of 'hollow carbon spheres'); whether that run is the whole name or a name of
    several words); None for a class of materials ('transition metals (TM)'), a solvent or a
    reagent, or a name holding no material."""
    vocab = vocabulary()
    whole = vocab.lookup(" ".join(words), "Material")
    if whole is not None and (vocab.children(whole.id) or _outside(whole.id)):
        return None
    found = [(j - i, t) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
             if (t := vocab.lookup(" ".join(words[i:j]), "Material")) is not None]
    if not found or whole is None and any(_outside(t.id) for _, t in found):
        # (a reagent's word inside a material's whole name is no reagent: 'ammonia borane (AB)')
        return None
    size, term = max(found, key=lambda f: f[0])
    if vocab.children(term.id):
        return None          # ('transition metal carbides (TiC)': a class named in the words, no material of them)
    named = architecture_name(" ".join(words)) if term.formula else None
    if named is not None:
        return named, True   # 'silica aerogel (SA)': the scaffold the words name, not silica as such
    return term.formula or term.label, size > 1 or size == len(words)


def made_with_only(term_id: str | None) -> bool:
    """Is ``term_id`` a material of the ontology a sample is made with, never part of it (a solvent, a reagent:
    'by solvent impregnation', 'from THF')?"""
    return bool(term_id) and term_id in vocabulary() and _outside(term_id)


def _outside(term_id: str) -> bool:
    vocab = vocabulary()
    return any(k in vocab and vocab.is_a(term_id, k) for k in _NOT_IN_SAMPLE)


# a capitalised abbreviation written in the text, alone or inside a sample's name ('LiBH4@CA@CoNiB', 'the MC
# scaffold'): two to five capitals between no letters or digits
# (written to start at its first capital: the engine then skips to capitals, not trying the look-behind at every
# character of the paper)
_CAPITALS = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]{1,4}(?![a-z0-9])")
# a lower-case word: a run of letters and hyphens, from its first letter to its last
_LOWER_WORD = r"[a-z][a-z-]*[a-z]"
# two or more such words one space apart (each a whole run: no letter or hyphen before the first's hyphens):
# the runs of words a name can be read from, found by the engine in one pass over the text (a Python loop over
# the paper's every word cost a fortieth of an extraction); the words of one are its split at the spaces
_WORD_RUN = re.compile(rf"(?<![a-z-])-*({_LOWER_WORD}(?: {_LOWER_WORD})+)")


def initialisms(text: str) -> list[tuple[str, str]]:
    """(abbreviation, formula or label of the material) of the abbreviations ``text`` uses without a
    bracket to define them, whose letters are the initials of a material's name written in the text:
    'CA' of 'carbon aerogels' in "LiBH4 infiltrated into carbon aerogels (denoted as LiBH4@CA)", 'OMC'
    of "an ordered mesoporous carbon, hereafter OMC". The name must be the material's, whole (of several
    words); an abbreviation that is a formula or a name the ontology knows is no initialism."""
    vocab = vocabulary()
    # (each abbreviation tested once, not at each of its uses)
    wanted = {a for a in set(_CAPITALS.findall(text)) if not is_formula(a) and vocab.lookup(a, "Material") is None}
    if not wanted:
        return []
    firsts = {a[0].lower() for a in wanted}   # (a run spells an abbreviation only from a word of its first letter)
    prefixes = {a[:k] for a in wanted for k in range(1, len(a) + 1)}
    out: dict[str, str] = {}
    pairs = {a[:2].lower() for a in wanted}   # (every abbreviation has two letters or more)
    initials: dict[str, str] = {}   # (a word's parts' initials, worked out once per word)
    # (the runs' words in one list, a '|' between two runs: no run is read across it)
    words = " | ".join(_WORD_RUN.findall(text)).split(" ")
    # (most runs end at their second word, with no wanted abbreviation begun: that first look, made without
    # building initials for two words of no hyphen, picks the runs' first words in one pass)
    begun = [i for i, (first, second) in enumerate(zip(words, words[1:])) if first[0] in firsts and (
        "-" in first or "-" in second or first[0] + second[0] in pairs)]
    for i in begun:
        first = words[i]
        # the run's initials grown word by word (each word's, and its hyphen-joined parts')
        by_word, by_part = first[0].upper(), _part_initials(first)
        for j in range(i + 1, min(i + 5, len(words))):
            word = words[j]
            if word == "|":
                break   # (the end of the run)
            part = initials.get(word)
            if part is None:
                part = initials[word] = _part_initials(word)
            by_word, by_part = by_word + word[0].upper(), by_part + part
            # (the prefixes hold every shorter start of a prefix: with neither spelling, no plural is one)
            if by_word not in prefixes and by_part not in prefixes:
                break   # (a longer run only adds letters: it cannot spell a wanted abbreviation either)
            for abbr in {by_word, by_part, by_word + "S", by_part + "S"} & wanted:
                material = _names_material(tuple(words[i:j + 1]))
                if material is not None and material[1]:
                    out.setdefault(abbr, material[0])
    return sorted(out.items())


# a formula then a bracket of two to five capitals: 'Mg2Si (MS)', 'Ti3C2 (TC)', 'NbF5 (NF)' (a digit in the
# formula: a bare element or word before a bracket is no formula the letters could abbreviate)
# ('Mg2FeH6-hydride (abbreviated as MFH)': a class word hyphenated to the formula, a defining word in the bracket)
# (started at its capital, the look-behind after it: the engine skips to capitals)
_FORMULA_BRACKET = re.compile(r"([A-Z](?<![\w@/–-][A-Z])[A-Za-z]?(?=[A-Za-z]*\d)[A-Za-z0-9]*)(?:-([a-z]+))?\s+"
                              rf"\({_DEFINING}([A-Z]{{2,5}})\)")


def formula_abbreviations(text: str) -> list[tuple[str, str]]:
    """(abbreviation, formula) of the abbreviations ``text`` defines in brackets after a formula, whose
    letters are the capitals of the formula's element symbols in order, the first the formula's own:
    ('MS', 'Mg2Si') of "Mg2Si (MS) and graphene were milled with the alloy". An abbreviation that is a
    formula or a name the ontology knows ('(NO)', '(CNT)') is no such definition."""
    if "(" not in text:
        return []
    out = []
    for m in _FORMULA_BRACKET.finditer(text):
        formula, word, abbr = m.groups()
        # (the class word's initial may close the letters: 'Mg17Al12-hydride (abbreviated as MAH)')
        capitals = "".join(c for c in formula if c.isupper()) + (word[0].upper() if word else "")
        if is_formula(abbr) or vocabulary().lookup(abbr, "Material") is not None or not is_formula(formula):
            continue
        if (abbr[0] != formula[0] or not _subsequence(abbr[1:], capitals[1:])) and not _named_by(formula, abbr):
            continue
        out.append((abbr, formula))
    return out


def _named_by(formula: str, abbr: str) -> bool:
    """Is ``abbr`` the initials of a name the ontology gives the compound of ``formula`` ('AB' of NH3BH3, ammonia
    borane: "NH3BH3 (AB)")?"""
    term = vocabulary().lookup(formula, "Material")
    return term is not None and any(len(words := label.split()) == len(abbr) > 1
                                    and "".join(w[0] for w in words).upper() == abbr for label in term.labels)


# a generic symbol written as the metal part of a supported catalyst, then a bracket listing the elements it stands
# for: 'TM/C (TM = Fe, Ni)', 'M@NC (M = Co and Cu)'. The bracket defines the placeholder of this one catalyst, so the
# catalyst is made of the metals listed (the bimetallic FeNi/C); a family's formula ('MB12H11NH3 (M = Li and Na)')
# has its symbol glued to the rest of a formula and is no such part
# (started at the capital it opens with, the look-behind after it: the engine skips to capitals over the whole paper)
_PLACEHOLDER_DEFINED = re.compile(r"([A-Z](?<![\w.][A-Z])[A-Za-z]?)[/@][^\s()]+\s*\(\s*\1\s*=\s*"
                                  r"([A-Z][a-z]?(?:\s*(?:,|and|&)\s*[A-Z][a-z]?)+)\s*\)")


def placeholder_metals(text: str) -> list[tuple[str, str]]:
    """(symbol, its metals written together) of each placeholder a bracket right after a supported catalyst
    defines: ('TM', 'FeNi') of "MgH2 + 10 wt% TM/C (TM = Fe, Ni)"; a list holding anything but element symbols
    defines none."""
    if "=" not in text:
        return []
    out = []
    for m in _PLACEHOLDER_DEFINED.finditer(text):
        metals = _SYMBOL.findall(m.group(2))
        if not is_element_symbol(m.group(1)) and all(is_element_symbol(x) for x in metals):
            out.append((m.group(1), "".join(metals)))
    return out


# a formula or notation written with a generic symbol, then a bracket listing the elements it stands for: the
# family of samples, one per element — 'LiM(BH4)3Cl (M = La, Ce)' is LiLa(BH4)3Cl and LiCe(BH4)3Cl, 'MgH2–5 wt% X
# (X = Ni, Co, Fe)' the three composites. (A symbol written as the metal of a supported catalyst, 'TM/C (TM = Fe,
# Ni)', is one catalyst of those metals: ``placeholder_metals``.)
_FAMILY_DEFINED = re.compile(
    r"(?<![\w.])(?P<formula>(?:[A-Z][\w()·]*[–-]\s*\d+(?:\.\d+)?\s*(?:wt|mol|at)\.?\s*%\s*)?"
    rf"[A-Z(](?:\(\d*[-−–]\w+\)|[\w()·]|\.(?=\d)|(?<=\d)[-−–](?=[{SYMBOLS}]))*)"
    r"\s*\(\s*(?P<symbol>[A-Z][A-Za-z]?)\s*[=:]\s*"
    r"(?P<members>[A-Z][a-z]?(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)[A-Z][a-z]?)+)\s*\)")


# a symbolic count right after hydrogen ('MgyTM(1-y)Hx'): hydrogen all the same
_SYMBOLIC_COUNT = re.compile(rf"(?<=H)[{SYMBOLS}](?![a-z])")
# a value with its unit before the family ('6 wt% … in MgyTM(1-y)Hx (TM: Sc, Ti)'): the sentence gives its value
_VALUE_BEFORE = re.compile(r"\d\s*(?:wt|mol|at|%|°|[kmµ]?[A-Za-z]+\s*/|mAh)")


def family_written_out(text: str) -> list[tuple[int, int, str]]:
    """(start, end, members) for each family notation with its defining bracket: the members written out
    ('LiLa(BH4)3Cl and LiCe(BH4)3Cl'), so that each is a sample the sentence names, paired with its values as
    listed samples are. Only when the symbol is no element, stands in the formula as a symbol of its own, every
    listed member is an element, and the formula holds hydrogen (a family of samples, not of additives). The formula
    may hold decimal or symbolic amounts ('Mg0.8TM0.2H2', 'MgyTM(1-y)Hx') and the bracket may define the symbol with a
    colon ('(TM: Sc, Ti)')."""
    if "=" not in text and ":" not in text:
        return []
    out = []
    for m, names in _families(text):
        if not (re.search(r"\d", text[m.end():]) or _VALUE_BEFORE.search(text, 0, m.start())) \
                or re.search(rf"(?<![\w.]){re.escape(m.group('symbol'))}\s*=", text[m.end():]):
            # (only where the sentence goes on to give values: a family defined in a sentence of its own is named by
            # its members later — 'for M = K and Li' — as ingest.extraction.samples.family_salts reads it)
            continue
        joiner = " or " if re.search(r"\bor\b", m.group("members")) else " and "
        out.append((m.start(), m.end(), ", ".join(names[:-1]) + joiner + names[-1]))
    return out


def family_members(text: str) -> list[str]:
    """The members of the one family of samples a sentence defines ('MMgH3 (M = Na, K, Rb) were milled':
    NaMgH3, KMgH3, RbMgH3), which 'They …', 'All three …' of the next sentence take up; [] for none or several."""
    found = _families(text) if "=" in text else []
    return found[0][1] if len(found) == 1 else []


def _families(text: str) -> list[tuple[re.Match[str], list[str]]]:
    """Each family notation of samples with its defining bracket, and its members' formulas: the symbol is no
    element and stands in the formula once, every listed member is an element, the formula holds hydrogen."""
    out = []
    for m in _FAMILY_DEFINED.finditer(text):
        formula, symbol = m.group("formula"), m.group("symbol")
        members = _SYMBOL.findall(m.group("members"))
        # (its count may be a family's symbol: 'Mg1-xTMxH2')
        at = [x.start() for x in re.finditer(rf"(?<![A-Z]){re.escape(symbol)}(?![a-z](?<![{SYMBOLS}]))", formula)]
        # (a family of samples holds hydrogen: 'LiX (X = Cl, Br, I)' is a family of additives, which the sentences
        # after it speak of as a class — 'the halide anions' — not as three samples)
        if is_element_symbol(symbol) or len(at) != 1 or not all(is_element_symbol(x) for x in members) \
                or not written_with_hydrogen(_SYMBOLIC_COUNT.sub("", formula)):
            continue
        out.append((m, [formula[:at[0]] + x + formula[at[0] + len(symbol):] for x in members]))
    return out


# a sample's notation in a bracket right after the words that name its parts: 'MgH2 nanoparticles anchored on graphene
# (MgH2@G)', 'LiBH4 confined in carbon nanotubes (LiBH4/CNT)', 'NaAlH4 in reduced graphene oxide (NaAlH4@rGO)'
# (a formula's own brackets inside it: 'Mg(BH4)2@MS')
# ('MgH2@3D Ni SA-pC': single spaces between a support's tags and its metal's single atoms)
# (the bracket may say it defines the notation: '(denoted MgH2@G)', '(hereafter MgH2@G)')
_NOTATION_BRACKET = re.compile(rf"\({_DEFINING}([A-Z](?:[^()\s]|\s(?=[^()\s])|\([^()\s]*\)){{1,40}})\)")
_NOTATION_PART = re.compile(r"[@/–+-]")
# the words before it that may name its parts (from the sentence's start, at most this far back)
_NAMED_BEFORE = 160


def notation_letters(text: str) -> list[tuple[str, str]]:
    """(letters, material) of the parts of a bracketed sample notation written as letters the ontology does not know,
    each the initials of one material the words right before the bracket name, and of no other there: 'G' of
    'graphene' in "MgH2 nanoparticles anchored on graphene (MgH2@G)", 'CNT' of 'carbon nanotubes' (a plural 's'
    dropped or kept). A letter two materials before the bracket could spell (graphene, graphite) names neither."""
    if "(" not in text:
        return []
    vocab = vocabulary()
    out: dict[str, str] = {}
    for m in _NOTATION_BRACKET.finditer(text):
        if not _NOTATION_PART.search(m.group(1)):
            continue
        wanted = {p for p in _NOTATION_PART.split(m.group(1)) if 1 <= len(p) <= 4 and p[0].isalpha()
                  and not is_formula(p) and vocab.lookup(p, "Material") is None}
        if not wanted:
            continue
        start = max(0, m.start() - _NAMED_BEFORE, text.rfind(". ", 0, m.start()) + 1)
        words = _WORD_RUN_OR_ONE.findall(text, start, m.start())
        spelled: dict[str, set[str]] = {}
        for i in range(len(words)):
            for j in range(i + 1, min(i + 5, len(words) + 1)):
                run = tuple(words[i:j])
                letters = "".join(w[0] for w in run).upper()
                if not any(a.upper() in (letters, letters + "S") or a.upper().rstrip("S") == letters for a in wanted):
                    continue
                material = _names_material(run)
                if material is not None and (material[1] or len(run) == 1):
                    for a in wanted:
                        if a.upper() in (letters, letters + "S") or a.upper().rstrip("S") == letters:
                            spelled.setdefault(a, set()).add(material[0])
        for a, named in spelled.items():
            if len(named) == 1:
                out.setdefault(a, next(iter(named)))
    return sorted(out.items())


# (a lower-case word on its own, for the parts' names read word by word before a bracket)
_WORD_RUN_OR_ONE = re.compile(rf"(?<![A-Za-z0-9-]){_LOWER_WORD}(?![A-Za-z0-9])")


def _part_initials(word: str) -> str:
    """The initials of a word's hyphen-joined parts ('metal-organic': MO; 'carbon': C). A run of words
    spells an abbreviation by its words' initials ('mesoporous carbon': MC) or by their parts'
    ('metal-organic framework': MOF), a final plural 's' kept or not."""
    if "-" not in word:
        return word[0].upper()
    return "".join(p[0] for p in word.split("-") if p).upper()


# ---------------------------------------------------------------- abbreviations of a property
# 'the electrochemical stability window (ESW) … the ESW of LiBH4–LiI reaches 5 V', 'the critical current
# density (CCD)': a property named in full before a bracket whose letters spell it; later sentences name the
# property by the letters alone. Kept for the document being extracted (``text_memo.document_memo``), as the
# definition comes sentences before its use.
_PROPERTY_ABBREVIATIONS = "property_abbreviations"


def note_property_abbreviations(text: str) -> None:
    """Remembers, for the rest of the document, the property abbreviations ``text`` defines."""
    memo = document_memo(_PROPERTY_ABBREVIATIONS)
    if memo is None or "(" not in text:
        return
    vocab = vocabulary()
    for m in _BRACKET.finditer(text):
        abbr = m.group(1)
        if sum(c.isupper() for c in abbr) < 2:
            continue                      # '(x)', '(Fig)': no abbreviation
        before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        name = spelled_by(before.group(0).split(), abbr) if before is not None else None
        term = vocab.lookup(" ".join(name), "Property") if name else None
        if term is not None and term.key:
            memo[abbr] = " ".join(name)


def spelled_out(words: str) -> str:
    """``words`` with each property abbreviation the document defined written out ('the ESW of' → 'the
    electrochemical stability window of'); the words themselves where it defined none."""
    memo = document_memo(_PROPERTY_ABBREVIATIONS)
    if not memo or not any(abbr in words for abbr in memo):
        return words
    return re.sub(r"(?<![\w-])(?:" + "|".join(map(re.escape, memo)) + r")(?![\w-])", lambda m: memo[m.group(0)], words)


# ---------------------------------------------------------------- abbreviations of a supported catalyst
# 'graphene-supported Ni (GNi)', 'Co on carbon (CoC)', 'nickel nanoparticles anchored on carbon nanotubes (NiCNT)',
# 'Ni-decorated graphene (NiG)': a catalyst written on its support, then a bracket of letters that stand for the two
# together. The later notation 'LiBH4–GNi' names the host with that one additive (Ni/graphene), as the sentence that
# defined the letters named it. (The participles: the ontology's OnSupportParticiple.) Letters only: a bracket that
# writes the notation itself, 'Co on reduced graphene oxide (Co/rGO)', keeps the support's own abbreviation as written.
_SUPPORT_WORD = r"[A-Za-z][\w-]*"
_ON_SUPPORT_WORDS = "|".join(w.removesuffix("*") for w in vocabulary().scheme_words(
    "PreparationVerb", concept="OnSupportParticiple"))
_PREFIX_SUPPORTED = re.compile(
    rf"(?<![\w-])(?P<first>(?:[a-z][\w-]*\s+){{0,2}}{_SUPPORT_WORD})-(?P<verb>{_ON_SUPPORT_WORDS})\s+"
    rf"(?P<second>(?:[a-z][\w-]*\s+){{0,2}}?{_SUPPORT_WORD})\s*\((?P<abbr>[A-Za-z][A-Za-z0-9]{{1,8}})\)")
_CARRIED_ON_SUPPORT = re.compile(
    rf"(?<![\w-])(?P<first>{_SUPPORT_WORD})(?:\s+(?:nano)?particles)?\s+(?:(?:{_ON_SUPPORT_WORDS})\s+)?on(?:to)?\s+"
    rf"(?:the\s+|an?\s+)?(?P<second>(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*)\s*\((?P<abbr>[A-Za-z][A-Za-z0-9]{{1,8}})\)")
# what neither pattern can consume ends a run a match may lie in (the participles are words: checked below)
_NO_SUPPORT_NOTATION = re.compile(r"[^\w\s()-]+")
if not re.fullmatch(r"[\w|-]+", _ON_SUPPORT_WORDS):
    raise ValueError(f"OnSupportParticiple words must be plain words (letters, hyphens): {_ON_SUPPORT_WORDS!r}")


def _catalyst_named(word: str) -> str | None:
    """The formula of a catalyst written as a formula ('Ni', 'TiO2') or as a word the ontology knows ('nickel')."""
    term = vocabulary().lookup(word, "Material")
    if term is not None and term.formula and not vocabulary().children(term.id):
        return term.formula
    return word if is_formula(word) else None


def supported_abbreviations(text: str) -> list[tuple[str, str]]:
    """(abbreviation, catalyst/support) of the letters ``text`` defines for a catalyst written on its support:
    ('GNi', 'Ni/graphene') of 'graphene-supported Ni (GNi)', ('CoC', 'Co/C') of 'Co on carbon (CoC)'. The letters
    must be the initials the two names give (an element's symbol counts as its letters) and no name the ontology
    knows; a bracket holding anything else ('(5 wt%)', '(Fig. 2)') defines nothing."""
    if "(" not in text:
        return []
    out = []
    # (each pattern was searched through the whole paper, at every word: 1 % of an extraction. A match consumes only
    # word characters, spaces, hyphens and brackets and holds a '(', so it lies inside one run of those that holds
    # one: the runs are searched alone, in order, and give the same matches — the patterns read only their groups)
    runs = [run for run in _NO_SUPPORT_NOTATION.split(text) if "(" in run]
    for m in (*(m for run in runs if "-" in run for m in _PREFIX_SUPPORTED.finditer(run)),
              *(m for run in runs for m in _CARRIED_ON_SUPPORT.finditer(run))):
        first, second, abbr = m.group("first").split(), m.group("second").split(), m.group("abbr")
        on_prefix = m.re is _PREFIX_SUPPORTED and not m.group("verb").startswith("decorat")
        catalyst_words, support_words = (second, first) if on_prefix else (first, second)
        if len(catalyst_words) != 1 or vocabulary().lookup(abbr, "Material") is not None:
            continue
        catalyst = _catalyst_named(catalyst_words[0])
        support_words = _support_run(support_words)
        support = _names_material(tuple(support_words)) if support_words else None
        if catalyst is None or written_with_hydrogen(catalyst) or support is None or support[0] == catalyst:
            continue
        # (the letters: the capitals of the catalyst as written, the initials of the support's words and parts, and
        # the capitals of the support's own abbreviation in the ontology, 'CNT' of carbon nanotubes)
        term = vocabulary().lookup(" ".join(support_words), "Material")
        letters = {c for c in catalyst_words[0] if c.isupper()} | {catalyst_words[0][0].upper()} \
            | {p[0].upper() for w in support_words for p in w.split("-") if p} \
            | {c for label in (term.labels if term is not None else ()) if label.isupper() for c in label}
        capitals = [c for c in abbr if c.isupper()]
        if len(capitals) < 2 and not (len(capitals) == 1 and len(abbr) > 1) or not set(capitals) <= letters:
            continue
        out.append((abbr, f"{catalyst}/{support[0]}"))
    return out


def _support_run(words: list[str]) -> list[str]:
    """The last words of ``words`` that name the support as a whole, the longest run the ontology knows
    ('multi-walled carbon nanotubes' of 'with multi-walled carbon nanotubes'); [] when no run ending at the last
    word is a material's name."""
    vocab = vocabulary()
    for start in range(len(words)):
        if vocab.lookup(" ".join(words[start:]), "Material") is not None:
            return words[start:]
    return []
