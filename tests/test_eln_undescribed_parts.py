"""A record the crate lists but does not describe is said, not silently dropped.

A Dataset node that lost its ``@id`` (or one hasPart names that was never written) made
``hkg eln import`` report "0 record(s)" and succeed, with no word on what happened to the record.
"""
from __future__ import annotations

import copy

from tests.test_eln_safety import META, build
from ui.cli import main


def test_a_listed_folder_without_a_node_is_named_in_the_preview(tmp_path, monkeypatch, capsys):
    meta = copy.deepcopy(META)
    del meta["@graph"][2]["@id"]                     # the record's node without its @id
    path = build(tmp_path / "lost.eln", [("crate/exp/a.csv", b"x")], meta)
    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path / "data"))
    assert main(["eln", "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "0 record(s)" in out
    assert "does not describe" in out and "'./exp/'" in out
