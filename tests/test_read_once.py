"""Work a sentence's readers share is done once and handed on: what a reader is handed is what it would have read
itself. Sentences are written for these tests."""
from __future__ import annotations

import pytest

import ingest.extraction.prose.prose_naming as prose_naming
import ingest.extraction.prose.prose_reports as prose_reports
import ingest.extraction.prose.prose_sentence as prose_sentence
from ingest.extract import extract_text

# (a strategy said of a sample, one said of a catalyst's form, one proposed for later, one naming how a sample was
# made — which the first report leaves out and the shared reports keep — and a sentence saying none)
_SENTENCES = [
    "Nanosized NaAlH4 doped with 3 mol% CeCl3 gave off 4.2 wt% H2 near 155 °C.",
    "The KBH4 nanoparticles confined in a carbon host started to give off hydrogen at 310 °C.",
    "Ni nanoparticles were spread on the MgH2, which then lost 6.1 wt% H2 at 270 °C.",
    "The cycling of Mg2FeH6 could be improved by nanosizing, which was not tried here.",
    "Mg(BH4)2 was made by a microwave-assisted synthesis route and then heated under argon.",
    "The LiAlH4 powder was kept in a sealed vial for two weeks.",
]


def _document(*sentences: str) -> str:
    return "# A test note\n\n## Results\n\n" + " ".join(sentences) + "\n"


@pytest.fixture
def handed(monkeypatch):
    """(what each report reader was handed, what it reads itself) for every sentence extracted."""
    pairs: list[tuple[str, list, list]] = []
    first, shared = prose_reports._reports, prose_naming.shared_reports

    def first_spy(text, ms, systems, ctx, ref, own=None):
        pairs.append(("first", own, prose_reports.own_strategies(ms, text)))
        return first(text, ms, systems, ctx, ref, own)

    def shared_spy(text, ms, out, reports, ref, systems=(), strategies=None):
        pairs.append(("shared", strategies, prose_reports.own_strategies([x for x in ms if not prose_reports.proposed(text, x)], text)))
        return shared(text, ms, out, reports, ref, systems, strategies)
    monkeypatch.setattr(prose_sentence, "_reports", first_spy)
    monkeypatch.setattr(prose_sentence, "shared_reports", shared_spy)
    return pairs


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_the_strategies_read_once_are_those_each_report_reads(handed, sentence):
    extract_text(_document(sentence))
    assert {kind for kind, _, _ in handed} == {"first", "shared"}
    assert all(given == plain for _, given, plain in handed), handed


def test_a_field_named_for_how_a_sample_was_made_is_read_again_for_the_shared_reports(handed):
    # (the near miss of sharing: the first report's mentions leave that field out, the shared reports' keep it, so
    # the strategies read for the first are not the shared ones)
    extract_text(_document(_SENTENCES[4]))
    first = [given for kind, given, _ in handed if kind == "first"]
    shared = [given for kind, given, _ in handed if kind == "shared"]
    assert [[m.term for m in given] for given in first] == [[]]
    assert [[m.term for m in given] for given in shared] == [["MicrowaveDriving"]]


# ------------------------------------------------------------------------------ a phase an earlier sentence formed
# (the passage's sentences are looked through for the phase's name before the forming verb: the same claims)
def _claims(text: str) -> set[tuple]:
    rows = [r for r in _rows(text) if r.get("kind") == "mechanism"]
    return {(r["mechanism"], r["host"], r["additive"], r.get("in_situ_phase")) for r in rows}


def _rows(text: str) -> list[dict]:
    from ui.cli.extract import contract_rows
    return contract_rows(extract_text(_document(text)))


@pytest.mark.parametrize(("text", "claim"), [
    ("LiBH4 was milled with 10 wt% NbF5 for two hours. On heating, the NbF5 turns into NbB2 near the particle "
     "surfaces. The NbB2 then acts as a catalyst that weakens the B–H bonds of LiBH4.", ("LiBH4", "NbF5", "NbB2")),
    ("MgH2 was ball milled with 8 wt% VCl3 under argon. After the first cycle the VCl3 is converted to VH2 and "
     "MgCl2. Such VH2 works as a hydrogen pump for MgH2.", ("MgH2", "VCl3", "VH2")),
    ("NaAlH4 was doped with 4 mol% TiF3 by milling. During the first heating the TiF3 is reduced to form Al3Ti. "
     "The Al3Ti acts as a catalyst for the release of hydrogen from NaAlH4.", ("NaAlH4", "TiF3", "Al3Ti")),
])
def test_a_phase_an_earlier_sentence_formed_from_an_additive_is_that_additive_s(text, claim):
    assert claim in {c[1:] for c in _claims(text)}


def test_a_phase_an_earlier_sentence_only_names_stays_an_additive_of_its_own():
    # (the near miss: the earlier sentence names the phase but says nothing formed it)
    claims = _claims("LiBH4 was milled with 10 wt% NbF5 for two hours. On heating, NbB2 was seen near the particle "
                     "surfaces. The NbB2 then acts as a catalyst that weakens the B–H bonds of LiBH4.")
    assert ("LiBH4", "NbB2", None) in {c[1:] for c in claims}
    assert not any(c[3] == "NbB2" for c in claims)


# ------------------------------------------------------------------------------ a cause cue looked for once
@pytest.mark.parametrize(("text", "claim"), [
    ("MgH2 was milled with 5 wt% Nb2O5. The faster hydrogen release of the milled MgH2 is attributed to the "
     "catalytic effect of Nb2O5.", ("CatalyticEffect", "MgH2", "Nb2O5", None)),
    ("LiBH4 was confined in a carbon scaffold. The lower onset results from the nanoconfinement of LiBH4 in the "
     "carbon pores.", ("ConfinementEffect", "LiBH4", "C", None)),
])
def test_a_claim_said_with_a_cause_cue_is_still_read(text, claim):
    assert claim in _claims(text)


def test_a_sentence_with_no_cause_cue_and_no_mechanism_gives_no_claim():
    # (the near miss: the same sample, a value and no cause)
    assert _claims("MgH2 was milled with 5 wt% Nb2O5. The release of hydrogen from the milled MgH2 was measured at "
                   "300 °C.") == set()
