"""The extractor records which rules made each record (``cues``), and the confidence comes from them."""
from __future__ import annotations

import pytest

from ingest.extraction.document_wide.confidence import CUE_WEIGHTS, confidence
from ingest.extraction.prose.prose import extract_sentences
from ingest.extraction.prose.prose_context import SentenceLike

# One paragraph (sentences 0–1) and single-sentence paragraphs after it.
SENTENCES = [
    "MgH2 doped with 5 wt% Nb2O5 shows a dehydrogenation activation energy of 65 kJ/mol.",
    "Its onset dehydrogenation temperature was 200 °C.",
    "The desorption activation energy of the Ni-doped sample was reduced to 90 kJ mol(-1), compared with "
    "pristine MgH2 (160 kJ/mol).",
    "LiBH4–LiI and LiBH4–LiBr reach ionic conductivities of 0.1 and 0.2 mS/cm, respectively.",
    "The hydrogen capacity of Mg(BH4)2 was about 14.9 mass% H2.",
]
PARAGRAPHS = [1, 1, 2, 3, 4]


@pytest.fixture(scope="module")
def records():
    sents, pos = [], 0
    for text, paragraph in zip(SENTENCES, PARAGRAPHS):
        sents.append(SentenceLike(text, start=pos, end=pos + len(text), section="2", refs=["7"], paragraph=paragraph))
        pos += len(text) + 1
    ms, _ = extract_sentences(sents, "doi:10.9999/cues")
    return {(m.property, m.value): m for m in ms}


def test_each_record_carries_the_rules_that_made_it(records):
    same = records[("dehydrogenation_activation_energy", 65.0)]
    assert {"system:sentence", "property:named"} <= set(same.cues) and "system:context" not in same.cues
    carried = records[("onset_dehydrogenation_temperature", 200.0)]
    assert "system:context" in carried.cues and carried.system.name == same.system.name
    assert "unit:respelled" in records[("dehydrogenation_activation_energy", 90.0)].cues   # kJ mol(-1)
    reference = records[("dehydrogenation_activation_energy", 160.0)]
    assert reference.baseline
    assert {"baseline", "baseline:named", "system:bracketed", "value:in-brackets"} <= set(reference.cues)
    paired = [records[("ionic_conductivity", v)] for v in (0.1, 0.2)]
    assert all("system:respectively" in m.cues and "system:sentence" not in m.cues for m in paired)
    assert [m.system.name for m in paired] == ["LiBH4–LiI", "LiBH4–LiBr"]
    assert "unit:respelled" in records[("hydrogen_capacity", 14.9)].cues                   # mass%
    assert all(m.cues == sorted(set(m.cues)) for m in records.values())


def test_every_cue_the_extractor_records_has_a_weight(records):
    seen = {c for m in records.values() for c in m.cues}
    assert seen and seen <= set(CUE_WEIGHTS)


def test_a_value_carried_from_an_earlier_sentence_is_less_sure_than_one_in_its_sentence(records):
    same = records[("dehydrogenation_activation_energy", 65.0)]
    carried = records[("onset_dehydrogenation_temperature", 200.0)]
    assert (same.qualifier, same.value_max, same.source.refs) == (carried.qualifier, carried.value_max,
                                                                   carried.source.refs)
    assert confidence(carried) < confidence(same)
    # the same record with the sentence's cue instead of the carried one scores as high as the other
    moved = carried.model_copy(update={"cues": ["property:named", "system:sentence"]})
    assert confidence(moved) == confidence(same)


def test_weak_cues_lower_the_confidence_and_records_without_cues_keep_their_shape_score(records):
    same = records[("dehydrogenation_activation_energy", 65.0)]
    weak = same.model_copy(update={"cues": ["property:weak", "system:sentence", "unit:respelled"]})
    assert confidence(weak) < confidence(same)
    shape_only = same.model_copy(update={"cues": []})
    assert confidence(shape_only) == 0.65       # a prose value with a citation, its system's rule unknown
