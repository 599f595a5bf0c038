"""PDF papers: journal-like PDFs made here with WeasyPrint from text written for these tests
(``ingest.documents.pdf.synthetic``: two columns, running header and footer, page numbers, a line-number
margin, tables with merged header cells, sub/superscripts, a figure caption between paragraphs,
a numbered reference list) must give the same facts as their source text; bad PDFs get a clear
message, never a traceback."""
from __future__ import annotations

import base64
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest

from ingest.documents.pdf import PdfError, ScannedPdfError, read_pdf, synthetic

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 6            # result sections: three pages, paragraphs running across page breaks
PAGES = 3


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    d = tmp_path_factory.mktemp("journal")
    paper = synthetic.paper(repeat=REPEAT)
    (d / "paper.md").write_text(paper.markdown, encoding="utf-8")
    synthetic.write_pdf(paper.html, d / "paper.pdf")
    return d


def _fact(m) -> tuple:
    return (m.property, round(m.value, 6), None if m.value_max is None else round(m.value_max, 6), m.unit,
            m.system.name, tuple(sorted((k, round(v, 6)) for k, v in m.conditions.items())),
            m.source.table is not None)


def test_facts_from_the_pdf_match_those_from_its_source_text(journal):
    from ingest.extract import extract_file

    from_text = Counter(_fact(m) for m in extract_file(journal / "paper.md").measurements)
    from_pdf = Counter(_fact(m) for m in extract_file(journal / "paper.pdf").measurements)
    only_text, only_pdf = from_text - from_pdf, from_pdf - from_text
    print(f"\n{sum(from_text.values())} facts from the text, {sum(from_pdf.values())} from the PDF")
    for f in sorted(only_text, key=str):
        print("  only in the text:", f)
    for f in sorted(only_pdf, key=str):
        print("  only in the PDF: ", f)
    assert sum(from_text.values()) >= 50          # the comparison means something
    assert not only_text and not only_pdf


@pytest.mark.slow   # renders and reads a PDF per layout
@pytest.mark.parametrize("layout", [{"columns": 1}, {"blocks": True, "rules": "none"}, {"rules": "midrule"},
                                    {"rules": "none", "columns": 1}],
                         ids=["one column", "sans, block paragraphs, tables without rules",
                              "tables with only a midrule", "one column, tables without rules"])
def test_other_layouts_give_the_same_facts(journal, tmp_path, layout):
    """A ragged-right single column (no gutter, no justification), two columns in a sans-serif
    face (its scripts barely smaller; a row of the left column beside smaller reference-list type
    on the right) with paragraphs apart by space and references numbered '1.', and tables set
    without rules (or with only the rule under the header), found by their columns under the
    caption: the same facts as the text."""
    from ingest.extract import extract_file

    pdf = synthetic.write_pdf(synthetic.html(REPEAT, **layout), tmp_path / "other.pdf")
    from_text = Counter(_fact(m) for m in extract_file(journal / "paper.md").measurements)
    from_pdf = Counter(_fact(m) for m in extract_file(pdf).measurements)
    for f in sorted((from_text - from_pdf) + (from_pdf - from_text), key=str):
        print("  differs:", f, "(text)" if f in from_text else "(PDF)")
    assert from_text == from_pdf
    md = read_pdf(pdf).markdown
    assert "\n## 1. Introduction\n" in md and "\n**Table 2.** Ionic conductivity" in md
    assert "\n- [13] Q. Author, *ACS Energy Lett.* **2020**, 5, 150.\n" in md
    # the tables' rows under their header cells (a merged cell qualifies the cells under it)
    assert ("Hydride\tCatalyst\tDoping ratio (wt%)\tonset Dehydrogenation temperature (°C)\t"
            "peak Dehydrogenation temperature (°C)\tRefs.\nMgH<sub>2</sub>\tTiF<sub>3</sub>\t5\t220\t275\t[6]\n"
            "\tNb<sub>2</sub>O<sub>5</sub>\t5\t185\t250\t[2]\n") in md
    assert "Electrolyte\tConductivity [mS cm<sup>-1</sup>]\tTemperature [°C]\tRefs.\nLiBH<sub>4</sub>–LiI\t1.0\t25\t[7]\n" in md


