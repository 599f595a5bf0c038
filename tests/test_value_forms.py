"""Number and property-phrase forms of abstracts (h-values): which number is the property and which the
setting, property phrases said around the value, and settings that are no value of a material.
Every sentence here was written for this test."""
import pytest

from tests.extracted import property_values, records


# a temperature set before its clause, the clause then naming the stage of the release there
@pytest.mark.parametrize("text, key, value", [
    ("For the ball-milled MgH2–Nb2O5 sample, at 212 °C, hydrogen desorption commences.",
     "onset_dehydrogenation_temperature", 212.0),
    ("At 187 °C the LiAlH4–TiF3 mixture begins to release hydrogen.", "onset_dehydrogenation_temperature", 187.0),
    ("Below 265 °C the NaAlH4–CeCl3 composite decomposes fully.", "full_dehydrogenation_temperature", 265.0),
    ("Up to 330 °C, the Mg(BH4)2–NbF5 sample is completely decomposed.", "full_dehydrogenation_temperature", 330.0),
])
def test_fronted_temperature_named_by_its_clause(text, key, value):
    assert (key, value) in property_values(text)


@pytest.mark.parametrize("text", [
    # the clause names a value of its own: the fronted temperature is that value's setting
    "Already at 160 °C the LiBH4–MgH2–TiCl3 composite releases 3.6 wt% H2.",
    "At 240 °C, the peak desorption rate of MgH2–V reaches 0.9 wt% H2/min.",
])
def test_fronted_temperature_of_a_value_stays_a_setting(text):
    assert not [k for k, _ in property_values(text) if k.endswith("dehydrogenation_temperature")]


@pytest.mark.parametrize("text, value", [
    ("The KH-doped Mg(NH2)2–2LiH composite releases H2 at temperatures as low as 118 °C.", 118.0),
    ("Hydrogen is desorbed from the LiAlH4–NbCl5 mixture at temperatures down to 93 °C.", 93.0),
    ("Ti-doped NaAlH4 dehydrogenates at temperatures as low as ~104 °C.", 104.0),
])
def test_lowest_release_temperature_is_the_onset(text, value):
    assert ("onset_dehydrogenation_temperature", value) in property_values(text)


def test_temperatures_as_low_as_without_release_stay_unread():
    # a conductivity kept at low temperature: no release, no onset
    assert not [k for k, _ in property_values(
        "The LiBH4–LiI electrolyte conducts at temperatures as low as 35 °C.") if k.startswith("onset")]


@pytest.mark.parametrize("text, values", [
    ("The MgH2–Fe3O4 composite shows maximum H2 desorption rates at 262 and 341 °C.", [262.0, 341.0]),
    ("Maximum dehydrogenation rates at 305 °C were found for Mg–Ni-doped MgH2.", [305.0]),
    ("The two steps of LiBH4–MgH2–CeF3 have their maximum hydrogen release rates at 287 and 372 °C.", [287.0, 372.0]),
])
def test_maximum_rate_at_is_the_peak(text, values):
    got = property_values(text)
    for v in values:
        assert ("peak_dehydrogenation_temperature", v) in got


def test_a_rate_at_a_temperature_stays_its_setting():
    got = records("The desorption rate of MgH2–Nb2O5 at 300 °C is 0.8 wt%/min.")
    assert [r["property"] for r in got] == ["hydrogen_release_rate"]
    assert got[0]["conditions"].get("temperature") == 300.0


@pytest.mark.parametrize("text", [
    "Cells with the LiBH4 electrolyte lose capacity quickly for electrodes thicker than 120 µm.",
    "Hydrogen diffusion limits the uptake in films thicker than 80 nm of the Mg–Ti alloy MgH2.",
    "The MgH2–Ni anode fails when particles larger than 5 µm are used.",
])
def test_bound_on_a_kind_of_object_is_no_size(text):
    assert not [k for k, _ in property_values(text) if k in ("particle_size", "film_thickness", "crystallite_size")]


