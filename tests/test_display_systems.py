"""Pages show a dash that joins a component to an amount or coefficient as a plus ('CaH2–8 wt% NbF5' would read as
a range '2–8 wt%'), and a marked value keeps the spaces around it ('312 kJ' is not shown as '312kJ')."""
from __future__ import annotations

import pytest

from ui.app.display import marked_text, system_text


@pytest.mark.parametrize("name, shown", [
    ("CaH2–8 wt% NbF5", "CaH2 + 8 wt% NbF5"),
    ("NaAlH4-3 mol% TiCl3", "NaAlH4 + 3 mol% TiCl3"),
    ("Ca(BH4)2–3LiH", "Ca(BH4)2 + 3LiH"),
    ("0.6NaBH4−0.4KBH4", "0.6NaBH4 + 0.4KBH4"),
])
def test_amount_dash_is_shown_as_plus(name, shown):
    assert system_text(name) == shown


@pytest.mark.parametrize("name", ["NaBH4@MCM-41", "KBH4–NaI", "Ti–V–Cr alloy", "Mg85–Zn15"])
def test_dash_inside_names_is_kept(name):
    assert system_text(name) == name


@pytest.mark.parametrize("text, mark, shown_part", [
    ("the heats are –212 and –31 kJ per mole", "212", "[212] and"),
    ("a conductivity of 0.7 mS/cm at room temperature", "0.7", "[0.7] mS"),
    ("CaH2 gave 3.9 wt% in our hands", "CaH2", "[CaH2] gave"),
])
def test_marked_value_keeps_its_spaces(text, mark, shown_part):
    assert shown_part in marked_text(text, [mark]).replace("\\", "")


def test_number_is_not_marked_inside_a_longer_one():
    assert "orange" not in marked_text("a capacity of 2120 mAh/g", ["212"])
