"""A source's passage is shown as it reads typeset: its HTML and inline LaTeX as characters, not tags."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ui.app.display import readable_markup


@pytest.mark.parametrize("raw, shown", [
    ("about 45 kJ mol<sup>-1</sup> per H<sub>2</sub> from Mg<sub>2</sub>NiH<sub>4</sub>",
     "about 45 kJ mol⁻¹ per H₂ from Mg₂NiH₄"),
    (r"the $2\text{NaBH}_4\cdot\text{KI}$ salt", "the 2NaBH₄·KI salt"),
    (r"near $10^{-3}$ S/cm", "near 10⁻³ S/cm"),
    ("x<sup>n</sup> and <i>in situ</i>", "x^n and in situ"),        # no superscript n: said, not lost
    ("priced $5 and $6, 5 < 6", "priced $5 and $6, 5 < 6"),         # plain text stays as it is
])
def test_markup_in_a_passage_becomes_the_characters_it_stands_for(raw, shown):
    assert readable_markup(raw) == shown


@pytest.mark.slow   # the review page over a copy of the built graph
def test_the_review_page_shows_its_evidence_without_tags(literature_graph, tmp_path, monkeypatch):
    from app_pages import page_test
    from state_reset import reset_store_cache

    folder = tmp_path / "d"
    shutil.copytree(literature_graph, folder)
    reset_store_cache()
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"     # the review's text, if here
    if corpus.is_dir():
        monkeypatch.setenv("HKG_SOURCE_TEXT_DIRS", str(corpus))
    at = page_test(monkeypatch, folder, "6_Review_facts.py").run()
    assert not at.exception, at.exception
    shown = [m.value for m in at.markdown]
    if not any("Section" in c.value or "row" in c.value for c in at.caption):
        pytest.skip("the review's text is not on this machine: no evidence to show")
    assert not any("sub\\>" in t or "sup\\>" in t or "<sub>" in t for t in shown), shown
    reset_store_cache()
