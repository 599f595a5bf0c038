"""The spaCy pipeline of extraction: a tokenizer that keeps chemistry whole, and ontology matchers.

``spacy.blank("en")`` splits "LiBH4–MgH2" at the dash, "Mg(BH4)2" at the brackets and "10^-4" at
the caret. Papers write systems, formulas and exponents as single words, so the tokenizer gets a
``token_match`` that keeps such words whole (surrounding punctuation is still split off).

Two components then label entities:
- ``hkg_terms``: an EntityRuler over every label and synonym of the ontology, per kind (Material,
  Strategy, Mechanism, SynthesisMethod, Technique, Property, Application); the entity id is the term id;
- ``hkg_systems``: tokens that parse as a chemical formula or a material-system notation
  (``ontology.formula.is_formula`` / ``ontology.system.analyse_system``) become ``SYSTEM`` entities.

Text is first taken out of its markup (LaTeX ``$\\text{MgH}_2$``, HTML ``MgH<sub>2</sub>``) by
``clean_text``, which keeps a map from every clean character back to the original offset, so that
facts point at the source text rather than at a rewritten copy.
"""
from __future__ import annotations

import gc
import html
import operator
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

import spacy
from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from ontology.compound_names import (
    anion_like,
    compound_name,
    compound_names,
    element_names,
    hydride_name_spellings,
    is_element_name,
)
from ontology.elements import NONMETALS, TRANSITION, hydride_like
from ontology.formula import FormulaError, is_element_symbol, nucleus_label, parse_formula
from ontology.once import built_once
from ontology.system import AMOUNT_UNIT, SystemParseError, analyse_system, architecture_name, is_family
from ontology.text_memo import one_document, per_document
from ontology.vocabulary import vocabulary

from .abbreviations import family_written_out
from .amounts import AMOUNT_OF, FRACTION_UNIT
from .architecture_names import with_architecture
from .cover_layers import cover_layers_split
from .doped_names import decorated, widened
from .glued_conditions import glued_condition_notations
from .glued_equations import has_glued_equation, spaced_equations
from .glued_fractions import glued_fractions, has_glued_fraction, spaced_coefficients
from .ionic_formulas import bracketed_anions, cage_locants, charged_bracket_salts, ionic_salts
from .pdf_copy import (
    bond_words,
    capital_series_symbols,
    cations_set_apart,
    damage_hints,
    dash_glyphs,
    formulas_cut_at_a_line,
    formulas_glued_after_words,
    glued_after_notation,
    glued_names,
    glued_prefixes,
    has_glued_name,
    hyphenated_cages,
    is_unit,
    line_break_hyphens,
    lost_degrees,
    lost_plus_minus,
    lost_series_minus,
    lost_subscripts,
    lost_tildes,
    lost_unit_minus,
    marked_ligands,
    micro_read_as_g,
    replaced_degree_signs,
    spelled_micro,
    split_groups,
    split_intermetallics,
    split_process_words,
    split_series,
    split_subscripts,
)
from .per_cent_words import glued_after_per_cent, mass_fraction_symbols, per_cent_words
from .sample_words import ALLOY_NOUNS, SAMPLE_NOUNS
from .space_groups import without_space_groups
from .spaced_words import charges_set_apart, hyphens_set_apart, points_set_apart, spaced_group_counts
from .typed_names import typed_hosts, without_structure_types

TERM_KINDS = ("Material", "Strategy", "Mechanism", "SynthesisMethod", "Technique", "Property",
              "Application")
SYSTEM_LABEL = "SYSTEM"

# the pieces that start at '(', ')' or '-' (no other piece does)
_BRACKET_PIECES = (
    # a participle hyphen-joined to the formula it qualifies is a word before it, not a part of a system:
    # "the milled-MgH2", "ball-milled-LiBH4", "annealed-Mg2Ni" read as "milled MgH2" (a formula follows)
    r"(?P<joinedstate>(?<=[a-z]ed)-(?=[A-Z][a-z]?(?:\d|[A-Z(]|\b)))"
    # indexing services print subscripts in brackets and H2 as H-2: "LiBH(4)", "Mg(BH(4))(2)", "wt% H-2",
    # and a one-letter element's subscript after a bracketed one as '-n' too: "(Ti0.5V0.5)(3)C-2", "Ti(3)C-2"
    # (a fractional subscript too, after an element symbol or a group's bracket only: "Li(BH4)(0.75)I(0.25)" is
    # Li(BH4)0.75I0.25, "composite(0.5)" stays)
    r"|(?P<subscript>(?<=[A-Za-z)])\((?=\d{1,2}\))|(?<=[A-Za-z)]\(\d)\)|(?<=[A-Za-z)]\(\d\d)\)"
    + "".join(rf"|(?<={before})\((?=\d\.\d{{1,3}}\))" for before in ("[A-Z]", "[A-Z][a-z]", r"\)"))
    + "".join(rf"|(?<={before}\(\d\.{digits})\)" for before in ("[A-Z]", "[A-Z][a-z]", r"\)")
              for digits in (r"\d", r"\d\d", r"\d\d\d"))
    # (and a composition symbol's: "Mg(1-x)Zn(x)(BH4)(2)" is Mg1-xZnx(BH4)2)
    + "".join(rf"|(?<={before})\((?=(?:\d-)?[xyz]\))|(?<={before}\([xyz])\)|(?<={before}\(\d-[xyz])\)"
              for before in ("[A-Z]", "[A-Z][a-z]", r"\)"))
    + r"|(?<=\bH)-(?=2\b)|(?<=[A-Za-z)]\(\d\)[A-Z])-(?=\d\b)"
    # (and a leading element's count before a bracketed group of a formula's: "Na-4(CB11H12)(2)(B12H12)" is
    # Na4(CB11H12)2(B12H12))
    + r"|(?<=\b[A-Z])-(?=\d{1,2}\([A-Z][A-Za-z]*\d)|(?<=\b[A-Z][a-z])-(?=\d{1,2}\([A-Z][A-Za-z]*\d))")
# ---------------------------------------------------------------------------------- clean text
# Markup pieces and what they become. Citations are removed (their keys are kept apart).
# The leading lookahead names every character a piece can start with: the engine tries the
# alternatives only there (four times faster over a paper than trying them at every character).
# A plain space starts a piece only before "[" (a citation) or "\cdot": not at every word.
# (the pieces that start at a space are asked after one look for the space: three looks at a character
# that starts no piece, not seven)
_MARKUP = re.compile(
    r"(?=[&<\[*$\\_^{}−‒∆()\-\u00a0\u2000-\u200d\u2010\u2011\u202f\u2060\ufeff\u00ad◦∘ÂÀ´Æ∙⋅•\u2027\u2e31\u30fb\uff65ﬀ-ﬄ₀-₉þ\uff01-\uff5e\ufe63\u3000\uf020-\uf0ff]"
    r"|\s(?:[ÂÀ´Æ⋅∙•þ¼]|\[|\s*\\cdot|center\s+dot\b|(?<=\d\)\s))|center\s+dot\b)"
    # ('(', ')' and '-', frequent in any text, open only the subscript and joined-state pieces (at the end): the
    # others are not tried at them, nor those at other characters)
    r"(?:(?=[()\-])(?:" + _BRACKET_PIECES + r")|(?![()\-])(?:"
    r"(?P<cite><sup>\s*\[(?P<keys>[^\]]*)\]\s*</sup>|\s?\[(?P<keys2>[1-9]\d*[a-z]?(?:\s*[,–-]\s*\d+[a-z]?)*)\](?![-\w]))"
    r"|(?P<supopen><sup>)|(?P<drop></sup>|</?sub>|</?i>|</?em>|</?b>|\*\*|\$|\\(?:text|textit|textbf|textrm|emph|mathrm|mathit|mathbf|rm|mbox|operatorname)\s*\{|\\[,;:!]"
    r"|\\left|\\right|_\{|(?<=[A-Za-z)\]}$])_(?=[0-9a-z{]))"
    # ("185 $^{\circ}$C": the degree ring in braces, read before a caret's brace would leave "^°")
    r"|(?P<bracedeg>\^\s*\{\s*\\circ\s*\})|(?P<caret>\^\{)|(?P<brace>[{}])"
    r"|(?P<times>\\times)|(?P<sim>\\sim|\\approx)|(?P<cdot>\s*\\cdot\s*)|(?P<pct>\\%)|(?P<deg>\^\s*\\circ|\\circ|\\degree)"
    # ("$72.4 \pm 3.1$ kJ mol$^{-1}$": LaTeX's plus-minus; left as it is, 'pm' read as picometres)
    r"|(?P<pm>\\pm(?![A-Za-z]))"
    # the increment sign, which many texts print for the Greek capital delta: "∆Habs", "∆S" are ΔHabs, ΔS
    r"|(?P<increment>∆)"
    r"|(?P<minus>[−‒\ufe63])|(?P<hyphen>[\u2010\u2011])|(?P<nbsp>[\u00a0\u2000-\u200a\u202f\u3000])"
    # the full-width forms of ASCII that copies from CJK typesetting keep: "5 wt％", "kJ mol－1", "（MgH2）"
    r"|(?P<fullwidth>[\uff01-\uff5e])"
    # HTML character references a text copied from a web page keeps: "210&nbsp;&deg;C", "85 &plusmn; 3 kJ/mol",
    # "10<sup>&minus;4</sup>" (each the character it names, cleaned as that character is)
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});)"
    # the Symbol font's signs, which PDF copies give as private-use characters (U+F000 + the font's code):
    # "300 \uf0b0C", "2 \uf0b4 10\uf02d4", "75 \uf0b1 3 kJ", "5 \uf06dm" (the signs of the table below only)
    r"|(?P<symbolfont>[\uf02b\uf02d\uf061\uf062\uf064\uf067\uf06d\uf073\uf07e\uf0a3\uf0b0\uf0b1\uf0b3\uf0b4\uf0bb\uf0d7])"
    # text copied from web pages and PDFs: soft hyphens and zero-width marks inside words ("de\u00adhydrogenation"),
    # ligatures ("speciﬁc", "ﬁrst"), the bullet operator as a product dot ("S∙cm−1"), subscript digits ("MgH₂");
    # so are the other middle dots typesetting uses for a product ("5⸱10-4 S cm-1", the word separator dot U+2E31;
    # the hyphenation point U+2027; CJK's katakana middle dot "5・10-4", full and half width), and the list
    # bullet '•' between a number and its power of ten ("2•10-3 S/cm": a bullet elsewhere starts a list item)
    r"|(?P<invisible>[\u00ad\u200b-\u200d\u2060\ufeff])|(?P<lig>[ﬀ-ﬄ])"
    r"|(?P<bullet>[∙\u2027\u2e31\u30fb\uff65]|(?<=\d)\s?•\s?(?=10\s?[-−–^⁻(⁰¹²³⁴⁵⁶⁷⁸⁹]))"
    r"|(?P<subdigit>(?<=[A-Za-z)\]₀-₉])[₀-₉]|(?<=[₀-₉]\.)[₀-₉])"
    # a PDF copy's glyphs for the signs of a number (fonts whose × reads as Â or ´, − as À, ± as Æ, the
    # degree ring as ◦ or ∘): "2.5 Â 10 À3 S cm À1", "75 Æ 3 kJ", "30 ◦C"; only beside numbers and units
    r"|(?P<pdftimes>(?<=\d)\s?[Â´](?=\s?10))|(?P<pdfpm>(?<=\d)\s?Æ(?=\s?\d))"
    r"|(?P<pdfminus>(?:(?<=10)|(?<=10 )|(?<=[A-Za-z])|(?<=[A-Za-z] ))À(?=\s?\d))|(?P<pdfdeg>[◦∘](?=\s?[CK]\b))"
    # and the plus sign between two parts of a composition as 'þ' (the font's glyph for '+'):
    # "TiO2 þ 1 mol% V2O5", "LiBH4 þ 20 wt% LaH3"; only between a formula or amount and what may follow one
    r"|(?P<pdfplus>(?<=[\w)\]%])\s?þ\s?(?=[\d(\[A-Z]))"
    # and the equals sign as '¼' (the same fonts' glyph for '='), between a symbol and its value: "(x ¼ 0, 0.05
    # and 0.10)", "(R ¼ La, Nd and Sm)", "a ¼ 6.43 Å"; a quarter is glued to what it counts ("¼MgH2") or
    # follows a number ("1 ¼ h"), never stands between a lone letter and a number or a symbol
    r"|(?P<pdfequals>(?<=(?<![\w.])[A-Za-z])\s¼\s(?=[\d(A-Z\-−]))"
    # Unicode's own hyphens (U+2010, U+2011), which some publishers print for every hyphen: "solid‐state", "LiBH4‐LiI"
    # and the dot of an adduct as words: "Mg(BH4)(2)center dot 2NH(3)"
    r"|(?P<centerdot>(?<=[\w)\]])\s?center\s+dot\s*(?=\d*[A-Z(]))"
    # PubMed prints an adduct's dot as '⋅' with a space, and a space after each bracketed subscript:
    # "LiBH(4) ⋅CH(3) NH(2)" is LiBH4·CH3NH2 (a space is dropped only between two subscripted groups)
    r"|(?P<adductdot>(?<=[A-Za-z0-9)\]])\s?[⋅∙]\s?(?=\d*[A-Z(]))"
    r"|(?P<subspace>(?<=[A-Za-z]\(\d\))\s(?=(?:[A-Z][a-z]?\d*)+\(\d\)))"
    r"))")
