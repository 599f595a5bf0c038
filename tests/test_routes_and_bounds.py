"""A temperature said as an example of a bound ("decomposition below the melting point, e.g. 350 °C") is
the process's temperature, not the named point; the phases a decomposition goes "via" (and the one it
ends in) are its intermediates, not the sample. Sentences written for this test."""
import pytest

from tests.prose_sentences import contract_measurements


def _rows(text):
    return {r["value"]: (r["property"], [c["material"] for c in r["components"]]) for r in contract_measurements(text)}


def test_a_bound_said_again_is_the_process_temperature():
    assert _rows("MgH2 releases hydrogen below the melting point of Mg, i.e. at 350 °C.")[350.0][0] \
        == "dehydrogenation_temperature"


# ("e.g." / "for example": a temperature the authors chose in the range the bound names, a setting, no value they
# measured — tests/test_example_setting.py; never the named point's temperature either)
@pytest.mark.parametrize("text, value", [
    ("The dehydrogenation of LiBH4 above its melting point, e.g. at 300 °C, is fast.", 300.0),
    ("NaBH4 decomposes above the melting temperature, for example 520 °C.", 520.0),
])
def test_an_example_of_a_bound_is_no_value_of_the_named_point(text, value):
    assert value not in _rows(text)


def test_the_named_point_itself_stays_a_transition():
    assert _rows("The melting point of LiBH4 is 280 °C.")[280.0][0] == "phase_transition_temperature"


@pytest.mark.parametrize("text, value, host", [
    ("Mg(BH4)2 decomposes via MgB12H12 to MgB2 at 300 °C.", 300.0, "Mg(BH4)2"),
    ("Ca(BH4)2 decomposes in steps: via CaB2H6 to CaB6 at 350 °C, or via boron at 400 °C.", 350.0, "Ca(BH4)2"),
    ("The LiBH4 sample is made via LiH and B2H6; it releases hydrogen at 380 °C.", 380.0, "LiBH4"),
])
def test_a_phase_named_after_via_is_no_sample(text, value, host):
    assert _rows(text)[value][1] == [host]


def test_a_method_after_via_leaves_the_sample():
    assert _rows("MgH2 made via ball milling releases hydrogen at 300 °C.")[300.0][1] == ["MgH2"]
