"""How an abstract introduces its study's sample, the forms of ``grid_intro.py``: the probe grid (its slot
values pass at the rates asserted) and, for each reading rule, sentences written for the test in several
wordings plus one the rule must not fire on. Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_intro import probes, run
from grid_rates import rates
from prose_sentences import adds, facts

from ingest.extraction.text.nlp import system_of


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 200 <= len(ps) <= 300
    assert len({p.slots["intro"] for p in ps}) >= 12 and len({p.slots["additive"] for p in ps}) >= 11
    assert {p.slots["host"] for p in ps} >= {"MgH2", "LiBH4", "LiAlH4", "NaAlH4", "Mg(BH4)2", "LiNH2–MgH2"}


# slot values still failing on some documents (the rest must all pass): the most failures allowed
STILL_FAILING = {
    ("additive", "abbreviation"): 12,   # 'nickel-cobalt layered double hydroxide (NiCo-LDH)' read as CoNi + LDH
    ("additive", "flower"): 1, ("additive", "core_shell"): 1,   # a title naming them, "the catalyst" in the body
    ("intro", "the_catalyst"): 4, ("intro", "synthesized_introduced"): 2, ("intro", "prepared_milled"): 2,
    ("intro", "subsequently_added"): 2, ("intro", "named_later"): 2, ("intro", "used_as_catalyst"): 2,
}


@pytest.mark.parametrize("slot", ["intro", "value", "title", "background", "host", "additive"])
def test_the_slot_values_of_the_grid_pass(grid, slot):
    failing = {v: bad for v, (bad, n) in rates(grid)[slot].items() if bad > STILL_FAILING.get((slot, v), 0)}
    examples = [(p.doc, verdict) for p, verdict in grid if verdict != "OK" and p.slots[slot] in failing][:4]
    if slot in ("intro", "additive"):
        assert not failing, (failing, examples)
    else:   # (the known failures above fall on values of these slots too: their share stays small)
        assert all(bad <= 0.1 * n for v, (bad, n) in rates(grid)[slot].items()), rates(grid)[slot]


def test_the_grid_passes_overall(grid):
    assert sum(v == "OK" for _, v in grid) >= 238


CARRIED = "The composite starts to release hydrogen at 231 °C."


def _amounts(system):
    return {c.formula: (c.amount.value, c.amount.unit) for c in system.additives if c.amount is not None}


def test_a_doped_carbon_is_one_additive_named_as_written():
    v = facts("Herein, a Ni-doped carbon was synthesized and introduced into MgH2.", CARRIED)
    assert adds(v[231.0].system) == {"Ni-doped carbon"}
    v = facts("In this work, Co-doped carbon nanotubes were milled with LiBH4.", CARRIED)
    assert adds(v[231.0].system) == {"Co-doped carbon nanotubes"}
    v = facts("NaAlH4 was ball-milled together with Fe-doped carbon for 2 h.", CARRIED)
    assert adds(v[231.0].system) == {"Fe-doped carbon"}
    # (negative) a doped hydride is a sample: its dopant is the additive
    v = facts("Ti-doped NaAlH4 was prepared by ball milling.", CARRIED)
    assert adds(v[231.0].system) == {"Ti"}


def test_a_later_step_keeps_the_loading_it_adds():
    v = facts("MgH2 was first milled for 5 h.", "Subsequently, 5 wt% graphene was added.", CARRIED)
    assert _amounts(v[231.0].system) == {"graphene": (5.0, "wt%")}
    v = facts("LiAlH4 was milled alone for 1 h.", "Then 10 wt% of flower-like MoS2 was introduced.", CARRIED)
    assert _amounts(v[231.0].system) == {"MoS2": (10.0, "wt%")}
    v = facts("NaAlH4 was pre-milled.", "3 mol% TiF3 nanoparticles were finally incorporated.", CARRIED)
    assert _amounts(v[231.0].system) == {"TiF3": (3.0, "mol%")}
    # (negative) no loading written: the additive has none
    v = facts("MgH2 was first milled for 5 h.", "Subsequently, graphene was added.", CARRIED)
    assert adds(v[231.0].system) == {"graphene"} and _amounts(v[231.0].system) == {}


def test_a_host_with_a_series_variable_glued_to_its_dash():
    v = facts("A series of MgH2–x CeO2 composites (x = 5, 10 wt%) was prepared by ball milling.", CARRIED)
    assert set(v) == {231.0} and adds(v[231.0].system) == {"CeO2"} and v[231.0].system.host.formula == "MgH2"
    v = facts("The NaAlH4–y Nb2O5 samples (y = 2, 4 mol%) were milled for 2 h.", CARRIED)
    assert set(v) == {231.0} and adds(v[231.0].system) == {"Nb2O5"}
    v = facts("We prepared LiBH4–x TiF3 (x = 1 and 3 wt%) by milling.", CARRIED)
    assert set(v) == {231.0} and adds(v[231.0].system) == {"TiF3"}
    # (negative) a share in brackets that defines no variable stays a value
    v = facts("MgH2–5 wt% CeO2 releases hydrogen (6.1 wt%) at 300 °C.")
    assert 6.1 in v


def test_an_atomic_per_cent_is_kept_as_written():
    v = facts("MgH2 doped with 5 at% Ni was prepared.", CARRIED)
    assert _amounts(v[231.0].system) == {"Ni": (5.0, "at%")}
    v = facts("NaAlH4 + 2 at.% Ti was milled for 3 h.", CARRIED)
    assert _amounts(v[231.0].system) == {"Ti": (2.0, "at%")}
    v = facts("LiBH4 was ball milled with 3 at % Al.", CARRIED)
    assert _amounts(v[231.0].system) == {"Al": (3.0, "at%")}
    # (negative) a molar per cent stays one
    v = facts("MgH2 doped with 5 mol% Ni was prepared.", CARRIED)
    assert _amounts(v[231.0].system) == {"Ni": (5.0, "mol%")}


def test_a_host_with_a_subscript_before_the_slash_of_a_loading():
    s = system_of("Mg(BH4)2/5 wt% FeCoNiCrMn")
    assert s is not None and s.host.formula == "Mg(BH4)2" and _amounts(s) == {"FeCoNiCrMn": (5.0, "wt%")}
    s = system_of("Ca(BH4)2/10 wt% TiO2")
    assert s is not None and s.host.formula == "Ca(BH4)2" and _amounts(s) == {"TiO2": (10.0, "wt%")}
    s = system_of("Mg(NH2)2/2 mol% KH")
    assert s is not None and _amounts(s) == {"KH": (2.0, "mol%")}
    # (negative) a coefficient after the slash stays a coefficient
    s = system_of("Mg(NH2)2/2LiH")
    assert s is not None and s.name == "Mg(NH2)2–2LiH"


def test_a_catalyst_named_as_the_prefix_of_its_support():
    v = facts("Herein, Co-decorated Ti3C2 MXene was synthesized and introduced into NaAlH4.", CARRIED)
    assert adds(v[231.0].system) == {"Co/Ti3C2"}
    v = facts("Pd-loaded TiO2 nanosheets were prepared and then ball-milled with MgH2.", CARRIED)
    assert adds(v[231.0].system) == {"Pd/TiO2"}
    v = facts("LiAlH4 was milled with Ni-decorated V2O5.", CARRIED)
    assert adds(v[231.0].system) == {"Ni/V2O5"}
    # (negative) a decorated hydride is the sample, its decoration the additive
    v = facts("Ni-decorated MgH2 was milled for 2 h.", CARRIED)
    assert adds(v[231.0].system) == {"Ni"}
