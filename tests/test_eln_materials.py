"""Any chemistry is a material: cathodes, solvents, carbon blacks are recognised as materials of their
own (formula parsed, elements known), never read by the hydride rules (no scaffold, no oxide catalyst: each
takes the default role every component has); hydrides keep theirs."""
from __future__ import annotations

import json
import zipfile

import pytest

from ingest.eln.archive import open_eln
from ingest.eln.crate import read_crate
from ingest.eln.to_entry import find_system, map_record
from ingest.entries.entry import entry_to_batch, load_entry
from ontology.formula import parse_formula
from ontology.system import parse_system


@pytest.mark.parametrize("text,formula,elements,term", [
    ("NaCoO2", "NaCoO2", {"Na", "Co", "O"}, None),
    ("LiCoO2", "LiCoO2", {"Li", "Co", "O"}, "LithiumCobaltOxide"),
    ("NMP", "C5H9NO", {"C", "H", "N", "O"}, "NMethylPyrrolidone"),
    ("N-methyl-2-pyrrolidone", "C5H9NO", {"C", "H", "N", "O"}, "NMethylPyrrolidone"),
    ("Super P carbon black", "C", {"C"}, "Carbon"),
    ("Super P", "C", {"C"}, "Carbon"),
])
def test_other_chemistry_is_a_material_of_its_own(text, formula, elements, term):
    system = parse_system(text)
    host = system.host
    assert host.formula == formula and set(parse_formula(host.formula).elements) == elements
    assert host.term == term
    # (the hydride rules do not apply; the host takes the role every record's first component has, which the
    # parse gives, as it gives every component one)
    assert host.role == "HostHydride"


def test_mixtures_of_other_chemistry_get_no_hydride_roles():
    system = parse_system("NaCoO2 + 10 wt% Super P")
    (carbon,) = system.additives
    # its ontology class, no scaffold role (the default role of a known additive, as every component has one)
    assert carbon.role not in (None, "ScaffoldConfinementHost") and carbon.additive_class == "CarbonSupport"
    (nmp,) = parse_system("LiCoO2–NMP").additives
    assert nmp.role is not None and nmp.additive_class is None            # a solvent is not an 'oxide catalyst'


def test_hydride_systems_keep_their_vocabulary():
    system = parse_system("MgH2 + 5 wt% Nb2O5")
    assert system.host.role == "HostHydride" and system.host.term == "MagnesiumHydride"
    assert (system.additives[0].role, system.additives[0].additive_class) == ("Catalyst", "Oxide")
    ni = parse_system("Mg–Ni")                                            # Mg forms MgH2: hydride rules
    assert ni.host.role == "HostHydride" and ni.additives[0].role == "Catalyst"


@pytest.mark.parametrize("title,found", [
    ("NaCoO2 cathode film, cast from NMP", "NaCoO2"),
    ("Coin cell LiCoO2 vs Li", "LiCoO2"),
    ("MgH2 + 5 wt% Nb2O5 milled 2 h", "MgH2 + 5 wt% Nb2O5"),
    ("Gold master experiment", None),       # an element's name in a title is not a sample
    ("Copper", None),
    ("Synthesis of Aspirin", None),
    ("TODO", None),
    ("Fly", None),
    ("Transfection of p103Δ12-22 into RPE-1 Actin-RFP", None),
])
def test_titles(title, found):
    assert find_system(title) == found


def _crate(tmp_path, records):
    graph = [{"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"}},
             {"@id": "./", "@type": "Dataset", "hasPart": [{"@id": f"./r{k}/"} for k in range(len(records))]},
             {"@id": "#p", "@type": "Person", "name": "E. Chem"}]
    for k, (name, fields) in enumerate(records):
        graph.append({"@id": f"./r{k}/", "@type": "Dataset", "name": name, "author": {"@id": "#p"},
                      "variableMeasured": [{"@id": f"#r{k}f{j}"} for j in range(len(fields))]})
        graph += [{"@id": f"#r{k}f{j}", "@type": "PropertyValue", "propertyID": key, "value": value}
                  for j, (key, value) in enumerate(fields)]
    path = tmp_path / "cells.eln"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("cells/ro-crate-metadata.json", json.dumps({"@context": "x", "@graph": graph}))
    return read_crate(open_eln(path))


def test_an_electrode_notebook_becomes_sample_entries(tmp_path):
    crate = _crate(tmp_path, [("NaCoO2 cathode, batch 3", []),
                              ("Slurry for electrode films", [("material", "Super P carbon black")]),
                              ("Solvent dried", [("compound", "NMP")]),
                              ("Weekly balance check", [])])
    mapped = [map_record(r, file="cells.eln", publisher="X") for r in crate.records]
    systems = [[s["system"] for s in m.document["samples"]] for m in mapped]
    assert systems == [["NaCoO2"], ["Super P carbon black"], ["NMP"], []]
    assert [m.kind for m in mapped] == ["sample", "sample", "sample", "note"]
    for m in mapped[:3]:
        entry = load_entry({**m.document, "id": "e1"})
        (report,) = entry_to_batch(entry).reports
        assert report.system.host.role == "HostHydride" and parse_formula(report.system.host.formula).elements