@pytest.mark.parametrize("text, size", [
    ("The NaAlH4 particles range from 20 to 90 nm, most of them below 45 nm.", (20.0, 90.0)),
    ("SEM shows LiBH4 grains of 200–600 nm, a small fraction larger than 800 nm.", (200.0, 600.0)),
    ("TEM shows CaH2 crystallites of 3.0–15.0 nm in size, with a majority portion finer than 7.5 nm.",
     (3.0, 15.0)),
])
def test_a_bound_on_a_share_of_the_distribution_is_no_size(text, size):
    # (the distribution's range is the sample's size; a bound on part of it says how the sizes spread)
    got = [(r["value"], r["value_max"]) for r in records(text) if r["property"] == "particle_size"
           or r["property"] == "crystallite_size"]
    assert got == [size]


def test_a_bound_on_the_whole_sample_stays_its_size():
    # (near miss: no share named, so the bound is the sample's own size)
    got = [(r["value"], r["qualifier"]) for r in records("After milling, the KAlH4 particles are smaller than 35 nm.")]
    assert got == [(35.0, "<")]


def test_the_samples_own_bounded_size_is_kept():
    # the near miss: particles the work made are bounded by the value, a size of the sample
    assert ("particle_size", 9.0) in property_values(
        "Milling LiH with MgCl2 gave MgH2 nanoparticles smaller than 9 nm.")


@pytest.mark.parametrize("text, value", [
    ("The LiBH4–LiNH2 electrolyte conducts well only above 105 °C, at which a phase transition occurs.", 105.0),
    ("Above 117 °C, where the structural transition takes place, LiBH4 conducts Li+ fast.", 117.0),
    ("The LiBH4 sample is poorly conducting below 112 °C, at which the phase transition occurs.", 112.0),
])
def test_event_at_a_bound_is_at_the_value(text, value):
    got = [r for r in records(text) if r["property"] == "phase_transition_temperature"]
    assert [(r["value"], r["qualifier"]) for r in got] == [(value, "=")]


def _keyed(text):
    return sorted((r["property"], r["value"], r["qualifier"]) for r in records(text))


@pytest.mark.parametrize("text, low, high", [
    ("The LiBH4–CaF2 sample has a starting and peak dehydrogenation temperature of ~85 and ~130 °C, respectively.",
     85.0, 130.0),
    ("Onset and peak desorption temperatures of about 190 and about 255 °C, respectively, were found for MgH2–CoO.",
     190.0, 255.0),
    ("For NaAlH4–TiO2 the onset and peak temperatures of dehydrogenation are ca. 110 and ca. 160 °C, respectively.",
     110.0, 160.0),
])
def test_two_properties_listed_with_each_number_approximated(text, low, high):
    got = _keyed(text)
    assert ("onset_dehydrogenation_temperature", low, "~") in got
    assert ("peak_dehydrogenation_temperature", high, "~") in got


@pytest.mark.parametrize("text, first, second", [
    ("The activation energies of MgH2 and MgH2–Fe2O3 are ~95 and 120 kJ/mol, respectively.", 95.0, 120.0),
    ("The desorption enthalpies of LiBH4–MgH2 and LiBH4–MgH2–TiCl3 are about 42 and 38 kJ/mol H2, respectively.",
     42.0, 38.0),
    ("Capacities of ca. 5.2 and 4.7 wt% were reached by MgH2–Nb and MgH2–V, respectively.", 5.2, 4.7),
])
def test_an_approximation_written_once_goes_with_the_list(text, first, second):
    got = {r["value"]: r["qualifier"] for r in records(text)}
    assert got.get(first) == "~" and got.get(second) == "~"


def test_an_exact_second_member_after_an_exact_first_stays_exact():
    got = {r["value"]: r["qualifier"] for r in records(
        "The activation energies of MgH2 and MgH2–Fe2O3 are 95 and 120 kJ/mol, respectively.")}
    assert got == {95.0: "=", 120.0: "="}


