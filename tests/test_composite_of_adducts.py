"""A composite said to be made of, formed by, consisting of or comprising a hydride and a partner holds both,
also when the hydride is an adduct that carries its own ligand ('LiBH4·NH3', 'Mg(BH4)2·2NH3') or is named with
a few words before its formula ('the ammine borohydride Mg(BH4)2·2NH3'). Every sentence is written for these
tests."""
from __future__ import annotations

from prose_sentences import facts


def parts(text: str) -> set[str]:
    s = next(iter(facts(text).values())).system
    return {s.host.formula} | {c.formula for c in s.additives}


def test_a_composite_of_an_adduct_and_an_oxide_holds_the_oxide():
    for text, want in (
            ("A nanocomposite made of LiBH4·NH3 and MgO nanoparticles conducts Li+ at 2 × 10−3 S cm−1 at 25 °C.",
             {"LiBH4", "NH3", "MgO"}),
            ("The composite formed by Mg(BH4)2·2NH3 and Al2O3 particles reaches 5 × 10−5 S cm−1 at 40 °C.",
             {"Mg(BH4)2", "NH3", "Al2O3"}),
            ("A composite consisting of LiBH4·NH3 and SiO2 shows a conductivity of 1 × 10−4 S cm−1 at 30 °C.",
             {"LiBH4", "NH3", "SiO2"}),
            ("A nanocomposite made of the ammine borohydride Mg(BH4)2·2NH3 and MgO particles shows "
             "3 × 10−5 S cm−1 at 50 °C.", {"Mg(BH4)2", "NH3", "MgO"}),
            ("A second composite, formed by the ammine LiBH4·NH3 and ZrO2 particles, reaches 6 × 10−4 S cm−1 "
             "at 35 °C.", {"LiBH4", "NH3", "ZrO2"})):
        assert parts(text) == want, text


def test_a_doped_host_or_both_hydrides_each_stay_as_written():
    # 'of both A and B' names each hydride on its own, not one composite of the two
    text = ("Composite systems of both LiBH4 and NaBH4 were made, and LiBH4 shows a conductivity of "
            "1 × 10−6 S cm−1 at 30 °C.")
    assert parts(text) == {"LiBH4"}
    # a bare adduct with no composite word keeps only its ligand
    assert parts("LiBH4·NH3 conducts Li+ at 2 × 10−3 S cm−1 at 25 °C.") == {"LiBH4", "NH3"}


# ('a nanocomposite formed by the A composite and B': the first part called by a sample noun still joins B)
def test_a_composite_of_an_adduct_called_by_a_sample_noun_holds_its_partner():
    assert {"ZrO2"} <= parts("A nanocomposite formed by the Ca(BH4)2·xNH3 composite and ZrO2 nanoparticles "
                             "conducts Ca2+ at 3 × 10−6 S cm−1 at 55 °C.")
    assert {"Al2O3"} <= parts("A composite of the Sr(BH4)2·2NH3 powder and Al2O3 shows 2 × 10−5 S cm−1 at 45 °C.")
    assert {"TiO2"} <= parts("A mixture made of the LiBH4·NH3 sample with TiO2 reaches 7 × 10−4 S cm−1 at 30 °C.")


def test_a_word_that_is_no_sample_noun_between_stops_the_partner():
    # ('complex' is no word of the ontology's SampleNoun scheme: what follows it is not read as the partner)
    assert "SiO2" not in parts("A mixture made of the LiBH4·NH3 complex and SiO2 shows 10−5 S cm−1 at 50 °C.")
