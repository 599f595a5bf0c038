"""Additives and hosts named in lists: several additives after one link ('doped with TiF3, NbF5 and CeO2') put into one
sample or one sample each ('… with Ti, Zr or Ce'), a second sample of the same host ('or with 5 mol% Ni', 'and
with'), prefixes coordinated ('Ni-doped and Co-doped MgH2'), one amount for each ('(5 wt% each)'), 'both X and Y
doped with Z', additives listed before the one a word adds ('adding TiF3 and 7 wt% NbF5'), and the parts of a
milling or a reaction ('MgH2, Ni and CNTs were milled', 'the reaction of LiBH4 with MgH2'). Apart because a list
decides how many samples there are, not what each additive is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extraction.text.amounts import AMOUNT_GROUPS, AMOUNT_OF, amount_text
from ingest.extraction.text.nlp import Mention, system_of
from ingest.extraction.text.sample_words import BASELINE_BEFORE, SEVERAL_WORDS, TOGETHER_LINK
from ingest.extraction.text.samples_words import (
    _AMOUNT,
    _CATALYSING,
    _SHAPE_WORDS,
    ADDING,
    ADDING_TO,
    ADJECTIVES,
    AMOUNT_IN_BRACKETS,
    AND_LINK,
    AND_ONLY,
    APART,
    BETWEEN_PREFIX_AND_HOST,
    COUNT_ADDED,
    EACH,
    LINK_VERB,
    LIST_GAP,
    LIST_NEXT,
    LIST_ONLY,
    MILLED_AFTER,
    OR_LOADED_NEXT,
    PLURAL_SAMPLES,
    PUT_INTO,
    REACTION_OF,
    RESPECTIVELY,
    SHAPE_WORDS_TEXT,
    SHAPED_AMOUNT_IN_BRACKETS,
    WITH_FIRST,
)
from ontology.elements import formula_symbols, hydride_like
from ontology.models import MaterialSystem
from ontology.strategy_rules import ROLES
from ontology.system import host_formula
from ontology.vocabulary import vocabulary

from .samples_additives import additive, link_between
from .samples_context import loading_given
from .samples_systems import _amount, _with, amount_before, bare_sample, has_hydrogen, loading, loading_before

_EACH_IN_BRACKETS = re.compile(rf"\s*\(\s*(?:each\s+)?{AMOUNT_GROUPS}(?:\s+each)?\s*\)", re.I)


def each_in_brackets(text: str, end: int) -> str | None:
    """The amount a bracket right after a list's last additive says each of them holds ('Ni, Co and Fe (each
    10 wt%)'); None for a bracket that does not say 'each' (the last additive's own loading)."""
    bracket = _EACH_IN_BRACKETS.match(text, end)
    return _amount(bracket) if bracket is not None and EACH.search(bracket.group(0)) else None


def each_given_after(text: str, parts: list[tuple[str, str, str | None]], end: int) -> list[tuple[str, str, str | None]]:
    """``parts`` with the amount a bracket after the last of them gives each ('doped with TiO2 and Nb2O5 (5 wt% each)')
    put on every additive that has none."""
    each = each_in_brackets(text, end) if len(parts) > 1 else None
    if each is None:
        return parts
    return [(sep, add, amount if amount is not None or sep == "@" else each) for sep, add, amount in parts]


_CONJUNCTION = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


_CONJ_BEFORE_PREFIX = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def shared_prefix(text: str, candidates: list, i: int, p: re.Match, consumed: set[int]):
    """(mention, additive) of a material coordinated before a prefix ("MnCl2 and Mn-doped MgH2":
    MnCl2-doped MgH2 too), or None. Only a material the prefix's host (candidate i) is not named with."""
    before = [(n, t) for n, t in candidates[:i] if n.end <= p.start()]
    if not before:
        return None
    n, t = before[-1]
    if n.start in consumed or not _CONJ_BEFORE_PREFIX.fullmatch(text, n.end, p.start()):
        return None
    add = additive(n, t)
    return (n, add) if add is not None else None


