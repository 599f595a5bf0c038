"""Named metal–organic frameworks a hydride is confined in are scaffolds named as written ('LiBH4@UiO-66'), not the
class 'metal–organic framework'. Own wording."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements


@pytest.mark.parametrize("text, scaffold", [
    ("LiBH4 was infiltrated into UiO-66 (LiBH4@UiO-66), which conducts 0.1 mS/cm at 30 °C.", "UiO-66"),
    ("NaAlH4 was melt-infiltrated into MIL-101 (NaAlH4@MIL-101); it starts to release hydrogen at 100 °C.", "MIL-101"),
    ("Ammonia borane confined in HKUST-1 (NH3BH3@HKUST-1) starts to release hydrogen at 75 °C.", "HKUST-1"),
])
def test_a_named_framework_is_the_scaffold_as_written(text, scaffold):
    row = contract_measurements(text)[0]
    assert (scaffold, "ScaffoldConfinementHost") in {(c["material"], c["role"]) for c in row["components"]}, row
    assert "Nanoconfinement" in row["strategies"]


def test_a_framework_named_by_its_class_stays_the_class():
    row = contract_measurements("LiBH4 confined in a metal–organic framework (LiBH4@MOF) releases hydrogen from "
                                "220 °C.")[0]
    assert "UiO-66" not in {c["material"] for c in row["components"]}
