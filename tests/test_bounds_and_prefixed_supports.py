"""A value's bound is no word of its property, and a reference's value may be a bound; a supported catalyst
whose support is abbreviated with a lower-case prefix ('Ni@rGO', 'Co/g-C3N4') is one additive of the sample
its loading is written in. Sentences written for these tests."""
import pytest
from extracted import records


def rows(text):
    return [(r["property"], r["value"], r["qualifier"], r["system"]) for r in records(f"# A test\n\n{text}\n")]


@pytest.mark.parametrize("text,prop", [
    ("Up to 6.2 wt% H2 was desorbed from Mg(BH4)2–NiCl2 below 400 °C.", "hydrogen_capacity"),
    ("Up to 7.1 wt% hydrogen is released by the MgH2–Ni composite.", "hydrogen_capacity"),
    ("Up to 5.5 wt% H2 was absorbed by MgH2–Ni at 250 °C.", "absorbed_hydrogen_capacity"),
    ("MgH2–Ni takes up to 6.2 wt% H2 within 10 min.", "absorbed_hydrogen_capacity"),   # 'takes up' read once
])
def test_up_to_is_a_bound_not_an_uptake(text, prop):
    got = [r for r in rows(text) if r[0].endswith("capacity")]
    assert [(p, q) for p, _, q, _ in got] == [(prop, "<=")], got


def test_a_label_holding_the_bound_words_still_names_its_property():
    got = rows("The LiBH4–NaBH4 solid solution remained stable against Li metal up to 5 V.")
    assert [(p, v, q) for p, v, q, _ in got] == [("electrochemical_stability_window", 5.0, "<=")]


@pytest.mark.parametrize("text,ref", [
    ("MgH2–TiO2 kept 800 mAh/g after 50 cycles versus below 100 mAh/g for MgH2.", 100.0),
    ("LiAlH4–Ni starts to decompose at 80 °C, compared with above 150 °C for pure LiAlH4.", 150.0),
    ("The onset of MgH2–5 wt% Nb2O5 is 200 °C versus over 300 °C for as-milled MgH2.", 300.0),
    ("A capacity of 800 mAh/g was kept after 50 cycles by MgH2–TiO2, compared with less than 100 mAh/g for bare MgH2.",
     100.0),
])
def test_a_reference_value_given_as_a_bound_is_the_references_and_keeps_its_bound(text, ref):
    got = {v: (q, s) for _, v, q, s in rows(text)}
    assert got[ref][0] in ("<", ">"), got
    assert got[ref][1] in ("MgH2", "LiAlH4"), got


def test_a_comparison_said_by_the_sample_is_exact_for_the_reference():
    # "much higher than 100 mAh/g for pure MgH2": the sample is compared, the reference's value is exact
    got = rows("MgH2–TiO2 shows a capacity much higher than 100 mAh/g for pure MgH2.")
    assert [(v, q, s) for _, v, q, s in got] == [(100.0, "=", "MgH2")]


@pytest.mark.parametrize("notation,additive", [
    ("LiAlH4-5 wt% Ni@rGO", "Ni@rGO"),
    ("MgH2-5 wt% Ni@rGO", "Ni@rGO"),
    ("MgH2-10 wt% Co/g-C3N4", "Co/g-C3N4"),
])
def test_support_abbreviated_with_a_lower_case_prefix_stays_in_the_sample(notation, additive):
    text = (f"The dehydrogenation onset temperature of {notation} is 55 °C, which is 95 °C lower than that of "
            "the as-received hydride.")
    got = records(f"# A test\n\n{text}\n")
    assert len(got) == 1
    parts = [(c["material"], c["role"], c["amount"]) for c in got[0]["components"][1:]]
    assert parts == [(additive, "Catalyst", 5.0 if "5 wt%" in notation else 10.0)], parts


def test_a_plain_formula_after_the_loading_is_unchanged():
    got = records("# A test\n\nThe onset temperature of MgH2-5 wt% Nb2O5 is 200 °C.\n")
    assert [(c["material"], c["amount"]) for c in got[0]["components"]] == [("MgH2", None), ("Nb2O5", 5.0)]


@pytest.mark.parametrize("text,ref", [
    ("MgH2–Ni starts releasing hydrogen at 210 °C, against 350 °C for MgH2.", 350.0),
    ("LiAlH4–TiF3 releases 7.1 wt% H2, against 5.2 wt% for LiAlH4 under the same conditions.", 5.2),
    ("MgH2 milled with Ni releases hydrogen at 250 °C, against 350 °C for MgH2.", 350.0),
])
def test_against_a_value_for_the_bare_host_is_the_reference(text, ref):
    got = {v: s for _, v, _, s in rows(text)}
    assert got.get(ref) in ("MgH2", "LiAlH4"), got


def test_stable_against_is_no_comparison():
    got = rows("MgH2–Ni is stable against oxidation, and MgH2 releases 6 wt% at 300 °C.")
    assert [s for _, v, _, s in got if v == 6.0] == ["MgH2–Ni"], got
