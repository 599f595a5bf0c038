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
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ontology.elements import hydride_like
from ontology.models import MaterialSystem
from ontology.strategy_rules import ROLES
from ontology.system import (
    host_formula,
    storage_metal,
)

from .abbreviations import made_with_only
from .cover_layers import in_cover_stack
from .declared_roles import declared_for, role_declared_for
from .electrode_formulations import formulations
from .lacking import LACKING_AFTER, LACKING_FRONTED
from .nlp import SYSTEM_LABEL, Mention, system_of
from .sample_words import (
    JOINTLY_LINK,
    TOGETHER,
)
from .samples_additives import (
    _additive,
    _codopants,
    anion_salt,
    anion_salt_after,
    anion_salt_before,
    before_host,
    element_substituted,
    lattice_doping,
    link_between,
    linked_metal,
    loaded_in_brackets,
    made_then_put,
    named_before_prefix,
    prefix_additive,
    prefixed_metal,
    reference_alloy,
    shaped_metal,
    share_after_prefix,
    swapped_in,
    written_loading,
)
from .samples_amounts import (
    amounts_stated_after,
    equimolar_named,
    fraction_said_of,
    loaded_sample,
    share_of_its_additive,
)
from .samples_cells import cell_stacks
from .samples_composites import _ratio_after, called_molar, composites_of, ratio_after_notation
from .samples_lists import (
    SecondSample,
    _alternatives,
    _coordinated,
    added_loading,
    adding_before,
    and_modified_after,
    both_modified,
    coordinated_before,
    each_given_after,
    each_in_brackets,
    hydride_milled_in,
    hydride_pair,
    hydrides_first,
    joint_dopant,
    listed_then_milled,
    loading_of,
    loadings_said_later,
    modified_with,
    own_loading,
    put_together,
    reacting_pair,
    reaction_named,
    second_sample,
    shared_prefix,
    with_first,
)
from .samples_notations import (
    _abbreviated,
    _denoted,
    named_in_brackets,
    plus_chains,
    scaffold_named_in_words,
    spelled_out_codes,
    states_joined,
    without_restatements,
)
from .samples_scaffolds import (
    _confining,
    _placed,
    carrier,
    codes_in_slot,
    decorated_scaffold,
    fronted_by_confinement,
    held_by_host,
    held_in_scaffold,
    on_fronted_support,
    on_support,
    past_support,
    porous_kind,
    spaced_supports,
)
from .samples_systems import (
    _amount,
    _with,
    amount_before,
    as_additive,
    bare_sample,
    has_hydrogen,
    is_class,
    loading_before,
    named_members,
    substituted_compound_alloy,
)
from .samples_words import (
    _CATALYSING,
    _PREFIX,
    _SHAPE_WORDS,
    _SUBSTITUTING,
    ADDING_TO,
    AMOUNT_IN_BRACKETS,
    AND_LINK,
    AND_ONLY,
    AND_ONLY_START,
    APART,
    AS_CLASS,
    BASELINE,
    BASELINE_LEAD,
    BEFORE_HOST,
    BLEND_BEFORE,
    BRACKET_CLOSE,
    BRACKET_OPEN,
    CATALYST_OF,
    CELL_PART_AFTER,
    COUNT_ADDED,
    COUNTED_BEFORE,
    DOPED_WITH_BEFORE,
    EACH,
    FILLED_WITH,
    FOR_HOST,
    FRONTED,
    FRONTED_END,
    IN_SITU,
    LATER_SCAFFOLD,
    LINK_VERB_IN,
    LIST_JOIN,
    LIST_LINKED,
    LIST_ONLY,
    LOADING_BRACKET,
    MADE_ROUTE,
    MILLED_AFTER,
    MILLED_WITH,
    NOT_IN_SAMPLE,
    PARTICLE_WORD,
    PREFIX_VERB,
    PUT_INTO,
    REACTION_OF,
    SAMPLE_NOUN,
    SHAPED_AMOUNT_IN_BRACKETS,
    SHARE_WORD,
    SHELL_AFTER,
    SPACED_AT,
    SPACED_DASH,
    SPACED_PREFIX,
    SUBSTRATE_AFTER,
    WITH_END,
    WITH_FIRST,
    WITH_FIRST_GAP,
    bracketed_loading,
)


@dataclass
class _Sentence:
    """What the steps reading one sentence's samples share: its words, its chemistry mentions in order
    (with their systems), its '-doped' prefixes, and which mentions and prefixes a sample has taken."""

    text: str
    candidates: list[tuple[Mention, MaterialSystem | None]]
    prefixes: list[re.Match[str]]
    consumed: set[int]                                      # starts of mentions a sample has taken in
    prefix_used: set[int] = field(default_factory=set)      # starts of prefixes a sample has taken
    out: list[tuple[Mention, MaterialSystem]] = field(default_factory=list)


@dataclass
class _Additions:
    """What the text puts into one host, gathered before its sample is composed (``_with``): the parts
    (separator, notation, amount text), the roles the words give them, where the sample's words begin."""

    start: int
    parts: list[tuple[str, str, str | None]] = field(default_factory=list)
    in_situ: set[str] = field(default_factory=set)
    catalysts: set[str] = field(default_factory=set)
    substituents: set[str] = field(default_factory=set)
    mixed_with: set[str] = field(default_factory=set)   # what the host was milled or mixed with, not put into


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
    st = _Sentence(text, candidates, list(_PREFIX.finditer(text)) if PREFIX_VERB.search(text) else [],
                   _host_forms_in_brackets(text, candidates))
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
        ms = without_restatements(text, found, _abbreviated(text, found, ms))
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
        add0 = _additive(n0, t0)
        end0 = FRONTED_END.match(text, n0.end)
        return (n0, add0, end0.end()) if add0 is not None and end0 is not None else None
    if candidates:
        return fronted_by_confinement(text, ms, candidates)
    return None


