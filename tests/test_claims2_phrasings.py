"""Mechanism phrasings authors use that the ontology's labels now read (session claims2): the stress or
strain of volume changes a support relieves (volume buffering), the breaking or cleavage of a bond an
additive eases (bond weakening), recrystallization a partner suppresses (phase stabilization), a
defect-rich microstructure (vacancy/defect formation), a change brought about through (nano)confinement
(confinement effect); and a phrase followed by its value, which names a measured quantity, not a cause.
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims
from ingest.extraction.mechanisms.mechanisms_context import Context, _formulas_of_kinds
from ingest.extraction.mechanisms.mechanisms_materials import _mentions
from ingest.extraction.mechanisms.mechanisms_strategies import named_strategies


def _claims(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:claims2")}


def _mechanisms(text: str) -> set[str]:
    return {m for m, _, _ in _claims(text)}


@pytest.mark.parametrize("text, host, additive", [
    ("MgH2 nanoparticles were anchored on graphene. The graphene sheets relieve the stress of the repeated "
     "volume changes during cycling.", "MgH2", "graphene"),
    ("LiAlH4 was coated on carbon nanotubes. Because the nanotubes absorb the strain induced by volume "
     "expansion, the LiAlH4 electrode keeps its capacity.", "LiAlH4", "carbon nanotube"),
    ("A TiO2 shell on MgH2 accommodates the mechanical stress arising from the volume expansion upon "
     "lithiation.", "MgH2", "TiO2"),
])
def test_the_stress_of_volume_changes_relieved_is_volume_buffering(text, host, additive):
    assert ("VolumeBuffering", host, additive) in _claims(text)


@pytest.mark.parametrize("text, host, additive", [
    ("DFT calculations show that Nb2O5 facilitates the breaking of Mg–H bonds in MgH2.", "MgH2", "Nb2O5"),
    ("MgH2 was milled with VS2. The VS2 additive promotes cleavage of the Mg-H bonds at the interface.",
     "MgH2", "VS2"),
    ("NbF5 added to LiAlH4 eases Al–H bond breaking.", "LiAlH4", "NbF5"),
])
def test_easing_the_breaking_of_a_bond_is_bond_weakening(text, host, additive):
    assert ("BondWeakening", host, additive) in _claims(text)


@pytest.mark.parametrize("text", [
    "Mg(BH4)2·NH3 was milled with 30 wt% Al2O3. The Al2O3 nanoparticles suppress recrystallization of the "
    "melt on cooling.",
    "LiBH4 infiltrated into SiO2 conducts Li+ fast because SiO2 prevents recrystallization of the hydride.",
    "In the composite of LiBH4 and MgO, the MgO stabilizes the disordered state down to room temperature.",
])
def test_kept_from_recrystallizing_is_phase_stabilization(text):
    assert "PhaseStabilization" in _mechanisms(text)


@pytest.mark.parametrize("text", [
    "Ball milling LiBH4 with LiI creates a defect-rich microstructure that raises the Li+ conductivity.",
    "The high density of defects in milled LiBH4–LiBr accounts for its higher conductivity.",
    "In LiBH4 doped with LiI, the LiI creates abundant defects that speed up Li+ hopping.",
])
def test_a_defect_rich_microstructure_is_defect_formation(text):
    assert "VacancyDefectFormation" in _mechanisms(text)


@pytest.mark.parametrize("text, host, additive", [
    ("NaAlH4 was melt-infiltrated into CMK-3. The lower desorption temperature arises through nanoconfinement "
     "in the CMK-3 pores.", "NaAlH4", "CMK-3"),
    ("LiBH4 loaded in SBA-15 releases hydrogen at 250 °C due to confinement in the SBA-15 channels.",
     "LiBH4", "SBA-15"),
    ("The kinetics of MgH2 in the carbon aerogel are faster owing to nanoconfinement by the carbon aerogel.",
     "MgH2", "carbon aerogel"),
])
def test_a_change_through_confinement_is_the_confinement_effect(text, host, additive):
    assert ("ConfinementEffect", host, additive) in _claims(text)


@pytest.mark.parametrize("text", [
    "MgH2 was confined in a carbon scaffold. A reduced reaction enthalpy of 63.8 kJ/mol was found for the "
    "confined MgH2.",
    "For MgH2 with 5 wt% Nb2O5, a lower reaction enthalpy of 70 kJ/mol H2 was measured.",
    "LiBH4 in CMK-3 shows a high specific surface area of 850 m2/g.",
])
def test_a_phrase_followed_by_its_value_names_a_measurement(text):
    assert not ({"ProductStabilization", "SizeEffect"} & _mechanisms(text)), _claims(text)


def test_a_phrase_given_as_the_cause_keeps_its_value():
    text = ("The fast kinetics of MgH2 in the carbon scaffold are attributed to the high specific surface area "
            "of 900 m2/g of the scaffold.")
    assert "SizeEffect" in _mechanisms(text)


@pytest.mark.parametrize("text", [
    "MgH2 anodes suffer from the stress of large volume changes during cycling.",
    "The Mg–H bond breaking energy of pure MgH2 is high.",
    "Recrystallization of LiBH4 occurs on cooling below 110 °C.",
    "LiBH4 was confined in SBA-15 by melt infiltration.",
])
def test_no_claim_where_nothing_is_credited(text):
    assert not ({"VolumeBuffering", "BondWeakening", "PhaseStabilization", "ConfinementEffect"}
                & _mechanisms(text)), _claims(text)


@pytest.mark.parametrize("text, mechanism, additive", [
    ("A CoCrFeMnNi high-entropy alloy (HEA) was milled with MgH2. The MgH2-HEA composite absorbs hydrogen fast "
     "because the HEA acts as a hydrogen pump.", "HydrogenPump", "CoCrFeMnNi"),
    ("MgH2 was ball milled with TiVNbZr high entropy alloy. In the composite, the high-entropy alloy provides "
     "hydrogen diffusion channels.", "ChannelEffect", "TiVNbZr"),
    ("We added 10 wt% of the FeNiCoMnAl HEA to MgH2. DFT shows that the HEA weakens the Mg–H bonds.",
     "BondWeakening", "FeNiCoMnAl"),
])
def test_a_kind_of_additive_is_credited_as_the_formula_written_as_it(text, mechanism, additive):
    assert (mechanism, "MgH2", additive) in _claims(text), _claims(text)


def test_only_a_formula_written_right_before_a_kind_is_that_kind():
    assert _formulas_of_kinds("The FeCoNiCrTi high-entropy alloy was milled.") == [("HighEntropyAlloy", "FeCoNiCrTi")]
    assert _formulas_of_kinds("A TiVNb alloy and a separately made high-entropy alloy were milled with MgH2.") == []
    assert _formulas_of_kinds("MgH2 and TiFe were milled with graphite.") == []


def test_a_kind_written_as_two_formulas_stays_the_kind():
    ctx = Context()
    ctx.kinds["HighEntropyAlloy"] = {"TiVCrMn", "FeCoNiCuAl"}
    assert ctx.as_written("high-entropy alloy") == "high-entropy alloy"
    ctx.kinds["HighEntropyAlloy"] = {"TiVCrMn"}
    assert ctx.as_written("HEA") == "TiVCrMn"


@pytest.mark.parametrize("text", [
    "NaAlH4 in carbon scaffolds and its faster release through nanoconfinement has been extensively studied.",
    "The weakening of the Mg–H bond of MgH2 by Nb2O5 has been widely investigated.",
    "The hydrogen pump effect of Mg2Ni in MgH2 has been intensively explored.",
])
def test_earlier_work_recalled_is_no_claim(text):
    assert not _claims(text), _claims(text)


def test_a_finding_checked_by_a_method_is_a_claim():
    text = "We found that Nb2O5 weakens the Mg–H bond of MgH2, as studied by DFT."
    assert ("BondWeakening", "MgH2", "Nb2O5") in _claims(text)


@pytest.mark.parametrize("text, strategy", [
    ("The release is faster owing to LiBH4 destabilization through nanoconfinement in carbon.", "Nanoconfinement"),
    ("Thermodynamic destabilization of NaAlH4 via nanoconfinement in SBA-15 lowers the enthalpy.", "Nanoconfinement"),
    ("The destabilization of MgH2 by alloying with Ni weakens the Mg–H bond.", "Alloying"),
])
def test_the_strategy_after_through_or_by_is_the_means(text, strategy):
    assert named_strategies(text, _mentions(text)) == [strategy]


def test_strategies_named_side_by_side_are_both_kept():
    text = "Nanoconfinement and thermodynamic destabilization of LiBH4 both lower the temperature."
    assert set(named_strategies(text, _mentions(text))) == {"Nanoconfinement", "ThermodynamicDestabilization"}


@pytest.mark.parametrize("text", [
    "The unique nanoarchitectures of MgH2 on Ti3C2 buffer the strain of volume changes.",
    "This nanoarchitecture of LiAlH4 on graphene shortens the diffusion paths.",
    "The nano-architectures of MgH2 keep the particles apart.",
])
def test_a_nanoarchitecture_is_nanostructuring(text):
    assert "Nanostructuring" in named_strategies(text, _mentions(text))


def test_an_architecture_of_a_cell_is_no_nanostructuring():
    text = "The architecture of the MgH2 cell is standard."
    assert "Nanostructuring" not in named_strategies(text, _mentions(text))
