"""Materials said to act together that are the parts of one composite additive the passage wrote ('NiCo/rGO',
'Pd@CNTs'): one combined-action claim on that composite, not on its first part. The sentences are written for
these tests."""
from __future__ import annotations

import pytest

from tests.test_claims2_phrasings import _claims


@pytest.mark.parametrize("text, claim", [
    ("Fe3O4@C was milled with MgH2. Synergistic catalysis of Fe3O4 nanoparticles and carbon was observed.",
     ("CocktailEffect", "MgH2", "Fe3O4@C")),
    ("LiBH4 was mixed with Ni/CNTs. A synergetic effect of Ni particles and CNTs lowered the onset temperature.",
     ("CocktailEffect", "LiBH4", "Ni/CNTs")),
    ("NaAlH4 was milled with Pd@CNTs. The synergistic catalysis of Pd nanocrystals and CNTs speeds up the release "
     "of hydrogen.", ("CocktailEffect", "NaAlH4", "Pd@CNTs")),
])
def test_parts_acting_together_credit_their_composite(text, claim):
    assert claim in _claims(text)


def test_parts_of_no_one_composite_keep_their_own_credit():
    # NiCo and TiO2 act together, but TiO2 is no part of NiCo/rGO: no claim on the composite
    claims = _claims("MgH2 was milled with NiCo/rGO and TiO2. Synergetic catalysis of NiCo NPs and TiO2 was "
                     "confirmed.")
    assert not any(a == "NiCo/rGO" for _, _, a in claims)


def test_no_word_of_acting_together_credits_the_first_part():
    # a catalytic effect said of the parts with no word of synergy stays as it was read
    claims = _claims("MgH2 was milled with Ni/CNTs. The catalytic effect of Ni particles and CNTs lowered the onset "
                     "temperature.")
    assert ("CatalyticEffect", "MgH2", "Ni") in claims
