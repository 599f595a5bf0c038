"""Every problem of a lab entry at once: a row without its property used to hide the other rows of the same
sample from the meaning checks, so a temperature below absolute zero or an unknown property in the next row was
reported only after the first was fixed (errors in rounds). Entries written for this test."""
from __future__ import annotations

import pytest

from ingest.entries.entry import EntryValidationError, load_entry


def _paths(*rows, **sample) -> list[str]:
    doc = {"title": "Milled magnesium hydride", "author": "A. Researcher",
           "samples": [{"id": "S1", "system": "MgH2", **sample, "measurements": list(rows)}]}
    with pytest.raises(EntryValidationError) as err:
        load_entry(doc)
    return sorted(i.path for i in err.value.issues if i.severity == "error")


GOOD = {"property": "hydrogen capacity", "value": 6.1, "unit": "wt%"}
COLD = {**GOOD, "conditions": {"temperature": "-5 K"}}
NO_PROPERTY = {"value": 3, "unit": "wt%"}


def test_a_missing_property_and_a_temperature_below_absolute_zero_together():
    assert _paths(GOOD, COLD, NO_PROPERTY) == ["samples[0].measurements[1].conditions.temperature",
                                               "samples[0].measurements[2].property"]


@pytest.mark.parametrize("broken, path", [
    ({"property": "hydrogen capacity", "value": "six", "unit": "wt%"}, "samples[0].measurements[0].value"),
    ({"property": "hydrogen capacity", "value": 6, "unit": "wt%", "colour": "grey"},
     "samples[0].measurements[0].colour"),
    ({"property": "hydrogen capacity", "unit": "wt%"}, "samples[0].measurements[0]")])
def test_a_row_that_does_not_parse_leaves_the_others_checked(broken, path):
    bad_unit = {"property": "onset dehydrogenation temperature", "value": 300, "unit": "wt%"}
    unknown = {"property": "sparkle index", "value": 3, "unit": "1"}
    assert _paths(broken, bad_unit, unknown) == sorted([path, "samples[0].measurements[1].unit",
                                                        "samples[0].measurements[2].property"])


def test_the_sample_s_own_problems_are_reported_with_a_broken_row():
    # (Ni named twice, and 120 wt% in all: two problems of the system)
    assert _paths(NO_PROPERTY, system="MgH2 + 60 wt% Ni + 60 wt% Ni") == [
        "samples[0].measurements[0].property", "samples[0].system", "samples[0].system"]


def test_near_miss_one_problem_is_one_problem():
    assert _paths(GOOD, NO_PROPERTY) == ["samples[0].measurements[1].property"]
