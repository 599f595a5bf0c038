"""Scaffolds and supports: a hydride held in a porous scaffold with no verb that put it in ('LiAlH4 nanoparticles in
mesoporous silica', 'NaAlH4 within carbon aerogel'), a sentence that opens with the confinement ('Confined in CMK-3,
…'), an additive on a support ('graphene-supported cobalt boride', 'Ni anchored on graphene', 'a TiO2 @C catalyst'),
a support the host was put onto ('MgH2 loaded onto Nb2O5'), and the framework code a confining slot names ('ZIF-8').
Apart because where a material sits decides whether it confines or catalyses.
"""
from __future__ import annotations

import re
from functools import cache

from ingest.extraction.text.nlp import Mention, system_of
from ingest.extraction.text.samples_words import (
    _PLACED,
    _SHAPE_WORDS,
    AND_LINK,
    CARRIED_ON,
    CONFINEMENT,
    CONFINING,
    CONFINING_KINDS,
    FRONT_CLOSE,
    FRONT_LEAD,
    INTO_PORES,
    PLACING_VERB,
    PORES,
    POROUS_SCAFFOLD,
    SCAFFOLD_VERB,
    SHAPE,
    SPACED_AT,
    SPELLED_OUT,
    SUBSTRATE_AFTER,
)
from ontology.elements import formula_symbols
from ontology.models import MaterialSystem
from ontology.role_words import role_nouns
from ontology.system import architecture_name
from ontology.vocabulary import vocabulary

from .samples_additives import additive, prefix_additive
from .samples_systems import _parsed, as_additive, has_hydrogen


def fronted_by_confinement(text: str, ms: list[Mention], candidates: list) -> tuple[Mention, str, int] | None:
    """(scaffold mention, its notation, where the fronted phrase ends) of a sentence that opens with a word of
    confinement into a scaffold and then names the sample held ('Through nanoconfinement within the pores of
    graphite, LiH releases …'); None for any other sentence."""
    lead = FRONT_LEAD.match(text)
    word = next((m for m in ms if m.kind in CONFINING_KINDS), None) if lead else None
    # (the mention may hold the leading word: 'Through nanoconfinement' is the confinement effect's label)
    if word is None or word.start not in (0, lead.end()) or not word.term or len(candidates) < 2 \
            or not any(t in vocabulary() and vocabulary().is_a(word.term, t) for t in CONFINING):
        return None
    (n0, t0), (n1, t1) = candidates[0], candidates[1]
    close = FRONT_CLOSE.match(text, n0.end)
    if n1.end <= close.end() and len(candidates) > 2:
        n1, t1 = candidates[2]   # (the scaffold's abbreviation in brackets: 'graphite (HSAG) LiH')
    if not INTO_PORES.fullmatch(text, word.end, n0.start) or t1 is None or not has_hydrogen(t1):
        return None
    add0 = additive(n0, t0)
    return (n0, add0, close.end()) if add0 is not None and close.end() == n1.start else None


def on_support(text: str, prefixes: list[re.Match], n: Mention, add: str | None, used: set[int]) -> str | None:
    """'graphene-supported cobalt boride', 'CNT-anchored Ni': an additive after a prefix that places it on a
    support is the catalyst on that support, written catalyst/support (the prefix then places no host)."""
    if add is None or not prefixes:
        return add
    for p in prefixes:
        if p.group("placed") and p.start() not in used and p.end() <= n.start and not text[p.end():n.start].strip():
            support = prefix_additive(p.group("add"))
            if support is not None and not has_hydrogen(support):
                used.add(p.start())
                return f"{add}/{as_additive(support)}"
    return add


def decorated_scaffold(text: str, prefixes: list[re.Match], used: set[int], after: list, consumed: set[int]
                        ) -> list[tuple[str, str, str | None]]:
    """'MgH2 confined in a Ni-decorated mesoporous carbon', 'MgH2 milled with CeO2-modified graphene': the
    prefix of the support the host was put into or milled with names a further additive of the same
    sample, what the support carries (the prefix, before no hydride, was used by no host)."""
    out = []
    for p in prefixes:
        add = prefix_additive(p.group("add")) if p.start() not in used and not p.group("placed") else None
        if add is None or has_hydrogen(add):
            continue
        if any(n.start in consumed and re.fullmatch(r"\s+", text[p.end():n.start]) for n, _ in after):
            out.append(("–", add.name, None))
            used.add(p.start())
    return out


