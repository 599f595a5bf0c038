"""'The band gap of A (B) is x (y) eV': the bracketed value is the bracketed system's, the value before it A's; a
list of such pairs with its unit written once after the last pair is read whole (sentences written for this test)."""
import pytest

from ingest.extract import extract_text


def _values(text):
    return sorted((m.system.name, m.value) for m in extract_text(text).measurements)


@pytest.mark.parametrize("text, expected", [
    ("The band gap of MgH2 (LiH) is 3.9 (3.1) eV.", [("LiH", 3.1), ("MgH2", 3.9)]),
    ("Our computed band gap of Mg2FeH6 (Mg2NiH4) is 1.9 (1.6) eV.", [("Mg2FeH6", 1.9), ("Mg2NiH4", 1.6)]),
    ("Using LDA, GGA and a hybrid functional, the band gaps of NaBH4 (KBH4) are 5.2 (5.6), 5.4 (5.8) and "
     "6.9 (7.1) eV, respectively.",
     [("KBH4", 5.6), ("KBH4", 5.8), ("KBH4", 7.1), ("NaBH4", 5.2), ("NaBH4", 5.4), ("NaBH4", 6.9)]),
])
def test_bracketed_value_is_the_bracketed_systems(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one system: the bracketed value is another setting's, still the system's own
    ("NaAlH4 releases 3.1 (3.4) wt% H2 in the first (second) cycle.", [("NaAlH4", 3.1), ("NaAlH4", 3.4)]),
    # the bracket after the name is its abbreviation, no second system
    ("Ammonia borane (AB) releases 6.5 (7.0) wt% H2 at 100 (120) °C.", [("NH3BH3", 6.5), ("NH3BH3", 7.0)]),
])
def test_no_pair_of_systems_keeps_one_system(text, expected):
    assert _values(text) == expected