# ", " or " and " before the last dopant of a joint verb, with its loading ("5 wt% Ni and 3 wt% CeO2 co-doped")
_JOINT_GAP = re.compile(rf"\s*(?:,\s*(?:and\s+)?|and\s+)(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?")


def joint_dopant(text: str, candidates: list, k: int, consumed: set[int]):
    """(mention, additive) of the material joined by 'and' or a comma to the dopant ``candidates[k]`` that a
    spaced joint verb follows ("Ni and CeO2 co-doped MgH2"), or None."""
    if k < 1:
        return None
    n, t = candidates[k - 1]
    if n.start in consumed or not _JOINT_GAP.fullmatch(text, n.end, candidates[k][0].start):
        return None
    add = additive(n, t)
    return (n, add) if add is not None else None


def coordinated(text: str, prefixes: list[re.Match], k: int) -> int | None:
    """'Ni-doped and Co-doped MgH2': where the hydride after the last prefix of a coordinated
    chain starting at prefix k begins, or None when prefix k is not followed by another."""
    j = k
    while j + 1 < len(prefixes) and _CONJUNCTION.fullmatch(text, prefixes[j].end(), prefixes[j + 1].start()):
        j += 1
    if j == k:
        return None
    after = BETWEEN_PREFIX_AND_HOST.match(text, prefixes[j].end())
    return after.end() if after else prefixes[j].end()


# "… with TiF3 as the catalyst", "… with 5 wt% Ni nanoparticles as an additive": the role the material is named in
_AS_ROLE = re.compile(rf"{SHAPE_WORDS_TEXT}\s+as\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?(?:catalysts?|additives?|"
                      r"dopants?|promoters?)\b", re.I)


def _listed(text: str, candidates: list, i: int, end: int):
    """(link, [(mention, notation)], said 'or') of the additives listed after one link to the hydride of
    candidate i ("doped with TiF3, NbF5 and CeO2"), or None. A hydride given by amount is an additive here."""
    items: list = []
    link, last_end, said_or = None, end, False
    for n, t in candidates[i + 1:]:
        if not items:
            link = link_between(text, last_end, n.start)
            if link is None or link.group("studied") and not _AS_ROLE.match(text, n.end):
                return None
        else:
            # ("with 5 mol% NbF5 or 5 mol% TiCl3": an alternative may come with its own loading)
            sep = LIST_NEXT.fullmatch(text, last_end, n.start) or OR_LOADED_NEXT.fullmatch(text, last_end, n.start)
            if sep is None:
                break
            said_or = said_or or bool(re.search(r"\bor\b", sep.group(0)))
        hydride = t is not None and has_hydrogen(t)
        # (so is one the ontology gives a usual role as another hydride's additive: "milled with KH or RbH")
        add = t.name if hydride and (_amount(link) or _usual_additive(t)) else additive(n, t)
        if add is None:
            break
        items.append((n, add))
        last_end = n.end
    return (link, items, said_or) if link is not None else None


def _usual_additive(system: MaterialSystem) -> bool:
    """A single hydride the ontology gives a usual role as another hydride's additive (KH, RbH, TiH2: a catalyst or
    a destabilizing partner), not a storage host of its own (MgH2, LiBH4: no usual role)."""
    term = vocabulary().by_formula(system.host.formula) if system.bare else None
    return term is not None and term.usual_role is not None


def own_loading(text: str, n) -> str | None:
    """The loading written right before a listed additive's mention ('or 5 mol% TiCl3': 5 mol%), else None."""
    before = OR_LOADED_NEXT.search(text, max(0, n.start - 30), n.start)
    return amount_text(before) if before is not None and before.end() == n.start else None


