"""Material-system notations ("MgH2–10 wt% TiVNbZrFe", "2LiBH4–MgH2", "Li4(BH4)3I@SBA-15") as
``MaterialSystem`` objects: a host, additives with amounts, chemistry classes and roles.

What the parts *are* comes from the ontology: which materials are hydrides (terms under
``hkg:Hydride``), the additive classes (terms under ``hkg:AdditiveMaterial``, with their
``hkg:characteristicElement``), the roles, and the names of supports ("graphene", "SBA-15").
This module holds only the rules that combine them, each bound to its ontology term by id; a
missing term is reported in the parse notes rather than guessed from labels.

The normalized name joins the components with '–' (keeping '@'), writes amounts as "10 wt% X" and
ratio coefficients as "2MgH2", so that every spelling of a system gives the same name and id.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import lru_cache
from itertools import filterfalse
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticUndefined

from .compound_names import compound_name
from .elements import ALKALI as _ALKALI, ALKALINE_EARTH, HALOGENS, NONMETALS, TRANSITION, hydroxide
from .errors import UserError
from .formula import ALANATE_ANION, Formula, FormulaError, parse_formula, strip_markup
from .limits import MAX_COMPONENTS, MAX_SYSTEM_TEXT_CHARS
from .models import Amount, Component, MaterialSystem
from .safe_text import invisible_note
from .text_memo import document_memo, per_document
from .units import UnitError, parse_unit
from .vocabulary import Term, Vocabulary, vocabulary
from .word_gate import gated

__all__ = ["SystemParseError", "SystemParse", "parse_system", "analyse_system", "system_name", "AMOUNT_UNIT",
           "storage_hydride", "host_formula", "HYDRIDE_ROOT", "ELEMENTS_JOINED"]


class SystemParseError(UserError, ValueError):
    """A system notation with parts that are not understood; ``unknown`` lists them."""

    def __init__(self, message: str, unknown: list[str] | None = None):
        super().__init__(message)
        self.unknown = list(unknown or [])


# ------------------------------------------------------------------------- chemistry facts
# Element groups are chemistry, not vocabulary: they decide "metal", "halide" and "hydride".
_HYDROGEN = frozenset("H D".split())  # T is the MXene termination (Ti3C2Tx), see formula.py
_SHELL_ANIONS = frozenset("O N S P".split()) | HALOGENS  # of catalytic oxides, nitrides, halides …


def _metals(elements: Iterable[str]) -> list[str]:
    return [*filterfalse(NONMETALS.__contains__, elements)]   # (no comprehension's frame: asked ~15 times a parse)


# ------------------------------------------------------------------------ ontology bindings
@dataclass(frozen=True)
class _Binding:
    """Where a rule meets the ontology: a term id and the kind it must have."""

    id: str
    kind: str


_ROOT_HYDRIDE = _Binding("Hydride", "Material")
# the root of the hydride materials, for readers in ingest that ask whether a term is a hydride
HYDRIDE_ROOT = _ROOT_HYDRIDE.id
_ROOT_ADDITIVE = _Binding("AdditiveMaterial", "Material")
_CLASS_CARBON = _Binding("CarbonSupport", "Material")
_CLASS_METAL = _Binding("Metal", "Material")
_CLASS_MULTI = _Binding("BimetallicIntermetallic", "Material")
_CLASS_HEA = _Binding("HighEntropyAlloy", "Material")
_CLASS_LIGAND = _Binding("NeutralLigand", "Material")
_CLASS_CARBIDE = _Binding("CarbideMXene", "Material")
_CLASS_STORAGE_ALLOY = _Binding("MagnesiumBasedAlloy", "Material")
_CLASS_PSEUDO_ELEMENT_ALLOY = _Binding("MischmetalAlloy", "Material")
_CLASS_POLYMER = _Binding("Polymer", "Material")
_ROLE_HOST = _Binding("HostHydride", "Role")
_ROLE_CATALYST = _Binding("Catalyst", "Role")
# a hydride written with a coefficient below this ('Mg(NH2)2–2LiH–0.08KH') is a catalytic loading: reactive
# partners come in stoichiometric amounts (2LiH, 0.5MgH2), a catalyst in a few hundredths of a mole
_CATALYTIC_COEFFICIENT = 0.2
_ROLE_DESTAB = _Binding("DestabilizingReactant", "Role")
_ROLE_SCAFFOLD = _Binding("ScaffoldConfinementHost", "Role")
_ROLE_DOPANT = _Binding("DopantSubstituent", "Role")
_ROLE_ELECTROLYTE = _Binding("SolidElectrolytePartner", "Role")
_ROLE_BINDER = _Binding("Binder", "Role")
# Words in a class label that mark a support or scaffold (porous silica, frameworks, carbons).
_SCAFFOLD_WORDS = ("scaffold", "support", "porous", "framework", "template")
_ELECTROLYTE_WORDS = ("electrolyte",)


class _Ontology:
    """The vocabulary, seen through the bindings the rules need (resolved once)."""

    def __init__(self, vocab: Vocabulary):
        self.v = vocab
        self.missing: list[str] = []
        self.hydride = self._find(_ROOT_HYDRIDE)
        self.additive = self._find(_ROOT_ADDITIVE)
        self.classes = {b.id: self._find(b) for b in (_CLASS_CARBON, _CLASS_METAL, _CLASS_MULTI, _CLASS_HEA,
                                                      _CLASS_LIGAND, _CLASS_CARBIDE, _CLASS_POLYMER)}
        self.roles = {b.id: self._find(b) for b in (_ROLE_HOST, _ROLE_CATALYST, _ROLE_DESTAB,
                                                    _ROLE_SCAFFOLD, _ROLE_DOPANT, _ROLE_ELECTROLYTE, _ROLE_BINDER)}
        self.additive_terms = set(self.v.descendants(self.additive)) if self.additive else set()
        self.hydride_terms = set(self.v.descendants(self.hydride)) if self.hydride else set()
        # the Mg-based alloys and intermetallics that absorb hydrogen (Mg2Cu, Mg17Al12): hosts, as a hydride is
        storage_alloy = self._find(_CLASS_STORAGE_ALLOY)
        self.storage_alloy_terms = set(self.v.descendants(storage_alloy)) if storage_alloy else set()
        # 'MmNi5': a formula of metals that starts with a pseudo-element's symbol (mischmetal's) is that class's alloy
        self.pseudo_element_alloy = self._find(_CLASS_PSEUDO_ELEMENT_ALLOY)
        # 'Mg–RE alloys', 'AB5-type alloys': a family named without a composition is one material as written (the
        # classes marked so: their subclasses are members, named by formula or designation)
        self.family_terms = frozenset(t.id for t in self.v.terms("Material") if t.names_family)
        self.pseudo_elements = re.compile(
            rf"(?:{'|'.join(map(re.escape, vocab.scheme_words('PseudoElementSymbol')))})(?=[A-Z])")
        self.element_classes = [t for t in (self.v.get(i) for i in self.additive_terms) if t.elements]
        self.hydride_metal_sets = self._hydride_metal_sets()
        # metals whose hydride the ontology gives no usual role: storage hosts (Mg), not catalysts (Ti → TiH2)
        self.storage_metal_sets = self._hydride_metal_sets(storage_only=True)
        self.hydride_compositions = self._hydride_compositions()
        # (formula, hydrogen count, composition without hydrogen) of each: the metal or alloy it stores hydrogen in
        self.hydride_frames = [(f, comp["H"], {e: n for e, n in comp.items() if e != "H"})
                               for f, comp in self.hydride_compositions]
        # each hydride formula standing alone in a name ('Thin film MgH2'), compiled once
        self.hydride_patterns = [(f, re.compile(rf"(?<![A-Za-z(]){re.escape(f)}(?![a-z0-9(])"))
                                 for f, _ in self.hydride_compositions]
        self._label_has: dict[tuple[str, tuple[str, ...]], bool] = {}
        self._term_formulas: dict[str, Formula | None] = {}
        self._metal_hydrides: dict[str, Term] | None = None     # (built when first asked: ``_binary_hydride_of``)
        self.described = _described_pattern(vocab)      # 'nano-Ni': a form word before a material
        # ('5 wt% layered Ti3C2': one or two form words between a loading and the material it is of)
        self.form_words_before = re.compile(rf"(?<![\w-])(?:(?!non\b|non-|un-){_form_word(vocab)}[-‐\s]+){{1,2}}$")
        # 'scaffold', 'nanoparticles': nouns after a name that say what the material does or looks like
        self.generic_heads = frozenset(w.casefold() for w in vocab.scheme_words("GenericHead"))
        # 'ordered', 'hard', 'aerogel': words that make a support named in words a scaffold of its own
        self.architecture_words = frozenset(w.casefold() for w in vocab.scheme_words("SupportArchitecture"))
        # 'nitrogen' of 'nitrogen-doped carbon': an element by name, read before a doping verb only
        self.dopant_names = frozenset(w.casefold() for w in vocab.scheme_words("DopantElementName"))
        # 'SA', 'SAs': a form's abbreviation written after a metal ('Fe-SA', 'Pt SA'), a strategy's hkg:formLabel
        # 'Mg–Sn alloy': the nouns of a sample that is an alloy, written after its elements (the AlloyNoun concept)
        self.alloy_noun = re.compile(rf"\s+{vocab.scheme_alternation('SolidKindNoun', ('AlloyNoun',))}", re.I)
        self.form_abbreviations = frozenset(f for t in vocab.terms("Strategy") for f in t.form_labels
                                            if re.fullmatch(r"[A-Z]{2,4}s?", f))

    def _find(self, b: _Binding) -> str | None:
        """The term id, or None (listed in ``missing`` and in the parse notes) if the ontology lacks it."""
        if b.id in self.v and self.v.get(b.id).kind == b.kind:
            return b.id
        self.missing.append(b.id)
        return None

    def _hydride_metal_sets(self, storage_only: bool = False) -> frozenset[frozenset[str]]:
        # (a set: the rules ask whether a part's metals are among them, for every part of every notation)
        out = []
        for tid in self.hydride_terms:
            if storage_only and self.v.get(tid).usual_role:
                continue
            f = _try_formula(self.v.get(tid).formula)
            if f is not None:
                out.append(frozenset(_metals(f.elements)))
        return frozenset(s for s in out if s)

    def _hydride_compositions(self) -> list[tuple[str, dict[str, float]]]:
        """(formula, composition) of the ontology's hydrides with a definite formula, simplest first."""
        out = []
        for tid in self.hydride_terms:
            f = _try_formula(self.v.get(tid).formula)
            if f is not None and not f.is_symbolic and "H" in f.composition:
                out.append((f.normalized, f.composition))
        return sorted(out, key=lambda fc: (len(fc[1]), sum(fc[1].values()), fc[0]))

    def lookup_material(self, text: str) -> Term | None:
        term = self.v.lookup(text, "Material")
        if term is None:
            f = _try_formula(text)
            if f is not None:
                term = self.v.by_formula(f.normalized) or self.v.lookup(f.normalized, "Material") \
                    or self._binary_hydride_of(f)
        return term

    def _binary_hydride_of(self, f: Formula) -> Term | None:
        """'CeH2.73', 'LaH2.46': a hydride of one metal written with a hydrogen count no whole number gives (a
        phase of variable hydrogen content, as analysed) is the ontology's hydride of that metal — its term
        for the variable content ('LaHx') where it has one, else its only one (CeH2) — so that it takes that
        hydride's usual role (a catalytic phase) instead of being read as a new host."""
        if f.is_symbolic or len(f.elements) != 2 or "H" not in f.elements or float(f.composition["H"]).is_integer():
            return None
        metal = next(e for e in f.elements if e != "H")
        if self._metal_hydrides is None:
            found: dict[str, list[tuple[Term, bool]]] = {}     # metal: (term, whether its formula is MHx)
            for tid in self.hydride_terms:
                t = self.v.get(tid)
                g = _try_formula(t.formula)
                if g is not None and len(g.elements) == 2 and "H" in g.elements:
                    found.setdefault(next(e for e in g.elements if e != "H"), []).append((t, g.is_symbolic))
            self._metal_hydrides = {}
            for m, ts in found.items():
                variable = [t for t, symbolic in ts if symbolic]
                if len(variable) == 1 or len(ts) == 1:
                    self._metal_hydrides[m] = variable[0] if len(variable) == 1 else ts[0][0]
        return self._metal_hydrides.get(metal)

    def term_formula(self, term: Term) -> Formula | None:
        """The parsed formula of a term (None where it has none or it is no formula): parsed once per
        term, as it is the ontology's, not a document's (a Formula is immutable)."""
        if term.id not in self._term_formulas:
            self._term_formulas[term.id] = _try_formula(term.formula)
        return self._term_formulas[term.id]

    def lineage(self, term_id: str) -> list[str]:
        return [term_id, *self.v.ancestors(term_id)]

    def label_has(self, term_id: str, words: Iterable[str]) -> bool:
        """Whether a label of the term or of one of its ancestors holds one of ``words`` (answered
        once per term and words: the ontology does not change under a parse)."""
        key = (term_id, tuple(words))
        found = self._label_has.get(key)
        if found is None:
            found = self._label_has[key] = any(any(w in lab.casefold() for w in key[1])
                                               for t in self.lineage(term_id) for lab in self.v.get(t).labels)
        return found


@lru_cache(maxsize=8)
def _ontology_for(vocab: Vocabulary) -> _Ontology:
    return _Ontology(vocab)


def _ontology(vocab: Vocabulary | None) -> _Ontology:
    return _ontology_for(vocab if vocab is not None else vocabulary())


@per_document(maxsize=16384)      # a Formula is immutable; words that are no formula come back too
def _try_formula(text: str | None) -> Formula | None:
    if not text:
        return None
    try:
        return parse_formula(text)
    except FormulaError:
        return None


# ---------------------------------------------------------------------------- tokenizing
_SEPARATORS = "–-+/@"
_UNIT = (r"(?:wt\s*\.?\s*-?\s*%|wt\s*pct|mass\s*%|weight\s*%|mole?\s*\.?\s*%|at\s*\.?\s*%|vol\s*\.?\s*%"
         r"|v\s*/\s*v\s*%|%)")
AMOUNT_UNIT = _UNIT  # how an amount's unit is written ("wt%", "wt.-%", "mass %", "mol%"), for text readers
_AMOUNT_AT = re.compile(rf"\d+(?:\.\d+)?\s*{_UNIT}")
_FRACTION_AT = re.compile(r"\d+/\d+")
_AMOUNT_PREFIX = re.compile(rf"^(\d+(?:\.\d+)?)\s*({_UNIT})\s*")
_AMOUNT_SUFFIX = re.compile(rf"\s*(?:\(\s*(\d+(?:\.\d+)?)\s*({_UNIT})\s*\)|\s(\d+(?:\.\d+)?)\s*({_UNIT}))$")
# (a symbolic coefficient's minus is a hyphen or, as the text's '−' is made, an en dash: '(1–x)LiI')
# '10wt%(Ni/C)', '5 wt% (Mg(BH4)2)': a loading, then the one material it is of in brackets (a list or composite of
# several inside, '(Ni + CeO2)', is no one material and stays)
_LOADING_THEN_BRACKET = re.compile(rf"(\d+(?:\.\d+)?\s*{_UNIT})\s*\(((?:[A-Za-z0-9/@]|\([A-Za-z0-9]+\)\d*)+)\)")
# '10 wt% (Ni + CeO2)': a loading, then a bracket round a group of several materials
_GROUP_LOADING = re.compile(rf"(\d+(?:\.\d+)?\s*{_UNIT})\s*(?=[(\[])")
# '0.9(3LiBH4–LiI)–0.1P2S5', '0.8[0.75LiBH4–0.25LiI]–0.2LiNH2': a count of formula units of a bracketed group
# ('(1−x)[0.75LiBH4–0.25LiI]–xLiNH2': a series' symbolic count, which leaves the members no one amount)
_GROUP_COUNT = re.compile(r"(\d+(?:\.\d+)?|(?P<symbol>\([\d.]*[xyzn]?[+\-–][\d.]*[xyzn]?\)|[xyzn]))\s*(?=[(\[])")
_COEFF_PREFIX = re.compile(r"^(?:(\d+(?:\.\d+)?(?:/\d+)?)|\(([\d.]*[xyzn](?:[+\-–][\d.]*[xyzn]?)*|"
                           r"\d+(?:\.\d+)?[+\-–][\d.]*[xyzn])\)|([xyzn]))\s*(?=[A-Z(\[α-ω]|[a-z]{1,3}-[A-Z])"
                           # ('Mg–5graphene': a number glued to a material's name in words is its count too)
                           r"|^(\d+(?:\.\d+)?)(?=[a-z]{4,}$)")
_SYMBOL = "xyznδ"
_VARIABLE_AMOUNT_PREFIX = re.compile(rf"^[xyzn]\s*{_UNIT}\s*(?:of\s+)?(?=[A-Z(\[])")
_BRACKETED_FRACTION = re.compile(r"^\((\d+/\d+)\)\s*(?=[A-Z(\[])")
# a coefficient printed as one of Unicode's vulgar fraction signs ('LiBH4 + ½MgH2', '½ MgH2'): characters, not
# vocabulary, their values unicodedata's
_VULGAR_FRACTION = re.compile(r"^([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])\s*(?=[A-Z(\[])")


@dataclass
class _Piece:
    text: str
    sep: str | None = None          # separator written before the piece
    group: int | None = None        # index of the parenthesized group it belongs to
    lead: str = ""                  # the loading written before its group's bracket ('10 wt%' of '10 wt% (Ni + CeO2)')


# a notation of plain ASCII letters, digits and brackets ('MgH2', 'Mg(BH4)2'): no markup, dash, dot or space,
# so every rewriting below leaves it as it is
_PLAIN = re.compile(r"[A-Za-z0-9()\[\]]+")
# (compiled once: every notation of a paper is made canonical)
_LONG_DASH = re.compile(r"[—−]|(?<=\S)--(?=\S)")
_AT_SLASH = re.compile(r"@\s*/")
_DOT_SIGNS = re.compile(r"[⋅•∙]")


def _canonical_text(text: str) -> str:
    if _PLAIN.fullmatch(text):
        return text
    s = strip_markup(text)
    s = _LONG_DASH.sub("–", s).replace("‐", "-").replace("‑", "-")
    s = _AT_SLASH.sub("@", s) if "@" in s else s
    s = _DOT_SIGNS.sub("·", s)
    # "3LiBH4·LiI": a coefficient on the first part of a dotted formula counts that part only, so
    # this is the composition 3LiBH4–LiI, not three of an adduct LiBH4·LiI ("Mg(BH4)2·2NH3" and
    # "2Mg(BH4)2·2NH3", without a bare second part, stay adducts)
    # ("3TiCl3·AlCl3", two salts with no hydrogen: one double salt, the catalyst sold as such, stays whole)
    s = _COUNTED_DOT.sub(_counted_dot_split, s) if "·" in s else s
    if "%(" in s or "% (" in s:
        s = _LOADING_THEN_BRACKET.sub(r"\1 \2", s)   # 'MgH2-10wt%(Ni/C)': the loading's one material in brackets
    s = supported_notation(s)
    if ("@" in s or "/" in s) and _TAGGED_SUPPORTED.search(s):
        s = _TAGGED_SUPPORTED.sub(_untagged_supported, s)
    if "decorated" in s or "loaded" in s:
        s = _DECORATED.sub(_decorated_as_supported, s)
    if _COATING_WORD.search(s):
        s = _COATED.sub(_coated_as_core_shell, s)
    return re.sub(r"\s+", " ", s).strip()


# "nano-ZrC@C", "ultrafine Ni/C": a size or form tag before a catalyst written on its support is the catalyst's
# form, no part of its name (README: 'nano-TiO2' is TiO2; so 'nano-ZrC@C' is ZrC@C)
_TAGGED_SUPPORTED = re.compile(r"(?<![\w\-–/@(])(?P<tag>[a-z]+(?:[-‐\s]+[a-z]+)?)[-‐\s]+"
                               r"(?P<cat>[A-Z][A-Za-z0-9()]*)(?=[@/])")


def _untagged_supported(m: re.Match[str]) -> str:
    """The catalyst without its tag, when the ontology's MaterialForm words make the tag one
    (``_described_material``)."""
    onto = _ontology(None)
    described = _described_material(f"{m.group('tag')}-{m.group('cat')}", onto)
    return m.group("cat") if described is not None else str(m.group(0))


# "Co-decorated Ti3C2", "Pd-loaded TiO2": a catalyst named as the prefix that puts it on a support written by its
# formula; that is the catalyst on its support, the material 'Co/Ti3C2' names with a slash (a hydride after the
# prefix is a sample: "Ni-decorated MgH2" is read where samples are)
DECORATING = r"(?:decorated|loaded)"
_DECORATED = re.compile(rf"(?<![\w\-–/@])(?P<cat>[A-Z][A-Za-z0-9]*)[-‐]{DECORATING}\s+"
                        rf"(?P<base>[A-Z][A-Za-z0-9]*)(?![\w\-–/@])")


def _decorated_as_supported(m: re.Match[str]) -> str:
    cat, base = _try_formula(m.group("cat")), _try_formula(m.group("base"))
    if cat is None or base is None or {"H", "D"} & (set(cat.elements) | set(base.elements)):
        return str(m.group(0))
    return f"{m.group('cat')}/{m.group('base')}"


# "Carbon-coated Ni", "graphene-wrapped Fe", "C-encapsulated Co": a catalyst named after the prefix that puts a shell
# around it is the catalyst in its shell, the material 'Ni@C' names with an '@' (a hydride after the prefix is a
# sample in its shell, "carbon-coated MgH2", read where samples are)
COATING = r"(?:coated|encapsulated|wrapped|covered|shelled)"
_COATING_WORD = re.compile(COATING)
# (``*+``: the dash after the shell's letters is none of them, so giving letters back never lets it match — a
# search of the paper tried it at every letter of every word)
_COATED = re.compile(rf"(?<![\w\-/@])(?P<shell>[A-Za-z][A-Za-z0-9]*+)[-‐]{COATING}\s+"
                     rf"(?P<core>[A-Z][A-Za-z0-9]*)(?![\w\-–/@])")


def _coated_as_core_shell(m: re.Match[str]) -> str:
    onto = _ontology(None)
    core = _resolve(m.group("core"), onto)
    shell = _resolve(m.group("shell"), onto) or _resolve(m.group("shell").lower(), onto)
    if core is None or core.formula is None or shell is None or _stores_hydrogen(core, onto) \
            or shell.formula is not None and {"H", "D"} & set(shell.formula.elements):
        return str(m.group(0))
    return f"{m.group('core')}@{shell.rendered}"


def _stores_hydrogen(material: _Material, onto: _Ontology) -> bool:
    """A hydride, a material the ontology files with them (Li3N), or a metal or alloy it stores hydrogen as
    (Mg, Mg2Ni): a sample of its own, not a catalyst."""
    f = material.formula
    if material.term is not None and material.term.id in onto.hydride_terms or f is None:
        return True
    metals = _metals(f.elements)
    return bool({"H", "D"} & set(f.elements)) or len(metals) == len(f.elements) \
        and frozenset(metals) in onto.storage_metal_sets


