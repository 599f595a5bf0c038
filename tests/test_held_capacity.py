"""A table capacity that is what the row's own compound holds (ingest/extraction/values/reaction_capacity.py `held_by`):
a row with no reaction written beside it whose 'H2' wt% cell equals the hydrogen its formula holds (to a table's
rounding) gives that figure, computed from the formula, so its basis is theoretical; a lower release that was measured,
a cell flagged 'E' and a row of a material without a formula stay measured."""
from ingest.extract import extract_text
from ingest.extraction.values.reaction_capacity import held_by
from ontology.system import analyse_system

# three table forms: tab-separated under a caption, a Markdown pipe table, an HTML table
_TAB = """# Double-cation borohydrides

**Table 1.** Hydrogen contents and release temperatures of selected double-cation borohydrides.

Compound	H2 content (wt%)	Release temperature (°C)	Ref.
NaZn2(BH4)5	8.8	95	[1]
KZn(BH4)3	6.3	100	[2]
LiSc(BH4)4	E14.5	230	[3]
"""

_PIPE = """# Ternary salts

## Results

Table 3. Gravimetric figures of the salts we compare.

| Salt | Hydrogen (wt%) | Peak temperature (°C) |
|---|---|---|
| LiK(BH4)2 | 10.6 | 380 |
| KZn(BH4)3 | 8.1 | 100 |
"""

_HTML = """# Mixed-metal hydrides

Table 2. Stored hydrogen of the alloys' hydrides.

<table><tr><td>Hydride</td><td>H2 capacity (wt%)</td><td>Refs.</td></tr>
<tr><td>Mg2FeH6</td><td>5.5</td><td>[4]</td></tr>
<tr><td>Mg2NiH4</td><td>3.2</td><td>[5]</td></tr></table>
"""


def _capacity_basis(text: str) -> dict[str, str]:
    return {m.system.name: m.basis for m in extract_text(text).measurements if m.property == "hydrogen_capacity"}


def test_tab_separated_rows():
    assert _capacity_basis(_TAB) == {"NaZn2(BH4)5": "theoretical",   # 8.8: what 20 H over 228 g hold
                                     "KZn(BH4)3": "measured",         # 6.3 of 8.1: a measured release
                                     "LiSc(BH4)4": "measured"}        # flagged experimental


def test_pipe_table_rows():
    assert _capacity_basis(_PIPE) == {"LiK(BH4)2": "theoretical", "KZn(BH4)3": "theoretical"}


def test_html_table_rows():
    assert _capacity_basis(_HTML) == {"Mg2FeH6": "theoretical",       # 5.5 wt%: its formula's hydrogen
                                      "Mg2NiH4": "measured"}          # 3.2 of 3.6: short of it


def test_held_by_needs_a_formula():
    assert held_by(10.6, analyse_system("LiK(BH4)2").system)
    assert not held_by(10.6, analyse_system("KBH4").system)           # near miss: another compound's figure
