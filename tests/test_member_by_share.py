"""A passage lists the members of a composition family by their symbol's values ("Li(BH4)1-xBrx (x = 0.2 and
0.4)") and then gives a value to one of them by how much of an element it holds against the others ("the lower
Br content gives …"): the value is that member's (tests/devset/README.md: a family written with its symbol whose x
the text gives is the member at that x), not the bare host's."""
import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, member", [
    ("We prepared Li(BH4)1-xBrx (x = 0.2 and 0.4) by ball milling. The lower Br content gives a conductivity of "
     "2.1 mS/cm at 25 °C, while the other member conducts less.", 2.1, "Li(BH4)0.8Br0.2"),
    ("Simulations covered Li(BH4)1-xClx (x=0.1 and 0.3). In our runs the higher Cl concentration led to an "
     "ionic conductivity of 0.8 mS/cm at 40 °C.", 0.8, "Li(BH4)0.7Cl0.3"),
    ("Samples of Li1-xNaxBH4 with x = 0.05, 0.1 and 0.2 were annealed. Of these, the lowest Na fraction showed "
     "0.03 mS/cm at 60 °C.", 0.03, "Li0.95Na0.05BH4"),
])
def test_a_member_named_by_its_share_of_an_element(text, value, member):
    row = the_one(contract_measurements(text), value)
    assert row["system"] == member


def test_a_share_word_without_a_listed_family_leaves_the_host():
    # near miss: no family was listed, so "the lower Br content" names no member
    row = the_one(contract_measurements(
        "LiBH4 was milled with LiBr. The lower Br content gives a conductivity of 2.1 mS/cm at 25 °C."), 2.1)
    assert not row["system"].startswith("Li(BH4)0")
