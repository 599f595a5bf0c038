"""Intermetallics a microstructure is said to embed ('… embedding nano-particles of intermetallic compounds Mg2Ni and
LaMg12') are phases inside the alloy studied, never its host nor additives; a bare per cent of hydrogen after the
sentence declared its per cents mass fractions ('5.3% (mass fraction), and … hydrogen desorption is 4.7%') is a
hydrogen amount in wt%, never a retention. Own wording."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


@pytest.mark.parametrize("text, alloy", [
    ("The Mg-6Ni-4La alloy was rapidly quenched. Its sorption kinetics benefit from the fine microstructure embedding "
     "nano-particles of intermetallic compounds Mg2Ni and LaMg12. The alloy absorbs 5.42 wt% H2 at 300 °C.",
     "Mg–6Ni–4La"),
    ("The Mg-9Ni-2Ce ribbons were melt spun. The hydrogen storage properties are enhanced by a matrix containing "
     "the intermetallics Mg2Ni and CeMg12. The ribbons release 4.93 wt% H2 at 320 °C.", "Mg–9Ni–2Ce"),
    ("A Mg-5Ni-3Nd alloy was produced by melt spinning. The kinetics improve owing to the nanocrystalline "
     "microstructure with intermetallic compounds Mg2Ni and NdMg12. The alloy takes up 5.17 wt% H2 at 280 °C.",
     "Mg–5Ni–3Nd"),
])
def test_intermetallics_embedded_in_the_alloy_are_no_host(text, alloy):
    rows = contract_measurements(text)
    assert rows and all([c["material"] for c in r["components"]] == [alloy] for r in rows), rows


def test_an_intermetallic_milled_into_a_hydride_stays_its_additive():
    rows = contract_measurements("MgH2 was ball milled with 10 wt% of the intermetallic compound Mg2Ni. The "
                                 "composite releases 6.1 wt% H2 at 300 °C.")
    assert rows and all("Mg2Ni" in {c["material"] for c in r["components"]} for r in rows), rows


@pytest.mark.parametrize("text, value", [
    ("The Mg-7Ni-1Y alloy was melt spun. The hydrogen storage capacity is 5.28% (mass fraction, hereinafter the "
     "same), and the amount of hydrogen desorption is 4.61%.", 4.61),
    ("The Mg-4Ni-2Sm ribbons were made. The capacity reaches 4.97% (mass fraction) and the amount of hydrogen "
     "released is 4.33% at 320 °C.", 4.33),
    ("The Mg-3Ni-1Pr ribbons were made. Their capacity is 5.02% (mass fractions), while the hydrogen desorption "
     "amount is 4.12%.", 4.12),
])
def test_a_per_cent_after_a_declared_mass_fraction_is_a_hydrogen_amount(text, value):
    row = next(r for r in contract_measurements(text) if r["value"] == value)
    assert row["unit"] == "wt%" and row["property"] != "capacity_retention", row


def test_a_share_kept_after_a_mass_fraction_stays_a_retention():
    rows = contract_measurements("The Mg-7Ni-1Y alloy was melt spun. Its capacity is 5.28% (mass fraction), and "
                                 "the capacity retention after 20 cycles is 91.4%.")
    assert all(r["unit"] != "wt%" for r in rows if r["value"] == 91.4), rows