def _alternatives(text: str, candidates: list, i: int, end: int):
    """(link, [(mention, notation)]) when the hydride of candidate i is given a list of additives that
    are alternatives — one sample each — rather than one sample holding them all: the list says 'or',
    the host is named as several samples, the additives are scaffolds (a sample sits in one), or
    three or more share one amount. None otherwise."""
    listed = _listed(text, candidates, i, end)
    if listed is None or len(listed[1]) < 2:
        return None
    link, items, said_or = listed
    scaffolds = bool(link.groupdict().get("scaffold"))
    if said_or or PLURAL_SAMPLES.match(text, end) or scaffolds \
            or _one_each(text, link, items, end) and not _of_several_kinds(candidates[i][1], items, text, end) \
            or len(items) >= 3 and _amount(link):
        return link, items
    return None


# "NaAlH4 doped with 4 mol% TiCl3 and co-doped with 2 mol% TiCl3 + 2 mol% CeCl3", "MgH2 milled with 5 wt% Ni or
# with 5 wt% Co", "LiBH4 with 10 wt% TiF3 and with 10 wt% NbF5": a second link to the same host after its first
# additives opens a second sample of that host (the words between the first sample's last additive and the next one)
_ANOTHER_SAMPLE = re.compile(rf"{SHAPE_WORDS_TEXT}\s*,?\s*(?:(?P<or>or)|and(?=\s+(?:co-?[a-z]+ed\s+)?(?:with|by)\b))\s+"
                             rf"(?P<rest>(?:(?P<co>co-?[a-z]+ed)\s+|[a-z]+ed\s+)?(?:with|by)\s+(?:{_AMOUNT})?{ADJECTIVES})$", re.I)


# the next additive of the second sample's list: "+ 2 mol% CeCl3", ", 2 mol% CeCl3", "and 2 mol% CeCl3"
_NEXT_OF_SECOND = re.compile(rf"{SHAPE_WORDS_TEXT}\s*(?:\+|,\s*(?:and\s+)?|and\s+)\s*(?:{_AMOUNT})?{ADJECTIVES}$", re.I)


@dataclass
class SecondSample:
    """The second sample of a host a sentence names after the first one's additives."""

    start: int                               # where its link begins ("co-doped with …", "with …")
    end: int                                 # the end of its last additive
    parts: list[tuple[str, str, str | None]]
    catalysts: set[str]
    taken: list[int]                         # the starts of the additives' mentions


def second_sample(text: str, host: MaterialSystem, parts: list[tuple[str, str, str | None]], candidates: list,
                   k: int, last_end: int) -> SecondSample | None:
    """The second sample of ``host`` whose link stands before candidate k, when the words there open one: 'or'
    (with or without a verb), 'and with', or 'and' with a co-doping verb whose list holds two additives or
    one the first sample already has: a co-doping names every dopant of its sample, and the same additive
    again (at another amount) is never one sample. None otherwise ("doped with Ni and then milled with
    graphite", "co-doped with Ni and Co" are one sample)."""
    gap = _ANOTHER_SAMPLE.fullmatch(text, last_end, candidates[k][0].start)
    if gap is None or gap.group("co") and not gap.group("or") and not _CATALYSING.search(gap.group("co")):
        return None   # ("and co-milled with graphite": milled into the same sample)
    second: list[tuple[str, str, str | None]] = []
    taken: list[int] = []
    link, end = gap, last_end
    for n, t in candidates[k:]:
        if second:   # ("+ 2 mol% Ti", "combined with Ti powder": the next additive of the same sample)
            link = _NEXT_OF_SECOND.fullmatch(text, end, n.start) or AND_LINK.match(text, end, n.start)
        # (a hydride given by amount is an additive here: "… with 3 mol% KH or with 3 mol% RbH")
        add = None if link is None else t.name if t is not None and has_hydrogen(t) and _amount(link) \
            else additive(n, t)
        if add is None:
            break
        second.append(("–", add, _amount(link)))
        taken.append(n.start)
        end = n.end
    if not second:
        return None
    made = _with(bare_sample(host), second, set())
    first = {a.formula for a in (_with(host, parts, set()) if parts else host).additives}
    if not gap.group("or") and gap.group("co") and len(made.additives) < 2 and not first & {a.formula for a in made.additives}:
        return None   # "doped with TiCl3 and co-doped with CeCl3": CeCl3 is the one sample's co-dopant
    catalysed = bool(_CATALYSING.search(gap.group(0)))
    return SecondSample(gap.start("rest"), end, second, {a for _, a, _ in second} if catalysed else set(), taken)


