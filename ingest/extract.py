"""A hydride paper (Markdown or plain text) → GraphBatch: source, references, table and prose facts.

``ingest.documents.document`` gives the structure (sections, blocks, sentences with absolute offsets, tables,
the reference list); ``ingest.extraction.tables.tables`` turns table rows into measurements;
``ingest.extraction.prose.prose`` reads the sentences; ``ingest.extraction.text.challenges`` finds the open problems
named in outlook sections. Only facts, figures, offsets and citation keys go into the batch — never the sentences
themselves.
"""
from __future__ import annotations

import functools
import gc
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ingest.documents.document import Sentence, parse_document, references
from ingest.extraction.document_wide.carried_forms import carried_forms
from ingest.extraction.document_wide.confidence import abstains
from ingest.extraction.document_wide.field_absorbers import absorber_fields, condition_fields
from ingest.extraction.document_wide.figure_samples import with_figure_samples
from ingest.extraction.document_wide.label_loadings import apply_label_loadings
from ingest.extraction.document_wide.stated_use import stated_use_reports
from ingest.extraction.document_wide.strategies import (
    HELD,
    apply_application_roles,
    apply_strategies,
    held_in_carbon,
    is_held,
)
from ingest.extraction.mechanisms.mechanisms import mechanism_claims
from ingest.extraction.prose.prose import extract_sentences
from ingest.extraction.samples.class_samples import without_class_additives
from ingest.extraction.tables.table_samples import rows_named_by_prose
from ingest.extraction.tables.table_units import KIND as TABLE_UNIT, property_name, reconcile_table_units
from ingest.extraction.tables.tables import table_facts
from ingest.extraction.text.challenges import challenge_statements
from ingest.extraction.text.nlp import reading_once
from ingest.extraction.values.condition_terms import apply_condition_terms
from ontology.electrode_roles import anode_material, electrolyte_not_anode, holding_carbon, system_in_application
from ontology.errors import UserError
from ontology.models import GraphBatch, Measurement, Source, SystemReport, stable_id
from ontology.strategy_rules import (
    ROLES,
    composition_strategies,
    field_driving,
    holds_absorber,
    merge,
    sentence_wide,
    specific,
)
from ontology.system import alloy_without_formula, component_name, host_formula
from ontology.text_memo import new_document
from ontology.vocabulary import vocabulary

_DOI_LINE = re.compile(r"\bDOI:?\s*(10\.\d{4,9}/[^\s<>\"')]+)", re.I)
_DOI_ANY = re.compile(r"\b(10\.\d{4,9}/[^\s<>\"')]+)")
_TITLE = re.compile(r"^\s*#\s+(.+?)\s*$", re.M)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Blocks of these kinds are running text; captions are kept apart (they describe figures).
PROSE_KINDS = ("prose", "paragraph", "text")


def _doi(text: str) -> str | None:
    head = text[:30000]  # the DOI line sits after the abstract in converted papers
    m = _DOI_LINE.search(head) or _DOI_ANY.search(head)
    return m.group(1).rstrip(".,;") if m else None


def make_source(text: str, doc=None, source_id: str | None = None) -> Source:
    """The Source of a document: id from the DOI (or the title), title from the first heading."""
    doi = getattr(doc, "doi", None) or _doi(text)
    title = getattr(doc, "title", None)
    if not title:
        m = _TITLE.search(text[:5000])
        title = m.group(1) if m else (text.strip().splitlines() or ["untitled document"])[0][:200]
    sid = source_id or (f"doi:{doi}" if doi else stable_id("src", title))
    return Source(id=sid, kind="publication", title=title, doi=doi, year=_publication_year(text),
                  url=f"https://doi.org/{doi}" if doi else None)


# Journal article footers: "Received: 3 March 2021 … Revised: 9 June 2021 … Published online: …"
# (the indent is read within the line: '^\s*' ran on over every blank line after each line start, n² work on a
# run of blank lines; a line after blank ones is tried at its own start)
_HISTORY = re.compile(r"^[^\S\n]*\**(Published(?: online)?|Accepted|Revised|Received)\**:?\**[ \t]*([^\n]{0,40})",
                      re.I | re.M)


