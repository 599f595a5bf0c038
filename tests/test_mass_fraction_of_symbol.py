"""The mass fraction written with its quantity symbol and the material in its bracket ('w(TiO2) = 10%', 'ω(Ni)=8%',
as journals of the ISO 80000-9 style print it) is that share of the material, '10 wt% TiO2': the additive and its
loading join the sample; a 'w' of a lower-case variable ('w(t) = 5%') is no loading. Sentences written for these
tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements

from ingest.extraction.text.per_cent_words import mass_fraction_symbols


def _row(text: str, value: float) -> dict:
    rows = [r for r in contract_measurements(text, section="Abstract") if abs(r["value"] - value) < 1e-6]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("text, value, additive, loading", [
    ("MgH2 doped with w(TiO2) = 10% released hydrogen at 250 °C.", 250.0, "TiO2", 10.0),
    ("The LiAlH4 sample milled with w(NbF5)=5% starts to decompose at 95 °C.", 95.0, "NbF5", 5.0),
    ("Adding ω(Ni) = 8% to MgH2 lowered the activation energy to 70 kJ/mol.", 70.0, "Ni", 8.0),
])
def test_the_symbol_with_its_material_is_a_loading(text, value, additive, loading):
    parts = {c["material"]: c for c in _row(text, value)["components"]}
    assert additive in parts, parts
    assert parts[additive]["amount"] == loading and parts[additive]["amount_unit"] == "wt%", parts


def test_a_variable_in_the_bracket_is_no_loading():
    text = ("For the MgH2 milled with Nb2O5, the fitted curve w(t) = 5% at t = 2 min gave a desorption temperature "
            "of 250 °C.")
    assert not mass_fraction_symbols(text)
    parts = {c["material"]: c for c in _row(text, 250.0)["components"]}
    assert parts.get("Nb2O5", {}).get("amount") is None, parts


def test_the_bracketed_symbol_alone_stays_read():
    assert [p for _, _, p in mass_fraction_symbols("V2O5 (w = 5%) doped MgH2")] == ["(5 wt%)"]


def test_the_share_of_hydrogen_is_a_capacity():
    row = _row("The MgH2–TiO2 composite released w(H2) = 6.2% at 300 °C.", 6.2)
    assert row["property"] == "hydrogen_capacity" and row["unit"] == "wt%", row