_REPLACE = {"supopen": "^", "caret": "^", "times": "×", "sim": "~", "cdot": "·", "centerdot": "·", "adductdot": "·",
            "pct": "%", "deg": "°", "minus": "-", "nbsp": " ", "pdftimes": " ×", "pdfpm": " ±", "pdfminus": "-",
            "pdfdeg": "°", "bullet": "·", "pdfplus": " + ", "pdfequals": " = ", "hyphen": "-", "bracedeg": "°",
            "pm": "±", "joinedstate": " ", "increment": "Δ"}
# pieces whose replacement depends on the character: each character as its table gives it
_TRANSLATED = {"lig": {ord("ﬀ"): "ff", ord("ﬁ"): "fi", ord("ﬂ"): "fl", ord("ﬃ"): "ffi", ord("ﬄ"): "ffl"},
               "subdigit": str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789"),
               "fullwidth": {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)},
               # Adobe's Symbol encoding: + − α β δ γ μ σ ~ ≤ ° ± ≥ × ≈ ·
               "symbolfont": {0xF02B: "+", 0xF02D: "-", 0xF061: "α", 0xF062: "β", 0xF064: "δ", 0xF067: "γ",
                              0xF06D: "μ", 0xF073: "σ", 0xF07E: "~", 0xF0A3: "≤", 0xF0B0: "°", 0xF0B1: "±",
                              0xF0B3: "≥", 0xF0B4: "×", 0xF0BB: "≈", 0xF0D7: "·"}}


@dataclass
class Cleaned:
    """Markup-free text; ``offsets[i]`` is the original offset of clean character ``i``."""

    text: str
    offsets: list[int]
    cites: list[tuple[int, list[str]]] = field(default_factory=list)  # (clean position, keys)
    base: int = 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (absolute) offsets of clean characters [start, end)."""
        if not self.offsets:
            return self.base, self.base
        s = self.offsets[min(start, len(self.offsets) - 1)]
        e = self.offsets[min(max(end - 1, 0), len(self.offsets) - 1)] + 1
        return self.base + s, self.base + e


_KEY_SEPARATOR = re.compile(r"\s*,\s*")
_KEY_RANGE = re.compile(r"(\d+)([a-z]?)\s*[–-]\s*(\d*)([a-z]?)")
_ONE_KEY = re.compile(r"\d+[a-z]?")


def split_keys(raw: str) -> list[str]:
    """'39,89' -> ['39', '89']; '21a–c' -> ['21a', '21b', '21c']; '12–14' -> ['12', '13', '14']."""
    keys: list[str] = []
    for part in _KEY_SEPARATOR.split(raw.strip()):
        m = _KEY_RANGE.fullmatch(part)
        if m and m.group(3) and not m.group(2) and int(m.group(3)) - int(m.group(1)) < 50:
            keys.extend(str(i) for i in range(int(m.group(1)), int(m.group(3)) + 1))
        elif m and m.group(2) and m.group(4) and not m.group(3):
            keys.extend(f"{m.group(1)}{chr(c)}" for c in range(ord(m.group(2)), ord(m.group(4)) + 1))
        elif _ONE_KEY.fullmatch(part):
            keys.append(part)
    return keys


def clean_text(text: str, base: int = 0) -> Cleaned:
    """Strip LaTeX/HTML markup and citations, mapping each kept character to its original offset.
    Within ``reading_once`` a sentence cleaned before is given again (the measurements and the claims
    both read every sentence); the result is shared, so it is read, never changed, by its callers."""
    cleaned = _CLEANED.get()
    if cleaned is None:
        return _clean_text(text, base)
    found = cleaned.get((text, base))
    if found is None:
        found = cleaned[(text, base)] = _clean_text(text, base)
    return found


def _clean_text(text: str, base: int = 0) -> Cleaned:
    out: list[str] = []
    offsets: list[int] = []
    cites: list[tuple[int, list[str]]] = []
    pos = 0
    for m in _MARKUP.finditer(text):
        s = m.start()
        if s > pos:
            out.append(text[pos:s])
            offsets.extend(range(pos, s))
        kind = m.lastgroup
        if m.group("cite") is not None:
            keys = split_keys(m.group("keys") if m.group("keys") is not None else m.group("keys2"))
            if keys:
                cites.append((len(offsets), keys))
            else:  # a bracket that is not a citation (e.g. "[BH4]-"): keep it
                out.append(m.group(0))
                offsets.extend(range(s, m.end()))
        elif kind == "subspace" and not _ligand_subscripts(text, s, m.end()):
            out.append(text[s:m.end()])   # "LiBH(4) NaBH(4)": two salts side by side keep their space
            offsets.extend(range(s, m.end()))
        elif kind == "entity":
            named = html.unescape(m.group(0))
            piece = m.group(0) if named == m.group(0) else _clean_text(named).text
            out.append(piece)
            offsets.extend([s] * len(piece))
        elif kind in _REPLACE or kind in _TRANSLATED:
            piece = _REPLACE[kind] if kind in _REPLACE else m.group(kind).translate(_TRANSLATED[kind])
            out.append(piece)
            offsets.extend([s] * len(piece))
        pos = m.end()
    out.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    joined = "".join(out)

    def repair(find, apply) -> None:
        """One repair of copy damage: the edits ``find`` reads in the text so far, put in by ``apply``
        (``_replaced``, ``_without`` or ``_with_inserted``), the offsets and citations moved with them."""
        nonlocal joined, offsets, cites
        edits = find(joined)
        if edits:
            joined, offsets, cites = apply(joined, offsets, cites, edits)

    if "- " in joined or "-\n" in joined:
        joined, offsets, cites = _hyphen_rejoined(joined, offsets, cites, text)
        repair(line_break_hyphens, _without)   # "activation en- ergy": a word a PDF line broke
    if "]+" in joined or "+[" in joined:
        repair(ionic_salts, _without)   # "[NH4]+[BH4]−", "Li+[CB11H12]−": a salt written as its charged ions
    if "+]" in joined:
        repair(charged_bracket_salts, _replaced)   # "[Mg2+][HCB11H111−]2": the two ions with their charges inside
    if "," in joined or "-" in joined:
        repair(cage_locants, _without)   # "Na-7,9-C2B9H12": a cluster salt written with its cage's locants
    if ")" in joined:
        # "Li(NH2)", "Na(BH4)": a salt written with its anion in brackets, "Mg(BH4)" one that lost its anions' count
        # ("Mg(BH4) 2", the count set apart, is split_subscripts' below)
        repair(bracketed_anions, _replaced)
    repair(formulas_glued_after_words, _with_inserted)   # "ofLi2(BH4)(NH2)": a formula glued to the word before it
    hints = damage_hints(joined)   # one scan says which of the readers below can find anything
    if "ring" in hints:
        repair(lost_degrees, _replaced)   # "at 280  C": a degree sign the copy lost (before runs of spaces go)
    if "sign" in hints:
        repair(replaced_degree_signs, _replaced)   # "340?C": a degree sign the indexing service could not print
    if "mu " in joined or "micro " in joined:
        repair(spelled_micro, _replaced)   # "5 mu m", "3 micro A": the micro sign written as its name
    if "gm" in joined:
        repair(micro_read_as_g, _replaced)   # "10 µm-100 gm": the micro sign read as a 'g' where a length is given
    if " w" in joined or "(w" in joined:
        repair(lost_tildes, _replaced)   # "of w 4.20 wt%": an approximate sign an old PDF copy printed as "w"
    if " ( " in joined:
        repair(lost_plus_minus, _replaced)   # "40.56 ( 1.62 and 51.48 ( 2.52": a plus-minus sign printed as "("
    if "=" in joined or ":" in joined:
        # "LiM(BH4)3Cl (M = La, Ce)", "MgyTM(1-y)Hx (TM: Sc, Ti)": the family's members written out
        repair(family_written_out, _replaced)
    if "cent" in joined:
        repair(per_cent_words, _replaced)   # "five weight percent": the per cent in the signs readers know
    if "%" in joined and "=" in joined:
        repair(mass_fraction_symbols, _replaced)   # "V2O5 (w = 5%)": the mass fraction's symbol, a share in wt%
    if "%" in joined:
        repair(glued_condition_notations, _replaced)   # "S100 was 86%": a notation with its condition glued on
        repair(glued_after_per_cent, _with_inserted)   # "6.2%of hydrogen": the word after a per cent set apart
    if "vs" in joined or "1" in joined or ")" in joined:
        repair(glued_after_notation, _with_inserted)   # "S cm−1and", "Vvs.", "(H2O)nand": a word glued to a notation
    if " +" in joined:
        repair(charges_set_apart, _without)   # "high Li + and Na + conductivity": an ion's charge set apart
    if " . " in joined:
        repair(points_set_apart, _without)   # "an activation energy of 0 . 53 eV": a decimal point set apart
    if " -" in joined:
        repair(hyphens_set_apart, _without)   # "its room -temperature conductivity": a hyphen set apart from its word
    if "  " in joined:
        joined, offsets, cites = _single_spaced(joined, offsets, cites)
    if has_glued_equation(joined):
        repair(spaced_equations, _with_inserted)   # "LiAlH4→1/3Li3AlH6+2/3Al+H2": a reaction printed without spaces
    if has_glued_fraction(joined):
        repair(glued_fractions, _replaced)   # "LiBH4 + ½MgH2": a coefficient as a fraction glued to its formula
    if "ed" in joined or "ing" in joined:
        repair(glued_prefixes, _with_inserted)   # "5 mol %Cadoped": a prefix whose hyphen a PDF copy lost
    if "bond" in joined:
        repair(bond_words, _replaced)   # "2LiBH4single bondMgH2": a composition's dash as alt text
    if "e" in joined:
        repair(dash_glyphs, _replaced)   # "MgH2eNaAlH4": a composition's dash a PDF font printed as an 'e'
    if "X" in joined:
        repair(capital_series_symbols, _replaced)   # "MgXNi100-X": an indexing service's capital series symbol
    if "x" in joined or "y" in joined:
        repair(lost_series_minus, _with_inserted)   # "(La0.7Mg0.3)1xCexNi2.8Co0.5": a series formula's lost minus
    if "minus" in hints:
        repair(lost_unit_minus, _replaced)   # "150 kJ mol1": a unit exponent's minus the copy lost
    if has_glued_name(joined):
        repair(glued_names, _with_inserted)
    if " " in joined:
        repair(spaced_coefficients, _without)   # "0.725 LiBH4–0.275 KBH4": coefficients set apart from their formulas
        if " x" in joined or " y" in joined or " z" in joined:
            repair(split_series, _without)   # "Mg 2 Ni 1- x Cu x": a series formula's counts set apart
        repair(split_subscripts, _without)   # "MgH 2", "Mg(BH 4 ) 2": a PDF copy's subscripts set apart
        split = cations_set_apart(joined) if " (" in joined else None   # "Mg (BH4)2": a salt's cation set apart
        if split:
            joined, offsets, cites = _without(joined, offsets, cites, split)
        # "La0.7Mg0.3 Ni2.75Co0.25", "La0.67Mg0.33-xCax Ni2.75": a substituted alloy's formula cut by a line end
        cut_hint = "groups" in hints or "\n" in joined or "x " in joined or "y " in joined
        cut = formulas_cut_at_a_line(joined) if cut_hint else None
        if cut:
            joined, offsets, cites = _without(joined, offsets, cites, cut)
        split = split_intermetallics(joined) if "groups" in hints else None   # "NdMg2 Ni", "La Mg2 Ni9"
        if split:
            joined, offsets, cites = _without(joined, offsets, cites, split)
        split = split_groups(joined) if "groups" in hints else None   # "Li2 NH", "Mg50 Ni46 B4": split after subscripts
        if split:
            joined, offsets, cites = _without(joined, offsets, cites, split)
        if " )" in joined or " (" in joined:
            # "(B12H 12 )", "Na2(B12H12)0.3 (B10H10)0.7": a group's count, or a mixed-anion formula's second group,
            # set apart
            repair(spaced_group_counts, _without)
    repair(lost_subscripts, _replaced)   # "MgH", "LiBH as the electrolyte": a formula's counts an index dropped
    if "sorb" in joined or "sorp" in joined or "ydr" in joined or "leas" in joined:
        repair(split_process_words, _without)   # "It ab sorbs 6 wt%": a process word a copy split in two
    if "C-" in joined:
        repair(hyphenated_cages, _without)   # "LiBH4-C-60": an indexing service's subscript of C60
    if "(O" in joined:
        repair(marked_ligands, _replaced)   # 'Ti(OBU")(4)': an alkoxide ligand printed in capitals or with a stray mark
    if "+" in joined and "(" in joined:
        repair(bracketed_composites, _without)   # "the (2LiH + Mg) composite": the composite's name in brackets
    if "@ " in joined or " @" in joined:
        joined, offsets, cites = _joined_at(joined, offsets, cites)
    if " (" in joined and "solution" in joined:
        spaced = [(m.start("space"), m.end("space")) for m in _SPACED_GUEST.finditer(joined)]
        if spaced:   # "the Mg (In) solid solution": the guest element dissolved in the host, written apart
            joined, offsets, cites = _without(joined, offsets, cites, spaced)
    if "ed " in joined:
        made = [(m.start("made"), m.end("made")) for m in _made_part().finditer(joined)]
        if made:   # "2LiBH4–premilled MgH2": one composite, the way its part was made said inside its name
            joined, offsets, cites = _without(joined, offsets, cites, made)
    if "." in joined and ("%" in joined or "+" in joined):
        stops = [m.start("stop") for m in _SYMBOL_STOP.finditer(joined) if m.group("symbol") in _symbols_kept_whole()]
        if stops:   # "MgH2–10 wt% Co.": the element, then the sentence's full stop
            joined, offsets, cites = _with_inserted(joined, offsets, cites, [(at, " ") for at in stops])
    return Cleaned(joined, offsets, cites, base)


# A composition's last part an element whose symbol and a full stop spell an abbreviation the tokenizer keeps
# whole ("Co." company, "Mo.", "La.", "Ga.": US states): after a loading ("10 wt% Co.") or a '+' of a
# composition ("MgH2 + Co."), the word is the element and the stop ends the sentence, set apart so that the
# tokenizer reads both; "Sigma-Aldrich Co." (no composition before it) stays the company's abbreviation.
_SYMBOL_STOP = re.compile(r"(?:%|\+)\s?(?P<symbol>[A-Z][a-z]?)(?P<stop>\.)(?=\s|$)")


@cache
def _symbols_kept_whole() -> frozenset[str]:
    """The element symbols that, with a full stop, are one of the tokenizer's special cases ('Co.', 'La.')."""
    return frozenset(word[:-1] for word in pipeline().tokenizer.rules
                     if _ONE_SYMBOL_STOP.fullmatch(word) and is_element_symbol(word[:-1]))


