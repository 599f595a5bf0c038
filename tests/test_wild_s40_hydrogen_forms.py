"""Forms read on real hydrogen-storage abstracts of session 40 (issue 10), each a general rule:

- a kilojoule per mole in an indexing service's spelling, capital K and a product dot ("KJ.mol(-1)", "KJ·mol−1"), is
  kJ/mol (ontology.units: the kilojoule's case repaired before a dotted mole too);
- a bare per cent said to be the mass fraction of hydrogen ("1.7% and 4.6% in the mass fraction of H-2", "the mass
  fraction of H2 absorbed … is 6.7%") is a hydrogen capacity in wt%, and so is every member of a list of bare per
  cents whose last member is (quantity_text._hydrogen_share);
- the mass fraction's symbol set equal to a per cent in a bracket ("V2O5 (w = 5%)") is a loading of 5 wt%
  (per_cent_words.mass_fraction_symbols), and a bracketed loading between a dopant and its unhyphenated participle
  ("V2O5 (5 wt%) doped MgH2") is the dopant's (samples: the spaced prefix read past the bracket);
- "… 49 kJ/mol for the 5 wt% TiO2-doped LiAlH4": a value followed by 'for', a loading and the prefixed sample is that
  sample's (prose_words.FOR_NEXT);
- a scaffold's pore volume ("pore volumes (1.03 and 2.64 mL/g)") is the ontology's PoreVolume of the scaffold, not a
  volume of hydrogen a gram of hydride gives off.

Every sentence here was written for this test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def _parts(row: dict) -> dict:
    return {c["material"]: c for c in row["components"][1:]}


@pytest.mark.parametrize("text, value", [
    ("The desorption activation energy of MgH2 milled with 5 wt% NbF5 fell to 64 KJ.mol(-1).", 64.0),
    ("For the LiAlH4–TiF3 sample an apparent activation energy of 71.5 KJ·mol−1 was obtained.", 71.5),
    ("Kissinger analysis gives Ea = 93 KJ.mol-1 for the NaAlH4 doped with CeCl3.", 93.0),
])
def test_capital_kilojoule_before_a_dotted_mole_is_kj_per_mol(text, value):
    row = the_one(contract_measurements(text), value)
    assert row["unit"] == "kJ/mol" and row["property"].endswith("activation_energy"), row


def test_near_miss_a_kelvin_times_a_mole_is_no_energy():
    # "K.mol" is no kilojoule: a K before a dotted mole stays what it is (no activation energy read)
    rows = contract_measurements("The MgH2 sample was held for 300 K.mol at rest.")
    assert not any(r["unit"] == "kJ/mol" for r in rows), rows


@pytest.mark.parametrize("text, values", [
    ("After dehydrogenation the MgH2–TiO2 composite takes up 2.4% and 4.1% in the mass fraction of H-2 within "
     "10 and 60 min at 100 °C.", (2.4, 4.1)),
    ("At 275 °C the mass fraction of H2 released by the LiBH4–NbF5 sample reaches 8.2%.", (8.2,)),
    ("The NaAlH4 doped with CeCl3 reabsorbed 3.6% (mass fraction of hydrogen) at 120 °C.", (3.6,)),
])
def test_a_per_cent_said_to_be_the_mass_fraction_of_hydrogen_is_wt_percent(text, values):
    rows = contract_measurements(text)
    for value in values:
        row = the_one(rows, value)
        assert row["unit"] == "wt%" and "capacity" in row["property"], row


def test_near_miss_a_per_cent_of_the_mass_fraction_kept_is_no_capacity():
    # a share of the first run's capacity, no mass fraction of hydrogen
    rows = contract_measurements("After ten cycles the MgH2–Ni composite kept 91% of its initial capacity.")
    assert not any(r["unit"] == "wt%" for r in rows), rows


@pytest.mark.parametrize("text, value, additive, amount", [
    ("V2O5 (w = 5%) doped MgH2 begins to release hydrogen at 178 °C.", 178.0, "V2O5", 5.0),
    ("MgH2 doped with NbF5 (w=7%) starts to desorb hydrogen at 186 °C.", 186.0, "NbF5", 7.0),
    ("TiO2 (8 wt%) doped LiAlH4 decomposes from 92 °C.", 92.0, "TiO2", 8.0),
    ("CeCl3 (4 mol%) catalyzed NaAlH4 releases hydrogen from 141 °C.", 141.0, "CeCl3", 4.0),
])
def test_a_bracketed_loading_of_a_dopant_is_its_amount(text, value, additive, amount):
    row = the_one(contract_measurements(text), value)
    parts = _parts(row)
    assert additive in parts and parts[additive]["amount"] == amount, row


def test_near_miss_the_mass_fraction_symbol_alone_is_no_loading():
    # "(w)" names the quantity only: no amount is given, the dopant stays without one
    row = the_one(contract_measurements(
        "MgH2 doped with V2O5 in amounts (w) from 2% to 8% starts to release hydrogen at 181 °C."), 181.0)
    assert all(c["amount"] is None for c in row["components"][1:]), row


@pytest.mark.parametrize("text, low_value, high_value, additive", [
    ("The apparent activation energy is 121 kJ/mol for pure LiAlH4 and 52 kJ/mol for the 5 wt% TiO2-doped LiAlH4.",
     121.0, 52.0, "TiO2"),
    ("The desorption peak is 372 °C for bare MgH2 and 296 °C for the 7 wt% Nb2O5-catalysed MgH2.",
     372.0, 296.0, "Nb2O5"),
    ("The onset is 355 °C for undoped NaBH4 and 298 °C for the 10 mol% TiF3-doped NaBH4.", 355.0, 298.0, "TiF3"),
])
def test_a_value_for_a_loaded_prefixed_sample_is_that_samples(text, low_value, high_value, additive):
    rows = contract_measurements(text)
    bare, doped = the_one(rows, low_value), the_one(rows, high_value)
    assert not bare["components"][1:], bare
    assert additive in _parts(doped), doped


def test_near_miss_a_loading_said_of_the_pure_host_names_no_additive():
    rows = contract_measurements("The apparent activation energy is 121 kJ/mol for pure LiAlH4 and 118 kJ/mol for "
                                 "the milled LiAlH4.")
    assert all(not r["components"][1:] for r in rows if r["property"].endswith("activation_energy")), rows


@pytest.mark.parametrize("text, values, scaffold", [
    ("LiBH4 was melt-infiltrated into two carbon aerogels with different BET surface areas (710 and 2290 m2/g) "
     "and pore volumes (1.12 and 2.51 mL/g).", (1.12, 2.51), "carbon aerogels"),
    ("NaAlH4 was loaded into an ordered mesoporous carbon having a pore volume of 1.35 cm3/g.", (1.35,),
     "ordered mesoporous carbon"),
    ("MgH2 nanoparticles were grown in a graphene aerogel with a total pore volume of 0.94 cm3 g-1.", (0.94,),
     "graphene aerogel"),
])
def test_a_pore_volume_is_the_scaffolds_own(text, values, scaffold):
    rows = contract_measurements(text)
    for value in values:
        row = the_one(rows, value)
        assert row["property"] == "pore_volume" and row["unit"] == "cm**3/g", row
        assert [c["material"] for c in row["components"]] == [scaffold], row


def test_near_miss_a_volume_of_hydrogen_per_gram_stays_a_generation_capacity():
    row = the_one(contract_measurements("The hydrolysis of MgH2 milled with 5 wt% NH4Cl gave 1290 mL/g of hydrogen "
                                        "in 30 min."), 1290.0)
    assert row["property"] == "hydrogen_generation_capacity", row


# An abstract under a title naming its modified sample opens on the bare host's figures ("The gravimetric and
# volumetric capacities of MgH2 are 7.6 wt% and 110 g/L"): general knowledge of the host, not the title's sample
# (studied_samples.GENERAL: the gravimetric and volumetric capacities are what the host holds).
def _abstract(title: str, body: str) -> list[dict]:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    return [r for r in contract_rows(extract_text(f"# {title}\n\n{body}\n")) if r["kind"] == "measurement"]


@pytest.mark.parametrize("title, body, general, studied", [
    ("Hydrogen sorption of MgH2 catalysed by Nb2O5",
     "Magnesium hydride is attractive for storing hydrogen. The gravimetric and volumetric capacities of MgH2 reach "
     "7.6 wt% and 110 g/L. Here Nb2O5 was milled with MgH2, and the composite released 6.1 wt% H2 at 250 °C.",
     (7.6, 110.0), 6.1),
    ("Fast hydrogen release from LiAlH4 doped with TiF3",
     "Lithium alanate is a light hydride. Its gravimetric hydrogen density of LiAlH4 is 10.5 wt%. In this work TiF3 "
     "was added, and the doped LiAlH4 gave off 6.8 wt% H2 below 150 °C.", (10.5,), 6.8),
    ("NaAlH4 catalysed by CeCl3 for reversible storage",
     "NaAlH4 is studied widely. The volumetric capacity of NaAlH4 amounts to 94 g/L. We milled CeCl3 into NaAlH4; the "
     "catalysed alanate reabsorbed 4.2 wt% H2 at 120 °C.", (94.0,), 4.2),
])
def test_the_hosts_gravimetric_and_volumetric_figures_open_an_abstract_as_general_knowledge(title, body, general,
                                                                                            studied):
    rows = _abstract(title, body)
    for value in general:
        row = the_one(rows, value)
        assert not row["components"][1:], row
    assert the_one(rows, studied)["components"][1:], rows


def test_near_miss_a_gravimetric_figure_said_of_the_doped_sample_stays_the_samples():
    rows = _abstract("Hydrogen sorption of MgH2 catalysed by Nb2O5",
                     "The Nb2O5-doped MgH2 shows a gravimetric capacity of 6.3 wt% at 300 °C.")
    assert "Nb2O5" in _parts(the_one(rows, 6.3)), rows


# A milling's duration written before 'as-milled' ("of 15 h as-milled Mg2Ni powders") says how the sample was made:
# no time of the measurement (value_roles.MILLED_AFTER), and no value that cuts off the property names a
# 'respectively' list wrote before it (respectively._VALUE_NUMBER).
@pytest.mark.parametrize("text, first, second, keys", [
    ("The maximum hydrogen absorption content and the reversible hydrogen content of 12 h as-milled Mg2Ni powder "
     "came to 3.02 and 2.31 mass%, respectively.", 3.02, 2.31, ("absorbed_hydrogen_capacity", "reversible_hydrogen_capacity")),
    ("The absorption and desorption activation energies of the 20 h as-milled MgH2–Ni sample are 58 and 83 kJ/mol, "
     "respectively.", 58.0, 83.0, ("hydrogenation_activation_energy", "dehydrogenation_activation_energy")),
    ("The onset and peak desorption temperatures of 30 min as milled LiBH4–TiF3 are 212 and 355 °C, respectively.",
     212.0, 355.0, ("onset_dehydrogenation_temperature", "peak_dehydrogenation_temperature")),
])
def test_a_milling_duration_before_as_milled_is_neither_a_time_nor_a_list_break(text, first, second, keys):
    rows = contract_measurements(text)
    a, b = the_one(rows, first), the_one(rows, second)
    assert (a["property"], b["property"]) == keys, rows
    assert "time" not in a["conditions"] and "time" not in b["conditions"], rows


def test_near_miss_a_time_the_uptake_took_stays_its_condition():
    row = the_one(contract_measurements("The as-milled Mg2Ni powder absorbed 3.1 mass% of hydrogen within 15 h at "
                                        "573 K."), 3.1)
    assert row["conditions"].get("time") == 900.0, row
