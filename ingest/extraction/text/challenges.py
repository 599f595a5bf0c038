"""Open challenges named in a paper's outlook sections, linked to the entities they concern.

The ontology's Challenge terms carry the cue phrases (skos:altLabel); a statement is recorded as the
challenge term, the entity term ids and where it stands (section, offsets) — never the sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ontology.literal_patterns import alternation
from ontology.models import ChallengeStatement, SourceRef
from ontology.text_memo import per_document
from ontology.vocabulary import fold, vocabulary

ENTITY_KINDS = ("Material", "Strategy", "Mechanism", "Application", "SynthesisMethod")
OUTLOOK_TITLES = ("summary and outlook", "conclusion", "outlook", "perspective", "challenges")


@cache
def _matcher(kinds: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str] | None, dict[str, str]]:
    """Two alternations, longest first: labels and synonyms (case/dash-insensitive, label -> term id)
    and formulas (as written: 'MgH2', never 'mgh2'). A bare element symbol is no entity here — 'In',
    'As', 'I' are words of the text; the element is found by its name."""
    vocab = vocabulary()
    by_label: dict[str, str] = {}
    by_formula: dict[str, str] = {}
    for kind in kinds:
        for term in vocab.terms(kind):
            for label in term.labels:
                key = fold(label)
                if len(key) >= 2:
                    by_label.setdefault(key, term.id)
            if term.formula and not re.fullmatch(r"[A-Z][a-z]?", term.formula):
                by_formula.setdefault(term.formula, term.id)
    labels, formulas = alternation(by_label), alternation(by_formula) if by_formula else ""
    return (re.compile(rf"(?<![\w-])(?:{labels})(?![\w])"), by_label,
            re.compile(rf"(?<![\w-])(?:{formulas})(?![\w])") if formulas else None, by_formula)


def label_spans(text: str, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, term id) of each label or synonym of the given kinds the text writes (case- and
    dash-insensitive; offsets into ``text``, which folding keeps)."""
    labels, by_label, _, _ = _matcher(kinds)
    return [(*m.span(), by_label[m.group(0)]) for m in labels.finditer(fold(text))]


def find_terms(text: str, kinds: tuple[str, ...]) -> list[str]:
    """Term ids of the given kinds whose label or synonym (case/dash-insensitive) or formula (as
    written) occurs in text."""
    labels, by_label, formulas, by_formula = _matcher(kinds)
    found = [by_label[m.group(0)] for m in labels.finditer(fold(text))]
    if formulas is not None:
        found += [by_formula[m.group(0)] for m in formulas.finditer(text)]
    return list(dict.fromkeys(found))


@per_document(maxsize=256)   # (asked for every sentence: a document has a few dozen titles)
def is_outlook(section_title: str) -> bool:
    title = fold(section_title)
    return any(t in title for t in OUTLOOK_TITLES)


def challenge_statements(sentences: Iterable, section_titles: dict[str, str], source_id: str
                         ) -> list[ChallengeStatement]:
    """sentences: objects with .text, .section, .start, .end, .refs; section_titles: number → title.

    Only sentences of outlook/conclusion sections are read. The entities of a statement are those in
    the sentence plus those in the titles of its section and parent sections (the topic in context).
    """
    out: list[ChallengeStatement] = []
    for sent in sentences:
        number = sent.section or ""
        if not is_outlook(section_titles.get(number, "")):
            continue
        challenges = find_terms(sent.text, ("Challenge",))
        if not challenges:
            continue
        context = " ; ".join(section_titles.get(p, "") for p in _parents(number))
        entities = list(dict.fromkeys(find_terms(sent.text, ENTITY_KINDS) + find_terms(context, ENTITY_KINDS)))
        for ch in challenges:
            out.append(ChallengeStatement(
                challenge=ch, entities=entities,
                source=SourceRef(source_id=source_id, section=number, refs=list(sent.refs or []),
                                 start=sent.start, end=sent.end)))
    return out


def _parents(number: str) -> list[str]:
    """'2.3.4' -> ['2', '2.3'] : the enclosing sections whose titles give the topic."""
    parts = number.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]