@pytest.mark.parametrize("text, q", [
    ("The LiBH4–LiBr electrolyte conducts Li+ with conductivities exceeding 0.2 mS/cm at 40 °C and 12 mS/cm at 130 °C.", ">"),
    ("The Li2B12H12-doped LiBH4 reaches Li-ion conductivities above 0.05 mS/cm at 25 °C, and 3 mS/cm at 120 °C.", ">"),
    ("The LiBH4–P2S5 glass shows Li+ conductivities below 0.01 mS/cm at 20 °C and 0.5 mS/cm at 100 °C.", "<"),
])
def test_a_bound_written_once_holds_for_each_value_and_setting(text, q):
    got = [r for r in records(text) if r["property"] == "ionic_conductivity"]
    assert len(got) == 2 and {r["qualifier"] for r in got} == {q}


def test_values_with_their_own_words_keep_their_qualifier():
    got = {r["value"]: r["qualifier"] for r in records(
        "The LiBH4–LiBr electrolyte shows conductivities exceeding 0.2 mS/cm at 40 °C and of 12 mS/cm at 130 °C.")}
    assert got.get(12.0) == "="


@pytest.mark.parametrize("text, value", [
    ("The dehydrogenation entropy of the LiBH4–MgH2–NbF5 composite is 127 J/mol K.", 127.0),
    ("A reaction entropy of 116 J/K mol H2 was derived for Mg2FeH6.", 116.0),
    ("ΔH = 68 kJ/mol H2 and ΔS = 121 J/K mol H2 were measured for Mg2NiH4.", 121.0),
    ("The LiBH4–YCl3 composite shows ΔS of 98 J/mol K for its decomposition.", 98.0),
    ("For NaAlH4–TiCl3 the van 't Hoff plot gives ΔS = 119 J/mol K.", 119.0),
])
def test_entropy_written_with_a_space_after_the_slash(text, value):
    got = [r for r in records(text) if r["property"] == "reaction_entropy" and r["value"] == value]
    # (the kelvin is the unit's, no potassium of the sample)
    assert got and all(c["material"] != "K" for r in got for c in r["components"])


def test_kilojoules_before_a_potassium_stay_an_enthalpy():
    got = property_values("The enthalpy of MgH2 is 74 kJ/mol K and Na doping lowers it.")
    assert ("reaction_entropy", 74.0) not in got


def _per_system(text):
    return sorted((r["property"], r["value"], tuple(c["material"] for c in r["components"])) for r in records(text))


@pytest.mark.parametrize("text, expected", [
    ("The enthalpy and entropy of MgH2 and Mg2CoH5 are 75 kJ/mol, 137 J/(mol·K), 61 kJ/mol and 119 J/(mol·K), "
     "respectively.",
     [("reaction_enthalpy", 61.0, ("Mg2CoH5",)), ("reaction_enthalpy", 75.0, ("MgH2",)),
      ("reaction_entropy", 119.0, ("Mg2CoH5",)), ("reaction_entropy", 137.0, ("MgH2",))]),
    ("ΔH and ΔS for LiBH4–MgH2, LiBH4–CaH2 and LiBH4–Al are 41 kJ/mol H2, 82 J/mol K, 58 kJ/mol H2, 108 J/mol K, "
     "56 kJ/mol H2 and 104 J/mol K, respectively.",
     [("reaction_enthalpy", 41.0, ("LiBH4", "MgH2")), ("reaction_enthalpy", 56.0, ("LiBH4", "Al")),
      ("reaction_enthalpy", 58.0, ("LiBH4", "CaH2")), ("reaction_entropy", 82.0, ("LiBH4", "MgH2")),
      ("reaction_entropy", 104.0, ("LiBH4", "Al")), ("reaction_entropy", 108.0, ("LiBH4", "CaH2"))]),
    ("The desorption enthalpies and entropies of NaAlH4 and Na3AlH6 were 37 kJ/mol, 122 J/mol K, 47 kJ/mol and "
     "126 J/mol K, respectively.",
     [("reaction_enthalpy", 37.0, ("NaAlH4",)), ("reaction_enthalpy", 47.0, ("Na3AlH6",)),
      ("reaction_entropy", 122.0, ("NaAlH4",)), ("reaction_entropy", 126.0, ("Na3AlH6",))]),
])
def test_values_of_two_quantities_in_turn_per_sample(text, expected):
    assert _per_system(text) == expected


