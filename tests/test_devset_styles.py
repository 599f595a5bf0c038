"""The other-styles dev set (tests/devset/styles/*.md + styles.jsonl) is well-formed: every key it
uses exists in the ontology, units are the graph's canonical units, every value can be found in
its document as written, and there are enough facts to measure anything (issue 10, item 7)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import get_args

import pytest

from ingest.extract import _leaf_applications
from ontology.hosts import designated_alloy_base
from ontology.models import AmountUnit
from ontology.units import to_canonical
from ontology.vocabulary import vocabulary

DEVSET = Path(__file__).parent / "devset"
STYLES = DEVSET / "styles"
# the contract's application names: the ontology's narrowest Application terms (hydrogen_storage, hydrogen_generation,
# solid_electrolyte, liquid_electrolyte, anode)
APPLICATIONS = set(_leaf_applications().values())
BASES = {"measured", "theoretical", "calculated"}
QUALIFIERS = {"=", "~", "<", ">", "<=", ">="}
AMOUNT_UNITS = {*get_args(AmountUnit), None}   # (the model's units: at%, atomic per cent, too)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


RECORDS = _records(DEVSET / "styles.jsonl")
FACTS = [r for r in RECORDS if r["kind"] == "measurement"]
CLAIMS = [r for r in RECORDS if r["kind"] == "mechanism"]


def _ids(kind: str) -> set[str]:
    return {t.id for t in vocabulary().terms(kind)}


def test_size_and_spread():
    docs = {p.stem for p in STYLES.glob("*.md")}
    assert len(docs) >= 40
    assert len(FACTS) >= 200
    assert {r["doc"] for r in RECORDS} == docs, "every document has facts, every fact a document"
    assert len({r["style"] for r in RECORDS}) >= 8
    assert {f["application"] for f in FACTS} == APPLICATIONS
    assert {f["basis"] for f in FACTS} == BASES
    assert CLAIMS, "mechanism claims are annotated too"
    assert any(p.read_text(encoding="utf-8").count("\n## ") >= 2 for p in STYLES.glob("*.md"))


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f"{f['doc']}:{f['property']}:{f['value']}")
def test_fact_is_well_formed(fact):
    v = vocabulary()
    assert fact["property"] in v.property_keys()
    assert fact["unit"] == v.property(fact["property"]).unit, "values are stored in the canonical unit"
    assert fact["application"] in APPLICATIONS and fact["basis"] in BASES
    assert fact["qualifier"] in QUALIFIERS
    assert set(fact["strategies"]) <= _ids("Strategy")
    roles = _ids("Role")
    hosts = [c for c in fact["components"] if c["role"] == "HostHydride"]
    # (a Mg alloy named by its designation, 'AZ61', is the host component as written, its host key Mg: README)
    assert len(hosts) == 1 and fact["host"] in (hosts[0]["material"], designated_alloy_base(hosts[0]["material"]))
    for c in fact["components"]:
        assert c["role"] in roles and c["material"]
        assert c["amount_unit"] in AMOUNT_UNITS and (c["amount"] is None) == (c["amount_unit"] is None)
    assert all(k in v.condition_keys() for k in fact["conditions"])
    if fact.get("section") is not None:
        text = (STYLES / f"{fact['doc']}.md").read_text(encoding="utf-8")
        assert re.search(rf"^## {re.escape(fact['section'])}\.? ", text, re.M), "the section is a '## ' heading"


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f"{f['doc']}:{f['property']}:{f['value']}")
def test_value_is_in_its_document(fact):
    text = (STYLES / f"{fact['doc']}.md").read_text(encoding="utf-8")
    assert fact["text"] in text
    if "written" in fact:
        value, unit = fact["written"]
        assert to_canonical(fact["property"], value, unit) == pytest.approx(fact["value"], rel=1e-6)
    else:
        assert float(fact["text"]) == pytest.approx(fact["value"])


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: f"{c['doc']}:{c['mechanism']}")
def test_claim_is_well_formed(claim):
    assert claim["mechanism"] in _ids("Mechanism")
    assert claim["strategy"] is None or claim["strategy"] in _ids("Strategy")
    assert claim["host"]


# ------------------------------------------------------------------ the review's prose facts
PROSE = _records(DEVSET / "prose.jsonl")


@pytest.mark.parametrize("fact", PROSE, ids=lambda f: f"{f['section']}:{f['property']}:{f['value']}")
def test_review_fact_carries_its_whole_system(fact):
    """Every prose fact of the review names the system it was measured on (issue 10, item 7)."""
    v = vocabulary()
    assert fact["property"] in v.property_keys() and fact["unit"] == v.property(fact["property"]).unit
    assert fact["basis"] in BASES and fact["qualifier"] in QUALIFIERS
    assert fact["application"] in APPLICATIONS
    assert set(fact["strategies"]) <= _ids("Strategy")
    hosts = [c for c in fact["components"] if c["role"] == "HostHydride"]
    # (a Mg alloy named by its designation, 'AZ61', is the host component as written, its host key Mg: README)
    assert len(hosts) == 1 and fact["host"] in (hosts[0]["material"], designated_alloy_base(hosts[0]["material"]))
    assert all(c["role"] in _ids("Role") for c in fact["components"])
    if fact["property"] == "reaction_enthalpy":
        assert fact["value"] > 0, "decomposition enthalpy per mol H2 is positive; the reported sign is kept apart"


def test_review_facts_on_modified_systems_name_their_additives():
    modified = [f for f in PROSE if len(f["components"]) > 1]
    assert len(modified) >= 90
    assert all(f["strategies"] for f in modified if f["host"] not in ("ZrO2", "Nb", "Ni", "CoO", "Li"))


TABLES = _records(DEVSET / "tables.jsonl")


@pytest.mark.parametrize("fact", TABLES, ids=lambda f: f"{f['table']}:{f['row']}:{f['property']}:{f['value']}")
def test_table_fact_carries_its_whole_system(fact):
    assert fact["basis"] in BASES and fact["application"] in APPLICATIONS and fact["qualifier"] in QUALIFIERS
    assert set(fact["strategies"]) <= _ids("Strategy")
    hosts = [c for c in fact["components"] if c["role"] == "HostHydride"]
    # (a Mg alloy named by its designation, 'AZ61', is the host component as written, its host key Mg: README)
    assert len(hosts) == 1 and fact["host"] in (hosts[0]["material"], designated_alloy_base(hosts[0]["material"]))
    assert all(c["role"] in _ids("Role") for c in fact["components"])


def test_table_1_group_labels_as_the_text_means_them():
    """VNbc is an MgH2 catalyst (ref 240) and CoNi/C a LiBH4 one (issue 10), whatever row the label sits on."""
    by_row = {f["row"]: f for f in TABLES if f["table"] == "Table 1"}
    assert by_row[15]["host"] == "MgH2" and by_row[15]["refs"] == ["240"]
    assert by_row[25]["host"] == "LiBH4"
    assert by_row[26]["host"] == "Mg(BH4)2"
    # Table 3 rows take their strategy from their composition, not from the section
    t3 = {f["system"]: f["strategies"] for f in TABLES if f["table"] == "Table 3"}
    assert t3["LiBH4@SiO2(MCM-41)"] == ["Nanoconfinement"] and t3["3LiBH4-LiI"] == ["AnionSubstitution"]


REVIEW_CLAIMS = _records(DEVSET / "review_mechanisms.jsonl")


def test_review_mechanism_claims_are_well_formed():
    assert len(REVIEW_CLAIMS) >= 25
    for claim in REVIEW_CLAIMS:
        assert claim["kind"] == "mechanism" and claim["mechanism"] in _ids("Mechanism")
        assert claim["strategy"] is None or claim["strategy"] in _ids("Strategy")
        assert claim["host"] and (claim["additive"] or claim["strategy"])
