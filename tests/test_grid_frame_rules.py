"""The rules the sample and value grids brought (tests/test_sample_grid.py, tests/test_value_grid.py), each in
other wordings than the grids' own, with a near miss that must not trigger it. The sentences are our own."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text


def _rows(text: str) -> list[tuple[str, float, str, list[str]]]:
    return [(r.property, r.value, r.system.host.formula, sorted(a.formula for a in r.system.additives))
            for r in extract_text(text).measurements]


def _has(text: str, key: str, value: float, host: str, additives: list[str]) -> None:
    rows = _rows(text)
    assert any(k == key and abs(v - value) <= 1e-6 * max(1.0, abs(value)) and h == host and a == sorted(additives)
               for k, v, h, a in rows), rows


@pytest.mark.parametrize("text, key, value, host, additives", [
    # 'A incorporating B': what the host is said to incorporate is in its sample, a hydride partner too
    ("The Mg(BH4)2 incorporating carbon aerogel began to lose hydrogen near 180 °C.",
     "onset_dehydrogenation_temperature", 180.0, "Mg(BH4)2", ["carbon aerogel"]),
    ("Our Mg(NH2)2–2LiH incorporating RbH gave off 4.9 wt% H2 by 200 °C.",
     "hydrogen_capacity", 4.9, "Mg(NH2)2", ["LiH", "RbH"]),
    ("NaAlH4 incorporating 8 wt% CeCl3 liberated 4.2 wt% H2 below 160 °C.",
     "hydrogen_capacity", 4.2, "NaAlH4", ["CeCl3"]),
    ("A LiBH4 sample incorporating NaH lost 8.7 wt% H2 on heating to 450 °C.",
     "hydrogen_capacity", 8.7, "LiBH4", ["NaH"]),
])
def test_a_host_incorporating_an_additive(text, key, value, host, additives):
    _has(text, key, value, host, additives)


def test_models_incorporating_a_barrier_name_no_additive():
    """Near miss: what a model incorporates is no part of the hydride named after it."""
    _has("Models incorporating kinetic barriers predict that MgH2 gives off 6.5 wt% H2 at 300 °C.",
         "hydrogen_capacity", 6.5, "MgH2", [])


@pytest.mark.parametrize("text, key, value, host, additives", [
    # a fronted clause saying a hydride dopes (or catalyses) the host named after it
    ("When doped with NaH, LiNH2–LiH began to lose hydrogen near 150 °C.",
     "onset_dehydrogenation_temperature", 150.0, "LiNH2", ["LiH", "NaH"]),
    ("Once catalysed with KH, Mg(NH2)2–2LiH gave off 4.6 wt% H2 by 190 °C.",
     "hydrogen_capacity", 4.6, "Mg(NH2)2", ["KH", "LiH"]),
    ("Doped with TiH2, MgH2 started releasing hydrogen at 230 °C.",
     "onset_dehydrogenation_temperature", 230.0, "MgH2", ["TiH2"]),
])
def test_a_fronted_doping_with_a_hydride(text, key, value, host, additives):
    _has(text, key, value, host, additives)


def test_a_fronted_comparison_with_a_hydride_adds_nothing():
    """Near miss: a hydride the fronted clause compares the host with is not put into it."""
    _has("Compared with NaH, LiNH2–LiH began to lose hydrogen near 250 °C.",
         "onset_dehydrogenation_temperature", 250.0, "LiNH2", ["LiH"])


@pytest.mark.parametrize("text, key, value, host, additives", [
    # a hydride put into another hydride before it is named: the sample a later sentence goes on about is the host
    # that received it, not the hydride put in
    ("NaH was milled into LiBH4 for 5 h. The sample then gave off 8.2 wt% H2 at 400 °C.",
     "hydrogen_capacity", 8.2, "LiBH4", ["NaH"]),
    ("TiH2 was introduced into MgH2 by milling. It started to lose hydrogen at 240 °C.",
     "onset_dehydrogenation_temperature", 240.0, "MgH2", ["TiH2"]),
    ("MgH2 was added to LiBH4 by cryomilling. The doped material released 9.1 wt% H2 near 420 °C.",
     "hydrogen_capacity", 9.1, "LiBH4", ["MgH2"]),
])
def test_the_host_that_received_a_hydride_is_the_sample(text, key, value, host, additives):
    _has(text, key, value, host, additives)


def test_a_hydride_milled_alone_stays_the_sample():
    """Near miss: a hydride milled on its own, nothing put into another, is the sample a later 'It' means."""
    _has("NaH was milled for 5 h under argon. It then gave off 4.0 wt% H2 at 400 °C.",
         "hydrogen_capacity", 4.0, "NaH", [])


@pytest.mark.parametrize("text, key, value, host, additives", [
    # a bare per cent alone in the bracket after a sample, in a clause naming a property measured in per cent: that
    # property's value, no loading of the sample's last part
    ("Capacity retention after 200 cycles was highest for MgH2–TiO2 (81 %).",
     "capacity_retention", 81.0, "MgH2", ["TiO2"]),
    ("Of all electrodes, the best coulombic efficiency was found for MgH2–Ni (96 %).",
     "coulombic_efficiency", 96.0, "MgH2", ["Ni"]),
    ("The capacity retention stays best with MgH2–Co (72%) over 50 cycles.",
     "capacity_retention", 72.0, "MgH2", ["Co"]),
])
def test_a_bare_per_cent_in_a_samples_bracket_is_the_named_share(text, key, value, host, additives):
    _has(text, key, value, host, additives)


def test_a_named_share_in_a_samples_bracket_stays_its_loading():
    """Near miss: a share of a named kind ('5 wt%') in the bracket is the additive's loading."""
    text = "The coulombic efficiency of MgH2–Co (5 wt%) is 95 %."
    rows = _rows(text)
    assert all(abs(v - 5.0) > 1e-6 for _, v, _, _ in rows), rows
    _has(text, "coulombic_efficiency", 95.0, "MgH2", ["Co"])


