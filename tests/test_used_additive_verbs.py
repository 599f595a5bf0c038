"""An additive is the subject of a passive of using, whichever verb of using the text picks ('utilized',
'adopted' beside 'used' and 'employed'), and the object of the authors' own using ('we utilize X to …',
'utilizing X as the catalyst'): the sentence's values are of the host with it. A method or a gas 'adopted' or
'utilized' for the host is no additive. Every sentence is written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def _materials(row: dict) -> list[str]:
    return [c["material"] for c in row["components"]]


@pytest.mark.parametrize("text, value, parts", [
    ("Herein, porous carbon was utilized to destabilize LiAlH4, and its onset temperature dropped to 95.3 °C.",
     95.3, ["LiAlH4", "porous carbon"]),
    ("Ni was adopted to catalyse MgH2; the resulting composite released 6.04 wt% H2 at 300 °C.", 6.04, ["MgH2", "Ni"]),
    ("We utilize CoB to catalyse LiBH4, and the composite gave off 9.13 wt% H2 at 400 °C.", 9.13, ["LiBH4", "CoB"]),
    ("Fe nanoparticles were utilised as the additive for NaAlH4, whose activation energy fell to 77.7 kJ/mol.", 77.7,
     ["NaAlH4", "Fe"]),
])
def test_the_subject_of_a_using_verb_is_the_additive(text, value, parts):
    assert _materials(the_one(contract_measurements(text), value)) == parts


@pytest.mark.parametrize("text, value", [
    ("The Kissinger method was adopted to evaluate MgH2, whose activation energy was 158.6 kJ/mol.", 158.6),
    ("Argon was utilized to protect MgH2 during milling, and the milled powder released 7.02 wt% H2.", 7.02),
])
def test_a_method_or_gas_used_on_the_host_is_no_additive(text, value):
    assert _materials(the_one(contract_measurements(text), value)) == ["MgH2"]
