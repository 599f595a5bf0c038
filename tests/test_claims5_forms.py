"""Forms of crediting a mechanism the claim reader missed (session claims5): the catalytic family said as a
'synergy' of materials, each material listed after 'between' (or 'of') credited, 'the A and the B' read as one
list; a phase said as a 'gateway' for hydrogen (a channel of the catalyst phase); a phase whose 'formation …
during milling' or '… upon the first run' the sentence names doing the catalysing (the in-situ catalytic phase);
'accounts for' / 'is responsible for' as a verb of crediting. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _rows(text: str) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy, c.in_situ_phase)
            for c in mechanism_claims(_prose_sentences(doc), "src:claims5")}


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(m, h, a) for m, h, a, _, _ in _rows(text)}


# ---------------------------------------------------------------- synergy between / of listed materials
@pytest.mark.parametrize("text, host, additives", [
    ("MgH2 was milled with Ni and CeO2. The fast kinetics is owing to the synergy between Ni and CeO2.",
     "MgH2", ("Ni", "CeO2")),
    ("MgH2 was milled with Ni and CeO2. The faster uptake arises from the synergy of Ni and CeO2.",
     "MgH2", ("Ni", "CeO2")),
    ("The enhanced desorption of LiBH4 is credited to a strong synergy between the MgF2 and the TiO2 additives.",
     "LiBH4", ("MgF2", "TiO2")),
    ("MgH2 was milled with Co and Nb2O5. The low barrier is due to the synergistic effect between Co and Nb2O5.",
     "MgH2", ("Co", "Nb2O5")),
])
def test_a_synergy_between_listed_materials_credits_each(text, host, additives):
    claims = _claims(text)
    for additive in additives:
        # (their acting together is the cocktail effect, a catalytic effect)
        assert ("CocktailEffect", host, additive) in claims


@pytest.mark.parametrize("text", [
    "Both additives show synergy in MgH2.",
    "The synergy of the two groups made this study of MgH2 possible.",
])
def test_a_synergy_said_of_no_material_is_no_claim(text):
    assert not _claims(text)


def test_the_host_listed_after_between_is_not_credited():
    claims = _claims("MgH2 was milled with Ni. The fast kinetics is owing to the synergy between Ni and MgH2.")
    assert ("CatalyticEffect", "MgH2", "Ni") in claims
    assert not any(a == "MgH2" for _, _, a in claims)


# ---------------------------------------------------------------- gateway for hydrogen
@pytest.mark.parametrize("text, host, additive", [
    ("MgH2 was milled with Nb2O5. Nb2O5 acts as a gateway for hydrogen into MgH2.", "MgH2", "Nb2O5"),
    ("In MgH2–Mg2Ni, the Mg2Ni phase serves as a hydrogen gateway.", "MgH2", "Mg2Ni"),
    ("The improvement of MgH2 is ascribed to VTi acting as a gateway for hydrogen.", "MgH2", "VTi"),
])
def test_a_gateway_for_hydrogen_is_a_channel(text, host, additive):
    assert ("ChannelEffect", host, additive) in _claims(text)


def test_a_gateway_of_another_kind_is_no_claim():
    assert not _claims("The gateway to a hydrogen economy is cheap storage in MgH2.")


# ---------------------------------------------------------------- formation of a phase during milling / a run
@pytest.mark.parametrize("text, host, additive, phase", [
    ("MgH2 was ball milled with 7 wt% NbCl5. The formation of NbH and MgCl2 during milling is thought to play a "
     "catalytic role.", "MgH2", "NbCl5", "NbHx"),
    ("LiBH4 was milled with 5 mol% TiCl3. The generation of TiB2 upon the first dehydrogenation accounts for the "
     "catalytic effect.", "LiBH4", "TiCl3", "TiB2"),
    ("NaAlH4 was doped with 4 mol% CeCl3; the precipitation of CeAl4 during cycling provides the catalytic "
     "activity.", "NaAlH4", "CeCl3", "CeAl4"),
])
def test_a_phase_whose_formation_during_a_run_is_said_is_the_in_situ_catalyst(text, host, additive, phase):
    rows = _rows(text)
    assert any(m == "InSituCatalyticPhase" and h == host and a == additive and p == phase
               for m, h, a, _, p in rows), rows


def test_a_formation_said_without_the_run_is_no_in_situ_phase():
    rows = _rows("MgH2 was ball milled with 7 wt% NbCl5. The formation of NbH was confirmed by XRD, and NbH plays "
                 "a catalytic role.")
    assert rows and not any(m == "InSituCatalyticPhase" for m, *_ in rows)


# ---------------------------------------------------------------- 'accounts for' / 'is responsible for'
@pytest.mark.parametrize("text, host, additive", [
    ("MgH2 was milled with 5 wt% Nb2O5. Nb2O5 is responsible for the catalytic effect.", "MgH2", "Nb2O5"),
    ("LiAlH4 was milled with 2 mol% TiCl3, which accounts for the catalytic activity observed.", "LiAlH4", "TiCl3"),
    ("For Mg(BH4)2, the added NbF5 was responsible for a strong catalytic role.", "Mg(BH4)2", "NbF5"),
])
def test_accounting_for_a_catalytic_effect_credits_it(text, host, additive):
    assert ("CatalyticEffect", host, additive) in _claims(text)


def test_a_catalytic_effect_that_accounts_for_something_credits_no_material():
    assert not _claims("MgH2 was milled with 5 wt% Nb2O5. The catalytic effect accounts for only a small part of "
                       "the gain.")


# ---------------------------------------------------------------- formulas with decimal subscripts
@pytest.mark.parametrize("text, host, additive, phase", [
    ("MgH2 was milled with 10 wt% CeO2. The in situ formed CeH2.73 acts as active sites.", "MgH2", "CeO2",
     "CeH2.73"),
    ("MgH2 was milled with 10 wt% CeO2. The in situ formed CeH2.73 acts as a catalyst.", "MgH2", "CeO2", "CeH2.73"),
    ("MgH2 was ball milled with La2O3; the in situ formed LaH2.5 serves as the active sites.", "MgH2", "La2O3",
     "LaH2.5"),
])
def test_a_subject_phase_with_a_decimal_subscript_acts(text, host, additive, phase):
    rows = _rows(text)
    assert any(m == "InSituCatalyticPhase" and h == host and a == additive and p == phase
               for m, h, a, _, p in rows), rows


@pytest.mark.parametrize("text, additive", [
    ("MgH2 was ball milled with 8 wt% Ti0.4Cr0.15Mn0.15V0.3. Ti0.4Cr0.15Mn0.15V0.3 exhibits a catalytic effect.",
     "Ti0.4Cr0.15Mn0.15V0.3"),
    ("MgH2 was ball milled with 8 wt% Ti0.4Cr0.15Mn0.15V0.3. The Ti0.4Cr0.15Mn0.15V0.3 alloy acts as a catalyst.",
     "Ti0.4Cr0.15Mn0.15V0.3"),
    ("The catalytic effect of Zr0.7Ni0.3 on MgH2 is remarkable: Zr0.7Ni0.3 serves as a hydrogen pump.",
     "Zr0.7Ni0.3"),
    ("MgH2 was milled with Fe0.5Co0.5; the Fe0.5Co0.5 nanoparticles provide channels for hydrogen diffusion.",
     "Fe0.5Co0.5"),
])
def test_an_alloy_of_transition_metals_written_with_fractions_is_one_additive(text, additive):
    rows = _rows(text)
    assert rows and all(a == additive and h == "MgH2" for _, h, a, _, _ in rows), rows


def test_a_magnesium_alloy_written_with_fractions_keeps_its_reading():
    # (Mg with a little Ti is the host's alloying, read as before: Ti in Mg)
    rows = _rows("MgH2 was milled with 10 wt% Mg0.9Ti0.1, which weakens the Mg–H bond.")
    assert ("BondWeakening", "MgH2", "Ti", "Alloying", None) in rows


# ---------------------------------------------------------------- a support with kinds of its own is a material
@pytest.mark.parametrize("text", [
    "LiBH4 was melt-infiltrated into mesoporous silica; confinement of LiBH4 in the pores lowers its transition "
    "temperature.",
    "Confining LiBH4 in the pores of ordered mesoporous silica scaffolds stabilises the high-temperature phase.",
    "The nanoconfinement of LiBH4 in mesoporous silica shortens the diffusion paths of Li+ ions.",
])
def test_mesoporous_silica_is_the_scaffold_credited(text):
    rows = _rows(text)
    assert rows and all(h == "LiBH4" and a == "mesoporous silica scaffold" for _, h, a, _, _ in rows), rows


def test_a_class_naming_no_material_stays_uncredited():
    # ('a metal hydride' names a class of hosts, not an additive)
    assert not any(a for _, _, a, _, _ in _rows("LiBH4 was mixed with a metal hydride, which weakens the B–H bonds."))


# ---------------------------------------------------------------- a finding compared with earlier work
@pytest.mark.parametrize("text, claim", [
    ("LiBH4 was infiltrated into a mesoporous carbon. The confinement of LiBH4 in the small pores lowers the onset "
     "to 230 °C, a lower temperature than reported in the literature.", ("ConfinementEffect", "LiBH4")),
    ("MgH2 was milled with 5 wt% TiF3, which weakens the Mg–H bond, giving an activation energy well below those in "
     "previous reports.", ("BondWeakening", "MgH2")),
    ("MgH2 was milled with 5 wt% NbF5. Compared with catalysts in earlier studies, NbF5 acts as a stronger hydrogen "
     "pump.", ("HydrogenPump", "MgH2")),
])
def test_a_finding_compared_with_earlier_work_is_a_claim(text, claim):
    assert claim in {(m, h) for m, h, _ in _claims(text)}


@pytest.mark.parametrize("text", [
    "In the literature, TiF3 has been reported to weaken the Mg–H bond of MgH2.",
    "MgH2 was milled with 5 wt% TiF3. As reported in previous studies, TiF3 weakens the Mg–H bond.",
])
def test_earlier_work_recalled_is_no_claim(text):
    assert not _claims(text)


# ---------------------------------------------------------------- ions moving along an interface
@pytest.mark.parametrize("text, host, additive", [
    ("LiBH4 was ball milled with 30 wt% Al2O3 nanoparticles. The high conductivity is attributed to fast Li+ "
     "transport along the LiBH4–Al2O3 interface.", "LiBH4", "Al2O3"),
    ("LiBH4 was mixed with fumed SiO2; Li+ ions migrate along the interface with SiO2, which explains the gain.",
     "LiBH4", "SiO2"),
    ("In LiBH4–MgO composites, ion migration along the interface gives the fast conduction.", "LiBH4", "MgO"),
])
def test_ions_moving_along_an_interface_is_interfacial_conduction(text, host, additive):
    assert ("InterfacialConduction", host, additive) in _claims(text)


def test_transport_through_the_bulk_is_no_interfacial_conduction():
    assert not any(m == "InterfacialConduction" for m, _, _ in _claims(
        "LiBH4 was ball milled with 30 wt% Al2O3; Li+ transport through the bulk of LiBH4 stays slow."))


# ---------------------------------------------------------------- the distance hydrogen travels, shortened
@pytest.mark.parametrize("text, host, additive", [
    ("NaAlH4 was melt-infiltrated into CMK-3, whose narrow channels shorten the distances that hydrogen atoms must "
     "travel.", "NaAlH4", "CMK-3"),
    ("MgH2 was confined in a carbon aerogel; the small pores shorten the travel distance of hydrogen.", "MgH2",
     "carbon aerogel"),
    ("LiBH4 was infiltrated into SBA-15, which shortens the distance for hydrogen to leave the particles.", "LiBH4",
     "SBA-15"),
])
def test_a_shortened_travel_distance_is_a_reduced_diffusion_distance(text, host, additive):
    assert ("ReducedDiffusionDistance", host, additive) in _claims(text)


def test_a_short_distance_of_another_kind_is_no_claim():
    assert not _claims("MgH2 was confined in a carbon aerogel; the short distance between the two furnaces helps.")


# ---------------------------------------------------------------- a hydride the sentence adds is no new host
@pytest.mark.parametrize("text, host, additive", [
    ("The Mg(NH2)2–2LiH composite stores 5.6 wt% hydrogen. Adding 3 mol% KH lowers the onset temperature. "
     "K-containing intermediates weaken the N–H bonds of the amide.", "Mg(NH2)2", "KH"),
    ("The Mg(NH2)2–2LiH composite stores 5.6 wt% hydrogen. Adding 3 mol% KH lowers the onset temperature. "
     "The K-containing species weaken the N–H bonds.", "Mg(NH2)2", "KH"),
    ("The LiNH2–LiH system was studied. By adding 4 mol% RbH, the peak shifts to 150 °C. "
     "The Rb-containing species weaken the N–H bonds.", "LiNH2", "RbH"),
])
def test_a_hydride_a_sentence_adds_leaves_the_paragraph_s_host(text, host, additive):
    assert ("BondWeakening", host, additive) in _claims(text)


def test_a_hydride_named_as_the_subject_of_the_paragraph_is_its_host():
    # (a first sentence that adds the hydride to nothing named is about that hydride)
    assert ("GasReleaseSuppression", "LiNH2", "LiH") in _claims(
        "Adding 5 mol% LiH to LiNH2 lowers the onset. The LiH suppresses the NH3 release.")


# ---------------------------------------------------------------- the metals a host is made from are no host
@pytest.mark.parametrize("text, host", [
    ("Mg2FeH6 was synthesized by reactive milling of 2Mg + Fe under hydrogen. Carbon-coated Mg2FeH6 was tested as "
     "an anode. The carbon shell buffers the volume change.", "Mg2FeH6"),
    ("Mg2CoH5 was prepared by ball milling of 2Mg + Co under 5 MPa H2 and tested as an anode. Carbon-coated Mg2CoH5 "
     "was made by pyrolysis. The carbon shell buffers the volume change.", "Mg2CoH5"),
    ("Mg2NiH4 was obtained by reactive milling of 2Mg + Ni. Coated with carbon, the Mg2NiH4 anode was cycled. The "
     "carbon shell buffers the volume change.", "Mg2NiH4"),
])
def test_the_metals_a_hydride_is_made_from_are_not_its_host(text, host):
    rows = _rows(text)
    assert rows and all(h == host for _, h, _, _, _ in rows), rows


def test_a_hydride_a_host_is_made_from_stays_a_host():
    # (the review's kind: LiMn(BH4)3 made by milling LiBH4 and MnCl2 together — LiBH4 is still a host there)
    rows = _rows("Bimetallic borohydrides were prepared by ball milling LiBH4 with MnCl2. Replacing part of the Li by Mn "
                 "weakens the B–H bonds.")
    assert any(h == "LiBH4" for _, h, _, _, _ in rows), rows


# ---------------------------------------------------------------- products a run forms, said in the present
@pytest.mark.parametrize("text, host", [
    ("LiAlH4 was ball-milled with 20 wt% graphene as an anode. Al and LiH form upon lithiation. The graphene "
     "buffers the volume change.", "LiAlH4"),
    ("Li3AlH6 was ball-milled with graphene as an anode. LiH and Al form during discharge. The graphene buffers the "
     "volume change.", "Li3AlH6"),
    ("NaAlH4 was ball-milled with graphene as an anode. NaH and Al form on lithiation, and the graphene buffers the "
     "volume change.", "NaAlH4"),
])
def test_products_that_form_upon_a_run_are_neither_host_nor_actor(text, host):
    assert ("VolumeBuffering", host, "graphene") in _claims(text)
    assert not any(h != host or a in ("NaH", "LiH", "Al") for _, h, a in _claims(text))


def test_a_hydride_that_forms_a_film_is_still_the_host():
    # ('form' as a verb of making something else, not a product said after it)
    assert ("VolumeBuffering", "MgH2", "graphene") in _claims(
        "MgH2 nanoparticles and graphene form a film electrode; the graphene buffers the volume change of MgH2.")


# ---------------------------------------------------------------- an intermetallic the text added is no host
@pytest.mark.parametrize("text, mechanism, additive", [
    ("MgH2 was milled with 10 wt% Mg2Ni. The hydrogen pump effect of Mg2Ni speeds hydrogen uptake.", "HydrogenPump",
     "Mg2Ni"),
    ("MgH2 was ball milled with 8 wt% Mg2Ni. The catalytic effect of Mg2Ni is strong.", "CatalyticEffect", "Mg2Ni"),
    ("MgH2 was milled with 5 wt% Mg2Co. The spillover effect of Mg2Co speeds hydrogen uptake.", "Spillover", "Mg2Co"),
    ("MgH2 was milled with 5 wt% Mg2Fe. The hydrogen pump role of Mg2Fe lowers the barrier.", "HydrogenPump",
     "Mg2Fe"),
])
def test_an_intermetallic_added_to_the_host_is_its_additive_not_its_host(text, mechanism, additive):
    assert _claims(text) == {(mechanism, "MgH2", additive)}


def test_an_intermetallic_hydride_studied_as_the_host_stays_the_host():
    assert ("CatalyticEffect", "Mg2NiH4", "Cu") in _claims(
        "Mg2NiH4 was studied as a host. The catalytic effect of Cu on Mg2NiH4 is strong.")


@pytest.mark.parametrize("text, additive", [
    ("LiBH4 was melt-infiltrated into a mesoporous silica scaffold (SBA-15). The confinement stabilizes the "
     "high-temperature phase of LiBH4.", "SBA-15"),
    ("LiBH4 was infiltrated into mesoporous silica (MCM-41, pore size 3 nm). Nanoconfinement stabilizes the hexagonal "
     "phase of LiBH4.", "MCM-41"),
    ("LiBH4 was melt-infiltrated into ordered mesoporous silica, i.e., SBA-15. Nanoconfinement stabilizes the "
     "hexagonal phase of LiBH4.", "SBA-15"),
    ("Mg(BH4)2 was melt-infiltrated into a mesoporous silica scaffold (SBA-15, pore size 6 nm); nanoconfinement "
     "stabilizes the molten state of Mg(BH4)2.", "SBA-15"),
])
def test_the_kind_of_support_named_next_is_the_one_credited(text, additive):
    # (the silica named by its kind right after the class: SBA-15, not 'mesoporous silica')
    rows = _rows(text)
    assert rows and all(a == additive for _, _, a, _, _ in rows), rows
