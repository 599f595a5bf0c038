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


_MANY_THREADS = """
import sys, threading
sys.path.insert(0, sys.argv[1])
from ontology import vocabulary as module
start, got = threading.Barrier(8), []
def ask():
    start.wait()
    got.append((id(module.vocabulary()), id(module.load_graph())))
threads = [threading.Thread(target=ask) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(len(set(got)), module.load_graph.built.cache_info().misses, module.vocabulary.built.cache_info().misses)
"""


def test_threads_that_ask_at_once_share_one_parse_of_the_ontology():
    # (sessions of the app that start together: each parsing the ontology took 32 × 2 s behind the GIL)
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-c", _MANY_THREADS, str(root)], capture_output=True, text=True,
                          timeout=300, cwd=root)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["1", "1", "1"]   # one vocabulary, one graph, each built once
