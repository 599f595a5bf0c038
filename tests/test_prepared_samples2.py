"""A host's formula named with a word saying how it was modified ("the catalysed MgH2", "the nanoconfined
LiBH4") is the passage's modified sample of that host; a host formed inside a scaffold stays in it when
the sentence gives the size of its particles first; a class noun set before the host ("the hydride MgH2")
is no material between an additive made and the host it goes into. Every sentence here is written for
the test."""
from __future__ import annotations

from prose_sentences import adds, facts


def test_a_modified_word_before_the_host_formula_names_the_modified_sample():
    v = facts("TiF3 nanoparticles were milled with LiBH4.", "Commercial LiBH4 was milled alone for reference.",
              "Pristine LiBH4 desorbs hydrogen at 410 °C, whereas the doped LiBH4 desorbs at 298 °C.")
    assert adds(v[298.0].system) == {"TiF3"}
    assert adds(v[410.0].system) == set()
    v = facts("Mg(BH4)2 was ball-milled with NbF5.", "Undoped Mg(BH4)2 served as a reference.",
              "Below 200 °C, only undoped Mg(BH4)2 is stable, while catalysed Mg(BH4)2 starts to decompose at 176 °C.")
    assert adds(v[176.0].system) == {"NbF5"}
    v = facts("LiBH4 was melt-infiltrated into a mesoporous carbon.", "Bulk LiBH4 was heated as a reference.",
              "Bulk LiBH4 melts at 287 °C, but this nanoconfined LiBH4 releases hydrogen from 221 °C.")
    assert "@" in v[221.0].system.name
    v = facts("MgH2 was milled with Nb2O5 nanoparticles.", "As-received MgH2 was also tested.",
              "The activation energy of the modified MgH2 is 72 kJ/mol, and that of bulk MgH2 is 160 kJ/mol.")
    assert adds(v[72.0].system) == {"Nb2O5"}


def test_a_bare_word_before_the_host_formula_keeps_it_bare():
    # (negative) 'pristine', 'as-received', 'milled': the host as it was, not the passage's sample
    v = facts("MgH2 was milled with Nb2O5 nanoparticles.",
              "By contrast, as-received MgH2 desorbs hydrogen only above 402 °C.")
    assert adds(v[402.0].system) == set()
    v = facts("Fe2O3 was milled with MgH2.", "The doped MgH2 releases 5.9 wt% H2, whereas the pristine MgH2 releases 3.1 wt% H2.")
    assert adds(v[5.9].system) == {"Fe2O3"}
    assert adds(v[3.1].system) == set()


def test_no_modified_sample_in_the_passage_leaves_the_host_bare():
    # (negative) nothing was made: 'the doped MgH2' has no sample of the passage to name
    v = facts("The doped MgH2 of earlier reports desorbs hydrogen at 281 °C.")
    assert adds(v[281.0].system) == set()


def test_a_host_formed_in_a_scaffold_with_its_size_given_first_sits_in_it():
    v = facts("MgH2 nanoparticles with a size of <4 nm were grown in a carbon aerogel's pores by hydrogenating "
              "dibutylmagnesium there.", "The confined system has a reaction enthalpy of 64 kJ/mol.")
    assert v[64.0].system.name.startswith("MgH2@") and v[4.0].system.name.startswith("MgH2@")
    v = facts("LiBH4 particles of about 4 nm were infiltrated into the pores of SBA-15.",
              "The infiltrated material decomposes from 312 °C.")
    assert v[312.0].system.name.startswith("LiBH4@")
    v = facts("We prepared MgH2 nanoparticles with an average particle size of 15 nm uniformly anchored on graphene.",
              "This anode delivers 1240 mAh/g.")
    assert v[1240.0].system.name.startswith("MgH2@")
    v = facts("MgH(2) particles having a diameter of 5-8 nm were grown within the pores of a carbon aerogel.",
              "A reaction entropy of 121 J/(mol K) was found for the nanoconfined system.")
    assert v[121.0].system.name.startswith("MgH2@")


def test_a_size_alone_puts_no_scaffold_in():
    # (negative) a size, then a verb that places nothing
    v = facts("MgH2 nanoparticles with a size of 7 nm were heated under vacuum at 250 °C.",
              "They release 5.2 wt% H2.")
    assert adds(v[5.2].system) == set()


def test_a_class_noun_set_before_the_host_is_its_apposition():
    v = facts("A TiO2 catalyst was synthesized using an NH3 plasma to catalyze the hydrogen sorption of "
              "the hydride MgH2.", "The catalyzed MgH2 has an activation energy of 61 kJ/mol.")
    assert adds(v[61.0].system) == {"TiO2"}
    v = facts("NiO nanosheets were prepared by a hydrothermal route and then ball-milled with the borohydride LiBH4.",
              "The catalysed LiBH4 starts to desorb at 287 °C.")
    assert adds(v[287.0].system) == {"NiO"}
    v = facts("A CeO2 catalyst was made by a sol-gel route to catalyse the dehydrogenation of the complex "
              "hydride NaAlH4.", "The doped NaAlH4 loses 4.4 wt% H2.")
    assert adds(v[4.4].system) == {"CeO2"}