_ONE_SYMBOL_STOP = re.compile(r"[A-Z][a-z]?\.")


# "Mg (In) solid solution", "Mg17Al12 (Li) solid-solution": a host's formula, a space, then the one element
# dissolved in it in brackets before the words 'solid solution' — one name, 'Mg(In)' (ontology.system reads it)
_SPACED_GUEST = re.compile(r"(?<![\w(])[A-Z][a-z]?\d*(?:[A-Z][a-z]?\d*)*(?P<space>\s)\([A-Z][a-z]?\)"
                           r"(?=\s+solid[\s-]solutions?\b)")


# a part of a composition in brackets: a coefficient and a formula whose own groups are closed ("2LiBH4",
# "Mg(BH4)2", "0.62LiBH4"), no bracket of an aside
_BRACKETED_PART = r"\d*(?:\.\d+)?[A-Z][A-Za-z0-9]*(?:\([A-Za-z0-9]+\)\d*[A-Za-z0-9]*)*"


@cache
def _bracketed_composite() -> re.Pattern[str]:
    """A composite's name in brackets before the noun of the sample it names ("the (2LiH + Mg) composite",
    "a (LiBH4 + LiI) solid solution"); a bracket after a word ("MgH2 (LiBH4 + C)") is an aside, kept."""
    # (the sample nouns: the ontology's SampleNoun scheme)
    return re.compile(rf"(?:^|(?<=[a-z,;:] )|(?<=\bA )|(?<=\bAn ))(?P<open>\()\s*{_BRACKETED_PART}"
                      rf"(?:\s*\+\s*{_BRACKETED_PART})+"
                      rf"\s*(?P<close>\))(?=\s+(?:solid\s+solutions?|{SAMPLE_NOUNS})\b)")


def bracketed_composites(text: str) -> list[tuple[int, int]]:
    """The two brackets around each composite name ``_bracketed_composite`` finds: read without them, the
    name is the composition the readers know ("the 2LiH + Mg composite")."""
    out: list[tuple[int, int]] = []
    for m in _bracketed_composite().finditer(text):
        out += [(m.start("open"), m.end("open")), (m.start("close"), m.end("close"))]
    return out


@cache
def _made_part() -> re.Pattern[str]:
    """A processing participle between the dash of a composite's name and its next formula ('2LiBH4–premilled
    MgH2', 'LiBH4–ball-milled MgH2', '2NaBH4–as-received MgH2'): how that part was made, not a part."""
    words = vocabulary().scheme_alternation("PreparationVerb", ("MillingParticiple", "MakingParticiple",
                                                                "TreatedParticiple"))
    # (started at the dash, what stands before it looked back at: the engine skips to dashes; the reader takes the
    # participle's group, which starts after the dash)
    return re.compile(rf"[–—-](?<=[0-9)\]][–—-])(?P<made>(?:(?:pre|ball|co|as|re)-?)?{words}\s+)"
                      r"(?=\d*(?:\.\d+)?[A-Z][a-z]?(?:\d|\(|[A-Z]))")


_SUBSCRIPTED_BEFORE = re.compile(r"([A-Z][A-Za-z]*)\(\d\)$")
_SUBSCRIPTED_AFTER = re.compile(r"((?:[A-Z][a-z]?\d*)+)\(\d\)")
_SYMBOL = re.compile(r"[A-Z][a-z]?")


def _ligand_subscripts(text: str, space: int, after: int) -> bool:
    """'CH(3) NH(2)': the space PubMed leaves between two subscripted groups of one neutral molecule
    (both groups of non-metals, as in a ligand: CH3NH2, NH3BH3) is no word break; between salts
    ('LiBH(4) NaBH(4)') it is."""
    left = _SUBSCRIPTED_BEFORE.search(text, max(0, space - 12), space)
    right = _SUBSCRIPTED_AFTER.match(text, after)
    return bool(left and right) and all(
        e in NONMETALS for g in (left.group(1), right.group(1)) for e in _SYMBOL.findall(g))


_SPACE_RUN = re.compile(r" {2,}")
_SPACE_AFTER_AT = re.compile(r"(?<=[\w)\]])@(\s+)(?=[A-Za-z])|(?<=[0-9)\]])( )@(?=[A-Z])")
_HYPHEN_SPACE = re.compile(r"(?<=[A-Za-z0-9)]-) (?=\S)")


def _hyphen_rejoined(text: str, offsets: list[int], cites: list[tuple[int, list[str]]], raw: str):
    """'5PMMA- $\\text{LiBH}_4$': a word joined by a hyphen to a formula set in inline math, which the
    conversion padded with a space; the space is dropped so the name stays one word."""
    gone = [r.start() for r in _HYPHEN_SPACE.finditer(text)
            if offsets[r.start()] + 1 < len(raw) and raw[offsets[r.start()] + 1] == "$"]
    if not gone:
        return text, offsets, cites
    drop = set(gone)
    kept = "".join(ch for i, ch in enumerate(text) if i not in drop)
    return kept, [o for i, o in enumerate(offsets) if i not in drop], \
        [(at - sum(1 for g in gone if g < at), keys) for at, keys in cites]


def _single_spaced(text: str, offsets: list[int], cites: list[tuple[int, list[str]]]):
    """'mesoporous  SiO2  (MCM-41)': stripped markup leaves runs of spaces, which the tokenizer keeps
    as tokens of their own and which so split a name in two; one space of each run is kept (with its
    original offset), and the citations keep their places."""
    return _without(text, offsets, cites, [(r.start() + 1, r.end()) for r in _SPACE_RUN.finditer(text)])


def _joined_at(text: str, offsets: list[int], cites: list[tuple[int, list[str]]]):
    """'LiBH4@ SiO2' (markup around each formula leaves a space after the '@'), 'MgH2 @PTh' (a PDF copy
    leaves one before it): one name, 'LiBH4@SiO2'."""
    return _without(text, offsets, cites, [r.span(1) if r.group(1) is not None else r.span(2)
                                           for r in _SPACE_AFTER_AT.finditer(text)])


def _with_inserted(text: str, offsets: list[int], cites: list[tuple[int, list[str]]],
                   inserts: list[tuple[int, str]]):
    """``text`` with each (position, piece) of ``inserts`` put in before that position (``_replaced`` of an
    empty run)."""
    return _replaced(text, offsets, cites, [(at, at, piece) for at, piece in inserts])


def _replaced(text: str, offsets: list[int], cites: list[tuple[int, list[str]]],
              runs: list[tuple[int, int, str]]):
    """``text`` with each (start, end, piece) of ``runs`` (in order, apart) put in place of its characters;
    a piece's characters point at the original of the first character replaced (or, where nothing is
    replaced, at the one it stands before), and the citations move with the text."""
    parts, kept, last = [], [], 0
    end_offset = offsets[-1] + 1 if offsets else 0
    for a, b, piece in runs:
        parts.append(text[last:a] + piece)
        kept.extend(offsets[last:a])
        kept.extend([offsets[a] if a < len(offsets) else end_offset] * len(piece))
        last = b
    parts.append(text[last:])
    kept.extend(offsets[last:])

    def moved(at: int) -> int:
        return at + sum(len(piece) - (min(at, b) - a) for a, b, piece in runs if a < at)

    return "".join(parts), kept, [(moved(at), keys) for at, keys in cites] if cites else cites


def _without(text: str, offsets: list[int], cites: list[tuple[int, list[str]]], runs: list[tuple[int, int]]):
    """``text`` without the characters of ``runs`` (start, end) (``_replaced`` by empty pieces): their offsets
    go with them and the citations move to where their places now are."""
    return _replaced(text, offsets, cites, [(a, b, "") for a, b in runs])


# ------------------------------------------------------------------------------- tokenizer
# One whitespace-free "word" of chemistry: formulas with brackets, dots and charges, joined by
# the separators systems use (– - / @ + :), optionally with coefficients; or a power of ten; or a
# unit with an exponent ("cm^-1", "mol-1").
# (a part of a composition family may open with its symbolic coefficient: the "xLiI" of "(1-x)LiBH4-xLiI")
_CHEM = r"(?:(?:\d*(?:\.\d+)?|[xyz](?=[A-Z]))[A-Z\[(][A-Za-z0-9().\[\]·*+\-]*[A-Za-z0-9)\]])"
_TOKEN_MATCH = re.compile(
    rf"^(?:{_CHEM}(?:[–\-/@:]{_CHEM})+"          # systems: LiBH4–MgH2, Li4(BH4)3I@SBA-15
    rf"|\d*[A-Z][a-z]?[A-Za-z0-9]*[(\[][A-Za-z0-9().\[\]·]+[)\]][A-Za-z0-9·]*"  # Mg(BH4)2, Li[BH4]
    r"|\d+(?:\.\d+)?\^-?\d+"                     # 10^-4
    r"|[A-Za-zµμ]{1,3}\^?-\d"                    # cm^-1, mol-1, g-1
    r")$")


# Where a source glued a formula to the next word ("MgH2have", "Mg(BH4)2are", "Nb2O5nanoparticles"):
# after a formula's last count (a digit after a capital or a bracket) a run of lower-case letters, which
# no formula has (its element symbols hold one lower-case letter at most, after a capital).
# (the digit before it asked first, in one look: the two look-behinds are then tried after digits only)
_GLUED_WORD = r"(?<=\d)(?:(?<=[A-Z)]\d)|(?<=[A-Z)]\d\d))(?=[a-z]{2,})"
_GLUED_TAIL = re.compile(_GLUED_WORD + r"[a-z]{2,}$")


# A polymorph prefix ("γ-Mg(BH4)2", "o-LiBH4") before a formula.
# (the Greek letter may be spelled as indexing services print it: "alpha-NaB12H11NH3", "beta-Mg(BH4)2")
_POLYMORPH = r"(?:[αβγδεζηθohg]|alpha|beta|gamma|delta)-(?=[A-Z])"   # (g-: graphitic, g-C3N4)