def test_layout_is_read_as_the_extractor_expects(journal):
    md = read_pdf(journal / "paper.pdf").markdown
    # running header/footer, page numbers, line numbers and the rotated side note are gone
    for gone in ("www.example-journal.org", "Example Publishers", "345–356", "Downloaded from", "test reader"):
        assert gone not in md
    assert not [ln for ln in md.splitlines() if ln.strip().isdigit()]
    # reading order across the two columns; a paragraph continues across the column break and
    # around the figure; hyphenated line ends are joined; the ligature and U+2212 are normalised
    assert "hydrogen at 400 °C under 0.5 MPa of hydrogen back pressure.<sup>[5]</sup> Cycling" in md
    assert "significant" in md and "\ufb01" not in md and "\u2212" not in md
    assert "dehydrogena-" not in md and "onset dehydrogenation temperature to 185 °C" in md
    # sub/superscripts from glyph size and baseline; citation superscripts as [n]
    assert "MgH<sub>2</sub>" in md and "Li<sub>3</sub>(NH<sub>2</sub>)<sub>2</sub>I" in md
    assert "10<sup>-3</sup> S cm<sup>-1</sup>" in md and "<sup>[2,3]</sup>" in md
    # headings with their numbers, captions apart, tables under their captions, references
    for h in ("## 1. Introduction", "### 2.1. Hydrogen Storage", "### 2.2. Lithium-Ion Conduction",
              "## 3. Conclusions", "## References"):
        assert f"\n{h}\n" in md
    assert "\n**Figure 1.** Desorption curves" in md
    lines = md.splitlines()
    t1 = lines.index("**Table 1.** Dehydrogenation of catalysed hydrides.")
    assert lines[t1 + 2].split("\t") == ["Hydride", "Catalyst", "Doping ratio (wt%)",
                                         "onset Dehydrogenation temperature (°C)",
                                         "peak Dehydrogenation temperature (°C)", "Refs."]
    assert lines[t1 + 4].split("\t") == ["", "Nb<sub>2</sub>O<sub>5</sub>", "5", "185", "250", "[2]"]
    assert "- [13] Q. Author, *ACS Energy Lett.* **2020**, 5, 150." in lines


def test_pages_front_matter_and_references(journal):
    from ingest.paper import extract_paper

    paper = extract_paper(journal / "paper.pdf")
    src = paper.batch.sources[0]
    assert src.title == synthetic.TITLE and src.doi == synthetic.DOI and src.year == 2024
    assert src.authors == synthetic.AUTHORS
    assert len(paper.batch.references) == 13
    assert {r.year for r in paper.batch.references if r.key == "7"} == {2009}
    pages = {m.source.page for m in paper.batch.measurements}
    assert None not in pages and {1, 2} <= pages <= set(range(1, PAGES + 1))
    table_pages = {m.source.page for m in paper.batch.measurements if m.source.table}
    assert table_pages == {1}
    # the page of an offset is the page its block starts on
    last = paper.text.rindex("- [13]")
    assert paper.page_starts[-1][0] == last and paper.page_starts[-1][1] == PAGES


# ------------------------------------------------------------------------------ bad PDFs
def _pdf_bytes(journal) -> bytes:
    return (journal / "paper.pdf").read_bytes()