def _restates_previous(st: _Sentence, i: int) -> bool:
    """Is candidate i a bracketed name right after a system, another name of that system (no sample of its own)?"""
    m = st.candidates[i][0]
    return i > 0 and m.text.startswith("(") and m.text.endswith(")") and st.candidates[i - 1][1] is not None \
        and not st.text[st.candidates[i - 1][0].end:m.start].strip()


def _names_a_host(st: _Sentence, i: int, m: Mention, s: MaterialSystem) -> bool:
    """Can the system of candidate i take additives: a hydride, or a metal the words around it make a sample?"""
    text, candidates = st.text, st.candidates
    return has_hydrogen(s) or shaped_metal(text, m, s) or prefixed_metal(text, st.prefixes, m, s) \
        or reference_alloy(text, m, s) \
        or linked_metal(text, m, s, candidates[i + 1][0] if i + 1 < len(candidates) else None)


def _read_sample(st: _Sentence, i: int, m: Mention, s: MaterialSystem, fronted: tuple[Mention, str, int] | None,
                 context: MaterialSystem | None, alternatives: list | None, baseline: set[int]) -> None:
    """The sample the host candidate i names, with what the words before and after it put in, into ``st.out``
    (and its start into ``baseline`` when the text names it as the bare reference)."""
    put = _Additions(m.start)
    _prefixes_before_host(st, i, m, s, put)
    _salt_or_swapped_in(st, i, m, s, put)
    if fronted is not None and m.start >= fronted[2] and fronted[0].start not in st.consumed and "@" not in s.name:
        put.parts.append(("@", fronted[1], None))
        st.consumed.add(fronted[0].start)
    if i > 0 and not put.parts:
        _material_put_before(st, i, m, s, put)
    if i > 0 and not put.parts:
        _made_then_put_in(st, i, put)
    # (a sample with additives is never a baseline: asked before the words around it are searched)
    if not put.parts and s.bare and _named_as_baseline(st.text, m):
        baseline.add(m.start)   # (a mention may hold its word: 'bulk MgH2')
    s, end = _notation_after_host(st, i, m, s)
    alts = _alternatives(st.text, st.candidates, i, end)
    if alts is not None:
        _alternative_samples(st, i, m, s, end, alts, put, alternatives)
        return
    _additives_after_host(st, i, m, s, end, put, context, alternatives)


def _prefixes_before_host(st: _Sentence, i: int, m: Mention, s: MaterialSystem, put: _Additions) -> None:
    """"Ni-doped MgH2": a prefix right before the host puts its additive in ("CMK-3-confined LiBH4": in its
    scaffold)."""
    text = st.text
    for p in st.prefixes:
        # (the halide a word names, read only for a prefix before this host that no sample has taken)
        salt = anion_salt(text, p, s) if p.end() <= m.start and p.start() not in st.prefix_used else None
        if p.end() <= m.start and before_host(text, st.prefixes, p, m.start) \
                and (salt or prefix_additive(p.group("add")) is not None
                     or named_before_prefix(text, p) is not None) and p.start() not in st.prefix_used:
            _prefix_into_host(st, i, m, s, p, salt, put)


def _prefix_into_host(st: _Sentence, i: int, m: Mention, s: MaterialSystem, p: re.Match[str], salt: str | None,
                      put: _Additions) -> None:
    """The additive (or co-dopants) of prefix ``p`` put into host ``m``, with its loading and the role its verb says."""
    text = st.text
    # ("0.04CeAl4-doped NaAlH4": a molar coefficient glued before the prefix, as indexing services print it)
    loading = p if p.group("coefficient") else loading_before(text, p.start()) \
        or share_after_prefix(text, p)
    # (as written: 'CNTs-doped MgH2' keeps 'CNTs', 'Ni/CNTs-doped' its support)
    named = named_before_prefix(text, p)
    added = salt or as_additive(prefix_additive(named[1] if named else p.group("add")))
    put.start = min(put.start, named[0]) if named else put.start
    # (not a placing prefix's: in "CMK-3-confined LiBH4 (33 wt%)" the share is the hydride's loading)
    after = LOADING_BRACKET.match(text, m.end) if loading is None and not p.group("placed") else None
    if after is not None and (after.group("what") in (p.group("add"), added) or not after.group("what")
                              and bracketed_loading(text, p.start(), after.start(), after.end())):
        loading = after   # "Ti-doped NaAlH4 (2 mol% Ti)": the loading of the one prefix, said after
    codopants = _codopants(p)
    if codopants:
        put.parts += [("–", c, None) for c in codopants]   # "CeCl3/Ti-codoped NaAlH4": two dopants
    else:
        put.parts.append(("@" if p.group("placed") else "–", added,
                          _amount(loading) if loading else None))   # "the 5 wt% Ni-doped MgH2"
    if _SUBSTITUTING.search(p.group(0)) or salt or lattice_doping(p.group(0), added, s):
        put.substituents.add(added)
    elif _CATALYSING.search(p.group(0)):
        put.catalysts.add(added)
    st.prefix_used.add(p.start())
    put.start = min(put.start, p.start())
    _dopant_sharing_prefix(st, i, s, p, put)


