"""The hydride a sample re-forms when it takes hydrogen up again ('the re-formation of LiBH4', 'rehydrogenated
to LiBH4 and MgH2', 'LiBH4 is fully re-formed') names the sample's hydrogenated state: the temperature is the
sample's hydrogenation temperature (the ontology names re-formation among its labels), on the sample the
sentence names, never a release of the re-formed hydride alone. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

_RHC = [("LiBH4", "HostHydride", 2.0, "ratio"), ("MgH2", "DestabilizingReactant", None, None)]
_RHC_TI = _RHC + [("TiCl3", "Catalyst", None, None)]


def _row(row: dict) -> tuple:
    return row["property"], row["system"], [(c["material"], c["role"], c["amount"], c["amount_unit"])
                                            for c in row["components"]]


@pytest.mark.parametrize("text, system, comps", [
    ("The re-formation of LiBH4 in the 2LiBH4–MgH2 composite is complete at 355.5 °C under 5 MPa H2.",
     "2LiBH4–MgH2", _RHC),
    ("For the 2LiBH4–MgH2 composite, LiBH4 re-forms completely at 355.5 °C.", "2LiBH4–MgH2", _RHC),
    ("The 2LiBH4–MgH2–TiCl3 composite is fully rehydrogenated to LiBH4 and MgH2 at 355.5 °C.",
     "2LiBH4–MgH2–TiCl3", _RHC_TI),
    ("LiBH4 is fully re-formed at 355.5 °C in the 2LiBH4–MgH2 composite.", "2LiBH4–MgH2", _RHC),
])
def test_a_reformed_hydride_gives_the_samples_hydrogenation_temperature(text, system, comps):
    assert _row(the_one(contract_measurements(text), 355.5)) == ("hydrogenation_temperature", system, comps)


def test_rehydrogenation_to_the_host_keeps_the_sample():
    row = the_one(contract_measurements("Complete rehydrogenation to MgH2 was achieved at 255.5 °C for the Mg–Ni "
                                        "sample."), 255.5)
    assert _row(row) == ("hydrogenation_temperature", "Mg–Ni", [("Mg", "HostHydride", None, None),
                                                                ("Ni", "Catalyst", None, None)])


@pytest.mark.parametrize("text, prop", [
    ("The dehydrogenation of the 2LiBH4–MgH2 composite is complete at 355.5 °C.", "full_dehydrogenation_temperature"),
    ("The 2LiBH4–MgH2 composite starts to release hydrogen at 355.5 °C, forming MgB2.",
     "onset_dehydrogenation_temperature"),
])
def test_a_release_stays_a_release(text, prop):
    assert the_one(contract_measurements(text), 355.5)["property"] == prop
