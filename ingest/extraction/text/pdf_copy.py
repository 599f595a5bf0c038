"""What a PDF copy does to chemistry words and units, undone: subscripts set apart, prefixes and names run
together, bonds as words, a unit's minus and a degree sign lost.

Formulas split at their subscripts: "MgH 2", "LiBH 4", "Mg(BH 4 ) 2", "Li 2 B 12 H 12". Text copied
from a PDF keeps a subscript as a word of its own, so the tokenizer sees "MgH" and a number 2 (and the
number may then be read as a value). ``split_subscripts`` names the spaces to drop
so that the formula is one word again. A run is joined only where the result is chemistry and the
split form is not text of its own:

- the joined formula is one the ontology knows (``Vocabulary.by_formula``: MgH2, LiBH4, Mg(BH4)2), or
- it has at least two subscripts set apart ("Nb 2 O 5", "Li 2 B 12 H 12") and parses as a formula.

"LiH 2 h" (LiH, then two hours) stays as written: LiH2 is no formula of the ontology and the run has
one subscript only; "Table 2" and "Figure 3" are no formulas at all. One subscript is enough where
the rest can only be a formula: "Li 3(NH2)2Br" (a bracketed group glued after it), "Mg 2 Co" (a lone
element, its count, a further element), "Sr(BH4) 2", "Li3(NH2) 2I" (the count of a polyatomic anion's bracket,
the formula perhaps going on after it). A number a unit follows is a quantity, no count: "Mg(BH4) 2 wt% Ni".
``split_groups`` joins formulas whose copy set the space after the subscript instead: "Li2 NH", "Mg50 Ni46 B4",
"Mg2 Ni-type".

A dopant prefix whose hyphen (and the space before it) was lost: "5 mol %Cadoped LiBH4" is
"5 mol % Ca-doped LiBH4". ``glued_prefixes`` names the characters to put back, where the word cuts
into a formula and a preparation word that, hyphenated, reads as the prefix of a sample
(``ingest.extraction.text.samples_words.PREFIX``); "Caused", "Based", "Coated" cut into no such pair.

Further damage, one reader each (every one documents the forms it undoes and the text it leaves alone):

- ``bond_words``: ScienceDirect's alt text for a composition's dash, "2LiBH4single bondMgH2";
- ``dash_glyphs``: a composition's dash a PDF font printed as the letter 'e', "MgH2eNaAlH4";
- ``lost_unit_minus``: a unit exponent whose superscript minus was lost, "150 kJ mol1", "S cm1", "mol 1 H2";
- ``lost_degrees``: a degree sign lost before C, "at 280  C", "300 C", told from C-rates ("0.2 C", "C/10");
- ``glued_names``: a material label run together, "Lithiumborohydride", "magnesiumhydride";
- ``lost_subscripts``: a hydride's formula whose counts an indexing service dropped, "MgH", "LiBH", "Mg(BH)";
- ``damage_hints``/``has_glued_name``: one cheap scan that says which readers can find anything.

Single characters (a font's glyphs, Unicode variants) are undone in ``ingest.extraction.text.nlp``'s markup table:
"þ" for "+", U+2010/U+2011 hyphens, full-width "％"/"－", the small minus "﹣", Symbol-font private-use signs.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ontology.elements import cation_charge, hydride_like
from ontology.formula import FormulaError, is_numeric_formula, parse_formula
from ontology.hosts import holds_known_intermetallic
from ontology.ion_charges import anionic_part_charge, anions_per_cation
from ontology.text_memo import document_memo, per_document
from ontology.units import DIVIDING_SYMBOLS, MEASURED_SYMBOLS, UnitError, parse_unit
from ontology.vocabulary import vocabulary

from .per_cent_words import GLUED_FUNCTION_WORDS

# A word of formula characters that ends in a letter or a closing bracket, then one or more words
# that may continue it: a one- or two-digit subscript, a closing bracket (with its count), or a
# further part starting with a capital or an opening bracket. The run is cut back below to the
# longest prefix that is a formula. (A coefficient may lead: "2LiBH 4".)
# A subscript set apart: alone ("MgH 2"), or with the rest of the formula glued after it, as many
# copies print it ("Mg(BH 4) 2", "Nb 2O 5", "Li 2B 12H 12": the space falls before each subscript only)
# (a decimal count too, "Mg 0.9 In 0.1": a solid solution's or a substituted alloy's shares set apart)
_SET_APART = r"(?:\d{1,2}|\d?\.\d{1,3})(?:(?=[A-Z()\[\]])[A-Za-z()\[\]\d]*[A-Za-z)\]]|(?![\d.,]?\d|\s?%))"
# An adduct's dot with its part ("LiB 11 H 14 ·2H 2 O", "·(H 2 O) n") goes on with the formula, and so
# does a bracketed group's count written as a letter after its own space ("(N H 3 ) x"), and the next group opened
# right after one closed ("Na 4 (B 12 H 12 )(B 10 H 10 )", "Na 2 ( BH4 )( NH2 )": a salt of two anions).
_RUN = re.compile(r"(?=[\dA-Z(\[])(?<![\w)\].])(?=\d*[A-Z(\[])\d*[A-Za-z()\[\]\d]*[A-Za-z)\]]"
                  rf" {_SET_APART}"
                  rf"(?: (?:{_SET_APART}|[)\]]\d{{0,2}}(?:[(\[][A-Za-z()\[\]\d]*)?"
                  r"|(?:·\d{0,2})?[A-Z(\[][A-Za-z()\[\]\d]*"
                  r"|(?<=\) )[nxy](?!\w)))*")
_SUBSCRIPT = re.compile(r"\d{1,2}")
_COUNT_LETTER = re.compile(r"(?<=[)\]])[nxy](?!\w)")
_DASH_AFTER = re.compile(r" [–-](?=[\dA-Z(\[])")
_FORMULA_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789()[]")
_SUBSCRIPT_HINT = re.compile(r"[A-Z)\]][A-Za-z()\[\]\d]{0,12}? (?:\d{1,2}|\d?\.\d{1,3})(?![\d.,]?\d|\s?%)")
_COEFFICIENT = re.compile(r"^\d+")
_ELEMENTS_ONLY = re.compile(r"[A-Z][a-z]?")


# a word that is a number alone: a count that ends the formula, or a quantity's number where a unit follows
_BARE_COUNT = re.compile(r"\d{1,2}|\d?\.\d{1,3}")


def opens_quantity(text: str, end: int) -> bool:
    """Whether the number that ends at ``end`` is a quantity: a unit of the ontology's properties or conditions
    follows it ('2 wt% Ni', '5 mol% TiF3', '10 wt.% SiO2', '2 h'), read as the value reader reads units. A number set
    apart after a formula is then no count the copy split off ('Mg(BH4) 2 wt% Ni' is Mg(BH4) with 2 wt% Ni); a word
    that only pint reads ('at', 'in', 'as': attometre, inch, attosecond) is no unit after a count."""
    # (imported here: quantity_text reads mentions from ingest.extraction.text.nlp, which imports this module)
    from .quantity_text import read_unit
    return read_unit(text, end) is not None


def split_subscripts(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the spaces to drop so that each split formula is one word."""
    drops: list[tuple[int, int]] = []
    done = -1
    for hint in _SUBSCRIPT_HINT.finditer(text):   # (a cheap scan first: a run is tried only where one may start)
        start = hint.start()
        while start > 0 and text[start - 1] in _FORMULA_CHARS:
            start -= 1
        m = _RUN.match(text, start) if start > done else None
        if m is None:
            continue
        words = m.group(0).split(" ")
        starts = [m.start()]
        for w in words[:-1]:
            starts.append(starts[-1] + len(w) + 1)
        for k in range(len(words), 1, -1):   # the longest prefix that is one formula
            if _BARE_COUNT.fullmatch(words[k - 1]) and opens_quantity(text, starts[k - 1] + len(words[k - 1])):
                continue   # "Mg(BH4) 2 wt% Ni", "LiAlH 4 2 h": the number is a quantity, no count of the formula
            if _rejoined(tuple(words[:k])):
                drops.extend((s - 1, s) for s in starts[1:k])
                end = done = starts[k - 1] + len(words[k - 1])
                if _DASH_AFTER.match(text, end):
                    drops.append((end, end + 1))   # "LiBH 4 –MgH 2": the space the subscript left before the dash
                break
    return drops