# "Ni–N–C", "Fe-N4-C", "Co–Nx–C": a metal held by nitrogen in carbon (a single-atom catalyst) is the metal on
# N-doped carbon, the material "Ni/NC" names with a slash (not nickel, nitrogen and carbon side by side)
_METAL_N_C = re.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]?)[-–]N(?:\d|x)?[-–]C(?![A-Za-z0-9(])")


def supported_notation(text: str) -> str:
    """The text with a metal–N–C catalyst written as the metal on N-doped carbon ('Ni-N-C' → 'Ni/NC')."""
    return _METAL_N_C.sub(lambda m: f"{m.group(1)}/NC" if _metals([m.group(1)]) else m.group(0), text)


_COUNTED_DOT = re.compile(r"(^|[–\-+/@\s])(\d+(?:\.\d+)?[A-Z][A-Za-z0-9()\[\]]*)·"
                          r"(?=(?P<next>[A-Z(\[][A-Za-z0-9()\[\]]*))")


def _counted_dot_split(m: re.Match[str]) -> str:
    """The composite a counted dotted formula writes, split at its dot ('3LiBH4·LiI': 3LiBH4–LiI) — unless neither
    part holds hydrogen: '3TiCl3·AlCl3' is one double salt, the catalyst as made and sold, written per formula unit
    of its first salt as the other notation of it is ('TiCl3·1/3AlCl3': one material, one system)."""
    count = re.match(r"\d+(?:\.\d+)?", m.group(2))
    first, second = _try_formula(m.group(2)[count.end():]) if count else None, _try_formula(m.group("next"))
    if count and first is not None and second is not None and not (_HYDROGEN & set(first.elements)) \
            and not (_HYDROGEN & set(second.elements)) and _metals(first.elements) and _metals(second.elements):
        share = 1 / Fraction(count.group(0))
        return f"{m.group(1)}{m.group(2)[count.end():]}·{share}"
    return f"{m.group(1)}{m.group(2)}–"


# the characters ``_split`` may cut at: a text holding none of them is one piece (most parts of a paper's notations)
_SPLITTING = re.compile(rf"[{re.escape(_SEPARATORS)}·:]")


def _split(text: str) -> list[_Piece]:
    """Split at depth-0 separators; amounts ('25 v/v%') and fractions ('1/2') are not split."""
    if _SPLITTING.search(text) is None:
        return [_Piece(text.strip(), None)]
    pieces, buf, depth, i = [], [], 0, 0
    sep = None
    while i < len(text):
        c = text[i]
        m = _protected_at(text, i)
        if m:
            buf.append(m)
            i += len(m)
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and c == "·" and _salt_after(text, i + 1) and not _salt_before("".join(buf)):
            pieces.append(_Piece("".join(buf).strip(), sep))   # '3LiBH4·LiI': a mixture of salts
            buf, sep = [], "–"
        elif depth == 0 and c == ":" and _hydrides_paired(text, i, "".join(buf)):
            pieces.append(_Piece("".join(buf).strip(), sep))   # 'LiBH4:MgH2': two hydrides mixed
            buf, sep = [], "–"
        elif depth == 0 and c in _SEPARATORS and not _is_charge_sign(text, i, "".join(buf)):
            pieces.append(_Piece("".join(buf).strip(), sep))
            buf, sep = [], c
        else:
            buf.append(c)
        i += 1
    pieces.append(_Piece("".join(buf).strip(), sep))
    return pieces


# a formula on either side of a ':' ('LiBH4:MgH2', 'Mg(NH2)2:2LiH', 'LiBH4:LiI'; not a ratio, '2:1', nor a
# phosphor's activator, 'Y2O3:Eu')
_HYDRIDE_AFTER_COLON = re.compile(r"\s*(?:\d+(?:\.\d+)?)?([A-Z][A-Za-z0-9()]*)")
_HYDRIDE_BEFORE_COLON = re.compile(r"(?:^|[–\-+/@\s])(?:\d+(?:\.\d+)?)?([A-Z][A-Za-z0-9()]*)\s*$")


def _hydrides_paired(text: str, i: int, buf: str) -> bool:
    """Does the ':' at ``i`` join the parts of one mixture ('LiBH4:MgH2', 'LiBH4:LiI', 'NaBH4:C60'), as '–' would?
    A hydride of a metal on one side, a formula on the other (not a phosphor's activator, 'Y2O3:Eu': no hydride)."""
    a, b = _HYDRIDE_BEFORE_COLON.search(buf), _HYDRIDE_AFTER_COLON.match(text, i + 1)
    if a is None or b is None:
        return False
    fa, fb = _try_formula(a.group(1)), _try_formula(b.group(1))
    return fa is not None and fb is not None and any("H" in f.elements and bool(_metals(f.elements)) for f in (fa, fb))


def _salt_before(buf: str) -> bool:
    """Is the formula before a '·' a salt with no hydrogen ('3TiCl3' of '3TiCl3·AlCl3')? Two such salts dotted are
    one double salt, the catalyst as it is made and sold, not a mixture of two parts."""
    m = _HYDRIDE_BEFORE_COLON.search(buf)
    f = _try_formula(m.group(1)) if m else None
    return f is not None and bool(_metals(f.elements)) and not (_HYDROGEN & set(f.elements))


def _salt_after(text: str, i: int) -> bool:
    """Is the adduct after a '·' a metal salt ('LiI' in '3LiBH4·LiI': two salts mixed), not a
    neutral ligand ('2NH3', 'xH2O', 'THF') that makes one compound with the formula before it?"""
    m = re.match(r"\s*(?:\d+(?:\.\d+)?|[xyzn])?\s*([A-Z][A-Za-z0-9()]*)", text[i:])
    f = _try_formula(m.group(1)) if m else None
    return f is not None and bool(_metals(f.elements)) and "H" not in f.elements


def _protected_at(text: str, i: int) -> str | None:
    """An amount ('25 v/v%') or a fraction ('1/2NH3', '(BH4)1/2(NH2)') starting at i, kept whole."""
    if not text[i].isdigit():
        return None
    prev = text[i - 1] if i else ""
    if prev.isalnum():
        return None                                  # 'LiBH4/1/2NH3': the 4 is a subscript
    m = _AMOUNT_AT.match(text, i)
    if m:
        return m.group(0)
    m = _FRACTION_AT.match(text, i)
    if m and _AMOUNT_AT.match(text, text.index("/", i) + 1):
        return None                                  # 'Mg(BH4)2/5 wt% X': a subscript, then a loading after the slash
    if m and prev in ")]":
        # after a group a fraction is a subscript only where no formula follows: 'Mg(NH2)2/2LiH'
        nxt = text[m.end():m.end() + 1]
        return m.group(0) if nxt in ("", "(", "[", " ") or nxt in _SEPARATORS else None
    return m.group(0) if m else None


def _is_charge_sign(text: str, i: int, buf: str) -> bool:
    """A sign that is a charge ('BH4^-', 'Li+' closing a piece), not a separator between two."""
    if text[i] in "+-" and re.search(r"\^\d*$", buf):
        return True
    return text[i] == "+" and (i + 1 == len(text) or text[i + 1] in " )–") and i > 0 and text[i - 1] != " "


def _join(a: _Piece, b: _Piece) -> _Piece:
    return _Piece(f"{a.text}{b.sep}{b.text}", a.sep, a.group)


# the class every hydride belongs to: its name after a formula ('LaNi5-hydride') is that material's hydride
_HYDRIDE_ROOT = "Hydride"


def _hyphen_binds(left: str, right: str, onto: _Ontology, after_at: bool = False) -> bool:
    """Is this '-' part of one name or formula ('SBA-15', 'N-doped carbon', 'LiBH4-xFx')? ``after_at``:
    the left part stands in a scaffold's place, after an '@'."""
    if not left or not right:
        return False
    if re.fullmatch(r"\d+[A-Za-z]?", right) or re.fullmatch(rf"[{_SYMBOL}]", right):
        return True                                   # SBA-15, MCM-41, TiO2-x
    if re.fullmatch(r"\d+\([A-Z][a-z]?\)", right) and re.fullmatch(r"[A-Z][A-Za-z]{1,5}", left):
        return True                                   # MOF-74(Mg), MIL-101(Cr): a framework's code, its metal
    if re.fullmatch(r"\d+[a-z]{2,4}", right) and re.fullmatch(r"[A-Z](?=[a-z]?[A-Z])[A-Za-z]{1,5}", left):
        return True                                   # UiO-67bpy: a framework's code, its linker's suffix
    sym = re.match(rf"([{_SYMBOL}])(?=[A-Z(\[])", right)
    if _variable_site(left, right):
        return True                                   # LiBH4-xFx, Mg1-xZnx(BH4)2
    if re.fullmatch(r"[α-ωa-z]{1,3}", left):
        return True                                   # γ-Al2O3, g-C3N4
    if _metal_framework(f"{_material_text(left)}-{right}", onto) is not None:
        return True                                   # NiCo-LDH, CoNi-MOF: one framework of those metals
    if right in onto.form_abbreviations and (f := _try_formula(_material_text(left))) is not None \
            and f.elements and len(_metals(f.elements)) == len(f.elements):
        return True                                   # Fe-SA: the metal's single atoms
    if sym and _resolve(right[1:], onto) is not None:
        return False                                  # '(1-x)Li2B12H12-xLiI': x of a second part, LiI
    if _VARIABLE_AMOUNT_PREFIX.match(right):
        return False                                  # 'MgH2-x wt% TiF3': a loading written as the series variable
    if (m := _resolve(right, onto)) is not None and m.term is not None and m.term.id == _HYDRIDE_ROOT \
            and _try_formula(_material_text(left)) is not None:
        return True                                   # Mg17Al12-hydride: the hydride of that alloy, one material
    if re.match(r"[a-z]", right) and _resolve(right, onto) is None:
        return True                                   # N-doped carbon (but Ni-graphene is two parts)
    if re.fullmatch(r"[A-Z]", lead := _material_text(left)) and lead in NONMETALS \
            and _resolve(right, onto) is not None and not _bare_metal(right):
        # P-Li3VO4: P-doped Li3VO4, loading and all ('10 wt% P-Li3VO4'); but '@C-Co' is carbon and Co
        return True
    joined = f"{left}-{right}"
    if onto.v.lookup(joined, "Material") is not None:
        return True                                   # names the ontology knows (Ti-MXene …)
    if after_at and _support_and_catalyst(left, right, onto):
        return False                                  # '@MC-NbF5': a support's abbreviation, then a catalyst
    # ('ML-Ti3C2' elsewhere: a form word in capitals before the material, see _described_material)
    if _UNREAD_CAPITALS.fullmatch(left) and re.match(r"\d", right) \
            and (m := _resolve(_material_text(right), onto)) is not None and m.term is not None:
        return False      # 'AOLIBHI-5PMMA': after a designation in capitals, a count opens a second part
    # 'Heated-LiBH4', 'HELMO-NO3': an unknown word glued to a known part is reported whole
    return _resolve(_material_text(left), onto) is None and \
        _resolve(_material_text(right), onto) is not None


def _variable_site(left: str, right: str) -> bool:
    """'Mg1-xZnx', 'Mg1–xAlx', 'LiBH4-xFx': a count minus the symbol that counts the next element of the same
    formula (the symbol is written again after that element), one formula, whichever dash the minus is; or the
    symbol counts an element before ('LixNa3-xAlH6': Li x, Na 3-x)."""
    sym = re.match(rf"([{_SYMBOL}])(?=[A-Z(\[])", right)
    return sym is not None and left[-1:].isdigit() and (
        sym.group(1) in right[1:] or re.search(rf"[A-Z][a-z]?{sym.group(1)}(?=[A-Z(])", left) is not None)


# an abbreviation in capitals ('MC', 'AC', 'OMC', 'CNF'): how papers name a support they made
_ABBREVIATION = re.compile(r"[A-Z]{2,4}")


def _support_and_catalyst(left: str, right: str, onto: _Ontology) -> bool:
    """'LiBH4@MC-NbF5', 'MgH2@AC-Ni': a label in capitals that is no formula nor a name the ontology
    knows, joined to a transition-metal catalyst: two parts, the support (its abbreviation, kept as
    written) and the catalyst dispersed on it — not one unknown word."""
    if not _ABBREVIATION.fullmatch(left) or _try_formula(left) is not None or onto.v.lookup(left, "Material"):
        return False
    found = _resolve(right, onto)
    return found is not None and found.formula is not None and bool(set(found.formula.elements) & TRANSITION) \
        and "H" not in found.formula.elements


def _glued_supports(pieces: list[_Piece], onto: _Ontology) -> list[_Piece]:
    """'LiBH4@MCNbF5' (the hyphen of '@MC-NbF5' lost in a converted text): after an '@', a word no
    formula or name reads whole that is a support's abbreviation glued to a catalyst is the two."""
    out: list[_Piece] = []
    for p in pieces:
        if p.sep == "@" and _resolve(p.text, onto) is None:
            cut = next((k for k in range(2, 5) if k < len(p.text) - 1 and p.text[k].isupper()
                        and _support_and_catalyst(p.text[:k], p.text[k:], onto)), None)
            if cut is not None:
                out += [_Piece(p.text[:cut], "@", p.group), _Piece(p.text[cut:], "-", p.group)]
                continue
        out.append(p)
    return out


def _carbon_support(text: str, onto: _Ontology) -> bool:
    """A carbon the ontology files under its carbon supports ('C', 'CNT', 'rGO')."""
    found = _resolve(text, onto)
    carbon = onto.classes[_CLASS_CARBON.id]
    return found is not None and found.term is not None and carbon is not None and onto.v.is_a(found.term.id, carbon)


def _sample_code(out: list[_Piece], p: _Piece, last: bool, onto: _Ontology) -> bool:
    """'Mg@C-3', 'MgH2/C-3', 'LiBH4@TiO2-2': a number hyphened to the last part of a composite, that
    part a formula, is the sample's label in a series the paper made, not part of the formula — unlike
    a name whose number belongs to it ('SBA-15', 'ZIF-8', 'MOF-5': no formula before the hyphen)."""
    if not (last and p.sep == "-" and len(out) >= 2 and re.fullmatch(r"\d{1,2}", p.text)):
        return False
    left = out[-1].text
    return _try_formula(left) is not None and onto.v.lookup(f"{left}-{p.text}", "Material") is None


def _bind_hyphens(pieces: list[_Piece], onto: _Ontology) -> list[_Piece]:
    out: list[_Piece] = []
    for i, p in enumerate(pieces):
        if _sample_code(out, p, i == len(pieces) - 1, onto):
            break       # the sample's label: no part of the system
        if out and p.sep == "-" and out[-1].sep == "@" and _carbon_support(out[-1].text, onto) \
                and _resolve(p.text, onto) is not None:
            out.append(p)    # '@C-NbF5', '@C-TiO2': in the scaffold's place, carbon and a catalyst on it
            continue
        if out and p.sep == "-" and _hyphen_binds(out[-1].text, p.text, onto, out[-1].sep == "@"):
            out[-1] = _join(out[-1], p)
        elif out and p.sep == "–" and p.text[:1] in _SYMBOL and _variable_site(out[-1].text, p.text):
            # 'Mg1–xAlx': the minus of a site's count set as a dash, read as the formula's minus
            out[-1] = _join(out[-1], replace(p, sep="-"))
        elif out and p.sep == "–" and out[-1].text[-1:].islower() and p.text[:1].islower() \
                and onto.v.lookup(f"{out[-1].text}-{p.text}", "Material") is not None:
            # 'metal–organic framework': a dash inside one name the ontology knows, between its words,
            # is no separator of two materials (a dash between two names is: 'graphene–carbon nanotube')
            out[-1] = _join(out[-1], p)
        else:
            out.append(p)
    return out


def _expand_groups(pieces: list[_Piece], onto: _Ontology, groups: list[str]) -> list[_Piece]:
    """'(3LiBH4–LiI)–20P2S5': a bracketed sub-system is split too, and remembered as a group.
    'MgH2 + 10 wt% (Ni + CeO2)': one loading written before a group is the group's, shared by its members
    (what each of them holds is not said: the members take no amount, the name keeps the loading)."""
    if not any("(" in p.text or "[" in p.text for p in pieces):
        return list(pieces)     # (no bracket, no group: most notations)
    out = []
    for i, p in enumerate(pieces):
        supported = i + 1 < len(pieces) and pieces[i + 1].sep in ("@", "/")
        # ('5 wt% (Ni-TiO2)@rGO': a loaded group on a support is one supported catalyst, loading and all)
        lead = _GROUP_LOADING.match(p.text) if p.text[:1].isdigit() and not supported else None
        count = _GROUP_COUNT.match(p.text) if lead is None and not supported else None
        opened = lead or count
        body = p.text[opened.end():] if opened is not None else p.text
        wrapped = body[:1] + body[-1:] in ("()", "[]")
        inner = body[1:-1] if wrapped else None
        if inner and _balanced(inner) and any(c in inner for c in _SEPARATORS):
            sub = _bind_hyphens(_split(inner), onto)
            symbol = count.group("symbol") if count is not None else None
            if count is not None and not symbol and not _counted_through(sub, Fraction(count.group(1))):
                out.append(p)
                continue
            if len(sub) > 1:
                sub[0].sep = p.sep
                # (a series' symbolic count stays in the name, where a member's value replaces it)
                sub[0].lead = lead.group(1) if lead is not None else (symbol or "").replace("–", "-")
                for s in sub:
                    s.group = len(groups)
                groups.append(p.text)
                out.extend(sub)
                continue
        out.append(p)
    return out


def _counted_through(members: list[_Piece], count: Fraction) -> bool:
    """Each member of a group written with a count before its bracket takes the count into its own coefficient
    (0.9 units of 3LiBH4·LiI hold 2.7 LiBH4 and 0.9 LiI): the members' texts are rewritten so. False, and nothing
    changed, where a member is written with a loading or a symbol ('0.9(MgH2–10 wt% Ni)'), whose share a count
    does not scale."""
    scaled = []
    for m in members:
        _, amount, coeff, error = _read_amount(m.text)
        if error or (amount is None and coeff) or (amount is not None and amount.unit != "ratio"):
            return False
        value = count * (Fraction(amount.value).limit_denominator(1000) if amount is not None else 1)
        scaled.append("" if value == 1 else f"{float(value):g}")
    for m, shown in zip(members, scaled):
        m.text = shown + _read_amount(m.text)[0]
    return True


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += c in "(["
        depth -= c in ")]"
        if depth < 0:
            return False
    return depth == 0


# ------------------------------------------------------------------------- components
@dataclass(frozen=True)     # (shared: ``_resolve`` gives one per name and document)
class _Material:
    rendered: str                    # normalized formula or label: the name part
    formula: Formula | None = None
    term: Term | None = None
    dopant: str | None = None        # 'P' in 'P-Li3VO4'
    written: str | None = None       # 'Thin film MgH2': a hydride under a descriptor, named as written
    metals: str | None = None        # 'NiCo' of 'NiCo-LDH': the metals a framework class is built of
    symbols: tuple[str, ...] = ()    # 'Mg', 'Ni' of 'Mg–25Ni': the elements of an alloy written without a formula


@dataclass
class _Part:
    text: str
    sep: str | None
    group: int | None
    material: _Material | None
    amount: Amount | None = None
    coeff_text: str = ""             # as rendered in the name ('2', '0.5', 'x')
    role: str | None = None
    additive_class: str | None = None
    notes: list[str] = field(default_factory=list)
    partner: bool = False            # what turns the host into a derived compound ('NH3' of 'Mg(BH4)2·2NH3')
    lead: str = ""                   # its group's shared loading, as written before the bracket

    @property
    def elements(self) -> tuple[str, ...]:
        if self.material and self.material.formula:
            return self.material.formula.elements
        return self.material.symbols if self.material else ()


def _strip_amount(text: str) -> tuple[str, Amount | None, str, str | None]:
    """(material text, amount, coefficient text, error) from '10 wt% Ni', '2MgH2', 'x LiI'."""
    rest, amount, coeff, error = _read_amount(text)
    # (the Amount is the caller's own: a part's amount is a mutable model)
    return rest, (amount.model_copy() if amount is not None else None), coeff, error


def _material_text(text: str) -> str:
    """The material's words of a part, its amount or coefficient taken off ('Ni' of '10 wt% Ni')."""
    return _read_amount(text)[0]


@per_document(maxsize=8192)     # (the rules ask again of each part: a dozen times per parse)
def _read_amount(text: str) -> tuple[str, Amount | None, str, str | None]:
    t = text.strip()
    # (a trailing amount ends in its unit's '%' or 'pct', or in the bracket around it: the search, which
    # tries every position, runs only there)
    m = _AMOUNT_PREFIX.match(t) or (_AMOUNT_SUFFIX.search(t) if t.endswith(("%", "pct", ")")) else None)
    if m:
        value, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        rest = (t[m.end():] if m.re is _AMOUNT_PREFIX else t[:m.start()]).strip()
        try:
            return rest, Amount(value=float(value), unit=_amount_unit(unit)), "", None
        except ValidationError as exc:
            return rest, None, "", f"amount '{m.group(0).strip()}': {exc.errors()[0]['msg']}"
    # a loading written as the variable of a series ('x wt% VCl3' of 'MgH2–x wt% VCl3 (x = 2, 5, 10)'):
    # the material with no one amount
    m = _VARIABLE_AMOUNT_PREFIX.match(t)
    if m:
        return t[m.end():].strip(), None, "", None
    # a fraction some authors bracket ('(1/2)MgH2', '(2/3)CaH2') is the coefficient written bare ('1/2MgH2')
    t = _BRACKETED_FRACTION.sub(r"\1", t, count=1) if t.startswith("(") else t   # (its bracket opens the text)
    t = _VULGAR_FRACTION.sub(_fraction_written, t, count=1) if not t.isascii() else t
    m = _COEFF_PREFIX.match(t)
    if m:
        rest = t[m.end():].strip()
        number = m.group(1) or m.group(4)
        if number:
            value = Fraction(number) if not re.search(r"/0+$", number) else Fraction(0)
            if value <= 0:
                return rest, None, "", f"coefficient '{number}' must be above zero"
            shown = "" if value == 1 else f"{float(value):g}"  # '1LiBH4–MgH2' is 'LiBH4–MgH2'
            return rest, Amount(value=float(value), unit="ratio"), shown, None
        symbolic = m.group(2) or m.group(3)
        symbolic = symbolic.replace("–", "-")   # "(1−x)" and "(1-x)" name one family
        return rest, None, (f"({symbolic})" if m.group(2) else symbolic), None
    return t, None, "", None


def _fraction_written(m: re.Match[str]) -> str:
    """'½' as the coefficient '1/2' the notation readers take."""
    return str(Fraction(unicodedata.numeric(m.group(1))).limit_denominator(16))


def _amount_unit(unit: str) -> str:
    u = re.sub(r"[\s.]", "", unit).casefold()
    if u.startswith("mol"):
        return "mol%"
    if u.startswith("at"):
        return "at%"   # atomic per cent: a share of atoms, not of formula units (kept as written)
    if u.startswith(("vol", "v/v")):
        return "vol%"
    return "wt%"  # 'wt%', 'mass%', and a bare '%' (the usual meaning for additives to hydrides)


def alloy_without_formula(text: str, vocab: Vocabulary | None = None) -> str | None:
    """The term of the alloy a name that is no formula stands for ('AZ91': a commercial Mg alloy by its designation;
    'MmNi5': a mischmetal AB5 alloy; 'A2B7-type alloy': a family of them), a storage host kept as written; else None."""
    onto = _ontology(vocab)
    found = _resolve(text, onto)
    if found is None or found.formula is not None or found.term is None:
        return None
    term = found.term.id
    # (a family of storage alloys, 'AB5-type', 'Ti–V-based BCC alloys', stores hydrogen as its members do)
    return term if term in onto.storage_alloy_terms or term == onto.pseudo_element_alloy or term in onto.family_terms \
        else None


def is_family(term_id: str, vocab: Vocabulary | None = None) -> bool:
    """A family of materials the ontology names without a composition ('Mg–RE alloys', 'AB5-type alloys'): a
    material of its own, kept as written, that a value is put on when no member is named."""
    return term_id in _ontology(vocab).family_terms


def _pseudo_element_alloy(text: str, onto: _Ontology) -> _Material | None:
    """'MmNi5', 'MmNi3.55Co0.75Mn0.4Al0.3': a pseudo-element's symbol (mischmetal's 'Mm') and then a formula of metals
    is an alloy of the ontology's class for them, kept as written (no formula: the symbol is no element); else None."""
    alloy = onto.pseudo_element_alloy
    lead = onto.pseudo_elements.match(text) if alloy else None
    rest = _try_formula(text[lead.end():]) if lead is not None else None
    if not alloy or rest is None or rest.is_symbolic or _metals(rest.elements) != list(rest.elements):
        return None
    return _Material(text, None, onto.v.get(alloy))


@per_document(maxsize=8192)     # (the rules resolve the same part several times per parse: 1444 calls, 398 names)
def _resolve(text: str, onto: _Ontology) -> _Material | None:
    """A name the ontology knows, a formula, or a doped material ('P-Li3VO4'); else None."""
    if not text:
        return None
    term = onto.v.lookup(text, "Material")
    if term is not None and term.id in onto.family_terms:
        return _Material(term.label, None, term)   # 'Mg-RE alloys', 'AB5-type': the family by its label, singular
    if term is not None and term.formula is None and term.id in onto.storage_alloy_terms:
        return _Material(text, None, term)     # 'AZ91': a Mg alloy named by its designation keeps it as written
    if term is not None:
        f = onto.term_formula(term)
        if f is not None and f.is_symbolic:
            written = _try_formula(text)  # "Li2(BH4)(NH2)", a member of Li(BH4)1-x(NH2)x: as written
            f = written if written is not None and not written.is_symbolic else f
        return _Material(f.display if f else term.label, f, term)
    f = _try_formula(text)
    if f is not None:
        return _Material(f.display, f, onto.lookup_material(f.normalized))
    if (alloy := _pseudo_element_alloy(text, onto)) is not None:
        return alloy
    if (term := onto.v.by_notation(text)) is not None:
        return _Material(term.label, None, term)           # 'EG' of 'MgH2–EG': expanded graphite
    m = re.fullmatch(r"([A-Z][a-z]?)-(?:doped\s+)?(.+)", text)
    if m and m.group(1) in NONMETALS:
        base = _resolve(m.group(2), onto)
        if base is not None:
            joiner = "-doped " if "doped" in text else "-"
            return _Material(f"{m.group(1)}{joiner}{base.rendered}", base.formula, base.term, m.group(1))
    return _composition_alloy(text) or _metal_framework(text, onto) or _doped_additive(text, onto) \
        or _compound_in_words(text, onto) or _described_hydride(text, onto) or _described_material(text, onto) \
        or _architecture_support(text, onto) or _class_word_after(text, onto) or _labelled_hydride(text, onto) \
        or _named_in_bracket(text, onto) or _hydride_of(text, onto) or _formula_then_alloy_noun(text, onto)


def _formula_then_alloy_noun(text: str, onto: _Ontology) -> _Material | None:
    """'La0.7Mg0.3Ni2.8Co0.5 alloy', 'Mg2Ni alloy': a formula of metals only, then the noun of an alloy, is that
    formula (the noun says what kind of solid the formula is, as the mentions read it)."""
    head, _, _ = text.strip().rpartition(" ")
    # (a metal in brackets is a solid solution's solute, 'Mg(Sn) alloy': read as the solid solution it writes)
    if not head or "(" in head or not onto.alloy_noun.fullmatch(text.strip(), len(head)):
        return None
    found = _try_formula(head)
    if found is None or not found.elements or len(_metals(found.elements)) != len(found.elements):
        return None
    return _Material(found.display, found, onto.lookup_material(found.normalized))


def _named_in_bracket(text: str, onto: _Ontology) -> _Material | None:
    """'SiO2(MCM-41)', 'C (CMK-3)': a formula with the name of the material it is bracketed after it — a
    name the ontology knows as a kind of that substance (MCM-41 a silica, CMK-3 a carbon) — is the named
    material, which says more than the formula."""
    m = re.fullmatch(r"([A-Z][A-Za-z0-9]*)\s*\(([^()]+)\)", text)
    found = _try_formula(m.group(1)) if m else None
    if m is None or found is None or (substance := onto.lookup_material(found.normalized)) is None \
            or (named := onto.v.lookup(m.group(2), "Material")) is None:
        return None
    words = {substance.label.lower(), found.display.lower()}
    labels = [w.lower() for t in onto.lineage(named.id) for w in (onto.v.get(t).label, *onto.v.get(t).alt_labels)]
    if not any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", label) for w in words for label in labels):
        return None
    return _resolve(m.group(2), onto)


def _class_word_after(text: str, onto: _Ontology) -> _Material | None:
    """'Ti3C2MXene', 'Nb2O5oxide': a formula with the name of its class glued after it is that formula
    (the class word names what the formula is, as 'Ti3C2 MXene' does with its space)."""
    if not re.search(r"[a-z]{2}s?$", text):      # (a word ends it: no formula ends in two small letters)
        return None
    for i in range(len(text) - 3, 0, -1):
        word = text[i:].strip()
        if not re.fullmatch(r"[A-Za-z-]{3,}", word) or text[i - 1].isalpha() and not text[i].isupper():
            continue                              # a word begins at a capital or after a digit, bracket, space
        cls = onto.v.lookup(word, "Material")
        found = _try_formula(text[:i].strip()) if cls is not None else None
        term = onto.lookup_material(found.normalized) if found is not None else None
        if found is not None and term is not None and cls is not None and cls.id in onto.lineage(term.id):
            return _Material(found.display, found, term)
    return None


def _hydride_of(text: str, onto: _Ontology) -> _Material | None:
    """'Mg17Al12-hydride', 'LaNi5-hydride': the hydride of a material written by its formula and the name of
    the class of all hydrides — that material (its elements say what it is made of), named as written."""
    left, _, right = text.rpartition("-")
    found = _try_formula(left) if left else None
    m = onto.v.lookup(right, "Material") if found is not None else None
    if found is None or m is None or m.id != _HYDRIDE_ROOT:
        return None
    return _Material(found.display, found, onto.lookup_material(found.normalized), written=text)


def _labelled_hydride(text: str, onto: _Ontology) -> _Material | None:
    """'BM50MgH2', 'XM12Mg2NiH4': a sample's label of capitals and a number glued before a hydride's formula
    (the paper's code for a batch) is that hydride, where the whole reads as no formula (there is no
    element 'M'; 'S2LiBH4' is read as written)."""
    m = re.fullmatch(r"[A-Z]{1,3}\d+([A-Z][A-Za-z0-9()]*)", text)
    if m is None:
        return None
    found = _try_formula(m.group(1))
    term = onto.lookup_material(found.normalized) if found is not None and "H" in found.elements else None
    return _Material(found.display, found, term) if found is not None and term is not None else None


def _architecture_support(text: str, onto: _Ontology) -> _Material | None:
    """'silica aerogel', 'ordered nanoporous hard carbon', 'graphene foam': a support the ontology knows (its
    material and class), under words of its architecture (SupportArchitecture) that make it a scaffold of its
    own; named as written (``architecture_name``)."""
    words = re.sub(r"\s+", " ", text).strip().split(" ")
    name = _architecture_name(words, onto)
    if name is None:
        return None
    core = [w for w in words if w.casefold() not in onto.architecture_words]
    base = _resolve(" ".join(core), onto) if core else None
    if base is None or base.term is None or base.written is not None:
        return None
    return _Material(base.rendered, base.formula, base.term, written=name)


# 'NiCo-LDH', 'CoNi-MOF', 'ZnCo-ZIFs', 'NiCo-LDH-derived': metals' symbols, then a class abbreviation
_METAL_FRAMEWORK = re.compile(r"(?P<metals>(?:[A-Z][a-z]?){1,4})[-‐](?P<cls>[A-Z]{2,4})s?(?:[-‐]derived)?")


def _metal_framework(text: str, onto: _Ontology) -> _Material | None:
    """A framework class written after the metals built into it ('NiCo-LDH', 'CoNi-MOF'): one material of
    that class (one the ontology marks hkg:namedByMetals), named as written without '-derived'; the metals
    are no additive of their own."""
    m = _METAL_FRAMEWORK.fullmatch(text.strip().removeprefix("(").removesuffix(")"))
    if m is None:
        return None
    term = onto.v.lookup(m.group("cls"), "Material")
    f = _try_formula(m.group("metals"))
    if term is None or not term.named_by_metals or f is None \
            or len(_metals(f.elements)) != len(f.elements):
        return None
    name = re.sub(r"[-‐]derived$", "", m.group(0))
    return _Material(name, None, term, metals=m.group("metals"))


def _compound_in_words(text: str, onto: _Ontology) -> _Material | None:
    """'zirconium tetrachloride' (ZrCl4), 'cobalt boride': a binary compound named in words is one material,
    its formula where the name fixes one, else named as written under the class of its anion (Boride)."""
    named = compound_name(text)
    if named is None:
        return None
    f = _try_formula(named.formula) if named.formula else None
    term = onto.lookup_material(named.formula) if named.formula else None
    if term is None and named.anion_class is not None and named.anion_class in onto.v:
        term = onto.v.get(named.anion_class)
    return _Material(f.display if f else text[:1].lower() + text[1:], f, term)


# a dopant as written: an element's symbol ("Co") or its name in lower case ("nitrogen"; ``_element_named``
# knows no other spelling)
_DOPANT = r"(?:[A-Z][a-z]?|[a-z]{3,})"
# 'Co-doped', 'N, Nb-doped', 'Ce,Ni co-doped', '(Ti/Nb)-doped': the dopants listed (with ',', '/', '&' or 'and',
# maybe in brackets) before a doping verb; ``ingest.extraction.text.doped_names`` finds them before a material's mention
DOPANTS_DOPED = rf"(?P<dopants>\(?{_DOPANT}(?:\s*(?:,|/|&|\band\b)\s*{_DOPANT})*\)?)(?:[-‐]|\s+)(?:co-?)?doped"
# 'Co-doped TiO2', 'nitrogen-doped graphene': the dopants, then the material they dope
_DOPED = re.compile(rf"{DOPANTS_DOPED}\s+(?P<base>\S.*)")
_DOPANT_WORDS = re.compile(r"[A-Za-z]+")


def _doped_additive(text: str, onto: _Ontology) -> _Material | None:
    """A doped catalyst or support is a material of its own, named as written ('Co-doped TiO2'): its
    dopants change what it is, and are no additives of the sample beside it. A doped hydride ('Ti-doped
    NaAlH4') is not one: there the dopant is the sample's additive, read where the host is."""
    m = _DOPED.fullmatch(text.strip())
    if m is None or not all(_element_named(w, onto) for w in _DOPANT_WORDS.findall(m.group("dopants"))
                            if w != "and"):
        return None
    base = _resolve(m.group("base"), onto)
    if base is None or base.formula is None and base.term is None:
        return None
    if base.formula is not None and ("H" in base.formula.elements or "D" in base.formula.elements):
        return None
    written = re.sub(r"\s+", " ", text.strip())
    return _Material(written, base.formula, base.term, m.group("dopants"))


def _element_named(word: str, onto: _Ontology) -> bool:
    """Is ``word`` an element, by symbol ('Nb') or by the name the ontology gives it ('nitrogen')?"""
    if re.fullmatch(r"[A-Z][a-z]?", word):
        f = _try_formula(word)
        return f is not None and len(f.elements) == 1
    if word.islower() and word in onto.dopant_names:
        return True
    term = onto.v.lookup(word, "Material") if word.islower() else None
    f = onto.term_formula(term) if term is not None and term.formula else None
    return f is not None and len(f.elements) == 1


# 'submicron-Mn', 'nano-Ni', 'amorphous Ni', 'ML-Ti3C2' (multilayer): a size, shape or form word, or an
# upper-case abbreviation of one, before a formula or a material of the ontology
# (a negation is no descriptor: 'non-Li' conductors have no Li)
# (a word of size, shape or form: a word beginning of the ontology's MaterialForm scheme, or an adjective's
# ending; 'cast from NMP' and 'cell LiCoO2' name no form of the material)
def _form_word(vocab: Vocabulary) -> str:
    stems = "|".join(re.escape(w) for w in vocab.scheme_words("MaterialForm"))
    return rf"(?:(?:{stems})[a-z]*|[a-z]{{2,}}(?:ous|ine|ic|ised|ized|ated|ered|ayer))"


def _described_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    form_word = _form_word(vocab)
    return re.compile(rf"(?P<words>(?:(?!non\b|non-|un-){form_word}[-‐\s]+){{1,2}}|[A-Z]{{2,4}}[-‐])"
                      r"(?P<rest>[A-Z(\[].*)")


def _described_material(text: str, onto: _Ontology) -> _Material | None:
    """'submicron-Mn', 'nanocrystalline Ni', 'ML-Ti3C2': a material under a word that says its size or
    form is that material (its role and class are the material's); the name keeps the words as
    written. The words are no formula and no material of their own ('Ni-graphene' is two materials)."""
    m = onto.described.fullmatch(text)
    if m is None:
        return None
    words = [w for w in re.split(r"[-‐\s]+", m.group("words")) if w]
    if any(onto.v.lookup(w, "Material") is not None or _try_formula(w) is not None for w in words):
        return None
    base = _resolve(m.group("rest"), onto)
    if base is None or base.written is not None:
        return None
    return _Material(base.rendered, base.formula, base.term, base.dopant, written=re.sub(r"\s+", " ", text))


# A word of a descriptor: English ('Thin', 'film', 'Heated', 'ball-milled': two lower-case letters
# in a row, which no formula has) or a number ('400'); never a formula or an ontology name.
_DESCRIPTOR_WORD = re.compile(r"[A-Za-z]*[a-z]{2}[A-Za-z]*|\d+(?:\.\d+)?")


def _described_hydride(text: str, onto: _Ontology) -> _Material | None:
    """'Thin film MgH2', 'Heated-400LiBH4', 'Nano MgH2': a hydride of the ontology under words that say
    how it was made or shaped; the material is the hydride, the name keeps the words as written."""
    # (a formula the text does not hold is not searched for: a substring look, not a search per hydride)
    found = [(f, m) for f, pattern in onto.hydride_patterns if f in text for m in [pattern.search(text)] if m]
    if not found:
        return None
    formula, m = max(found, key=lambda fm: len(fm[0]))
    if re.search(r"\w", text[m.end():]):
        return None          # 'LiBH4 run', 'MgH2 sample 3': words after the hydride name a record, not the material
    rest = [w for w in re.split(r"[\s\-‐]+", text[:m.start()]) if w]
    if not rest or any(not _DESCRIPTOR_WORD.fullmatch(w) or onto.v.lookup(w, "Material") is not None
                       for w in rest):
        return None
    f = _try_formula(formula)
    if f is None:
        return None
    return _Material(f.display, f, onto.lookup_material(f.normalized), written=re.sub(r"\s+", " ", text))


def _make_part(piece: _Piece, onto: _Ontology) -> tuple[_Part, str | None]:
    rest, amount, coeff, error = _strip_amount(piece.text)
    material = _resolve(rest, onto)
    if coeff and coeff in _SYMBOL and re.match(r"[a-z]{2}", rest) and piece.text.strip()[1:2].islower():
        # 'nano-Ni': the 'n' of a word, not a symbolic coefficient before 'ano-Ni'
        whole = _resolve(piece.text.strip(), onto)
        if whole is not None:
            rest, coeff, material = piece.text.strip(), "", whole
    if amount is not None and amount.unit == "ratio" and _polymer(material, onto):
        amount = None   # '5PMMA': a polymer has no formula unit, so its count is no molar ratio (kept as written)
    part = _Part(piece.text, piece.sep, piece.group, material, amount, coeff, lead=piece.lead)
    return part, error


def _polymer(material: _Material | None, onto: _Ontology) -> bool:
    """Is ``material`` a polymer of the ontology (PMMA, PEO, PVDF)? A chain of any length has no formula unit: a
    number glued before its name ('LiBH4–5PMMA', '10PEO') is the source's own share, in a unit it does not say."""
    polymer = onto.classes[_CLASS_POLYMER.id]
    term = material.term if material is not None else None
    return polymer is not None and term is not None and onto.v.is_a(term.id, polymer)


# ---------------------------------------------------------------------------- the rules
def _is_hydride(part: _Part, onto: _Ontology) -> bool:
    mat = part.material
    if mat is None:
        return False
    if mat.term is not None and mat.term.id in onto.hydride_terms:
        return True
    els = set(part.elements)
    text = _material_text(part.text)
    if "O" in els and hydroxide(text):
        return False  # a hydroxide (KOH, Mg(OH)2): its hydrogen is no stored hydrogen
    if _hydrate(part):
        return False  # a salt's water of crystallization (Na4P2O7·10H2O): protons, no stored hydride
    if "O" in els and set(_metals(els)) & TRANSITION:
        return False  # a transition-metal oxide that holds hydrogen (NaTiOxH): a catalyst of oxides, no store
    # Composition rule: hydrogen bound to a metal or boron ('contains H and forms a hydride').
    return bool(els & _HYDROGEN) and bool(_metals(els) or "B" in els or "Al" in els)


# '·10H2O', '·2H2O', '.6H2O', '•xH2O': water of crystallization written after a salt's formula
_WATER_OF_CRYSTALLIZATION = re.compile(r"\s*[·•∙.*]\s*(?:\d+(?:\.\d+)?|[xyn])?\s*H2O$")


def _reacting_hydroxide(part: _Part) -> bool:
    """An alkali or alkaline-earth hydroxide written as a partner of a hydride ('LiH–LiOH', 'NaBH4–NaOH (1:1)',
    '2LiBH4–Mg(OH)2'): its protons meet the hydride's hydridic hydrogen and leave as H2 (LiH + LiOH → Li2O + H2), a
    reactant, as a salt's water is. Not one given as a loading or a trace ('10 wt% KOH', '–0.07KOH' in
    Mg(NH2)2–2LiH): a small share of it is read as any such additive is, a catalyst (K+ promotes the reaction)."""
    metals = set(_metals(part.elements))
    if not metals or not metals <= _ALKALI | ALKALINE_EARTH or not hydroxide(_material_text(part.text)):
        return False
    amount = part.amount
    return amount is None or amount.unit == "ratio" and amount.value >= _CATALYTIC_COEFFICIENT


def _hydrate(part: _Part) -> bool:
    """Is all the part's hydrogen in its water of crystallization ('Na4P2O7·10H2O', 'MgCl2·6H2O', 'H2C2O4·2H2O': the
    salt before the dot may hold protons of an acid, never a metal's hydride)?"""
    text = _material_text(part.text)
    water = _WATER_OF_CRYSTALLIZATION.search(text)
    return water is not None and not _BOUND_HYDROGEN.search(text, 0, water.start())


# hydrogen written after an element or a bracket ('LiBH4', 'MgH2', 'Al(BH4)3'), not an acid's leading H ('H2C2O4')
_BOUND_HYDROGEN = re.compile(r"[A-Za-z\d)]H(?![a-z])")


def _hydride_material(material: _Material | None, text: str, onto: _Ontology) -> bool:
    """Is ``material`` (written ``text``) a hydride — a term of the ontology's hydrides or, by the
    composition rule, a formula the ontology does not name ('Sr(BH4)2' of 'Sr(BH4)2·2NH3')?"""
    return material is not None and _is_hydride(_Part(text, None, None, material), onto)


def _forms_hydride(part: _Part, onto: _Ontology) -> bool:
    """A metal whose metals match a hydride of the ontology (Mg for MgH2): the host of 'Pd/Mg/Pd'."""
    metals = frozenset(_metals(part.elements))
    if not metals:
        return False
    if metals in onto.hydride_metal_sets:
        return True
    # a Mg-rich alloy (Nd4Mg80Ni8, Mg90Ce10) stores hydrogen as its majority metal's hydride
    f = part.material.formula if part.material else None
    if f is None and part.elements:
        # an alloy written by its composition ('Mg–25Ni'): its base metal, written first, is the balance
        return frozenset(part.elements[:1]) in onto.hydride_metal_sets
    if f is None or f.is_symbolic:
        return False
    comp = {el: n for el, n in f.composition.items() if el in metals}
    major = max(comp, key=lambda el: comp[el])
    return comp[major] > sum(comp.values()) / 2 and frozenset({major}) in onto.hydride_metal_sets


def _hydride_chemistry(parts: list[_Part], onto: _Ontology) -> bool:
    """Whether the hydride rules apply: some part is a hydride (known, or by composition) or a
    metal that forms one of the ontology's hydrides (Mg in 'Mg–Ni'), or an unknown part (kept as
    written, as extraction always has)."""
    for p in parts:
        if p.material is None or _is_hydride(p, onto) or _forms_hydride(p, onto):
            return True
        if p.material.term is not None and p.material.term.id in onto.hydride_terms:
            return True
    return False


def _host_chooser(onto: _Ontology) -> Callable[[list[_Part]], int]:
    """``_choose_host``, answered once per list of the same parts: a parse asks it again of the lists it keeps
    (written, split, supported), most of which hold the same parts. What it reads of a part (material, amount,
    separator, text, partner) is set when the part is made; a rule that changes one makes a new part."""
    chosen: dict[tuple[int, ...], tuple[list[_Part], int]] = {}

    def choose(parts: list[_Part]) -> int:
        if len(parts) == 1:
            return 0
        key = tuple(map(id, parts))
        found = chosen.get(key)
        if found is None:   # (the parts kept with the answer: no other object takes their ids meanwhile)
            found = chosen[key] = (list(parts), _choose_host(parts, onto))
        return found[1]
    return choose


def _choose_host(parts: list[_Part], onto: _Ontology) -> int:
    """The first hydride the ontology knows, else the first hydride by composition, else …"""
    if len(parts) == 1:
        return 0   # (a part alone is the host: each rule below picks it, or none does and the first is taken)
    def known_hydride(p: _Part) -> bool:
        return bool(p.material and p.material.term and p.material.term.id in onto.hydride_terms)

    def storage_host(p: _Part) -> bool:
        # a hydride the ontology gives a usual role (KH, TiH2: catalysts; LiH, NaH: reactive partners)
        # is the host only where no other hydride is ('KH–Mg(NH2)2–2LiH' is the Mg(NH2)2–2LiH composite)
        return (known_hydride(p) or _is_hydride(p, onto)) and not _usual_role(p)

    def forms_storage_hydride(p: _Part) -> bool:
        # 'Ti/Mg/Ti/Pd': Mg (MgH2) is the host, not Ti, whose hydride the ontology knows as a catalyst; 'Mg2Cu with
        # 5 at.% Al': the storage alloy the ontology knows is, not the metal added to it
        metals = frozenset(_metals(p.elements))
        return bool(metals) and metals in onto.storage_metal_sets \
            or bool(p.material and p.material.term and p.material.term.id in onto.storage_alloy_terms)

    # ('the 1:3 mixture of Li3AlH6 and NH3BH3': ammonia borane, a hydride of no metal, beside hydrides of metals and
    # hydrogen alone (LiH, Li3AlH6) is the store they react with, forming the metal's amidoborane — the host, and they
    # its destabilising reactants, no molecule coordinated to their cations; a borohydride or amide beside it is read
    # as before, an adduct's partner)
    carrier = [i for i, p in enumerate(parts) if known_hydride(p) and not _metals(p.elements)]
    if len(carrier) == 1 and all(not (set(p.elements) - set(_metals(p.elements)) - _HYDROGEN)
                                 for i, p in enumerate(parts) if i != carrier[0] and _is_hydride(p, onto)) \
            and any(i != carrier[0] and _is_hydride(p, onto) for i, p in enumerate(parts)):
        return carrier[0]
    if len(carrier) == 1:
        # ('NH3BH3/LiBH4·NH3', '3NH3BH3–Mg(BH4)2'): beside a borohydride, whatever the order, the borohydride is
        # the host and ammonia borane the molecule coordinated to its cation (``_role``; an amide reacts with it)
        salts = [i for i, p in enumerate(parts) if _complex_anion(p) == frozenset({"B"}) and _is_hydride(p, onto)]
        if salts:
            return salts[0]
    shells = _shells_of_unread_core(parts) | _polymers_beside_unread_name(parts, onto)
    for rule in (storage_host, known_hydride, lambda p: _is_hydride(p, onto), forms_storage_hydride,
                 lambda p: _forms_hydride(p, onto), lambda p: p.material is not None):
        for i, p in enumerate(parts):
            if i not in shells and rule(p):
                return _destabilised_instead(parts, i, storage_host)
    return next((i for i in range(len(parts)) if i not in shells), 0)


def _polymers_beside_unread_name(parts: list[_Part], onto: _Ontology) -> set[int]:
    """The polymers (ontology class) written beside a name in capitals no reading knows ('XQLBH-10PEO',
    'PVDF/ZTAB'): the source's own designation of its active material, with a polymer added to it (a matrix,
    binder or filler), is the sample's host, kept as written; the polymer the ontology knows is never it."""
    if not any(p.material is None and _UNREAD_CAPITALS.fullmatch(_material_text(p.text)) for p in parts):
        return set()
    return {i for i, p in enumerate(parts) if _polymer(p.material, onto)}


# a designation in capitals alone ('AOLIBHI', 'XQLBH'): a name the source coined for its material
_UNREAD_CAPITALS = re.compile(r"[A-Z]{2,}")


def _shells_of_unread_core(parts: list[_Part]) -> set[int]:
    """The parts written after '@' of a first part no reading knows whose capitals write a hydride's H ('MH@HyC',
    'MHG@MBH': a hydride core the source abbreviates, as MH, LBH or SAH are written, in or under a shell): the shell
    or scaffold holds the sample's active core and is never its host, though the ontology knows it and not the core
    (the core, kept as written, is then the host). Letters without an H ('QXZ@NaAlH4') say nothing of what the core
    is, and the hydride the ontology knows stays the host."""
    if len(parts) < 2 or parts[0].material is not None or parts[1].sep != "@" \
            or not _HYDRIDE_ABBREVIATION.fullmatch(parts[0].text.strip()):
        return set()
    return {i for i in range(1, len(parts)) if parts[i].sep == "@"}


# capitals with an H among them, the way a source abbreviates a hydride (MH, MHG, LBH, SAH)
_HYDRIDE_ABBREVIATION = re.compile(r"[A-Z]*H[A-Z]*")


def _destabilised_instead(parts: list[_Part], i: int, storage_host: Callable[[_Part], bool]) -> int:
    """``i``, or the borohydride or amide a binary hydride written first reacts with: in a reactive hydride
    composite the complex hydride is the store the binary one destabilises, whatever the order it is
    written in ('MgH2–2LiBH4' is 2LiBH4–MgH2, 'MgH2–Ca(BH4)2' is Ca(BH4)2–MgH2). Not a loading of it
    ('MgH2–10 wt% LiBH4' is MgH2 with a LiBH4 additive), and not an alanate, whose composites with MgH2
    are read as written (the dev set's 'MgH2–LiAlH4')."""
    first = parts[i]
    if _alanate_before_borohydride(parts, i, storage_host):
        return i + 1
    metals = set(_metals(first.elements))
    if _complex_anion(first) is not None or len(metals) != 1 or not set(first.elements) - metals <= _HYDROGEN:
        return i
    # (only the part written right after it: in 'MgH2–graphene–Ca(BH4)2', MgH2 on graphene in a Ca(BH4)2 shell,
    # the borohydride is a coating of the host's sample, not its reaction partner)
    if i + 1 >= len(parts):
        return i
    p = parts[i + 1]
    anion = _complex_anion(p)
    # (a borohydride of the binary hydride's own metal, Mg(BH4)2 on MgH2, is no reaction partner: a shell
    # or an electrolyte around the host)
    if anion and anion & {"B", "N"} and storage_host(p) and not p.partner \
            and not set(_metals(p.elements)) & metals and (p.amount is None or p.amount.unit == "ratio"):
        return i + 1
    return i


def _usual_role(part: _Part) -> str | None:
    """The role the ontology says the material usually takes in a sample (hkg:usualRole), or None."""
    term = part.material.term if part.material is not None else None
    return term.usual_role if term is not None else None


def _class_of_term(term: Term, onto: _Ontology) -> str | None:
    """Nearest ancestor-or-self under AdditiveMaterial that is a chemistry class, not a substance."""
    for tid in onto.lineage(term.id):
        if tid not in onto.additive_terms:
            continue
        t = onto.v.get(tid)
        is_substance = tid == term.id and t.formula
        if not is_substance and (t.elements or tid in onto.classes.values()
                                 or onto.additive in t.parents or onto.v.children(tid)):
            return tid
    return None


def _class_by_metals(metals: list[str], comp: dict[str, float] | None, onto: _Ontology) -> str | None:
    if len(metals) == 1:
        return onto.classes[_CLASS_METAL.id]
    if len(metals) >= 4 and comp and _near_equimolar(comp):
        return onto.classes[_CLASS_HEA.id] or onto.classes[_CLASS_MULTI.id]
    return onto.classes[_CLASS_MULTI.id]


def _near_equimolar(comp: dict[str, float]) -> bool:
    """High-entropy alloy definition: every principal element between 5 and 35 at%."""
    total = sum(comp.values())
    return total > 0 and all(0.05 <= n / total <= 0.35 for n in comp.values())


def _class_by_elements(elements: tuple[str, ...], onto: _Ontology) -> str | None:
    """The class characterized by the anion, i.e. the non-metal written last (TiO2, NbF5, TiN).

    Among several such classes the most specific (deepest, fewest characteristic elements) wins.
    """
    anion = next((e for e in reversed(elements) if e in NONMETALS), None)
    candidates = [t for t in onto.element_classes if anion in t.elements]
    if not candidates:
        return None
    return max(candidates, key=lambda t: (len(onto.v.ancestors(t.id)), -len(t.elements), t.id)).id


_HYDRIDE_CLASS = "Hydride"     # the ontology's class of every hydride


def _classify(part: _Part, onto: _Ontology) -> str | None:
    mat = part.material
    if mat is None:
        return None
    if mat.term is not None:
        found = _class_of_term(mat.term, onto)
        if found:
            return found
        if onto.v.is_a(mat.term.id, _HYDRIDE_CLASS):
            # (a hydride has no anion class: NH3BH3 ends in the B of its borane and is no boride, as LiBH4 is none)
            return None
    if mat.formula is None:
        return None
    els = mat.formula.elements
    metals = _metals(els)
    if metals and len(metals) == len(els):
        comp = None if mat.formula.is_symbolic else mat.formula.composition
        found = _class_by_metals(metals, comp, onto)
        if found:
            return found
    # 'P-Li3VO4': classified by its base formula; the dopant does not make it a phosphide
    return _class_by_elements(part.elements, onto)


def _alanate_before_borohydride(parts: list[_Part], i: int, storage_host: Callable[[_Part], bool]) -> bool:
    """An alanate written first with a borohydride right after it, neither as a loading ('LiAlH4–LiBH4',
    'NaAlH4 + LiBH4'): the alanate gives up its hydrogen first and its Al takes the borohydride's boron into
    AlB2 — the Al destabilises the borohydride, the store of the composite, as a binary hydride partner does
    (the same composite written borohydride first, 'LiBH4–LiAlH4', reads so already)."""
    first = parts[i]
    formula = first.material.formula if first.material else None
    if formula is None or not ALANATE_ANION.search(formula.normalized) or i + 1 >= len(parts):
        return False
    p = parts[i + 1]
    return _complex_anion(p) == frozenset({"B"}) and storage_host(p) and not p.partner \
        and all(q.amount is None or q.amount.unit == "ratio" for q in (first, p))


def _role(part: _Part, host: _Part, after_host_at: bool, onto: _Ontology, paired: bool = False,
          whole: bool = False) -> str | None:
    """The part's role next to ``host``; ``paired``: the host already has a reactive partner before it; ``whole``:
    every such partner is written with a whole count (the composite complete without the part)."""
    r = onto.roles
    cls = part.additive_class
    metal_classes = {onto.classes[b.id] for b in (_CLASS_METAL, _CLASS_MULTI, _CLASS_HEA)} - {None}
    # (a core the source abbreviates, 'MH@HyC', is the sample it coats as a hydride's core is)
    core = host.material is None or _is_hydride(host, onto) or _forms_hydride(host, onto)
    if after_host_at and core and cls not in metal_classes and not _is_hydride(part, onto):
        # 'MgH2@Nb2O5', 'Mg@TiF3': a shell of a transition-metal oxide, halide or nitride catalyses;
        # carbon, silica, polymers ('Mg@PMMA') and layered carbides (MXenes) confine or support
        # (a hydride after the '@', 'MgH2@Mg(BH4)2', is a shell of a second hydride, no scaffold: it has no pores, and
        # plays the part a hydride beside the host plays, read below; the '@' makes the build core–shell)
        if set(_metals(part.elements)) & TRANSITION and set(part.elements) & _SHELL_ANIONS \
                and not _is_scaffold(part, onto):
            return r[_ROLE_CATALYST.id]
        return r[_ROLE_SCAFFOLD.id]
    if part.text == host.text and part.material is not host.material:
        return r[_ROLE_DOPANT.id]                # NH2 in Li2(BH4)(NH2): written into the host's own formula
    els, host_els = set(part.elements), set(host.elements)
    if _hydrate(part) and (_is_hydride(host, onto) or _forms_hydride(host, onto)):
        # its water's protons meet the hydride's hydridic hydrogen and leave as H2 (a hydrolysis in the solid
        # state, 'NaBH4 + H2C2O4·2H2O'): a reactant, whatever its salt would be alone
        return r[_ROLE_DESTAB.id]
    if _reacting_hydroxide(part) and (_is_hydride(host, onto) or _forms_hydride(host, onto)):
        return r[_ROLE_DESTAB.id]
    if _is_hydride(part, onto) and not _metals(els) and "N" in els and _complex_anion(host) == frozenset({"B"}):
        return r[_ROLE_DOPANT.id]                # NH3BH3 with LiBH4·NH3: a neutral N-donor molecule at the cation
    if _is_hydride(part, onto):
        # a second anion or cation in the host's lattice is a substituent whatever its amount
        # ('10 mol% LiCB11H12' in Li2B12H12); other hydrides given as a loading are catalysts
        framework = (els - _HYDROGEN) - set(_metals(els))
        if _isovalent_cation_partner(part, host):
            return r[_ROLE_DOPANT.id]            # NaBH4 in LiBH4: another cation of the same charge, the same anion
        if framework & ((host_els - _HYDROGEN) - set(_metals(host_els))) and _metals(els) \
                and set(_metals(els)) <= set(_metals(host_els)) and host.material is not part.material:
            return r[_ROLE_DOPANT.id]            # Li(CB11H12) in Li(CB9H10): the same cation, a second anion
        if part.amount is not None and part.amount.unit != "ratio" \
                and (host.amount is None or host.amount.unit == "ratio"):
            # '3 mol% KH' in Mg(NH2)2–2LiH: a loading, not a reactant ('66.7 wt% LiBH4–33.3 wt% MgH2',
            # mass shares of the whole, are the composite's parts)
            return r[_ROLE_CATALYST.id]
        if _usual_role(part) == _ROLE_CATALYST.id and r[_ROLE_CATALYST.id] \
                and (paired or _complex_anion(host) is None):
            # 'TiH2' in LiBH4–MgH2–TiH2, KH in Mg(NH2)2–2LiH–KH: a hydride the ontology knows as a catalyst,
            # added to a composite that has its reactant; alone with a borohydride or amide it is that
            # reactant (LiBH4–CeH2 gives CeB6, Mg(NH2)2–KH reacts)
            return r[_ROLE_CATALYST.id]
        metals = set(_metals(els))
        if part.amount is not None and part.amount.value < _CATALYTIC_COEFFICIENT and len(metals) == 1 \
                and not els - metals - _HYDROGEN and not metals & set(_metals(host_els)):
            return r[_ROLE_CATALYST.id]          # '–0.08KH': a binary hydride of a foreign metal, a trace
        if paired and whole and part.amount is not None and part.amount.unit == "ratio" \
                and part.amount.value < _CATALYTIC_COEFFICIENT:
            # 'Mg(NH2)2–2LiH–0.1LiBH4': a trace of a further hydride added to a composite whole without it (in
            # 'Mg(NH2)2–1.9LiH–0.1LiBH4' it takes the place of part of the partner, and is one)
            return r[_ROLE_CATALYST.id]
        if _inert_binary_hydride(part, host):
            return r[_ROLE_CATALYST.id]          # TiH2, CeH2 with MgH2: no compound forms, the phase catalyses
        return r[_ROLE_DESTAB.id]
    ligand = onto.classes[_CLASS_LIGAND.id]
    if ligand and cls and onto.v.is_a(cls, ligand):
        return r[_ROLE_DOPANT.id]  # ethylenediamine in Mg(BH4)2 enters the cation's sphere, as NH3 does
    if {"N", "H"} <= els <= {"N", "H", "C"} and _complex_anion(host) is not None:
        return r[_ROLE_DOPANT.id]  # 'LiBH4–0.5NH3': a neutral N-donor molecule coordinates the cation (an ammoniate)
    if _fluoride_beside_borohydride(part, host):
        return r[_fluoride_role(part, host).id]
    if els & HALOGENS and _metals(els) and set(_metals(els)) <= set(_metals(host_els)):
        return r[_ROLE_DOPANT.id]                # LiI in LiBH4: anion substitution
    if els & HALOGENS and _metals(els) and set(_metals(els)) <= _ALKALI | ALKALINE_EARTH \
            and _complex_anion(host) is not None:
        return r[_ROLE_DOPANT.id]                # NaI, KI, MgI2 in LiBH4: the halide enters the lattice
    if _is_electrolyte_partner(part, host, onto) and not paired:
        # (a Li oxide added to a reactive hydride composite, LiTi2O4 in LiNH2–LiH, is a hydrogen store's catalyst)
        return r[_ROLE_ELECTROLYTE.id]
    if _boride_former(part, host):
        return r[_ROLE_DESTAB.id]                # 'LiBH4–Al', '2NaBH4–Mg': a reactant (AlB2, MgB2 form)
    if _usual_role(part) == _ROLE_DESTAB.id and (_is_hydride(host, onto) or _forms_hydride(host, onto)) \
            and (part.amount is None or part.amount.unit == "ratio"):
        # 'MgH2–Si', 'MgH2 + Ge': an element the ontology knows to react with a hydride (Mg2Si, Mg2Ge form as
        # hydrogen is released) is its reactant, no catalyst ('MgH2–5 wt% Si', a loading, is read as one)
        return r[_ROLE_DESTAB.id]
    if part.material is not None and part.material.metals:
        return r[_ROLE_CATALYST.id]              # 'CoNi-MOF': a framework named by its metals carries them as catalysts
    if r[_ROLE_BINDER.id] and _usual_role(part) == _ROLE_BINDER.id:
        return r[_ROLE_BINDER.id]                # PVDF, CMC: the polymer an electrode is cast with
    if _is_scaffold(part, onto):
        return r[_ROLE_SCAFFOLD.id]
    if part.material is None and part.amount is not None and part.amount.unit != "ratio":
        return r[_ROLE_CATALYST.id]              # 'MgH2–10 wt% FG': a loading of a material the ontology lacks
    return r[_ROLE_CATALYST.id] if part.material is not None else None


def _anion_per_cation(part: _Part) -> dict[str, float] | None:
    """The non-metal atoms per metal atom of a salt-like hydride (LiBH4 and NaBH4: B 1, H 4;
    Mg(BH4)2: B 2, H 8), or None where the formula has no fixed composition."""
    f = part.material.formula if part.material else None
    if f is None or f.is_symbolic:
        return None
    comp = f.composition
    metals = sum(n for el, n in comp.items() if el in _metals([el]))
    if not metals:
        return None
    return {el: round(n / metals, 6) for el, n in comp.items() if el not in _metals([el])}


def _isovalent_cation_partner(part: _Part, host: _Part) -> bool:
    """A second alkali salt with the host's anion and another alkali cation (NaBH4 or KBH4 with
    LiBH4) mixes on the cation sites: a solid solution (LiBH4–NaBH4, LiK(BH4)2), not a reactive
    partner (Mg(BH4)2 with LiBH4 brings twice the anions per cation and reacts; alkaline-earth
    borohydrides mixed as powders, Mg(BH4)2–Ca(BH4)2, stay separate phases)."""
    metals, host_metals = set(_metals(part.elements)), set(_metals(host.elements))
    if not metals or not host_metals or metals & host_metals or not metals | host_metals <= _ALKALI:
        return False
    mine, theirs = _anion_per_cation(part), _anion_per_cation(host)
    return mine is not None and mine == theirs and set(mine) - _HYDROGEN != set()


def _partner_role(part: _Part, host: _Part, onto: _Ontology) -> str | None:
    """The partner of a compound the ontology derives from a hydride enters it (NH3 in Mg(BH4)2·2NH3,
    LiI in Li4(BH4)3I, Zn(BH4)2 in Mg0.8Zn0.2(BH4)2) — except a binary hydride of another metal, which
    is the reactant of a composite named by its elements (LiH in the Li–Mg–N–H system), also of the
    host's own metal (LiH in the Li–N–H system, MgH2 in the Mg–N–H system: they react to the imide). A hydride of
    no metal written into the formula (NH3BH3 of Mg(BH4)2(NH3BH3)2) is a neutral molecule at the cation, as NH3 is."""
    if _is_hydride(part, onto) and _complex_anion(part) is None and not _shares_metal_anion(part, host) \
            and _metals(part.elements):
        return onto.roles[_ROLE_DESTAB.id]
    return onto.roles[_ROLE_DOPANT.id]


def _shares_metal_anion(part: _Part, host: _Part) -> bool:
    """Li3AlH6 in Li1.3Na1.7AlH6 (Na3AlH6): a hydride of two metals, one of them the host's too (the Al of an
    AlH6 anion, which reads as a metal), is the host's anion with another cation — a substituent, not the
    binary hydride that reacts with the host."""
    metals = set(_metals(part.elements))
    return len(metals) >= 2 and bool(metals & set(_metals(host.elements)))


def _complex_anion(part: _Part) -> frozenset[str] | None:
    """The non-metal elements other than hydrogen of a salt-like hydride (B of BH4, N of NH2), or None
    for a binary hydride (MgH2, LiH) or a part without metals."""
    els = set(part.elements)
    metals = set(_metals(els))
    framework = frozenset(els - metals - _HYDROGEN)
    return framework if metals and framework else None


def _boride_former(part: _Part, host: _Part) -> bool:
    """A main-group metal written beside a borohydride with no loading ('2LiBH4–Al', 'NaBH4–Mg'): it takes
    the boron into a boride (AlB2, MgB2) as the composite releases hydrogen, a reactant that destabilises the
    borohydride as a binary hydride partner does — the reactive hydride composite the strategy rules read it as
    (ontology.strategy_rules) — not a catalyst. A transition metal catalyses; one given as a loading
    ('LiBH4–10 wt% Al') is an additive of the sample; the host's own metal is no partner."""
    els = set(part.elements)
    metals = set(_metals(els))
    if not metals or metals & TRANSITION or els - metals or metals <= set(_metals(host.elements)):
        return False
    return _complex_anion(host) == frozenset({"B"}) and (part.amount is None or part.amount.unit == "ratio")


def _fluoride_beside_borohydride(part: _Part, host: _Part) -> bool:
    """A main-group metal's fluoride (MgF2, CaF2, NaF) written with a borohydride host. The fluoride ion is far
    smaller than BH4⁻, so unlike LiI, LiBr or LiCl it does not dissolve in the borohydride's lattice: no anion
    substituent. (A transition metal's, TiF3 or NbF5, is read as the other transition-metal compounds are.)"""
    els = set(part.elements)
    metals = set(_metals(els))
    return bool(metals) and not metals & TRANSITION and els - metals == {"F"} \
        and _complex_anion(host) == frozenset({"B"})


def _fluoride_role(part: _Part, host: _Part) -> _Binding:
    """A fluoride beside a borohydride: a partner written with no loading whose metal is a foreign main-group
    one of valence two or more ('2LiBH4 + MgF2', 'LiBH4–CaF2') trades its fluorine for the boron as hydrogen
    leaves (2LiF + MgB2 form), a destabilising reactant; the host's own cation's fluoride (CaF2 in a Ca(BH4)2
    composite), an alkali one or any given as a loading catalyses."""
    metals = set(_metals(part.elements))
    foreign = not metals & set(_metals(host.elements))
    if foreign and not metals & _ALKALI \
            and (part.amount is None or part.amount.unit == "ratio"):
        return _ROLE_DESTAB
    return _ROLE_CATALYST


def _inert_binary_hydride(part: _Part, host: _Part) -> bool:
    """A binary hydride of transition metals next to a binary host hydride (TiH2 or VH0.81 with MgH2):
    the two form no compound, so the transition-metal hydride is a catalytic phase, not a reactant.
    (Next to a borohydride it reacts: TiB2 or CeB6 form.)"""
    metals = set(_metals(part.elements))
    return bool(metals) and metals <= TRANSITION and _complex_anion(part) is None \
        and _complex_anion(host) is None and not metals & set(_metals(host.elements))


def _is_electrolyte_partner(part: _Part, host: _Part, onto: _Ontology) -> bool:
    term = part.material.term if part.material else None
    if term is not None and onto.label_has(term.id, _ELECTROLYTE_WORDS):
        return True
    els = set(part.elements)
    # Li-ion conducting oxides and sulfides (LLZTO, Li3PS4) next to a Li host.
    return "Li" in els and bool(els & {"O", "S"}) and len(els) >= 3 and "Li" in host.elements \
        and not els & _HYDROGEN


def _is_scaffold(part: _Part, onto: _Ontology) -> bool:
    carbon = onto.classes[_CLASS_CARBON.id]
    cls = part.additive_class
    if cls and carbon and onto.v.is_a(cls, carbon):
        return True
    term = part.material.term if part.material else None
    ids = [i for i in (cls, term.id if term else None) if i]
    return any(onto.label_has(i, _SCAFFOLD_WORDS) for i in ids)


def _architecture(parts: list[_Part], host_index: int, onto: _Ontology) -> str | None:
    """host@scaffold is 'confined'; any other '@' next to the host is a core–shell build."""
    nxt = host_index + 1
    group = parts[host_index].group
    if all(p.group == group for p in parts):
        group = None      # '(LiAlH4@C)' as a text puts it in brackets: one bracket round everything groups nothing
    while nxt < len(parts) and (group is not None and parts[nxt].group == group or parts[nxt].partner):
        nxt += 1  # '(3LiBH4–LiI)@SBA-15', 'Mg(BH4)2·xNH3@SBA-15': the host's compound sits in the scaffold
    # 'LiBH4–LiI@MCM-41', '2LiBH4–MgH2@carbon aerogel': the host with its substituents or hydride
    # partners sits in the scaffold (a catalyst before the '@', as in 'MgH2–Ni@C', is not)
    mixture = {onto.roles[_ROLE_DOPANT.id], onto.roles[_ROLE_DESTAB.id]} - {None}
    j = nxt
    while j < len(parts) and parts[j].sep != "@" and parts[j].role in mixture:
        j += 1
    after = parts[j] if j < len(parts) and parts[j].sep == "@" else parts[nxt] if nxt < len(parts) else None
    if after is not None and after.sep == "@":
        scaffold = onto.roles[_ROLE_SCAFFOLD.id]
        return "confined" if scaffold and after.role == scaffold else "core-shell"
    if parts[host_index].sep == "@":
        return "core-shell"
    return None


# -------------------------------------------------------------------------------- naming
def _render(part: _Part) -> str:
    mat = part.material
    body = (mat.written or mat.rendered) if mat else re.sub(r"\s+", " ", _material_text(part.text))
    if part.amount is not None and part.amount.unit != "ratio":
        return f"{part.amount.value:g} {part.amount.unit} {body}"
    return f"{part.coeff_text}{body}"


def _name(parts: list[_Part]) -> str:
    out, current_group = [], None
    for i, p in enumerate(parts):
        sep = "" if i == 0 else ("@" if p.sep == "@" else "–")
        if p.group != current_group:
            if current_group is not None:
                out.append(")")
            out.append(sep)
            if p.group is not None:
                # ('10 wt% (Ni + CeO2)': a loading apart from its bracket; '(1-x)(…)': a count glued to it)
                out.append(f"{p.lead} (" if p.lead.endswith(("%", "pct")) else f"{p.lead}(")
            sep, current_group = "", p.group
        out.append(sep + _render(p))
    if current_group is not None:
        out.append(")")
    return "".join(out)


def _host_first(parts: list[_Part], h: int, onto: _Ontology) -> list[_Part]:
    """'Ti3C2–MgH2' and 'MgH2–Ti3C2' are one system: a plain list of parts names its hydride first.

    With '@' or brackets the order carries the build (core@shell), and a metal host is a layer of
    a film ('Pd/Mg/Pd'), so those stay as written.
    """
    if h == 0 or not _is_hydride(parts[h], onto) or any(p.sep == "@" or p.group is not None for p in parts):
        return parts
    return [parts[h], *parts[:h], *parts[h + 1:]]


# ------------------------------------------------------------------------------ the parser
@dataclass
class SystemParse:
    """What a lenient parse found: the system, the tokens not understood, and notes."""

    system: MaterialSystem
    unknown: list[str]
    notes: list[str]


# 'LiBH4–MgH2 (2:1)', 'LiBH4/MgH2 2:1 molar ratio', '(3:1 by mole)': a trailing ratio gives the coefficients
# (a mass ratio, '(2:1 by weight)', is refused: the shares are written in wt%).
# (gated by its colon: most systems' texts hold none)
_RATIO = gated(re.compile(r"\s*\(?\s*(\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)+)"
                    r"(?:\s*(?:molar|mol\.?|mass|weight|wt\.?)?\s*ratio|\s*by\s+(?:mole|mass|weight)|\s*mol\b"
                    r"|\s*wt\s*\.?\s*%)?\s*\)?"
                    r"(?:\s*(?:molar|mol\.?|mass|weight|wt\.?)?\s*ratio)?\s*$", re.I), shortest=1)


def _strip_ratio(text: str) -> tuple[str, list[str]]:
    """The notation without the ratio written after it, and the ratio's numbers; a mass ratio ('(70:30 wt%)',
    '(2:1 mass ratio)') as each part's mass share, 'N wt%' (the reading prose gives 'in a 2:1 mass ratio')."""
    m = _RATIO.search(text)
    if not m or m.start() == 0:
        return text, []
    numbers = [r.strip() for r in m.group(1).split(":")]
    unit = m.group(0).casefold()
    if any(w in unit for w in ("mass", "weight", "wt")):
        whole = sum(float(r) for r in numbers)
        if whole <= 0:
            raise SystemParseError(f"mass ratio '{m.group(0).strip()}' in '{text}' adds up to nothing; give the "
                                   "additive in wt% ('MgH2–10 wt% Ni') instead")
        numbers = [f"{round(100 * float(r) / whole, 1):g} wt% " for r in numbers]
    return text[:m.start()].strip(), numbers


def _apply_ratio(pieces: list[_Piece], ratio: list[str], text: str) -> list[_Piece]:
    if len(ratio) != len(pieces) or any(p.group is not None for p in pieces):
        raise SystemParseError(f"the ratio {':'.join(r.strip() for r in ratio)} in '{text}' has {len(ratio)} numbers "
                               f"for {len(pieces)} components; give one number per component")
    if any(_read_amount(p.text)[1] is not None or _read_amount(p.text)[2] for p in pieces):
        raise SystemParseError(f"'{text}' gives both coefficients and a ratio; write one of them")
    return [_Piece(f"{r}{p.text}", p.sep, p.group) for r, p in zip(ratio, pieces)]


def _parts(text: str, onto: _Ontology) -> tuple[list[_Part], list[str], list[str]]:
    if len(text) > MAX_SYSTEM_TEXT_CHARS:  # before any regex runs over it
        raise SystemParseError(f"system notation of {len(text):,} characters; a system is written in at "
                               f"most {MAX_SYSTEM_TEXT_CHARS} (host and additives, e.g. 'MgH2–10 wt% Ni')")
    clean = _canonical_text(text)
    if not clean:
        raise SystemParseError("empty system notation: write it like 'MgH2–10 wt% Ni' or '2LiBH4–MgH2'")
    clean, ratio = _strip_ratio(clean)
    groups: list[str] = []
    named = onto.v.lookup(clean, "Material")
    if named is not None and (named.parent_hydride or named.id in onto.family_terms) and re.search(r"[–-]", clean):
        # 'Li–Mg–N–H': a system the ontology names by its elements, not four parts; 'Mg–RE alloy': a family, not Mg
        pieces = [_Piece(clean)]
    else:
        pieces = _expand_groups(_split(clean), onto, groups)
        if len(pieces) > 2 and re.match(r"[A-Z][a-z]?[–-][A-Z]", clean):
            pieces = _named_element_run(pieces, onto)
        if any(p.text[:1].isdigit() for p in pieces[1:]):    # (the cheap test before the rule's regexes)
            # (before a hyphen binds a share to its element as a code: the 'Ni-5V' of 'Mg-10Ni-5V' is no 'SBA-15')
            pieces = _composition_alloys(pieces, onto)
        pieces = _element_alloys(_bind_hyphens(_without_system_hydrogen(pieces), onto), onto)
        if "@" in clean:
            pieces = _glued_supports(pieces, onto)
    if len(pieces) > MAX_COMPONENTS:
        raise SystemParseError(f"'{clean[:60]}…' has {len(pieces)} components; a system has at most "
                               f"{MAX_COMPONENTS} (give each component once, with its total amount)")
    if ratio:
        pieces = _apply_ratio(pieces, ratio, text)
    parts, unknown, errors = [], [], []
    for k, piece in enumerate(pieces):
        if not piece.text:
            errors.append(_empty_piece_error(piece, pieces[k + 1] if k + 1 < len(pieces) else None, clean))
            continue
        part, error = _make_part(piece, onto)
        if error:
            errors.append(error)
        if len(pieces) > 1 and _isotopes_only(part):
            continue  # 'HT150-5PMMA-LiBH4': a treatment code (heated at 150 °C) read as H and T, no component
        if part.material is None:
            unknown.append(piece.text)
        parts.append(part)
    return _shares_in_one_unit(parts), unknown, errors


# a share set off from its part by a space, as a loading is written ('10 Ti'), not glued as a coefficient ('2LiBH4')
_SPACED_SHARE = re.compile(r"\s*\d+(?:\.\d+)?\s+\S")


def _shares_in_one_unit(parts: list[_Part]) -> list[_Part]:
    """'Mg–10 at.% Fe–10 Ti', 'MgH2–5 wt% Ni–5 Co': a chain of loadings writes its unit once, with the first share;
    a later share set off by a space with no unit of its own is in that unit, not a molar ratio of 10."""
    unit = None
    for p in parts:
        if p.amount is not None and p.amount.unit != "ratio":
            unit = p.amount.unit
        elif unit is not None and p.amount is not None and p.coeff_text and _SPACED_SHARE.match(p.text):
            p.amount, p.coeff_text = Amount(value=p.amount.value, unit=unit), ""
    return parts


# the amount a minus sign stands before ('5 wt%' of '-5 wt% Ni', '0.5' of '−0.5 mol% Nb2O5')
_LEADING_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?:\s*(?:wt|mol|vol|at)\s*%|\s*%)?")


