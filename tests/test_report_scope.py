"""A gap report narrowed by host family, property or application answers for that scope only: the
source's table-versus-text notes about other hosts' values stay out (graphs of our own)."""
from __future__ import annotations

from kg.gaps import ReportFilters, compute_report
from kg.gaps.facts import MeasurementRow, SystemRow

SOURCE = "doi:10.0/invented"


def _system(sid, name, host, formula):
    return SystemRow(id=sid, name=name, host=host, host_formula=formula, sources=[SOURCE])


def _value(mid, system, prop, value, unit, table, row):
    return MeasurementRow(id=mid, system=system, property=prop, value=value, value_max=None, unit=unit,
                          source=SOURCE, source_kind="publication", table=table, row=row)


def _note(row, text, kind="table_vs_prose_host"):
    return {"id": f"c{row}", "kind": kind, "description": text, "candidates": ["a", "b"], "chosen": "b",
            "source_id": SOURCE, "tbl": "Table 7", "row": row, "refs": []}


SYSTEMS = [_system("m", "MgH2–5 wt% Co", "MagnesiumHydride", "MgH2"),
           _system("b", "LiBH4–KI", "LithiumBorohydride", "LiBH4")]
VALUES = [_value("1", "m", "dehydrogenation_activation_energy", 90.0, "kJ/mol", "Table 7", 2),
          _value("2", "m", "onset_dehydrogenation_temperature", 250.0, "degC", "Table 7", 2),
          _value("3", "b", "ionic_conductivity", 0.2, "mS/cm", "Table 7", 5)]
NOTES = [_note(2, "row 2 of our table: host moved"), _note(5, "row 5 of our table: unit", "table_unit_vs_text")]


def _notes(**filters):
    report = compute_report(SYSTEMS, VALUES, conflicts=NOTES, filters=ReportFilters(**filters))
    return [c.system for c in report.contradictions]


def test_a_family_report_keeps_only_the_notes_on_its_own_values():
    assert _notes(host_family="MagnesiumHydride") == ["row 2 of our table: host moved"]
    assert _notes(host_family="LithiumBorohydride") == ["row 5 of our table: unit"]


def test_a_property_or_application_report_keeps_only_the_notes_on_its_values():
    assert _notes(property="ionic_conductivity") == ["row 5 of our table: unit"]
    assert _notes(application="HydrogenStorage") == ["row 2 of our table: host moved"]


def test_a_family_without_any_noted_value_shows_no_note():
    assert _notes(host_family="LithiumAlanate") == []


def test_an_unfiltered_report_keeps_every_note():
    # near miss: no filter narrows the values, so every note of the source is shown
    assert len(_notes()) == 2 and len(_notes(source=SOURCE)) == 2


def _markdown(**filters):
    from ui.report.render import render

    return render(compute_report(SYSTEMS, VALUES, conflicts=NOTES, filters=ReportFilters(**filters)), "md")


def test_the_markdown_report_lists_notes_apart_from_contradicting_values():
    text = _markdown()
    contradictions = text.split("## Contradictions", 1)[1].split("\n## ", 1)[0]
    assert "row 2 of our table" not in contradictions and "spread 0" not in text
    assert "No contradictions beyond tolerance." in contradictions
    notes = text.split("## The source's table against its own text", 1)[1].split("\n## ", 1)[0]
    assert "- row 2 of our table: host moved — readings: a, b; kept: b" in notes
    assert "table/prose hosts" not in text       # a unit note is not about hosts


def test_a_report_without_notes_has_no_notes_heading():
    assert "table against its own text" not in _markdown(host_family="LithiumAlanate")


def test_the_gap_report_page_shows_notes_apart_from_contradicting_values(data_dir, monkeypatch):
    from app_pages import page_test

    at = page_test(monkeypatch, data_dir, "3_Gap_report.py").run()
    assert not at.exception, at.exception
    frames = [df.value for df in at.dataframe]
    (contradictions,) = [f for f in frames if "spread" in f.columns]
    (notes,) = [f for f in frames if "kept" in f.columns]
    assert not contradictions["values"].str.contains("table/prose hosts").any()
    assert notes["note"].str.contains("Table 1 row 15").any()       # the review's VNbc host note


def _ea(mid, value, refs, baseline):
    return MeasurementRow(id=mid, system="m", property="dehydrogenation_activation_energy", value=value,
                          value_max=None, unit="kJ/mol", source=SOURCE, source_kind="publication", refs=refs,
                          baseline=baseline)


def test_disagreeing_reference_values_say_they_are_each_study_s_unmodified_host():
    from kg.gaps.contradictions import find_contradictions

    (c,) = find_contradictions(SYSTEMS, [_ea("a", 120.0, ["1"], True), _ea("b", 165.0, ["2"], True)])
    assert any(x.startswith("all are reference values") for x in c.caveats)
    # near miss: two modified samples that disagree are not called reference values
    (d,) = find_contradictions(SYSTEMS, [_ea("a", 60.0, ["1"], False), _ea("b", 95.0, ["2"], False)])
    assert not any("reference" in x for x in d.caveats)


def test_the_gap_report_page_renders_its_html_only_when_asked(data_dir, monkeypatch):
    # The HTML (matplotlib heat maps) took most of the page's first view; it is made at the click.
    import streamlit as st
    from app_pages import page_test

    from ui.report import render

    made = []
    monkeypatch.setitem(render.RENDERERS, "html", lambda report: made.append(report) or "<html></html>")
    st.cache_data.clear()                # a report rendered by an earlier test would hide the call
    at = page_test(monkeypatch, data_dir, "3_Gap_report.py").run()
    assert not at.exception, at.exception
    assert made == []
    assert any(b.label == "HTML" for b in at.get("download_button"))
