"""Every component leaves the parse with a role (``ontology.system._with_roles``): the host is the system's
HostHydride, a known additive takes its usual role, a name the text put into the sample is a catalyst, and
a part that can take no role is no component at all — the name keeps it as written and the system lists it
in ``unresolved``. So the parse, the graph and the record contract never hold a component without a role."""
from __future__ import annotations

import pytest

from ingest.extract import components_of, extract_text
from ontology.models import GraphBatch, Measurement, Source, SourceRef
from ontology.system import analyse_system, parse_system
from ui.cli.extract import contract_rows

# ('QJX', 'ZQW': no element is written Q, J or X, and the ontology names no such material)


def test_a_part_no_reading_knows_is_no_component_but_stays_in_the_name():
    found = analyse_system("QJX–NaBH4–4 wt% CeO2")
    system = found.system
    assert [(c.formula, c.role) for c in system.components] == [("NaBH4", "HostHydride"), ("CeO2", "Catalyst")]
    assert system.unresolved == ["QJX"] and "QJX" in system.name
    assert any("'QJX' has no role" in n for n in found.notes)
    # the record contract lists the same components, none left to repair
    assert [(c["material"], c["role"]) for c in components_of(system)] == [("NaBH4", "HostHydride"),
                                                                          ("CeO2", "Catalyst")]


def test_a_system_of_another_chemistry_has_its_roles_from_the_parse():
    from ontology.system import hydride_system

    system = parse_system("WO3–4 wt% CuO")
    assert all(c.role is not None for c in system.components)
    assert system.host.role == "HostHydride" and not system.unresolved
    # (a role given as every record's first component has one is no sign of a hydrogen store)
    assert not hydride_system(system)
    assert hydride_system(parse_system("Mg85Ni10Y5")) and hydride_system(parse_system("ZQW@KBH4", strict=False))


def test_a_name_the_text_put_into_the_sample_is_its_catalyst():
    system = analyse_system("KAlH4–ZQW", put_in=["ZQW"]).system
    assert [(c.formula, c.role) for c in system.components] == [("KAlH4", "HostHydride"), ("ZQW", "Catalyst")]
    assert not system.unresolved


def test_a_name_the_text_dopes_the_hydride_with_is_a_catalyst_of_the_record():
    # (the sample reader tells the parse what the text put in: the role is still the parse's)
    rows = contract_rows(extract_text("NaAlH4 doped with nitrogen-rich graphdiyne (NGY) released 4.4 wt% H2 at 170 °C."))
    (row,) = [r for r in rows if r.get("kind") == "measurement"]
    assert [(c["material"], c["role"]) for c in row["components"]] == [("NaAlH4", "HostHydride"), ("NGY", "Catalyst")]


def test_near_miss_a_name_nobody_put_in_stays_unresolved():
    # (near miss: the same notation with no word of the text putting ZQW in; and a loading of it, which
    # says it was added, keeps it as a catalyst)
    system = analyse_system("KAlH4–ZQW", put_in=["QJX"]).system
    assert [c.formula for c in system.components] == ["KAlH4"] and system.unresolved == ["ZQW"]
    loaded = parse_system("KAlH4–7 wt% ZQW", strict=False)
    assert [(c.formula, c.role) for c in loaded.components] == [("KAlH4", "HostHydride"), ("ZQW", "Catalyst")]


def test_the_graph_holds_no_component_without_a_role(empty_store):
    source = "doi:10.1000/roles1"
    systems = [parse_system(t, strict=False) for t in ("QJX–Mg2FeH6–5 wt% Ni", "WO3–4 wt% CuO")]
    empty_store.load(GraphBatch(
        sources=[Source(id=source, kind="publication", title="Roles of parts")],
        measurements=[Measurement(property="onset_dehydrogenation_temperature", value=212.0 + k, unit="degC",
                                  system=s, source=SourceRef(source_id=source, section="2"))
                      for k, s in enumerate(systems)]))
    rows = empty_store.query("MATCH (s:System)-[a:HAS_HOST|HAS_ADDITIVE]->(x:Material) "
                             "RETURN s.name AS name, x.id AS mat, a.role AS role")
    assert rows and all(r["role"] for r in rows)
    assert not any("QJX" in r["mat"] for r in rows)
    assert {r["name"] for r in rows} == {s.name for s in systems}     # the name as written, QJX and all