def _empty_piece_error(piece: _Piece, after: _Piece | None, clean: str) -> str:
    """Why a separator has nothing before it. 'MgH2 + -5 wt% Ni': the dash after '+' is a minus sign on
    the next amount, and an amount cannot be negative; else two separators with no component between."""
    amount = _LEADING_AMOUNT.match(after.text) if after is not None and after.sep in ("–", "-") else None
    if after is not None and amount:
        return (f"the amount '-{amount.group(0)}' in '{clean}' is negative, and an amount cannot be; write it "
                f"without the minus sign ('{after.text}')")
    return f"empty component around '{piece.sep or clean[:1]}' in '{clean}'"


# a bare element symbol, as an alloy is written element by element ('Al-Cu-Fe-Ni-Cr')
_ELEMENT = re.compile(r"[A-Z][a-z]?")
# the fewest elements of an alloy written as a list: a medium- or high-entropy alloy has three or more
_ALLOY_ELEMENTS = 3


def _named_element_run(pieces: list[_Piece], onto: _Ontology) -> list[_Piece]:
    """'Li–Mg–N–H + 0.1KH', 'Li–Mg–N–H–0.1KH': the leading run of element symbols that the ontology names as a system
    of its own (as the whole notation 'Li–Mg–N–H' is) is one part, the rest its additives."""
    for k in range(len(pieces), 2, -1):
        run = pieces[:k]
        if not all(re.fullmatch(r"[A-Z][a-z]?", p.text) and p.sep in (None, "–", "-") for p in run):
            continue
        joined = "–".join(p.text for p in run)
        named = onto.v.lookup(joined, "Material")
        if named is not None and named.parent_hydride:
            return [_Piece(joined, None), *pieces[k:]]
    return pieces