def _dopant_sharing_prefix(st: _Sentence, i: int, s: MaterialSystem, p: re.Match[str], put: _Additions) -> None:
    """A dopant listed before the prefixed one that shares its verb: in the same sample when the verb is joint,
    else a sample of the host of its own."""
    shared = shared_prefix(st.text, st.candidates, i, p, st.consumed)
    if shared is not None and TOGETHER.search(p.group(0)):
        # "Ni, CeO2-codoped MgH2": the joint verb puts both dopants into the one sample
        n, added = shared
        put.parts.insert(len(put.parts) - 1, ("–", added, amount_before(st.text, n.start)[0]))
        if _CATALYSING.search(p.group(0)):
            put.catalysts.add(added)
        st.consumed.add(n.start)
        put.start = min(put.start, n.start)
    elif shared is not None:
        # "MnCl2 and submicron-Mn-doped MgH2": the verb of the last dopant is the first one's
        # too; each names a sample of the host of its own
        n, added = shared
        st.out.append((n, _with(s, [("@" if p.group("placed") else "–", added, None)], set(),
                                {added} if _CATALYSING.search(p.group(0)) else set())))
        st.consumed.add(n.start)


def _salt_or_swapped_in(st: _Sentence, i: int, m: Mention, s: MaterialSystem, put: _Additions) -> None:
    """A host with nothing yet put in: a halide the words name for it, or an element substituted into it."""
    text = st.text
    worded = (anion_salt_after(text, m.end, s) or anion_salt_before(text, m.start, s)) if not put.parts else None
    if worded is not None:
        put.parts.append(("–", worded, None))   # "LiBH4 doped with iodide": LiBH4–LiI
        put.substituents.add(worded)
    swapped = swapped_in(text, st.candidates, i, s) if not put.parts else None
    if swapped is not None:
        # "substituting Al for Mg in MgH2": MgH2–Al, Al a substituent (at the share written before it: 'substituting
        # 12.5 at.% Al for Mg')
        loading = loading_before(text, swapped[0])
        put.parts.append(("–", swapped[1], _amount(loading) if loading else None))
        put.substituents.add(swapped[1])
        st.consumed.add(swapped[0])
        put.start = min(put.start, swapped[0])


def _material_put_before(st: _Sentence, i: int, m: Mention, s: MaterialSystem, put: _Additions) -> None:
    """"TiF3 was added to LiBH4": the nearest material before the host, linked to it."""
    text = st.text
    n, t, k_add, link_from = _material_before(st, i, m)
    added = _additive_named_before(st, i, m, n, t, k_add, link_from)
    # ("V2O5 (5 wt%) doped MgH2": the dopant's loading in a bracket between it and the verb)
    loaded = AMOUNT_IN_BRACKETS.match(text, link_from) if n.start not in st.consumed else None
    spaced = SPACED_PREFIX.fullmatch(text, loaded.end() if loaded else link_from, m.start) \
        if n.start not in st.consumed else None
    if spaced and spaced.group("substituted") and not element_substituted(t, s):
        spaced = None
    if spaced and added is None and t is not None and has_hydrogen(t) and t.bare \
            and _CATALYSING.search(spaced.group(0)):
        added = t.name  # "KH doped Mg(NH2)2–2LiH": a hydride the text says dopes the host
    if spaced and added and not NOT_IN_SAMPLE.search(text, max(0, n.start - 40), n.start):
        _spaced_prefix_into_host(st, n, k_add, added, spaced, loaded, put)
        added = None
    if added and _linked_before_host(st, m, s, n, t, k_add, link_from, added):
        _linked_into_host(st, m, s, n, t, k_add, link_from, added, put)


def _material_before(st: _Sentence, i: int, m: Mention
                     ) -> tuple[Mention, MaterialSystem | None, int, int]:
    """(mention, system, its place in the candidates, where its link to the host begins) of the material named
    before host candidate i: the one before it, or the one a class word between them describes."""
    text, candidates = st.text, st.candidates
    n, t = candidates[i - 1]
    k_add = i - 1   # (the additive's place in the candidates: a list before it is read from there)
    if i > 1 and is_class(n) and not text[n.end:m.start].strip() \
            and text[candidates[i - 2][0].end:n.start].strip():
        # "… were milled with alkaline-earth borohydride Mg(BH4)2": the class named just before the host
        # describes the host; the material before the two is the one put in
        k_add = i - 2
        n, t = candidates[k_add]
    link_from = n.end
    if i > 1 and is_class(n) and not text[candidates[i - 2][0].end:n.start].strip():
        n, t = candidates[i - 2]  # "Ti3C2 MXene was used as …": the class word describes it
    elif i > 1 and is_class(n) and AS_CLASS.fullmatch(text, candidates[i - 2][0].end, n.start) \
            and not (i > 2 and LIST_JOIN.fullmatch(text, candidates[i - 3][0].end, candidates[i - 2][0].start)):
        # ("TiO2 and Nb2O5 as additives for MgH2": the last of a list compared, no one sample)
        # "CeO2 was used as an additive in MgH2": the class word names the part the material before it plays
        n, t = candidates[i - 2]
        link_from = n.end
    return n, t, k_add, link_from


