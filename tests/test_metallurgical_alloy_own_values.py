"""Issue 10: an alloy in metallurgical notation ('the Mg–20Ni alloy', 'Mg–10Ni–2Cu') named with a storage value
is a storage material of its own: the value is the alloy's, never the passage's earlier hydride (or metal) with
the alloy as its catalyst."""
from __future__ import annotations

from prose_sentences import contract_measurements, the_one

_ALLOY_VALUES = (
    ("We vary the Mg/Ni atomic ratio (80:20 and 70:30) of the alloys. The Mg-20Ni alloy reached 3.9 wt% H2 "
     "at 600 K.", 3.9, "Mg–20Ni"),
    ("Ball-milled MgH2 served as the reference material. The Mg–10Ni–2Cu alloy absorbed 4.8 wt% H2 at 300 °C.",
     4.8, "Mg–10Ni–2Cu"),
    ("Commercial MgH2 desorbs hydrogen only above 400 °C. By contrast, the cast Mg–15Ni alloy desorbed 5.1 wt% "
     "H2 at 320 °C.", 5.1, "Mg–15Ni"),
)


def test_the_alloys_value_is_its_own():
    for text, value, alloy in _ALLOY_VALUES:
        row = the_one(contract_measurements(text), value)
        assert row["system"] == alloy and len(row["components"]) == 1, text


def test_near_miss_a_bare_catalyst_metal_value_goes_to_the_sample_holding_it():
    text = ("Ball-milled MgH2 served as the reference material. Its capacity rose to 6.6 wt% with Ni. "
            "The Ni then released hydrogen at 250 °C.")
    row = the_one(contract_measurements(text), 250.0)
    assert {c["material"] for c in row["components"]} == {"MgH2", "Ni"}
