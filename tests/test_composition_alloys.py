"""An alloy written in metallurgical notation — a base metal, then each alloying element after its share
('Mg–25Ni': Mg with 25 (wt%) Ni) — is one alloy, its own host as Mg90Ni10 is (tests/devset/README.md),
not the metal with a catalyst in a 'ratio' of 25. A loading written with its unit, a hydride host and
a composite written without shares stay what they were. Sentences written for these tests."""
import pytest
from extracted import records

from ontology.system import analyse_system


def _components(row: dict) -> list[tuple]:
    return [(c["material"], c["role"], c["amount"], c["amount_unit"]) for c in row["components"]]


@pytest.mark.parametrize("text, alloy", [
    ("The cast Mg-25Ni alloy absorbs 5.4 wt% hydrogen at 320 °C.", "Mg–25Ni"),
    ("After ten cycles, Mg–8Al releases hydrogen with an activation energy of 118 kJ/mol.", "Mg–8Al"),
    ("A ternary Mg–12Ni–3Cu alloy desorbs hydrogen from 265 °C.", "Mg–12Ni–3Cu"),
    ("Melt-spun Mg-4.5Zn ribbons take up 6.1 wt% H2 at 300 °C.", "Mg–4.5Zn"),
    # a one-letter element after its share, which a hyphen would otherwise bind as a code ('SBA-15')
    ("The Mg-10Ni-5V alloy desorbs 5.2 wt% hydrogen at 290 °C.", "Mg–10Ni–5V"),
])
def test_an_alloy_written_by_its_composition_is_its_own_host(text, alloy):
    (row,) = records(text)
    assert row["material"] == alloy, row
    assert _components(row) == [(alloy, "HostHydride", None, None)], row
    assert row["strategies"] == ["Alloying"], row


@pytest.mark.parametrize("system, host, additive", [
    ("MgH2–5Ni", "MgH2", "Ni"),               # a hydride host: its additive's share, not an alloy
    ("Mg–10 wt% Ni", "Mg", "Ni"),             # a loading with its unit: the metal with a catalyst
    ("2Mg–Ni", "Mg", "Ni"),                   # a coefficient on the base metal: a mixture to react
    ("MgH2–Ni", "MgH2", "Ni"),                # a composite written without shares
])
def test_a_loading_or_a_mixture_is_no_composition_alloy(system, host, additive):
    found = analyse_system(system).system
    assert found.host.formula == host, found
    assert [a.formula for a in found.additives] == [additive], found


def test_the_alloy_and_a_further_additive():
    found = analyse_system("Mg–25Ni–5 wt% graphene").system
    assert found.host.formula == "Mg–25Ni", found
    assert [(a.formula, a.amount.value if a.amount else None) for a in found.additives] == [("graphene", 5.0)], found


@pytest.mark.parametrize("text, alloy", [
    # the phases an alloy is made of are no sample: the next sentence's value is the alloy's
    ("The Mg–12Ni–3Y alloy consists of Mg and Mg2Ni phases. It absorbs 5.6 wt% hydrogen at 310 °C.", "Mg–12Ni–3Y"),
    ("The as-cast Mg-20Ni alloy is made of α-Mg and the Mg2Ni eutectic. The alloy releases hydrogen from 255 °C.",
     "Mg–20Ni"),
    ("We cast an Mg–6Ni–2Mm alloy by induction melting. After activation it takes up 5.9 wt% H2 at 300 °C.",
     "Mg–6Ni–2Mm"),
])
def test_the_alloy_is_the_sample_the_text_goes_on_about(text, alloy):
    (row,) = records(text)
    assert row["material"] == alloy, row
    assert row["strategies"] == ["Alloying"], row


@pytest.mark.parametrize("text, host", [
    # the sample named without its notation, then the phases it consists of: the value stays the sample's
    ("An Mg–8Ni alloy was cast. The as-cast alloy consists of α-Mg and Mg2Ni phases. It absorbs 5.1 wt% H2 at "
     "300 °C.", "Mg–8Ni"),
    ("Mg90Ni10 was melt-spun into ribbons. The ribbons contain Mg, Mg2Ni and Mg6Ni phases. They desorb hydrogen "
     "with an activation energy of 98 kJ/mol.", "Mg90Ni10"),
    ("Mg–5Al–3Zn was cast and annealed. Fine Mg17Al12 phases form at its grain boundaries. After activation the "
     "alloy releases 5.4 wt% hydrogen at 320 °C.", "Mg–5Al–3Zn"),
])
def test_phases_named_as_such_are_no_sample(text, host):
    (row,) = records(text)
    assert row["material"] == host, row


def test_a_hydride_named_with_its_phase_transition_stays_the_sample():
    (row,) = records("The LiBH4 phase transition occurs at 110 °C.")
    assert row["material"] == "LiBH4", row


