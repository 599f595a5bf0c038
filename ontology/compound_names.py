"""Binary compounds named in words: 'cobalt boride', 'titanium dioxide', 'iron(III) chloride', 'niobium
pentoxide', 'zirconium tetrachloride'. An element's name and an anion word name ONE material, not the
element and a class beside it. The element names are the labels of the ontology's one-element Material
terms ('nickel' = Ni); the anion words, their element and charge are the ontology's AnionName scheme.

The name fixes a formula when it counts the anions (a multiplier prefix: 'dioxide' MO2, 'pentoxide' M2O5,
'sesquioxide' M2O3) or gives the metal's oxidation state (a Stock number: 'iron(III) chloride' FeCl3);
else ('cobalt boride', 'iron fluoride') it names a compound of those elements without saying which, and
is kept as written."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from math import gcd

from rdflib import Literal
from rdflib.namespace import SKOS

from .namespaces import HKG
from .text_memo import per_document
from .vocabulary import vocabulary
from .word_gate import Gated, first_letters_ahead, gated

# multiplier prefixes: how many anions per formula unit ('sesqui': three per two metal atoms)
_PREFIXES = {"mono": 1.0, "mon": 1.0, "di": 2.0, "tri": 3.0, "tetra": 4.0, "tetr": 4.0, "penta": 5.0, "pent": 5.0,
             "hexa": 6.0, "hex": 6.0, "hepta": 7.0, "hept": 7.0, "sesqui": 1.5}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
# the highest oxidation state a metal takes: a name that would need more per metal atom counts two metal
# atoms ('niobium pentoxide' is Nb2O5, not NbO5)
_MAX_OXIDATION = 7


@dataclass(frozen=True)
class CompoundName:
    text: str               # as written
    element: str            # the metal's symbol
    anion: str              # the anion's element symbol
    anion_class: str | None  # the ontology class of compounds of that anion ('Boride')
    formula: str | None     # where the name fixes one


@dataclass(frozen=True)
class _Reader:
    pattern: re.Pattern[str]
    elements: dict[str, str]               # name (lower case) -> symbol
    anions: dict[str, tuple[str, int | None, str | None]]   # word -> (symbol, charge, class id)
    anion_words: Gated | re.Pattern[str]   # any anion word: whether a text is worth reading at all


@lru_cache(maxsize=1)
def _reader() -> _Reader:
    v = vocabulary()
    elements: dict[str, str] = {}
    for t in v.terms("Material"):
        if t.formula and re.fullmatch(r"[A-Z][a-z]?", t.formula):
            for label in t.labels:
                if re.fullmatch(r"[a-z]{3,}", label):
                    elements.setdefault(label, t.formula)
    g = v.graph
    anions: dict[str, tuple[str, int | None, str | None]] = {}
    for c in g.subjects(SKOS.inScheme, HKG["AnionName"]):
        symbol = g.value(c, HKG["characteristicElement"])
        charge = g.value(c, HKG["anionCharge"])
        broader = g.value(c, SKOS.broader)
        cls = str(broader).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if broader is not None else None
        valence = int(charge.toPython()) if isinstance(charge, Literal) else None
        for word in g.objects(c, SKOS.hiddenLabel):
            anions[str(word).casefold()] = (str(symbol), valence, cls if cls is not None and cls in v else None)
    names = _by_first_letter(sorted(elements, key=len, reverse=True))
    words = "|".join(sorted(map(re.escape, anions), key=len, reverse=True))
    prefixes = "|".join(sorted(_PREFIXES, key=len, reverse=True))
    ahead = first_letters_ahead(elements)
    pattern = re.compile(
        rf"(?<![\w\-–/]){ahead}(?P<element>{names})(?:\s?\((?P<stock>{'|'.join(_ROMAN)})\))?\s+"
        rf"(?P<prefix>{prefixes})?(?P<anion>{words})(?![\w\-–])", re.IGNORECASE)
    anion_words = gated(re.compile(rf"{first_letters_ahead(anions)}(?:{words})\b", re.IGNORECASE))
    return _Reader(pattern, elements, anions, anion_words)



def _by_first_letter(names: list[str]) -> str:
    """The alternatives of ``names`` (lower-case words) grouped by their first letter, in their order within
    each group: 'lithium|magnesium|lanthanum' is 'l(?:ithium|anthanum)|m(?:agnesium)'. The engine then
    compares a word's first letter once per group instead of once per name (a third of the time of the
    names' search over a paper). It matches what the plain alternatives match, choosing the same name: two
    names of different first letters never match at one place (no letter matches another, in any case)."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def anion_symbol(word: str) -> str | None:
    """The element an anion's name in words stands for ('iodide' I, 'chlorides' Cl), as the ontology's AnionName
    scheme gives it; None for any other word."""
    found = _reader().anions.get(word.casefold())
    return found[0] if found is not None else None


def element_names() -> tuple[str, ...]:
    """The elements' names in words, in lower case ('lithium', 'magnesium'), as the ontology labels them."""
    return tuple(_reader().elements)


