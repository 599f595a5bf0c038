"""A temperature right before a time that changed from one value to another ('the induction period at 350 °C
fell from 40 min to 5 min') is the setting the times were measured at: no temperature of the process. A process
temperature said alone, or one a process was lowered to, is still one."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.property, m.value.magnitude if hasattr(m.value, "magnitude") else m.value)
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("sentence", [
    "Adding 5 wt% Nb2O5 shortens the incubation period of MgH2 dehydrogenation at 350 °C from 40 min to 5 min.",
    "With 10 wt% TiF3, the induction time of the LiBH4 decomposition at 380 °C fell from over 60 min to under 8 min.",
    "Doping with 3 mol% Ni cut the time needed for full desorption of MgH2 at 300 °C from 120 min to 25 min.",
    "Doping with 3 mol% Ni cut the desorption time of MgH2 at 300 °C from 2 h to 25 min.",
])
def test_the_setting_of_a_changed_time_is_no_process_temperature(sentence):
    assert not [r for r in _rows(sentence) if r[0].endswith("temperature")]


@pytest.mark.parametrize("sentence, row", [
    ("Adding 5 wt% Nb2O5 lowers the decomposition of MgH2 to 250 °C.", ("dehydrogenation_temperature", 250.0)),
    ("The LiBH4 decomposition with 10 wt% TiF3 occurs at 380 °C.", ("dehydrogenation_temperature", 380.0)),
])
def test_a_process_temperature_said_alone_stays(sentence, row):
    assert row in _rows(sentence)


def _conditions(text):
    return [m.conditions for m in extract_text(text).measurements]


# 'after 10 h of ball milling', 'after 2 and 20 h of grinding': a duration of a preparation step, not of the test
@pytest.mark.parametrize("sentence", [
    "The CaH2 electrode delivers 820 mAh g−1 after 12 h of ball milling.",
    "Capacities of 760 mAh g−1 and 430 mAh g−1 are reached for the TiH2 electrodes after 3 and 30 h of milling, "
    "respectively.",
    "The MgH2 anode retains 540 mAh g−1 after 6 h of grinding with carbon.",
])
def test_a_duration_of_milling_is_no_time_condition(sentence):
    assert _conditions(sentence) and all("time" not in c for c in _conditions(sentence))


def test_a_duration_of_cycling_is_still_the_time():
    assert any("time" in c for c in _conditions("The MgH2 anode retains 540 mAh g−1 after 6 h of cycling."))
