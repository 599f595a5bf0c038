"""Gap report sections on a fixture graph with known gaps, contradictions and lab values."""
from __future__ import annotations

from datetime import UTC

import pytest

from kg.gaps import compute_report
from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.model import ReportFilters
from ontology.vocabulary import vocabulary


def term(label: str, kind: str) -> str:
    t = vocabulary().lookup(label, kind)
    assert t is not None, f"ontology has no {kind} labelled {label!r}"
    return t.id


def host(formula: str) -> str:
    t = vocabulary().by_formula(formula)
    assert t is not None, f"ontology has no material with formula {formula}"
    return t.id


@pytest.fixture(scope="module")
def rows():
    conf = term("nanoconfinement", "Strategy")
    cat = term("catalysis", "Strategy")
    spill = term("spillover effect", "Mechanism")
    lib, mgb, mgh = host("LiBH4"), host("Mg(BH4)2"), host("MgH2")
    systems = [
        # nanoconfinement worked on LiBH4 (two papers) but never on Mg(BH4)2 -> untried gap
        SystemRow(id="s1", name="LiBH4@C", host=lib, host_formula="LiBH4", strategies=[conf],
                  additive_classes=["CarbonSupport"], sources=["p1"]),
        SystemRow(id="s2", name="LiBH4@SBA-15", host=lib, host_formula="LiBH4", strategies=[conf],
                  sources=["p2"]),
        SystemRow(id="s3", name="Mg(BH4)2–TiF3", host=mgb, host_formula="Mg(BH4)2", strategies=[cat],
                  sources=["p3"]),
        # MgH2–Ni reported by two papers with contradicting activation energies
        SystemRow(id="s4", name="MgH2–Ni", host=mgh, host_formula="MgH2", strategies=[cat],
                  mechanisms=[spill], additives=["Ni"], sources=["p1", "p2"]),
        SystemRow(id="s5", name="MgH2–Fe", host=mgh, host_formula="MgH2", strategies=[cat],
                  additives=["Fe"], sources=["p3"]),
        # a lab sample of a composition the literature has
        SystemRow(id="lab1", name="MgH2–Ni", host=mgh, host_formula="MgH2", strategies=[cat],
                  additives=["Ni"], lab_sources=["e1"]),
    ]
    m = lambda i, s, p, v, src, kind="publication", **kw: MeasurementRow(  # noqa: E731
        id=i, system=s, property=p, value=v, value_max=None,
        unit=vocabulary().property(p).unit, source=src, source_kind=kind, **kw)
    measurements = [
        m("m1", "s1", "onset_dehydrogenation_temperature", 220.0, "p1"),
        m("m2", "s2", "onset_dehydrogenation_temperature", 250.0, "p2"),
        m("m3", "s3", "onset_dehydrogenation_temperature", 120.0, "p3"),
        m("m4", "s4", "dehydrogenation_activation_energy", 88.2, "p1", refs=["20"]),
        m("m5", "s4", "dehydrogenation_activation_energy", 130.0, "p2", refs=["44"]),
        m("m6", "s5", "dehydrogenation_activation_energy", 40.7, "p3"),
        m("m7", "s4", "onset_dehydrogenation_temperature", 225.0, "p1"),
        m("m8", "s5", "onset_dehydrogenation_temperature", 177.6, "p3"),
        m("m9", "lab1", "onset_dehydrogenation_temperature", 200.0, "e1", kind="lab_entry",
          title="Ni-doped MgH2, batch 7"),
    ]
    statements = [{"challenge": "AmmoniaRelease", "section": "2.2.4", "entities": [host("LiNH2")]}] \
        if vocabulary().by_formula("LiNH2") else []
    return systems, measurements, statements


def test_untried_strategy_on_sibling_is_ranked(rows):
    systems, measurements, _ = rows
    report = compute_report(systems, measurements)
    conf = term("nanoconfinement", "Strategy")
    gap = [g for g in report.gaps if g.host == host("Mg(BH4)2") and g.value == conf]
    assert gap, [g.description for g in report.gaps]
    assert gap[0].kind == "untried"
    assert gap[0].evidence[0] == {"sibling": host("LiBH4"), "systems": 2}


