"""Issue 10 (session 27): each value belongs to the sample the sentence measures — the code names a text gives
its samples, the sample a comparison sets a value on, the property a verb names.

Sentences written for these tests in the styles of abstracts by other authors; none comes from a real abstract.
"""
from __future__ import annotations

from prose_sentences import records

from ontology.strategy_rules import composition_strategies


def facts(*texts):
    """The records of sentences of one paragraph, in reading order (a value printed twice counts twice)."""
    return records(texts, first=1)


def on(*texts) -> dict[float, str]:
    """{value: the name of its sample}."""
    return {m.value: m.system.name for m in facts(*texts)}


# ------------------------------------------------------------------ code names the text defines
def test_code_alone_in_brackets_after_the_sample_names_it():
    v = on("Two composites, MgH2–10 wt% TiO2 (MT10) and MgH2–10 wt% Nb2O5 (MN10), were prepared.",
           "The activation energy fell to 95 kJ/mol for MT10 and to 80 kJ/mol for MN10.")
    assert v == {95.0: "MgH2–10 wt% TiO2", 80.0: "MgH2–10 wt% Nb2O5"}


def test_code_given_by_hereafter_is_read_later_though_no_formula():
    v = on("The composites MgH2–5 wt% Fe (hereafter S-1) and MgH2–5 wt% Co (hereafter S-2) were ball milled for 10 h.",
           "The desorption temperature dropped to 280 °C for S-1 and to 265 °C for S-2.")
    assert v == {280.0: "MgH2–5 wt% Fe", 265.0: "MgH2–5 wt% Co"}


def test_sample_noun_before_the_code_after_a_change():
    v = on("MgH2–10 wt% TiO2 (composite MT10) and MgH2–10 wt% Nb2O5 (composite MN10) were co-milled.",
           "The peak temperature of milled MgH2 decreased from 340 °C to 280 °C for composite MT10 and to 268 °C for "
           "composite MN10.")
    assert v == {340.0: "MgH2", 280.0: "MgH2–10 wt% TiO2", 268.0: "MgH2–10 wt% Nb2O5"}


def test_code_of_a_class_of_samples_in_a_change():
    v = on("MgH2–8 wt% V (sample A8) and MgH2–8 wt% Cr (sample C8) were prepared by milling.",
           "Adding transition metals to MgH2 reduced the crystallite size from 45 nm to 21 nm for sample A8 and to "
           "26 nm for sample C8.")
    assert v[21.0] == "MgH2–8 wt% V" and v[26.0] == "MgH2–8 wt% Cr"


def test_code_in_brackets_after_no_sample_names_none():
    # near miss: the bracket follows milling balls, not a sample: 'B20' is no name of the composite before
    v = on("MgH2–10 wt% TiO2 was milled with steel balls (B20), and MgH2–10 wt% Nb2O5 with agate balls (A20).",
           "The onset temperature of MgH2–10 wt% Nb2O5 was 250 °C, and that of B20 was 270 °C.")
    assert v[250.0] == "MgH2–10 wt% Nb2O5" and v[270.0] != "MgH2–10 wt% TiO2"


# ------------------------------------------------------------------ a single-atom catalyst's name
def _catalyst(*texts) -> tuple[list[str], list[str]]:
    (m,) = facts(*texts)
    return [c.formula for c in m.system.additives], composition_strategies(m.system, "HydrogenStorage")


def test_single_atom_tag_glued_to_the_metal_is_no_part_of_the_name():
    assert _catalyst("MgH2 catalysed by 5 wt% CuSA/Ti3C2Tx starts to release hydrogen at 236 °C.") \
        == (["Cu/Ti3C2Tx"], ["SingleAtomCatalysis"])


def test_single_atom_tag_after_a_dash_or_a_space_is_no_part_of_the_name():
    assert _catalyst("The MgH2–8 wt% Fe-SA/NC composite absorbs 5.2 wt% H2 within 10 min.")[0] == ["Fe/NC"]
    assert _catalyst("LiAlH4 doped with 3 mol% Pt SA/CeO2 releases hydrogen from 95 °C.") \
        == (["Pt/CeO2"], ["SingleAtomCatalysis"])


