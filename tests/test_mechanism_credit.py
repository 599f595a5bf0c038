"""Who a mechanism claim credits, and for which strategy (issue 10 item 3): the subject added to a
sample, the alloy a metal belongs to, a class named by its member, the application a mechanism
serves, a nano form said of an additive, the paragraph's strategy for an additive that shows none.
The sentences are written for these tests."""
from __future__ import annotations

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims
from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms


def _claims_of(text):
    return mechanism_claims(_prose_sentences(parse_document(text)), "src:credit")


def _got(text, mechanism=None):
    return {(c.mechanism, c.host, c.additive, c.strategy) for c in _claims_of(text)
            if mechanism is None or c.mechanism == mechanism}


def test_a_one_letter_word_set_apart_from_its_hyphen_by_markup_is_one_word():
    assert [t for t, _, _ in find_mechanisms("raising the electron density of the d -band")] == ["DBandTuning"]
    assert [t for t, _, _ in find_mechanisms("shifting the *d*-band center")] == ["DBandTuning"]
    assert find_mechanisms("the sample was heated to 300 -band") == []     # no one-letter word: no join


def test_the_material_added_as_subject_acts_not_the_phase_it_modifies():
    text = ("MgH2 was milled with 5 wt% FeCo. The addition of Fe further changes the electronic structure of "
            "Mg2FeH6 and weakens the Mg–H bonds.\n")
    assert ("BondWeakening", "MgH2", "FeCo", "MultiMetalCatalysis") in _got(text)
    text = ("LiBH4 was milled with 10 mol% TiCl3. The introduction of TiCl3 weakens the B–H bonds of the host.\n")
    assert {c.additive for c in _claims_of(text)} == {"TiCl3"}


def test_a_metal_stands_for_the_alloy_of_an_earlier_paragraph_only_through_a_phase_holding_both():
    text = ("MgH2 was ball milled with a CoNi alloy.\n\n"
            "The addition of Co then modifies the Mg2Ni(Co)H4 phase, which weakens the Mg–H bonds.\n")
    assert {c.additive for c in _claims_of(text, )} == {"CoNi"}
    # no phase holding Co and Ni in the sentence: the metal is credited as written
    text = ("MgH2 was ball milled with a CoNi alloy.\n\n"
            "In another study, Co nanoparticles weaken the Mg–H bonds.\n")
    assert {c.additive for c in _claims_of(text)} == {"Co"}


def test_a_class_named_by_its_member_before_a_generic_noun_acts():
    text = ("MgH2 was milled with ZrO2 supported on carbon as a composite catalyst. "
            "Carbon materials facilitate hydrogen dissociation and recombination around ZrO2.\n")
    assert ("HydrogenDissociationSites", "MgH2", "C", "CompositeCatalysis") in _got(text)
    # a class without such a member ('transition metals') credits nothing of its own
    text = "MgH2 was studied. Transition metals facilitate hydrogen dissociation.\n"
    assert all(c.additive is None for c in _claims_of(text))


def test_a_mechanism_of_one_application_gives_the_strategy_of_that_application():
    """Interfacial conduction and amorphization serve solid electrolytes: an oxide credited with them
    makes a composite electrolyte, not a catalyst."""
    text = ("LiBH4 was ball milled with 30 vol% Al2O3. A highly conductive interfacial layer forms between "
            "Al2O3 and the borohydride.\n")
    assert _got(text, "InterfacialConduction") == {
        ("InterfacialConduction", "LiBH4", "Al2O3", "CompositeElectrolyteFormation")}
    # a mechanism of hydrogen storage keeps the oxide a catalyst
    text = "MgH2 was ball milled with 5 wt% Al2O3. Al2O3 weakens the Mg–H bonds.\n"
    assert _got(text) == {("BondWeakening", "MgH2", "Al2O3", "MetalCompoundCatalysis")}


def test_a_nano_form_written_before_an_additive_is_the_additives():
    text = ("Mg(BH4)2 was mixed with nanosized MgO particles, and the particles raise the amorphization "
            "degree of the borohydride.\n")
    assert _got(text) == {("Amorphization", "Mg(BH4)2", "MgO", "CompositeElectrolyteFormation")}
    # said of the host, it is the host's nanosizing
    text = "MgH2 was milled with 5 wt% Ni. Ni weakens the Mg–H bonds of nanosized MgH2.\n"
    assert {c.strategy for c in _claims_of(text)} == {"Nanosizing"}


