"""A composite said to be made of a sample the passage named before, taken up by a few words ('the ammine
borohydride', 'the adduct'), and of a partner named after 'and' holds the partner too: the passage's sample
with it. Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts


def parts(first: str, text: str, value: float) -> set[str]:
    s = facts(first, text)[value].system
    return {s.host.formula} | {c.formula for c in s.additives}


def test_a_composite_of_the_described_sample_and_a_partner_holds_the_partner():
    first = "Ammine lithium borohydride, LiBH4·NH3, conducts Li+ poorly at room temperature."
    for text, value, partner in (
            ("A nanocomposite made of the ammine borohydride and MgO nanoparticles shows 2 × 10−3 S cm−1 at 25 °C.",
             2.0, "MgO"),
            ("A composite formed by the adduct and Al2O3 particles reaches 4 × 10−4 S cm−1 at 30 °C.", 0.4, "Al2O3"),
            ("The mixture consisting of the parent ammine complex and SiO2 conducts 6 × 10−4 S cm−1 at 35 °C.",
             0.6, "SiO2")):
        assert parts(first, text, value) == {"LiBH4", "NH3", partner}, text


def test_a_sample_described_alone_stays_as_it_is():
    # near miss: no composite word, the partner is a reference in a comparison
    first = "Ammine lithium borohydride, LiBH4·NH3, conducts Li+ poorly at room temperature."
    text = "Unlike MgO, the ammine borohydride conducts 3 × 10−6 S cm−1 at 25 °C."
    assert parts(first, text, 0.003) == {"LiBH4", "NH3"}
