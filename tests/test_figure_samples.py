"""A value whose sentence names no sample, carried onto a bare hydride from an earlier sentence, is the value of the
mixture of that hydride the figure panels the sentence cites show ("… drops to 70 °C (Figure 3b)", panel b: "a LiH and
LiBH4 mixture"). Sentences and captions written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

_CAPTION = ("**Figure 3.** a) Sketch of the vacancy sites. b) Hydrogen signal of {mixture} under light. "
            "c) Mass loss of {other} on heating.")


@pytest.mark.parametrize("prose, mixture, system", [
    ("Light creates hydrogen vacancies in LiH that pull borohydride anions onto its surface. "
     "Consequently, the dehydrogenation temperature drops to 71 °C (Figure 3b).",
     "a LiH and LiBH4 mixture", "LiBH4–LiH"),
    ("Irradiation leaves LiH full of vacancies that bind the [BH4]- groups strongly. "
     "The dehydrogenation temperature thus falls to 71 °C (Figure 3a,b).",
     "the illuminated LiH and LiBH4 composite", "LiBH4–LiH"),
    ("Ultraviolet light makes MgH2 rich in defects at its surface. "
     "As a result, hydrogen is released from 71 °C onwards (Figure 3b–c).",
     "a mixture of MgH2 and LiBH4", "LiBH4–MgH2"),
])
def test_the_mixture_the_cited_panel_shows_is_the_sample(prose, mixture, system):
    text = prose + "\n\n" + _CAPTION.format(mixture=mixture, other="pure LiH")
    row = the_one(contract_measurements(text), 71.0)
    assert row["system"] == system and "system:figure" in row["cues"]


@pytest.mark.parametrize("prose, mixture", [
    # the panel cited shows no mixture (the mixture is in panel b; the sentence cites c)
    ("Light creates hydrogen vacancies in LiH that pull borohydride anions onto its surface. "
     "Consequently, the dehydrogenation temperature drops to 71 °C (Figure 3c).", "a LiH and LiBH4 mixture"),
    # the sentence names its own sample
    ("Light creates hydrogen vacancies in LiH. Consequently, pure LiH releases hydrogen at 71 °C (Figure 3b).",
     "a LiH and LiBH4 mixture"),
    # the mixture shown is of another hydride than the one carried
    ("Light creates hydrogen vacancies in LiH that pull borohydride anions onto its surface. "
     "Consequently, the dehydrogenation temperature drops to 71 °C (Figure 3b).", "a MgH2 and LiBH4 mixture"),
])
def test_no_mixture_of_the_carried_host_in_the_cited_panel_leaves_the_value(prose, mixture):
    text = prose + "\n\n" + _CAPTION.format(mixture=mixture, other="pure LiH")
    row = the_one(contract_measurements(text), 71.0)
    assert row["system"] == "LiH" and "system:figure" not in row["cues"]


def test_the_mixture_nouns_are_the_ontologys():
    """The nouns of a sample mixed of its parts (composite, mixture, their plurals) are read from the ontology's
    NameTailWord scheme; another noun after two formulas names no mixture."""
    from ingest.extraction.document_wide.figure_samples import _mixtures
    from ontology.vocabulary import vocabulary

    nouns = {w for c in ("CompositeTailNoun", "MixtureTailNoun") for w in vocabulary().scheme_words("NameTailWord", c)}
    assert nouns == {"composite", "composites", "mixture", "mixtures"}
    for noun in sorted(nouns):
        assert _mixtures(f"the milled LiH and LiBH4 {noun} at rest") == {("LiH", "LiBH4")}, noun
        assert _mixtures(f"{noun} of MgH2 and LiBH4") == {("MgH2", "LiBH4")}, noun
    assert _mixtures("the milled LiH and LiBH4 samples") == set()
