"""Derived and computed values are shown with number_text's significant digits everywhere a page or the
report shows them (7.66 wt %, not 7.6602345); the stored value keeps its full precision."""
from __future__ import annotations

import pytest


def test_derived_rows_show_values_and_conditions_to_four_significant_digits():
    from ui.app.lab_entry import derived_rows

    (row,) = derived_rows([{"property": "hydrogen_capacity", "value": 7.6602345, "unit": "wt%",
                            "method": "PCT plateau", "derived_from": "pct_300C.csv",
                            "conditions": {"temperature": {"value": 300.0, "unit": "degC"},
                                           "pressure": {"value": 0.7352941176, "unit": "MPa"}}}])
    assert row["value"] == "7.66"
    assert row["conditions"] == "temperature 300 °C, pressure 0.7353 MPa"
    (ranged,) = derived_rows([{"property": "hydrogen_capacity", "value": 5.123456, "value_max": 6.987654,
                               "unit": "wt%"}])
    assert ranged["value"] == "5.123–6.988"


def test_a_table_cell_shows_a_float_to_its_significant_digits_and_leaves_counts_alone():
    from ui.app.display import blank

    assert blank(1934.6789) == "1935" and blank(7.28342) == "7.283" and blank(0.000123456) == "1.235 × 10⁻⁴"
    assert blank(3) == 3 and blank(None) == "" and blank("MgH2") == "MgH2"


def test_the_report_shows_values_and_spreads_to_their_significant_digits():
    from ui.report.render import value_text

    assert value_text({"value": 7.6602345, "source": "lab:x"}, "wt%") == "7.66 wt % (lab:x)"
    assert value_text({"value": 180.0, "value_max": 212.345678, "source": "s1"}, "degC") == "180–212.3 °C (s1)"


MGH2 = {"title": "MgH2 capacity with many digits", "author": "A. Tester",
        "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Nb2O5",
                     "measurements": [{"property": "hydrogen_capacity", "value": 6.60023456, "unit": "wt%"}]}]}


@pytest.mark.slow   # an entry added on a copy of the built graph, then its Sources page
def test_the_sources_page_shows_a_lab_value_rounded_and_the_entry_keeps_it_whole(literature_graph, tmp_path,
                                                                                 monkeypatch):
    from app_pages import sources_page_of_a_new_entry
    from state_reset import reset_store_cache

    nb, at = sources_page_of_a_new_entry(monkeypatch, literature_graph, tmp_path, MGH2, "mg-digits")
    at.run()
    assert not at.exception, at.exception
    (facts,) = [df.value for df in at.dataframe if "property" in df.value.columns and "refs" in df.value.columns]
    assert list(facts["value"]) == ["6.6"]
    assert nb.get("mg-digits").document["samples"][0]["measurements"][0]["value"] == 6.60023456
    reset_store_cache()
