"""The sample a sentence measures: a hydride mention together with what the text says was put
into it, or a reference it is compared against.

Papers name a modified sample in a few ways, and a value belongs to the whole sample:

- after the host, with a linking verb: "MgH2 doped with 5 wt% of a Ti catalyst", "LiBH4 catalysed
  by TiF3 and 2 mol% CeO2", "Mg(BH4)2 confined in graphene" (a scaffold: written host@scaffold);
- before the host, as a prefix: "Ni-doped MgH2", "the TiF3-catalysed LiBH4";
- by reference: "the Ni-doped sample" (the host is the hydride the sentence or paragraph is about).

A host named as "pristine", "additive-free", "bare" … is a baseline: its values are those of the
bare host. These are English patterns of how things are said, not vocabulary: what the materials
are and which roles they take comes from the ontology (``ontology.system``).

The reading runs in steps (``samples``): the samples the notations compose in the words themselves first;
then, host by host, what the words before it (``ingest.extraction.samples.samples_before_host``) and after it
(``ingest.extraction.samples.samples_after_host``) put in; then the samples a prefix names by reference ('the Ni-doped
sample').
"""
from __future__ import annotations

import re

from ingest.extraction.text.lacking import LACKING_AFTER, LACKING_FRONTED
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ingest.extraction.text.samples_words import (
    _CATALYSING,
    _PREFIX,
    BASELINE,
    BASELINE_LEAD,
    BRACKET_CLOSE,
    BRACKET_OPEN,
    CELL_PART_AFTER,
    FRONTED,
    FRONTED_END,
    PREFIX_VERB,
    SAMPLE_NOUN,
    SHARE_WORD,
    SPACED_AT,
    SPACED_DASH,
)
from ontology.elements import hydride_like
from ontology.models import MaterialSystem
from ontology.system import host_formula

from .electrode_formulations import formulations
from .sample_reading import Additions, SentenceReading
from .samples_additives import (
    _codopants,
    additive,
    linked_metal,
    loaded_in_brackets,
    prefix_additive,
    prefixed_metal,
    reference_alloy,
    shaped_metal,
)
from .samples_after_host import additives_after_host
from .samples_amounts import (
    amounts_stated_after,
    equimolar_named,
    fraction_said_of,
    loaded_sample,
    share_of_its_additive,
)
from .samples_before_host import made_then_put_in, material_put_before, prefixes_before_host, salt_or_swapped_in
from .samples_cells import cell_stacks
from .samples_composites import composites_of, ratio_after_notation
from .samples_lists import (
    _alternatives,
    added_loading,
    and_modified_after,
    both_modified,
    coordinated,
    each_in_brackets,
    loadings_said_later,
    modified_with,
    own_loading,
)
from .samples_notations import (
    abbreviated,
    denoted,
    named_in_brackets,
    plus_chains,
    scaffold_named_in_words,
    spelled_out_codes,
    states_joined,
    without_restatements,
)
from .samples_scaffolds import (
    codes_in_slot,
    fronted_by_confinement,
    spaced_supports,
)
from .samples_systems import (
    _amount,
    _with,
    bare_sample,
    has_hydrogen,
    named_members,
)


def samples(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
            context: MaterialSystem | None, alternatives: list | None = None
            ) -> tuple[list[tuple[Mention, MaterialSystem]], set[int]]:
    """The sentence's system mentions with each hydride joined to the additives the text puts into
    it; additives so placed are no longer mentions of their own. Also returns the start offsets of
    baseline mentions ('pristine MgH2'). Samples named as alternatives ("MgH2 with 10 wt% TiO2,
    Nb2O5 or V2O5": three samples) are put into ``alternatives`` when a list is given."""
    if not found and (context is None or not (PREFIX_VERB.search(text) and _PREFIX.search(text))):
        return found, set()   # ("the Ni-doped composite" alone names a sample of the paragraph's hydride)
    if context is not None and not context.bare:
        # (the paragraph's 'oxide' gives way to the oxides this sentence names: "the samples with SiO2 and TiO2")
        context = named_members(context, [m.text for m in ms if m.kind in (SYSTEM_LABEL, "Material")])
    found, ms = _written_samples(text, found, ms, context)
    candidates = _chemistry_in_order(found, ms)
    prefixes = list(_PREFIX.finditer(text)) if PREFIX_VERB.search(text) else []
    st = SentenceReading(text, candidates, prefixes, _host_forms_in_brackets(text, candidates))
    fronted = _fronted_scaffold(text, ms, candidates)
    baseline: set[int] = set()
    for i, (m, s) in enumerate(candidates):
        if _restates_previous(st, i):
            st.consumed.add(m.start)  # "LiBH4–LiNH2 (Li4BN3H10)": another name of the system before it
        elif s is not None and _names_a_host(st, i, m, s) and m.start not in st.consumed \
                and not (s.bare and added_loading(text, candidates, i, st.consumed)):
            # ("adding 10 wt% LiBH4 and 5 wt% Ni to MgH2": a hydride given as a loading added to a host after it)
            _read_sample(st, i, m, s, fronted, context, alternatives, baseline)
    _samples_named_by_prefix(st, found, context)
    return _one_object_each(st, found, ms, baseline)


