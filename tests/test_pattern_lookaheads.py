"""A pattern may open with a look ahead at the first letters of its words ((?=[…])), so that a search
passes other positions at once: the letters must cover every word, in either case (the patterns ignore it)."""
from __future__ import annotations

import pytest

from ingest.extraction.samples.asides import _CUE
from ingest.extraction.text.mechanisms_words import CAUSE_CUE
from ingest.extraction.text.quantity_text import _RESPECTIVELY


@pytest.mark.parametrize("pattern, text, found", [
    (_RESPECTIVELY, "They reached 5 and 6 wt%, respectively.", "respectively"),
    (_RESPECTIVELY, "Respectively, the two samples gave 300 and 320 °C.", "Respectively"),
    (_RESPECTIVELY, "The values follow IN THE SAME ORDER as the samples.", "IN THE SAME ORDER"),
    (_RESPECTIVELY, "listed in the order of their loadings", None),
    (_CUE, "a loading higher than before", "than"),
    (_CUE, "Compared with the bare hydride, it melts early.", "Compared"),
    (_CUE, "Preferable to the oxide, the fluoride acts faster.", "Preferable"),
    (_CUE, "Equivalent loadings of Ni and Co were milled in.", "Equivalent"),
    (_CUE, "the thanks of the authors", None),
    (CAUSE_CUE, "The drop is attributed to the Nb2O5.", "attributed to"),
    (CAUSE_CUE, "Owing to the catalyst, the onset fell.", "Owing to"),
    (CAUSE_CUE, "Because of the scaffold, the particles stay small.", "Because of"),
    (CAUSE_CUE, "Credited to the TiF3, the release speeds up.", "Credited to"),
    (CAUSE_CUE, "The sample was due for testing.", None),
])
def test_the_words_are_found_in_either_case(pattern, text, found):
    m = pattern.search(text)
    assert (m.group(0) if m else None) == found
