"""'A LiBH4-based electrolyte', 'MgH2-based composites', 'the Li2B12H12-based electrolyte': a compound's formula
before '-based' is the host of the sample the phrase names (a word of its own, read as the formula; the paragraph's
sample of that host where there is one). An element's, 'Mg-based alloys', names a class, no sample."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.property, m.system.host.formula, tuple(a.formula for a in m.system.additives))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, host", [
    ("The Li2B12H12-based electrolyte has a conductivity of 1.0 × 10−4 S cm−1 at 150 °C.", "Li2B12H12"),
    ("The LiBH4-based electrolyte has a conductivity of 2 mS/cm at 120 °C.", "LiBH4"),
    ("A Mg(BH4)2-based composite releases 10 wt% H2 below 400 °C.", "Mg(BH4)2"),
    ("NaAlH4-based powders release 4.5 wt% H2 at 150 °C.", "NaAlH4"),
])
def test_the_compound_before_based_is_the_host(text, host):
    assert [h for _, h, _ in _rows(text)] == [host]


def test_the_paragraphs_sample_of_that_host():
    text = ("LiBH4–LiI solid solutions were prepared by ball milling. "
            "The LiBH4-based electrolyte has a conductivity of 2 mS/cm at 30 °C.")
    assert _rows(text) == [("ionic_conductivity", "LiBH4", ("LiI",))]


def test_an_elements_class_is_no_sample():
    assert _rows("Mg-based alloys release 6 wt% H2 at 300 °C.") == []