def porous_kind(term: str | None) -> bool:
    """Is ``term`` a kind of porous scaffold with kinds of its own ('mesoporous silica', of which SBA-15 and MCM-41
    are members)? Written in words with a formula ('mesoporous SiO2'), it names the support the sample has, as
    a scaffold's architecture words do, not a class of additives the text leaves open ('oxides'), when it is
    what the verb after the host puts in."""
    vocab = vocabulary()
    return bool(term) and term in vocab and bool(vocab.children(term)) and vocab.is_a(term, POROUS_SCAFFOLD)


# "Ni nanoparticles in MgH2", "TiO2 within LiBH4": an additive (with its particles' shape) said to be in the host
_IN_HOST = re.compile(rf"\s+(?:{SHAPE}\s+)?(?:in(?:side)?|within)\s+(?:the\s+)?", re.I)


def held_by_host(text: str, gap_start: int, host_start: int, add: str, additive, system: MaterialSystem) -> bool:
    """Is the material ``add`` before the host said to be in it ("Ni nanoparticles in MgH2 lower …"), as a part
    of the sample — not the host's own element ("the Li in LiBH4") and not a hydride of its own?"""
    if not _IN_HOST.fullmatch(text, gap_start, host_start) or additive is not None and has_hydrogen(additive):
        return False
    return not formula_symbols(add) <= formula_symbols(system.host.formula)


def placed(text: str, host_start: int, host_end: int, add_start: int) -> bool:
    """Is the material at ``add_start`` the support the host before it was put into or onto?"""
    gap = _PLACED.match(text, host_end, add_start)
    if gap is None:
        return False
    if PLACING_VERB.search(text, max(0, host_start - 40), host_start):
        return True
    return bool(gap.group("shape")) and gap.group("prep").lower() in ("on", "onto")


def held_in_scaffold(text: str, host_end: int, n: Mention) -> bool:
    """'LiAlH4 nanoparticles in mesoporous silica', 'NaAlH4 within carbon aerogel': a hydride said to be in a
    porous scaffold (a support the ontology gives confinement as the strategy of what it holds, a porous
    scaffold, or a support named with its architecture) is confined there, with no verb that put it in."""
    gap = _PLACED.match(text, host_end, n.start)
    if gap is None or gap.group("prep").lower() not in ("in", "inside", "within"):
        return False
    return confining(n)


def confining(n: Mention) -> bool:
    """Is ``n`` a material that confines what it holds: a support the ontology gives confinement as the strategy of
    what it holds, a porous scaffold, or a support named with its architecture ('carbon aerogel', 'hollow carbon')?"""
    if n.kind != "Material":
        return False
    vocab = vocabulary()
    term = vocab.get(n.term) if n.term and n.term in vocab else None
    if term is not None and (term.support_strategy == CONFINEMENT or vocab.is_a(term.id, POROUS_SCAFFOLD)):
        return True
    return architecture_name(n.text) is not None


# "infiltrated into the pores of ZIF-8", "confined in UiO-67bpy", "within the pores of MIL-53(Al)": a framework's code
# (capitals, a hyphen, its number; a suffix or its metal in brackets) in the slot of what confines the hydride
_CODE_IN_SLOT = re.compile(rf"(?i:{SCAFFOLD_VERB}|\b(?:in(?:to|side)?|within)\s+the\s+{PORES}\s+of)"
                           # (or its name in words before it, the code in brackets: 'in Santa Barbara Amorphous-15 (SBA-15)')
                           rf"\s+(?:the\s+)?(?:{SPELLED_OUT})?"
                           r"(?P<code>[A-Z](?=[a-z]?[A-Z])[A-Za-z]{1,5}-\d+[a-z]{0,4}(?:\([A-Z][a-z]?\))?)"
                           r"(?![\w(-])")


_FRAMEWORK_CODE = re.compile(r"[A-Z](?=[a-z]?[A-Z])[A-Za-z]{1,5}-\d")


