"""A loading written before the words that say what part the additive plays, its formula right after them
('25 mol% of the oxide additive X'), is that additive's; a later mention of the sample without it takes it."""
import pytest

from tests.extracted import component_amounts


@pytest.mark.parametrize("text, part", [
    ("Lee et al. added 25 mol% conversion-type anode material CoO to MgH2. The MgH2-CoO electrode then showed "
     "a second plateau near 0.9 V.", ("CoO", 25.0, "mol%")),
    ("The group added 10 wt% of the oxide catalyst Nb2O5 to MgH2. The MgH2–Nb2O5 composite released hydrogen at "
     "200 °C.", ("Nb2O5", 10.0, "wt%")),
    ("Adding 5 wt% of the carbon additive graphene to MgH2 lowered the onset to 260 °C.", ("graphene", 5.0, "wt%")),
])
def test_loading_before_the_part_noun_is_the_additives(text, part):
    assert part in component_amounts(text)


def test_a_verb_between_breaks_the_run():
    # near miss: the amount is not written onto CoO ('was milled into' stands between)
    amounts = component_amounts("About 10 wt% was milled into the anode material CoO with MgH2. The MgH2–CoO "
                                "composite electrode showed a plateau at 0.9 V.")
    assert ("CoO", None, None) in amounts and not any(m == "CoO" and a is not None for m, a, _ in amounts)
