"""Values each followed by their own sample in brackets, the unit written once after the last ('52 (LiBH4) and
61 kJ/mol (NaBH4)'), are one value per sample, each paired with its own bracket. Sentences written for these
tests."""
import pytest
from extracted import records


def rows(text):
    return [(r["property"], r["value"], r["system"].strip("()")) for r in records(f"# A test\n\n{text}\n")]


@pytest.mark.parametrize("text,want", [
    ("Using DFT we predict decomposition enthalpies of 52 (LiBH4) and 61 kJ/mol (NaBH4).",
     {52.0: "LiBH4", 61.0: "NaBH4"}),
    ("The computed activation energies are 95 (MgH2–Ni), 110 (MgH2–Co) and 130 kJ/mol (MgH2).",
     {95.0: "MgH2–Ni", 110.0: "MgH2–Co", 130.0: "MgH2"}),
    ("First-principles calculations give reaction enthalpies of 40 (Mg(BH4)2) and 67 kJ/mol H2 (Ca(BH4)2).",
     {40.0: "Mg(BH4)2", 67.0: "Ca(BH4)2"}),
])
def test_each_value_is_paired_with_its_own_bracket(text, want):
    got = {v: s for _, v, s in rows(text)}
    assert got == want, rows(text)


def test_a_bracket_holding_a_number_is_no_sample_label():
    # near miss: '(±3)' is the first value's uncertainty, no sample; both values stay the one sample's
    got = rows("The decomposition enthalpies of LiBH4 are 52 (±3) and 61 kJ/mol.")
    assert {s for _, _, s in got} <= {"LiBH4"}, got


@pytest.mark.parametrize("text", [
    "Using DFT we predict decomposition enthalpies of 52 (LiBH4) and 61 kJ/mol (NaBH4).",
    "Using DFT we predict decomposition enthalpies of 52 kJ/mol (LiBH4) and 61 kJ/mol (NaBH4).",
    "The computed activation energies are 95 (MgH2–Ni), 110 (MgH2–Co) and 130 kJ/mol (MgH2).",
    "First-principles calculations give reaction enthalpies of 40 (Mg(BH4)2) and 67 kJ/mol H2 (Ca(BH4)2).",
])
def test_the_list_shares_its_basis_word(text):
    got = [r["basis"] for r in records(f"# A test\n\n{text}\n")]
    assert len(got) >= 2 and set(got) == {"calculated"}, got


def test_a_value_said_measured_keeps_its_own_basis():
    # near miss: the second value is called measured in its own words
    got = [r["basis"] for r in records("# A test\n\nThe calculated enthalpy is 52 kJ/mol (LiBH4), and the measured "
                                       "one 61 kJ/mol (NaBH4).\n")]
    assert got == ["calculated", "measured"], got
