"""What the ontology side remembers for speed (a formula's composition, a term's label words) answers
as it did computed afresh, and hands out nothing a caller could change for the next one."""
from __future__ import annotations

from ontology.formula import parse_formula
from ontology.system import _SCAFFOLD_WORDS, _ontology, analyse_system


def test_a_formulas_composition_is_computed_once_and_handed_out_as_a_copy():
    f = parse_formula("Mg(BH4)2")
    first = f.composition
    assert first == {"Mg": 1.0, "B": 2.0, "H": 8.0} == f.composition_for()
    first["H"] = 0.0                               # a caller changing its copy
    assert f.composition == {"Mg": 1.0, "B": 2.0, "H": 8.0}
    assert f == parse_formula("Mg(BH4)2")          # the remembered value is no field: equality unchanged


def test_a_remembered_label_answer_is_the_computed_one():
    onto = _ontology(None)
    terms = sorted(onto.additive_terms)[:40]
    fresh = {t: any(any(w in lab.casefold() for w in _SCAFFOLD_WORDS)
                    for x in onto.lineage(t) for lab in onto.v.get(x).labels) for t in terms}
    assert {t: onto.label_has(t, _SCAFFOLD_WORDS) for t in terms} == fresh
    assert {t: onto.label_has(t, list(_SCAFFOLD_WORDS)) for t in terms} == fresh   # any iterable of words
    assert any(fresh.values())


def test_a_described_hydride_is_still_found_with_the_patterns_compiled_once():
    s = analyse_system("Thin film MgH2").system
    assert s.host.formula == "MgH2" and s.name == "Thin film MgH2"