def _tokenizer(nlp: Language):
    tok = nlp.tokenizer
    # Hyphens and en dashes between letters/digits stay inside words ("Li-ion", "Mg-based"):
    # drop the default rule that splits them.
    infixes = [p for p in nlp.Defaults.infixes if "—|--" not in p and "-|–" not in p]
    infixes = [p for p in infixes if not (p.startswith("(?<=[0-9])[+\\-\\*^]"))]
    # "lithium borohydride–magnesium hydride": an en dash between two lowercase words joins two names (a
    # composite written in words), each a term of its own; a hyphen ("ball-milled") stays inside the word
    infixes.append(r"(?<=[a-z]{2})–(?=[a-z]{2})")
    # … and so does a hyphen after a compound's anion word and before an element's name ("lithium
    # borohydride-magnesium hydride", "sodium alanate-magnesium hydride"; "hydride-based" stays one word)
    names = "|".join(sorted(map(re.escape, element_names()), key=len, reverse=True))
    infixes.append(rf"(?<=[a-z]{{2}}(?:ide|ate))-(?=(?:{names})\b)")
    # "Mo|LiBH4–LiI|Li": a vertical bar separates the layers of a cell, never parts of one material
    infixes.append(r"\|")
    # "MgH2have", "LiBH4was": a formula glued by the source to the English word after it
    infixes.append(_GLUED_WORD)
    # A polymorph prefix is a token of its own so that the material after it is one ("γ-Mg(BH4)2"); a full
    # stop after a formula ending in a capital ("with 10 wt% LiH.") ends the sentence (spaCy keeps it on
    # words ending in a capital so that abbreviations, "U.S.", stay whole).
    # ("LiBH4 + (1/2)MgH2": a bracketed molar coefficient is a token of its own, so is the formula after it)
    prefixes = spacy.util.compile_prefix_regex([_POLYMORPH, r"\(\d+/\d+\)(?=[A-Z])", *nlp.Defaults.prefixes]).search
    # (and after a one-letter support a notation ends in: "catalysed by Ni@C.", "doped with Ni/C.")
    # ("a LiBH4-based electrolyte", "MgH2-based composites": a compound's formula before '-based' names the host
    # of the sample, a word of its own; an element's, "Mg-based alloys", names a class and stays one word)
    # ("MgH2(110)": a crystal face after a formula is a token of its own)
    suffixes = spacy.util.compile_suffix_regex([r"(?<=[a-z0-9@/–-][A-Z])\.", _BASED_ON_COMPOUND,
                                                rf"(?<=[A-Za-z0-9)]){_FACET_INDEX}", *nlp.Defaults.suffixes])
    # spaCy keeps a cache of tokenized words, but stops filling it for the rest of a Doc once a
    # special case ("e.g.", "'s") was met — early in any paper. Its affix and token regexes then
    # run again for every repeated word: remembered here instead (pure functions of the word;
    # four in five calls on a paper are repeats).
    tok.prefix_search = _remembered(prefixes)
    tok.suffix_search = _remembered(_tail_search(suffixes))
    tok.infix_finditer = _remembered_finditer(spacy.util.compile_infix_regex(infixes).finditer)
    tok.token_match = _remembered(_chemistry_token)
    # (and so is its URL pattern, asked of every word the token pattern did not keep whole)
    if tok.url_match is not None:
        tok.url_match = _remembered(tok.url_match)
    return tok


_AFFIX_CACHE_SIZE = 65536
# Every suffix spaCy strips is a few characters long, except a run of full stops ("...."). spaCy strips a
# long word's affixes one at a time and asks the suffix pattern again each time: a search of the whole word
# (a 10,000-character run of brackets) each time made tokenizing quadratic. The pattern is tried on the
# word's tail only, and on the whole word when the match starts at the tail's edge (it may reach further).
_SUFFIX_WINDOW = 16   # (the longest fixed suffix, "-based", is 6)


def _tail_search(pattern: re.Pattern):
    def search(text: str):
        pos = max(0, len(text) - _SUFFIX_WINDOW)
        m = pattern.search(text, pos)
        if m is not None and pos and m.start() == pos:
            m = pattern.search(text)
        return m
    return search


def _remembered(search):
    # (per document: the words are the document's; a second document is tokenized cold)
    return per_document(maxsize=_AFFIX_CACHE_SIZE)(search)


def _remembered_finditer(finditer):
    """A finditer whose matches are kept (a tuple: an iterator could be read only once)."""
    @per_document(maxsize=_AFFIX_CACHE_SIZE)
    def matches(text: str) -> tuple:
        return tuple(finditer(text))
    return matches


# The token pattern may split a chain of parts at any of its hyphens: a failed match tries them
# all (2^n ways), and the tokenizer asks again for every affix it strips. Real names are short and
# have a few parts; a long chain or a long run of characters is not one chemistry word.
_MAX_TOKEN_SEPARATORS = 10
_MAX_TOKEN_CHARS = 160
_TOKEN_SEPARATOR = re.compile(r"[–\-/@:]")


# Every form of ``_TOKEN_MATCH`` writes one of these: a separator between parts, a bracket, a power's caret,
# an exponent's minus. A word with none (most words of a paper) is rejected by one look, before the checks below.
_TOKEN_CUE = re.compile(r"[–\-/@:(\[^]")


_BASED_ON_COMPOUND = r"(?<=[0-9)\]])[-‐]based"
# a crystal face written after a formula ("MgH2(110)", "Mg(0001)", "Mg(10-10)"): its Miller indices, digits
# only (no formula's bracket holds digits alone)
_FACET_INDEX = r"\((?:\d{3,4}|\d-?\d-?\d(?:-?\d)?|-?\d(?:-?\d){2,3})\)"
_FACET = re.compile(rf"(?<=[A-Za-z0-9)]){_FACET_INDEX}$")


def _chemistry_token(text: str):
    if not _TOKEN_CUE.search(text):
        return None
    if len(text) > _MAX_TOKEN_CHARS or len(_TOKEN_SEPARATOR.findall(text)) > _MAX_TOKEN_SEPARATORS:
        return None
    if text[0] in "([" and text.count("(") + text.count("[") > text.count(")") + text.count("]"):
        return None  # "(3LiBH4–LiI alone: …)": the bracket opens a parenthesis; the tokenizer splits it off
    if text[-1] in ")]" and text.count(")") + text.count("]") > text.count("(") + text.count("["):
        return None  # "(4.3 wt% for MgH2–Co)": the bracket closes the parenthesis; the tokenizer splits it off
    if text.endswith("based") and re.search(_BASED_ON_COMPOUND + "$", text):
        return None  # "LiBH4-based": the formula and '-based' are two tokens (a suffix splits them)
    if text[-1].islower() and _GLUED_TAIL.search(text):
        return None  # "Mg(BH4)2are": the formula and the word glued to it are two tokens (an infix splits them)
    if text[-1] == ")" and _FACET.search(text):
        return None  # "MgH2(110)": the crystal face after the formula is a token of its own (a suffix splits it)
    return _TOKEN_MATCH.match(text)


# ------------------------------------------------------------------------- entity components
@cache
def _patterns(cased: bool) -> tuple[dict, ...]:
    """Ruler patterns from every label of the term kinds.

    Labels with a capital letter (formulas, acronyms: "MgH2", "XRD", "CE") match case-sensitively —
    "On the other hand" is not "ON", "ce" is not cerium; lower-case names ("ball milling",
    "magnesium hydride") match in any case.
    """
    vocab = vocabulary()
    pats = []
    for kind in TERM_KINDS:
        for term in vocab.terms(kind):
            written = dict.fromkeys(term.labels)
            if kind == "Material":
                # ("magnesium-borohydride", "Mg-hydride": the hyphenated and symbol spellings of a hydride's name)
                for label in term.labels:
                    written.update(dict.fromkeys(hydride_name_spellings(label, term.formula)))
            for label in written:
                if len(label) >= 2 and (label != label.lower()) == cased:
                    pats.append({"label": kind, "pattern": label, "id": term.id})
    return tuple(pats)


# Capitalised English words that happen to be element symbols: at the start of a sentence
# ("In addition", "As a result") they are words, not indium or arsenic.
_WORDLIKE_ELEMENTS = frozenset({"In", "As", "I", "He", "Be", "No", "At", "Am", "So", "Ho", "Pa"})


# (compiled once: every Material mention of the paper is read through them)
_LOWER_WORD = re.compile(r"\s[a-z]")
_SYMBOL_NAMED = re.compile(r"[A-Z][a-z]?-[a-z]{3,}$")
_TRAILING_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*)+$")
_FORMULA_LIKE = re.compile(r"\d|[a-z][A-Z]|^[A-Z]{2}")


# (a sentence's mentions are read by the samples, the reports and the claims: the review's 1,416 are read
# 3,952 times, which 512 places missed 2,213 times)
@per_document(maxsize=4096)
def material_system(mention: Mention):
    """The MaterialSystem of a SYSTEM mention or of a Material term that has a formula."""
    if mention.kind == SYSTEM_LABEL:
        found = _bare_loading_system(mention.text) or system_of(mention.text)
        # ("8 wt% (Ni and CeO2)": a bracketed group written with words between its members)
        if found is None and mention.text.startswith("("):
            found = system_of(group_notation(mention.text))
        return found
    if mention.kind == "Material" and mention.term is None:
        return _compound_system(mention.text)
    if mention.kind == "Material" and mention.term:
        term = vocabulary().get(mention.term)
        if term.formula and _LOWER_WORD.search(mention.text) and architecture_name(mention.text) is not None:
            return _architecture_system(mention.text)   # 'silica aerogel': a scaffold of its own, not SiO2
        if term.formula:
            # "Mg–Ni system", "Mg–Ni alloy": the term's formula (Mg2Ni); so for a name spelt with the element's
            # symbol and a hyphen ("Mg-hydride", "Li-amide"), which would read as Mg with an additive 'hydride'
            if _LOWER_WORD.search(mention.text) or _SYMBOL_NAMED.match(mention.text):
                written = _TRAILING_WORDS.sub("", mention.text)
                if "x" in term.formula and written != mention.text and system_of(written) is not None:
                    return system_of(written)  # "LiBH4–LiBr solid solution": as written, not Li(BH4)1-xBrx
                return system_of(term.formula) or system_of(mention.text)
            return system_of(mention.text) or system_of(term.formula)
        # a class name ("Borohydrides", "metal hydrides") is no sample; a formula-like name is, and so
        # is a system the ontology derives from a hydride ('the Li–Mg–N–H system': Mg(NH2)2 with LiH)
        if is_family(term.id):
            return system_of(mention.text)   # 'the Mg–RE alloys', 'AB5-type alloys': a family, a sample of its own
        if term.parent_hydride or _FORMULA_LIKE.search(mention.text):
            # "LiBH4–LiI solid solution": the class's words after a formula say what it is, the formula which
            formula = _TRAILING_WORDS.sub("", mention.text)
            return (formula != mention.text and system_of(formula)) or system_of(mention.text)
        return None
    return None


@per_document(maxsize=512)
def _architecture_system(text: str):
    """The MaterialSystem of a support named with its architecture ('silica aerogel'), or None."""
    try:
        return analyse_system(text).system
    except (SystemParseError, ValueError):
        return None


def _compound_system(text: str):
    """The system of a compound named in words without a term, by the formula its name fixes ('zirconium
    tetrachloride': ZrCl4); None where the name fixes none ('cobalt boride': a named additive, as 'graphene' is)."""
    name = compound_name(text)
    return system_of(name.formula) if name is not None and name.formula else None


# "MgH2@3D Ni SA-pC", "LiBH4@Co SAs/NG": a hydride put '@' a support that holds a metal's single atoms, the support's
# dimension ('3D') tagged before the metal and the atoms' abbreviation after it: the metal is the catalyst on the
# support the hydride is confined in, written as the parser reads a scaffold with its catalyst ('MgH2@pC–Ni')
_TAGGED_AT = re.compile(r"@[1-3]D\s$")
# the word a metal's '@' glues it to, from its start ('NaAlH4@' of 'NaAlH4@Co SA-hC', 'Mg(BH4)2@'; an opening
# bracket before it is trimmed by ``_aligned``)
_GLUED_AT = re.compile(r"(?<!\S)\S+@$")


@cache
def _single_atoms_at() -> re.Pattern[str]:
    return re.compile(rf"@(?:[1-3]D\s+)?([A-Z][a-z]?)\s+(?:{_form_abbreviations()})[-/@](\S.*)$")


# a transition metal's symbol with the zero oxidation state written after it ('Fe0', 'Ni0': the superscript 0 of
# the metallic state set on the line) is that metal; a count of 0 is no formula. Only transition metals ('C0',
# 'P0' are a concentration and a pressure far more often than carbon or phosphorus)
_ZERO_VALENT = re.compile(r"([A-Z][a-z]?)0")


def _zero_valent_metal(word: str) -> str | None:
    """The metal ``word`` names in its zero oxidation state ('Co0': Co), else None."""
    zero = _ZERO_VALENT.fullmatch(word)
    return zero[1] if zero is not None and zero[1] in TRANSITION else None