def test_an_additive_showing_no_strategy_takes_the_one_its_paragraph_named_with_it():
    text = ("A composite catalyst of Ni particles on graphene was milled into LiBH4. "
            "Graphene facilitates hydrogen dissociation.\n")
    assert ("HydrogenDissociationSites", "LiBH4", "graphene", "CompositeCatalysis") in _got(text)
    # a strategy named in a sentence that does not name the additive is not taken
    text = ("LiBH4 was prepared as a core–shell structure. Graphene facilitates hydrogen dissociation.\n")
    assert "CoreShellStructuring" not in {c.strategy for c in _claims_of(text)}


def test_a_mechanism_held_back_is_not_credited():
    text = ("LiBH4 was milled with ZnCl2. The Zn cations inhibit electron transfer from the anion and "
            "weaken the B–H bonds.\n")
    assert {c.mechanism for c in _claims_of(text)} == {"BondWeakening"}
    text = "MgH2 was milled with 5 wt% Nb2O5. Nb2O5 hinders the electron transfer between the phases.\n"
    assert _claims_of(text) == []
    # a label that names the holding back itself stays a claim
    text = "Mg(NH2)2 was milled with 2 LiH. LiH suppresses NH3 release on heating.\n"
    assert {c.mechanism for c in _claims_of(text)} == {"GasReleaseSuppression"}


def test_what_a_processing_step_with_additives_is_done_for_is_credited_to_no_additive():
    text = ("MgH2 powder was made in bulk. It was then ball milled with Ni and Fe for 10 h to reduce the "
            "particle size and introduce lattice defects.\n")
    assert _claims_of(text) == []
    text = ("The hydride MgH2 was studied. Sputtering with Pd layers to shorten diffusion paths was tried.\n")
    assert all(c.additive is None for c in _claims_of(text))
    # the additive as the actor of its own verb is credited
    text = "MgH2 was ball milled with 5 wt% Ni. Ni reduces the particle size and weakens the Mg–H bonds.\n"
    assert {c.additive for c in _claims_of(text)} == {"Ni"}


def test_a_synergy_of_strategies_is_no_cocktail_effect():
    text = ("MgH2 was confined in carbon with Ni. Combining nanoconfinement with catalysis gives "
            "synergistic effects on the kinetics.\n")
    assert "CocktailEffect" not in {c.mechanism for c in _claims_of(text)}
    text = "MgH2 was milled with a PtNi alloy. In this alloy the synergistic effects of multiple metals speed up release.\n"
    assert ("CocktailEffect", "MgH2", "PtNi", "MultiMetalCatalysis") in _got(text)
    text = "MgH2 was milled with TiVZrNbHf. In this alloy the synergy between elements helps release.\n"
    assert {c.mechanism for c in _claims_of(text)} == {"CocktailEffect"}


def test_confinement_provided_by_a_support_and_uv_irradiation_are_named():
    text = ("Mg(BH4)2 was infiltrated into porous carbon. Benefiting from the spatial confinement provided "
            "by the porous carbon, the borohydride keeps its capacity.\n")
    assert {c.mechanism for c in _claims_of(text)} == {"ConfinementEffect"}
    text = "MgH2 was milled with 2 wt% LiH. Under UV–vis irradiation, LiH forms hydrogen vacancies.\n"
    assert {c.strategy for c in _claims_of(text)} == {"LightDriving"}


def test_an_anion_acting_credits_anion_substitution():
    text = ("LiBH4 was milled with 5 mol% ZnF2. In the milled sample, F<sup>-</sup> weakens the B–H bonds "
            "and lowers the onset temperature.\n")
    assert {(c.mechanism, c.strategy) for c in _claims_of(text)} == {("BondWeakening", "AnionSubstitution")}
    # a metal cation acting keeps the composition's strategy
    text = ("LiBH4 was milled with 5 mol% ZnF2. In the milled sample, Zn<sup>2+</sup> weakens the B–H bonds.\n")
    assert {c.strategy for c in _claims_of(text)} == {"MetalCompoundCatalysis"}


