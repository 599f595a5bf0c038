"""A family of samples defined in a sentence of its own ('MMgH3 (M = Na, K, Rb) were milled'), or samples listed side
by side, taken up by 'They …' or 'All three …' in the next sentence: the one value is each member's (issue 10).
Sentences written for this test."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text

EACH_MEMBER = [
    ("The hydrides MMgH3 (M = Na, K, Rb) were made by milling. They decomposed at 673-723 K.",
     {"NaMgH3", "KMgH3", "RbMgH3"}),
    ("Perovskites ACaH3 (A = K, Rb) were obtained by reactive milling. Both decompose near 700 K.",
     {"KCaH3", "RbCaH3"}),
    ("Amidoboranes MNH2BH3 (M = Li, Na) were synthesised in THF. They release hydrogen at about 90 °C.",
     {"LiNH2BH3", "NaNH2BH3"}),
    ("NaMgH3 and KMgH3 were milled separately under argon. They decomposed near 700 K.", {"NaMgH3", "KMgH3"}),
]
# near misses: 'respectively' pairs the values off; one sample with two additives is one sample; a family of additives
# ('LiX (X = Cl, Br)') names no samples
ONE_EACH = [
    ("NaMgH3 and KMgH3 were milled separately. They decomposed at 673 and 723 K, respectively.",
     [("NaMgH3", 399.85), ("KMgH3", 449.85)]),
    ("NaMgH3 was milled with TiF3 and NbF5. They decomposed near 700 K.", [("NaMgH3–TiF3–NbF5", 426.85)]),
]


def _rows(text: str) -> list[tuple[str, float]]:
    return [(m.system.name, round(m.value, 2)) for m in extract_text(text + "\n").measurements]


@pytest.mark.parametrize("text,members", EACH_MEMBER)
def test_the_value_is_each_member_s(text, members):
    rows = _rows(text)
    assert {name for name, _ in rows} == members and len({v for _, v in rows}) == 1, rows


@pytest.mark.parametrize("text,rows", ONE_EACH)
def test_values_paired_off_or_one_sample_stay_as_read(text, rows):
    assert _rows(text) == rows