def _one_each(text: str, link: re.Match, items: list, end: int) -> bool:
    """Are the additives listed after one link without an amount one sample each? "doped with TiF3 and
    NbF5", "catalysed by both X and Y": two joined by 'and' are put into one sample; a series of three
    or more ("doping NaAlH4 with TiCl3, ZrCl4 and CeCl3"), or two the sentence pairs with its values
    ('respectively') or sets apart ('separately') are one sample each."""
    if _amount(link) or TOGETHER_LINK.search(link.group(0)):
        return False
    return len(items) >= 3 or RESPECTIVELY.search(text, end) is not None or APART.search(text) is not None


def _of_several_kinds(host: MaterialSystem | None, items: list, text: str, end: int) -> bool:
    """A series the text does not pair or set apart whose additives are of different kinds ("milled with TiO2,
    CeO2 and graphene": oxides and a carbon; "Ni, Fe and Nb2O5"): a multi-part catalyst of one sample, as a
    series of one kind ("TiCl3, ZrCl4 and CeCl3") is a comparison of one sample each."""
    if host is None or RESPECTIVELY.search(text, end) is not None or APART.search(text) is not None:
        return False
    kinds = set()
    for _, add in items:
        found = system_of(f"{host.name}–{add}")
        if found is None or not found.additives or found.additives[-1].additive_class is None:
            return False
        kinds.add(found.additives[-1].additive_class)
    return len(kinds) > 1


def put_together(text: str, candidates: list, i: int, end: int) -> bool:
    """Additives listed after one link that the text puts into one sample: two joined by 'and' (unless
    ``_one_each`` or a plural sample noun says one each), or three or more of several kinds
    (``_of_several_kinds``)."""
    listed = _listed(text, candidates, i, end)
    if listed is None or listed[2]:
        return False
    link, items, _ = listed
    if len(items) == 2:
        return not _one_each(text, link, items, end) and not PLURAL_SAMPLES.match(text, end)
    return len(items) >= 3 and _of_several_kinds(candidates[i][1], items, text, end)


# "both Ti-doped NaAlH4 and Na3AlH6", "both Nb2O5-doped MgH2 and LiBH4": one modification written before the
# first of two hosts joined by 'both … and' is said of both
_BOTH_BEFORE = re.compile(r"\bboth\s+$", re.I)


_AND_BETWEEN = re.compile(r"\s+and\s+")


def both_modified(text: str, out: list[tuple[Mention, MaterialSystem]]) -> list[tuple[Mention, MaterialSystem]]:
    """``out`` with the bare hydride after 'both <modified host> and' given the first's additives, when they were
    written before the first host (its prefix: 'Ti-doped', 'Ti doped'), as the 'both' says of the two."""
    if "both" not in text.casefold():
        return out
    for k in range(len(out) - 1):
        (m, s), (n, t) = out[k], out[k + 1]
        if s.bare or not t.bare or not has_hydrogen(t) or text[m.start:m.end].startswith(s.host.text) \
                or not _BOTH_BEFORE.search(text, max(0, m.start - 8), m.start) \
                or not _AND_BETWEEN.fullmatch(text, m.end, n.start):
            continue
        parts = [("@" if a.role == ROLES["scaffold"] else "–", a.formula, loading(a)) for a in s.additives]
        out[k + 1] = (n, _with(t, parts, {a.formula for a in s.additives if a.in_situ},
                               {a.formula for a in s.additives if a.role == ROLES["catalyst"]}))
    return out


