"""Forms of the E2 diagnostic abstracts: the probe grid of ``grid_fixe2.py`` (every slot value must pass) and,
for each rule, sentences written for the test in several wordings plus ones it must not fire on. Every
sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_fixe2 import probes, run
from grid_rates import failing_slot_values, measurement_rows, titled, value_row
from prose_sentences import component_materials


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 200 <= len(ps) <= 300
    assert {p.slots["class"] for p in ps} == {"element", "percent", "gerund", "second", "reuptake"}


@pytest.mark.parametrize("slot", ["class", "host", "word", "template"])
def test_every_slot_value_of_the_grid_passes(grid, slot):
    failing, examples = failing_slot_values(grid, slot)
    assert not failing, (failing, examples)



# ---- a bare '%' of hydrogen is a gravimetric capacity
@pytest.mark.parametrize("sentence,value", [
    ("The ball-milled KBH4–LiNH2 blend liberates 3.9% hydrogen once heated to 320 °C.", 3.9),
    ("A gravimetric capacity of 4.15% was measured for Mg(BH4)2 at 300 °C.", 4.15),
    ("Under 1 bar, about 6.2% of H2 is evolved by the LiAlH4 sample.", 6.2),
    ("The hydrogen storage capacity of the 6LiBH4–CaH2 mixture reaches 2.35% at 55 °C and 2.61% at 80 °C.", 2.61),
])
def test_a_bare_per_cent_of_hydrogen_is_a_mass_capacity(sentence, value):
    row = value_row(titled("Hydrogen release of mixed hydrides", sentence), value)
    assert row["unit"] == "wt%" and row["property"] != "capacity_retention", row


@pytest.mark.parametrize("sentence,value", [
    ("After 30 cycles the MgH2 electrode keeps 78% of its initial hydrogen capacity.", 78.0),
    ("The hydrogen capacity retention of NaAlH4 was 91% after 12 cycles.", 91.0),
    ("LiBH4 reached 93% of the theoretical hydrogen capacity.", 93.0),
])
def test_a_share_kept_or_of_another_value_stays_a_per_cent(sentence, value):
    rows = [r for r in measurement_rows(titled("Cycling of hydrides", sentence)) if r["value"] == value]
    assert all(r["unit"] != "wt%" for r in rows), rows


# ---- a sentence opening by adding a material names a new sample
@pytest.mark.parametrize("text,value,new,old", [
    ("NaAlH4 with nanosized TiN released 5.0 wt% H2. Doping with nanosized Ti brought the capacity to 4.5 wt% H2.",
     4.5, "Ti", "TiN"),
    ("MgH2 catalysed by Nb2O5 absorbs 6.1 wt% H2. Ball milling with commercial V2O5 instead gave 5.4 wt% H2.",
     5.4, "V2O5", "Nb2O5"),
    ("For LiAlH4 containing CeO2, desorption began at 95 °C. Co-milling with elemental nickel lowered the onset "
     "dehydrogenation temperature to 88 °C.", 88.0, "Ni", "CeO2"),
])
def test_a_sentence_opening_by_adding_names_the_host_with_that_additive_only(text, value, new, old):
    row = value_row(titled("Catalysed complex hydrides", text), value)
    assert new in component_materials(row) and old not in component_materials(row), row


def test_a_later_sentence_about_the_doped_sample_keeps_its_additive():
    text = "NaAlH4 doped with TiN released 5.0 wt% H2. After ten cycles, the doped NaAlH4 still stored 4.4 wt% H2."
    row = value_row(titled("Doped sodium alanate", text), 4.4)
    assert "TiN" in component_materials(row), row


# ---- an additive named after the host a value is obtained from
@pytest.mark.parametrize("sentence,value,additive", [
    ("The highest capacity of 4.9 wt% was obtained from NaAlH4 doped directly with commercial metallic cerium.",
     4.9, "Ce"),
    ("A reversible uptake of 5.7 wt% was achieved for MgH2 milled with nanocrystalline iron.", 5.7, "Fe"),
    ("Only 3.3 wt% H2 was released from LiBH4 catalysed with elemental titanium.", 3.3, "Ti"),
    ("The best result, 4.1 wt%, came from NaAlH4 doped with zirconium.", 4.1, "Zr"),
])
def test_an_additive_named_after_the_host_after_the_value_joins_it(sentence, value, additive):
    row = value_row(titled("Doped hydrides", sentence), value)
    assert additive in component_materials(row), row


def test_a_precursor_a_material_is_made_from_stays_out_of_the_sample():
    text = "The Ti3C2 obtained from Ti3AlC2 was milled with MgH2, and the composite released 6.1 wt% H2."
    row = value_row(titled("MXene-catalysed MgH2", text), 6.1)
    assert "Ti3AlC2" not in component_materials(row), row


# ---- 'rehydrogenated with X wt% H2' is the hydrogen taken up
@pytest.mark.parametrize("sentence,value", [
    ("The dehydrogenated LiBH4–MgH2 composite was re-hydrogenated with 8.2 wt% H2 at 400 °C.", 8.2),
    ("At 350 °C the spent NaAlH4 was recharged with 3.6 wt% H2 under 10 MPa.", 3.6),
    ("Decomposed Mg(BH4)2 could be rehydrided with 4.4 wt% H2 at 390 °C.", 4.4),
])
def test_a_re_uptake_with_a_share_of_hydrogen_is_a_capacity(sentence, value):
    row = value_row(titled("Rehydrogenation", sentence), value)
    assert row["property"] == "absorbed_hydrogen_capacity", row


def test_a_share_of_a_material_after_with_stays_an_amount():
    rows = measurement_rows(titled("Ni-doped MgH2", "MgH2 milled with 5 wt% Ni releases 6.3 wt% H2 at 300 °C."))
    assert not [r for r in rows if r["value"] == 5.0], rows


# ---- an ordinal standing for the noun of the value before
@pytest.mark.parametrize("sentence,value", [
    ("The first decomposition step of LiMg(AlH4)3 occurs at about 118 °C and the second at about 157 °C.", 157.0),
    ("Mg(BH4)2 decomposes in two steps, the first at 290 °C and the second one at 352 °C.", 352.0),
    ("The first dehydrogenation peak of the KAlH4 sample lies at 305 °C, the second at ~338 °C.", 338.0),
])
def test_the_second_of_an_elliptical_pair_has_the_first_ones_property(sentence, value):
    first = min(r["value"] for r in measurement_rows(titled("Stepwise decomposition", sentence)))
    row = value_row(titled("Stepwise decomposition", sentence), value)
    assert row["property"] == value_row(titled("Stepwise decomposition", sentence), first)["property"], row


def test_an_ordinal_with_a_verb_of_its_own_is_no_ellipsis():
    text = "The first decomposition step of LiAlH4 occurs at 160 °C and the second sample was annealed at 250 °C."
    rows = [r for r in measurement_rows(titled("Alanates", text)) if r["value"] == 250.0]
    assert all(r["property"] != "dehydrogenation_temperature" for r in rows), rows


# ---- a share kept, with the capacity kept in brackets after it
@pytest.mark.parametrize("text,share,kept", [
    ("Confinement stabilizes the hydrogen storage capacity of LiBH4, maintaining ~70% of the initial capacity "
     "after four cycles (4.3 wt.% H2).", 70.0, 4.3),
    ("After 30 cycles the NaAlH4 sample preserved about 64% of the initial capacity (3.1 wt% H2).", 64.0, 3.1),
    ("The Mg(BH4)2 composite retains 81% of its capacity over ten cycles (5.6 wt%).", 81.0, 5.6),
])
def test_a_share_kept_is_a_retention_and_its_bracketed_capacity_a_reversible_one(text, share, kept):
    doc = titled("Cycling of confined hydrides", text)
    assert value_row(doc, share)["property"] == "capacity_retention"
    row = value_row(doc, kept)
    assert row["property"] == "reversible_hydrogen_capacity" and row["unit"] == "wt%", row


def test_a_share_of_a_hydrogen_capacity_named_after_it_stays_a_retention():
    doc = titled("Bulk LiBH4", "Bulk LiBH4 cycles poorly, maintaining 22% H2 capacity after four desorptions.")
    row = value_row(doc, 22.0)
    assert row["property"] == "capacity_retention" and row["unit"] == "%", row


def test_adding_the_paragraphs_own_additive_keeps_the_whole_sample():
    text = ("Fumed SiO2 (20 vol%) was milled into a LiBH4–LiI solid solution. Adding SiO2 lifts the conductivity "
            "of the electrolyte to 0.3 mS/cm at 30 °C.")
    row = value_row(titled("Filled LiBH4–LiI electrolytes", text), 0.3)
    assert {"LiI", "SiO2"} <= component_materials(row), row


def test_a_hydride_named_after_the_value_keeps_its_additive_from_the_paragraphs_sample():
    text = ("Heating formed zirconium aluminide (ZrAl3) in situ. The best capacity of 4.7 wt% was obtained from NaAlH4 "
            "doped directly with commercial zirconium.")
    row = value_row(titled("Zr-doped NaAlH4", text), 4.7)
    assert row["material"] == "NaAlH4" and "Zr" in component_materials(row), row