def test_missing_activation_energy_for_borohydride(rows):
    systems, measurements, _ = rows
    report = compute_report(systems, measurements)
    kinds = {(g.host, g.value) for g in report.gaps if g.kind == "missing_property"}
    assert (host("LiBH4"), "no_activation_energy") in kinds
    assert (host("MgH2"), "no_activation_energy") not in kinds  # MgH2 has Ea values


def test_contradiction_beyond_tolerance(rows):
    systems, measurements, _ = rows
    report = compute_report(systems, measurements)
    c = [c for c in report.contradictions if c.system == "MgH2–Ni"]
    assert len(c) == 1 and c[0].property == "dehydrogenation_activation_energy"
    assert c[0].spread == pytest.approx(41.8)
    assert {v["source"] for v in c[0].values} == {"p1", "p2"}


def test_lab_value_against_literature(rows):
    systems, measurements, _ = rows
    report = compute_report(systems, measurements)
    (lab,) = report.lab
    assert lab.comparable == "same host and strategy"  # one value for the same system: widen to its nearest analogs (catalysed MgH2)
    assert lab.n_literature == 2                  # 225.0 (MgH2–Ni) and 177.6 (MgH2–Fe)
    assert lab.percentile == 50.0                 # lower is better: beats 225, not 177.6
    assert lab.rank == 2 and lab.best_value == 177.6
    assert lab.composition_reported is True


def test_coverage_cells_count_systems_and_sources(rows):
    systems, measurements, _ = rows
    report = compute_report(systems, measurements)
    cov = next(c for c in report.coverage if c.name == "host × strategy")
    cell = cov.cell(host("LiBH4"), term("nanoconfinement", "Strategy"))
    assert (cell.systems, cell.measurements, cell.sources) == (2, 2, ["p1", "p2"])


def test_filters_restrict_every_section(rows):
    systems, measurements, _ = rows
    f = ReportFilters(property="dehydrogenation_activation_energy")
    report = compute_report(systems, measurements, filters=f)
    assert all(c.property == f.property for c in report.contradictions)
    assert report.lab == []   # the lab entry has no Ea
    cov = next(c for c in report.coverage if c.name == "host × property")
    assert cov.cols == ["dehydrogenation_activation_energy"]


def test_unknown_filter_values_raise_naming_the_field():
    with pytest.raises(ValueError, match="property[\\s\\S]*unknown property 'colour'"):
        ReportFilters(property="colour")
    with pytest.raises(ValueError, match="application[\\s\\S]*not a Application term"):
        ReportFilters(application="interstellar travel")


def test_filters_take_labels_and_synonyms_as_well_as_ids(rows):
    f = ReportFilters(application="solid electrolyte", host_family="borohydrides",
                      property="onset dehydrogenation temperature")
    assert (f.application, f.host_family, f.property) == ("SolidElectrolyte", "Borohydride",
                                                         "onset_dehydrogenation_temperature")
    systems, measurements, _ = rows
    by_label = compute_report(systems, measurements, filters=ReportFilters(host_family="borohydrides"))
    by_id = compute_report(systems, measurements, filters=ReportFilters(host_family="Borohydride"))
    assert by_label.model_dump(exclude={"version", "filters"}) == by_id.model_dump(exclude={"version", "filters"})
    assert by_label.coverage and any(c.cells for c in by_label.coverage)


def test_renderers_contain_every_section(rows):
    from datetime import datetime

    from kg.gaps.model import GraphVersion
    from ui.report.render import to_html, to_markdown

    systems, measurements, statements = rows
    version = GraphVersion(backend="fixture", ontology_version="t", counts={"systems": 6},
                           content_hash="abc", generated=datetime.now(UTC), app_version="t")
    report = compute_report(systems, measurements, statements=statements, version=version)
    md = to_markdown(report)
    for heading in ("Coverage maps", "Gaps ranked by promise", "Contradictions", "Stated challenges",
                    "Lab versus literature", "content hash abc"):
        assert heading in md
    assert "MgH2–Ni" in md and "Ni-doped MgH2, batch 7" in md
    html = to_html(report.model_copy(update={"lab": [report.lab[0].model_copy(
        update={"entry_title": "<script>alert(1)</script>"})]}))
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert html.count("data:image/svg+xml;base64,") >= 3   # heat maps keep their labels as text


