"""HTML character references a text copied from a web page keeps ('210&nbsp;&deg;C', '85 &plusmn; 3 kJ/mol',
'10<sup>&minus;4</sup>', '&#176;C') are the characters they name; an ampersand that starts no reference stays
as it is. Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from ingest.extraction.text.nlp import clean_text


@pytest.mark.parametrize("text, prop, value, uncertainty", [
    ("MgH2 doped with 5 wt% Nb2O5 starts to release hydrogen at 210&nbsp;&deg;C.",
     "onset_dehydrogenation_temperature", 210.0, None),
    ("The activation energy of MgH2–5 wt% Ni is 85 &plusmn; 3 kJ/mol.", "dehydrogenation_activation_energy", 85.0, 3.0),
    ("LiBH4–LiI shows 1.2 &times; 10<sup>&minus;4</sup> S cm<sup>&minus;1</sup> at 30 &#176;C.",
     "ionic_conductivity", 0.12, None),
])
def test_a_character_reference_is_the_character_it_names(text, prop, value, uncertainty):
    m, = extract_text(text).measurements
    assert (m.property, m.value, m.uncertainty) == (prop, pytest.approx(value), uncertainty)


def test_the_cleaned_text_maps_back_to_the_reference():
    c = clean_text("at 30 &#176;C")
    assert c.text == "at 30 °C"
    assert c.span(6, 7) == (6, 7)   # the degree sign stands where its reference started


def test_an_ampersand_that_names_nothing_stays():
    assert clean_text("R&D and AT&T; &foo; MgH2").text == "R&D and AT&T; &foo; MgH2"