@per_document(maxsize=8192)
def system_of(word: str):
    """The MaterialSystem a word names, or None (formulas, systems; cached: words repeat)."""
    if not word or not word[0].isalnum() and word[0] not in "([":
        return None
    word = _zero_valent_metal(word) or word
    if not any(c.isupper() for c in word):
        return None
    if " S" in word and "@" in word:
        word = _single_atoms_at().sub(r"@\2–\1", word, count=1)
    try:
        parsed = analyse_system(word)
    except (SystemParseError, ValueError):
        return None
    host = parsed.system.host
    if any(_ION_SIGN.search(c.formula) for c in parsed.system.components):
        return None  # ions ("[BH4]-", "Mg2+") are parts of materials, not materials
    if _C_RATE_WORD.fullmatch(word):
        return None  # "C/50", "C/10": a C-rate, not carbon with something numbered
    if host.text in parsed.unknown or any(not _CAPITAL_OR_DIGIT.search(u) for u in parsed.unknown):
        return None  # named supports ("SBA-15") may be unknown; lower-case words are not chemistry
    return parsed.system


# (compiled once: asked of every candidate word of a paper)
_ION_SIGN = re.compile(r"[+-]$|\^")
_C_RATE_WORD = re.compile(r"\d*C/\d+(?:\.\d+)?")
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]")
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
# the word a pressure's symbol is defined after, in brackets ('hydrogen pressure (PH2)', 'H2 pressure (P-H2)')
_PRESSURE_BEFORE = re.compile(r"\bpressures?\s?$", re.I)
# Capitals only, three or more, one of them D or T: an acronym ('DFT', 'TPD', 'CNT', a sample's code 'INSITU'),
# not a formula that would need deuterium or tritium with no count (a deuteride writes its counts: 'MgD2', 'LiBD4';
# hydrogen deuteride 'HD' has two letters)
# (the same in brackets: '(INSITU)' after the sample it names)
_ISOTOPE_ACRONYM = re.compile(r"[(\[]?(?=[A-Z]*[DT])[A-Z]{3,}[)\]]?")


@per_document(maxsize=16384)
def is_chemistry(word: str, sentence_start: bool = False, before_word: bool = False) -> bool:
    """before_word: the next token is a lower-case word ("In addition", "As shown")."""
    if word.count("(") != word.count(")") or word.count("[") != word.count("]"):
        return False
    if word in _WORDLIKE_ELEMENTS and (sentence_start or before_word):
        return False
    if _ISOTOPE_ACRONYM.fullmatch(word):
        return False
    if _CAPITALISED.fullmatch(word):
        # a capitalised word is chemistry only as an element symbol ("Ni"), not "On" (O with n)
        return is_element_symbol(word)
    return system_of(word) is not None


# Words that may be chemistry: a capital letter (after an optional coefficient or bracket), then
# formula characters. Found by one regex over the text instead of a Python loop over all tokens.
# A polymorph prefix ("γ-Mg(BH4)2", "o-LiBH4", "h-LiBH4") names the phase of the material after it.
# (The leading look-ahead names the characters such a word starts with: the look-behind is tried there only.)
# A composition family opens with a symbolic coefficient: "xLiBH4–(1-x)LiI", "(100-x)LiBH4–xLiNH2".
# (its letter spelled: "alpha-KB10H9NH3"; one look-behind per width)
_SPELLED_POLYMORPH = "|".join(rf"(?<=(?<![\w\-]){name}-)" for name in ("alpha", "beta", "gamma", "delta"))
# (the prefixes' look-behinds asked only after a hyphen: most characters a word may start at follow none)
_CANDIDATE = re.compile(rf"(?=[\[(\d.A-Zxyz])(?:(?<![\w\-–/@°º˚])"
                        rf"|(?<=-)(?:(?<=(?<![\w\-])[αβγδεζηθoh]-)|{_SPELLED_POLYMORPH}))"
                        r"(?:\(\d+(?:\.\d+)?[-+–−][xyz]\)|[xyz](?=[A-Z])"
                        # ('0.9(3LiBH4–LiI)–0.1P2S5': a count of a bracketed group of several parts; not '3(B)')
                        r"|\d+(?:\.\d+)?(?=[\[(]\d*(?:\.\d*)?[A-Z][A-Za-z0-9()]+[-–+]))?"
                        r"[\[(]?\d*(?:\.\d*)?[A-Z][A-Za-z0-9()\[\]·.+\-–/@:]*")
# "MgH2-Ni(5wt%)", "LiBH4–SiO2(30 wt.%)": a notation whose last part's loading is glued after it in brackets
# (written to start at its capital, the look-behind after it: the engine then skips to capitals, not trying the
# look-behind at every character of the paper)
_LOADING_IN_BRACKET = re.compile(r"[A-Z](?<![\w\-–/@][A-Z])[A-Za-z0-9()·]*(?:[-–/+][A-Z][A-Za-z0-9()·]*)+"
                                 r"\(\d+(?:\.\d+)?\s?(?:wt|mol|at|vol)\.?\s?%\)")
# "10 wt% submicron-Mn", "nano-Ni particles": a word of size or form glued to a formula by a hyphen (the
# word above starts at a capital and is never read after a hyphen); one mention when the whole is one
# material ("carbon-Ni" is two: left to the word-by-word reading)
# ("nano-ZrC@C", "ultrafine-Ni/C": the catalyst with the support it is written on; "nano-MgH2@CMK-3",
# "nano-NaAlH4@MOF-74(Mg)": a support whose name goes on after a hyphen with a capital or a numeral, all of it)
_DESCRIBED_CANDIDATE = re.compile(r"(?<![\w\-–/@])(?!non-)[a-z]{4,}-[A-Z][A-Za-z0-9()\[\]·]*"
                                  r"(?:[@/][A-Za-z][A-Za-z0-9()\[\]·]*(?:-[A-Z0-9][A-Za-z0-9()\[\]·]*)*)?")
_HYPHEN_CAPITAL = re.compile(r"-(?=[A-Z])")


def _described_starts(text: str) -> Iterator[int]:
    """Every place a ``_DESCRIBED_CANDIDATE`` can start: the start of the run of lower-case letters before a
    hyphen and a capital (its word of size or form runs from no letter to the hyphen)."""
    for m in _HYPHEN_CAPITAL.finditer(text):
        at = m.start()
        while at > 0 and "a" <= text[at - 1] <= "z":
            at -= 1
        yield at
# (or a full stop and a numeral: "Matter No. 41", "sample No. 3" — the abbreviation of 'number', not nobelium)
_NEXT_WORD = re.compile(r"\s+[a-z]+\b|\.\s*\d")
# a plus or an arrow next to a word: it is a reactant or product of an equation ('6Li + N2 → 2Li3N'), its
# digits a count of atoms, not a mass number
_IN_EQUATION = re.compile(r"[+→⇌=]|->")
# One element's symbol with the count 1 written after it ('T1' the spin-lattice relaxation time, 'Li1' a site label):
# a symbol with an index, no formula, as no formula writes a count of one
_INDEXED_SYMBOL = re.compile(r"[A-Z][a-z]?1")


# A unit symbol right after a number ("10^-3 S cm-1", "300 K", "10(-3) S", "5 Pa") is a unit, not an element.
_UNIT_SYMBOL = re.compile(r"[A-Z][a-z]?")
# "873 K/7 MPa", "300 K/1 bar": a unit symbol after a number and before "/number" opens a pair of conditions
_UNIT_PAIR = re.compile(r"[A-Z][a-z]?(?=/\d)")
# "300 degrees C", "300 deg. C": an indexing service spells the degree sign out before the unit
# "10^-6  S cm^-1" from LaTeX keeps two spaces
_AFTER_NUMBER = re.compile(r"(?:\d|\(\s*[-+−]?\d+\s*\))\s{0,2}(?:deg(?:rees?|\.)?\s?)?$")


def _text(doc: Doc) -> str:
    """The Doc's text: ``doc.text`` joins every token anew on each access, so ``mentions`` keeps
    the input string in ``user_data``."""
    return doc.user_data.get("hkg_text") or doc.text


class _Cut(NamedTuple):
    """The tokens [start, end) of a Doc, which cover its characters [start_char, end_char) exactly: what the
    readers below ask of a span of tokens, without making one (a spaCy Span for each of a paper's thousands
    of candidates, most of them never kept)."""

    start: int
    end: int
    start_char: int
    end_char: int


def _aligned(doc: Doc, text: str, start: int, end: int, starts: dict, ends: dict) -> _Cut | None:
    """The span of tokens exactly covering [start, end), trimming punctuation the tokenizer split.

    starts/ends map character offsets to token indices (doc.char_span scans linearly: too slow
    for a whole paper; doc.text is rebuilt on every access, so the caller passes it)."""
    while end > start and text[end - 1] in ".:,;":
        end -= 1  # a sentence's full stop is not part of 'MgH2–Ni' (even where it is a token of its own)
    if end > start and text[start] in "([" and text.count("(", start, end) + text.count("[", start, end) \
            > text.count(")", start, end) + text.count("]", start, end):
        start += 1  # "(3LiBH4–LiI alone: …)": the bracket that opens before the system is not part of it
    for _ in range(3):
        if end <= start:
            return None
        if start in starts and end in ends:
            # (the token starting at ``start`` to the one ending at ``end``: no token lies across either)
            return _Cut(starts[start], ends[end] + 1, start, end)
        if (text[end - 1] in ".:+-–"
                or text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end)):
            end -= 1
        elif text[start] in "([" and text[end - 1] in ")]":
            start, end = start + 1, end - 1
        elif text[start] in "([":
            start += 1
        else:
            return None
    return None


# A composition written with amounts: "MgH2-5 wt% Nb2O5", "MgH2 + 10 wt.% TiO2", "MgH2–5 mass%
# Ni(OH)2–2 wt% C". The amount sits between two words, so the word-by-word candidates below never
# see the whole; the system-notation parser decides whether the whole is one system.
# Lengths are bounded so that a failed match costs little wherever it starts (no quadratic scan).
_PART = r"[\[(]?\d{0,4}\.?\d{0,4}[A-Z][A-Za-z0-9()\[\]·.]{0,40}"
# a support's abbreviation opening with a lower-case prefix: 'rGO' (reduced graphene oxide), 'g-C3N4'
_PREFIXED_PART = r"[a-z]{1,2}-?[A-Z][A-Za-z0-9]{0,12}"
_PART_CHARS = 51      # the most characters a _PART holds (1 + 4 + 1 + 4 + 1 + 40)
_PART_START = re.compile(r"[\[(\d.A-Z]")   # a character a _PART starts with
# an amount after a sign: "-5 wt%", "+ 10 wt.%" (the first of a composition's amounts)
# ("MgH2/5wt%Ni": a slash written for the sign, as indexing services print it)
_SIGNED_AMOUNT = rf"[-–+/]\s*\d{{1,4}}(?:\.\d{{1,4}})?\s*{AMOUNT_UNIT}"
_AMOUNT_COMPOSITION = re.compile(
    rf"(?=[\[(\d.A-Z])(?<![\w\-–/@]){_PART}(?:[–\-/@:]{_PART}){{0,5}}"
    # the material after an amount may itself be a composite ("MgH2-5 wt% Ti3C2/TiO2-C", "… 10 wt% Ni@C")
    # ("MgH2-10wt%Ni-5wt%graphene": a material named in words glued to its loading's per cent sign)
    # ("LiAlH4-5 wt% Ni@rGO", "… Co/g-C3N4": a support after its slash or at sign abbreviated with a lower-case prefix)
    rf"(?:\s*{_SIGNED_AMOUNT}\s*(?:of\s+)?(?:{_PART}|(?<=%)[a-z]{{3,20}})(?:[/@\-–](?:{_PART}|{_PREFIXED_PART})){{0,3}}){{1,5}}")
# Before its first signed amount a composition holds at most six parts and five separators, then spaces: it
# starts at most this many characters before the spaces that precede that amount's sign
_COMPOSITION_REACH = 6 * _PART_CHARS + 5
_SIGNED_AMOUNT_AT = re.compile(_SIGNED_AMOUNT)


# "MgH2–x CeO2 (x = 5, 10 wt%)", "LiBH4-y TiO2": a composition whose loading is a series variable glued to the
# host's dash (the tokenizer keeps "MgH2–x" one word, so no word-by-word candidate sees the host)
# ("MgH2–x wt% VCl3 (x = 2, 5, 10)": the variable may carry the amount's unit)
_SERIES_COMPOSITION = re.compile(rf"(?<![\w\-–/@]){_PART}[–\-]\s?[xyn]\s*(?:{AMOUNT_UNIT}\s*(?:of\s+)?|\s)\s*{_PART}")
_SERIES_HINT = re.compile(r"[–\-][xyn]\s")
_SERIES_DASH = re.compile(r"[–\-](?=\s?[xyn])")   # (its host, one _PART, ends right before it)


# "MgH2-10 NiFe-800", "NaAlH4-5 CeB6": a hydride, a dash, then a number set apart by a space from a non-hydride
# named after it (a code name may end in its temperature, '-800'): the catalyst's share with the unit left out, as
# authors shorten 'MgH2-10 wt% X' once the unit is said; a count glued to its formula ('MgH2-2LiBH4') or written
# before a hydride partner is a molar coefficient, no loading
# (written to start at its capital, the look-behind after it: the engine skips to capitals in one pass over the paper)
_BARE_LOADING = re.compile(r"([A-Z](?<![\w\-–/@][A-Z])[A-Za-z0-9()]{0,30})[-–](\d{1,2}(?:\.\d{1,2})?) "
                           r"([A-Z][A-Za-z0-9]{0,20}(?:-\d{2,4})?)(?![\w\-–/@%])")
