"""A porous silica or framework an electrolyte is milled or mixed with is the conductor's partner in a composite
electrolyte (SolidElectrolytePartner, CompositeElectrolyteFormation), as a dense oxide is; only a conductor put into
its pores (melt or solution infiltration, 'confined in') makes it the scaffold (Nanoconfinement). A support the
passage names with its architecture ('mesoporous SiO2') is what the same formula written bare in a sample's notation
('Na2B10H10/SiO2') is. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _parts(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    row = records(text)[-1]
    return [(c["material"], c["role"]) for c in row["components"][1:]], row["strategies"]


@pytest.mark.parametrize("text, support", [
    ("Li2B12H12 was ball-milled with MCM-41, and the composite conducts 0.04 mS cm−1 at 60 °C.", "MCM-41"),
    ("Mixing Na2B10H10 with SBA-15 in a planetary mill gives an electrolyte of 0.07 mS/cm at 45 °C.", "SBA-15"),
    ("Ball milling LiCB11H12 with mesoporous SiO2 yields a solid electrolyte that conducts 0.9 mS cm−1 at 25 °C.",
     "mesoporous SiO2"),
    ("NaCB11H12 was hand ground with MCM-41; the mixture conducts 0.6 mS cm−1 at 35 °C.", "MCM-41"),
])
def test_a_porous_silica_milled_into_an_electrolyte_is_its_partner(text, support):
    parts, strategies = _parts(text)
    assert parts == [(support, "SolidElectrolytePartner")] and strategies == ["CompositeElectrolyteFormation"]


def test_a_conductor_infiltrated_into_the_silica_is_confined():
    parts, strategies = _parts("Li2B12H12 was melt-infiltrated into MCM-41, and the composite conducts 0.04 mS cm−1 "
                               "at 60 °C.")
    assert parts == [("MCM-41", "ScaffoldConfinementHost")] and strategies == ["Nanoconfinement"]


@pytest.mark.parametrize("text", [
    "Na2B10H10 was ball milled with mesoporous SiO2. The Na2B10H10/SiO2 composite conducts 0.1 mS cm−1 at 40 °C.",
    "Composite formation with mesoporous SiO2 by ball milling raises the conductivity of LiCB11H12. The "
    "LiCB11H12–SiO2 electrolyte reaches 0.8 mS cm−1 at 20 °C.",
    "Milling LiBH4 with mesoporous SiO2 gives the composite. LiBH4/SiO2 conducts 0.12 mS cm−1 at 35 °C.",
])
def test_a_bare_formula_is_the_support_the_passage_named_with_its_architecture(text):
    parts, strategies = _parts(text)
    assert parts == [("mesoporous SiO2", "SolidElectrolytePartner")] and strategies == ["CompositeElectrolyteFormation"]


def test_a_support_named_without_architecture_words_stays_as_written():
    parts, _ = _parts("Na2B10H10 was ball milled with SiO2 nanoparticles. The Na2B10H10/SiO2 composite conducts "
                      "0.1 mS cm−1 at 40 °C.")
    assert parts == [("SiO2", "SolidElectrolytePartner")]


def _claims(title: str, body: str) -> set[tuple]:
    return {(c["mechanism"], c["host"], c["additive"], c["strategy"])
            for c in records(f"# {title}\n\n{body}", kind="mechanism")}


@pytest.mark.parametrize("title, body, host", [
    ("Interfacial conduction in Li2B12H12/SiO2 composites raises the ionic conductivity",
     "Li2B12H12 was ball milled with mesoporous SiO2. The Li2B12H12/SiO2 composite conducts 0.06 mS cm−1 at 50 °C.",
     "Li2B12H12"),
    ("Interface conduction pathways in NaCB11H12/SiO2 nanocomposite electrolytes",
     "Composite formation with mesoporous SiO2 by milling lifts the conductivity of NaCB11H12. NaCB11H12/SiO2 "
     "conducts 0.4 mS cm−1 at 30 °C.", "NaCB11H12"),
    ("Fast lithium transport along the interfaces of LiBH4/SiO2 mixtures",
     "We milled LiBH4 with mesoporous SiO2. The conductivity of LiBH4/SiO2 is 0.11 mS cm−1 at 40 °C.", "LiBH4"),
])
def test_a_title_claim_names_the_support_as_the_passage_did(title, body, host):
    assert _claims(title, body) == {("InterfacialConduction", host, "mesoporous SiO2", "CompositeElectrolyteFormation")}


def test_a_title_claim_keeps_a_support_named_without_architecture():
    assert _claims("Interfacial conduction in Li2B12H12/SiO2 composites raises the ionic conductivity",
                   "Li2B12H12 was ball milled with SiO2 nanoparticles. The Li2B12H12/SiO2 composite conducts "
                   "0.06 mS cm−1 at 50 °C.") == {("InterfacialConduction", "Li2B12H12", "SiO2",
                                                 "CompositeElectrolyteFormation")}
