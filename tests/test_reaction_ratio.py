"""The reactant side of a written reaction names the sample by the ratio of its reactants in lowest terms:
an equation scales every coefficient to balance its atoms ('3LiH + 3LiBH4·NH3 → …' is the 1:1 mixture of LiH
and the adduct LiBH4·NH3, not 3 + 3 of them), while a ratio with no common factor ('2LiNH2 + LiBH4 →') is the
sample's. Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts


def counts(text: str, value: float) -> tuple[str, dict[str, float | None]]:
    s = facts(text)[value].system
    return s.name, {s.host.formula: s.host.amount.value if s.host.amount else None,
                    **{c.formula: c.amount.value if c.amount else None for c in s.additives}}


def test_scaled_coefficients_of_a_reaction_are_its_ratio_in_lowest_terms():
    name, parts = counts("The reaction 3LiH + 3LiBH4·NH3 → Li4BN3H10 + 2LiBH4 + 3H2 releases 8.5 wt% H2 at 250 °C.",
                         8.5)
    # (the adduct's NH3, written without a count, is one per formula unit)
    assert name == "LiBH4·NH3–LiH" and parts == {"LiBH4": None, "LiH": None, "NH3": 1.0}
    name, parts = counts("Following 4LiBH4 + 2MgH2 → 4LiH + 2MgB2 + 8H2, the composite releases 9 wt% H2 at 400 °C.",
                         9.0)
    assert parts == {"LiBH4": 2.0, "MgH2": None}, name
    name, parts = counts("The decomposition 2Mg(NH2)2 + 4LiH → 2Li2Mg(NH)2 + 4H2 gives 5.2 wt% H2 at 220 °C.", 5.2)
    assert parts == {"Mg(NH2)2": None, "LiH": 2.0}, name


def test_a_ratio_without_a_common_factor_stays_as_written():
    # near misses: coefficients with no common factor, and a composite named outside any equation
    name, parts = counts("The dehydrogenation follows 2LiNH2 + LiBH4 → Li3BN2 + 4H2 and gives 10 wt% H2 at 300 °C.",
                         10.0)
    assert parts == {"LiNH2": 2.0, "LiBH4": None}, name
    name, parts = counts("The 6LiBH4–3MgH2 composite releases 9 wt% H2 at 400 °C.", 9.0)
    assert parts == {"LiBH4": 6.0, "MgH2": 3.0}, name
