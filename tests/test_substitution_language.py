"""How papers say an element takes a host's lattice sites, and what the sample then holds: 'upon Ti substitution',
'with 6.25 at.% Ti substitution', 'Ni alloying', 'the partial substitution of Li by Na', 'substituting Al for Mg',
'replacing a quarter of Mg by Ti', 'Ti-for-Mg substitution', 'Mg0.9Ti0.1H2', 'upon iodide substitution'. The element is
the host's substituent (DopantSubstituent; the strategy the ontology gives a substituent: Alloying in a metal hydride,
CationSubstitution or AnionSubstitution in a complex one), whatever its composition alone would make it; a doped metal
('Ti-doped MgH2') stays as the composition decides. Every sentence is written for these tests."""
from __future__ import annotations

import re

import pytest
from prose_sentences import contract_measurements, the_one


def _parts(row: dict) -> dict[str, tuple[str, float | None]]:
    """additive -> (role, amount) of a record (the host left out)."""
    return {c["material"]: (c["role"], c["amount"]) for c in row["components"][1:]}


def _assert_substituent(text: str, value: float, element: str, strategy: str, amount: float | None = None) -> dict:
    """The one record of ``value`` holds ``element`` alone, as a substituent (at ``amount``), with ``strategy``."""
    row = the_one(contract_measurements(text), value)
    assert _parts(row) == {element: ("DopantSubstituent", amount)}, text
    assert row["strategies"] == [strategy], text
    return row


@pytest.mark.parametrize("text, value, host, element, strategy", [
    ("After Ti substitution, the computed decomposition enthalpy of MgH2 comes down to 66 kJ/mol H2.", 66.0,
     "MgH2", "Ti", "Alloying"),
    ("Ni alloying brings the desorption enthalpy of MgH2 down to 63 kJ/mol H2 in our cells.", 63.0, "MgH2", "Ni",
     "Alloying"),
    ("With Ca substitution, our LiBH4 starts giving off hydrogen at 372 °C.", 372.0, "LiBH4", "Ca",
     "CationSubstitution"),
    ("Zn substitution pushes the onset temperature of Mg(BH4)2 down to 252 °C.", 252.0, "Mg(BH4)2", "Zn",
     "CationSubstitution"),
    ("Co substitution in Mg2NiH4 brings the desorption temperature to 233 °C.", 233.0, "Mg2NiH4", "Co", "Alloying"),
    ("Mg substitution in LiNH2 moves its decomposition temperature to 283 °C.", 283.0, "LiNH2", "Mg",
     "CationSubstitution"),
    ("The partial substitution of Li by Na in LiBH4 shifts its decomposition to 388 °C.", 388.0, "LiBH4", "Na",
     "CationSubstitution"),
])
def test_an_element_said_to_enter_the_lattice_is_the_substituent(text, value, host, element, strategy):
    assert _assert_substituent(text, value, element, strategy)["components"][0]["material"] == host, text


def test_the_share_said_with_the_substitution_is_the_substituents():
    for text, value in (("With 6.25 at.% Ti substitution in MgH2, the computed hydrogen removal energy is 1.85 eV.", 1.85),
                        ("At 6.25 at.% Ti substitution, MgH2 needs a hydrogen removal energy of 1.87 eV.", 1.87)):
        _assert_substituent(text, value, "Ti", "Alloying", 6.25)


def test_a_doped_metal_stays_a_catalyst_even_next_to_a_substitution():
    text = ("Ti substitution in Mg2NiH4 brings its desorption enthalpy to 57 kJ/mol H2. Ti-doped MgH2, on the other "
            "hand, begins to release hydrogen at 247 °C.")
    rows = contract_measurements(text)
    assert _parts(the_one(rows, 57.0)) == {"Ti": ("DopantSubstituent", None)}
    assert _parts(the_one(rows, 247.0)) == {"Ti": ("Catalyst", None)}
    row = the_one(contract_measurements("Ti-doped MgH2 starts to release hydrogen at 251 °C."), 251.0)
    assert _parts(row) == {"Ti": ("Catalyst", None)}
    assert row["strategies"] == ["MetalCatalysis"]