def test_mass_transport_in_general_is_no_ion_migration_claim():
    text = "MgH2 was milled with 5 wt% TiH2. The hot cell enhances mass transport in the electrode.\n"
    assert _claims_of(text) == []
    text = "MgH2 was milled with 5 wt% TiH2. TiH2 accelerates ion migration at the interface.\n"
    assert {c.mechanism for c in _claims_of(text)} == {"IonMigrationPromotion"}


def test_a_paragraph_naming_no_host_yet_takes_the_host_it_names_next():
    text = ("# Review\n\n## 4. Microwaves\n\nLiBH4 releases hydrogen quickly under microwaves.\n\n"
            "Defect-rich TiO2-x acts as a hotspot under microwave irradiation. The effect speeds up the "
            "dehydrogenation of MgH2 at 220 °C.\n")
    assert {(c.mechanism, c.host, c.additive) for c in _claims_of(text)} == {
        ("MicrowaveHotSpots", "MgH2", "TiO2-x")}
    # a paragraph that never names a host keeps the passage's
    text = ("# Review\n\n## 4. Microwaves\n\nLiBH4 releases hydrogen quickly under microwaves.\n\n"
            "Defect-rich TiO2-x acts as a hotspot under microwave irradiation.\n")
    assert {c.host for c in _claims_of(text)} == {"LiBH4"}


def test_a_hydride_usually_added_is_the_host_where_the_sentence_speaks_of_what_happens_in_it():
    text = ("MgH2 is the main hydride here. Under UV–vis irradiation the Li–H bonds in LiH break, forming "
            "hydrogen vacancies.\n")
    assert _got(text) == {("VacancyDefectFormation", "LiH", None, "LightDriving")}
    # added to the paragraph's host, it stays an additive
    text = "MgH2 was milled with 10 wt% LiH. LiH weakens the Mg–H bonds.\n"
    assert {(c.host, c.additive) for c in _claims_of(text)} == {("MgH2", "LiH")}


def test_hydrides_listed_with_the_host_are_studied_beside_it_not_added():
    text = ("The decomposition of hydrides, including CaH2, BaH2 and MgH2, was studied under UV light. "
            "Photogenerated carriers drive the photodecomposition.\n")
    assert {c.additive for c in _claims_of(text)} == {None}
    text = "MgH2 was milled with 5 wt% CaH2. CaH2 acts as a hydrogen pump.\n"
    assert {c.additive for c in _claims_of(text)} == {"CaH2"}


def test_the_hosts_own_nano_form_acts():
    text = ("Mg(BH4)2 was milled with 5 wt% Nb2O5.\n\n"
            "The in situ formed nanocrystals of Mg(BH4)2 provide shorter diffusion paths for hydrogen.\n")
    assert _got(text) == {("ReducedDiffusionDistance", "Mg(BH4)2", None, "Nanosizing")}
    text = ("Ball milling gives nanosized MgH2. The resulting MgH2 particles shorten hydrogen diffusion "
            "paths.\n")
    assert _got(text) == {("ReducedDiffusionDistance", "MgH2", None, "Nanosizing")}
    # an additive named as the actor is credited
    text = "Ball milling gives nanosized MgH2. Ni particles shorten hydrogen diffusion paths.\n"
    assert {c.additive for c in _claims_of(text)} == {"Ni"}


def test_what_is_replaced_is_the_hosts_part_and_the_replacing_metals_are_credited():
    text = ("NaAlH4 was studied first. Replacing Na by more electronegative metals (e.g., Zn and K) "
            "weakens the Al–H bonds.\n")
    got = _got(text)
    assert {(h, a, st) for _, h, a, st in got} == {("NaAlH4", "Zn", "CationSubstitution"),
                                                  ("NaAlH4", "K", "CationSubstitution")}
    # nothing replaced: the metals keep the composition's strategy (two metal catalysts: multi-metal)
    text = "NaAlH4 was milled with Ti and Zr. Ti weakens the Al–H bonds.\n"
    assert {c.strategy for c in _claims_of(text)} == {"MultiMetalCatalysis"}


def test_a_claim_without_a_host_waits_for_the_one_its_paragraph_names():
    text = ("# Review\n\n## 2. Composites\n\nThe high surface area of carbon materials prevents agglomeration "
            "of the catalyst particles. A composite catalyst of Ni on a carbon matrix was milled into MgH2.\n")
    assert _got(text) == {("AgglomerationSuppression", "MgH2", "C", "CompositeCatalysis")}
    # a paragraph that never names a host credits nothing
    text = ("# Review\n\n## 2. Composites\n\nThe high surface area of carbon materials prevents agglomeration "
            "of the catalyst particles.\n")
    assert _claims_of(text) == []


