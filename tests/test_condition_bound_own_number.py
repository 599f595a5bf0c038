"""A condition's bound ('within 15 min', 'in less than 5 min') is read from the words before the condition's own
number, where the condition is read (ingest.extraction.values.value_conditions.setting): one number written twice in a
sentence, once as a bound and once exactly, gives each value the bound its own number has — not none, as when the number
was looked up again in the sentence after extraction and found twice. Sentences written for this test."""
import pytest

from tests.extracted import records


@pytest.mark.parametrize("sentence, bounds", [
    ("Within 15 min the TiF3-doped MgH2 absorbed 5.4 wt% hydrogen at 250 °C, whereas the undoped MgH2 took up only "
     "2.1 wt% in 15 min at 250 °C.", {5.4: {"time": "<="}, 2.1: {}}),
    ("The Nb2O5-milled MgH2 took up 4.8 wt% of hydrogen in less than 5 min at 200 °C, while plain MgH2 needed 5 min "
     "at 300 °C to absorb 1.2 wt%.", {4.8: {"time": "<"}, 1.2: {}}),
    ("After 30 min at 350 °C the milled LiBH4–MgH2 had released 7.6 wt% H2, whereas the unmilled mixture gave off "
     "2.4 wt% in about 30 min.", {7.6: {}, 2.4: {"time": "~"}}),
    ("The Mg2Ni alloy absorbed 3.2 wt% hydrogen in 8 min at 280 °C, and the milled Mg powder took up 3.0 wt% at "
     "280 °C in up to 8 min.", {3.2: {}, 3.0: {"time": "<="}}),
    ("The MgH2–Ni powder released 5.1 wt% H2 within 10 min at 300 °C, and 10 min later it had given off 5.9 wt%.",
     {5.1: {"time": "<="}}),
])
def test_one_number_written_twice_keeps_each_condition_its_own_bound(sentence, bounds):
    got = {r["value"]: r for r in records(sentence)}
    assert {v: got[v]["conditions"]["time"] for v in bounds} == {v: float(sentence.split(" min")[0].split()[-1])
                                                                for v in bounds}
    assert {v: got[v]["condition_qualifier"] for v in bounds} == bounds


def test_a_time_said_once_exactly_has_no_bound():
    # near miss: 'in 20 min' is the time the run took, whatever else the sentence bounds ('below 300 °C' is no time)
    row = {r["value"]: r for r in records("The MgH2–V sample gave off 5.0 wt% H2 in 20 min below 300 °C.")}[5.0]
    assert row["conditions"]["time"] == 20.0 and row["condition_qualifier"] == {"temperature": "<"}