def element_list_formula(name: str) -> str | None:
    """'Co-Cr-Fe-Mn-Ni': an alloy written element by element (three or more distinct metal symbols joined
    by hyphens or dashes, no shares) as the formula its elements make (CoCrFeMnNi, each one part, as
    :func:`_element_alloys` writes it in a system); None for any other name."""
    symbols = re.split(r"\s*[-–]\s*", name.strip())
    if len(symbols) < _ALLOY_ELEMENTS or len(set(symbols)) < len(symbols) or not all(map(_bare_metal, symbols)):
        return None
    return "".join(symbols)


def _without_system_hydrogen(pieces: list[_Piece]) -> list[_Piece]:
    """'Mg–Ti–Ni–H', 'Mg-Cu-Zn-H films': metals' symbols, then a bare H, name the metal–hydrogen system of those
    metals (what hydrogenography maps, the hydrides they form): the H is the hydrogen they store, no part of
    the sample — never a catalyst. (A list with a non-metal, 'Li–Mg–N–H', is a system the ontology names; one
    metal and H, 'the Mg–H bond', is a bond more often than a sample.)"""
    if len(pieces) < 3 or pieces[-1].text not in _HYDROGEN or pieces[-1].sep not in ("-", "–") \
            or any(p.sep not in (None, "-", "–") or p.group is not None or not _bare_metal(p.text)
                   for p in pieces[:-1]):
        return pieces
    return pieces[:-1]


