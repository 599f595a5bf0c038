"""A sample's share of an additive stated apart from the sample's notation ('MgH2–TiO2 composites containing
10 wt% TiO2', 'the nanocomposites comprise 42 vol% of SiO2' after the sample was named) goes onto that
additive, in its unit. Sentences written for these tests."""
import pytest
from extracted import records


def _additives(text: str) -> list[tuple]:
    (row,) = records(text)
    return [(c["material"], c["amount"], c["amount_unit"]) for c in row["components"][1:]]


@pytest.mark.parametrize("text, additive", [
    ("Ball-milled MgH2–CeO2 composites containing 8 wt% CeO2 release 6.1 wt% hydrogen at 300 °C.",
     ("CeO2", 8.0, "wt%")),
    ("The LiBH4–SiO2 sample, which contains 25 vol% SiO2, conducts 0.1 mS/cm at 40 °C.",
     ("SiO2", 25.0, "vol%")),
    ("NaAlH4 was milled with TiCl3. The composite contains 4 mol% of TiCl3 and releases 3.9 wt% hydrogen "
     "at 150 °C.", ("TiCl3", 4.0, "mol%")),
    ("MgH2 was co-milled with Nb2O5 under argon. The nanocomposites comprise 2 mol% Nb2O5 and absorb "
     "6.3 wt% hydrogen at 250 °C.", ("Nb2O5", 2.0, "mol%")),
])
def test_a_share_stated_after_the_sample_goes_onto_its_additive(text, additive):
    assert _additives(text) == [additive]


@pytest.mark.parametrize("text, additive", [
    # the share of another material than the sample's additive: nothing to put on it
    ("Ball-milled MgH2–CeO2 composites containing 8 wt% oxygen vacancies release 6.1 wt% hydrogen at 300 °C.",
     ("CeO2", None, None)),
    # an amount the notation already gives stays
    ("The MgH2–5 wt% CeO2 composite, which contains 8 wt% CeO2 after milling, releases 6.1 wt% hydrogen at "
     "300 °C.", ("CeO2", 5.0, "wt%")),
])
def test_a_share_of_no_unloaded_additive_changes_nothing(text, additive):
    assert _additives(text) == [additive]


@pytest.mark.parametrize("text, additive", [
    ("MgH2 doped with 2 mole% CNT releases 6.5 wt% hydrogen at 300 °C.", ("carbon nanotube", 2.0, "mol%")),
    ("NaAlH4 with 4 mole % TiCl3 releases 4.1 wt% hydrogen at 160 °C.", ("TiCl3", 4.0, "mol%")),
    ("LiBH4 catalysed by 10 mole% of NiCl2 releases 9.2 wt% hydrogen at 380 °C.", ("NiCl2", 10.0, "mol%")),
])
def test_a_share_spelled_mole_per_cent_is_mol_per_cent(text, additive):
    assert _additives(text) == [additive]


def test_a_count_of_moles_is_no_share():
    # "0.1 mole" of a hydride per formula unit of the host: a coefficient, no per cent
    assert _additives("2LiNH2–MgH2 milled with 0.1 mole KH releases 4.8 wt% hydrogen at 180 °C.") != \
        [("KH", 0.1, "mol%")]


@pytest.mark.parametrize("text, additive", [
    ("The MgH2–Ni composite with a Ni content of 5 wt% releases 6.0 wt% hydrogen at 300 °C.", ("Ni", 5.0, "wt%")),
    ("MgH2–CeO2 with a CeO2 loading of 7 wt% absorbs 5.8 wt% hydrogen at 250 °C.", ("CeO2", 7.0, "wt%")),
    ("The LiBH4–SiO2 sample with an SiO2 fraction of 30 vol% conducts 0.1 mS/cm at 40 °C.", ("SiO2", 30.0, "vol%")),
])
def test_the_additive_named_with_its_share_noun(text, additive):
    assert _additives(text) == [additive]


def test_another_quantity_of_the_additive_is_no_share():
    text = "The MgH2–Ni composite with a Ni particle size of 5 nm releases 6.0 wt% hydrogen at 300 °C."
    assert [(c["material"], c["amount"]) for r in records(text) for c in r["components"][1:]] == [("Ni", None)] * 2