_BARE_LOADING_HINT = re.compile(r"[-–]\d{1,2}(?:\.\d{1,2})? [A-Z]")


@per_document(maxsize=512)
def _bare_loading_system(word: str):
    """The system of a hydride with a unit-less loading of a non-hydride ('NaAlH4-5 CeB6': NaAlH4 with 5 wt% CeB6),
    or None when ``word`` is no such notation."""
    m = _BARE_LOADING.fullmatch(word)
    if m is None:
        return None
    host, share, additive = m.groups()
    found = system_of(f"{host}–{share} wt% {additive}")
    if found is None or len(found.additives) != 1 or not hydride_like(found.host.formula) \
            or hydride_like(found.additives[0].formula):
        return None
    return found


def _matches_at(pattern: re.Pattern[str], text: str, positions: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, given ``positions`` (increasing) that hold every place a
    match can start: a scan for a rare piece each match holds names them, and the large pattern is tried
    there only, not at every character of a paper. The same matches: ``finditer`` gives, from the end of
    the last match, the first place the pattern matches at; so does this, trying the places in order
    (``match`` at a place sees the text before it, for the look-behinds, as ``finditer`` does)."""
    pos = 0
    for at in positions:
        if at >= pos and (m := pattern.match(text, at)) is not None:
            yield m
            pos = m.end()


def _within_reach(text: str, anchors: Iterable[int], reach: int, starts: re.Pattern[str]) -> Iterator[int]:
    """Each place ``starts`` matches at from ``reach`` characters before an anchor up to it, in order and once."""
    tried = 0
    for anchor in anchors:
        for c in starts.finditer(text, max(tried, anchor - reach), anchor):
            yield c.start()
        tried = max(tried, anchor)


def _before_spaces(text: str, at: int) -> int:
    """The start of the run of spaces (of ``str.isspace``, as the patterns' ``\\s``) that ends at ``at``."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _composition_starts(text: str) -> Iterator[int]:
    """Every place an ``_AMOUNT_COMPOSITION`` can start: within its reach before the spaces before a signed
    amount (a match's first amount is one the scan finds: no signed amount holds the sign of another)."""
    anchors = (_before_spaces(text, m.start()) for m in _SIGNED_AMOUNT_AT.finditer(text))
    return _within_reach(text, anchors, _COMPOSITION_REACH, _PART_START)


def _series_starts(text: str) -> Iterator[int]:
    """Every place a ``_SERIES_COMPOSITION`` can start: within one part's length before the dash of its variable."""
    return _within_reach(text, (m.start() for m in _SERIES_DASH.finditer(text)), _PART_CHARS, _PART_START)


def _amount_compositions(doc: Doc, text: str, starts: dict, ends: dict) -> list[Span]:
    out = []
    if _SERIES_HINT.search(text):
        for m in _matches_at(_SERIES_COMPOSITION, text, _series_starts(text)):
            span = _aligned(doc, text, m.start(), m.end(), starts, ends)
            if span is not None and system_of(text[span.start_char:span.end_char]) is not None:
                out.append(Span(doc, span.start, span.end, label=SYSTEM_LABEL))
    if "%" not in text:
        return out
    for m in _matches_at(_AMOUNT_COMPOSITION, text, _composition_starts(text)):
        glued = _GLUED_TAIL.search(text, m.start(), m.end())   # "… 5 wt% Nb2O5was milled"
        span = _aligned(doc, text, m.start(), glued.start() if glued else m.end(), starts, ends)
        if span is not None and system_of(text[span.start_char:span.end_char]) is not None:
            out.append(Span(doc, span.start, span.end, label=SYSTEM_LABEL))
    return out


def _bare_loadings(doc: Doc, text: str, starts: dict, ends: dict, compositions: list[Span]) -> list[Span]:
    """The spans of the unit-less loadings ('MgH2-10 NiFe-800', ``_BARE_LOADING``) outside ``compositions``."""
    out = []
    for m in _BARE_LOADING.finditer(text):
        span = _aligned(doc, text, m.start(), m.end(), starts, ends)
        if span is not None and _bare_loading_system(m.group(0)) is not None \
                and all(span.end <= c.start or c.end <= span.start for c in compositions):
            out.append(Span(doc, span.start, span.end, label=SYSTEM_LABEL))
    return out


@Language.component("hkg_systems")
def _systems_component(doc: Doc) -> Doc:
    doc.ents = _system_spans(doc, doc.ents)
    return doc


def _system_spans(doc: Doc, ents) -> list[Span]:
    """The entities after ``ents`` (the term matches) with the chemistry systems added, in order."""
    text = _text(doc)
    arr = doc.to_array([IDX, LENGTH])
    idx, length = arr[:, 0].tolist(), arr[:, 1].tolist()   # plain ints: numpy scalars are slow keys
    starts = dict(zip(idx, range(len(idx))))
    ends = dict(zip(map(operator.add, idx, length), range(len(idx))))
    compositions = _amount_compositions(doc, text, starts, ends)
    if _BARE_LOADING_HINT.search(text):
        compositions += _bare_loadings(doc, text, starts, ends, compositions)
    inside = {i for c in compositions for i in range(c.start, c.end)}
    # the composition replaces the term matches inside it ("TiO2" of "MgH2 + 10 wt.% TiO2")
    spans = [e for e in ents if inside.isdisjoint(range(e.start, e.end))] + compositions
    # token index -> the entity holding it (the spans are disjoint): which entities a candidate
    # overlaps is read from its own tokens, not from a scan of the paper's thousands of entities
    owner: dict[int, Span] = {}
    for e in spans:
        owner.update(dict.fromkeys(range(e.start, e.end), e))
    taken = owner.keys()   # token indices already in an entity
    if "%)" in text:
        for m in _LOADING_IN_BRACKET.finditer(text):
            # "MgH2-Ni(5wt%)": the additive's loading glued after it in brackets, as indexing services print it
            span = _aligned(doc, text, m.start(), m.end(), starts, ends)
            if span is not None and taken.isdisjoint(range(span.start, span.end)) \
                    and system_of(text[span.start_char:span.end_char]) is not None:
                spans.append(Span(doc, span.start, span.end, label=SYSTEM_LABEL))
                owner.update(dict.fromkeys(range(span.start, span.end), spans[-1]))
    for m in _CANDIDATE.finditer(text):
        word, end = m.group(0), m.end()
        if word[-1:] == "." and word[-2:-1] in (")", "]"):
            word, end = word[:-1], end - 1   # "(… for MgH2–Ni).": the full stop after the bracket ends the sentence
        while word[-1:] in (")", "]") and word.count(word[-1]) > word.count("(" if word[-1] == ")" else "["):
            word, end = word[:-1], end - 1  # "(such as TiH2, B or C)": the bracket closes the list, not the formula
        glued = _GLUED_TAIL.search(word) if word[-1:].islower() else None
        if glued:
            word, end = word[:glued.start()], end - (len(word) - glued.start())   # "MgH2have": MgH2
        span = _aligned(doc, text, m.start(), end, starts, ends) if word else None
        if span is not None and not taken.isdisjoint(range(span.start, span.end)) and ("/" in word or "@" in word):
            # "MgH2/C": a term match ("MgH2") inside a supported-sample notation gives way to the whole
            inner = list({id(e): e for i in range(span.start, span.end) if (e := owner.get(i)) is not None}.values())
            # ('LiBH4–LiNH2/metal oxide': the notation's last part, a term of two words, goes on past the word the
            # candidate ends at; the span holds it whole)
            past = max((e.end for e in inner if span.start < e.start < span.end), default=span.end)
            if past > span.end:
                span = _Cut(span.start, past, span.start_char, doc[past - 1].idx + len(doc[past - 1]))
            if all(span.start <= e.start and e.end <= span.end for e in inner) and (
                    len(inner) > 1 or inner[0].end - inner[0].start < span.end - span.start) \
                    and system_of(text[span.start_char:span.end_char]) is not None:
                gone = {id(x) for x in inner}
                spans = [e for e in spans if id(e) not in gone]
                spans.append(Span(doc, span.start, span.end, label=SYSTEM_LABEL))
                owner.update(dict.fromkeys(range(span.start, span.end), spans[-1]))
            continue
        if span is None or not taken.isdisjoint(range(span.start, span.end)):
            continue
        word = text[span.start_char:span.end_char]
        lead = _UNIT_PAIR.match(word) or _UNIT_SYMBOL.fullmatch(word)
        if lead and is_unit(lead.group(0)) \
                and _AFTER_NUMBER.search(text, max(0, span.start_char - 12), span.start_char):
            # "0.1 S cm-1", "300 K", "at 0.1 C": a unit after a number, not sulfur or carbon; "923 K/15 MPa":
            # a temperature/pressure pair, not a K/15 composite
            continue
        if word.startswith("(") and _PRESSURE_BEFORE.search(text, max(0, span.start_char - 12), span.start_char):
            continue   # "under 10 bar of hydrogen pressure (PH2)": the pressure's symbol, no phosphorus hydride
        if nucleus_label(word) and not _IN_EQUATION.search(text, max(0, span.start_char - 4), span.end_char + 4):
            continue   # "the 7Li and 11B NMR spectra": nuclei measured on, no lithium or boron sample
        if _INDEXED_SYMBOL.fullmatch(word):
            continue   # "the T1 minimum", "the Li1 site": a symbol with an index, no formula (no one writes a count 1)
        before = text[max(0, span.start_char - 8):span.start_char].rstrip()[-1:]
        if is_chemistry(word, sentence_start=not before or before in ".!?",
                        before_word=_NEXT_WORD.match(text, span.end_char) is not None):
            spans.append(Span(doc, span.start, span.end, label=SYSTEM_LABEL))
            owner.update(dict.fromkeys(range(span.start, span.end), spans[-1]))
    if "-" in text:
        for m in _matches_at(_DESCRIBED_CANDIDATE, text, _described_starts(text)):
            span = _aligned(doc, text, m.start(), m.end(), starts, ends)
            if span is None or not taken.isdisjoint(range(span.start, span.end)):
                continue
            word = text[span.start_char:span.end_char]
            found = system_of(word)
            # (a catalyst on its support, 'nano-ZrC@C', is one material of two parts, as 'ZrC@C' is read)
            if found is not None and (len(found.components) == 1 or "@" in word or "/" in word):
                spans.append(Span(doc, span.start, span.end, label=SYSTEM_LABEL))
                owner.update(dict.fromkeys(range(span.start, span.end), spans[-1]))
    if " SA" in text:
        spans = _spaced_atom_spans(doc, text, spans, starts, ends)
    return _join_spaced(doc, sorted(spans, key=lambda s: s.start))


def _spaced_atom_spans(doc: Doc, text: str, spans: list[Span], starts: dict, ends: dict) -> list[Span]:
    """``spans`` with each metal's single atoms on their support written apart ('Co SA/NG') one system span in
    place of the spans inside it."""
    for m in _spaced_atoms().finditer(text):
        end = m.end() - (text.count(")", m.start(), m.end()) > text.count("(", m.start(), m.end()))
        # ('NaAlH4@Co SA-hC' with no dimension tag: the hydride glued to the metal by its '@' is in the span)
        glued = _GLUED_AT.search(text, max(0, m.start() - 40), m.start()) if text[m.start() - 1:m.start()] == "@" \
            else None
        span = _aligned(doc, text, glued.start() if glued else m.start(), end, starts, ends)   # ('(MgH2@3D Ni SA-pC)')
        if span is None:
            continue
        if glued is not None:
            found = system_of(text[span.start_char:span.end_char])
            if found is not None and found.additives:
                spans = [e for e in spans if e.end <= span.start or e.start >= span.end]
                spans.append(Span(doc, span.start, span.end, label=SYSTEM_LABEL))
            continue
        # (a composition that ends in the metal, 'MgH2–5 wt% Ni' of 'MgH2–5 wt% Ni SAs@N-C', holds the whole;
        # so does a hydride put '@' a support whose dimension is tagged before the metal: 'MgH2@3D' of
        # 'MgH2@3D Ni SA-pC')
        tagged = _TAGGED_AT.search(text, max(0, m.start() - 5), m.start())
        inside = span.start if tagged is None else span.start - 1
        first = min((e.start for e in spans if e.start < inside < e.end or tagged and e.end == span.start),
                    default=span.start)
        whole = Span(doc, first, span.end)
        found = system_of(text[whole.start_char:whole.end_char])
        if found is None or first == span.start and found.additives:
            continue
        spans = [e for e in spans if e.end <= first or e.start >= span.end]
        spans.append(Span(doc, first, span.end, label=SYSTEM_LABEL))
    return spans


_JOINERS = frozenset("–-/@:")
_CHEM_LABELS = (SYSTEM_LABEL, "Material")


# What may stand between two chemistry spans of one system: a separator with spaces
# ("LiBH4 – MgH2"), or an amount after a trailing number ("MgH2–5 wt% Nb2O5").
_BETWEEN = re.compile(rf"\s*[–\-/@:·+]?\s*|\s*{FRACTION_UNIT}\s*(?:of\s+)?")


# a text ending in one element's symbol ('MgH2–Ni'); searched in the last two characters only (the look-behind
# still sees the one before): a search from the text's start walks the whole paper for every pair of spans
_METAL_END = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]?$")


@cache
def _spaced_form() -> re.Pattern[str]:
    """A form abbreviation the ontology writes after a metal with a space, then its support ('SA/' of 'Ni SA/NC':
    the single atoms of SingleAtomCatalysis's hkg:formLabel)."""
    return re.compile(rf"(?:{_form_abbreviations()})[/@]")


@cache
def _form_abbreviations() -> str:
    """'SAs|SA': the form abbreviations of SingleAtomCatalysis's hkg:formLabel, as alternatives (longest first)."""
    forms = [f for f in vocabulary().get("SingleAtomCatalysis").form_labels if re.fullmatch(r"[A-Z]{2,4}s?", f)]
    return "|".join(sorted(forms, key=len, reverse=True))


@cache
def _spaced_atoms() -> re.Pattern[str]:
    """'Co SA/NG', 'Ni SAs@N-C': a metal, its single atoms' abbreviation apart, then the support (which may be a
    name no rule reads alone: no span of its own to join)."""
    # (the capital first, its look-behind after it: the engine then skips to capitals at once instead of trying
    # the look-behind at every character of a paper; the same matches, as the capital is a word character)
    # ('Ni SA-pC': the support may follow the form's dash)
    # ('NaAlH4@Co SA-hC': the metal may follow the '@' that puts a hydride on the support, untagged)
    return re.compile(rf"[A-Z](?<![\w\-–/][A-Z])[a-z]? (?:{_form_abbreviations()})[/@\-][A-Za-z0-9()\-]*[A-Za-z0-9)]")


def _join_spaced(doc: Doc, spans: list[Span]) -> list[Span]:
    """'LiBH4 – MgH2' (a converted PDF puts spaces around the dash) is one system, not two; nor is
    'MgH2–Ni SA/NC' (a metal's single atoms on their support, the form written apart from the metal)."""
    text = _text(doc)
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ in _CHEM_LABELS and span.label_ in _CHEM_LABELS
                and _BETWEEN.fullmatch(text, prev.end_char, span.start_char)
                and (text[prev.end_char:span.start_char].strip()
                     or text[prev.end_char:span.start_char] == " "
                     and _METAL_END.search(text, max(0, prev.end_char - 2), prev.end_char)
                     and _spaced_form().match(text, span.start_char))
                and system_of(text[prev.start_char:span.end_char]) is not None):
            out[-1] = Span(doc, prev.start, span.end, label=SYSTEM_LABEL)
        else:
            out.append(span)
    return out


