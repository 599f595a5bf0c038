"""One reactive composite written as its two states side by side ('2LiBH4 + MgH2 or 2LiH + MgB2': the same atoms
but hydrogen) is one sample, the hydrogenated state; a coefficient written as a fraction glued to its formula
('½MgH2', '1/2MgH2') is the decimal coefficient. Sentences written for these tests."""
import pytest
from extracted import records


def _ids(text: str) -> list[str]:
    return [r["system_id"] for r in records(text)]


def _id(notation: str) -> str:
    (row,) = records(f"The {notation} composite releases 9.0 wt% hydrogen at 400 °C.")
    return row["system_id"]


@pytest.mark.parametrize("text, hydrogenated", [
    ("The LiBH4 + ½MgH2 or LiH + ½MgB2 system stores 11.4 wt% hydrogen reversibly.", "LiBH4–0.5MgH2"),
    ("Reversible storage of 7.6 wt% H2 was found for 2NaBH4 + MgH2 / 2NaH + MgB2.", "2NaBH4–MgH2"),
    ("The LiNH2 + LiH or Li2NH + H2 couple cycles 6.1 wt% hydrogen at 280 °C.", "LiNH2–LiH"),
    # the dehydrogenated state written first: the sample is still the hydrogenated one
    ("The 2LiH + MgB2 or 2LiBH4 + MgH2 pair takes up 10.2 wt% hydrogen at 400 °C.", "2LiBH4–MgH2"),
])
def test_two_states_of_one_system_are_its_hydrogenated_sample(text, hydrogenated):
    assert _ids(text) == [_id(hydrogenated)]


def test_two_different_composites_joined_by_or_stay_two():
    # not one system's states (other atoms): each keeps its own value
    ids = _ids("The 2LiBH4 + MgH2 or 2LiBH4 + CaH2 composites release 9.5 and 9.1 wt% hydrogen at 400 °C, "
               "respectively.")
    assert ids == [_id("2LiBH4–MgH2"), _id("2LiBH4–CaH2")], ids


@pytest.mark.parametrize("notation", ["LiBH4 + ½MgH2", "LiBH4 + 1/2MgH2", "LiBH4–½MgH2", "LiBH4 + ½ MgH2"])
def test_a_glued_fraction_is_the_coefficient(notation):
    (row,) = records(f"The {notation} composite releases 9.0 wt% hydrogen at 400 °C.")
    assert row["system_id"] == _id("LiBH4–0.5MgH2"), row


def test_a_fraction_before_a_word_is_no_coefficient():
    (row,) = records("About 1/2 Mg was hydrided; the MgH2 part releases 6.0 wt% hydrogen at 350 °C.")
    assert row["material"] == "MgH2", row


@pytest.mark.parametrize("text, hydrogenated", [
    # a Zintl phase and its hydride joined by a dash: one system, the hydride (not KSi as its catalyst)
    ("The RbSi–RbSiH3 system stores 3.2 wt% of hydrogen at 0.2 MPa.", "RbSiH3"),
    ("The couple CsGe-CsGeH3 takes up 2.0 wt % hydrogen at 430 K.", "CsGeH3"),
    ("Mg2Co-Mg2CoH5 cycles 4.1 wt% hydrogen at 350 °C.", "Mg2CoH5"),
])
def test_two_states_joined_by_a_dash_are_the_hydride(text, hydrogenated):
    (row,) = records(text)
    assert [(c["material"], c["role"]) for c in row["components"]] == [(hydrogenated, "HostHydride")], row


def test_a_catalytic_hydride_beside_its_metal_stays_two():
    # TiH2 has a catalyst's role: TiH2 and Ti added to MgH2 are two additives, not one state pair
    (row,) = records("The MgH2–TiH2–Ti composite releases 6.0 wt% hydrogen at 300 °C.")
    assert [c["material"] for c in row["components"]] == ["MgH2", "TiH2", "Ti"], row
