"""A family of alloys named by its elements or its structure type, without a composition ('Mg–RE alloys',
'AB5-type alloys', 'Ti–V-based BCC alloys'), is the material a value is put on when no member is named: kept as
written (dash normalised, singular), host of its own, never collapsed onto its first element (Mg of 'Mg–RE').
A value of a member named by its formula stays the member's."""
from __future__ import annotations

from prose_sentences import contract_measurements, the_one

from ontology.system import analyse_system


def test_rare_earth_magnesium_family_is_no_bare_magnesium():
    for text, value, name in (
            ("In our hands the Mg–RE alloys took up 5.4 wt% hydrogen once heated to 320 °C.", 5.4, "Mg–RE alloy"),
            ("After activation, a Mg-RE alloy of this kind stored 4.9 wt% H2 at 310 °C.", 4.9, "Mg–RE alloy"),
            ("Melt-spun Mg–RE–Ni alloys reached a hydrogen capacity of 4.6 wt% at 280 °C.", 4.6, "Mg–RE–Ni alloy")):
        row = the_one(contract_measurements(text), value)
        assert row["system"] == name and "Alloying" in row["strategies"], (text, row)


def test_structure_type_families_are_hosts_of_their_own():
    for text, value, name in (
            ("Commercial AB5-type alloys give a discharge capacity close to 310 mAh/g.", 310.0, "AB5-type alloy"),
            ("Our A2B7-type electrodes delivered a discharge capacity of 385 mAh/g.", 385.0, "A2B7-type alloy"),
            ("The Ti–V-based BCC alloys hold a hydrogen capacity of 3.6 wt% at 25 °C.", 3.6, "Ti–V-based BCC alloy"),
            ("La–Mg–Ni-based superlattice alloys reach a discharge capacity of 405 mAh/g.", 405.0,
             "La–Mg–Ni-based superlattice alloy")):
        row = the_one(contract_measurements(text), value)
        assert row["system"] == name, (text, row)


def test_family_names_parse_whole_and_singular():
    for written, name in (("Mg–RE alloys", "Mg–RE alloy"), ("Mg-RE alloy", "Mg–RE alloy"),
                          ("MmNi5-type alloys", "MmNi5-type alloy"), ("A2B7-type", "A2B7-type alloy")):
        system = analyse_system(written).system
        assert system.name == name and not system.additives and system.host.role == "HostHydride", (written, system)


def test_near_miss_a_member_named_by_formula_keeps_the_value():
    text = "Of the La–Mg–Ni-based alloys we made, La0.7Mg0.3Ni3.4 gave a discharge capacity of 392 mAh/g."
    row = the_one(contract_measurements(text), 392.0)
    assert row["system"] == "La0.7Mg0.3Ni3.4", row
    # an alloy written with its rare earth named is a composition, no family
    row = the_one(contract_measurements("The Mg–Y alloy took up 5.8 wt% hydrogen at 330 °C."), 5.8)
    assert "RE" not in row["system"], row


def test_family_after_a_member_keeps_its_own_value():
    # a family of storage alloys stores hydrogen as its members do: its value is not handed to the member before it
    for text, value, name in (
            ("The La0.7Mg0.3Ni3.3 electrode gave 390 mAh/g. Ti–V-based BCC alloys hold 3.6 wt% hydrogen at 25 °C.",
             3.6, "Ti–V-based BCC alloy"),
            ("Our LaNi4.7Al0.3 took up 1.3 wt% H2 at 30 °C. AB5-type alloys in general take up 1.4 wt% at 30 °C.",
             1.4, "AB5-type alloy"),
            ("We cast Mg90Ni10 first, which stored 6.1 wt% H2. A2B7-type alloys, in contrast, hold 1.6 wt% hydrogen.",
             1.6, "A2B7-type alloy")):
        row = the_one(contract_measurements(text), value)
        assert row["system"] == name, (text, row)


def test_a_member_named_by_formula_keeps_its_name():
    # ('Mg-based alloy' names the element's class, no family of one composition: no host of its own,
    # tests/test_compound_based.py)
    # a member of the family named by its formula keeps its own name, as host or as an additive
    row = the_one(contract_measurements("MgH2 milled with Mg2Ni gave off 6.0 wt% hydrogen at 300 °C."), 6.0)
    assert row["system"] == "MgH2–Mg2Ni", row