class _TermRuler(EntityRuler):
    """spaCy's EntityRuler with a linear ``set_annotations``.

    The stock method rebuilds the whole entity list once per match to drop entities the match
    overlaps — quadratic over a paper's thousands of term matches. Without ``overwrite_ents`` a
    match that touches an existing entity is skipped before that step, so the rebuild never removes
    anything; this version skips it and gives the same entities in the same order."""

    def _require_patterns(self) -> None:
        """spaCy's check (a warning when there are no patterns) counts every pattern of every label on
        each call, once per sentence and ruler: a ruler with any label has patterns, which is enough."""
        if not self.token_patterns and not self.phrase_patterns:
            super()._require_patterns()

    def set_annotations(self, doc, matches):
        if self.overwrite:
            return super().set_annotations(doc, matches)
        doc.ents = self.spans(doc, matches, list(doc.ents))

    def spans(self, doc, matches, entities: list[Span]) -> list[Span]:
        """``entities`` with the matches that touch none of them (nor each other) added."""
        taken = {i for e in entities for i in range(e.start, e.end)}
        new_entities = []
        seen_tokens: set[int] = set()
        for match_id, start, end in matches:
            if not taken.isdisjoint(range(start, end)):
                continue
            if start not in seen_tokens and end - 1 not in seen_tokens:
                if match_id in self._ent_ids:
                    label, ent_id = self._ent_ids[match_id]
                    span = Span(doc, start, end, label=label, span_id=ent_id)
                else:
                    span = Span(doc, start, end, label=match_id)
                new_entities.append(span)
                seen_tokens.update(range(start, end))
        return entities + new_entities


@Language.factory("hkg_term_ruler", default_config={"phrase_matcher_attr": None, "validate": False,
                                                     "overwrite_ents": False, "ent_id_sep": "||"})
def _make_term_ruler(nlp: Language, name: str, phrase_matcher_attr, validate: bool, overwrite_ents: bool,
                     ent_id_sep: str) -> _TermRuler:
    return _TermRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, validate=validate,
                      overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep)


_TERM_RULERS = ("hkg_terms_cased", "hkg_terms")   # in this order: a cased match wins


@built_once
def pipeline() -> Language:
    """The extraction pipeline (built once per process, by one thread)."""
    nlp = spacy.blank("en")
    _tokenizer(nlp)
    for name, attr, cased in zip(_TERM_RULERS, ("ORTH", "LOWER"), (True, False)):
        ruler = nlp.add_pipe("hkg_term_ruler", name=name,
                             config={"phrase_matcher_attr": attr, "validate": False, "overwrite_ents": False})
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(list(_patterns(cased)))
    nlp.add_pipe("hkg_systems")
    # The ontology, the pint registry and this pipeline live as long as the process: ~170,000 objects
    # that every full run of the cyclic garbage collector walked again (0.2 s, in one extraction of
    # the review out of two). Frozen, collections walk only what extraction makes. (Objects alive
    # now that later become cyclic garbage are not reclaimed: a one-time, bounded cost.)
    gc.freeze()
    return nlp


@dataclass(frozen=True)
class Mention:
    """An entity found in clean text: a term of the ontology or a chemical system."""

    kind: str            # a TERM_KINDS kind, or SYSTEM_LABEL
    text: str
    start: int           # clean-text character offsets
    end: int
    term: str | None = None   # ontology term id (terms) — systems carry none


# text → its mentions, while one document is extracted (``reading_once``); None outside. A context
# variable, not a module global: two extractions on two threads (the JSON API serves several) each
# keep their own reading.
_READ: ContextVar[dict[str, tuple[Mention, ...]] | None] = ContextVar("hydridekg_reading", default=None)
# (text, base) → its cleaned form, within the same reading
_CLEANED: ContextVar[dict[tuple[str, int], Cleaned] | None] = ContextVar("hydridekg_cleaned", default=None)


@contextmanager
def reading_once():
    """Within, the mentions of a text already read are given again, not found again: one document's
    sentences are read by the measurements and again by the mechanism claims. Scoped to one
    extraction, so that nothing outlives the document (nor makes a second extraction of it faster)."""
    token = _READ.set(_READ.get() if _READ.get() is not None else {})
    cleaned = _CLEANED.set(_CLEANED.get() if _CLEANED.get() is not None else {})
    try:
        with one_document():    # (and the ontology's readers keep theirs: a system notation parsed once)
            yield
    finally:
        _READ.reset(token)
        _CLEANED.reset(cleaned)


def reading() -> dict[str, tuple[Mention, ...]] | None:
    """The mentions remembered by the current ``reading_once`` (None outside one)."""
    return _READ.get()


def remember(text: str, found: list[Mention]) -> None:
    """Within ``reading_once``: ``found`` are the mentions of ``text`` (a sentence cut from a reading of
    the whole document), so a later reader of that sentence is given them instead of a second run of
    the pipeline over it. Outside, nothing is kept."""
    read = _READ.get()
    if read is not None:
        read.setdefault(text, tuple(found))


def mentions(text: str) -> list[Mention]:
    """The entities the pipeline finds in ``text``, in order (see ``reading_once``)."""
    read = _READ.get()
    if read is None:
        return _mentions(text)
    found = read.get(text)
    if found is None:
        found = read[text] = tuple(_mentions(text))
    return list(found)


def _mentions(text: str) -> list[Mention]:
    """The entities the pipeline's components find, in order. The components' work is done here
    without ``doc.ents`` between them: each write and read of it walks every token of the paper
    (three of each), for the same disjoint spans these lists hold."""
    nlp = pipeline()
    doc = nlp.make_doc(text)
    doc.user_data["hkg_text"] = text
    spans: list[Span] = []
    for name in _TERM_RULERS:
        ruler = nlp.get_pipe(name)
        spans = ruler.spans(doc, ruler.match(doc), spans)
    # as through doc.ents, a mention's term is the id its first token was given by a term match, also
    # where a system took the match's place (spaCy leaves a token's id when a span without one is
    # written over it: 'MgH2-5 wt% Nb2O5' keeps MgH2's)
    term_ids = {i: e.id_ for e in spans if e.id for i in range(e.start, e.end)}
    found = [Mention(e.label_, text[e.start_char:e.end_char], e.start_char, e.end_char, term_ids.get(e.start))
             for e in _system_spans(doc, spans)]
    # ('Mg50Ni45B5 BCC alloys', 'C14 Laves phase': a structure label says the sample's phase, no material)
    found = [m for m in found if not (m.kind in (SYSTEM_LABEL, "Material") and m.text in _structure_labels())]
    # ('a transition to Fm (3) over barm', 'from Pnma to P63mc': a space group's symbol, no fermium, no 'P63')
    found = without_space_groups(text, found, (SYSTEM_LABEL, "Material"))
    # ('the surface velocity of copper wheel', 'milled in a WC vial with WC balls': the material of a tool, no sample's)
    tool = _tool_after()
    found = [m for m in found if not (m.kind in (SYSTEM_LABEL, "Material") and tool.match(text, m.end))]
    found = decorated(text, widened(text, _without_unread_compounds(text, _compounds_joined(text, found)), Mention),
                      Mention)
    if "mol" in text:
        found = _without_formula_units(text, found)
    found = _brackets_closed(text, found)
    if "%" in text:
        found = _last_share_closed(text, found)
    if "lloy" in text:
        found = _alloys_named(text, found)
    if "lectrolyt" in text:
        found = _electrolyte_ions_dropped(text, found)
    # ('the Mg2Ni-type alloy': a storage compound's; 'a UCoAl4 type structure': no sample's)
    found = typed_hosts(text, without_structure_types(text, found), Mention, SYSTEM_LABEL)
    if _DASH_WORD.search(text):
        found = _polymer_joined(text, found)
    if "(" in text and "%" in text:
        found = _loaded_groups(text, found)
    if "%" in text:
        found = _loading_before(text, found)
    found = _fields_as_adjectives_dropped(text, found)
    if "/" in text:
        found = cover_layers_split(text, found, Mention, SYSTEM_LABEL)   # 'Mg films capped by Ta/Pd': two layers
    return with_architecture(text, found, Mention)


# a word, no article, between a word and the material noun it may describe ('under light the composite …' starts a
# new noun phrase)
_WORD_BEFORE_NOUN = re.compile(r"\s+(?!(?:the|a|an|this|these|that|its|their)\b)[a-z][\w-]*")
_SAMPLE_NOUN_AT = re.compile(rf"\s+{SAMPLE_NOUNS}\b", re.I)


@cache
def _field_terms() -> frozenset[str]:
    """The external fields a text may drive its samples by (LightDriving, MicrowaveDriving …)."""
    return frozenset(vocabulary().descendants("ExternalFieldDriving"))


def _describes_noun(text: str, at: int, nouns: set[int]) -> bool:
    """Does a material noun written in words ('complex hydride', 'material') follow ``at``, after at most two words?"""
    for _ in range(3):
        space = re.match(r"\s+", text[at:at + 3])
        if space is not None and at + space.end() in nouns or _SAMPLE_NOUN_AT.match(text, at):
            return True
        word = _WORD_BEFORE_NOUN.match(text, at)
        if word is None:
            return False
        at = word.end()
    return False


