"""The Sources page of a lab entry: its revisions, not a hint to go and find a paper's text."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "entry_li_electrolyte.json"


@pytest.mark.slow   # an entry added and edited on a copy of the built graph, then the page
def test_a_lab_entry_shows_its_revisions_on_the_sources_page(literature_graph, tmp_path, monkeypatch, capsys):
    from app_pages import page_test
    from state_reset import reset_store_cache

    from kg.entries import EntryRepository
    from ui.cli import main

    folder = tmp_path / "d"
    shutil.copytree(literature_graph, folder)
    reset_store_cache()
    assert main(["entry", "add", str(FIXTURE), "--data-dir", str(folder), "--user", "curie"]) == 0
    (rev,) = EntryRepository(folder).list()
    assert main(["entry", "delete", rev.entry_id, "--data-dir", str(folder), "--user", "curie"]) == 0
    assert main(["entry", "restore", rev.entry_id, "--data-dir", str(folder), "--user", "curie"]) == 0
    capsys.readouterr()
    at = page_test(monkeypatch, folder, "4_Sources.py")
    at.query_params["source"] = f"lab:{rev.entry_id}"
    at.run()
    assert not at.exception, at.exception
    (revisions,) = [df.value for df in at.dataframe if "revision" in df.value.columns]
    assert list(revisions["revision"]) == [1, 2, 3] and set(revisions["author"]) == {"curie"}
    assert not any("HKG_SOURCE_TEXT_DIRS" in c.value for c in at.caption)   # no paper to look for
    reset_store_cache()


@pytest.mark.slow   # an entry added on a copy of the built graph, then the gap report page
def test_the_lab_values_place_comes_before_the_entry_id_in_the_gap_report(literature_graph, tmp_path, monkeypatch,
                                                                          capsys):
    # The entry's long id and title pushed the value, percentile and rank off the screen's right edge.
    from app_pages import page_test
    from state_reset import reset_store_cache

    from ui.cli import main

    folder = tmp_path / "d"
    shutil.copytree(literature_graph, folder)
    reset_store_cache()
    assert main(["entry", "add", str(FIXTURE), "--data-dir", str(folder), "--user", "curie"]) == 0
    capsys.readouterr()
    at = page_test(monkeypatch, folder, "3_Gap_report.py").run()
    assert not at.exception, at.exception
    (lab,) = [df.value for df in at.dataframe if "percentile" in df.value.columns]
    assert list(lab.columns[:5]) == ["system", "property", "value", "percentile", "rank"]
    assert list(lab.columns[-2:]) == ["entry", "title"]
    reset_store_cache()