def test_metal_on_a_support_without_a_form_tag_is_no_single_atom_catalyst():
    # near miss: nickel particles on N-doped carbon, no single atoms said
    names, strategies = _catalyst("MgH2–5 wt% Ni/NC starts to release hydrogen at 241 °C.")
    assert names == ["Ni/NC"] and "SingleAtomCatalysis" not in strategies


# ------------------------------------------------------------------ 'that with X': another sample
def test_that_with_another_additive_after_the_value_is_a_sample_of_its_own():
    v = on("The peak temperature fell from 661 K for pure MgH2 to 652 K for the MgH2 with WO3 and 641 K for that "
           "with WS2.")
    assert v[641.0 - 273.15] == "MgH2–WS2" and v[652.0 - 273.15] == "MgH2–WO3"


def test_the_one_with_another_additive_as_subject():
    v = on("MgH2 milled with Fe absorbs 5.3 wt% H2, and the one with Mn absorbs 4.7 wt%.")
    assert v == {5.3: "MgH2–Fe", 4.7: "MgH2–Mn"}


def test_those_with_a_loaded_additive_in_a_contrast():
    v = on("The onset of NaAlH4 with 4 mol% CeCl3 is 118 °C, whereas those with 4 mol% TiCl3 start at 105 °C.")
    assert v[105.0] == "NaAlH4–4 mol% TiCl3"


def test_an_additive_said_of_the_named_sample_is_added_to_it():
    # near miss: no pronoun: the Co is milled into the MgH2–Ni sample itself
    v = on("MgH2 milled with Ni absorbs 5.1 wt% H2. The MgH2–Ni sample co-milled with Co absorbs 5.6 wt% H2.")
    assert v[5.6] == "MgH2–Ni–Co"


# ------------------------------------------------------------------ a baseline's value in brackets after its reaction
def test_value_in_brackets_after_the_baselines_reaction_is_the_baselines():
    v = on("The Mg2Ni(Cu) solid solution was prepared by milling.",
           "The enthalpy of the solid solution hydride decomposition was 58 kJ/mol H2, much lower than that of bulk Mg "
           "hydride decomposition (75 kJ/mol H2).")
    assert v == {58.0: "Mg2Ni(Cu)", 75.0: "MgH2"}


def test_value_in_brackets_after_dehydrogenation_of_the_bare_host():
    v = on("The activation energy of MgH2–Ni is 70 kJ/mol, well below that of pristine MgH2 dehydrogenation "
           "(158 kJ/mol).")
    assert v == {70.0: "MgH2–Ni", 158.0: "MgH2"}


def test_value_in_brackets_after_the_absorption_of_the_bare_host():
    v = on("Nanoconfined NaAlH4@C shows an absorption enthalpy of 41 kJ/mol, lower than that of bulk NaAlH4 "
           "absorption (47 kJ/mol).")
    assert v[47.0] == "NaAlH4" and v[41.0] != "NaAlH4"


def test_value_in_brackets_after_the_samples_own_reaction_stays_the_samples():
    # near miss: the reaction noun follows the studied sample, whose own value the bracket holds
    v = on("The Ea of MgH2–Ni dehydrogenation (70 kJ/mol) is lower than that of MgH2 (158 kJ/mol).")
    assert v == {70.0: "MgH2–Ni", 158.0: "MgH2"}


# ------------------------------------------------------------------ the enthalpy of hydride formation
def _property(text: str) -> str:
    (m,) = facts(text)
    return m.property


def test_enthalpy_of_hydride_formation_is_the_absorption_enthalpy():
    assert _property("The enthalpy of hydride formation for the Mg–5 wt% Ni composite was −72.1 kJ/mol H2.") \
        == "hydrogenation_enthalpy"
    assert _property("A hydride formation enthalpy of −68 kJ/mol H2 was obtained for the Mg–Ti films.") \
        == "hydrogenation_enthalpy"
    assert _property("The Mg–Cu alloy shows an enthalpy for hydride formation of −65.3 kJ/mol H2.") \
        == "hydrogenation_enthalpy"


