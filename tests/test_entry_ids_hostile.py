"""Entry ids a hostile user may choose: none may hide an entry or pass for another one.

An entry's id names its folder beside the content-addressed ``files`` folder, so ``files`` as an id
stored a revision nobody could list; and ``$`` in the id pattern also matched before a final line
break, so ``dup`` and ``dup\\n`` were two entries that print the same.
"""
from __future__ import annotations

import pytest

from kg.entries import EntryRepository, EntryStoreError

DOC = {"title": "MgH2 milled", "author": "A. Researcher",
       "samples": [{"id": "S1", "system": "MgH2",
                    "measurements": [{"property": "hydrogen_capacity", "value": 6.0, "unit": "wt%"}]}]}


@pytest.mark.parametrize("entry_id", ["files", "FILES", "dup\n", "dup\r\n"])
def test_an_id_that_would_hide_or_shadow_an_entry_is_refused(tmp_path, entry_id):
    repo = EntryRepository(tmp_path)
    repo.create(dict(DOC), author="tester", entry_id="dup")
    with pytest.raises(EntryStoreError, match="entry id"):
        repo.create(dict(DOC), author="tester", entry_id=entry_id)
    assert repo.ids() == ["dup"]
    assert sorted(p.name for p in (tmp_path / "entries").iterdir() if not p.name.startswith(".")) == ["dup", "files"]


@pytest.mark.parametrize("entry_id", ["files", "dup\n"])
def test_the_document_id_field_is_held_to_the_same_rule(entry_id):
    from ingest.entries.entry import LabEntry

    with pytest.raises(ValueError, match="entry id|control character"):
        LabEntry.model_validate({**DOC, "id": entry_id})


def test_a_file_digest_with_a_trailing_line_break_is_refused():
    from ingest.entries.entry import LabEntry

    digest = "a" * 64
    files = [{"name": "a.csv", "sha256": digest + "\n", "size": 1}]
    with pytest.raises(ValueError, match="sha256"):
        LabEntry.model_validate({**DOC, "files": files})
    assert LabEntry.model_validate({**DOC, "files": [{**files[0], "sha256": digest}]})


def test_the_cli_names_the_fix(tmp_path, monkeypatch, capsys):
    import yaml

    from ui.cli import main

    monkeypatch.setenv("HKG_DATA_DIR", str(tmp_path))
    path = tmp_path / "e.yaml"
    path.write_text(yaml.safe_dump(DOC))
    assert main(["entry", "add", str(path), "--id", "files", "--no-graph", "--user", "tester"]) == 2
    err = capsys.readouterr().err
    assert "'files'" in err and "reserved" in err and "Traceback" not in err
