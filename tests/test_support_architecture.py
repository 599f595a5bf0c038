"""A support named with its architecture ('silica aerogel', 'ordered nanoporous hard carbon', 'graphene foam') is a
scaffold of its own: the sample's part, the claim's additive and the text's abbreviation of it keep the written
name (the ontology's SupportArchitecture words), while the term still says what material it is. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows
from ontology.system import architecture_name, architecture_term, parse_system


def _rows(text: str) -> list[dict]:
    return contract_rows(extract_text(text))


def _scaffolds(text: str) -> list[str]:
    return [c["material"] for r in _rows(text) if r.get("kind") == "measurement"
            for c in r["components"] if c["role"] == "ScaffoldConfinementHost"]


@pytest.mark.parametrize("text, name", [
    ("LiBH4 was melt-infiltrated into a silica aerogel and released hydrogen from 250 °C.", "silica aerogel"),
    ("NaAlH4 confined in highly ordered nanoporous hard carbon showed an onset of 150 °C.",
     "ordered nanoporous hard carbon"),
    ("MgH2 nanoparticles grown inside graphene foams desorbed 6.1 wt% H2 at 300 °C.", "graphene foam"),
    ("The onset temperature of LiBH4 in carbon cryogels was 240 °C.", "carbon cryogel"),
    # the text's abbreviation of it is the same scaffold
    ("LiBH4 was confined in an alumina aerogel (AA). The LiBH4@AA composite released 8.2 wt% H2 at 400 °C.",
     "alumina aerogel"),
    ("The behaviour of LiBH4 was studied inside highly ordered nanoporous hard carbon (NPC) with 2 nm pores. "
     "LiBH4@NPC released hydrogen from 220 °C.", "ordered nanoporous hard carbon"),
])
def test_support_keeps_its_architecture(text, name):
    found = _scaffolds(text)
    assert found and set(found) == {name}, found


@pytest.mark.parametrize("text, name", [
    ("LiBH4 confined in amorphous carbon released hydrogen from 220 °C.", "C"),   # a label of carbon as such
    # a support the ontology already tells apart: its further words qualify it, no new scaffold
    ("LiBH4 infiltrated into porous aerogel-like carbon released hydrogen from 220 °C.", "aerogel-like carbon"),
])
def test_labels_and_known_scaffolds_stay(text, name):
    assert set(_scaffolds(text)) == {name}


def test_size_words_and_formulas_name_no_new_material():
    rows = _rows("MgH2 milled with nanosized nickel desorbed 6 wt% at 300 °C.")
    assert [c["material"] for c in rows[0]["components"]] == ["MgH2", "Ni"]
    rows = _rows("MgH2 ball milled with porous MgO released 6.3 wt% H2 at 320 °C.")
    assert [c["material"] for c in rows[0]["components"]] == ["MgH2", "MgO"]


def test_a_claim_credits_the_scaffold_as_named():
    claims = [r for r in _rows("Diborane release from LiBH4 is suppressed by confinement in the silica aerogel.")
              if r.get("kind") == "mechanism"]
    assert [(c["host"], c["additive"], c["strategy"]) for c in claims] == \
        [("LiBH4", "silica aerogel", "Nanoconfinement")]


def test_the_parser_reads_architecture_names():
    system = parse_system("2LiBH4–MgH2@silica aerogel")
    scaffold = system.components[-1]
    assert (scaffold.formula, scaffold.term, system.name) == ("SiO2", "SiliconDioxide", "2LiBH4–MgH2@silica aerogel")
    assert architecture_term("graphene foams").id == "Graphene"
    assert architecture_name("graphene foams") == "graphene foam"
    assert architecture_name("highly ordered mesoporous silica scaffolds") is None   # a label of the ontology
    assert architecture_name("nanosized nickel") is None                            # size: no architecture
