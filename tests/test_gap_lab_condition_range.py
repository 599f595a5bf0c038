"""The gap report's lab rows (md, html, page: ``lab_value_text``) print a condition given as a range with both ends
('temperature 300–350 °C'), as the rest of the UI does (``conditions_text``); the upper end was dropped."""
from __future__ import annotations

import pytest

from ingest.entries.entry import entry_to_batch, load_entry


def _entry(*measurements):
    return load_entry({"id": "walk3", "title": "walk3", "author": "A. Researcher", "created": "2026-05-01",
                       "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Nb2O5", "measurements": list(measurements)}]})


@pytest.mark.parametrize("condition, shown", [
    ({"temperature": {"value": 300, "value_max": 350, "unit": "°C"}}, "temperature 300–350 °C"),
    ({"pressure": {"value": 0.3, "value_max": 0.5, "unit": "MPa"}}, "0.3–0.5 MPa"),
    ({"temperature": {"value": 300, "unit": "°C"}}, "temperature 300 °C")])     # near miss: one value, no range
def test_the_gap_report_s_lab_row_shows_a_range_s_upper_end(ontology_store, tmp_path, condition, shown):
    from app_pages import graph_of

    from kg.gaps.lab import compare
    from kg.gaps.read import read_rows
    from kg.store import open_store
    from ui.report.render import lab_value_text

    entry = _entry({"property": "hydrogen capacity", "value": 6.2, "unit": "wt%", "conditions": condition})
    data = graph_of(ontology_store, tmp_path / "d", entry_to_batch(entry, 1))
    with open_store("ladybug", data_dir=data) as store:
        rows = read_rows(store)
    (lab,) = compare(rows["systems"], rows["measurements"])
    assert shown in lab_value_text(lab), lab_value_text(lab)
    if "–" not in shown:
        assert "–" not in lab_value_text(lab)
