"""A hydride written with a hydride ("Mg(NH2)2–2LiH with 0.1 KH", "LiBH4 with MgH2") is one sample of the
first, the second its additive — never a sample of its own that takes the values. Every sentence here is
written for the test."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


def system(row: dict) -> tuple[str, set[tuple[str, str]]]:
    return row["material"], {(c["material"], c["role"]) for c in row["components"][1:]}


@pytest.mark.parametrize("text", [
    "Mg(NH2)2–2LiH with 0.1 KH releases hydrogen from 130 °C.",
    "Mg(NH2)2-2LiH doped with 0.1 KH starts to release hydrogen at 130 °C.",
    "The Mg(NH2)2–2LiH system with KH desorbs hydrogen from 130 °C onwards.",
    "Hydrogen release from Mg(NH2)2–2LiH with 0.05 KH begins at 130 °C.",
])
def test_a_catalysing_hydride_written_with_the_composite_is_its_additive(text):
    host, adds = system(the_one(contract_measurements(text), 130.0))
    assert host == "Mg(NH2)2" and ("KH", "Catalyst") in adds and ("LiH", "DestabilizingReactant") in adds


@pytest.mark.parametrize("text", [
    "Mg(NH2)2–2LiH with RbH releases hydrogen from 130 °C.",
    "A Mg(NH2)2–2LiH composite with 0.1 RbH desorbs from 130 °C.",
    "Mg(NH2)2–2LiH doped with 0.1 RbH releases hydrogen from 130 °C.",
])
def test_rubidium_hydride_is_a_catalyst_like_potassium_hydride(text):
    host, adds = system(the_one(contract_measurements(text), 130.0))
    assert host == "Mg(NH2)2" and ("RbH", "Catalyst") in adds


@pytest.mark.parametrize("text", [
    "LiBH4 with MgH2 releases hydrogen from 330 °C.",
    "The LiBH4 sample with MgH2 starts to decompose at 330 °C.",
    "LiBH4 with 0.5 MgH2 desorbs hydrogen above 330 °C.",
])
def test_a_borohydride_written_with_magnesium_hydride_is_the_composite(text):
    host, adds = system(the_one(contract_measurements(text), 330.0))
    assert host == "LiBH4" and {a for a, _ in adds} == {"MgH2"}


def test_a_pressure_after_with_is_no_coefficient():
    # '0.5 MPa' is a condition, not half a mole of something
    host, adds = system(the_one(contract_measurements(
        "MgH2 with 0.5 MPa H2 backpressure releases hydrogen from 330 °C."), 330.0))
    assert host == "MgH2" and adds == set()


def test_the_reaction_of_a_hydride_with_lithium_is_no_sample():
    host, adds = system(the_one(contract_measurements(
        "The reaction of MgH2 with Li gives a first discharge capacity of 1480 mAh/g."), 1480.0))
    assert host == "MgH2" and adds == set()