@pytest.mark.parametrize("text, alloy", [
    ("The Mg–15Ni alloy absorbs 5.9 wt% H2 at 300 °C. The activation energy of the Mg–15Ni–5Cu alloy is 84 kJ/mol.",
     "Mg–15Ni–5Cu"),
    ("Mg-10Ni was cast first. For Mg-10Ni-2Y the onset of hydrogen release drops to 240 °C.", "Mg–10Ni–2Y"),
    ("Cast Mg–5Al takes up 5.8 wt% hydrogen at 320 °C. Mg–9Al reaches only 5.1 wt% under the same conditions.",
     "Mg–9Al"),
])
def test_a_second_alloy_named_with_the_value_is_the_values_sample(text, alloy):
    assert records(text)[-1]["material"] == alloy


def test_the_paragraphs_alloy_named_again_stays_its_sample():
    rows = records("The Mg–15Ni alloy absorbs 5.9 wt% H2 at 300 °C. The activation energy of Mg–15Ni is 96 kJ/mol.")
    assert [r["material"] for r in rows] == ["Mg–15Ni", "Mg–15Ni"]


# ----------------------------------------------------------- a metal–hydrogen system named by its elements
@pytest.mark.parametrize("text, metals", [
    ("In Mg-Co-Fe-H films, we find a hydrogenation enthalpy ΔH = -49 kJ (mol H2)-1.", {"Mg", "Co", "Fe"}),
    ("The Mg–Cu–H system shows a formation enthalpy of 61 kJ/mol H2.", {"Mg", "Cu"}),
    ("Thin films of the Mg-Al-Ti-H system take up 4.8 wt% hydrogen at 100 °C.", {"Mg", "Al", "Ti"}),
])
def test_the_hydrogen_of_a_metal_hydrogen_system_is_no_part(text, metals):
    (row,) = records(text)
    assert {c["material"] for c in row["components"]} == metals, row     # no 'H' catalyst


def test_a_bond_of_one_metal_and_hydrogen_stays_a_bond():
    # 'the Mg–H bond': one metal and H is a bond more often than a sample; no sample 'Mg' is read from it
    rows = records("The MgH2–CuNi composite weakens the Mg–H bond, and the enthalpy drops to 66 kJ/mol.")
    assert [r["system"] for r in rows] == ["MgH2–CuNi"], rows


# ----------------------------------------------------------- two element symbols and 'alloy'
@pytest.mark.parametrize("text, guest", [
    ("The Mg–Sn alloy starts to release hydrogen at 336 °C.", "Sn"),
    ("Hydrogen release from the Mg-Zn alloys begins at 329 °C.", "Zn"),
    ("After milling with 4 wt% TiF3, the Mg–Ga alloy desorbs 3.9 wt% of hydrogen at 325 °C.", "Ga"),
])
def test_a_binary_alloy_named_by_its_symbols_is_one_alloy_host(text, guest):
    row = records(text)[0]
    roles = {c["material"]: c["role"] for c in row["components"]}
    # as the ontology's Mg–Li alloy is, Mg(Li): Mg the host with the other metal alloyed in, not a catalyst
    assert roles["Mg"] == "HostHydride" and roles[guest] == "DopantSubstituent", row
    assert "Alloying" in row["strategies"] and "MetalCatalysis" not in row["strategies"], row


def test_a_binary_alloy_the_ontology_names_is_its_intermetallic():
    (row,) = records("The Mg-Ni alloys absorb 3.3 wt% hydrogen at 300 °C.")
    assert [c["material"] for c in row["components"]] == ["Mg2Ni"], row


@pytest.mark.parametrize("text, guest, role", [
    ("The Mg–Fe composite starts to release hydrogen at 336 °C.", "Fe", "Catalyst"),
    # (tin, like aluminium, reacts with the hydride it is milled with, Mg2Sn: a destabilizing reactant, s40)
    ("The Mg–Sn composite starts to release hydrogen at 336 °C.", "Sn", "DestabilizingReactant"),
])
def test_two_symbols_without_the_noun_stay_a_metal_and_its_additive(text, guest, role):
    (row,) = records(text)
    roles = {c["material"]: c["role"] for c in row["components"]}
    assert roles["Mg"] == "HostHydride" and roles[guest] == role, row


@pytest.mark.parametrize("text, parts", [
    ("Mg−Zn alloy was milled with Mg2Ge (MG) and graphene (G). The Mg−Zn−MG−G composite releases 3.1 wt.% of "
     "hydrogen within 1 h at 330 °C.", {"Mg", "Zn", "Mg2Ge", "graphene"}),
    ("The Mg–Ga alloy was co-milled with Fe3O4. The Mg–Ga–Fe3O4 sample absorbs 5.0 wt% hydrogen at 280 °C.",
     {"Mg", "Ga", "Fe3O4"}),
    ("A Mg–Sn alloy served as the host. Its Mg–Sn–CeO2 composite starts to desorb at 288 °C.",
     {"Mg", "Sn", "CeO2"}),
])
def test_a_notation_leading_with_a_named_alloy_is_made_of_that_alloy(text, parts):
    rows = [r for r in records(text) if len(r["components"]) > 2]
    assert rows, records(text)
    for row in rows:
        roles = {c["material"]: c["role"] for c in row["components"]}
        assert set(roles) == parts and roles["Mg"] == "HostHydride", row
        assert roles[next(p for p in ("Zn", "Ga", "Sn") if p in roles)] == "DopantSubstituent", row
