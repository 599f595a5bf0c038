"""The gap report's Markdown and HTML give a property by its label and a unit as printed, as the page does:
the lab-versus-literature rows said 'onset_dehydrogenation_temperature' and the gaps' examples '50 degC'."""
from __future__ import annotations

from test_gaps import rows  # noqa: F401  (the fixture graph: gaps, a contradiction, a lab value)

from kg.gaps import compute_report


def _report(rows):  # noqa: F811
    systems, measurements, _ = rows
    return compute_report(systems, measurements)


def test_markdown_names_properties_by_label_and_prints_units(rows):  # noqa: F811
    from ui.report.render import to_markdown

    md = to_markdown(_report(rows))
    lab = md.split("## Lab versus literature", 1)[1]
    assert "| onset dehydrogenation temperature |" in lab, lab
    contradictions = md.split("## Contradictions", 1)[1].split("##", 1)[0]
    assert "dehydrogenation activation energy:" in contradictions, contradictions
    assert "_temperature" not in md and "_energy" not in md
    gaps = md.split("## Gaps ranked by promise", 1)[1].split("\n## ", 1)[0]
    assert "°C" in gaps and "degC" not in gaps, gaps


def test_html_names_properties_by_label(rows):  # noqa: F811
    from ui.report.render import to_html

    html = to_html(_report(rows))
    assert "onset dehydrogenation temperature" in html and "onset_dehydrogenation_temperature" not in html
    assert "degC" not in html