def _element_alloys(pieces: list[_Piece], onto: _Ontology) -> list[_Piece]:
    """'Al-Cu-Fe-Ni-Cr', 'MgH2–5 wt% Ti–V–Nb': three or more bare metal symbols joined by hyphens are
    one alloy (AlCuFeNiCr), written as its elements, not a metal host with the others as additives.
    A short list holding a metal the ontology knows as a storage host ('Mg–Ni–Cu': Mg with two
    catalysts) is an alloy only from four elements on (a high-entropy alloy)."""
    if len(pieces) < _ALLOY_ELEMENTS:
        return list(pieces)     # (no run long enough: most notations, of one or two parts)
    out: list[_Piece] = []
    i = 0
    while i < len(pieces):
        j = i
        while j < len(pieces) and (j == i or pieces[j].sep in ("-", "–") and pieces[j].group == pieces[i].group) \
                and _bare_metal(pieces[j].text if j > i else _material_text(pieces[j].text)):
            j += 1
        run = pieces[i:j]
        symbols = [_material_text(p.text) for p in run]
        storage = any(frozenset({e}) in onto.storage_metal_sets for e in symbols)
        if len(run) >= _ALLOY_ELEMENTS and len(set(symbols)) == len(symbols) and set(symbols) & TRANSITION \
                and (not storage or len(run) > _ALLOY_ELEMENTS) and _read_amount(run[0].text)[2] == "":
            amount = run[0].text[:len(run[0].text) - len(symbols[0])]
            out.append(_Piece(f"{amount}{''.join(symbols)}", run[0].sep, run[0].group))
            i = j
            continue
        out.append(pieces[i])
        i += 1
    return out


# metallurgical notation: a base metal, then each alloying element after its share ('Mg–25Ni', 'Mg–10Ni–2Mm';
# a capitalised abbreviation of the same size is an alloying addition too: 'Mm', mischmetal)
# a share, then the symbol it is of: '25Ni' of 'Mg–25Ni', each pair of '25Ce75Ni'
_SHARE_THEN_SYMBOL = r"(\d+(?:\.\d+)?)([A-Z][a-z]?)"
_ALLOYING_ADDITION = re.compile(_SHARE_THEN_SYMBOL)
_COMPOSITION_ALLOY = re.compile(r"(?P<base>[A-Z][a-z]?)(?:–\d+(?:\.\d+)?[A-Z][a-z]?)+")


def _composition_alloys(pieces: list[_Piece], onto: _Ontology) -> list[_Piece]:
    """'Mg–25Ni', 'Mg–10Ni–2Mm', 'Mg–5Al': a bare metal that stores hydrogen, then hyphen-joined elements each
    under a bare number (its share, no unit), is one alloy written by its composition — its own host, as
    Mg90Ni10 is — not the metal with catalysts. A loading with its unit ('Mg–10 wt% Ni'), a hydride
    ('MgH2–5Ni') or a coefficient on the base metal ('2Mg–Ni', a mixture to react) is none."""
    out: list[_Piece] = []
    i = 0
    while i < len(pieces):
        first = pieces[i]
        j = i + 1
        if _bare_metal(first.text) and frozenset({first.text}) in onto.storage_metal_sets:
            while j < len(pieces) and pieces[j].sep in ("-", "–") and pieces[j].group == first.group \
                    and _ALLOYING_ADDITION.fullmatch(pieces[j].text) \
                    and _addition_symbol(_material_text(pieces[j].text)):
                j += 1
        out.append(_Piece("–".join(p.text for p in pieces[i:j]), first.sep, first.group) if j > i + 1 else first)
        i = j
    return out


def _addition_symbol(symbol: str) -> bool:
    """An element symbol of a metal, or a symbol-sized abbreviation no formula reads ('Mm')."""
    return _bare_metal(symbol) or _try_formula(symbol) is None


def _composition_alloy(text: str) -> _Material | None:
    """The alloy ``_composition_alloys`` joined, named as written, with its elements; or one written with each
    element's share before it ('50Ce50Ni', '40Y60Co': at.% adding up to 100), the alloy of that composition."""
    if "–" not in text or not _COMPOSITION_ALLOY.fullmatch(text):
        return _share_prefixed_alloy(text)
    return _Material(text, None, None, written=text, symbols=tuple(_ELEMENT.findall(text)))


# each metal's share written before its symbol: '50Ce50Ni', '25Ce75Ni', '40Y60Co'
_SHARE_PREFIXED = re.compile(rf"(?:{_SHARE_THEN_SYMBOL}){{2,}}")


def _share_prefixed_alloy(text: str) -> _Material | None:
    if not _SHARE_PREFIXED.fullmatch(text):
        return None
    pairs = _ALLOYING_ADDITION.findall(text)
    if abs(sum(float(n) for n, _ in pairs) - 100) > 0.5 or not all(_bare_metal(e) for _, e in pairs) \
            or len({e for _, e in pairs}) != len(pairs):
        return None
    found = _try_formula("".join(f"{e}{n}" for n, e in pairs))
    return _Material(text, found, None, written=text, symbols=tuple(e for _, e in pairs)) if found else None


def composition_alloy_elements(name: str) -> tuple[str, ...] | None:
    """The symbols of an alloy named in metallurgical notation ('Mg–25Ni': Mg, Ni; a system's host as this module
    names it), None for any other name: a name no formula parser reads that is an alloy all the same."""
    found = _composition_alloy(name)
    return found.symbols if found is not None else None


def written_elements(formula: str) -> tuple[str, ...]:
    """The elements a formula is written with, or those of an alloy in metallurgical notation ('Mg–25Ni', no
    formula); () for a name of neither."""
    try:
        return tuple(parse_formula(formula).elements)
    except (FormulaError, ValueError):
        return composition_alloy_elements(formula) or ()


def _bare_metal(text: str) -> bool:
    return bool(_ELEMENT.fullmatch(text)) and text not in NONMETALS and _try_formula(text) is not None


def _composites(parts: list[_Part], h: int, onto: _Ontology) -> tuple[list[_Part], int]:
    """'MgH2–5 wt% Ti3C2/TiO2(A)-C': catalysts joined by '/' inside one component (after another
    separator, not the '/' that joins the host) are one composite catalyst, made and added as one
    material, named as written. A metal on a support ('Ni/C', 'CeO2/rGO') stays two parts: the
    support has a role of its own; so do hydrides, substituents and electrolyte partners."""
    catalyst = onto.roles[_ROLE_CATALYST.id]

    def storage(p: _Part) -> bool:   # a hydride, or a metal the ontology stores hydrogen in (Mg of 'Pd/Mg/Pd')
        metals = _metals(p.elements)
        return _is_hydride(p, onto) or bool(metals) and len(metals) == len(p.elements) \
            and frozenset(metals) in onto.storage_metal_sets

    def joinable(k: int) -> bool:
        p = parts[k]
        if k == h:
            return not storage(p) and p.material is not None
        # a part without a metal ('CNS' of 'Ni/CNS', 'g-C3N4'), or a name the ontology lacks written without
        # counts, is the support the catalyst sits on, not a second catalyst
        unnamed_support = not re.search(r"\d", p.text) if p.material is None \
            else bool(p.elements) and not _metals(p.elements)
        return p.role in (catalyst, None) and not p.partner and not storage(p) and not _is_scaffold(p, onto) \
            and not unnamed_support

    def run_at(i: int) -> tuple[int, _Part] | None:
        j = i + 1
        while j < len(parts) and parts[j].sep == "/" and parts[j].group == parts[i].group \
                and parts[j].amount is None and not parts[j].coeff_text and joinable(j):
            j += 1
        if j - i < 2 or not joinable(i) or parts[i].sep == "/":
            return None
        run = parts[i:j]
        if j == h and parts[h].sep == "/" and storage(parts[h]) \
                and all(p.elements and len(_metals(p.elements)) == len(p.elements) for p in run):
            return None   # 'Pd/Ti/Mg': metal layers stacked on a film's metal, each a layer of its own
        rendered = "/".join((p.material.written or p.material.rendered) if p.material
                            else _without_form_tag(_material_text(p.text), onto) for p in run)
        first = run[0]
        if i != h:
            first, rendered = _ratio_in_name(first, rendered)
        return j, replace(first, text="/".join(p.text for p in run),
                          material=_Material(rendered, None, None, written=rendered),
                          role=first.role if i == h else catalyst,
                          additive_class=next((p.additive_class for p in run if p.additive_class), None))

    return _merged_runs(parts, h, run_at)


def _ratio_in_name(first: _Part, name: str) -> tuple[_Part, str]:
    """'2V2C/Ti3C2', '3Ni/Fe3O4': a whole number (2 or more) written on a composite catalyst's first part is its
    parts' mixing ratio (2:1), part of the catalyst's name, not a molar amount of the catalyst in the system:
    (the part without it, the name with it); else both as they are."""
    if first.amount is None or first.amount.unit != "ratio" or not first.coeff_text.isdigit() \
            or first.amount.value < 2:
        return first, name
    return replace(first, amount=None, coeff_text=""), f"{first.coeff_text}{name}"


def _merged_runs(parts: list[_Part], h: int,
                 run_at: Callable[[int], tuple[int, _Part] | None]) -> tuple[list[_Part], int]:
    """``parts`` with each run that ``run_at(i)`` finds starting at part i — (the index after it, the one
    part it becomes), or None — made one part, and the host's new index (``h`` before)."""
    out: list[_Part] = []
    new_h, i = h, 0
    while i < len(parts):
        found = run_at(i)
        if found is None:
            if i == h:
                new_h = len(out)
            out.append(parts[i])
            i += 1
            continue
        end, merged = found
        if i <= h < end:
            new_h = len(out)
        elif h >= end:
            new_h -= end - i - 1
        out.append(merged)
        i = end
    return out, new_h


def _support_of_catalyst(p: _Part, onto: _Ontology) -> bool:
    """A part that carries a catalyst when written after it with '@' or '/': a carbon ('C', 'rGO',
    'CNT'), a carbide or MXene sheet ('Ti3C2'), a support the ontology lacks ('GS'), or a metal-free solid
    ('g-C3N4'). A porous silica or framework (MCM-41) is not: it takes the hydride into its pores however
    the system is written."""
    if p.sep not in ("@", "/") or p.partner or _is_hydride(p, onto):
        return False
    # a carbide or MXene after a catalyst ('Ni@Ti3C2', 'FeCoNiCrMn@Ti3C2Tx') is the sheet the particles
    # were anchored on, as a carbon is: the catalyst comes with it, made in one step before milling
    supports = [onto.classes[_CLASS_CARBON.id], onto.classes[_CLASS_CARBIDE.id]]
    if p.additive_class and any(c and onto.v.is_a(p.additive_class, c) for c in supports):
        return True
    if p.material is None:
        return p.role == onto.roles[_ROLE_SCAFFOLD.id]
    return bool(p.elements) and not _metals(p.elements)


def _single_atoms_support(run: list[_Part], p: _Part, onto: _Ontology) -> bool:
    """'Pt SA/TiO2', 'CuSA/CeO2': after a metal written with its form's abbreviation (single atoms), any solid
    but a hydride written after '/' or '@' is the support the atoms sit on, an oxide too."""
    return all(_unnamed_metal_catalyst(r) for r in run) and p.sep in ("@", "/") and not p.partner \
        and not _is_hydride(p, onto) and p.amount is None


def _single_atoms_alone(parts: list[_Part], onto: _Ontology) -> list[_Part]:
    """'CuSA/Ti3C2Tx', 'Pt SA/TiO2' named without a hydride: the metal's single atoms on their support are one
    catalyst, not a support (Ti3C2, TiO2) with the atoms added to it."""
    if len(parts) != 2 or not _unnamed_metal_catalyst(parts[0]) or not _single_atoms_support(parts[:1], parts[1], onto):
        return parts
    written = f"{_without_form_tag(_material_text(parts[0].text), onto)}{parts[1].sep}{_material_text(parts[1].text)}"
    one = replace(parts[0], text=f"{parts[0].text}{parts[1].sep}{parts[1].text}", group=None,
                  material=_Material(written, None, None, written=written), role=onto.roles[_ROLE_CATALYST.id])
    return [one]


def _group_on_support_alone(parts: list[_Part], onto: _Ontology) -> list[_Part]:
    """'(Ni–TiO2)@rGO', '[(Co–Nb2O5)@CNT]' named without a hydride (the catalyst a sentence credits, or defines
    before milling it into Mg): a bracketed group of catalysts on one support is one catalyst, as it is beside a
    host (:func:`_supported_catalysts`) — not its oxide or its support taken for a host. A group holding a hydride
    or a light metal that stores hydrogen ('(Mg–Ni)@C': Mg–Ni particles under carbon) is a sample of its own."""
    if len(parts) < 3:
        return parts
    *run, support = parts
    group = run[0].group
    if group is None or support.group is not None or support.sep not in ("@", "/") \
            or any(p.group != group or p.material is None or p.amount is not None for p in run):
        return parts
    for p in run:
        metals = frozenset(_metals(p.elements))
        if _is_hydride(p, onto) or metals in onto.storage_metal_sets and not metals & TRANSITION:
            return parts
    if not _support_of_catalyst(replace(support, additive_class=_classify(support, onto)), onto):
        return parts
    body = "(" + "–".join(_material_text(p.text) for p in run) + ")"
    written = f"{body}{support.sep}{_material_text(support.text)}"
    one = replace(run[0], text=written, group=None, material=_Material(written, None, None, written=written),
                  role=onto.roles[_ROLE_CATALYST.id], additive_class=next(
                      (c for c in (_classify(p, onto) for p in run) if c), None))
    return [one]


def _supported_catalysts(parts: list[_Part], h: int, onto: _Ontology) -> tuple[list[_Part], int]:
    """'MgH2–10 wt% Ni@C', 'LiBH4–Ni/C', 'MgH2–(Ni–TiO2)@rGO': a catalyst written with its support
    after '@' or '/' is one component, the catalyst as it was made and milled into the hydride (the
    carbon disperses the catalyst particles, it does not hold the host). Next to a hydride host; next to
    a metal that stores hydrogen only a bracketed group ('Mg–(Ni–TiO2)@rGO': the bracket closes the
    catalyst before its support): 'Mg–Nb@C', made from the metal in one step (plasma, arc evaporation),
    is Mg–Nb particles under a carbon shell, and a host written before the '@' sits in its scaffold
    ('MgH2@CMK-3')."""
    catalyst = onto.roles[_ROLE_CATALYST.id]
    hydride_host = _is_hydride(parts[h], onto)
    if catalyst is None or not (hydride_host or _forms_hydride(parts[h], onto)):
        return parts, h
    def run_at(i: int) -> tuple[int, _Part] | None:
        j = i + 1
        group = parts[i].group
        if group is None and not hydride_host and _material_text(parts[i].text)[:1] not in "([":
            return None       # (a loaded group, '5 wt% (Co–CeO2)@C', is kept whole: its bracket is written)
        if group is not None and group != parts[h].group:    # '(Ni–TiO2)@rGO': the bracket is the catalyst
            while j < len(parts) and parts[j].group == group:
                j += 1
        run = parts[i:j]
        if j >= len(parts):
            return None
        support = parts[j]
        if support.sep == "-":
            if not _tight_hyphen(run, support) or not _carbon_support(_material_text(support.text), onto):
                return None
            support = replace(support, sep="/")     # (read as the '/' it stands for)
        # (a catalyst in the host's brackets, '(LiBH4–Co)@CMK-3', or the host's own '@', 'Mg(BH4)2@Co/CMK-3',
        # is what the host sits in or with)
        if not (h not in range(i, j + 1) and support.group is None
                and (group is None or group != parts[h].group) and run[0].sep != "@"
                and all((p.role == catalyst or _unnamed_metal_catalyst(p)) and not p.partner for p in run)
                and (_support_of_catalyst(support, onto) or _single_atoms_support(run, support, onto))):
            return None
        body = "–".join(_without_form_tag(_material_text(p.text), onto) for p in run)
        body = f"({body})" if len(run) > 1 else body
        written = f"{body}{support.sep}{_material_text(support.text)}"
        first = run[0]
        if len(run) == 1 and support.sep == "/":
            first, written = _ratio_in_name(first, written)
        return j + 1, replace(first, text=f"{run[0].text}{support.sep}{support.text}", group=None,
                              material=_Material(written, None, None, written=written), role=catalyst,
                              additive_class=next((p.additive_class for p in run if p.additive_class), None))

    return _merged_runs(parts, h, run_at)


def _tight_hyphen(run: list[_Part], support: _Part) -> bool:
    """'MgH2/5 wt% TiO2-rGO', 'MgH2–5 wt% TiO2-rGO': a hyphen after a loaded catalyst, in a notation that joins its
    parts otherwise, binds the catalyst to its carbon support (the caller asks that), as '/' would (where hyphens
    join every part, 'MgH2-5wt%Ni-C', it is one more part)."""
    return len(run) == 1 and run[0].sep not in (None, "-") and support.amount is None \
        and run[0].amount is not None and run[0].amount.unit != "ratio"


# 'CuSA', 'Pt-SA', 'NiCo-LDH': a metal's symbol, then letters no formula has (an abbreviation of the form
# the metal takes: single atoms, a layered double hydroxide)
_UNNAMED_METAL_FORM = re.compile(r"(?P<metals>(?:[A-Z][a-z]?){1,3}?)[-‐ ]?[A-Z]{2,4}s?")


def _without_form_tag(text: str, onto: _Ontology) -> str:
    """The metal of a metal written with its single atoms' abbreviation ('Cu' of 'CuSA', 'Pt' of 'Pt SA': a form
    label of the ontology's), as the README names the additive: the form gives the strategy, not the name."""
    m = _UNNAMED_METAL_FORM.fullmatch(text)
    return m.group("metals") if m is not None and text[m.end("metals"):].lstrip("-‐ ") in onto.form_abbreviations \
        else text


def _unnamed_metal_catalyst(p: _Part) -> bool:
    """A part the ontology lacks, a metal written with an abbreviation of its form ('CuSA' of
    'CuSA/Ti3C2Tx'): written before the support it sits on, it is the catalyst."""
    if p.material is not None or p.amount is not None:
        return False
    m = _UNNAMED_METAL_FORM.fullmatch(_material_text(p.text))
    f = _try_formula(m.group("metals")) if m else None
    return f is not None and bool(f.elements) and len(_metals(f.elements)) == len(f.elements)


