"""A test cell named between an electrolyte's values and the claim about them ("a TiS2/Li cell using
it …", "Li|X|Li symmetric cells") is the device the sample was tested in: the claim that follows is
about the electrolyte and its additive, never about the cell's electrodes. The sentences are written
for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive) for c in mechanism_claims(_prose_sentences(doc), "src:cells")}


@pytest.mark.parametrize("cell", [
    "A TiS2/Li all-solid-state cell built with the composite kept 92 % of its capacity over 40 cycles.",
    "Full cells of Li/LiCoO2 assembled with it delivered 110 mAh/g at 0.2 C.",
    "In a Li|composite|TiS2 cell, the discharge capacity reached 205 mAh/g.",
    "Li-TiS2 coin cells using this electrolyte cycled stably for 100 cycles.",
])
def test_a_claim_after_a_cell_keeps_the_electrolyte(cell):
    text = ("LiBH4 was melt-infiltrated into SBA-15. The composite conducts 0.12 mS/cm at 30 °C. " + cell +
            " The gain in conductivity is attributed to a highly conductive interfacial layer between the"
            " hydride and the silica walls.")
    assert _claims(text) == {("InterfacialConduction", "LiBH4", "SBA-15")}


def test_a_hydride_electrode_in_a_cell_is_still_a_sample():
    # a MgH2/Li half-cell names the hydride tested: a claim about it keeps MgH2 as its host
    text = ("MgH2 was ball milled with 10 wt% graphite. A MgH2/Li half-cell delivered 1480 mAh/g."
            " The graphite buffers the volume change of the electrode during conversion.")
    hosts = {h for _, h, _ in _claims(text)}
    assert hosts == {"MgH2"}


@pytest.mark.parametrize("text, electrode", [
    ("Composite electrodes of MgH2 and TiH2 were cycled in cells with a LiBH4 electrolyte. The soft LiBH4"
     " accommodates the volume changes of the electrode during lithiation.", "MgH2"),
    ("MgH2 electrodes were mixed with LiBH4 as a solid electrolyte. Owing to its plasticity, LiBH4 buffers"
     " the volume expansion of MgH2 upon conversion.", "MgH2"),
    ("An LiAlH4 anode was combined with LiBH4 as electrolyte, and the ductile LiBH4 can accommodate the"
     " large volume change of the anode.", "LiAlH4"),
])
def test_an_electrolyte_buffering_an_electrode_is_the_electrodes_additive(text, electrode):
    # volume buffering happens in the anode: the electrolyte hydride credited with it is the additive
    assert _claims(text) == {("VolumeBuffering", electrode, "LiBH4")}


def test_a_carbon_buffering_a_confined_electrolyte_keeps_its_host():
    # no anode hydride is named: the hydride the carbon holds stays the host
    text = ("LiBH4 was confined in a carbon scaffold, and the carbon accommodates the volume changes of LiBH4"
            " during cycling.")
    assert {h for _, h, _ in _claims(text)} == {"LiBH4"}
