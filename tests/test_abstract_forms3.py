"""Forms of published abstracts that put values on the wrong system (a third set), each with sentences written
for the test (three or more wordings) and one that must not change:

- a whole number before a composite catalyst written with a slash ("2V2C/Ti3C2", "3Fe2O3/CeO2") is the
  mixing ratio of its parts, part of the catalyst's name, not a molar amount of the catalyst;
- a capacity over counted cycles the sentence names as runs of both directions ("five release and uptake
  cycles", "during de/rehydrogenation cycling … after six desorptions") is the reversible capacity;
- an opening bracket set off by spaces between two numbers and never closed ("41.2 ( 1.5 and 50.3 ( 2.1
  kJ/mol") is the plus-minus sign an old PDF copy printed as "(": the values before it are kept;
- an activation energy named bare after "the hydrogenation enthalpy (…) and" is of the same process;
- a bracket glossing a capacity's name before its value ("capacity (quantity of hydrogen absorbed in 60 min)
  of …") names the narrower capacity it means."""
from __future__ import annotations

import pytest
from prose_sentences import component_materials as _components, contract_measurements, the_one


@pytest.mark.parametrize(("text", "value", "parts"), [
    ("MgH2 with addition of 10 wt% of 2Nb2C/Ti3C2 starts to release hydrogen near 190 °C.", 190,
     {"MgH2", "2Nb2C/Ti3C2"}),
    ("The dehydrogenated MgH2–3Ni/Fe3O4 takes up 5.4 wt% hydrogen within 60 s at 150 °C.", 5.4,
     {"MgH2", "3Ni/Fe3O4"}),
    ("Adding 2Co/rGO lowers the activation energy of LiBH4 desorption to 120 kJ/mol.", 120,
     {"LiBH4", "2Co/rGO"}),
    ("MgH2 ball milled with 3Fe2O3/CeO2 absorbs 5.5 wt% of hydrogen at 200 °C.", 5.5,
     {"MgH2", "3Fe2O3/CeO2"}),
])
def test_a_whole_number_before_a_slash_composite_is_its_mixing_ratio(text, value, parts):
    assert _components(the_one(contract_measurements(text), value)) == parts


@pytest.mark.parametrize(("text", "value", "part", "amount"), [
    ("The MgH2–0.1TiCl3 composite releases 6.1 wt% hydrogen at 300 °C.", 6.1, "TiCl3", 0.1),
    ("The MgH2–0.5Ni/C composite releases 6.2 wt% hydrogen at 300 °C.", 6.2, "Ni/C", 0.5),
])
def test_a_fraction_before_a_catalyst_stays_its_molar_amount(text, value, part, amount):
    row = the_one(contract_measurements(text), value)
    c = next(c for c in row["components"] if c["material"] == part)
    assert c["amount"] == amount and c["amount_unit"] == "ratio", row


@pytest.mark.parametrize(("text", "value"), [
    ("Four hydrogen release and uptake cycles of the Mg(BH4)2–TiF3 composite give up to 7.1 wt% H2.", 7.1),
    ("Five desorption/absorption cycles of the NaAlH4–CeCl3 sample yield 4.2 wt% H2.", 4.2),
    ("During ten dehydrogenation–rehydrogenation cycles, MgH2–Fe2O3 delivers 6.1 wt% H2.", 6.1),
    ("Two hydrogen desorption (at 350 °C, 0.2 bar) and absorption (at 340 °C, 90 bar) cycles of LiBH4–Al "
     "reveal 5.3 wt% H2.", 5.3),
    ("Bulk LiBH4–CaH2 degrades during hydrogen release and uptake cycling, keeping only 2.4 wt% H2 after "
     "six hydrogen desorptions.", 2.4),
    ("During absorption/desorption cycling, Mg2Ni–Cu keeps 3.1 wt% H2 after 12 dehydrogenations.", 3.1),
])
def test_a_capacity_over_cycles_both_ways_is_reversible(text, value):
    assert the_one(contract_measurements(text), value)["property"] == "reversible_hydrogen_capacity"


