"""Causes found on real abstracts (s36, round 2): a loading said once with a sample's participle in a sentence that
only states differences, and a participle of what was done to the last part of a composite ('A and catalysed-B').
Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


def _parts(row: dict) -> dict:
    return {c["material"]: (c["role"], c["amount"]) for c in row["components"]}


# ---------------------------------------------------------------- a loading said with the participle, once
@pytest.mark.parametrize("text, additive, amount", [
    ("We studied MgH2. The onset of the 3 mol% VCl3-doped sample was lowered by 45 °C. "
     "The VCl3-doped MgH2 released 5.5 wt% H2.", "VCl3", 3.0),
    ("Against the plain LiAlH4–LiBH4 mixture, the onset temperature of the 3 mol% VCl3-doped sample was lowered by "
     "45 °C. The desorption enthalpy of the VCl3-doped LiAlH4–LiBH4 system drops to 55.5 kJ/mol H2.", "VCl3", 3.0),
    ("Unlike bare NaAlH4, the 2 wt.% CeCl3-catalysed sample needed 30 °C less to start releasing hydrogen. "
     "The CeCl3-catalysed NaAlH4 delivered 4.6 wt% H2 at 160 °C.", "CeCl3", 2.0),
    ("Relative to pristine MgH2, both desorption steps of the 7 mol% NbF5-doped MgH2 moved down by 60 and 35 °C, "
     "respectively. The NbF5-doped MgH2 absorbed 5.8 wt% H2 at 200 °C.", "NbF5", 7.0),
])
def test_a_loading_said_once_before_the_participle_stays_with_the_sample(text, additive, amount):
    rows = contract_measurements(text)
    assert rows and all(_parts(r).get(additive) == ("Catalyst", amount) for r in rows), [r["components"] for r in rows]


def test_no_loading_where_none_was_said():
    # (near miss: the participle with no amount before it; the sample keeps no loading)
    rows = contract_measurements("We studied MgH2. The onset of the VCl3-doped sample was lowered by 45 °C. "
                                 "The VCl3-doped MgH2 released 5.5 wt% H2.")
    assert rows and all(_parts(r).get("VCl3") == ("Catalyst", None) for r in rows), [r["components"] for r in rows]


# ---------------------------------------------------------------- a participle glued to a composite's last part
@pytest.mark.parametrize("text, host, partner", [
    ("Our ground composite of MgCl2(NH3)6 and catalyzed-LiH gave off hydrogen at 250 °C.", "MgCl2(NH3)6", "LiH"),
    ("Tests showed that a ball-milled mixture of Mg(NH3)6Cl2 and doped-LiH gave off nearly all its H2 at 135 °C.",
     "Mg(NH3)6Cl2", "LiH"),
    ("A mixture of LiNH2 and ball-milled LiH released hydrogen at 250 °C.", "LiNH2", "LiH"),
    ("A composite of LiBH4 and catalysed MgH2 released hydrogen at 250 °C.", "LiBH4", "MgH2"),
])
def test_a_participle_before_a_composites_last_part_keeps_the_composite(text, host, partner):
    rows = contract_measurements(text)
    assert rows and all(set(_parts(r)) == {host, partner} for r in rows), [r["components"] for r in rows]


def test_a_participle_glued_to_a_sample_named_alone_is_that_sample():
    # (near miss: no composite word; 'the doped-MgH2' is MgH2 alone)
    rows = contract_measurements("LiBH4 and doped-MgH2 were compared. The doped-MgH2 released hydrogen at 250 °C.")
    assert rows and all(set(_parts(r)) == {"MgH2"} for r in rows), [r["components"] for r in rows]


# ---------------------------------------------------------------- a temperature said of a process's products
@pytest.mark.parametrize("text", [
    "Among the decomposition products of Mg(BH4)2 collected at temperatures between 285 and 410 °C, no Mg2B12H12 was seen.",
    "The decomposition products of Ca(BH4)2 formed at 350 °C hold CaB6.",
    "MgB2 appears in the dehydrogenation products of LiBH4 at temperatures between 350 and 450 °C.",
])
def test_a_temperature_of_a_process_products_is_no_dehydrogenation_temperature(text):
    assert [r for r in contract_measurements(text) if r["unit"] == "degC"] == []


def test_a_temperature_range_of_the_sample_itself_stays_its_dehydrogenation_temperature():
    # (near miss: no products; the sample decomposes over the range)
    row = next(iter(contract_measurements("Mg(BH4)2 decomposes at temperatures between 285 and 410 °C.")))
    assert (row["property"], row["value"], row["value_max"]) == ("dehydrogenation_temperature", 285.0, 410.0)


# ---------------------------------------------------------------- an amount before a supported catalyst's letters
@pytest.mark.parametrize("text, additive, amount", [
    ("We made graphene-supported Ni (GNi). LiBH4 with 10 wt% GNi released hydrogen from 250 °C.", "Ni/graphene", 10.0),
    ("Co supported on graphene (CoG) was made first. LiBH4 with 12 wt% CoG began to desorb at 240 °C.",
     "Co/graphene", 12.0),
    ("Pd loaded on activated carbon (PdAC) was made. Adding 8 wt% PdAC to Mg(BH4)2 gave a sample that released "
     "hydrogen from 233.5 °C.", "Pd/activated carbon", 8.0),
])
def test_the_letters_of_a_supported_catalyst_alone_name_that_additive_with_its_amount(text, additive, amount):
    rows = contract_measurements(text)
    assert rows and all(_parts(r).get(additive) == ("Catalyst", amount) for r in rows), [r["components"] for r in rows]


def test_letters_the_text_never_defined_add_nothing():
    # (near miss: 'GNi' without its definition names no additive)
    rows = contract_measurements("LiBH4 with 10 wt% GNi released hydrogen from 250 °C.")
    assert rows and all(set(_parts(r)) == {"LiBH4"} for r in rows), [r["components"] for r in rows]


# ---------------------------------------------------------------- a metal named in words on its support
@pytest.mark.parametrize("text, additive", [
    ("Nickel nanoparticles anchored on carbon nanotubes were added to MgH2. The composite desorbed 6.1 wt% H2 at "
     "250 °C.", "Ni/carbon nanotubes"),
    ("Cobalt particles loaded on activated carbon were mixed into LiBH4. The mixture desorbed 9.1 wt% H2 at 400 °C.",
     "Co/activated carbon"),
    ("Palladium clusters supported on graphene were milled with Mg(BH4)2. The product released 7.1 wt% H2 at "
     "300 °C.", "Pd/graphene"),
])
def test_a_metal_named_in_words_on_its_support_is_written_by_its_symbol(text, additive):
    rows = contract_measurements(text)
    assert rows and all(additive in _parts(r) for r in rows), [r["components"] for r in rows]


def test_a_material_named_in_words_that_is_no_element_keeps_its_name():
    # (near miss: 'nickel foam' is a support of its own, not the element)
    rows = contract_measurements("Graphene nanosheets supported on nickel foam were milled with MgH2. The product "
                                 "released 6.1 wt% H2 at 300 °C.")
    assert rows and all("Ni" not in _parts(r) for r in rows), [r["components"] for r in rows]


# ---------------------------------------------------------------- one host for a borohydride–amide double salt
@pytest.mark.parametrize("written, host, amide", [
    ("Li(BH4)0.25(NH2)0.75", "LiBH4", "LiNH2"),
    ("Li(BH4)0.33(NH2)0.67", "LiBH4", "LiNH2"),
    ("Na(BH4)0.25(NH2)0.75", "NaBH4", "NaNH2"),
    ("Mg(BH4)0.5(NH2)1.5", "Mg(BH4)2", "Mg(NH2)2"),
])
def test_a_borohydride_hosts_its_amide_double_salt_whatever_the_decimal_counts(written, host, amide):
    from ingest.extraction.text.nlp import system_of
    s = system_of(written)
    assert (s.host.formula, [a.formula for a in s.additives]) == (host, [amide])
    # (written with fractions, the same compound reads the same way)
    assert system_of("Li(BH4)1/4(NH2)3/4").host.formula == "LiBH4"


def test_a_mixed_anion_salt_without_an_amide_keeps_the_greatest_count_as_host():
    # (near miss: no nitrogen anion; the salt of the greatest count stays the host)
    from ingest.extraction.text.nlp import system_of
    assert system_of("Li3(CB11H12)2(CB9H10)").host.formula == "LiCB11H12"
    assert system_of("Li(NH2)0.75I0.25").host.formula == "LiNH2"
