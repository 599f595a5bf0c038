"""Leftovers of the real-abstract reading (s36): an additive named first and milled 'together with' the host, the
letters a text defines for a catalyst on its support used in a later notation, and a temperature where a hydride
changes into a phase against one that only says which phase the sample is in. Sentences written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.abbreviations import supported_abbreviations


def _parts(row: dict) -> dict:
    return {c["material"]: (c["role"], c["amount"]) for c in row["components"]}


# ---------------------------------------------------------------- the additive named first, milled together with
@pytest.mark.parametrize("text, host, additive, amount", [
    ("VCl3 (3 mol%) was ball milled together with NaAlH4 for 2 h. The product gave off 3.7 wt% H2 below 160 °C.",
     "NaAlH4", "VCl3", 3.0),
    ("Some 8 wt% Fe2O3 was milled together with MgH2. The resulting powder started to lose hydrogen at 241.5 °C.",
     "MgH2", "Fe2O3", 8.0),
    ("NbF5 (2 mol%) was subsequently co-milled together with LiAlH4. The mixture lost 4.4 wt% of hydrogen "
     "at 150 °C.", "LiAlH4", "NbF5", 2.0),
])
def test_an_additive_milled_together_with_the_host_is_in_the_next_sentences_sample(text, host, additive, amount):
    rows = [r for r in contract_measurements(text) if r["property"] != "milling_time"]
    assert rows, text
    for row in rows:
        parts = _parts(row)
        assert parts.get(host, ("",))[0] == "HostHydride" and parts.get(additive) == ("Catalyst", amount), parts


def test_a_host_milled_together_with_its_additive_keeps_its_reading():
    # (near miss: the host is the subject, the additive after 'together with' — as before)
    row = the_one(contract_measurements(
        "MgH2 was milled together with 8 wt% Fe2O3. The resulting powder started to lose hydrogen at 241.5 °C."), 241.5)
    assert _parts(row) == {"MgH2": ("HostHydride", None), "Fe2O3": ("Catalyst", 8.0)}


# ---------------------------------------------------------------- letters of a catalyst on its support
@pytest.mark.parametrize("text, letters, additive", [
    ("LiBH4 was ground with graphene-supported Co (GCo). The LiBH4–GCo sample began to desorb hydrogen at 233.5 °C.",
     "GCo", "Co/graphene"),
    ("MgH2 was milled with Fe nanoparticles anchored on carbon nanotubes (FeCNT). MgH2–FeCNT took up 5.15 wt% H2 at "
     "150 °C.", "FeCNT", "Fe/carbon nanotube"),
    ("We mixed Mg(BH4)2 with Pd loaded on activated carbon (PdAC). Mg(BH4)2/PdAC released hydrogen from 233.5 °C.",
     "PdAC", "Pd/activated carbon"),
])
def test_letters_defined_for_a_supported_catalyst_name_that_additive_in_a_later_notation(text, letters, additive):
    assert (letters, additive) in supported_abbreviations(text)
    rows = contract_measurements(text)
    assert rows and all(additive in _parts(r) for r in rows), [r["components"] for r in rows]


@pytest.mark.parametrize("text", [
    "hollow carbon spheres (HCS) held the hydride",     # no catalyst on a support
    "Co supported on reduced graphene oxide (Co/rGO) was added",  # the notation itself, its parts as written
    "Ni supported on graphene (5 wt%) was added",        # a loading, no letters
    "Ni supported on graphene (Fig. 2) was added",       # a reference to a figure
    "Co supported on graphene (XRD) was examined",       # letters the two names do not give
])
def test_no_supported_catalyst_letters_where_the_bracket_defines_none(text):
    assert supported_abbreviations(text) == []


# ---------------------------------------------------------------- changing into a phase vs being in one
@pytest.mark.parametrize("text, value", [
    ("On heating, LiBH4 transforms into its high-temperature phase at 117.5 °C.", 117.5),
    ("The orthorhombic phase of the iodide-doped LiBH4 converted to the hexagonal structure at 97.5 °C.", 97.5),
    ("Na2B12H12 changes into a disordered cubic form at 257.5 °C.", 257.5),
])
def test_a_temperature_a_hydride_changes_into_a_phase_at_is_its_transition_temperature(text, value):
    assert the_one(contract_measurements(text), value)["property"] == "phase_transition_temperature"


@pytest.mark.parametrize("text", [
    "In its high-temperature phase at 127.5 °C, LiBH4 shows a Li+ conductivity of 1.3 mS/cm.",
    "Li2B12H12 has an order–disorder transition near 355 °C. Beyond this transition, in its high-temperature phase "
    "at 127.5 °C, its conductivity reaches 1.3 mS/cm.",
    "Past the structural transition, in the hexagonal phase at 127.5 °C, LiBH4 conducts with 1.3 mS/cm.",
    "LiBH4 conducts lithium ions with 1.3 mS/cm in its hexagonal phase at 127.5 °C.",
])
def test_a_temperature_the_sample_is_in_a_phase_at_sets_the_value_and_is_no_transition(text):
    rows = contract_measurements(text)
    assert not any(r["value"] == 127.5 for r in rows), rows
    assert the_one(rows, 1.3)["conditions"].get("temperature") == 127.5


def test_a_change_into_a_compound_is_no_phase_transition():
    # (near miss: MgB2 is a product, no phase of the hydride)
    rows = contract_measurements("The 2LiBH4–MgH2 composite converts into MgB2 and LiH at 371.5 °C.")
    assert all(r["property"] != "phase_transition_temperature" for r in rows), rows


# ---------------------------------------------------------------- a capacity an uptake said to run its course brought
@pytest.mark.parametrize("text, value", [
    ("The rehydrogenation of the dehydrogenated MgH2–Ni sample can be accomplished in under 12 min with a high "
     "capacity of 5.35 wt%.", 5.35),
    ("The re-hydrogenation of the desorbed NaAlH4–TiCl3 powder proceeds within 25 min, with a hydrogen capacity of "
     "4.15 wt%.", 4.15),
    ("Rehydrogenation of the decomposed LiBH4–MgH2 composite was completed in 40 min, with a storage capacity of "
     "8.35 wt%.", 8.35),
])
def test_a_capacity_brought_by_an_uptake_said_to_run_its_course_is_the_absorbed_one(text, value):
    assert the_one(contract_measurements(text), value)["property"] == "absorbed_hydrogen_capacity"


def test_a_release_said_to_run_its_course_keeps_its_capacity():
    # (near miss: the process that ran its course gives hydrogen off)
    row = the_one(contract_measurements(
        "The dehydrogenation of the MgH2–Ni sample was completed within 12 min, with a hydrogen capacity of 5.35 wt%."),
        5.35)
    assert row["property"] != "absorbed_hydrogen_capacity"


# ---------------------------------------------------------------- 'at room temperature' right after the value
@pytest.mark.parametrize("text, value", [
    ("For the LiBH4–LiI sample we measured roughly 1.15×10-5 S cm-1 at room temperature, which bare LiBH4 only "
     "exceeds at 373 K.", 0.0115),
    ("LiBH4–LiBr reaches 2.35×10-5 S/cm at room temperature, which exceeds what pure LiBH4 gives at 353 K.", 0.0235),
    ("Our Li2B12H12 electrolyte conducts with 3.45×10-5 S/cm at ambient temperature, more than the parent salt shows "
     "at 400 K.", 0.0345),
])
def test_room_temperature_written_right_after_a_value_is_its_setting(text, value):
    row = the_one(contract_measurements(text), value)
    assert row["conditions"].get("temperature") == 25.0, row["conditions"]


def test_a_value_without_room_temperature_after_it_keeps_its_own_setting():
    # (near miss: the second value has its own temperature; only the first is at room temperature)
    rows = contract_measurements("LiBH4–LiI conducts with 2.35×10-5 S/cm at room temperature and 3.15×10-3 S/cm at "
                                 "120 °C.")
    assert the_one(rows, 3.15)["conditions"].get("temperature") == 120.0


# ---------------------------------------------------------------- an amount said to be the compound's inherent one
@pytest.mark.parametrize("text, value", [
    ("Alane offers an inherently high hydrogen density by mass (10.05 wt% H2), attractive for vehicles.", 10.05),
    ("Magnesium hydride offers an intrinsic hydrogen capacity of 7.65 wt%.", 7.65),
    ("LiBH4 is attractive because of its intrinsically high hydrogen content, 18.45 wt%.", 18.45),
])
def test_an_inherent_amount_of_hydrogen_is_theoretical(text, value):
    assert the_one(contract_measurements(text), value)["basis"] == "theoretical"


def test_an_amount_released_is_measured_whatever_adverb_it_carries():
    # (near miss: the adverb describes the amount a measurement gave)
    row = the_one(contract_measurements("After milling, MgH2 releases an inherently large 6.55 wt% H2 at 300 °C."), 6.55)
    assert row["basis"] == "measured"


def test_an_amount_an_uptake_frames_but_its_own_clause_releases_is_no_absorbed_capacity():
    # (near miss: after the rehydrogenation, the amount given is what the sample releases again)
    rows = contract_measurements("MgH2 was doped with 5 mol% NiF2. After rehydrogenation at 300 °C, 3.95 wt% H2 can "
                                 "be released again.")
    assert the_one(rows, 3.95)["property"] != "absorbed_hydrogen_capacity"