def _written_samples(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
                     context: MaterialSystem | None) -> tuple[list[tuple[Mention, MaterialSystem]], list[Mention]]:
    """The mentions after the notations and stated shares that compose a sample in the words themselves (cell
    stacks, '@', brackets, '+' chains, ratios, formulations, loadings): read before the links between mentions."""
    if "|" in text or "/" in text:
        found, ms = cell_stacks(text, found, ms)
    if "@" in text:
        found, ms = spaced_supports(text, found, ms)
        found, ms = scaffold_named_in_words(text, found, ms)
    if "(" in text:
        found, ms = named_in_brackets(text, found, ms)
    if "+" in text or "–" in text or "-" in text:
        found, ms = plus_chains(text, found, ms)
        if " or " in text or "/" in text:
            found, ms = states_joined(text, found, ms)
    if " and " in text or " with " in text:
        found, ms = composites_of(text, found, ms)
    if ":" in text:
        found, ms = ratio_after_notation(text, found, ms)
    if "quimolar" in text:
        found = equimolar_named(text, found)
    found, ms = formulations(text, found, ms)
    if "(" in text:
        ms = without_restatements(text, found, abbreviated(text, found, ms))
    if " with " in text or " contain" in text or " compris" in text:
        found, ms = loaded_sample(text, found, ms, context)
        found = amounts_stated_after(text, found)
    if SHARE_WORD.search(text):
        found = fraction_said_of(text, found, context)
        if context is not None and not context.bare:
            found = share_of_its_additive(text, found, context)
    found, ms = codes_in_slot(text, found, ms)
    if "(" in text:
        found, ms = spelled_out_codes(text, found, ms)
    return found, ms


def _chemistry_in_order(found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]
                        ) -> list[tuple[Mention, MaterialSystem | None]]:
    """(mention, system or None) of every chemistry mention, in order: the mentions the links are read between."""
    by_start = {m.start: s for m, s in found}
    return [(m, by_start.get(m.start)) for m in ms if m.kind in (SYSTEM_LABEL, "Material")]


def _host_forms_in_brackets(text: str, candidates: list[tuple[Mention, MaterialSystem | None]]) -> set[int]:
    """A bare host followed by a bracketed form of itself becomes that form (``candidates`` is updated in place);
    returns the starts of the bracketed mentions so taken up."""
    consumed: set[int] = set()
    for i in range(len(candidates) - 1):
        (m, s), (n, t) = candidates[i], candidates[i + 1]
        if s is None or t is None or not s.bare or t.bare or t.host.formula != s.host.formula:
            continue
        # "LiBH4 (LiBH3.75F0.25)": the bracket says which form of the host the sample is
        if n.text.startswith("(") and n.text.endswith(")") and not text[m.end:n.start].strip():
            inner = system_of(n.text[1:-1].strip())
            candidates[i] = (m, inner if inner is not None else t)
        elif BRACKET_OPEN.fullmatch(text, m.end, n.start) and BRACKET_CLOSE.match(text, n.end):
            candidates[i] = (m, t)
            consumed.add(n.start)
    return consumed


def _fronted_scaffold(text: str, ms: list[Mention], candidates: list[tuple[Mention, MaterialSystem | None]]
                      ) -> tuple[Mention, str, int] | None:
    """(mention, notation, where the clause ends) of a scaffold fronted before its sample, else None."""
    if candidates and FRONTED.fullmatch(text, 0, candidates[0][0].start):
        n0, t0 = candidates[0]
        add0 = additive(n0, t0)
        end0 = FRONTED_END.match(text, n0.end)
        return (n0, add0, end0.end()) if add0 is not None and end0 is not None else None
    if candidates:
        return fronted_by_confinement(text, ms, candidates)
    return None


def _restates_previous(st: SentenceReading, i: int) -> bool:
    """Is candidate i a bracketed name right after a system, another name of that system (no sample of its own)?"""
    m = st.candidates[i][0]
    return i > 0 and m.text.startswith("(") and m.text.endswith(")") and st.candidates[i - 1][1] is not None \
        and not st.text[st.candidates[i - 1][0].end:m.start].strip()


def _names_a_host(st: SentenceReading, i: int, m: Mention, s: MaterialSystem) -> bool:
    """Can the system of candidate i take additives: a hydride, or a metal the words around it make a sample?"""
    text, candidates = st.text, st.candidates
    return has_hydrogen(s) or shaped_metal(text, m, s) or prefixed_metal(text, st.prefixes, m, s) \
        or reference_alloy(text, m, s) \
        or linked_metal(text, m, s, candidates[i + 1][0] if i + 1 < len(candidates) else None)


