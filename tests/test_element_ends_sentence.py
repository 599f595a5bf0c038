"""An element symbol ending a sentence ('… replaced by Ti, Nb or V. The …') is no initial: the sentence ends there,
so the next sentence's 'pure MgH2' is not joined to the dopants listed before it (sentences written for this test)."""
import pytest

from ingest.documents.document import split_sentences
from ingest.extract import extract_text


@pytest.mark.parametrize("text, first", [
    ("One Mg atom of the MgH2 cell was swapped for Ti, Nb or V. The band gap of pure MgH2 is 3.8 eV.",
     "One Mg atom of the MgH2 cell was swapped for Ti, Nb or V."),
    ("The LiBH4 was ball milled with 10 wt% of C. We then heated it to 350 °C.",
     "The LiBH4 was ball milled with 10 wt% of C."),
    ("Dopants tested in NaAlH4 were Ti, Zr and B. In all cases the onset fell below 150 °C.",
     "Dopants tested in NaAlH4 were Ti, Zr and B."),
])
def test_element_symbol_ends_the_sentence(text, first):
    assert [s for _, _, s in split_sentences(text)][0] == first


@pytest.mark.parametrize("text", [
    "The cell was first built by V. Ivanov and coworkers in 2004.",   # an initial before a surname
    "As shown by J. The authors, MgH2 desorbs at 300 °C.",            # J is no element symbol
])
def test_an_initial_keeps_the_sentence(text):
    assert len(split_sentences(text)) == 1


def test_pure_host_after_a_listed_element_is_the_bare_host():
    opening = "First-principles calculations were performed on MgH2 with one Mg atom replaced by Ti, Nb or V. "
    for then, value in (("The reaction enthalpy of pure MgH2 comes out at 72 kJ/mol H2.", 72.0),
                        ("The band gap of pure MgH2 is 3.8 eV.", 3.8)):
        values = [m for m in extract_text(opening + then).measurements if m.value == value]
        assert [m.system.name for m in values] == ["MgH2"]