def _publication_year(text: str) -> int | None:
    """The year of the publication history: published, else the latest of accepted/revised/received."""
    dates = {}
    for m in _HISTORY.finditer(text):
        y = _YEAR.search(m.group(2))
        if y:
            dates.setdefault(m.group(1).split()[0].lower(), []).append(int(y.group(0)))
    for key in ("published", "accepted", "revised", "received"):
        if key in dates:
            return max(dates[key])
    return None


# A sentence cut by a table or figure a converted PDF put in its middle: the text before the break
# ends without a full stop, the text after it starts in lower case or with a number.
_OPEN_END = re.compile(r"[^.!?:;]\s*$")
_CONTINUES = re.compile(r"^\s*(?:[a-z0-9(]|\$?\s*\d)")
_BREAKING_KINDS = ("table", "caption", "equation")


def _prose_sentences(doc) -> list:
    """Sentences of running text (not captions, tables or references), in document order; a
    sentence a table or caption cut in two is read as one."""
    out = []
    pending = None   # index in out of the last sentence of the previous prose block, if it was cut off
    after_table = False
    for block in getattr(doc, "blocks", []) or []:
        kind = getattr(block, "kind", "prose")
        if kind not in PROSE_KINDS:
            if kind not in _BREAKING_KINDS:
                pending = None
            after_table = after_table or kind == "table"
            continue
        sents = list(getattr(block, "sentences", []) or [])
        text = getattr(block, "text", "") or " ".join(x.text for x in sents)
        if after_table and len(text) < 120 and _OPEN_END.search(text):
            out.extend(sents)   # a table's footnote ("T: theoretical; E: experimental"): no break
            continue
        after_table = False
        if pending is not None and sents and _CONTINUES.match(sents[0].text):
            out[pending] = _joined_sentence(out[pending], sents.pop(0))
        out.extend(sents)
        last = out[-1] if sents else None
        pending = len(out) - 1 if last is not None and _OPEN_END.search(_without_citation(last.text)) else None
    if not out and hasattr(doc, "sentences"):
        found = doc.sentences() if callable(doc.sentences) else doc.sentences
        out = [s for s in found if getattr(s, "kind", "prose") in PROSE_KINDS]
    return out


def _without_citation(text: str) -> str:
    return re.sub(r"(?:<sup>[^<]*</sup>|\$\^\{[^}]*\}\$)\s*$", "", text.rstrip())


def _joined_sentence(head, tail):
    """One sentence from the two pieces a table cut apart (offsets from the first piece's start to
    the second's end; the text is the two pieces joined by a space)."""
    from dataclasses import is_dataclass, replace

    fields = {"text": f"{head.text} {tail.text}", "end": tail.end,
              "refs": list(dict.fromkeys([*getattr(head, "refs", []), *getattr(tail, "refs", [])]))}
    if is_dataclass(head):
        return replace(head, **fields)
    for k, v in fields.items():
        setattr(head, k, v)
    return head


def _title_sentence(doc) -> Sentence | None:
    """The document's title (its first block, when a heading) as a sentence of its own, for the claim reader:
    a title such as 'Interfacial pathways in X/Y boost the conductivity' states a finding. None without one."""
    blocks = getattr(doc, "blocks", None) or []
    first = blocks[0] if blocks else None
    title = getattr(doc, "title", None)
    if first is None or getattr(first, "kind", None) != "heading" or not title or title not in first.text:
        return None
    start = first.start + first.text.index(title)
    return Sentence(text=title, start=start, end=start + len(title), section=None, refs=[], paragraph=0,
                    kind="heading", passage=0, heading="")


def _section_titles(doc) -> dict[str, str]:
    titles = {}
    for sec in getattr(doc, "sections", []) or []:
        number = getattr(sec, "number", None)
        if number:
            titles[number] = getattr(sec, "title", "") or ""
    return titles


