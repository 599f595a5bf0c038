"""A paper written '# <title>' then '## Abstract': the abstract is about the title's sample (its heading names no
subject of its own); a later section still starts afresh. Documents written for these tests."""
import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _rows(doc: str) -> list[dict]:
    return [r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"]


def _adds(row) -> list[str]:
    return sorted(c["material"] for c in row["components"][1:])


@pytest.mark.parametrize("heading", ["## Abstract", "## ABSTRACT", "### Summary", "## Graphical abstract", "## Abstract:"])
def test_the_abstract_under_the_title_reads_the_titles_sample(heading):
    rows = _rows(f"# Catalytic effect of Nb2O5 on MgH2\n\n{heading}\n\nThe composite starts to release hydrogen at 190 °C.\n")
    assert len(rows) == 1 and rows[0]["material"] == "MgH2" and _adds(rows[0]) == ["Nb2O5"], rows
    assert rows[0]["source"]["section"] is not None


def test_the_sections_after_the_abstract_start_afresh():
    rows = _rows("# Catalytic effect of Nb2O5 on MgH2\n\n## Abstract\n\nThe composite starts to release hydrogen at "
                 "190 °C.\n\n## 1. Introduction\n\nMgH2 releases hydrogen only above 350 °C.\n")
    by_value = {r["value"]: r for r in rows}
    assert _adds(by_value[190.0]) == ["Nb2O5"] and _adds(by_value[350.0]) == [], rows


def test_a_heading_that_is_not_the_abstract_is_a_passage_of_its_own():
    # "## Results" right under the title is a section of its own: the bare host named there is bare
    rows = _rows("# Catalytic effect of Nb2O5 on MgH2\n\n## Experimental\n\nMgH2 powder releases hydrogen at 360 °C "
                 "as received.\n")
    assert all(_adds(r) == [] for r in rows), rows