def test_one_sample_with_two_quantities_is_not_split():
    got = _per_system("The enthalpy and entropy of the MgH2–TiF3 composite are 72 kJ/mol and 131 J/mol K.")
    assert got == [("reaction_enthalpy", 72.0, ("MgH2", "TiF3")), ("reaction_entropy", 131.0, ("MgH2", "TiF3"))]


@pytest.mark.parametrize("text, low, high", [
    ("The transition temperatures of LiBH4 with LiI range from 105 to −65 °C.", -65.0, 105.0),
    ("In LiBH4–LiBr solid solutions the transition temperatures range from 90 to −40 °C.", -40.0, 90.0),
    ("Across the LiBH4–KI series the transition temperature varies from 112 to 35 °C.", 35.0, 112.0),
])
def test_a_range_said_from_its_upper_end_is_one_range(text, low, high):
    got = [(r["value"], r["value_max"]) for r in records(text) if r["property"] == "phase_transition_temperature"]
    assert got == [(low, high)]


def test_a_fall_from_one_value_to_another_stays_a_change():
    got = sorted(r["value"] for r in records(
        "Adding LiI lowers the transition temperature of LiBH4 from 115 to 70 °C."))
    assert got == [70.0, 115.0]


@pytest.mark.parametrize("text", [
    "After 50 cycles the capacity degradation of the MgH2–TiO2 composite is only 0.003 wt% per cycle.",
    "The MgH2–TiO2 composite shows a capacity decay rate of 0.003 wt% per cycle.",
    "The reversible capacity of MgH2–Nb2O5 drops at 0.004 wt% per cycle.",
    "The MgH2–V composite loses capacity at only 0.002 wt% H2 per cycle.",
    "The Mg2Ni–C electrode fades by 0.01 wt% H2 per cycle over 200 cycles.",
])
def test_a_share_per_cycle_is_no_capacity(text):
    assert not [k for k, _ in property_values(text) if "capacity" in k]


def test_a_capacity_after_cycles_is_kept():
    assert ("reversible_hydrogen_capacity", 5.6) in property_values(
        "After 50 cycles the MgH2–TiO2 composite still reversibly stores 5.6 wt% H2.")


@pytest.mark.parametrize("text, key, value", [
    ("At 201 °C hydrogen desorption from MgH2–NbF5 commences, and below 288 °C the composite decomposes fully.",
     "full_dehydrogenation_temperature", 288.0),
    ("The LiAlH4–TiCl3 mixture starts to release hydrogen at 96 °C; above 180 °C the release is completed.",
     "full_dehydrogenation_temperature", 180.0),
    ("Desorption of Mg(BH4)2–NbF5 begins at 170 °C, while at 370 °C the dehydrogenation finished.",
     "full_dehydrogenation_temperature", 370.0),
])
def test_a_second_fronted_temperature_is_named_by_its_own_clause(text, key, value):
    assert (key, value) in property_values(text)


@pytest.mark.parametrize("text, key", [
    ("Hydrogenation of the MgH2–Ni composite proceeds rapidly with a hydrogen desorption energy of 98 kJ/mol.",
     "dehydrogenation_activation_energy"),
    ("After rehydrogenation, MgH2–Co shows a hydrogen desorption energy of 103 kJ/mol.",
     "dehydrogenation_activation_energy"),
    ("Besides fast hydrogenation, MgH2–Fe offers a lower hydrogen desorption energy of 111 kJ/mol.",
     "dehydrogenation_activation_energy"),
    # the near miss: the word nearest the value is the uptake's
    ("Desorption from the MgH2–Ni composite is fast, with a hydrogen absorption energy of 42 kJ/mol.",
     "hydrogenation_activation_energy"),
])
def test_the_process_word_nearest_an_energy_names_it(text, key):
    assert [k for k, _ in property_values(text) if k.endswith("activation_energy")] == [key]