# "NaAlH4 and Na3AlH6 doped with 2 mol% Ti", "LiAlH4 and Li3AlH6 catalysed by TiF3": one modification written after
# the second of two hosts joined by 'and', with its verb, is said of both (not "pristine MgH2 and MgH2 doped with Ni",
# a baseline named first; nor a host said twice, the comparison of a sample with its own bare host)
_LINK_AFTER = re.compile(rf"\s+{LINK_VERB}\s", re.I)


def modified_with(text: str, m: Mention, s: MaterialSystem, n: Mention, t: MaterialSystem) -> bool:
    """Is the bare hydride s of '<s> and <t> doped with X' modified as t is: the two hosts differ, joined by 'and',
    a linking verb right after t, no baseline word before s?"""
    return s.bare and has_hydrogen(s) and s.host.formula != t.host.formula and text[n.start:n.end] == t.host.text \
        and bool(_AND_BETWEEN.fullmatch(text, m.end, n.start)) and bool(_LINK_AFTER.match(text, n.end)) \
        and not BASELINE_BEFORE.search(text, max(0, m.start - 30), m.start)


def and_modified_after(text: str, out: list[tuple[Mention, MaterialSystem]]) -> list[tuple[Mention, MaterialSystem]]:
    """``out`` with the bare hydride before '<host> and <host> <doped with X>' given the second's additives, when
    they were written after the second host with a linking verb, as the coordination says of the two."""
    for k in range(len(out) - 1):
        (m, s), (n, t) = out[k], out[k + 1]
        if t.bare or not modified_with(text, m, s, n, t):
            continue
        parts = [("@" if a.role == ROLES["scaffold"] else "–", a.formula, loading(a)) for a in t.additives]
        out[k] = (m, _with(s, parts, {a.formula for a in t.additives if a.in_situ},
                           {a.formula for a in t.additives if a.role == ROLES["catalyst"]}))
    return out


def loadings_said_later(text: str, out: list[tuple[Mention, MaterialSystem]], found: list[tuple[Mention, MaterialSystem]]
                         ) -> list[tuple[Mention, MaterialSystem]]:
    """``out`` with an additive a sample holds without a loading given the share in the bracket right after the
    same additive named again later in the sentence ('MgH2 with TiCl3 … among the catalysts Ni, Fe and TiCl3
    (1 mol%)'): the one loading the sentence writes for it."""
    for k, (m, s) in enumerate(out):
        for a in (a for a in s.additives if a.amount is None):
            later = [AMOUNT_IN_BRACKETS.match(text, n.end) for n, t in found
                     if n.start >= m.end and t is not None and t.bare and t.host.formula == a.formula]
            shares = {amount_text(b) for b in later if b is not None}
            if len(shares) == 1:
                loaded = loading_given(s, [a.formula], {a.formula: shares.pop()})
                s = loaded if loaded is not None else s
        out[k] = (m, s)
    return out


_AND_BEFORE = re.compile(rf"\s*(?:,\s*(?:and\s+)?|and\s+)(?:{AMOUNT_OF})?"
                         r"(?:(?:the|an?)\s+)?", re.I)


def with_first(text: str, candidates: list, k: int, consumed: set[int]) -> bool:
    """Does 'with' open the sentence before the additive ``candidates[k]``, or before the first of the additives
    listed with it ("With 2 wt% Ni and 3 wt% CeO2, MgH2 …": the list is what the host is with)?"""
    listed = coordinated_before(text, candidates, k, consumed)
    first = listed[0][0] if listed else candidates[k][0]
    return WITH_FIRST.search(text, max(0, first.start - 40), first.start) is not None


