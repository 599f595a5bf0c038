"""A class of compounds put into a host ("doped with a series of chlorides", "with MXenes", "with several
transition-metal oxides") names no measured sample: the sentence's value belongs to each member the text lists,
else to no record — never to the class as if it were a material, nor to the bare host the sentence says was
modified. And an intermetallic storage alloy with an element substituted into it ('Mg2Ni(Cu)') that the text puts
into another hydride as its catalyst is that hydride's Catalyst, the hydride the host. Every sentence is written
for these tests."""
from __future__ import annotations

import pytest
from extracted import records
from prose_sentences import contract_measurements

from ingest.extraction.samples.class_samples import without_class_additives
from ontology.models import GraphBatch, MechanismClaim, SourceRef


def _parts(row: dict) -> dict[str, str]:
    return {c["material"]: c["role"] for c in row["components"]}


@pytest.mark.parametrize("text, value", [
    ("Magnesium hydride was doped with a series of chlorides, and its onset temperature fell to 251.7 °C.", 251.7),
    ("MgH2 ball milled with MXenes began to give off hydrogen at 221.3 °C.", 221.3),
    ("LiBH4 milled with several transition-metal oxides showed an apparent activation energy of 95.4 kJ/mol.", 95.4),
    ("Sodium alanate catalysed by various metal fluorides desorbed 4.15 wt% hydrogen.", 4.15),
])
def test_a_value_of_a_host_with_a_class_of_additives_is_of_no_record(text, value):
    rows = contract_measurements(text)
    assert not [r for r in rows if r["value"] == value], rows


def test_a_host_with_a_class_of_additives_is_no_reported_system():
    from ingest.extract import extract_text
    batch = extract_text("Magnesium hydride was ball milled with several chlorides to speed up its kinetics.\n")
    assert not [r.system.name for r in batch.reports if "halide" in r.system.name]


def test_the_listed_members_of_a_class_each_carry_the_value():
    rows = contract_measurements("MgH2 was doped with three chlorides (TiCl3, VCl3 and NbCl5); each composite "
                                 "showed its desorption peak at 262.4 °C.")
    assert sorted(tuple(sorted(_parts(r))) for r in rows if r["value"] == 262.4) == [
        ("MgH2", "NbCl5"), ("MgH2", "TiCl3"), ("MgH2", "VCl3")]


@pytest.mark.parametrize("text, value, additive", [
    # near misses: a support with kinds of its own is a material; a member written before its class noun is itself
    ("LiBH4 confined in mesoporous silica reached a Li+ conductivity of 0.13 mS/cm at 25 °C.", 0.13,
     "mesoporous silica"),
    ("MgH2 doped with 5 wt% Ti3C2 MXene began to release hydrogen at 190.5 °C.", 190.5, "Ti3C2"),
    # (a compound of the class named in words, its formula unsaid, is one material)
    ("LiBH4 was milled with 8 wt% nickel boride, and the composite gave off 9.05 wt% H2.", 9.05, "nickel boride"),
])
def test_a_support_or_a_named_member_still_carries_its_value(text, value, additive):
    rows = [r for r in contract_measurements(text) if r["value"] == value]
    assert len(rows) == 1 and additive in _parts(rows[0]), rows


def test_a_claim_crediting_a_class_keeps_no_class_as_its_additive():
    where = SourceRef(source_id="src:test", section="1", start=0, end=10)
    batch = GraphBatch(mechanisms=[MechanismClaim(mechanism="BondWeakening", host="MgH2", additive="halide",
                                                  source=where),
                                   MechanismClaim(mechanism="BondWeakening", host="MgH2", additive="TiCl3",
                                                  source=where)])
    assert [c.additive for c in without_class_additives(batch).mechanisms] == [None, "TiCl3"]


@pytest.mark.parametrize("text, value", [
    ("Mg2Ni(Cu) was employed as the catalyst of MgH2, and the composite desorbed 5.47 wt% H2 at 280 °C.", 5.47),
    ("MgH2 with Mg2Ni(Cu) as a catalyst gave off 5.53 wt% H2 at 280 °C.", 5.53),
    ("Adding Mg2Ni(Cu) to MgH2 brought its onset temperature down to 240.2 °C.", 240.2),
])
def test_a_substituted_storage_alloy_put_in_as_a_catalyst_is_the_catalyst(text, value):
    rows = [r for r in contract_measurements(text) if r["value"] == value]
    assert len(rows) == 1 and _parts(rows[0]) == {"MgH2": "HostHydride", "Mg2Ni(Cu)": "Catalyst"}, rows


@pytest.mark.parametrize("text, value, host", [
    # near misses: the substituted alloy measured on its own is its own host; a storage metal with an additive
    # ('Mg–Nb') is the metal's hydride sample
    ("The Mg2Ni(Cu) alloy took up 3.12 wt% hydrogen at 300 °C.", 3.12, "Mg2Ni"),
    ("The Mg–Nb film released hydrogen at 212.5 °C.", 212.5, "Mg"),
])
def test_an_alloy_measured_on_its_own_stays_the_host(text, value, host):
    rows = [r for r in records(text) if r["value"] == value]
    assert len(rows) == 1 and rows[0]["components"][0]["material"] == host, rows


@pytest.mark.parametrize("text", [
    "MgH2 ball-milled with several chlorides gave off 5.2 wt% H2 at 310 °C.",
    "LiBH4 mixed with a few metal oxides starts to decompose near 275 °C.",
    "Our MgH2 samples doped with fluorides absorb 5.9 wt% hydrogen within 8 min.",
])
def test_the_prose_reader_itself_returns_no_value_on_a_class(text):
    # (not a filter at the end of the document: the sentences' reader gives no record on the class)
    from ingest.documents.document import parse_document
    from ingest.extract import _prose_sentences
    from ingest.extraction.prose.prose import extract_sentences
    from ingest.extraction.samples.class_samples import names_no_sample
    measurements, reports = extract_sentences(_prose_sentences(parse_document(text)), "src:test")
    assert not any(names_no_sample(x.system) for x in [*measurements, *reports])


def test_a_member_named_in_the_class_place_keeps_its_value():
    # near miss: the member the sentence names is a sample
    from ingest.documents.document import parse_document
    from ingest.extract import _prose_sentences
    from ingest.extraction.prose.prose import extract_sentences
    text = "MgH2 ball-milled with TiCl3 gave off 5.2 wt% H2 at 310 °C."
    measurements, _ = extract_sentences(_prose_sentences(parse_document(text)), "src:test")
    assert any(m.value == 5.2 and "TiCl3" in m.system.name for m in measurements)
