"""The additives the words before a host put into it: a '-doped' prefix ("Ni-doped MgH2"), a halide or
substituted element the words name, a material linked to the host after it ("TiF3 was added to LiBH4",
"Ni doped MgH2"), or one made first and then put in. A step of ``ingest.extraction.samples.samples``."""
from __future__ import annotations

import re

from ingest.extraction.text.nlp import Mention
from ingest.extraction.text.sample_words import TOGETHER
from ingest.extraction.text.samples_words import (
    _CATALYSING,
    _SUBSTITUTING,
    ADDING_TO,
    AMOUNT_IN_BRACKETS,
    AS_CLASS,
    BEFORE_HOST,
    CATALYST_OF,
    COUNT_ADDED,
    DOPED_WITH_BEFORE,
    FILLED_WITH,
    FOR_HOST,
    IN_SITU,
    LIST_JOIN,
    LOADING_BRACKET,
    NOT_IN_SAMPLE,
    PUT_INTO,
    SHAPED_AMOUNT_IN_BRACKETS,
    SPACED_PREFIX,
    WITH_FIRST,
    WITH_FIRST_GAP,
    bracketed_loading,
)
from ontology.models import MaterialSystem
from ontology.strategy_rules import ROLES

from .declared_roles import declared_for, role_declared_for
from .sample_reading import Additions, SentenceReading
from .samples_additives import (
    _codopants,
    additive,
    anion_salt,
    anion_salt_after,
    anion_salt_before,
    before_host,
    element_substituted,
    lattice_doping,
    made_then_put,
    named_before_prefix,
    prefix_additive,
    share_after_prefix,
    swapped_in,
    written_loading,
)
from .samples_lists import (
    adding_before,
    coordinated_before,
    joint_dopant,
    loading_of,
    shared_prefix,
    with_first,
)
from .samples_scaffolds import (
    carrier,
    held_by_host,
    on_fronted_support,
    on_support,
)
from .samples_systems import (
    _amount,
    _with,
    amount_before,
    as_additive,
    has_hydrogen,
    is_class,
    loading_before,
)


def prefixes_before_host(st: SentenceReading, i: int, m: Mention, s: MaterialSystem, put: Additions) -> None:
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


def _prefix_into_host(st: SentenceReading, i: int, m: Mention, s: MaterialSystem, p: re.Match[str], salt: str | None,
                      put: Additions) -> None:
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


def _dopant_sharing_prefix(st: SentenceReading, i: int, s: MaterialSystem, p: re.Match[str], put: Additions) -> None:
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


def salt_or_swapped_in(st: SentenceReading, i: int, m: Mention, s: MaterialSystem, put: Additions) -> None:
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


def material_put_before(st: SentenceReading, i: int, m: Mention, s: MaterialSystem, put: Additions) -> None:
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


def _material_before(st: SentenceReading, i: int, m: Mention
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


def _additive_named_before(st: SentenceReading, i: int, m: Mention, n: Mention, t: MaterialSystem | None, k_add: int,
                           link_from: int) -> str | None:
    """The notation of material ``n`` as an additive of host ``m`` when it can be one: a material not yet taken,
    the kind of scaffold filled with the host, or a hydride the words say is put into or meant for the host."""
    text = st.text
    if n.start in st.consumed:
        return None
    added = on_support(text, st.prefixes, n, additive(n, t), st.prefix_used)
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


def _spaced_prefix_into_host(st: SentenceReading, n: Mention, k_add: int, added: str, spaced: re.Match[str],
                             loaded: re.Match[str] | None, put: Additions) -> None:
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


def _linked_before_host(st: SentenceReading, m: Mention, s: MaterialSystem, n: Mention, t: MaterialSystem | None,
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


def _linked_into_host(st: SentenceReading, m: Mention, s: MaterialSystem, n: Mention, t: MaterialSystem | None,
                      k_add: int, link_from: int, added: str, put: Additions) -> None:
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


def made_then_put_in(st: SentenceReading, i: int, put: Additions) -> None:
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
