"""A sentence of two statements, each with its own coordinated subject and its own value ("both A and B are
100 kJ/mol, and those of both C and D are 135 kJ/mol"): each clause's value belongs to each member of that
clause's list (ingest/extraction/attribution/shared_values.each_of_them, clause by clause), with the guards of a whole
sentence inside each clause. Every sentence is written for these tests."""
from __future__ import annotations

from ingest.extraction.prose.prose import extract_sentences
from ingest.extraction.prose.prose_context import SentenceLike


def rows(text):
    sent = SentenceLike(text, 0, len(text), "1", [], 1)
    return sorted((m.property, round(m.value, 4), m.system.name) for m in extract_sentences([sent], "t")[0])


def values_of(text):
    return {(v, s) for _, v, s in rows(text)}


def test_two_lists_joined_by_a_semicolon():
    got = values_of("Both LiBH4–LiI and LiBH4–LiBr reach 1 mS cm−1 at 120 °C; "
                    "LiCB9H10 and NaCB9H10 both exhibit 0.03 S cm−1 at 360 K.")
    assert got == {(1.0, "LiBH4–LiI"), (1.0, "LiBH4–LiBr"), (30.0, "LiCB9H10"), (30.0, "NaCB9H10")}


def test_two_lists_joined_by_whereas():
    got = values_of("The hydrogen capacities of MgH2–Ni and MgH2–Fe are both 6.5 wt%, "
                    "whereas those of MgH2–Co and MgH2–Cu are both 5.8 wt%.")
    assert got == {(6.5, "MgH2–Ni"), (6.5, "MgH2–Fe"), (5.8, "MgH2–Co"), (5.8, "MgH2–Cu")}


def test_two_lists_joined_by_and_those_of():
    got = values_of("The activation energies of both Nb2O5-doped MgH2 and LiBH4 are 90 kJ/mol, "
                    "and those of both TiF3-doped MgH2 and LiBH4 are 110 kJ/mol.")
    assert got == {(90.0, "MgH2–Nb2O5"), (90.0, "LiBH4–Nb2O5"), (110.0, "MgH2–TiF3"), (110.0, "LiBH4–TiF3")}


def test_two_lists_joined_by_while():
    got = values_of("The two hydrides Mg(BH4)2 and Ca(BH4)2 both release hydrogen at 320 °C, "
                    "while LiAlH4 and NaAlH4 both release it at 150 °C.")
    assert got == {(320.0, "Mg(BH4)2"), (320.0, "Ca(BH4)2"), (150.0, "LiAlH4"), (150.0, "NaAlH4")}


def test_a_clause_pairing_values_off_keeps_them_apart():
    got = values_of("Both LiBH4–LiI and LiBH4–LiBr reach 1 mS cm−1 at 120 °C; "
                    "LiCB9H10 and NaCB9H10 reach 0.03 and 0.05 S cm−1 at 360 K, respectively.")
    assert {(30.0, "LiCB9H10"), (50.0, "NaCB9H10")} <= got
    assert (50.0, "LiCB9H10") not in got and (30.0, "NaCB9H10") not in got


def test_a_list_compared_with_is_no_subject():
    got = values_of("Both LiBH4–LiI and LiBH4–LiBr reach 1 mS cm−1 at 120 °C, "
                    "but LiCB9H10 conducts more than LiBH4 and NaCB9H10 at 0.03 S cm−1.")
    assert [s for v, s in got if v == 30.0] in ([], ["LiCB9H10"], ["NaCB9H10"])   # one sample's, not the list's
    assert {(1.0, "LiBH4–LiI"), (1.0, "LiBH4–LiBr")} <= got


def test_two_values_in_one_clause_are_not_each_ones():
    got = values_of("Both LiBH4–LiI and LiBH4–LiBr reach 1 mS cm−1 at 120 °C; "
                    "both LiCB9H10 and NaCB9H10 show 0.03 S cm−1 at 300 K and 0.1 S cm−1 at 360 K.")
    assert not any(s == "LiCB9H10" for _, s in got)
    assert {(1.0, "LiBH4–LiI"), (1.0, "LiBH4–LiBr")} <= got


def test_the_same_list_in_two_clauses_is_told_apart_by_the_number_written():
    got = rows("Both MgH2–Ni and MgH2–Fe absorb 6.5 wt% hydrogen at 300 °C; "
               "both MgH2–Ni and MgH2–Fe desorb 5.0 wt% hydrogen at 350 °C.")
    assert {(v, s) for _, v, s in got} == {(6.5, "MgH2–Ni"), (6.5, "MgH2–Fe"), (5.0, "MgH2–Ni"), (5.0, "MgH2–Fe")}
    assert len(got) == 4
