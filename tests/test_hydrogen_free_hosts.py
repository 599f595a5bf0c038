"""Two readings of a storage host's temperatures, sentences written for this test:
- the ontology files Li3N and LiMgN as hydrides in their hydrogen-free state: named in one sentence, they
  are the sample the next sentences' values are about, as a hydride would be;
- "dehydrogenation of hydrogenated Li3N at 400 °C": a participle between an article or preposition and a
  formula says which state the material is in, not which process the temperature is of."""
import pytest

from tests.prose_sentences import contract_measurements


def _rows(text):
    return {r["value"]: (r["property"], r["components"][0]["material"]) for r in contract_measurements(text)}


@pytest.mark.parametrize("text, value, prop, host", [
    ("LiMgN is a candidate storage material. It takes up 5.2 wt% hydrogen at 220 °C.",
     5.2, "absorbed_hydrogen_capacity", "LiMgN"),
    ("Li3N was milled for 2 h. The milled powder absorbs 9.5 wt% hydrogen at 250 °C.",
     9.5, "absorbed_hydrogen_capacity", "Li3N"),
    ("Li3N can absorb hydrogen. After cycling, only 4.8 wt% reversible capacity remains.",
     4.8, "reversible_hydrogen_capacity", "Li3N"),
    ("Li3N can absorb hydrogen. Its dehydrogenation at 300 °C is incomplete, and only 5.0 wt% is reversible.",
     300.0, "dehydrogenation_temperature", "Li3N"),
])
def test_a_hydrogen_free_storage_host_is_the_next_sentences_sample(text, value, prop, host):
    assert _rows(text).get(value) == (prop, host)


def test_a_nitride_the_ontology_holds_no_hydride_is_no_sample():
    assert _rows("TiN is a hard coating. It shows a hardness of 20 GPa and absorbs 0.1 wt% hydrogen at 300 °C.") == {}


@pytest.mark.parametrize("text, value, prop", [
    ("The dehydrogenation of hydrogenated Mg2Ni at 320 °C is slow.", 320.0, "dehydrogenation_temperature"),
    ("Rehydrogenation of the dehydrogenated MgH2 proceeds at 280 °C.", 280.0, "hydrogenation_temperature"),
    ("The dehydrogenation of the hydrogenated Mg film at 300 °C was fast.", 300.0, "dehydrogenation_temperature"),
])
def test_a_state_participle_before_the_material_names_no_process(text, value, prop):
    assert _rows(text)[value][0] == prop


@pytest.mark.parametrize("text, value, prop", [
    ("MgH2 can be rehydrogenated at 250 °C.", 250.0, "hydrogenation_temperature"),
    ("The hydrogenated Mg2Ni releases hydrogen at 240 °C.", 240.0, "dehydrogenation_temperature"),
])
def test_a_participle_as_the_verb_or_before_a_verb_keeps_its_reading(text, value, prop):
    assert _rows(text)[value][0] == prop


@pytest.mark.parametrize("text", [
    "Hydrogenation of Li3N at 230 °C yields Li2NH and LiH. The Li2NH formed reaches an ionic conductivity of "
    "0.02 mS/cm at 75 °C.",
    "Li3N is hydrogenated at 230 °C to Li2NH and LiH. Li2NH shows an ionic conductivity of 0.02 mS/cm at 75 °C.",
])
def test_what_a_hydrogen_free_host_turns_into_is_a_material_of_its_own(text):
    got = _rows(text)
    assert got[0.02][1] == "Li2NH" and got[230.0][1] == "Li3N", got
