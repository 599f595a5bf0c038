"""A system the ontology names by its elements and gives one composition ('the Li–Mg–N–H system' is Mg(NH2)2–2LiH:
hkg:partnerCount) carries that composition's counts; and one sample written two ways with the same loadings (that
name, then the formulas) is one set of loadings, so a later mention without counts takes them."""
import pytest

from tests.extracted import records


def _lih(text: str) -> set:
    rows = records(text)
    assert rows, text
    return {(r["value"], c["amount"], c["amount_unit"]) for r in rows for c in r["components"] if c["material"] == "LiH"}


@pytest.mark.parametrize("text, value", [
    ("The Li–Mg–N–H system stores 5.5 wt% of hydrogen reversibly.", 5.5),
    ("For the Li–Mg–N–H system, an enthalpy of 40 kJ mol-1 H2 was reported.", 40.0),
    ("Release from the Li–Mg–N–H system began at about 150 °C.", 150.0),
])
def test_system_named_by_elements_carries_its_count(text, value):
    assert _lih(text) == {(value, 2.0, "ratio")}


def test_formulas_without_counts_get_none():
    # near miss: formulas written without counts say no ratio
    assert _lih("The Mg(NH2)2–LiH mixture stores 5.2 wt% of hydrogen.") == {(5.2, None, None)}


@pytest.mark.parametrize("text, value", [
    ("The Li–Mg–N–H system is attractive for vehicles. In the 2LiH–Mg(NH2)2 system the imide forms on heating. "
     "The Mg(NH2)2–LiH composite released hydrogen from 180 °C.", 180.0),
    ("Many groups studied the Li–Mg–N–H system. Ball milling Mg(NH2)2 with 2LiH gave the 2LiH–Mg(NH2)2 mixture used "
     "here. Its Mg(NH2)2–LiH powder lost 4.9 wt% of hydrogen at 200 °C.", 4.9),
    ("The Li–Mg–N–H system was made as Mg(NH2)2–2LiH by milling. After cycling, the Mg(NH2)2–LiH sample still held "
     "4.6 wt% of hydrogen.", 4.6),
])
def test_one_composition_named_two_ways_gives_its_counts_to_a_later_mention(text, value):
    assert _lih(text) == {(value, 2.0, "ratio")}


def test_two_compositions_give_a_later_mention_none():
    # near miss: two ratios named before, so 'the Mg(NH2)2–LiH composites' is neither
    assert _lih("The 2LiH–Mg(NH2)2 and 1.5LiH–Mg(NH2)2 mixtures were compared. The Mg(NH2)2–LiH composites began "
                "releasing hydrogen at 170 °C.") == {(170.0, None, None)}
