"""Mechanism claims of forms that earlier held-out sets showed read wrong (g10 causes 4, 13 and 17, and the dev
set's claim misses): a mechanism stated without a catalyst verb (a size dependence, turning amorphous, protic and
hydridic hydrogen meeting, a formed phase raising a capacity); an electrolyte's filler credited for the conductivity
it raises (a composite electrolyte, no catalyst); a change the text calls slight; a ligand glued to a salt by a middle
dot; products said formed in the passive (no host); a phase formed in situ credited with a non-catalytic mechanism;
a strategy named as an outcome after 'thus'. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import claim_tuples


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return claim_tuples(text, "src:claims7")


def _mechanisms(text: str) -> set[str]:
    return {m for m, *_ in _claims(text)}


@pytest.mark.parametrize("text, mechanism, additive", [
    # a property said to depend on a size: the size effect (the ontology's SizeEffect labels)
    ("MgH2 was milled with 5 wt% Nb2O5 for different times. The desorption kinetics of the doped MgH2 depends "
     "strongly on the particle size of Nb2O5.", "SizeEffect", "Nb2O5"),
    ("LiBH4 was mixed with SiO2 nanoparticles of three sizes. The conductivity of the LiBH4–SiO2 composites is "
     "size-dependent.", "SizeEffect", "SiO2"),
    ("MgH2 was milled with TiO2 nanoparticles. The onset temperature of the TiO2-doped MgH2 shows a clear "
     "dependence on particle size.", "SizeEffect", "TiO2"),
    # an adduct turned amorphous beside an oxide
    ("Mg(BH4)2·2NH3 was ball milled with 20 wt% Al2O3. The adduct becomes amorphous in contact with Al2O3, "
     "which frees the Mg2+ motion.", "Amorphization", "Al2O3"),
    ("LiBH4·NH3 was milled with MgO. The phase transition of LiBH4·NH3 is suppressed because the adduct turns "
     "amorphous next to MgO.", "Amorphization", "MgO"),
    # protic and hydridic hydrogen brought together: the amide–hydride interaction
    ("Mg(NH2)2 was milled with 2LiH and 3 mol% KH. KH promotes the combination of protic and hydridic hydrogen "
     "in the amide–hydride mixture.", "AmideHydrideInteraction", "KH"),
    ("LiNH2 was milled with LiH and 2 mol% TiCl3. TiCl3 speeds up the pairing of hydridic and protic H at the "
     "amide/hydride interface.", "AmideHydrideInteraction", "TiCl3"),
    ("Mg(NH2)2–2LiH was doped with RbF. The reaction of protic H and hydridic H is eased by RbF.",
     "AmideHydrideInteraction", "RbF"),
])
def test_a_mechanism_without_a_catalyst_verb(text, mechanism, additive):
    claims = _claims(text)
    assert any(m == mechanism and a == additive for m, _, a, _ in claims), claims


@pytest.mark.parametrize("text", [
    # a phase formed from the additive raising a capacity: the in-situ catalytic phase, credited to that additive
    "MgH2 was milled with 10 wt% Ni. During cycling, Ni reacts with Mg to form Mg2Ni, whose presence raises the "
    "reversible capacity of MgH2.",
    "MgH2 was milled with 10 wt% Ni. The Ni additive converts to Mg2Ni during the first hydrogenation, which "
    "increases the hydrogen capacity of the composite.",
    "MgH2 was ball milled with 8 wt% Ni. Ni transforms into Mg2Ni on heating, and the Mg2Ni enlarges the "
    "reversible hydrogen capacity.",
])
def test_a_formed_phase_raising_a_capacity_is_the_in_situ_phase(text):
    assert ("InSituCatalyticPhase", "MgH2", "Ni", "MetalCatalysis") in _claims(text)


@pytest.mark.parametrize("text", [
    # the additive itself raises the capacity: no phase formed, no in-situ claim
    "MgH2 was milled with 10 wt% Ni. Ni raises the reversible capacity of MgH2.",
    # a phase formed, but the capacity falls
    "MgH2 was milled with 10 wt% Ni. During cycling, Ni reacts with Mg to form Mg2Ni, while the capacity "
    "decreases slowly.",
])
def test_no_in_situ_phase_without_a_formed_phase_raising_the_capacity(text):
    assert "InSituCatalyticPhase" not in _mechanisms(text)


@pytest.mark.parametrize("text, host, additive", [
    # an interface credited for the conductivity it raises: the filler of a composite electrolyte (the interface effect,
    # or its narrower interfacial conduction where the sentence names a conductivity the ontology knows)
    ("LiBH4–MgO composite electrolytes were prepared by ball milling. The interface effect between LiBH4 and MgO "
     "raises the Li-ion conductivity.", "LiBH4", "MgO"),
    ("LiBH4 was milled with 30 wt% Al2O3. The interfacial interaction between LiBH4 and Al2O3 enhances the ionic "
     "conductivity by two orders of magnitude.", "LiBH4", "Al2O3"),
    ("Mg(BH4)2 was mixed with 40 wt% SiO2. The heterogeneous interface between Mg(BH4)2 and SiO2 accounts for "
     "the higher Mg2+ conductivity.", "Mg(BH4)2", "SiO2"),
])
def test_an_interface_raising_conductivity_is_a_composite_electrolyte(text, host, additive):
    claims = _claims(text)
    assert any(c[0] in {"InterfaceEffect", "InterfacialConduction"} and c[1:] == (host, additive,
                                                                          "CompositeElectrolyteFormation")
               for c in claims), claims


def test_an_interface_in_a_hydrogen_store_stays_a_catalyst():
    text = ("MgH2 was milled with 5 wt% TiO2. The interface effect between MgH2 and TiO2 lowers the onset "
            "temperature of dehydrogenation.")
    assert ("InterfaceEffect", "MgH2", "TiO2", "MetalCompoundCatalysis") in _claims(text)


@pytest.mark.parametrize("text", [
    # a change called slight is a measured outcome, no product stabilization
    "LiBH4 was milled with MgH2. The reaction enthalpy was reduced slightly by 2 kJ/mol H2.",
    "Adding 5 mol% TiF3 to LiBH4 lowers the reaction enthalpy only slightly, from 67 to 64 kJ/mol H2.",
    "NaAlH4 was doped with CeCl3. CeCl3 causes a slight enthalpy reduction of about 1 kJ/mol H2.",
    "Mg2NiH4 was milled with 5 wt% Cu. Cu lowers the reaction enthalpy marginally.",
])
def test_a_slight_change_credits_no_mechanism(text):
    assert "ProductStabilization" not in _mechanisms(text)


def test_a_large_change_still_credits_product_stabilization():
    text = "Milling MgH2 with Si lowers the reaction enthalpy of MgH2 from 75 to 37 kJ/mol H2 by forming Mg2Si."
    assert ("ProductStabilization", "MgH2", "Si", "ReactiveHydrideComposite") in _claims(text)


@pytest.mark.parametrize("text", [
    # a ligand glued to its salt by a middle dot is no gas released
    "LiBH4·NH3 was milled with MgO. The phase transition of LiBH4·NH3 is suppressed by MgO.",
    "Mg(BH4)2·NH3 was mixed with Al2O3. The melting of Mg(BH4)2·NH3 was suppressed after milling with Al2O3.",
    "Ca(BH4)2⋅NH3 was mixed with SiO2. The recrystallisation of Ca(BH4)2⋅NH3 is suppressed by SiO2.",
])
def test_an_adduct_ligand_is_no_gas_released(text):
    assert "GasReleaseSuppression" not in _mechanisms(text)


def test_ammonia_release_suppressed_is_still_read():
    text = "LiBH4·NH3 was milled with MgCl2. The release of NH3 is suppressed by MgCl2."
    assert "GasReleaseSuppression" in _mechanisms(text)


@pytest.mark.parametrize("text, host, additive", [
    # products said formed in the passive after them are no host of the paragraph
    ("Ca(BH4)2 was doped with 5 mol% NbF5. After desorption, CaB6 and CaH2 were formed. NbB2 formed in situ acts "
     "as nucleation sites for CaB6.", "Ca(BH4)2", "NbF5"),
    ("Ca(BH4)2 was doped with 3 mol% TiCl3. On heating, CaH2 and CaB6 are produced. TiB2 formed in situ provides "
     "nucleation sites for CaB6.", "Ca(BH4)2", "TiCl3"),
    ("Ca(BH4)2 was milled with 4 mol% VCl3. CaH2 was also formed after the first desorption. The VB2 generated in "
     "situ acts as nucleation centres for CaB6.", "Ca(BH4)2", "VCl3"),
])
def test_products_formed_in_the_passive_are_no_host(text, host, additive):
    claims = _claims(text)
    assert ("NucleationInduction", host, additive, "MetalCompoundCatalysis") in claims, claims


@pytest.mark.parametrize("text, additive", [
    # a phase formed in situ credited with a mechanism of any kind: the in-situ phase of its additive
    ("LiNH2 was milled with 4 mol% RbF. RbF reacts with LiNH2 to form RbNH2 and LiF during milling, and the in "
     "situ formed RbNH2 weakens the N–H bonds of the amide.", "RbF"),
    ("LiNH2 was milled with 3 mol% NaF. NaF reacts with LiNH2 to give NaNH2 during milling, and the NaNH2 formed "
     "in situ weakens the N–H bonds.", "NaF"),
    ("LiNH2 was milled with 5 mol% CsF. CsF converts to CsNH2 during ball milling, and the in-situ formed CsNH2 "
     "elongates the N–H bond.", "CsF"),
])
def test_an_in_situ_phase_weakening_bonds_is_its_additives(text, additive):
    claims = _claims(text)
    assert ("BondWeakening", "LiNH2", additive, "MetalCompoundCatalysis") in claims, claims
    assert ("InSituCatalyticPhase", "LiNH2", additive, "MetalCompoundCatalysis") in claims, claims


def test_a_phase_the_additive_did_not_form_stays_its_own():
    # (no verb of forming, no in-situ word: the additive itself acts)
    text = "LiNH2 was milled with 4 mol% RbF. RbF weakens the N–H bonds of the amide."
    assert ("InSituCatalyticPhase", "LiNH2", "RbF", "MetalCompoundCatalysis") not in _claims(text)


@pytest.mark.parametrize("text, additive", [
    # a strategy named as what the mechanism leads to ('thus', 'thereby') is not the additive's design
    ("2LiBH4–MgH2 was doped with 10 wt% VCl3. VCl3 is converted into VB2 and LiCl upon heating; VB2 acts as a "
     "heterogeneous nucleation site for MgB2, which promotes the formation of MgB2 and thus the destabilization "
     "of LiBH4.", "VCl3"),
    ("2LiBH4–MgH2 was doped with 5 mol% TiCl3. The in situ formed TiB2 provides nucleation sites for MgB2, "
     "thereby enhancing the thermodynamic destabilization of LiBH4.", "TiCl3"),
    ("2LiBH4–MgH2 was doped with 5 mol% ZrCl4. ZrB2 formed in situ acts as nucleation centres for MgB2, hence "
     "the destabilization of LiBH4 is reached at lower temperature.", "ZrCl4"),
])
def test_a_strategy_named_as_an_outcome_is_not_the_claims(text, additive):
    claims = _claims(text)
    assert ("NucleationInduction", "LiBH4", additive, "MetalCompoundCatalysis") in claims, claims


def test_a_strategy_named_as_the_means_is_kept():
    text = ("2LiBH4–MgH2 was doped with 5 mol% TiCl3. Through thermodynamic destabilization, TiB2 provides "
            "nucleation sites for MgB2.")
    assert ("NucleationInduction", "LiBH4", "TiCl3", "ThermodynamicDestabilization") in _claims(text)


def _phases(text: str) -> set[str | None]:
    from ingest.documents.document import parse_document
    from ingest.extract import _prose_sentences
    from ingest.extraction.mechanisms.mechanisms import mechanism_claims

    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {c.in_situ_phase for c in mechanism_claims(_prose_sentences(doc), "src:claims7")}


@pytest.mark.parametrize("text, phase", [
    # of the phases an additive formed, the one named again before the phrase is the one credited
    ("LiNH2 was milled with 4 mol% RbF. RbF reacts with LiNH2 to form RbNH2 and LiF during milling, and the in situ "
     "formed RbNH2 weakens the N–H bonds of the amide.", "RbNH2"),
    ("MgH2 was milled with 5 wt% TiF3. TiF3 reacts with MgH2 to give TiH2 and MgF2 during milling, and the TiH2 "
     "formed in situ acts as a hydrogen pump.", "TiH2"),
    ("NaAlH4 was milled with 4 mol% CeCl3. CeCl3 converts to CeAl4 and NaCl during milling, and the in situ formed "
     "CeAl4 provides active sites for hydrogen dissociation.", "CeAl4"),
])
def test_the_phase_named_again_is_the_one_credited(text, phase):
    assert _phases(text) == {phase}


def test_phases_credited_together_are_one_claim_of_their_additive():
    # (none named again: the phases the additive turned into, doing one thing together, are one claim of that
    # additive, kept with the first phase named, as annotators of real abstracts record them)
    text = ("MgH2 was milled with 5 wt% TiF3. During milling TiF3 reacts with MgH2 to form TiH2 and MgF2, which act as "
            "the active catalysts.")
    assert _phases(text) == {"TiH2"}


@pytest.mark.parametrize("text, additive", [
    # a phase written by its elements ('a Mg–Ni–B alloy') that an additive forms is that whole phase, formed from it
    ("Mg was ball milled with Ni and B. Adding a large amount of Ni forms a ternary Mg–Ni–B alloy whose presence "
     "raises the reversible capacity of MgH2.", "Ni"),
    ("MgH2 was milled with 8 wt% Ni and some B. Ni forms a Mg–Ni–B phase during cycling, whose presence enhances "
     "the reversible capacity.", "Ni"),
    ("MgH2 was milled with 5 wt% Co. Co transforms into a Mg–Co alloy on heating, which raises the hydrogen "
     "capacity of MgH2.", "Co"),
])
def test_an_element_written_phase_formed_from_an_additive(text, additive):
    assert ("InSituCatalyticPhase", "MgH2", additive, "MetalCatalysis") in _claims(text)


def test_an_element_written_alloy_not_said_formed_is_no_in_situ_phase():
    text = "Mg was ball milled with Ni and B. A ternary Mg–Ni–B alloy raises the reversible capacity of MgH2."
    assert "InSituCatalyticPhase" not in _mechanisms(text)


@pytest.mark.parametrize("text, support", [
    # carbon named bare ('the carbon framework') in a paragraph whose sample holds one carbon support: that support
    ("MgH2 nanoparticles were confined in a mesoporous carbon. The carbon framework suppresses particle growth and "
     "agglomeration during cycling.", "porous carbon"),
    ("MgH2 was confined in a Ni-decorated mesoporous carbon. The carbon suppresses particle agglomeration during "
     "cycling.", "porous carbon"),
    ("MgH2 was loaded into a carbon aerogel. The carbon matrix suppresses the agglomeration of MgH2 during cycling.",
     "carbon aerogel"),
    ("LiBH4 was infiltrated into nitrogen-doped carbon. The carbon scaffold inhibits particle agglomeration of LiBH4.",
     "N-doped carbon"),
])
def test_bare_carbon_is_the_samples_carbon_support(text, support):
    assert any(m == "AgglomerationSuppression" and a == support for m, _, a, _ in _claims(text)), _claims(text)


def test_bare_carbon_beside_two_carbon_supports_stays_carbon():
    text = ("MgH2 was milled with graphene and carbon nanotubes. The carbon prevents the agglomeration of MgH2 "
            "particles.")
    assert not any(a in ("graphene", "carbon nanotube", "CNT") for _, _, a, _ in _claims(text)), _claims(text)


@pytest.mark.parametrize("text, host, additive", [
    # a phase said formed in situ and said to catalyse, credited to the sample's additive it came from
    ("LiAlH4 was milled with 2 mol% TiF3. The faster release is ascribed to the in situ formed Al3Ti, which "
     "catalyzes the breaking of Al–H bonds.", "LiAlH4", "TiF3"),
    ("NaAlH4 was milled with 3 mol% TiCl3. The in situ generated Al3Ti catalyses the cleavage of Al–H bonds.",
     "NaAlH4", "TiCl3"),
    ("MgH2 was milled with 5 wt% NbF5. The in situ formed NbH catalytically weakens the Mg–H bonds.", "MgH2", "NbF5"),
])
def test_a_phase_formed_in_situ_that_catalyses_is_an_in_situ_phase(text, host, additive):
    assert ("InSituCatalyticPhase", host, additive, "MetalCompoundCatalysis") in _claims(text)


def test_a_phase_formed_in_situ_said_to_weaken_without_catalysis_is_no_in_situ_phase():
    text = ("Mg(NH2)2 was milled with 3 mol% Li3AlH6. In situ formed LiNH2 is thought to weaken the N–H bonds of the "
            "amide.")
    assert "InSituCatalyticPhase" not in _mechanisms(text)


@pytest.mark.parametrize("text, host, additive", [
    ("Mg(BH4)2·1.6NH3–MgO reached 2.5 × 10−5 S cm−1 at 25 °C. MgO suppresses the loss of NH3 from the ammine "
     "borohydride.", "Mg(BH4)2", "MgO"),
    ("The LiBH4·NH3–Al2O3 composite conducts 0.1 mS cm−1 at 30 °C. The Al2O3 filler prevents the loss of NH3 "
     "during heating.", "LiBH4", "Al2O3"),
    ("The Mg(BH4)2·1.5NH3–SiO2 electrolyte conducts 0.03 mS cm−1 at 40 °C. The SiO2 filler inhibits the loss of "
     "ammonia from the electrolyte.", "Mg(BH4)2", "SiO2"),
])
def test_a_filler_that_keeps_an_ammine_from_losing_its_ammonia_suppresses_the_gas_release(text, host, additive):
    # the ligand lost from an ammine electrolyte is NH3 released: the ontology's GasReleaseSuppression labels
    assert ("GasReleaseSuppression", host, additive) in {c[:3] for c in _claims(text)}


def test_the_loss_of_ammonia_said_as_an_event_is_no_claim():
    # near miss: the loss itself, credited to nothing
    assert "GasReleaseSuppression" not in _mechanisms(
        "The Mg(BH4)2·1.5NH3–SiO2 electrolyte conducts 0.03 mS cm−1 at 40 °C. The loss of NH3 from the "
        "electrolyte starts at 80 °C.")


@pytest.mark.parametrize("text, additive", [
    ("MgH2 milled with 10 wt.% Nb2O5 released 6 wt% H2 at 250 °C. The Mg formed in situ acts as a nucleation "
     "site.", "Nb2O5"),
    ("Mg2NiH4 milled with 10 wt% carbon black delivered 600 mAh/g. The Mg generated in situ acts as a nucleation "
     "site for the reconversion.", "C"),
    ("NaAlH4 doped with 2 mol% TiCl3 released 4 wt% H2 at 150 °C. The Al formed in situ serves as nucleation sites "
     "for the decomposition.", "TiCl3"),
])
def test_a_product_of_the_host_formed_in_situ_is_no_act_of_the_samples_additive(text, additive):
    # the phase is made of the host's own elements ('formed in situ' after it, as 'in situ formed' before it): what
    # the sentence credits is not the additive's doing
    assert not any(m == "NucleationInduction" and a == additive for m, _, a, *_ in _claims(text))


def test_a_phase_holding_the_additives_metal_formed_in_situ_is_still_credited_to_it():
    # near miss: Mg2Ni holds the Ni the sample was milled with
    claims = _claims("MgH2 milled with 10 wt% Ni released 6 wt% H2 at 250 °C. The Mg2Ni formed in situ acts as a "
                     "nucleation site.")
    assert any(m == "NucleationInduction" and a == "Ni" for m, _, a, *_ in claims)
