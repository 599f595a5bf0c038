"""A table row of the host alone whose name says what was done to it ('Annealed-LiBH4', 'Quenched NaBH4',
'Sintered Mg2FeH6') is a sample the study made, not the unmodified reference (ingest/extraction/tables/tables.py `_treated`): its values are
no baseline. A row named with a baseline word ('Pristine', 'ball-milled') stays the reference; one named as the host alone is
the reference in a paper's own table, or beside a modified sample of its own study (the same cited source)."""
from ingest.extract import extract_text

_TAB = """# Heat-treated borohydride electrolytes

Table 1. Room-temperature conductivities of the electrolytes.

Electrolyte	σ (mS cm−1)	T (°C)	Ref.
LiBH4	0.0001	25	[1]
Annealed-LiBH4	0.02	25	[2]
Pristine LiBH4	0.0002	30	[3]
"""

_PIPE = """# Sodium borohydride electrolytes

## Results

Table 2. Conductivity of the melt-treated salts we made.

| Sample | Conductivity (mS/cm) | Temperature (°C) |
|---|---|---|
| Quenched NaBH4 | 0.004 | 60 |
| Ball-milled NaBH4 | 0.0005 | 60 |
| NaBH4 (pressed at 300 MPa) | 0.0006 | 70 |
"""

_HTML = """# Iron-magnesium hydride powders

Table 3. Onset temperatures of the powders.

<table><tr><td>Sample</td><td>Onset temperature (°C)</td><td>Refs.</td></tr>
<tr><td>Sintered Mg2FeH6</td><td>265</td><td>[4]</td></tr>
<tr><td>Mg2FeH6</td><td>350</td><td>[5]</td></tr></table>
"""


def _baselines(text: str) -> dict[str, bool]:
    return {m.system.name: m.baseline for m in extract_text(text).measurements}


def test_tab_separated_rows():
    # (the host alone from a study of its own, [1], is a result of that study, no reference of the annealed [2]; a
    # row named as the reference keeps being one)
    assert _baselines(_TAB) == {"LiBH4": False, "Annealed-LiBH4": False, "Pristine LiBH4": True}


def test_pipe_table_rows():
    # (a bracket says how the reference was tested, no treatment of the salt)
    assert _baselines(_PIPE) == {"Quenched NaBH4": False, "Ball-milled NaBH4": True,
                                 "NaBH4 (pressed at 300 MPa)": True}


def test_html_table_rows():
    assert _baselines(_HTML) == {"Sintered Mg2FeH6": False, "Mg2FeH6": False}   # (two studies, [4] and [5])
