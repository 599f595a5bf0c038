"""Ni–MH negative-electrode papers (Mg2Ni-type and La–Mg–Ni alloys): the notations they write their figures
by and the samples they name. Passages written for these tests."""
import pytest

from tests.extracted import records


def _facts(text: str) -> list[tuple[str, float, str, dict]]:
    return [(r["property"], r["value"], r["system"], r.get("conditions") or {}) for r in records(text + "\n")]


def _assert_values_on(text: str, expected: list[tuple[float, str]]) -> None:
    """Each value of ``text`` on the system named, in any order."""
    facts = _facts(text)
    assert sorted((f[1], f[2]) for f in facts) == sorted(expected), facts


@pytest.mark.parametrize("text, fact", [
    ("The Mg2Ni0.9Co0.1 electrode kept an S50 of 64% in 6 M KOH.",
     ("capacity_retention", 64.0, "Mg2Ni0.9Co0.1", {"cycles": 50.0})),
    ("After cycling, S100 of the annealed La0.8Mg0.2Ni3.4 alloy electrode reached 81.5%.",
     ("capacity_retention", 81.5, "La0.8Mg0.2Ni3.4", {"cycles": 100.0})),
    ("For the Mg1.9Al0.1Ni electrode, HRD600 amounts to 47 %.",
     ("high_rate_dischargeability", 47.0, "Mg1.9Al0.1Ni", {"current_density": 600.0})),
    ("The melt-spun Mg2Ni0.8Mn0.2 ribbons gave HRD1200 = 39%.",
     ("high_rate_dischargeability", 39.0, "Mg2Ni0.8Mn0.2", {"current_density": 1200.0})),
])
def test_a_notation_with_its_condition_glued_on_is_the_property_at_that_condition(text, fact):
    prop, value, system, conditions = fact
    got = [f for f in _facts(text) if f[0] == prop and f[1] == value]
    assert got and got[0][2] == system and all(got[0][3].get(k) == v for k, v in conditions.items()), _facts(text)


def test_near_miss_a_sample_named_s_and_a_digit_stays_a_sample_name():
    # 'S2' names a sample: no retention after two cycles is read into it
    facts = _facts("Powders S1 and S2 were milled for 10 h; S2 gave off 5.1 wt% H2 and lost 12% of it on cycling.")
    assert not any(f[0] == "capacity_retention" for f in facts), facts


def test_near_miss_a_notation_with_no_per_cent_value_after_it_is_not_rewritten():
    from ingest.extraction.text.glued_conditions import glued_condition_notations
    assert glued_condition_notations("The S100 grade steel holder was used; the alloy took up 3.1 wt% H2.") == []
    assert glued_condition_notations("S100 of the alloy was 82%.") == [(0, 4, "capacity retention after 100 cycles")]


@pytest.mark.parametrize("text, system", [
    ("La–Mg–Ni alloys store hydrogen in stacked blocks. The La0.8Mg0.2Ni3.3Al0.1 alloy was prepared by "
     "induction melting. The alloy electrode gave a maximum discharge capacity of 372 mAh/g.", "La0.8Mg0.2Ni3.3Al0.1"),
    ("Mg–Ni alloys attract interest for Ni–MH cells. The Mg1.7Ti0.3Ni alloy was made by mechanical alloying. "
     "The alloy electrode showed a discharge capacity of 401 mAh/g.", "Mg1.7Ti0.3Ni"),
    ("Our group studies La–Mg–Ni–Co electrodes. An La0.7Mg0.3Ni3.2Co0.3 alloy was produced by arc melting. "
     "Its electrode discharged 358 mAh/g at 60 mA/g.", "La0.7Mg0.3Ni3.2Co0.3"),
])
def test_an_alloy_of_partial_substitution_after_its_family_is_its_own_host(text, system):
    facts = _facts(text)
    assert [f[2] for f in facts if f[0] == "discharge_capacity"] == [system], facts


def test_near_miss_an_alloy_milled_in_at_a_loading_stays_an_additive():
    facts = _facts("Mg2Ni was studied first. The Mg2Ni was then ball milled with 10 wt% Mg1.8Ti0.2Ni. The composite "
                   "delivered a discharge capacity of 385 mAh/g.")
    assert [f[2] for f in facts] == ["Mg2Ni–10 wt% Mg1.8Ti0.2Ni"], facts