def _additive_named_before(st: _Sentence, i: int, m: Mention, n: Mention, t: MaterialSystem | None, k_add: int,
                           link_from: int) -> str | None:
    """The notation of material ``n`` as an additive of host ``m`` when it can be one: a material not yet taken,
    the kind of scaffold filled with the host, or a hydride the words say is put into or meant for the host."""
    text = st.text
    if n.start in st.consumed:
        return None
    added = on_support(text, st.prefixes, n, _additive(n, t), st.prefix_used)
    if added is None and is_class(n) and FILLED_WITH.search(text, link_from, m.start):
        added = n.text[:1].lower() + n.text[1:]  # "Mesoporous silica was infiltrated with LiBH4": the kind of scaffold
    if added is not None or t is None or not has_hydrogen(t) or not t.bare:
        return added
    if PUT_INTO.match(text, link_from, m.start) or ADDING_TO.match(text, link_from, m.start) \
            and adding_before(text, st.candidates, k_add, st.consumed):
        return t.name  # "TiH2 was introduced into MgH2": a hydride added as such is an additive too
    if declared_for(text, link_from, m.start):
        return t.name  # "TiH2 was selected as a catalyst for MgH2": a hydride the text says is for the host
    if WITH_FIRST_GAP.match(text, link_from, m.start) \
            and WITH_FIRST.search(text, max(0, n.start - 40), n.start) \
            and (loading_before(text, n.start)
                 or DOPED_WITH_BEFORE.search(text, max(0, n.start - 40), n.start)):
        # "With 5 mol% KH, the Mg(NH2)2–2LiH composite …": a hydride given as a loading; "When doped with
        # KH, LiNH2–LiH …": one the fronted clause says dopes (or catalyses) the host after it
        return t.name
    return None


def _spaced_prefix_into_host(st: _Sentence, n: Mention, k_add: int, added: str, spaced: re.Match[str],
                             loaded: re.Match[str] | None, put: _Additions) -> None:
    """"Ni doped MgH2", "CMK-3 confined LiBH4–MgH2": the prefix written without its hyphen puts ``n`` in."""
    text = st.text
    put.parts.append(("@" if spaced.group("placed") else "–", added,
                      amount_before(text, n.start)[0] or (_amount(loaded) if loaded else None)))
    if spaced.group("substituted"):
        put.substituents.add(added)
    if _CATALYSING.search(spaced.group(0)):
        put.catalysts.add(added)
    st.consumed.add(n.start)
    # "KH doped Mg(NH2)2–2LiH": the hydride, read as a sample of its own before, is this one's additive
    st.out = [(o, x) for o, x in st.out if not (o.start == n.start and o.end == n.end)]
    put.start = min(put.start, n.start)
    joint = joint_dopant(text, st.candidates, k_add, st.consumed) if TOGETHER.search(spaced.group(0)) else None
    if joint is not None:
        # "Ni and CeO2 co-doped MgH2": the joint verb puts the dopant before the last one in too
        n0, add0 = joint
        put.parts.insert(len(put.parts) - 1, ("–", add0, amount_before(text, n0.start)[0]))
        if _CATALYSING.search(spaced.group(0)):
            put.catalysts.add(add0)
        st.consumed.add(n0.start)
        st.out = [(o, x) for o, x in st.out if o.start != n0.start]
        put.start = min(put.start, n0.start)


def _linked_before_host(st: _Sentence, m: Mention, s: MaterialSystem, n: Mention, t: MaterialSystem | None,
                        k_add: int, link_from: int, added: str) -> bool:
    """Do the words between material ``n`` and host ``m`` put it into the host ('added to', 'for', 'with' after
    a fronted 'with' …), and is it no material the text keeps out of the sample?"""
    text, candidates, consumed = st.text, st.candidates, st.consumed
    return bool((BEFORE_HOST.match(text, link_from, m.start) or held_by_host(text, link_from, m.start, added, t, s)
                 or ADDING_TO.match(text, link_from, m.start)
                 and adding_before(text, candidates, k_add, consumed)
                 or FOR_HOST.match(text, link_from, m.start)
                 and CATALYST_OF.search(text, max(0, n.start - 90), n.start)
                 or declared_for(text, link_from, m.start)
                 or WITH_FIRST_GAP.match(text, link_from, m.start)
                 and with_first(text, candidates, k_add, consumed)) \
        and not NOT_IN_SAMPLE.search(text, max(0, n.start - 40), n.start))


def _linked_into_host(st: _Sentence, m: Mention, s: MaterialSystem, n: Mention, t: MaterialSystem | None,
                      k_add: int, link_from: int, added: str, put: _Additions) -> None:
    """Material ``n`` (with the list or support written with it) put into host ``m``, at the loading said for it."""
    text, candidates = st.text, st.candidates
    amount = loading_before(text, n.start) \
        or SHAPED_AMOUNT_IN_BRACKETS.match(text, n.end) \
        or COUNT_ADDED.search(text, max(0, n.start - 40), n.start)   # "KH (3 mol%) was added to …"
    for c, c_add in coordinated_before(text, candidates, k_add, st.consumed):
        # "TiF3 and graphene were milled with MgH2": every additive of the list goes into the host
        put.parts.append(("–", c_add, loading_of(text, c)))
        st.consumed.add(c.start)
    added = on_fronted_support(text, candidates, k_add, added, st.consumed)
    carried = carrier(text, candidates, k_add, n, st.consumed)
    if carried is not None:
        # "5 wt% TiF3 supported on graphene was milled with MgH2": the catalyst on its support, one
        # additive written catalyst/support (as "milled with TiF3 supported on graphene" gives it)
        c, c_add = carried
        amount = amount or loading_before(text, c.start) \
            or SHAPED_AMOUNT_IN_BRACKETS.match(text, c.end)
        added = f"{c_add}/{added}"
        st.consumed.add(c.start)
    # "CMK-3 loaded with 2LiNH2–MgH2": a scaffold filled with the host holds it; so does one the text says
    # is the host's scaffold ("rGO could serve as the scaffold for MgH2", "was used as a template for")
    holds = (FILLED_WITH.search(text, link_from, m.start)
             or role_declared_for(text, link_from, m.start) == ROLES["scaffold"]) \
        and (t is None or not has_hydrogen(t))
    put.parts.append(("@" if holds else "–", added, _amount(amount) if amount else None))
    if IN_SITU.search(text, max(0, n.start - 25), min(len(text), n.end + 25)):
        put.in_situ.add(added)
    st.consumed.add(n.start)
    if t is not None and has_hydrogen(t) and not any(c.formula == t.host.formula for c in s.components):
        # "KH was introduced into LiNH2–LiH": the hydride, read as a sample of its own before, is this
        # one's additive (else a later 'the sample' would take it up as what the passage is about); one
        # put into a composite written with it already ("NaAlH4 was added to MgH2–NaAlH4 because of its
        # capacity") is named for itself
        st.out = [(o, x) for o, x in st.out if not (o.start == n.start and o.end == n.end)]