def _gc_paused(extract):
    """Run ``extract`` with the cyclic garbage collector paused. Extraction makes hundreds of
    thousands of short-lived objects, freed by their reference counts, and keeps thousands alive
    to the end (sentences, mentions, facts): the collector walked those again and again (a
    twentieth of the time) to find no cycles. It runs once, on the young objects, at the end.

    The per-document caches are emptied at the end too, before that collection (and again as the next
    extraction starts): kept to the next document, their tens of thousands of entries were young objects
    the collection walked for nothing, and were freed inside the next extraction."""
    @functools.wraps(extract)
    def paused(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return extract(*args, **kwargs)
        finally:
            new_document()
            if enabled:
                gc.enable()
                gc.collect(0)
    return paused


@_gc_paused
@reading_once()     # the sentences' mentions found once, for the measurements and the mechanism claims
def extract_text(text: str, source_id: str | None = None, progress=False) -> GraphBatch:
    """Everything the pipeline reads from one document, as one batch (loaded atomically).

    ``progress``: True for a bar on stderr, or a callable ``(done, total, step)`` (a UI's bar)."""
    new_document()      # the caches keyed on a document's text start empty: each document is read cold
    steps = ["structure", "references", "tables", "prose", "challenges"]
    bar = _bar(steps, progress)
    doc = parse_document(text)
    bar.update(1)
    source = make_source(text, doc, source_id)
    batch = GraphBatch(sources=[source])
    batch.references.extend(references(doc, source.id))
    bar.update(1)
    batch.extend(table_facts(doc, source.id))
    bar.update(1)
    sentences = _prose_sentences(doc)
    measurements, reports = apply_label_loadings(*extract_sentences(sentences, source.id), sentences)
    measurements, reports = _without_abstained(measurements, reports, sentences)
    measurements = with_figure_samples(measurements, sentences, doc)   # "… (Figure 3b)": the mixture the panel shows
    reports = [*reports, *absorber_fields(measurements, reports, sentences)]   # an absorber's sample: the field's
    reports = [*reports, *condition_fields(measurements, reports)]   # measured under a light intensity: light's
    reports = [*reports, *carried_forms(measurements, reports, sentences)]   # made of the nanoparticles named before
    batch.measurements.extend(apply_condition_terms(measurements, sentences))
    batch.reports.extend(reports)
    # (a multi-use host's values of no use of their own serve the use the title and opening sentences state)
    batch.reports.extend(stated_use_reports(batch.measurements, sentences, _title_sentence(doc)))
    apply_strategies(batch)
    apply_application_roles(batch)
    batch = rows_named_by_prose(batch)   # 'MH@HyC': the sample the prose gives the row's value for
    # A table cell its own text reads 10³ off is given at the text's unit, with a note: the table is
    # checked against the prose here, where both are read, so every consumer gets the corrected value.
    batch = reconcile_table_units(batch)
    bar.update(1)
    batch.challenges.extend(challenge_statements(sentences, _section_titles(doc), source.id))
    batch.mechanisms.extend(mechanism_claims(sentences, source.id, _section_titles(doc), batch.measurements,
                                             title=_title_sentence(doc), reports=batch.reports))
    batch = without_class_additives(batch)
    bar.update(1)
    bar.close()
    return batch


def _without_abstained(measurements: list[Measurement], reports: list[SystemReport], sentences: list
                       ) -> tuple[list[Measurement], list[SystemReport]]:
    """The values the extractor abstains on (``ingest.extraction.document_wide.confidence.abstains``, given each value's
    own sentence) dropped; what a dropped value's property says the study is for (an activation energy of conduction: a
    solid electrolyte) stays, as a report of its system, so the values kept are put to the same use."""
    said_at = {s.start: s.text for s in sentences}
    dropped = [m for m in measurements if abstains(m, said_at.get(m.source.start, ""))]
    if not dropped:
        return measurements, reports
    gone = {id(d) for d in dropped}   # (the values themselves, by identity: two equal values are two places)
    kept = [m for m in measurements if id(m) not in gone]
    return kept, reports + [SystemReport(system=m.system, applications=list(_own_applications(m.property)),
                                         source=m.source) for m in dropped if _own_applications(m.property)]


def extract_file(path, source_id: str | None = None, progress=False) -> GraphBatch:
    path = Path(path)
    if path.suffix.lower() == ".pdf":          # PDF → Markdown first (ingest.documents.pdf), with pages
        from .paper import extract_paper

        return extract_paper(path, source_id=source_id, progress=progress).batch
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UserError(f"'{path}' is not UTF-8 text", field="path",
                        fix="convert the paper to Markdown or plain text") from None
    return extract_text(text, source_id=source_id, progress=progress)


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


class _CallbackBar:
    """Reports each finished step to ``callback(done, total, next step or 'done')``."""

    def __init__(self, steps: list[str], callback):
        self.steps, self.callback, self.done = steps, callback, 0

    def update(self, n: int = 1) -> None:
        self.done += n
        following = self.steps[self.done] if self.done < len(self.steps) else "done"
        self.callback(self.done, len(self.steps), following)

    def close(self) -> None:
        pass


def _bar(steps: list[str], progress):
    if callable(progress):
        return _CallbackBar(steps, progress)
    if not progress:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=len(steps), desc="extracting", unit="step", file=sys.stderr, leave=False)


