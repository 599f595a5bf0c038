"""Additives and their amounts said apart from the sample's notation: a fronted 'With A (and B) added,' before a
composite host, an 'after adding A and B' after a host that was ball milled, and a sentence of its own giving one
additive's share ('The Nb2O5 content was 3 mol%.'). Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts


def parts(system) -> dict[str, float | None]:
    return {c.formula: (c.amount.value if c.amount else None) for c in system.additives}


def test_a_fronted_with_clause_puts_its_additives_into_a_composite_host():
    for text, want in (
            ("With 5 mol% KH incorporated, the Mg(NH2)2–2LiH composite desorbs hydrogen at 130 °C.",
             {"LiH": 2.0, "KH": 5.0}),
            ("With 3 mol% KH introduced, the LiNH2–MgH2 mixture releases hydrogen at 140 °C.",
             {"MgH2": None, "KH": 3.0}),
            ("With 5 wt% TiF3 added, the LiBH4–MgH2 composite desorbs hydrogen at 330 °C.",
             {"MgH2": None, "TiF3": 5.0}),
            ("With 2 wt% Ni and 3 wt% CeO2, MgH2 releases hydrogen at 220 °C.", {"Ni": 2.0, "CeO2": 3.0}),
            ("With 0.2 mol% TiF3, 1 mol% CeCl3 and 2 mol% Ni, LiBH4 releases hydrogen at 280 °C.",
             {"TiF3": 0.2, "CeCl3": 1.0, "Ni": 2.0})):
        s = next(iter(facts(text).values())).system
        assert parts(s) == want, text
    # a clause that goes on after the participle is no fronted additive of the host
    s = next(iter(facts("With 5 wt% TiF3 added later, the LiBH4–MgH2 composite desorbs hydrogen at 330 °C.")
                  .values())).system
    assert "TiF3" not in parts(s)


def test_additives_added_to_a_ball_milled_host_carry_to_this_composition():
    for first in ("LiBH4 was ball milled after adding 0.2 mol% TiF3 and 1 mol% CeCl3.",
                  "LiBH4 was ball-milled after adding 0.2 mol% TiF3 + 1 mol% CeCl3.",
                  "LiBH4 was co-milled after adding 0.2 mol% TiF3 and 1 mol% CeCl3."):
        s = facts(first, "For this composition, the onset temperature is 280 °C.")[280.0].system
        assert parts(s) == {"TiF3": 0.2, "CeCl3": 1.0}, first


def test_a_share_said_in_a_sentence_of_its_own_is_the_additives_amount():
    for share in ("The Nb2O5 content was 3 mol%.", "The Nb2O5 content in the composite was 3 mol%.",
                  "The Nb2O5 loading is 3 mol%."):
        s = facts("MgH2 was milled with Nb2O5.", share, "The milled powder desorbs hydrogen at 220 °C.")[220.0].system
        assert parts(s) == {"Nb2O5": 3.0}, share
    # the hydrogen content is what the sample stores, no share of its additive
    v = facts("MgH2 was milled with Nb2O5.", "The hydrogen content was 6 wt%.",
              "The milled powder desorbs hydrogen at 220 °C.")
    assert parts(v[220.0].system) == {"Nb2O5": None}