def _read_sample(st: SentenceReading, i: int, m: Mention, s: MaterialSystem, fronted: tuple[Mention, str, int] | None,
                 context: MaterialSystem | None, alternatives: list | None, baseline: set[int]) -> None:
    """The sample the host candidate i names, with what the words before and after it put in, into ``st.out``
    (and its start into ``baseline`` when the text names it as the bare reference)."""
    put = Additions(m.start)
    prefixes_before_host(st, i, m, s, put)
    salt_or_swapped_in(st, i, m, s, put)
    if fronted is not None and m.start >= fronted[2] and fronted[0].start not in st.consumed and "@" not in s.name:
        put.parts.append(("@", fronted[1], None))
        st.consumed.add(fronted[0].start)
    if i > 0 and not put.parts:
        material_put_before(st, i, m, s, put)
    if i > 0 and not put.parts:
        made_then_put_in(st, i, put)
    # (a sample with additives is never a baseline: asked before the words around it are searched)
    if not put.parts and s.bare and _named_as_baseline(st.text, m):
        baseline.add(m.start)   # (a mention may hold its word: 'bulk MgH2')
    s, end = _notation_after_host(st, i, m, s)
    alts = _alternatives(st.text, st.candidates, i, end)
    if alts is not None:
        _alternative_samples(st, i, m, s, end, alts, put, alternatives)
        return
    additives_after_host(st, i, m, s, end, put, context, alternatives)


def _named_as_baseline(text: str, m: Mention) -> bool:
    """Do the words around the host name it as the bare reference ('pristine', 'additive-free', 'without …')?"""
    return bool(BASELINE.search(text, max(0, m.start - 40), m.start) or BASELINE_LEAD.match(m.text)
                or LACKING_AFTER.match(text, m.end) or LACKING_FRONTED.search(text, max(0, m.start - 90), m.start))


def _notation_after_host(st: SentenceReading, i: int, m: Mention, s: MaterialSystem) -> tuple[MaterialSystem, int]:
    """(system, where its words end) of the host with a notation written right after it: a spaced '@' or dash,
    or the loading of its last additive in brackets."""
    text = st.text
    # "Mg(BH4)2 @Gr": a converted PDF puts a space before the '@' of the notation
    at = SPACED_AT.match(text, m.end)
    end = m.end
    if at and system_of(f"{s.name}@{at.group(1)}") is not None:
        s, end = system_of(f"{s.name}@{at.group(1)}"), at.end()
        st.consumed.update(n.start for n, _ in st.candidates[i + 1:] if n.start < end)
    loaded = loaded_in_brackets(text, m, s)   # "MgH2–Co (5 wt%)": the loading of the last additive
    if loaded is not None:
        s, end = loaded
    dash = SPACED_DASH.match(text, m.end)  # "Li3AlH6 -Al composite": the same with a dash
    if dash and s.bare and system_of(f"{s.name}–{dash.group(1)}") is not None:
        s, end = system_of(f"{s.name}–{dash.group(1)}"), dash.end()
        st.consumed.update(n.start for n, _ in st.candidates[i + 1:] if n.start < end)
    return s, end


def _alternative_samples(st: SentenceReading, i: int, m: Mention, s: MaterialSystem, end: int, alts: tuple,
                         put: Additions, alternatives: list | None) -> None:
    """"MgH2 with 10 wt% TiO2, Nb2O5 or V2O5": one sample per alternative additive into ``alternatives``; the
    mention keeps the host with what was put in before."""
    text, candidates = st.text, st.candidates
    link, items = alts
    sep = "@" if link.groupdict().get("scaffold") else "–"
    if alternatives is not None:
        each = _amount(link) or each_in_brackets(text, items[-1][0].end)
        # (each with the loading written right before it, where the list gives each one its own)
        alternatives[:] = [_with(s, [(sep, added, own_loading(text, n) or each)], set()) for n, added in items]
        if i > 0 and candidates[i - 1][1] is not None and modified_with(text, *candidates[i - 1], m, s):
            # "LiAlH4 and NaAlH4 doped with 3 mol% Ni or Co": each alternative of both hosts
            alternatives[:] = [_with(candidates[i - 1][1], [(sep, added, own_loading(text, n) or each)], set())
                               for n, added in items] + alternatives
    st.consumed.update(n.start for n, _ in items)
    st.out.append((Mention(m.kind, text[put.start:end], put.start, end, m.term),
                   _with(s, put.parts, put.in_situ, put.catalysts, put.substituents) if put.parts else s))


