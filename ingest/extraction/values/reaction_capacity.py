"""The hydrogen a written reaction stores, computed from its formulas: 'MgH2 + 2LiBH4 → MgB2 + 2LiH + 4H2' gives off
4 H2 per 69.9 g of reactants (11.5 wt%), 'Mg2Ni + 2H2 → Mg2NiH4' takes up 2 H2 per 111.3 g of hydride (3.6 wt%).

A table that writes each row's reaction pathway beside an 'H2 capacity' column gives the reaction's capacity: when
the cell holds the number the reaction's formulas give, it was computed from them, not measured (a measured
capacity falls short of it, or is said to be measured: a 'E' flag). The figures are the ontology's molar masses
(ontology.formula), never typed in.
"""
from __future__ import annotations

import re
from fractions import Fraction

from ontology.capacity import CapacityError, hydrogen_content, theoretical_li_capacity
from ontology.formula import FormulaError, parse_formula
from ontology.models import MaterialSystem

from .reactions import reactions, side_terms

_H2 = re.compile(r"[HD]2")
# how close a cell must come to the computed figure: tables round to one decimal (3.6 for 3.62), authors drop a
# second (7.6 for 7.66) and older molar masses or rounded steps shift the last digit (11.4 for 11.54)
FIGURE_ROUNDING = 0.15
# the same for a Li conversion capacity (mAh/g), relative: a table writes it to the unit (2119 for 2118.5) and older
# molar masses shift it by a unit or two (2038 for MgH2's 2036.5); measured capacities lie tens of mAh/g off
_LI_ROUNDING = 0.001


def _side(terms: list) -> tuple[float, float, dict[str, float]] | None:
    """(molar mass of the side without its free hydrogen, moles of free H2 on it, its atoms)."""
    mass = h2 = 0.0
    atoms: dict[str, float] = {}
    for n, formula in terms:
        try:     # (a symbolic count, 'LaHx', has no figure: the reaction gives none)
            parsed = parse_formula(formula)
            composition, molar_mass = parsed.composition, parsed.molar_mass
        except (FormulaError, ValueError):
            return None
        for element, count in composition.items():
            atoms[element] = atoms.get(element, 0.0) + n * count
        if _H2.fullmatch(formula):
            h2 += n
        else:
            mass += n * molar_mass
    return mass, h2, atoms


def _balanced(a: dict[str, float], b: dict[str, float]) -> bool:
    """Do two sides hold the same atoms? (An unbalanced equation, 'Mg2Cu + H2 → MgH2 + MgCu2', gives no figure.)"""
    return a.keys() == b.keys() and all(abs(a[e] - b[e]) <= 1e-6 * max(1.0, a[e]) for e in a)


def reaction_capacities(text: str) -> list[float]:
    """wt% H2 of each balanced step of the reactions written in ``text``: what a product side gives off over the
    first reactant side's mass (a chain 'A → B + H2 → C + 2H2' counts from A), or what a reactant side takes up
    over the mass of the hydride it forms."""
    out = []
    first = None
    h2_mass = 2 * parse_formula("H").molar_mass
    for reactants, (start, end) in reactions(text):
        left, right = side_terms(reactants), side_terms(text[start:end])
        lhs = _side(left) if left and None not in left else None
        rhs = _side(right) if right and None not in right else None
        if lhs is None or rhs is None:
            continue
        first = first or lhs
        if not _balanced(lhs[2], rhs[2]) and not _balanced(first[2], rhs[2]):
            # (a step written without its coefficients, 'Mg2Cu + H2 → MgH2 + MgCu2': the capacity its author
            # computed is that of the one balanced equation of the same formulas, 2Mg2Cu + 3H2 → 3MgH2 + MgCu2)
            out += _balanced_step_capacity(left, right, h2_mass) + _as_written_capacity(lhs, rhs, h2_mass)
            continue
        if rhs[1] > first[1] and first[0] > 0 and _balanced(first[2], rhs[2]):
            out.append(100 * (rhs[1] - first[1]) * h2_mass / first[0])     # given off
        if lhs[1] > rhs[1] and rhs[0] > 0 and _balanced(lhs[2], rhs[2]):
            out.append(100 * (lhs[1] - rhs[1]) * h2_mass / rhs[0])         # taken up
    return out


def _balanced_step_capacity(left: list, right: list, h2_mass: float) -> list[float]:
    """wt% H2 a step gives off or takes up once its formulas are given the coefficients that balance them — only
    where exactly one set of coefficients does (a step of four formulas over five elements may balance many ways,
    or none: it gives no figure)."""
    coefficients = balancing_coefficients([f for _, f in left], [f for _, f in right])
    if coefficients is None:
        return []
    n = len(left)
    lhs = _side([(float(c), f) for c, (_, f) in zip(coefficients[:n], left)])
    rhs = _side([(float(c), f) for c, (_, f) in zip(coefficients[n:], right)])
    if lhs is None or rhs is None:
        return []
    if rhs[1] > lhs[1] and lhs[0] > 0:
        return [100 * (rhs[1] - lhs[1]) * h2_mass / lhs[0]]
    if lhs[1] > rhs[1] and rhs[0] > 0:
        return [100 * (lhs[1] - rhs[1]) * h2_mass / rhs[0]]
    return []