def _fields_as_adjectives_dropped(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without a field named by one bare word that describes the material noun after it ('a light complex
    hydride', 'a light porous material': the mass of the material): the word's other sense, no field the samples are
    driven by ('under light', 'light irradiation' stay)."""
    fields = _field_terms()
    nouns = {m.start for m in found if m.kind in (SYSTEM_LABEL, "Material") and m.text[:1].islower()}
    return [m for m in found if not (m.kind == "Strategy" and m.term in fields and m.text.isalpha()
                                     and m.text[1:].islower() and _describes_noun(text, m.end, nouns))]


# a dash joining a word to a lower-case one: the cue that a partner spelled out in words may follow a formula
_DASH_WORD = re.compile(r"\w[–-][a-z]")


@cache
def _spelled_polymers() -> re.Pattern[str]:
    """The ontology's names of polymers written in more than one word ('poly(ethylene oxide)', 'polyvinylidene
    fluoride') after a formula and a dash: such a notation spans tokens, so no one candidate word holds it."""
    vocab = vocabulary()
    labels = {label for tid in ["Polymer", *vocab.descendants("Polymer")] for label in vocab.get(tid).labels
              if re.search(r"[\s(]", label) and label[:1].islower()}
    names = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    # (started at its first character, the look-behind after it: the engine skips to capitals and brackets; ``*+``:
    # the dash is none of the word's characters, so giving them back never lets it match)
    return re.compile(rf"[A-Z(\[](?<![\w\-–][A-Z(\[])[\w()\[\]·.]*+[–-](?:{names})(?![\w-])")


def _polymer_joined(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with one SYSTEM mention for a formula joined by a dash to a polymer named in words ('the
    KBH4–poly(ethylene oxide) composite'), in place of the pieces found inside it, where the whole parses as
    a system."""
    out = list(found)
    for m in _spelled_polymers().finditer(text):
        if system_of(m.group()) is None:
            continue
        inside = [f for f in out if f.start < m.end() and f.end > m.start()]
        if any(f.start < m.start() for f in inside):
            continue   # (a mention reaching before the notation: read as it was)
        # (one starting inside it and running on, 'oxide electrolyte' of '… poly(ethylene oxide) electrolyte', is
        # a reading of the polymer's last word: the polymer's whole name wins)
        term = next((f.term for f in inside if f.start == m.start()), None)
        at = next((i for i, f in enumerate(out) if f.start >= m.start()), len(out))
        out = [f for f in out if f not in inside]
        out.insert(min(at, len(out)), Mention(SYSTEM_LABEL, m.group(), m.start(), m.end(), term))
    return out


# two element symbols joined by a dash ('Mg–Sn'), and the noun of an alloy after them
_ELEMENT_PAIR = re.compile(r"[A-Z][a-z]?[-–][A-Z][a-z]?")
_ALLOY_NOUN_AFTER = re.compile(rf"\s+{ALLOY_NOUNS}\b", re.I)


def _alloys_named(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with a pair of element symbols written before the noun of an alloy ('the Mg–Sn alloy') one
    mention with the noun, which says the pair is one alloy (``ontology.system`` reads it so), not a metal and
    its additive."""
    out = []
    for m in found:
        noun = _ALLOY_NOUN_AFTER.match(text, m.end) if m.kind == SYSTEM_LABEL and _ELEMENT_PAIR.fullmatch(m.text) \
            else None
        whole = text[m.start:noun.end()] if noun is not None else ""
        if noun is not None and system_of(whole) is not None and not any(
                f.start >= noun.start() and f.start < noun.end() for f in found):
            m = Mention(SYSTEM_LABEL, whole, m.start, noun.end(), m.term)
        out.append(m)
    return out


# the noun of an electrolyte after a pair of element symbols, an adjective or two between ('Mg–Li hybrid electrolytes')
_ELECTROLYTE_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?electrolytes?\b", re.I)


def _electrolyte_ions_dropped(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without a pair of element symbols written before the noun of an electrolyte ('hybrid Mg–Li
    electrolytes', 'the Mg-Na electrolyte'): the pair names the ions the electrolyte carries, no alloy of the two."""
    return [m for m in found if not (m.kind == SYSTEM_LABEL and _ELEMENT_PAIR.fullmatch(m.text)
                                     and _ELECTROLYTE_NOUN_AFTER.match(text, m.end))]


# a chain of loadings cut after a share whose unit it wrote with its first share only ('Mg–8 at.% Fe–12' of
# 'Mg–8 at.% Fe–12 Ti', 'Mg–15 at.% Cr–5' of '… Cr–5 V film'), and the element symbol after the space
_SHARE_LEFT_OPEN = re.compile(r"%\s*\S+\s*[–\-]\s*\d+(?:\.\d+)?$")
_SYMBOL_AFTER = re.compile(r" ([A-Z][a-z]?)(?![\w.])")


def _last_share_closed(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with a chain of loadings cut after its last share reaching to that share's element, written after a
    space ('Mg–10 at.% Fe–10 Ti': one sample, the 10 in the unit of the 10 at.% before it), the element's own
    mention, if any, taken into it."""
    out: list[Mention] = []
    for m in found:
        if out and out[-1].kind == SYSTEM_LABEL and m.start < out[-1].end:
            continue    # (the element's own mention, now inside the chain)
        symbol = _SYMBOL_AFTER.match(text, m.end) if m.kind == SYSTEM_LABEL \
            and _SHARE_LEFT_OPEN.search(m.text[-40:]) else None
        whole = text[m.start:symbol.end()] if symbol is not None else ""
        if symbol is not None and is_element_symbol(symbol.group(1)) and system_of(whole) is not None:
            m = Mention(SYSTEM_LABEL, whole, m.start, symbol.end(), m.term)
        out.append(m)
    return out


def _brackets_closed(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with a system cut before the bracket that closes one of its groups ('MgH2 + 10 wt% (Ni +
    CeO2' of '… (Ni + CeO2) absorbs …') reaching to it: a group of parts is written whole."""
    out = []
    for m in found:
        if m.kind == SYSTEM_LABEL and "(" in m.text and text.startswith(")", m.end) \
                and m.text.count("(") > m.text.count(")") and system_of(text[m.start:m.end + 1]) is not None:
            m = Mention(m.kind, text[m.start:m.end + 1], m.start, m.end + 1, m.term)
        out.append(m)
    return out


# "8 wt% (Ni + CeO2)", "10 wt% of (TiF3 and Nb2O5)": one loading written before a bracketed group of additives
_GROUP_LOADING = re.compile(rf"{AMOUNT_OF}$", re.I)
# what joins the members of such a group ('+', 'and', a comma, '&', a dash); not '/', which puts one on the other
_GROUP_JOIN = re.compile(r"\s*(?:\+|&|,\s*(?:and\s+)?|and|[–-])\s*")
_GROUP_WORD_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*")


def group_notation(word: str) -> str:
    """A bracketed group written with words between its members ('(Ni and CeO2)', '(Ni, Fe and CeO2)') as
    the notation's group ('(Ni + Fe + CeO2)'); any other word as it is."""
    if not (word.startswith("(") and word.endswith(")")) or word.count("(") != 1:
        return word
    return "(" + _GROUP_WORD_JOIN.sub(" + ", word[1:-1]).strip() + ")"


def _loaded_groups(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with a bracketed group of additives that one loading is written before ('Adding 8 wt% (Ni +
    CeO2) to MgH2', 'with 10 wt% (TiF3 and Nb2O5)') one SYSTEM mention of the group, brackets included: the
    loading is the group's, not its first member's (the sample is MgH2–8 wt% (Ni–CeO2))."""
    out = list(found)
    for opened in re.finditer(r"\(", text):
        start = opened.start()
        end = text.find(")", start)
        if end < 0 or "(" in text[start + 1:end] or not _GROUP_LOADING.search(text, max(0, start - 30), start):
            continue
        inside = [m for m in out if m.start > start and m.end <= end]
        if not inside or any(m.kind not in (SYSTEM_LABEL, "Material") for m in inside) \
                or any(m.start < start < m.end or m.start < end < m.end for m in out) \
                or text[start + 1:inside[0].start].strip() or text[inside[-1].end:end].strip() \
                or any(not _GROUP_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(inside, inside[1:])):
            continue
        word = text[start:end + 1]
        group = system_of(group_notation(word))
        if group is None or len(group.components) < 2:
            continue
        joined = Mention(SYSTEM_LABEL, word, start, end + 1, inside[0].term)
        at = out.index(inside[0])
        out = [m for m in out if m not in inside]
        out.insert(at, joined)
    return out


# a loading that opens a sentence or a bracket, or follows an article, then a notation of parts ('5 wt% V2C/Ti3C2–MgH2
# releases …', 'The 33 wt% LiBH4/CMK-3 composite'): after a verb or 'of' the same words are a value ('released 5 wt% …')
# (AMOUNT_OF's number may start inside a longer one: the look-behind keeps a whole number)
_OPENING_LOADING = re.compile(r"(?:^|(?<=[.;:!?(]\s)|(?<=\()|(?<=\b[Tt]he\s)|(?<=\b[Aa]\s)|(?<=\b[Aa]n\s))"
                             rf"(?<![\d.]){AMOUNT_OF}$")
_PARTS_JOINED = re.compile(r"[A-Za-z0-9)\]][–/@+:-]\s?[A-Z(\d]")


def _loading_before(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with a notation of two or more parts written after its first part's loading ('5 wt% Ni–MgH2', '5 wt%
    V2C/Ti3C2–MgH2') one mention with the loading: ``ontology.system`` gives it to that part, the additive, which the
    notation alone would lose."""
    out = []
    for m in found:
        loading = _OPENING_LOADING.search(text, max(0, m.start - 40), m.start) \
            if m.kind == SYSTEM_LABEL and _PARTS_JOINED.search(m.text) else None
        whole = text[loading.start():m.end] if loading is not None else ""
        system = system_of(whole) if whole else None
        # (on an additive only: a share before the hydride that opens the notation is read as its capacity, 'the
        # 11.4 wt% 2LiBH4–MgH2 composite', by ingest.extraction.text.quantity_text)
        if system is not None and any(c.amount is not None and c.amount.unit != "ratio" for c in system.additives):
            m = Mention(SYSTEM_LABEL, whole, loading.start(), m.end, m.term)
        out.append(m)
    return out


@cache
def _tool_after() -> re.Pattern[str]:
    """The ontology's nouns of a preparation tool right after a material ('copper wheel', 'Al2O3 crucible'), as a
    whole word ('WC balls', never 'ball-milled')."""
    words = vocabulary().scheme_alternation("ApparatusNoun", ("PreparationTool",))
    return re.compile(rf"\s+{words}(?![\w-])", re.I)



@cache
def _structure_labels() -> frozenset[str]:
    """The lattice and structure-type abbreviations of the ontology's StructureLabel scheme ('BCC', 'C14')."""
    return frozenset(vocabulary().scheme_words("StructureLabel"))


# a molar energy's unit right before the formula unit it counts per ('40 kJ/mol BH4', '55 kJ mol−1 AlH4', '30 kJ per
# mole of BH4')
_PER_MOLE_BEFORE = re.compile(r"\d\s*(?:kJ|J|kcal|cal|eV)\s*(?:/\s*mol(?:e)?|\s+per\s+mol(?:e)?(?:\s+of)?"
                              r"|\s*mol(?:e)?\s*(?:\^?\s*[-−–]\s*1|⁻¹|\(\s*[-−–]\s*1\s*\)))\s+$", re.I)


def _without_formula_units(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without a group of non-metals written as the formula unit of a molar energy ('40 kJ/mol BH4'): the
    anion the energy is counted per, no material of a sample (a compound with its metal, '74 kJ/mol LiBH4', stays)."""
    # (the unit looked for first: a cheap search of a few characters, the formula read only after one)
    return [m for m in found if not (m.kind in ("Material", SYSTEM_LABEL)
                                     and _PER_MOLE_BEFORE.search(text, max(0, m.start - 30), m.start)
                                     and _nonmetals_only(m.text))]


def _nonmetals_only(written: str) -> bool:
    """Is ``written`` a formula of non-metals alone ('BH4', 'NH2', 'B12H12')?"""
    try:
        symbols = set(parse_formula(written).elements)
    except (FormulaError, ValueError):
        return False
    return bool(symbols) and symbols <= NONMETALS


# the word after a mention ('lithium| titanate')
_WORD_AFTER_NAME = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _without_unread_compounds(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without an element's name that begins a compound's name the ontology does not know ('potassium
    hexahydroborate', 'lithium titanate', 'sodium amide'): the two words name one compound, never the bare metal (a
    known name, 'lithium amide', is one mention already)."""
    out = []
    for m in found:
        if m.kind == "Material" and is_element_name(m.text) \
                and (w := _WORD_AFTER_NAME.match(text, m.end)) is not None and anion_like(w.group(1)):
            continue
        out.append(m)
    return out


def _compounds_joined(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with each binary compound named in words ('cobalt boride', 'iron(III) chloride') one Material
    mention in place of the element's and the anion class's: the term of its formula where the ontology
    has one, else none (``material_system`` reads the name). A mention reaching beyond the name ('lithium
    aluminium hydride') or one that is the whole name already (a term's label, 'titanium dioxide') stays."""
    names = compound_names(text)
    if not names:
        return found
    out = list(found)
    for start, end, name in names:
        inside = [m for m in out if m.start < end and m.end > start]
        if any(m.start < start or m.end > end or m.start == start and m.end == end for m in inside):
            continue
        term = vocabulary().by_formula(name.formula) if name.formula else None
        joined = Mention("Material", text[start:end], start, end, term.id if term is not None else None)
        out = [m for m in out if not (m.start < end and m.end > start)]
        out.insert(next((i for i, m in enumerate(out) if m.start > start), len(out)), joined)
    return out
