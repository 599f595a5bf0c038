"""A value said of a hydride with a class of additive compounds ("doped with transition-metal oxides", "with
metal halides as additives") belongs to each member of the class the text names in its place; with no member
named it is of no record — neither of the class as a material nor of the bare host, whose sample it was not
(issue 10's rule; tests/test_class_nouns_and_alloy_catalysts.py). Since 4e08ff58 ("a class of compounds never
leaves the readers as a sample") the prose reader drops such a value once its sentence is read; this file once
asked for the class as the additive as written, a placeholder the readers no longer hand out. A class beside a
material it names is no additive of its own. Every sentence is written for these tests."""
from __future__ import annotations

import pytest
from prose_sentences import facts

from ingest.extract import extract_text


def components(text, value):
    m = facts(text)[value]
    return {c.formula: c.term for c in m.system.components}


@pytest.mark.parametrize("text, value, host, cls, term", [
    ("MgH2 doped with transition-metal oxides starts to release hydrogen at 245 °C.", 245.0, "MgH2", "oxide", "Oxide"),
    ("LiBH4 with metal halides as additives desorbs 8.7 wt% hydrogen at 360 °C.", 8.7, "LiBH4", "halide", "Halide"),
    ("Mg(BH4)2 ball-milled with transition metal borides releases 6.1 wt% H2 below 300 °C.", 6.1,
     "Mg(BH4)2", "boride", "Boride"),
    ("The activation energy of LiAlH4 catalysed by metal oxides falls to 71 kJ/mol.", 71.0, "LiAlH4", "oxide", "Oxide"),
    ("LiBH4 doped with metal chlorides releases 9.1 wt% H2 below 473 K.", 9.1, "LiBH4", "halide", "Halide"),
    ("MgH2 catalysed by transition metal fluorides starts to desorb at 251 °C.", 251.0, "MgH2", "halide", "Halide"),
])
def test_a_class_of_additives_with_no_member_named_gives_no_record(text, value, host, cls, term):
    """Moved to the newer decision (4e08ff58): no sample with the class as its additive, and the value is not
    put on the bare host either; the same sentence with a member named in the class's place is read."""
    assert value not in facts(text), facts(text)
    assert not [m for m in extract_text(text).measurements if m.value == value]
    member = {"oxide": "Nb2O5", "halide": "TiF3", "boride": "TiB2"}[cls]
    named = _with_member(text, member)
    assert {host, member} <= set(components(named, value)), named


def _with_member(text: str, member: str) -> str:
    """``text`` with its class of additives (the words after the cue, up to the verb) replaced by ``member``."""
    import re
    return re.sub(r"(?:transition[- ])?metal \w+|transition[- ]metal \w+", member, text, count=1)


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


def test_a_class_such_as_a_member_is_the_member():
    parts = components("Oxides such as Nb2O5 lowered the onset temperature of MgH2 to 200 °C.", 200.0)
    assert set(parts) == {"MgH2", "Nb2O5"}


def test_a_class_of_the_paragraph_gives_way_to_the_members_a_later_sentence_names():
    """'mixed with oxide nanoparticles', then 'the samples containing SiO2 and TiO2': each value is of its
    member's sample, not of a sample with an 'oxide' beside SiO2 and TiO2."""
    from prose_sentences import facts as read
    ms = read("MgH2 was ball milled with halide catalysts.",
              "The samples with TiCl3 and NbF5 released hydrogen at 260 and 280 °C, respectively.")
    assert [({c.formula for c in m.system.components}, v) for v, m in ms.items()] == [
        ({"MgH2", "TiCl3"}, 260.0), ({"MgH2", "NbF5"}, 280.0)]


@pytest.mark.parametrize("first, second, expected", [
    ("MgH2 was ball milled with oxide catalysts.",
     "The samples with Nb2O5 and TiO2 released hydrogen at 260 and 280 °C, respectively.",
     [({"MgH2", "Nb2O5"}, 260.0), ({"MgH2", "TiO2"}, 280.0)]),
    ("MgH2 was ball milled with different oxides.", "The sample with Nb2O5 released hydrogen at 260 °C.",
     [({"MgH2", "Nb2O5"}, 260.0)]),
    ("LiBH4 was studied first.", "The composites with SiO2 and with ZrO2 conduct 0.10 and 0.12 mS/cm at 30 °C, "
     "respectively.", [({"LiBH4", "SiO2"}, 0.10), ({"LiBH4", "ZrO2"}, 0.12)]),
])
def test_samples_with_named_additives_are_the_paragraph_host_with_each(first, second, expected):
    """'The samples with X and Y': a sample noun with what it holds names the paragraph's host with each
    additive (X and Y are no hosts), and a member takes its class's place."""
    from prose_sentences import facts as read
    ms = read(first, second)
    assert [({c.formula for c in m.system.components}, v) for v, m in ms.items()] == expected
