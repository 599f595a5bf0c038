"""Curators' decisions on literature facts, kept as revisions and re-applied at every load.

No extractor is right every time. A curator confirms a fact, corrects any of its fields (value, unit,
property, the measured system, conditions, qualifier, basis) or rejects it. Each decision is a
revision in ``<data dir>/curation/<fact id>/`` — the same immutable, atomically written, optimistically
locked revisions as lab entries (``kg.entries.EntryRepository``) — with author, time and reason.

A fact's id (``Measurement.fact_id``) is its place in the source plus its property and extracted value,
not the system it was put on, so it survives re-extraction while the extractor improves. Every load of
a literature batch goes through :func:`apply_decisions`: confirmed facts load as ``confirmed``,
corrected ones with the curator's fields as ``corrected``, rejected ones not at all; decisions whose
fact the new extraction no longer produces (its evidence changed) are reported, never dropped.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ontology.models import ConditionValue, GraphBatch, Measurement, parse_condition_text
from ontology.units import canonical_unit

from .entries import EntryRepository, EntryStoreError, InvalidEntryError, Revision

if TYPE_CHECKING:
    from .store import GraphStore

STATUSES = ("confirmed", "corrected", "rejected")
#: Fields a correction may set, and what each takes.
CORRECTABLE = {
    "value": "a number in the given unit",
    "value_max": "the upper end of a range, or null",
    "unit": "the unit of value/value_max, e.g. 'kJ/mol', 'degC', 'mS/cm'",
    "property": "an ontology property key, e.g. 'dehydrogenation_activation_energy'",
    "system": "the measured system as written, e.g. 'MgH2 + 5 wt% Nb2O5'",
    "qualifier": "one of =, ~, <, >, <=, >=",
    "conditions": "{condition key: 'value unit'}, e.g. {'temperature': '300 degC'}",
    "baseline": "true when the value is the unmodified reference",
    "theoretical": "true when the value is computed, not measured",
    "calculated": "true when the value is from a calculation (DFT, first principles), not an experiment",
}


class CurationError(EntryStoreError):
    """A decision that cannot be stored; the message names the field and the fix."""


@dataclass
class Decision:
    fact_id: str
    status: str
    author: str
    time: str
    revision: int
    reason: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)   # the extracted record the decision was made on
    # the conditions a correction of conditions replaced (the record as it stood, earlier corrections applied):
    # {"conditions": …, "condition_max": …}; empty when the decision left the conditions alone
    replaced: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, rev: Revision) -> Decision:
        doc = rev.document
        return cls(fact_id=rev.entry_id, status=doc["status"], author=rev.author, time=rev.time,
                   revision=rev.revision, reason=rev.comment, fields=doc.get("fields", {}),
                   evidence=doc.get("evidence", {}), replaced=doc.get("replaced", {}))


@dataclass
class CurationReport:
    confirmed: int = 0
    corrected: int = 0
    rejected: int = 0
    changed_evidence: list[Decision] = field(default_factory=list)   # decided facts not found again

    def to_dict(self) -> dict[str, Any]:
        return {"confirmed": self.confirmed, "corrected": self.corrected, "rejected": self.rejected,
                "changed_evidence": [d.fact_id for d in self.changed_evidence]}


def evidence_of(m: Measurement) -> dict[str, Any]:
    """What a curator saw: the record as extracted, with its place in the source."""
    return {"source_id": m.source.source_id, "section": m.source.section, "table": m.source.table,
            "row": m.source.row, "start": m.source.start, "end": m.source.end, "property": m.property,
            "value": m.value, "value_max": m.value_max, "unit": m.unit, "system": m.system.text or m.system.name,
            "qualifier": m.qualifier, "conditions": m.all_conditions,
            # (a range's upper ends only where a condition is one: the evidence of every other record stays as it was)
            **({"condition_max": m.condition_max} if m.condition_max else {})}


def corrected(m: Measurement, fields: dict[str, Any], *, status: str = "corrected") -> Measurement:
    """``m`` with a curator's fields; ValueError naming the field when they do not make a valid fact."""
    from ontology.models import implausible
    from ontology.system import SystemParseError, parse_system

    unknown = sorted(set(fields) - set(CORRECTABLE))
    if unknown:
        raise CurationError(f"fields {unknown} cannot be corrected; correctable: {', '.join(CORRECTABLE)}")
    data = m.model_dump()
    data["status"] = status
    data["extracted_fact_id"] = m.fact_id      # the curated record is still that fact
    if "system" in fields:
        text = str(fields["system"] or "").strip()
        try:
            data["system"] = parse_system(text).model_dump()
        except (SystemParseError, ValueError) as exc:
            raise CurationError(f"system '{text}': {exc}; write it like 'MgH2 + 5 wt% Nb2O5'") from None
    for key in ("value", "value_max", "property", "qualifier", "baseline", "theoretical", "calculated", "conditions"):
        if key in fields:
            data[key] = fields[key]
    if "conditions" in fields:     # the curator's conditions are all of them, categorical ones and ranges included
        data["condition_terms"] = {}
        data["condition_max"] = {}
    if {"value", "value_max", "property"} & set(fields) or "unit" in fields:
        data["unit"] = fields.get("unit", m.unit)
    try:
        fixed = Measurement.model_validate(data)
    except ValueError as exc:
        raise CurationError(f"the corrected fact is not valid: {_first_error(exc)}") from None
    problem = implausible(fixed)     # as a lab entry's value is held (-1e300 kJ/mol was stored)
    if problem and {"value", "value_max", "unit", "property"} & set(fields):
        raise CurationError(f"the corrected value: {problem}")
    return fixed


