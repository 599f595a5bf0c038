"""The note of what a typed query borrowed from the graph names terms only: 'mechanisms: electron transfer
effect, ElectronTransfer@Oxide' showed a token of the mechanism facet (the mechanism refined by the additive
class it is credited for) beside the term it refines."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.analogs import search

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "snapshot" / "review.batch.json"


@pytest.mark.skipif(not SNAPSHOT.is_file(), reason=f"{SNAPSHOT} missing: rebuild the snapshot")
def test_the_inferred_note_names_terms_only(store):
    res = search(store, "MgH2 + Nb2O5", top=3)
    (note,) = [n for n in res.profile.notes if n.startswith("inferred from")]
    assert "ElectronTransfer" in note and "@" not in note, note
    assert any("@" in t for t in res.profile.mechanisms)          # the facet keeps its refined tokens
