"""'Mg2Ni absorbed hydrogen at 573 K and reached 3.5 wt%': the temperature of a run whose clause gives no value of its
own, joined by 'and' to the verb that gives what the run yielded, is that value's setting (and names its process),
not a temperature property of the sample. Sentences written for these tests."""
import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _rows(doc: str) -> list[dict]:
    return [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]


@pytest.mark.parametrize("doc, prop, temperature", [
    ("Mg2Ni absorbed hydrogen at 573 K and reached 3.5 wt%.", "absorbed_hydrogen_capacity", 299.85),
    ("The Mg2Ni alloy absorbed hydrogen at 523 K and then reached 3.3 wt%.", "absorbed_hydrogen_capacity", 249.85),
    ("The MgH2–5 wt% Nb2O5 sample absorbed hydrogen at 250 °C and took up 5.6 wt% within 10 min.",
     "absorbed_hydrogen_capacity", 250.0),
    ("Ball-milled MgH2 desorbed hydrogen at 300 °C and released 6.1 wt% in 20 min.",
     "desorbed_hydrogen_capacity", 300.0),
])
def test_the_runs_setting_is_the_outcomes_condition(doc, prop, temperature):
    rows = _rows(doc)
    assert [r["property"] for r in rows] == [prop], rows
    assert rows[0]["conditions"]["temperature"] == pytest.approx(temperature), rows


def test_near_miss_each_clause_with_its_own_value_keeps_its_own_setting():
    rows = _rows("Mg2Ni took up 2.0 wt% hydrogen at 473 K and reached 3.5 wt% at 573 K.")
    by_value = {r["value"]: r["conditions"].get("temperature") for r in rows}
    assert by_value == {2.0: pytest.approx(199.85), 3.5: pytest.approx(299.85)}, rows


def test_near_miss_where_a_release_starts_stays_a_temperature_of_its_own():
    rows = _rows("The MgH2–Ni composite begins to desorb hydrogen at 185 °C and gives off 5.2 wt% up to 400 °C.")
    assert {r["property"]: r["value"] for r in rows}.get("onset_dehydrogenation_temperature") == 185.0, rows


# -- a setting of an earlier step gives way to the one the value's own clause states
@pytest.mark.parametrize("doc, prop, temperature", [
    ("Mg2Ni was heated to 573 K and then absorbed 3.5 wt% hydrogen at 423 K.", "absorbed_hydrogen_capacity", 149.85),
    ("Mg2Ni was warmed to 573 K and absorbed 3.5 wt% hydrogen at 423 K.", "absorbed_hydrogen_capacity", 149.85),
    ("The LiBH4–MgH2 composite was held at 400 °C for 2 h, subsequently cooled and took up 8.9 wt% at 350 °C.",
     "absorbed_hydrogen_capacity", 350.0),
    ("The 0.7LiBH4–0.3LiI electrolyte stays amorphous down to −30 °C and conducts 0.2 mS/cm at 30 °C.",
     "ionic_conductivity", 30.0),
])
def test_the_values_own_setting_wins_over_an_earlier_steps(doc, prop, temperature):
    rows = [r for r in _rows(doc) if r["property"] == prop]
    assert len(rows) == 1 and rows[0]["conditions"]["temperature"] == pytest.approx(temperature), rows


def test_near_miss_without_a_setting_of_its_own_the_value_keeps_the_steps():
    rows = _rows("Mg2Ni was heated to 573 K and then absorbed 3.5 wt% hydrogen.")
    assert len(rows) == 1 and rows[0]["conditions"]["temperature"] == pytest.approx(299.85), rows
