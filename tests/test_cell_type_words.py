"""The cell a value was measured in, by the words the text uses for it: plural 'solid-state cells', the short forms
'SSB'/'SSBs', and 'liquid-state cells' for the liquid one (ontology labels of hkg:AllSolidStateCell and
hkg:LiquidElectrolyteCell). A sentence setting one against the other names no single cell and carries none."""
import pytest

from tests.extracted import records


def _cells(text: str) -> set:
    rows = records(text)
    assert rows, text
    return {r["conditions"].get("cell_type") for r in rows}


@pytest.mark.parametrize("text, cell", [
    ("The MgH2 electrodes were assembled into solid-state cells. They delivered 820 mAh g-1 in the first cycle.",
     "AllSolidStateCell"),
    ("Our SSBs ran with a LiBH4 separator layer. The MgH2 anode kept 610 mAh g-1 after 40 cycles.",
     "AllSolidStateCell"),
    ("The anodes were first tested in liquid-state cells. The MgH2 electrode gave 1150 mAh g-1 on first discharge.",
     "LiquidElectrolyteCell"),
])
def test_the_cell_named_in_the_paragraph(text, cell):
    assert _cells(text) == {cell}


def test_two_cells_set_against_each_other_carry_neither():
    # near miss: the sentence before names both kinds, so neither is the value's
    assert _cells("Unlike in liquid-state cells, the interphase in solid-state cells stays thin. The MgH2 anode "
                  "gave 700 mAh g-1 after 20 cycles.") == {None}