def _made_then_put_in(st: _Sentence, i: int, put: _Additions) -> None:
    """"Ni nanoparticles were made … and then milled with MgH2": the additive made first, put into host i."""
    text, candidates, consumed = st.text, st.candidates, st.consumed
    made = made_then_put(text, candidates, i, consumed)
    if made is None:
        return
    n, added, how = made
    amount = loading_before(text, n.start)
    k = next(j for j, (o, _) in enumerate(candidates) if o is n)
    added = on_fronted_support(text, candidates, k, added, consumed)
    carried = carrier(text, candidates, k, n, consumed)
    if carried is not None:
        # "Ni on carbon was prepared and milled with MgH2": what was made is the catalyst on its support
        c, c_add = carried
        amount = amount or loading_before(text, c.start)
        added = f"{c_add}/{added}"
        consumed.add(c.start)
    elif how.group("passive"):
        # "TiO2 and Nb2O5 were selected as additives and milled with MgH2": every additive of the list
        for c, c_add in coordinated_before(text, candidates, k, consumed):
            put.parts.append(("–", c_add, loading_of(text, c)))
            consumed.add(c.start)
    # ("a carbon aerogel was made … and infiltrated with LiBH4": the scaffold holds the host)
    holds = bool(FILLED_WITH.search(how.group(0)))
    put.parts.append(("@" if holds else "–", added,
                      _amount(amount) if amount else written_loading(candidates, i, added)))
    consumed.add(n.start)


def _named_as_baseline(text: str, m: Mention) -> bool:
    """Do the words around the host name it as the bare reference ('pristine', 'additive-free', 'without …')?"""
    return bool(BASELINE.search(text, max(0, m.start - 40), m.start) or BASELINE_LEAD.match(m.text)
                or LACKING_AFTER.match(text, m.end) or LACKING_FRONTED.search(text, max(0, m.start - 90), m.start))


def _notation_after_host(st: _Sentence, i: int, m: Mention, s: MaterialSystem) -> tuple[MaterialSystem, int]:
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


def _alternative_samples(st: _Sentence, i: int, m: Mention, s: MaterialSystem, end: int, alts: tuple,
                         put: _Additions, alternatives: list | None) -> None:
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


@dataclass
class _Walk:
    """Where the reading of the additives after a host stands: the end of the words read, whether the next
    additive is the first, whether the first link put them in together, whether a list the milling puts
    together holds the host, the amount said for each, and the second sample of the host the words opened."""

    last_end: int
    first: bool = True
    together: object = False
    milled_list: bool = False
    each: str | None = None
    other: SecondSample | None = None


def _additives_after_host(st: _Sentence, i: int, m: Mention, s: MaterialSystem, end: int, put: _Additions,
                          context: MaterialSystem | None, alternatives: list | None) -> None:
    """"MgH2 doped with 5 wt% Ti and CeO2", "Mg(BH4)2 confined in graphene": the additives the words after host
    candidate i put into it, and a scaffold a later clause puts it in; the sample (and a second sample of the
    host the words open) into ``st.out``."""
    text, candidates = st.text, st.candidates
    walk = _Walk(end)
    for k, (n, t) in enumerate(candidates[i + 1:], start=i + 1):
        if _describes_next(text, candidates, k, walk):
            continue
        verdict, link = _link_after_host(st, m, s, k, walk, put.parts)
        if verdict == "skip":
            continue
        if verdict == "stop":
            break
        added: str | None
        if t is not None and has_hydrogen(t) and not substituted_compound_alloy(t):
            link = _hydride_put_in(st, m, s, k, link, walk, context)
            if link is None:
                break  # another hydride: what follows is about it
            added = t.name  # "modified with 5 wt.% Li3AlH6": a hydride given by amount is an additive
        else:
            added = _material_put_in(st, m, n, t, link, walk)
        if added is None and t is None and walk.first and re.fullmatch(r"\d[A-Z]", n.text):
            continue  # '3D', '2D': the shape of what follows, no material
        if added is None:
            break
        milled, link = _milled_with_host(st, k, n, t, link, walk)
        if link is None and walk.first and not made_with_only(n.term) \
                and (_placed(text, m.start, walk.last_end, n.start) or held_in_scaffold(text, walk.last_end, n)):
            put.parts.append(("@", added, None))  # "confined LiBH4 within carbon nanocages"
            st.consumed.add(n.start)
            walk.last_end, walk.first, walk.together = n.end, False, False
            continue
        if link is None or not _same_sample(st, i, end, link, milled, walk):
            break
        s = _additive_read(st, m, s, n, link, added, put, walk)
    put.parts = each_given_after(text, put.parts, walk.last_end)
    _scaffold_said_later(st, i, s, walk.last_end, put)
    if put.parts:   # (into a scaffold or milled with a support: 'milled with Ni-decorated graphene' alike)
        put.parts += decorated_scaffold(text, st.prefixes, st.prefix_used, candidates[i + 1:], st.consumed)
    if walk.milled_list:
        s, put.parts = hydrides_first(s, put.parts)
    system = _with(s, put.parts, put.in_situ, put.catalysts, put.substituents, put.mixed_with) if put.parts else s
    st.out.append((Mention(m.kind, text[put.start:end], put.start, end, m.term), system))
    if walk.other is not None:
        other = walk.other
        second = _with(bare_sample(s), other.parts, set(), other.catalysts)
        st.out.append((Mention(SYSTEM_LABEL, text[other.start:other.end], other.start, other.end), second))
        if alternatives is not None:
            alternatives[:] = [system, second]   # (the words after the sentence say which: "the co-doped one")


