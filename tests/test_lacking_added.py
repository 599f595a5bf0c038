"""'without the catalyst', 'in the absence of any additive', 'free of it': one reader
(ingest.extraction.text.lacking.LACKING_ADDED, its nouns from the ontology's AddedNoun scheme) for what value_lists,
referents and prose read as the sample lacking all that was added. Sentences written for the test."""
from __future__ import annotations

import re

import pytest
from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.lacking import LACKING_ADDED, LACKING_NAMED_AFTER


@pytest.mark.parametrize("text", ["without it", "without the catalyst", "in the absence of any additive",
                                  "free of the metal dopants", "free from them", "without a scaffold"])
def test_the_words_for_lacking_what_was_added(text):
    assert re.fullmatch(LACKING_ADDED, text, re.I)


@pytest.mark.parametrize("text", ["without any loss", "in the absence of air", "without the help", "with the catalyst"])
def test_what_is_no_lacking_of_what_was_added(text):
    assert not re.fullmatch(LACKING_ADDED, text, re.I)


def test_the_material_lacked_is_read_after_each_wording():
    for words in (" without SiO2", " in the absence of SiO2", " free of the SiO2"):
        assert LACKING_NAMED_AFTER.match(words).group("add") == "SiO2"


# "in the absence of" / "free of" were read by "without"'s readers nowhere: the value is now the bare host's
@pytest.mark.parametrize("text, value, host", [
    ("LiAlH4 with 5 mol% TiCl3 starts to decompose at 95 °C, against 150 °C in the absence of the catalyst.",
     150.0, "LiAlH4"),
    ("The activation energy of MgH2 doped with Nb2O5 is 70 kJ/mol, compared with 160 kJ/mol in the absence of any "
     "additive.", 160.0, "MgH2"),
    ("NaAlH4 catalysed by 4 mol% CeCl3 releases 4.6 wt% H2 at 150 °C, but only 1.1 wt% in the absence of it.",
     1.1, "NaAlH4"),
    ("MgH2 milled with TiF3 absorbs 5.5 wt% H2 at 100 °C, versus 2.0 wt% free of the additive.", 2.0, "MgH2"),
])
def test_a_value_said_in_the_absence_of_the_additive_is_the_bare_hosts(text, value, host):
    row = the_one(contract_measurements(text), value)
    assert row["baseline"] is True and [c["material"] for c in row["components"]] == [host]


def test_the_absence_of_a_loss_keeps_the_additive():
    row = the_one(contract_measurements("MgH2 with 5 wt% Ni releases 6.0 wt% H2 at 300 °C in the absence of any loss "
                                        "of capacity."), 6.0)
    assert [c["material"] for c in row["components"]] == ["MgH2", "Ni"]


def _doc_rows(text):
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    return {r["value"]: sorted(c["material"] for c in r["components"][1:])
            for r in contract_rows(extract_text(text)) if r["kind"] == "measurement"}


@pytest.mark.parametrize("text, value, kept", [
    ("# T\n\n## Abstract\n\nNaAlH4 co-doped with 2 mol% CeCl3 and 2 mol% TiCl3 stores 4.5 wt% hydrogen reversibly. "
     "Without CeCl3, only 3.9 wt% is reversible.\n", 3.9, ["TiCl3"]),
    ("# T\n\n## Abstract\n\nMgH2 was milled with 5 wt% Ni and 5 wt% graphene. The composite starts to release hydrogen "
     "at 210 °C. In the absence of graphene, the onset rises to 245 °C.\n", 245.0, ["Ni"]),
    ("# T\n\n## Abstract\n\nLiBH4 was milled with 10 wt% TiO2. The composite releases hydrogen from 250 °C. "
     "Without TiO2, dehydrogenation starts at 380 °C.\n", 380.0, []),
])
def test_a_sentence_fronted_by_what_the_sample_lacks_takes_it_out(text, value, kept):
    assert _doc_rows(text)[value] == kept


def test_a_fronted_lack_ends_with_its_clause():
    rows = _doc_rows("# T\n\n## Abstract\n\nMgH2 was milled with 5 wt% Ni and 5 wt% graphene. Without graphene, the "
                     "onset is 245 °C, whereas the composite with both starts at 210 °C.\n")
    assert rows[245.0] == ["Ni"] and rows.get(210.0, ["Ni", "graphene"]) == ["Ni", "graphene"]