def typed_conditions(texts: dict[str, str], terms: dict[str, str] | None = None) -> dict[str, Any]:
    """The conditions a curator typed, one text per condition key ('300 °C', '523 K', '0.3–0.5 MPa'; a bare
    number is in the key's canonical unit), as a correction's ``conditions``: each {value, value_max, unit}
    as typed, then the categorical ``terms`` unchanged. A blank text drops its condition. Each text is
    checked with pint against its condition: CurationError naming the condition and how to write it."""
    out: dict[str, Any] = {}
    for key, text in texts.items():
        if not str(text or "").strip():
            continue
        unit = canonical_unit(key)
        try:
            typed = parse_condition_text(text, unit)
            typed.canonical(key)                       # the unit fits the condition, the range runs upwards
        except ValueError as exc:
            example = ConditionValue(value=1, value_max=2, unit=unit).text()
            raise CurationError(f"condition '{key}' ('{text}'): {exc}; write a {key.replace('_', ' ')} as a "
                                f"number or a range with its unit, like '{example}'") from None
        out[key] = typed.model_dump()
    return {**out, **(terms or {})}


def conditions_differ(typed: dict[str, Any], conditions: dict[str, Any], condition_max: dict[str, float]) -> bool:
    """Whether ``typed`` (as ``typed_conditions`` gives them) say something else than a record's
    ``conditions`` (canonical numbers and term ids) and ``condition_max``: a value retyped in another
    unit ('573.15 K' for 300 °C) is no change."""
    if set(typed) != set(conditions):
        return True
    for key, given in typed.items():
        if not isinstance(given, dict):
            if given != conditions[key]:
                return True
            continue
        now = ConditionValue(**given).canonical(key)
        was = (conditions[key], condition_max.get(key))
        if not (_same(now.value, was[0]) and _same(now.value_max, was[1])):
            return True
    return False


