"""A lower bond strength credited to an additive is bond weakening. Sentences written for these tests."""
import pytest
from extracted import claim_tuples


@pytest.mark.parametrize("text,host,additive", [
    ("NaAlH4 was doped with 4 mol% CeCl3. DFT calculations show that Ce substitution on the Na site reduces the Al-H "
     "bond strength.", "NaAlH4", "CeCl3"),
    ("NaAlH4 was doped with 4 mol% CeCl3. The Ce dopant lowers the Al–H bond strength.", "NaAlH4", "CeCl3"),
    ("MgH2 was milled with 5 wt% Nb2O5. Nb2O5 reduced the bond strength of Mg–H.", "MgH2", "Nb2O5"),
])
def test_a_reduced_bond_strength_is_bond_weakening(text, host, additive):
    assert ("BondWeakening", host, additive, "MetalCompoundCatalysis") in claim_tuples(text)


def test_an_unchanged_bond_strength_is_no_claim():
    assert not claim_tuples("LiBH4 was mixed with TiF3. The B–H bond strength stays unchanged by TiF3.")
