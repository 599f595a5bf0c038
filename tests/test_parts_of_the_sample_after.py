"""'The peak temperatures of MgH2 and LiBH4 are lowered to 315 and 417 °C for the CoNiB-doped 2LiBH4/MgH2': a list of
values paired with parts of a composite, the composite named right after the list, gives every value to that
composite (the steps of its parts' decomposition inside it), not to the bare parts."""
import pytest
from prose_sentences import contract_measurements


def _systems(text):
    return sorted((r["value"], r["system"]) for r in contract_measurements(text))


@pytest.mark.parametrize("text, want", [
    ("TPD shows that the peak temperatures of MgH2 and LiBH4 are lowered to 320 °C and 410 °C for the "
     "VCl3-doped 2LiBH4/MgH2.", [(320.0, "2LiBH4–MgH2–VCl3"), (410.0, "2LiBH4–MgH2–VCl3")]),
    ("The onset temperatures of MgH2 and NaBH4 are lowered to 300 and 380 °C for the 2NaBH4–MgH2 composite doped "
     "with TiF3.", [(300.0, "2NaBH4–MgH2–TiF3"), (380.0, "2NaBH4–MgH2–TiF3")]),
    ("The decomposition temperatures of Mg(BH4)2 and LiBH4 fall to 290 and 350 °C for the LiBH4–Mg(BH4)2 mixture.",
     [(290.0, "LiBH4–Mg(BH4)2"), (350.0, "LiBH4–Mg(BH4)2")]),
])
def test_the_parts_steps_are_the_composites_values(text, want):
    assert _systems(text) == want


def test_the_parts_themselves_keep_their_values():
    # near miss: no composite named after the list
    assert _systems("The peak temperatures of MgH2 and LiBH4 are 350 and 430 °C, respectively.") == [
        (350.0, "MgH2"), (430.0, "LiBH4")]