def _same(a: float | None, b: float | None) -> bool:
    return a is b if a is None or b is None else math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _first_error(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "fact"
        return f"{where}: {first.get('msg', exc)}"
    return str(exc)


def _check(items: list[tuple[str, int, dict[str, Any]]]) -> None:
    """Decision documents are well-formed (the corrected fact itself is checked in ``decide``)."""
    from kg.entries import EntryProblem

    problems = []
    for entry_id, _, doc in items:
        if doc.get("status") not in STATUSES:
            problems.append(EntryProblem(entry_id, "status", f"'{doc.get('status')}' is not one of {STATUSES}"))
        if not isinstance(doc.get("fields", {}), dict):
            problems.append(EntryProblem(entry_id, "fields", "must be a mapping of field to value"))
    if problems:
        raise InvalidEntryError(problems)


class CurationLog:
    """The decisions of one data directory."""

    def __init__(self, data_dir: str | Path):
        self.repo = EntryRepository(data_dir, check=_check, folder="curation", noun="fact",
                                    look="hkg facts history {id}")

    def decide(self, fact: Measurement, status: str, *, author: str, reason: str = "",
               fields: dict[str, Any] | None = None, base: int | None = None) -> Decision:
        """Stores a decision on ``fact`` (as extracted). ``base``: the revision of the fact's decisions
        the curator saw (0 or None for none); a decision made meanwhile by someone else refuses this
        one (``ConflictError``) instead of being overwritten."""
        if status not in STATUSES:
            raise CurationError(f"status '{status}' is not one of {', '.join(STATUSES)}")
        fields = dict(fields or {})
        replaced: dict[str, Any] = {}
        if status == "corrected":
            if not fields:
                raise CurationError("a correction needs at least one field, e.g. value=65 unit=kJ/mol")
            if "conditions" in fields:     # what the curator overwrites stays in the history, beside what they wrote
                standing = self._standing(fact)
                replaced = {"conditions": standing.all_conditions, "condition_max": standing.condition_max}
            # a correction corrects the record as it stands: an earlier correction's other fields are kept
            fields = {**self._corrected_fields(fact), **fields}
            corrected(fact, fields)            # refuse what would not load, before storing it
        elif fields:
            raise CurationError(f"only a correction carries fields; '{status}' takes none")
        if status in ("corrected", "rejected") and not reason.strip():
            raise CurationError(f"say why the fact is {status} (reason), so the next curator can judge it")
        doc = {"status": status, "fields": fields, "evidence": evidence_of(fact),
               **({"replaced": replaced} if replaced else {})}
        fid = fact.fact_id
        if self.repo.exists(fid):
            latest = self.repo.get(fid).revision
            rev = self.repo.edit(fid, doc, base=latest if base is None else base, author=author, comment=reason)
        else:
            if base:
                raise CurationError(f"fact {fid} has no decision yet; revision {base} does not exist")
            rev = self.repo.create(doc, author=author, entry_id=fid, comment=reason)
        return Decision.of(rev)

    def _corrected_fields(self, fact: Measurement) -> dict[str, Any]:
        """The fields of the latest decision on ``fact`` when it is a correction (what the graph shows)."""
        if not self.repo.exists(fact.fact_id):
            return {}
        latest = Decision.of(self.repo.get(fact.fact_id))
        return latest.fields if latest.status == "corrected" else {}

    def _standing(self, fact: Measurement) -> Measurement:
        """``fact`` as the graph holds it now: with the latest decision's correction, if it is one."""
        fields = self._corrected_fields(fact)
        return corrected(fact, fields) if fields else fact

    def decisions(self) -> dict[str, Decision]:
        return {rev.entry_id: Decision.of(rev) for rev in self.repo.list()}

    def history(self, fact_id: str) -> list[Decision]:
        return [Decision.of(rev) for rev in self.repo.history(fact_id)]

    def audit(self) -> list[Decision]:
        """Every decision ever made, newest first."""
        every = [Decision.of(rev) for fid in self.repo.ids() for rev in self.repo.history(fid)]
        return sorted(every, key=lambda d: d.time, reverse=True)


def apply_decisions(batch: GraphBatch, decisions: dict[str, Decision]) -> tuple[GraphBatch, CurationReport]:
    """The batch as curators left it: confirmed and corrected facts marked, rejected ones out."""
    report = CurationReport()
    if not decisions:
        return batch, report
    sources = {s.id for s in batch.sources}
    seen: set[str] = set()
    kept: list[Measurement] = []
    for m in batch.measurements:
        d = decisions.get(m.fact_id)
        if d is None:
            kept.append(m)
            continue
        seen.add(d.fact_id)
        if d.status == "rejected":
            report.rejected += 1
        elif d.status == "confirmed":
            kept.append(m.model_copy(update={"status": "confirmed"}))
            report.confirmed += 1
        else:
            try:
                kept.append(corrected(m, d.fields))
                report.corrected += 1
            except CurationError:   # the ontology changed under the correction: keep it for review
                kept.append(m)
                report.changed_evidence.append(d)
    report.changed_evidence += [d for fid, d in decisions.items()
                                if fid not in seen and d.evidence.get("source_id") in sources]
    out = batch.model_copy(update={"measurements": kept})
    return out, report


def select_facts(rows: list[dict[str, Any]], *, source: str | None = None, section: str | None = None,
                 table: str | None = None, prop: str | None = None, host: str | None = None,
                 status: str | None = None) -> list[dict[str, Any]]:
    """Facts matching every given filter, least confident first (unknown confidence first of all)."""
    out = [r for r in rows
           if (source is None or r["source_id"] == source) and (section is None or (r["section"] or "") == section)
           and (table is None or (r["tbl"] or "").lower() == table.lower())
           and (prop is None or r["property"] == prop) and (host is None or r["host"] == host)
           and (status is None or (r["status"] or "extracted") == status)]
    # ties (facts of one sentence share its confidence and start) are broken by the fact id: the store
    # returns rows in no fixed order, and a decision rewrites its fact, so the queue must not reshuffle
    return sorted(out, key=lambda r: (r["confidence"] if r["confidence"] is not None else -1, r["start"] or 0,
                                      r.get("fact_id") or ""))


def reviewed_share(rows: Iterable[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """source id -> (facts a person reviewed, all facts), from rows with source_id and status."""
    out: dict[str, list[int]] = {}
    for r in rows:
        counts = out.setdefault(r["source_id"], [0, 0])
        counts[1] += 1
        counts[0] += r.get("status") in ("confirmed", "corrected")
    return {k: (v[0], v[1]) for k, v in out.items()}


def export_corrections(log: CurationLog) -> list[str]:
    """Corrected and rejected facts as dev-set JSONL lines (the evidence span and the right record)."""
    lines = []
    for d in sorted(log.decisions().values(), key=lambda d: d.fact_id):
        if d.status == "confirmed":
            continue
        ev = d.evidence
        record = {"fact_id": d.fact_id, "status": d.status, "source_id": ev.get("source_id"),
                  "section": ev.get("section"), "table": ev.get("table"), "row": ev.get("row"),
                  "start": ev.get("start"), "end": ev.get("end"), "extracted": ev,
                  "reason": d.reason, "author": d.author, "time": d.time}
        if d.status == "corrected":
            record["expected"] = {**{k: ev.get(k) for k in ("property", "value", "value_max", "unit", "system",
                                                             "qualifier", "conditions")}, **d.fields}
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return lines


# ------------------------------------------------------------------- the extractions decisions apply to
def _literature_dir(data_dir: str | Path) -> Path:
    return Path(data_dir) / "literature"


def keep_extracted(data_dir: str | Path, batch: GraphBatch) -> None:
    """Keeps what extraction produced for each source of ``batch`` (the facts curators decide on);
    the graph holds the curated version."""
    from ingest.snapshot import write_batch

    for source in batch.sources:
        part = GraphBatch(sources=[source], **{
            name: [x for x in getattr(batch, name) if _source_of(x) == source.id]
            for name in ("references", "reports", "measurements", "conflicts", "challenges")})
        # (kept with its title: the graph is rebuilt from these on this machine, in the text's place)
        write_batch(part, _literature_dir(data_dir) / f"{_file_name(source.id)}.batch.json", titles=True)


def _source_of(record: object) -> str | None:
    return getattr(record, "source_id", None) or getattr(getattr(record, "source", None), "source_id", None)


def _file_name(source_id: str) -> str:
    import hashlib
    import re

    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", source_id)[:60]
    return f"{slug}-{hashlib.sha1(source_id.encode()).hexdigest()[:8]}"


def extracted_batches(data_dir: str | Path, snapshot_dir: str | Path | None = None) -> list[GraphBatch]:
    """The shipped snapshots and every kept extraction; a kept one replaces a snapshot of its source."""
    from ingest.snapshot import read_batch

    by_source: dict[tuple[Any, ...], GraphBatch] = {}
    folders = [Path(snapshot_dir)] if snapshot_dir else []
    folders.append(_literature_dir(data_dir))
    for folder in folders:
        for path in sorted(folder.glob("*.batch.json")) if folder.is_dir() else []:
            batch = read_batch(path)
            by_source[tuple(sorted(s.id for s in batch.sources)) or (str(path),)] = batch
    return list(by_source.values())


def find_fact(fact_id: str, data_dir: str | Path, snapshot_dir: str | Path | None = None
              ) -> tuple[Measurement, GraphBatch]:
    """The fact as extracted, and the extraction of its source."""
    for batch in extracted_batches(data_dir, snapshot_dir):
        for m in batch.measurements:
            if m.fact_id == fact_id:
                return m, batch
    raise CurationError(f"no literature fact '{fact_id}'; list them with 'hkg facts list'")


def decide_and_reload(store: GraphStore, data_dir: str | Path, fact_id: str, status: str, *, author: str,
                      reason: str = "",
                      fields: dict[str, Any] | None = None, base: int | None = None,
                      snapshot_dir: str | Path | None = None) -> tuple[Decision, CurationReport]:
    """Stores a decision, then updates that fact in the graph (its measurement, and its system when a
    correction moves it) with every decision applied, in one transaction: what the CLI, the pages and
    the APIs call. A source the graph does not hold yet is loaded whole."""
    from filelock import FileLock, Timeout

    from ingest.snapshot import SNAPSHOT_DIR
    from kg.statements import SOURCES
    from ontology.errors import Conflict

    from .entries import LOCK_TIMEOUT

    fact, batch = find_fact(fact_id, data_dir, snapshot_dir or SNAPSHOT_DIR)
    # Decisions and their graph updates go one at a time: two curators deciding on facts of one
    # system each write that system's rows from the decisions they read, so the later write must
    # have read the earlier decision (the log's own lock covers only the log).
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(Path(data_dir) / "curation-graph.lock"), timeout=LOCK_TIMEOUT)
    try:
        lock.acquire()
    except Timeout:
        raise Conflict(f"another curator's decision has been updating the graph for more than {LOCK_TIMEOUT:.0f} s; "
                       "try again in a minute (nothing was stored)") from None
    try:
        decision = CurationLog(data_dir).decide(fact, status, author=author, reason=reason, fields=fields,
                                                base=base)
        batch, report = curated(batch, data_dir)
        store.ensure_schema()
        held = {r["id"] for r in store.query(SOURCES)}
        if all(s.id in held for s in batch.sources):
            store.replace_facts(batch, [fact_id])
        else:
            store.replace_source(batch)
    finally:
        lock.release()
    return decision, report


def curated(batch: GraphBatch, data_dir: str | Path) -> tuple[GraphBatch, CurationReport]:
    """The batch to load: every fact with the extractor's confidence, and curators' decisions applied."""
    from ingest.extraction.document_wide.confidence import with_confidence

    return apply_decisions(with_confidence(batch), CurationLog(data_dir).decisions())
