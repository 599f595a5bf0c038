"""A value said of a coordinated subject ("A and B both reach …", "The A and B salts show …") belongs to
each sample; a list that is no subject, a 'respectively' pairing or a new subject keeps values apart.
Every sentence is written for these tests."""
from __future__ import annotations

from ingest.extraction.prose.prose import extract_sentences
from ingest.extraction.prose.prose_context import SentenceLike


def systems_of(*texts):
    sents, pos = [], 0
    for t in texts:
        sents.append(SentenceLike(t, pos, pos + len(t), "1", [], 1))
        pos += len(t) + 1
    return sorted((m.property, round(m.value, 4), m.system.name) for m in extract_sentences(sents, "t")[0])


def test_a_value_of_a_coordinated_subject_is_each_ones():
    got = systems_of("The LiCB9H10 and NaCB9H10 salts both exhibit conductivities above 0.03 S cm−1 at 360 K.")
    assert [s for *_, s in got] == ["LiCB9H10", "NaCB9H10"] and len({v for _, v, _ in got}) == 1
    got = systems_of("Both LiBH4–LiI and LiBH4–LiBr reach 1 mS cm−1 at 120 °C.")
    assert [s for *_, s in got] == ["LiBH4–LiBr", "LiBH4–LiI"]
    got = systems_of("LiCB9H10 and NaCB9H10 exhibit conductivities above 0.03 S cm−1 at 360 K.")
    assert [s for *_, s in got] == ["LiCB9H10", "NaCB9H10"]
    got = systems_of("The KCB11H12 and RbCB11H12 salts, built of large anions, both melt above 500 K.")
    assert [s for *_, s in got] == ["KCB11H12", "RbCB11H12"]


def test_values_kept_apart_stay_apart():
    # a list that is the reference, not the subject
    got = systems_of("LiBH4–LiI reaches 1 mS cm−1 at 120 °C, higher than LiBH4 and LiBH4–LiBr.")
    assert [s for *_, s in got] == ["LiBH4–LiI"]
    # 'respectively' pairs values off
    got = systems_of("MgH2 and LiBH4 show peak temperatures of 350 and 450 °C, respectively.")
    assert [(v, s) for _, v, s in got] == [(350.0, "MgH2"), (450.0, "LiBH4")]
    # a new subject after the list
    got = systems_of("LiBH4 and LiNH2 were mixed, and the product conducts 0.1 mS cm−1 at 25 °C.")
    assert len(got) <= 1
    # a clause that compares with the list
    got = systems_of("Compared with LiBH4 and NaBH4, the mixture shows 0.1 mS cm−1 at 25 °C.")
    assert len(got) <= 1


def test_a_value_of_the_samples_a_bracket_spells_out_is_each_ones():
    # the bracket names the members of the noun before it; the samples after the word of comparing are references
    got = systems_of("We show that nanoconfinement of cation-substituted LiBH4 (LiBH4–NaBH4 and LiBH4–KBH4) raises the "
                     "conductivity threefold compared to nanoconfined LiBH4 and nonconfined LiBH4–NaBH4 and "
                     "LiBH4–KBH4, with a lowered activation energy of 0.38 eV for Li-ion transport.")
    assert [s for *_, s in got] == ["LiBH4–KBH4", "LiBH4–NaBH4"]
    got = systems_of("Ammoniation of the borohydrides (Mg(BH4)2·NH3 and Ca(BH4)2·NH3) lowers the onset of hydrogen "
                     "release to 120 °C relative to the ammonia-free salts.")
    assert [s for *_, s in got] == ["Ca(BH4)2·NH3", "Mg(BH4)2·NH3"]
    got = systems_of("The halide-doped samples (Li3(NH2)2I and Li7(NH2)6Br) exhibit an activation energy of 0.52 eV, "
                     "lower than LiNH2.")
    assert [s for *_, s in got] == ["Li3(NH2)2I", "Li7(NH2)6Br"]
    got = systems_of("Partial substitution of the hydride (Mg0.9Zn0.1(BH4)2 and Mg0.8Zn0.2(BH4)2) brings the "
                     "decomposition temperature down to 250 °C, far below that of pristine Mg(BH4)2.")
    assert [s for *_, s in got] == ["Mg0.8Zn0.2(BH4)2", "Mg0.9Zn0.1(BH4)2"]


def test_a_bracketed_list_with_a_subject_of_its_own_keeps_values_apart():
    # a second statement names its own subject
    got = systems_of("The two salts (Li3(NH2)2I and Li7(NH2)6Br) were compared with LiNH2; Li3(NH2)2I shows an "
                     "activation energy of 0.52 eV.")
    assert [s for *_, s in got] == ["Li3(NH2)2I"]
    # a sample put in with the bracketed ones, no reference
    got = systems_of("The amides (LiNH2 and NaNH2) were milled with LiBH4, and the product conducts 0.2 mS cm−1 at "
                     "100 °C.")
    assert len(got) <= 1
