"""A curve file over the size limit is refused before it is read, also when nothing is derived.

``hkg entry attach`` read the whole file to store it (and to derive values), whatever its size.
The limit is ``ontology.limits.MAX_CURVE_FILE_BYTES``.
"""
from __future__ import annotations

import pytest

from kg import notebook as nb
from kg.entries import EntryRepository
from ontology.errors import UserError

DOC = {"title": "MgH2 milled", "author": "A. Researcher",
       "samples": [{"id": "S1", "system": "MgH2",
                    "measurements": [{"property": "hydrogen_capacity", "value": 6.0, "unit": "wt%"}]}]}


@pytest.mark.parametrize("derive", [True, False])
def test_an_oversized_curve_is_refused_and_nothing_is_stored(tmp_path, monkeypatch, derive):
    monkeypatch.setattr(nb, "MAX_CURVE_FILE_BYTES", 10_000)
    repo = EntryRepository(tmp_path)
    repo.create(dict(DOC), author="tester", entry_id="e1")
    curve = tmp_path / "long.csv"
    curve.write_text("T (°C),signal\n" + "".join(f"{100 + i * 0.01:.2f},0.1\n" for i in range(2_000)))
    book = nb.LabNotebook(tmp_path, graph=False)
    with pytest.raises(UserError, match=r"'long\.csv' is .* bytes; a curve file may have at most 10,000"):
        book.attach("e1", [curve], kind="tpd", author="tester", derive=derive)
    assert [r.action for r in repo.history("e1")] == ["create"]
    assert not any((tmp_path / "entries" / "files").rglob("*"))


@pytest.mark.parametrize("derive", [True, False])
def test_an_attached_curve_is_read_once_and_stored_as_read(tmp_path, monkeypatch, derive):
    """The bytes the values are derived from are the bytes stored: the file is read once."""
    from pathlib import Path

    repo = EntryRepository(tmp_path / "data")
    repo.create(dict(DOC), author="tester", entry_id="e1")
    curve = tmp_path / "sta.txt"
    curve.write_bytes((Path(__file__).parent / "fixtures" / "instruments" / "netzsch_sta.txt").read_bytes())
    reads = []
    real = Path.read_bytes

    def counted(self):
        if self.name == curve.name:
            reads.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    saved = nb.LabNotebook(tmp_path / "data", graph=False).attach("e1", [curve], kind="tpd", author="tester",
                                                                  derive=derive)
    assert len(reads) == 1
    (name, sha), = saved.files
    assert repo.read_file(sha) == curve.read_bytes() and name == "sta.txt"
    assert bool(saved.derived) == derive
