"""A lab entry deleted and restored on its Sources page: a confirmation first, then the service's soft
delete (``LabNotebook.delete``, what `hkg entry delete` calls) — a new revision, nothing lost — and the
deleted entries listed on the page, each restorable (``LabNotebook.restore``)."""
from __future__ import annotations

import pytest

MGH2 = {"title": "MgH2 with Nb2O5 for the delete test", "author": "A. Tester",
        "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Nb2O5",
                     "measurements": [{"property": "hydrogen_capacity", "value": 6.1, "unit": "wt%"}]}]}


def _button(at, label: str):
    (found,) = [b for b in at.button if b.label == label]
    return found


@pytest.mark.slow   # an entry added on a copy of the built graph, then the Sources page, four runs
def test_an_entry_is_deleted_after_a_confirmation_and_restored_from_the_list(literature_graph, tmp_path,
                                                                            monkeypatch):
    from app_pages import sources_page_of_a_new_entry
    from state_reset import reset_store_cache

    nb, at = sources_page_of_a_new_entry(monkeypatch, literature_graph, tmp_path, MGH2, "mg-del")
    monkeypatch.setenv("HKG_USER", "marie")               # who is signed in (single-user mode)
    at.run()
    assert not at.exception, at.exception

    # without the confirmation the button cannot be pressed
    assert _button(at, "Delete entry").disabled
    assert [r.revision for r in nb.history("mg-del")] == [1]

    (sure,) = [c for c in at.checkbox if "delete mg" in c.label]
    sure.check().run()
    (why,) = [t for t in at.text_input if t.label == "Why (kept with the revision)"]
    why.set_value("a duplicate of mg-1")
    _button(at, "Delete entry").click().run()
    assert not at.exception, at.exception
    r1, r2 = nb.history("mg-del")
    assert r2.deleted and r2.action == "delete" and r2.author == "marie" and r2.comment == "a duplicate of mg-1"
    assert r2.document == r1.document                       # nothing lost: the same document, marked deleted
    assert any("Deleted mg-del" in s.value.replace("\\", "") for s in at.success)
    # the entry left the graph; the page lists it under the deleted entries with its restore button
    (listed,) = [df.value for df in at.dataframe if "deleted by" in df.value.columns]
    assert list(listed["entry"]) == ["mg-del"] and list(listed["why"]) == ["a duplicate of mg-1"]
    _button(at, "Restore mg-del").click().run()
    assert not at.exception, at.exception
    r3 = nb.history("mg-del")[-1]
    assert (r3.revision, r3.action, r3.deleted) == (3, "restore", False) and r3.document == r1.document
    assert any("Restored mg-del" in s.value.replace("\\", "") for s in at.success)
    assert not [df for df in at.dataframe if "deleted by" in df.value.columns]    # none deleted now
    assert at.query_params["source"] == ["lab:mg-del"] or at.query_params["source"] == "lab:mg-del"
    reset_store_cache()


def test_a_second_delete_of_the_same_revision_is_refused_with_the_reason(tmp_path):
    # A double click, or a second tab showing the same revision: the service refuses, nothing is written.
    from kg.notebook import LabNotebook
    from ontology.errors import UserError

    nb = LabNotebook(tmp_path, graph=False)
    nb.add(nb.validate(MGH2), author="curie", entry_id="mg-del")
    nb.delete("mg-del", author="curie", base=1)
    with pytest.raises(UserError, match="already deleted"):
        nb.delete("mg-del", author="curie", base=1)
    assert [r.revision for r in nb.history("mg-del")] == [1, 2]
