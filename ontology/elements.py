"""Element groups: chemistry, not vocabulary. They decide which additive can enter a host's lattice,
which one reacts with it and which one only catalyses, wherever the ontology's rules need it."""
from __future__ import annotations

import re

from .text_memo import per_document

# Transition metals (d block, with the lanthanides): their compounds catalyse, they are not the
# storage medium, and their binary hydrides (TiH2, VH0.81, CeH2) form no compound with MgH2.
TRANSITION = frozenset(
    "Sc Ti V Cr Mn Fe Co Ni Cu Zn Y Zr Nb Mo Tc Ru Rh Pd Ag Cd Hf Ta W Re Os Ir Pt Au Hg "
    "La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu".split())
# Cations of ionic salts: their halides dissolve into a borohydride's lattice (NaI, KI, MgI2 in LiBH4)
ALKALI = frozenset("Li Na K Rb Cs".split())
ALKALINE_EARTH = frozenset("Be Mg Ca Sr Ba".split())
# Non-metals and metalloids: an element outside this set makes a compound a metal's (a "metal"
# additive, a metal halide); D and T are hydrogen's isotopes.
NONMETALS = frozenset("H D T He B C N O F Ne Si P S Cl Ar Ge As Se Br Kr Sb Te I Xe At Rn".split())
HALOGENS = frozenset("F Cl Br I At".split())
# Elements that are gases at room temperature, written as their molecules (Ar, He, H2, N2): what a milling
# or heating is done under, never a component of a solid sample
GASEOUS = frozenset("He Ne Ar Kr Xe Rn H2 D2 N2 O2 F2 Cl2".split())


def cation_charge(symbol: str) -> int | None:
    """The charge of the cation an alkali (1) or alkaline-earth metal (2) forms in its salts; None for any other
    element (a transition metal's cation takes several charges)."""
    return 1 if symbol in ALKALI else 2 if symbol in ALKALINE_EARTH else None


_VARIABLE_OXYGEN = re.compile(r"O[xyz](?![a-z])")


@per_document(maxsize=4096)
def formula_symbols(formula: str | None) -> frozenset[str]:
    """The element symbols a formula is written with, read off its capitals ('Mg(BH4)2': Mg, B, H; 'Mg–25Ni': Mg,
    Ni), with no parse: a name no formula parser reads gives its symbols too."""
    return frozenset(_SYMBOL.findall(formula or ""))


_SYMBOL = re.compile(r"[A-Z][a-z]?")
# hydrogen written in a formula: an H no lower-case letter follows (which would make it Hf, Hg, Ho or He)
_HYDROGEN_WRITTEN = re.compile(r"H(?![a-z])")


def written_with_hydrogen(formula: str) -> bool:
    """Whether ``formula`` is written with hydrogen in it ('MgH2', 'Mg(BH4)2'; not 'Mg', 'HfO2')."""
    return _HYDROGEN_WRITTEN.search(formula) is not None


def hydrogen_itself(formula: str) -> bool:
    """H, H2, D2: hydrogen alone, the species a hydride stores and releases, never a part added to a sample."""
    elements = formula_symbols(formula)
    return bool(elements) and elements <= {"H", "D", "T"}


def hydroxide(formula: str) -> bool:
    """Is every hydrogen of ``formula`` a hydroxide's (LiOH, KOH, Mg(OH)2)? Its hydrogen is a proton, no stored
    hydride: next to a hydride it meets the hydridic hydrogen and leaves as H2 (LiH + LiOH → Li2O + H2)."""
    return re.search(r"OH(?![a-z])", formula) is not None and formula.count("H") == formula.count("OH")


@per_document(maxsize=4096)
def hydride_like(formula: str) -> bool:
    """Hydrogen together with a metal (MgH2, LiBH4, Li2NH) — not THF, NH3 or B2H6."""
    elements = formula_symbols(formula)
    if hydroxide(formula):
        return False  # a hydroxide (LiOH, Mg(OH)2): its hydrogen is no stored hydrogen
    # (oxygen with a variable count, 'NaTiOxH', reads as the letters 'Ox')
    if ("O" in elements or _VARIABLE_OXYGEN.search(formula)) and elements & TRANSITION:
        return False  # a transition-metal oxide that holds hydrogen (NaTiOxH): an oxide catalyst, no hydride
    return bool(elements & {"H", "D"}) and bool(elements - NONMETALS)


# an element symbol as a text writes it (capital, then an optional small letter), case-sensitive inside case-blind
# patterns: the one spelling the readers of swapped and substituted elements share
SYMBOL_WRITTEN = r"(?-i:[A-Z][a-z]?)"
