"""A question around a system ('what else behaved like MgH2 + Nb2O5, and why?') is answered with the analogs
of the system it names, saying what was read; it was refused as a system notation ('Nb2O5, and why?' not
understood). Text naming no material, or whose material words do not read as a system, is still refused."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.analogs import search
from kg.analogs.model import AnalogQueryError
from kg.analogs.profile import _asked_system

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "snapshot" / "review.batch.json"


@pytest.mark.parametrize("question, span", [
    ("what else behaved like MgH2 + Nb2O5, and why?", "MgH2 + Nb2O5"),
    ("Which systems resemble LiBH4–LiI?", "LiBH4–LiI"),
    ("I milled Mg(BH4)2 + 10 wt% TiF3 yesterday; what is close to it?", "Mg(BH4)2 + 10 wt% TiF3"),
    ("show me the neighbours of “Li2B12H12”, please", "Li2B12H12"),
])
def test_the_system_in_a_question(question, span):
    asked = _asked_system(question)
    assert asked is not None and asked[0] == span, asked


@pytest.mark.parametrize("text", [
    "hello there",                 # no material
    "MgH2 + Nb2O5",                # the whole text: nothing to cut
    "what about MgH2 and, later, Zz9Qq?",   # material words that do not read as one system
    "MgH2 + 5 wt% Unobtainium42",  # an unknown additive is no word around the system: never dropped
    "MgH2 + nickle",               # a misspelt component after a '+'
    "nickel milled into MgH2?",    # a material named in words is no word to cut off
])
def test_no_system_is_made_up(text):
    assert _asked_system(text) is None


@pytest.mark.skipif(not SNAPSHOT.is_file(), reason=f"{SNAPSHOT} missing: rebuild the snapshot")
def test_a_question_gets_the_analogs_of_its_system(store):
    asked = search(store, "what else behaved like MgH2 + Nb2O5, and why?", top=5)
    plain = search(store, "MgH2 + Nb2O5", top=5)
    assert [a.name for a in asked.analogs] == [a.name for a in plain.analogs]
    assert any("MgH2 + Nb2O5" in n and "question" in n for n in asked.profile.notes), asked.profile.notes
    with pytest.raises(AnalogQueryError):
        search(store, "hello there", top=5)
