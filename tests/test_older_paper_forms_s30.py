"""Forms older hydrogen-storage papers use for the measured sample and its value.

- A from/to change whose new value is named for a reactive composite of another host ('… from 75 kJ/mol for MgH2
  to 64 kJ/mol for LiBH4–MgH2'): the new value is that composite's, though its host (LiBH4) is not the old one's.
- A storage metal named doped ('the Ti-doped Mg'): a sample of Mg with the dopant as its catalyst, as 'Ti-doped
  MgH2' is, not one material called 'Ti-doped Mg'."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.property, m.value, m.system.host.formula, tuple(a.formula for a in m.system.additives))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, new_host, partner", [
    ("The reaction enthalpy fell from 74 kJ/mol H2 for MgH2 alone to 61 kJ/mol H2 for LiBH4–MgH2.", "LiBH4", "MgH2"),
    ("The desorption enthalpy decreased from 76 kJ/mol H2 for pure MgH2 to 62 kJ/mol H2 for the 2LiBH4–MgH2 "
     "composite.", "LiBH4", "MgH2"),
    ("Our measured enthalpy was lowered from 78 kJ/mol H2 for the milled MgH2 to 55 kJ/mol H2 for NaBH4–MgH2.",
     "NaBH4", "MgH2"),
])
def test_new_value_of_a_composite_of_another_host(text, new_host, partner):
    rows = _rows(text)
    assert len(rows) == 2, rows
    (_, _, old_host, old_adds), (_, _, host, adds) = rows
    assert (old_host, old_adds) == ("MgH2", ()), rows
    assert host == new_host and partner in adds, rows


@pytest.mark.parametrize("text, new_host", [
    ("The activation energy of MgH2 dropped from 158 kJ/mol to 118 kJ/mol for the 2LiBH4–MgH2 composite.", "LiBH4"),
    ("Set against MgH2, the activation energy dropped from 158 kJ/mol for MgH2 to 121 kJ/mol for Mg(NH2)2–2LiH.",
     "Mg(NH2)2"),
])
def test_new_value_said_for_a_composite_after_the_subject_host(text, new_host):
    rows = _rows(text)
    assert [h for _, _, h, _ in rows] == ["MgH2", new_host], rows


def test_near_miss_a_composite_of_the_same_host_stays_as_it_was():
    rows = _rows("The reaction enthalpy fell from 74 kJ/mol H2 for MgH2 to 66 kJ/mol H2 for MgH2–TiH2.")
    assert [(h, a) for _, _, h, a in rows] == [("MgH2", ()), ("MgH2", ("TiH2",))], rows


@pytest.mark.parametrize("text, dopant", [
    ("The Ti-doped Mg took up 5.2 wt% H2 at 300 °C.", "Ti"),
    ("Our Fe-doped Mg gave off 4.4 wt% H2 at 350 °C.", "Fe"),
    ("An enthalpy of 73 kJ/mol H2 was derived for the V-doped Mg.", "V"),
    ("The Co-doped Mg2Ni took up 3.1 wt% H2 at 280 °C.", "Co"),
])
def test_a_doped_storage_metal_is_a_sample_of_it(text, dopant):
    rows = _rows(text)
    assert rows and all(h in ("Mg", "MgH2", "Mg2Ni", "Mg2NiH4") and a == (dopant,) for _, _, h, a in rows), rows


def test_near_miss_a_doped_oxide_stays_one_additive():
    rows = _rows("The Co-doped TiO2 was milled with MgH2, which then took up 5.3 wt% H2 at 300 °C.")
    assert rows and all(a == ("Co-doped TiO2",) for _, _, _, a in rows), rows


def _signed(text):
    return [(m.property, m.value, m.reported_sign) for m in extract_text(text).measurements
            if m.property in ("reaction_enthalpy", "reaction_entropy")]


@pytest.mark.parametrize("text, value", [
    ("The standard enthalpy for the decomposition of LiAlH4 to Li3AlH6, Al and hydrogen equals −9 kJ/mol H2, so "
     "this first step is exothermic.", -9.0),
    ("For ammonia borane, the first decomposition step is exothermic, with ΔH = −22 kJ/mol H2.", -22.0),
    ("The desorption enthalpy we obtained for the LiAlH4 powder was −8 kJ/mol H2.", -8.0),
    ("The dehydrogenation of NH3BH3 gives heat off: its enthalpy is −23 kJ/mol H2.", -23.0),
])
def test_a_negative_decomposition_enthalpy_keeps_its_sign(text, value):
    assert _signed(text) == [("reaction_enthalpy", value, "-")], _signed(text)


@pytest.mark.parametrize("text", [
    "The formation of MgH2 is exothermic, with ΔH = −74 kJ/mol H2.",
    "Our Mg sample shows ΔH = −74 kJ/mol H2 from the van 't Hoff plot.",
    "The formation enthalpy of the MgH2 phase was −74 kJ/mol H2.",
])
def test_near_miss_a_formation_or_unnamed_enthalpy_is_stored_as_the_release(text):
    assert _signed(text) == [("reaction_enthalpy", 74.0, "-")], _signed(text)


@pytest.mark.parametrize("text, key", [
    ("The hydride formation enthalpy of the Mg–10 at% Ni alloy, as read off the van 't Hoff plot, is −71 kJ/mol H2.",
     "hydrogenation_enthalpy"),
    ("The hydride formation enthalpy of our ball-milled Mg–5 at% Fe powder, taken from the van 't Hoff line, is "
     "−73 kJ/mol H2.", "hydrogenation_enthalpy"),
    ("The hydriding enthalpy of the Mg–10 at% Ni alloy, from a van 't Hoff analysis, is −70 kJ/mol H2.",
     "hydrogenation_enthalpy"),
    ("The absorption enthalpy of the annealed Mg–10 at% Ni alloy, from a van 't Hoff analysis, is −70 kJ/mol H2.",
     "hydrogenation_enthalpy"),
    ("The dehydriding activation energy of the nanocrystalline Mg2Ni powder milled for 20 h, taken from the "
     "Kissinger plot, was 96 kJ/mol.", "dehydrogenation_activation_energy"),
])
def test_a_property_name_is_not_cut_by_a_long_subject(text, key):
    assert [k for k, _, _, _ in _rows(text)] == [key], _rows(text)


def test_near_miss_a_name_said_in_the_last_words_is_read_as_before():
    rows = _rows("The formation enthalpy of the Mg–10 at% Ni alloy, as read off the van 't Hoff plot, is −71 kJ/mol H2.")
    assert [k for k, _, _, _ in rows] == ["reaction_enthalpy"], rows


@pytest.mark.parametrize("text, host, key", [
    ("At 553 K the Mg2Ni-type phase took up 3.3 wt% H2 within 15 min.", "Mg2Ni", "absorbed_hydrogen_capacity"),
    ("Our PCT curves give a plateau pressure of 0.21 MPa at 573 K for the Mg2Ni-type alloy.", "Mg2Ni",
     "plateau_pressure"),
    ("The LaNi5-type compound prepared by arc melting took up 1.3 wt% H2 at 300 K.", "LaNi5",
     "absorbed_hydrogen_capacity"),
    ("A Mg2Ni-based alloy milled for 40 h took up 3.0 wt% H2 at 523 K.", "Mg2Ni", "absorbed_hydrogen_capacity"),
])
def test_a_storage_compound_named_by_its_type(text, host, key):
    rows = _rows(text)
    assert [(k, h) for k, _, h, _ in rows] == [(key, host)], rows


@pytest.mark.parametrize("text", [
    "The NaCl-type structure of the sodium salt stays stable up to 400 K.",
    "Mg-based alloys are cheap and take up 5 wt% H2 at 573 K.",
])
def test_near_miss_a_structure_type_or_an_element_class_names_no_host(text):
    assert not any(h in ("NaCl", "Mg2Ni") for _, _, h, _ in _rows(text)), _rows(text)


@pytest.mark.parametrize("text, value", [
    ("The equilibrium pressure for the hydriding of the Mg–20 wt% LaNi5 composite at 573 K is 0.45 MPa.", 0.45),
    ("The plateau pressure for hydriding of our Mg2Ni alloy at 573 K was 0.32 MPa.", 0.32),
    ("The absorption plateau pressure of the hydriding Mg2Ni sample at 553 K was 0.19 MPa.", 0.19),
])
def test_a_temperature_said_with_at_is_the_pressure_setting(text, value):
    rows = [(m.property, m.value, m.conditions.get("temperature"))
            for m in extract_text(text).measurements]
    assert [(k, v) for k, v, _ in rows] == [("plateau_pressure", value)] and rows[0][2] is not None, rows


def test_near_miss_the_hydriding_temperature_of_an_amount_is_its_setting():
    # (the temperature the amount was taken up at: the amount's condition, tests/test_older_kinetics_settings_s30.py)
    rows = _rows("The hydriding of the Mg2Ni alloy at 573 K gives 3.4 wt% H2.")
    assert [k for k, _, _, _ in rows] == ["absorbed_hydrogen_capacity"], rows


@pytest.mark.parametrize("text, host", [
    ("The storage capacity of our nanocrystalline Mg2Ni powder dropped from 3.5 wt% to 3.0 wt% after 80 cycles.",
     "Mg2Ni"),
    ("The reversible capacity of MgH2–5 wt% Nb2O5 fell from 6.1 wt% to 5.7 wt% over 40 de/rehydrogenation cycles.",
     "MgH2"),
    ("For the Mg–10 wt% Ni composite, the hydrogen capacity declined from 5.9 wt% to 5.2 wt% after 200 cycles.", "Mg"),
])
def test_a_change_over_cycling_is_one_sample(text, host):
    ms = extract_text(text).measurements
    assert len(ms) == 2 and ms[0].system == ms[1].system and not ms[0].baseline, ms
    assert ms[0].system.host.formula == host and "cycles" not in ms[0].conditions and "cycles" in ms[1].conditions


def test_near_miss_a_change_made_by_an_additive_starts_at_the_host():
    ms = extract_text("The capacity of MgH2 rose from 5.1 wt% to 6.4 wt% after adding Ni.").measurements
    assert [m.system.bare for m in ms] == [True, False], ms


@pytest.mark.parametrize("text, host, value", [
    ("For the Mg–Ni–Fe alloy, the desorption plateau pressure at 573 K is 0.16 MPa.", "Mg", 0.16),
    ("For Mg2Ni, the plateau pressure at 573 K was 0.14 MPa.", "Mg2Ni", 0.14),
    ("In the case of our Mg2Ni alloy, the absorption plateau pressure at 553 K was 0.12 MPa.", "Mg2Ni", 0.12),
])
def test_a_fronted_sample_then_a_pressure_at_its_setting(text, host, value):
    rows = [(m.property, m.value, m.system.host.formula, m.conditions.get("temperature"))
            for m in extract_text(text).measurements]
    assert [r[:3] for r in rows] == [("plateau_pressure", value, host)] and rows[0][3] is not None, rows


def test_near_miss_an_aside_with_its_setting_still_names_the_value():
    rows = _rows("The peak temperatures of MgH2, measured at 5 K/min, were 612 K.")
    assert [k for k, _, _, _ in rows] == ["peak_dehydrogenation_temperature"], rows


@pytest.mark.parametrize("text, additive", [
    ("The storage capacity of the Mg-based composite with 8 wt% Ni came to 5.9 wt%.", "Ni"),
    ("The Mg-based mixture with 4 wt% Fe took up 5.3 wt% H2 at 573 K.", "Fe"),
    ("Our Mg-based nanocomposite containing 6 wt% V gave off 5.5 wt% H2 at 573 K.", "V"),
])
def test_a_sample_based_on_a_storage_metal_has_it_as_host(text, additive):
    rows = _rows(text)
    assert [(h, a) for _, _, h, a in rows] == [("Mg", (additive,))], rows


def test_near_miss_a_class_based_on_a_metal_names_no_host():
    rows = _rows("Mg-based hydrides can store up to 7.6 wt% H2 in principle.")
    assert all(h != "Mg" for _, _, h, _ in rows), rows


@pytest.mark.parametrize("text, key", [
    ("The dehydriding rate of MgH2 with 5 wt% V at 573 K is about 5 wt%/min.", "hydrogen_release_rate"),
    ("The dehydriding rate of the Mg2Ni alloy at 553 K was 0.05 wt% s−1.", "hydrogen_release_rate"),
    ("The hydriding rate of our Mg2Ni alloy at 523 K is 1.8 wt%/min.", "hydrogen_absorption_rate"),
])
def test_a_rate_named_in_the_older_words(text, key):
    rows = [(m.property, m.conditions.get("temperature")) for m in extract_text(text).measurements]
    assert len(rows) == 1 and rows[0][0] == key and rows[0][1] is not None, rows


def test_near_miss_a_hydriding_temperature_is_not_a_rate():
    assert [k for k, _, _, _ in _rows("The hydriding temperature of the Mg2Ni alloy was 523 K.")] \
        == ["hydrogenation_temperature"]
