"""Pages read like a lab tool (issue 16): ontology labels instead of keys, typographic units, blank
cells instead of None, and the Sources page opening on the literature (Streamlit AppTest)."""
from __future__ import annotations

import re

import pytest
from app_pages import page_test, shown_text

from ui.app.display import blank, conditions_text, property_label, quantity_text, term_label, unit_text, units_in_text


@pytest.mark.parametrize("unit, shown", [
    ("degC", "°C"), ("kJ/mol", "kJ mol⁻¹"), ("mS/cm", "mS cm⁻¹"), ("wt%", "wt %"), ("mAh/g", "mAh g⁻¹"),
    ("J/(mol*K)", "J mol⁻¹ K⁻¹"), ("m**2/g", "m² g⁻¹"), ("mA/cm2", "mA cm⁻²"), ("1/h", "h⁻¹"),
    ("uS/cm", "µS cm⁻¹"), ("wt%/min", "wt % min⁻¹"), ("dimensionless", ""), (None, ""),
    ("kJ mol-1", "kJ mol-1"),                 # a spelling it does not follow is shown as it is
])
def test_units_are_shown_in_typographic_form(unit, shown):
    assert unit_text(unit) == shown


def test_every_canonical_unit_of_the_ontology_has_a_typographic_form():
    from ontology.vocabulary import vocabulary

    for t in vocabulary().terms():
        if t.unit:
            shown = unit_text(t.unit)
            assert "deg" not in shown and "/" not in shown and "**" not in shown, (t.key, shown)


def test_terms_and_keys_are_shown_by_their_labels():
    assert property_label("onset_dehydrogenation_temperature") == "onset dehydrogenation temperature"
    assert term_label("CationSubstitution") == "cation substitution"
    assert term_label("MagnesiumHydride") == "MgH2"
    assert term_label(None) == "" and blank(None) == "" and blank(float("nan")) == ""
    assert conditions_text({"temperature": 300.0, "time": 10}) == "temperature 300 °C, time 10 min"
    assert quantity_text("±30 degC") == "±30 °C" and quantity_text("10%") == "10%"
    assert units_in_text("21.65 mA/cm2 at 25 degC, 6.5 wt% H2") == "21.65 mA cm⁻² at 25 °C, 6.5 wt % H2"


# ------------------------------------------------------------------------------------- Sources
@pytest.fixture(scope="module")
def lab_note(data_dir):
    """A lab entry added after the literature (the newest source, 0 literature facts): the page
    must still open on the review. Added before any page opens the module's graph."""
    from kg.notebook import LabNotebook
    from kg.store import open_store
    from ui.app import record

    checked = record.check(record.build_document({"title": "A newer note", "author": "A. Researcher",
                                                  "n_samples": 1, "s0_system": "MgH2", "s0_n_meas": 0}))
    assert checked.entry is not None, checked.errors
    with open_store("ladybug", data_dir=data_dir) as store:
        entry_id, _, _ = record.save(checked.entry, author="tester", notebook=LabNotebook(data_dir, store=store))
        counts = {r["id"]: r["n"] for r in store.query(
            "MATCH (m:Measurement) RETURN m.source_id AS id, count(m) AS n")}
        kinds = {r["id"]: r["kind"] for r in store.query("MATCH (s:Source) RETURN s.id AS id, s.kind AS kind")}
    return f"lab:{entry_id}", counts, kinds


def _shown(at) -> str:
    parts = [df.value.to_string() for df in at.dataframe]
    parts += [shown_text(e.label) for e in at.expander]
    parts += [str(getattr(e, "value", "")) for e in [*at.markdown, *at.caption, *at.metric]]
    return "\n".join(parts)


def test_sources_page_opens_on_the_literature_source_with_most_facts(lab_note, data_dir, monkeypatch):
    lab_id, counts, kinds = lab_note
    at = page_test(monkeypatch, data_dir, "4_Sources.py").run()
    assert not at.exception, at.exception
    box = at.selectbox(key="source_choice")
    biggest = max((i for i, k in kinds.items() if k == "publication"), key=lambda i: counts.get(i, 0))
    assert box.value == biggest and box.value != lab_id
    # the list names each source's fact count
    assert all(re.search(r"· [\d,]+ facts?$", o) for o in box.options), box.options
    assert [m.label for m in at.metric] == ["Measurements", "Material systems", "References"]
    (listing,) = [df.value for df in at.dataframe if "facts" in df.value.columns]
    assert listing["facts"].iloc[0] == counts[biggest] and lab_id in set(listing["id"])
    # sections carry their titles when the text is here; the main tables show words, not keys
    shown = _shown(at)
    assert "onset_dehydrogenation_temperature" not in shown and "degC" not in shown
    assert not re.search(r"\bNone\b|\bnan\b", shown), shown[:2000]
    assert "°C" in shown


