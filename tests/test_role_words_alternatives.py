"""Issue 10: a sample named by a role word ('the CeCl3-doped alanate', 'the TiF3-catalysed borohydride') is one of the
paragraph's alternatives ('milled with 4 mol% CeCl3 or 4 mol% TiCl3'), with its loading; and a hydride the ontology
gives a usual role as an additive (RbH, TiH2, CaH2, LiH: a catalyst or a destabilizing partner) names the additive of
such a word ('the TiH2-doped alanate'), where a storage host (MgH2, LiBH4) still names the host itself."""
from __future__ import annotations

import pytest
from prose_sentences import amounts, facts

from ingest.extraction.attribution.referents import _described


@pytest.mark.parametrize("texts, value, want", [
    (("NaAlH4 was ball milled with 3 mol% CeCl3 or 3 mol% TiCl3.",
      "The CeCl3-doped alanate gave off 4.6 wt% H2 at 155 °C."), 4.6, {"CeCl3": 3.0}),
    (("LiBH4 was milled with 5 mol% of NbF5, TiF3 or ZrCl4.",
      "The TiF3-catalysed borohydride began to release hydrogen at 255 °C."), 255.0, {"TiF3": 5.0}),
    (("NaAlH4 was doped with 2 mol% TiH2 or 2 mol% ZrCl4.",
      "The TiH2-doped alanate released 4.2 wt% H2 at 155 °C."), 4.2, {"TiH2": 2.0}),
    (("LiBH4 was milled with 10 mol% of CaH2, NbF5 or TiF3.",
      "The CaH2-added sample liberated 9.7 wt% H2 at 410 °C."), 9.7, {"CaH2": 10.0}),
    (("Mg(BH4)2 was milled with 5 mol% of LiH, NbF5 or TiF3.",
      "The LiH-containing borohydride released 7.2 wt% H2 at 345 °C."), 7.2, {"LiH": 5.0}),
])
def test_the_role_word_names_the_alternative(texts, value, want):
    assert amounts(facts(*texts)[value].system) == want


def test_near_miss_a_described_sample_after_a_value_is_the_next_ones():
    # near miss: 'the ZrCl4-doped sample' after the first value is the second value's subject, not the first's
    v = facts("NaAlH4 was milled with 4 mol% of TiCl3 or ZrCl4.",
              "The TiCl3-doped sample starts to decompose at 118 °C, the ZrCl4-doped sample at 138 °C.")
    assert amounts(v[118.0].system) == {"TiCl3": 4.0}
    assert amounts(v[138.0].system) == {"ZrCl4": 4.0}


@pytest.mark.parametrize("word, additive", [("RbH-containing", "RbH"), ("TiH2-doped", "TiH2"), ("MgH2-containing", None),
                                            ("LiBH4-doped", None)])
def test_a_storage_host_still_names_the_host(word, additive):
    # near miss: a storage host before the hyphen is no additive (no reference at all: the host itself)
    r = _described(word, 0, len(word))
    assert (r.additive.host.formula if r is not None and r.additive is not None else None) == additive


@pytest.mark.parametrize("texts, value, want", [
    (("Mg(NH2)2–2LiH was milled with KH or RbH.", "The RbH-containing composite released 4.8 wt% H2 at 185 °C."),
     4.8, "Mg(NH2)2–2LiH–RbH"),
    (("Mg(NH2)2–2LiH milled with KH or RbH released 4.4 and 4.7 wt% H2, respectively.",), 4.7, "Mg(NH2)2–2LiH–RbH"),
    (("Mg(NH2)2–2LiH was ball milled with RbH or KH.", "The KH-added composite began to release hydrogen at 128 °C."),
     128.0, "Mg(NH2)2–2LiH–KH"),
])
def test_hydride_additives_as_alternatives(texts, value, want):
    # (a hydride the ontology gives a usual role as an additive is one of the alternatives 'or' lists)
    assert facts(*texts)[value].system.name == want


def test_near_miss_a_storage_hydride_after_or_is_no_additive():
    # near miss: MgH2 after 'or' is a host of its own, no alternative additive of LiBH4
    v = facts("LiBH4 was milled with TiF3 or MgH2.", "The TiF3-doped borohydride released 9.1 wt% H2 at 420 °C.")
    assert v[9.1].system.name == "LiBH4–TiF3"