def adding_before(text: str, candidates: list, k: int, consumed: set[int]) -> bool:
    """Is the additive ``candidates[k]`` named after a word that adds it ("adding 7 wt% NbF5", "the effect of
    TiF3"), or the last of a list of loadings named after one ("the effects of 3 mol% KOH and 10 mol% LiBH4 on …",
    "adding 5 wt% Ni and 10 wt% LiBH4 to MgH2": each additive of the list goes into the host)?"""
    n = candidates[k][0]
    if ADDING.search(text, max(0, n.start - 60), n.start) or COUNT_ADDED.search(text, max(0, n.start - 40), n.start):
        return True
    # (each with its loading: "introduced Ni/C and CoNi/NC into LiBH4", two of a kind named bare, compares them)
    listed = _listed_before(text, candidates, k, consumed)
    return bool(listed) and all(_loaded(text, c) for c, _ in [*listed, candidates[k]]) \
        and ADDING.search(text, max(0, listed[0][0].start - 60), listed[0][0].start) is not None


def added_loading(text: str, candidates: list, k: int, consumed: set[int]) -> bool:
    """Is the hydride ``candidates[k]`` a loading named after a word that adds it, alone or in a list, and put
    into a hydride named after the list ("the effects of 10 mol% LiBH4 and 3 mol% KOH on Mg(NH2)2–2LiH",
    "adding 10 wt% LiBH4 to MgH2"): an additive of that host, no host of its own?"""
    n = candidates[k][0]
    if not _loaded(text, n):
        return False
    j = k
    while j + 1 < len(candidates) and _AND_BEFORE.fullmatch(text, _item_end(text, candidates[j][0]), candidates[j + 1][0].start):
        j += 1
    if j + 1 >= len(candidates):
        return False
    last, (host, system) = candidates[j][0], candidates[j + 1]
    if system is None or not has_hydrogen(system):
        return False
    gap = _item_end(text, last)
    # ("10 mol% LiBH4 and 3 mol% KOH were added to …": the list put into the host in the passive)
    return PUT_INTO.match(text, gap, host.start) is not None \
        or ADDING_TO.match(text, gap, host.start) is not None and adding_before(text, candidates, k, consumed)


def _item_end(text: str, c) -> int:
    """Where an item of a list ends: after its shape word ("TiO2 nanoparticles") and its loading in a bracket
    ("KOH (3 mol%)")."""
    end = _SHAPE_WORDS.match(text, c.end).end()
    bracket = AMOUNT_IN_BRACKETS.match(text, end)
    return bracket.end() if bracket else end


def _loaded(text: str, c) -> bool:
    """Is the material ``c`` given its loading, before it ("3 mol% KOH") or in a bracket after it ("KOH (3 mol%)")?"""
    return bool(loading_before(text, c.start) or SHAPED_AMOUNT_IN_BRACKETS.match(text, c.end)
                or COUNT_ADDED.search(text, max(0, c.start - 40), c.start))


def loading_of(text: str, c) -> str | None:
    """The loading written with the material ``c``: before it, else in a bracket after it, else None."""
    before = amount_before(text, c.start)[0]
    if before is not None:
        return before
    count = COUNT_ADDED.search(text, max(0, c.start - 40), c.start)
    if count is not None:
        return count.group("coefficient")
    bracket = SHAPED_AMOUNT_IN_BRACKETS.match(text, c.end)
    return _amount(bracket) if bracket else None


def _listed_before(text: str, candidates: list, k: int, consumed: set[int]) -> list:
    """[(mention, system)] of the materials listed before ``candidates[k]`` (a hydride among them too), nearest last."""
    out: list = []
    while k >= 1:
        c, u = candidates[k - 1]
        if c.start in consumed or not _AND_BEFORE.fullmatch(text, _item_end(text, c), candidates[k][0].start):
            break
        out.insert(0, (c, u))
        k -= 1
    return out