@pytest.mark.parametrize("text, key, value, host, additives", [
    # a change 'from … to …' after a setting said right after the property's name: the property's two values
    ("The absorption plateau pressure at 250 °C of milled MgH2 rose from 0.2 to 0.35 MPa after adding Ni.",
     "plateau_pressure", 0.35, "MgH2", ["Ni"]),
    ("The equilibrium pressure at 320 °C for Mg2NiH4 decreases from 0.9 MPa to 0.6 MPa upon Cu substitution.",
     "plateau_pressure", 0.6, "Mg2NiH4", ["Cu"]),
    ("The desorption plateau pressure at 350 °C for MgH2 shifted from 0.8 to 1.1 MPa when Fe was added.",
     "plateau_pressure", 1.1, "MgH2", ["Fe"]),
    ("The ionic conductivity at 30 °C of LiBH4 went from 10^-8 S/cm to 10^-4 S/cm when LiI was added.",
     "ionic_conductivity", 0.1, "LiBH4", ["LiI"]),
])
def test_a_change_after_a_setting_that_follows_the_name(text, key, value, host, additives):
    _has(text, key, value, host, additives)


def test_a_heating_span_after_the_setting_is_no_change_of_the_property():
    """Near miss: a span a treatment ran over ('heated from … to …') gives the named property no value."""
    rows = _rows("The plateau pressure at 300 °C of MgH2 was measured after it was heated from 25 to 400 °C.")
    assert not any(k == "plateau_pressure" for k, *_ in rows), rows


@pytest.mark.parametrize("text, key, value, host, additives", [
    # a value that opens its sentence takes the sample its sentence names, else the sample in focus (as any frame
    # that names no sample does)
    ("LiBH4–LiI was ball milled for 2 h. 312 °C is the DSC peak temperature.",
     "peak_dehydrogenation_temperature", 312.0, "LiBH4", ["LiI"]),
    ("MgH2 doped with 5 wt% Nb2O5 was prepared. 75 kJ/mol is its apparent activation energy for dehydrogenation.",
     "dehydrogenation_activation_energy", 75.0, "MgH2", ["Nb2O5"]),
    ("LiBH4–LiI was ball milled for 2 h. 312 °C is the DSC peak temperature of MgH2.",
     "peak_dehydrogenation_temperature", 312.0, "MgH2", []),
])
def test_a_value_first_sentence_takes_its_own_sample_else_the_one_in_focus(text, key, value, host, additives):
    _has(text, key, value, host, additives)


