"""A value accepted from the notes' suggestions carries no method 'from notes': its origin is no measurement method,
and the lab-vs-literature caveats called it one ('method stated for one value only'). Sentences written for this test."""
from __future__ import annotations

import pytest

from ingest.entries.entry import entry_to_batch, load_entry
from ui.app import record

SYSTEM = "MgH2 + 5 wt% Nb2O5"


def _entry(*measurements):
    return load_entry({"id": "walk3", "title": "walk3", "author": "A. Researcher", "created": "2026-05-01",
                       "samples": [{"id": "S1", "system": SYSTEM, "measurements": list(measurements)}]})


@pytest.mark.parametrize("note", [
    "The milled powder gave off 6.2 wt% H2 within 10 min at 300 °C.",
    "Our sample desorbed 5.1 wt% hydrogen in less than 20 min at 280 °C.",
    "It released 5.5 wt% H2 in 30 min at 300 °C."])
def test_an_accepted_note_has_no_method_from_notes(note):
    (found,) = record.suggestions(note, SYSTEM)
    accepted = record.accepted_measurement(found)
    assert "method" not in accepted, accepted
    assert "notes" in accepted["note"]        # the origin is kept as the measurement's note
    (m,) = entry_to_batch(_entry(accepted), 1).measurements
    assert m.method is None


def test_no_method_caveat_from_a_note_s_origin():
    from ontology.comparability import compare_conditions

    (found,) = record.suggestions("The milled powder gave off 6.2 wt% H2 within 10 min at 300 °C.", SYSTEM)
    (m,) = entry_to_batch(_entry(record.accepted_measurement(found)), 1).measurements
    got = compare_conditions(m.property, {"temperature": 300.0}, {"temperature": 300.0}, method_a=m.method, method_b=None)
    assert not [c for c in got.caveats if "method" in c], got
    # near miss: a method the researcher typed is still weighed against a value without one
    typed = compare_conditions(m.property, {"temperature": 300.0}, {"temperature": 300.0}, method_a="Sieverts", method_b=None)
    assert [c for c in typed.caveats if "method stated for one value only" in c], typed
