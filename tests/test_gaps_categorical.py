"""Categorical conditions in the gap report, the lab comparison and the analogs (issue 14): a Li+ and a
Mg2+ conductivity, or a capacity in a liquid-electrolyte cell and one in an all-solid-state cell, are
different measurements. They are never a contradiction nor a probable unit error, the values they kept
apart are named as caveats, and every table that shows a value shows its conducting ion and cell type."""
from __future__ import annotations

import pytest

from kg.gaps.contradictions import find_contradictions
from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.lab import compare
from ontology.comparability import compare_conditions
from ontology.vocabulary import vocabulary

LI, MG = "LithiumIonConduction", "MagnesiumIonConduction"
LIQUID, SOLID = "LiquidElectrolyteCell", "AllSolidStateCell"


def _host(formula):
    return vocabulary().by_formula(formula).id


def _m(i, system, prop, value, source, **kw):
    return MeasurementRow(id=i, system=system, property=prop, value=value, value_max=None,
                          unit=vocabulary().property(prop).unit, source=source,
                          source_kind=kw.pop("kind", "publication"), **kw)


SYSTEMS = [SystemRow(id="e", name="LiBH4–LiI", host=_host("LiBH4"), host_formula="LiBH4",
                     strategies=["AnionSubstitution"], sources=["p1", "p2", "p3"]),
           SystemRow(id="a", name="MgH2–C", host=_host("MgH2"), host_formula="MgH2", sources=["p1", "p2"])]


def _ion(ion, t=25.0):
    return {"temperature": t, "conducting_ion": ion}


def test_a_li_and_a_mg_conductivity_are_no_contradiction_nor_a_unit_slip():
    ms = [_m("x", "e", "ionic_conductivity", 0.1, "p1", conditions=_ion(LI)),
          _m("y", "e", "ionic_conductivity", 0.0001, "p2", conditions=_ion(MG))]     # 10³ apart
    assert find_contradictions(SYSTEMS, ms) == []


def test_the_values_another_ion_kept_apart_are_caveats_of_the_real_contradiction():
    ms = [_m("x", "e", "ionic_conductivity", 0.1, "p1", conditions=_ion(LI)),
          _m("z", "e", "ionic_conductivity", 1.0, "p3", conditions=_ion(LI)),
          _m("y", "e", "ionic_conductivity", 0.0002, "p2", conditions=_ion(MG))]
    (c,) = find_contradictions(SYSTEMS, ms)
    assert sorted(v["value"] for v in c.values) == [0.1, 1.0]
    assert "2 × 10⁻⁴ mS/cm set apart, not a conflict (conducting ion Li+ vs Mg2+)" in c.caveats
    # each value keeps its conditions: the report shows them beside the value
    assert all(v["conditions"]["conducting_ion"] == LI for v in c.values)


def test_cell_types_split_capacities_and_a_cell_stated_once_is_a_caveat():
    ms = [_m("l", "a", "specific_capacity", 600.0, "p1", conditions={"cell_type": LIQUID}),
          _m("s", "a", "specific_capacity", 1200.0, "p2", conditions={"cell_type": SOLID})]
    assert find_contradictions(SYSTEMS, ms) == []
    ms[1] = _m("s", "a", "specific_capacity", 1200.0, "p2")               # cell type not stated
    (c,) = find_contradictions(SYSTEMS, ms)
    assert c.caveats == ["cell type stated for one value only (liquid-electrolyte cell)"]


def test_a_categorical_condition_one_side_states_is_named():
    check = compare_conditions("ionic_conductivity", _ion(LI), {"temperature": 25.0})
    assert check.comparable and check.caveats == ["conducting ion stated for one value only (Li+)"]


def test_the_lab_value_is_ranked_among_values_of_its_own_ion_with_the_others_named():
    lit = [_m(f"l{i}", "e", "ionic_conductivity", v, "p1", conditions=_ion(LI)) for i, v in enumerate((0.05, 0.2))]
    lit += [_m("n", "e", "ionic_conductivity", 0.3, "p2", conditions={"temperature": 25.0})]
    lit += [_m(f"g{i}", "e", "ionic_conductivity", v, "p3", conditions=_ion(MG)) for i, v in enumerate((1e-4, 2e-4))]
    lab = _m("lab1", "e", "ionic_conductivity", 0.1, "lab:1", kind="lab_entry", conditions=_ion(LI))
    (comp,) = compare(SYSTEMS, [*lit, lab])
    assert comp.n_literature == 3                         # the two Mg2+ values are no yardstick
    assert comp.conditions == {"temperature": 25.0, "conducting_ion": LI}
    assert "conducting ion Li+ in the lab; not stated for 1 of 3 literature values" in comp.caveats
    assert "2 literature values left out, not comparable (conducting ion Li+ vs Mg2+)" in comp.caveats
    unstated = _m("lab2", "e", "ionic_conductivity", 0.1, "lab:2", kind="lab_entry", conditions={"temperature": 25.0})
    (comp,) = compare(SYSTEMS, [*lit, unstated])
    assert comp.n_literature == 5
    assert "conducting ion of the lab value not recorded; literature: Li+, Mg2+ (1 of 5 not stated)" in comp.caveats


