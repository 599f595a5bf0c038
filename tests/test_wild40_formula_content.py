"""A hydrogen share equal to what a compound's formula holds, said with no run that released or took it up, is the
compound's theoretical content (session 40, issue 10: review-style openings of real abstracts, in sentences written
for this test)."""
import pytest

from tests.extracted import records


def _bases(text: str) -> set[tuple]:
    return {(r["property"], r["value"], r["system"], r["basis"]) for r in records(text)}


@pytest.mark.parametrize("text, row", [
    ("Mg(BH4)2, whose hydrogen content is 14.9 wt%, has drawn wide interest.",
     ("hydrogen_capacity", 14.9, "Mg(BH4)2", "theoretical")),
    ("NaBH4 stores 10.7 wt% hydrogen, yet its stability is a drawback.",
     ("hydrogen_capacity", 10.7, "NaBH4", "theoretical")),
    ("The ammine salt Mg(NH3)6(BH4)2 is of interest, with 16.8 wt% hydrogen held in its ligands and anions.",
     ("hydrogen_capacity", 16.8, "Mg(NH3)6(BH4)2", "theoretical")),
])
def test_formula_content_is_theoretical(text, row):
    assert row in _bases(text)


@pytest.mark.parametrize("text, row", [
    # near misses: the same share given off in a run with its setting, or a share below the formula's content
    ("The MgH2 sample desorbs 7.6 wt% H2 at 300 °C.", ("hydrogen_capacity", 7.6, "MgH2", "measured")),
    ("NaBH4 stores 9.1 wt% hydrogen after milling.", ("hydrogen_capacity", 9.1, "NaBH4", "measured")),
])
def test_run_or_other_share_stays_measured(text, row):
    assert row in _bases(text)