def _isotopes_only(part: _Part) -> bool:
    """A part whose formula holds nothing but hydrogen isotopes written with a count (no solid
    component of a sample is hydrogen alone)."""
    f = part.material.formula if part.material is not None else None
    return f is not None and not f.is_symbolic and set(f.composition) <= {"H", "D", "T"} \
        and bool(re.search(r"\d{2}", part.text))


def analyse_system(text: str, *, vocab: Vocabulary | None = None, put_in: Iterable[str] = ()) -> SystemParse:
    """Parse leniently: unknown parts are kept verbatim and listed in ``unknown``; ``put_in``: names the
    text says were put into the sample ("doped with FG"), additives even where the ontology lacks them.

    Raises SystemParseError only for empty text and malformed amounts.

    Within one document's extraction (``text_memo.one_document``) a notation parsed before is not
    parsed again (a document names its systems many times): the caller is given a copy of the parse,
    or the same error, so that what one caller changes no other caller sees.
    """
    onto = _ontology(vocab)
    added = frozenset(put_in)
    memo = document_memo("analyse_system")
    if memo is None:
        return _analyse(text, onto, added)
    key = (str(text), onto, added)
    found = memo.get(key)
    if found is None:
        try:
            found = memo[key] = _analyse(text, onto, added)
        except SystemParseError as e:
            if type(e) is not SystemParseError:
                raise
            memo[key] = SystemParseError(e.args[0], e.unknown)
            raise
        return _copy_parse(found)
    if isinstance(found, SystemParseError):
        raise SystemParseError(found.args[0], found.unknown)
    return _copy_parse(found)


_set_attribute = object.__setattr__
_M = TypeVar("_M", bound=BaseModel)


def _shallow_copy(model: _M) -> _M:
    """``model.model_copy()`` (pydantic's ``__copy__``: the fields' dict, the extra fields, the set fields and the
    private attributes copied one level down) without its generic ``copy.copy`` dispatch on each of them: every
    parse a document's readers ask for is copied, some thousand a paper, each of a handful of models."""
    cls = type(model)
    copied = cls.__new__(cls)
    _set_attribute(copied, "__dict__", model.__dict__.copy())
    extra = model.__pydantic_extra__
    _set_attribute(copied, "__pydantic_extra__", None if extra is None else extra.copy())
    _set_attribute(copied, "__pydantic_fields_set__", model.__pydantic_fields_set__.copy())
    private = getattr(model, "__pydantic_private__", None)
    _set_attribute(copied, "__pydantic_private__", None if private is None else
                   {k: v for k, v in private.items() if v is not PydanticUndefined})
    return copied


def _copy_component(c: Component) -> Component:
    copied = _shallow_copy(c)
    if c.amount is not None:
        copied.__dict__["amount"] = _shallow_copy(c.amount)
    return copied


def _copy_parse(found: SystemParse) -> SystemParse:
    """A copy of a parse no change of which reaches ``found`` (its fields are strings, numbers and
    these models): a copy costs a thirtieth of a parse."""
    s = found.system
    system = _shallow_copy(s)
    system.__dict__["host"] = _copy_component(s.host)
    system.__dict__["additives"] = [_copy_component(a) for a in s.additives]
    system.__dict__["unresolved"] = list(s.unresolved)
    return SystemParse(system, list(found.unknown), list(found.notes))


def _enclosed(text: str) -> str:
    """``text`` without a bracket around the whole notation ('(MgH2–Ni/C)' after the words that name it is MgH2–Ni/C;
    a formula's own bracket closes before its end: '(Li0.7Na0.3)CB11H12', '(Ni + CeO2)' of a group stays;
    a square one, '[(Ni–TiO2)@rGO]', the label a text gives a catalyst after its words, likewise)."""
    t = text.strip()
    if t[:1] + t[-1:] not in ("()", "[]"):
        return text
    opening, closing = t[0], t[-1]
    depth = 0
    for i, c in enumerate(t):
        depth += (c == opening) - (c == closing)
        if depth == 0:
            # (a group of additives written with '+' or spaces is read as a group by the parser)
            return t[1:-1] if i == len(t) - 1 and not re.search(r"[\s+]", t) else text
    return text


# a number and a unit after a material: a setting of how the sample was made or measured when the unit is a
# time, temperature or pressure ('EG 20h' milled 20 h, '(25 MPa stacking pressure)', '(300 °C)')
_SETTING_IN_BRACKET = re.compile(r"\s*\(\s*\d+(?:\.\d+)?\s*(?P<unit>°?\s?[A-Za-z]+)(?:\s+[a-z][a-z ]*)?\)\s*$")
_SETTING_AFTER_SPACE = re.compile(r"\s+\d+(?:\.\d+)?\s*(?P<unit>°?\s?[A-Za-z]+)\s*$")
_SETTING_DIMENSIONS = ("[time]", "[temperature]", "[mass] / [length] / [time] ** 2")


def _setting_unit(unit: str) -> bool:
    try:
        dims = str(parse_unit(unit.replace(" ", "")).dimensionality)
    except UnitError:
        return False                              # ('Ni' of 'Mg 25Ni': no unit at all)
    return dims in _SETTING_DIMENSIONS


def _without_setting(text: str) -> tuple[str, str | None]:
    """``text`` without a time, temperature or pressure written after the material — how the sample was
    made or measured, no part of it ('MgH2 (25 MPa stacking pressure)' is MgH2, 'MgH2–TiO2–EG 20h' is
    MgH2–TiO2–EG milled 20 h); a number with any other unit stays ('MgH2 (10 wt%)'), and so does a
    bracket that is all there is."""
    # (the one pattern that can match where the text ends: a bracket's setting in ')', one after a space in its unit)
    tail = text.rstrip()[-1:]
    patterns = (_SETTING_IN_BRACKET,) if tail == ")" else (_SETTING_AFTER_SPACE,) if tail.isascii() and tail.isalpha() \
        else ()
    for pattern in patterns:
        m = pattern.search(text)
        if m and m.start() > 0 and _setting_unit(m.group("unit")):
            return text[:m.start()], text[m.start():].strip()
    return text, None


def written_setting(text: str) -> str | None:
    """The setting a sample's name writes after the material ('(25 MPa stacking pressure)' of 'MgH2 (25 MPa
    stacking pressure)', '20h' of 'MgH2–TiO2–EG 20h'), as written; None when it writes none."""
    return _without_setting(_CLOSING_STOP.sub("", text.strip()))[1]


_NOTATION_AFTER_WORDS = re.compile(r"(?P<words>\S+(?:\s+\S+)+?)\s*\((?P<notation>[^()\s]+)\)")


def _described_notation(text: str) -> str:
    """'Nanosized MgH2 particles (MgH2@HSAG-500)', 'ball-milled LiBH4 (LiBH4-BM2)': words describing a
    sample, its notation bracketed after them, are that notation — when it writes the hydride the words
    name; a bracket of words or amounts ('MgH2 powder (10 wt% Ni)', 'MgH2 (as received)') is not one."""
    # (the notation's bracket closes the text: a text that ends otherwise is not searched for one)
    m = _NOTATION_AFTER_WORDS.fullmatch(text.strip()) if text.rstrip().endswith(")") else None
    if m is None:
        return text
    notation = m.group("notation")
    named = [w for w in m.group("words").split() if re.search(r"\d", w) and _try_formula(w) is not None]
    return notation if any(w in notation for w in named) else text


# element symbols joined by dashes: an alloy or phase written by its elements ('Mg–Sn', 'Mg-Li', 'Mg–Ni–B'),
# the one spelling of it for the parse and the text readers (a dash may stand between spaces, 'Mg – Sn')
ELEMENTS_JOINED = re.compile(r"[A-Z][a-z]?(?:\s*[-–]\s*[A-Z][a-z]?)+")
_JOINING_DASH = re.compile(r"\s*[-–]\s*")


def _binary_alloy(text: str, onto: _Ontology) -> str:
    """'Mg–Sn alloy', 'Mg-Zn alloys': a metal that stores hydrogen and one other metal, named by their symbols
    and the noun of an alloy (no shares), are one alloy — the ontology's own where it names it ('Mg–Ni alloy':
    Mg2Ni), else the storage metal with the other alloyed into it, written as the ontology writes its Mg–Li
    alloy ('Mg(Sn)': Mg the host, Sn its substituent, strategy Alloying) — not Mg with a catalyst. Any other
    text is returned as it is."""
    # (two symbols joined, then the noun: 'Mg–Ni–B alloy' is a ternary alloy, no metal with one other in it)
    m = ELEMENTS_JOINED.match(text.strip())
    elements = _JOINING_DASH.split(m.group()) if m is not None else []
    noun = onto.alloy_noun.fullmatch(text.strip(), m.end()) if m is not None and len(elements) == 2 else None
    if m is None or noun is None:
        return text
    base, guest = elements
    named = onto.v.lookup(f"{base}–{guest} alloy", "Material") or onto.v.lookup(f"{base}-{guest} alloy", "Material")
    if named is not None and named.formula:
        return named.formula
    if base == guest or not (_bare_metal(base) and _bare_metal(guest)) \
            or frozenset({base}) not in onto.storage_metal_sets:
        return text
    return f"{base}({guest})"


_CLOSING_STOP = re.compile(r"(?<=[A-Za-z0-9)\]])\.\s*$")

# the leading parts of a label each one element's symbol with its atomic per cent ('Mg97-Ni03-erGO', 'Mg90–Ni10'),
# up to the next part that is none
_PER_CENT_PARTS = re.compile(r"(?:[A-Z][a-z]?\d+(?:\.\d+)?[-–]){1,4}[A-Z][a-z]?\d+(?:\.\d+)?(?=[-–/@]|$)")
_SYMBOL_AND_SHARE = re.compile(r"([A-Z][a-z]?)(\d+(?:\.\d+)?)")


def _per_cent_composition(text: str) -> str:
    """'Mg97-Ni03-erGO', 'Mg90–Ni10': a label that writes an alloy's atomic per cents one element a part, the
    shares adding up to a hundred, names that one alloy ('Mg97Ni3-erGO'), as its tight formula does — not a host
    'Mg97' with a catalyst 'Ni3'. Shares of another sum ('Mg17–Al12') are left as written."""
    m = _PER_CENT_PARTS.match(text.strip())
    if m is None:
        return text
    shares = _SYMBOL_AND_SHARE.findall(m.group())
    if abs(sum(float(x) for _, x in shares) - 100.0) > 0.5 or len({e for e, _ in shares}) != len(shares):
        return text
    alloy = "".join(f"{e}{float(x):g}" for e, x in shares)
    start = text.index(m.group())
    rest = text[start + len(m.group()):]
    # (the part after the alloy keeps its own reading: 'Mg97Ni3–erGO', a hyphen before it no word's)
    return text[:start] + alloy + ("–" + rest[1:] if rest.startswith("-") else rest)


def _analyse(text: str, onto: _Ontology, put_in: frozenset[str] = frozenset()) -> SystemParse:
    # (a full stop that closes the cell or sentence after the last name, 'MgH2@PTh.', is no part of it)
    text = _binary_alloy(_per_cent_composition(_enclosed(_CLOSING_STOP.sub("", text))), onto)
    text, setting = _without_setting(text)
    text = _described_notation(text)
    parts, unknown, errors = _parts(text, onto)
    parts = _merge_states(parts)
    if errors or not parts:
        raise SystemParseError("; ".join(errors) or f"nothing to parse in '{text}'", unknown)
    parts = _group_on_support_alone(_single_atoms_alone(parts, onto), onto)
    written = parts
    parts = _hydrogenated_composite(_split_compounds(parts, onto), onto)
    # (a part no formula reads that a compound's reading split into parts it knows, 'LiBH4·AB', is read)
    unknown = [u for u in unknown if not any(p.text == u and p.material is not None for p in parts)]
    host_of = _host_chooser(onto)
    h = host_of(parts)
    host = parts[h]
    if _hydride_chemistry(parts, onto):
        host.role = onto.roles[_ROLE_HOST.id]
        # (which parts are hydrides of no catalyst's role: read once, not once per pair of parts)
        reactive = [_is_hydride(q, onto) and _usual_role(q) != _ROLE_CATALYST.id for q in parts]
        for i, p in enumerate(parts):
            if i == h:
                continue
            p.additive_class = _classify(p, onto)
            # 'Li(NH3)nBH4@SiO2': the support of a derived compound follows its partner
            after_host_at = p.sep == "@" and i > h and all(q.partner for q in parts[h + 1:i])
            # a host that has another reaction partner (the LiH of 'Mg(NH2)2–2LiH–KH')
            partners = [q for q, r in zip(parts, reactive) if r and q is not host and q is not p]
            whole = all(q.amount is None or q.amount.unit == "ratio" and float(q.amount.value).is_integer()
                        for q in partners)
            p.role = _partner_role(p, host, onto) if p.partner \
                else _role(p, host, after_host_at, onto, bool(partners), whole)
        for i in range(1, len(parts)):
            # 'NbTi/G', 'FeCoNi@GS': a name the ontology lacks after a catalyst's '/' or '@' is what the
            # catalyst sits on (its support), as the notation writes catalyst-on-support
            p = parts[i]
            if i != h and p.material is None and p.role is None and p.sep in ("/", "@") \
                    and parts[i - 1].role == onto.roles[_ROLE_CATALYST.id] and not re.search(r"\d", p.text):
                p.role = onto.roles[_ROLE_SCAFFOLD.id]
        parts, h = _supported_catalysts(parts, h, onto)
        written = _supported_catalysts(written, host_of(written), onto)[0]
        host = parts[h]
    else:
        # Another chemistry (a cathode, a solvent, a carbon black, a bare metal): its parts are
        # materials of their own.  The hydride rules (host hydride, catalyst, scaffold, …) do not
        # apply; a component keeps the class its ontology term gives, nothing is guessed from elements.
        for i, p in enumerate(parts):
            if i != h and p.material is not None and p.material.term is not None:
                p.additive_class = _class_of_term(p.material.term, onto)
    # (a slash the notation was rewritten to: 'Co-decorated Ti3C2' is Co/Ti3C2)
    if "/" in text or any(p.sep == "/" for p in parts):
        parts, h = _composites(parts, h, onto)
        host = parts[h]
        written = _composites(written, host_of(written), onto)[0]
    notes = [f"ontology has no term for rule '{m}'" for m in onto.missing]
    if setting:
        notes.append(f"'{setting}' is a setting of the sample (time, temperature or pressure), no part of it")
    canonical = _name(_host_first(_as_hydride_host(_whole_ratio(parts), h, onto), h, onto))
    name = canonical if written is parts else _name(_host_first(written, host_of(written), onto))
    if any(p.partner for p in parts):
        canonical = name  # a derived compound is its own composition: 'Mg(BH4)2·2NH3' is not '…·NH3'
    if any(_symbolic(p.coeff_text) for p in parts):
        # 'xLiBH4–(1−x)LiI': a family of compositions, its host and partner in amounts it leaves open, is
        # the system LiBH4–LiI (a value given for one x is that member's: ontology.families)
        open_amounts = [replace(p, coeff_text="") if _symbolic(p.coeff_text) else p for p in parts]
        canonical = _name(_host_first(_as_hydride_host(open_amounts, h, onto), h, onto))
    host_component, additives, unresolved = _with_roles(
        _component(host), [_component(p) for p in _once([p for i, p in enumerate(parts) if i != h])], onto, put_in)
    notes += [f"'{c.text}' has no role: no material the ontology knows" for c in unresolved]
    system = MaterialSystem(text=str(text), name=name, host=host_component, additives=additives,
                            architecture=_architecture(parts, h, onto),
                            key=None if canonical == name else canonical, unresolved=[c.formula for c in unresolved])
    return SystemParse(system, unknown, notes)


def _with_roles(host: Component, additives: list[Component], onto: _Ontology,
                put_in: frozenset[str]) -> tuple[Component, list[Component], list[Component]]:
    """Every component with its role: the one place that gives it, so that no reader, record, graph or
    snapshot meets a component without one. What the rules above gave none takes its default: the host is
    the system's HostHydride (a host of another chemistry too, 'Ni' measured alone: the first component
    of every record is), an additive the ontology knows, or writes as a formula, the role the ontology
    says it usually takes, else a catalyst's (what a known additive of no other reading takes); so does
    a name the ontology lacks that the text says was put into the sample (``put_in``: "doped with FG").
    An additive that can take none ('MHG' of 'MHG@Mg(BH4)2', an unexplained code) is no component: the
    system's name keeps it as written, and its ``unresolved`` lists it (returned here, last)."""
    catalyst = onto.roles[_ROLE_CATALYST.id] or _ROLE_CATALYST.id
    if host.role is None:
        host.role = onto.roles[_ROLE_HOST.id] or _ROLE_HOST.id
    kept: list[Component] = []
    unresolved: list[Component] = []
    for c in additives:
        if c.role is None and c.term is None and _try_formula(c.formula) is None and c.formula not in put_in:
            unresolved.append(c)
            continue
        if c.role is None:
            usual = onto.v.get(c.term).usual_role if c.term and c.term in onto.v else None
            c.role = usual or catalyst
        kept.append(c)
    return host, kept, unresolved


_MAX_WHOLE = 1000   # a ratio whose smallest whole numbers are larger than this is left as written


