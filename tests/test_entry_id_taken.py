"""Adding an entry under an id already taken names the fix: the command that changes the stored entry (with
the revision to base it on) and the option that keeps both; it said only 'edit it instead'. Nothing is
written and the stored entry is untouched."""
from __future__ import annotations

from ui.cli import main


def test_a_second_add_under_the_same_id_names_the_commands(tmp_path, capsys):
    f = tmp_path / "e.yaml"
    f.write_text("id: batch-7\ntitle: Milled magnesium hydride, batch 7\nauthor: A. Researcher\n"
                 "samples:\n  - id: S1\n    system: MgH2 + 5 wt% Nb2O5\n", encoding="utf-8")
    data = str(tmp_path / "d")
    assert main(["entry", "add", str(f), "--data-dir", data, "--no-graph"]) == 0
    capsys.readouterr()
    assert main(["entry", "add", str(f), "--data-dir", data, "--no-graph"]) == 2
    err = capsys.readouterr().err
    assert "entry 'batch-7' already exists (revision 1)" in err, err
    assert "hkg entry edit batch-7 FILE --base 1" in err and "--id" in err, err
    from kg.entries import EntryRepository

    assert [r.revision for r in EntryRepository(data).history("batch-7")] == [1]
