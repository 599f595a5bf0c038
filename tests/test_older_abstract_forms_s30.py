"""Forms of older abstracts and of indexing services' copies (G16's causes): an approximate list printed with
"similar to" before each member, a hydrogen quantity's verbs before a list, a calculated hydrogenation enthalpy,
values of listed (and unspaced) reactions, an equilibrium temperature at a pressure, a reported loading and its
reversible share, sized pores, and a process noun coordinated inside a mechanism label. Sentences written for
these tests."""
import pytest
from prose_sentences import contract_measurements, the_one

_rows, _one = contract_measurements, the_one


# ------------------------------------------------- "similar to X and similar to Y, respectively"; a hydrogen quantity's
# verbs before the list ('desorb/absorb 4.8 wt% hydrogen'), which are that value's words, not the list's
@pytest.mark.parametrize("sentence, first, second, qualifier", [
    ("The LiBH4–0.2MgCl2 sample shows starting and peak dehydrogenation temperatures of similar to 260 degrees C "
     "and similar to 350 degrees C, respectively.", 260.0, 350.0, "~"),
    ("Our LiBH4–0.2MgCl2 blend gives off 5 wt% hydrogen at a starting and a peak dehydrogenation temperature of "
     "similar to 262 degrees C and similar to 351 degrees C, respectively.", 262.0, 351.0, "~"),
    ("The MgH2-10 wt% TiF3 powder desorbs hydrogen with onset and peak temperatures of approximate to 205 degrees C "
     "and approximate to 268 degrees C, respectively.", 205.0, 268.0, "~"),
    ("The LiBH4-0.2MgCl2 blend can reversibly desorb/absorb 4.8 wt% hydrogen at a starting and peak "
     "dehydrogenation temperature of 75 °C and 120 °C, respectively.", 75.0, 120.0, "="),
    ("Our Mg(NH2)2-2LiH-0.1KF blend takes up/gives off about 5.1 wt% H2, with onset and peak desorption "
     "temperatures of 95 and 150 °C, respectively.", 95.0, 150.0, "="),
    ("After milling, NaAlH4-4 mol% CeCl3 can absorb and desorb 4.6 wt% of hydrogen, and its initial and maximum "
     "dehydrogenation temperatures are 120 and 171 °C, respectively.", 120.0, 171.0, "="),
])
def test_a_listed_onset_and_peak_pair_in_order(sentence, first, second, qualifier):
    rows = _rows(sentence)
    assert (_one(rows, first)["property"], _one(rows, first)["qualifier"]) == ("onset_dehydrogenation_temperature",
                                                                              qualifier)
    assert _one(rows, second)["property"] == "peak_dehydrogenation_temperature"


def test_two_approximate_values_without_respectively_name_no_onset_and_peak():
    rows = _rows("The MgH2-10 wt% TiF3 powder desorbs hydrogen at similar to 205 degrees C and similar to 262 degrees C.")
    assert {r["property"] for r in rows if r["value"] in (205.0, 262.0)} == {"dehydrogenation_temperature"}


def test_a_loading_before_the_list_keeps_the_words_before_it():
    rows = _rows("The hydrogenation and dehydrogenation temperatures of MgH2 with 10 wt% TiF3 were 200 and 300 °C, "
                 "respectively.")
    assert _one(rows, 200.0)["property"] == "hydrogenation_temperature"
    assert _one(rows, 300.0)["property"] == "dehydrogenation_temperature"


# ---------------------------------------------------------------- a calculated hydrogenation enthalpy
@pytest.mark.parametrize("sentence, value", [
    ("DFT calculations gave the enthalpy and entropy changes of hydrogenation of Mg2FeH6 as −77.4 kJ/mol and "
     "−137 J/mol·K.", 77.4),
    ("The hydrogenation enthalpy of MgH2 computed by first-principles calculations is −65.2 kJ/mol H2.", 65.2),
    ("Density functional theory predicted an enthalpy change of −45.3 kJ/mol for the hydrogenated Mg2CoH5.", 45.3),
])
def test_a_calculated_hydrogenation_enthalpy_is_the_reaction_enthalpy(sentence, value):
    row = _one(_rows(sentence), value)
    assert (row["property"], row["basis"]) == ("reaction_enthalpy", "calculated")


