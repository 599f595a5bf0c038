"""'X-based composites with N wt% Y': the samples are X with Y, whose values the next sentences give. Sentences
written for these tests."""
import pytest
from extracted import records


@pytest.mark.parametrize("text,system", [
    ("MgH2-based composites with 7 wt.% of nano-ZrO2 were prepared. The composite desorbed 6.1 wt.% H2 at 300 °C.",
     "MgH2–7 wt% nano-ZrO2"),
    ("LiBH4-based composites containing 30 wt% SiO2 were made. Their conductivity is 0.1 mS/cm at 30 °C.",
     "LiBH4–30 wt% SiO2"),
    ("NaAlH4-based samples with 4 mol% TiCl3 were ball milled. The doped alanate released 3.5 wt% H2 at 150 °C.",
     "NaAlH4–4 mol% TiCl3"),
])
def test_a_based_sample_carries_its_additive(text, system):
    got = [(r["system"], r["baseline"]) for r in records(f"# A test\n\n{text}\n")]
    assert got == [(system, False)], got


def test_the_bare_reference_in_the_same_paragraph_stays_bare():
    text = ("MgH2-based composites with 7 wt% ZrO2 were prepared. Their activation energy was 87.5 kJ/mol, much lower "
            "than that of as-milled MgH2 (149.4 kJ/mol).")
    got = {r["value"]: (r["system"], r["baseline"]) for r in records(f"# A test\n\n{text}\n")}
    assert got == {87.5: ("MgH2–7 wt% ZrO2", False), 149.4: ("MgH2", True)}, got
