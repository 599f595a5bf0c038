"""Value forms that were left unread or put on the wrong sample (sentences written for these tests).

- an electrode's charge per area or per volume and an electrode's capacitance are properties of their own
  (areal_capacity, volumetric_capacity, specific_capacitance, areal_capacitance), never a charge per mass;
- a charge per mass restated in brackets after an areal value keeps the name the words give it;
- 'doped and undoped with X' (like 'with and without X') is a pair of samples, also when the values come in the
  next sentence; a sample named in the values' own clause after the pair takes them instead;
- a list of values pairs with a list of as many settings ('… mAh/g at 0.1, 0.5 and 2 C'), 'respectively' or not;
- a phase transition said with a verb ('transforms from orthorhombic to hexagonal at …') is a transition temperature;
- a second value of another property for its own sample ('… for A and the peak temperature was … for B') is B's;
- a hydrogenation pressure alone is no value; a plateau pressure is.
"""
import pytest
from prose_sentences import contract_measurements


def _rows(text):
    return [(r["property"], r["value"], r["unit"]) for r in sorted(contract_measurements(text),
                                                                   key=lambda r: r["source"]["start"])]


@pytest.mark.parametrize("text, want", [
    ("The sputtered MgH2 electrode retains an areal capacity of 0.36 mAh/cm2 after twenty cycles.",
     ("areal_capacity", 0.36, "mAh/cm2")),
    ("In the first lithiation the thin MgH2 layer stores 245 µAh cm−2.", ("areal_capacity", 0.245, "mAh/cm2")),
    ("Owing to its dense packing, the MgH2–graphite electrode reaches 1180 mAh cm−3 at 0.5 C.",
     ("volumetric_capacity", 1180.0, "mAh/cm3")),
    ("A specific capacitance of 142 F/g was measured for the MgH2-derived carbon electrode.",
     ("specific_capacitance", 142.0, "F/g")),
    ("The MgH2 electrode exhibits a double-layer capacitance of 28 µF/cm2 in the blocking cell.",
     ("areal_capacitance", 28.0, "uF/cm2")),
])
def test_charge_per_area_or_volume_and_capacitance_are_own_properties(text, want):
    assert want in _rows(text)
    assert not any(p.endswith("capacity") and u == "mAh/g" for p, _, u in _rows(text))


def test_a_charge_per_mass_stays_a_specific_capacity():
    # near miss: mAh/g is the charge per mass, whatever area or volume words the sentence holds
    assert _rows("The MgH2 film on copper foil delivers 1620 mAh/g in its first discharge.") == \
        [("discharge_capacity", 1620.0, "mAh/g")]


@pytest.mark.parametrize("text, want", [
    ("In the first cycle the MgH2 film gives an initial discharge capacity of 268 µAh/cm2 (about 2480 mAh/g).",
     [("areal_capacity", 0.268, "mAh/cm2"), ("discharge_capacity", 2480.0, "mAh/g")]),
    ("For the MgH2 layer, the lithiation and delithiation capacities were 198 µAh/cm2 (∼1830 mAh/g) and 84 µAh/cm2 "
     "(∼776 mAh/g), respectively.",
     [("areal_capacity", 0.198, "mAh/cm2"), ("discharge_capacity", 1830.0, "mAh/g"),
      ("areal_capacity", 0.084, "mAh/cm2"), ("charge_capacity", 776.0, "mAh/g")]),
    ("The charge and discharge capacities of the MgH2 film are respectively 61 µAh/cm2 (~560 mAh/g) and 170 µAh/cm2 "
     "(~1570 mAh/g).",
     [("areal_capacity", 0.061, "mAh/cm2"), ("charge_capacity", 560.0, "mAh/g"),
      ("areal_capacity", 0.17, "mAh/cm2"), ("discharge_capacity", 1570.0, "mAh/g")]),
])
def test_a_restated_charge_per_mass_keeps_its_name(text, want):
    assert _rows(text) == want