def test_the_sample_the_next_sentence_goes_on_about_keeps_the_substituent():
    rows = contract_measurements("Upon Al substitution, the computed decomposition enthalpy of MgH2 goes down to "
                                 "62 kJ/mol H2. Its hydrogen removal energy drops to 1.71 eV as well.")
    for value in (62.0, 1.71):
        assert _parts(the_one(rows, value)) == {"Al": ("DopantSubstituent", None)}, value


@pytest.mark.parametrize("text, old, new, element, amount", [
    ("Substituting 12.5 at.% Al for Mg brings the decomposition enthalpy of MgH2 from 75 down to 62 kJ/mol H2.",
     75.0, 62.0, "Al", 12.5),
    ("Substituting Ti for Mg takes the computed decomposition enthalpy of MgH2 from 76 to 67 kJ/mol H2.",
     76.0, 67.0, "Ti", None),
    ("Substituting 12.5 at.% Ni for Mg in MgH2 takes the decomposition enthalpy from 77 to 64 kJ/mol H2.",
     77.0, 64.0, "Ni", 12.5),
])
def test_a_swap_said_before_the_host_makes_the_new_value_s_sample(text, old, new, element, amount):
    rows = contract_measurements(text)
    assert _parts(the_one(rows, old)) == {}, text
    assert _parts(the_one(rows, new)) == {element: ("DopantSubstituent", amount)}, text


def test_a_share_of_the_element_replaced_leaves_the_swap_a_substitution():
    for text, value, element in (
            ("Replacing 25% of Mg by Ti in MgH2 brings the decomposition enthalpy down to 64 kJ/mol H2.", 64.0, "Ti"),
            ("Replacing 10% of Mg by Mn in Mg(BH4)2 moves the onset temperature to 152 °C.", 152.0, "Mn")):
        assert _parts(the_one(contract_measurements(text), value)) == {element: ("DopantSubstituent", None)}, text


def test_an_added_metal_that_is_no_swap_stays_a_catalyst():
    rows = contract_measurements("Adding 5 wt% Al brings the decomposition enthalpy of MgH2 from 75 down to "
                                 "69 kJ/mol H2.")
    assert _parts(the_one(rows, 69.0)) == {"Al": ("Catalyst", 5.0)}


@pytest.mark.parametrize("text, first, second", [
    ("The decomposition enthalpy of MgH2 goes down to 62 kJ/mol H2 with Al substitution and to 66 kJ/mol H2 with "
     "Ti substitution.", ("Al", 62.0), ("Ti", 66.0)),
    ("The computed enthalpy of MgH2 decomposition falls to 63 kJ mol−1 H2 with Ni substitution and to 68 kJ mol−1 "
     "H2 with Cu substitution.", ("Ni", 63.0), ("Cu", 68.0)),
    ("The decomposition enthalpy of MgH2 drops to 61.5 kJ/mol H2 with Al and to 65.5 kJ/mol H2 with Ti.",
     ("Al", 61.5), ("Ti", 65.5)),
])
def test_each_value_said_with_its_own_element_is_that_sample_s(text, first, second):
    rows = contract_measurements(text)
    for element, value in (first, second):
        assert set(_parts(the_one(rows, value))) == {element}, (text, value)


def test_each_value_with_its_own_doping_stays_a_catalyst():
    rows = contract_measurements("The decomposition enthalpy of MgH2 goes down to 62.5 kJ/mol H2 with Ti doping and "
                                 "to 66.5 kJ/mol H2 with Ni doping.")
    assert _parts(the_one(rows, 62.5)) == {"Ti": ("Catalyst", None)}
    assert _parts(the_one(rows, 66.5)) == {"Ni": ("Catalyst", None)}


