"""ingest.ratios: one pattern for a ratio after the names it is of, its kind read from the words
around it; a sample's molar ratio and an electrode's mass ratio each take only their own kind.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.ratios import RATIO_AFTER, ratio_kind, ratio_shares
from ingest.samples import _ratio_after


@pytest.mark.parametrize("after,kind,shares,rest", [
    (" (1:0.1) were milled", None, [1.0, 0.1], " were milled"),
    (" in a 2:1 molar ratio were milled", "molar", [2.0, 1.0], " were milled"),
    (" with the molar ratios of 1:2, and", "molar", [1.0, 2.0], ", and"),
    (" (2:1 by mole)", "molar", [2.0, 1.0], ""),
    (" in a weight ratio of 70:20:10 were", "mass", [70.0, 20.0, 10.0], " were"),
    (" (8:1:1 by weight)", "mass", [8.0, 1.0, 1.0], ""),
    (" in a 90:10 wt. ratio", "mass", [90.0, 10.0], ""),
    (" in a 1:1 mass ratio", "mass", [1.0, 1.0], ""),
    (" (1:1) molecules", None, [1.0, 1.0], " molecules"),
])
def test_ratio_kind_and_shares(after, kind, shares, rest):
    m = RATIO_AFTER.match(after)
    assert m is not None
    assert (ratio_kind(m), ratio_shares(m), after[m.end():]) == (kind, shares, rest)


def test_a_mass_word_inside_a_longer_word_is_no_kind():
    m = RATIO_AFTER.match(" in a 1:1 massive block")
    assert m is not None and ratio_kind(m) is None and m.group(0) == " in a 1:1"


@pytest.mark.parametrize("after,ok", [
    (" in a 2:1 molar ratio", True),
    (" (1:0.1)", True),
    (" in a weight ratio of 2:1", False),   # a mass ratio is an electrode's, not a sample's composition
    (" (2:1 by mass)", False),
    (" (8:1:1)", False),                     # three parts: no ratio of two names
])
def test_a_samples_ratio_is_a_molar_or_bare_ratio_of_two(after, ok):
    assert (_ratio_after("MgH2 and Ni" + after, len("MgH2 and Ni")) is not None) == ok


def _parts(sentence: str) -> dict:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    rows = [r for r in contract_rows(extract_text("# Ratios\n\n" + sentence + "\n")) if r["kind"] == "measurement"]
    assert len(rows) == 1, rows
    return {c["material"]: (c["role"], c["amount"]) for c in rows[0]["components"] if c["role"] != "HostHydride"}


sample_parts = electrode_parts = _parts


def test_both_readers_keep_their_kind():
    # a molar ratio of a hydride and a metal: the metal's moles per mole of the host
    assert sample_parts("MgH2 and Ni in a molar ratio of 1:0.1 were co-milled, and the composite "
                        "released 6.4 wt% H2 at 280 °C.") == {"Ni": ("Catalyst", 0.1)}
    # a mass ratio of an electrode's parts: mass fractions of each
    assert electrode_parts("MgH2, acetylene black and CMC in a weight ratio of 7:2:1 were coated into "
                           "an electrode that delivered 1210 mAh g−1 in the first discharge.") \
        == {"C": ("ConductiveAdditive", 20.0), "CMC": ("Binder", 10.0)}
    # a molar ratio after an electrode's parts gives no formulation
    assert electrode_parts("MgH2, acetylene black and CMC in a molar ratio of 7:2:1 were coated into "
                           "an electrode that delivered 1210 mAh g−1 in the first discharge.") \
        == {"C": ("ConductiveAdditive", None)}
