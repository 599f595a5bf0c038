"""A mechanism credited in a sentence naming no material, after a paragraph that made its host nanosized (older
papers: 'Nanocrystalline MgH2 was prepared by milling. The fast kinetics are ascribed to shorter diffusion paths').
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _got(text):
    claims = mechanism_claims(_prose_sentences(parse_document(text)), "src:older")
    return {(c.mechanism, c.host, c.additive, c.strategy) for c in claims}


@pytest.mark.parametrize("text, host", [
    ("Nanocrystalline MgH2 was prepared by milling for 20 h. It desorbs hydrogen at 280 °C. "
     "The fast kinetics are attributed to shorter diffusion paths.", "MgH2"),
    ("Nanocrystalline MgH2 was prepared by milling. The faster desorption results from the reduced diffusion "
     "distance.", "MgH2"),
    ("Nanosized LiBH4 was obtained by milling. The improved kinetics are ascribed to shortened diffusion paths.",
     "LiBH4"),
])
def test_the_paragraphs_nano_form_is_credited(text, host):
    assert ("ReducedDiffusionDistance", host, None, "Nanosizing") in _got(text)


@pytest.mark.parametrize("text", [
    # near misses: no nano form named; or a mechanism the nano form does not stand for
    "MgH2 was milled for 20 h. The improved kinetics are ascribed to shortened diffusion paths.",
    "Nanocrystalline MgH2 was prepared by milling. The faster desorption results from the high catalytic activity.",
])
def test_no_nano_form_no_claim(text):
    assert _got(text) == set()