def test_sources_page_names_sections_by_their_titles(lab_note, data_dir, monkeypatch):
    from ingest.documents.source_texts import source_text, text_dirs

    at = page_test(monkeypatch, data_dir, "4_Sources.py").run()
    found = source_text(at.selectbox(key="source_choice").value, text_dirs(data_dir))
    if found is None:
        pytest.skip("the review's text is not on this machine")
    from ingest.documents.document import parse_document

    titles = {s.number: s.title for s in parse_document(found[1]).sections}
    heads = [shown_text(e.label) for e in at.expander if shown_text(e.label).startswith("§ ")]
    assert heads
    for head in heads:
        number = head.split()[1]
        assert head.startswith(f"§ {number} {titles[number]} · "), head


def test_sources_page_opens_on_the_source_a_link_names(lab_note, data_dir, monkeypatch):
    lab_id, _, _ = lab_note
    at = page_test(monkeypatch, data_dir, "4_Sources.py")
    at.query_params["source"] = lab_id
    at.run()
    assert not at.exception
    assert at.selectbox(key="source_choice").value == lab_id


# ------------------------------------------------------------------------------------- Gap report
@pytest.mark.slow   # page runs that each compute the gap report of the whole graph
def test_gap_report_is_built_once_per_filters_and_graph_version(lab_note, data_dir, monkeypatch):
    import streamlit as st

    import kg.gaps

    st.cache_data.clear()
    calls, build = [], kg.gaps.build_report
    monkeypatch.setattr(kg.gaps, "build_report", lambda *a, **k: calls.append(1) or build(*a, **k))
    at = page_test(monkeypatch, data_dir, "3_Gap_report.py").run()
    assert not at.exception, at.exception
    assert calls == [1]
    assert not at.get("progress")                   # no finished progress bar left on screen
    at.run()                                        # a click that changes no filter
    assert calls == [1] and not at.exception
    at.text_input[0].set_value("some project").run()   # another filter set: built again
    assert calls == [1, 1]
    at.text_input[0].set_value("").run()               # back to the first: from the cache
    assert calls == [1, 1]
    shown = "\n".join(df.value.to_string() for df in at.dataframe)
    assert not re.search(r"\bNone\b|\bnan\b|\bdegC\b", shown), shown[:3000]
    assert "onset_dehydrogenation_temperature" not in shown


# ------------------------------------------------------------------------- other pages' tables
def _tables(at) -> str:
    return "\n".join(t.value.to_string() for t in [*at.dataframe, *at.table])


@pytest.mark.parametrize("name", ["Home.py", "6_Review_facts.py"])
def test_pages_show_words_not_keys(name, lab_note, data_dir, monkeypatch):
    at = page_test(monkeypatch, data_dir, name).run()
    assert not at.exception, at.exception
    shown = _tables(at)
    assert shown
    assert not re.search(r"\bNone\b|\bnan\b|\bdegC\b|kJ/mol|mS/cm", shown), shown[:3000]
    from ontology.vocabulary import vocabulary

    keys = [k for k in vocabulary().property_keys() if "_" in k]
    assert not [k for k in keys if k in shown], shown[:3000]
    assert at.title


def test_home_metrics_are_consistent_plurals(data_dir, monkeypatch):
    at = page_test(monkeypatch, data_dir, "Home.py").run()
    assert [m.label for m in at.metric] == ["Material systems", "Measurements", "Sources", "Materials"]


def test_the_toolbar_is_minimal_for_lab_users():
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / ".streamlit" / "config.toml").read_text())
    assert config["client"]["toolbarMode"] == "minimal"
    assert "cd " not in (root / "Makefile").read_text().split("streamlit run")[0].splitlines()[-1]


@pytest.mark.slow   # computes the gap report of the whole graph in a page run (test_local_mode_shows_every_page_without_sign_in runs the page too)
def test_gap_report_page_shows_each_value_with_its_place_and_evidence(lab_note, data_dir, monkeypatch):
    """The contradictions and gaps tables give every value's source, place, refs and the evidence
    sentence (or how to supply the source's text)."""
    from ingest.documents.source_texts import source_text, text_dirs

    at = page_test(monkeypatch, data_dir, "3_Gap_report.py").run()
    assert not at.exception, at.exception
    frames = [df.value for df in at.dataframe]
    (contradictions,) = [f for f in frames if "spread" in f.columns]
    (gaps,) = [f for f in frames if "promise" in f.columns]
    text_here = source_text("doi:10.1002/adfm.202425155", text_dirs(data_dir)) is not None
    for frame in (contradictions, gaps):
        shown = "\n".join(frame["evidence"])
        assert "doi:10.1002/adfm.202425155" in shown and re.search(r"(Table \d+ row \d+|§\d)", shown)
        assert ("“" in shown or "row: " in shown) if text_here else "HKG_SOURCE_TEXT_DIRS" in shown
