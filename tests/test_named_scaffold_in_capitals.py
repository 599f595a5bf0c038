"""A scaffold the passage named in capitals, by a name the ontology knows as a scaffold ('CMK-3'; 'SBA-15',
'MCM-41', 'MOF-5' are scaffolds too, of silica or a framework), is the passage's scaffold like one named in
words: a later '@C', 'X/C' or 'the carbon' is that carbon. A material written by its formula ('TiO2') is no
scaffold name, and a silica scaffold is no carbon. Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _supports(text: str) -> list[str]:
    return [r["components"][1]["material"] for r in records(text) if r["kind"] == "measurement"]


@pytest.mark.parametrize("text, support", [
    ("LiBH4 was melt-infiltrated into CMK-3. The LiBH4@C composite desorbs hydrogen from 250 °C.", "CMK-3"),
    ("Mg(BH4)2 was confined in CMK-3 by solvent infiltration. The Mg(BH4)2@C sample starts to release hydrogen "
     "at 150 °C.", "CMK-3"),
    ("NaAlH4 was infiltrated into CMK-3 carbon. The NaAlH4/C composite releases hydrogen from 150 °C.",
     "CMK-3 carbon"),
    ("LiBH4 was melt-infiltrated into CMK-3. LiBH4 confined in the carbon desorbs hydrogen from 250 °C.", "CMK-3"),
])
def test_bare_carbon_is_the_scaffold_named_in_capitals(text, support):
    assert _supports(text) == [support]


def test_each_value_of_a_list_is_in_the_named_scaffold():
    assert _supports("LiBH4 and MgH2 were melt-infiltrated into CMK-3. The activation energies of LiBH4@C and "
                     "MgH2@C are 100 and 120 kJ/mol, respectively.") == ["CMK-3", "CMK-3"]


@pytest.mark.parametrize("text", [
    # a material written by its formula is no scaffold's name
    "LiBH4 was melt-infiltrated into TiO2. The LiBH4@C composite desorbs hydrogen from 250 °C.",
    # a scaffold named in capitals that is no carbon
    "LiBH4 was melt-infiltrated into SBA-15. The LiBH4@C composite desorbs hydrogen from 250 °C.",
    # named, but the hydride was milled with it, not put into it
    "LiBH4 was ball milled with CMK-3. The LiBH4@C composite desorbs hydrogen from 250 °C.",
])
def test_near_misses_stay_carbon(text):
    assert _supports(text) == ["C"]