def test_enthalpy_of_formation_of_a_compound_stays_the_reaction_enthalpy():
    # near miss: the ontology keeps a compound's formation enthalpy as the reaction enthalpy (sign turned)
    assert _property("The enthalpy of formation of MgH2 is −75 kJ/mol H2.") == "reaction_enthalpy"


# ------------------------------------------------------------------ one temperature of the whole cycle
def _properties(text: str) -> set[str]:
    return {m.property for m in facts(text)}


_BOTH = {"dehydrogenation_temperature", "hydrogenation_temperature"}


def test_temperature_of_the_whole_hydrogenation_dehydrogenation_cycle_is_both():
    assert _properties("The temperature for the full hydrogenation/ dehydrogenation cycle of the MgH2–Ni composite "
                       "is decreased to 505 K.") == _BOTH
    assert _properties("The MgH2–Co composite completes a full absorption/desorption cycle at 240 °C.") == _BOTH
    assert _properties("The operating temperature of the dehydriding/rehydriding cycle of Mg2Ni–Fe is lowered to "
                       "250 °C.") == _BOTH


def test_a_direction_named_alone_beside_the_pair_keeps_its_own_value():
    # near miss: the pair names the kinetics measured; the value is the desorption peak's
    assert _properties("The desorption/absorption kinetics of MgH2–Co were measured; the peak desorption temperature "
                       "is 280 °C.") == {"peak_dehydrogenation_temperature"}


# ------------------------------------------------------------------ an in-situ phase's own size
def test_size_of_a_phase_formed_in_situ_is_the_phases_own():
    assert on("When MgH2 was milled with the NbTiC MXene, NbTi nanocrystals formed in situ, about 6 nm in grain "
              "size.") == {6.0: "NbTi"}
    assert on("During the first dehydrogenation of MgH2–CoB, Co particles were produced in situ with an average size "
              "of 7 nm.") == {7.0: "Co"}
    assert on("After ball milling of LiBH4 with NiCl2, Ni clusters precipitated in situ with a grain size of 3 nm.") \
        == {3.0: "Ni"}


def test_a_sample_named_after_the_in_situ_phase_keeps_its_size():
    # near miss: the size words name the hydride after the phase formed in situ
    v = on("Mg2Ni was formed in situ in the MgH2–Ni composite, whose MgH2 grains were 40 nm in size.")
    assert v[40.0] != "Mg2Ni"


# ------------------------------------------------------------------ a value printed twice with its spread
def _count(value: float, *texts) -> int:
    return sum(m.value == value for m in facts(*texts))


def test_a_value_printed_again_with_the_same_spread_is_one_fact():
    assert _count(52.0, "Mg particles of 52 ± 9 nm were deposited on the copper foil.",
                  "The activation energy fell from 71.2 to 44.5 kJ/mol as the size decreased from 390 ± 60 to "
                  "52 ± 9 nm.") == 1
    assert _count(3.8, "The MgH2–Ni composite released 3.8 ± 0.2 wt% H2 within 10 min at 300 °C.",
                  "Its capacity of 3.8 ± 0.2 wt% H2 exceeds that of milled MgH2.") == 1
    assert _count(78.0, "The MgH2–TiO2 composite has an activation energy of 78 ± 4 kJ/mol.",
                  "Its activation energy of 78 ± 4 kJ/mol is among the lowest of the oxide-catalysed samples.") == 1


def test_the_same_number_with_another_spread_is_another_fact():
    # near miss: two measurements that agree in their number but not in their spread
    assert _count(78.0, "The MgH2–TiO2 composite has an activation energy of 78 ± 4 kJ/mol by the Kissinger method.",
                  "The MgH2–TiO2 composite has an activation energy of 78 ± 9 kJ/mol by the JMAK method.") == 2