def _describes_next(text: str, candidates: list, k: int, walk: _Walk) -> bool:
    """Is candidate k words that describe the name after it, or the class of the host, rather than an additive?"""
    n, t = candidates[k]
    if k + 1 < len(candidates) and n.kind == "Material" and t is None \
            and not text[n.end:candidates[k + 1][0].start].strip() \
            and text[candidates[k + 1][0].start] not in "([":   # "carbon nanotubes (Ni/CNT)": a label
        return True  # "mesoporous silica SBA-15": the words before the name describe it
    if walk.first and n.start >= walk.last_end and not text[walk.last_end:n.start].strip() and is_class(n):
        walk.last_end = n.end   # "the TiH2 hydride electrode": the class named after the host describes it
        return True
    return False


def _link_after_host(st: _Sentence, m: Mention, s: MaterialSystem, k: int, walk: _Walk,
                     parts: list[tuple[str, str, str | None]]) -> tuple[str, re.Match[str] | None]:
    """("read", link) of the words between what was read and candidate k; ("skip", …) past a precursor named in
    how the host was made; ("stop", …) where a second sample, a reaction partner, a substrate or another
    sample begins."""
    text = st.text
    n, t = st.candidates[k]
    first, last_end = walk.first, walk.last_end
    link = link_between(text, last_end, n.start) if first else AND_LINK.match(text, last_end, n.start)
    # (after the additives a link put in, or those the host's mention already holds: "prepared by ball
    # milling NaAlH4 with 4 mol% CeCl3 or with …")
    if (not first or not s.bare) and (other := second_sample(text, s, parts, st.candidates, k, last_end)) is not None:
        walk.other = other
        st.consumed.update(other.taken)
        return "stop", link   # "… and co-doped with 2 mol% TiCl3 + 2 mol% CeCl3": a second sample of the host begins
    if link is None and not first and " w" in text[last_end:n.start]:
        link = LIST_LINKED.match(text, last_end, n.start)
    if first and link is None and MADE_ROUTE.fullmatch(text, last_end, n.start):
        return "skip", link  # "formed by hydrogenation of Bu2Mg inside the pores of C": a precursor of how it was made
    if link is not None and not first and APART.search(link.group(0)):
        return "stop", link
    if link is not None and first and re.fullmatch(r"\s*with\s+", link.group(0)) \
            and REACTION_OF.search(text, max(0, m.start - 30), m.start) \
            and not (t is not None and hydride_pair(s, t) and reaction_named(text, m.start)):
        # (but "the reaction of LiBH4 with MgH2": two hydrides whose reaction is the composite's)
        return "stop", link  # "the conversion of Mg2FeH6 with Li": what the host reacts with, no additive
    if link is not None and first and PARTICLE_WORD.search(link.group(0)) and not has_hydrogen(s) \
            and not (link.group("scaffold") and storage_metal(s.host.formula) and _confining(n)):
        # "4 nm V particles embedded in 30 nm Mg particles": sizes, not a sample; but "Mg nanoparticles
        # confined in carbon aerogels" is the storage metal (its hydride unloaded) held in its scaffold
        link = None
    if SUBSTRATE_AFTER.match(text, n.end):
        return "stop", link  # "deposited on Cu foil": the substrate or current collector is no part of the sample
    if t is not None and has_hydrogen(t) and not t.bare and host_formula(t) == host_formula(s):
        return "stop", link  # "5.1 wt% for MgH2–Ni and 4.3 wt% for MgH2–Fe": another sample of the host, no additive
    if t is not None and has_hydrogen(t) and link is not None and AND_ONLY_START.match(link.group(0)) \
            and _PREFIX.search(link.group(0)):
        return "stop", link  # "MgH2–FeTi and 8 mol% Ti-doped NaAlH4": a hydride with a dopant of its own is another
    return "read", link


