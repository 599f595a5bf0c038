"""Units: one pint registry for the project and the conversions to each property's canonical unit.

Canonical units are read from the ontology (``hkg:unitSymbol``); this module only knows how to turn
the spellings papers and instruments use ("S cm^-1", "mA h g−1", "kJ·mol−1", "wt.%", "°C") into pint
units, and how to convert.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

import pint

from .errors import UserError
from .text_memo import per_document
from .vocabulary import UnknownTermError, vocabulary

ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)  # generic in the magnitude type
# Mass and mole fractions are both dimensionless to pint; they get names of their own so that a
# value keeps saying which one it is. Amounts are never converted between them here.
ureg.define("wt_percent = 0.01 = wt% = wtpercent")
ureg.define("mol_percent = 0.01 = mol%")
# A cycle is a count here ("after 100 cycles", a cycle-number condition in its unit "1"); pint's own "cycle" is
# a turn of 2π radians, which made "100 cycles" the count 628.
ureg.define("cycle = 1 = cycles")
_MOLE_FRACTION = ureg.mol_percent
Q_ = ureg.Quantity


class UnitError(UserError, ValueError):
    """A unit that cannot be parsed or does not fit the property it is given for."""


# Bounds on the work one parse may cost. pint evaluates what it is given: '10^10^10' is 10^(10^10),
# computed for minutes. Real units are short and carry small integer exponents (cm^-1, m^3, s^-2).
MAX_UNIT_CHARS = 80
MAX_EXPONENT = 9
_POWER_SIGN = re.compile(r"\^\s*")
_EXPONENT = re.compile(r"[-+]?\s*\d+(?:\.\d+)?(?![\d.]|\s*\^|[eE]\d)")


# Spellings -> pint syntax. Order matters: longer, more specific patterns first.
# a temperature's unit as papers and indexing services write it: °C and its look-alikes (º is the ordinal sign,
# ˚ the ring), "℃", "degrees C", "degreesC", "deg. C", "degC", "Celsius" — spelled once for the readers of text
# that ask whether a number is a temperature ("at 115 degrees C upon …"), and for the unit parser below
CELSIUS_WRITTEN = r"(?:[°º˚]\s*C\b|℃|\bdeg(?:rees?|\.)?\s*(?:C\b|[Cc]elsius\b)|\bdegC\b|\b[Cc]elsius\b)"
# … or kelvin
TEMPERATURE_WRITTEN = rf"(?:{CELSIUS_WRITTEN}|K\b)"
# a duration's unit as a text writes it ("20 h", "30 min", "2 hrs"), for the readers that ask whether a number is a time
DURATION_WRITTEN = r"(?:s|sec|seconds?|min|minutes?|h|hrs?|hours?)"
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_REWRITES: list[tuple[str, str]] = [
    (r"<sup>\s*([^<]*)</sup>", r"^\1"),
    (r"<sub>\s*([^<]*)</sub>", r"\1"),
    (r"\\text\{([^}]*)\}", r"\1"),
    (r"\\mathrm\{([^}]*)\}", r"\1"),
    (r"\^\{([^}]*)\}", r"^\1"),
    (r"[\$\\]", ""),
    (r"[−–—‐]", "-"),
    # "kJ/(mol H2)", "kJ (mol H2)-1", "kJ/mol-H2": per mole of hydrogen written around the H2
    (r"/\s*\(\s*mol\s*-?\s*(?:H\s*-?\s*2|H₂)?\s*\)", "/mol"),
    (r"\(\s*mol\s*-?\s*(?:H\s*-?\s*2|H₂)\s*\)\s*\^?\s*(?:-\s*1|\(\s*-\s*1\s*\))", "mol^-1"),
    (r"\bmol\s*-?\s*(?:H\s*-?\s*2|H₂)\b", "mol"),   # also glued: "kJ/molH2"
    # "0.17 eV/H2", "0.1 eV per H2 molecule": an energy per hydrogen molecule is an energy per particle, as an
    # electronvolt (or a joule) already is to ``_per_particle``: the 'per H2' names the particle
    (r"(?<=eV)\s*(?:/|\bper\s+)\s*(?:H\s*-?\s*2|H₂)(?:\s*molecules?)?(?![\w/])", ""),
    # "kJ/molHz", "kJ/molnz", "J/(molHz K)": the subscript H2 of an OCR'd page, its 2 read as a 'z' (and the H as
    # an 'n'); no unit is a mole times a hertz
    (r"\bmol\s*[Hn]z\b", "mol"),
    # "kJ mole mol(-1)": an indexing service printing the word and then the symbol of the same mole (a mole
    # times a mole to the minus one measures nothing an author writes): the symbol with its exponent is meant
    (r"\bmoles?\s+(?=mol\s*\^?\s*\(?\s*[-−–])", ""),
    # "mol(-1)", "g (-1)", "cm^(-1)": an exponent in brackets, as indexing services print it
    (r"(?<=[A-Za-z%])\s*\^?\s*\(\s*([-+]?\s*\d+)\s*\)", r"^\1"),
    (r"\*\*", "^"),                    # one spelling of powers below ("m**2" is "m^2")
    # "J/mol·K", "J/mol.K", "W/m·K": a product after the slash is all denominator, as authors mean it
    (r"(/\s*[A-Za-z]+)\s*[·⋅.]\s*(?=[A-Za-z])", r"\1/"),
    # "J/mol K", "J/K mol": an entropy's kelvin or mole written after the slash with a space (joules, not kJ:
    # "kJ/mol K" may be an energy before a potassium)
    (r"\bJ\s*/\s*(mol|K)\s+(K|mol)\b", r"J/\1/\2"),
    (r"[·⋅•×*]", " "),
    (CELSIUS_WRITTEN, "degC"),
    # a PDF's superscript o read as a letter: "300 oC" (a unit alone, never a word of text here)
    (r"^o\s?C$", "degC"),
    (r"[°º˚]\s*K\b|\bdeg(?:rees?)?\s*K\b", "K"),
    # "wt pct": the metallurgists' spelling of the per cent
    (r"\b(?:wt|mass|weight)\s*\.?\s*-?\s*(?:%|pct\b)", "wt%"),
    # "5.5 % by weight", "% by mass": the per cent of the mass said in words after it
    (r"%\s*by\s+(?:weight|mass)\b", "wt%"),
    (r"\bmol\s*\.?\s*%", "mol%"),
    (r"\bat\s*\.?\s*%", "mol%"),
    # "gH2/L", "kgH2 m-3", "mgH2/g": the mass of hydrogen with the H2 glued to its unit (a volumetric or
    # gravimetric density); the H2 qualifies the gram as it does spaced, below
    (r"\b(kg|mg|g)(?:H\s*-?\s*2|H₂)(?![A-Za-z\d])", r"\1"),
    # "wt% H2", "kJ mol-1 H2", "kJ mol(-1) H-2" (an indexing service's H₂): the H2 qualifies, it is no unit
    (r"\bH\s*-?\s*2\b|\bH₂\b", ""),
    # "kj/mol", "KJ mol-1", "KJ.mol(-1)": the kilojoule in the wrong case (no unit is spelled kj; pint's "kj" is
    # nothing), also before a product dot and the mole (an indexing service's "KJ.mol(-1)", "KJ·mol−1")
    (r"\b[kK][jJ](?=\s*(?:/|(?:[.·⋅]\s*)?mol|per\b|\(|$))", "kJ"),
    # "Kcal/mole", "KCal mol-1": the kilocalorie with a capital K (older papers and indexing services; pint's
    # "Kcal" would be nothing, and no unit is a kelvin times a calorie)
    (r"\b[kK][cC]al(?=\s*(?:/|(?:[.·⋅]\s*)?mol|per\b|\(|$))", "kcal"),
    (r"\bmA\s*h\b", "mAh"),
    (r"\bAh\b", "A h"),
    (r"\bmAh\b", "mA h"),
    (r"μ|µ", "u"),
    (r"Å", "angstrom"),
    # "Ω-1 cm-1", "Ω⁻¹·cm⁻¹": a conductivity as a reciprocal ohm (older papers, ELN fields); the Greek capital
    # omega and the ohm sign both name pint's ohm, whose exponent the rule below then reads
    (r"[ΩΩ]", "ohm"),
    # "kJ (mol H2)−1", "kJ (mol H-2)(-1)": a bracketed unit with its exponent after the bracket
    (r"(?<=\))\s*\^?\s*\(?\s*(-\s*\d)\s*\)?", r"^\1"),
]


# Units as instruments' column rows spell them (EC-Lab 'Ohm', 'Ohm-1', 'mA.h', 'W.h'; Gamry 'ohm'), matched
# without case; what ``parse_unit`` reads as written needs no row ('mA.h'; 'µF': the micro sign is a rewrite above)
_INSTRUMENT_UNITS = {"ohm": "ohm", "ohm-1": "1/ohm", "deg": "degree"}


def instrument_unit(unit: str) -> str:
    """A unit as pint reads it: 'Ohm' -> 'ohm', 'Ohm-1' -> '1/ohm' (EC-Lab, Gamry); others unchanged
    ('mA.h', 'W.h': ``parse_unit`` reads the dot as a product itself)."""
    u = unit.strip()
    return _INSTRUMENT_UNITS.get(u.casefold(), u)


# (compiled once: through re's module-level calls they shared its cache with every other pattern of a paper's
# extraction, and were compiled again whenever it overflowed)
_REWRITE_PATTERNS = [(re.compile(pattern), repl) for pattern, repl in _REWRITES]


def _normalise_spelling(text: str) -> str:
    s = text.strip().translate(_SUPERSCRIPTS)
    for pattern, repl in _REWRITE_PATTERNS:
        s = pattern.sub(repl, s)
    # "cm-1", "cm^-1", "g −1": a unit followed by a signed exponent
    s = re.sub(r"([A-Za-z%])\s*\^?\s*(-\s*\d+|\d+)\b", lambda m: f"{m.group(1)}^{m.group(2).replace(' ', '')}", s)
    s = re.sub(r"\s+", " ", s).strip()
    # "S cm^-1" -> "S * cm^-1" (pint accepts spaces as multiplication already)
    return s


def _bounded(raw: str, spelled: str) -> None:
    """Refuse a unit whose evaluation would cost more than a unit can need (see MAX_EXPONENT)."""
    if len(raw) > MAX_UNIT_CHARS:
        raise UnitError(f"unit '{raw[:40]}…' is {len(raw)} characters long (at most {MAX_UNIT_CHARS}); "
                        "write the unit alone, like 'mS/cm' or 'kJ/mol'")
    for m in _POWER_SIGN.finditer(spelled):
        exp = _EXPONENT.match(spelled, m.end())
        if exp is None or abs(float(exp.group(0).replace(" ", ""))) > MAX_EXPONENT:
            raise UnitError(f"unit '{raw}' has an exponent that is not a small whole number (at most "
                            f"±{MAX_EXPONENT}, one per unit); write it like 'cm^-1' or 'm^3'")


@lru_cache(maxsize=2048)
def parse_unit(text: str) -> pint.Unit:
    """Parse a unit as papers and instruments write it. Raises UnitError naming the text."""
    if text is None or not str(text).strip():
        raise UnitError("empty unit: give the unit the value was measured in (e.g. 'degC', 'mS/cm')")
    raw = str(text)
    if len(raw) > MAX_UNIT_CHARS:
        _bounded(raw, "")
    spelled = _normalise_spelling(raw)
    _bounded(raw, spelled)
    if spelled in ("%",):
        return ureg.percent
    if spelled in ("1", ""):
        return ureg.dimensionless
    spelled = spelled.replace("%", " percent ").replace("wt percent", "wt_percent").replace(
        "mol percent", "mol_percent")
    try:
        parsed = ureg.parse_units(spelled.strip())
    except Exception as exc:  # noqa: BLE001 - pint's parser raises many kinds (TokenError …): all mean "not a unit"
        unglued = _unglued(raw)
        if unglued is not None:
            return parse_unit(unglued)
        raise UnitError(f"unit '{raw}' is not understood ({exc}); write it like 'mS/cm', 'kJ/mol', "
                        f"'wt%', 'degC', 'mAh/g'") from None
    if "grain" in unit_factors(parsed):
        # pint's 'gr' is the grain (64.8 mg), a unit of no laboratory here: 'mAh/gr' is someone's gram, and read
        # as a grain it stored 15.4 times the capacity
        raise UnitError(f"unit '{raw}' has 'gr', to pint a grain (64.8 mg); write 'g' for a gram, like 'mAh/g'")
    return parsed


# A word of unit symbols run together before an exponent, as text copied from a PDF prints
# "S cm⁻¹" or "kJ mol⁻¹": "Scm−1", "mScm-1", "kJmol-1", "mAhg-1".
# (a first part with its power glued too: "m2g-1", "cm3g-1" are m2 g-1, cm3 g-1)
_GLUED_BEFORE_EXPONENT = re.compile(r"^(?P<word>[A-Za-zµμΩ](?:[A-Za-zµμΩ]|"
                                    r"\d(?=[A-Za-z])){2,7})(?P<exp>\s?(?:\^\s?)?\(?\s?[-−–]\s?\d\s?\)?)$")


def _unglued(raw: str) -> str | None:
    """'Scm-1' -> 'S cm-1', 'mAhg-1' -> 'mAh g-1': a word that pint does not know, before a negative
    exponent, split in two words it knows: a unit with a capital (S, mS, kJ, mAh: units named after
    people) and then, in lower case, the length, mass, amount or time the exponent divides by. The
    exponent is the evidence that the word is units run together; without one nothing is split.
    The longest first part wins ("mAh g", not "mA hg")."""
    m = _GLUED_BEFORE_EXPONENT.match(raw.strip())
    if m is None:
        return None
    word = m.group("word")
    for cut in range(len(word) - 1, 0, -1):
        head, tail = word[:cut], word[cut:]
        divides = _dimension(tail)
        if tail.islower() and (not head.islower() or head[-1].isdigit()) and divides is not None \
                and _DIVISOR_DIMENSIONS.get(divides) \
                and _dimension(head) is not None:
            return f"{head} {tail}{m.group('exp')}"
    return None


_DIVISOR_DIMENSIONS = {"[length]": True, "[mass]": True, "[substance]": True, "[time]": True}


@lru_cache(maxsize=256)
def _dimension(word: str) -> str | None:
    """The dimension of a unit word as pint prints it ('[length]'), or None when it is no unit."""
    try:
        return str(parse_unit(word).dimensionality)
    except UnitError:
        return None


def canonical_unit(key: str) -> str:
    """Canonical unit symbol (public spelling) of a property or condition key."""
    term = vocabulary().property(key)
    if not term.unit:
        raise UnknownTermError(f"ontology gives no unit for '{key}'")
    return term.unit


def _symbol_to_unit(symbol: str) -> pint.Unit:
    return parse_unit(symbol)


def to_canonical(key: str, value: float, unit: str) -> float:
    """Convert ``value`` in ``unit`` to the canonical unit of property/condition ``key``.

    Raises UnitError if the unit's dimension does not fit the property (e.g. 'kJ/mol' for a
    temperature) and names both.
    """
    # (a document's values are converted again by each reader and model that takes them: once per document; a
    # zero is converted as it is, since a memo would give 0.0 for -0.0, which are equal keys)
    return _converted(key, value, unit) if value else _conversion(key, value, unit)


@per_document(maxsize=4096)
def _converted(key: str, value: float, unit: str) -> float:
    return _conversion(key, value, unit)


def _conversion(key: str, value: float, unit: str) -> float:
    target = canonical_unit(key)
    src = parse_unit(unit)
    dst = _symbol_to_unit(target)
    if src == dst:
        # already canonical: pint would still run its conversion machinery (for offset units like
        # degC ~0.1 ms a call, and most values of a paper arrive in their canonical unit)
        return float(f"{float(value):.12g}")
    # wt% vs % : both dimensionless; a plain percent for a mass fraction is accepted as wt%. A mole fraction is
    # no mass fraction and no plain per cent ("NH3 release (<0.01 mol%)" is no capacity of 0.01 wt%): turning
    # one into the other needs the molar masses of what is counted
    shown = unit_text(target)       # as the pages print it: '°C', not 'degC'
    if (src == _MOLE_FRACTION) != (dst == _MOLE_FRACTION):
        raise UnitError(f"unit '{unit}' (a mole fraction) does not fit '{key}', which is measured in {shown}"
                        if src == _MOLE_FRACTION else f"unit '{unit}' does not fit '{key}', a mole fraction ({shown})")
    if _angle(src) and not _angle(dst):
        # pint's degree, radian, turn and revolution are plain numbers: '100 turns' of a cycle count was 628,
        # '90 deg' of an efficiency 1.57 %, '100 rpm' of a C-rate 37,699 per hour; no property here is an angle
        raise UnitError(f"unit '{unit}' is an angle or a turn (to pint a plain number); '{key}' is measured in "
                        f"{shown}" + (": give the count alone, like '100' or '100 cycles'" if _counts(key) else ""))
    if _counts(key) and src.dimensionless and Q_(1, src).to(ureg.dimensionless).magnitude != 1:
        # a count has no per cent or ppm: '100 %' of a cycle number was 1 cycle, '100 ppm' 0.0001
        raise UnitError(f"unit '{unit}' is a fraction; '{key}' is a count: give the number alone, like '100' "
                        "or '100 cycles'")
    if _per_cycle(src) and not _per_cycle(dst):
        # "0.002 wt% per cycle" is a rate of loss, no share: a cycle counts (above), so pint would take it for 0.002 %
        raise UnitError(f"unit '{unit}' is a rate per cycle; '{key}' is measured in {shown}")
    try:
        q = Q_(float(value), src)
        # 12 significant digits: enough for any measurement, and 0.35 stays 0.35 after meV -> eV
        return float(f"{q.to(dst).magnitude:.12g}")
    except pint.errors.DimensionalityError:
        per_particle = _per_particle(q, dst)
        if per_particle is not None:
            return float(f"{per_particle:.12g}")
        raise UnitError(f"unit '{unit}' does not fit '{key}', which is measured in {shown}"
                        + _coulomb_hint(src, dst)) from None
    except pint.errors.OffsetUnitCalculusError as exc:  # pragma: no cover - guarded by registry flag
        raise UnitError(f"cannot convert '{unit}' for '{key}': {exc}") from None


def _coulomb_hint(src: pint.Unit, dst: pint.Unit) -> str:
    """What a 'C' (to pint a coulomb) typed for a temperature or a C-rate meant, and how to write it."""
    if src != ureg.coulomb:
        return ""
    if dst.dimensionality == ureg.parse_units("1/h").dimensionality:
        return "; a C-rate '0.1C' is written '0.1 1/h' (C/10 is 0.1 per hour)"
    if dst.dimensionality == ureg.parse_units("K").dimensionality:
        return "; 'C' is a coulomb: write degrees Celsius as '°C' or 'degC'"
    return ""


def unit_factors(unit: pint.Unit) -> dict[str, float]:
    """The named units a unit is a product of, with their powers ('W h/L': watt 1, hour 1, liter -1): read through a
    quantity of it, since pint gives a Unit no public view of its factors."""
    return {name: float(power.real) for name, power in ureg.Quantity(1, unit).unit_items()}


def _angle(unit: pint.Unit) -> bool:
    """Whether a unit holds an angle (degree, radian, turn, revolution: pint's root of each is the radian)."""
    return "radian" in unit_factors(ureg.get_root_units(unit)[1])


def _counts(key: str) -> bool:
    """Whether property or condition ``key`` is a count (the cycle number: QUDT's quantity kind Count)."""
    kind = vocabulary().property(key).quantity_kind or ""
    return kind.rsplit("/", 1)[-1] == "Count"


def _per_cycle(unit: pint.Unit) -> bool:
    return unit_factors(unit).get("cycle", 0) < 0


def _exponent(dims: Any, dimension: str) -> int:
    return int(round(float(dict(dims).get(dimension, 0))))


def _per_particle(q: pint.Quantity[Any], dst: pint.Unit) -> float | None:
    """An energy per mole in a unit per particle, or back (32 kJ/mol is 0.33 eV per ion): the two differ
    by Avogadro's number only, and papers give one activation energy in either. None for other units."""
    # exponents of [substance] are small integers here; pint types them as any number
    src_substance = _exponent(q.dimensionality, "[substance]")
    dst_substance = _exponent(dst.dimensionality, "[substance]")
    substance = src_substance - dst_substance
    if substance not in (-1, 1) or src_substance not in (-1, 0) or dst_substance not in (-1, 0):
        # a unit with an amount in its numerator ("kJ mol", a lost minus of 'kJ mol⁻¹') is no energy per
        # particle or per mole: taken as one it would be 10^24 too large
        return None
    if not _per_particle_energy(q.units if src_substance == 0 else dst):
        # an energy per particle is given in electronvolts (or, by a physicist, in joules: 5e-20 J); kilojoules
        # and calories are heats of a mole ('75 kJ' typed for 75 kJ/mol): as energies per particle, 4.5e25 kJ/mol
        return None
    try:
        scaled = q / ureg.avogadro_constant if substance == -1 else q * ureg.avogadro_constant
        return float(scaled.to(dst).magnitude)
    except pint.errors.DimensionalityError:
        return None


def _per_particle_energy(unit: Any) -> bool:
    names = unit_factors(unit)
    return names == {"joule": 1} or any(name.endswith("electron_volt") for name in names)


@lru_cache(maxsize=4096)
def is_compatible(key: str, unit: str) -> bool:
    """Whether ``unit`` measures property/condition ``key`` (cached: extraction asks for the same few
    pairs thousands of times, and each answer costs a pint conversion)."""
    try:
        to_canonical(key, 1.0, unit)
        return True
    except UnitError:
        return False


def quantity(value: float, unit: str) -> pint.Quantity[Any]:
    return Q_(float(value), parse_unit(unit))


# Unit symbols as papers print them in a quotient ("kJ mol−1", "mAh g−1", "mS cm−1"), by their place: what is
# measured (energy, charge, conductance, current, power, volume, area) and what it is divided by (amount,
# mass, length, temperature, time). ``ingest.extraction.text.pdf_copy`` reads with them the minus a PDF copy lost ("kJ
# mol1").
MEASURED_SYMBOLS = ("kJ", "J", "MJ", "kcal", "cal", "eV", "meV", "mS", "µS", "μS", "S", "mAh", "Ah", "μAh", "µAh",
                    "mA", "μA", "µA", "A", "kW", "mW", "W", "Wh", "mWh", "kWh", "cm3", "cm2", "m2", "mL", "L")
DIVIDING_SYMBOLS = ("mol", "kg", "mg", "g", "cm", "mm", "m", "K", "h", "min", "s")


# The words before a per cent sign that make it a fraction of a sample ("5 wt% Ni", "5 mass% Ni", "10 vol.% C",
# "2 at % Ti", "10 v/v % LiI", "2 mole% CNT", "2 w/w% Ni"), each with the fraction it names: a mass fraction is
# written "wt" whatever word the paper used. ``ingest.extraction.text.amounts`` builds its one pattern of an additive's
# amount from them.
FRACTION_WORDS: dict[str, str] = {"wt": "wt", "mass": "wt", "w/w": "wt", "wt/wt": "wt", "mol": "mol", "mole": "mol",
                                  "at": "at", "vol": "vol", "v/v": "vol"}

# The words before a share noun that say which fraction it is ("the volume fraction of ZrO2 is 38%", "a molar
# fraction of 0.2"), each with the fraction it names, as ``FRACTION_WORDS`` does for a per cent's word.
SHARE_KIND_WORDS: dict[str, str] = {"volume": "vol", "volumetric": "vol", "weight": "wt", "mass": "wt",
                                    "molar": "mol", "mole": "mol", "atomic": "at"}

# Units people enter by hand, offered in forms; ``unit_choices`` keeps those that fit a key.
# (Any other spelling ``parse_unit`` understands is still accepted when typed.)
ENTRY_UNITS = ("degC", "K", "degF", "kJ/mol", "J/mol", "kcal/mol", "eV", "meV", "wt%", "%",
               "mS/cm", "S/cm", "S/m", "uS/cm", "mAh/g", "Ah/kg", "mA/cm2", "A/cm2", "uA/cm2",
               "nm", "um", "angstrom", "wt%/min", "wt%/h", "wt%/s", "s", "min", "h",
               "bar", "MPa", "kPa", "atm", "Pa", "K/min", "degC/min", "rpm", "mA/g", "A/g",
               "W/cm2", "mW/cm2", "W")


def unit_choices(key: str) -> list[str]:
    """Units that fit a property or condition, its canonical unit first."""
    target = canonical_unit(key)
    return [target] + [u for u in ENTRY_UNITS if u != target and is_compatible(key, u)]


def unit_of_unece(code: str) -> str | None:
    """The pint unit a UN/CEFACT common code names ('CEL' -> 'degC'), or None: the codes are the
    ``qudt:uneceCommonCode`` of the ontology's QUDT units (what schema.org's ``unitCode`` asks for);
    a code the ontology does not list is not guessed at."""
    return vocabulary().unit_of_unece(code)


# Digits and signs as superscripts (exponents of units and of powers of ten; display shares it).
SUPERSCRIPT = str.maketrans("0123456789+-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻")


def number_text(value: float, digits: int = 4) -> str:
    """A number as a chemist writes it: '205', '0.0012', '830', '1.2 × 10⁻⁴', never '1.2e-04' or
    '8.3e+02' (Python's ``g`` format turns to e-notation below 10⁻⁴ and from 10^digits on).
    ``digits`` significant digits."""
    v = float(value)
    if v == 0 or not math.isfinite(v):
        return f"{v:g}"
    if 1e-3 <= abs(v) < 10 ** digits:
        return f"{v:.{digits}g}"
    if 10 ** digits <= abs(v) < 1e6:           # whole, rounded to the same significant digits
        return f"{float(f'{v:.{digits}g}'):.0f}"
    mantissa, exponent = f"{v:.{digits - 1}e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    power = "10" + str(int(exponent)).translate(SUPERSCRIPT)
    return power if mantissa == "1" else f"{mantissa} × {power}"


def range_text(value: float, high: float | None = None, digits: int = 4) -> str:
    """A value, or a range when it has an upper end: '300', '250–300' (``number_text`` of each end)."""
    return number_text(value, digits) + (f"–{number_text(high, digits)}" if high is not None else "")


def plus_minus_text(uncertainty: float | None, digits: int = 4) -> str:
    """' ± 3' after a value given with its uncertainty ('72 ± 3 kJ/mol'); '' when none was given."""
    return f" ± {number_text(uncertainty, digits)}" if uncertainty is not None else ""


# ------------------------------------------------------------------ units as they are printed
# The one spelling of units people read: the pages, the reports and every refusal ('measured in °C', not 'degC').
# Unit names whose printed symbol differs from their pint spelling (everything else prints as spelled).
_SYMBOLS = {"degC": "°C", "degF": "°F", "celsius": "°C", "delta_degC": "°C", "delta_degF": "°F",
            "angstrom": "Å", "ohm": "Ω", "percent": "%",
            "wt%": "wt %", "mol%": "mol %", "at%": "at %", "vol%": "vol %", "wt_percent": "wt %",
            "mol_percent": "mol %",
            "um": "µm", "uS": "µS", "uA": "µA", "us": "µs", "ug": "µg", "uL": "µL"}
_NO_UNIT = {"", "1", "dimensionless"}
# A unit spelling: names (with an optional exponent: cm2, m**2, s^-1), '/', '*', spaces, brackets.
_TOKEN = re.compile(r"\s*(?:(?P<name>[A-Za-zµ°%_]+%?)(?:\s*(?:\*\*|\^)\s*(?P<exp>-?\d+)|(?P<tail>\d+))?"
                    r"|(?P<op>[*/·()])|(?P<one>1))")


@lru_cache(maxsize=512)
def unit_text(unit: str | None) -> str:
    """A unit as it is printed: 'kJ/mol' → 'kJ mol⁻¹', 'degC' → '°C', 'J/(mol*K)' → 'J mol⁻¹ K⁻¹',
    'm**2/g' → 'm² g⁻¹', 'wt%' → 'wt %'; no unit ('dimensionless', '1') → ''. A spelling it does not
    follow is shown as it is (never an error: this only shows)."""
    if unit is None or str(unit).strip() in _NO_UNIT:
        return ""
    factors = _factors(str(unit).strip())
    if factors is None:
        return str(unit)
    up = [f"{_SYMBOLS.get(n, n)}{_power(e)}" for n, e in factors if e > 0]
    down = [f"{_SYMBOLS.get(n, n)}{_power(e)}" for n, e in factors if e < 0]
    return " ".join(up + down)


def _power(exp: int) -> str:
    return "" if exp == 1 else str(exp).translate(SUPERSCRIPT)


def _factors(text: str) -> list[tuple[str, int]] | None:
    """(name, exponent) in writing order, '/' negating the next factor or bracketed group; None
    when the text is not a product of powers."""
    out: list[tuple[str, int]] = []
    sign, pos = 1, 0
    stack: list[int] = []       # the sign of each open bracket
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            return None
        pos = m.end()
        outer = stack[-1] if stack else 1
        if m.group("op") == "/":
            sign = -1
        elif m.group("op") == "(":
            stack.append(outer * sign)
            sign = 1
        elif m.group("op") == ")":
            if not stack:
                return None
            stack.pop()
            sign = 1
        elif m.group("name"):
            exp = int(m.group("exp") or m.group("tail") or 1)
            out.append((m.group("name"), outer * sign * exp))
            sign = 1
        # a bare '1' ('1/h') is no factor: the '/' after it makes the next one negative
    return out if not stack else None


@lru_cache(maxsize=1)
def _unit_after_number() -> re.Pattern[str]:
    spelled = {*ENTRY_UNITS, *(t.unit for t in vocabulary().terms() if t.unit)} - _NO_UNIT
    alternatives = "|".join(re.escape(u) for u in sorted(spelled, key=len, reverse=True))
    # (after a digit, or after the power of ten ``number_text`` writes: '2 × 10⁻⁴ mS/cm')
    return re.compile(rf"(?<=[\d⁰¹²³⁴⁵⁶⁷⁸⁹] )(?:{alternatives})(?![\w/%*])")


def units_in_text(text: str | None) -> str:
    """Units after numbers in a sentence printed typographically ('21.65 mA/cm2' → '21.65 mA cm⁻²',
    '±30 degC' → '±30 °C'); the other words are left alone."""
    if not text:
        return ""
    return _unit_after_number().sub(lambda m: unit_text(m.group(0)), str(text))


@per_document(maxsize=4096)   # (unit texts come from the document: emptied with it)
def factor_kinds(unit: str) -> tuple[tuple[tuple[str, Any], ...], ...] | None:
    """The dimensions of a unit's numerator and of its denominator ('Wh/L' and 'W h/L': energy over volume; 'MPa':
    a pressure over nothing): what a unit is built of, which its overall dimension does not tell (J/m³ is a pascal).
    Remembered per unit text: it is asked for every candidate key of every value."""
    try:
        u = parse_unit(unit)
    except UnitError:
        return None
    parts = [parse_unit("1"), parse_unit("1")]
    for name, power in unit_factors(u).items():
        parts[1 if power < 0 else 0] *= parse_unit(name) ** abs(power)
    return tuple(tuple(sorted(dict(p.dimensionality).items())) for p in parts)
