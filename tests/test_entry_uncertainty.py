"""A lab value keeps its '±': 'Ea 72 ± 3 kJ/mol (Kissinger)' recorded without the ± 3 said the energy was
known exactly. The entry's measurement takes an uncertainty (a number in the value's unit, or a quantity in
a unit of the same kind, converted as a difference), refused when negative or of another kind; the graph
keeps it (a store made before gains the column and loses nothing), and `hkg entry show`, the gap report's
lab rows and the analogs' values print it. Entries written for this test."""
from __future__ import annotations

import pytest

from ingest.entries.entry import EntryValidationError, entry_to_batch, load_entry


def _doc(**measurement):
    m = {"property": "dehydrogenation_activation_energy", "value": 72, "unit": "kJ/mol", "method": "Kissinger",
         **measurement}
    return {"id": "nb-ea", "title": "Oxide-catalysed magnesium hydride", "author": "A. Researcher",
            "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Nb2O5", "measurements": [
                m, {"property": "onset dehydrogenation temperature", "value": 205, "unit": "degC",
                    "uncertainty": "2 K"}]}]}


def _uncertainties(doc) -> list:
    return [m.uncertainty for m in entry_to_batch(load_entry(doc)).measurements]


@pytest.mark.parametrize("given", [3, 3.0, "3", "3 kJ/mol", "3000 J/mol", "± 3"])
def test_an_uncertainty_is_kept_in_the_value_s_unit(given):
    # a temperature's ± 2 K is ± 2 °C (a difference: no offset)
    assert _uncertainties(_doc(uncertainty=given)) == [3.0, 2.0]


def test_a_value_without_uncertainty_has_none():
    assert _uncertainties(_doc())[0] is None


@pytest.mark.parametrize("given, words", [
    (-3, "-3 is negative; an uncertainty is the ± half-width, so write it without the sign (e.g. 3)"),
    ("3 wt%", "is not in a unit of the value (kJ mol⁻¹); write it in kJ mol⁻¹"),
    ("about three", "is not understood; write the ± part as a number in the value's unit"),
    (True, "true is true/false, not a number")])
def test_a_negative_or_foreign_uncertainty_is_refused_at_its_field(given, words):
    with pytest.raises(EntryValidationError) as err:
        load_entry(_doc(uncertainty=given))
    assert [i.path for i in err.value.issues] == ["samples[0].measurements[0].uncertainty"], err.value.issues
    assert words in err.value.issues[0].message


def test_entry_show_prints_the_plus_minus(tmp_path, capsys):
    from kg.entries import EntryRepository
    from ui.cli import main

    data = str(tmp_path / "d")
    EntryRepository(data).create(load_entry(_doc(uncertainty="3 kJ/mol")).document(), author="t", entry_id="nb-ea")
    assert main(["entry", "show", "nb-ea", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "dehydrogenation activation energy: = 72 ± 3 kJ mol⁻¹  [Kissinger]" in out, out
    assert "onset dehydrogenation temperature: = 205 ± 2 °C" in out, out


def test_the_graph_keeps_it_and_the_reports_print_it(ontology_store, tmp_path):
    from app_pages import graph_of

    from kg.gaps.lab import compare
    from kg.gaps.read import read_rows
    from kg.store import open_store
    from ui.report.render import lab_value_text

    data = graph_of(ontology_store, tmp_path / "d", entry_to_batch(load_entry(_doc(uncertainty=3)), 1))
    with open_store("ladybug", data_dir=data) as store:
        got = store.query("MATCH (m:Measurement) RETURN m.value AS value, m.uncertainty AS u ORDER BY value")
        assert got == [{"value": 72.0, "u": 3.0}, {"value": 205.0, "u": 2.0}]
        rows = read_rows(store)
    (lab,) = [c for c in compare(rows["systems"], rows["measurements"]) if c.value == 72.0]
    assert lab.uncertainty == 3.0 and lab_value_text(lab).startswith("72 ± 3 kJ mol⁻¹")


def test_a_store_made_before_gains_the_column_and_keeps_its_values(ontology_store, tmp_path, monkeypatch, capsys):
    """As the start code made it: no `uncertainty` column, another schema stamp; the first `hkg` command that
    reads the graph adds the column (null) and every value stays."""
    from app_pages import graph_of

    from kg.store import open_store
    from ui.cli import main

    data = graph_of(ontology_store, tmp_path / "d", entry_to_batch(load_entry(_doc()), 1))
    with open_store("ladybug", data_dir=data) as store:
        store._write([("ALTER TABLE Measurement DROP uncertainty", {}),
                      ("MATCH (m:HkgMeta) SET m.schema_version = 'older'", {})])
        assert store.missing_columns() == ["ALTER TABLE Measurement ADD `uncertainty` DOUBLE"]
        before = store.query("MATCH (m:Measurement) RETURN m.id AS id, m.value AS value ORDER BY id")
    monkeypatch.setenv("HKG_DATA_DIR", str(data))
    assert main(["facts", "list", "--json"]) == 0
    assert "made by an older HydrideKG" in capsys.readouterr().err
    with open_store("ladybug", data_dir=data, read_only=True) as store:
        assert store.missing_columns() == [] and store.schema_is_current()
        after = store.query("MATCH (m:Measurement) RETURN m.id AS id, m.value AS value, m.uncertainty AS u "
                            "ORDER BY id")
    assert [{k: r[k] for k in ("id", "value")} for r in after] == before and len(after) == 2
    assert {r["u"] for r in after} == {None}


def test_analog_values_print_the_plus_minus():
    from ui.app.analog_views import evidence_rows

    class Analog:
        evidence = [{"property": "dehydrogenation_activation_energy", "value": 72.0, "unit": "kJ/mol",
                     "uncertainty": 3.0}]

    assert evidence_rows(Analog())[0]["value"] == "72 ± 3 kJ mol⁻¹"


def test_the_analogs_comparison_gives_the_lab_value_with_its_plus_minus():
    from kg.analogs.explain import _compared

    prop = "dehydrogenation_activation_energy"
    lab = {"property": prop, "value": 72.0, "uncertainty": 3.0, "method": "Kissinger"}
    said = _compared(prop, {"property": prop, "value": 78.0, "method": "Kissinger"}, 72.0, [lab], "kJ mol⁻¹")
    assert said.startswith("72 ± 3 kJ mol⁻¹ (ratio 1.1×)"), said
    # a value given without one (or read from a graph written before the column) prints as before
    assert _compared(prop, {"property": prop, "value": 78.0}, 72.0, [{**lab, "uncertainty": None}],
                     "kJ mol⁻¹").startswith("72 kJ mol⁻¹ (ratio 1.1×)")


@pytest.mark.parametrize("value, unit, given, kept", [
    (72, "kJ/mol", "0.05 eV", 4.82426660617),    # a ± per particle on a molar value: by Avogadro's number
    (0.75, "eV", "4.8 kJ/mol", 4.8),             # and back (kept, as the value, in kJ/mol)
    (72, "kJ/mol", "3 kJ/mol", 3.0)])
def test_an_uncertainty_converts_as_its_value_does(value, unit, given, kept):
    # the entry's ± and the stored measurement's are converted by one function (ontology.models.uncertainty_in)
    assert _uncertainties(_doc(value=value, unit=unit, uncertainty=given))[0] == pytest.approx(kept, rel=1e-9)
