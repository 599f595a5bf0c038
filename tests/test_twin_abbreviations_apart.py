"""Issue 10: two materials a text defines by abbreviations the ontology reads as one class ('mesoporous carbon (MC)'
and 'ordered mesoporous carbon (OMC)': both porous carbon) stay two materials: each keeps its letters as its name,
read as the class (its term and its role, what the strategy is read from), so the two samples stay two systems.
One such abbreviation alone is read as the class, as before."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

T1 = ("MgH2 was confined in mesoporous carbon (MC) and in ordered mesoporous carbon (OMC). MgH2@MC released 6.3 wt% "
      "H2 at 260 °C, whereas MgH2@OMC released 5.4 wt% H2 at 260 °C.")
T2 = ("LiBH4 was melt-infiltrated into two scaffolds, mesoporous carbon (MC) and ordered mesoporous carbon (OMC). "
      "The onset temperature was 230 °C for LiBH4@MC and 205 °C for LiBH4@OMC.")
T3 = ("NaAlH4 was loaded into ordered mesoporous carbon (OMC) and into mesoporous carbon (MC). NaAlH4/OMC gave off "
      "4.1 wt% H2 at 180 °C, and NaAlH4/MC gave off 3.6 wt% H2 at 180 °C.")


@pytest.mark.parametrize("text, first, second", [(T1, 6.3, 5.4), (T2, 230.0, 205.0), (T3, 3.6, 4.1)])
def test_two_scaffolds_stay_two_systems(text, first, second):
    rows = contract_measurements(text)
    mc, omc = the_one(rows, first), the_one(rows, second)
    assert mc["system"] != omc["system"]
    assert [c["material"] for c in mc["components"]][1:] == ["MC"]
    assert [c["material"] for c in omc["components"]][1:] == ["OMC"]
    for row in (mc, omc):
        scaffold = row["components"][1]
        assert (scaffold["term"], scaffold["role"]) == ("PorousCarbon", "ScaffoldConfinementHost")
        assert "Nanoconfinement" in row["strategies"]


def test_near_miss_one_abbreviation_is_the_class():
    # near miss: one porous carbon only: read as the ontology's class, as before
    rows = contract_measurements("LiBH4 was infiltrated into ordered mesoporous carbon (OMC). LiBH4@OMC started to "
                                 "release hydrogen at 215 °C.")
    assert [c["material"] for c in the_one(rows, 215.0)["components"]][1:] == ["porous carbon"]