def test_a_measured_absorption_enthalpy_stays_its_own_property():
    rows = _rows("The van 't Hoff plot of the absorption plateaus of Mg2FeH6 gave an enthalpy of hydrogenation "
                 "of −77.4 kJ/mol.")
    assert _one(rows, 77.4)["property"] == "hydrogenation_enthalpy"


def test_the_ontology_says_what_a_calculated_hydrogenation_enthalpy_is():
    from ontology.vocabulary import vocabulary
    assert vocabulary().property("hydrogenation_enthalpy").calculated_as == "ReactionEnthalpy"
    assert vocabulary().property("reaction_enthalpy").calculated_as is None


# ---------------------------------------------------------------- values of listed reactions, printed with or without spaces
def _systems_by_value(sentence):
    return {r["value"]: sorted((c["material"], c["role"]) for c in r["components"]) for r in _rows(sentence)}


@pytest.mark.parametrize("sentence", [
    "The calculated reaction enthalpies for reactions (1) NaAlH4→1/3Na3AlH6+2/3Al+H2, (2) 1/3Na3AlH6→NaH+1/3Al+1/2H2, "
    "and (3) NaH+Al→NaAl+1/2H2 were 38.2, 47.1, and 55.0 kJ/mol at 298 K, respectively.",
    "The calculated reaction enthalpies for (1) NaAlH4 → 1/3Na3AlH6 + 2/3Al + H2, (2) 1/3Na3AlH6 → NaH + 1/3Al + "
    "1/2H2 and (3) NaH + Al → NaAl + 1/2H2 were 38.2, 47.1 and 55.0 kJ/mol, respectively.",
    "The decomposition enthalpies computed for the steps NaAlH4→1/3Na3AlH6+2/3Al+H2, Na3AlH6→3NaH+Al+3/2H2 and "
    "NaH+Al→NaAl+1/2H2 are 38.2, 47.1 and 55.0 kJ/mol, respectively.",
])
def test_each_listed_reaction_gives_its_value_to_its_reactants(sentence):
    got = _systems_by_value(sentence)
    assert got[38.2] == [("NaAlH4", "HostHydride")]
    assert got[47.1] == [("Na3AlH6", "HostHydride")]
    assert got[55.0] == [("Al", "DestabilizingReactant"), ("NaH", "HostHydride")]


@pytest.mark.parametrize("sentence, value", [
    ("Our DFT enthalpy for KAlH4→1/3K3AlH6+2/3Al+H2 is 55.1 kJ/mol.", 55.1),
    ("The computed enthalpy of Mg2FeH6→2Mg+Fe+3H2 amounts to 77.2 kJ/mol.", 77.2),
])
def test_a_reaction_printed_without_spaces_is_read(sentence, value):
    row = _one(_rows(sentence), value)
    assert row["property"] == "reaction_enthalpy" and len(row["components"]) == 1


@pytest.mark.parametrize("sentence, value, partner", [
    ("The reaction 2MgH2 + Si → Mg2Si + 2H2 has an enthalpy of 36.0 kJ/mol.", 36.0, "Si"),
    ("The enthalpy of the reaction LiH + Al → LiAl + 1/2H2 is 54.8 kJ/mol.", 54.8, "Al"),
    ("For 2LiBH4 + Al → 2LiH + AlB2 + 3H2 we compute an enthalpy of 57.9 kJ/mol.", 57.9, "Al"),
])
def test_a_partner_the_reaction_consumes_stays_in_the_sample(sentence, value, partner):
    roles = {c["material"]: c["role"] for c in _one(_rows(sentence), value)["components"]}
    assert roles[partner] == "DestabilizingReactant"


