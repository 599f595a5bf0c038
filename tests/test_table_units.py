"""A table cell 10³ off its source's own text (a value written in S/cm under a mS/cm header) is stored
at the text's unit with a note; analogs and reports then use the corrected value."""
from __future__ import annotations

import contextlib
import io
import json

import pytest

from ingest.extraction.tables.table_units import KIND, reconcile_table_units
from kg.gaps.contradictions import conflicts_as_contradictions
from ontology.models import GraphBatch, Measurement, Source, SourceRef
from ontology.system import parse_system

SRC = "doi:10.9999/table-units"


def cell(value, system="3LiBH4–LiI", unit="mS/cm", temperature=25.0, row=4, **kw) -> Measurement:
    return Measurement(property="ionic_conductivity", value=value, unit=unit, system=parse_system(system),
                       conditions={"temperature": f"{temperature} degC"} if temperature is not None else {},
                       source=SourceRef(source_id=SRC, section="3", table="Table 2", row=row,
                                        start=900 + row, end=905 + row, refs=["12"]), **kw)


def text(value, system="3LiBH4·LiI", unit="S/cm", temperature=None, start=300) -> Measurement:
    return Measurement(property="ionic_conductivity", value=value, unit=unit, system=parse_system(system),
                       conditions={"temperature": f"{temperature} degC"} if temperature is not None else {},
                       source=SourceRef(source_id=SRC, section="3.1", start=start, end=start + 90))


def batch(*ms) -> GraphBatch:
    return GraphBatch(sources=[Source(id=SRC, kind="publication", title="A test paper")], measurements=list(ms))


def test_a_cell_the_text_reads_1000x_off_takes_the_texts_unit_with_a_note():
    # the table says "~1e-4" under a mS/cm header; the text says 1e-4 S/cm (= 0.1 mS/cm)
    out = reconcile_table_units(batch(cell(0.0001), text(1e-4)))
    table = next(m for m in out.measurements if m.source.table)
    assert table.value == pytest.approx(0.1) and table.unit == "mS/cm"
    assert table.source.row == 4 and table.conditions == {"temperature": 25.0}   # nothing else changes
    [note] = out.conflicts
    assert note.kind == KIND and note.source.table == "Table 2" and note.chosen == "0.1 mS/cm"
    assert "0.0001 mS/cm (table)" in note.candidates and "states its unit" in note.description


def test_the_other_direction_and_the_batch_given_is_not_changed():
    given = batch(cell(120.0), text(0.12, unit="mS/cm"))          # a cell written in µS/cm-sized numbers
    out = reconcile_table_units(given)
    assert next(m for m in out.measurements if m.source.table).value == pytest.approx(0.12)
    assert given.measurements[0].value == 120.0 and not given.conflicts


def test_a_text_value_that_agrees_with_the_cell_keeps_it():
    # one sentence 10³ off and another agreeing with the cell: the cell is not the slip
    out = reconcile_table_units(batch(cell(0.1), text(1e-1, unit="S/cm"), text(0.1, unit="mS/cm", start=500)))
    assert [m.value for m in out.measurements if m.source.table] == [0.1] and not out.conflicts


@pytest.mark.parametrize("ms", [
    [cell(0.0001), text(1e-4, temperature=150.0)],                  # another temperature: may be chemistry
    [cell(0.0001), text(1e-4, system="LiBH4–LiBr")],                 # another system
    [cell(0.0001), text(3e-3)],                                      # 30 000×: not a milli slip
    [cell(0.0001, theoretical=True), text(1e-4)],                   # a computed value is not read off
    [cell(0.0001)],                                                  # no text to read the unit from
])
def test_nothing_changes_without_a_comparable_text_value(ms):
    out = reconcile_table_units(batch(*ms))
    assert [m.value for m in out.measurements] == [m.value for m in ms] and not out.conflicts


def test_the_note_shows_in_reports_as_a_correction():
    out = reconcile_table_units(batch(cell(0.0001), text(1e-4)))
    n = out.conflicts[0]
    [c] = conflicts_as_contradictions([{"kind": n.kind, "description": n.description, "candidates": n.candidates,
                                        "chosen": n.chosen, "source_id": SRC, "tbl": "Table 2", "row": 4}])
    assert c.origin == "table_unit_corrected" and c.values[0]["chosen"] == "0.1 mS/cm"


def test_the_review_3libh4_lii_conductivity_is_stored_at_the_texts_unit(store):
    """The shipped review: Table 3 gives 3LiBH4–LiI '~10⁻⁴' under mS/cm, its text 10⁻⁴ S/cm. Analogs
    of LiBH4–LiI now rank no value 1000× below the text's, and the report lists the correction."""
    rows = store.query("MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System) WHERE m.property = 'ionic_conductivity' "
                       "AND m.tbl = 'Table 3' AND m.row = 14 RETURN m.value AS value")
    assert [r["value"] for r in rows] == [pytest.approx(0.1)]
    from ui.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["analogs", "LiBH4–LiI", "--data-dir", str(store.data_dir), "--json"]) == 0
    results = json.loads(out.getvalue())["results"]
    conductivities = [v["value"] for r in results[:4] for v in r["evidence"]
                      if v.get("property") == "ionic_conductivity"]
    assert conductivities and min(conductivities) >= 0.01, conductivities
    noted = [v for r in results for v in r["evidence"] if v.get("table") == "Table 3" and v.get("row") == 14]
    assert noted and all("10³× off the text's 0.1 mS/cm" in v["note"] for v in noted)   # the value says why
    notes = store.query("MATCH (c:Conflict) WHERE c.kind = $k RETURN c.description AS d", {"k": KIND})
    assert len(notes) == 1 and "3LiBH4–LiI" in notes[0]["d"]


# ----------------------------------------------------------- the unit symbols of a quotient (ontology.units)
_MEASURED_DIMENSIONS = {"[mass] * [length] ** 2 / [time] ** 2",                # energy
                        "[current] * [time]",                                  # charge
                        "[current] ** 2 * [time] ** 3 / [mass] / [length] ** 2",  # conductance
                        "[current]", "[mass] * [length] ** 2 / [time] ** 3",   # current, power
                        "[length] ** 3", "[length] ** 2"}                      # volume, area
_DIVIDING_DIMENSIONS = {"[substance]", "[mass]", "[length]", "[temperature]", "[time]"}


def test_quotient_symbols_are_units_of_their_place():
    """The symbols ``ingest.extraction.text.pdf_copy`` reads a lost minus with are units pint knows, of the kind their
    place in a quotient says (a symbol of a wrong kind would make a word of text a unit)."""
    from ontology.units import DIVIDING_SYMBOLS, MEASURED_SYMBOLS, parse_unit
    for symbol in MEASURED_SYMBOLS:
        assert str(parse_unit(symbol).dimensionality) in _MEASURED_DIMENSIONS, symbol
    for symbol in DIVIDING_SYMBOLS:
        assert str(parse_unit(symbol).dimensionality) in _DIVIDING_DIMENSIONS, symbol

