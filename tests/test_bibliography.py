"""Reference-list entries are kept as bibliographic fields, never as the citing paper's text."""
import json

import pytest

from ingest.documents.bibliography import citation_fields
from ingest.documents.document import parse_document
from ingest.snapshot import read_batch
from ontology.models import Reference


@pytest.mark.parametrize("body, expected", [
    ("Q. Writer, P. R. da Costa, *J. Test. Chem.* **2021**, *14*, 2201.",
     {"authors": ["Writer, Q.", "da Costa, P. R."], "journal": "J. Test. Chem.", "year": 2021,
      "volume": "14", "pages": "2201"}),
    ("K.-H. Lee, T. A. Brown Jr., S.-i. Sato, *Mater. Today* **2019**, 22, 101–110.",
     {"authors": ["Lee, K.-H.", "Brown Jr., T. A."], "author_count": 3, "journal": "Mater. Today",
      "year": 2019, "volume": "22", "pages": "101–110"}),
    # plain text of a PDF reference list: an abbreviated journal is not taken for a person
    ("A. Smith, B. Jones, J. Alloys Compd. 2020, 829, 154597. https://doi.org/10.1016/j.x.2020.1",
     {"authors": ["Smith, A.", "Jones, B."], "journal": "J. Alloys Compd.", "year": 2020,
      "volume": "829", "pages": "154597", "doi": "10.1016/j.x.2020.1"}),
    ("M. Novak et al., *Int. J. Hydrogen Energy* **2018**, *43*, 5.",
     {"authors": ["Novak, M."], "journal": "Int. J. Hydrogen Energy", "year": 2018}),
])
def test_fields_of_an_entry(body, expected):
    fields = citation_fields(body)
    for name, value in expected.items():
        assert fields[name] == value, name


def test_a_book_title_in_italics_is_not_kept_as_text():
    fields = citation_fields("R. Writer, *A Long Book About Waves And Other Things*, Press, Town **2001**.")
    assert fields["authors"] == ["Writer, R."] and fields["year"] == 2001
    assert "text" not in fields


def test_citation_is_short_and_counts_parts():
    ref = Reference(key="3", source_id="doi:x", authors=["Writer, Q.", "Reader, P.", "Third, T."],
                    journal="J. Test", year=2021, volume="4", pages="12", parts=2)
    assert ref.citation == "Writer, Q. et al., J. Test 2021, 4, 12 (+1 more)"


def test_a_combined_entry_keeps_each_part():
    text = ("# A paper\n\n## References\n\n"
            "- [7] a) A. One, *J. First* **2001**, *1*, 10; b) B. Two, C. Three, *J. Second* **2002**, *2*, 20.\n")
    refs = parse_document(text).references
    assert refs["7"].parts == 2 and refs["7"].journal == "J. First"
    assert refs["7b"].authors == ["Two, B.", "Three, C."] and refs["7b"].year == 2002


def test_a_batch_written_with_reference_text_still_loads(tmp_path):
    legacy = {"sources": [{"id": "doi:x", "kind": "publication", "title": "T"}],
              "references": [{"key": "1", "source_id": "doi:x",
                              "text": "A. One, *J. First* **2001**, *1*, 10."}]}
    path = tmp_path / "old.batch.json"
    path.write_text(json.dumps(legacy), encoding="utf-8")
    ref = read_batch(path).references[0]
    assert ref.authors == ["One, A."] and ref.journal == "J. First" and ref.year == 2001


def test_a_long_author_list_keeps_two_names_and_the_count():
    names = ", ".join(f"{chr(65 + i)}. Name{chr(97 + i)}" for i in range(12))
    fields = citation_fields(f"{names}, *J. Test. Chem.* **2020**, *3*, 7.")
    assert fields["authors"] == ["Namea, A.", "Nameb, B."] and fields["author_count"] == 12
    ref = Reference(key="1", source_id="doi:x", **fields)
    assert ref.citation.startswith("Namea, A. et al., J. Test. Chem. 2020")


def test_the_shipped_snapshot_keeps_no_full_author_list():
    from pathlib import Path
    refs = read_batch(Path(__file__).parents[1] / "data" / "snapshot" / "review.batch.json").references
    assert refs and all(len(r.authors) <= 2 for r in refs)
    assert any(r.author_count > 2 for r in refs)   # counted, so citations still say "et al."



@pytest.mark.parametrize("head, names", [
    ("R. Quill, T. Vane et al., Hydride Lett. 2017", ["Quill, R.", "Vane, T."]),
    ("R. Quill et al, Hydride Lett. 2017", ["Quill, R."]),
    ("R. Quill, et al. Hydride Lett. 2017", ["Quill, R."]),
    ("R. Quill, S. Metal, Hydride Lett. 2017", ["Quill, R.", "Metal, S."]),
    ("R. Petal, S. Metal, Hydride Lett. 2017", ["Petal, R.", "Metal, S."]),   # (a near miss: 'etal', no 'et al')
])
def test_et_al_is_looked_for_only_in_a_name_that_says_it_with_the_same_names(head, names):
    """'et al' is looked for only in an item that holds those letters: every item the pattern finds it in does, so
    the names are those read with the pattern asked of every item."""
    from ingest.documents.bibliography import _ET_AL, _authors, _items
    items = [head[a:b].strip() for a, b in _items(head)]
    assert all("et al" in item for item in items if _ET_AL.search(item))
    assert _authors(head)[0] == names