# A part with no role leaves the system's additives empty but the system is not the bare host (``bare``): the
# readers that ask "is this the host alone?" ask that, so a value on such a sample stays on it. Here the passage's
# sample, made from the bare host the title names, keeps the values said of it; the title's bare host took them.
def _sample_of(*sentences: str) -> list[str]:
    rows = [r for r in contract_rows(extract_text("\n\n".join(sentences))) if r.get("kind") == "measurement"]
    return [r["system"] for r in rows]


@pytest.mark.parametrize("sentences, sample", [
    (("# Sorption of KAlH4", "We milled KAlH4–ZQW for 3 h.", "The modified sample began to desorb at 245 °C."),
     "KAlH4–ZQW"),
    (("# Hydrogen release from Ca(BH4)2", "We ball-milled Ca(BH4)2–TXW for 6 h.",
      "The resulting sample showed an activation energy of 98 kJ/mol."), "Ca(BH4)2–TXW"),
    (("# Kinetics of Mg(BH4)2", "We milled Mg(BH4)2–JQZ under argon for 2 h.", "Its onset of dehydrogenation was 170 °C."),
     "Mg(BH4)2–JQZ"),
    (("# Desorption of NaBH4", "We co-milled NaBH4–WKX for 5 h.", "This sample released 4.2 wt% H2 at 380 °C."),
     "NaBH4–WKX"),
], ids=["modified-sample", "resulting-sample", "its", "this-sample"])
def test_a_sample_with_an_unresolved_part_stays_the_passage_sample(sentences, sample):
    assert _sample_of(*sentences) == [sample]


def test_near_miss_the_pristine_host_named_after_such_a_sample_keeps_its_value():
    # (near miss: the bare host named with a baseline word is the reference, not the passage's sample)
    assert _sample_of("# Sorption of KAlH4", "We milled KAlH4–ZQW for 3 h.",
                      "Pristine KAlH4 began to desorb at 300 °C.") == ["KAlH4"]


# the reference such a sample is compared with, named by a word for the unmodified host, is that bare host
@pytest.mark.parametrize("sentence, rows", [
    ("The capacity of Mg2FeH6–KZX reached 5.0 wt%, higher than that of the undoped sample (4.1 wt%).",
     ["Mg2FeH6–KZX", "Mg2FeH6"]),
    ("The LiAlH4–PQW composite starts to decompose at 95 °C, compared with 150 °C for the pristine sample.",
     ["LiAlH4–PQW", "LiAlH4"]),
    ("For KAlH4–ZQW the activation energy fell to 70 kJ/mol, against 125 kJ/mol for the unmodified material.",
     ["KAlH4–ZQW", "KAlH4"]),
], ids=["undoped", "pristine", "unmodified"])
def test_the_unmodified_reference_of_such_a_sample_is_its_bare_host(sentence, rows):
    assert _sample_of(sentence) == rows


def test_near_miss_such_a_sample_s_own_value_with_no_reference_stays_on_it():
    assert _sample_of("The capacity of Mg2FeH6–KZX reached 5.0 wt% at 300 °C.") == ["Mg2FeH6–KZX"]


def test_a_prose_value_on_such_a_sample_is_not_marked_down_as_a_bare_host_guess():
    # (confidence: a bare host read from prose by no known rule may have lost its modified sample; a sample with
    # a part of its own has not)
    from ingest.extraction.document_wide.confidence import confidence

    def scored(notation: str) -> float:
        return confidence(Measurement(property="onset_dehydrogenation_temperature", value=240.0, unit="degC",
                                      system=parse_system(notation, strict=False),
                                      source=SourceRef(source_id="doi:10.1000/roles2", section="3", refs=["4"])))
    assert scored("KAlH4–ZQW") == scored("KAlH4–5 wt% Ni") > scored("KAlH4")


@pytest.mark.parametrize("sentence", [
    "These nitrides catalyse mainly through electron transfer, which weakens the M–H bonds of the hydride.",
    "Vanadium oxides work by electron transfer between the M–H bonds and their multivalent cations.",
])
def test_near_miss_hydrogen_with_an_unnamed_metal_is_no_sample_a_mechanism_is_credited_to(sentence):
    # (near miss: 'M–H' parses as hydrogen with 'M' unresolved — hydrogen itself named, not a modified sample)
    assert [r.system.name for r in extract_text(sentence).reports] == []
