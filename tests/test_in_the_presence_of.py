"""'In the presence of X' puts X into the sample, before the host ('In the presence of CeF3, LiAlH4 …'), after
the value ('… is lowered to 110 °C in the presence of CeF3') or after a preparation ('milled in the presence
of 10 wt% SiO2'); a gas or the atmosphere a sample is in is no additive."""
import pytest

from ingest.extract import extract_text


def _systems(text):
    return [(m.property, m.system.host.formula, tuple((a.formula, a.amount and a.amount.value) for a in m.system.additives))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("sentence, additive", [
    ("In the presence of 5 mol% CeF3, LiAlH4 starts to decompose at 110 °C.", ("CeF3", 5.0)),
    ("In the presence of CeF3, the peak temperature of LiAlH4 decomposition is 110 °C.", ("CeF3", None)),
    ("The peak temperature of LiAlH4 decomposition is lowered to 110 °C in the presence of CeF3.", ("CeF3", None)),
    ("In the presence of NbF5, Mg(BH4)2 releases 7.1 wt% H2 below 300 °C.", ("NbF5", None)),
    ("LiBH4 ball-milled in the presence of 10 wt% SiO2 releases hydrogen from 250 °C.", ("SiO2", 10.0)),
    ("NaAlH4 cycled in the presence of Ti releases 4.0 wt% H2 at 150 °C.", ("Ti", None)),
])
def test_what_the_sample_is_in_the_presence_of_is_its_additive(sentence, additive):
    rows = _systems(sentence)
    assert rows and all(additive in adds for _, _, adds in rows), rows


@pytest.mark.parametrize("sentence", [
    "MgH2 heated in the presence of H2 releases 7.0 wt% at 350 °C.",
    "LiBH4 melts at 280 °C in the presence of hydrogen.",
    "In the presence of hydrogen, LiBH4 melts at 280 °C.",
])
def test_a_gas_the_sample_is_in_is_no_additive(sentence):
    rows = _systems(sentence)
    assert rows and all(adds == () for _, _, adds in rows), rows