def _hydride_put_in(st: _Sentence, m: Mention, s: MaterialSystem, k: int, link: re.Match[str] | None, walk: _Walk,
                    context: MaterialSystem | None) -> re.Match[str] | None:
    """The link that puts hydride candidate k into host ``m`` (by amount, as a catalyst, blended, milled together
    or as a coating), else None: another hydride, what follows is about it."""
    text = st.text
    n, t = st.candidates[k]
    first, last_end = walk.first, walk.last_end
    blended = first and link is not None and (re.fullmatch(r"\s*with\s+(?:the\s+)?", link.group(0))
                                              and BLEND_BEFORE.search(text, max(0, m.start - 40), m.start)
                                              or MILLED_WITH.search(link.group(0)))
    # "doped with KH", "catalysed by NaH": a hydride the text puts in as a catalyst
    # (and "Mg(NH2)2–2LiH with RbH", "LiBH4 with MgH2": a hydride a hydride is written with)
    # (two hydrides written as such, not compared: "compared ZrH2 with the Mg/MgH2 system")
    catalysing = first and link is not None and (
        _CATALYSING.search(link.group(0))
        or WITH_END.search(link.group(0)) and t.bare and hydride_like(t.host.formula)
        and hydride_like(s.host.formula) and not NOT_IN_SAMPLE.search(text, max(0, m.start - 40), m.start))
    # (the host named again is another sample of it: "… for NaAlH4 with TiCl3 and NaAlH4 with CeCl3")
    co_milled = hydride_milled_in(text, st.candidates, k, last_end, first, walk.together) \
        if t.bare and not APART.search(text) and host_formula(t) != host_formula(s) \
        and not COUNTED_BEFORE.search(text, max(0, m.start - 80), m.start) else None
    if co_milled is None and link is None and first:
        co_milled = reacting_pair(text, m.start, last_end, n, s, t, context)
    if co_milled is not None and link is None:
        # "MgH2 and LiBH4 were ball milled together", "MgH2, LiBH4 and Ni were co-milled": a hydride in
        # the list the milling puts together is the reactive partner of one sample
        link, walk.milled_list = co_milled, True
    # (a hydride named as the host's coating is in the same sample: "an MgH2 anode coated with a
    # Mg(BH4)2 layer", "MgH2 with a LiBH4 shell")
    coating = link is not None and SHELL_AFTER.match(text, n.end) is not None
    if link is None or not (_amount(link) or blended or catalysing or link.groupdict().get("shell")
                            or co_milled is not None or coating):
        return None
    return link


def _material_put_in(st: _Sentence, m: Mention, n: Mention, t: MaterialSystem | None, link: re.Match[str] | None,
                     walk: _Walk) -> str | None:
    """The notation of the material (no hydride) after the host as an additive: the material itself (on its
    support), or the kind of scaffold a class word names the host is put into."""
    text = st.text
    added = on_support(text, st.prefixes, n, _additive(n, t), st.prefix_used)
    if added is None and is_class(n) and not made_with_only(n.term) and (
            link is not None and link.groupdict().get("into")   # "… doped with LiI was confined in silica"
            or walk.first and link is not None and link.groupdict().get("scaffold")
            # ("milled with mesoporous SiO2": a kind of porous scaffold the host is put together with)
            or walk.first and link is not None and porous_kind(n.term)
            or link is None and (_placed(text, m.start, walk.last_end, n.start)
                                 or held_in_scaffold(text, walk.last_end, n))):
        added = n.text  # "infiltrated into mesoporous silica", "confining NaBH4 inside the pores
        # of a mesoporous silica": the kind of scaffold is all the text names
    return added


def _milled_with_host(st: _Sentence, k: int, n: Mention, t: MaterialSystem | None, link: re.Match[str] | None,
                      walk: _Walk) -> tuple[object, re.Match[str] | None]:
    """(milled, link): a material the host is listed with and the milling puts together with it ("MgH2 and
    5 wt% Nb2O5 were co-milled") is in its sample, linked by the list."""
    text, candidates, first, last_end = st.text, st.candidates, walk.first, walk.last_end
    # (a prefix of the additive stands in the gap: "MgH2 and graphene-supported Ni were milled")
    before_n = next((p.start() for p in st.prefixes if p.end() <= n.start and not text[p.end():n.start].strip()),
                    n.start) if first and link is None else n.start
    milled = first and link is None and AND_ONLY.fullmatch(text, last_end, before_n) \
        and (t is None or not has_hydrogen(t)) and MILLED_AFTER.match(text, past_support(text, candidates, k))
    if milled:
        # "MgH2 and 5 wt% Nb2O5 were co-milled", "MgH2 and Ni (molar ratio 1:0.1) were milled together":
        # the two put together by the milling are one sample
        link = AND_ONLY.fullmatch(text, last_end, before_n)
    elif first and link is None and (t is None or not has_hydrogen(t)) \
            and listed_then_milled(text, candidates, k, last_end, hydrides=True):
        # "MgH2, Ni and CNTs were milled": the host first in a list the milling puts together
        milled, link = True, LIST_ONLY.fullmatch(text, last_end, n.start)
        walk.milled_list = True
    return milled, link


def _same_sample(st: _Sentence, i: int, end: int, link: re.Match[str], milled: object, walk: _Walk) -> bool:
    """Does ``link`` put the next additive into the same sample? The first link always does (and says whether
    the ones after it go in together); a later one needs a joint verb, an amount or its own verb."""
    if walk.first:
        walk.together = bool(JOINTLY_LINK.search(link.group(0))) or bool(_amount(link)) or milled \
            or walk.milled_list or put_together(st.text, st.candidates, i, end)
        return True
    # "…, decorated with Ni": a verb that puts it into the same sample ("… Ni anchored on graphene", "supported
    # on C": the support the additive sits on is in it with the additive)
    return bool(walk.together or _amount(link) or link.groupdict().get("verb") or link.groupdict().get("shell")
                or link.groupdict().get("on") or link.re is LIST_LINKED
                # ("doped with Ni and then coated with carbon": the verb read among the words before it)
                or "ed " in link.group(0) and LINK_VERB_IN.search(link.group(0)))