def test_pdf_renders_to_pages_with_content(rows, tmp_path):
    """The PDF is converted to images (poppler's pdftoppm) and each page checked for ink."""
    import shutil
    import subprocess

    from PIL import Image, ImageStat

    from ui.report.render import render

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: apt-get install poppler-utils")
    systems, measurements, statements = rows
    pdf = render(compute_report(systems, measurements, statements=statements), "pdf")
    assert pdf[:5] == b"%PDF-"
    (tmp_path / "r.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(tmp_path / "r.pdf"), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) >= 2
    for p in pages:
        grey = Image.open(p).convert("L")
        assert ImageStat.Stat(grey).stddev[0] > 3, f"{p.name} is blank"
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    for words in ("Coverage maps", "Contradictions", "MgH2", "content hash"):
        assert words in text, words


def test_report_on_the_literature_graph_with_a_lab_entry(literature_graph, tmp_path, monkeypatch, capsys):
    import shutil
    from pathlib import Path

    from ui.cli import main

    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HKG_USER", "tester")
    shutil.copytree(literature_graph, tmp_path, dirs_exist_ok=True)   # what `hkg build` makes
    import yaml

    from kg.entries import EntryRepository

    # the entry's files must be in the file store: store kissinger.csv and name its real digest
    sha, size = EntryRepository(tmp_path).put_file(b"heating_rate_K_min,T_peak_C\n2,300\n5,315\n")
    doc = yaml.safe_load((Path(__file__).with_name("fixtures") / "entry_mgh2_ni.yaml").read_text())
    doc["files"][0].update(sha256=sha, size=size)
    fixture = tmp_path / "entry_mgh2_ni.yaml"
    fixture.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main(["entry", "add", str(fixture), "--id", "mg-ni-7"]) == 0
    capsys.readouterr()
    out = tmp_path / "gaps.md"
    assert main(["report", "gaps", "--format", "md", "--out", str(out)]) == 0
    md = out.read_text()
    lab = md[md.index("Lab versus literature"):]
    assert "MgH2 with Ni catalyst, milled" in lab
    assert "hydrogen_capacity" in lab or "hydrogen capacity" in lab
    assert "sources: 2" in md                       # the review and the lab entry
    assert main(["report", "gaps", "--format", "md", "--project", "Mg-based storage",
                 "--out", str(tmp_path / "p.md")]) == 0
    assert "MgH2 with Ni catalyst" in (tmp_path / "p.md").read_text()


@pytest.mark.slow   # gap report of a large synthetic lab
def test_a_large_lab_keeps_every_comparison_and_documents_show_the_most_notable(rows):
    from datetime import datetime

    from kg.gaps.model import GraphVersion
    from ui.report.render import LAB_ROWS_SHOWN, to_html, to_markdown

    systems, measurements, statements = rows
    mgh = host("MgH2")
    systems, measurements = list(systems), list(measurements)
    n = 3000                                    # lab samples of MgH2–Ni, onset values 150…299 °C
    for i in range(n):
        systems.append(SystemRow(id=f"L{i}", name="MgH2–Ni", host=mgh, host_formula="MgH2",
                                 additives=["Ni"], lab_sources=[f"E{i}"]))
        measurements.append(MeasurementRow(
            id=f"LM{i}", system=f"L{i}", property="onset_dehydrogenation_temperature",
            value=150.0 + i % 150, value_max=None, unit="degC", source=f"E{i}", source_kind="lab_entry",
            title=f"sample {i}"))
    version = GraphVersion(backend="fixture", ontology_version="t", counts={}, content_hash="big",
                           generated=datetime.now(UTC), app_version="t")
    report = compute_report(systems, measurements, statements=statements, version=version)
    lab = [c for c in report.lab if c.entry.startswith("E")]
    assert len(lab) == n                    # the report keeps every comparison
    # literature onsets of MgH2: 225, 177.6 → below 177.6 beats both (onset: lower is better)
    c150 = next(c for c in lab if c.value == 150.0)
    assert c150.percentile == 100.0 and c150.comparable == "same host" and c150.composition_reported
    md = to_markdown(report)
    section = md.split("## Lab versus literature", 1)[1]
    assert f"Showing the {LAB_ROWS_SHOWN} most notable of {len(report.lab):,}" in section
    table_rows = [ln for ln in section.splitlines() if ln.startswith("| ") and " sample " in ln]
    assert len(table_rows) == LAB_ROWS_SHOWN
    assert all("| 100 |" in ln for ln in table_rows)   # the best first
    assert "| onset dehydrogenation temperature | " in section          # by its label
    html = to_html(report)
    assert html.count("<td>sample ") == LAB_ROWS_SHOWN and "most notable" in html


def test_outlook_directions_are_set_against_the_graph_and_gaps_cite_them(rows):
    """A source's outlook naming strategies together becomes a direction: untried when no system
    combines them, studied when enough do; a ranked gap cites the statements that speak to it."""
    systems, measurements, _ = rows
    conf, cat, alloy = term("nanoconfinement", "Strategy"), term("catalysis", "Strategy"), term("alloying", "Strategy")
    hs = term("hydrogen storage", "Application")
    statements = [
        {"challenge": "MechanismNotEstablished", "section": "5", "source": "p9", "entities": [alloy, conf, hs]},
        {"challenge": "ComponentRolesUnresolved", "section": "2.1.4", "source": "p9", "entities": [cat, hs]},
        # a statement about another hydride family says nothing of the gaps on these hosts
        {"challenge": "AmmoniaRelease", "section": "2.2.4", "source": "p9",
         "entities": [conf, host("LiNH2")]} if vocabulary().by_formula("LiNH2") else
        {"challenge": "AmmoniaRelease", "section": "2.2.4", "source": "p9", "entities": []},
    ]
    report = compute_report(systems, measurements, statements=statements)
    by = {tuple(d.strategies): d for d in report.outlook}
    combined = by[tuple(sorted([alloy, conf]))]
    assert combined.status == "untried" and combined.systems == 0 and combined.application == hs
    catalysis = by[(cat,)]
    assert catalysis.status == "studied" and catalysis.systems >= 3 and "MgH2–Ni" in catalysis.examples
    assert [d.status for d in report.outlook][0] == "untried"          # untried directions first
    gap = next(g for g in report.gaps if g.facet == "strategy" and g.value == conf
               and g.host == host("Mg(BH4)2"))
    assert [s["challenge"] for s in gap.statements] == ["MechanismNotEstablished"]   # not the amide one
    from ui.report.render import to_markdown
    md = to_markdown(report)
    assert "## Outlook directions against the graph" in md and "untried" in md
    assert "The sources' outlook: mechanism not established (§ 5)" in md


def test_coverage_maps_list_storage_hosts_only(rows):
    """A system whose host is a catalyst or a carbon (an extraction that missed the hydride) is no
    row of the host maps; storage hydrides and hydride-forming metals are."""
    systems, measurements, _ = rows
    gold = vocabulary().by_formula("Au")
    tih2 = vocabulary().by_formula("TiH2")
    odd = [SystemRow(id=f"x{k}", name=t.formula, host=t.id, host_formula=t.formula,
                     strategies=[term("catalysis", "Strategy")], sources=["p9"]) for k, t in enumerate((gold, tih2)) if t]
    assert odd, "the ontology knows Au and TiH2"
    report = compute_report(systems + odd, measurements)
    for cov in report.coverage:
        if cov.row_label in ("host", "host family"):
            assert not {t.id for t in (gold, tih2) if t} & set(cov.rows), cov.name
            assert host("MgH2") in cov.rows or cov.row_label == "host family"