@pytest.mark.parametrize(("text", "value", "prop"), [
    ("After 20 cycles at 300 °C, MgH2–Fe2O3 still delivers 6.0 wt% H2.", 6.0, "hydrogen_capacity"),
    ("Over 10 de/rehydrogenation cycles, MgH2–Fe2O3 absorbs 6.2 wt% hydrogen at 250 °C.", 6.2,
     "absorbed_hydrogen_capacity"),
])
def test_cycles_not_named_both_ways_keep_the_capacity(text, value, prop):
    assert the_one(contract_measurements(text), value)["property"] == prop


@pytest.mark.parametrize(("text", "values"), [
    ("The enthalpies of the first and second decomposition steps of TiCl3-doped NaAlH4 were found to be 41.2 ( 1.5 "
     "and 50.3 ( 2.1 kJ/mol H2, respectively.", (41.2, 50.3)),
    ("The apparent activation energy of Nb2O5-catalysed MgH2 is 72.4 ( 3.1 kJ/mol.", (72.4,)),
    ("Ball-milled MgH2 with 5 wt% Ni releases 6.1 ( 0.2 wt% hydrogen at 300 °C.", (6.1,)),
])
def test_a_bracket_left_open_between_numbers_is_a_plus_minus_sign(text, values):
    rows = contract_measurements(text)
    for v in values:
        the_one(rows, v)


def test_a_closed_bracket_after_a_value_stays_a_bracket():
    from ingest.extraction.text.pdf_copy import lost_plus_minus
    assert lost_plus_minus("MgH2–Ni releases 6.1 wt% H2 at 300 °C ( 2 h) and 5.0 wt% at 250 °C.") == []
    assert lost_plus_minus("a value of 40.5 (1.2) kJ/mol") == []


@pytest.mark.parametrize(("text", "value"), [
    ("The measured hydrogenation enthalpy (ΔHabs = −72.1 kJ/mol H2) and activation energy (Ea = 61.3 kJ/mol H2) of "
     "the Mg–Ni composite were lower than those of pure Mg.", 61.3),
    ("The hydriding enthalpy of −73.0 kJ/mol and activation energy of 64.0 kJ/mol of Mg–Cu show fast uptake.", 64.0),
    ("The absorption enthalpy (ΔH = −69.5 kJ/mol) and the activation energy (Ea = 55.0 kJ/mol) of Mg–Ti films are "
     "both reduced.", 55.0),
])
def test_an_activation_energy_after_a_process_enthalpy_shares_its_process(text, value):
    assert the_one(contract_measurements(text), value)["property"] == "hydrogenation_activation_energy"


def test_an_activation_energy_in_another_clause_keeps_its_own_process():
    text = ("The hydrogenation enthalpy of Mg–Ni (ΔH = −72.1 kJ/mol) was measured by PCI, while MgH2–Ni has an "
            "activation energy of 95.0 kJ/mol.")
    assert the_one(contract_measurements(text), 95.0)["property"] == "dehydrogenation_activation_energy"


@pytest.mark.parametrize(("text", "value"), [
    ("At 573 K and 12 bar H2, Mg–3graphite reached an effective hydrogen-storage capacity (the hydrogen it took "
     "up during 30 min) of 5.14 wt%.", 5.14),
    ("MgH2–Ni has a high hydrogen storage capacity (the amount of hydrogen absorbed in 30 min) of 5.9 wt% at "
     "573 K.", 5.9),
    ("The Mg2Ni–Cu alloy shows a capacity (the amount of H2 taken up within 10 min) of 3.2 wt% at 250 °C.", 3.2),
])
def test_a_bracket_glossing_a_capacity_names_the_narrower_one(text, value):
    assert the_one(contract_measurements(text), value)["property"] == "absorbed_hydrogen_capacity"


def test_a_bracket_with_another_value_glosses_nothing():
    rows = contract_measurements("MgH2–Fe shows a hydrogen storage capacity (theoretical 7.6 wt%) of 6.5 wt%.")
    assert the_one(rows, 6.5)["property"] == "hydrogen_capacity"
