"""Samples a sentence names again by other words: an alias the passage gave ('MT10'), a sample written without the
loadings the passage gave it, 'that with X', a class word for a sample ('the mixed closo-borate'), samples listed side
by side, additives given as examples ('e.g. TiH2, B or C'); and the reports the sentence's samples share (how they
were made or driven).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pydantic import ValidationError

from ingest.extraction.attribution.referents import hydride_word
from ingest.extraction.samples.class_samples import dissolved, names_no_sample
from ingest.extraction.samples.material_cues import (
    FOUND_AFTER,
    FOUND_CUE,
    LIST_GAP,
    PHASES_AFTER_STEP,
    formed_after,
    formed_sample,
    product_cue_before,
)
from ingest.extraction.samples.samples_systems import (
    amount_before,
    has_hydrogen as _has_hydrogen,
    joined_system,
    with_additives,
)
from ingest.extraction.samples.states import hydrogenated_form
from ingest.extraction.text.amounts import loadings
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system, system_of
from ingest.extraction.text.sample_words import SAMPLE_NOUNS
from ingest.extraction.values.reaction_products import named_products
from ontology.elements import formula_symbols
from ontology.models import MaterialSystem, Measurement, SourceRef, SystemReport
from ontology.strategy_rules import field_driving, sentence_wide
from ontology.system import host_formula
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .prose_context import Context, host_only
from .prose_mentions import incidental
from .prose_reports import own_strategies, proposed
from .prose_words import COMPARED_OBJECT, THAT_WITH

# "(denoted MH–NC)", ", hereafter referred to as LAH-CF", "the product was labelled HD-2": the author's short name
# for the sample just described (a name with a capital letter, ending its clause), by which later sentences name it
_ALIAS = gated(re.compile(r"(?=[hdlrac])\b(?:here(?:in)?after(?:\s+(?:referred\s+to|denoted|called|designated|named))?|denoted|"
                    r"designated|labell?ed|referred\s+to|abbreviated|called)\s+(?:as\s+)?"
                    # ("denoted MgH2@G": a name may join its parts by '@' or '/')
                    r"(?P<name>(?=[\w–@/-]*[A-Z])[A-Za-z][\w–@/-]*\w)(?=\s*[),.;]|\s*$)"))


# "MgH2–10 wt% (Ce–Ni) (composite C5N5)": the noun of a sample and the name the text gives it, in brackets; or,
# right after the sample, a code of capitals and digits alone ("MgH2–10 wt% TiO2 (MT10)", "(S-2)")
_ALIAS_NOUN = re.compile(rf"\(\s*{SAMPLE_NOUNS}\s+(?P<name>(?=[\w–@/-]*[A-Z])[A-Za-z][\w–@/-]*\w)\s*\)"
                         r"|(?<=[\w)%])\s*\(\s*(?P<code>[A-Z][A-Z-]*\d[\d.]*)\s*\)")


_JOINED_PARTS = re.compile(r"[–+/@-]")


def that_with(text: str, systems: list) -> list:
    """The sentence's samples with an additive named after 'that with' / 'the one with' read as the sample before it
    with that additive in place of its own: the host of the sample named last before, not that sample."""
    if "with" not in text and "containing" not in text:
        return systems
    out = []
    for k, (m, s) in enumerate(systems):
        if not _has_hydrogen(s) and THAT_WITH.search(text, max(0, m.start - 40), m.start):
            before = next((y for x, y in reversed(systems[:k]) if y.additives and _has_hydrogen(y)), None)
            if before is not None:
                s = with_additives(before, [(s.name, amount_before(text, m.start)[0])])
        out.append((m, s))
    return out


def loadings_known(systems: list, known: list[MaterialSystem]) -> list:
    """'MgH2 was milled with 5 wt% Ni. The MgH2–Ni composite …': a sample named again without the loadings the
    passage gave it is that sample (one system, not two), when the passage gave its parts one set of loadings only
    ('MgH2–5 wt% Ni' and 'MgH2–10 wt% Ni' before: 'the MgH2–Ni composites' stays as written)."""
    out = []
    for m, s in systems:
        # (a compound written whole, 'Li2(BH4)(NH2)', is its own composition: never another one's loadings)
        # (a ratio given with the first mention is on the host too: 'the NaAlH4/NaNH2 (3:1) mixture' is 3NaAlH4–NaNH2,
        # and 'the NaAlH4/NaNH2 system' after it is that mixture)
        if s.additives and all(c.amount is None for c in s.additives) and _JOINED_PARTS.search(s.name):
            given = s.additives if s.host.amount is not None else s.components
            # (keyed by the loadings, not the name: 'the Li–Mg–N–H system' and 'Mg(NH2)2–2LiH' are one composition
            # named two ways, so one set of loadings; the name written last is kept)
            loaded = {loadings(x): x for x in known if same_sample(x, s)
                      and any(c.amount is not None for c in (x.additives if given is s.additives else x.components))}
            if len(loaded) == 1:
                s = next(iter(loaded.values()))
            elif not loaded:
                s = _loaded_from_reagents(s, known)
        out.append((m, s))
    return out


def _loaded_from_reagents(s: MaterialSystem, known: list[MaterialSystem]) -> MaterialSystem:
    """'NaAlH4 was made by milling NaH and Al with 4 mol% CeAl4 … the CeAl4-doped NaAlH4': a sample the passage
    prepared from its reagents (two parts or more, whose elements are the host's own) takes the loading given the additive
    there, when the passage gave that additive one loading only ('… with 2 or 4 mol% CeAl4' gives none)."""
    host = set(formula_symbols(s.host.formula))
    given: dict[str, set[str]] = {}
    for x in known:
        rest = [c for c in x.components if c.formula not in {a.formula for a in s.additives}]
        # (reagents are two parts at least, 'NaH/Al': one hydride alone, 'Li3AlH6 doped with 3 mol% Ni', is a
        # sample of its own, whose loading is not the later LiAlH4's)
        made_of = len(rest) > 1 and all(set(formula_symbols(c.formula)) <= host for c in rest)
        for c in x.additives:
            if c.amount is not None and c.amount.unit != "ratio":
                given.setdefault(c.formula, set()).add(f"{c.amount.value:g} {c.amount.unit}" if made_of else "")
    loadings = {a.formula: next(iter(given[a.formula])) for a in s.additives
                if len(given.get(a.formula, ())) == 1 and "" not in given[a.formula]}
    if len(loadings) != len(s.additives):
        return s
    loaded = with_additives(s, [(a.formula, loadings[a.formula]) for a in s.additives])
    return loaded if same_sample(loaded, s) else s


def aliased(text: str, systems: list, ctx: Context) -> list:
    """The sentence's samples with a name the passage gave a sample read as that sample; a name the sentence
    gives the modified sample before it is remembered (and is no sample of its own: 'MH–NC' is no formula)."""
    if ctx.in_passage.aliases:
        # (the name as a whole word: 'LAH-CF', of which the mention may be the 'CF' only)
        systems = [(m, ctx.in_passage.aliases.get(_word_at(text, m), s)) for m, s in systems]
        systems = _alias_mentions(text, systems, ctx.in_passage.aliases)
    if "ed " not in text and "after" not in text and "(" not in text:
        return systems
    for a in [*_ALIAS.finditer(text), *(_ALIAS_NOUN.finditer(text) if "(" in text else ())]:
        key = "code" if "code" in a.re.groupindex and a.group("code") else "name"
        name = a.group(key)
        before = [(m, s) for m, s in systems if m.end <= a.start() and not s.bare and _has_hydrogen(s)]
        if key == "code" and (not before or before[-1][0].end != a.start() or system_of(name) is not None):
            continue   # (a code alone in brackets names the sample right before it, and is no formula: '(TiO2)')
        named = system_of(name)
        if not before or named is not None and {c.formula for c in named.components} >= {c.formula for c in before[-1][1].components}:
            continue   # ("denoted LiBH4@SBA-15": a name that is the sample's formula reads as such)
        ctx.in_passage.aliases[name] = before[-1][1]
        systems = [(m, s) for m, s in systems if not a.start(key) <= m.start < a.end(key)]
    return systems


def _alias_mentions(text: str, systems: list, aliases: dict[str, MaterialSystem]) -> list:
    """The sentence's samples with the names the passage gave samples ('MT10', 'S-1'), where the sentence writes
    them and no material was read there (a code is no formula the tagger sees), as mentions of those samples."""
    found = [(Mention(SYSTEM_LABEL, name, w.start(), w.end()), sample) for name, sample in aliases.items()
             for w in re.finditer(rf"(?<![\w–-]){re.escape(name)}(?![\w–-])", text)
             if not any(m.start < w.end() and w.start() < m.end for m, _ in systems)]
    return sorted([*systems, *found], key=lambda x: x[0].start) if found else systems


_WORD_AROUND = re.compile(r"[^\s,;:()]*")


def a_sample(system: MaterialSystem, local: list[Mention]) -> bool:
    """Does ``system`` name a sample a value or report can be recorded on (ingest/extraction/samples/class_samples.py)?"""
    return (not names_no_sample(system) or _written_whole(system, local)) and not dissolved(system)


def _written_whole(system: MaterialSystem, local: list[Mention]) -> bool:
    """Does one notation of the sentence ('LiBH4–LiNH2/metal oxide') name ``system`` whole?"""
    return any(m.kind == SYSTEM_LABEL and (s := system_of(m.text)) is not None and s.name == system.name for m in local)


def _word_at(text: str, m: Mention) -> str:
    """The whole word a mention is part of ('LAH-CF' around 'CF'), without a full stop at its end."""
    start = m.start
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in ",;:(":
        start -= 1
    return _WORD_AROUND.match(text, start).group(0).rstrip(".")


def remember_products(text: str, systems: list[tuple[Mention, MaterialSystem]], ctx: Context) -> None:
    """Notes the products the sentence names for a reaction of a hydride (among ``systems``, every
    material it names: ``_systems``); a passage that went on about one of them (named bare before the
    reaction was written) goes back to the hydride that reacts."""
    found = named_products(text, systems)
    if ctx.system is not None and not ctx.system.bare:
        found.pop(host_formula(ctx.system), None)   # the passage's modified sample is no product
    ctx.in_passage.products.update(found)
    if ctx.system is not None and ctx.system.bare and host_formula(ctx.system) in ctx.in_passage.products:
        reactant = ctx.in_passage.products[host_formula(ctx.system)]
        ctx.named(next((s for s in reversed(ctx.in_passage.seen) if host_formula(s) == reactant), None)
                  or host_only(reactant) or ctx.system)
        ctx.carried = False


def source_ref(source_id: str, sent, refs: list[str]) -> Callable[[], SourceRef]:
    """Where the sentence is, built on first use and then shared by its facts: most sentences give
    none, and a SourceRef is validated by pydantic."""
    made: list[SourceRef] = []   # (a plain closure: a functools cache would be built for every sentence)

    def ref() -> SourceRef:
        if not made:
            made.append(SourceRef(source_id=source_id, section=getattr(sent, "section", None), refs=refs,
                                  start=getattr(sent, "start", None), end=getattr(sent, "end", None)))
        return made[0]
    return ref


def states_of_samples(systems, ctx: Context):
    """"2LiH + MgB2 with TiCl3" after (or beside) the 2LiBH4–MgH2 sample: the sample in its dehydrogenated
    state (ingest/extraction/samples/states.py), not another sample."""
    known = [*ctx.in_passage.seen, *([ctx.system] if ctx.system is not None else []), *(s for _, s in systems)]
    out = []
    for m, s in systems:
        whole = hydrogenated_form(s, [k for k in known if k is not s])
        out.append((m, whole) if whole is not None else (m, s))
    return out


def shared_reports(text: str, ms: list[Mention], out: list[Measurement], reports: list[SystemReport],
                    ref: Callable[[], SourceRef], systems=(), strategies: list[Mention] | None = None
                    ) -> list[SystemReport]:
    """How the sentence says its samples were made or driven ('under simulated sunlight', 'nanostructured
    by ball milling'), for every sample it gives values for, not only the first hydride it names; a
    sentence with no values, for every hydride it lists ('MgH2, LiBH4 and NaBH4 under microwave
    irradiation'), which a later bare value of one of them takes up. A word said of one material
    ('nanosized MgH2', 'MgH2 nanoparticles') stays that material's; a bare host set beside a modified
    sample is the reference, made without them. ``strategies``: ``own_strategies`` of the mentions not proposed,
    when the caller read them already."""
    if strategies is None:
        strategies = own_strategies([x for x in ms if not proposed(text, x)], text)
    if not strategies:
        return []   # (nothing said of any sample: most sentences)
    free: list[str] = []
    said: list[tuple[str, MaterialSystem, Mention]] = []     # (strategy, the material it is said of, its mention)
    for m in strategies:
        if not sentence_wide(m.term) or making(text, m):
            continue
        owner = next((o for o in ms if o.kind in (SYSTEM_LABEL, "Material")
                      and (0 <= m.start - o.end <= 1 or 0 <= o.start - m.end <= 1)), None)
        owned = material_system(owner) if owner is not None else None
        if owned is not None:
            said.append((m.term, owned, owner))
        elif owner is None or hydride_word(owner.text):
            free.append(m.term)                      # "the hydride films": said of the passage's sample
    reported = {r.system.name for r in reports}
    measured = list({m.system.name: m.system for m in out}.values())
    # "Decomposition of the MgH2 films occurs at …" in a passage about Pd-capped films: a word said of the
    # bare host, when the sentence names no modified sample and measures no bare host, is said of the
    # passage's sample it stands for
    stands_for = not any(s.additives for s in (material_system(o) for o in ms if o.kind in (SYSTEM_LABEL, "Material"))
                         if s is not None) and not any(s.bare for s in measured)
    said = [(t, owned, o) for t, owned, o in said if not (stands_for and COMPARED_OBJECT.search(text, max(0, o.start - 60), o.start))]
    if not out and free:
        measured = list({s.name: s for m, s in systems if _has_hydrogen(s) and not incidental(text, m)}.values())
    modified = any(s.additives for s in measured)
    shared = []
    for system in measured:
        if system.name in reported:
            continue
        found = [t for t, owned, _ in said if same_sample(owned, system)
                 or (stands_for and owned.bare and host_formula(owned) == host_formula(system))]
        if not system.bare or not modified:
            found += free
        if not found:
            continue
        try:
            shared.append(SystemReport(system=system, strategies=list(dict.fromkeys(found)), source=ref()))
        except (ValidationError, ValueError):
            continue
    return shared


# "ultrasound-driven liquid–solid phase synthesis": a way of making the sample, not of driving its reactions
_MADE_BY_AFTER = re.compile(r"[\s-]*(?:[\w–-]+\s+){0,3}(?:synthesis|syntheses|method|route|preparation|fabrication)\b",
                            re.I)


def making(text: str, m: Mention) -> bool:
    """A field named for how the sample was made ('microwave-assisted synthesis', 'ultrasound-driven
    … synthesis method'), not for driving its hydrogen release or uptake."""
    vocab = vocabulary()
    return m.kind == "Strategy" and bool(m.term) and m.term in vocab and vocab.is_a(m.term, _FIELD) \
        and bool(_MADE_BY_AFTER.match(text, m.end))


_FIELD = "ExternalFieldDriving"


def field_named(text: str, ms: list[Mention]) -> str | None:
    """The external field (LightDriving, MicrowaveDriving …) the text names last for driving its samples, not for
    making them ('microwave-assisted synthesis'), else None."""
    fields = [m.term for m in ms if m.kind == "Strategy" and m.term and field_driving(m.term) and not making(text, m)]
    return fields[-1] if fields else None


def same_sample(a: MaterialSystem, b: MaterialSystem) -> bool:
    """The same host with the same additives, however written ('Mg–Zr' films, the 'Mg(Zr)H' they form)."""
    return host_formula(a) == host_formula(b) and \
        sorted(c.formula for c in a.additives) == sorted(c.formula for c in b.additives)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|these|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


def class_anaphor(text: str, ms: list[Mention], systems, ctx: Context) -> MaterialSystem | None:
    """'Solid solutions 3LiBH4·LiI and Li(CB9H10)0.7(CB11H12)0.3 were made. The mixed closo-borate reaches
    …': a sentence naming no hydride but a class of them with a definite article means the one sample
    of the paragraph's list that belongs to the class; None when none or several do."""
    if len(ctx.in_paragraph.alternatives) < 2:
        return None
    vocab = vocabulary()
    for m in ms:
        if any(_has_hydrogen(s) and o.start <= m.start for o, s in systems):
            return None  # a hydride named first is what the sentence is about
        if m.kind == "Material" and m.term and vocab.children(m.term) \
                and _DEFINITE_BEFORE.search(text, max(0, m.start - 30), m.start):
            members = [s for s in ctx.in_paragraph.alternatives if _class_member(s, m.term)]
            return members[0] if len(members) == 1 else None
    return None


@lru_cache(maxsize=1024)
def _class_formulas(term: str) -> tuple[str, ...]:
    vocab = vocabulary()
    return tuple(vocab.get(t).formula for t in vocab.descendants(term) if vocab.get(t).formula)


def _class_member(system: MaterialSystem, term: str) -> bool:
    """Is the sample's host of the ontology class ``term``: by its term, or, for a formula the ontology
    lacks ('Li(CB9H10)0.7(CB11H12)0.3'), by an anion group it shares with a formula of the class."""
    vocab = vocabulary()
    host = system.host
    known = host.term or (vocab.by_formula(host.formula).id if vocab.by_formula(host.formula) else None)
    if known:
        return known == term or vocab.is_a(known, term)
    groups = re.findall(r"\(([A-Z][A-Za-z0-9]*)\)", host.formula)
    return bool(groups) and any(g in f for g in groups for f in _class_formulas(term))


def constituents_only(subjects: list[MaterialSystem], ctx: Context) -> bool:
    """Are all the systems a sentence gave values to bare constituents (the host, or a hydride added
    to it) of the paragraph's modified sample? Those are its references, not a new subject."""
    sample = ctx.system
    if sample is None or sample.bare or ctx.system_paragraph != ctx.paragraph:
        return False
    parts = {c.formula for c in sample.components}
    # ("MgH2 and MgH2-C films were prepared. The MgH2 film delivers …": a bare host the passage made as a sample
    # of its own is that sample, no reference)
    return all(s.bare and s.host.formula in parts and host_formula(s) not in ctx.in_passage.made_bare for s in subjects)


def hosts_again(listed: list[MaterialSystem], samples: list[MaterialSystem]) -> bool:
    """Is every one of ``listed`` a bare host of one of ``samples`` (each of which is modified)?"""
    hosts = {s.host.formula for s in samples if not s.bare}
    return bool(samples) and all(s.bare and s.host.formula in hosts for s in listed)


def named_side_by_side(text: str, systems) -> list[MaterialSystem]:
    """The samples a sentence names as one list ("Li2B12H12, LiCB11H12 and LiCB9H10"), in order, when
    there are at least two and they are hydrides or composed samples; else []."""
    if not any(LIST_GAP.fullmatch(text, a.end, b.start) for (a, _), (b, _) in zip(systems, systems[1:])):
        return []   # (no two samples written one after the other as a list: none is asked whether it is one)
    best: list = []
    run: list = []
    for m, s in systems:
        # ("XRD reveals Li2Mg(NH)2 and LiH in the desorbed sample": phases found or formed are no samples)
        usable = (_has_hydrogen(s) or not s.bare) and not found_or_formed(text, m)
        if usable and run and LIST_GAP.fullmatch(text, run[-1][0].end, m.start):
            run.append((m, s))
        else:
            run = [(m, s)] if usable else []
        if len(run) > len(best):
            best = list(run)
    return [s for _, s in best] if len(best) >= 2 else []


def found_or_formed(text: str, m: Mention, composite: bool = False) -> bool:
    """Is the mention a phase the sentence says the sample forms or a measurement finds in it? (A composite of
    the hydride a synthesis forms, ``composite`` and 'formation of MgH2@C nanoparticles', is the sample.)"""
    left = text[max(0, m.start - 40):m.start]
    return bool(product_cue_before(text, m.start) and not (composite and formed_sample(text, m.start, m.end))
                or FOUND_CUE.search(left) or formed_after(text, m.end)
                or FOUND_AFTER.match(text, m.end) or PHASES_AFTER_STEP.search(text, max(0, m.start - 80), m.start))


_EXAMPLES = gated(re.compile(r"(?=[eis])\b(?:such\s+as|e\.g\.,?|including)\s+$", re.I))


_INTO_HOST = re.compile(r"[^.;]*\b(?:into|in|to|with)\s+(?:the\s+|an?\s+)?$", re.I)


def example_additives(text: str, systems) -> list[MaterialSystem]:
    """'LiBH4 mixed with absorbers of microwaves, e.g. TiH2, B or C': one sample of
    the host per additive given as an example (what a later 'the composites containing these absorbers'
    means); else []."""
    for k, (m, _) in enumerate(systems):
        if not _EXAMPLES.search(text, max(0, m.start - 20), m.start):
            continue
        items = [systems[k]]
        for n, t in systems[k + 1:]:
            if not LIST_GAP.fullmatch(text, items[-1][0].end, n.start):
                break
            items.append((n, t))
        hosts = [(n, t) for n, t in systems[k + len(items):] if _has_hydrogen(t) and t.bare
                 and _INTO_HOST.match(text, items[-1][0].end, n.start)]
        if len(items) < 2 or not hosts or any(t.additives for _, t in items):
            return []
        host = hosts[0][1]
        # named as additives, each is one, even an element of the host ('B' in LiBH4)
        joined = [joined_system(host.name, t.name) for _, t in items]
        return [j for j in joined if j is not None and not j.bare]
    return []