def test_the_lithium_of_a_conversion_reaction_is_no_part_of_the_sample():
    row = _one(_rows("The conversion MgH2 + 2Li → Mg + 2LiH gives a capacity of 2038 mAh/g."), 2038.0)
    assert [c["material"] for c in row["components"]] == ["MgH2"]


# ---------------------------------------------------------------- the equilibrium temperature at a stated pressure
@pytest.mark.parametrize("sentence, value", [
    ("The equilibrium temperature for the dehydrogenation of the LiBH4-MgH2 composite at 1 bar of hydrogen was "
     "estimated to be 170 °C.", 170.0),
    ("The equilibrium temperature for the decomposition of NaBH4–MgH2 at 1 bar is predicted to be 310 °C.", 310.0),
    ("For MgH2 the equilibrium temperature at 1 bar H2 is 285 °C.", 285.0),
    ("The Mg2FeH6 sample was studied by PCT. Its equilibrium temperature for the decomposition at 1 bar H2 is "
     "320 °C.", 320.0),
])
def test_an_equilibrium_temperature_is_the_dehydrogenation_temperature_at_its_pressure(sentence, value):
    rows = _rows(sentence)
    row = _one(rows, value)
    assert row["property"] == "dehydrogenation_temperature"
    assert row["conditions"].get("pressure") == pytest.approx(0.1)
    assert not [r for r in rows if r["property"] == "plateau_pressure"]


def test_a_plateau_pressure_at_a_temperature_stays_a_pressure():
    row = _one(_rows("The plateau pressure of MgH2 at 300 °C was 0.12 MPa."), 0.12)
    assert row["property"] == "plateau_pressure" and row["conditions"] == {"temperature": 300.0}


# ---------------------------------------------------------------- a reported loading; "of which N% is reversible"
@pytest.mark.parametrize("sentence", [
    "NaAlH4 was melt-infiltrated into a carbon aerogel. The loading of NaAlH4 was determined as 20-25 wt%.",
    "The MgH2 loading in the scaffold reached 30 wt%.",
    "The LiBH4 content of the composite was estimated to be 33 wt%.",
])
def test_a_reported_loading_is_no_hydrogen_capacity(sentence):
    assert not [r for r in _rows(sentence) if r["unit"] == "wt%"]


def test_a_hydrogen_content_reported_so_stays_a_capacity():
    row = _one(_rows("The hydrogen content of the MgH2–Ni composite was determined as 4.5 wt%."), 4.5)
    assert row["property"] == "hydrogen_capacity"


