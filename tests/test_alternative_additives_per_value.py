"""'… to 280 °C with Nb2O5 and 240 °C with TiF3': each value with its own additive, not the ones before it piled up.
Sentences written for these tests."""
import pytest
from extracted import records


@pytest.mark.parametrize("text,expected", [
    ("The peak temperature of MgH2 fell from 660 K for the pure hydride to 648 K with WO2 and 635 K with WS2.",
     {386.85: [], 374.85: ["WO2"], 361.85: ["WS2"]}),
    ("The onset of MgH2 dropped from 350 °C for the pure hydride to 280 °C with Nb2O5 and 240 °C with TiF3.",
     {350.0: [], 280.0: ["Nb2O5"], 240.0: ["TiF3"]}),
    ("The activation energy of MgH2 decreased from 160 kJ/mol to 95 kJ/mol with 5 wt% Nb2O5 and 80 kJ/mol with "
     "5 wt% TiF3.", {160.0: [], 95.0: ["Nb2O5"], 80.0: ["TiF3"]}),
])
def test_each_value_has_its_own_additive(text, expected):
    got = {r["value"]: r["additives"] for r in records(f"# A test\n\n{text}\n")}
    assert got == expected, got


def test_additives_milled_in_together_stay_together():
    got = [r["additives"] for r in records("# A test\n\nMgH2 milled with Nb2O5 and TiF3 releases hydrogen from 210 °C.\n")]
    assert got == [["Nb2O5", "TiF3"]]