@pytest.mark.parametrize("text, expected", [
    ("Mg2-xCoxNi (x = 0, 0.1, 0.2) alloys were milled for 60 h. Capacity retention after 30 cycles: 41% (x = 0), "
     "66% (x = 0.2).", [(41.0, "Mg2Ni"), (66.0, "Mg1.8Co0.2Ni")]),
    ("Mg2Ni1-xCux (x = 0–0.4) ribbons were melt-spun. The crystallite size grows from 9 nm (x = 0) to 15 nm (x = 0.4).",
     [(9.0, "Mg2Ni"), (15.0, "Mg2Ni0.6Cu0.4")]),
    ("Mg2Ni1-xFex (x = 0–0.3) alloys were cast. The electrode reaches 287 mAh/g for x = 0.3.",
     [(287.0, "Mg2Ni0.7Fe0.3")]),
])
def test_a_member_named_right_after_its_value_gets_the_value(text, expected):
    _assert_values_on(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("The discharge capacity is 300 mAh/g for Mg2Ni and 250 mAh/g for Mg2Ni0.7Mn0.3.",
     [(300.0, "Mg2Ni"), (250.0, "Mg2Ni0.7Mn0.3")]),
    ("After 40 cycles the retention reached 52% for Mg2Ni and 70% for Mg1.9Al0.1Ni.",
     [(52.0, "Mg2Ni"), (70.0, "Mg1.9Al0.1Ni")]),
    ("Electrodes of the cast alloys gave 344 mAh/g for La0.8Mg0.2Ni3.4 and 361 mAh/g for La0.7Mg0.3Ni3.3Co0.1.",
     [(344.0, "La0.8Mg0.2Ni3.4"), (361.0, "La0.7Mg0.3Ni3.3Co0.1")]),
])
def test_each_value_is_the_alloys_named_for_it_after_it(text, expected):
    _assert_values_on(text, expected)


def test_near_miss_a_bare_catalyst_named_for_a_value_joins_the_passages_hydride():
    facts = _facts("MgH2 was milled with several metals. The onset was 250 °C for Ni and 300 °C for Fe.")
    assert sorted((f[1], f[2]) for f in facts) == [(250.0, "MgH2–Ni"), (300.0, "MgH2–Fe")], facts


@pytest.mark.parametrize("text, components", [
    ("Mg2Ni was ball milled with 5 wt% CNTs, and part of the composite was coated with Ni. The Ni-coated composite "
     "kept 68% of its capacity after 30 cycles.", {"Mg2Ni", "carbon nanotube", "Ni"}),
    ("MgH2 was ball milled with 5 wt% graphite. Afterwards the Pd-decorated composite released 5.5 wt% H2.",
     {"MgH2", "graphite", "Pd"}),
    ("Mg2Ni was milled with 10 wt% graphite for 5 h. The Co-coated nanocomposite showed a discharge capacity of "
     "402 mAh/g.", {"Mg2Ni", "graphite", "Co"}),
])
def test_a_prefix_on_the_composite_noun_adds_to_the_passages_composite(text, components):
    rows = records(text + "\n")
    assert len(rows) == 1 and {c["material"] for c in rows[0]["components"]} == components, rows


def test_near_miss_a_prefix_on_the_sample_noun_names_the_host_with_that_additive():
    rows = records("MgH2 was ball milled with 5 wt% graphite. The Ni-doped sample released 5.5 wt% H2.\n")
    assert len(rows) == 1 and {c["material"] for c in rows[0]["components"]} == {"MgH2", "Ni"}, rows


@pytest.mark.parametrize("text, expected", [
    ("The Mg1.8Ti0.2Ni electrode gave 400 mAh/g. Mg2Ni absorbed 3.4 wt% hydrogen at 300 °C.",
     [(400.0, "Mg1.8Ti0.2Ni"), (3.4, "Mg2Ni")]),
    ("Melt-spun Mg2Ni0.8Co0.2 ribbons reached 312 mAh/g. Unsubstituted Mg2Ni, made the same way, reached 268 mAh/g.",
     [(312.0, "Mg2Ni0.8Co0.2"), (268.0, "Mg2Ni")]),
    ("A Mg1.9Al0.1Ni electrode kept 57% after 20 cycles, whereas Mg2Ni kept only 35%.",
     [(57.0, "Mg1.9Al0.1Ni"), (35.0, "Mg2Ni")]),
])
def test_the_stoichiometric_parent_of_a_substituted_alloy_is_a_sample_of_its_own(text, expected):
    _assert_values_on(text, expected)


