"""A mechanism claim's strategy is what the credited additive's composition and role show, as for the
measurement records: a catalyst credited in a sentence about a thin film or nanosized host is still
catalysis, and an additive the system parser cannot read is read as the catalyst the claim makes it.
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text: str) -> set[tuple[str, str, str | None, str | None]]:
    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy)
            for c in mechanism_claims(_prose_sentences(doc), "src:claims-strategy")}


@pytest.mark.parametrize("text, additive, strategy", [
    ("Covering the MgH2 thin films with a 20 nm Pd layer lowered the release temperature owing to the "
     "catalytic effect of the Pd overlayer.", "Pd", "MetalCatalysis"),
    ("The sputtered MgH2 thin film capped with Ni shows faster uptake, which we attribute to the catalytic "
     "activity of Ni.", "Ni", "MetalCatalysis"),
    ("In nanosized MgH2 particles decorated with Nb2O5, the catalytic role of Nb2O5 accounts for the fast "
     "desorption.", "Nb2O5", "MetalCompoundCatalysis"),
])
def test_a_catalyst_on_a_thin_film_or_nanosized_host_is_catalysis(text, additive, strategy):
    assert any(c[2] == additive and c[3] == strategy for c in _claims(text)), _claims(text)


@pytest.mark.parametrize("text, additive", [
    ("MgH2 was milled with Ti3C2/TiO2(R)-C, and the synergistic effect of Ti3C2/TiO2(R)-C explains the "
     "low desorption temperature of MgH2.", "Ti3C2/TiO2(R)-C"),
    ("The catalytic effect of Nb2C/Nb2O5(M)-C on MgH2 is remarkable.", "Nb2C/Nb2O5(M)-C"),
    ("V2C/V2O3(x)-C exerts a strong catalytic effect on the dehydrogenation of LiAlH4.", "V2C/V2O3(x)-C"),
])
def test_an_unreadable_two_phase_catalyst_is_composite_catalysis(text, additive):
    found = _claims(text)
    assert any(c[2] == additive and c[3] == "CompositeCatalysis" for c in found), found


def test_a_film_of_the_catalyst_itself_keeps_the_film_strategy():
    # the Pd is itself the film: the sentence names the film design for it, not only the host's form
    found = _claims("In the Pd/Mg/Pd stack, H2 dissociation occurs on the Pd film surface of the Mg thin film.")
    assert all(c[3] != "MetalCatalysis" for c in found if c[2] == "Pd"), found


def test_a_thin_film_named_with_no_catalyst_keeps_its_strategy():
    # no catalyst credited: the film's form is what the sentence names for the host's volume buffering
    found = _claims("The MgH2 thin film accommodates the volume change of the electrode during conversion.")
    assert ("VolumeBuffering", "MgH2", None, "ThinFilmStructuring") in found, found
