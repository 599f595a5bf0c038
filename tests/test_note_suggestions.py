"""Lab notes → suggested measurements: a value written in another unit than the one stored ('3.4 × 10^-5 S/cm'
is kept as 0.034 mS/cm) is still the user's own, and a note line that opens with its own system and a colon
('Mg(BH4)2–MgO: …') is that system's, not joined to the sample's name."""
from __future__ import annotations

import pytest

from ui.app import record


@pytest.mark.parametrize("notes, sample, wanted", [
    ("Mg(BH4)2–MgO: Mg-ion conductivity 3.4 × 10^-5 S/cm at 70 °C", "Mg(BH4)2–MgO",
     ("ionic_conductivity", 0.034, "Mg(BH4)2–MgO")),
    ("Pellet pressed at 250 MPa. The Li+ conductivity measured 6 × 10^-4 S/cm at 30 °C.", "LiCB11H12",
     ("ionic_conductivity", 0.6, "LiCB11H12")),
    ("the conductivity came out at 2.2 × 10^-3 S cm^-1 (40 °C)", "Li2B12H12–LiI",
     ("ionic_conductivity", 2.2, "Li2B12H12–LiI")),
    ("NaAlH4–TiCl3: DSC onset 95 °C", "NaAlH4-TiCl3",
     ("onset_dehydrogenation_temperature", 95.0, "NaAlH4–TiCl3")),
])
def test_note_value_in_another_unit_or_own_system_is_suggested(notes, sample, wanted):
    found = [(s["property"], round(s["value"], 6), s["system"]) for s in record.suggestions(notes, sample)]
    assert wanted in found


def test_list_lines_are_read_one_by_one():
    notes = "NaAlH4–TiCl3: DSC onset 95 °C\nLi2B12H12–LiI: conductivity 2.2 × 10^-3 S/cm at 40 °C"
    found = {(s["property"], s["system"]) for s in record.suggestions(notes, "")}
    assert found == {("onset_dehydrogenation_temperature", "NaAlH4–TiCl3"), ("ionic_conductivity", "Li2B12H12–LiI")}


def test_amount_of_the_sample_name_is_no_suggestion():
    # near miss: the name's 7 wt% is an amount, and the note gives no value of its own
    assert record.suggestions("Dark grey powder after milling: no caking.", "MgH2–7 wt% TiO2") == []