@pytest.mark.parametrize("text, value, host, element", [
    ("The Ti-for-Mg substitution brings the decomposition enthalpy of MgH2 to 67 kJ/mol H2.", 67.0, "MgH2", "Ti"),
    ("Fe-for-Ni substitution takes the decomposition enthalpy of Mg2NiH4 down to 61 kJ/mol H2.", 61.0, "Mg2NiH4",
     "Fe"),
    ("A Cu-for-Ni substitution in Mg2NiH4 leaves a desorption enthalpy of 58.5 kJ/mol H2.", 58.5, "Mg2NiH4", "Cu"),
])
def test_a_swap_written_with_hyphens_is_a_substitution(text, value, host, element):
    assert _assert_substituent(text, value, element, "Alloying")["components"][0]["material"] == host, text


@pytest.mark.parametrize("text, value, element, share", [
    ("Our Mg0.9Ti0.1H2 decomposes with an enthalpy of 63.5 kJ/mol H2.", 63.5, "Ti", 0.1),
    ("Mg0.85Al0.15H2 shows a decomposition enthalpy of 60.5 kJ/mol H2.", 60.5, "Al", 0.15),
    ("For Mg1−xNixH2 with x = 0.05, the computed decomposition enthalpy is 69.5 kJ/mol H2.", 69.5, "Ni", 0.05),
])
def test_a_binary_hydride_written_with_fractional_metals_holds_the_element(text, value, element, share):
    assert _assert_substituent(text, value, element, "Alloying", share)["components"][0]["material"] == "MgH2", text


def test_a_complex_hydride_written_with_fractional_metals_keeps_its_partner_compound():
    row = the_one(contract_measurements("Mg0.9Zn0.1(BH4)2 starts to release hydrogen at 263 °C."), 263.0)
    assert _parts(row) == {"Zn(BH4)2": ("DopantSubstituent", 0.1)}


@pytest.mark.parametrize("text, value, salt", [
    ("Upon iodide substitution, the Li+ conductivity of LiBH4 climbs to 0.12 mS/cm at 32 °C.", 0.12, "LiI"),
    ("With bromide substitution, LiBH4 conducts 0.045 mS/cm at 42 °C.", 0.045, "LiBr"),
    ("Chloride substitution in Mg(BH4)2 moves the onset temperature to 236 °C.", 236.0, "MgCl2"),
])
def test_a_halide_named_before_the_substitution_is_the_hosts_salt(text, value, salt):
    assert _parts(the_one(contract_measurements(text), value)) == {salt: ("DopantSubstituent", None)}, text


def test_a_host_in_a_contrasting_clause_after_a_substitution_stays_bare():
    text = "Bromide substitution stabilises the hexagonal phase, whereas pure LiBH4 conducts only 0.0015 mS/cm at 33 °C."
    assert _parts(the_one(contract_measurements(text), 0.0015)) == {}


def test_an_alloying_prefix_names_a_substituent():
    for text, value in (("Ni-alloyed MgH2 starts to release hydrogen at 262 °C.", 262.0),
                        ("The Ni-alloyed MgH2 has a decomposition enthalpy of 64.5 kJ/mol H2.", 64.5)):
        _assert_substituent(text, value, "Ni", "Alloying")


def test_a_metal_alloyed_in_with_words_is_a_substituent_and_one_doped_in_a_catalyst():
    for text, value in (("Upon alloying with Ni, the desorption enthalpy of MgH2 falls to 62.5 kJ/mol H2.", 62.5),
                        ("MgH2 alloyed with Ni shows a decomposition enthalpy of 64.2 kJ/mol H2.", 64.2)):
        _assert_substituent(text, value, "Ni", "Alloying")
    row = the_one(contract_measurements("MgH2 doped with Ni shows a decomposition enthalpy of 64.4 kJ/mol H2."), 64.4)
    assert _parts(row) == {"Ni": ("Catalyst", None)}


