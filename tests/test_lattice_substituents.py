"""What goes into a borohydride's lattice and how authors say it: a cation doped or substituted in ('K-doped LiBH4',
'Mg(BH4)2 doped with Ca') is a substituent, a halide anion named in words ('iodide-substituted LiBH4', 'doped with
bromide') is the halide salt of the host's own cation, a ratio closing the bracket that restates the sample is its
composition, and one amount said of 'each' additive listed is every one's. Every sentence is written for these tests."""
from __future__ import annotations

from prose_sentences import contract_measurements, the_one


def _parts(row: dict) -> dict[str, tuple[str, float | None]]:
    return {c["material"]: (c["role"], c["amount"]) for c in row["components"][1:]}


def test_a_cation_doped_into_a_borohydride_is_a_substituent():
    for text, metal in (("K-doped LiBH4 gives off hydrogen from 305 °C on.", "K"),
                        ("Our Mg-substituted LiBH4 starts to lose hydrogen at 285 °C.", "Mg"),
                        ("LiBH4 doped with Ca begins to decompose at 315 °C.", "Ca"),
                        ("The Na-doped Mg(BH4)2 decomposes at 265 °C.", "Na")):
        row = the_one(contract_measurements(text), float(text.split(" °C")[0].split()[-1]))
        assert _parts(row) == {metal: ("DopantSubstituent", None)}, text
        assert row["strategies"] == ["CationSubstitution"], text


def test_a_metal_doped_into_a_metal_hydride_or_a_transition_metal_stays_a_catalyst():
    for text, metal in (("Ti-doped MgH2 gives off hydrogen from 245 °C on.", "Ti"),
                        ("K-doped MgH2 starts to lose hydrogen at 255 °C.", "K"),
                        ("Ni-doped LiBH4 begins to decompose at 295 °C.", "Ni")):
        row = the_one(contract_measurements(text), float(text.split(" °C")[0].split()[-1]))
        assert _parts(row)[metal][0] == "Catalyst", text


def test_a_halide_anion_named_in_words_is_the_salt_of_the_host_cation():
    for text, value, salt in (
            ("Iodide-substituted LiBH4 conducts Li+ at 1.5 × 10−4 S cm−1 at 35 °C.", 0.15, "LiI"),
            ("The bromide-substituted LiBH4 conducts 2.5 × 10−5 S cm−1 at 45 °C.", 0.025, "LiBr"),
            ("LiBH4 doped with iodide has a Li+ conductivity of 3.5 × 10−4 S cm−1 at 28 °C.", 0.35, "LiI"),
            ("Chloride-doped Mg(BH4)2 gives off hydrogen from 255 °C on.", 255.0, "MgCl2"),
            ("Mg(BH4)2 partly substituted by bromide ions gives off hydrogen from 275 °C on.", 275.0, "MgBr2")):
        row = the_one(contract_measurements(text), value)
        assert _parts(row) == {salt: ("DopantSubstituent", None)}, text
        assert row["strategies"] == ["AnionSubstitution"], text
    # a compound named in words before the verb is that compound, never the host cation's halide
    row = the_one(contract_measurements("Cerium fluoride-doped LiBH4 gives off hydrogen from 290 °C on."), 290.0)
    assert "LiF" not in _parts(row)
    # a halide named in words after a metal hydride gives no salt of its own
    row = the_one(contract_measurements("Fluoride-doped MgH2 gives off hydrogen from 290 °C on."), 290.0)
    assert "MgF2" not in _parts(row)


def test_a_ratio_closing_the_bracket_that_restates_the_sample_is_its_composition():
    for text, value, salt, ratio in (
            ("Partly replacing BH4− with Cl− in LiBH4 (LiBH4–LiCl, 2:1) yields 4 × 10−6 S cm−1 at 27 °C.",
             0.004, "LiCl", 2.0),
            ("Iodide in LiBH4 (LiBH4–LiI, 3:1) lifts the Li+ conductivity to 6 × 10−5 S cm−1 at 33 °C.", 0.06, "LiI", 3.0),
            ("Bromide went into Mg(BH4)2 (Mg(BH4)2–MgBr2, 4:1), and the product gives off hydrogen from 282 °C on.",
             282.0, "MgBr2", 4.0)):
        row = the_one(contract_measurements(text), value)
        assert row["components"][0]["amount"] == ratio, text
        assert salt in _parts(row), text
        assert row["strategies"] == ["AnionSubstitution"], text
    # a ratio by weight in that place is no molar composition
    row = the_one(contract_measurements("The LiBH4 electrolytes (LiBH4–LiCl, 1:1 by weight) give 2 × 10−7 S cm−1 at "
                                        "31 °C."), 0.0002)
    assert row["components"][0]["amount"] != 1.0