def _encrypted(journal, path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    for p in PdfReader(journal / "paper.pdf").pages:
        w.add_page(p)
    w.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    with open(path, "wb") as f:
        w.write(f)
    return path


def _zero_pages(path: Path) -> Path:
    from pypdf import PdfWriter

    with open(path, "wb") as f:
        PdfWriter().write(f)
    return path


def _scan(path: Path) -> Path:
    from PIL import Image, ImageDraw

    img = Image.new("L", (800, 1000), 255)
    ImageDraw.Draw(img).text((50, 50), "MgH2 released 7 wt% hydrogen at 300 C.", fill=0)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    synthetic.write_pdf(f'<html><body style="margin:0"><img src="{uri}" style="width:100%"></body></html>', path)
    return path


@pytest.mark.parametrize("kind, message", [
    ("garbage", "damaged or not a PDF"),
    ("truncated", "damaged"),
    ("encrypted", "encrypted with a password"),
    ("zero", "it has no pages"),
])
def test_bad_pdfs_get_a_clear_error(journal, tmp_path, capsys, kind, message):
    path = tmp_path / f"{kind}.pdf"
    if kind == "garbage":
        path.write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    elif kind == "truncated":
        data = _pdf_bytes(journal)
        path.write_bytes(data[: len(data) // 3])
    elif kind == "encrypted":
        _encrypted(journal, path)
    else:
        _zero_pages(path)
    with pytest.raises(PdfError, match=message) as err:
        read_pdf(path)
    assert str(path) in str(err.value)
    # the command line: one message, exit code 2, no traceback (main() in this process: an exception
    # escaping it would fail the test)
    from ui.cli import main

    capsys.readouterr()
    assert main(["extract", str(path), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


@pytest.mark.skipif(shutil.which("tesseract") is not None, reason="tesseract is installed: the scan is OCR'd")
def test_a_scan_without_tesseract_is_refused_with_the_fix(tmp_path):
    path = _scan(tmp_path / "scan.pdf")
    with pytest.raises(ScannedPdfError, match="a scan") as err:
        read_pdf(path)
    assert str(path) in str(err.value) and "ocrmypdf" in str(err.value) and "tesseract" in str(err.value)


def _ocr_paper() -> tuple[str, str]:
    """A one-page paper (its Markdown, its HTML): a heading, prose with formulas and units, a table
    without rules under its caption, a page number."""
    prose = [
        "Ball milling MgH<sub>2</sub> with 5 wt% Nb<sub>2</sub>O<sub>5</sub> lowered the onset "
        "dehydrogenation temperature to 185 °C.",
        "The LiBH<sub>4</sub>–MgH<sub>2</sub> composite released 9.8 wt% hydrogen at 400 °C.",
        "The apparent activation energy of MgH<sub>2</sub> with 5 wt% TiF<sub>3</sub> was 72 kJ/mol.",
        "The LiBH<sub>4</sub>–LiI solid solution reached an ionic conductivity of 0.9 mS/cm at 30 °C.",
    ]
    rows = [("MgH<sub>2</sub>–Ni", "230"), ("LiBH<sub>4</sub>–TiO<sub>2</sub>", "280"), ("MgH<sub>2</sub>–TiF<sub>3</sub>", "215")]
    md = "\n\n".join(["# Additives for light metal hydrides", "DOI: 10.5555/ocr.2025.0007",
                       "## 1. Results", *prose, "**Table 1.** Onset temperatures.",
                       "Sample\tOnset temperature (°C)\n" + "\n".join(f"{a}\t{b}" for a, b in rows)]) + "\n"
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = ("<html><head><style>@page { size: A4; margin: 25mm; "
            "@bottom-center { content: counter(page); font-size: 8pt } } body { font-family: 'DejaVu Serif'; "
            "font-size: 12pt; line-height: 1.4 } h1 { font-size: 18pt } h2 { font-size: 12pt } td, th "
            "{ padding: 2pt 14pt 2pt 0; text-align: left; font-weight: normal }</style></head><body>"
            "<h1>Additives for light metal hydrides</h1><p>DOI: 10.5555/ocr.2025.0007</p><h2>1. Results</h2>"
            + "".join(f"<p>{p}</p>" for p in prose)
            + "<p><b>Table 1.</b> Onset temperatures.</p><table><tr><th>Sample</th><th>Onset temperature (°C)</th></tr>"
            + cells + "</table></body></html>")
    return md, html


def _image_only(pdf: Path, path: Path, dpi: int = 300, title: str = "") -> Path:
    """The PDF's pages as images only (a scan: no text layer)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        images = [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:], title=title)
    return path


def _fact_core(m) -> tuple:
    return (m.property, round(m.value, 6), m.unit, m.system.name)


@pytest.mark.slow   # OCR run: tesseract over a rendered scan
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed (apt-get install tesseract-ocr)")
def test_a_scan_is_read_by_tesseract_into_the_same_facts(tmp_path, monkeypatch):
    """A generated text PDF rendered to images only (no text layer) is read by tesseract through
    the same layout (the heading, the table under its caption); formulas whose subscripts OCR
    misreads are repaired from the ontology. The facts match those of the source text, the
    differences listed; the page images are removed afterwards."""
    from ingest.extract import extract_text

    md, html = _ocr_paper()
    scan = _image_only(synthetic.write_pdf(html, tmp_path / "paper.pdf"), tmp_path / "scan.pdf",
                       title="Additives for light metal hydrides")
    made = []
    real = tempfile.TemporaryDirectory

    def tracked(*a, **kw):
        made.append(real(*a, **kw))
        return made[-1]
    monkeypatch.setattr(tempfile, "TemporaryDirectory", tracked)
    text = read_pdf(scan)
    assert made and not any(Path(t.name).exists() for t in made)          # the page images are removed
    assert text.page_at(0) == 1 and "\n## 1. Results\n" in text.markdown
    assert "**Table 1.** Onset temperatures.\n\nSample\tOnset temperature (°C)\nMgH2–Ni\t230\n" in text.markdown
    from_text = Counter(_fact_core(m) for m in extract_text(md).measurements)
    from_scan = Counter(_fact_core(m) for m in extract_text(text.markdown).measurements)
    for f in sorted((from_text - from_scan) + (from_scan - from_text), key=str):
        print("  differs:", f, "(text)" if f in from_text else "(scan)")
    assert sum(from_text.values()) >= 6
    assert from_text == from_scan


def test_the_ocr_repairs_formulas_and_units_only_where_the_ontology_allows():
    from ingest.documents.pdf.ocr import repair_formula, repair_unit

    assert [repair_formula(w) for w in ("MgH,", "Nb,O,", "LiBH,-MgH,", "Li,(BH,),I", "MgH2,", "TiO5")] == \
        ["MgH2", "Nb2O5", "LiBH4–MgH2", "Li4(BH4)3I", "MgH2,", "TiO2"]
    assert [repair_formula(w) for w in ("Lil", "Ti0,", "LiBH4-TiO2")] == ["LiI", "TiO2", "LiBH4–TiO2"]
    # read right, or several formulas fit (TiF3, TiF4), or none: as read; the one the paper names wins
    assert [repair_formula(w) for w in ("H", "Mg-H", "TiF,", "The", "MgH")] == ["H", "Mg-H", "TiF,", "The", "MgH"]
    assert repair_formula("TiF,", frozenset({"TiF3"})) == "TiF3"
    assert [repair_unit(w) for w in ("mol!", "cm™!,", "min~!", "moles")] == ["mol-1", "cm-1,", "min-1", "moles"]


@pytest.mark.slow
def test_a_long_pdf_in_bounded_time_and_memory(journal, tmp_path):
    """Pages are read one at a time: 100 pages (a thesis) stay within a time and a memory bound (the
    throughput itself is `hkg bench ingest`'s figure, not a test's)."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(journal / "paper.pdf")
    w = PdfWriter()
    while len(w.pages) < 100:
        for p in reader.pages:
            w.add_page(p)
    path = tmp_path / "long.pdf"
    with open(path, "wb") as f:
        w.write(f)
    # The peak resident memory of this process's own image (VmHWM): ru_maxrss would carry over the
    # high-water mark of the pytest process that forked it.
    code = ("import re, sys, time; from ingest.documents.pdf import read_pdf; t = time.perf_counter(); "
            "x = read_pdf(sys.argv[1]); hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()); "
            "print(x.pages, len(x.markdown), time.perf_counter() - t, hwm.group(1))")
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr
    pages, chars, seconds, max_rss_kb = run.stdout.split()
    print(f"\n100 pages: {float(seconds):.1f} s, peak memory {int(max_rss_kb) / 1024:.0f} MB, "
          f"{int(chars)} characters of Markdown")
    assert int(pages) == len(w.pages) >= 100 and int(chars) > 30 * len(synthetic.TITLE)
    assert int(max_rss_kb) < 200 * 1024          # about 50 MB measured here (300 pages: 49 MB)
    assert time.perf_counter() - t0 < 150


# ------------------------------------------------------------------------------ surfaces
@pytest.mark.slow   # ingest run: a folder of papers in a child process with two workers, then resumed
def test_folder_ingest_reports_each_paper_lists_failures_and_resumes(journal, tmp_path, capsys):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(journal / "paper.pdf", folder / "journal.pdf")
    shutil.copy(ROOT / "tests" / "fixtures" / "doc_sample.md", folder / "sample.md")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really")
    data = tmp_path / "kg"
    cmd = [sys.executable, "-m", "ui.cli", "ingest", str(folder), "--data-dir", str(data), "--workers", "2"]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    out = run.stdout
    assert "ingested" in out and "journal.pdf" in out and "sample.md" in out
    assert "3 papers: 2 ingested, 0 skipped (unchanged), 1 failed" in out
    assert "broken.pdf" in run.stderr and "damaged" in run.stderr
    kept = data / "texts" / "doi_10.5555_jhr.2024.0042.pages.json"
    assert kept.is_file()
    # the re-run in this process (the first ran the command end to end)
    from ui.cli import main

    assert main(cmd[3:]) == 1
    again = capsys.readouterr()
    assert "3 papers: 0 ingested, 2 skipped (unchanged), 1 failed" in again.out, again.out + again.err

    from ui.api import HydrideKG

    with HydrideKG(data_dir=str(data)) as hkg:
        n = hkg.query("MATCH (m:Measurement) WHERE m.source_id = $s RETURN count(m) AS n",
                      {"s": f"doi:{synthetic.DOI}"})[0]["n"]
        assert n > 50
        # the Python API: a paper again is skipped unless forced
        result = hkg.ingest(folder / "journal.pdf")
        assert result[0].status == "skipped"
        forced = hkg.ingest(folder / "journal.pdf", force=True)
        assert forced[0].status == "ingested" and forced[0].pages == PAGES


def test_uploaded_pdfs_are_checked_and_read(journal):
    from kg import paper_upload as papers
    from kg.paper_ingest import MAX_PDF_BYTES, PaperError

    pages = []
    text, pdf = papers.read_pdf_upload("paper.pdf", _pdf_bytes(journal), lambda d, t: pages.append((d, t)))
    assert pages == [(n, PAGES) for n in range(1, PAGES + 1)]
    assert "## 1. Introduction" in text and pdf.page_at(len(text) - 1) == PAGES
    with pytest.raises(PaperError, match="more than a paper"):
        papers.read_pdf_upload("big.pdf", b"0" * (MAX_PDF_BYTES + 1))
    with pytest.raises(PaperError, match="^upload.pdf|'upload.pdf'"):
        papers.read_pdf_upload("upload.pdf", b"%PDF-1.4 nothing")


def test_kept_pdf_text_gives_the_page_of_an_offset(journal, tmp_path):
    from ingest.paper import extract_paper
    from kg.paper_texts import keep_text, page_of
    from kg.paper_upload import preview

    paper = extract_paper(journal / "paper.pdf")
    kept = keep_text(paper.batch.sources[0].id, paper.text, tmp_path, paper.page_starts)
    refs = paper.text.index("## References")
    assert page_of(kept, 0) == 1 and page_of(kept, refs) == PAGES
    rows = preview(paper.batch)
    assert rows and all(1 <= r["page"] <= PAGES for r in rows)
    # a Markdown paper kept later under the same id drops the stale page map
    keep_text(paper.batch.sources[0].id, "# plain", tmp_path)
    assert page_of(kept, 0) is None


def test_bench_ingest_reports_papers_per_minute_and_stage_shares(journal, tmp_path, capsys):
    import json

    from ui.cli import main

    shutil.copy(journal / "paper.pdf", tmp_path / f"synthetic-{PAGES}p.pdf")     # reuse: no second render
    capsys.readouterr()
    assert main(["bench", "ingest", "--papers", "1", "--pages", str(PAGES), "--data-dir", str(tmp_path),
                 "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["pages_per_paper"] == PAGES and r["papers_per_minute"] > 0
    assert set(r["share"]) == {"parse", "extract", "load"} and abs(sum(r["share"].values()) - 1) < 1e-6
    assert r["seconds_per_20_pages"] > 0 and r["target_seconds_per_20_pages"] == 10.0


@pytest.mark.slow   # ingests a PDF into a graph, then runs the Sources page
def test_sources_page_shows_the_pdf_page_of_each_evidence_sentence(journal, tmp_path, monkeypatch):
    from app_pages import page_test

    from ui.api import HydrideKG

    with HydrideKG(data_dir=str(tmp_path)) as hkg:
        assert hkg.ingest(journal / "paper.pdf", data_dir=tmp_path)[0].status == "ingested"
    at = page_test(monkeypatch, tmp_path, "4_Sources.py", timeout=120)
    at.run()
    assert not at.exception
    at.selectbox[0].select(f"doi:{synthetic.DOI}").run()
    frames = [d.value for d in at.dataframe if "evidence" in d.value.columns]
    assert frames and all("page" in f.columns for f in frames)
    pages = {int(p) for f in frames for p in f["page"]}
    assert {1, 2} <= pages
    row = next(r for f in frames for _, r in f.iterrows() if "185" in r["evidence"])
    assert row["page"] == 1


def test_a_grid_table_and_an_unruled_one(tmp_path):
    """A fully ruled grid: the header ends at the first rule across the table. Two rows without
    rules are too few to tell a table's columns: their text stays in the running text, nothing is
    lost."""
    cell = "border: 0.5pt solid black; padding: 2pt 6pt"
    html = (f"<html><body style='font-family: DejaVu Serif; font-size: 10pt'>"
            f"<h2>1. Results</h2><p>Two tables follow.</p>"
            f"<p><b>Table 1.</b> Conductivity of two electrolytes.</p>"
            f"<table style='border-collapse: collapse'>"
            f"<tr><th style='{cell}'>Electrolyte</th><th style='{cell}'>Conductivity [mS cm<sup>−1</sup>]</th>"
            f"<th style='{cell}'>Temperature [°C]</th></tr>"
            f"<tr><td style='{cell}'>LiBH<sub>4</sub>–LiI</td><td style='{cell}'>1.2</td><td style='{cell}'>30</td></tr>"
            f"<tr><td style='{cell}'>K<sub>2</sub>B<sub>6</sub>H<sub>6</sub></td><td style='{cell}'>0.8</td>"
            f"<td style='{cell}'>60</td></tr></table>"
            f"<p><b>Table 2.</b> Unruled.</p><table><tr><th>Host</th><th>Onset</th></tr>"
            f"<tr><td>MgH<sub>2</sub></td><td>Unruled345</td></tr></table></body></html>")
    path = synthetic.write_pdf(html, tmp_path / "grid.pdf")
    md = read_pdf(path).markdown
    lines = md.splitlines()
    t1 = lines.index("**Table 1.** Conductivity of two electrolytes.")
    assert lines[t1 + 2:t1 + 5] == ["Electrolyte\tConductivity [mS cm<sup>-1</sup>]\tTemperature [°C]",
                                    "LiBH<sub>4</sub>–LiI\t1.2\t30",
                                    "K<sub>2</sub>B<sub>6</sub>H<sub>6</sub>\t0.8\t60"]
    assert "Unruled345" in md


def test_an_unruled_table_in_one_column_beside_running_text(tmp_path):
    """A table without rules set in the left column of a two-column page, the right column's text
    beside it: its rows and header (up to the first row of numbers) are read from the left
    column only; a prose sentence that begins 'Table 3 shows' starts no table."""
    prose = ("Hydride samples were milled under argon and measured in a Sieverts apparatus at the temperatures "
             "given, with the same heating rate for every sample so that they compare. ") * 6
    html = ("<html><head><style>@page { size: A4; margin: 20mm } body { font-family: 'DejaVu Serif'; font-size: 9pt; "
            "columns: 2; column-gap: 8mm } td, th { padding: 1pt 6pt; text-align: left; font-size: 8pt } "
            "th { font-weight: normal } table { margin: 2mm 0 3mm 0 } .cap { font-size: 8pt }</style></head><body>"
            f"<h2>1. Results</h2><p>{prose}</p><p class=cap><b>Table 1.</b> Onset temperatures.</p>"
            "<table><tr><th>Sample</th><th>Onset [°C]</th><th>Ref.</th></tr>"
            "<tr><td>MgH<sub>2</sub>–Ni</td><td>245</td><td>[3]</td></tr>"
            "<tr><td>MgH<sub>2</sub>–TiF<sub>3</sub></td><td>221</td><td>[4]</td></tr>"
            "<tr><td>LiBH<sub>4</sub>–TiO<sub>2</sub></td><td>283</td><td>[5]</td></tr></table>"
            f"<p>Table 3 shows that the onset falls with the additive, and {prose}</p>"
            f"<p>{prose}</p><p>{prose}</p></body></html>")
    md = read_pdf(synthetic.write_pdf(html, tmp_path / "column.pdf")).markdown
    lines = md.splitlines()
    t1 = lines.index("**Table 1.** Onset temperatures.")
    assert lines[t1 + 2:t1 + 6] == ["Sample\tOnset [°C]\tRef.", "MgH<sub>2</sub>–Ni\t245\t[3]",
                                    "MgH<sub>2</sub>–TiF<sub>3</sub>\t221\t[4]",
                                    "LiBH<sub>4</sub>–TiO<sub>2</sub>\t283\t[5]"]
    assert md.count("\t") == 3 * 2 + 2                        # one table only, the prose is no table
    assert "Table 3 shows that the onset falls" in md


def test_line_end_hyphens_and_superscripts_after_words():
    from ingest.documents.pdf.assemble import _join_text
    from ingest.documents.pdf.layout import _is_unitish

    assert _join_text("the dehydrogena-", "tion step") == "the dehydrogenation step"
    assert _join_text("a solid-", "state cell", frozenset({"solid-state"})) == "a solid-state cell"
    assert _join_text("the LiBH<sub>4</sub>–", "LiI system") == "the LiBH<sub>4</sub>–LiI system"
    assert _join_text("Mg-", "based hydrides") == "Mg-based hydrides"
    assert all(_is_unitish(w) for w in ("cm", "mol", "kJ", "MPa", "g", "K", "mAh", "mS"))
    assert not any(_is_unitish(w) for w in ("LiH", "tanks", "the", "Ni", "MgH"))


def test_the_title_is_the_metadata_match_not_the_largest_banner(tmp_path):
    html = synthetic.html().replace(
        "<h1>", '<div style="font-size: 26pt; font-weight: bold">HYDRIDE LETTERS</div><h1>', 1)
    text = read_pdf(synthetic.write_pdf(html, tmp_path / "banner.pdf"))
    assert text.title == synthetic.TITLE
    assert text.markdown.startswith(f"# {synthetic.TITLE}\n")


@pytest.mark.parametrize("entry, key", [("[12] A. Author", "12"), ("(3) B. Author", "3"), ("4. C. Author", "4")])
def test_reference_entries_in_the_usual_numberings(entry, key):
    from ingest.documents.pdf.assemble import _REF_START

    m = _REF_START.match(entry)
    assert m and key in m.groups()
