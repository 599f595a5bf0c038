"""Issue 10: a contrasting clause that names only another additive before its value ('…, while 10 wt% Nb2O5
lowered it to 220 °C') speaks of the same host with that additive, not of the additive alone nor of the first
clause's sample."""
from __future__ import annotations

from prose_sentences import facts


def _system(v, value):
    s = v[value].system
    return s.host.formula, {c.formula for c in s.additives}


def test_the_second_additive_takes_the_first_ones_place():
    for sentence, value, host, additive in (
        ("Adding 10 wt% TiO2 reduced the onset temperature of MgH2 from 350 °C to 260 °C, while 10 wt% Nb2O5 "
         "reduced it to 220 °C.", 220.0, "MgH2", "Nb2O5"),
        ("The addition of 30 mol% LiBr lowered the transition temperature of LiBH4 from 117 °C to 45 °C, "
         "whereas 30 mol% LiCl lowered it only to 95 °C.", 95.0, "LiBH4", "LiCl"),
        ("Adding 10 wt% TiO2 reduced the onset temperature of MgH2 to 260 °C, but 10 wt% Nb2O5 lowered it only "
         "to 220 °C.", 220.0, "MgH2", "Nb2O5"),
        ("Doping with 5 mol% TiCl3 lowered the activation energy of NaAlH4 from 118 to 80 kJ/mol, whereas "
         "CeCl3 lowered it to 70 kJ/mol.", 70.0, "NaAlH4", "CeCl3"),
        ("Milling LiAlH4 with 2 mol% TiF3 lowered its onset temperature to 95 °C, whereas 2 mol% NbF5 gave an "
         "onset temperature of 110 °C.",
         110.0, "LiAlH4", "NbF5"),
    ):
        v = facts(sentence)
        assert _system(v, value) == (host, {additive}), sentence


def test_a_phase_the_sample_forms_is_no_additive_in_place():
    v = facts("The LiBH4–MgH2 composite releases hydrogen at 350 °C, whereas MgB2 appears only at 400 °C.")
    assert 400.0 not in v or "MgB2" not in _system(v, 400.0)[1]
    # a clause with a hydride of its own keeps its own sample
    v = facts("Adding 10 wt% TiO2 lowered the onset of MgH2 to 260 °C, while pure LiBH4 starts at 380 °C.")
    assert _system(v, 380.0) == ("LiBH4", set())
