"""A value said of a hydride with a class of additive compounds ("doped with transition-metal oxides", "with
metal halides as additives") is of the host with that class, the class written as its additive, not of the
bare host; a class beside a material it names is no additive of its own. Every sentence is written for
these tests."""
from __future__ import annotations

import pytest
from prose_sentences import facts


def components(text, value):
    m = facts(text)[value]
    return {c.formula: c.term for c in m.system.components}


@pytest.mark.parametrize("text, value, host, cls, term", [
    ("MgH2 doped with transition-metal oxides starts to release hydrogen at 245 °C.", 245.0, "MgH2", "oxide", "Oxide"),
    ("LiBH4 with metal halides as additives desorbs 8.7 wt% hydrogen at 360 °C.", 8.7, "LiBH4", "halide", "Halide"),
    ("Mg(BH4)2 ball-milled with transition metal borides releases 6.1 wt% H2 below 300 °C.", 6.1,
     "Mg(BH4)2", "boride", "Boride"),
    ("The activation energy of LiAlH4 catalysed by metal oxides falls to 71 kJ/mol.", 71.0, "LiAlH4", "oxide", "Oxide"),
])
def test_a_class_of_additives_is_the_additive_as_written(text, value, host, cls, term):
    parts = components(text, value)
    assert host in parts and parts.get(cls) == term


@pytest.mark.parametrize("text, value, additive", [
    ("MgH2 doped with a transition-metal oxide, Nb2O5, starts to release hydrogen at 245 °C.", 245.0, "Nb2O5"),
    ("MgH2 milled with TiF3 and other halides desorbs 6.2 wt% hydrogen at 300 °C.", 6.2, "TiF3"),
    ("LiBH4 doped with the oxide TiO2 desorbs 8.1 wt% hydrogen at 380 °C.", 8.1, "TiO2"),
])
def test_a_class_beside_a_named_member_is_no_additive(text, value, additive):
    parts = components(text, value)
    assert additive in parts and not {"oxide", "halide"} & set(parts)


def test_a_class_in_another_clause_leaves_the_bare_host():
    parts = components("Pure MgH2 releases hydrogen at 352 °C, while oxides are known to lower it.", 352.0)
    assert set(parts) == {"MgH2"}
