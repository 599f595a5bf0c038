"""Candidate hosts of gaps and coverage maps are storage materials (issue 14): a metal or alloy host
stands for the hydride it stores hydrogen as (Mg and MgH2, Mg2Ni and Mg2NiH4 are one host), and a
hydride-forming metal whose hydride is no storage material (Li: LiH is a reactant) never becomes one."""
from __future__ import annotations

from pathlib import Path

import pytest

from ontology.hosts import stored_as, stored_forms
from ontology.vocabulary import vocabulary

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "snapshot" / "review.batch.json"


@pytest.mark.parametrize("host, formula, expected", [
    ("Magnesium", "Mg", "MagnesiumHydride"), ("Mg2Ni", "Mg2Ni", "MagnesiumNickelHydride"),
    ("MagnesiumHydride", "MgH2", "MagnesiumHydride"),
    ("LithiumMetal", "Li", "LithiumMetal"),       # LiH is a destabilising reactant, not a storage host
    ("Titanium", "Ti", "Titanium"),               # TiH2 is a catalyst
    ("Mg2Si", "Mg2Si", "Mg2Si")])                 # no hydride of its composition in the ontology
def test_a_metal_host_is_the_storage_hydride_it_forms(host, formula, expected):
    assert stored_as(host, formula) == expected


def test_the_hydride_knows_the_metals_that_stand_for_it():
    assert stored_forms("MagnesiumHydride") == ("Magnesium",)
    assert "Mg2Ni" in stored_forms("MagnesiumNickelHydride")
    assert stored_forms("LithiumHydride") == ()


@pytest.mark.skipif(not SNAPSHOT.is_file(), reason=f"{SNAPSHOT} missing: rebuild the snapshot")
def test_the_report_counts_mg_systems_for_mgh2_and_never_offers_a_metal_as_host(store):
    from kg.gaps import build_report
    from kg.gaps.read import read_rows

    systems = {s.name: s for s in read_rows(store)["systems"]}
    assert systems["Mg–Nb@C"].host == "MagnesiumHydride"          # written on Mg, stored as MgH2
    assert systems["Li–Mg"].host == "LithiumMetal"                 # Li metal stays a metal
    report = build_report(store)
    vocab = vocabulary()
    hosts = {g.host for g in report.gaps} | {r for c in report.coverage if c.row_label == "host" for r in c.rows}
    assert hosts and all(h in vocab and vocab.is_a(h, "Hydride") and not vocab.get(h).usual_role for h in hosts), \
        sorted(h for h in hosts if h not in vocab or not vocab.is_a(h, "Hydride"))
    by_strategy = next(c for c in report.coverage if c.name == "host × strategy")
    # Mg–Nb@C (metal catalysis on Mg) is one of MgH2's catalysed systems
    assert any(by_strategy.cell("MagnesiumHydride", s).systems for s in systems["Mg–Nb@C"].strategies)


@pytest.mark.skipif(not SNAPSHOT.is_file(), reason=f"{SNAPSHOT} missing: rebuild the snapshot")
def test_an_analog_written_on_the_metal_shares_the_hydride_host(store):
    from kg.analogs import search

    result = search(store, "MgH2 + Nb", top=5)
    (nb,) = [a for a in result.analogs if a.name == "Mg–Nb@C"]
    assert nb.host == "MagnesiumHydride" and nb.facets["host"] == 1.0


def test_the_gap_page_says_when_a_filter_has_no_contradictions(data_dir, monkeypatch):
    # An empty grid with 'empty' in it was all the Contradictions tab showed for borohydrides.
    from app_pages import page_test

    from ontology.vocabulary import vocabulary

    family = next(t.id for t in vocabulary().terms() if t.label == "borohydride")
    at = page_test(monkeypatch, data_dir, "3_Gap_report.py").run()
    at.sidebar.selectbox[1].set_value(family).run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert any("No contradictions" in i.value for i in at.info), [i.value for i in at.info]
