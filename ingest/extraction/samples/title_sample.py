"""The sample a title defines when it names the additive apart from the hydride.

A title is one noun phrase about one sample. Besides the notations the sample rules read ('X-doped H',
'H–X', 'H doped with X'), authors name the sample by the structure of the phrase itself:

* the hydride, then the additive after a preposition of means ("Enhanced dehydrogenation of H by X",
  "… of H via X addition", "H destabilized by X", "… in H through the addition of X");
* the additive, then the hydride after a preposition of purpose ("Effect of X on the … of H",
  "Role of X addition in …", "X as an efficient additive for hydrogen release from H",
  "Synergistic effect of X and Y on H").

Either way the hydride with those additives is the sample the abstract's values belong to until the text
names another. Only the gap between the two names decides: a few words, no comparison ('than',
'compared with', 'without'), no product ('formation of', 'decomposes to'), no second hydride host.
"""
from __future__ import annotations

import re

from ingest.extraction.text.amounts import AMOUNT, AMOUNT_OF
from ingest.extraction.text.nlp import Mention
from ontology.models import MaterialSystem

from .material_cues import product_cue_before
from .samples_additives import additive, prefix_additive
from .samples_systems import _with, as_additive, class_label, has_hydrogen, in_class

# a word that may stand between the names (adjectives, nouns, participles: "enhanced", "nanorods", "the")
_WORD = r"(?!(?:and|or|than|versus|vs|compared|without|instead|unlike|from|to|into|over)\b)[a-z][\w-]*"
# "with 10 wt%", "by 5 mol% of": an amount written right before the additive
_AMOUNT = re.compile(rf"(?P<amount>{AMOUNT})\s*(?:of\s+)?$", re.I)
_AMOUNT_TEXT = rf"(?:{AMOUNT_OF})?"
# host … by/with/via/through/using … additive: the means the hydride was modified by ("H destabilized by",
# "of H through the addition of"); or, after a colon, what the title's second half names ("H: effect of X")
_MEANS = re.compile(rf"^(?:\s+{_WORD}){{0,3}}?\s*,?\s+(?:by|with|via|through|using|upon)"
                    rf"(?:\s+{_WORD}){{0,3}}?(?:\s+of)?\s+{_AMOUNT_TEXT}$"
                    rf"|^\s*[:,]\s+(?:{_WORD}\s+){{0,3}}?(?:of|with|by)\s+{_AMOUNT_TEXT}$", re.I)
# additive … on/for/in/towards … host: what the additive acts on ("X nanorods as an efficient additive for
# hydrogen release from H"; 'from' only after the preposition of purpose)
_PURPOSE = re.compile(rf"^(?:\s+{_WORD}){{0,6}}?\s+(?:on|for|in|towards?|upon)"
                      rf"(?:\s+(?:{_WORD}|of|from)){{0,6}}?\s+$", re.I)
# where an additive named first starts the phrase: the title's start, or "Effect of", "Role of in situ formed"
_LEAD = re.compile(rf"^(?:\s*{_WORD}){{0,4}}?\s+of\s+(?:{_WORD}\s+){{0,3}}?{_AMOUNT_TEXT}$"
                   rf"|^\s*{_AMOUNT_TEXT}$", re.I)
# between coordinated additives: "X and Y", "X, Y and Z", "X nanorods and Y"
_LIST_GAP = re.compile(rf"^(?:\s+{_WORD}){{0,2}}?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*/\s*)(?:(?:the|a|an)\s+)?"
                       rf"{_AMOUNT_TEXT}$", re.I)

# "N-doped carbon supported TiO2", "graphene-supported Ni": a support named before the catalyst it carries (one
# additive, the catalyst on its support: TiO2/N-doped carbon), not a scaffold of the hydride
_SUPPORTING = r"(?:supported|anchored|loaded|immobili[sz]ed)"
# (no preposition after the participle: "TiO2 anchored on graphene" names the catalyst first, read elsewhere)
_NOT_PREPOSITION = r"(?!(?:on|onto|in|into|by|with|over|at|to|upon)\b)"
_SUPPORT_GAP = re.compile(rf"^\s*[-‐]?\s*{_SUPPORTING}\s+$", re.I)
_SUPPORT_PREFIX = re.compile(rf"(?<![\w-])(?P<support>[A-Za-z][\w]*(?:-[A-Za-z0-9]+)*?)[-‐]{_SUPPORTING}"
                             rf"\s+(?:{_NOT_PREPOSITION}{_WORD}\s+)?$")


def on_prefixed_support(text: str, start: int, add: str) -> str:
    """``add``, named at ``start``, on the support a prefix right before it names ("graphene-supported Ni":
    Ni/graphene, one additive, the catalyst on its support), else ``add`` itself. (A hydride prefixed so is
    no support: it is the host.)"""
    prefix = _SUPPORT_PREFIX.search(text, max(0, start - 40), start)
    support = prefix_additive(prefix.group("support")) if prefix else None
    return f"{add}/{as_additive(support)}" if support is not None and not has_hydrogen(support) else add


