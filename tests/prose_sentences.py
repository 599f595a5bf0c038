"""Sentences written for a test, run through the prose extractor as consecutive sentences of one
section (a module of its own, imported by the attribution tests)."""
from __future__ import annotations

from ingest.extract import extract_text
from ingest.extraction.prose.prose import extract_sentences
from ingest.extraction.prose.prose_context import SentenceLike
from kg.literature import contract_rows


def records(*paragraphs, section="1", first=0) -> list:
    """The records of the sentences of several paragraphs (each a tuple of sentences), in reading order."""
    sents, pos = [], 0
    for k, sentences in enumerate(paragraphs, start=first):
        for t in sentences:
            sents.append(SentenceLike(t, pos, pos + len(t), section, [], k))
            pos += len(t) + 1
    return extract_sentences(sents, "test")[0]


def para(*paragraphs, section="1", first=0):
    """Values of the sentences of several paragraphs (each a tuple of sentences), by value."""
    return {m.value: m for m in records(*paragraphs, section=section, first=first)}


def facts(*texts):
    """Values of sentences of one paragraph, by value."""
    return para(texts, first=1)


def contract_measurements(text: str, section: str = "Results") -> list[dict]:
    """The measurement lines `hkg extract --jsonl` gives for ``text`` as one section of a paper."""
    doc = f"# A test paper\n\n## {section}\n\n{text}\n"
    return [r for r in contract_rows(extract_text(doc)) if r["kind"] == "measurement"]


def the_one(rows: list[dict], value: float) -> dict:
    """The one line of ``rows`` with ``value`` (a test fails when there are none or several)."""
    found = [r for r in rows if r["value"] == value]
    assert len(found) == 1, rows
    return found[0]


def adds(system):
    """The formulas of a system's additives."""
    return {c.formula for c in system.additives}


def amounts(system):
    """Each additive's amount, by formula (additives given without one left out)."""
    return {c.formula: c.amount.value for c in system.additives if c.amount is not None}


def component_materials(row: dict) -> set[str]:
    """The materials of a contract line's components (host and additives)."""
    return {c["material"] for c in row["components"]}


def additive_materials(row: dict) -> set[str]:
    """The materials of a contract line's components after its host (its additives)."""
    return {c["material"] for c in row["components"][1:]}


def component_roles(row: dict) -> dict[str, str]:
    """Each material of a contract line's components with its role."""
    return {c["material"]: c["role"] for c in row["components"]}


def sentence_claims(text: str, title: str = "A test paper", source_id: str = "src:test"
                    ) -> set[tuple[str, str, str | None, str | None]]:
    """(mechanism, host, additive, strategy) of the claims the running text of ``text`` under ``title`` makes, read
    by the claims' own reader alone (no measured values)."""
    from ingest.documents.document import parse_document
    from ingest.extract import _prose_sentences
    from ingest.extraction.mechanisms.mechanisms import mechanism_claims
    doc = parse_document(f"# {title}\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy) for c in mechanism_claims(_prose_sentences(doc), source_id)}


def cleaned(text: str) -> str:
    """The text as the text layer cleans it (ingest.extraction.text.nlp.clean_text), every clean character still
    pointing at the source."""
    from ingest.extraction.text.nlp import clean_text
    out = clean_text(text)
    assert len(out.offsets) == len(out.text)
    return out.text