def test_an_amount_said_of_each_additive_is_every_additives():
    row = the_one(contract_measurements("MgH2 milled with 4 wt% each of TiO2 and Nb2O5 desorbs hydrogen at 236 °C."),
                  236.0)
    assert _parts(row) == {"TiO2": ("Catalyst", 4.0), "Nb2O5": ("Catalyst", 4.0)}
    row = the_one(contract_measurements("MgH2 was ball milled with TiO2 and V2O5 (3 wt% each); the powder desorbs "
                                        "hydrogen at 242 °C."), 242.0)
    assert _parts(row) == {"TiO2": ("Catalyst", 3.0), "V2O5": ("Catalyst", 3.0)}
    rows = contract_measurements("MgH2 doped with Ni, Co and Fe (each 8 wt%) desorbs hydrogen at 251 °C.")
    assert sorted(_parts(r).popitem()[1][1] for r in rows) == [8.0, 8.0, 8.0]
    # near miss: a bracket without 'each' is the last additive's loading alone
    row = the_one(contract_measurements("MgH2 was ball milled with TiO2 and V2O5 (3 wt%); the powder desorbs "
                                        "hydrogen at 242 °C."), 242.0)
    assert _parts(row)["TiO2"][1] is None


def test_a_coefficient_written_apart_after_adding_is_the_amount_added():
    for text, value, host_part, added, amount in (
            ("Adding 0.1 LiBH4 to 2LiNH2–MgH2 brings the onset of desorption down to 132 °C.", 132.0, "MgH2", "LiBH4",
             0.1),
            ("After adding 0.1 LiBH4 to Mg(NH2)2–2LiH, the composite starts to release hydrogen at 127 °C.", 127.0,
             "LiH", "LiBH4", 0.1),
            ("The addition of 0.05 KH to Mg(NH2)2–2LiH moves the desorption peak to 157 °C.", 157.0, "LiH", "KH", 0.05)):
        parts = _parts(the_one(contract_measurements(text), value))
        assert host_part in parts and parts[added][1] == amount, text
    # near miss: a whole count written apart is no trace added to a host (nor any loading of it)
    row = the_one(contract_measurements("Adding 2 LiBH4 to MgH2 gave a powder that releases hydrogen at 352 °C."), 352.0)
    assert all(c["amount"] != 2.0 or c["material"] != "LiBH4" for c in row["components"])


def test_a_formulation_in_the_sentence_of_its_value_is_that_values_sample():
    for text, value, carbon in (
            ("An electrode of 70 wt% MgH2, 20 wt% acetylene black and 10 wt% PVDF delivers 1210 mAh g−1.", 1210.0, 20.0),
            ("The anode, cast from 65 wt% MgH2, 25 wt% Super P and 10 wt% CMC, gives 1290 mAh g−1 at 100 mA g−1.",
             1290.0, 25.0),
            ("Our anode holds 60 wt% MgH2, 30 wt% carbon black and 10 wt% PTFE; it gives 1330 mAh g−1 in the first "
             "discharge.", 1330.0, 30.0)):
        row = the_one(contract_measurements(text), value)
        assert row["material"] == "MgH2", text
        assert _parts(row)["C"] == ("ConductiveAdditive", carbon), text
    # near miss: shares that do not make up a whole electrode are no formulation
    rows = contract_measurements("An electrode of 70 wt% MgH2, 20 wt% acetylene black and 5 wt% PVDF delivers 1210 "
                                 "mAh g−1.")
    assert all(r["components"][0]["amount"] != 70.0 for r in rows)


def test_a_halide_said_to_replace_the_hosts_anion_is_the_salt_of_its_cation():
    for text, value, salt in (
            ("Partly substituting BH4− by Cl− in LiBH4 gives 3 × 10−6 S cm−1 at 29 °C.", 0.003, "LiCl"),
            ("Replacing part of the BH4 groups with iodide in LiBH4 lifts the conductivity to 7 × 10−5 S cm−1 at "
             "31 °C.", 0.07, "LiI"),
            ("The substitution of BH4− by Br− in Mg(BH4)2 brings the decomposition temperature down to 262 °C.", 262.0,
             "MgBr2")):
        row = the_one(contract_measurements(text), value)
        assert _parts(row) == {salt: ("DopantSubstituent", None)}, text
        assert row["strategies"] == ["AnionSubstitution"], text
    # near miss: a cation said to replace the host's cation gives no halide
    row = the_one(contract_measurements("Substituting Li+ by Na+ in LiBH4 gives 3 × 10−6 S cm−1 at 29 °C."), 0.003)
    assert not any(c["material"].endswith(("Cl", "Br", "I")) for c in row["components"])


def test_a_trace_of_a_further_hydride_added_to_a_whole_composite_is_its_catalyst():
    from ontology.system import parse_system
    for notation, trace in (("Mg(NH2)2–2LiH–0.1LiBH4", "LiBH4"), ("2LiNH2–MgH2–0.1LiBH4", "LiBH4"),
                            ("Mg(NH2)2–2LiH–0.05Li3AlH6", "Li3AlH6")):
        roles = {c.formula: c.role for c in parse_system(notation, strict=False).additives}
        assert roles[trace] == "Catalyst", notation
    # near miss: a trace that takes the place of part of the partner (1.95 LiH + 0.05 LiBH4) is a partner itself
    roles = {c.formula: c.role for c in parse_system("Mg(NH2)2–1.95LiH–0.05LiBH4", strict=False).additives}
    assert roles["LiBH4"] == "DestabilizingReactant"
