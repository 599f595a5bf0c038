"""A composition family written with its symbol ('Li(BH4)1-xIx', 'Mg1–xAlx') and the symbol's values given in the
text: a value is the member's at that x, the same system as the member written out. A list of x values
with one value of a property per member gives each member its value, in the order written; a list with
another count of values, or a range, names the series only. Sentences written for these tests."""
import pytest
from extracted import records

from ontology.system import analyse_system


def _systems(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["system_id"]) for r in records(text)]


def _id(notation: str) -> str:
    return records(f"{notation} shows a value of 1.5 wt% hydrogen capacity.")[0]["system_id"]


@pytest.mark.parametrize("text, members", [
    ("Li(BH4)1-xIx (x = 0.1, 0.2 and 0.3) reach ionic conductivities of 0.02, 0.07 and 0.04 mS/cm at 30 °C, "
     "respectively.", ["Li(BH4)0.9I0.1", "Li(BH4)0.8I0.2", "Li(BH4)0.7I0.3"]),
    ("For the xLiBH4–(1−x)LiI electrolytes with x = 0.6, 0.7 and 0.8, conductivities of 0.3, 0.2 and "
     "0.1 mS/cm were measured at 30 °C.", ["0.6LiBH4–0.4LiI", "0.7LiBH4–0.3LiI", "0.8LiBH4–0.2LiI"]),
    ("The Mg1-xNix films (x = 0.05 and 0.15) absorb 6.8 and 5.9 wt% hydrogen at 280 °C.",
     ["Mg0.95Ni0.05", "Mg0.85Ni0.15"]),
])
def test_each_listed_member_gets_its_value(text, members):
    found = _systems(text)
    assert len(found) == len(members), found
    assert [sid for _, sid in found] == [_id(m) for m in members], found


@pytest.mark.parametrize("text", [
    # one value for a listed series: the series', not one member's
    "Li(BH4)1-xIx (x = 0.1, 0.2 and 0.3) reach ionic conductivities up to 0.07 mS/cm at 30 °C.",
    # a range names the series
    "Li(BH4)1-xIx (x = 0.1–0.3) reach ionic conductivities of 0.02 and 0.07 mS/cm at 30 °C.",
])
def test_a_series_without_one_value_per_member_stays_the_family(text):
    family = records("Li(BH4)1-xIx shows an ionic conductivity of 0.01 mS/cm at 30 °C.")[0]["system_id"]
    assert {sid for _, sid in _systems(text)} == {family}


@pytest.mark.parametrize("family, member, solute", [
    ("Mg1–xAlx", "Mg0.9Al0.1", "Al"),        # the site's minus set as an en dash
    ("Mg1−xTix", "Mg0.9Ti0.1", "Ti"),        # … as a minus sign
    ("Mg1-xAlx", "Mg0.9Al0.1", "Al"),
])
def test_a_site_count_with_a_dash_is_one_formula(family, member, solute):
    (row,) = records(f"The {family} (x = 0.1) films absorb 6.2 wt% hydrogen at 300 °C.")
    assert row["system_id"] == _id(member), row
    assert [c["material"] for c in row["components"]] == ["Mg", solute], row


def test_a_dash_between_two_parts_stays_a_separator():
    found = analyse_system("(1−x)LiBH4–xLiI").system
    assert [found.host.formula, *[a.formula for a in found.additives]] == ["LiBH4", "LiI"], found
