"""The abstract's subject system and the readings around it (ingest/subject_system.py), and the
unit and phrase forms that hydrogen-storage abstracts use around it. Every sentence here is written
for the test."""
from __future__ import annotations

import pytest

from ingest.nlp import clean_text, mentions


@pytest.mark.parametrize("text", [
    "The composite was rehydrided at 600 K/8 MPa within 2 h.",
    "Absorption needs 573 K/3 MPa instead of 673 K/10 MPa for the bare hydride.",
    "Cycling ran at 1 C/2 C rates.",
    "Reloading at 320 °C/5 bar H2 took 10 min.",
])
def test_a_unit_after_a_number_before_a_slash_is_no_material(text):
    found = [m.text for m in mentions(clean_text(text).text)]
    assert not any("/" in t and t[0] in "KC" for t in found), found


def test_a_material_after_a_number_before_a_slash_stays_a_material():
    found = [m.text for m in mentions(clean_text("Samples with 2 Ni/C and 5 Co/C were milled.").text)]
    assert "Ni/C" in found and "Co/C" in found
