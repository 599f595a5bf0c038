"""The ELN exchange page lists entries without sample and assigns their sample in bulk."""
from __future__ import annotations

from app_pages import page_test

from ingest.entries.entry import load_entry
from kg.entries import EntryRepository


def test_page_assigns_a_sample_to_entries_without_one(monkeypatch, tmp_path):
    repo = EntryRepository(tmp_path)
    for k in range(2):
        repo.create(load_entry({"title": f"Imported note {k}", "author": "A",
                                "fields": [{"name": "hydrogen capacity", "value": 5.9, "unit": "wt%"}]}).document(),
                    author="t", entry_id=f"note{k}")
    at = page_test(monkeypatch, tmp_path, "5_ELN_exchange.py").run()
    assert not at.exception
    picker = at.multiselect(key="eln_assign_ids")
    assert picker.label.startswith("2 entries without sample") and set(picker.options) >= {"Imported note 0 (note0)"}
    picker.set_value(["note0", "note1"])
    at.text_input(key="eln_assign_system").input("MgH2 + 5 wt% Nb2O5")
    at.run()
    at.button(key="eln_assign").click()
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    for k in range(2):
        (sample,) = repo.get(f"note{k}").document["samples"]
        assert sample["system"] == "MgH2 + 5 wt% Nb2O5" and sample["measurements"][0]["value"] == 5.9
    assert "assigned to 2 entries" in at.success[0].value
