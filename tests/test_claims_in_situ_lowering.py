"""A phase the sentence says formed in situ, credited with bringing a hydrogen reaction's temperature down ('which
lowers the dehydrogenation temperature'), is an in-situ catalytic phase, as one credited with faster kinetics
already was. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from extracted import claim_tuples


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return claim_tuples(text, "src:in-situ-lowering")


@pytest.mark.parametrize("text, host", [
    ("LiBH4 was milled with CeH2 and Al. Heating resulted in the in situ formation of CeAl4, which lowers the "
     "dehydrogenation temperature.", "LiBH4"),
    ("MgH2 was milled with NbF5. The in situ formed NbH reduces the onset temperature of MgH2 by 80 °C.", "MgH2"),
    ("LiBH4 was milled with TiCl3. The in-situ generated TiB2 decreases the desorption temperature of LiBH4.", "LiBH4"),
    ("MgH2 was milled with NbF5. Ball milling led to the in situ formation of NbH, which reduces the peak desorption "
     "temperature.", "MgH2"),
])
def test_a_phase_formed_in_situ_that_lowers_a_temperature_is_a_catalytic_phase(text, host):
    claims = _claims(text)
    assert any(m == "InSituCatalyticPhase" and h == host for m, h, _, _ in claims), claims


@pytest.mark.parametrize("text", [
    # a temperature lowered, no phase said to form in situ
    "MgH2 was milled with NbF5. The onset temperature of MgH2 was lowered by 80 °C after milling.",
    # a temperature lowered by a condition of the run, no phase formed in situ
    "LiBH4 was milled with TiCl3. A faster heating rate lowers the apparent peak temperature of LiBH4.",
])
def test_near_misses_credit_no_in_situ_phase(text):
    assert not any(m == "InSituCatalyticPhase" for m, *_ in _claims(text)), _claims(text)
