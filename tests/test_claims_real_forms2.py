"""More forms of mechanism claims other authors use in abstracts (second round on real text): credits named as
noun phrases or by verbs the first labels lacked (the ontology's Mechanism labels), a variable set to a number
that is no additive, and elements joined by hyphens that name an intermediate, not a material. The sentences are
written for these tests."""
from __future__ import annotations

import pytest

from tests.test_claims2_phrasings import _claims, _mechanisms


# credits other authors name with words the first labels lacked: each phrase is a label of its mechanism in
# ontology/modifications.ttl
@pytest.mark.parametrize("text, claim", [
    # the gases an amine borane gives off besides hydrogen
    ("Milled with NH3BH3, the FeCl2 additive lowers the onset of hydrogen release to 78 °C while suppressing the "
     "release of borazine.", ("GasReleaseSuppression", "NH3BH3", "FeCl2")),
    ("The ZnCl2 coordinates the NH3 groups of NH3BH3 and thereby suppresses the volatile by-products.",
     ("GasReleaseSuppression", "NH3BH3", "ZnCl2")),
    ("Adding NiCl2 to NH3BH3 suppresses the release of hydrazine and leaves hydrogen of 99 % purity.",
     ("GasReleaseSuppression", "NH3BH3", "NiCl2")),
    # a hard oxide that grinds the hydride finer during milling
    ("Upon milling, the hard SiC particles facilitate the grinding of the NaAlH4 grains.",
     ("GrainRefinement", "NaAlH4", "SiC")),
    ("The tough TiO2 particles act as a grinding aid during milling, and the MgH2-TiO2 composite desorbs at "
     "250 °C.", ("GrainRefinement", "MgH2", "TiO2")),
    ("Here V2O5 acts as a process controlling agent helping to refine the Mg2NiH4 particle size during milling.",
     ("GrainRefinement", "Mg2NiH4", "V2O5")),
    # two catalysts said to catalyse together
    ("Synergetic catalysis of CuFe particles and carbon nanotubes was found, which improves the kinetics of MgH2.",
     ("CocktailEffect", "MgH2", "CuFe")),
    # bonds broken, said as a noun
    ("Both TiO2 and in-situ formed TiAl3 lower the barrier of NaAlH4 and speed up the breakdown of Al-H bonding.",
     ("BondWeakening", "NaAlH4", "TiO2")),
    ("DFT shows that Nb2O5 promotes the breakdown of the Mg-H bonds in MgH2.", ("BondWeakening", "MgH2", "Nb2O5")),
    ("The breakdown of B-H bonds in LiBH4 is eased by the VCl3 additive.", ("BondWeakening", "LiBH4", "VCl3")),
    # a support that keeps the catalyst particles apart
    ("The good dispersion function of the graphene sheets keeps the MgH2 + FeCo@graphene composite stable over "
     "30 cycles.", ("AgglomerationSuppression", "MgH2", "FeCo@graphene")),
    ("In the MgH2-Ni@C composite, the dispersing role of the carbon shell stabilises the cycling capacity.",
     ("AgglomerationSuppression", "MgH2", "Ni@C")),
    ("The MgH2–TiC@C sample cycles well owing to the dispersion role of the carbon layer.",
     ("AgglomerationSuppression", "MgH2", "TiC@C")),
])
def test_credits_named_in_other_words(text, claim):
    claims = _claims(text)
    assert claim in claims, claims


@pytest.mark.parametrize("text, mechanism", [
    # ionic conductors: the structure credited by a noun phrase
    ("Benefitting from abundant vacancy defects, the LiBH4–LiNH2 electrolyte reaches 2 × 10−4 S cm−1 at 60 °C.",
     "VacancyDefectFormation"),
    ("The LiBH4-LiCl solid solution conducts 3 × 10−5 S cm−1 at 45 °C owing to its rich vacancy defects.",
     "VacancyDefectFormation"),
    ("Fast Li+ hopping in the LiBH4–LiNH2 phase arises from the rotational disorder of the anions.",
     "AnionReorientation"),
    ("The orientational disorder of the BH4 units in LiBH4-LiI gives 1 × 10−4 S cm−1 at 40 °C.",
     "AnionReorientation"),
    ("The amorphous nature of the PEO in the LiBH4–PEO electrolyte provides a fast path, giving 4 × 10−5 S cm−1 "
     "at 55 °C.", "Amorphization"),
    ("LiBH4–Al2O3 reaches 3 × 10−4 S cm−1 at 35 °C; the amorphous character of the Al2O3 interface helps.",
     "Amorphization"),
    ("A gain from interface engineering is shown for the LiBH4–LiI/Al2O3 electrolyte, 2 × 10−4 S cm−1 at 30 °C.",
     "InterfacialConduction"),
    ("The LiBH4–MgO composite profits from interfacial engineering, giving 1 × 10−4 S cm−1 at 25 °C.",
     "InterfacialConduction"),
    ("A Li3BO3 layer forms between Li7La3Zr2O12 and LiBH4 during cycling. This Li3BO3 layer can act as a stable "
     "interface that enables 200 cycles.", "InterfaceEffect"),
    ("The LiBH4-Li3BO3 composite retains 150 mAh/g after 100 cycles; Li3BO3 serves as a stable interphase toward "
     "the lithium anode.", "InterfaceEffect"),
])
def test_electrolyte_credits_named_as_noun_phrases(text, mechanism):
    assert mechanism in _mechanisms(text), _claims(text)