# "oxide (", "catalysts (": a class word whose members the bracket lists
_MEMBERS_BEFORE = re.compile(r"[a-z]{3,}s?\s*$")
_MEMBERS = re.compile(r"\(\s*([^()]+/[^()]+?)\s*\)")

# "Comparison of X and Y as additives for H", "different oxides": a title about several samples names none
_SEVERAL = re.compile(r"\b(?:compar\w*|different|various|several|series|versus|vs)\b", re.I)


def title_sample(text: str, systems: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
                 host: MaterialSystem) -> MaterialSystem | None:
    """``host`` (a hydride the title names) with the additives the phrase structure of the title ``text``
    puts into it, or None. ``systems``: the title's formulas (mention, system) in order; ``ms``: all its
    mentions, of which the named additives ('reduced graphene oxide', which has no formula) count too."""
    found = _with_named(systems, ms)
    # (the host as the title writes it: a bare hydride, or a written system such as '3LiBH4–LiI')
    at = [k for k, (m, s) in enumerate(found) if s is not None and (
        s.name == host.name or s.host.formula == host.host.formula and s.bare)]
    hosts = {s.host.formula for m, s in found if s is not None and has_hydrogen(s)}
    if not at or len(hosts) > 2 or _SEVERAL.search(text):
        return None
    k = at[0]
    hm = found[k][0]
    after = _chain(text, found, k + 1, forward=True)
    if after and _MEANS.search(text[hm.end:found[after[0]][0].start]):
        return _joined(text, found, host, after)
    if len(hosts) > 1:
        return None   # a second hydride before the host names a second sample, not an additive
    before = _chain(text, found, k - 1, forward=False)
    if before:
        first, last = found[before[0]][0], found[before[-1]][0]
        if _PURPOSE.match(text[last.end:hm.start]) and _LEAD.search(text[:first.start]) \
                and not product_cue_before(text, first.start):
            return _joined(text, found, host, before)
    return None


def _chain(text: str, found: list, k: int, forward: bool) -> list[int]:
    """The indices of a run of coordinated additives starting at ``k`` (walking forward or back), in
    text order; empty when ``found[k]`` is no additive."""
    run: list[int] = []
    while 0 <= k < len(found) and additive(*found[k]) is not None:
        if run:
            left, right = (found[run[-1]][0], found[k][0]) if forward else (found[k][0], found[run[-1]][0])
            if not (_LIST_GAP.match(text[left.end:right.start]) or _SUPPORT_GAP.match(text[left.end:right.start])):
                break
        elif not forward and found[k][1] is not None and has_hydrogen(found[k][1]):
            break
        run.append(k)
        k += 1 if forward else -1
    return run if forward else run[::-1]


def _with_named(systems: list, ms: list[Mention]) -> list[tuple[Mention, MaterialSystem | None]]:
    """The formulas and the named additives of the title, in text order (a named one has no system)."""
    at = {m.start for m, _ in systems}
    # (a class with a member named beside it, "by halides (TiCl3/ZrCl4)", is that member's kind, no additive)
    named = [(m, None) for m in ms if m.kind == "Material" and m.start not in at and (add := additive(m, None))
             and not (class_label(add) and any(in_class(x.text, add) for x in ms if x.kind != "Property"))]
    return sorted([*systems, *named], key=lambda x: x[0].start) if named else list(systems)


def _joined(text: str, found: list, host: MaterialSystem, ks: list[int]) -> MaterialSystem | None:
    parts = []
    for k in ks:
        m, s = found[k]
        amount = _AMOUNT.search(text, max(0, m.start - 20), m.start)
        listed = _MEMBERS.fullmatch(m.text)
        if listed and _MEMBERS_BEFORE.search(text, 0, m.start):
            # "multiple oxide (Cr2O3/Nb2O5) addition": a bracket after a class word lists its members, each
            # an additive of its own
            parts += [("–", x.strip(), None) for x in listed.group(1).split("/")]
            continue
        add = additive(m, s)
        prev = found[ks[ks.index(k) - 1]][0] if ks.index(k) else None
        if prev is not None and parts and add is not None and _SUPPORT_GAP.match(text[prev.end:m.start]):
            parts[-1] = ("–", f"{add}/{parts[-1][1]}", parts[-1][2])   # "N-doped carbon supported TiO2"
            continue
        add = on_prefixed_support(text, m.start, add) if add is not None else None   # "graphene-supported Ni"
        parts.append(("–", add, re.sub(r"\s+", " ", amount.group("amount")) if amount else None))
    joined = _with(host, parts, set())
    return joined if joined.additives else None