def _whole_ratio(parts: list[_Part]) -> list[_Part]:
    """The parts with their molar coefficients in the smallest whole numbers: '0.75LiBH4–0.25LiI' and
    '75LiBH4–25LiI' are the composition 3LiBH4–LiI (an unwritten coefficient is 1). Parts given in wt%,
    or with a symbol, keep theirs."""
    if len(parts) < 2 or any(p.amount is not None and p.amount.unit != "ratio" or _symbolic(p.coeff_text)
                             or p.partner for p in parts):
        return parts
    shares = [Fraction(str(p.amount.value)).limit_denominator(_MAX_WHOLE) if p.amount else Fraction(1) for p in parts]
    if all(x == 1 for x in shares):
        return parts
    printed = _printed_ratio([p.coeff_text for p in parts])
    if printed is not None:
        shares = [Fraction(w) for w in printed]
    scale = math.lcm(*(x.denominator for x in shares))
    whole = [int(x * scale) for x in shares]
    common = math.gcd(*whole)
    whole = [w // common for w in whole]
    if max(whole) > _MAX_WHOLE:
        return parts
    return [replace(p, coeff_text="" if w == 1 else str(w)) for p, w in zip(parts, whole)]


def _printed_ratio(coefficients: list[str]) -> list[int] | None:
    """The small whole ratio that mole fractions printed rounded stand for: '0.33A–0.67B' is 1:2, '0.17A–0.83B'
    1:5 (each printed fraction within four tenths of its last digit of the ratio's share); None for fractions
    that are what they say ('0.62LiBH4–0.38NaBH4', the eutectic, is no 5:3)."""
    if not all(re.fullmatch(r"0\.\d{2,3}", c or "") for c in coefficients):
        return None
    shares = [float(c) for c in coefficients]
    if abs(sum(shares) - 1) > 0.011:
        return None
    slack = [0.4 * 10 ** -len(c.split(".")[1]) for c in coefficients]
    for total in range(2, 13):
        whole = [round(x * total) for x in shares]
        if sum(whole) == total and min(whole) > 0 \
                and all(abs(w / total - x) < e for w, x, e in zip(whole, shares, slack)):
            return whole
    return None


def _symbolic(coefficient: str) -> bool:
    return any(c in _SYMBOL for c in coefficient)


def _split_compounds(parts: list[_Part], onto: _Ontology) -> list[_Part]:
    """'Li4(BH4)3I' is 3 LiBH4 + LiI: a halide-substituted compound of a known hydride is that
    hydride (the host) with the halide of its own cation as substituent — so it is one system with
    '3LiBH4–LiI' and '3LiBH4·LiI' (its name stays as written)."""
    out: list[_Part] = []
    groups = [p.group for p in parts if p.group is not None]
    for i, p in enumerate(parts):
        if i == 0 and (family := _family_parts(p, onto)) is not None:
            out.extend(family)
            continue
        mixed = _cation_substituted(p, onto) if i == 0 else None  # the host is written first
        mixed = mixed or (_dissolved_element(p, onto) if i == 0 else None)
        if mixed is not None:
            out.extend(mixed)
            continue
        amide = _borohydride_and_amide(p, onto)   # a double salt as written, before the term's general form
        derived = None if amide is not None else _parent_and_partner(p, onto)
        if derived is not None:
            out.extend(derived)
            continue
        sites = None if amide is not None else _hydrogen_substituted(p, onto)
        host = _resolve(sites[0][0].normalized, onto) if sites is not None else None
        if sites is not None and host is not None:  # LiBH3.75F0.25: a compound of its own (its name is its identity)
            (hydride, _), (halogen, x) = sites
            out.append(_Part(p.text, p.sep, p.group, replace(host, written=p.text)))
            out.append(_Part(p.text, "–", p.group, _Material(halogen.display, halogen, None),
                             Amount(value=x, unit="ratio"), f"{x:g}", partner=True))
            continue
        found = _hydride_and_halide(p, onto) or amide
        salts = list(found) if found is not None else _mixed_anion_salts(p, onto)
        if salts is None:
            out.append(p)
            continue
        group = p.group if len(parts) == 1 else (max(groups, default=-1) + 1 + len(out))
        if len(parts) == 1:
            group = None
        def coeff(k: float) -> str:
            return "" if k == 1 else f"{k:g}"
        # the host first, then its substituents; each with its count per formula unit, one included
        # (Li2(BH4)(NH2) is 1 LiBH4 + 1 LiNH2: the formula states the count, as a ligand's after a dot)
        for k, (salt, n) in enumerate(salts):
            out.append(_Part(p.text, p.sep if k == 0 else "–", group,
                             _Material(salt.display, salt, onto.lookup_material(salt.normalized)),
                             Amount(value=n, unit="ratio"), coeff(n)))
    return out


# 'Li(BH4)1-xIx', 'Li1−yKyBH4', 'Mg1-2xZn2x(BH4)2': a count written with a symbol ('1-x', 'x', '2x') names a family
# of solid solutions, whose parts are the same for every x (the counts differ)
_SYMBOLIC_COUNT = re.compile(r"(?<=[A-Za-z)\]])(?:(\d+(?:\.\d+)?)\s?[-−–]\s?)?(\d+(?:\.\d+)?)?([xyz])(?![a-z])")
_HAS_SYMBOL = re.compile("[xyz]")
_STAND_IN = 0.25   # (a share of the minor part that leaves every count of such a formula positive)


def _family_parts(p: _Part, onto: _Ontology) -> list[_Part] | None:
    """The parts of a symbolic solid solution ('Li(BH4)1-xIx' is LiBH4, the host, with LiI substituted), read
    as its member at a small share of the substituent and given no amounts; None when the formula has no
    symbolic count or its member splits into no parts."""
    written = _material_text(p.text).strip()
    # (each count holds its symbol: a text with none of them, most, is not searched letter by letter)
    counts = list(_SYMBOLIC_COUNT.finditer(written)) if p.amount is None and _HAS_SYMBOL.search(written) else []
    if not counts or any(written[m.start() - 1] in "HD" for m in counts):
        return None   # ('LiBH4-xFx': the hydrogen sites substituted, the compound formed in place is left as written)
    def count(m: re.Match[str]) -> str:
        share = float(m.group(2) or 1) * _STAND_IN
        return f"{float(m.group(1)) - share:g}" if m.group(1) else f"{share:g}"
    member = _SYMBOLIC_COUNT.sub(count, written)
    formula = _try_formula(member)
    if formula is None or formula.is_symbolic:
        return None
    material = _Material(formula.display, formula, onto.lookup_material(formula.normalized))
    stand_in = _Part(member, p.sep, p.group, material)
    split = _split_compounds([stand_in], onto)
    if len(split) < 2:
        return None
    return [replace(q, text=p.text, sep=p.sep if k == 0 else q.sep, group=p.group, amount=None, coeff_text="")
            for k, q in enumerate(split)]


# 'Li3(CB11H12)2(CB9H10)', 'Na3(BH4)(B12H12)', 'K2(BH4)I', 'Li5(BH4)3NH': one metal, then its anions —
# bracketed groups, then a bare halogen or a bare hydrogen-bearing group of non-metals ('NH', the imide) —
# each with its count (a bare group's count is one: its digits are its own atoms')
# ('Li(BH4)0.67(NH2)0.33': a solid solution's counts may be fractions of one formula unit)
_COUNT = r"(?:\d*\.\d+|\d*)"
_ONE_CATION = re.compile(rf"([A-Z][a-z]?)(\d*)((?:\([A-Z][A-Za-z0-9]*\){_COUNT})+"
                         rf"(?:(?:F|Cl|Br|I){_COUNT}|(?:[BCNOPS]\d*)+[HD]\d*)?)")
_ANION = re.compile(rf"\(([A-Z][A-Za-z0-9]*)\)({_COUNT})|(F|Cl|Br|I)({_COUNT})|((?:[BCNOPS]\d*)+[HD]\d*)()")
# 'Li4B10H10B12H12', 'Na3BH4B12H12': the same, its anion groups written one after the other without
# brackets (each group ends at its hydrogen count, so each is written once: no counts of its own)
_ONE_CATION_BARE = re.compile(r"([A-Z][a-z]?)(\d*)((?:(?:[BCNOPS]\d*)+[HD]\d*){2,}(?:F|Cl|Br|I)?)")
_BARE_ANION = re.compile(r"((?:[BCNOPS]\d*)+[HD]\d*)|(F|Cl|Br|I)")


def _salt_valence(metal: str) -> int:
    """The charge of an alkali (1) or alkaline-earth (2) metal's cation in its salts (callers check it is one)."""
    return 1 if metal in _ALKALI else 2


def _anion_charge(group: str, onto: _Ontology) -> int | None:
    """The charge of an anion group ('B12H12' 2, 'CB9H10' 1), read off a hydride of the ontology made of
    that group and one alkali or alkaline-earth metal (Li2B12H12, LiCB9H10, Mg(BH4)2); a halogen is 1."""
    if group in HALOGENS:
        return 1
    g = _try_formula(group)
    if g is None or g.is_symbolic or _metals(g.elements) or "H" not in g.composition:
        return None
    for _, hcomp in onto.hydride_compositions:
        metals = _metals(hcomp)
        if len(metals) != 1 or metals[0] not in _ALKALI | ALKALINE_EARTH \
                or set(hcomp) - {metals[0]} != set(g.composition):
            continue
        n = hcomp["H"] / g.composition["H"]
        if n.is_integer() and all(abs(hcomp[e] - n * c) < 1e-9 for e, c in g.composition.items()):
            valence = _salt_valence(metals[0])
            charge = hcomp[metals[0]] * valence / n
            return int(charge) if float(charge).is_integer() else None
    return None


def _boron_beside_nitrogen(group: str, groups: list[str]) -> bool:
    """Is the anion ``group`` a boron one (BH4) written beside a nitrogen one without boron (NH2, NH) in ``groups``?"""
    return "B" in _SYMBOLS_IN.findall(group) and "N" not in _SYMBOLS_IN.findall(group) \
        and any("N" in (e := _SYMBOLS_IN.findall(g)) and "B" not in e for g in groups)


_SYMBOLS_IN = re.compile(r"[A-Z][a-z]?")


def _mixed_anion_salts(p: _Part, onto: _Ontology) -> list[tuple[Formula, float]] | None:
    """A mixed-anion compound of one alkali or alkaline-earth metal written as its anions
    ('Li3(CB11H12)2(CB9H10)' = 2 LiCB11H12 + LiCB9H10, 'Na3(BH4)(B12H12)' = NaBH4 + Na2B12H12,
    'Li4B10H10B12H12' = Li2B10H10 + Li2B12H12) is its
    single-anion salts, when their charges (read off the ontology's hydrides) balance the metal's. The
    host is the hydride salt of the greatest count, the one written first on a tie; the others, and a
    halide, are its substituents. None for anything else (the compound is then kept as written)."""
    if p.amount is not None:
        return None
    written = _material_text(p.text).strip()
    m = _ONE_CATION.fullmatch(written) if "(" in written else _ONE_CATION_BARE.fullmatch(written)
    if m is None or m.group(1) not in _ALKALI | ALKALINE_EARTH:
        return None
    metal, valence = m.group(1), _salt_valence(m.group(1))
    if "(" in written:
        anions = [(a.group(1) or a.group(3) or a.group(5), float(a.group(2) or a.group(4) or 1))
                  for a in _ANION.finditer(m.group(3))]
    else:
        anions = [(a.group(0), 1.0) for a in _BARE_ANION.finditer(m.group(3))]
    if len(anions) < 2 or len({g for g, _ in anions}) != len(anions):
        return None
    salts: list[tuple[Formula, float, bool]] = []
    positive = 0.0
    for group, count in anions:
        charge = _anion_charge(group, onto)
        if charge is None:
            return None
        positive += count * charge
        # the neutral salt: 'Li2B12H12', 'Mg(BH4)2', 'LiI' (metal and anion counts in their lowest terms)
        k = math.gcd(charge, valence)
        cations, groups = charge // k, valence // k
        unit = group if groups == 1 else (f"{group}{groups}" if group in HALOGENS else f"({group}){groups}")
        salt = _try_formula(f"{metal}{cations if cations > 1 else ''}{unit}")
        if salt is None:
            return None
        salts.append((salt, count / groups, group not in HALOGENS))
    if abs(positive - int(m.group(2) or 1) * valence) > 1e-6 or not any(hydride for *_, hydride in salts):
        return None
    # (a borohydride hosts its amide or imide double salt whatever the counts: 'Li(BH4)0.25(NH2)0.75' is LiBH4 with
    # LiNH2, as 'Li(BH4)1/4(NH2)3/4' and 'Li4(BH4)(NH2)3' are — one reading of one compound, tests/devset/README.md)
    borohydride = [_boron_beside_nitrogen(g, [h for h, _ in anions]) for g, _ in anions]
    host = max(range(len(salts)), key=lambda i: (salts[i][2], borohydride[i], salts[i][1], -i))
    order = [host, *(i for i in range(len(salts)) if i != host)]
    return [(salts[i][0], int(salts[i][1]) if float(salts[i][1]).is_integer() else round(salts[i][1], 6))
            for i in order]


# 'Mg(Zr)H', 'Mg2Ni(Cu)H4': one element in brackets, without a count, inside a hydride's formula
_DISSOLVED = re.compile(r"([A-Z][A-Za-z0-9]*)\(([A-Z][a-z]?)\)((?:[HD]\d*)?)")


def _dissolved_element(p: _Part, onto: _Ontology) -> list[_Part] | None:
    """'Mg(Zr)H' is MgH2 with Zr dissolved in it, 'Mg2Ni(Cu)H4' Mg2NiH4 with Cu: a solid solution
    written with the guest element in brackets is the hydride of the ontology (host) with that element
    as substituent; only when the formula without the guest is such a hydride or its metal."""
    if p.amount is not None or not p.material or p.material.formula is None:
        return None
    m = _DISSOLVED.fullmatch(_material_text(p.text).strip())
    if not m:
        return None
    metal, guest, hydrogen = m.groups()
    bare = _try_formula(metal + hydrogen)
    if bare is None or bare.is_symbolic or guest in NONMETALS:
        return None
    host_f: Formula | None
    if any(hcomp == bare.composition for _, hcomp in onto.hydride_compositions) \
            or not hydrogen and storage_hydride(metal) is not None \
            or not hydrogen and onto.lookup_material(bare.normalized) is not None \
            and not set(bare.composition) & NONMETALS:
        # ('Mg17Al12(Li)': an intermetallic of the ontology with Li dissolved, the alloy as written)
        host_f = bare  # 'Mg2Ni(Cu)H4' → Mg2NiH4; 'Mg(Zr)' → Mg, the metal as written
    else:  # 'Mg(Zr)H': the metal's storage hydride, however the hydrogen is counted
        stored = storage_hydride(metal)
        host_f = _try_formula(stored) if stored else None
    guest_f = _try_formula(guest)
    if host_f is None or guest_f is None:
        return None
    return [_Part(p.text, p.sep, p.group, _Material(host_f.display, host_f, onto.lookup_material(host_f.normalized),
                                                    written=p.text)),
            _Part(p.text, "–", p.group, _Material(guest_f.display, guest_f, onto.lookup_material(guest_f.normalized)),
                  partner=True)]


# 'Mg0.9Zn0.1(BH4)2', 'Mg0.95In0.05': metals with fractional counts, then what they share
_CATION = re.compile(r"([A-Z][a-z]?)(\d*\.\d+|\d+)?")


# '(Li0.7Na0.3)CB11H12', '(Li0.8K0.2)BH4': the metals sharing a site in brackets before the anion they share
_BRACKETED_CATIONS = re.compile(r"\(((?:[A-Z][a-z]?(?:\d*\.\d+|\d+)?){2,4})\)(?=[A-Z(])")


@per_document(maxsize=1024)   # (each part of every parse is asked; its caller only reads what it gives)
def _cations_and_rest(written: str) -> tuple[list[tuple[str, float]], str]:
    """The metals written first with their counts, up to the first non-metal or bracket ('Li0.9K0.1' +
    'BH4'), and what they share; a bracket holding only the metals ('(Li0.7Na0.3)CB11H12') is read the same."""
    bracketed = _BRACKETED_CATIONS.match(written)
    head, rest = (bracketed.group(1), written[bracketed.end():]) if bracketed else (written, None)
    cations: list[tuple[str, float]] = []
    pos = 0
    for m in _CATION.finditer(head):
        if m.start() != pos or m.group(1) in NONMETALS:
            break
        cations.append((m.group(1), float(m.group(2)) if m.group(2) else 1.0))
        pos = m.end()
    if bracketed and pos != len(head):
        return [], written
    return cations, head[pos:] if rest is None else rest


def _anion_metal_returned(cations: list[tuple[str, float]], rest: str) -> tuple[list[tuple[str, float]], str]:
    """'Li1.3Na1.7AlH6': the metal of a complex anion written without brackets (the Al of AlH6, the Fe of FeH6)
    follows the fractional cations with no count of its own; it belongs to what they share, not to them."""
    if len(cations) >= 3 and cations[-1][1] == 1.0 and rest[:1] == "H" \
            and not all(float(n).is_integer() for _, n in cations[:-1]):
        return cations[:-1], cations[-1][0] + rest
    return cations, rest


# 'H2', 'D2': what a binary hydride's metals share (ingest: 'Mg0.9Ti0.1H2')
_HYDROGEN_ONLY = re.compile(r"[HD]\d*")


# the charge of the cation of an alkali or alkaline-earth metal (a charge the metal's group fixes)
_GROUP_CHARGE = {**dict.fromkeys(_ALKALI, 1), **dict.fromkeys(ALKALINE_EARTH, 2)}


def _charge_balanced(cations: list[tuple[str, float]], main: int) -> bool:
    """'Li0.9Mg0.05BH4': metals of fixed charges (alkali, alkaline earth) of which the others take the main one's
    sites with a vacancy for each extra charge — their charges sum to a whole number of the main metal's."""
    if not all(el in _GROUP_CHARGE for el, _ in cations) or len({_GROUP_CHARGE[el] for el, _ in cations}) < 2:
        return False
    charge = sum(n * _GROUP_CHARGE[el] for el, n in cations) / _GROUP_CHARGE[cations[main][0]]
    return abs(charge - round(charge)) <= 1e-6 and round(charge) >= 1


def _cation_substituted(p: _Part, onto: _Ontology) -> list[_Part] | None:
    """'Mg0.9Zn0.1(BH4)2' is Mg(BH4)2 (the host, 0.9) with 0.1 Zn(BH4)2 as substituent; 'Mg0.95In0.05'
    is Mg with 0.05 In: a solid solution written with fractional metal counts that sum to a whole
    site is the host compound of its main metal with the other metals' compounds substituted in ('Li0.9Mg0.05BH4',
    whose charges sum to a whole site instead: LiBH4 with 0.05 Mg, an aliovalent substituent).
    Only when the main metal's compound is a hydride (or a metal storing hydrogen) the ontology
    knows, so that an alloy catalyst ('Ti0.5V0.5') is never split."""
    if p.amount is not None or not p.material or p.material.formula is None or p.material.formula.is_symbolic:
        return None
    cations, rest = _cations_and_rest(_material_text(p.text).strip())
    cations, rest = _anion_metal_returned(cations, rest)
    if not 2 <= len(cations) <= 4 or (rest and not re.fullmatch(r"\(?[A-Z(].*", rest)):
        return None
    counts = [n for _, n in cations]
    main = max(range(len(cations)), key=lambda k: counts[k])   # (the first written on a tie)
    total = sum(counts)
    aliovalent = bool(rest) and abs(total - round(total)) > 1e-6 and _charge_balanced(cations, main)
    if aliovalent:
        total = sum(n * _GROUP_CHARGE[el] for el, n in cations) / _GROUP_CHARGE[cations[main][0]]
    if len({el for el, _ in cations}) != len(cations) or any(el in NONMETALS for el, _ in cations) \
            or all(float(n).is_integer() for n in counts) or abs(total - round(total)) > 1e-6 or round(total) < 1:
        return None
    if not rest and sum(n == counts[main] for n in counts) > 1:
        return None   # no main metal and no anion they share ('Ti0.5V0.5'): an alloy of its own
    whole = round(total)
    def compound(el: str) -> str:
        return f"{el}{'' if whole == 1 else whole}{rest}"
    host_f = _try_formula(compound(cations[main][0]))
    if host_f is None or host_f.is_symbolic:
        return None
    known = any(hcomp == host_f.composition for _, hcomp in onto.hydride_compositions) \
        or (not rest and storage_hydride(host_f.normalized) is not None)
    if not known:
        return None
    # ('Mg0.9Ti0.1H2': what the metals share is hydrogen alone, the host a binary hydride; the other metal sits on
    # the host metal's sites as an element, as in 'Mg(Ti)H2' and 'Mg0.95In0.05', no hydride of its own — TiH2 is
    # no part of the sample, and AlH2 no compound at all)
    # (so does the metal of another charge of an aliovalent one, 'Li0.9Mg0.05BH4': no compound 'MgBH4')
    # (not metals of one group-fixed charge, 'MgxCa1-xH2' as 'KxNa1-xBH4': each metal's own hydride is an end member of
    # the series, whose parts are the two hydrides)
    isovalent = all(el in _GROUP_CHARGE for el, _ in cations) and len({_GROUP_CHARGE[el] for el, _ in cations}) == 1
    binary = bool(_HYDROGEN_ONLY.fullmatch(rest)) and not isovalent or aliovalent
    out = []
    for k, (el, n) in enumerate(cations):
        f = _try_formula(el if binary and k != main else compound(el))
        if f is None:
            return None
        share = n / whole
        out.append(_Part(p.text, p.sep if k == main else "–", p.group,
                         _Material(f.display, f, onto.lookup_material(f.normalized)),
                         Amount(value=round(share, 6), unit="ratio"), f"{share:g}", partner=k != main))
    return [out[main], *out[:main], *out[main + 1:]]


def _parent_and_partner(p: _Part, onto: _Ontology) -> list[_Part] | None:
    """'Mg(BH4)2·2NH3', 'Li(BH4)1-x(NH2)x': a compound the ontology derives from a hydride
    (hkg:parentHydride, hkg:partnerFormula) is that hydride, the host, with the partner as its
    substituent; an adduct the ontology does not name ('Mg(BH4)2·1.6NH3') is split at its dot the
    same way. The part keeps its written text; the name stays as written (``_keeps_name``)."""
    term = p.material.term if p.material else None
    parent_id = term.parent_hydride if term is not None else None
    parent = onto.v.get(parent_id) if parent_id is not None and parent_id in onto.v else None
    partner_text = term.partner if term is not None and parent is not None else None
    m: re.Match[str] | None = None
    if parent is not None and partner_text:
        host, partner = _resolve(parent.label, onto), _resolve(partner_text, onto)
    else:
        # the ligand is a formula ('NH3', 'NH3BH3'), a molecule written with groups ('(CH3)2CHNH2',
        # 'CH3(CH2)2NH2': a neutral molecule, no metal) or a ligand abbreviation in lower case ('en')
        m = _ADDUCT.fullmatch(_material_text(p.text))
        if m is not None and "(" in m.group(2) and not _neutral_molecule(m.group(2)):
            m = None
        if m is None and term is None:
            return _ligand_inside(p, onto)
        if term is not None or m is None:
            return None
        host, partner = _resolve(m.group(1), onto), _adduct_partner(m.group(2), onto)
        if not _hydride_material(host, m.group(1), onto):
            return None
    if host is None or partner is None:
        return None
    f = _try_formula(partner_text if partner_text else m.group(2) if m is not None else "")
    if m is not None and m.group(2).islower() and f is not None and not f.is_symbolic:
        # 'en' of 'LiBH4·en': the ligand written out (C2H8N2), as the ontology's Mg(en)(BH4)2 gives it
        f = _try_formula(_hill(f)) or f
        partner = _resolve(f.normalized, onto) or partner
    if partner.formula is None and f is not None:
        partner = replace(partner, rendered=f.display, formula=f)  # 'NH3', not the term's label 'ammonia'
    # (read as the formula writes it: 'Mg(BH4)2.6NH3' is Mg(BH4)2·6NH3, its full stop the adduct's dot)
    written = _material_text(p.text)
    whole = p.material.formula if p.material is not None and "." in written else None
    written = whole.display if whole is not None and "·" in whole.display else written
    count = _ligand_count(written, partner)
    if not count and m is None and term is not None and term.partner_count:
        # 'the Li–Mg–N–H system': a name the ontology gives one composition (Mg(NH2)2–2LiH) carries its count
        count = f"{term.partner_count:g}"
    share = Amount(value=float(count), unit="ratio") if count else None
    return [_Part(p.text, p.sep, p.group, replace(host, written=p.text), p.amount, p.coeff_text),
            _Part(p.text, "–", p.group, partner, share, count, partner=True)]


def _adduct_partner(text: str, onto: _Ontology) -> _Material | None:
    """The molecule after an adduct's dot: a name or formula the ontology reads, else the letters an adduct
    notation abbreviates a molecule by ('AB' of 'LiBH4·AB': ammonia borane, hkg:adductLabel)."""
    partner = _resolve(text, onto)
    term = onto.v.by_adduct(text) if partner is None else None
    return _resolve(term.formula or term.label, onto) if term is not None else partner


def _ligand_count(written: str, partner: _Material) -> str:
    """The count of a neutral ligand per formula unit, its molar ratio to the host ('Mg(BH4)2·1.5NH3' 1.5,
    'LiBH4·(NH3)2' 2, 'Mg(en)1(BH4)2' 1); a ligand written without a count is one per formula unit
    ('LiBH4·CH3NH2', 'Mg(en)(BH4)2', as 'Mg(BH4)2·NH3' is the monoammoniate). '' when the count is
    symbolic or a fraction ('·xNH3', '·1/2NH3') or the partner is a salt of a metal ('Mg(BH4)(NH2)',
    'Li(BH4)1-x(NH2)x': counts of a solid solution, read elsewhere)."""
    count = _ADDUCT_COUNT.search(written) or _BRACKET_COUNT.search(written)
    if count:
        return count.group(1)
    if partner.formula is None or _metals(partner.formula.elements):
        return ""
    for form in (_LIGAND_AFTER, _LIGAND_INSIDE):
        bracket = form.fullmatch(written)
        if bracket is not None and _names_ligand(bracket.group(2), partner):
            return _said_count(bracket.group(3))
    return "1" if _BARE_LIGAND.search(written) else ""


def _names_ligand(bracketed: str, partner: _Material) -> bool:
    """Is the bracket's text the partner ('NH3BH3' of 'Mg(BH4)2(NH3BH3)2', 'en' for C2H8N2), not an anion
    group ('BH4' of the same text read as 'Mg(BH4)2' + '(NH3BH3)2')?"""
    f = _try_formula(bracketed)
    return bracketed.islower() or f is not None and partner.formula is not None \
        and f.composition == partner.formula.composition


def _said_count(count: str | None) -> str:
    """A ligand's count after its bracket: as written, one when none is written, '' when symbolic ('x', 'n')."""
    return "1" if not count else count if count[0].isdigit() else ""


_ADDUCT_COUNT = re.compile(r"·\s*(\d+(?:\.\d+)?)(?=\s*\(?[A-Za-z])")
# ('LiBH4·CH3NH2', 'Mg(BH4)2·(CH3)2CHNH2': a ligand written straight after the dot, without a count)
# (not 'LiB11H14·(H2O)n', whose count is symbolic)
_BARE_LIGAND = re.compile(r"·\s*(?!.*\)[xyzn]$)(?:[A-Z]|\([A-Z]|[a-z]{2,3}$)")
# ('LiBH4·(NH3)2': a ligand's count written after its bracket)
_BRACKET_COUNT = re.compile(r"·\s*\([A-Z][A-Za-z0-9]*\)(\d+(?:\.\d+)?)$")
# 'Mg(BH4)2·2NH3', 'Mg(BH4)2·1.5(CH3)2NH', 'LiBH4·en': the compound before the dot, a count, the ligand
# ('LiB11H14·(H2O)n', 'Mg(BH4)2·(NH3)x': a ligand in brackets may carry its count after them)
_ADDUCT = re.compile(r"(?:[α-ω]-)?([A-Z][^·]*)·\s*(?:\d+(?:\.\d+)?|[xyzn])?\s*"
                     r"\(?([A-Z][A-Za-z0-9]*|(?:\([A-Z][A-Za-z0-9]*\)\d*|[A-Z][A-Za-z0-9]*)+|[a-z]{2,3})\)?"
                     r"(?:(?<=\))(?:\d+(?:\.\d+)?|[xyzn]))?")


def _neutral_molecule(text: str) -> bool:
    """A molecular ligand written with groups ('(CH3)2CHNH2'): a formula of non-metals with carbon or
    nitrogen, not a salt or a second metal hydride."""
    f = _try_formula(text)
    return f is not None and not f.is_symbolic and not _metals(f.elements) and bool({"C", "N"} & set(f.elements))


def _ligand_inside(p: _Part, onto: _Ontology) -> list[_Part] | None:
    """'Mg(en)1.5(BH4)2', 'Li(NH3)BH4': a neutral ligand written inside the cation's formula — a molecule
    the ontology knows (NH3) or a ligand abbreviation ('en'), not a second anion ('Li(BH4)(NH2)') — is the
    hydride (host) with the ligand as its partner, as the dotted adduct 'Mg(BH4)2·1.5en' would be; so is one
    written after the whole hydride ('Mg(BH4)2(en)', 'Mg(BH4)2(NH3)2', 'Mg(BH4)2(THF)3')."""
    written = _material_text(p.text)
    inside, after = _LIGAND_INSIDE.fullmatch(written), _LIGAND_AFTER.fullmatch(written)
    # ('Mg(BH4)2(THF)3' also reads as a ligand BH4 inside 'Mg…(THF)3', whose rest is no hydride)
    return (inside and _hydride_with_ligand(p, inside.group(1) + inside.group(4), inside.group(2), inside.group(3),
                                            onto)) \
        or (after and _hydride_with_ligand(p, after.group(1), after.group(2), after.group(3), onto)) or None


def _hydride_with_ligand(p: _Part, host_text: str, ligand: str, count: str | None,
                         onto: _Ontology) -> list[_Part] | None:
    """The hydride written as ``host_text`` (the host) with the neutral ``ligand`` as its partner, if both are;
    a numeric ``count`` after the ligand's bracket is its molar ratio to the host, as after an adduct's dot."""
    f = _try_formula(ligand)
    if f is None or _metals(f.elements):
        return None
    host, partner = _resolve(host_text, onto), _resolve(ligand, onto)
    if host is None or not _hydride_material(host, host_text, onto) or partner is None \
            or not (ligand.islower() or partner.term is not None and partner.term.id not in onto.hydride_terms):
        return None
    if ligand.islower() and not f.is_symbolic:
        f = _try_formula(_hill(f)) or f
        partner = _resolve(f.normalized, onto) or partner
    if partner.formula is None:
        partner = replace(partner, rendered=f.display, formula=f)
    numeric = _said_count(count)
    share = Amount(value=float(numeric), unit="ratio") if numeric else None
    return [_Part(p.text, p.sep, p.group, replace(host, written=p.text), p.amount, p.coeff_text),
            _Part(p.text, "–", p.group, partner, share, numeric, partner=True)]


# 'Mg(en)1.5(BH4)2', 'Mg(NH3)2(BH4)2': cation, ligand in brackets with its count, then the anion group
# ('Li(NH3)BH4': the anion may follow unbracketed)
_LIGAND_INSIDE = re.compile(r"([A-Z][a-z]?)\(([A-Za-z0-9]+)\)(\d+(?:\.\d+)?|[xyzn])?"
                            r"(\([A-Z][A-Za-z0-9]*\)\d*|[A-Z][A-Za-z0-9]*)")
# 'Mg(BH4)2(en)1', 'LiBH4(NH3)': the whole hydride, then the ligand in brackets with its count
_LIGAND_AFTER = re.compile(r"([A-Z][a-z]?(?:\([A-Z][A-Za-z0-9]*\)\d*|[A-Z][A-Za-z0-9]*))\(([A-Za-z0-9]+)\)"
                           r"(\d+(?:\.\d+)?|[xyzn])?")


def _hill(f: Formula) -> str:
    """A formula written out in Hill order ('en' → C2H8N2)."""
    order = sorted(f.composition, key=lambda e: (e != "C", e != "H", e))
    return "".join(e + ("" if f.composition[e] == 1 else f"{f.composition[e]:g}") for e in order)


def _borohydride_and_amide(p: _Part, onto: _Ontology) -> tuple[tuple[Formula, float], tuple[Formula, float]] | None:
    """((borohydride, n), (amide, m)) when p is written as a double salt of one cation with BH4 and
    NH2 anions (Li2(BH4)(NH2) = LiBH4 + LiNH2, Li4(BH4)(NH2)3 = LiBH4 + 3LiNH2), else None. The
    written formula counts, not the ontology term's general one (Li(BH4)1-x(NH2)x). Written compactly
    (Li3BN2H8 = LiBH4 + 2LiNH2) the anions are not printed, so the metal's own borohydride must fix its
    valence (LiNH2BH3, an amidoborane of the same atoms' kinds, has two anions per Li and is no salt)."""
    if p.amount is not None:
        return None
    bracketed = "(BH4)" in p.text and "(NH2)" in p.text
    if not bracketed and not _compact_double_salt(p.text):
        return None
    f = _try_formula(p.text)
    if f is None or f.is_symbolic or set(f.composition) - {"B", "N", "H"} == set() \
            or len(_metals(f.composition)) != 1:
        return None
    comp = f.composition
    metal = _metals(comp)[0]
    a, b = comp.get("B", 0), comp.get("N", 0)
    if set(comp) != {metal, "B", "N", "H"} or abs(comp["H"] - 4 * a - 2 * b) > 1e-9:
        return None
    valence = (a + b) / comp[metal]
    if not bracketed and valence not in _borohydride_valences(metal, onto):
        return None
    if valence not in (1, 2):
        # 'Li(BH4)1/2(NH2)3/4' (fractional counts as printed): the metal's own borohydride decides
        known = _borohydride_valences(metal, onto)
        if len(known) != 1:
            return None
        valence = next(iter(known))
    elif (not float(a / valence).is_integer() or not float(b / valence).is_integer()) \
            and not ("/" in p.text and 0 < a / valence < 1 and 0 < b / valence < 1):
        # ('Li(BH4)1/4(NH2)3/4': shares of one formula unit printed as fractions, like 'Li(BH4)1/2(NH2)3/4' above)
        return None
    group = "" if valence == 1 else "2"
    boro = _try_formula(f"{metal}BH4" if valence == 1 else f"{metal}(BH4)2")
    amide = _try_formula(f"{metal}NH2" if valence == 1 else f"{metal}(NH2){group}")
    if boro is None or amide is None:
        return None
    def count(x: float) -> float:
        return int(x) if float(x).is_integer() else round(x, 6)
    return (boro, count(a / valence)), (amide, count(b / valence))


_FOUR_SYMBOLS = re.compile(r"(?:[A-Z][a-z]?\d*){4}")


def _compact_double_salt(text: str) -> bool:
    """Is text a bare formula of one metal with B, N and H (Li3BN2H8, Na2BNH6), no brackets or dots?"""
    return _FOUR_SYMBOLS.fullmatch(text) is not None and all(e in text for e in ("B", "N", "H"))


def _borohydride_valences(metal: str, onto: _Ontology) -> set[float]:
    """The valences the ontology knows the metal's borohydride in (Li: {1}, Mg: {2})."""
    known = [h for _, h in onto.hydride_compositions]
    def own(v: int) -> dict[str, float] | None:
        f = _try_formula(f"{metal}BH4" if v == 1 else f"{metal}(BH4)2")
        return f.composition if f is not None else None
    return {float(v) for v in (1, 2) if any(own(v) == h for h in known)}


def _hydride_and_halide(p: _Part, onto: _Ontology) -> tuple[tuple[Formula, float], ...] | None:
    """((hydride formula, n), (halide formula, m), …) when p's composition is n × a known hydride plus
    m × a halide of the same metal (one halide per halogen: 'Li(BH4)0.5Br0.25Cl0.25' is 0.5 LiBH4 + 0.25 LiBr +
    0.25 LiCl), else None."""
    f = p.material.formula if p.material else None
    if f is None or f.is_symbolic or p.amount is not None or not set(f.elements) & HALOGENS \
            or "H" not in f.elements:
        return None
    comp = f.composition
    # 'Li(BH4)0.7Br0.3': a solid solution written with fractions is 0.7 LiBH4 + 0.3 LiBr
    fractional = any(not float(v).is_integer() for v in comp.values())
    for formula, hcomp in onto.hydride_compositions:
        n = round(comp["H"] / hcomp["H"], 9)
        if not (n >= 1 and float(n).is_integer() or fractional and 0 < n < 1) or set(hcomp) - set(comp):
            continue
        rest = {e: round(comp[e] - n * hcomp.get(e, 0), 9) for e in comp}
        rest = {e: v for e, v in rest.items() if abs(v) > 1e-9}
        metals = _metals(rest)
        if any(v < 0 or not (fractional or float(v).is_integer()) for v in rest.values()) or not metals \
                or not set(metals) <= set(_metals(hcomp)) or set(rest) - set(metals) - HALOGENS:
            continue
        several = _halides_each(rest, metals)
        if several is not None:
            hydride = _try_formula(formula)
            return ((hydride, n), *several) if hydride is not None else None
        m = min(rest.values())
        unit = {e: int(v / m) for e, v in rest.items()}
        if any(abs(unit[e] * m - v) > 1e-9 for e, v in rest.items()) \
                or sum(unit[e] for e in metals) != 1 and not fractional:
            continue   # (a halide holds one metal atom, MgCl2, LiI: 'Li5(CB9H10)3I' leaves no 'Li2I' over)
        halide = _try_formula("".join(f"{e}{'' if k == 1 else k}" for e, k in
                                      sorted(unit.items(), key=lambda ek: ek[0] in HALOGENS)))
        hydride = _try_formula(formula)
        if halide is None or hydride is None:
            continue
        return (hydride, n), (halide, m)
    return None


def _halides_each(rest: dict[str, float], metals: list[str]) -> list[tuple[Formula, float]] | None:
    """The halides of one alkali or alkaline-earth metal that ``rest`` (the atoms a hydride leaves over) is made
    of, one per halogen with its count, when it holds more than one halogen and they balance the metal; else None."""
    halogens = [e for e in rest if e in HALOGENS]
    if len(halogens) < 2 or len(metals) != 1 or metals[0] not in _ALKALI | ALKALINE_EARTH:
        return None
    metal = metals[0]
    valence = _salt_valence(metal)
    if abs(sum(rest[x] for x in halogens) / valence - rest[metal]) > 1e-6:
        return None
    out = []
    for x in halogens:
        halide = _try_formula(f"{metal}{x}{'' if valence == 1 else valence}")
        if halide is None:
            return None
        out.append((halide, round(rest[x] / valence, 6)))
    return out


def _hydrogen_substituted(p: _Part, onto: _Ontology) -> tuple[tuple[Formula, float], tuple[Formula, float]] | None:
    """((hydride, 1), (halogen, x)) when a halogen takes x of the hydrogen sites of a known hydride:
    'LiBH3.75F0.25' is LiBH4 with 0.25 F (the other atoms as in the hydride, H + halogen = its H)."""
    f = p.material.formula if p.material else None
    if f is None or f.is_symbolic or p.amount is not None or "H" not in f.elements:
        return None
    comp = f.composition
    halogens = {e: v for e, v in comp.items() if e in HALOGENS}
    if len(halogens) != 1:
        return None
    (x_el, x), = halogens.items()
    for formula, hcomp in onto.hydride_compositions:
        same_frame = set(hcomp) == set(comp) - {x_el} and all(
            abs(comp[e] - v) < 1e-9 for e, v in hcomp.items() if e != "H")
        if same_frame and abs(comp["H"] + x - hcomp["H"]) < 1e-9:
            hydride, halogen = _try_formula(formula), _try_formula(x_el)
            if hydride is not None and halogen is not None:
                return (hydride, 1), (halogen, x)
    return None


def _as_hydride_host(parts: list[_Part], h: int, onto: _Ontology) -> list[_Part]:
    """Mg and MgH2, Mg2Ni and Mg2NiH4 are one host: the identity names the hydride."""
    material = parts[h].material
    formula = material.formula if material else None
    hydride = storage_hydride(formula.normalized) \
        if formula and "H" not in parts[h].elements \
        and not _element_list(p.material.formula.normalized for p in parts if p.material and p.material.formula) \
        else None
    f = _try_formula(hydride)
    if hydride is None or f is None:      # (an ontology hydride always parses)
        return parts
    host = replace(parts[h], material=_Material(f.display, f, onto.lookup_material(hydride)))
    return [*parts[:h], host, *parts[h + 1:]]


def formed_from_metal(hydride: str, vocab: Vocabulary | None = None) -> bool:
    """Whether the hydride is one its metal takes up hydrogen as, so that the metal named alone can stand for it
    (MgH2 for 'Mg'); not a hydride the ontology marks hkg:notFormedFromMetal (AlH3: 'Al' in an alanate paper is
    the product or an additive, no alane to come)."""
    term = _ontology(vocab).v.by_formula(hydride)
    return term is None or not term.not_from_metal


@per_document(maxsize=4096)
def storage_hydride(formula: str, vocab: Vocabulary | None = None) -> str | None:
    """The hydride of the ontology that a metal or alloy stores hydrogen as: 'Mg' -> 'MgH2',
    'Mg2Ni' -> 'Mg2NiH4' (same composition without its hydrogen); None for anything else."""
    f = _try_formula(formula)
    if f is None or f.is_symbolic or "H" in f.elements or _metals(f.elements) != list(f.elements):
        return None
    comp = f.composition
    found = [(hydrogen, name) for name, hydrogen, frame in _ontology(vocab).hydride_frames if frame == comp]
    return max(found)[1] if found else None   # the fully hydrided phase: TiH2, not TiH


def hydride_system(system: MaterialSystem, vocab: Vocabulary | None = None) -> bool:
    """Whether the hydride rules read ``system`` (``_hydride_chemistry``: a part is a hydride or a metal that
    forms one, or the ontology cannot read it). A host of another chemistry ('LiCoO2', 'Ni' alone) takes the
    HostHydride role only as every record's first component does: this, not its role, says it is a store."""
    onto = _ontology(vocab)
    parts = [_Part(c.text, None, None, _resolve(_material_text(c.text) or c.formula, onto)) for c in system.components]
    return bool(system.unresolved) or _hydride_chemistry(parts, onto)


@per_document(maxsize=2048)   # (asked of each formula by many rules of every sentence)
def storage_metal(formula: str, vocab: Vocabulary | None = None) -> bool:
    """A metal or alloy that stores hydrogen in its dehydrogenated state: one the ontology knows the hydride of
    ('Mg', 'Mg2Ni'), or an alloy written by its composition whose largest part is such a metal ('Mg90Ni10',
    'Mg2Ni0.9Co0.1': Mg), its own host as the dev set's convention has it. (Metals only, as a host is named; an alloy
    as it is written, a minor metalloid and metallurgical notation too, is ``ontology.hosts.storage_alloy``.)"""
    if storage_hydride(formula, vocab) is not None:
        return True
    f = _try_formula(formula)
    if f is None or f.is_symbolic or "H" in f.elements or len(f.elements) < 2 \
            or _metals(f.elements) != list(f.elements):
        return False
    comp = f.composition
    return storage_hydride(max(comp, key=lambda e: comp[e]), vocab) is not None


def host_formula(system: MaterialSystem) -> str:
    """The host hydride of a system: the hydride its metal host stores hydrogen as ('Mg' -> 'MgH2');
    an element list ('Li–Mg–N–H') names a family, not a metal host, and is kept. (A hydride under a
    descriptor, 'Thin film MgH2', is parsed as that hydride: ``_described_hydride``.)"""
    # (most systems have no additives: no generator built for them; asked ~10 times per sentence)
    if system.host.formula in _HYDROGEN or system.additives and _element_list(c.formula for c in system.additives):
        return system.host.formula   # (host, then additives: ``components`` without building that list)
    formula = _protium_form(system.host.formula)
    hydride = storage_hydride(formula)
    if hydride is None and (base := _designated_base(formula)) is not None:
        # ('AZ91', 'ZK60': a Mg alloy named by its designation is a Mg-based host, its hydride MgH2 — what a chemist
        # asking for Mg hosts expects among them; the system and its host component keep the designation)
        return storage_hydride(base) or base
    # (not a hydride its metal does not form: the 'Al' of 'NaH, Al and H2' or of 'Al–Ti species' is no AlH3)
    return hydride if hydride is not None and formed_from_metal(hydride) else formula


def _designated_base(formula: str) -> str | None:
    """The base metal of a Mg alloy the ontology names by its designation ('AZ91': Mg), else None."""
    from .hosts import designated_alloy_base  # (ontology.hosts reads this module: asked here, not at import)

    return designated_alloy_base(formula)


# deuterium written as its own symbol in a formula ('LiMg(AlD4)3', 'MgD2', 'NaAlD4'): not Dy, Db, Ds
_DEUTERIUM = re.compile(r"D(?![a-z])")


def _protium_form(formula: str) -> str:
    """The hydride a deuteride is the isotopologue of ('LiMg(AlD4)3' -> 'LiMg(AlH4)3'): neutron and isotope
    studies measure the same host, and the system keeps the name as written."""
    return _DEUTERIUM.sub("H", formula) if "D" in formula else formula


def _element_list(formulas: Iterable[str]) -> bool:
    """'Li–Mg–N–H': bare hydrogen among the parts names a family of elements, not a metal host with
    additives (a carbon scaffold, 'Mg–Nb@C', is no such list)."""
    return any(f in _HYDROGEN for f in formulas)


def _dehydrogenated(p: _Part) -> dict[str, float] | None:
    """A part's composition without its hydrogen (None when it has no definite composition)."""
    f = p.material.formula if p.material else None
    if f is None or f.is_symbolic:
        return None
    return {e: n for e, n in f.composition.items() if e != "H"}


def _binary_of_one_metal(p: _Part, other: str) -> str | None:
    """The metal of a part made of one metal and the element ``other`` ('Ca' of CaH2 with 'H', 'Mg' of MgB2 with
    'B'), given with no loading; None for anything else."""
    f = p.material.formula if p.material else None
    if f is None or f.is_symbolic or (p.amount is not None and p.amount.unit != "ratio"):
        return None
    metals = _metals(f.elements)
    return metals[0] if len(metals) == 1 and set(f.elements) == {metals[0], other} else None


def _hydrogenated_composite(parts: list[_Part], onto: _Ontology) -> list[_Part]:
    """'2LiH + MgB2', '3CaH2 + 4MgB2 + CaF2': a reactive hydride composite written in its dehydrogenated state, a
    binary hydride of an alkali or alkaline-earth metal beside a main-group metal's boride, is the sample in its
    hydrogenated state (2LiH + MgB2 + 4H2 → 2LiBH4 + MgH2): the borohydride of the hydride's metal and the boride
    metal's hydride (or the metal, where it forms none), as the dev set reads every two-state composite. A
    transition-metal boride (TiB2, a catalyst of MgH2) takes no boron to the hydride and is kept."""
    if len(parts) < 2:
        return parts    # (a boride and a hydride are two parts)
    borides = [(i, m) for i, p in enumerate(parts) if (m := _binary_of_one_metal(p, "B")) and m not in TRANSITION]
    hydrides = [(i, m) for i, p in enumerate(parts)
                if (m := _binary_of_one_metal(p, "H")) and m in _ALKALI | ALKALINE_EARTH]
    if len(borides) != 1 or len(hydrides) != 1 or borides[0][1] == hydrides[0][1] \
            or any(set(p.elements) >= {"B", "H"} for p in parts):
        return parts
    (bi, boride_metal), (hi, metal) = borides[0], hydrides[0]
    material = parts[hi].material
    f = material.formula if material is not None else None
    valence = round(f.composition["H"] / f.composition[metal]) if f is not None else 0
    if valence not in (1, 2, 3):
        return parts
    borohydride = f"{metal}BH4" if valence == 1 else f"{metal}(BH4){valence}"
    out = list(parts)
    # (each keeps its count: 2LiH gives 2LiBH4, one MgB2 one MgH2)
    out[hi] = replace(parts[hi], material=_resolve(borohydride, onto))
    out[bi] = replace(parts[bi], material=_resolve(storage_hydride(boride_metal) or boride_metal, onto))
    return out


def _merge_states(parts: list[_Part]) -> list[_Part]:
    """'Mg/MgH2', 'MgH2/Mg', 'Mg2Ni/Mg2NiH4', 'KSi–KSiH3': the two states of one storage material, written
    as a pair; the pair is the hydride, not the hydride with its own metal (or Zintl phase) as an additive.
    Joined by a dash only a storage hydride's pair: a catalytic phase beside its metal ('TiH2–Ti') is two."""
    out: list[_Part] = []
    for p in parts:
        prev = out[-1] if out else None
        if prev is not None and p.sep in ("/", "-", "–") and p.amount is None and prev.amount is None:
            a, b = _dehydrogenated(prev), _dehydrogenated(p)
            hydride = prev if "H" in prev.elements else p
            if a and b and a == b and (prev.elements != p.elements) \
                    and (p.sep == "/" or p.group == prev.group and not _usual_role(hydride)):
                out[-1] = replace(hydride, sep=prev.sep, text=f"{prev.text}{p.sep}{p.text}")
                continue
        out.append(p)
    return out


def _once(parts: list[_Part]) -> list[_Part]:
    """'Pd/Mg/Pd' (a layer stack): a material written twice without amounts is one additive of the
    system, not two (the name keeps the stack as written)."""
    out: list[_Part] = []
    seen: set[str] = set()
    for p in parts:
        f = p.material.formula if p.material else None
        key = f.normalized if f is not None and not f.is_symbolic and p.amount is None and not p.coeff_text else None
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        out.append(p)
    return out


def _component(p: _Part) -> Component:
    mat = p.material
    formula = mat.rendered if mat else re.sub(r"\s+", " ", _material_text(p.text)) or p.text
    return Component(formula=formula, text=p.text, term=mat.term.id if mat and mat.term else None,
                     amount=p.amount, role=p.role, additive_class=p.additive_class)


# surface terminations written after an MXene's formula ('Ti3C2Tx', 'Nb2CTz'): the same MXene, as written
_TERMINATION = re.compile(r"T[xz]")
_WORD = re.compile(r"[a-z]{3,}")     # a written word, which no abbreviation has


def _architecture_name(words: list[str], onto: _Ontology) -> str | None:
    """'ordered nanoporous hard carbon', 'silica aerogel': a material the ontology knows, named in words with
    words of a support's architecture that no label of the ontology holds: a scaffold of its own, named as
    written ('amorphous carbon', a label, stays C; 'CeO2 nanoparticles' is written as a formula)."""
    if not any(w.casefold() in onto.architecture_words for w in words) \
            or all(w.casefold() in onto.architecture_words for w in words) \
            or not all(_WORD.fullmatch(w.casefold().replace("-", "")) or w.casefold() in onto.architecture_words
                       for w in words):
        return None     # (no material among the words: 'porous' of 'a porous scaffold' names none)
    while len(words) > 1 and words[0].endswith("ly") and words[0].casefold() not in onto.architecture_words:
        words = words[1:]     # 'highly ordered': how well, not what
    last = words[-1].casefold()
    if last.endswith("s") and last[:-1] in onto.architecture_words:
        words = [*words[:-1], words[-1][:-1]]     # 'carbon foams' of a paper's samples: the material, carbon foam
    name = " ".join(words)
    return name if onto.v.lookup(name, "Material") is None else None


def form_words_start(text: str, start: int, vocab: Vocabulary | None = None) -> int:
    """Where the one or two words of size, shape or form written right before ``start`` begin ('layered ' of
    '5 wt% layered Ti3C2', 'exfoliated few-layer ' of 'exfoliated few-layer V2C'), by the ontology's MaterialForm
    words as a described material is read; ``start`` when none is written."""
    m = _ontology(vocab).form_words_before.search(text, max(0, start - 40), start)
    return m.start() if m else start


def is_architecture_word(word: str, vocab: Vocabulary | None = None) -> bool:
    """Is ``word`` one of the ontology's words of a support's architecture ('ordered', 'aerogel')?"""
    return word.casefold() in _ontology(vocab).architecture_words


def architecture_term(text: str, vocab: Vocabulary | None = None) -> Term | None:
    """The ontology's material a support named with its architecture is ('silica aerogel': silica), or None."""
    found = _architecture_support(text, _ontology(vocab))
    return found.term if found is not None else None


@per_document(maxsize=1024)   # (a mention is asked again by each reader of its sentence)
def architecture_name(text: str, vocab: Vocabulary | None = None) -> str | None:
    """The name of a support written in words with its architecture ('ordered nanoporous hard carbon', 'silica
    aerogel', generic head nouns after it dropped) that no label of the ontology holds; else None."""
    onto = _ontology(vocab)
    return _architecture_name(_name_words(text, onto)[0], onto)


_SPACES = re.compile(r"\s+")


def _name_words(text: str, onto: _Ontology) -> tuple[list[str], bool]:
    """The words of a material's name, the generic head nouns after it ('scaffold', 'nanoparticles') dropped,
    and whether any was."""
    words = _SPACES.sub(" ", text).strip().split(" ")
    dropped = False
    while len(words) > 1 and words[-1].casefold() in onto.generic_heads:
        words.pop()
        dropped = True
    return words, dropped


def component_name(c: Component, vocab: Vocabulary | None = None) -> str:
    """The material as the text names it, for a component the ontology knows by a label: 'ordered
    mesoporous carbon' (not the class 'porous carbon'), 'aerogel-like carbon', 'Ti3C2Tx', 'mesoporous
    silica' for 'mesoporous silica scaffold'. Generic head nouns after the name (scaffold, support,
    nanoparticles: the ontology's GenericHead scheme) are dropped; a material with a formula keeps its
    formula ('CeO2' for 'CeO2 nanoparticles'). The written words are the name only where they still name
    the component's term (the whole or its last words: 'nitrogen-doped ordered mesoporous carbon' ends in
    a porous carbon); else the term's label stays (an abbreviation, 'the scaffold'). ``c.term`` keeps the
    class for grouping."""
    if c.term is None or not c.text:
        return c.formula
    onto = _ontology(vocab)
    words, dropped = _name_words(_material_text(c.text), onto)
    term = onto.v.get(c.term) if c.term in onto.v else None
    if term is None or not words[0] or term.id in onto.family_terms:
        return c.formula    # (a family, 'Mg–RE alloys', 'A2B7-type': named by its label, singular)
    if term.formula:
        first = words[0]    # 'Ti3C2Tx MXene': the formula with the terminations the text writes
        if len(words) <= 2 and first.startswith(c.formula) and _TERMINATION.fullmatch(first[len(c.formula):]):
            return first
        return _architecture_name(words, onto) or c.formula
    if len(words) > 6:      # a phrase, not a name
        return c.formula
    if not any(_WORD.search(w) for w in words):
        return c.formula    # an abbreviation ('PTh', 'rGO', 'CNTs'): the words it stands for, the term's label
    for i in range(len(words)):     # the last words name the term: the words before qualify it
        found = onto.v.lookup(" ".join(words[i:]), "Material")
        if found is not None and (found.id == term.id or onto.v.is_a(term.id, found.id)):
            return " ".join(words)
    if dropped:     # 'a carbon scaffold', 'the carbon matrix': the term is the class of what the head nouns
        found = onto.v.lookup(" ".join(words), "Material")     # say it does; the words left name the material
        if found is not None and onto.v.is_a(found.id, term.id):
            return found.formula or " ".join(words)
    return _architecture_name(words, onto) or c.formula    # 'graphene aerogel'


def parse_system(text: str, *, strict: bool = True, vocab: Vocabulary | None = None) -> MaterialSystem:
    """Parse a material-system notation (LaTeX, HTML or plain) into a MaterialSystem.

    With ``strict`` (default) any part that is neither a formula nor an ontology material raises
    SystemParseError listing those parts (``.unknown``); with ``strict=False`` they are kept as
    components with their text as written (use ``analyse_system`` to get the list).
    """
    result = analyse_system(text, vocab=vocab)
    if strict and result.unknown:
        listed = ", ".join(f"'{u}'" for u in result.unknown)
        raise SystemParseError(
            f"not understood in '{text}': {listed}{invisible_note(text)}; write formulas ('MgH2', 'Mg(BH4)2') "
            "or names the ontology knows, or add the material to ontology/materials.ttl", result.unknown)
    return result.system


def system_name(text: str, *, vocab: Vocabulary | None = None) -> str:
    """The normalized name of a notation (the system's identity), unknown parts kept as written."""
    return analyse_system(text, vocab=vocab).system.name
