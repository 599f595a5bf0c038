"""Issue 10: a record's strategies are those reported where its value stands, not every strategy
the source names for the same (bare) host somewhere."""
import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows

DOC = """# Two treatments of magnesium hydride, a test paper

## 1. Nanosizing

Nanosized MgH2 particles made by ball milling release hydrogen from 280 °C.

## 2. Light

Under illumination by light-driven dehydrogenation, MgH2 loaded with 10 wt% TiO2 releases 5.9 wt% H2 at 250 °C.

## 3. Reference

Commercial MgH2 has a dehydrogenation activation energy of 160 kJ/mol.
"""


def _rows():
    return [r for r in contract_rows(extract_text(DOC)) if r["kind"] == "measurement"]


def test_a_bare_host_value_keeps_only_its_own_sentence_strategy():
    rows = {r["value"]: r for r in _rows()}
    assert rows[160.0]["strategies"] == []                          # not nanosizing, not light driving
    assert "Nanosizing" in rows[280.0]["strategies"]


def test_a_later_sentence_on_the_same_bare_host_keeps_the_strategy_named_before_it():
    text = ("# Films\n\n## Abstract\n\nThin-film MgH2 electrodes were deposited by sputtering. "
            "The film electrode delivers a first discharge capacity of 1500 mAh/g.\n")
    rows = [r for r in contract_rows(extract_text(text)) if r["kind"] == "measurement"]
    assert rows and all("ThinFilmStructuring" in r["strategies"] for r in rows)


@pytest.mark.parametrize("sentence, value, expected", [
    ("MgH2 nanocrystals of 6 nm release hydrogen from 230 °C.", 230.0, ["Nanosizing"]),
    ("Mg nanowires absorb 7.2 wt% H2 at 300 °C.", 7.2, ["Nanostructuring"]),
    # a nano form of the catalyst is no nanosizing of the hydride
    ("MgH2 milled with 5 wt% Ni nanocrystals releases hydrogen from 210 °C.", 210.0, ["MetalCatalysis"]),
])
def test_a_nano_form_counts_for_the_hydride_it_is_written_after(sentence, value, expected):
    rows = [r for r in contract_rows(extract_text(f"# T\n\n## Abstract\n\n{sentence}\n")) if r["kind"] == "measurement"]
    assert next(r for r in rows if r["value"] == value)["strategies"] == expected


def test_the_graph_gets_the_role_an_additive_plays_in_the_application():
    """An oxide filler of an electrolyte is the conductor's partner in the batch the graph loads, as in
    the records; the same oxide in a storage hydride stays a catalyst."""
    doc = ("# Fillers\n\n## 1. Electrolyte\n\nThe LiBH4–MgO composite conducts Li+ at 0.12 mS cm−1 at 30 °C.\n\n"
           "## 2. Storage\n\nMgH2–MgO releases hydrogen from 290 °C.\n")
    batch = extract_text(doc)
    roles = {(m.system.name, a.formula): a.role for m in batch.measurements for a in m.system.additives}
    assert roles[("LiBH4–MgO", "MgO")] == "SolidElectrolytePartner"
    assert roles[("MgH2–MgO", "MgO")] == "Catalyst"
    reports = {(r.system.name, a.formula): a.role for r in batch.reports for a in r.system.additives}
    assert reports.get(("LiBH4–MgO", "MgO"), "SolidElectrolytePartner") == "SolidElectrolytePartner"


@pytest.mark.parametrize("doc, values", [
    # the value's sentence names the bare host's films; the passage's sample is the capped film
    ("# Capped films\n\n## Abstract\n\nMagnesium hydride films coated with a Pd layer were grown by sputtering. "
     "Decomposition of the MgH2 films occurs at 150 °C.\n", [150.0]),
    # a hydride class word ('the hydride films') stands for the passage's sample
    ("# Mg layers\n\n## Abstract\n\nMg films capped by Pd were prepared by e-beam evaporation and hydrogenated. "
     "The hydride films decompose at 170 °C with an activation energy of 130 kJ/mol H2.\n", [170.0, 130.0]),
    ("# Capped layers\n\n## Abstract\n\nMg films with a 10 nm Pd cap layer were deposited by sputtering. "
     "Upon heating, the MgH2 films desorb hydrogen at 190 °C.\n", [190.0]),
])
def test_a_form_said_of_the_bare_host_is_said_of_the_passage_sample(doc, values):
    rows = {r["value"]: r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"}
    for v in values:
        assert rows[v]["components"][1:], rows[v]          # the capped sample, not the bare host
        assert "ThinFilmStructuring" in rows[v]["strategies"], rows[v]


@pytest.mark.parametrize("doc, form", [
    ("# Oxide\n\n## Abstract\n\nNb2O5 was milled with MgH2. Compared with MgH2 films, the composite releases "
     "hydrogen at 220 °C.\n", "ThinFilmStructuring"),
    ("# Oxide\n\n## Abstract\n\nNb2O5 was milled with MgH2. The composite releases hydrogen at 220 °C, far below "
     "MgH2 nanoparticles.\n", "Nanosizing"),
])
def test_a_form_of_the_bare_host_it_is_compared_with_is_not_the_samples(doc, form):
    rows = {r["value"]: r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"}
    assert rows[220.0]["components"][1:] and form not in rows[220.0]["strategies"]