def _samples(text):
    return {r["value"]: sorted(c["material"] for c in r["components"]) for r in contract_measurements(text)}


@pytest.mark.parametrize("text, want", [
    ("The activation energies of NaAlH4 doped and undoped with CeCl3 were 82 and 118 kJ/mol, respectively.",
     {82.0: ["CeCl3", "NaAlH4"], 118.0: ["NaAlH4"]}),
    ("Mg(BH4)2 samples undoped and doped with NbF5 were ball milled for 5 h. Their onset temperatures were 290 and "
     "235 °C.", {290.0: ["Mg(BH4)2"], 235.0: ["Mg(BH4)2", "NbF5"]}),
    ("We milled LiAlH4 with and without 3 mol% NiCo2O4 under argon. Their apparent activation energies were 71 and "
     "104 kJ/mol.", {71.0: ["LiAlH4", "NiCo2O4"], 104.0: ["LiAlH4"]}),
    ("NaAlH4 uncatalysed and catalysed by 2 mol% ZrCl4 was heated at 2 K/min. The onset temperatures were 205 and "
     "132 °C.", {205.0: ["NaAlH4"], 132.0: ["NaAlH4", "ZrCl4"]}),
])
def test_doped_and_undoped_pairs_the_two_samples(text, want):
    assert _samples(text) == want


def test_former_and_latter_of_a_with_and_without_pair():
    text = ("Samples of Mg(BH4)2 with and without NbF5 were compared. The onset temperature was 240 °C for the former "
            "and 285 °C for the latter.")
    assert _samples(text) == {240.0: ["Mg(BH4)2", "NbF5"], 285.0: ["Mg(BH4)2"]}


def test_a_sample_named_in_the_values_own_clause_takes_them():
    # near miss: the pair is what was compared; the clause with the values names the one sample they are of
    text = ("To compare LiAlH4 samples with and without CoFe2O4 over both stages, the activation energy of the "
            "LiAlH4–5 mol% CoFe2O4 sample was 61 and 77 kJ/mol, a fall of 30 and 25 %, respectively, against the bare hydride.")
    got = _samples(text)
    assert got[61.0] == got[77.0] == ["CoFe2O4", "LiAlH4"]


def test_milled_and_remilled_is_no_pair():
    # near miss: a participle twice, none negated, names no sample without the material
    text = "LiAlH4 milled and milled with TiCl3 was studied. Their activation energies were 98 and 160 kJ/mol."
    assert all("TiCl3" in c for c in _samples(text).values())


def _settings(text, key):
    return [(r["value"], r["conditions"].get(key)) for r in
            sorted(contract_measurements(text), key=lambda r: r["source"]["start"])]


@pytest.mark.parametrize("text, key, want", [
    ("The MgH2–graphite anode delivers 640, 515 and 380 mAh/g at 0.1, 0.5 and 2 C.", "c_rate",
     [(640.0, 0.1), (515.0, 0.5), (380.0, 2.0)]),
    ("At 0.2 C, 1 C and 5 C the MgH2 film still gives 910, 700 and 430 mAh/g.", "c_rate",
     [(910.0, 0.2), (700.0, 1.0), (430.0, 5.0)]),
    ("The MgH2–Ni electrode keeps 1020, 760 and 505 mAh/g at 200, 800 and 1600 mA/g.", "current_density",
     [(1020.0, 200.0), (760.0, 800.0), (505.0, 1600.0)]),
    ("The MgH2–Fe sample absorbs 4.7, 5.3 and 5.9 wt% at 225 °C, 275 °C and 325 °C.", "temperature",
     [(4.7, 225.0), (5.3, 275.0), (5.9, 325.0)]),
])
def test_a_list_of_values_pairs_with_as_many_settings(text, key, want):
    assert _settings(text, key) == want


