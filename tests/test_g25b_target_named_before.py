"""A goal noun heading a property's name, the value after a copula ('the target operating temperature of
automotive fuel cells is similar to 373 K'): a goal set for materials, no sample's value; a sample noun after the
goal noun ('our target material LiBH4') names the sample studied. The sentences are written for this test."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return sorted((m.property, round(m.value, 2)) for m in extract_text(text).measurements)


@pytest.mark.parametrize("text, kept", [
    ("Hydrogen sorption in Mg typically requires about 573 K, whereas the target operating temperature of "
     "automotive fuel cells is similar to 373 K or less.",
     [("dehydrogenation_temperature", 299.85), ("hydrogenation_temperature", 299.85)]),
    ("The goal capacity for onboard vehicle storage is 6.5 wt%, far above that of LiNH2.", []),
    ("The target temperature of the PEM fuel cell stack is 80 °C, while MgH2 needs 300 °C to release hydrogen.",
     [("dehydrogenation_temperature", 300.0)]),
])
def test_a_goal_value_is_no_samples(text, kept):
    assert _rows(text) == kept


def test_a_target_sample_keeps_its_value():
    assert _rows("Our target material LiBH4 releases hydrogen at 380 °C.") == [("dehydrogenation_temperature", 380.0)]