# A series formula whose counts a copy set apart, one of them a variable ("Mg 2 Ni 1- x Cu x", "(Mg 1- x In x ) 3 In",
# "La 1- x Ce x Ni 5"): element symbols, each with its count after a space — a number, a variable, or one less it
# ("1- x", "1 − y") — and the bracket of a group with its count
_SERIES_COUNT = r"(?:\d{1,2}(?:\.\d{1,3})?\s?[-−–]\s?[xyz]|\d{1,2}(?:\.\d{1,3})?|\.\d{1,3}|[xyz])"
_SERIES_RUN = re.compile(rf"(?<![\w)\]])\(?\s?[A-Z][a-z]?\s{_SERIES_COUNT}"
                         rf"(?:\s?\)\s?\d{{1,2}}(?![\d.])|\s\(?\s?[A-Z][a-z]?(?:\s{_SERIES_COUNT})?(?![\w]))+")
_SERIES_VARIABLE = re.compile(r"(?<![A-Za-z])[xyz](?![A-Za-z])")


def split_series(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the spaces to drop so that each series formula whose counts were set apart is
    one word ('Mg 2 Ni 1- x Cu x' → 'Mg2Ni1-xCux'): only a run with a variable count that parses as a formula of
    two elements or more once the variable is given a value ('Cu x' alone, 'x = 0.2', stay as written)."""
    drops: list[tuple[int, int]] = []
    for m in _SERIES_RUN.finditer(text):
        run = m.group(0).rstrip()
        joined = re.sub(r"\s", "", run)
        letters = set(_SERIES_VARIABLE.findall(run))
        if not letters or joined.count("(") != joined.count(")"):
            continue
        try:
            formula = parse_formula(joined.replace("−", "-").replace("–", "-"), dict.fromkeys(letters, 0.1))
        except (FormulaError, ValueError):
            continue
        if len(formula.composition) < 2:
            continue
        drops.extend((m.start() + i, m.start() + i + 1) for i, c in enumerate(run) if c.isspace())
    return drops


# One subscript is evidence enough where the rest could be nothing but a formula: a subscript glued to
# a bracketed group of the formula ("Li 3(NH2)2Br", "Ca 3(BH4)2"), or a lone element, its subscript and
# a further element ("Mg 2 Co", "Ti 3 C2": an element and a count then a capitalised symbol is a
# composition; "Mg 2 h" and "Li 3 times" go on in lower case)
_BRACKET_AFTER = re.compile(r"\d{1,2}[(\[][A-Z]")
_ONE_ELEMENT = re.compile(r"[A-Z][a-z]?")
# (three capitals with no count between them are an acronym, "BCC", "HEA", "XRD", not element groups)
_ELEMENT_GROUPS = re.compile(r"(?![A-Z]{3})(?:[A-Z][a-z]?\d{0,3}(?:\.\d{1,3})?)+")


# or the count of a bracketed group that holds counts of its own (a polyatomic anion, '(BH4)', '(NH2)'; not an
# abbreviation, '(MTF)') glued after element symbols, set apart alone or with the symbols the formula goes on with
# glued after it ("Sr(BH4) 2", "Li3(NH2) 2I", "LiK(BH4) 2")
# — unless the charges say another count: 'Na(NH2) 2' is no Na(NH2)2, one NH2⁻ balances Na⁺ (``ontology.ion_charges``)
_GROUP_THEN_COUNT = re.compile(r"\d*(?:[A-Z][a-z]?\d*)+\((?=[^)]*\d)(?:[A-Z][a-z]?\d*)+\) [1-9](?:[A-Z][a-z]?\d*)*")
_ONE_CATION_GROUP = re.compile(r"\d*(?P<cation>[A-Z][a-z]?)\((?P<anion>[^()]+)\) (?P<count>\d+)")


def _group_count(words: tuple[str, ...]) -> bool:
    """Whether the words are a formula ending in a bracketed group and the group's count set apart whose charges,
    where they are known, ask for that count."""
    written = " ".join(words)
    if _GROUP_THEN_COUNT.fullmatch(written) is None:
        return False
    salt = _ONE_CATION_GROUP.fullmatch(written)
    if salt is None:
        return True
    count = anions_per_cation(salt["cation"], salt["anion"])
    return count is None or count == int(salt["count"])


def _element_then_element(words: tuple[str, ...]) -> bool:
    # (a symbol that is also an English word starts no such run: "At 2 C" is a rate)
    return (len(words) >= 3 and _ONE_ELEMENT.fullmatch(words[0]) is not None and words[0] not in _WORD_SYMBOLS
            and _ELEMENT_GROUPS.fullmatch(words[2]) is not None)


# or a subscript set apart inside the bracket of a group, the bracket opening in the word before and closing right
# after the count ("Li2(BH 4)(NH2)", "(NH 2)3", "Ca(AlH 4)2"): a bracket holds no words that end in a count
_GROUP_OPEN = re.compile(r"\((?:[A-Z][a-z]?\d{0,2})+$")
_GROUP_CLOSE = re.compile(r"\d{1,2}\)")


def _inside_group(words: tuple[str, ...]) -> bool:
    return _GROUP_OPEN.search(words[0]) is not None and _GROUP_CLOSE.match(words[1]) is not None


# or a cation's count set apart before bracketed anions whose charges, all known, balance it ("Na 4 (B 12 H 12 )(B 10
# H 10 )", "Na 2 ( BH4 )( NH2 )", "Na 4 (CB11H12)2(B12H12)": a salt of two anions, ``ontology.ion_charges``)
_CATION_THEN_GROUPS = re.compile(r"(?P<cation>[A-Z][a-z]?)(?P<count>\d{1,2})(?P<groups>(?:\([A-Z][A-Za-z\d]*\)\d?)+)")
# one bracketed anion with its count ('(BH4)2', '(NH2)')
_ANION_GROUP = re.compile(r"\((?P<anion>[A-Z][A-Za-z0-9]*)\)(?P<count>\d{0,2})")


def _charges_balance(cation: str, count: str, anions: str) -> bool:
    """Whether the cation's charge times its count (written or one) is the sum of the bracketed anions' charges times
    theirs, every charge known (``ontology.elements.cation_charge``, ``ontology.ion_charges``)."""
    plus = cation_charge(cation)
    if plus is None:
        return False
    minus = 0
    for group in _ANION_GROUP.finditer(anions):
        charge = anionic_part_charge(group["anion"])
        if charge is None:
            return False
        minus += charge * int(group["count"] or 1)
    return plus * int(count or 1) == minus


def _balanced_salt(joined: str) -> bool:
    m = _CATION_THEN_GROUPS.fullmatch(joined)
    return m is not None and _charges_balance(m["cation"], m["count"], m["groups"])


@per_document(maxsize=4096)
def _rejoined(words: tuple[str, ...]) -> bool:
    """Whether the words, written together, are one formula (see the module's rules)."""
    if not _SUBSCRIPT.match(words[1]):
        return False   # the first space must be the one before a subscript
    joined = _COEFFICIENT.sub("", "".join(words))
    if joined.count("(") != joined.count(")") or joined.count("[") != joined.count("]"):
        return False
    if vocabulary().by_formula(joined) is not None:
        return True
    subscripts = sum(1 for a, b in zip(words, words[1:]) if _SUBSCRIPT.match(b) and not a[-1:].isdigit())
    letters = tuple(_COUNT_LETTER.findall(joined))   # "(H2O)n": a group's count, itself formula notation
    if subscripts < 2 and not (letters or _BRACKET_AFTER.match(words[1]) or _element_then_element(words)
                               or _group_count(words) or _inside_group(words) or _balanced_salt(joined)):
        return False
    if subscripts < 2 and any("." in w for w in words):
        return False   # a decimal share set apart counts with a second one only ("At 0.1 C": a rate, no At0.1C)
    if not _ELEMENTS_ONLY.match(joined.lstrip("([")):
        return False
    try:
        formula = parse_formula(joined, dict.fromkeys(letters, 1.0))
    except FormulaError:
        return False
    return set(formula.symbols) <= set(letters) and len(formula.composition) >= 2


# Formulas split after a subscript, between element groups: "Li2 NH–LiBH4", "the Mg50 Ni46 B4 alloy",
# "Mg2 Ni-type", "Li2 B6", "Ti3 C2" (copies that set the subscript apart with a space after it). A run
# starts at one element with a count (2 or more, or a fraction: "S1", "C1" name samples and peaks, and
# no formula prints a 1) and goes on over capitalised words of element groups.
_GROUP_RUN = re.compile(r"(?<![\w.\-–/)\]])[A-Z][a-z]?(?:[2-9]|\d{2,3}|\d?\.\d{1,3})(?: (?![A-Z]{3})"
                        r"(?:[A-Z][a-z]?\d{0,3}(?:\.\d{1,3})?)+(?![\w(]))+")
# molecules of one element: "H2 N2", "under O2 Ar" are gases side by side, not one formula
_MOLECULES = frozenset(("H2", "N2", "O2", "F2", "Cl2", "Br2", "I2"))
# symbols that are also capitalised English words: "... Mg2 As shown ...", "Li2 In turn" (joined only as
# a formula the ontology knows, or with a count: "In2", "As3")
_WORD_SYMBOLS = frozenset(("In", "As", "At", "No", "Be", "He", "I", "Am", "Os", "Es", "Ho"))


def split_groups(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the spaces to drop so that each formula split between its element groups
    is one word. A word joins the run where it carries a count ("Ni46", "B4", "NiH4"), is one element
    ("Ni", "Co"), or makes with the run a formula of the ontology ("Li2" + "NH"); the joined word must
    parse as a formula. "Mg2 BCC" (an acronym), "H2 Ar" (a gas) and "Li2 and" stay as written."""
    drops: list[tuple[int, int]] = []
    for m in _GROUP_RUN.finditer(text):
        words = m.group(0).split(" ")
        k = _groups_joined(tuple(words))
        at = m.start()
        for w in words[:k - 1]:
            at += len(w)
            drops.append((at, at + 1))
            at += 1
    return drops


@per_document(maxsize=4096)
def _groups_joined(words: tuple[str, ...]) -> int:
    """How many of the words, from the first, are one formula (1: none joins)."""
    joined, k = words[0], 1
    for w in words[1:]:
        candidate = joined + w
        known = vocabulary().by_formula(candidate) is not None
        if words[0] in _MOLECULES and not known:
            break
        lone = _ONE_ELEMENT.fullmatch(w) is not None and w not in _WORD_SYMBOLS
        if not (known or any(c.isdigit() for c in w) or lone) or not _element_led_formula(candidate):
            break
        joined, k = candidate, k + 1
    return k


# A salt's cation set apart from its bracketed anions ("Li4 (BH4)(NH2)3", "Mg (BH4)2", "Ca (AlH4)2"): an alkali or
# alkaline-earth symbol, its count, a space, then bracketed polyatomic anions with their counts, joined only where the
# charges the ontology knows balance (``ontology.ion_charges``) and a count is written; "Mg (BH4)" (one anion to a
# divalent cation), "Li (BH4)2" and "Mg (99.9%)" stay as written.
_CATION_APART = re.compile(r"(?<![\w\-–/.)\]])(?P<cation>[A-Z][a-z]?)(?P<count>\d{0,2})(?P<space> )"
                           r"(?P<anions>(?:\([A-Z][A-Za-z0-9]*\)\d{0,2})+)(?![\w(\[])")


def cations_set_apart(text: str) -> list[tuple[int, int]]:
    """(start, end) of each space between a salt's cation and its bracketed anions."""
    drops = []
    for m in _CATION_APART.finditer(text):
        if not (m["count"] or re.search(r"\)\d", m["anions"])):
            continue   # no count written: nothing says the words are one formula
        if _charges_balance(m["cation"], m["count"], m["anions"]):
            drops.append(m.span("space"))
    return drops


# A formula an indexing service glued to the function word before it, the space lost: "ofLi2(BH4)(NH2)", "andMg(BH4)2",
# "withLiBH4", "OfMgH2" (a capitalised title word too). A function word of English, then a capital that opens element
# groups with a count or of two elements or more, up to a bracket, a space or punctuation: the space is put back. A
# word that is itself a formula as written ("InGaN", "InSb") or whose rest is no element groups ("Within", "OnSet",
# "McMillan", "theLi": no function word, or one element without a count) stays as written.
_GLUED_BEFORE_FORMULA = re.compile(rf"(?<![A-Za-z0-9\-–/])(?i:{GLUED_FUNCTION_WORDS})"
                                   r"(?P<groups>(?:[A-Z][a-z]?\d{0,3}(?:\.\d{1,3})?)+)(?![a-z])")


def formulas_glued_after_words(text: str) -> list[tuple[int, str]]:
    """(position, ' ') for each space a copy lost between a function word and the formula after it."""
    inserts = []
    for m in _GLUED_BEFORE_FORMULA.finditer(text):
        groups = m.group("groups")
        if not _element_led_formula(groups) or _element_led_formula(m.group(0)):
            continue
        if not any(c.isdigit() for c in groups) and len(parse_formula(groups).composition) < 2 \
                and not text.startswith("(", m.end()):
            continue   # ('theLi', 'inN': one element and no count, unless a group of the formula follows)
        inserts.append((m.start("groups"), " "))
    return inserts


# An intermetallic's formula split between element groups where the first part is no single element with its count
# (which ``split_groups`` joins): 'NdMg2 Ni' (two groups, then the space after the subscript), 'La Mg2 Ni9' (a lone
# element, then the counted groups). Each further part is one element with its count or none.
_INTERMETALLIC_RUN = re.compile(r"(?<![\w.\-–/)\]])(?:(?:[A-Z][a-z]?(?:\d{1,3}(?:\.\d{1,3})?)?)+\d|[A-Z][a-z]?)"
                                r"(?: [A-Z][a-z]?(?:\d{1,3}(?:\.\d{1,3})?)?(?![\w(]))+")


def split_intermetallics(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the spaces to drop so that an intermetallic split into element groups is one word:
    'NdMg2 Ni' -> 'NdMg2Ni', 'La Mg2 Ni9' -> 'LaMg2Ni9'. Joined only where a count was set apart, no part is a
    symbol that reads as an English word ('In', 'As'), the first part is no formula the ontology knows ('MgH2 Ni'
    is a hydride and a metal), and the whole is metals holding an intermetallic of the ontology (Mg2Ni's, LaNi5's
    metals: ``ontology.hosts.holds_known_intermetallic``). 'Mg2 Ni' is ``split_groups``' form."""
    drops: list[tuple[int, int]] = []
    for m in _INTERMETALLIC_RUN.finditer(text):
        words = m.group(0).split(" ")
        if _ONE_ELEMENT.fullmatch(words[0]) is None and _GROUP_COUNT.fullmatch(words[0]) is not None:
            continue   # 'Mg2 Ni': one element with its count first, split_groups' run
        if _intermetallic_joined(tuple(words)):
            at = m.start()
            for w in words[:-1]:
                at += len(w)
                drops.append((at, at + 1))
                at += 1
    return drops


_GROUP_COUNT = re.compile(r"[A-Z][a-z]?\d{1,3}(?:\.\d{1,3})?")


@per_document(maxsize=4096)
def _intermetallic_joined(words: tuple[str, ...]) -> bool:
    if not any(c.isdigit() for c in "".join(words[:-1])) or any(w in _WORD_SYMBOLS for w in words):
        return False   # (a count set apart before a space: "La Mg2 Ni9", "NdMg2 Ni"; "Ni Co" are two metals)
    if _ONE_ELEMENT.fullmatch(words[0]) is None and vocabulary().by_formula(words[0]) is not None \
            or len(words[0]) > 1 and words[0].isupper():
        return False   # ('MgH2 Ni', 'LaNi5 Mg2' are two formulas; an acronym is no element group)
    return _element_led_formula(words[0]) and holds_known_intermetallic("".join(words))


# A substituted alloy's formula a PDF line broke without a hyphen, the line end now a space: the first part ends in a
# share or a series letter ('La0.67Mg0.33-xCax', 'La0.7Mg0.3'), the second is element groups with a share of their
# own ('Ni2.75Co0.25')
_CUT_HEAD = re.compile(r"(?<![\w.\-–/)\]])[A-Z(][A-Za-z0-9.()\-–]*(?:\.\d{1,3}|[A-Z][a-z]?[xyz])"
                       r"[ \n](?=[A-Z])")
_CUT_TAIL = re.compile(r"(?:[A-Z][a-z]?(?:\d{1,3}(?:\.\d{1,3})?)?)+(?![\w(])")


def formulas_cut_at_a_line(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the spaces to drop so that a substituted alloy's formula a line end cut in two is
    one word: 'La0.67Mg0.33-xCax Ni2.75Co0.25' -> 'La0.67Mg0.33-xCaxNi2.75Co0.25'. Joined only where both parts hold
    a share (a count below one, or a series letter: a formula written for partial substitution, which no part of
    ends a sample's name), the first part is no formula the ontology knows, and the whole is metals holding an
    intermetallic of the ontology. 'Mg0.9In0.1 alloy' and 'LaNi5 Mg2Ni' stay apart."""
    drops: list[tuple[int, int]] = []
    for m in _CUT_HEAD.finditer(text):
        tail = _CUT_TAIL.match(text, m.end())
        if tail is not None and _cut_formula(m.group(0)[:-1], tail.group(0)):
            drops.append((m.end() - 1, m.end()))
    return drops


def formula_cut_between(before: str, after: str) -> bool:
    """Whether the text ``before`` a line or paragraph break ends in the first part of a substituted alloy's
    formula and the text ``after`` it starts with the rest ('... of La0.67Mg0.33xCax' / 'Ni2.75Co0.25 (x = 0) ...'):
    a double-spaced PDF copy sets a blank line at every line end, also inside a formula."""
    before, after = before.rstrip(), after.lstrip()
    head = _CUT_HEAD.search(before + " " + after[:1])
    tail = _CUT_TAIL.match(after)
    if head is None or head.end() != len(before) + 1 or tail is None:
        return False
    word = head.group(0)[:-1]
    for at, piece in sorted(lost_series_minus(word), reverse=True):   # ('1x': a series' minus the copy lost)
        word = word[:at] + piece + word[at:]
    return _cut_formula(word, tail.group(0))


@per_document(maxsize=4096)
def _cut_formula(head: str, tail: str) -> bool:
    if not re.search(r"\.\d", tail) or vocabulary().by_formula(head) is not None:
        return False
    joined = head + tail
    try:
        formula = parse_formula(joined)
    except FormulaError:
        return False
    return formula.symbols == parse_formula(head).symbols and holds_known_intermetallic(joined)


# A capitalised word that ends in a participle ("Cadoped", "TiF3catalysed"), after a space, a bracket
# or a percent sign that the copy glued to it
_GLUED_WORD = re.compile(r"[A-Z](?<=(?<![\w\-–/@])[A-Z])[A-Za-z0-9]{0,8}?[a-z]{3,}(?:ed|ing)\b")
_CO = re.compile(r"^Co(?=[a-z])")


def glued_prefixes(text: str) -> list[tuple[int, str]]:
    """(position, text to insert) that make each glued prefix a hyphenated one, with a space after a
    percent sign it was glued to: '%Cadoped' -> '% Ca-doped'."""
    inserts: list[tuple[int, str]] = []
    for m in _GLUED_WORD.finditer(text):
        cut = _prefix_cut(m.group(0))
        if cut is None:
            continue
        if m.start() > 0 and text[m.start() - 1] == "%":   # '%Cadoped': a space after the percent sign too
            inserts.append((m.start(), " "))
        inserts.append((m.start() + cut, "-"))
    return inserts


@per_document(maxsize=4096)
def _prefix_cut(word: str) -> int | None:
    """Where the formula of a glued prefix ends ('Cadoped' -> 2), the longest formula first; None
    when no cut gives a formula and a preparation word. 'Codoped' is 'co-doped', no cobalt."""
    from .samples_words import PREFIX  # (samples reads mentions from ingest.extraction.text.nlp, which imports this
                                       # module)
    if _CO.match(word) and PREFIX.fullmatch("X-" + word[2:]):
        return None
    for cut in range(len(word) - 4, 0, -1):
        head, rest = word[:cut], word[cut:]
        if not rest[0].islower() or not head[-1:].isalnum():
            continue
        if PREFIX.fullmatch(f"{head}-{rest}") and _element_led_formula(head):
            return cut
    return None


def _element_led_formula(word: str) -> bool:
    """A formula of numbers (``is_numeric_formula``) written from an element's symbol on: a count or a bracket
    before it ('2LiH', '(Mg') is no word of the copy's formulas here."""
    return bool(_ELEMENTS_ONLY.match(word)) and is_numeric_formula(word)


# A word broken at the end of a PDF line: "activation en- ergy", "dehydro- genation" (a suspended hyphen,
# "de- and rehydrogenation", "hydro- or", is no break)
_BROKEN = re.compile(r"(?=-)(?<=[a-z]{2})-(\s+)(?!(?:and|or|nor|to|as|vs)\b)(?=[a-z]{2})")
_WORD_BEFORE = re.compile(r"[a-z]+$")
_WORD_AFTER = re.compile(r"[a-z]+")


# A sample's notation broken after one of its hyphens: "CeH2.73- MgH2-Ni" (a formula, the hyphen, a space, a formula)
_NOTATION_BROKEN = re.compile(r"(?<=[A-Za-z0-9)\]])-(\s+)(?=\d*(?:\.\d+)?[A-Z(\[])")
_FORMULA_BEFORE = re.compile(r"[A-Za-z0-9.()\[\]]+$")
_FORMULA_AFTER = re.compile(r"[A-Za-z0-9.()\[\]]+?(?=[-–/@+,;:]|\s|$)")


def line_break_hyphens(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans to drop so that each word a PDF line broke is whole again: hyphen and space
    where the joined word is a word of the ontology's labels ('en- ergy' -> 'energy'), the space alone
    where it is not ('ball- milled' -> 'ball-milled'), and the space alone between two formulas a hyphen
    joins ('CeH2.73- MgH2-Ni' -> 'CeH2.73-MgH2-Ni': one sample's notation)."""
    drops: list[tuple[int, int]] = []
    for m in _BROKEN.finditer(text):
        head = _WORD_BEFORE.search(text, 0, m.start()).group(0)
        tail = _WORD_AFTER.match(text, m.end()).group(0)
        if (head + tail) in _label_words():
            drops.append((m.start(), m.end()))
        else:
            drops.append(m.span(1))
    for m in _NOTATION_BROKEN.finditer(text):
        head = _FORMULA_BEFORE.search(text, 0, m.start())
        tail = _FORMULA_AFTER.match(text, m.end())
        if head is not None and tail is not None and _element_led_formula(head.group(0).strip(".")) \
                and _element_led_formula(tail.group(0).strip(".").lstrip("0123456789.")):  # ("- 2LiH": its count)
            whole = _share_cut_off(head.group(0), tail.group(0))
            drops.append((m.start(), m.end()) if whole else m.span(1))
    return sorted(drops)


_SHARES = re.compile(r"(?:[A-Z][a-z]?0?\.\d{1,3})+")


def _share_cut_off(head: str, tail: str) -> bool:
    """Whether the line broke one formula, its hyphen only the break's: the part after it is nothing but a metal's
    share below one ('La0.7Mg0.3Ni2.75-' + 'Co0.25': cobalt replacing part of the nickel, no sample of its own), the
    part before it ends in a count, and written together they are metals holding an intermetallic of the ontology.
    ('CeH2.73-' + 'MgH2-Ni' is a composite's notation; '-' + 'Ni' a catalyst.)"""
    return head[-1:].isdigit() and _SHARES.fullmatch(tail) is not None and holds_known_intermetallic(head + tail)


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """Every lower-case word of every label of the ontology's terms ('activation', 'energy', ...)."""
    return frozenset(w for t in vocabulary().terms() for label in t.labels for w in re.findall(r"[a-z]+", label.lower())
                     if len(w) > 3)


# The next word an indexing service glued to a notation, which drops the space after a superscript or subscript:
# "1.8 × 10−4 S cm−1and 2.0 × 10−3 S cm−1" (a unit's exponent), "1.9 Vvs. Li+/Li" (a unit symbol after its
# number), "KB11H14·(H2O)nand NaB11H14·(H2O)n" (a group's count written as a letter), "KB11H14is" (a
# formula's subscript). The space is put back after a subscript, and elsewhere
# where the glued run is a function word of English (or 'vs'/'versus'), or, after a group's letter count, where
# the text writes that same group and count on its own elsewhere ("·(H2O)n, …" then "·(H2O)nexhibit"); a unit
# symbol stays whole when the run, glued, is itself a unit ("5 min" is no "5 m in").
_GLUED_WORD_AFTER = rf"(?:{GLUED_FUNCTION_WORDS}|vs|versus)\b"
# ((?:(?<=\d)|(?=[\d(])): each alternative starts after a digit, at a digit or at a bracket — two looks at a character
# that starts none, not the four alternatives')
_GLUED_TO_NOTATION = re.compile(
    r"(?:(?<=\d)|(?=[\d(]))(?:"
    rf"(?<=[A-Za-z][−\-–]\d)(?={_GLUED_WORD_AFTER})"                  # 'cm−1and'
    # ('1.9 Vvs.': a number's unit — a number, not a formula's subscript, 'MgH2 thin' is no 'MgH2 th in')
    rf"|(?<![\w.)])\d+(?:\.\d+)?\s?(?P<unit>[°A-Za-zµμ]{{1,3}})(?={_GLUED_WORD_AFTER})"
    r"|(?P<group>\([A-Z][^()\s]{0,15}\)[nxy])(?=[a-z]{2,})"            # '(H2O)nand', '(H2O)nexhibit'
    # ('KB11H14is', 'LiBH4was': a formula's subscript, a word after it; the tokenizer reads the same, but the
    # readers of the raw sentence see the formula only once the space is back)
    r"|(?:(?<=[A-Z)]\d)|(?<=[A-Z)]\d\d))(?=[a-z]{2,}))")
_GLUED_RUN = re.compile(r"[a-z]+")


def glued_after_notation(text: str) -> list[tuple[int, str]]:
    """(position, ' ') for each word an indexing service glued to the unit or formula before it."""
    out = []
    counted = _counted_groups(text) if ")" in text else set()
    for m in _GLUED_TO_NOTATION.finditer(text):
        if m.group("unit"):
            run = _GLUED_RUN.match(text, m.end())
            assert run is not None
            if not is_unit(m.group("unit")) or is_unit(m.group("unit") + run.group(0)):
                continue
        elif m.group("group") and not re.match(_GLUED_WORD_AFTER, text[m.end():m.end() + 10]) \
                and m.group("group") not in counted:
            continue
        out.append((m.end(), " "))
    return out


_COUNTED_GROUP = re.compile(r"\([A-Z][^()\s]{0,15}\)[nxy](?![A-Za-z])")


def _counted_groups(text: str) -> set[str]:
    """The bracketed groups with a letter count this text, or the document read so far, writes on their own
    ('MB11H14·(H2O)n, (M = Li and Na)' before 'NaB11H14·(H2O)nexhibit': the document's sentences are cleaned
    one at a time, in order)."""
    memo = document_memo(_COUNTED_GROUPS)
    seen = memo.setdefault("seen", set()) if memo is not None else set()
    seen.update(_COUNTED_GROUP.findall(text))
    return seen


_COUNTED_GROUPS = "ingest.extraction.text.pdf_copy.counted_groups"


@per_document(maxsize=256)
def is_unit(symbol: str) -> bool:
    """Is ``symbol`` a unit the unit module reads ('V', 'min'; not 'Vvs')?"""
    try:
        parse_unit(symbol)
        return True
    except UnitError:
        return False


# ScienceDirect's alt text for the bonds of a structure, printed where a composition had its dash or
# '=': "2LiBH4single bondMgH2" is 2LiBH4–MgH2. Only between a formula (or its bracket) and the next
# formula: "a single bond between B and H" and "the double bond" stay as written.
_BOND = re.compile(r"(?<=[A-Za-z0-9)\]])\s?(single|double|triple) bond\s?(?=\d*[A-Z(\[])")
_BOND_SIGN = {"single": "–", "double": "=", "triple": "≡"}


def bond_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sign) for each bond written out as words between two formulas."""
    out = []
    for m in _BOND.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        if _FORMULA_END.search(before):
            out.append((m.start(), m.end(), _BOND_SIGN[m.group(1)]))
    return out


_FORMULA_END = re.compile(r"[A-Z][A-Za-z0-9()\[\]]*$")


# The en dash of a composition that a PDF's font maps to the letter 'e' (Elsevier's copies): "MgH2eNaAlH4",
# "2LiBH4eMgH2", "Mg(BH4)2eLiBH4" are MgH2–NaAlH4, 2LiBH4–MgH2, Mg(BH4)2–LiBH4. Only where the word before the 'e'
# ends in a count or a bracket (no formula's element ends so: "Fe", "Ce", "Ne" keep their 'e') and both sides are
# formulas; "H2evolution", "MgH2e" and "Li2e-" stay as written.
_DASH_GLYPH = re.compile(r"(?<=[0-9)\]])e(?=\d*[A-Z(\[])")
_FORMULA_BEFORE_GLYPH = re.compile(r"\d*[A-Z][A-Za-z0-9()\[\]]*$")
_FORMULA_AFTER_GLYPH = re.compile(r"[A-Za-z0-9()\[\]]+")


def dash_glyphs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, '–') for each composition dash a PDF copy printed as the letter 'e' between two formulas."""
    out = []
    for m in _DASH_GLYPH.finditer(text):
        head = _FORMULA_BEFORE_GLYPH.search(text, max(0, m.start() - 24), m.start())
        tail = _FORMULA_AFTER_GLYPH.match(text, m.end())
        if head is None or tail is None:
            continue
        if all(_element_led_formula(side.group().lstrip("0123456789")) for side in (head, tail)):
            out.append((m.start(), m.end(), "–"))
    return out


# The minus of a unit's exponent that a copy lost with its superscript: "150 kJ mol1", "2 × 10-4 S cm1",
# "600 mAh g1", "52 kJ mol 1 H2", "J mol1 K1". A unit of amount, mass, length, temperature or time
# written right after a unit of energy, charge, conductance or power and followed by a bare 1 divides
# (a 1 as a positive power is never written): the '1' becomes '-1'. The numerator must follow a number,
# so that "1 mol 1 h" or "in g 1" in words are left alone; "1 C", "Table 1" have no unit pair at all.
# (the symbols are the unit module's; the look-ahead, their first letters, lets a search pass other positions)
_NUMERATOR = "(?:" + "|".join(MEASURED_SYMBOLS) + ")"
_DENOMINATOR = "(?:" + "|".join(DIVIDING_SYMBOLS) + ")"
_FIRST_LETTERS = "".join(sorted({symbol[0] for symbol in MEASURED_SYMBOLS}))
_LOST_MINUS = re.compile(rf"(?=[{_FIRST_LETTERS}])(?<=\d\s){_NUMERATOR}(?:\s?·?\s?{_NUMERATOR})?"
                         rf"(?:\s{_DENOMINATOR}(?:\s?1(?![\d^]|[.,]\d|\s?[-–]\d)|(?=[\s/·]|$)))+")
_DIVIDING = re.compile(rf"(?<=[\s·]){_DENOMINATOR}(\s?)1(?![\d^]|[.,]\d)")


def lost_unit_minus(text: str) -> list[tuple[int, int, str]]:
    """(start, end, '-') for each lost minus: the space (if any) between the unit and its '1' is
    replaced, or the minus is put in before the '1' ('mol1' -> 'mol-1', 'mol 1' -> 'mol-1')."""
    out = []
    for m in _LOST_MINUS.finditer(text):
        for d in _DIVIDING.finditer(text, m.start(), m.end()):
            out.append((d.start(1), d.end(1), "-"))
    return out


# The minus of a series formula's complement that a copy lost: "(La0.7Mg0.3)1xCexNi2.8Co0.5" is
# (La0.7Mg0.3)1−xCexNi2.8Co0.5, "La0.67Mg0.33xCaxNi2.75Co0.25" is La0.67Mg0.33−xCax…: one part of the formula
# carries the symbol alone as its count ('Cex', 'Cax', 'Alx') and the part it replaces a count glued to the
# symbol ('1x', '0.33x', 'LaNi5xAlx'). Such a count is the share left to the replaced part: the site sum stays
# whole only with the minus. A formula that writes a minus before its symbol elsewhere ("Li2xMg1−x", a doubled
# share beside a complement) and a count after its own sign ("1−2x") are written as meant.
_GLUED_COMPLEMENT = re.compile(r"(?<=[A-Za-z)\]])(?:\d{1,2}(?:\.\d{1,3})?|\.\d{1,3})(?P<at>)[xy](?=[A-Z(\[])")
_SERIES_WORD = re.compile(r"(?<![\w\-–])[A-Z(\[][A-Za-z0-9.()\[\]]*[xy][A-Za-z0-9.()\[\]]*")


def lost_series_minus(text: str) -> list[tuple[int, str]]:
    """(position, '-') before each series symbol whose minus a copy lost ('1x' -> '1-x')."""
    inserts = []
    for word in _SERIES_WORD.finditer(text):
        glued = list(_GLUED_COMPLEMENT.finditer(word.group(0)))
        for m in glued:
            symbol = word.group(0)[m.end("at")]
            if f"-{symbol}" in word.group(0) or f"−{symbol}" in word.group(0):
                continue   # the formula writes its complement's minus: the glued count is a product
            if re.search(rf"[A-Z][a-z]?{symbol}(?![a-z])", word.group(0)):   # a part with the symbol as its count
                inserts.append((word.start() + m.end("at"), "-"))
    return inserts


# A series formula whose symbol an indexing service printed as a capital ("MgXNi100-X", "Mg(2-X)AlXNi", "Li1-XNaXBH4"):
# no element is 'X', so a capital X in a count's place — right after an element symbol or a count's minus or bracket,
# before a capital, a bracket, a minus or the word's end — is the series symbol x, where the word so read parses as a
# formula of two elements or more. A halide written as a placeholder keeps its X: one with a count of its own ("LiX2",
# "Li3YX6"), after a count ("Li6PS5X"), one element only ("LiX"), or in a text that says what X stands for ("X = Cl").
_CAPITAL_SERIES_WORD = re.compile(r"(?<![\w\-–/])[A-Z(\[][A-Za-z0-9.()\[\]\-–−]*X[A-Za-z0-9.()\[\]\-–−]*")
_CAPITAL_SYMBOL = re.compile(r"(?:(?<=[A-Z])|(?<=[A-Z][a-z])|(?<=[-–−(]))X(?=[A-Z()\-–−]|$)")
_PLACEHOLDER_SAID = re.compile(r"\bX\s?=\s?[A-Z]")


def capital_series_symbols(text: str) -> list[tuple[int, int, str]]:
    """(start, end, 'x') for each capital X that stands for a series formula's symbol."""
    if _PLACEHOLDER_SAID.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    for word in _CAPITAL_SERIES_WORD.finditer(text):
        written = word.group(0).rstrip(".,;:-–−")
        if written.count("(") != written.count(")"):
            written = written.rstrip(")")
        places = [m.start() for m in _CAPITAL_SYMBOL.finditer(written)]
        if not places or len(places) != written.count("X"):
            continue
        # (a count in brackets, "Mg(2-X)", "Ni(100-X)", "Mg(X)", as the indexing service writes one: its brackets go)
        counts = [(m.start(), m.end(), m.group(1).replace("X", "x")) for m in _BRACKETED_COUNT.finditer(written)]
        series = _BRACKETED_COUNT.sub(lambda m: m.group(1), written).replace("X", "x")
        series = series.replace("−", "-").replace("–", "-")
        try:
            formula = parse_formula(series, {"x": 0.1})
        except (FormulaError, ValueError):
            continue
        if len(formula.composition) < 2 or not set(formula.symbols) <= {"x"}:
            continue
        inside = [at for at in places if not any(a <= at < b for a, b, _ in counts)]
        out.extend((word.start() + a, word.start() + b, count) for a, b, count in counts)
        out.extend((word.start() + at, word.start() + at + 1, "x") for at in inside)
    return sorted(out)


_BRACKETED_COUNT = re.compile(r"(?<=[A-Za-z])\(((?:\d{1,3}(?:\.\d{1,3})?[-–−])?X)\)")


# The degree sign a copy lost: "at 280  C" (two spaces where the ring was), "heated to 300 C". A 'C' after
# a number is also a C-rate in battery text ("at 0.2 C", "1 C", "C/10"), so size and context decide:
# - never before "/" or "-rate" ("C/5", "1 C-rate");
# - from 20 on, or below zero, a temperature: C-rates are fractions or a few units (fast charging reaches
#   10 C), while a hydride is heated, cycled or measured at 20 °C and more;
# - below 20, a temperature only where two or more spaces keep the ring's place and the sentence says
#   nothing of rates, cycling or charging; "at 0.5 C", "a 5 C" (carbon, or a rate) stay as written.
_LOST_RING = re.compile(r"(?<![\w.,\-–−/+])(?:(?<=\s)[-–−])?(?P<num>\d{1,4}(?:\.\d+)?)(?P<gap> {1,3})C\b"
                        r"(?![/\-–]|\s?-?rate)")
_RATE_WORDS = re.compile(r"C/\d|C[\s-]rate|\brates?\b|\bcycl|charg|mAh|\bmA\b|current densit", re.I)


def lost_degrees(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ' °') for the space(s) before each 'C' that was a temperature in degrees Celsius."""
    out = []
    for m in _LOST_RING.finditer(text):
        value = float(m.group("num"))
        if not (value >= 20 or m.start() < m.start("num")):
            if len(m.group("gap")) < 2:
                continue
            start, end = text.rfind(". ", 0, m.start()) + 1, text.find(". ", m.end())
            if _RATE_WORDS.search(text, start, end if end >= 0 else len(text)):
                continue
        out.append((m.start("gap"), m.end("gap"), " °"))
    return out


# "335?C", "335 ?C", "335ˇăC": an indexing service or a copy that could not encode the degree sign prints a question
# mark (or the replacement character, or the mojibake of '℃') in its place, right between a number and 'C'
_REPLACED_SIGN = re.compile(r"(?<![\w.])\d{1,4}(?:\.\d+)?( ?)(?P<sign>\?|ˇă|\ufffd ?)( ?)C\b")


# "heated to 400 8C", "at 300 8C for 2 h": the copy of an Elsevier PDF whose degree sign is a Symbol-font glyph gives
# it as the digit 8, glued to the C and set apart from the number. A C-rate is never written after a number and a
# space ("2C, 4C and 8C", "at 8C": the 8 is the rate's own number), nor is a temperature's 8 set apart from the rest
# of its number ("at 18 °C"), so the space, the 8 and the C together are the sign.
_EIGHT_FOR_RING = re.compile(r"(?<![\w.,])\d{1,4}(?:\.\d+)? (?P<sign>8)C\b(?![/\-–]|\s?-?rate)")


def replaced_degree_signs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, '°') for each sign printed in the degree sign's place between a number and 'C'."""
    found = [(m.start("sign"), m.end(3), "°") for m in _REPLACED_SIGN.finditer(text)]
    found += [(m.start("sign"), m.end("sign"), "°") for m in _EIGHT_FOR_RING.finditer(text)]
    return sorted(found)


# "5 mu m", "20 micro m", "3 mu A cm-2": an indexing service that cannot print Greek writes the micro sign
# as its name, apart from the unit symbol. Right after a number and before a word the unit module reads
# once given the micro prefix ('um', 'uA'), the name is the sign; "2 mu" alone, "the mu meson" and a
# word that is no unit ("5 micro meters of", "2 mu mice") stay as written.
# (nor a function word of the sentence that a micro prefix would make a unit: "by 4 mu in ...", µin)
_MICRO_NAME = re.compile(rf"(?<=\d )(?:mu|micro)(?P<gap> ?)(?!{GLUED_FUNCTION_WORDS}\b)"
                         r"(?P<unit>[A-Za-z]{1,3})(?!\w|-\D)")   # ('2 mu m-5 mu m': a range's dash, no compound word)


def spelled_micro(text: str) -> list[tuple[int, int, str]]:
    """(start, end, 'µ') for each micro prefix written as its name, with the space after it."""
    return [(m.start(), m.start("unit"), "µ") for m in _MICRO_NAME.finditer(text)
            if is_unit("u" + m.group("unit"))]


# "10 µm-100 gm", "a particle size of 10-100 gm": an indexing service's character reading takes the micro sign
# for a 'g'. A gram is written "g" (an old "5 gm of the powder" is a mass): "gm" is read as the micrometre
# only where the quantity is a length, that is, where a range's other end is in µm, or where the clause
# before the number names a length property of the ontology ("particle size", "diameter", "thickness" …).
_GM_AFTER_NUMBER = re.compile(r"(?<=\d) ?(?P<g>g)m\b(?!\s*of\b)")
_MICRO_RANGE_START = re.compile(r"\d(?:\.\d+)?\s?[µμ]m\s?[-–−]\s?\d+(?:\.\d+)?\s?$")
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\)")


@lru_cache(maxsize=1)
def _length_labels() -> re.Pattern[str]:
    """The labels of the ontology's properties measured as a length, as one whole-word alternation."""
    labels = {label.lower() for t in vocabulary().terms("Property")
              if (t.quantity_kind or "").endswith("/Length") for label in t.labels}
    alternation = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})(?:e?s)?\b", re.I)


def _clause_before(text: str, at: int) -> str:
    """The words of the clause ``at`` is in, up to it (after the last sentence mark or bracket)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    return text[ends[-1] if ends else 0:at]


def micro_read_as_g(text: str) -> list[tuple[int, int, str]]:
    """(start, end, 'µ') for each 'g' of a "gm" that stands for a micrometre after a number (see above)."""
    out = []
    for m in _GM_AFTER_NUMBER.finditer(text):
        digits = text[:m.start()].rstrip()
        if _MICRO_RANGE_START.search(digits) or _length_labels().search(_clause_before(text, m.start())):
            out.append((m.start("g"), m.end("g"), "µ"))
    return out


# "of w 4.20 wt%", "to w3.20 wt%", "(enhancement of w 90%)": old PDF copies (Elsevier abstracts) print the
# approximate sign "~" as a "w"; a lone lower-case "w" right before a number is no word, the sign is put back
# (glued to its number only after a word a value follows, "to w3.20 wt%": "sample w5" is a label)
# ((?=w): every reading starts at the 'w', which a search then looks for at once, not trying the look-behinds
# at every character)
_TILDE_AS_W = re.compile(r"(?=w)(?:(?:(?<=\s)|(?<=\())w(?=\s\d)(?!\s\d+\s*[=:])"
                         r"|(?:(?<=\bof )|(?<=\bto )|(?<=\bat )|(?<=\bby )|(?<=\bthan )|(?<=\babout )|(?<=\())w(?=\d))")


def lost_tildes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, '~') for each 'w' that stands for an approximate sign before a number."""
    return [(m.start(), m.end(), "~") for m in _TILDE_AS_W.finditer(text)]


# "40.56 ( 1.62 and 51.48 ( 2.52 kJ/mol": old PDF copies (Elsevier abstracts) print the plus-minus sign "±" as an
# opening bracket set off by spaces; one between two numbers that no closing bracket follows before the next
# bracket or the sentence's end is no bracket, the sign is put back ("40.56 (1.62)" and "(n = 3)" are brackets)
_PLUS_MINUS_AS_BRACKET = re.compile(r"(?<=\d )\((?= \d+(?:\.\d+)?\b)(?![^()]*?\))")


# A hydride's formula with every count dropped, as some indexing services print abstracts ("Magnesium hydride,
# MgH, …", "with LiBH as the solid electrolyte", next to "mA h g"): a word that is no formula the ontology knows but
# is one of its hydrides with the counts taken out is that hydride — where a single hydride has the fewest counts
# ("LiBH": LiBH4, not Li2B12H12; "LiNH" could be LiNH2 or Li2NH and is left as written). A word a count or a
# bracket follows is a formula of another copy's damage ("MgH 2": split_subscripts) or a group, and is left.
_STRIPPED_HINT = re.compile(r"[A-Za-z)]H(?![\w₀-₉])")
_FORMULA_WORD = re.compile(r"(?<![\w\-–/.·])[A-Z][A-Za-z()·]{1,14}?(?=\)?(?![\w(])(?!\s*[\d₀-₉(]))")
_COUNT = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=1)
def _hydrides_without_counts() -> dict[str, str]:
    """The ontology's hydride formulas by their spelling without counts, where that spelling names one of
    them with the fewest counts."""
    by_bare: dict[str, set[str]] = {}
    for term in vocabulary().terms():
        f = term.formula
        if f and _COUNT.search(f) and hydride_like(f):   # (a metal's hydride: not NH3 for an imide's 'NH')
            by_bare.setdefault(_COUNT.sub("", f), set()).add(f)
    out = {}
    for bare, formulas in by_bare.items():
        ranked = sorted((len(_COUNT.findall(f)), f) for f in formulas)
        if len(ranked) == 1 or ranked[0][0] < ranked[1][0]:
            out[bare] = ranked[0][1]
    return out


def lost_subscripts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, formula) for each hydride formula written without its counts ("MgH" for MgH2)."""
    if not _STRIPPED_HINT.search(text):
        return []
    known, vocab = _hydrides_without_counts(), vocabulary()
    out = []
    for m in _FORMULA_WORD.finditer(text):
        # ("Mg(BH)": the bracket closing after the word is the formula's own where the formula needs it)
        word = m.group(0) + ")" if text.startswith(")", m.end()) and m.group(0).count("(") > m.group(0).count(")") \
            else m.group(0)
        if word in known and vocab.by_formula(word) is None:
            out.append((m.start(), m.start() + len(word), known[word]))
    return out


def lost_plus_minus(text: str) -> list[tuple[int, int, str]]:
    """(start, end, '±') for each opening bracket that stands for a plus-minus sign between two numbers."""
    return [(m.start(), m.end(), "±") for m in _PLUS_MINUS_AS_BRACKET.finditer(text)]



# A fullerene's cage count an indexing service set after a hyphen ("LiBH4-C-60", "C-70 was added", "LiBH4:C-60 70:30"):
# the subscript of C60 written the way such services write subscripts. Carbon with a count of 20 to 99 and nothing
# after it but a space, a bracket or punctuation is a cage (the isotopes C-13, C-14 stay: their counts are below 20;
# "C-40 wt%" and "C-60Ni" are no cage).
_CAGE_HYPHEN = re.compile(r"(?<![\w.])C(?P<hyphen>-)(?=[2-9]\d(?![\w%]|[.,]\d|\s*(?:wt|at|mol|vol|%)))")


def hyphenated_cages(text: str) -> list[tuple[int, int]]:
    """(start, end) of each hyphen an indexing service put inside a fullerene's formula ("C-60" for C60)."""
    return [m.span("hyphen") for m in _CAGE_HYPHEN.finditer(text)]


# An alkoxide ligand an indexing service printed in capitals, or with the mark of a lost superscript before its bracket
# closes ('Ti(OBU")(4)', "Zr(OPr')4", 'Nb(OET)(5)' for Ti(OBu)4, Zr(OPr)4, Nb(OEt)5, the n- or i- of the alkyl gone to a
# quote): the ligand as chemists write it, O and the alkyl's two letters. Only glued after a symbol and before the
# complex's count, so that a bracketed word or a capital abbreviation elsewhere stays.
_MARKED_LIGAND = re.compile(r"(?<=[A-Za-z])\(O(?P<alkyl>[A-Z][A-Za-z])(?P<mark>[\"'])?\)(?=\(?\d)")


def marked_ligands(text: str) -> list[tuple[int, int, str]]:
    """What to put in place of each alkoxide ligand printed in capitals or with a stray mark ('(OBU")' → '(OBu)')."""
    out = []
    for m in _MARKED_LIGAND.finditer(text):
        alkyl = m.group("alkyl")
        if m.group("mark") or alkyl[1].isupper():
            out.append((m.start(), m.end(), f"(O{alkyl[0]}{alkyl[1].lower()})"))
    return out


# A process word a copy split at its syllable break ("It ab sorbs 6 wt%", "the de sorption peak", "was re leased"):
# a piece of two or three lower-case letters, a space, and a rest, which together (and not the piece's own word)
# spell a word of the ontology's HydrogenProcessVerb scheme; the space goes. ("up take" stays two English words.)
_SPLIT_PROCESS_WORD = re.compile(r"(?<![\w\-])(?!(?:up|ad|an|as|at|by|in|is|of|on|or|to|be|we|it)\s)"
                                 r"[a-z]{2,3}( )(?=[a-z]{3,}\b)")


_LOWER_RUN = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _process_word() -> re.Pattern[str]:
    return re.compile(vocabulary().scheme_alternation("HydrogenProcessVerb") + r"$")


def split_process_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each space a copy put inside a process word ("ab sorbs" for absorbs)."""
    out = []
    for m in _SPLIT_PROCESS_WORD.finditer(text):
        rest = _LOWER_RUN.match(text, m.end())   # (read in place: not a copy of the rest of the text per match)
        assert rest is not None
        if _process_word().match(text[m.start():m.start(1)] + rest.group(0)):
            out.append(m.span(1))
    return out

# Names a copy glued together: "Lithiumborohydride (LiBH4)", "magnesiumhydride", "sodiumalanate". A
# material label with its spaces taken out names the same material; the spaces are put back. Looked up
# in an index of the ontology's labels built once (label words of three letters or more, so that no
# short word is cut out of a longer one), one look-up per long word of the text.
_LONG_WORD = re.compile(r"(?<![\w\-])[A-Za-z]{9,40}(?![\w\-])")


def glued_names(text: str) -> list[tuple[int, str]]:
    """(position, ' ') for each space that a glued material name lost."""
    index = _spaceless_labels()
    inserts: list[tuple[int, str]] = []
    for m in _LONG_WORD.finditer(text):
        cuts = index.get(m.group(0).lower())
        if cuts:
            inserts.extend((m.start() + c, " ") for c in cuts)
    return inserts


@lru_cache(maxsize=1)
def _spaceless_labels() -> dict[str, tuple[int, ...]]:
    """'lithiumborohydride' -> (7,): each material label of two or more words, spaces removed, with the
    places its spaces were (a word that is a label or a label word of its own is no glued name)."""
    single = _label_words() | {lab.lower() for t in vocabulary().terms() for lab in t.labels}
    index: dict[str, tuple[int, ...]] = {}
    for term in vocabulary().terms("Material"):
        for label in term.labels:
            words = label.lower().split()
            if len(words) < 2 or not all(w.isalpha() and len(w) >= 3 for w in words):
                continue
            glued = "".join(words)
            if glued in single:
                continue
            cuts, at = [], 0
            for w in words[:-1]:
                at += len(w)
                cuts.append(at)
            index[glued] = tuple(cuts)
    return index


# One scan of a text for the places where the readers above can find anything: a number before a capital
# ("Mg50 Ni46", "Li2 NH": split_groups), before a spaced 'C' ("280  C": lost_degrees), and a bare 1 after
# the last letter of a denominator unit ("mol1", "cm 1": lost_unit_minus). Most sentences have none, and
# are then spared the readers' own scans.
# (two patterns: the second starts with its literal '1', which the engine finds by a fast search)
_HINTS = re.compile(r"\d(?: {1,3}(?P<ring>C)\b| (?P<groups>[A-Z])| ?(?P<sign>\?|ˇă|\ufffd) ?C\b| (?P<glyph>8)C\b)")
_MINUS_HINT = re.compile(r"1(?:(?<=[lgmKhsn]1)|(?<=[lgmKhsn] 1))(?![\d^]|[.,]\d)")


def damage_hints(text: str) -> set[str]:
    """The readers worth running on ``text``: some of 'ring', 'groups', 'sign', 'minus'."""
    # (a degree sign printed as the glyph '8', "400 8C", is the 'sign' reader's too)
    found = {"sign" if m.lastgroup == "glyph" else m.lastgroup for m in _HINTS.finditer(text) if m.lastgroup}
    if _MINUS_HINT.search(text):
        found.add("minus")
    return found


_WORD_EDGES = ".,;:()[]\"'"


# a word of nine characters or more: a run between the spaces ``str.split`` splits at (Unicode's, which re's \S also
# reads), the words of ``text.split()`` that long (the split is one pass in C; a search for \S{9,} tried each
# character of each word)
_SPLIT_WORD_LENGTH = 9


def has_glued_name(text: str) -> bool:
    """Whether a word of ``text`` is a glued material name (a cheap look-up per long word)."""
    index = _spaceless_labels()
    return any(w.strip(_WORD_EDGES).lower() in index for w in text.split() if len(w) >= _SPLIT_WORD_LENGTH)
