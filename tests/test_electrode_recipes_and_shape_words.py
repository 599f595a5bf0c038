"""A sample's shape word or recipe between its name and its additives: a hydride named as a nanopowder
('TiH2 nanopowder mixed with 30 wt% Li3PS4 …', the shape words of the ontology's GenericHead scheme), an
electrode said to be prepared, made or fabricated with its shares of carbon and binder (the electrode's
components, with their amounts), and a solid solution named by its two salts (a sample, never the class of
halide-substituted borohydrides, so a mechanism credited to it has its host and partner). The sentences are
written for these tests."""
from __future__ import annotations

import pytest
from extracted import claim_tuples, records


def _parts(row: dict) -> dict[str, tuple[str, float | None]]:
    return {c["material"]: (c["role"], c["amount"]) for c in row["components"]}


@pytest.mark.parametrize("text, host, partner, value", [
    ("TiH2 nanopowder mixed with 30 wt% Li3PS4 and 10 wt% carbon black delivers 900 mAh/g.", "TiH2", "Li3PS4", 900.0),
    ("MgH2 nanopowders milled with 25 wt% LiBH4 and 5 wt% Super P gave a first discharge capacity of 1800 mAh/g.",
     "MgH2", "LiBH4", 1800.0),
    ("A LiAlH4 nanopowder ground with 20 wt% Li3PS4 and 15 wt% carbon black reached 1100 mAh/g.",
     "LiAlH4", "Li3PS4", 1100.0),
])
def test_a_nanopowder_keeps_the_shares_milled_into_it(text, host, partner, value):
    row, = records(text)
    assert row["material"] == host and row["value"] == value
    parts = _parts(row)
    assert parts[partner] == ("SolidElectrolytePartner", pytest.approx(parts[partner][1]))
    assert parts[partner][1] is not None and parts["C"] == ("ConductiveAdditive", pytest.approx(parts["C"][1]))
    assert parts["C"][1] is not None


@pytest.mark.parametrize("text, host, carbon, binder, value", [
    ("The MgH2 electrode prepared with 20 wt% carbon black and 10 wt% PVDF delivered 1500 mAh/g.",
     "MgH2", 20.0, ("PVDF", 10.0), 1500.0),
    ("The MgH2 electrode, made with 20 wt% Super P and 10 wt% PVDF, delivered 1500 mAh/g.",
     "MgH2", 20.0, ("PVDF", 10.0), 1500.0),
    ("A TiH2 anode fabricated with 15 wt% carbon black and 5 wt% PVDF retained 600 mAh/g after 50 cycles.",
     "TiH2", 15.0, ("PVDF", 5.0), 600.0),
])
def test_an_electrode_made_with_its_shares_holds_them(text, host, carbon, binder, value):
    row, = records(text)
    assert row["material"] == host and row["value"] == value
    parts = _parts(row)
    assert parts["C"] == ("ConductiveAdditive", carbon)
    assert parts[binder[0]] == ("Binder", binder[1])


def test_what_a_hydride_was_made_with_without_a_share_is_no_component():
    # a tool (a mill) is no part of the sample; only a share says what the sample holds
    row, = records("MgH2 prepared with a planetary mill releases 6 wt% hydrogen.")
    assert [c["material"] for c in row["components"]] == ["MgH2"]


@pytest.mark.parametrize("text", [
    "The LiBH4–LiI solid solution stabilizes the hexagonal phase.",
    "The LiBH4-LiI solid solution stabilises the high-temperature hexagonal phase down to room temperature.",
    "Iodide dissolved in LiBH4 forms a LiBH4–LiI solid solution, which stabilizes the hexagonal phase.",
])
def test_a_solid_solution_of_two_salts_is_a_sample_with_host_and_partner(text):
    assert ("PhaseStabilization", "LiBH4", "LiI", "AnionSubstitution") in claim_tuples(text)


def test_the_class_of_solid_solutions_credits_no_sample():
    # the class named in words is no sample: no host, no partner
    assert not any(c[1] == "LiBH4" and c[2] == "LiI"
                   for c in claim_tuples("Halide-substituted borohydrides stabilize the hexagonal phase."))
