"""A host processed with nothing added — nanoparticles, nanowires, films, a milled powder — is a sample of its own,
named as the text writes it: its values never share a system with the as-received host's (where the conflict finder
would read two samples' numbers as one system's disagreement). A reference value of the bare host stays the bare
host's, and a host modified by an additive is left as it was."""
from __future__ import annotations

import pytest
from extracted import records

from ingest.extraction.samples.processed_hosts import participle, processed_system
from ontology.system import parse_system


def _by_value(text: str) -> dict[float, dict]:
    return {r["value"]: r for r in records(text)}


@pytest.mark.parametrize("text, value, name, strategy", [
    # a form noun written right after the host
    ("The group grew LiBH4 nanoparticles of about 12 nm by antisolvent precipitation, and they gave off "
     "hydrogen from 310 °C.", 310.0, "LiBH4 nanoparticles", "Nanosizing"),
    ("Evaporated Mg films took up 6.1 wt% H2 at 250 °C in the first cycle.", 6.1, "Mg films",
     "ThinFilmStructuring"),
    ("Solvothermal routes made NaAlH4 nanowires whose hydrogen release began at 150 °C.", 150.0,
     "NaAlH4 nanowires", "Nanostructuring"),
    # a preparation method the sentence credits with the change from the bare host's value
    ("According to that study, prolonged ball milling brings the desorption barrier of NaAlH4 down from 118 to "
     "97 kJ/mol.", 97.0, "ball-milled NaAlH4", "Nanosizing"),
])
def test_a_host_processed_alone_is_a_sample_of_its_own(text, value, name, strategy):
    row = _by_value(text)[value]
    assert row["system"] == name and row["additives"] == []
    assert row["system_id"] != parse_system(row["material"]).id          # not the bare host's system
    assert strategy in row["strategies"]


def test_the_bare_reference_stays_the_bare_host():
    rows = _by_value("Milling lowers the desorption barrier of LiAlH4 from 110 to 86 kJ/mol, the authors found.")
    assert rows[110.0]["system"] == "LiAlH4" and rows[110.0]["baseline"]
    assert rows[86.0]["system"] == "milled LiAlH4"


def test_near_miss_a_host_modified_by_an_additive_or_named_bare_is_unchanged():
    # the form words belong to the catalyst, and the host carries an additive: no processed host
    row = _by_value("MgH2 with 5 wt% Ni nanoparticles released hydrogen at 245 °C.")[245.0]
    assert row["additives"] == ["Ni"] and row["system"].startswith("MgH2")
    # a bare host with no word of processing stays the host
    assert _by_value("Commercial LiBH4 melts at 280 °C before it decomposes.")[280.0]["system"] == "LiBH4"
    # a word that names the host as the reference ('bulk', 'ball-milled': the ontology's BaselineWord) is no processing
    assert _by_value("Bulk NaAlH4 needs about 250 °C to release hydrogen.")[250.0]["system"] == "NaAlH4"
    assert _by_value("Ball-milled LiAlH4 tested against lithium delivers 1700 mAh/g in the first discharge."
                     )[1700.0]["system"] == "LiAlH4"
    # a treatment that makes no form of its own ('activated': no hkg:processStrategy) names no processed sample
    assert _by_value("Activated NaAlH4 took up 3.1 wt% H2 at 120 °C.")[3.1]["system"] == "NaAlH4"


def test_the_processed_sample_is_one_system_whichever_form_of_the_host_is_written():
    # Mg and MgH2 are one host: 'Mg nanowires' and 'MgH2 nanowires' are one sample
    mg, mgh2 = parse_system("Mg"), parse_system("MgH2")
    assert processed_system(mg, "Mg nanowires").id == processed_system(mgh2, "MgH2 nanowires").id
    assert processed_system(mg, "Mg nanowires").name == "Mg nanowires"
    assert participle("BallMilling") == "ball-milled"


def test_the_text_goes_on_about_the_processed_sample_past_a_sentence_naming_the_host_bare():
    text = ("The team prepared free-standing LiAlH4 nanoparticles of 8 nm by a solution route. In ether, NaAlH4 "
            "reacted with LiCl to give LiAlH4 and NaCl. This material released 7.1 wt% H2 below 200 °C.")
    assert _by_value(text)[7.1]["system"] == "LiAlH4 nanoparticles"


def test_a_reference_written_only_processed_is_the_processed_sample():
    # the larger particles the smaller ones are compared with are the same processed kind, not the bare host
    text = ("Solution-grown LiBH4 nanocrystals ranging from 15 to 40 nm were compared, and the 15 nm particles "
            "released hydrogen far faster than the 40 nm particles.")
    assert {r["system"] for r in records(text)} == {"LiBH4 nanocrystals"}