def _as_written_capacity(lhs: tuple[float, float, dict[str, float]], rhs: tuple[float, float, dict[str, float]],
                         h2_mass: float) -> list[float]:
    """wt% H2 of a step that does not balance, counted with the H2 coefficient its author wrote: what the written
    H2 is of the written reactants and that hydrogen together (taken up), or of the written reactants (given off).
    A table's capacity is often computed from its own equation, a miscounted H2 and all ('Mg17Al12 + 18H2 →
    4Mg2Al3 + 9MgH2' gives 18 H2 over 773 g, 4.7 wt%, where the atoms balance with 9 H2) — only where every other
    element balances as written, the hydrogen alone miscounted ('Mg + H2 → Mg2NiH4' lacks its Ni: no figure)."""
    if not _balanced(_without_hydrogen(lhs[2]), _without_hydrogen(rhs[2])):
        return []
    if lhs[1] > rhs[1] and lhs[0] > 0:
        taken = (lhs[1] - rhs[1]) * h2_mass
        return [100 * taken / (lhs[0] + taken)]
    if rhs[1] > lhs[1] and lhs[0] > 0:
        return [100 * (rhs[1] - lhs[1]) * h2_mass / lhs[0]]
    return []


def _without_hydrogen(atoms: dict[str, float]) -> dict[str, float]:
    return {e: n for e, n in atoms.items() if e not in ("H", "D")}


def balancing_coefficients(left: list[str], right: list[str]) -> list[Fraction] | None:
    """The one set of positive coefficients (smallest whole numbers) that balances ``left`` → ``right``, else None
    (none does, or the formulas balance in more than one proportion)."""
    try:
        atoms = [parse_formula(f).composition for f in (*left, *right)]
    except (FormulaError, ValueError):
        return None
    elements = sorted({e for a in atoms for e in a})
    signs = [1] * len(left) + [-1] * len(right)
    matrix = [[Fraction(a.get(e, 0)).limit_denominator(1000) * s for a, s in zip(atoms, signs)] for e in elements]
    basis = _null_space(matrix, len(atoms))
    if len(basis) != 1 or not (all(x > 0 for x in basis[0]) or all(x < 0 for x in basis[0])):
        return None
    v = [abs(x) for x in basis[0]]
    scale = 1
    for x in v:
        scale = scale * x.denominator // _gcd(scale, x.denominator)
    v = [x * scale for x in v]
    common = 0
    for x in v:
        common = _gcd(common, int(x))
    return [x / common for x in v]


def _gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


def _null_space(matrix: list[list[Fraction]], n: int) -> list[list[Fraction]]:
    """A basis of the null space of ``matrix`` (rows of ``n`` exact fractions), by reduced row echelon form."""
    rows = [r[:] for r in matrix]
    pivots: list[int] = []
    r = 0
    for c in range(n):
        pivot = next((i for i in range(r, len(rows)) if rows[i][c] != 0), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        rows[r] = [x / rows[r][c] for x in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c] != 0:
                rows[i] = [a - rows[i][c] * b for a, b in zip(rows[i], rows[r])]
        pivots.append(c)
        r += 1
    basis = []
    for free in (c for c in range(n) if c not in pivots):
        v = [Fraction(0)] * n
        v[free] = Fraction(1)
        for i, c in enumerate(pivots):
            v[c] = -rows[i][free]
        basis.append(v)
    return basis


def computed_from(value: float, reaction: str) -> bool:
    """Is ``value`` (wt% H2) the capacity the written ``reaction`` gives, to a table's rounding?"""
    return any(abs(value - c) <= FIGURE_ROUNDING + 1e-9 for c in reaction_capacities(reaction))


def held_by(value: float, system: MaterialSystem) -> bool:
    """Is ``value`` (wt% H2) the hydrogen ``system``'s own formula holds, to a table's rounding? (A row of
    'LiK(BH4)2 | 10.6' with no reaction gives what the compound holds: 8 H over 75.7 g.)"""
    held = hydrogen_content(system)   # (None: a part without a formula, 'MHG', or a symbolic count gives no figure)
    return held is not None and held > 0 and abs(value - held) <= FIGURE_ROUNDING + 1e-9


def converted_by(value: float, system: MaterialSystem) -> bool:
    """Is ``value`` (mAh/g) the Li conversion capacity ``system``'s own formula gives (every H to LiH), to a table's
    rounding? (A row 'LiAlH4 | 2119' beside measured rows gives the figure the formula promises, not a cell's
    test.)"""
    try:
        converts = theoretical_li_capacity(system)
    except (CapacityError, FormulaError, ValueError):
        return False   # (a part without a formula, a symbolic count, or no hydrogen to convert gives no figure)
    return converts > 0 and abs(value - converts) <= _LI_ROUNDING * converts + 1e-9
