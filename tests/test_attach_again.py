"""A curve attached a second time to the same sample (the command run again with the heating rate added, or
the page's button clicked twice) gives one reading of the file: the values read from it before are replaced
(the earlier revision keeps them), never doubled in the entry and so in the graph and the reports."""
from __future__ import annotations

import numpy as np


def _tpd(folder):
    T = np.linspace(100, 450, 351)
    signal = 0.02 + np.exp(-0.5 * ((T - 240) / 18) ** 2)
    path = folder / "tpd.csv"
    path.write_text("T (°C),signal (a.u.)\n" + "\n".join(f"{a:.2f},{b:.5f}" for a, b in zip(T, signal)),
                    encoding="utf-8")
    return path


def _notebook(tmp_path):
    from kg.notebook import LabNotebook

    nb = LabNotebook(tmp_path / "d", graph=False)
    nb.add(nb.validate({"title": "Milled MgH2 with an oxide", "author": "a",
                        "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Nb2O5", "measurements": [
                            {"property": "onset_dehydrogenation_temperature", "value": 205, "unit": "degC"}]}]}),
           author="curie", entry_id="e1")
    return nb


def _measurements(nb):
    return nb.get("e1").document["samples"][0]["measurements"]


def test_the_same_curve_attached_again_replaces_its_values(tmp_path):
    nb = _notebook(tmp_path)
    curve = _tpd(tmp_path)
    nb.attach("e1", [curve], kind="tpd", author="curie")
    once = _measurements(nb)
    nb.attach("e1", [curve], kind="tpd", author="curie", heating_rate="5 K/min")
    twice = _measurements(nb)
    assert len(twice) == len(once) == 3, twice                 # the typed value and the two read from the curve
    derived = [m for m in twice if m.get("derived_from") == "tpd.csv"]
    assert all(m["conditions"].get("heating_rate") for m in derived), derived   # the newer reading stands
    assert twice[0]["value"] == 205 and "derived_from" not in twice[0]          # typed values are never touched
    first = nb.get("e1", 2).document["samples"][0]["measurements"]
    assert first == once                                       # the earlier revision keeps its reading


def test_another_file_adds_its_values(tmp_path):
    nb = _notebook(tmp_path)
    curve = _tpd(tmp_path)
    nb.attach("e1", [curve], kind="tpd", author="curie")
    other = tmp_path / "b"
    other.mkdir()
    second = _tpd(other).rename(other / "tpd-10K.csv")
    nb.attach("e1", [second], kind="tpd", author="curie", heating_rate="10 K/min")
    assert len(_measurements(nb)) == 5


def test_attaching_again_without_reading_keeps_the_values(tmp_path):
    nb = _notebook(tmp_path)
    curve = _tpd(tmp_path)
    nb.attach("e1", [curve], kind="tpd", author="curie")
    nb.attach("e1", [curve], kind="tpd", author="curie", derive=False)
    assert len(_measurements(nb)) == 3
