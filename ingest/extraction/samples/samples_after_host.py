"""The additives the words after a host put into it ("MgH2 doped with 5 wt% Ti and CeO2", "Mg(BH4)2
confined in graphene", "MgH2 and Nb2O5 were co-milled"), read one link at a time until another sample
begins; a scaffold a later clause puts the sample in. A step of ``ingest.extraction.samples.samples``."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extraction.text.abbreviations import made_with_only
from ingest.extraction.text.cover_layers import in_cover_stack
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ingest.extraction.text.sample_words import JOINTLY_LINK
from ingest.extraction.text.samples_words import (
    _CATALYSING,
    _PREFIX,
    _SHAPE_WORDS,
    _SUBSTITUTING,
    AMOUNT_IN_BRACKETS,
    AND_LINK,
    AND_ONLY,
    AND_ONLY_START,
    APART,
    BLEND_BEFORE,
    COUNTED_BEFORE,
    EACH,
    IN_SITU,
    LATER_SCAFFOLD,
    LINK_VERB_IN,
    LIST_LINKED,
    LIST_ONLY,
    MADE_ROUTE,
    MILLED_AFTER,
    MILLED_WITH,
    NOT_IN_SAMPLE,
    PARTICLE_WORD,
    REACTION_OF,
    SHELL_AFTER,
    SUBSTRATE_AFTER,
    WITH_END,
)
from ontology.elements import hydride_like
from ontology.models import MaterialSystem
from ontology.system import (
    host_formula,
    storage_metal,
)

from .sample_reading import Additions, SentenceReading
from .samples_additives import (
    additive,
    lattice_doping,
    link_between,
)
from .samples_composites import _ratio_after, called_molar
from .samples_lists import (
    SecondSample,
    each_given_after,
    hydride_milled_in,
    hydride_pair,
    hydrides_first,
    listed_then_milled,
    put_together,
    reacting_pair,
    reaction_named,
    second_sample,
)
from .samples_scaffolds import (
    confining,
    decorated_scaffold,
    held_in_scaffold,
    on_support,
    past_support,
    placed,
    porous_kind,
)
from .samples_systems import (
    _amount,
    _with,
    bare_sample,
    has_hydrogen,
    is_class,
    substituted_compound_alloy,
)


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


def additives_after_host(st: SentenceReading, i: int, m: Mention, s: MaterialSystem, end: int, put: Additions,
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
                and (placed(text, m.start, walk.last_end, n.start) or held_in_scaffold(text, walk.last_end, n)):
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


def _link_after_host(st: SentenceReading, m: Mention, s: MaterialSystem, k: int, walk: _Walk,
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
            and not (link.group("scaffold") and storage_metal(s.host.formula) and confining(n)):
        # "4 nm V particles embedded in 30 nm Mg particles": sizes, not a sample; but "Mg nanoparticles
        # confined in carbon aerogels" is the storage metal (its hydride unloaded) held in its scaffold
        link = None
    if SUBSTRATE_AFTER.match(text, n.end):
        return "stop", link  # "deposited on Cu foil": the substrate or current collector is no part of the sample
    if t is not None and has_hydrogen(t) and not t.bare and host_formula(t) == host_formula(s):
        # "5.1 wt% for MgH2–Ni and 4.3 wt% for MgH2–Fe": another sample of the host, no additive
        return "stop", link
    if t is not None and has_hydrogen(t) and link is not None and AND_ONLY_START.match(link.group(0)) \
            and _PREFIX.search(link.group(0)):
        # "MgH2–FeTi and 8 mol% Ti-doped NaAlH4": a hydride with a dopant of its own is another sample
        return "stop", link
    return "read", link


def _hydride_put_in(st: SentenceReading, m: Mention, s: MaterialSystem, k: int, link: re.Match[str] | None, walk: _Walk,
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


def _material_put_in(st: SentenceReading, m: Mention, n: Mention, t: MaterialSystem | None, link: re.Match[str] | None,
                     walk: _Walk) -> str | None:
    """The notation of the material (no hydride) after the host as an additive: the material itself (on its
    support), or the kind of scaffold a class word names the host is put into."""
    text = st.text
    added = on_support(text, st.prefixes, n, additive(n, t), st.prefix_used)
    if added is None and is_class(n) and not made_with_only(n.term) and (
            link is not None and link.groupdict().get("into")   # "… doped with LiI was confined in silica"
            or walk.first and link is not None and link.groupdict().get("scaffold")
            # ("milled with mesoporous SiO2": a kind of porous scaffold the host is put together with)
            or walk.first and link is not None and porous_kind(n.term)
            or link is None and (placed(text, m.start, walk.last_end, n.start)
                                 or held_in_scaffold(text, walk.last_end, n))):
        added = n.text  # "infiltrated into mesoporous silica", "confining NaBH4 inside the pores
        # of a mesoporous silica": the kind of scaffold is all the text names
    return added


def _milled_with_host(st: SentenceReading, k: int, n: Mention, t: MaterialSystem | None, link: re.Match[str] | None,
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


def _same_sample(st: SentenceReading, i: int, end: int, link: re.Match[str], milled: object, walk: _Walk) -> bool:
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


def _additive_read(st: SentenceReading, m: Mention, s: MaterialSystem, n: Mention, link: re.Match[str], added: str,
                   put: Additions, walk: _Walk) -> MaterialSystem:
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


def _scaffold_said_later(st: SentenceReading, i: int, s: MaterialSystem, last_end: int, put: Additions) -> None:
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
        added = additive(*later) or (later[0].text if is_class(later[0]) else None)
        if added is not None:
            put.parts.append(("@", added, None))
            st.consumed.add(later[0].start)
