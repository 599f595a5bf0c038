"""A value measured under a field's setting was driven by that field (issue 10 item 2, review #130): 'under
1.5 W cm−2' is a light intensity, so the sample is LightDriving though the sentence names light by no word of its
own; the link is the ontology's hkg:settingOfField on the condition. Near miss: a value at a temperature and
pressure only gets no field. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.extracted import records


@pytest.mark.parametrize("text", [
    "The NaAlH4–TiO2 composite released 4.2 wt% H2 within 9 min under 1.5 W cm−2.",
    "With a Co@C catalyst, MgH2 gave off 5.6 wt% H2 in 20 min at an intensity of 2.2 W/cm2.",
    "Under 3.1 W cm-2, the MgH2–Ni composite kept 6.1 wt% H2 after 20 cycles.",
])
def test_value_under_a_light_intensity_is_light_driven(text):
    rows = [r for r in records(text) if r["conditions"].get("light_intensity")]
    assert rows and all("LightDriving" in r["strategies"] for r in rows), records(text)


def test_value_without_a_field_setting_gets_no_field():
    rows = records("The MgH2–Ni composite released 6.1 wt% H2 within 20 min at 300 °C under 0.1 MPa.")
    assert rows and all("LightDriving" not in r["strategies"] for r in rows)