def test_one_setting_holds_for_every_value():
    # near miss: one rate for three samples' values is every value's
    text = "MgH2, MgH2–C and MgH2–Ni anodes deliver 640, 515 and 380 mAh/g, respectively, at 0.5 C."
    assert [c for _, c in _settings(text, "c_rate")] == [0.5, 0.5, 0.5]


@pytest.mark.parametrize("text, want", [
    ("On heating, LiBH4 transforms from orthorhombic to hexagonal at about 386 K.", 112.85),
    ("The LiBH4–LiCl solid solution changes from orthorhombic to hexagonal at 104 °C.", 104.0),
    ("A phase transformation of Li2B12H12 takes place near 600 K.", 326.85),
])
def test_phase_transition_said_with_a_verb(text, want):
    rows = _rows(text)
    assert [(p, round(v, 2)) for p, v, _ in rows] == [("phase_transition_temperature", want)]


def test_a_hydride_turning_into_another_compound_is_no_phase_transition():
    # near miss: a decomposition into another compound names no phase of the same solid
    assert not any(p == "phase_transition_temperature" for p, _, _ in
                   _rows("On heating, NaAlH4 transforms into Na3AlH6 at 230 °C."))


def _property_samples(text):
    return [(r["property"], r["value"], sorted(c["material"] for c in r["components"]))
            for r in sorted(contract_measurements(text), key=lambda r: r["source"]["start"])]


@pytest.mark.parametrize("text, want", [
    ("The apparent activation energy was 96 kJ/mol for the La-doped NaAlH4 and the onset temperature was 142 °C "
     "for La-doped Na3AlH6.",
     [("dehydrogenation_activation_energy", 96.0, ["La", "NaAlH4"]),
      ("onset_dehydrogenation_temperature", 142.0, ["La", "Na3AlH6"])]),
    ("Ea and the peak temperature reached 84 kJ/mol for MgH2–Nb2O5 and 262 °C for MgH2–TiO2.",
     [("dehydrogenation_activation_energy", 84.0, ["MgH2", "Nb2O5"]),
      ("peak_dehydrogenation_temperature", 262.0, ["MgH2", "TiO2"])]),
    ("The activation energy and the onset temperature were 101 kJ/mol for the Zr-doped LiAlH4 and 135 °C for the "
     "Zr-doped Li3AlH6, respectively.",
     [("dehydrogenation_activation_energy", 101.0, ["LiAlH4", "Zr"]),
      ("onset_dehydrogenation_temperature", 135.0, ["Li3AlH6", "Zr"])]),
])
def test_second_value_of_another_property_for_its_own_sample(text, want):
    assert _property_samples(text) == want


def test_an_unnamed_second_quantity_is_no_property():
    # near miss: nothing names what the temperature is; it is no activation energy and no named temperature
    got = _property_samples("The activation energy was 96 kJ/mol for the La-doped NaAlH4 and 142 °C for the "
                            "La-doped Na3AlH6.")
    assert [p for p, _, _ in got] == ["dehydrogenation_activation_energy"]


@pytest.mark.parametrize("text", [
    "The LiNH2–LiH mixture takes up hydrogen at 3.0 MPa.",
    "The ball-milled MgH2–Fe powder was rehydrogenated under 20 bar H2.",
    "Under a hydrogen pressure of 4 MPa, the Mg2Ni alloy was fully hydrided.",
])
def test_a_hydrogenation_pressure_alone_is_no_value(text):
    # (guards behaviour main already has: a pressure of an uptake is the setting of a value, never one itself)
    assert _rows(text) == []


@pytest.mark.parametrize("text, want", [
    ("The Mg2Ni alloy has an equilibrium pressure of 0.32 MPa at 300 °C.", 0.32),
    ("At 320 °C the desorption plateau pressure of the MgH2–Ti sample is 2.4 bar.", 0.24),
])
def test_a_plateau_pressure_is_a_value(text, want):
    assert _rows(text) == [("plateau_pressure", want, "MPa")]
