"""ingest.documents.document: sections, blocks, sentences (absolute offsets), tables, references, citation keys."""
from pathlib import Path

import pytest

from ingest.documents.document import citation_keys, parse_document, split_sentences
from ingest.documents.references import references

FIX = Path(__file__).parent / "fixtures" / "doc_sample.md"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "li-mg-hydrides-review.md"


@pytest.fixture(scope="module")
def doc():
    return parse_document(FIX.read_text(encoding="utf-8"))


def test_sections_numbers_levels_parents(doc):
    nums = [s.number for s in doc.sections]
    assert nums == ["1", "2", "2.1", "2.1.1"]
    s = doc.section("2.1.1")
    assert s.level == 3 and s.parent == "2.1" and s.title == "Metals"
    # a section ends where the next one of the same or higher level starts
    assert doc.section("2").end >= doc.section("2.1.1").end
    assert doc.title == "A Test Review of Light Hydrides"
    assert doc.doi == "10.9999/test.2025.001"


def test_blocks_keep_captions_tables_references_apart(doc):
    kinds = [b.kind for b in doc.blocks]
    assert "caption" in kinds and "table" in kinds and "references" in kinds
    caption = next(b for b in doc.blocks if b.kind == "caption" and "Figure 1" in b.text)
    assert caption.sentences == []
    prose_text = " ".join(s.text for s in doc.sentences())
    assert "Reproduced with permission" not in prose_text
    assert "Doping ratio" not in prose_text


def test_sentences_offsets_are_into_original_text(doc):
    text = FIX.read_text(encoding="utf-8")
    for s in doc.sentences():
        assert text[s.start:s.end] == s.text


def test_sentence_splitting_respects_abbreviations(doc):
    intro = [s.text for s in doc.sentences() if s.section == "1"]
    assert len(intro) == 4, intro
    assert intro[1].startswith("Ref. 2 lists ca. 7.6 wt%")
    assert intro[2].startswith("Smith et al. measured it again (Fig. 2)")
    assert intro[2].endswith("$^{3,4}$")
    assert [s.refs for s in doc.sentences() if s.section == "1"] == [["1"], [], ["3", "4"], ["5", "6", "7"]]


def test_split_sentences_decimal_and_offset():
    out = split_sentences("It holds 5.6 wt%. Then 3. More text.", offset=100)
    assert [t for _, _, t in out] == ["It holds 5.6 wt%.", "Then 3.", "More text."]
    assert out[0][0] == 100
    # a unit's capital letter ends a sentence; an author's initial does not
    out = split_sentences("It released H2 at 200 °C.<sup>[8]</sup> Adding Ni helps. J. Smith agreed.")
    assert [t for _, _, t in out] == ["It released H2 at 200 °C.<sup>[8]</sup>", "Adding Ni helps.",
                                      "J. Smith agreed."]


@pytest.mark.parametrize("text,keys", [
    ("x<sup>[20]</sup>", ["20"]),
    ("x<sup>[20–23]</sup>", ["20", "21", "22", "23"]),
    ("x$^{21,22}$", ["21", "22"]),
    ("as in [174a] and [30b,c]", ["174a", "30b", "30c"]),
    ("x<sup>[21a,b]</sup>", ["21a", "21b"]),
    ("120 MJ kg<sup>-1</sup> and H<sub>2</sub>", []),
    ("x<sup>[12, 15–16]</sup>", ["12", "15", "16"]),
])
def test_citation_keys(text, keys):
    assert citation_keys(text) == keys


def test_tables_parsed_with_cells_and_offsets(doc):
    text = FIX.read_text(encoding="utf-8")
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.number == 1 and t.caption.startswith("Catalysts")
    assert len(t.header) == 8 and len(t.rows) == 4
    for row in t.rows:
        for c in row.cells:
            assert text[c.start:c.end] == c.text
    assert t.section == "2.1"


def test_references_keys_letters_doi_year_journal(doc):
    refs = doc.references
    assert {"1", "8", "9", "9a", "9b"} <= set(refs)
    assert refs["8"].doi == "10.1016/j.ijhydene.2019.01.001" and refs["8"].year == 2019
    assert refs["9b"].journal == "Nat. Commun." and refs["9b"].doi.startswith("10.1038/")
    assert refs["9a"].doi is None and refs["9a"].year == 2018
    out = references(doc, "src:x")
    assert all(r.source_id == "src:x" for r in out)


def test_citing_finds_letter_keys(doc):
    assert [s.section for s in doc.citing("9a")] == ["2.1"]
    assert doc.citing("9")  # a bare key matches its lettered parts


