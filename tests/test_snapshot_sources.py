"""A snapshot identifies a source with a DOI by that DOI: its title is bibliographic metadata the snapshot does not
repeat; a snapshot written before (with titles) still loads with them."""
import json

import pytest

from ingest.snapshot import read_batch, write_batch
from ontology.models import GraphBatch, Source


@pytest.mark.parametrize("doi, title", [
    ("10.1000/example.0001", "Magnesium Hydride Films on Copper Foil"),
    ("10.1000/example.0002", "A Study of Lithium Amide Kinetics"),
    ("10.1000/example.0003", "Borohydride Confinement in Porous Carbons"),
])
def test_a_source_with_a_doi_is_written_without_its_title_and_read_by_its_doi(tmp_path, doi, title):
    path = tmp_path / "one.batch.json"
    write_batch(GraphBatch(sources=[Source(id=f"doi:{doi}", kind="publication", title=title, doi=doi)]), path)
    written = json.loads(path.read_text(encoding="utf-8"))["sources"][0]
    assert "title" not in written and written["doi"] == doi
    assert read_batch(path).sources[0].title == doi


def test_a_source_without_a_doi_keeps_its_title(tmp_path):
    # near miss: a lab entry or a text with no DOI has nothing else to be shown by
    path = tmp_path / "entry.batch.json"
    write_batch(GraphBatch(sources=[Source(id="eln:42", kind="lab_entry", title="Milled MgH2, run 7")]), path)
    assert json.loads(path.read_text(encoding="utf-8"))["sources"][0]["title"] == "Milled MgH2, run 7"
    assert read_batch(path).sources[0].title == "Milled MgH2, run 7"


def test_a_snapshot_written_with_titles_still_loads_them(tmp_path):
    path = tmp_path / "old.batch.json"
    path.write_text(json.dumps({"sources": [{"id": "doi:10.1000/example.0004", "kind": "publication",
                                             "doi": "10.1000/example.0004", "title": "An Older Snapshot"}]}),
                    encoding="utf-8")
    assert read_batch(path).sources[0].title == "An Older Snapshot"


def test_a_kept_extraction_keeps_the_title_of_a_source_with_a_doi(tmp_path):
    from kg.curation import extracted_batches, keep_extracted
    source = Source(id="doi:10.1000/example.0005", kind="publication", title="Kept Here With Its Title",
                    doi="10.1000/example.0005")
    keep_extracted(tmp_path, GraphBatch(sources=[source]))
    assert [b.sources[0].title for b in extracted_batches(tmp_path)] == ["Kept Here With Its Title"]
