"""Sentences written for a test, run through the prose extractor as consecutive sentences of one
section (a module of its own, imported by the attribution tests)."""
from __future__ import annotations

from ingest.prose import SentenceLike, extract_sentences


def para(*paragraphs, section="1", first=0):
    """Values of the sentences of several paragraphs (each a tuple of sentences), by value."""
    sents, pos = [], 0
    for k, sentences in enumerate(paragraphs, start=first):
        for t in sentences:
            sents.append(SentenceLike(t, pos, pos + len(t), section, [], k))
            pos += len(t) + 1
    return {m.value: m for m in extract_sentences(sents, "test")[0]}


def facts(*texts):
    """Values of sentences of one paragraph, by value."""
    return para(texts, first=1)