@pytest.mark.parametrize("text", [
    # near misses: the same words, nothing credited
    "Hydrogen release from NH3BH3 starts at 95 °C, and the FeCl2-doped sample suppresses hydrogen foaming.",
    "The MgH2 powder was ground by hand in an agate mortar before the SiC was added.",
    "The catalysis of MgH2 by the CuFe particles was followed by TPD.",
    "The breakdown of the scaffold of the LiBH4–carbon composite was seen after 10 cycles.",
    "The dispersion of the FeCo particles on graphene was uniform in TEM.",
    "The LiBH4–PEO film is amorphous after casting.",
    # (defects the authors introduce besides the additive are no credit of the additive)
    "Mg2CoH5 is destabilised by Ti substitution, and introducing vacancy defects adds a further gain in DFT.",
])
def test_near_phrasings_credit_no_such_mechanism(text):
    found = _mechanisms(text)
    assert not found & {"GasReleaseSuppression", "GrainRefinement", "CocktailEffect", "BondWeakening",
                        "AgglomerationSuppression", "Amorphization",
                        "VacancyDefectFormation"}, _claims(text)


# a capital letter set to a number ('at T = 70 °C', 'P = 5 MPa') is a variable, not an element the sentence credits
@pytest.mark.parametrize("text", [
    "The Sr(BH4)2·2NH3 electrolyte conducts 10-5 S cm-1 at T = 80 °C, which is assigned to weak dihydrogen bonds "
    "that ease Sr2+ migration.",
    "The Mg(BH4)2·2NH3 sample releases H2 at T = 120 °C, which is attributed to the dihydrogen bonding between the "
    "NH3 and BH4 groups.",
    "For T ≥ 90 °C, the Ca(BH4)2·NH3 phase conducts fast, which is ascribed to dihydrogen bonds that assist Ca2+ "
    "migration.",
])
def test_a_letter_set_to_a_number_is_no_additive(text):
    claims = _claims(text)
    assert all(a not in ("T", "P") for _, _, a in claims), claims


def test_an_element_given_an_amount_in_brackets_is_still_an_additive():
    claims = _claims("MgH2 doped with V (5 mol%) desorbs at 230 °C; V acts as a hydrogen pump.")
    assert ("HydrogenPump", "MgH2", "V") in claims, claims


# elements joined by hyphens before 'species' or 'intermediates' say what an intermediate holds: no material
@pytest.mark.parametrize("text", [
    "The LiBH4·NH3-3LiH-0.1NiO sample desorbs 8 wt% H2 at 200 °C. Upon heating, NiO is reduced to Ni, which "
    "combines with B to form a Ni-B species. The in situ formed Ni and Ni-B act as active catalysts in favour of "
    "breaking the B-H bonds of the Li-B-N-H species.",
    "The LiBH4·2NH3-0.1Co3O4 sample releases 10 wt% H2 at 240 °C. Co3O4 is first reduced to Co. The in situ formed "
    "Co acts as an active catalyst that breaks the B-H bonds of the Li-B-N-H intermediates.",
    "The Mg(NH2)2-2LiH-0.1MnO sample releases 5 wt% H2 at 190 °C. MnO is first reduced to Mn. The in situ formed Mn "
    "weakens the N-H bonds of the Li-Mg-N-H species.",
    "The LiBH4·NH3-0.1FeO sample releases 7 wt% H2 at 220 °C. FeO is first reduced to Fe. The in situ formed Fe "
    "weakens the B-H bonds of the Li-B-N-H species.",
])
def test_elements_joined_by_hyphens_name_no_additive(text):
    claims = _claims(text)
    assert claims and all(a not in ("LiNH2", "LiH", "Mg(NH2)2") and "-" not in (a or "") for _, _, a in claims), \
        claims


def test_elements_joined_by_hyphens_before_another_noun_still_name_a_system():
    # (the rule reads only 'species'/'intermediates' after the chain: 'the Li-Mg-N-H system' is the amide–hydride
    # composite)
    from ingest.extraction.mechanisms.mechanisms_materials import _mentions
    assert [f for _, f, _ in _mentions("The Li-Mg-N-H system releases 5 wt% H2.")][:1] == ["Mg(NH2)2"]
    assert not _mentions("The bonds of the Li-Mg-N-H species break.")


# a short aside in brackets inside a label ('the high-temperature [hexagonal] phase') is passed over
@pytest.mark.parametrize("text", [
    "We confirmed the stabilization of the high-temperature [hexagonal, fast-ionic] phase of LiBH4 with x = 0.3 in "
    "the LiBH4 + xLiCl system, giving 3 × 10−5 S cm−1 at 35 °C.",
    "The LiBH4-LiBr solid solution shows the stabilization of the high-temperature (hexagonal) phase down to 25 °C.",
    "Adding LiI to LiBH4 leads to the stabilization of the high-temperature [P63mc, super(fast-)ionic] phase at "
    "room temperature.",
])
def test_a_label_holds_an_aside_in_brackets(text):
    assert "PhaseStabilization" in _mechanisms(text), _claims(text)


def test_an_aside_that_closes_a_sentence_part_ends_the_label():
    # (the bracket is followed by a new clause: its words are no label's)
    claims = _claims("The stabilization of LiBH4 (by LiCl). The high-temperature phase melts at 280 °C.")
    assert "PhaseStabilization" not in {m for m, _, _ in claims}, claims