def _samples_named_by_prefix(st: SentenceReading, found: list[tuple[Mention, MaterialSystem]],
                             context: MaterialSystem | None) -> None:
    """"the Ni-doped sample": a prefix no host has taken names the paragraph's (or the sentence's) hydride with
    that additive."""
    text = st.text
    hosts = list(st.out)
    for k, p in enumerate(st.prefixes):
        if p.start() in st.prefix_used:
            continue
        noun = SAMPLE_NOUN.match(text, p.end())
        chain = coordinated(text, st.prefixes, k)
        if noun is None and chain is None:
            continue
        add = prefix_additive(p.group("add"))
        catalysed = bool(_CATALYSING.search(p.group(0)))
        if add is None or has_hydrogen(add) and not catalysed:
            continue  # ("the KH-doped composite": a hydride the text says dopes the sample is its catalyst)
        if chain is not None:
            # "the Ni-doped and Co-doped MgH2 samples": each prefix makes its own sample of that host
            host = next((s for m, s in found if m.start >= chain and has_hydrogen(s)), None)
            end = p.end()
        else:
            before = [s for m, s in hosts if m.end <= p.start()]
            host = before[-1] if before else ([s for _, s in hosts] or [context])[0]
            end = noun.end()
        if host is None:
            continue
        st.consumed.update(m.start for m, _ in found if p.start() <= m.start < end)
        joined = _prefixed_sample(p, add, catalysed, host, context)
        st.out.append((Mention(SYSTEM_LABEL, text[p.start():end], p.start(), end), joined))


def _prefixed_sample(p: re.Match[str], add: MaterialSystem, catalysed: bool, host: MaterialSystem,
                     context: MaterialSystem | None) -> MaterialSystem:
    """The sample a prefix names of ``host``: at the amount the sample was named with, else none."""
    # "LiNH2–2LiH …, whereas the TiCl3-doped mixture": the doped sample keeps the hydride partners
    # of the composite it was made from, and loses only the other sample's catalysts
    bare = bare_sample(host)
    # "Mg(NH2)2–2LiH doped with 3 mol% KH … the KH-doped composite": the amount the sample was named with
    # (in this sentence, or the paragraph's sample of the same host)
    named_with = [x for x in (host, context) if x is not None and host_formula(x) == host_formula(host)]
    known = next((a.amount for x in named_with for a in x.additives if a.formula == add.name and a.amount is not None),
                 None)
    amount = None if known is None else f"{known.value:g}" if known.unit == "ratio" else f"{known.value:g} {known.unit}"
    codopants = _codopants(p)
    if codopants:
        # "the CeCl3/Ti-codoped sample": the sample made with both ("with 2 mol% CeCl3 + 2 mol% Ti"), else the
        # host with both, no amounts
        made = next((x for x in named_with if {a.formula for a in x.additives} >= set(codopants)), None)
        return made if made is not None else _with(bare, [("–", c, None) for c in codopants], set(),
                                                   set(codopants) if catalysed else set())
    return _with(bare, [("@" if p.group("placed") else "–", add.name, amount)], set(),
                 {add.name} if catalysed else set())


def _one_object_each(st: SentenceReading, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
                     baseline: set[int]) -> tuple[list[tuple[Mention, MaterialSystem]], set[int]]:
    """The samples in order, with the mentions no sample took, cell parts left out, and the notations and
    loadings said after them read; each mention its own object; baselines that took additives dropped."""
    text, consumed = st.text, st.consumed
    out = st.out
    kept = {m.start for m, _ in out}
    out.extend((m, s) for m, s in found if m.start not in kept and m.start not in consumed
               and not any(o.start <= m.start < o.end for o, _ in out))
    # "with In–Li counter electrodes", "between Au blocking electrodes": a cell part is no sample measured
    out = [(m, s) for m, s in out if any(hydride_like(c.formula) for c in s.components)
           or not CELL_PART_AFTER.match(text, m.end)]
    out.sort(key=lambda ms_: ms_[0].start)
    out = denoted(text, out)
    out = and_modified_after(text, both_modified(text, out))
    out = loadings_said_later(text, out, found)
    names = [m.text for m in ms if m.kind in (SYSTEM_LABEL, "Material")]
    out = [(m, named_members(s, names)) for m, s in out]
    # one object per mention (parses are cached and shared): which mention a value went to is
    # told by identity, and "bulk LiBH4" is not the "LiBH4" of the same sentence
    seen: set[int] = set()
    unique = []
    for m, s in out:
        unique.append((m, s.model_copy() if id(s) in seen else s))
        seen.add(id(s))
    # "commercial MgH2 was ball milled with 5 wt% TiO2": the host as bought is made into a sample by what the
    # sentence puts into it ("with …" is read after the words before the host): no baseline then
    baseline -= {m.start for m, s in unique if not s.bare}
    return unique, baseline
