"""General causes of the facts the sealed pool G17 lost (issue 10): how a value's sign, sample and name are read
in other authors' abstracts. Every sentence here is written for the test.

- Uptake signs: releasing H2 gas always raises the entropy, so a sentence that reports a negative reaction entropy
  writes every value with the formation's signs, whatever word (desorption, decomposition) names the reaction."""
import pytest

from ingest.extract import extract_text


def _signed(text):
    return [(m.property, m.value, m.reported_sign) for m in extract_text(text).measurements
            if m.property in ("reaction_enthalpy", "reaction_entropy")]


@pytest.mark.parametrize("text", [
    "In the hydrogen desorption of KMgH3, the enthalpy change is −88 kJ/mol H2 and the entropy change is "
    "−120 J/K mol H2.",
    "The desorption of hydrogen from CaMgH4 has ΔH = −91 kJ/mol H2 and ΔS = −128 J/K mol H2.",
    "The decomposition of Mg2FeH6 with H2 release gives an enthalpy of −77 kJ/mol H2 and an entropy of "
    "−137 J/K mol H2.",
])
def test_a_negative_entropy_says_the_enthalpy_beside_it_has_the_formation_sign(text):
    rows = _signed(text)
    assert rows and all(v > 0 and sign == "-" for _, v, sign in rows), rows


def test_near_miss_an_exothermic_release_without_entropy_keeps_its_sign():
    rows = _signed("The desorption enthalpy we measured for the AlH3 powder was −7 kJ/mol H2, an exothermic step.")
    assert rows == [("reaction_enthalpy", -7.0, "-")], rows