@pytest.mark.parametrize("text, entering, not_entering", [
    ("after the partial substitution of Mg or Li by Na in the imide", {"Na"}, {"Mg", "Li"}),
    ("the replacement of Ca, Sr and Ba by Eu lowers it", {"Eu"}, {"Ca", "Sr", "Ba"}),
    ("a Ti-for-Mg substitution of one site in eight", {"Ti"}, {"Mg"}),
    ("Zn substituted for Mg in the borohydride", {"Zn"}, {"Mg"}),
    ("Cu alloyed with Mg forms another phase", {"Mg"}, {"Cu"}),
    ("Ti-doped and Nb-catalysed samples", set(), {"Ti", "Nb"}),
])
def test_which_element_the_words_put_into_the_lattice(text, entering, not_entering):
    from ingest.extraction.samples.lattice_entry import enters_lattice

    said = {m.group(): enters_lattice(text, m.start(), m.end()) for m in re.finditer(r"\b[A-Z][a-z]?\b", text)}
    assert {e for e, yes in said.items() if yes} == entering, said
    assert not_entering <= {e for e, yes in said.items() if not yes}, said


@pytest.mark.parametrize("text, additive, strategy", [
    ("By our calculations, Ti substitution weakens the Mg–H bond in MgH2.", "Ti", "Alloying"),
    ("In MgH2 the Mg–H bond is weakened by Al substitution.", "Al", "Alloying"),
    ("Substituting Al for Mg weakens the Mg–H bond in MgH2 noticeably.", "Al", "Alloying"),
    ("Ni doping weakens the Mg–H bond in MgH2 noticeably.", "Ni", "MetalCatalysis"),
])
def test_a_mechanism_credited_to_an_element_entering_the_lattice_is_alloying(text, additive, strategy):
    from extracted import claim_tuples

    assert ("BondWeakening", "MgH2", additive, strategy) in claim_tuples(text), claim_tuples(text)


@pytest.mark.parametrize("text, value, element, strategy", [
    ("Li2B12H12 with a fifth of its H replaced by Cl conducts 0.21 mS/cm at 112 °C.", 0.21, "Cl", "AnionSubstitution"),
    ("Mg(BH4)2 with a tenth of its Mg replaced by Zn starts to decompose at 248 °C.", 248.0, "Zn",
     "CationSubstitution"),
    ("LiBH4 with part of its Li replaced by K starts to release hydrogen at 378 °C.", 378.0, "K",
     "CationSubstitution"),
])
def test_an_element_said_to_replace_one_of_the_host_s_is_a_substituent(text, value, element, strategy):
    _assert_substituent(text, value, element, strategy)


def test_a_catalyst_replaced_by_another_is_no_substituent():
    from ingest.extraction.samples.lattice_entry import enters_lattice

    text = "In the doped sample the Ni catalyst was replaced by Co"
    assert not enters_lattice(text, text.index("Co"), text.index("Co") + 2)


@pytest.mark.parametrize("text, value, host, element, share", [
    ("Our Li0.9Mg0.05BH4 begins to give off hydrogen at 357 °C.", 357.0, "LiBH4", "Mg", 0.05),
    ("Li0.9Ca0.05BH4 starts to lose hydrogen at 366 °C in our runs.", 366.0, "LiBH4", "Ca", 0.05),
    ("The amide Li0.9Mg0.05NH2 begins to decompose at 287 °C.", 287.0, "LiNH2", "Mg", 0.05),
])
def test_an_aliovalent_solid_solution_holds_the_other_metal_as_its_substituent(text, value, host, element, share):
    row = _assert_substituent(text, value, element, "CationSubstitution", share)
    assert row["components"][0]["material"] == host, text


def test_metal_counts_that_balance_neither_sites_nor_charges_stay_one_compound():
    row = the_one(contract_measurements("Li0.8Mg0.05BH4 begins to give off hydrogen at 359 °C."), 359.0)
    assert [c["material"] for c in row["components"]] == ["Li0.8Mg0.05BH4"]


def test_an_element_swapped_for_one_the_host_does_not_hold_is_no_substituent():
    for text, value in (("The Co-for-Ni substitution lowers the decomposition enthalpy of MgH2 to 66.5 kJ/mol H2.", 66.5),
                        ("Replacing Ni with Co in MgH2 brings its hydrogen removal energy down to 1.93 eV.", 1.93)):
        row = the_one(contract_measurements(text), value)
        assert not any(c["role"] == "DopantSubstituent" for c in row["components"]), (text, row)
