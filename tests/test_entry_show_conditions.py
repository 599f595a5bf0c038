"""`hkg entry show` prints what each value was measured under and with, and how the sample was made: a
hydrogen capacity of 6.2 wt% printed without its 300 °C and 10 min, an onset without its heating rate, and
no word of the 20 h of milling, read as other results than the ones recorded. Properties by their labels."""
from __future__ import annotations

from ingest.entries.entry import load_entry
from kg.entries import EntryRepository
from ui.cli import main


def test_show_prints_conditions_technique_and_synthesis(tmp_path, capsys):
    data = str(tmp_path / "d")
    doc = load_entry({"title": "Oxide-catalysed magnesium hydride", "author": "A. Researcher", "samples": [
        {"id": "S1", "system": "MgH2 + 5 wt% Nb2O5", "measurements": [
            {"property": "desorbed_hydrogen_capacity", "value": 6.2, "unit": "wt%",
             "conditions": {"temperature": "300 °C", "time": "10 min"}},
            {"property": "onset dehydrogenation temperature", "value": 205, "unit": "degC",
             "conditions": {"heating_rate": "5 K/min"}, "technique": "TPD"},
            {"property": "dehydrogenation_activation_energy", "value": 72, "unit": "kJ/mol", "method": "Kissinger"}]}],
        "synthesis": [{"method": "ball milling", "milling_time": "20 h", "speed": "400 rpm"}]})
    EntryRepository(data).create(doc.document(), author="t", entry_id="nb-oxide")
    assert main(["entry", "show", "nb-oxide", "--data-dir", data]) == 0
    out = capsys.readouterr().out
    assert "desorbed hydrogen capacity: = 6.2 wt % at temperature 300 °C, time 10 min" in out, out
    assert "onset dehydrogenation temperature: = 205 °C at heating rate 5 K min⁻¹ · temperature-programmed " \
           "desorption" in out, out
    assert "dehydrogenation activation energy: = 72 kJ mol⁻¹  [Kissinger]" in out, out
    assert "synthesis step 1: ball milling, milling time 20 h, speed 400 rpm" in out, out
    assert "desorbed_hydrogen_capacity" not in out and "degC" not in out
