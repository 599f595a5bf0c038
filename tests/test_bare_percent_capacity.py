"""A capacity of hydrogen named by one of its ontology labels and given in a bare per cent ("a rehydrogenation
capacity of 7.1%", "a reabsorption capacity of 4.2%") is a mass share of hydrogen, wt%, of that property; a
bare per cent that is a share kept of a capacity stays a retention. Sentences written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _rows(text: str) -> list[dict]:
    return contract_measurements(text, section="Abstract")


def _with(rows: list[dict], prop: str, value: float, unit: str) -> list[dict]:
    return [r for r in rows if r["property"] == prop and abs(r["value"] - value) < 1e-6 and r["unit"] == unit]


@pytest.mark.parametrize("sentence, prop, value", [
    ("A rehydrogenation capacity of 7.1% was reached by the dehydrided LiBH4–MgH2 composite at 400 °C.",
     "reversible_hydrogen_capacity", 7.1),
    ("After the first cycle the NaAlH4–TiCl3 sample showed a reabsorption capacity of 4.2% at 150 °C.",
     "absorbed_hydrogen_capacity", 4.2),
    ("The Mg(BH4)2–NbF5 mixture has a dehydriding capacity of about 9.6% below 400 °C.",
     "desorbed_hydrogen_capacity", 9.6),
    ("For the ball-milled LiAlH4–TiO2 powder, the desorption capacity amounted to 6.4% at 180 °C.",
     "desorbed_hydrogen_capacity", 6.4),
])
def test_a_named_hydrogen_capacity_in_a_bare_per_cent_is_a_mass_share(sentence, prop, value):
    rows = _rows(sentence)
    assert _with(rows, prop, value, "wt%"), rows
    assert not [r for r in rows if r["property"] == "capacity_retention"], rows


@pytest.mark.parametrize("sentence, value", [
    ("The LiBH4–MgH2 composite keeps a rehydrogenation capacity retention of 91% after 10 cycles.", 91.0),
    ("After 20 cycles the desorption capacity of the NaAlH4–TiCl3 sample retained 88% of its first value.", 88.0),
    ("The absorption capacity of the 2LiBH4–MgH2 sample fell by 12% over 25 cycles.", 12.0),
])
def test_a_share_kept_of_a_capacity_stays_a_retention(sentence, value):
    rows = _rows(sentence)
    assert not [r for r in rows if r["unit"] == "wt%" and abs(r["value"] - value) < 1e-6], rows
    assert all(r["unit"] == "%" for r in rows), rows


# the share of an active material's theoretical capacity a cell reaches is its utilization, never a retention
# (a share kept of an initial capacity), even where a verb of keeping stands before it
@pytest.mark.parametrize("sentence, value", [
    ("After 40 cycles the Li/LiBH4/CoS2 cell kept a CoS2 utilization of 55 %.", 55.0),
    ("With a Li3OCl–LiBH4 electrolyte the NiS2 cathode retained an active-material utilisation of 71% at 0.05 C.",
     71.0),
    ("The first discharge reached 310 mAh g-1, i.e. a MoS2 utilization ratio of 77%.", 77.0),
])
def test_a_utilization_is_no_capacity_retention(sentence, value):
    rows = _rows(sentence)
    assert _with(rows, "active_material_utilization", value, "%"), rows
    assert not _with(rows, "capacity_retention", value, "%"), rows


def test_a_share_of_the_capacity_kept_stays_a_retention():
    rows = _rows("The LiBH4–CoS2 cell retained 83% of its first discharge capacity after 40 cycles.")
    assert _with(rows, "capacity_retention", 83.0, "%"), rows


def test_a_catalysts_atom_utilization_is_no_cells_utilization():
    rows = _rows("Isolated Co atoms on the NaAlH4 surface reach an atomic utilization of 96%, "
                 "and the composite releases 4.4 wt% H2 at 160 °C.")
    assert not _with(rows, "active_material_utilization", 96.0, "%"), rows
    assert _with(rows, "atom_utilization", 96.0, "%"), rows