@pytest.mark.parametrize("sentence, value", [
    ("The MgH2 loading in the carbon aerogel reached 30 wt%, of which 80% is reversible over five cycles.", 80.0),
    ("The confined NaAlH4 released 4.1 wt% hydrogen, of which about 85% was reversible in the following cycles.", 85.0),
    ("LiBH4 was confined in a carbon scaffold and gave off 9 wt% H2, of which 60 % can be reversibly reabsorbed "
     "after four cycles.", 60.0),
])
def test_the_reversible_share_of_an_amount_is_its_capacity_retention(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "capacity_retention"


def test_a_share_released_below_a_temperature_is_no_retention():
    rows = _rows("LiBH4 was confined in a carbon scaffold and gave off 9 wt% H2, of which 60 % was released below 300 °C.")
    assert not [r for r in rows if r["property"] == "capacity_retention"]


# ---------------------------------------------------------------- pores named with a word of their size
@pytest.mark.parametrize("sentence", [
    "The incorporation of NaAlH4 in the nanometer-sized pores of a carbon aerogel was studied. Its capacity is 4 wt%.",
    "NaAlH4 was infiltrated into the nano-sized pores of a carbon aerogel. Its capacity is 4 wt%.",
    "NaAlH4 was loaded into the nano-scale pores of a carbon aerogel. Its capacity is 4 wt%.",
])
def test_a_hydride_in_the_sized_pores_of_a_scaffold_is_confined_there(sentence):
    row = _one(_rows(sentence), 4.0)
    assert {c["material"]: c["role"] for c in row["components"]} == {
        "NaAlH4": "HostHydride", "carbon aerogel": "ScaffoldConfinementHost"}


def test_a_hydride_beside_a_porous_scaffold_is_not_put_into_it():
    row = _one(_rows("NaAlH4 and a carbon aerogel with nanometer-sized pores were studied side by side. NaAlH4 "
                     "releases 4 wt% hydrogen."), 4.0)
    assert [c["material"] for c in row["components"]] == ["NaAlH4"]


# ---------------------------------------------------------------- 'the hydrogen adsorption and dissociation'
def _phases(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    """(mechanism, host, additive, in-situ phase) of each claim of ``text``."""
    from ingest.documents.document import parse_document
    from ingest.extract import _prose_sentences
    from ingest.extraction.mechanisms.mechanisms import mechanism_claims
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.in_situ_phase)
            for c in mechanism_claims(_prose_sentences(doc), "src:older")}


def _mechanisms(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(m, host, additive) for m, host, additive, _ in _phases(text)}


@pytest.mark.parametrize("text", [
    "MgH2 was milled with 10 wt% VN. VN facilitates the hydrogen adsorption and dissociation on MgH2.",
    "MgH2 was milled with 10 wt% VN. The VN particles speed up hydrogen diffusion and dissociation in MgH2.",
    "MgH2 was milled with 10 wt% VN. The VN grains act as centres of charge transfer and speed up the "
    "hydrogen incorporation and dissociation rate.",
])
def test_a_process_set_beside_a_labels_noun_shares_its_first_word(text):
    assert ("HydrogenDissociationSites", "MgH2", "VN") in _mechanisms(text)


def test_two_aims_joined_by_and_name_no_mechanism():
    assert not _mechanisms("MgH2 was milled with 10 wt% VN. VN improves hydrogen storage and cycling of MgH2.")


# ---------------------------------------------------------------- a phase formed by an additive reacting with the host
@pytest.mark.parametrize("text, additive, phase", [
    ("A 0.05RbOH-doped Mg(NH2)2–2LiH composite was prepared. During milling, the doped RbOH reacts with Mg(NH2)2 "
     "and LiH to form Li3Rb(NH2)4, which acts as a catalyst for hydrogen release of the Mg(NH2)2–2LiH system.",
     "RbOH", "Li3Rb(NH2)4"),
    ("The KF-doped Mg(NH2)2–2LiH mixture was studied. On heating, KF reacts with the LiH and Mg(NH2)2 to form "
     "Li3K(NH2)4, which serves as a catalyst for the hydrogen release of the composite.", "KF", "Li3K(NH2)4"),
    ("NaOH was added to Mg(NH2)2–2LiH. The NaOH reacts with Mg(NH2)2 and LiH to yield Li3Na(NH2)4, which acts as "
     "a catalyst for the dehydrogenation of the composite.", "NaOH", "Li3Na(NH2)4"),
])
def test_the_phase_an_additive_forms_with_its_partners_is_the_additives(text, additive, phase):
    assert ("InSituCatalyticPhase", "Mg(NH2)2", additive, phase) in _phases(text)


def test_a_phase_of_the_additive_alone_keeps_its_parent():
    text = ("Mg(NH2)2 was milled with 2 LiH and 3 mol% TiCl3. On heating, the TiCl3 reacts with LiH to form TiN, "
            "which acts as a catalyst for the dehydrogenation of the composite.")
    assert ("InSituCatalyticPhase", "Mg(NH2)2", "TiCl3", "TiN") in _phases(text)
