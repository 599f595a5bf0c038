"""The commands print a value, or a range, as the pages do (ontology.units.number_text: never e-notation), with the
six significant digits of Python's 'g': '250–300', '1.2 × 10⁻⁵', '12.3456' (entries, facts, analogs alike)."""
from __future__ import annotations

from ingest.entries.entry import load_entry
from kg.entries import EntryRepository
from ui.cli import main
from ui.cli.common import value_text


def test_value_text_writes_ranges_and_powers_of_ten():
    assert value_text(250, 300) == "250–300"
    assert value_text(1.2e-5) == "1.2 × 10⁻⁵"
    assert value_text(12.3456) == "12.3456"
    assert value_text(3.5e7, 4.2e7) == "3.5 × 10⁷–4.2 × 10⁷"


def test_entry_show_prints_a_small_conductivity_without_e_notation(tmp_path, capsys):
    data = str(tmp_path / "d")
    doc = load_entry({"title": "LiBH4–LiI pellet", "author": "A. Researcher", "samples": [
        {"id": "S", "system": "LiBH4–LiI", "measurements": [
            {"property": "ionic_conductivity", "value": 1.2e-5, "unit": "S/cm", "conditions": {"temperature": 30}},
            {"property": "peak_dehydrogenation_temperature", "value": 250, "value_max": 300, "unit": "degC"}]}]})
    EntryRepository(data).create(doc.document(), author="t", entry_id="pellet")
    assert main(["entry", "show", "pellet", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "1.2 × 10⁻⁵ S cm⁻¹" in out and "e-05" not in out       # units typeset as the pages print them
    assert "= 250–300 °C" in out
