"""Older papers' phrasings (sizes, plateaus, peak temperatures said the way 1995–2019 abstracts say them).
Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one

_rows, _one = contract_measurements, the_one


def _hosts_and_additives(row: dict) -> tuple[set[str], set[str]]:
    parts = row.get("components") or []
    hosts = {c["material"] for c in parts if c["role"] == "HostHydride"}
    return hosts, {c["material"] for c in parts if c["role"] != "HostHydride"}


# ---------------------------------------------------------------- a size after "X milled with Y had …"
@pytest.mark.parametrize("sentence, value, host, additive", [
    ("The MgH2 powder milled with 5 mol% Cr2O3 had an average particle size of 300 nm.", 300.0, "MgH2", "Cr2O3"),
    ("MgH2 milled with 10 wt% Fe had a mean particle size of 2 µm.", 2000.0, "MgH2", "Fe"),
    ("The LiBH4 sample ball-milled with 20 wt% SiO2 showed a particle size of 50 nm.", 50.0, "LiBH4", "SiO2"),
    ("The NaAlH4 doped with 4 mol% TiCl3 has a mean grain size of 40 nm.", 40.0, "NaAlH4", "TiCl3"),
])
def test_a_size_after_the_milled_samples_verb_is_the_samples(sentence, value, host, additive):
    assert _hosts_and_additives(_one(_rows(sentence), value)) == ({host}, {additive})


@pytest.mark.parametrize("sentence", [
    # near misses: the size phrase hangs on the additive's own particles, or the additive is the subject
    "MgH2 was milled with 5 mol% Cr2O3 nanoparticles having an average particle size of 30 nm.",
    "The Cr2O3 had an average particle size of 30 nm before it was milled with MgH2.",
])
def test_a_size_said_of_the_additive_stays_the_additives(sentence):
    row = _one(_rows(sentence), 30.0)
    assert row["system"] == "Cr2O3"


# ---------------------------------------------------------------- "the <property> of X at 573 K was <value>"
@pytest.mark.parametrize("sentence, value, key, temperature_c", [
    ("The plateau pressure for hydrogen absorption in Mg2Ni at 573 K was 0.6 MPa.", 0.6, "plateau_pressure", 299.85),
    ("The desorption plateau pressure of the LaNi4.5Al0.5 alloy at 313 K was 0.15 MPa.", 0.15, "plateau_pressure",
     39.85),
    ("The absorption capacity of the Mg2Ni alloy at 573 K was 3.6 wt%.", 3.6, "absorbed_hydrogen_capacity", 299.85),
])
def test_a_temperature_inside_a_named_property_subject_is_its_setting(sentence, value, key, temperature_c):
    rows = _rows(sentence)
    assert [r["property"] for r in rows] == [key]
    row = _one(rows, value)
    assert row["conditions"]["temperature"] == pytest.approx(temperature_c)


def test_a_temperature_property_named_before_at_stays_a_property():
    # near miss: the subject names a temperature; the pressure after 'at' is its setting
    row = _one(_rows("The dehydrogenation temperature of MgH2 at 1 bar is 573 K."), 299.85)
    assert row["property"] == "dehydrogenation_temperature"


# ---------------------------------------------------------------- "the peak of X milled with Y appeared at 723 K"
@pytest.mark.parametrize("sentence, value, key", [
    ("The desorption peak of LiBH4 milled with TiO2 appeared at 723 K.", 449.85, "peak_dehydrogenation_temperature"),
    ("The main desorption peak of LiBH4 ball-milled with 10 wt% TiO2 appeared at 723 K in the TDS profile.", 449.85,
     "peak_dehydrogenation_temperature"),
    ("The decomposition peak of NaAlH4 mixed with 2 mol% TiCl3 appears at 450 K.", 176.85,
     "peak_dehydrogenation_temperature"),
    ("The TDS peak of MgH2 milled with 5 mol% V occurred at 560 K.", 286.85, "peak_dehydrogenation_temperature"),
])
def test_a_temperature_after_the_clauses_own_verb_is_no_milling_setting(sentence, value, key):
    row = _one(_rows(sentence), value)
    assert row["property"] == key
    assert len(_hosts_and_additives(row)[1]) == 1


def test_a_setting_right_after_the_milled_additive_stays_the_millings():
    # near miss: nothing but the additive between the milling and its setting
    assert _rows("LiBH4 was ground with 10 wt% SiO2 at 473 K.") == []


# ---------------------------------------------------------------- "the peak temperature of X at a heating rate of …"
@pytest.mark.parametrize("sentence, value, key", [
    ("The desorption peak temperature of MgH2 at a heating rate of 5 K/min was 620 K.", 346.85,
     "peak_dehydrogenation_temperature"),
    ("The onset temperature of the LiBH4–MgH2 composite at a heating rate of 2 K/min is 600 K.", 326.85,
     "onset_dehydrogenation_temperature"),
    ("The peak temperature of hydrogen release from NaAlH4 at a heating rate of 10 K/min was 470 K.", 196.85,
     "peak_dehydrogenation_temperature"),
])
def test_a_temperature_named_before_a_rate_setting_is_the_named_property(sentence, value, key):
    row = _one(_rows(sentence), value)
    assert row["property"] == key and "heating_rate" in row["conditions"]


def test_a_heating_target_after_a_fronted_rate_stays_no_property():
    # near miss: no property is named before the setting
    assert _rows("At a heating rate of 5 K/min, the sample was heated to 620 K.") == []


# ---------------------------------------------------------------- "Nb2O5 particles of 20 nm": the additive's own size
@pytest.mark.parametrize("paragraph, value, material", [
    ("MgH2 was milled with 1 mol% Nb2O5. Nb2O5 particles of 20 nm were spread over the MgH2 grains.", 20.0, "Nb2O5"),
    ("MgH2 was milled with 5 wt% Fe. The Fe particles of about 10 nm were distributed over MgH2 particles.", 10.0,
     "Fe"),
    ("MgH2 was milled with 2 mol% Cr2O3. The Cr2O3 grains of 30 nm were seen at the MgH2 surface.", 30.0, "Cr2O3"),
])
def test_particles_of_a_size_are_the_additives_own(paragraph, value, material):
    assert _one(_rows(paragraph), value)["system"] == material


def test_hydride_particles_of_a_size_stay_the_samples():
    # near miss: the particles sized are the hydride's
    row = _one(_rows("LiBH4 was milled with 10 wt% SiO2. LiBH4 particles of 200 nm were obtained."), 200.0)
    assert _hosts_and_additives(row) == ({"LiBH4"}, {"SiO2"})


# ---------------------------------------------------------------- "the apparent activation energy for absorption"
@pytest.mark.parametrize("sentence, value", [
    ("The apparent activation energy for hydrogen absorption by Mg–Ni was estimated from the Arrhenius equation to be "
     "45 kJ/mol.", 45.0),
    ("The apparent activation energy for hydrogenation of the Mg–Fe composite, from the Arrhenius plot, was 62 kJ/mol.",
     62.0),
    ("The apparent activation energy for hydriding of the Mg–Co alloy, from the Arrhenius plot, was 58 kJ/mol.", 58.0),
])
def test_an_apparent_activation_energy_of_absorption_is_the_absorptions(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "hydrogenation_activation_energy"


def test_an_apparent_activation_energy_alone_stays_the_desorptions():
    # near miss: no process named, or desorption named
    assert _one(_rows("The apparent activation energy of the MgH2–Fe sample was 95 kJ/mol."), 95.0)["property"] \
        == "dehydrogenation_activation_energy"
    assert _one(_rows("The apparent activation energy for desorption of the MgH2–Fe sample, from the Kissinger plot, "
                      "was 98 kJ/mol."), 98.0)["property"] == "dehydrogenation_activation_energy"


# ---------------------------------------------------------------- "hydrogen desorbed from X at 573 K reached 7 wt%"
@pytest.mark.parametrize("sentence, value, temperature_c", [
    ("The amount of hydrogen desorbed from MgH2 with 2 mol% Nb2O5 at 573 K reached 7 wt% in 90 s.", 7.0, 299.85),
    ("Hydrogen desorbed from the ball-milled LiBH4 sample at 623 K amounted to 8 wt%.", 8.0, 349.85),
    ("Hydrogen desorbed from MgH2 catalysed by Fe2O3 at 573 K amounted to 6.1 wt%.", 6.1, 299.85),
])
def test_the_temperature_of_a_process_from_a_sample_is_the_fractions_setting(sentence, value, temperature_c):
    rows = _rows(sentence)
    assert len(rows) == 1
    assert _one(rows, value)["conditions"]["temperature"] == pytest.approx(temperature_c)


def test_a_process_temperature_without_a_fraction_stays_a_property():
    # near miss: nothing measured at the temperature
    row = _one(_rows("Hydrogen is desorbed from the MgH2–Nb2O5 sample at 523 K."), 249.85)
    assert row["property"] == "dehydrogenation_temperature"


# ---------------------------------------------------------------- T50, the temperature of half the release
@pytest.mark.parametrize("sentence, value", [
    ("The T50 of MgH2 catalysed with 5 wt% V was 510 K.", 236.85),
    ("For MgH2 with 5 wt% V, T50 was 510 K.", 236.85),
    ("MgH2 milled with 2 mol% Nb2O5 showed a T50 of 505 K, the temperature at which half of the hydrogen is "
     "released.", 231.85),
])
def test_t50_is_a_dehydrogenation_temperature(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "dehydrogenation_temperature"


def test_a_cycling_temperature_written_with_t_is_no_t50():
    # near miss: 'T' and '50' said apart
    rows = _rows("After 50 cycles at T = 573 K, the MgH2–V sample kept 95 % of its capacity.")
    assert [r["property"] for r in rows] == ["capacity_retention"]


# ---------------------------------------------------------------- SWNT / MWNT written in the singular
@pytest.mark.parametrize("sentence, value", [
    ("The main desorption peak of LiBH4 ball-milled with 10 wt% SWNT appeared at 723 K in the TDS profile.", 449.85),
    ("MgH2 milled with 5 wt% MWNT released hydrogen at 573 K.", 299.85),
    ("NaAlH4 co-milled with 8 wt% SWNT releases hydrogen at 423 K.", 149.85),
])
def test_a_singular_nanotube_abbreviation_is_the_carbon_nanotube(sentence, value):
    row = _one(_rows(sentence), value)
    assert _hosts_and_additives(row)[1] == {"carbon nanotube"}


def test_a_metal_additive_is_no_nanotube():
    # near miss
    row = _one(_rows("MgH2 milled with 5 wt% Ni released hydrogen at 573 K."), 299.85)
    assert _hosts_and_additives(row)[1] == {"Ni"}