# ------------------------------------------------------------------------------ corpus
@pytest.fixture(scope="module")
def corpus():
    if not CORPUS.exists():
        pytest.skip(f"the review corpus is not at {CORPUS} (checked out without ../shared/corpus)")
    return parse_document(CORPUS.read_text(encoding="utf-8"))


def test_corpus_sections(corpus):
    nums = {s.number for s in corpus.sections}
    expected = {"1", "2", "2.1", "2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.2", "2.2.1", "2.2.2", "2.2.3",
                "2.2.4", "2.3", "2.3.1", "2.3.2", "2.3.3", "2.3.4", "2.4", "2.4.1", "2.4.2", "2.4.3",
                "2.4.4", "3", "3.1", "3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.2", "3.2.1", "3.2.2", "3.2.3",
                "4", "4.1", "4.2", "5"}
    assert expected <= nums


def test_corpus_tables_and_row_counts(corpus):
    assert [(t.number, len(t.rows)) for t in corpus.tables] == [(1, 30), (2, 29), (3, 46), (4, 12), (5, 10)]


def test_corpus_references(corpus):
    refs = corpus.references
    numbered = {k for k in refs if k.isdigit()}
    assert len(numbered) >= 280
    assert refs["21b"].journal == "Nat. Commun." and refs["21b"].year == 2024
    assert refs["35"].doi == "10.1016/j.jma.2025.02.032"
    assert "174a" in refs


def test_corpus_offsets_and_sentences(corpus):
    text = CORPUS.read_text(encoding="utf-8")
    sents = corpus.sentences()
    assert len(sents) > 700
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert any("21b" in s.refs for s in sents)


def test_unnumbered_and_lettered_headings_are_sections_and_passages():
    text = ("# Collected abstracts\n\n## A1\n\nFirst passage text here.\n\n## A2\n\nSecond one.\n\n"
            "## Results\n\nThird one.\n")
    d = parse_document(text)
    assert d.title == "Collected abstracts"
    assert [s.section for s in d.sentences()] == ["A1", "A2", "Results"]
    assert len({s.passage for s in d.sentences()}) == 3


def test_unnumbered_heading_inside_a_numbered_section_is_a_passage_not_a_section():
    text = "# T\n\n## 3. Anodes\n\nOne text.\n\n## liquid cells\n\nTwo text.\n"
    d = parse_document(text)
    sents = d.sentences()
    assert [s.section for s in sents] == ["3", "3"]
    assert sents[0].passage != sents[1].passage


def test_a_wrapped_paragraph_is_one_paragraph():
    """An abstract pasted with its line breaks: sentences run across the line ends (issue 10)."""
    text = ("MgH2 milled with 5 wt% Nb2O5 begins to release hydrogen\nat 190 °C. The sample desorbs at 423 K.\n"
            "Its capacity is 6.1 wt%.\n\nAuthor One  \nSome University  \nCity\n- a list item\n- another item\n")
    doc = parse_document(text)
    sents = [s.text for s in doc.sentences()]
    assert sents[:3] == ["MgH2 milled with 5 wt% Nb2O5 begins to release hydrogen at 190 °C.",
                         "The sample desorbs at 423 K.", "Its capacity is 6.1 wt%."]
    s = doc.sentences()[0]
    assert text[s.start:s.end].replace("\n", " ") == s.text  # offsets still point into the file
    assert "Author One" in sents[3] and "Some University" not in sents[3]  # a hard break keeps lines apart
    assert "- a list item" in sents and "- another item" in sents


def test_a_plain_text_heading_line_is_no_part_of_the_next_sentence():
    """"Results" and a sample name on lines of their own, directly above the text (issue 10): headings,
    so the sentence after them does not take the heading's sample as its own."""
    text = "Results\nMgH2 with 10 wt% Nb2O5\nThe activation energy falls to 68.2 kJ/mol for MgH2–5 wt% V2O5.\n"
    doc = parse_document(text)
    assert [s.text for s in doc.sentences()] == ["The activation energy falls to 68.2 kJ/mol for MgH2–5 wt% V2O5."]
    assert [b.kind for b in doc.blocks] == ["heading", "heading", "prose"]
    # a wrapped sentence whose first line is short stays one sentence
    wrapped = "MgH2 milled with\nNb2O5 releases 6 wt%.\n"
    assert [s.text for s in parse_document(wrapped).sentences()] == ["MgH2 milled with Nb2O5 releases 6 wt%."]