def test_near_miss_a_phase_formed_in_an_alloy_of_other_counts_is_no_sample():
    facts = _facts("The Mg90Ni10 alloy was melt spun. Mg2Ni formed on hydrogen cycling, and the alloy absorbed 5.1 wt% H2.")
    assert [(f[1], f[2]) for f in facts] == [(5.1, "Mg90Ni10")], facts


@pytest.mark.parametrize("text, expected", [
    ("Mg2Ni1-xMnx (x = 0–0.3) alloys were produced by melt spinning. The discharge capacity falls from 243 mAh/g "
     "for the Mn-free alloy to 226 mAh/g for x = 0.3.", [(243.0, "Mg2Ni"), (226.0, "Mg2Ni0.7Mn0.3")]),
    ("Mg2-xTixNi (x = 0–0.2) alloys were milled for 80 h. The capacity retention rises from 38% for the Ti-free "
     "alloy to 61% for x = 0.2.", [(38.0, "Mg2Ni"), (61.0, "Mg1.8Ti0.2Ni")]),
    ("Mg2Ni1-xCox (x = 0–0.2) ribbons were spun. HRD300 increased from 41% for the Co-free alloy to 55% for x = 0.2.",
     [(41.0, "Mg2Ni"), (55.0, "Mg2Ni0.8Co0.2")]),
])
def test_the_substituent_free_alloy_of_a_series_is_its_member_without_it(text, expected):
    _assert_values_on(text, expected)


def test_near_miss_the_partner_free_end_of_a_composite_series_is_the_host():
    facts = _facts("xLiBH4–(1−x)LiI (x = 0.5–0.8) was milled. The conductivity rises from 0.001 mS/cm for the "
                   "LiI-free sample to 0.1 mS/cm for x = 0.8.")
    assert (0.001, "LiBH4") in [(f[1], f[2]) for f in facts], facts


@pytest.mark.parametrize("text, expected", [
    ("Ni in Mg2Ni was partly replaced by Mn, and Mg2Ni1-xMnx (x = 0–0.3) alloys were produced by melt spinning. "
     "The electrode capacity falls from 243 mAh/g for the Mn-free alloy to 226 mAh/g for x = 0.3.",
     [(243.0, "Mg2Ni"), (226.0, "Mg2Ni0.7Mn0.3")]),
    ("Starting from Mg2Ni, Mg2-xTixNi (x = 0–0.2) powders were made by milling. Their crystallite size shrinks from "
     "12 nm (x = 0) to 5 nm (x = 0.2).", [(12.0, "Mg2Ni"), (5.0, "Mg1.8Ti0.2Ni")]),
    ("To stabilise Mg2Ni electrodes, Mg2Ni1-xCox (x = 0–0.4) ribbons were spun. The discharge capacity reaches "
     "301 mAh/g for x = 0.4.", [(301.0, "Mg2Ni0.6Co0.4")]),
])
def test_a_series_named_beside_its_parent_alloy_is_the_passages_subject(text, expected):
    _assert_values_on(text, expected)


def test_near_miss_a_parent_alloy_named_alone_stays_the_subject():
    _assert_values_on("Ni in Mg2Ni was partly replaced by Mn in later work. The Mg2Ni electrode gave 243 mAh/g.",
                      [(243.0, "Mg2Ni")])


@pytest.mark.parametrize("text, expected", [
    ("Mg2Ni1-xMnx (x = 0–0.3) alloys were produced by melt spinning. HRD900 increases from 51.2% to 64.8% as x "
     "rises from 0 to 0.3.", [(51.2, "Mg2Ni"), (64.8, "Mg2Ni0.7Mn0.3")]),
    ("Mg2-xTixNi (x = 0–0.2) powders were milled. The capacity retention after 30 cycles went from 40% to 63% when x "
     "was raised from 0 to 0.2.", [(40.0, "Mg2Ni"), (63.0, "Mg1.8Ti0.2Ni")]),
    ("Mg2Ni1-xCox (x = 0–0.4) ribbons were spun. Raising x from 0 to 0.4 lowered the discharge capacity from "
     "280 mAh/g to 230 mAh/g.", [(280.0, "Mg2Ni"), (230.0, "Mg2Ni0.6Co0.4")]),
])
def test_a_change_said_beside_the_symbols_change_puts_each_end_on_its_member(text, expected):
    _assert_values_on(text, expected)


def test_near_miss_a_single_value_beside_the_symbols_range_stays_the_series():
    _assert_values_on("Mg2Ni1-xCox (x = 0–0.4) ribbons were spun. The discharge capacity was 280 mAh/g, with x "
                      "ranging from 0 to 0.4.", [(280.0, "Mg2Ni1-xCox")])