def coordinated_before(text: str, candidates: list, k: int, consumed: set[int]) -> list:
    """[(mention, notation)] of the additives listed before the additive ``candidates[k]`` ("TiF3 and graphene
    were milled with MgH2", "Ni, Co and Fe were added to …"), nearest last; none when another material
    (a hydride) is in the list."""
    out: list = []
    while k >= 1:
        c, u = candidates[k - 1]
        if c.start in consumed or not _AND_BEFORE.fullmatch(text, _item_end(text, c), candidates[k][0].start):
            break
        add = additive(c, u)
        if add is None and u is not None and has_hydrogen(u) and u.bare and _loaded(text, c):
            add = u.name   # "10 mol% LiBH4 and 3 mol% KOH were added to …": a hydride given as a loading is an additive
        if add is None:
            return []
        out.insert(0, (c, add))
        k -= 1
    return out


# "and ", "and 5 wt% ": the gap before a list's last item; ", 5 wt% ": a gap of the list with the next item's loading
_AND_LAST = re.compile(rf"\band\s+(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?$", re.I)


_LIST_GAP_LOADED = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?", re.I)


def hydrides_first(host: MaterialSystem, parts: list[tuple[str, str, str | None]]
                    ) -> tuple[MaterialSystem, list[tuple[str, str, str | None]]]:
    """The host and the parts of a list a milling puts together, its hydrides (given by no loading) first and
    a complex hydride before a binary one: "MgH2, Fe and LiBH4 were milled together" is the composite
    LiBH4–MgH2 with Fe, whatever the order of the list (a notation's order tells the reactive partner from
    a catalyst between them, and which hydride of an alanate composite is the host)."""
    def rank(system: MaterialSystem | None) -> int:
        if system is None or not system.bare or not has_hydrogen(system):
            return 2
        # (a complex hydride holds two elements besides hydrogen: LiBH4, NaAlH4, Mg(NH2)2; MgH2 one)
        return 0 if len(formula_symbols(host_formula(system)) - {"H", "D"}) > 1 else 1

    def part_rank(part: tuple[str, str, str | None]) -> int:
        return rank(system_of(part[1])) if part[0] == "–" and (part[2] is None or "%" not in part[2]) else 2
    first = min(range(len(parts)), key=lambda i: part_rank(parts[i]), default=None)
    if first is not None and part_rank(parts[first]) < rank(host) and part_rank(parts[first]) == 0 \
            and not any(c.amount is not None for c in host.components):
        # (the complex hydride leads: the host written first becomes its partner, as '–' writes it)
        new_host = system_of(parts[first][1])
        if new_host is not None:
            parts = [("–", host.name, parts[first][2])] + parts[:first] + parts[first + 1:]
            host = new_host
    return host, sorted(parts, key=part_rank)


def hydride_milled_in(text: str, candidates: list, k: int, last_end: int, first: bool, together: bool):
    """The gap before the hydride ``candidates[k]`` when it is one item of the list a milling (or a deposition)
    puts together with the host before it ("MgH2 and LiBH4 were ball milled together", "MgH2, LiBH4 and Ni were
    co-milled", "LiBH4, MgH2 and Ni were milled"), else None. The list is only joined by commas and 'and'."""
    if not first:
        return LIST_GAP.fullmatch(text, last_end, candidates[k][0].start) if together else None
    pair = AND_ONLY.fullmatch(text, last_end, candidates[k][0].start)
    after = _SHAPE_WORDS.match(text, candidates[k][0].end).end()
    if pair is not None and (MILLED_AFTER.match(text, after) or _FORM_SEVERAL.match(text, after)):
        return pair
    if listed_then_milled(text, candidates, k, last_end, hydrides=True):
        return LIST_ONLY.fullmatch(text, last_end, candidates[k][0].start)
    return None


