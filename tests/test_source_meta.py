"""The Source of a paper: DOI, title and publication year from the article's history lines."""
from __future__ import annotations

from ingest.extract import make_source

PAPER = """# Nanoconfined LiBH4 for fast Li-ion conduction

DOI: 10.1000/xyz.2021.42

Received: November 3, 2020
Accepted: 2 February 2021
Published online:

- [1] A. Author, *J. Test* **2001**, *1*, 1.
"""


def test_doi_title_and_year_from_history():
    src = make_source(PAPER)
    assert src.doi == "10.1000/xyz.2021.42" and src.id == "doi:10.1000/xyz.2021.42"
    assert src.title == "Nanoconfined LiBH4 for fast Li-ion conduction"
    assert src.year == 2021          # accepted beats received; the empty "Published online" is skipped


def test_no_history_means_no_year_not_a_reference_year():
    assert make_source("# A note\n\nMgH2 releases H2 at 300 °C [1].\n\n- [1] B. Author, 1999.").year is None
