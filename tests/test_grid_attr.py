"""Attribution forms of real abstracts: the probe grid of ``grid_attr.py`` (every probe of the classes fixed must
pass) and, for each rule, sentences written for the test in several wordings plus ones it must not fire on.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_attr import probes, run
from grid_rates import measurement_rows, titled, value_row
from prose_sentences import component_materials

FIXED = ("bracket", "retention", "unit")


@pytest.fixture(scope="module")
def grid():
    return run([p for p in probes() if p.slots["class"] in FIXED])


def test_the_grid_is_small_and_crosses_every_class():
    ps = probes()
    assert 100 <= len(ps) <= 200
    assert {p.slots["class"] for p in ps} == {"resp", "bracket", "retention", "unit", "mof", "mechanism"}


@pytest.mark.parametrize("cls", FIXED)
def test_every_probe_of_a_fixed_class_passes(grid, cls):
    bad = [(p.doc, v) for p, v in grid if p.slots["class"] == cls and v != "OK"]
    assert not bad, bad[:5]


# ---- a partner given in brackets right after the host belongs to the sample
@pytest.mark.parametrize("sentence,value,partner", [
    ("Bulk NaBH4 (with ordered mesoporous carbon) gave off 3.1 wt% H2 at 420 °C.", 3.1, "ordered mesoporous carbon"),
    ("Here, Mg(NH2)2–2LiH (doped with 3 mol% KH) takes up 4.4 wt% H2 at 180 °C.", 4.4, "KH"),
    ("The LiAlH4 powder (catalysed by TiF3) evolves 6.9 wt% hydrogen below 200 °C.", 6.9, "TiF3"),
    ("Ca(BH4)2 (confined in SBA-15) desorbed 4.8 wt% H2 at 350 °C.", 4.8, "SBA-15"),
])
def test_a_partner_in_brackets_after_the_host_joins_the_sample(sentence, value, partner):
    row = value_row(titled("Modified hydrides", sentence), value)
    assert partner in component_materials(row), row


@pytest.mark.parametrize("sentence,value,other", [
    ("Pristine MgH2 (compared with the Ni-doped sample) released 5.9 wt% H2 at 350 °C.", 5.9, "Ni"),
    ("LiBH4 (99 %, purchased from Sigma-Aldrich) released 9.1 wt% H2 at 500 °C.", 9.1, "Sigma-Aldrich"),
])
def test_a_bracket_that_adds_nothing_keeps_the_host_bare(sentence, value, other):
    row = value_row(titled("Bare hydrides", sentence), value)
    assert component_materials(row) == {row["material"]}, row


# ---- a kept share with the capacity kept in brackets right after it, and a count of runs after
@pytest.mark.parametrize("sentence,share,kept,cycles", [
    ("The KBH4–MgH2 blend retains 84 % (2.6 wt% H2) after six desorptions.", 84.0, 2.6, 6.0),
    ("Ni-catalysed NaAlH4 maintained ~90% (4.0 wt.% H2) after 25 de/rehydrogenation cycles.", 90.0, 4.0, 25.0),
    ("After milling with CeO2, MgH2 kept 96% (6.3 wt% H2) after 30 absorption–desorption cycles.", 96.0, 6.3, 30.0),
])
def test_a_share_kept_and_its_bracketed_capacity_both_carry_the_cycles(sentence, share, kept, cycles):
    doc = titled("Cycling of hydrides", sentence)
    a, b = value_row(doc, share), value_row(doc, kept)
    assert a["property"] == "capacity_retention" and a["conditions"].get("cycles") == cycles, a
    assert b["unit"] == "wt%" and b["property"] != "capacity_retention" and b["conditions"].get("cycles") == cycles, b


@pytest.mark.parametrize("sentence,value,cycles", [
    ("The LiBH4@CMK-3 sample keeps 70 % of its capacity after four rehydrogenations.", 70.0, 4.0),
    ("Mg(BH4)2 released 7.5 wt% H2 after 3 hydrogen release and uptake cycles.", 7.5, 3.0),
    ("The retention of NaAlH4 is 88% after 12 dehydrogenation/rehydrogenation cycles.", 88.0, 12.0),
])
def test_runs_named_by_their_process_are_a_cycle_count(sentence, value, cycles):
    row = value_row(titled("Cycling of hydrides", sentence), value)
    assert row["conditions"].get("cycles") == cycles, row


def test_steps_of_one_run_are_no_cycle_count():
    rows = measurement_rows(titled("Two steps", "LiBH4 shows two desorption steps at 320 and 400 °C."))
    assert rows and all("cycles" not in r["conditions"] for r in rows), rows


def test_a_value_compared_after_a_bracketed_capacity_stays_a_share():
    doc = titled("Cycling", "The NaAlH4 sample keeps 88 % (3.9 wt% H2), compared with 70 % for the undoped one.")
    row = value_row(doc, 70.0)
    assert row["unit"] == "%" and row["property"] == "capacity_retention", row


# ---- a formula in a unit's bracket names what the unit is per, no sample
@pytest.mark.parametrize("sentence,value,host", [
    ("The enthalpy of hydrogen release from NaAlH4 was 37 kJ mol−1 (H2).", 37.0, "NaAlH4"),
    ("For the Ni-doped MgH2, the activation energy drops to 71 kJ mol-1 (of H2).", 71.0, "MgH2"),
    ("The Mg2FeH6 electrode delivered 1320 mAh g−1 (of Li2O-free electrode) at 0.1 C.", 1320.0, "Mg2FeH6"),
    ("The MgH2 anode still delivered 950 mAh g−1 (of Li2O) after 10 cycles.", 950.0, "MgH2"),
])
def test_a_formula_in_a_units_bracket_starts_no_sample(sentence, value, host):
    row = value_row(titled("Per-mole and per-gram values", sentence), value)
    assert row["material"] == host and not any(m.startswith("(") for m in component_materials(row)), row


# ---- a confinement worded with a verb of what it does is the confinement effect of the scaffold
def _claims(text: str) -> list[dict]:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    return [r for r in contract_rows(extract_text(titled("Confined hydrides", text))) if r["kind"] == "mechanism"]


@pytest.mark.parametrize("text,host,scaffold", [
    ("KBH4 was melt-infiltrated into CMK-3. Nanoconfinement stabilizes the borohydride at high temperature.",
     "KBH4", "CMK-3"),
    ("Ca(BH4)2 was loaded into SBA-15. The confinement improves the desorption kinetics considerably.",
     "Ca(BH4)2", "SBA-15"),
    ("NaAlH4 was infiltrated into carbon aerogel. Nanoconfinement clearly enhances the kinetics of the alanate.",
     "NaAlH4", "carbon aerogel"),
])
def test_a_confinement_said_to_stabilize_or_speed_up_is_its_effect(text, host, scaffold):
    assert any(c["mechanism"] == "ConfinementEffect" and c["host"] == host and c["additive"] == scaffold
               for c in _claims(text)), _claims(text)


def test_another_modification_that_stabilizes_is_no_confinement_effect():
    claims = _claims("LiBH4 was confined in CMK-3. Doping with Ni stabilizes the hydride.")
    assert not any(c["mechanism"] == "ConfinementEffect" for c in claims), claims