# --------------------------------------------------------------------- what a record is about
class RecordContext:
    """What the reports of a batch say about each system (strategies, applications), so that a
    measurement record can carry them: a value of LiBH4@SBA-15 is a nanoconfinement result."""

    def __init__(self, batch: GraphBatch):
        self.strategies: dict[tuple[str, str], dict[str, None]] = {}
        self.placed: dict[tuple, dict[str, None]] = {}
        self.absorbed: dict[tuple[str, str], dict[str, None]] = {}   # the fields samples holding an absorber ran under
        self.said: dict[tuple, list[tuple[int, list[str]]]] = {}     # prose reports per section, in order
        self.applications: dict[tuple[str, str], dict[str, None]] = {}
        # (source, table, row) → the note of a table cell stored at its text's unit (table_units)
        self.unit_notes = {(c.source.source_id, c.source.table, c.source.row): c.description
                           for c in batch.conflicts if c.kind == TABLE_UNIT}
        for r in batch.reports:
            key = (r.source.source_id, r.system.id)
            # (the field a sample holding an absorber is driven by is that sample's: a record of the same formulas
            # elsewhere whose additive plays another part, carbon as a scaffold, was not run under it)
            absorbed = holds_absorber(r.system)
            self.strategies.setdefault(key, {}).update(dict.fromkeys(
                s for s in r.strategies if not (absorbed and field_driving(s))))
            if absorbed:
                self.absorbed.setdefault(key, {}).update(dict.fromkeys(filter(field_driving, r.strategies)))
            self.placed.setdefault((*key, *_place(r.source)), {}).update(dict.fromkeys(r.strategies))
            if r.source.table is None and r.source.start is not None:
                self.said.setdefault((*key, r.source.section), []).append((r.source.start, r.strategies))
            self.applications.setdefault(key, {}).update(dict.fromkeys(r.applications))
        self.held = held_in_carbon(batch)
        # the applications the source's values give by their own properties, per system and for the whole
        # source: what a value of no application of its own (a particle size, a melting point) is for
        self.valued: dict[tuple, Counter[str]] = defaultdict(Counter)
        for m in batch.measurements:
            for app in _own_applications(m.property):
                self.valued[(m.source.source_id, m.system.id)][app] += 1
        # a cell's capacity recorded on its electrolyte counts as the electrolyte's value (``_cell_on_electrolyte``):
        # the retention of the same cells, of no application of its own, follows the capacities where they are
        # the electrolyte's, not a tie between the electrolyte's conductivity and its cells' capacities
        counted: dict[tuple, Counter[str]] = defaultdict(Counter)
        for m in batch.measurements:
            for app in _own_applications(m.property):
                if self._cell_on_electrolyte(m, [app]):
                    app = "SolidElectrolyte"
                counted[(m.source.source_id, m.system.id)][app] += 1
                counted[(m.source.source_id, "")][app] += 1
                for section in _section_and_parents(m.source.section):
                    counted[(m.source.source_id, m.system.id, section)][app] += 1
                    counted[(m.source.source_id, "", section)][app] += 1
        self.valued = counted
        # the sources that say anything of lithium storage — a report of a lithium-storage use, a value of a
        # lithium-storage property, a value measured at a setting only a cell has (a current density, a C-rate):
        # where one says nothing of it, a host of both uses is a hydrogen store (``application_of``)
        vocab = vocabulary()
        self.lithium_said = {r.source.source_id for r in batch.reports
                             if any(vocab.is_a(a, "LithiumStorage") for a in r.applications)}
        self.lithium_said |= {m.source.source_id for m in batch.measurements
                              if any(vocab.is_a(a, "LithiumStorage") for a in _value_applications(m))}

    def _valued_application(self, m: Measurement) -> list[str]:
        """For a property of no application of its own: the application of the system's other values in
        the source when they agree on one, else the one most of the source's values have (an electrolyte
        paper's melting point is the electrolyte's, a hydrogen-storage paper's particle size is not an
        anode's); empty for a property that has its own. A source in numbered sections is asked section by
        section first, the value's own and then the ones it sits in (a review's anode section: the particle
        size of a conversion electrode cycled there, MgH2's volume expansion on lithiation, is an anode's
        though MgH2's values elsewhere store hydrogen): the system's values there, then all values there."""
        if _own_applications(m.property):
            return []
        src, sys_id = m.source.source_id, m.system.id
        keys = [k for sec in _section_and_parents(m.source.section) for k in ((src, sys_id, sec), (src, "", sec))]
        for key in (*keys, (src, sys_id), (src, "")):
            ranked = self.valued.get(key, Counter()).most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                return [ranked[0][0]]
        return []

    def said_of(self, m: Measurement, strategies: list[str]) -> tuple[str, ...]:
        """What the document says of the record's system that decides its additives' roles: its
        strategies, and whether the document puts its host in carbon (``held_in_carbon``)."""
        return (*strategies, *(HELD if is_held(m, self.held) else ()))

    def note_of(self, m: Measurement) -> str | None:
        """Why the value differs from the source's cell (a unit corrected against the text), if it does."""
        s = m.source
        note = self.unit_notes.get((s.source_id, s.table, s.row)) if s.table else None
        return note if note and f": {property_name(m.property)} " in note else None

    def strategies_of(self, m: Measurement) -> list[str]:
        """The strategies reported for the system (``_reported_strategies``) as its composition shows them in
        the record's application: a report read without one ('the MgH2/C electrode kept 62 % of its
        capacity': a retention serves hydrogen stores too) misses the carbon's conductive compositing that
        the record's components (a ConductiveAdditive in the anode) show, and keeps what the composition
        shows only outside it (an electrolyte's SiO2 read as a catalyst)."""
        reported = self._reported_strategies(m)
        term = {name: t for t, name in _leaf_applications().items()}.get(self.application_of(m) or "")
        if not reported and is_held(m, self.held) and _carbon_scaffold(m.system, term, self.said_of(m, reported)):
            # (a carbon the record's roles make its scaffold because the section put this host inside carbon
            # (``is_held``), where nothing else names a strategy: the record is a confinement result as its roles
            # say, though its own notation, 'LiBH4–C', names none; an anode's carbon scaffold is its conductive
            # compositing, which the strategies already say; graphite merely milled in is held by nothing)
            reported = [*HELD]
        if term is None or not m.system.additives:
            return reported
        # (read from the strategies said of how the sample is made, not of what it is made of: those the
        # composition decides are what is read again)
        said = [st for st in reported if sentence_wide(st)]
        without, within = set(merge(said, m.system)), set(merge(said, m.system, term))
        if within == without:
            return reported
        return specific((set(reported) - (without - within)) | (within - without))

    def _reported_strategies(self, m: Measurement) -> list[str]:
        """The strategies reported for the system where the value stands (its sentence or row);
        else, for a modified system, those the source reports for it anywhere; for a bare host
        ('MgH2', named in sentences about every strategy) those of the last sentence before the
        value in its section that reports it ('thin-film MgH2 … The film delivers 1500 mAh/g')."""
        if not m.system.bare:
            pass
        elif m.baseline or not _stores_hydrogen(m.system):
            # the reference a paper compares against ('a ball-milled MgH2 powder electrode' in a thin-film
            # paper) is not made by the paper's strategy: only what its own composition shows; nor is a
            # material that stores no hydrogen (a catalyst's particle size: 'the ZrO2 nanoparticles, 5 nm')
            return composition_strategies(m.system)
        key = (m.source.source_id, m.system.id)
        here = self.placed.get((*key, *_place(m.source)))
        if here or here is not None and (not m.system.bare or m.source.table is not None):
            return list(here)     # (a bare host's sentence that credits only a mechanism names no strategy)
        if not m.system.bare:
            return list(dict.fromkeys([*self.strategies.get(key, {}),
                                       *(self.absorbed.get(key, {}) if holds_absorber(m.system) else ())]))
        if m.source.table is not None or m.source.start is None:
            return []
        if m.basis == "theoretical":
            # a compound's theoretical value (its formula gives it) is no result of the sample an earlier
            # sentence made ('MgH2 nanoparticles … The theoretical capacity of MgH2 is …')
            return composition_strategies(m.system)
        before = [st for start, st in self.said.get((*key, m.source.section), []) if start <= m.source.start and st]
        return list(dict.fromkeys(before[-1])) if before else []

    def _cell_on_electrolyte(self, m: Measurement, said: list[str]) -> bool:
        """A cell's capacity recorded on the electrolyte it was measured with ('Li–S cells with the LiBH4–LiCl
        electrolyte deliver 1377 mAh/g'): the record is the electrolyte's, where its host is no anode and the
        source says the system is an electrolyte or gives it an electrolyte's values; or where the value was
        measured in an all-solid-state cell and its host is a hydride the ontology uses as an electrolyte and
        never as an anode (a silicon or aluminium anode cycled with LiBH4 as the electrolyte: the electrode, no
        hydride, is no sample, and the cell's capacity stays on the electrolyte between its electrodes; "the
        LiBH4 anode delivers …", of no cell, stays an anode's); or where the ontology knows no use of the host
        but as an electrolyte (LiCB11H12, Na2B12H12): the cells' anodes the text names ('cells with Li metal
        and In anodes') are their electrodes, and the hydride between them is what it always is."""
        if "Anode" not in said:
            return False   # (most values: no capacity, nothing to look up)
        vocab = vocabulary()
        host = vocab.by_formula(host_formula(m.system))
        host_apps = list(host.applications) if host is not None else []
        key = (m.source.source_id, m.system.id)
        told, valued = self.applications.get(key, {}), self.valued.get(key, Counter())
        return "Anode" not in host_apps and "Anode" not in told \
            and ("SolidElectrolyte" in told or bool(valued["SolidElectrolyte"]) or _in_solid_cell(m, vocab)
                 or bool(host_apps) and all(vocab.is_a(a, "SolidElectrolyte") for a in host_apps))

    def application_of(self, m: Measurement) -> str | None:
        """One of the ontology's leaf applications ('hydrogen_storage', 'solid_electrolyte', 'anode', …): the
        property's own application when the ontology gives one, else what the source says the system is for, else
        the host's."""
        vocab = vocabulary()
        leaves = _leaf_applications()
        host = vocab.by_formula(host_formula(m.system))
        host_apps = list(host.applications) if host is not None else []
        said = [*vocab.property(m.property).applications, *self._valued_application(m)]
        if self._cell_on_electrolyte(m, said):
            said = ["SolidElectrolyte"]
        # what the source says the system is for, where the host can be used so ('MgH2 … in a cell with
        # LiBH4 as the solid electrolyte' says the cell has an electrolyte; the MgH2 system is the anode)
        # (a host the ontology gives no lithium-storage use takes what the source says)
        li_apps = [h for h in host_apps if vocab.is_a(h, "LithiumStorage")]
        said += [a for a in self.applications.get((m.source.source_id, m.system.id), {})
                 if not li_apps or not vocab.is_a(a, "LithiumStorage")
                 or any(vocab.is_a(a, h) or vocab.is_a(h, a) for h in li_apps)]
        said += host_apps if m.source.source_id in self.lithium_said else _hydrogen_first(host_apps)
        for app in said:
            if app in leaves:
                return leaves[_in_solution(m, app)]
            narrower = [a for a in leaves if vocab.is_a(a, app)]
            if len(narrower) > 1 and host is not None and not li_apps and vocab.is_a(app, "LithiumStorage"):
                # a lithium-storage property (coulombic efficiency) of a hydride the ontology uses for hydrogen
                # storage only (Mg2FeH6, Mg2CoH5 in a lithium cell): such a hydride reacts with lithium by
                # conversion, an anode; the electrolytes are the ones the ontology knows as such
                narrower = [a for a in narrower if vocab.is_a(a, "Anode")]
            if len(narrower) > 1:
                # a lithium-storage property (coulombic efficiency) of a host used in one lithium-storage
                # application only: MgH2 is an anode, never an electrolyte, whatever the cell around it
                narrower = [a for a in narrower if any(vocab.is_a(a, h) for h in host_apps)]
            if len(narrower) == 1:
                return leaves[_in_solution(m, narrower[0])]
        return None


