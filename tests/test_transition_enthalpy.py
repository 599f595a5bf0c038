"""An enthalpy of a change of state that releases no hydrogen (mixing into a solid solution, melting, a
polymorphic transition) is a transition enthalpy, never the sample's dehydrogenation (reaction) enthalpy;
an enthalpy the text ties to hydrogen release stays the reaction enthalpy. The sentences are written for
these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _properties(text: str) -> list[str]:
    return [r["property"] for r in contract_rows(extract_text("# A borohydride paper\n\n" + text + "\n"))
            if r["kind"] == "measurement"]


@pytest.mark.parametrize("text", [
    "The mixing enthalpy of the LiBH4–LiBr solid solution was measured as 2.1 kJ/mol.",
    "Forming the Li(BH4)1−x(Br)x solid solution costs an enthalpy of mixing of 1.5 kJ mol−1.",
    "The enthalpy of melting of the LiBH4–LiI eutectic is 7 kJ/mol.",
    "DSC gives an enthalpy of the polymorphic transition of 4.2 kJ/mol for milled LiBH4.",
])
def test_a_change_of_state_has_a_transition_enthalpy(text):
    assert _properties(text) == ["transition_enthalpy"], text


@pytest.mark.parametrize("text", [
    "The dehydrogenation enthalpy of LiBH4–LiI is 67 kJ/mol.",
    "The enthalpy of LiBH4–LiBr is 65 kJ/mol H2.",
])
def test_an_enthalpy_of_hydrogen_release_stays_the_reaction_enthalpy(text):
    # near misses: the enthalpy is the release's, named or per mole of H2
    assert _properties(text) == ["reaction_enthalpy"], text
