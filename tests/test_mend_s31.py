"""Three readings the merged helper branches of session 31 broke between them, each as a hydride chemist reads
the sentence. Every sentence is written for these tests.

- 'H2 release' is hydrogen release: a temperature said of it (or of release and uptake together) is a
  dehydrogenation temperature; 'starts to release H2' its onset, as 'starts to release hydrogen' is.
- 'acts as a catalyst for hydrogen release' names the agent, the phase an additive formed: the noun 'catalyst'
  is no verb of speeding a run up ('the in-situ phases co-catalyse the decomposition' is).
- 'In the Pd-capped Mg film, Mg6Pd …': the sentence names the measured sample itself, so a composition of its
  metals is a phase of it, not a member of an alloy family named by the metals ('Mg–Ni samples')."""
from __future__ import annotations

import pytest

from tests.extracted import records


def _props(text: str, value: float) -> list[str]:
    return sorted(r["property"] for r in records(text) if r["value"] == value)


@pytest.mark.parametrize("text, value, expected", [
    ("H2 release and uptake from bulk NaH need about 420 °C.", 420.0,
     ["dehydrogenation_temperature", "hydrogenation_temperature"]),
    ("For pure LiH, H2 release and re-uptake proceed only near 690 °C.", 690.0,
     ["dehydrogenation_temperature", "hydrogenation_temperature"]),
    ("H2 release from the milled CaH2 blend requires roughly 600 °C.", 600.0, ["dehydrogenation_temperature"]),
    ("The ball-milled KH sample began to release H2 close to 260 °C.", 260.0, ["onset_dehydrogenation_temperature"]),
    ("Once heated, H2 release from the NaMgH3 powder starts at 330 °C.", 330.0, ["onset_dehydrogenation_temperature"]),
])
def test_h2_release_is_hydrogen_release(text, value, expected):
    assert _props(text, value) == expected


def test_h2_in_an_amount_is_no_temperature_label():
    # near miss: 'H2' after an amount is what is released, the value stays a capacity
    assert _props("The milled NaMgH3 powder gives off 3.9 wt% H2 at 330 °C.", 3.9) == ["hydrogen_capacity"]


def _phases(text: str) -> set[tuple]:
    """(mechanism, host, additive, in-situ phase) of each claim of ``text``."""
    from ingest.extract import extract_text
    return {(c.mechanism, c.host, c.additive, c.in_situ_phase) for c in extract_text(text).mechanisms}


@pytest.mark.parametrize("text, additive, phase", [
    ("CsOH was milled into Mg(NH2)2–2LiH. The CsOH reacts with Mg(NH2)2 and LiH to form Li3Cs(NH2)4, which acts as "
     "a catalyst for hydrogen release of the Mg(NH2)2–2LiH composite.", "CsOH", "Li3Cs(NH2)4"),
    ("A KOH-doped Mg(NH2)2–2LiH mixture was made. On milling, KOH reacts with Mg(NH2)2 and LiH to give Li3K(NH2)4, "
     "which serves as a catalyst for the H2 release of the Mg(NH2)2–2LiH mixture.", "KOH", "Li3K(NH2)4"),
    ("RbF was added to Mg(NH2)2–2LiH. During heating, RbF reacts with Mg(NH2)2 and LiH to form Li3Rb(NH2)4, which "
     "acts as a catalyst for the desorption of hydrogen from the Mg(NH2)2–2LiH system.", "RbF", "Li3Rb(NH2)4"),
])
def test_the_catalyst_noun_leaves_the_phase_with_the_additive_that_formed_it(text, additive, phase):
    assert ("InSituCatalyticPhase", "Mg(NH2)2", additive, phase) in _phases(text), _phases(text)


def _system(text: str, value: float) -> str:
    (r,) = [r for r in records(text) if r["value"] == value]
    return r["system"]


@pytest.mark.parametrize("text, value", [
    ("A Mg film was capped with 8 nm Pd. In the Pd-capped Mg film, Mg6Pd released its hydrogen at 140 °C.", 140.0),
    ("A Pd layer covered the Mg film. Within the Pd-covered Mg film, Mg6Pd desorbed hydrogen at 155 °C.", 155.0),
    ("A Mg film was coated with a Pd layer. In the Pd-coated Mg film, Mg6Pd released all hydrogen at 160 °C.", 160.0),
])
def test_a_phase_in_a_sample_the_sentence_names_is_that_samples(text, value):
    assert _system(text, value) == "Mg–Pd"


def test_a_member_of_a_family_named_by_its_metals_stays_its_own_sample():
    # near miss: the sentence names no sample of the family, only the member
    assert _system("Several Mg–Ni ingots were cast. Mg2Ni took up 3.5 wt% hydrogen at 310 °C.", 3.5) == "Mg2Ni"
