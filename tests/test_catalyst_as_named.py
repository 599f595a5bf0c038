"""A catalyst is the component the paper names, however it writes it: a placeholder on a support defined in the
bracket after it ('TM/C (TM = Fe, Ni)') is those metals on the support; a framework written as a derivative
('Co1Cu2–MOF derivative', 'MOF derived catalyst') is the catalyst made of it, never a scaffold holding the hydride;
a number set apart after the hydride's dash ('MgH2-10 NiFe-800') is the catalyst's share, never a molar count nor
a reason to drop the catalyst. Own wording."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _parts(row) -> set[tuple[str, str, float | None]]:
    return {(c["material"], c["role"], c.get("amount")) for c in row["components"]}


@pytest.mark.parametrize("text, catalyst", [
    ("The composite KAlH4 + 6 wt% TM/C (TM = Co, Mn) begins to lose hydrogen at 141 °C.", "CoMn/C"),
    ("The LiAlH4 + 4 wt% M@NC (M = Ni and Cu) composite released 5.6 wt% H2 at 160 °C.", "NiCu@NC"),
    ("The MgH2 + 8 wt% TM/rGO (TM = Fe, Co) composite absorbs 5.9 wt% H2 within 90 s at 180 °C.", "FeCo/rGO"),
])
def test_a_placeholder_defined_in_brackets_is_the_metals_it_stands_for(text, catalyst):
    rows = contract_measurements(text)
    assert rows and all(catalyst in {c["material"] for c in r["components"]} for r in rows), rows


def test_a_family_formula_defined_in_brackets_is_no_catalyst_of_joined_metals():
    # (the symbol glued into a formula is the family's, one member each: no 'LiNa' material)
    rows = contract_measurements("The MB11H14 (M = Li, Na) salts conduct 0.2 mS cm-1 at 25 °C.")
    assert all(not any("LiNa" in c["material"] or "NaLi" in c["material"] for c in r["components"]) for r in rows)


@pytest.mark.parametrize("text, catalyst, share", [
    ("The NaAlH4–6 wt.% Fe1Co2−MOF derivative shows its desorption peak at 157.3 °C.", "FeCo2", 6.0),
    ("The KBH4–7 wt% Ni2Cu1-MOF derived catalyst composite releases 3.2 wt% H2 at 330 °C.", "Ni2Cu", 7.0),
    ("The MgH2–9 wt% Ni3Zn1-MOF derivatives absorb 5.1 wt% H2 within 12 min at 160 °C.", "Ni3Zn", 9.0),
])
def test_a_framework_derivative_is_a_catalyst_not_a_scaffold(text, catalyst, share):
    row = contract_measurements(text)[0]
    assert (catalyst, "Catalyst", share) in _parts(row), row
    assert "ScaffoldConfinementHost" not in {c["role"] for c in row["components"]}
    assert "Nanoconfinement" not in row["strategies"]


def test_a_hydride_confined_in_a_framework_keeps_it_as_scaffold():
    row = contract_measurements("NaAlH4 was melt-infiltrated into MIL-53 (NaAlH4@MIL-53); it starts to release "
                                "hydrogen at 104 °C.")[0]
    assert "ScaffoldConfinementHost" in {c["role"] for c in row["components"]}


@pytest.mark.parametrize("text, catalyst, share", [
    ("Whereas bare KAlH4 takes up 0.9 wt% H2 in 40 min at 130 °C, the KAlH4-7 CoNi-600 composite takes up 3.4 wt% "
     "H2 within 3 min.", "CoNi-600", 7.0),
    ("The LiAlH4-4 CeB6 sample releases 6.3 wt% H2 at 175 °C.", "CeB6", 4.0),
    ("Our MgH2-12 FeMn-900 powder absorbs 5.6 wt% H2 within 2 min at 150 °C.", "FeMn-900", 12.0),
])
def test_a_unit_less_loading_after_the_dash_is_the_catalyst_share(text, catalyst, share):
    rows = [r for r in contract_measurements(text) if len(r["components"]) > 1]
    assert rows and (catalyst, "Catalyst", share) in _parts(rows[-1]), contract_measurements(text)
    assert all(r["components"][0]["role"] == "HostHydride" and r["components"][0]["material"] != catalyst
               for r in rows)


def test_a_count_glued_to_a_hydride_partner_stays_a_molar_count():
    row = contract_measurements("The LiBH4-0.5MgH2 composite releases 8.1 wt% H2 at 400 °C.")[0]
    assert all(c.get("amount_unit") != "wt%" for c in row["components"]), row