def listed_then_milled(text: str, candidates: list, k: int, last_end: int, hydrides: bool = False) -> bool:
    """Does a list of additives start at ``candidates[k]`` after the host's comma ("MgH2, Ni and CNTs were
    milled"), its last item joined by 'and' and followed by the milling that makes them one sample? With
    ``hydrides``, hydrides written as such may be items of the list too ("MgH2, LiBH4 and Ni were milled")."""
    if not LIST_ONLY.fullmatch(text, last_end, candidates[k][0].start):
        return False
    for j in range(k, min(len(candidates), k + 4)):
        n, t = candidates[j]
        if t is not None and has_hydrogen(t) and (not hydrides or not t.bare):
            return False
        end = _SHAPE_WORDS.match(text, n.end).end()
        if j > k and MILLED_AFTER.match(text, n.end) and _AND_LAST.search(text, candidates[j - 1][0].end, n.start):
            return True
        if j + 1 >= len(candidates) or not _LIST_GAP_LOADED.fullmatch(text, end, candidates[j + 1][0].start):
            return False
    return False


# ("MgH2 and TiO2 nanoparticles were ball-milled": the additive's shape word before the verb)
# "LiBH4 and Ca(BH4)2 form a eutectic": the pair the sentence says makes one sample of several parts
_FORM_SEVERAL = re.compile(rf"\s+(?:(?:can|readily|easily)\s+)?(?:form(?:s|ed)?|give(?:s)?|gave|yield(?:s|ed)?)\s+"
                           rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{SEVERAL_WORDS}\b", re.I)


# "MgH2 and LiBH4 react to form MgB2", "LiBH4 and MgH2 react with each other", "MgH2 reacts with LiBH4": two metal
# hydrides said to react are the partners of one reactive composite, the sample the passage goes on to measure
# ("The composite releases …"); not one said to react with a third thing ("… react with oxygen")
_REACTION_WORD = r"\s+(?:(?:can|readily|then|first|also|will|would|do|did|easily)\s+)?react(?:s|ed)?\b"


_REACT_TOGETHER = re.compile(rf"{_REACTION_WORD}(?!\s+(?:with|in|on)\s+(?!each\s+other|one\s+another))", re.I)


_REACTS_WITH = re.compile(rf"{_REACTION_WORD}\s+with\s+(?:the\s+)?(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?", re.I)


def reaction_named(text: str, start: int) -> bool:
    """Does the noun 'reaction' name what the material at ``start`` and a partner do ('the reaction of LiBH4 with
    MgH2', 'the reaction between NaBH4 and MgH2')? (REACTION_OF's reading, the noun of reacting itself.)"""
    said = REACTION_OF.search(text, max(0, start - 30), start)
    return said is not None and said.group(0).lower().startswith("reaction")


def hydride_pair(s: MaterialSystem, t: MaterialSystem) -> bool:
    """Are ``s`` and the bare ``t`` two hydrides that can react as one composite's partners?"""
    return t.bare and hydride_like(t.host.formula) and hydride_like(s.host.formula)


def reacting_pair(text: str, start: int, last_end: int, n, s: MaterialSystem, t: MaterialSystem,
                   context: MaterialSystem | None):
    """The gap between the host ``s`` (its mention from ``start`` to ``last_end``) and the metal hydride ``t``
    (mention ``n``) when the sentence says the two react with each other ('MgH2 and LiBH4 react', 'MgH2 reacts
    with LiBH4', 'the reaction between NaBH4 and MgH2'), else None; None too when the passage's sample already
    holds both (the reaction is that sample's, catalyst and all)."""
    if not hydride_pair(s, t):
        return None
    if context is not None and {host_formula(s), host_formula(t)} <= {c.formula for c in context.components}:
        return None
    pair = AND_ONLY.fullmatch(text, last_end, n.start)
    if pair is not None and (_REACT_TOGETHER.match(text, _SHAPE_WORDS.match(text, n.end).end())
                             or reaction_named(text, start)):
        return pair
    return _REACTS_WITH.fullmatch(text, last_end, n.start)
