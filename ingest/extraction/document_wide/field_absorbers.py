"""The field a sample holding an absorber was driven by, and the roles a value's passage declares. An additive put in
to take up a field's energy (a PhotothermalMicrowaveAbsorber: 'B as a microwave absorber', 'TiO2-x acts as a hot
spot', 'light-induced vacancies in LiH') is there for the field: its sample is driven by the field the passage names
(the value's sentence or one before it in the passage, else the passage's heading, 'Microwave-Driven Techniques'),
though the value's own sentence names none; where its paragraph speaks of catalysis too ('an additive that both
absorbs microwaves and catalyses', 'microwave-assisted catalysts'), the absorber is credited with the catalysis its
composition gives as well. Read once the values are placed on their samples (a value a figure
panel moved onto a mixture too, ingest/extraction/document_wide/figure_samples.py)."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from itertools import accumulate
from typing import Any

from ingest.extraction.prose.prose_naming import field_named
from ingest.extraction.samples.declared_roles import declarations, declared_roles
from ingest.extraction.text.nlp import clean_text, mentions
from ontology.literal_patterns import alternation
from ontology.models import MaterialSystem, Measurement, SystemReport
from ontology.namespaces import HKG
from ontology.role_words import role_nouns, role_verbs
from ontology.strategy_rules import ROLES, composition_strategies, field_driving, holds_absorber
from ontology.vocabulary import vocabulary


def sentence_at(sentences: list, start: int):
    """The sentence the text at ``start`` is in, else None."""
    return next((s for s in sentences if s.start <= start < max(s.end, s.start + 1)), None)


def sentence_finder(sentences: list) -> Callable[[int], Any]:
    """``sentence_at`` of ``sentences`` for many places, each found by bisection rather than by a scan of the
    document for every value, where the sentences are in the order of their starts (a document's; one a table cut in
    two and joined holds the table's footnote: the first holding the place is still the one given); of sentences in
    another order, by that scan."""
    try:
        starts = [s.start for s in sentences]
        reach = list(accumulate((max(s.end, s.start + 1) for s in sentences), max))  # the furthest end so far
        ordered = all(a <= b for a, b in zip(starts, starts[1:]))
    except TypeError:     # (a sentence without its place: the scan meets it as before)
        ordered = False
    if not ordered:
        return lambda start: sentence_at(sentences, start)

    def at(start: int):
        # (the sentences starting at ``start`` or before are the first ones; the first of them to end after it is
        # the first whose furthest end so far passes it)
        first = bisect_right(reach, start)
        return sentences[first] if first < len(sentences) and starts[first] <= start else None
    return at


def _passage(sentences: list, start: int) -> list:
    """The sentences of the passage (section and heading) of the sentence at ``start``, up to and with it."""
    at = sentence_at(sentences, start)
    if at is None:
        return []
    return [s for s in sentences if (s.section, s.passage) == (at.section, at.passage) and s.start <= at.start]


def _field_of(passage: list) -> str | None:
    """The field the passage names last up to its value's sentence, else its heading's."""
    for s in reversed(passage):
        text = clean_text(s.text).text
        if (named := field_named(text, mentions(text))) is not None:
            return named
    heading = clean_text(passage[-1].heading or "").text if passage else ""
    return field_named(heading, mentions(heading)) if heading else None


@cache
def _catalysis_words() -> re.Pattern[str]:
    """The ontology's words for a catalyst ('catalyst', 'catalytic additive') and for catalysing ('catalyses')."""
    nouns = [n for n, role in role_nouns().items() if role == ROLES["catalyst"]]
    verbs = [p for p, role in role_verbs() if role == ROLES["catalyst"] and re.fullmatch(p, "catalyses")]
    return re.compile("|".join([rf"\b{alternation(nouns)}\b", *verbs]), re.I)


def _credited_catalysis(system: MaterialSystem, paragraph: list) -> list[str]:
    """The catalysis strategies the absorbers' composition gives, when the paragraph speaks of catalysis; else []."""
    if not any(_catalysis_words().search(s.text) for s in paragraph):
        return []
    as_catalysts = system.model_copy(update={"additives": [
        a.model_copy(update={"role": ROLES["catalyst"]}) if a.role == ROLES["absorber"] else a
        for a in system.additives]})
    return [st for st in composition_strategies(as_catalysts) if not field_driving(st)]


def absorber_fields(measurements: list[Measurement], reports: list[SystemReport], sentences: list
                    ) -> list[SystemReport]:
    """A report, for each prose value on a sample holding an absorber, of the passage's field where the value's place
    reports none, and of the catalysis its paragraph credits the absorber with."""
    fielded = {(r.system.name, r.source.start) for r in reports if any(map(field_driving, r.strategies))}
    out: list[SystemReport] = []
    for m in measurements:
        src = m.source
        if src.table is not None or src.start is None or not holds_absorber(m.system):
            continue
        passage = _passage(sentences, src.start)
        if not passage:
            continue
        field = None if (m.system.name, src.start) in fielded else _field_of(passage)
        fielded.add((m.system.name, src.start))
        at = (passage[-1].section, passage[-1].passage, passage[-1].paragraph)
        paragraph = [s for s in sentences if (s.section, s.passage, s.paragraph) == at]
        said = [*([field] if field else []), *_credited_catalysis(m.system, paragraph)]
        if said:
            out.append(SystemReport(system=m.system, strategies=said, source=src))
    return out


@cache
def _fields_set() -> dict[str, str]:
    """Condition key → the field-driving strategy the condition is the setting of (the ontology's
    hkg:settingOfField: a light intensity is light's)."""
    vocab = vocabulary()
    out = {}
    for key in vocab.condition_keys():
        term = vocab.property(key)
        found = next(iter(vocab.graph.objects(HKG[term.id], HKG.settingOfField)), None)
        if found is not None:
            out[key] = str(found).removeprefix(str(HKG))
    return out


def condition_fields(measurements: list[Measurement], reports: list[SystemReport]) -> list[SystemReport]:
    """A report, for each prose value measured under a field's setting ('under 1 W cm−2': a light intensity), of
    that field's driving strategy where the value's place reports none: the sample was driven by the field its
    setting is of, though the sentence names the field by no word of its own."""
    fielded = {(r.system.name, r.source.start) for r in reports if any(map(field_driving, r.strategies))}
    fields = _fields_set()
    out: list[SystemReport] = []
    for m in measurements:
        src = m.source
        if src.table is not None or src.start is None or (m.system.name, src.start) in fielded:
            continue
        said = sorted({fields[k] for k in m.conditions if k in fields})
        if said:
            fielded.add((m.system.name, src.start))
            out.append(SystemReport(system=m.system, strategies=said, source=src))
    return out


def passage_roles(sentences: list, start: int) -> dict[str, str]:
    """Formula → Role of what the passage of the sentence at ``start`` declares its additives to be, in all its
    sentences ('light-induced vacancies in LiH' before or after the value)."""
    at = sentence_at(sentences, start)
    if at is None:
        return {}
    said: list[tuple[str, str]] = []
    for s in sentences:
        if (s.section, s.passage) == (at.section, at.passage):
            text = clean_text(s.text).text
            said += [(f, role) for _, f, role in declarations(text, mentions(text))]
    return declared_roles(said)