def _report():
    from datetime import UTC, datetime

    from kg.gaps.model import GapReport, GraphVersion

    ms = [_m("x", "e", "ionic_conductivity", 0.1, "p1", conditions=_ion(LI)),
          _m("z", "e", "ionic_conductivity", 1.0, "p3", conditions=_ion(LI)),
          _m("y", "e", "ionic_conductivity", 0.0002, "p2", conditions=_ion(MG))]
    lab = _m("lab1", "e", "ionic_conductivity", 0.1, "lab:1", kind="lab_entry", conditions=_ion(LI),
             title="LiI run")
    version = GraphVersion(backend="test", ontology_version="1", counts={}, content_hash="h",
                           generated=datetime(2026, 1, 1, tzinfo=UTC), app_version="0")
    return GapReport(version=version, contradictions=find_contradictions(SYSTEMS, ms),
                     lab=compare(SYSTEMS, [*ms, lab]))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_report_shows_the_conducting_ion_beside_each_value(fmt):
    from ui.report.render import render

    text = render(_report(), fmt)
    # (units printed as a chemist writes them: mS cm⁻¹)
    assert "0.1 mS cm⁻¹ at temperature 25 °C, conducting ion Li+" in text
    assert "set apart, not a conflict (conducting ion Li+ vs Mg2+)" in text
    # the lab table gives the lab value's ion, and the values left out of its pool
    assert "0.1 mS cm⁻¹ at temperature 25 °C, conducting ion Li+" in text
    assert "2 × 10⁻⁴ mS cm⁻¹ set apart" in text   # a caveat's value too
    assert "left out, not comparable (conducting ion Li+ vs Mg2+)" in text


def test_the_pdf_shows_the_conducting_ion():
    pytest.importorskip("weasyprint")
    pypdfium2 = pytest.importorskip("pypdfium2")
    from ui.report.render import render

    pdf = pypdfium2.PdfDocument(render(_report(), "pdf"))
    text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in pdf)
    assert "conducting ion Li+" in text and "Li+ vs Mg2+" in text


# ------------------------------------------------------------------ analogs, on the shipped snapshot
def test_hkg_analogs_gives_each_value_with_its_cell_type_and_evidence(data_dir, capsys):
    from ui.cli import main

    assert main(["analogs", "Li3AlH6", "--top", "3", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.strip().startswith("value specific_capacity = 2266"))
    # the review's "in the first cycle" is the value's cycle number (§3.2.2)
    assert "at cell type all-solid-state cell, cycle number 1;" in line and "§3.2.2 [refs 180a]" in line


def test_the_analogs_page_lists_every_value_with_conditions_and_evidence(store):
    from kg.analogs import search
    from ui.app.analog_views import evidence_rows

    (analog,) = [a for a in search(store, "Li3AlH6", top=3).analogs if a.name == "Li3AlH6–Al"]
    rows = {r["property"]: r for r in evidence_rows(analog)}
    row = rows["specific capacity"]
    assert row["conditions"] == "cell type all-solid-state cell, cycle number 1"   # "in the first cycle"
    assert row["place"] == "§3.2.2" and row["refs"] == "180a" and row["source"].startswith("doi:")
    assert row["evidence"]          # the sentence, or how to supply the source's text


def test_the_best_literature_value_beside_a_lab_value_says_where_it_was_read():
    lit = [_m("t", "e", "ionic_conductivity", 0.3, "p1", conditions=_ion(LI), table="Table 3", row=14, refs=["177"]),
           _m("s", "e", "ionic_conductivity", 0.2, "p2", conditions=_ion(LI), section="3.1.1", start=5, end=40)]
    lab = _m("lab1", "e", "ionic_conductivity", 0.1, "lab:1", kind="lab_entry", conditions=_ion(LI))
    (comp,) = compare(SYSTEMS, [*lit, lab])
    assert comp.best_by == "p1 Table 3 row 14 [177] (LiBH4–LiI)"
    assert comp.best["measurement"] == "t" and comp.best["table"] == "Table 3" and comp.best["row"] == 14


def test_an_analog_ratio_is_given_within_one_conducting_ion_only():
    import json

    from kg.analogs.explain import _compared

    def row(value, **conditions):
        return {"property": "ionic_conductivity", "value": value, "temperature": 25.0,
                "conditions_json": json.dumps(conditions)}

    query = [row(0.1, conducting_ion=LI)]
    other_ion = _compared("ionic_conductivity", row(0.0001, conducting_ion=MG), 0.1, query, "mS/cm")
    assert "no ratio" in other_ion and "conducting ion Li+ vs Mg2+" in other_ion
    unstated = _compared("ionic_conductivity", row(0.2), 0.1, query, "mS/cm")
    assert "ratio 2×" in unstated and "caveat: conducting ion stated for one value only (Li+)" in unstated
