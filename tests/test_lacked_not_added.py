"""What a sample is said to lack ('MgH2 without any oxide addition') is never an additive the sentence puts in.
Sentences written for these tests."""
import pytest
from extracted import records


@pytest.mark.parametrize("text", [
    "MgH2 was ball milled with 5 mol% of a Cr2O3–Nb2O5 mixture. The desorption temperature fell by 100 °C compared to "
    "MgH2 without any oxide addition, and the activation energy was about 185 kJ/mol, while that for MgH2 without oxide "
    "was about 206 kJ/mol.",
    "LiAlH4 was milled with 3 mol% TiF3. Its onset fell by 80 °C against LiAlH4 without any fluoride addition, and its "
    "activation energy was 78 kJ/mol, while that of LiAlH4 without fluoride was 112 kJ/mol.",
    "MgH2 was milled with 10 wt% graphene. The onset moved by 60 °C relative to MgH2 without any carbon addition, and the "
    "enthalpy was 72 kJ/mol, while that of MgH2 without carbon was 76 kJ/mol.",
])
def test_a_lacked_addition_is_not_added(text):
    rows = records(f"# A test\n\n{text}\n")
    bare = [r for r in rows if r["value"] in (206.0, 112.0, 76.0)]
    assert len(bare) == 1 and bare[0]["additives"] == [], [(r["value"], r["system"]) for r in rows]


def test_an_addition_said_is_still_added():
    rows = records("# A test\n\nAfter the addition of 5 wt% Nb2O5, the activation energy of MgH2 was 65 kJ/mol.\n")
    assert [(r["value"], r["additives"]) for r in rows] == [(65.0, ["Nb2O5"])]
