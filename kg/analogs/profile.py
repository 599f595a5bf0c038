"""Turn what the user gave (a system id or name, a lab entry id, typed text) into a QueryProfile."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

import numpy as np

from ontology.strategy_rules import composition_strategies
from ontology.vocabulary import fold, vocabulary

from .chem import elements_of, host_key
from .features import FeatureIndex
from .model import AnalogQueryError, QueryProfile

if TYPE_CHECKING:
    from ontology.models import MaterialSystem

LAB_PREFIX = "lab:"    # the source id of a lab entry (ingest.entries.entry.source_id)
INFER_SHARE = 0.5     # a strategy/mechanism/method is inferred when half the look-alikes report it


def _from_systems(index: FeatureIndex, rows: list[int], text: str, kind: str) -> QueryProfile:
    infos = [index.system_terms(i) for i in rows]
    hosts = Counter(i["host"] for i in infos)
    host = hosts.most_common(1)[0][0]
    first = next(i for i in infos if i["host"] == host)
    adds = [a for i in infos for a in i["additives"]]
    values: dict[str, list[float]] = {}
    for i in infos:
        for k, v in i["values"].items():
            values.setdefault(k, []).append(v)

    def union(field: str) -> list[str]:
        return sorted({t for i in infos for t in i[field]})

    return QueryProfile(
        text=text, kind=kind, name=" | ".join(i["name"] for i in infos),
        host=host, host_formula=first["host_formula"], additives=adds,
        elements=union("elements"), classes=sorted({a["additive_class"] for a in adds if a.get("additive_class")}),
        roles=union("roles"), strategies=union("strategies"), mechanisms=union("mechanisms"),
        methods=union("methods"), applications=union("applications"),
        values={k: float(np.median(v)) for k, v in values.items()},
        system_ids=[i["id"] for i in infos])


def _parse_text(text: str) -> MaterialSystem:
    try:
        from ontology.system import SystemParseError, parse_system
    except ImportError:  # pragma: no cover - the parser is part of the foundation
        raise AnalogQueryError("the system notation parser (ontology.system) is not available") from None
    try:
        return parse_system(text)
    except SystemParseError as exc:
        unknown = [str(t) for t in (getattr(exc, "unknown", None) or getattr(exc, "tokens", None) or [])]
        vocab = vocabulary()
        sugg = {t: [f"{h.label}" for h, _, _ in vocab.fuzzy(t, "Material", limit=3)] for t in unknown}
        hint = "; ".join(f"'{t}': did you mean {', '.join(s)}?" for t, s in sugg.items() if s)
        raise AnalogQueryError(f"'{text}' is not understood: {exc}" + (f" ({hint})" if hint else ""),
                               unknown=unknown, suggestions=sugg) from None
    except ValueError as exc:
        raise AnalogQueryError(f"'{text}' is not understood: {exc}") from None


# A word of a question that names a material: a formula (an element symbol then anything with a digit or
# a further symbol: 'MgH2', 'LiBH4–LiI', 'Mg(BH4)2@carbon', 'Nb2O5,') or a formula the ontology knows ('Ni').
_FORMULA_WORD = re.compile(r"[(\[]*[A-Z][a-z]?(?=[\d(\[A-Z])\S*")
_EDGE_PUNCTUATION = ",;:?!.\"'“”‘’"


def _names_material(word: str) -> bool:
    bare = word.strip(_EDGE_PUNCTUATION)
    return bool(bare) and (_FORMULA_WORD.fullmatch(bare) is not None or vocabulary().by_formula(bare) is not None)


def _plain_word(word: str) -> bool:
    """A word of the question around the system: letters only, and no material's name ('nickel'), so that
    cutting it off loses no component ('MgH2 + 5 wt% Unobtainium42' is refused, not read as MgH2)."""
    bare = word.strip(_EDGE_PUNCTUATION)
    return not bare or (_PLAIN_WORD.fullmatch(bare) is not None and vocabulary().lookup(bare, "Material") is None)


_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _asked_system(text: str) -> tuple[str, MaterialSystem] | None:
    """The system a question asks about ('what else behaved like MgH2 + Nb2O5, and why?' → 'MgH2 + Nb2O5'):
    the words from the first to the last that name a material, when the words around them are plain words
    and they read as a system; None otherwise (nothing names a material, the span is the whole text, a word
    cut off could be part of the composition, or the span does not read)."""
    words = text.split()
    named = [i for i, w in enumerate(words) if _names_material(w)]
    if not named:
        return None
    span = " ".join(words[named[0]:named[-1] + 1]).strip(_EDGE_PUNCTUATION)
    if not span or span == text or not all(map(_plain_word, words[:named[0]] + words[named[-1] + 1:])):
        return None
    try:
        return span, _parse_text(span)
    except AnalogQueryError:
        return None


def _infer(index: FeatureIndex, profile: QueryProfile) -> None:
    """Strategies, mechanisms and methods the graph reports for the same additives (same host first)."""
    rows: list[int] = []
    for a in profile.additives:
        hit = index.by_additive.get(a.get("formula") or "")
        if hit is not None:
            rows.extend(int(i) for i in hit)
    if not rows:
        return
    rows_arr = np.unique(np.asarray(rows, dtype=np.int64))
    if profile.host:
        same = rows_arr[[index.hosts[index.host_idx[i]] == profile.host for i in rows_arr]]
        if same.size:
            rows_arr = same
    for field, facet in (("strategies", index.strategies), ("mechanisms", index.mechanisms),
                         ("methods", index.methods)):
        if getattr(profile, field):
            continue
        inv = {c: t for t, c in facet.columns.items()}
        share = facet.matrix[rows_arr].mean(axis=0) if rows_arr.size else np.zeros(0)
        terms = [inv[int(c)] for c in np.flatnonzero(share >= INFER_SHARE) if c in inv]
        if terms:
            setattr(profile, field, sorted(terms))
            profile.inferred[field] = sorted(terms)
    if profile.inferred:
        # the note names terms: a mechanism refined by its additive class ('ElectronTransfer@Oxide', a token of
        # the mechanism facet, claims.claim_tokens) is the mechanism the note already names
        profile.notes.append(f"inferred from {rows_arr.size} graph system(s) with the same additive(s): "
                             + ", ".join(f"{k}={[t for t in v if '@' not in t]}"
                                         for k, v in profile.inferred.items()))


def profile_from_system(system: MaterialSystem, text: str | None = None,
                        index: FeatureIndex | None = None) -> QueryProfile:
    """Profile of a ``MaterialSystem`` (parsed text or a domain object)."""
    vocab = vocabulary()
    host_term = system.host.term
    if host_term is None:
        t = vocab.by_formula(system.host.formula)
        host_term = t.id if t else None
    adds: list[dict[str, Any]] = []
    for c in system.additives:
        adds.append({"formula": c.formula, "term": c.term, "additive_class": c.additive_class,
                     "role": c.role, "amount": c.amount.value if c.amount else None,
                     "amount_unit": c.amount.unit if c.amount else None})
    profile = QueryProfile(
        text=text or system.text, kind="text", name=system.name,
        host=host_key(host_term, system.host.formula), host_formula=system.host.formula,
        additives=adds,
        elements=sorted({e for a in adds for e in elements_of(a["formula"], a["term"])}),
        classes=sorted({a["additive_class"] for a in adds if a["additive_class"]}),
        roles=sorted({a["role"] for a in adds if a["role"]}),
        # the composition decides the strategies (as for every extracted system); only what it cannot
        # say (mechanisms, methods, or strategies of an unknown additive) is inferred from the graph
        strategies=sorted(composition_strategies(system)))
    if index is not None:
        _infer(index, profile)
    return profile


def _from_source(index: FeatureIndex, sid: str, text: str) -> QueryProfile:
    if sid not in index.by_source:
        raise AnalogQueryError(f"'{sid}' has no material systems in the graph (a lab entry needs samples "
                               "with a system to have analogs)")
    kind = index.source_info.get(sid, {}).get("kind") or "publication"
    profile = _from_systems(index, index.by_source[sid], text,
                            "lab_entry" if kind == "lab_entry" else "source")
    if sid != text:
        profile.notes.append(f"'{text}' is the lab entry of source {sid}")
    title = index.source_info.get(sid, {}).get("title")
    if title:
        profile.notes.append(f"entry: {title}")
    return profile


def resolve(index: FeatureIndex, query: object) -> QueryProfile:
    """A system id, a source id, a lab entry id (bare, or as its source 'lab:<id>'), a system name,
    typed text, or a MaterialSystem."""
    from ontology.models import MaterialSystem

    if isinstance(query, QueryProfile):
        return query
    if isinstance(query, MaterialSystem):
        rows = index.by_name.get(fold(query.name)) or ([index.by_id[query.id]] if query.id in index.by_id else None)
        if rows:
            return _from_systems(index, rows, query.text, "system")
        return profile_from_system(query, index=index)
    text = str(query or "").strip()
    if not text:
        raise AnalogQueryError("empty query: give a system (id or name), a lab entry id, or a "
                               "system as text, e.g. 'MgH2 + 10 wt% TiVNbZrFe'")
    if text in index.by_id:
        return _from_systems(index, [index.by_id[text]], text, "system")
    # a source id as given; then a system name; then a bare lab entry id (source 'lab:<entry id>')
    lab_sid = None if text.startswith(LAB_PREFIX) else LAB_PREFIX + text
    if text in index.by_source or text in index.source_info:
        return _from_source(index, text, text)
    rows = index.by_name.get(fold(text))
    if rows:
        return _from_systems(index, rows, text, "system")
    if lab_sid and (lab_sid in index.by_source or lab_sid in index.source_info):
        return _from_source(index, lab_sid, text)
    try:
        system = _parse_text(text)
    except AnalogQueryError as exc:
        asked = _asked_system(text)
        if asked is not None:                 # a question around a system: its analogs, saying what was read
            profile = resolve(index, asked[0])
            profile.text = text
            profile.notes.insert(0, f"read the system '{asked[0]}' in the question")
            return profile
        tried = [f"system id '{text}'", f"source id '{text}'", f"system name '{text}'"]
        if lab_sid:
            tried.append(f"lab entry id (source '{lab_sid}')")
        tried.append("system notation (e.g. 'MgH2 + 10 wt% TiVNbZrFe')")
        raise AnalogQueryError(f"{exc}\ntried: " + "; ".join(tried) + " - none matched",
                               unknown=exc.unknown, suggestions=exc.suggestions) from None
    rows = index.by_name.get(fold(system.name))
    if rows:
        return _from_systems(index, rows, text, "system")
    if system.id in index.by_id:
        # an equivalent notation of a graph system ('Li4(BH4)3I' for the node named '3LiBH4–LiI'):
        # one composition is one system, whichever name the graph keeps
        return _from_systems(index, [index.by_id[system.id]], text, "system")
    return profile_from_system(system, text, index)
