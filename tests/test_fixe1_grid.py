"""Probe grid (sentences written for this test) for three forms real abstracts use:
a capacity per gram of a named material ("mAh/[g of (Mg2Ni)]"), a capacity quoted as the reason a
host is studied ("due to the high hydrogen storage density (7.6 wt%)": theoretical), and a
preparation temperature said after "transition metal …" (never a phase transition temperature)."""
from __future__ import annotations

import itertools

import pytest
from prose_sentences import contract_measurements

# --- per-gram-of-material units: alloys × spellings × sentence forms -------------------------------
_ALLOYS = ("Mg2Ni", "Mg1.8La0.2Ni", "Mg1.5Al0.5Ni")
_PER_MASS = ("mAh/[g of ({a})]", "mA h/[g of {a}]", "mAh/(g of {a})", "mAh/(g of alloy)")
_CAPACITY_FORMS = ("The initial discharge capacity of the {a} alloy electrode was 716 {u}.",
                   "The milled {a} alloy delivered a discharge capacity of 716 {u} in the first cycle.",
                   "A discharge capacity of 716 {u} was reached by the {a} alloy electrode.")
_CAPACITY_GRID = list(itertools.product(_ALLOYS, _PER_MASS, _CAPACITY_FORMS))


@pytest.mark.parametrize("alloy,unit,form", _CAPACITY_GRID)
def test_capacity_per_gram_of_a_named_material(alloy, unit, form):
    text = form.format(a=alloy, u=unit.format(a=alloy))
    rows = [r for r in contract_measurements(text) if r["value"] == 716.0]
    assert len(rows) == 1, (text, rows)
    assert rows[0]["unit"] == "mAh/g" and rows[0]["property"] == "discharge_capacity", rows[0]


def test_a_unit_bracket_without_of_is_no_per_gram_unit():
    # "(g)" after a unit is no named material: the number keeps the plain unit, no "[g of …]" read
    rows = contract_measurements("The Mg2Ni alloy electrode gave 350 mAh g−1 (first cycle) at 25 °C.")
    assert [r["unit"] for r in rows if r["value"] == 350.0] == ["mAh/g"]


# --- a capacity quoted as why a host is studied: theoretical --------------------------------------
_HOSTS = (("MgH2", "7.6"), ("LiBH4", "18.5"), ("NaAlH4", "7.4"))
_REASONS = ("{h} is regarded as a promising candidate due to the potentially high hydrogen storage density ({v} wt%).",
            "{h} is attractive owing to its high gravimetric hydrogen storage capacity of {v} wt%.",
            "Because of the large hydrogen storage density ({v} wt%) of {h}, it has been widely studied.",
            "Thanks to their high hydrogen content ({v} wt%), materials such as {h} are studied.")
_RESULT = " Here {h} doped with 5 wt% Nb2O5 released 4.1 wt% H2 at 300 °C."


@pytest.mark.parametrize("host,reason", list(itertools.product(_HOSTS, _REASONS)))
def test_a_capacity_given_as_the_reason_is_theoretical(host, reason):
    h, v = host
    rows = contract_measurements(reason.format(h=h, v=v) + _RESULT.format(h=h))
    said = [r for r in rows if r["value"] == float(v)]
    assert said and all(r["basis"] == "theoretical" for r in said), rows
    measured = [r for r in rows if r["value"] == 4.1]
    assert len(measured) == 1 and measured[0]["basis"] == "measured", rows


def test_a_compared_capacity_given_as_a_reason_stays_measured():
    rows = contract_measurements("The MgH2-5 wt% Ni sample performs best due to the higher hydrogen "
                                 "capacity it reaches (6.5 wt% at 300 °C).")
    assert [r["basis"] for r in rows if r["value"] == 6.5] == ["measured"]


# --- "transition metal …" before a preparation temperature --------------------------------------
_PREPARED = ("We report the preparation of a new transition metal oxide (TiNbO4) by oxidizing the MXene Ti2C at {t} °C.",
             "Transition-metal sulfides were obtained by heating the precursors at {t} °C in argon.",
             "A bimetallic transition metal carbide was calcined at {t} °C before milling.",
             "The transition metals were annealed at {t} degrees C under Ar.")
_TEMPERATURES = ("300", "450")


@pytest.mark.parametrize("form,t", list(itertools.product(_PREPARED, _TEMPERATURES)))
def test_transition_metal_is_no_phase_transition(form, t):
    text = form.format(t=t) + " MgH2 with 5 wt% of the catalyst started to desorb hydrogen at 210 °C."
    rows = contract_measurements(text)
    assert not [r for r in rows if r["property"] == "phase_transition_temperature"], rows


def test_a_named_phase_transition_is_still_read():
    rows = contract_measurements("The phase transition of LiBH4 from orthorhombic to hexagonal occurs at 113 °C.")
    assert [r["property"] for r in rows if r["value"] == 113.0] == ["phase_transition_temperature"]