@pytest.mark.parametrize("text, key, value, host, additives", [
    # 'A and B milled together' as a participle phrase before the verb (no 'were'): one sample of the two
    ("MgH2 and graphite milled together for 10 h gave off 6.1 wt% H2 at 330 °C.",
     "hydrogen_capacity", 6.1, "MgH2", ["graphite"]),
    ("LiBH4 and Mg2NiH4 mixed together liberated 7.9 wt% H2 below 400 °C.",
     "hydrogen_capacity", 7.9, "LiBH4", ["Mg2NiH4"]),
    ("LiBH4 and CaH2 co-milled under argon began to lose hydrogen near 350 °C.",
     "onset_dehydrogenation_temperature", 350.0, "LiBH4", ["CaH2"]),
])
def test_a_pair_milled_together_before_the_verb(text, key, value, host, additives):
    _has(text, key, value, host, additives)


def test_a_pair_milled_separately_stays_two_samples():
    """Near miss: a milling said apart makes no sample of the two."""
    rows = _rows("LiBH4 and MgH2 milled separately released 5.5 wt% H2 at 300 °C.")
    assert sorted((h, tuple(a)) for _, _, h, a in rows) == [("LiBH4", ()), ("MgH2", ())], rows


@pytest.mark.parametrize("text, key, value, host, additives", [
    # the reference's bracketed value in a fronted comparison, read by its unit alone, is of the property the main
    # clause names for the value it is compared with
    ("Relative to pure LiAlH4 (410 mAh/g), the LiAlH4–C electrode delivers a discharge capacity of 690 mAh/g.",
     "discharge_capacity", 410.0, "LiAlH4", []),
    ("In comparison with bare NaAlH4 (35 nm), TiCl3-doped NaAlH4 has a crystallite size of 18 nm.",
     "crystallite_size", 35.0, "NaAlH4", []),
    ("Compared with bulk MgH2 (75 nm), Nb2O5-doped MgH2 has a crystallite size of 12 nm.",
     "crystallite_size", 75.0, "MgH2", []),
])
def test_a_fronted_references_value_takes_the_compared_property(text, key, value, host, additives):
    _has(text, key, value, host, additives)


def test_a_fronted_references_size_without_a_compared_size_stays_a_particle_size():
    """Near miss: no value of the main clause shares the bracket's unit; the size keeps its own reading."""
    _has("Compared to pure MgH2 (50 nm), the catalysed MgH2 releases 6 wt% H2 at 300 °C.",
         "particle_size", 50.0, "MgH2", [])


@pytest.mark.parametrize("text, key, value, host, additives", [
    # a change whose first value is marked bare by a word in brackets ('(pristine)', '(as-milled)') goes on to the
    # value of the sample the addition made
    ("The peak temperature of NaAlH4 drops from 250 °C (pristine) to 170 °C upon adding TiCl3.",
     "peak_dehydrogenation_temperature", 170.0, "NaAlH4", ["TiCl3"]),
    ("The onset temperature of LiAlH4 went down from 150 °C (pristine) to 80 °C upon adding 3 mol% TiF3.",
     "onset_dehydrogenation_temperature", 80.0, "LiAlH4", ["TiF3"]),
    ("The desorption peak temperature of MgH2 shifts from 420 °C (as-milled) to 330 °C when 5 wt% Ni is added.",
     "peak_dehydrogenation_temperature", 330.0, "MgH2", ["Ni"]),
])
def test_a_change_from_a_value_marked_bare_in_brackets(text, key, value, host, additives):
    _has(text, key, value, host, additives)
    rows = _rows(text)
    assert any(k == key and h == host and not a for k, _, h, a in rows), rows   # the bare value too


def test_a_heating_span_with_a_bracketed_setting_is_no_change():
    """Near miss: '(room temperature)' names no sample; the span a sample was heated over gives no value of it."""
    rows = _rows("The LiAlH4 was heated from 25 °C (room temperature) to 250 °C and released 7.0 wt% H2.")
    assert [k for k, *_ in rows] == ["hydrogen_capacity"], rows