def _carbon_scaffold(system, term: str | None, said: tuple[str, ...]) -> bool:
    """A carbon that can hold a hydride (no sheet: ``holding_carbon``) is the scaffold of ``system`` as its record
    gives the roles (``components_of``)."""
    if not system.additives:
        return False
    if term is not None:
        system = system_in_application(system, term, said)
    return any(a.role == ROLES["scaffold"] and holding_carbon(a) for a in system.additives)


def _section_and_parents(section: str | None) -> list[str]:
    """A numbered section and the sections it sits in, innermost first ('3.2.1' -> 3.2.1, 3.2, 3); a section
    labelled otherwise ('A1', 'Abstract') is itself alone; none for a value outside any section."""
    if not section:
        return []
    parts = section.split(".")
    if not all(p.isdigit() for p in parts):
        return [section]
    return [".".join(parts[:n]) for n in range(len(parts), 0, -1)]


def _in_solution(m: Measurement, app: str) -> str:
    """The application of an electrolyte's value measured on its salt dissolved in a liquid ("Mg(BH4)2 in THF
    conducts 2 mS/cm": the sentence's electrolyte medium, ``hkg:ElectrolyteMediumCondition``) is the liquid
    electrolyte's; a salt held in a scaffold's pores is the solid it was infiltrated into, whatever solvent it came
    from."""
    if app != "SolidElectrolyte" or m.condition_terms.get(_MEDIUM) != _DISSOLVED \
            or any(c.role == "ScaffoldConfinementHost" for c in m.system.components):
        return app
    return _LIQUID


