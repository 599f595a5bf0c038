"""A value said to be measured under the same settings as one of an earlier sentence ('At the same
temperature, pristine MgH2 absorbs only 2.1 wt%') takes those settings: the one the words name (by the
ontology's Condition labels) or all of them ('under identical conditions'). The sentences are written for
these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _conditions(text: str) -> dict[float, dict]:
    return {r["value"]: r["conditions"] for r in records(text)}


@pytest.mark.parametrize("text, value, expected", [
    ("MgH2–5 wt% Ni absorbs 5.5 wt% H2 at 200 °C within 10 min. At the same temperature, pure MgH2 absorbs only "
     "2.1 wt%.", 2.1, {"temperature": 200.0}),
    ("The LiI-doped LiBH4 conducts 0.2 mS/cm at 40 °C. Under identical conditions, bulk LiBH4 reaches only "
     "0.001 mS/cm.", 0.001, {"temperature": 40.0}),
    ("The Ni-doped MgH2 electrode delivers 800 mAh/g at 100 mA/g. With the same current density, the bare MgH2 "
     "electrode delivers 300 mAh/g.", 300.0, {"current_density": 100.0}),
    ("At 300 °C the Nb2O5-doped MgH2 desorbs 6.1 wt% H2 in 10 min. Milled MgH2 releases 1.2 wt% H2 under the "
     "same conditions.", 1.2, {"temperature": 300.0, "time": 10.0}),
])
def test_a_value_under_the_same_settings_takes_them(text, value, expected):
    assert _conditions(text)[value] == expected


def test_only_the_named_setting_is_taken():
    # 'the same temperature' says nothing of the time
    got = _conditions("MgH2–5 wt% Ni absorbs 5.5 wt% H2 at 200 °C within 10 min. At the same temperature, "
                      "pure MgH2 absorbs only 2.1 wt%.")
    assert "time" not in got[2.1]


def test_a_new_paragraph_takes_no_settings():
    got = _conditions("MgH2–5 wt% Ni absorbs 5.5 wt% H2 at 200 °C.\n\nAt the same temperature, pure MgH2 absorbs "
                      "only 2.1 wt%.")
    assert got[2.1] == {}


def test_a_value_of_another_property_takes_no_settings():
    got = _conditions("MgH2–5 wt% Ni absorbs 5.5 wt% H2 at 200 °C. Under the same conditions, the activation "
                      "energy of pure MgH2 is 160 kJ/mol.")
    assert got[160.0] == {}
