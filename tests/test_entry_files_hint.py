"""`hkg entry add` with a files: item the file store lacks names only the ways to attach that exist:
the app has no attach form, so the Record page is no way to do it."""
from __future__ import annotations

from pathlib import Path

FIX = Path(__file__).with_name("fixtures")


def test_the_missing_file_hint_names_only_ways_that_exist(monkeypatch, tmp_path, capsys):
    from ui.cli import main

    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HKG_STORE", "ladybug")
    monkeypatch.setenv("HKG_USER", "tester")
    assert main(["entry", "add", str(FIX / "entry_mgh2_ni.yaml"), "--id", "mg1", "--no-graph"]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "Record page" not in err
    assert "hkg entry attach mg1 FILE --kind" in err and "HydrideKG.attach" in err
    assert "hkg eln import" in err and "ELN exchange page" in err


def test_the_ways_the_hint_names_are_there():
    """The hint stays true: the attach command, the API method, the .eln import and its page exist."""
    import argparse

    from ui.api import HydrideKG
    from ui.cli import eln, entry

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    entry.register(sub)
    eln.register(sub)
    assert parser.parse_args(["entry", "attach", "mg1", "f.csv", "--kind", "tpd"])
    assert parser.parse_args(["eln", "import", "x.eln"])
    assert callable(HydrideKG.attach)
    assert (Path(__file__).resolve().parents[1] / "ui" / "app" / "pages" / "5_ELN_exchange.py").is_file()
    record = (Path(__file__).resolve().parents[1] / "ui" / "app" / "pages" / "1_Record_experiment.py").read_text()
    assert "file_uploader" not in record                  # were a form added, the hint could name it again
