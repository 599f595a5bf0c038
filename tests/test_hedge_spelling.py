"""One spelling of the hedge before a value (value_roles.APPROX): the tilde operator '∼' (U+223C), which
typesetting often gives for '~', is read as '~' by every reader, so a value in brackets after a material is
that material's whichever tilde the writer used. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

SENTENCES = [
    ("To speed up MgH2, we coated the Ti/graphene support with finely dispersed Co ({} 3 nm in size) before milling.",
     3.0, "Co"),
    ("The NaAlH4 powder was then mixed with a V/C scaffold carrying tiny Pd ({}4 nm across).", 4.0, "Pd"),
    ("Our LiAlH4 was milled with a Cu/CNT support bearing well dispersed Ru ({}6 nm wide).", 6.0, "Ru"),
]


@pytest.mark.parametrize("sentence, value, material", SENTENCES)
def test_the_tilde_operator_is_the_tilde(sentence, value, material):
    tilde = the_one(contract_measurements(sentence.format("~")), value)
    operator = the_one(contract_measurements(sentence.format("∼")), value)
    assert operator["system"] == tilde["system"] and material in operator["system"]
    assert operator["qualifier"] == tilde["qualifier"] == "~"


def test_a_bracket_without_a_hedge_keeps_its_reading():
    # (near miss: no hedge at all; what the bracket is read as does not depend on this change)
    sentence = "The NaAlH4 powder was then mixed with a V/C scaffold carrying tiny Pd ({}4 nm across)."
    assert the_one(contract_measurements(sentence.format("")), 4.0)["qualifier"] != "~"
