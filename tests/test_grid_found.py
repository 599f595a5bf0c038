"""Composite additives and co-milled samples: the probe grid of ``grid_found.py`` (every slot value must pass)
and, for each reading rule, sentences written for the test in several wordings plus one the rule must not
fire on. Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_found import probes, run
from grid_rates import failing_slot_values
from prose_sentences import adds, component_materials as _parts, contract_measurements, facts

from ingest.documents.document import parse_document
from ingest.extract import extract_text
from kg.literature import contract_rows


def _rows(doc: str) -> dict[float, dict]:
    return {r["value"]: r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"}


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 250 <= len(ps) <= 300
    assert {p.slots["heading"] for p in ps} >= {"markdown", "caps_lines", "colon_lines"}


@pytest.mark.parametrize("slot", ["form", "host", "additive", "value", "heading"])
def test_every_slot_value_of_the_grid_passes(grid, slot):
    failing, examples = failing_slot_values(grid, slot)
    assert not failing, (failing, examples)


# ---------------------------------------------------------------- front matter of an indexing service's export

@pytest.mark.parametrize("doc", [
    "TITLE\nFaster hydrogen release from LiAlH4 by Pd/C\n\nABSTRACT\nThe composite starts to decompose at 104 °C.\n",
    "Title: Faster hydrogen release from LiAlH4 by Pd/C\nAbstract: The composite starts to decompose at 104 °C.\n",
    "Title: Faster hydrogen release from LiAlH4 by Pd/C\n\nABSTRACT: The composite starts to decompose at 104 °C.\n",
    "# Faster hydrogen release from LiAlH4 by Pd/C\n\nSummary: The composite starts to decompose at 104 °C.\n",
])
def test_a_labelled_title_defines_the_abstracts_sample(doc):
    row = _rows(doc)[104.0]
    assert row["material"] == "LiAlH4" and _parts(row) == {"LiAlH4", "Pd/C"}


def test_the_labelled_title_is_the_documents_title_and_the_label_no_prose():
    doc = parse_document("TITLE\nCatalysed MgH2\n\nABSTRACT\nMgH2 was milled.\n")
    assert doc.title == "Catalysed MgH2"
    prose = [s.text for b in doc.blocks if b.kind == "prose" for s in b.sentences]
    assert prose == ["MgH2 was milled."]


def test_a_line_that_only_mentions_a_title_is_no_label():
    # (negative) "Title" inside a sentence, and a text after the first prose line, are not front matter
    doc = parse_document("# A paper\n\nThe title compound LiBH4 melts at 280 °C.\n\nTitle: not a label here\n")
    assert doc.title == "A paper"


# ---------------------------------------------------------------- a value in brackets for the bare sample

@pytest.mark.parametrize("sentence, bare", [
    ("LiBH4 doped with TiF3 releases 9.1 wt% of hydrogen (6.8 wt% without TiF3).", 6.8),
    ("The NaAlH4–CeCl3 sample desorbs 4.6 wt% H2 (3.1 wt% in the absence of CeCl3).", 3.1),
    ("Up to 5.5 wt% of hydrogen is released by Mg(BH4)2 with NbF5 (4.2 wt% without the catalyst).", 4.2),
])
def test_a_share_in_brackets_said_of_the_sample_without_its_additive(sentence, bare):
    rows = {r["value"]: r for r in contract_measurements(sentence)}
    assert bare in rows and rows[bare]["property"].endswith("hydrogen_capacity"), rows
    assert len(rows[bare]["components"]) == 1


def test_a_share_before_a_described_additive_stays_a_loading():
    # (negative) "5 wt% amorphous Nb2O5" is the loading of the described oxide
    rows = contract_measurements("MgH2 milled with 5 wt% amorphous Nb2O5 releases 6.1 wt% of hydrogen.")
    assert [r["value"] for r in rows] == [6.1]


# ---------------------------------------------------------------- a catalyst on its support

def test_a_catalyst_on_its_support_with_no_participle():
    v = facts("Co nanoparticles on graphene were milled with LiBH4.", "The composite starts to release hydrogen at 262 °C.")
    assert adds(v[262.0].system) == {"Co/graphene"}
    v = facts("Pt on carbon black was added to MgH2.", "The doped sample desorbs hydrogen from 236 °C.")
    assert adds(v[236.0].system) == {"Pt/C"}   # (carbon black is C to the ontology)
    v = facts("We mixed NaAlH4 with 10 wt% Ru on alumina.", "The mixture releases 4.2 wt% of hydrogen.")
    assert adds(v[4.2].system) == {"Ru/Al2O3"}


def test_an_oxide_based_on_a_support_is_not_carried_by_it():
    # (negative) "based on" says what a catalyst is made from, not what it sits on
    v = facts("A catalyst based on TiO2 was milled with MgH2.", "The composite starts to release hydrogen at 245 °C.")
    assert not any("/" in a for a in adds(v[245.0].system))


@pytest.mark.parametrize("sentence, added", [
    ("Pd on activated carbon (Pd/AC) was milled with MgH2.", "Pd/activated carbon"),
    ("Carbon-supported Co (Co/C) was introduced into NaAlH4.", "Co/Carbon"),
    ("NiB nanoparticles anchored on graphene (NiB/G) were mixed with LiAlH4.", "NiB/graphene"),
    ("CNT-supported Fe (Fe/CNT) was added to Mg(BH4)2.", "Fe/CNT"),
])
def test_a_bracket_restating_catalyst_over_a_short_support_name(sentence, added):
    v = facts(sentence, "The composite starts to release hydrogen at 199 °C.")
    assert adds(v[199.0].system) == {added}


def test_a_bracket_naming_another_support_is_kept():
    # (negative) "(Ni/Al2O3)" is no short name of graphene: read as written
    v = facts("Ni on graphene (Ni/Al2O3) was milled with MgH2.", "The composite starts to release hydrogen at 247 °C.")
    assert "Ni/graphene" not in adds(v[247.0].system)


# ---------------------------------------------------------------- a solvent between scaffold and host

@pytest.mark.parametrize("sentence, host, scaffold", [
    ("Porous carbon was filled with a THF solution of LiBH4.", "LiBH4", "porous carbon"),
    ("Activated carbon was infiltrated with an Et2O solution of Mg(BH4)2.", "Mg(BH4)2", "activated carbon"),
    ("CMK-3 was impregnated with a dilute toluene suspension of NaAlH4.", "NaAlH4", "CMK-3"),
])
def test_the_solvent_of_a_solution_is_no_part_of_the_sample(sentence, host, scaffold):
    v = facts(sentence, "The composite starts to release hydrogen at 171 °C.")
    assert v[171.0].system.host.formula == host and adds(v[171.0].system) == {scaffold}


def test_a_solvent_named_as_a_medium_of_a_step_still_goes():
    # (negative for the new form, the old one kept) "dispersed in THF": the medium, also no component
    v = facts("TiO2 dispersed in THF was added to LiBH4.", "The composite starts to release hydrogen at 301 °C.")
    assert adds(v[301.0].system) == {"TiO2"}


# ---------------------------------------------------------------- lists put together by milling or deposition

@pytest.mark.parametrize("sentence, parts", [
    ("MgH2 and LiBH4 were ball milled together.", {"LiBH4", "MgH2"}),
    ("MgH2, LiBH4 and 5 wt% Ni were milled for 10 h.", {"LiBH4", "MgH2", "Ni"}),
    ("LiBH4, MgH2 and TiO2 were co-milled under argon.", {"LiBH4", "MgH2", "TiO2"}),
    ("Mg(BH4)2, LiH and Co were ground together in a mortar.", {"Mg(BH4)2", "LiH", "Co"}),
])
def test_hydrides_of_a_co_milled_list_are_one_sample(sentence, parts):
    v = facts(sentence, "The composite starts to release hydrogen at 288 °C.")
    assert {c.formula for c in v[288.0].system.components} == parts


def test_hydrides_milled_separately_stay_apart():
    # (negative) "separately": two samples, the second the sentence's own
    v = facts("MgH2 and LiBH4 were milled separately.", "The LiBH4 starts to release hydrogen at 376 °C.")
    assert adds(v[376.0].system) == set()


@pytest.mark.parametrize("sentence, added", [
    ("MgH2 and Pd were deposited on a Si substrate.", "Pd"),
    ("NaAlH4 and Ti were co-sputtered onto glass wafers.", "Ti"),
    ("LiBH4 and Nb were evaporated onto a Cu foil.", "Nb"),
])
def test_a_co_deposited_film_holds_both_and_not_its_substrate(sentence, added):
    v = facts(sentence, "The film starts to release hydrogen at 205 °C.")
    assert adds(v[205.0].system) == {added}


# ---------------------------------------------------------------- a second adding step

@pytest.mark.parametrize("sentences, parts", [
    (("NiO was milled with MgH2.", "Then Ni was added."), {"MgH2", "NiO", "Ni"}),
    (("LiAlH4 was doped with TiCl3.", "Subsequently, 3 wt% CNTs were added."), {"LiAlH4", "TiCl3", "carbon nanotube"}),
    (("NaAlH4 was first milled with CeO2.", "Graphene was introduced afterwards."), {"NaAlH4", "CeO2", "graphene"}),
])
def test_a_second_step_adds_to_the_sample_made_before(sentences, parts):
    v = facts(*sentences, "The composite starts to release hydrogen at 174 °C.")
    assert {c.formula for c in v[174.0].system.components} == parts


def test_a_new_preparation_starts_from_the_bare_hydride():
    # (negative) no second step: the next preparation is a sample of its own
    v = facts("NiO was milled with MgH2.", "In another run, Fe was milled with MgH2.",
              "The Fe-containing composite starts to release hydrogen at 226 °C.")
    assert "NiO" not in adds(v[226.0].system)


# ---------------------------------------------------------------- a title naming an alloy family

@pytest.mark.parametrize("title, member", [
    ("Hydrogen absorption of Mg–Ni alloys", "Mg2Ni"),
    ("Kinetics of Mg-Cu intermetallics", "Mg2Cu"),
    ("Hydrogenation of Mg–Al based alloys", "Mg17Al12"),
])
def test_a_member_of_the_titles_family_is_its_own_sample(title, member):
    row = _rows(f"# {title}\n\n## Abstract\n\n{member} takes up 2.9 wt% of hydrogen at 280 °C.\n")[2.9]
    assert _parts(row) == {member}


def test_a_title_naming_one_composite_still_defines_the_sample():
    # (negative) "composites" is no family noun: the title's Mg–Ni is the abstract's sample
    row = _rows("# Hydrogen storage in Mg–Ni composites\n\n## Abstract\n\nThe composite starts to release "
                "hydrogen at 265 °C.\n")[265.0]
    assert _parts(row) == {"Mg", "Ni"}