def _additive_read(st: _Sentence, m: Mention, s: MaterialSystem, n: Mention, link: re.Match[str], added: str,
                   put: _Additions, walk: _Walk) -> MaterialSystem:
    """Additive ``n`` put into the host with the separator, amount and role its link gives; returns the host
    (counted, when a molar ratio gives it whole counts)."""
    text, parts = st.text, put.parts
    sep = _separator(text, n, link, walk.first, parts)
    s, amount = _loading_after(text, n, link, s, walk.first)
    if amount is not None and EACH.search(link.group(0)):
        walk.each = amount    # "with 5 wt% each of TiO2 and Nb2O5": the amount of every additive listed
    elif amount is None and walk.each is not None and sep != "@":
        amount = walk.each
    parts.append((sep, added, amount))
    if walk.first and sep != "@" and (MILLED_WITH.search(link.group(0))
                                      or link.group(0).strip() == "with"
                                      and BLEND_BEFORE.search(text, max(0, m.start - 40), m.start)):
        put.mixed_with.add(added)   # "LiBH4 was ball milled with SBA-15", "ball milling LiBH4 with SBA-15"
    if lattice_doping(link.group(0), added, s):
        put.substituents.add(added)
    elif _CATALYSING.search(link.group(0)):
        put.catalysts.add(added)
    elif _SUBSTITUTING.search(link.group(0)):
        put.substituents.add(added)
    if IN_SITU.search(text, max(0, n.start - 25), min(len(text), n.end + 25)):
        put.in_situ.add(added)
    st.consumed.add(n.start)
    # (past "nanoparticles": "Ni nanoparticles and CNTs")
    walk.last_end, walk.first = _SHAPE_WORDS.match(text, n.end).end(), False
    return s


def _separator(text: str, n: Mention, link: re.Match[str], first: bool, parts: list[tuple[str, str, str | None]]
               ) -> str:
    """How additive ``n`` is written into the sample: '@' in a scaffold, '/' on the additive before it, '–' mixed
    in; a bare list keeps the separator of the one before."""
    return "@" if first and link.groupdict().get("scaffold") or link.groupdict().get("into") else (
        "/" if not first and link.groupdict().get("on") and parts and parts[-1][0] != "@"
        and not in_cover_stack(text, n.start) else   # ('capped by Ta/Pd': two layers, no supported catalyst)
        "–" if first or link.groupdict().get("verb") or link.groupdict().get("shell") or link.groupdict().get("with")
        else parts[-1][0] if parts else "–")


def _loading_after(text: str, n: Mention, link: re.Match[str], s: MaterialSystem, first: bool
                   ) -> tuple[MaterialSystem, str | None]:
    """(host, amount text) of additive ``n``: the amount in its link, in brackets after it, or from a molar ratio
    written after the first one (which may give the host a whole count)."""
    amount = _amount(link)
    bracket = AMOUNT_IN_BRACKETS.match(text, n.end) if amount is None else None
    if bracket:
        amount = _amount(bracket)   # "doped with Ni (5 wt%)": the loading in brackets after the additive
    ratio = _ratio_after(text, n.end) if first and amount is None else None
    if ratio and called_molar(ratio) and float(ratio.group("a")) > 0:
        # "milled with Ni in a molar ratio of 1:0.1": moles of the additive per mole of the host;
        # "milled with MgH2 in a 2:1 molar ratio": whole counts stay on both (2LiBH4–MgH2)
        a, b = float(ratio.group("a")), float(ratio.group("b"))
        counted = system_of(f"{a:g}{s.name}") if a != 1 and a.is_integer() and b.is_integer() \
            and not any(c.amount for c in s.components) else None
        if counted is not None:
            s, amount = counted, (f"{b:g}" if b != 1 else None)
        else:
            amount = f"{b / a:g}"
    return s, amount


def _scaffold_said_later(st: _Sentence, i: int, s: MaterialSystem, last_end: int, put: _Additions) -> None:
    """"… mixed with LiBH4, and the mixture was ball milled and confined in MCM-41": a later clause puts the
    sample just made into a scaffold."""
    text = st.text
    rest = [(n, t) for n, t in st.candidates[i + 1:] if n.start >= last_end and n.start not in st.consumed]
    later = rest[0] if rest else None
    for a, b in zip(rest, rest[1:]):  # "a polymer poly(methyl methacrylate) (PMMA) matrix": the name it ends with
        if not re.fullmatch(r"\s*\(?\s*", text[a[0].end:b[0].start]):
            break
        if b[1] is not None:
            later = b
    if later is not None and (later[1] is None or not has_hydrogen(later[1])) \
            and LATER_SCAFFOLD.match(text, last_end, rest[0][0].start) and "@" not in s.name \
            and not APART.search(text, last_end, rest[0][0].start) \
            and not any(x[0] == "@" for x in put.parts):
        # ("doped with LiI and confined in mesoporous silica": the kind of scaffold is all the text names)
        added = _additive(*later) or (later[0].text if is_class(later[0]) else None)
        if added is not None:
            put.parts.append(("@", added, None))
            st.consumed.add(later[0].start)

def _samples_named_by_prefix(st: _Sentence, found: list[tuple[Mention, MaterialSystem]],
                             context: MaterialSystem | None) -> None:
    """"the Ni-doped sample": a prefix no host has taken names the paragraph's (or the sentence's) hydride with
    that additive."""
    text = st.text
    hosts = list(st.out)
    for k, p in enumerate(st.prefixes):
        if p.start() in st.prefix_used:
            continue
        noun = SAMPLE_NOUN.match(text, p.end())
        chain = _coordinated(text, st.prefixes, k)
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


def _one_object_each(st: _Sentence, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
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
    out = _denoted(text, out)
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