def codes_in_slot(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """(found, ms) with the framework code a confining slot names and no mention holds ('ZIF-8', which the ontology
    leaves out as a scaffold: papers as often pyrolyse it into a carbon) as a material of its own, named as written:
    read from the slot only, so a code named elsewhere (the framework a carbon is made from) is no scaffold."""
    added = []
    # (a code itself looked for first, a plain pattern: the slot's verbs, read case-insensitively, cost more)
    for c in _CODE_IN_SLOT.finditer(text) if "-" in text and _FRAMEWORK_CODE.search(text) else ():
        a, b = c.span("code")
        if any(m.start < b and a < m.end for m in ms):
            continue
        system = _parsed(c.group("code"))
        if system is not None and system.bare and not has_hydrogen(system):
            added.append((Mention("Material", c.group("code"), a, b), system))
    if not added:
        return found, ms
    return (sorted([*found, *added], key=lambda x: x[0].start),
            sorted([*ms, *(m for m, _ in added)], key=lambda m: m.start))


def carrier(text: str, candidates: list, k: int, support: Mention, consumed: set[int]):
    """(mention, notation) of the additive the material ``candidates[k]`` carries when the text names it just
    before ("TiF3 supported on graphene", "Ni nanoparticles anchored onto CNTs"), else None."""
    if k < 1:
        return None
    c, u = candidates[k - 1]
    if c.start in consumed or not CARRIED_ON.fullmatch(text, c.end, support.start):
        return None
    return (c, add) if (add := additive(c, u)) is not None else None


# "Using graphene as a support, Ni was milled with MgH2", "With CNTs as the support, the Co …": the support named
# first, in a phrase fronted before the sentence's clause, carries the additive the clause then names (as
# "Ni supported on graphene" would); the role noun is one the ontology gives a scaffold ('support', 'scaffold' …)
_SUPPORT_FRONT = re.compile(r"(?:^|[.;]\s+)(?:using|with|employing|adopting|taking|choosing)\s+(?:the\s+|an?\s+)?$", re.I)


@cache
def _support_gap() -> re.Pattern[str]:
    """'… as a support, ': the gap from a fronted support to the additive of the clause after it."""
    nouns = "|".join(re.escape(n) for n, role in role_nouns().items() if role == "ScaffoldConfinementHost")
    return re.compile(rf"\s+as\s+(?:an?\s+|the\s+)?(?:{nouns})s?\s*,\s*(?:the\s+|an?\s+)?", re.I)


def on_fronted_support(text: str, candidates: list, k: int, add: str, consumed: set[int]) -> str:
    """The additive ``add`` (of ``candidates[k]``) written on the support a fronted phrase names for it ("Using
    graphene as a support, Ni …": Ni/graphene, the support then consumed), else ``add`` as it is."""
    if k < 1:
        return add
    c, u = candidates[k - 1]
    if c.start in consumed or not _support_gap().fullmatch(text, c.end, candidates[k][0].start) \
            or not _SUPPORT_FRONT.search(text, max(0, c.start - 40), c.start) or (support := additive(c, u)) is None:
        return add
    consumed.add(c.start)
    return f"{add}/{support}"


def past_support(text: str, candidates: list, k: int) -> int:
    """Where the additive ``candidates[k]`` ends with the support it sits on ("Ni anchored on graphene",
    "Ni/graphene"), or its own end."""
    n = candidates[k][0]
    if k + 1 < len(candidates):
        link = AND_LINK.match(text, _SHAPE_WORDS.match(text, n.end).end(), candidates[k + 1][0].start)
        if link is not None and link.group("on") and not SUBSTRATE_AFTER.match(text, candidates[k + 1][0].end):
            return candidates[k + 1][0].end   # (not "deposited on a Si substrate": what a film is made on)
    return n.end


def spaced_supports(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'a TiO2 @C catalyst' (a converted PDF puts a space before the '@'): a supported additive is one
    material, 'TiO2@C', not TiO2 with carbon named apart."""
    joined: dict[int, tuple[Mention, MaterialSystem]] = {}
    for m, s in found:
        at = SPACED_AT.match(text, m.end)
        if at is None or has_hydrogen(s):
            continue
        whole = system_of(f"{s.name}@{at.group(1)}")
        if whole is not None:
            joined[m.start] = (Mention(m.kind, text[m.start:at.end()], m.start, at.end(), m.term), whole)
    if not joined:
        return found, ms
    gone = [(m.end, j[0].end) for m, j in ((m, joined[m.start]) for m, _ in found if m.start in joined)]
    def inside(m: Mention) -> bool:
        return any(a <= m.start < b for a, b in gone)
    found = [joined.get(m.start, (m, s)) for m, s in found if not inside(m)]
    ms = [joined[m.start][0] if m.start in joined else m for m in ms if not inside(m)]
    return found, ms
