"""The app's own reads (the analog index, the gap report, the plots' points) are not a user's query: they read
every measurement, and the 100,000 rows a console query may answer were passed by a graph with 10,000 lab
entries — the Analogs page, `hkg analogs` and the JSON API then answered 'the query answers more than 100,000
rows'. Shown here with the bound lowered below the literature graph's size."""
from __future__ import annotations

import pytest


def test_the_analog_index_gap_rows_and_plot_points_read_past_a_users_row_bound(store, monkeypatch):
    import kg.store
    from kg.analogs.reader import read_rows as analog_rows
    from kg.gaps.read import read_rows as gap_rows
    from kg.plot_points import read_points
    from kg.store import StoreError

    monkeypatch.setattr(kg.store, "MAX_QUERY_ROWS", 200)
    with pytest.raises(StoreError, match="more than 200 rows"):      # a user's query is still bounded
        store.query("MATCH (m:Measurement) RETURN m.id AS id")
    systems, cols, _ = analog_rows(store)
    assert len(systems) > 200 and len(cols["value"]) > 200
    assert len(gap_rows(store)["systems"]) > 200
    assert len(read_points(store, ["hydrogen_capacity", "onset_dehydrogenation_temperature"])) > 0
