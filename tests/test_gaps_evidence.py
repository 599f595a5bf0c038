"""`hkg report gaps` shows where each value was read: source, section or table row, refs, and the
evidence sentence when the source's text is on this machine."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "snapshot" / "review.batch.json"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not SNAPSHOT.is_file(), reason=f"{SNAPSHOT} missing: rebuild the snapshot")


def _report(data_dir, capsys) -> dict:
    from ui.cli import main

    assert main(["report", "gaps", "--data-dir", str(data_dir), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _values(doc):
    for c in doc["contradictions"]:
        yield from (v for v in c["values"] if "candidates" not in v)
    for g in doc["gaps"]:
        for item in g["evidence"]:
            yield from item.get("examples", [])


def test_every_report_value_names_its_place(data_dir, capsys):
    vals = [v for v in _values(_report(data_dir, capsys)) if v.get("source")]
    assert vals
    for v in vals:
        ev = v["evidence"]
        assert ev["source"] == v["source"] and ev["place"], v
        assert isinstance(ev["refs"], list)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} absent: evidence sentences need the review text")
def test_report_quotes_the_source_when_its_text_is_here(data_dir, capsys):
    vals = [v for v in _values(_report(data_dir, capsys)) if v.get("source")]
    quoted = [v for v in vals if v["evidence"].get("sentence") or v["evidence"].get("table_row")]
    assert len(quoted) >= 0.8 * len(vals), (len(quoted), len(vals))
    from ui.cli import main

    assert main(["report", "gaps", "--data-dir", str(data_dir)]) == 0
    md = capsys.readouterr().out
    assert "### Evidence of the gaps" in md and "row: " in md and "“" in md


def test_without_the_text_the_report_says_how_to_supply_it(data_dir, capsys, monkeypatch, tmp_path):
    import kg.evidence

    monkeypatch.setattr(kg.evidence, "_dirs", lambda data_dir=None: [tmp_path])
    vals = [v for v in _values(_report(data_dir, capsys)) if v.get("source")]
    assert vals and all("HKG_SOURCE_TEXT_DIRS" in v["evidence"]["text_missing"] for v in vals)
