"""A capacity computed from the reaction written beside it (ingest/extraction/values/reaction_capacity.py): a table row
whose 'H2 capacity' cell holds the wt% its own balanced reaction gives (given off over the reactants, or taken up over
the hydride formed) is theoretical; a lower, measured figure, a cell flagged 'E' and an unbalanced equation are not."""
import pytest

from ingest.extract import extract_text
from ingest.extraction.values.reaction_capacity import computed_from, reaction_capacities


@pytest.mark.parametrize("reaction, wt", [
    ("3NaAlH4 → Na3AlH6 + 2Al + 3H2", 3.7),                 # given off, first step of the alanate
    ("Ca + H2 → CaH2", 4.8),                                # taken up, over the hydride formed
    ("2NaBH4 + MgH2 → 2NaH + MgB2 + 4H2", 7.9),             # a composite's release
    ("NaAlH4 → 1/3Na3AlH6 + 2/3Al + H2 → NaH + Al + 3/2H2", 5.6),   # a chain counts from its first side
    ("Mg2Fe + H2 → Mg2FeH6", 5.5),                          # written without coefficients: Mg2Fe + 3H2
])
def test_balanced_reactions_give_their_capacity(reaction, wt):
    assert computed_from(wt, reaction)


@pytest.mark.parametrize("reaction", [
    "Mg + H2 → Mg2NiH4",                                    # no coefficients balance it: no figure
    "Y + H2 → YHx",                                         # a symbolic count: no figure
    "LiBH4 + KBH4 → LiK(BH4)2",                             # no hydrogen moves
])
def test_no_figure_without_a_balanced_hydrogen_step(reaction):
    assert reaction_capacities(reaction) == []


_TABLE = """# Alanates

## Results

Table 1. Reaction pathways.

| System | Reaction | H2 capacity (wt%) | Refs. |
|---|---|---|---|
| NaAlH <sub>4</sub> | 3NaAlH <sub>4</sub> → Na <sub>3</sub> AlH <sub>6</sub> + 2Al + 3H <sub>2</sub> | 3.7 | [1] |
| NaBH <sub>4</sub> –MgH <sub>2</sub> | 2NaBH <sub>4</sub> + MgH <sub>2</sub> → 2NaH + MgB <sub>2</sub> + 4H <sub>2</sub> | 6.2 | [2] |
| CaH <sub>2</sub> | Ca + H <sub>2</sub> → CaH <sub>2</sub> | E4.8 | [3] |
"""


def test_a_table_capacity_equal_to_its_rows_reaction_is_theoretical():
    basis = {m.system.name: m.basis for m in extract_text(_TABLE).measurements if m.property == "hydrogen_capacity"}
    assert basis == {"NaAlH4": "theoretical",            # 3.7: what the reaction gives
                     "NaBH4–MgH2": "measured",           # 6.2 of 7.9: measured, short of the reaction
                     "CaH2": "measured"}                 # flagged experimental
