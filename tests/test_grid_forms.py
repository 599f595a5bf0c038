"""The probe grid of property phrasings × number/unit forms × materials (tests/grid_forms.py), and the rules it
made: each with sentences written for these tests in several wordings and one it must not fire on."""
from __future__ import annotations

from collections import defaultdict

import pytest
from grid_forms import Case, cases, document, found, on_host
from prose_sentences import contract_measurements, the_one

from ingest.extract import extract_text
from kg.literature import contract_rows
from ontology.units import parse_unit

_rows, _one = contract_measurements, the_one


@pytest.fixture(scope="module")
def grid() -> list[tuple[Case, list[dict]]]:
    out = []
    for c in cases():
        rows = [r for r in contract_rows(extract_text(document(c))) if r["kind"] == "measurement"]
        out.append((c, rows))
    return out


def _rate(grid, slot: str, pred) -> dict[str, tuple[int, int]]:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c, rows in grid:
        t = tally[getattr(c, slot)]
        t[0] += 1
        t[1] += pred(c, rows)
    return {k: (n, ok) for k, (n, ok) in tally.items()}


def test_the_grid_is_small_and_crosses_every_slot():
    cs = cases()
    assert 200 <= len(cs) <= 310
    assert len({c.prop for c in cs}) >= 25 and len({c.form for c in cs}) >= 60


@pytest.mark.parametrize("slot", ["prop", "form", "sample_form"])
def test_every_slot_value_yields_its_fact(grid, slot):
    # found: property and value (main passed 279 of the first 293). Known miss: a sample whose additive has a
    # morphology word ("LiBH4–graphene nanosheets at 300 °C was 0.12 MPa") hides the setting from the reader
    failing = {k: v for k, v in _rate(grid, slot, found).items() if v[1] < v[0] - 1}
    assert not failing, failing
    assert sum(found(c, rows) for c, rows in grid) >= len(grid) - 1


def test_the_grid_facts_stay_on_their_host(grid):
    n, ok = len(grid), sum(on_host(c, rows) for c, rows in grid)
    assert ok >= n - 3, [c.text for c, rows in grid if not on_host(c, rows)]


# ------------------------------------------------- "by A to B": a difference, then the value
@pytest.mark.parametrize("sentence, value, key", [
    ("The activation energy for dehydrogenation of MgH2 with 5 wt% Ni was reduced by 60 kJ/mol to 95 ± 3 kJ/mol.",
     95.0, "dehydrogenation_activation_energy"),
    ("Adding TiF3 lowers the onset temperature of LiBH4 by ~80 °C to 290 °C.", 290.0,
     "onset_dehydrogenation_temperature"),
    ("The reversible capacity of the Mg(BH4)2–CoNi composite rose by 1.1 wt% to 6.4 wt%.", 6.4,
     "reversible_hydrogen_capacity"),
])
def test_by_a_difference_to_a_value_is_no_range(sentence, value, key):
    rows = _rows(sentence)
    row = _one(rows, value)
    assert row["property"] == key and row["value_max"] is None, rows
    assert all(r["value"] not in (60.0, 80.0, 1.1) for r in rows), rows


def test_a_range_written_with_to_stays_a_range():
    row = _one(_rows("The peak desorption temperature of MgH2–Nb2O5 lies in the range 250 °C to 280 °C."), 250.0)
    assert row["value_max"] == 280.0, row


# ------------------------------------------------- unit spellings
@pytest.mark.parametrize("sentence, value, key", [
    ("The Ti-doped NaAlH4 releases 4.6 wt pct hydrogen at 150 °C.", 4.6, "hydrogen_capacity"),
    ("A reversible capacity of 4.5 wt pct was achieved for LiAlH4–Fe2O3.", 4.5, "reversible_hydrogen_capacity"),
    ("Mg–Ni powder absorbed 5.2 mass pct of hydrogen within 2 min.", 5.2, "absorbed_hydrogen_capacity"),
])
def test_wt_pct_is_a_mass_per_cent(sentence, value, key):
    row = _one(_rows(sentence), value)
    assert row["property"] == key and row["unit"] == "wt%", row


def test_a_loading_in_wt_pct_stays_an_amount():
    rows = _rows("MgH2 + 5 wt pct Nb2O5 starts to release hydrogen at 210 °C.")
    assert [r["value"] for r in rows] == [210.0], rows


@pytest.mark.parametrize("spelled", ["J/mol·K", "J/mol.K", "J/mol⋅K"])
def test_a_product_after_the_slash_is_all_denominator(spelled):
    assert parse_unit(spelled) == parse_unit("J/(mol K)")


def test_a_product_before_the_slash_is_not_moved():
    assert parse_unit("kJ·mol−1") == parse_unit("kJ/mol")
    assert parse_unit("mA·h/g") == parse_unit("mAh/g")