@pytest.mark.parametrize("text", [
    "The Mg2Ni alloy was hydrogenated and dehydrogenated repeatedly at low temperatures (110-150℃) for 40 cycles.",
    "MgH2–Ni shows stable hydrogenation cycling (120–160 °C) with a retained capacity.",
    "The Mg–Ni film de/rehydrogenated cyclically (90–130 °C) keeps its capacity.",
])
def test_a_cycling_window_is_no_temperature_of_the_sample(text):
    assert not [k for k, _ in property_values(text) if k.endswith("temperature")]


def test_a_release_range_after_cycles_is_kept():
    got = [(r["property"], r["value"], r["value_max"]) for r in records(
        "After 10 cycles, the MgH2–Ni composite releases hydrogen between 250 and 300 °C.")]
    assert got == [("dehydrogenation_temperature", 250.0, 300.0)]


@pytest.mark.parametrize("text, value", [
    ("At temperatures as low as 92 °C, the LiAlH4–TiCl3 mixture begins to release hydrogen.", 92.0),
    ("Already at temperatures as low as 64 °C the Mg(BH4)2–TiF3 sample starts to desorb hydrogen.", 64.0),
    ("For NaAlH4–CeCl3, at temperatures down to 88 °C, the dehydrogenation starts.", 88.0),
])
def test_a_fronted_lowest_temperature_of_a_start_is_the_onset(text, value):
    assert ("onset_dehydrogenation_temperature", value) in property_values(text)


@pytest.mark.parametrize("text, value", [
    ("The low-temperature modification of LiBH4 below 381 K conducts Li+ poorly.", 107.85),
    ("Mg(BH4)2 has low-temperature modifications below 490 K.", 216.85),
    ("The high-temperature modification of LiBH4, stable above 384 K, conducts Li+ fast.", 110.85),
])
def test_a_temperature_modification_bounded_by_a_value_names_the_transition(text, value):
    assert ("phase_transition_temperature", value) in property_values(text)


def test_a_surface_modification_is_no_phase():
    assert not property_values("Surface modification below 300 °C improves the kinetics of MgH2–Ni.")


def _parts(text):
    return [sorted((c["material"], c["amount"]) for c in r["components"]) for r in records(text)]


@pytest.mark.parametrize("text, parts", [
    ("With 10 wt% TiF3 added, the onset temperature of MgH2 is 205 °C.", [("MgH2", None), ("TiF3", 10.0)]),
    ("With LiI added, the transition temperatures of LiBH4 range from 95 to −60 °C.", [("LiBH4", None), ("LiI", None)]),
    ("With 4 mol% CeF3 incorporated, the activation energy of MgH2 falls to 88 kJ/mol.",
     [("CeF3", 4.0), ("MgH2", None)]),
])
def test_with_a_material_added_fronted_puts_it_into_the_host(text, parts):
    assert _parts(text) == [parts]


def test_with_a_host_made_by_milling_keeps_its_own_parts():
    # the near miss: a participle after the host names how it was made, the material after "with" is the additive
    assert _parts("The MgH2 milled with Ni shows an onset temperature of 220 °C.") == [[("MgH2", None), ("Ni", None)]]


@pytest.mark.parametrize("text, added", [
    ("Upon LiI substitution, the transition temperature of LiBH4 is 41 °C.", "LiI"),
    ("After KI substitution, LiBH4 conducts Li+ at 0.12 mS/cm at 25 °C.", "KI"),
    ("Upon partial LiBr substitution, LiBH4 shows 0.2 mS/cm at 30 °C.", "LiBr"),
])
def test_a_material_named_before_substitution_is_put_in(text, added):
    assert [sorted(c["material"] for c in r["components"]) for r in records(text)] == [sorted(["LiBH4", added])]


def test_a_substitution_site_named_without_a_material_adds_nothing():
    assert [[c["material"] for c in r["components"]] for r in records(
        "Upon anion substitution, the transition temperature of LiBH4 is 41 °C.")] == [["LiBH4"]]
