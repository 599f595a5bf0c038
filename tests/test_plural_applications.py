"""'MgH2 films were tested as anodes': an application named in the plural is still said of the sample, so a
value whose property serves both hydrogen stores and electrodes (a capacity retention) is the anode's
(ontology: the plural labels of hkg:Anode, hkg:SolidElectrolyte). Sentences written for these tests."""
from __future__ import annotations

import pytest
from extracted import records


def _applications(text: str) -> list:
    return [r["application"] for r in records(text)]


@pytest.mark.parametrize("text", [
    "Sputtered MgH2 layers were examined as negative electrodes for lithium cells. These layers keep 74% of "
    "their capacity after 60 cycles.",
    "We assessed TiH2 powders as conversion anodes. After 45 cycles the TiH2 powders keep 58% of their capacity.",
    "Nanosized Mg2FeH6 was studied as anode materials. Mg2FeH6 retains 66% of its capacity over 35 cycles.",
])
def test_a_plural_application_makes_the_retention_an_anodes(text):
    assert _applications(text) == ["anode"]


def test_no_application_named_leaves_a_retention_to_hydrogen_storage():
    # (cycled against hydrogen gas: no electrode is named, the retention is the hydrogen store's)
    assert _applications("Sputtered MgH2 layers were cycled under 10 bar H2. These layers keep 74% of their "
                         "capacity after 60 cycles.") == ["hydrogen_storage"]
