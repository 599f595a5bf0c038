"""The use a document states for what it studies, in its title and opening sentences, as a report of each measured
system whose host serves more than one use.

A host such as LiBH4 is both a hydrogen store and a Li-ion conductor: a value of no use of its own (an enthalpy of
mixing, a melting point, a particle size) said in a sentence silent on either use belongs to the use the document
is about. Where the document says nothing of lithium storage, such a host is a hydrogen store
(``ingest.extract.RecordContext.application_of``); an abstract that opens on what substitution does for the Li-ion
conductivity of LiBH4, then measures its solid solutions' enthalpies, studies an electrolyte. The opening states
the use by naming a use (the ontology's Application terms: 'solid electrolyte', 'anode', 'hydrogen storage') or a
property that serves one use only (its ``hkg:appliesTo``: 'Li-ion conductivity', 'hydrogen capacity'); an opening
that names uses of both branches (hydrogen and lithium storage) states none.
"""
from __future__ import annotations

import re

from ingest.extraction.text.challenges import find_terms
from ingest.extraction.text.shared_words import members_of, shared_after
from ontology.models import Measurement, SourceRef, SystemReport
from ontology.system import host_formula
from ontology.vocabulary import vocabulary

# the sentences after the title that open the document: where an abstract says what its study is for
OPENING_SENTENCES = 2
_USES = ("HydrogenStorage", "LithiumStorage")   # the ontology's two branches of Application


# "Hydrogen and Lithium Storage (Applications)", "hydrogen or Li-ion storage": uses sharing the words after the last
# member, written once (one or two of them)
_SHARED = re.compile(shared_after())


def _with_shared_words(text: str) -> str:
    """The text with each member of such a list but the last (which the shared words follow already) written out
    with the words the list shares ('Hydrogen and Lithium Storage Applications' also reads 'Hydrogen Storage',
    'Hydrogen Storage Applications'), so that a use named so is found."""
    out = [text]
    for m in _SHARED.finditer(text):
        shared = m["shared"].split()
        for name in members_of(m)[:-1]:
            out += [f"{name} {shared[0]}"] + ([f"{name} {' '.join(shared)}"] if len(shared) > 1 else [])
    return " ; ".join(out)


def stated_uses(texts: list[str]) -> set[str]:
    """The applications the texts state, by Application terms and by the one-use properties they name; empty
    where they name uses of both branches or none ('Hydrogen and Lithium Storage' names both)."""
    vocab = vocabulary()
    apps: set[str] = set()
    for text in texts:
        for tid in find_terms(_with_shared_words(text), ("Property", "Application")):
            term = vocab.get(tid)
            apps |= {tid} if term.kind == "Application" else set(term.applications)
    branches = {b for a in apps for b in _USES if vocab.is_a(a, b)}
    return apps if len(branches) == 1 else set()


def stated_use_reports(measurements: list[Measurement], opening: list, title=None) -> list[SystemReport]:
    """A report of each measured system whose host has several uses, exactly one of which the document's opening
    (``title`` and the first ``OPENING_SENTENCES`` of ``opening``) states, placed at the sentence that states it."""
    vocab = vocabulary()
    said = [s for s in ([title] if title is not None else []) + list(opening[:OPENING_SENTENCES])
            if stated_uses([s.text])]
    apps = stated_uses([s.text for s in said])
    if not apps or not measurements:
        return []
    at = said[0]
    source_id = measurements[0].source.source_id
    ref = SourceRef(source_id=source_id, section=at.section, start=at.start, end=at.end)
    out: dict[str, SystemReport] = {}
    for m in measurements:
        host = vocab.by_formula(host_formula(m.system))
        uses = list(host.applications) if host is not None else []
        fits = [h for h in uses if any(vocab.is_a(h, a) or vocab.is_a(a, h) for a in apps)]
        if len(uses) > 1 and len(fits) == 1 and m.system.id not in out:
            out[m.system.id] = SystemReport(system=m.system, applications=fits, source=ref)
    return list(out.values())
