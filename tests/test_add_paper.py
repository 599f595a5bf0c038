"""Adding a paper from the Sources page: extraction with progress, a preview in the public form,
loading (idempotent) and the text kept for evidence; bad uploads get a message."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import paper_upload as papers
from kg.paper_ingest import MAX_PAPER_BYTES, PaperError
from kg.paper_texts import text_path

FIXTURE = Path(__file__).with_name("fixtures") / "doc_sample.md"


def test_extraction_reports_each_step_and_previews_the_contract():
    steps = []
    batch = papers.extract(FIXTURE.read_text(encoding="utf-8"), lambda d, t, s: steps.append((d, t, s)))
    assert [d for d, _, _ in steps] == [1, 2, 3, 4, 5] and steps[-1] == (5, 5, "done")
    rows = papers.preview(batch)
    assert rows and {"property", "value", "unit", "material", "system", "section", "table", "refs"} <= set(rows[0])
    onset = [r for r in rows if r["property"] == "onset_dehydrogenation_temperature" and r["value"] == 200.0]
    assert onset and onset[0]["material"] == "MgH2"


@pytest.mark.parametrize("data, message", [
    (b"\xff\xfe\x00bad", "not UTF-8"),
    (b"   \n", "empty"),
    (b"x" * (MAX_PAPER_BYTES + 1), "more than a paper"),
])
def test_bad_uploads_are_refused_with_the_reason(data, message):
    with pytest.raises(PaperError, match=message):
        papers.decode("paper.md", data)


@pytest.mark.slow   # ingests a paper twice into a built graph
def test_loading_twice_changes_nothing_and_keeps_the_text(tmp_path):
    from kg.store import open_store

    text = FIXTURE.read_text(encoding="utf-8")
    batch = papers.extract(text)
    with open_store("ladybug", data_dir=tmp_path / "kg") as s:
        papers.load(s, batch, text, data_dir=tmp_path)
        first = s.stats()["counts"]
        papers.load(s, batch, text, data_dir=tmp_path)
        assert s.stats()["counts"] == first and first["Measurement"] == len(batch.measurements)
    kept = text_path(batch.sources[0].id, tmp_path)
    assert kept.parent == tmp_path / "texts" and kept.read_text(encoding="utf-8") == text
    assert "/" not in kept.name and ":" not in kept.name


def test_sources_page_adds_a_pasted_paper(tmp_path, monkeypatch):
    from app_pages import page_test, shown_text

    from kg.store import open_store

    at = page_test(monkeypatch, tmp_path, "4_Sources.py", timeout=60)
    at.run()
    at.text_area(key="paper_text").set_value(FIXTURE.read_text(encoding="utf-8"))
    at.button(key="paper_extract").click().run()
    assert not at.exception and not at.error
    assert any(m.label == "Measurements" and int(m.value) > 0 for m in at.metric)
    at.button(key="paper_load").click().run()
    assert not at.exception and any("Loaded doi:10.9999/test.2025.001" in shown_text(s.value) for s in at.success)
    with open_store("ladybug", data_dir=tmp_path, read_only=True) as s:
        assert s.query("MATCH (x:Source {id: $id}) RETURN x.title AS t", {"id": "doi:10.9999/test.2025.001"})
    # the page now finds the paper's text on this machine: evidence is shown, not the caption
    at.run()
    assert not any("not on this machine" in c.value for c in at.caption)
    # bad input: a message, not a traceback
    at.text_area(key="paper_text").set_value("")
    at.button(key="paper_extract").click().run()
    assert not at.exception and any("empty" in e.value for e in at.error)
