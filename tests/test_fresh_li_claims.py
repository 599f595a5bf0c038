"""Mechanism claims of lithium-storage abstracts the extractor had not seen (tests/fresh/li): an
interface written as the conduction path, and a complex hydride made from its precursors (the
precursors named after it are no host it is a phase of). The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.document import parse_document
from ingest.extract import _prose_sentences
from ingest.mechanisms import find_mechanisms, mechanism_claims


def _got(text):
    claims = mechanism_claims(_prose_sentences(parse_document(text)), "src:fresh-li")
    return {(c.mechanism, c.host, c.additive) for c in claims}


@pytest.mark.parametrize("text", [
    "the LiBH4/Al2O3 interfaces provide fast Li+ conduction pathways",
    "the hydride/oxide interfaces serve as percolating conduction paths for Li+",
    "interfaces act as fast ion conduction paths in the composite",
    "Li+ moves by fast conduction along the interface with the silica",
])
def test_an_interface_written_as_the_conduction_path_is_interfacial_conduction(text):
    assert [t for t, _, _ in find_mechanisms(text)] == ["InterfacialConduction"]


def test_a_conduction_path_not_along_an_interface_is_not_interfacial_conduction():
    assert "InterfacialConduction" not in [t for t, _, _ in find_mechanisms(
        "the reoriented anions provide fast conduction paths through the bulk lattice")]


@pytest.mark.parametrize("text, host, additive", [
    ("Mg2FeH6 was synthesized by reactive milling of 2Mg + Fe under hydrogen. Mg2FeH6@C was obtained "
     "by pyrolysis of glucose. The carbon shell buffers the volume change upon lithiation.",
     "Mg2FeH6", "C"),
    ("Mg2CoH5 was prepared from 2MgH2 and Co by milling under 10 MPa H2. Mg2CoH5@C electrodes were cast. "
     "The carbon layer suppresses particle agglomeration during cycling.", "Mg2CoH5", "C"),
    ("We made Mg2NiH4 by hydriding a 2Mg + Ni mixture. Carbon-coated Mg2NiH4 (Mg2NiH4@C) was then "
     "tested. The coating accommodates the volume change of the conversion.", "Mg2NiH4", "C"),
])
def test_a_hydride_made_from_precursors_named_after_it_stays_the_host(text, host, additive):
    assert {(h, a) for _, h, a in _got(text)} == {(host, additive)}


def test_a_phase_formed_in_a_host_named_before_it_is_still_no_host():
    text = ("MgH2 was milled with 5 wt% Ni. During cycling Mg2NiH4 forms from MgH2 and Ni. "
            "Ni weakens the Mg–H bond.")
    assert {h for _, h, _ in _got(text)} == {"MgH2"}
