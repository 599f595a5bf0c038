"""A capacity a sample 'preserves' over many cycles is its reversible capacity, as one it retains or keeps: the
verbs are the ontology's KeepingVerb scheme, which ingest.cycled_capacity reads. Sentences written for this test."""
import pytest
from prose_sentences import contract_measurements, the_one as _one


def _rows(text: str) -> list[dict]:
    return contract_measurements(text, section="Abstract")


@pytest.mark.parametrize("sentence, value", [
    ("The ball-milled MgH2 with 5 wt% Nb2O5 preserves 5.8 wt% hydrogen after 30 cycles at 300 °C.", 5.8),
    ("A capacity of 4.9 wt% was preserved by the Ni-doped MgH2 over 50 cycles.", 4.9),
    ("The TiF3-catalysed MgH2 still preserved 6.1 wt% after 25 cycles.", 6.1),
])
def test_a_capacity_preserved_over_cycles_is_reversible(sentence, value):
    assert _one(_rows(sentence), value)["property"] == "reversible_hydrogen_capacity"


def test_a_capacity_preserved_with_no_cycling_said_is_no_reversible_one():
    assert _one(_rows("The TiF3-catalysed MgH2 preserves 6.1 wt% at 300 °C."), 6.1)["property"] == "hydrogen_capacity"
