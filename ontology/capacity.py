"""Theoretical capacities computed from formulas: hydrogen (wt% H2) and lithium conversion (mAh/g).

Nothing here is a table of results: every number comes from the composition of the formula and the
standard atomic weights of ``periodictable``.

* Hydrogen capacity = mass of all H atoms / total mass × 100.  For a composite the components are
  weighted by their amounts (wt%, mol% or molar ratio); it is the *total* hydrogen content, e.g.
  2LiBH4–MgH2 holds 14.4 wt%, of which 11.5 wt% is released when LiH stays behind.
* Lithium conversion capacity of a hydride anode, MxHy + n Li⁺ + n e⁻ → x M + y LiH, is
  n·F/(3.6·M) mAh/g.  Assumption: every H atom ends as LiH, and the Li the formula already holds
  serves first, so n = (H atoms) − (Li atoms): MgH2 → 2, TiH2 → 2, LiAlH4 → 3, Li3AlH6 → 3; Li that
  balances a halide stays as LiX and does not serve (Li4(BH4)3I → 9, the same as 3LiBH4–LiI).
  Further alloying of the metal with Li (Al + Li → LiAl) is not counted; pass ``electrons=`` to
  use another electron count.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Union

from .elements import HALOGENS
from .errors import UserError
from .formula import Formula, FormulaError, parse_formula

if TYPE_CHECKING:  # pragma: no cover
    from .models import Component, MaterialSystem

__all__ = ["CapacityError", "theoretical_hydrogen_capacity", "hydrogen_content", "theoretical_li_capacity",
           "mass_fractions", "FARADAY", "hydrogen_capacity_limit", "CAPACITY_SLACK"]

# Relative slack on the theoretical hydrogen capacity when a value is checked against it: weighing and
# rounding, not physics (``hydrogen_capacity_limit``).
CAPACITY_SLACK = 0.01
FARADAY = 96485.33212  # C/mol (CODATA 2018, exact from the SI definitions of e and N_A)
_MAH_PER_COULOMB = 1 / 3.6  # 1 mAh = 3.6 C

FormulaLike = Union[str, Formula, "MaterialSystem"]


class CapacityError(UserError, ValueError):
    """A capacity that cannot be computed from what was given (the message says what is missing)."""


# --------------------------------------------------------------------------------- helpers
def _as_formula_or_system(value: FormulaLike) -> Formula | MaterialSystem | None:
    """A Formula for one compound, a MaterialSystem for a composite (None: one named material without a formula)."""
    from .models import MaterialSystem

    if isinstance(value, (Formula, MaterialSystem)):
        return value
    if not isinstance(value, str) or not value.strip():
        raise CapacityError("give a formula ('MgH2'), a system notation ('2LiBH4–MgH2') or a "
                            "MaterialSystem")
    try:
        return parse_formula(value)
    except FormulaError as formula_error:
        from .system import SystemParseError, parse_system

        try:
            system = parse_system(value)
        except SystemParseError as exc:
            raise CapacityError(f"'{value}' is neither a formula ({formula_error}) nor a system "
                                f"notation ({exc})") from None
    return system if len(system.components) > 1 else _component_formula(system.host)


def _component_formula(component: Component) -> Formula | None:
    """The formula of a component, or None for a named material without one (e.g. 'graphene')."""
    from .vocabulary import vocabulary

    candidates: list[str | None] = [component.formula]
    if component.term and component.term in vocabulary():
        candidates.insert(0, vocabulary().get(component.term).formula)
    for text in filter(None, candidates):
        try:
            return parse_formula(text)
        except FormulaError:
            continue
    return None


def _require_numeric(formula: Formula, component: str) -> Formula:
    if formula.is_symbolic:
        raise CapacityError(f"component '{component}' has symbolic subscripts "
                            f"({', '.join(formula.symbols)}); give numbers to compute a capacity")
    return formula


def mass_fractions(system: MaterialSystem) -> list[tuple[Component, Formula | None, float]]:
    """Each component with its formula and mass fraction (0–1), from the amounts written.

    wt% additives take their share of the total mass; the other components share the rest by
    moles (molar ratio coefficients, default 1, or mol%, the unspecified one taking the remainder).
    A named component without a formula may only be given in wt% (its hydrogen is taken as zero).
    """
    comps = system.components
    if any(c.amount and c.amount.unit == "vol%" for c in comps):
        raise CapacityError("vol% amounts need densities; give wt%, mol% or molar ratios")
    formulas = [_component_formula(c) for c in comps]
    wt = {i: c.amount.value for i, c in enumerate(comps) if c.amount and c.amount.unit == "wt%"}
    if sum(wt.values()) > 100:
        raise CapacityError(f"wt% amounts of '{system.name}' add up to more than 100")
    moles = _relative_moles(system, formulas, set(wt))
    masses = {}
    for i, n in moles.items():
        formula = formulas[i]
        if formula is None:
            raise CapacityError(f"component '{comps[i].formula}' has no formula, so its mass share "
                                "cannot be computed from a molar amount; give it in wt%")
        masses[i] = n * _require_numeric(formula, comps[i].formula).molar_mass
    rest = (100 - sum(wt.values())) / 100
    total_molar_mass = sum(masses.values())
    if masses and total_molar_mass <= 0:
        raise CapacityError(f"components of '{system.name}' have no mass")
    fractions = {i: v / 100 for i, v in wt.items()}
    fractions.update({i: rest * m / total_molar_mass for i, m in masses.items()})
    if not masses and rest > 1e-9:
        raise CapacityError(f"the wt% amounts of '{system.name}' leave {rest * 100:g} wt% unassigned; "
                            "give the host's amount or leave it unspecified")
    return [(comps[i], formulas[i], fractions[i]) for i in range(len(comps))]


def _relative_moles(system: MaterialSystem, formulas: list[Formula | None], wt_indices: set[int]) -> dict[int, float]:
    comps = system.components
    molar = [i for i in range(len(comps)) if i not in wt_indices]
    mol_pct = {i: a.value for i in molar if (a := comps[i].amount) and a.unit == "mol%"}
    if mol_pct:
        open_ = [i for i in molar if i not in mol_pct]
        if len(open_) > 1 or any(comps[i].amount for i in open_):
            raise CapacityError(f"'{system.name}' mixes mol% with other amounts; give each "
                                "component in mol% or leave only the host unspecified")
        rest = 100 - sum(mol_pct.values())
        if rest < 0:
            raise CapacityError(f"mol% amounts of '{system.name}' add up to more than 100")
        return {**mol_pct, **{i: rest for i in open_}}
    return {i: (a.value if (a := comps[i].amount) else 1.0) for i in molar}


# ------------------------------------------------------------------------------ capacities
def theoretical_hydrogen_capacity(formula_or_system: FormulaLike) -> float:
    """Total hydrogen content in wt% H2 of a compound or a composite (amount-weighted)."""
    target = _as_formula_or_system(formula_or_system)
    if isinstance(target, Formula):
        return 100 * _require_numeric(target, target.text).hydrogen_mass_fraction
    if target is None:
        raise CapacityError(f"'{formula_or_system}' names a material without a formula")
    total = 0.0
    for component, formula, fraction in mass_fractions(target):
        if formula is not None and fraction > 0:
            total += fraction * _require_numeric(formula, component.formula).hydrogen_mass_fraction
    return 100 * total


def hydrogen_content(formula_or_system: FormulaLike) -> float | None:
    """``theoretical_hydrogen_capacity`` (wt% H2), or None where the material gives no figure: a part without a
    formula ('MHG'), a symbolic count, no mass (what a reader comparing a written figure with a formula's asks)."""
    try:
        return theoretical_hydrogen_capacity(formula_or_system)
    except (ValueError, ZeroDivisionError):   # (CapacityError and FormulaError are ValueErrors)
        return None


def lithium_conversion_electrons(formula: Formula) -> float:
    """Li per formula unit needed to turn all H into LiH: H atoms minus the Li already present that is free to
    take hydrogen.

    A halide ends the conversion as LiX (it is neither reduced nor hydrogenated), so the Li that balances it never
    serves: Li4(BH4)3I + 9 Li -> 12 LiH + 3 B + LiI, n = 12 H - (4 Li - 1 I) = 9, exactly what the same compound
    written as a composite, 3LiBH4-LiI, gives (3 x 3 from LiBH4, 0 from LiI). Counting every Li as free (n = 8)
    would give one compound two capacities, 1076 and 1211 mAh/g, as its two notations."""
    comp = formula.composition
    halide = sum(comp.get(x, 0.0) for x in HALOGENS)
    free_li = max(comp.get("Li", 0.0) - halide, 0.0)
    return formula.hydrogen_count - free_li


def theoretical_li_capacity(formula_or_system: FormulaLike, electrons: float | None = None) -> float:
    """Theoretical conversion capacity (mAh/g) of a hydride anode: n·F / (3.6·M).

    ``electrons`` overrides n (default: H atoms − Li atoms, see module notes).  For a composite
    each component contributes its own conversion capacity by mass fraction; components without
    hydrogen (carbon, metals) count as inactive mass.
    """
    target = _as_formula_or_system(formula_or_system)
    if isinstance(target, Formula):
        return _li_capacity(_require_numeric(target, target.text), electrons)
    if target is None:
        raise CapacityError(f"'{formula_or_system}' names a material without a formula")
    if electrons is not None:
        raise CapacityError("electrons= applies to one formula; give it per component instead")
    total = 0.0
    for component, formula, fraction in mass_fractions(target):
        if formula is None or fraction == 0:
            continue
        formula = _require_numeric(formula, component.formula)
        if lithium_conversion_electrons(formula) > 0:
            total += fraction * _li_capacity(formula, None)
    return total


def _li_capacity(formula: Formula, electrons: float | None) -> float:
    n = lithium_conversion_electrons(formula) if electrons is None else float(electrons)
    if n <= 0:
        raise CapacityError(
            f"'{formula.display}' takes up no Li by conversion to LiH (n = {n:g}); pass electrons= "
            "if another reaction applies")
    return n * FARADAY * _MAH_PER_COULOMB / formula.molar_mass


def hydrogen_capacity_limit(system: MaterialSystem) -> float:
    """The most hydrogen a sample of ``system`` can hold, in wt% (a value above it, beyond ``CAPACITY_SLACK``,
    is a mistake of value, unit or composition).  An additive named without its amount ('NaAlH4 with Ti', a
    catalyst of a few per cent) leaves the mixture's make-up unknown: read as one mole per mole of host it
    would bound a doped hydride far below what it holds, so the bound is then the richest component's own
    content (no mixture holds more)."""
    if system.host is None or all(a.amount is not None for a in system.additives):
        return theoretical_hydrogen_capacity(system)
    contents = [theoretical_hydrogen_capacity(c.formula) for c in system.components if c.formula]
    if not contents:
        raise CapacityError(f"no component of '{system.name}' has a formula")
    return max(contents)
