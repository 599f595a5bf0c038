"""Coverage maps list storage materials as hosts, and show an untried cell blank, apart from a count
(issue 14, item 4)."""
from __future__ import annotations

from kg.gaps.coverage import additive_class_by_host, host_by_property, host_by_strategy
from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.model import CoverageMap, GapReport
from ontology.vocabulary import vocabulary


def _term(formula: str) -> str:
    t = vocabulary().by_formula(formula)
    assert t is not None, formula
    return t.id


def _systems() -> tuple[list[SystemRow], list[MeasurementRow]]:
    cat, conf = vocabulary().lookup("catalysis", "Strategy").id, vocabulary().lookup("nanoconfinement", "Strategy").id
    systems = [
        SystemRow(id="a", name="MgH2–Ni", host=_term("MgH2"), host_formula="MgH2", strategies=[cat],
                  additive_classes=["Metal"], sources=["p1"]),
        SystemRow(id="b", name="LiBH4@C", host=_term("LiBH4"), host_formula="LiBH4", strategies=[conf],
                  additive_classes=["CarbonSupport"], sources=["p2"]),
        # hydride-forming metals an extraction made hosts: a Li counter electrode, a bare Mg
        SystemRow(id="c", name="Li–graphene", host=_term("Li"), host_formula="Li", strategies=[conf],
                  additive_classes=["CarbonSupport"], sources=["p3"]),
        SystemRow(id="d", name="Mg–Ni", host=_term("Mg"), host_formula="Mg", strategies=[cat],
                  additive_classes=["Metal"], sources=["p4"]),
        # a catalytic phase (hkg:usualRole) is no host either
        SystemRow(id="e", name="TiH2", host=_term("TiH2"), host_formula="TiH2", strategies=[cat], sources=["p5"]),
    ]
    measurements = [MeasurementRow(id=f"m{s.id}", system=s.id, property="hydrogen_capacity", value=5.0,
                                   value_max=None, unit="wt%", source=s.sources[0], source_kind="publication")
                    for s in systems]
    return systems, measurements


def test_host_rows_are_storage_materials_only():
    systems, measurements = _systems()
    for build in (host_by_strategy, host_by_property):
        assert build(systems, measurements).rows == sorted([_term("LiBH4"), _term("MgH2")]), build.__name__
    assert additive_class_by_host(systems, measurements).cols == sorted([_term("LiBH4"), _term("MgH2")])


def test_an_untried_cell_is_none_and_a_studied_one_its_count():
    systems, measurements = _systems()
    cov = host_by_strategy(systems, measurements)
    counts = dict(zip(cov.rows, cov.system_counts()))
    assert sorted(counts[_term("MgH2")], key=str) == [1, None]   # catalysis: 1 system; confinement: untried
    assert cov.studied(_term("MgH2"), vocabulary().lookup("catalysis", "Strategy").id)
    assert not cov.studied(_term("MgH2"), vocabulary().lookup("nanoconfinement", "Strategy").id)


def _report(cov: CoverageMap) -> GapReport:
    from datetime import UTC, datetime

    from kg.gaps.model import GraphVersion
    return GapReport(version=GraphVersion(backend="test", ontology_version="0", counts={}, content_hash="x",
                                          generated=datetime.now(UTC), app_version="0"), coverage=[cov])


def test_the_report_shows_an_untried_cell_as_a_dash_and_the_pdf_leaves_it_blank():
    from ui.report.render import heatmap_svgs, to_markdown

    systems, measurements = _systems()
    cov = host_by_strategy(systems, measurements)
    md = to_markdown(_report(cov))
    table = [line for line in md.splitlines() if line.startswith("| MgH")]
    assert table and "–" in table[0] and "1/1 (1)" in table[0] and "| 0" not in table[0]
    ((_, svg, _),) = heatmap_svgs(cov)
    assert svg.count(">–<") == 2    # two untried cells of two hosts × two strategies
