"""Film, interlayer and cap thicknesses are no particle sizes; hydrogen released again after
rehydrogenation (or called reversible after the value) is the reversible capacity. Sentences written
for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one as _one


def _rows(text: str) -> list[dict]:
    return contract_measurements(text, section="Abstract")


# a film or an interlayer named beside the value ("interlayer" is a film thickness label; "films" alone is
# not: it is the thin-film strategy's, and a label is one kind's, so "Mg/Pd films (120 nm)" is not read yet)
@pytest.mark.parametrize("sentence, value", [
    ("Thin Mg films of 80 nm were deposited on sapphire substrates.", 80.0),
    ("A 3 nm Ti interlayer was placed between the Mg and Pd layers.", 3.0),
    ("Between Mg and the Pd top layer, interlayers of 4 nm Fe hinder alloying.", 4.0),
])
def test_a_film_or_interlayer_value_is_a_film_thickness(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "film_thickness"


# a cap put on the film ("capped with", "capping layer") is a coating thickness
@pytest.mark.parametrize("sentence, value", [
    ("The Mg films were capped with 15 nm Pd to prevent oxidation.", 15.0),
    ("Mg layers 300 nm thick, capped with 8 nm Pd, were hydrogenated.", 8.0),
    ("A Pd capping layer of 12 nm protects the Mg film from oxidation.", 12.0),
])
def test_a_cap_on_a_film_is_a_coating_thickness(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "coating_thickness"


def test_the_film_under_a_cap_keeps_its_film_thickness():
    rows = _rows("Mg layers 300 nm thick, capped with 8 nm Pd, were hydrogenated.")
    assert _one(rows, 300.0)["property"] == "film_thickness"


# a length right before the film's formula and its noun ('A 300 nm MgH2 film') is the film's thickness
@pytest.mark.parametrize("sentence, value", [
    ("A 300 nm MgH2 film deposited on Cu foil shows a first lithiation capacity of 1980 mAh/g.", 300.0),
    ("A 250 nm Mg film sputtered on glass absorbs 6.5 wt% H2 at 150 °C.", 250.0),
    ("An 80 nm LiBH4 thin film was grown by evaporation and conducts 0.1 mS/cm at 120 °C.", 80.0),
])
def test_a_length_before_the_film_s_formula_is_its_thickness(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "film_thickness"


def test_a_length_of_particles_that_form_a_film_stays_their_size():
    assert _one(_rows("The 300 nm MgH2 particles form a film."), 300.0)["property"] == "particle_size"


def test_particles_without_film_words_keep_the_particle_size():
    rows = _rows("Ni nanoparticles of 6 nm were dispersed on the MgH2 surface.")
    assert _one(rows, 6.0)["property"] == "particle_size"


@pytest.mark.parametrize("sentence, value", [
    ("The MgH2–LiBH4 composite offers 10.2 wt% of reversible hydrogen.", 10.2),
    ("MgH2–TiF3 delivers 5.8 wt% of reversible hydrogen over ten cycles.", 5.8),
    ("After rehydrogenation, 4.1 wt% H2 can be released again from the MgH2–Nb2O5 sample.", 4.1),
    ("The Mg2FeH6 sample desorbed 3.7 wt% H2 again after it was rehydrogenated at 400 °C.", 3.7),
    ("Once rehydrogenated, the MgH2–Ni sample released 5.5 wt% H2 at 300 °C.", 5.5),
    ("For LiBH4–MgH2, a reversible capacity of 4.6 wt% is maintained.", 4.6),
])
def test_hydrogen_released_again_is_the_reversible_capacity(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "reversible_hydrogen_capacity"


@pytest.mark.parametrize("sentence, value", [
    ("The MgH2–Fe2O3 composite releases 6.3 wt% H2 at 300 °C.", 6.3),
    ("MgH2–Ni offers 6.5 wt% of hydrogen in its first desorption.", 6.5),
    ("After activation, the milled MgH2–Ni powder released 6.2 wt% hydrogen within 10 min.", 6.2),
    ("The MgH2–Ni composite releases 6.1 wt% and then reversibly stores 5.2 wt% hydrogen.", 6.1),
])
def test_a_first_release_stays_the_hydrogen_capacity(sentence, value):
    assert _one(_rows(sentence), value)["property"] in ("hydrogen_capacity", "desorbed_hydrogen_capacity")


# an electrode's thickness (a cast or pressed electrode of a cell) is a build parameter of the cell, not a film
# of the material: its own property
@pytest.mark.parametrize("sentence, value", [
    ("A 65 µm thick composite electrode of TiH2 gave 820 mAh/g in the first cycle.", 65000.0),
    ("When the Mg2FeH6 electrode thickness rose to 250 µm, the capacity fell to 300 mAh/g.", 250000.0),
    ("Thick anodes of MgH2 (180 µm) kept 540 mAh/g after 20 cycles.", 180000.0),
    ("The capacity stayed flat for NaAlH4 electrodes thicker than 90 µm.", 90000.0),
])
def test_an_electrode_thickness_is_no_film_thickness(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "electrode_thickness"


def test_a_thick_film_of_the_hydride_stays_a_film():
    rows = _rows("A 40 µm thick MgH2 film on Ni foil gave 900 mAh/g in the first cycle.")
    assert _one(rows, 40000.0)["property"] == "film_thickness"


# a capacity a sample "preserves" over many cycles, as one it retains or keeps (the ontology's KeepingVerb scheme)
@pytest.mark.parametrize("sentence, value", [
    ("The ball-milled MgH2 with 5 wt% Nb2O5 preserves 5.8 wt% hydrogen after 30 cycles at 300 °C.", 5.8),
    ("A capacity of 4.9 wt% was preserved by the Ni-doped MgH2 over 50 cycles.", 4.9),
    ("The TiF3-catalysed MgH2 still preserved 6.1 wt% after 25 cycles.", 6.1),
])
def test_a_capacity_preserved_over_cycles_is_reversible(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "reversible_hydrogen_capacity"


def test_a_capacity_preserved_with_no_cycling_said_is_no_reversible_one():
    assert _one(_rows("The TiF3-catalysed MgH2 preserves 6.1 wt% at 300 °C."), 6.1)["property"] == "hydrogen_capacity"