_MEDIUM, _DISSOLVED, _LIQUID = "electrolyte_medium", "DissolvedInLiquid", "LiquidElectrolyte"


def _applications_of_key(key: str) -> tuple[str, ...]:
    """The applications (``hkg:appliesTo``) of a property or condition key; () for a key the ontology lacks."""
    try:
        return vocabulary().property(key).applications
    except KeyError:
        return ()


def _value_applications(m: Measurement) -> tuple[str, ...]:
    """The applications a value says by itself: its property's own, its settings' (a current density: a cell's)."""
    return (*_own_applications(m.property), *(a for k in m.conditions for a in _applications_of_key(k)))


def _hydrogen_first(host_apps: list[str]) -> list[str]:
    """A host's uses with hydrogen storage first: a source that never speaks of lithium storage ('Mg films
    capped by Pd absorb hydrogen …') uses MgH2, LiAlH4 or Mg2NiH4 as a hydrogen store; a lithium-storage use is
    always said (a cell, an electrode, mAh/g)."""
    return sorted(host_apps, key=lambda a: a != "HydrogenStorage")


def _in_solid_cell(m: Measurement, vocab) -> bool:
    """The value was measured in an all-solid-state cell, and the record's host is a hydride the ontology
    applies to solid electrolytes and not to anodes (LiBH4, Li2B12H12, LiCB11H12), every part of its system
    a material the ontology knows, none an anode material (a part it does not know, an abbreviation left
    unresolved, may be the anode itself)."""
    return m.condition_terms.get("cell_type") == "AllSolidStateCell" \
        and electrolyte_not_anode(host_formula(m.system), vocab) \
        and all(vocab.by_formula(c.formula) is not None and not anode_material(c.formula, vocab)
                for c in m.system.components)