# ------------------------------------------------- a setting said between the property's sample and its value
@pytest.mark.parametrize("sentence, value, key", [
    ("The desorption plateau pressure of MgH2–Nb2O5 at 300 °C was 0.12 MPa.", 0.12, "plateau_pressure"),
    ("The equilibrium pressure of the Ni-doped Mg2FeH6 sample at 350 °C is 0.3 MPa.", 0.3, "plateau_pressure"),
    ("The absorption plateau pressure of the LaNi5 powder at 25 °C reached 2 bar.", 0.2,
     "plateau_pressure"),
])
def test_a_setting_between_sample_and_value_is_a_condition(sentence, value, key):
    rows = _rows(sentence)
    row = _one(rows, value)
    assert row["property"] == key, rows
    assert all(r["unit"] != "degC" for r in rows), rows


def test_a_temperature_said_of_the_release_stays_a_temperature():
    rows = _rows("The desorption of MgH2 doped with Ni starts at 250 °C.")
    assert _one(rows, 250.0)["property"] == "onset_dehydrogenation_temperature", rows


# ------------------------------------------------- lists whose members carry their own approximation words
@pytest.mark.parametrize("sentence, values", [
    ("LiAlH4 with NiCo2O4 shows two desorption peaks at around 150 °C and around 230 °C.", (150.0, 230.0)),
    ("The onset temperatures of MgH2 and MgH2–TiO2 are about 350 °C and about 250 °C, respectively.", (350.0, 250.0)),
    ("The peak temperatures of the two steps of Mg(BH4)2 were ~280 °C, ~340 °C and ~390 °C.", (280.0, 340.0, 390.0)),
])
def test_list_members_with_their_own_approximation(sentence, values):
    rows = _rows(sentence)
    assert sorted(r["value"] for r in rows) == sorted(values), rows
    assert len({r["property"] for r in rows}) == 1, rows


def test_settings_in_two_units_are_no_list():
    rows = _rows("MgH2–Ni absorbs 5.5 wt% hydrogen at about 200 °C and about 3 MPa.")
    assert [r["value"] for r in rows] == [5.5], rows


# ------------------------------------------------- a pure number named before a sample with its amount
@pytest.mark.parametrize("sentence", [
    "The Li+ transference number (tLi+) of LiBH4 with 5 wt% LiI is ~0.99.",
    "The lithium-ion transference number of the 3LiBH4–LiI composite with 10 wt% SiO2 was 0.97.",
    "The Li-ion transference number of LiCB11H12 doped with 20 mol% LiCB9H10 reached 0.98.",
])
def test_a_transference_number_named_before_a_loaded_sample(sentence):
    rows = _rows(sentence)
    assert [r["property"] for r in rows] == ["transference_number"], rows


# ------------------------------------------------- the next value after a sample in brackets
@pytest.mark.parametrize("sentence", [
    "The dehydrogenation activation energy decreases from 160 kJ/mol H2 (commercial MgH2) to 120 kJ/mol H2 "
    "(milled MgH2) and 95 kJ/mol H2 (Ni-doped MgH2).",
    "The desorption activation energy falls from 150 kJ mol−1 H2 (bulk LiBH4), to 120 kJ mol−1 H2 (LiBH4@C).",
    "An activation energy of 160 kJ (mol H2)−1 (as-milled NaAlH4) versus 120 kJ (mol H2)−1 (Ti-doped NaAlH4) "
    "was found for hydrogen desorption.",
])
def test_a_value_after_a_bracketed_sample_keeps_the_property(sentence):
    rows = _rows(sentence)
    assert {r["property"] for r in rows} == {"dehydrogenation_activation_energy"}, rows


def test_a_value_with_its_own_name_keeps_it():
    rows = _rows("The activation energy of MgH2 (160 kJ/mol) is higher than its enthalpy (75 kJ/mol H2).")
    assert _one(rows, 75.0)["property"] == "reaction_enthalpy", rows


def test_a_difference_after_a_value_is_no_member_with_it():
    rows = _rows("The KF-doped LiNH2–MgH2 composite desorbs hydrogen with a peak at 170 °C, nearly 50 °C and 40 °C "
                 "lower than the undoped and ball-milled ones, respectively.")
    assert [r["value"] for r in rows] == [170.0], rows


@pytest.mark.parametrize("spelled", ["kJ/molH2", "kJ (mol-H2)−1", "kJ/(mol-H2)"])
def test_per_mole_of_hydrogen_glued_or_hyphenated(spelled):
    assert parse_unit(spelled) == parse_unit("kJ/mol")


def test_a_minus_one_exponent_is_no_hydrogen():
    assert parse_unit("kJ mol-1 H2") == parse_unit("kJ/mol")
