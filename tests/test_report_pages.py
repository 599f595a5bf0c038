"""The PDF gap report checked as page images (pypdfium2): A4 landscape pages that are full (no
near-empty page but the last), nothing printed below the minimum font size (heat-map labels are text
in the PDF, so their printed size is measured too), a map too tall for a page split into parts, and
contradictions as a compact table citing sources by key, not by a DOI repeated in every row."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kg.gaps import compute_report
from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.model import GraphVersion
from ontology.vocabulary import vocabulary

pdfium = pytest.importorskip("pypdfium2")
raw = pytest.importorskip("pypdfium2.raw")
# Renders a 40-system gap report to PDF (WeasyPrint) and its pages to images: seconds; the quick suite
# renders one small report (tests/test_gaps.py).
pytestmark = pytest.mark.slow

DOI = "doi:10.9999/pages-test"
FILL = 0.5            # share of a page's content height between its first and last ink
SCALE = 50 / 72       # render at 50 dpi: enough to see ink, quick


@pytest.fixture(scope="module")
def report():
    vocab = vocabulary()
    hosts = [t for t in vocab.terms("Material") if t.formula and "H" in t.formula][:40]
    strategies = [t.id for t in vocab.terms("Strategy")][:12]
    systems, measurements = [], []
    for i, h in enumerate(hosts):
        sid = f"s{i}"
        systems.append(SystemRow(id=sid, name=f"{h.formula}–X{i}", host=h.id, host_formula=h.formula,
                                 strategies=[strategies[i % 12], strategies[(i * 5) % 12]],
                                 additive_classes=["Metal"], sources=[DOI]))
        for k, prop in enumerate(("onset_dehydrogenation_temperature", "dehydrogenation_activation_energy")):
            measurements.append(MeasurementRow(
                id=f"m{i}-{k}", system=sid, property=prop, value=150.0 + 7 * i + 40 * k, value_max=None,
                unit=vocab.property(prop).unit, source=DOI, source_kind="publication", refs=[str(i)],
                section="2.1"))
    # the same systems reported again by the same paper's table, far off: table-versus-text contradictions
    for i in range(12):
        measurements.append(MeasurementRow(
            id=f"t{i}", system=f"s{i}", property="onset_dehydrogenation_temperature", value=400.0 + i,
            value_max=None, unit="degC", source=DOI, source_kind="publication", refs=[str(i)],
            table="Table 1", row=i + 1, section="2.1"))
    version = GraphVersion(backend="fixture", ontology_version="t", counts={"systems": len(systems)},
                           content_hash="pages", generated=datetime.now(UTC), app_version="t")
    return compute_report(systems, measurements, version=version)


@pytest.fixture(scope="module")
def pdf_pages(report, tmp_path_factory):
    from ui.report.render import render

    folder = tmp_path_factory.mktemp("pages")
    (folder / "report.pdf").write_bytes(render(report, "pdf"))
    doc = pdfium.PdfDocument(str(folder / "report.pdf"))
    images = []
    for n, page in enumerate(doc, 1):
        image = page.render(scale=SCALE).to_pil().convert("L")
        image.save(folder / f"page-{n:02d}.png")       # for a person to look at when a check fails
        images.append(image)
    return doc, images


def _fill(image) -> float:
    """Share of the content area (inside the 0.5 in margins, above the page number) between the
    first and the last row with ink."""
    w, h = image.size
    margin = round(0.5 * 50)
    top, bottom = margin, h - margin
    px = image.load()
    ink = [y for y in range(top, bottom) if any(px[x, y] < 200 for x in range(margin, w - margin, 2))]
    return (ink[-1] - ink[0]) / (bottom - top) if ink else 0.0


def test_pages_are_a4_landscape_and_full(pdf_pages):
    doc, images = pdf_pages
    assert len(images) >= 3
    for page in doc:
        w, h = page.get_size()
        assert w == pytest.approx(842, abs=2) and h == pytest.approx(595, abs=2)
    fills = [round(_fill(im), 2) for im in images]
    assert all(f >= FILL for f in fills[:-1]), fills
    assert fills[-1] > 0, fills


def _glyph_sizes(page) -> list[float]:
    """Printed size (pt) of every visible character: its font size times the scale of its matrix."""
    text = page.get_textpage()
    out = []
    for i in range(text.count_chars()):
        if chr(raw.FPDFText_GetUnicode(text, i)).isspace():
            continue
        m = raw.FS_MATRIX()
        raw.FPDFText_GetMatrix(text, i, m)
        out.append(raw.FPDFText_GetFontSize(text, i) * abs(m.a * m.d - m.b * m.c) ** 0.5)
    return out


def test_nothing_is_printed_below_the_minimum_font_size(pdf_pages):
    from ui.report.render import MIN_FONT_PT

    doc, _ = pdf_pages
    sizes = [s for page in doc for s in _glyph_sizes(page)]
    assert sizes and min(sizes) >= MIN_FONT_PT - 0.05, sorted(sizes)[:5]


def test_heat_maps_are_text_and_a_tall_map_is_split(pdf_pages, report):
    doc, _ = pdf_pages
    text = "\n".join(page.get_textpage().get_text_range() for page in doc)
    # 40 hosts: more rows than a page holds, so the map comes in parts (the first under the title)
    assert "host × strategy (part 1 of " in text and "host × strategy (part 2 of " in text
    # the row labels of the map are searchable text (they were unreadable pixels before)
    assert "MgH2" in text or any(t.formula in text for t in vocabulary().terms("Material") if t.formula)


def test_contradictions_cite_the_source_by_key_not_by_a_doi_per_row(pdf_pages, report):
    doc, _ = pdf_pages
    assert any(c.origin == "table_vs_text" for c in report.contradictions)
    text = "\n".join(page.get_textpage().get_text_range() for page in doc)
    assert text.count(DOI) == 1 and "S1 = " + DOI in text       # once, in the list of sources
    assert "S1 Table 1 row 1 [0]" in text and "S1 §2.1 [0]" in text
