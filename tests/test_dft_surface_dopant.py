"""Issue 10: how computational abstracts name their systems — a crystal face after the formula ('MgH2(110)',
'Mg(0001)') is that material, a 'clean' surface is the bare host, and a value 'next to a Ti dopant' is the
doped host's."""
from __future__ import annotations

from prose_sentences import facts

from ingest.extraction.text.nlp import mentions


def _system(v, value):
    s = v[value].system
    return s.host.formula, sorted(c.formula for c in s.additives)


def test_a_crystal_face_is_no_part_of_the_formula():
    for text, formula in (("on the clean MgH2(110) surface", "MgH2"), ("the Mg(0001) surface", "Mg"),
                          ("a LiBH4(001) slab", "LiBH4"), ("on the Mg(10-10) facet", "Mg")):
        assert [m.text for m in mentions(text) if m.kind != "Property"] == [formula], text
    # a formula's own brackets stay whole
    assert [m.text for m in mentions("Ti3C2(OH)2 and Mg(BH4)2")] == ["Ti3C2(OH)2", "Mg(BH4)2"]


def test_a_value_at_a_dopant_is_the_doped_hosts():
    for sentence, bare, doped, dopant in (
        ("The H2 desorption barrier drops from 172.3 kJ/mol on the clean MgH2(110) surface to 84.1 kJ/mol next "
         "to a Ti dopant.", 172.3, 84.1, "Ti"),
        ("The calculated H2 desorption energy of MgH2 falls from 1.2 eV to 0.92 eV with an Nb dopant.",
         1.2, 0.92, "Nb"),
        ("The H removal energy of MgH2 is 1.45 eV, and it decreases to 0.98 eV near a Ni dopant.", 1.45, 0.98, "Ni"),
    ):
        v = facts(sentence)
        assert _system(v, bare) == ("MgH2", []), sentence
        assert _system(v, doped) == ("MgH2", [dopant]), sentence


def test_a_dopant_of_another_clause_is_not_joined():
    v = facts("The H removal energy of MgH2 is 1.45 eV, whereas Ti dopants are known to segregate to the surface.")
    assert _system(v, 1.45) == ("MgH2", [])


def test_a_site_of_the_catalyst_is_no_sample():
    made = "Single Ni atoms on nitrogen-doped carbon (Ni-N-C) were milled into MgH2 at 5 wt%."
    for sentence in (
        "The Ni–N4 sites lower the hydrogen removal energy from 2.53 eV for pristine MgH2 to 1.68 eV.",
        "DFT shows that the Ni-N4 active sites reduce the H removal energy of MgH2 from 2.53 to 1.68 eV.",
        "The Ni single-atom centres lower the hydrogen removal energy from 2.53 eV for pristine MgH2 to 1.68 eV.",
    ):
        v = facts(made, sentence)
        assert v[1.68].system.host.formula == "MgH2" and v[1.68].system.additives, sentence