def _place(ref) -> tuple:
    # a table row is one place whatever cell of it a value stands in
    return (ref.section, ref.table, ref.row, None if ref.table is not None else ref.start)


def _stores_hydrogen(system) -> bool:
    """A hydride, or a metal written for its hydride ('Mg'), or an alloy named without a formula ('AZ91', 'MmNi5'):
    what a storage strategy can be applied to."""
    return bool(re.search(r"[HD](?![a-z])", host_formula(system))) \
        or alloy_without_formula(system.host.formula) is not None


def _own_applications(key: str) -> tuple[str, ...]:
    """The leaf applications (term ids) a property is for by itself: ionic conductivity the solid
    electrolyte's; none for a particle size."""
    leaves = _leaf_applications()
    return tuple(a for a in vocabulary().property(key).applications if a in leaves)


def _leaf_applications() -> dict[str, str]:
    """Application term id -> contract name ('HydrogenStorage' -> 'hydrogen_storage') of the
    applications nothing is narrower than."""
    return _leaf_applications_of(vocabulary())


@functools.lru_cache(maxsize=4)
def _leaf_applications_of(vocab) -> dict[str, str]:
    # (a fact of the ontology, read once per vocabulary: it was rebuilt for every record, 3 % of extraction;
    # callers only read the map)
    apps = vocab.terms("Application")
    return {t.id: t.label.replace(" ", "_").replace("-", "_").lower() for t in apps
            if not any(o.id != t.id and vocab.is_a(o.id, t.id) for o in apps)}


def components_of(system, application: str | None = None, said: tuple[str, ...] = ()) -> list[dict]:
    """[{material, role, amount, amount_unit, in_situ, term}] of a system, host first; ``application``: the
    record's ('solid_electrolyte' …), which decides what a filler is (``strategy_rules.role_in_application``) and
    what carbon or TiH2 is in an anode (``ontology.electrode_roles``); ``said``: the record's strategies."""
    term = {name: t for t, name in _leaf_applications().items()}.get(application) if application else None
    if term is not None:
        system = system_in_application(system, term, said)
    # the material as the text names it ('ordered mesoporous carbon'); the ontology term it is ('PorousCarbon')
    # rides along for grouping; every component has its role from the parse (``ontology.system._with_roles``)
    return [{"material": component_name(c), "role": c.role,   # (the roles ``system_in_application`` gave)
             "amount": c.amount.value if c.amount else None,
             "amount_unit": c.amount.unit if c.amount else None, "in_situ": c.in_situ, "term": c.term}
            for c in system.components]
