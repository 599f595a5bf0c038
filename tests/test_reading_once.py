"""One reading of a document's sentences: the measurements and the mechanism claims share it."""
from ingest.extract import extract_text
from ingest.extraction.text import nlp

DOC = """# Nickel on carbon in magnesium hydride

## Results

The MgH2–5 wt% Ni@C composite starts to release hydrogen at 185 °C. The Ni particles act as
hydrogen spillover sites that weaken the Mg–H bond of MgH2, and its activation energy is 72 kJ/mol.
"""


def test_the_claims_read_the_sentences_the_measurements_read(monkeypatch):
    calls = []
    real = nlp._mentions
    monkeypatch.setattr(nlp, "_mentions", lambda text: calls.append(text) or real(text))
    batch = extract_text(DOC)
    assert batch.mechanisms, "the spillover sentence makes a claim"
    assert {m.value for m in batch.measurements} >= {185.0, 72.0}
    # the pipeline ran once over the joined sentences (a heading is read on its own: it may name the section's
    # sample, and the title is read once more by the claims, as a statement of its own); the claims were given the
    # sentence's mentions
    sentences = [c for c in calls if "185" in c or "spillover" in c]
    assert len(sentences) == 1 and "spillover" in sentences[0] and "185" in sentences[0]
    assert all(c in ("Results", "Nickel on carbon in magnesium hydride") for c in calls if c not in sentences), calls
    assert calls.count("Nickel on carbon in magnesium hydride") <= 1, calls


def test_nothing_is_remembered_outside_one_extraction():
    text = "MgH2 with Nb2O5 releases hydrogen at 200 °C."
    nlp.remember(text, [])
    assert nlp.mentions(text), "outside reading_once, remember keeps nothing: the pipeline reads it"


def test_each_sentence_is_cleaned_once_per_extraction(monkeypatch):
    """The measurements and the claims clean every sentence: within one extraction the markup is
    stripped once per sentence; outside, nothing is kept."""
    calls = []
    real = nlp._clean_text
    monkeypatch.setattr(nlp, "_clean_text", lambda text, base=0: calls.append(text) or real(text, base))
    extract_text(DOC)
    assert calls and len(calls) == len(set(calls)), "a sentence cleaned twice"
    calls.clear()
    nlp.clean_text("MgH<sub>2</sub> here.")
    nlp.clean_text("MgH<sub>2</sub> here.")
    assert len(calls) == 2