def is_element_name(word: str) -> bool:
    """Is ``word`` an element's name in words ('lithium', 'Magnesium'), as the ontology labels them?"""
    return word.casefold() in _reader().elements


# the endings of a compound's anion word ('titanate', 'germanide', 'sulfite'), and an element's name's ending its stem
# drops ('titanium' titan-, 'boron' bor-, 'silicon' silic-, 'sulfur' sulf-)
_ANION_ENDING = r"(?:ide|ate|ite)s?"
_NAME_ENDING = re.compile(r"(?:ium|um|on|ur|ese|ide|ides)$")


@lru_cache(maxsize=1)
def _anion_like() -> re.Pattern[str]:
    """A word built like a compound's anion: the stem of an element's name or of an anion word of the ontology with a
    compound's ending after it ('hexahydroborate', 'titanates', 'germanide', 'carbonate'), or a word ending in a
    compound class's one-word name the ontology knows ('amide', 'trihydride', 'halides'). English words of those
    endings hold no such stem ('substrate', 'composite', 'side')."""
    r = _reader()
    classes = _class_words()
    stems = {_NAME_ENDING.sub("", w) for w in (*r.elements, *r.anions, *classes)}
    alternation = "|".join(sorted((re.escape(x) for x in stems if len(x) >= 3), key=len, reverse=True))
    endings = "|".join(sorted(map(re.escape, classes), key=len, reverse=True))
    return re.compile(rf"[a-z]*(?:(?:{alternation})[a-z]*{_ANION_ENDING}|{endings})", re.I)


def _class_words() -> tuple[str, ...]:
    """The ontology's materials' one-word names built with a compound's ending ('hydride', 'amide', 'alanates')."""
    return tuple(sorted({w for t in vocabulary().terms("Material") for w in t.labels
                         if re.fullmatch(rf"[a-z]+{_ANION_ENDING}", w)}))


def anion_like(word: str) -> bool:
    """Is ``word`` built like the anion word of a compound named in words ('potassium hexahydroborate', 'lithium
    titanate', 'lithium germanides'): after an element's name, the two name one compound, not the element?"""
    return _anion_like().fullmatch(word) is not None


def compound_names(text: str) -> list[tuple[int, int, CompoundName]]:
    """(start, end, name) of each binary compound ``text`` names in words, in order."""
    r = _reader()
    if r.anion_words.search(text) is None:
        return []
    out = []
    for m in r.pattern.finditer(text):
        out.append((m.start(), m.end(), _name(m.group(0), m, r)))
    return out


def _name(text: str, m: re.Match[str], r: _Reader) -> CompoundName:
    element = r.elements[m.group("element").casefold()]
    symbol, charge, cls = r.anions[m.group("anion").casefold()]
    count = _PREFIXES.get((m.group("prefix") or "").casefold())
    stock = _ROMAN.get(m.group("stock") or "")
    return CompoundName(text, element, symbol, cls, _formula(element, symbol, charge, count, stock))


def _formula(element: str, anion: str, charge: int | None, count: float | None, stock: int | None) -> str | None:
    if count is not None:
        metals, anions = (2, round(2 * count)) if count != int(count) else (1, int(count))
        if stock is None and charge is not None and anions * -charge > _MAX_OXIDATION:
            metals = 2   # (the prefix counts the anions of two metal atoms)
        if stock is not None and charge is not None and stock * metals != anions * -charge:
            return None   # a prefix and a Stock number that disagree: no formula is sure
    elif stock is not None and charge is not None:
        k = gcd(stock, -charge)
        metals, anions = -charge // k, stock // k
    else:
        return None
    k = gcd(metals, anions)
    metals, anions = metals // k, anions // k
    return f"{element}{metals if metals > 1 else ''}{anion}{anions if anions > 1 else ''}"


def hydride_name_spellings(label: str, formula: str | None) -> tuple[str, ...]:
    """Other ways papers spell a hydride's name in words that begins with its first element's name:
    'magnesium borohydride' is also written 'magnesium-borohydride', 'Mg borohydride' and 'Mg-borohydride';
    'lithium amide' 'Li-amide'. Only for a compound with hydrogen whose formula starts with that element
    (the name's first word then names the cation: 'magnesium nickel hydride' is Mg2NiH4, so 'Mg-nickel
    hydride' too; 'carbon nanotubes' has no spellings)."""
    first, sep, rest = label.partition(" ")
    if not sep or not formula or "H" not in formula:
        return ()
    symbol = _reader().elements.get(first.casefold())
    if symbol is None or not re.match(rf"{symbol}(?![a-z])", formula):
        return ()
    words = label.split(" ")
    hyphened = (" ".join(words[:i + 1]) + "-" + " ".join(words[i + 1:]) for i in range(len(words) - 1))
    return tuple(dict.fromkeys((*hyphened, f"{symbol} {rest}", f"{symbol}-{rest}")))


@per_document(maxsize=1024)
def compound_name(text: str) -> CompoundName | None:
    """The compound ``text`` names in words when it is one whole ('Cobalt boride'), else None."""
    found = compound_names(text)
    return found[0][2] if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text) else None
