"""Forms of published abstracts that put values on the wrong system (a third set), each with sentences written
for the test (three or more wordings) and one that must not change:

- a whole number before a composite catalyst written with a slash ("2V2C/Ti3C2", "3Fe2O3/CeO2") is the
  mixing ratio of its parts, part of the catalyst's name, not a molar amount of the catalyst."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def _components(row: dict) -> set[str]:
    return {c["material"] for c in row["components"]}


@pytest.mark.parametrize(("text", "value", "parts"), [
    ("MgH2 with addition of 10 wt% of 2Nb2C/Ti3C2 starts to release hydrogen near 190 °C.", 190,
     {"MgH2", "2Nb2C/Ti3C2"}),
    ("The dehydrogenated MgH2–3Ni/Fe3O4 takes up 5.4 wt% hydrogen within 60 s at 150 °C.", 5.4,
     {"MgH2", "3Ni/Fe3O4"}),
    ("Adding 2Co/rGO lowers the activation energy of LiBH4 desorption to 120 kJ/mol.", 120,
     {"LiBH4", "2Co/rGO"}),
    ("MgH2 ball milled with 3Fe2O3/CeO2 absorbs 5.5 wt% of hydrogen at 200 °C.", 5.5,
     {"MgH2", "3Fe2O3/CeO2"}),
])
def test_a_whole_number_before_a_slash_composite_is_its_mixing_ratio(text, value, parts):
    assert _components(the_one(contract_measurements(text), value)) == parts


@pytest.mark.parametrize(("text", "value", "part", "amount"), [
    ("The MgH2–0.1TiCl3 composite releases 6.1 wt% hydrogen at 300 °C.", 6.1, "TiCl3", 0.1),
    ("The MgH2–0.5Ni/C composite releases 6.2 wt% hydrogen at 300 °C.", 6.2, "Ni/C", 0.5),
])
def test_a_fraction_before_a_catalyst_stays_its_molar_amount(text, value, part, amount):
    row = the_one(contract_measurements(text), value)
    c = next(c for c in row["components"] if c["material"] == part)
    assert c["amount"] == amount and c["amount_unit"] == "ratio", row
