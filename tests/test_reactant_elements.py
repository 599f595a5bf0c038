"""An element that reacts with a hydride host is its reactant, no catalyst: Si and Ge with MgH2 form Mg2Si and Mg2Ge
as hydrogen is released (hkg:usualRole DestabilizingReactant in the ontology). Its sample stays the paragraph's
sample when the text names the bare host again ('MgH2–Si … MgH2 reacts with Si …'): the host is the sample's one
hydride, as beside a catalyst — unlike a composite of two hydrides, where each is a store of its own. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import component_roles, contract_measurements, the_one


@pytest.mark.parametrize("text, value, partner", [
    ("A MgH2–Ge mixture milled for 5 h started to give off hydrogen at 187 °C.", 187.0, "Ge"),
    ("Silicon powder was ground together with MgH2 (2:1), and the MgH2–Si sample held 4.4 wt% H2.", 4.4, "Si"),
    ("We milled MgH2 with Ge in a 2:1 ratio; the composite desorbed hydrogen at 241 °C.", 241.0, "Ge"),
])
def test_a_silicide_or_germanide_former_is_the_hosts_reactant(text, value, partner):
    row = the_one(contract_measurements(text), value)
    assert component_roles(row) == {"MgH2": "HostHydride", partner: "DestabilizingReactant"}, row


@pytest.mark.parametrize("text, value, partner", [
    ("We studied the MgH2–Si pair. Heated, MgH2 turns Si into Mg2Si, so that the enthalpy falls to 41 kJ/mol H2.",
     41.0, "Si"),
    ("A MgH2–Ge blend was prepared by milling. Once warmed, MgH2 and Ge react, with an enthalpy of only 44 kJ/mol.",
     44.0, "Ge"),
    ("The MgH2–Si composite was milled for 10 h. The MgH2 in it then released hydrogen at 233 °C.", 233.0, "Si"),
])
def test_the_bare_host_named_again_is_the_sample_with_its_reactant(text, value, partner):
    row = the_one(contract_measurements(text), value)
    assert component_roles(row) == {"MgH2": "HostHydride", partner: "DestabilizingReactant"}, row


def test_a_loading_of_the_element_stays_a_loading():
    # near miss: an element given as a mass share of the sample is read as any loading is
    row = the_one(contract_measurements("MgH2 milled with 5 wt% Si released hydrogen at 268 °C."), 268.0)
    assert component_roles(row)["Si"] == "Catalyst", row


def test_one_hydride_of_a_two_hydride_composite_named_again_is_that_hydride():
    # near miss: both parts of 2LiBH4–MgH2 store hydrogen, so 'LiBH4' alone is the borohydride's own value
    rows = contract_measurements("The 2LiBH4–MgH2 composite was milled for 5 h. The melting point of LiBH4 is 287 °C.")
    assert [c["material"] for c in the_one(rows, 287.0)["components"]] == ["LiBH4"], rows