# a share said in a clause of its own, its kind on the share noun before the part ('the volume fraction of X is N%'),
# and one in a second predicate of the sample's clause after the first one's value ('… conducts X at T and contains
# N vol% Y'); also a share of the passage's sample said in a sentence of its own, the sample named by a noun ('the
# volume fraction of X in the mixture is N%'), taken by its value in a later sentence about 'the mixture'
@pytest.mark.parametrize("text, additive", [
    ("The conductivity of the KBH4–CeO2 blend reaches 7 × 10−6 S cm−1 at 50 °C when the volume fraction of "
     "CeO2 is approximately 35%.", ("CeO2", 35.0, "vol%")),
    ("A RbBH4–SiO2 composite conducts 2 × 10−7 S cm−1 at 70 °C; the weight fraction of SiO2 was 15 %.",
     ("SiO2", 15.0, "wt%")),
    ("The CsBH4–MgO mixture shows 9 × 10−7 S cm−1 at 80 °C if the molar fraction of MgO is ~22%.",
     ("MgO", 22.0, "mol%")),
    ("The KBH4–CeO2 blend conducts 2.5 × 10−7 S cm−1 at 60 °C and comprises 20 wt% of CeO2.", ("CeO2", 20.0, "wt%")),
    ("The RbBH4–Al2O3 composite reaches 8 × 10−8 S cm−1 at 90 °C and contains 33 vol% Al2O3.",
     ("Al2O3", 33.0, "vol%")),
    ("Our CsBH4–SiO2 electrolyte shows 1.2 × 10−6 S cm−1 at 75 °C and also contains 18 mol% SiO2.",
     ("SiO2", 18.0, "mol%")),
    ("NaBH4 was mixed with ZrO2 nanoparticles. The volume fraction of ZrO2 in the mixture is about 38%. The mixture "
     "conducts Na ions with a conductivity of 3 × 10−6 S cm−1 at room temperature.", ("ZrO2", 38.0, "vol%")),
    ("KBH4 was milled with SiO2. The weight fraction of SiO2 in the composite was 30%. The composite shows a "
     "conductivity of 5 × 10−7 S cm−1 at 80 °C.", ("SiO2", 30.0, "wt%")),
    ("Mg(BH4)2 was ground together with MgO. The molar fraction of MgO in this blend is approximately 25%. This blend "
     "reaches 2 × 10−8 S cm−1 at 90 °C.", ("MgO", 25.0, "mol%")),
])
def test_a_share_said_apart_in_its_clause_goes_onto_the_part(text, additive):
    assert _additives(text) == [additive]


@pytest.mark.parametrize("text", [
    # (the pores are no part of the sample: its oxide keeps no amount)
    "A RbBH4–SiO2 composite conducts 2 × 10−7 S cm−1 at 70 °C; the volume fraction of pores is 12%.",
    # (the next sentence has a subject of its own)
    "The KBH4–CeO2 blend conducts 2.5 × 10−7 S cm−1 at 60 °C. The powder is sieved and contains 20 wt% CeO2.",
    # (a share of a part the passage's sample does not hold)
    "KBH4 was milled with SiO2. The weight fraction of TiO2 in the composite was 30%. The composite shows a "
    "conductivity of 5 × 10−7 S cm−1 at 80 °C.",
])
def test_a_share_of_something_else_is_no_amount(text):
    assert _additives(text)[0][1] is None


# "The ionic conductivity of the mixture reaches … when the volume fraction of MgO is about 41%": the sample the value
# is of is the passage's, named by a word ('the mixture', 'this composite', 'its'), and the share the same sentence
# states of its additive is that sample's.
@pytest.mark.parametrize("text, additive, amount, unit", [
    ("A conductor made of LiBH4 and MgO was prepared by ball milling. The ionic conductivity of the mixture reaches "
     "1.3 × 10−4 S cm−1 at 35 °C when the volume fraction of MgO is about 41%.", "MgO", 41.0, "vol%"),
    ("NaBH4 and SiO2 were milled together. This composite conducts 0.0062 mS/cm at 70 °C when the weight fraction of "
     "SiO2 is 25 %.", "SiO2", 25.0, "wt%"),
    ("KBH4 was ball milled with Al2O3. Its conductivity reached 0.0008 mS/cm at 100 °C; the molar fraction of Al2O3 "
     "in the mixture was 30 %.", "Al2O3", 30.0, "mol%"),
])
def test_a_share_stated_of_the_passages_sample_named_by_a_word_is_its(text, additive, amount, unit):
    assert _additives(text) == [(additive, amount, unit)]


def test_a_share_of_another_sample_is_not_this_ones():
    # (near miss: the share is said of another sample than the one the value is of)
    text = ("LiBH4 was ball milled with Al2O3. The mixture conducts 0.11 mS/cm at 40 °C, while the volume fraction of "
            "Al2O3 in another sample is 60 %.")
    assert _additives(text) == [("Al2O3", None, None)]
