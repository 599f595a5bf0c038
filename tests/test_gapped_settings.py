"""A clause joined with its verb left out ('…, and B a conductivity of 0.04 mS/cm') is measured as the clause it
copies: its value takes the earlier value's setting; a setting of its own stays its own. Sentences written for
these tests."""
import pytest
from extracted import records


def rows(text):
    return [(r["system"], r["value"], (r.get("conditions") or {}).get("temperature"))
            for r in records(f"# A test\n\n{text}\n")]


@pytest.mark.parametrize("text,second", [
    ("LiBH4–LiI reached 0.1 mS cm−1 at 30 °C, and LiBH4–LiBr a conductivity of 0.04 mS cm−1.", 0.04),
    ("Li2B12H12–SiO2 shows 0.6 mS cm−1 at 50 °C, but Li2B12H12–Al2O3 a conductivity of just 0.09 mS cm−1.", 0.09),
    ("MgH2–Ni desorbs 5.1 wt% H2 within 10 min at 300 °C, and MgH2–Co a capacity of 4.2 wt%.", 4.2),
    ("LiBH4–LiNH2 gave an ionic conductivity of 0.3 mS cm−1 at 35 °C, and LiBH4–LiBr one of 0.05 mS cm−1.", 0.05),
])
def test_a_gapped_clause_shares_the_earlier_setting(text, second):
    got = {v: t for _, v, t in rows(text)}
    assert got.get(second) is not None and got[second] == min(t for t in got.values() if t is not None), rows(text)


def test_a_gapped_clause_with_its_own_setting_keeps_it():
    got = {v: t for _, v, t in rows("LiBH4–LiI reached 0.1 mS cm−1 at 30 °C, and LiBH4–LiBr a conductivity of "
                                    "0.04 mS cm−1 at 60 °C.")}
    assert got == {0.1: 30.0, 0.04: 60.0}, got


def test_a_clause_with_a_verb_of_its_own_takes_no_setting():
    # near miss: the second clause has its own verb; it is no gapped copy of the first
    got = {v: t for _, v, t in rows("LiBH4–LiI reached 0.1 mS cm−1 at 30 °C, and LiBH4–LiBr shows 0.04 mS cm−1.")}
    assert got[0.04] is None, got