def test_a_scaffold_of_the_ontology_confines_when_no_strategy_is_named_with_it():
    text = "LiBH4 was studied. SBA-15 gives a highly conductive interfacial layer with the borohydride.\n"
    assert _got(text) == {("InterfacialConduction", "LiBH4", "SBA-15", "Nanoconfinement")}
    # a strategy the paragraph names with the support comes first
    text = ("A composite catalyst of ZrO2 on a carbon matrix was milled into MgH2. Carbon materials "
            "facilitate hydrogen dissociation.\n")
    assert {c.strategy for c in _claims_of(text)} == {"CompositeCatalysis"}


def test_nanoscale_catalysis_is_composite_catalysis():
    text = ("LiBH4 was milled with Ni on carbon. Combining nanoscale catalysis with confinement prevents "
            "agglomeration of the particles.\n")
    assert {c.strategy for c in _claims_of(text)} == {"CompositeCatalysis"}


def test_hydrides_listed_with_the_host_or_likened_to_it_do_not_act():
    text = ("LiCB11H12 was made with a cage similar to Li2B12H12. In LiCB11H12 and NaCB11H12 the cation "
            "sites are half empty, providing more cation vacancies.\n")
    assert {c.additive for c in _claims_of(text)} <= {None}
    text = "LiCB11H12 was milled with 10 mol% LiI. LiI creates cation vacancies in the lattice.\n"
    assert {c.additive for c in _claims_of(text)} == {"LiI"}


# ('… detected after ball milling with MgH2': the hydride a milling is said with is the host, the phases formed from
# the additive during it are no new additives; sentences written for this test)
def test_phases_found_after_milling_with_the_host_credit_the_added_precursor():
    for text in (
        "MgH2 was milled with 10 wt% NbTiO4. Metallic Nb and Ti form after ball milling with MgH2 and act as the "
        "real catalytic species.\n",
        "The hydrogen sorption of MgH2 was improved by 7 wt% VNbO5. Elemental V and Nb are found after co-milling "
        "with MgH2, where they act as in situ formed catalysts.\n",
        "LiBH4 was ball milled with 5 mol% TiCeO4. Metallic Ti and Ce appear during milling with LiBH4 and act as the "
        "real catalytic species.\n",
    ):
        assert {c.additive for c in _claims_of(text)} - {None} <= {"NbTiO4", "VNbO5", "TiCeO4"}, _got(text)
        assert _claims_of(text), text


def test_an_additive_milled_in_is_still_credited():
    text = ("After ball milling with 5 wt% Nb2O5, the MgH2 releases hydrogen at 200 °C. The Nb2O5 acts as a catalyst "
            "that weakens the Mg–H bonds.\n")
    assert "Nb2O5" in {c.additive for c in _claims_of(text)}


def test_a_species_of_the_additive_named_before_stays_its_phase_when_said_to_form_in_situ():
    # 'the multivalent Ti species' of Ti3C2 named in one sentence, 'the metallic Ti formed in situ' in the next:
    # the phase is still Ti3C2's, not an additive of its own
    base = ("MgH2 was ball milled with 5 wt% Ti3C2. The MgH2–Ti3C2 composite releases 6.2 wt% H2 at 300 °C. "
            "The kinetics are ascribed to the multivalent Ti species, which facilitate electron transfer. ")
    for said in ("Moreover, the metallic Ti formed in situ acts as an active site for H2 dissociation.",
                 "The Ti formed in situ during cycling acts as an active site for H2 dissociation.",
                 "In addition, in situ formed Ti provides active sites for H2 dissociation."):
        found = [c for c in _claims_of(base + said) if c.in_situ_phase == "Ti"]
        assert found and {c.additive for c in found} == {"Ti3C2"}, _claims_of(base + said)
    # (a metal added as such, then said to act, stays that additive)
    plain = _claims_of("MgH2 was ball milled with 5 wt% Ni. The Ni acts as an active site for H2 dissociation.")
    assert {c.additive for c in plain} == {"Ni"}
