"""Issue 10 item 1, the measured system: which sample a value belongs to when the text names a doped
composite, a composite in a scaffold, a ligand complex with a filler, a cell's layers, or an additive by
a prefix, a linking verb or a molar ratio. Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import facts

from ontology.system import parse_system


def parts(system):
    """{formula: (role, amount)} of every component, host included."""
    return {c.formula: (c.role, c.amount.value if c.amount else None) for c in system.components}


def roles(system):
    return {c.formula: c.role for c in system.components}


def by_property(v, prop):
    found = [m for m in v.values() if m.property == prop]
    assert len(found) == 1, [(m.property, m.value) for m in v.values()]
    return found[0]


# ---------------------------------------------------------------- a hydride catalyst in a composite
def test_a_hydride_named_as_the_dopant_of_a_composite_is_its_catalyst_not_its_host():
    v = facts("The RbH-doped Mg(NH2)2–2LiH composite begins to desorb hydrogen at 125 °C.")
    s = v[125.0].system
    assert s.host.formula == "Mg(NH2)2" and roles(s)["RbH"] == "Catalyst" and roles(s)["LiH"] == "DestabilizingReactant"
    v = facts("Mg(NH2)2–2LiH doped with 4 mol% KH desorbs 4.6 wt% H2 at 200 °C.")
    assert parts(v[4.6].system)["KH"] == ("Catalyst", 4.0) and v[4.6].system.host.formula == "Mg(NH2)2"
    v = facts("The CeH2-added LiBH4/MgH2 composite desorbs 8.9 wt% H2 at 410 °C.")
    assert v[8.9].system.host.formula == "LiBH4" and roles(v[8.9].system)["CeH2"] == "Catalyst"
    v = facts("The NaH-catalysed LiNH2–LiH mixture shows an apparent activation energy of 82 kJ/mol.")
    assert v[82.0].system.host.formula == "LiNH2" and roles(v[82.0].system)["NaH"] == "Catalyst"
    v = facts("With 5 mol% KH, the 2LiNH2–MgH2 composite starts to release hydrogen at 118 °C.")
    assert parts(v[118.0].system).get("KH") == ("Catalyst", 5.0)


def test_a_catalyst_hydride_written_into_a_composite_is_a_catalyst_wherever_it_stands():
    for notation in ("2LiBH4–MgH2–TiH2", "TiH2–2LiBH4–MgH2", "KH–Mg(NH2)2–2LiH", "Mg(NH2)2–2LiH–0.1KH"):
        s = parse_system(notation)
        assert s.host.formula in ("LiBH4", "Mg(NH2)2"), notation
        assert {c.formula for c in s.additives if c.role == "Catalyst"} & {"TiH2", "KH"}, notation
    # a reactive partner the ontology knows (LiH, NaH) is not the host beside a storage hydride
    assert parse_system("2LiH–Mg(NH2)2").host.formula == "Mg(NH2)2"
    assert parse_system("NaH–MgH2").host.formula == "MgH2"


def test_a_reactive_partner_mixed_in_stays_a_reactant():
    # no catalysing word: MgH2 milled into LiBH4 is the composite's partner, not a catalyst
    v = facts("LiBH4 was ball milled with MgH2, and the mixture released 10.4 wt% H2 at 430 °C.")
    assert roles(v[10.4].system).get("MgH2") == "DestabilizingReactant"
    # a hydride alone is still its own host; LiH with MgB2 is the RHC's dehydrogenated state, read as LiBH4–MgH2
    # (the dev set's convention since G19, 4 December)
    assert parse_system("LiH–MgB2").host.formula == "LiBH4" and parse_system("TiH2").host.formula == "TiH2"


# ---------------------------------------------------------------- a composite in a scaffold
def test_every_component_of_a_confined_composite_and_its_scaffold_are_kept():
    v = facts("The 2LiBH4–MgH2 composite nanoconfined in CMK-3 releases 3.9 wt% H2 at 340 °C.")
    assert {"LiBH4", "MgH2", "CMK-3"} <= set(parts(v[3.9].system))
    v = facts("A LiBH4–Mg(BH4)2 eutectic melt-infiltrated into a carbon aerogel releases hydrogen from 190 °C.")
    assert {"LiBH4", "Mg(BH4)2"} <= set(parts(v[190.0].system))
    assert any(r == "ScaffoldConfinementHost" for r in roles(v[190.0].system).values())
    v = facts("The CMK-3-confined LiBH4–MgH2 composite desorbs hydrogen at 255 °C.")
    assert {"LiBH4", "MgH2", "CMK-3"} <= set(parts(v[255.0].system))
    v = facts("The 0.75LiBH4–0.25LiI solid solution infiltrated into mesoporous silica conducts 1.9 × 10−4 S cm−1 at 35 °C.")
    s = by_property(v, "ionic_conductivity").system
    assert {"LiBH4", "LiI"} <= set(parts(s)) and roles(s)["LiI"] == "DopantSubstituent"
    assert "ScaffoldConfinementHost" in roles(s).values()


def test_an_unconfined_composite_gets_no_scaffold():
    v = facts("The unconfined 2LiBH4–MgH2 composite releases 10.1 wt% H2 at 420 °C.")
    assert "ScaffoldConfinementHost" not in roles(v[10.1].system).values()


# ---------------------------------------------------------------- ligand complexes with a filler
def test_a_ligand_stays_a_substituent_when_a_filler_is_added():
    v = facts("Mg(BH4)2·1.6NH3 combined with 70 wt% MgO shows a conductivity of 2.2 × 10−5 S cm−1 at 75 °C.")
    s = by_property(v, "ionic_conductivity").system
    assert s.host.formula == "Mg(BH4)2" and roles(s)["NH3"] == "DopantSubstituent" and parts(s)["MgO"][1] == 70.0
    v = facts("The LiBH4·en–SiO2 composite conducts 1.1 × 10−4 S cm−1 at room temperature.")
    s = by_property(v, "ionic_conductivity").system
    assert s.host.formula == "LiBH4" and roles(s)["C2H8N2"] == "DopantSubstituent" and "SiO2" in parts(s)
    v = facts("Mg(en)1.5(BH4)2 mixed with 30 wt% Al2O3 reaches 4.0 × 10−5 S cm−1 at 70 °C.")
    s = by_property(v, "ionic_conductivity").system
    assert s.host.formula == "Mg(BH4)2" and roles(s)["C2H8N2"] == "DopantSubstituent" and "Al2O3" in parts(s)
    v = facts("Adding SiO2 nanoparticles to Li(NH3)BH4 raised its conductivity to 3 × 10−4 S cm−1 at 30 °C.")
    s = by_property(v, "ionic_conductivity").system
    assert s.host.formula == "LiBH4" and roles(s)["NH3"] == "DopantSubstituent" and "SiO2" in parts(s)


def test_a_host_without_a_ligand_gets_none_and_a_second_anion_is_no_ligand():
    v = facts("Mg(BH4)2 combined with 70 wt% MgO shows a conductivity of 3.1 × 10−8 S cm−1 at 75 °C.")
    s = by_property(v, "ionic_conductivity").system
    assert set(parts(s)) == {"Mg(BH4)2", "MgO"}
    # 'Li2(BH4)(NH2)' is a double salt of two anions, not LiNH2 carrying a BH4 ligand
    assert {c.formula for c in parse_system("Li2(BH4)(NH2)").components} == {"LiBH4", "LiNH2"}


# ---------------------------------------------------------------- cell layers
def test_the_electrolyte_between_a_cells_electrodes_is_the_system():
    v = facts("The Mo|LiBH4–LiI|Li cell gave an ionic conductivity of 1.3 × 10−4 S cm−1 at 35 °C.")
    assert set(parts(by_property(v, "ionic_conductivity").system)) == {"LiBH4", "LiI"}
    v = facts("A Li/Li4(BH4)3I/Li symmetric cell was cycled at 0.2 mA cm−2 with an overpotential of 30 mV.")
    assert set(parts(by_property(v, "overpotential").system)) == {"LiBH4", "LiI"}
    v = facts("In an Au | Li3(NH2)2I | Au configuration the pellet conducts 1.2 × 10−5 S cm−1 at 30 °C.")
    assert set(parts(by_property(v, "ionic_conductivity").system)) == {"LiNH2", "LiI"}
    v = facts("The MgH2/Li half-cell delivers 1480 mAh g−1 in the first discharge.")
    assert set(parts(by_property(v, "discharge_capacity").system)) == {"MgH2"}


def test_a_slash_composite_is_no_cell():
    v = facts("The LiBH4/MgH2 composite releases 9.6 wt% H2 at 390 °C.")
    assert set(parts(v[9.6].system)) == {"LiBH4", "MgH2"}
    v = facts("The MgH2/C electrode delivers 1210 mAh g−1 in the first cycle.")
    assert "C" in parts(by_property(v, "specific_capacity").system)


# ---------------------------------------------------------------- link rules
def test_prefixes_link_verbs_and_molar_ratios_put_the_additive_in():
    v = facts("The TiO2-supported MgH2 releases 5.4 wt% H2 at 270 °C.")
    assert "TiO2" in parts(v[5.4].system)
    v = facts("The graphene-supported MgH2 nanoparticles release 6.0 wt% H2 at 300 °C.")
    assert "graphene" in parts(v[6.0].system)
    v = facts("MgH2 and Nb2O5 (molar ratio 1:0.02) were milled together; the mixture desorbs hydrogen at 235 °C.")
    assert parts(v[235.0].system).get("Nb2O5") == ("Catalyst", 0.02)
    v = facts("MgH2 and Ni in a molar ratio of 1:0.1 were co-milled, and the composite desorbed 6.3 wt% H2 at 285 °C.")
    assert parts(v[6.3].system).get("Ni") == ("Catalyst", 0.1)
    v = facts("LiAlH4 and 4 mol% TiCl3 were co-milled, and the product released 7.2 wt% H2 below 240 °C.")
    assert parts(v[7.2].system).get("TiCl3") == ("Catalyst", 4.0)


def test_a_named_element_system_keeps_its_parts_when_doped():
    v = facts("Li–Mg–N–H doped with KH shows an onset temperature of 95 °C.")
    s = v[95.0].system
    assert s.host.formula == "Mg(NH2)2" and roles(s)["KH"] == "Catalyst" and "LiH" in parts(s)


def test_the_pristine_host_beside_a_prefixed_sample_stays_bare():
    v = facts("The V-catalysed MgH2 releases 5.8 wt% H2 at 280 °C, whereas pristine MgH2 desorbs hydrogen at 385 °C.")
    assert "V" in parts(v[5.8].system) and set(parts(v[385.0].system)) == {"MgH2"}
    v = facts("MgH2 and Ni were compared in this work; MgH2 alone desorbs hydrogen at 370 °C.")
    assert set(parts(v[370.0].system)) == {"MgH2"}


# ---------------------------------------------------------------- amounts before and after the additive
def test_a_loading_before_a_prefix_or_in_brackets_after_the_additive_is_its_amount():
    v = facts("The 5 wt% Co-doped MgH2 releases 6.0 wt% H2 at 310 °C.")
    assert parts(v[6.0].system).get("Co") == ("Catalyst", 5.0)
    assert 5.0 not in v, "the loading before the prefix is no capacity"
    v = facts("The 8 mol% NbF5-catalysed LiBH4 starts to decompose at 255 °C.")
    assert parts(v[255.0].system).get("NbF5") == ("Catalyst", 8.0)
    v = facts("MgH2 doped with Fe (7 wt%) releases 6.4 wt% H2 at 305 °C.")
    assert parts(v[6.4].system).get("Fe") == ("Catalyst", 7.0)
    v = facts("Mg(NH2)2–2LiH catalysed by RbH (4 mol%) begins to release hydrogen at 131 °C.")
    assert parts(v[131.0].system).get("RbH") == ("Catalyst", 4.0)
    # a capacity after a prefixed sample is still a capacity
    v = facts("The Co-doped MgH2 releases 5.2 wt% H2 at 310 °C.")
    assert v[5.2].property == "hydrogen_capacity" and parts(v[5.2].system).get("Co") == ("Catalyst", None)


def test_a_counter_or_blocking_electrode_is_no_sample():
    v = facts("LiBH4–LiI with In–Li counter electrodes shows a stability window up to 4.9 V.")
    assert set(parts(by_property(v, "electrochemical_stability_window").system)) == {"LiBH4", "LiI"}
    v = facts("The Li3(NH2)2I electrolyte, tested with Li metal counter electrodes, shows a critical current "
              "density of 1.1 mA cm−2.")
    assert set(parts(by_property(v, "critical_current_density").system)) == {"LiNH2", "LiI"}


def test_a_scaffold_named_in_words_after_the_at_sign_is_kept_whole():
    v = facts("The TiF3-doped LiBH4–MgH2@carbon aerogel sample releases hydrogen at 283 °C.")
    assert {"LiBH4", "MgH2", "carbon aerogel", "TiF3"} <= set(parts(v[283.0].system))
    v = facts("MgH2@carbon nanotubes releases 5.9 wt% H2 at 290 °C.")
    assert set(parts(v[5.9].system)) == {"MgH2", "carbon nanotube"}
    # a word after the notation that makes no better material stays out of it
    v = facts("The MgH2@C powder releases 6.1 wt% H2 at 295 °C.")
    assert set(parts(v[6.1].system)) == {"MgH2", "C"}


def test_a_hydride_loading_named_before_the_host_with_its_amount_in_brackets():
    v = facts("KH (3 mol%) was added to Mg(NH2)2–2LiH, and the mixture releases hydrogen from 126 °C.")
    assert parts(v[126.0].system).get("KH") == ("Catalyst", 3.0)


def test_a_named_systems_reactive_partner_keeps_the_ontologys_usual_role():
    # 'Li–Mg–N–H' is Mg(NH2)2 with LiH: LiH reacts with the amide (its usual role), it substitutes nothing
    assert {c.formula: c.role for c in parse_system("Li–Mg–N–H").additives} == {"LiH": "DestabilizingReactant"}
    # the ligand of an ammine stays a substituent
    assert {c.formula: c.role for c in parse_system("Mg(BH4)2·2NH3").additives} == {"NH3": "DopantSubstituent"}


def test_a_metal_whose_hydride_is_a_catalyst_is_no_host_beside_a_storage_metal():
    # Ti forms TiH2, which the ontology knows as a catalyst: in a Ti/Mg/Ti/Pd stack Mg is the host
    assert parse_system("Ti/Mg/Ti/Pd").host.formula == "Mg" and parse_system("Pd/Ti/Mg").host.formula == "Mg"
    assert parse_system("Ti").host.formula == "Ti"   # alone, it is what the sentence is about


def test_capping_layers_of_a_film_are_no_cell():
    v = facts("The Pd/MgH2/Pd film releases hydrogen at 121 °C.")
    assert "Pd" in parts(v[121.0].system)
    v = facts("A Li/Li4(BH4)3I/Li stack showed an overpotential of 33 mV.")
    assert set(parts(by_property(v, "overpotential").system)) == {"LiBH4", "LiI"}


def test_a_molar_ratio_after_a_notation_or_a_milling_gives_the_counts():
    v = facts("The MgH2–Co (1:0.1 molar ratio) composite releases 6.2 wt% H2 at 282 °C.")
    assert parts(v[6.2].system).get("Co") == ("Catalyst", 0.1)
    v = facts("LiBH4 was ball milled with MgH2 in a 2:1 molar ratio and releases 10.1 wt% H2 at 420 °C.")
    assert parts(v[10.1].system) == {"LiBH4": ("HostHydride", 2.0), "MgH2": ("DestabilizingReactant", None)}
    v = facts("MgH2 catalysed by TiF3 with a molar ratio of 1:0.04 releases 5.9 wt% H2 at 262 °C.")
    assert parts(v[5.9].system).get("TiF3") == ("Catalyst", 0.04)
    # a ratio that is not said to be molar, outside brackets, is left alone
    v = facts("The MgH2–Co composite releases 6.1 wt% H2 at 282 °C, a 3:1 improvement.")
    assert parts(v[6.1].system).get("Co") == ("Catalyst", None)


def test_an_adduct_dot_printed_as_center_dot_keeps_the_ligand():
    from ingest.extraction.text.nlp import clean_text

    assert clean_text("Mg(BH4)(2)center dot 2NH(3) and LiBH4 center dot NH3").text == "Mg(BH4)2·2NH3 and LiBH4·NH3"
    assert clean_text("the center dot of the image").text == "the center dot of the image"
    v = facts("Mg(BH4)(2)center dot 2NH(3) with 50 wt.% MgO shows a conductivity of 2.5 x 10(-5) S cm(-1) at 70 degrees C.")
    s = by_property(v, "ionic_conductivity").system
    assert s.host.formula == "Mg(BH4)2" and roles(s).get("NH3") == "DopantSubstituent" and "MgO" in parts(s)


def test_a_prefix_written_without_its_hyphen():
    v = facts("KH doped Mg(NH2)2-2LiH releases hydrogen at 135 degrees C.")
    s = v[135.0].system
    assert s.host.formula == "Mg(NH2)2" and roles(s).get("KH") == "Catalyst"
    v = facts("The TiF3 catalyzed LiBH4 starts to decompose at 251 degrees C.")
    assert "TiF3" in parts(v[251.0].system)
    v = facts("The CMK-3 confined LiBH4-MgH2 releases hydrogen at 266 degrees C.")
    assert {"LiBH4", "MgH2", "CMK-3"} <= set(parts(v[266.0].system))
    # a hydride named apart from the host keeps out of it
    v = facts("KH and Mg(NH2)2–2LiH were heated separately; the Mg(NH2)2–2LiH releases hydrogen at 191 °C.")
    assert set(parts(v[191.0].system)) == {"Mg(NH2)2", "LiH"}


def test_the_prefixed_sample_of_the_paragraph_keeps_the_amount_it_was_named_with():
    v = facts("Mg(NH2)2–2LiH doped with 4 mol% RbH was milled for 10 h.",
              "The RbH-doped composite starts to release hydrogen at 127 °C, whereas the undoped Mg(NH2)2–2LiH "
              "begins at 184 °C.")
    assert parts(v[127.0].system).get("RbH") == ("Catalyst", 4.0)
    assert set(parts(v[184.0].system)) == {"Mg(NH2)2", "LiH"}
    # another additive named by the prefix gets no amount of the paragraph's
    v = facts("Mg(NH2)2–2LiH doped with 4 mol% RbH was milled for 10 h.",
              "The KH-doped composite starts to release hydrogen at 122 °C.")
    assert parts(v[122.0].system).get("KH") == ("Catalyst", None)


def test_a_scaffold_filled_with_the_composite_and_a_loading_after_the_scaffold():
    v = facts("CMK-3 loaded with 2LiNH2–MgH2 releases hydrogen from 152 °C.")
    assert roles(v[152.0].system).get("CMK-3") == "ScaffoldConfinementHost" and "@" in v[152.0].system.name
    v = facts("LiBH4–MgH2 nanoconfined into mesoporous carbon CMK-3 with 5 wt% TiF3 releases hydrogen at 271 °C.")
    assert {"LiBH4", "MgH2", "CMK-3"} <= set(parts(v[271.0].system))
    assert parts(v[271.0].system).get("TiF3") == ("Catalyst", 5.0)
    # a catalyst milled into the host before is not a scaffold
    v = facts("MgH2 was loaded with 5 wt% Nb2O5 and releases hydrogen at 232 °C.")
    assert "@" not in v[232.0].system.name and parts(v[232.0].system).get("Nb2O5") == ("Catalyst", 5.0)
