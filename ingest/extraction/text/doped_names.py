"""Doped additives named as written: "a Co-doped TiO2 catalyst", "N, Nb-doped TiO2", "Ce,Ni co-doped
ZrO2 nanoparticles", "nitrogen-doped graphene".

Authors name a catalyst or support they doped by its dopants, a doping verb and the material. That is one
material of its own (its dopants change what it is): the sample holding it has it as one additive, not
the bare oxide or carbon, and not the dopants beside it. The pipeline finds the material after the verb;
here the mention is widened to the dopants before it, and the dopants' own mentions go. A doped hydride
("Ti-doped NaAlH4") is a sample, not an additive: its prefix stays for the readers of samples.
"""
from __future__ import annotations

import re

from ontology.elements import NONMETALS, formula_symbols
from ontology.system import COATING, DECORATING, DOPANTS_DOPED, SystemParseError, analyse_system, storage_metal
from ontology.vocabulary import vocabulary

# the dopants right before a material, then the doping verb ('-doped', ' co-doped', '-codoped'): the
# ontology's pattern of a doped name, ending at the material
_DOPANTS_BEFORE = re.compile(rf"(?:(?<=[\s(])|^){DOPANTS_DOPED}\s+$")
_LOOK_BACK = 60


def _read_whole(notation: str) -> bool:
    """Does ``notation`` read whole, its last material the doped additive (no hydride, and no metal that stores
    hydrogen: 'Ti-doped Mg' is a sample of Mg, as 'Ti-doped MgH2' is of MgH2): 'Co-doped TiO2', 'MgH2–5 wt% Ce,Ni
    co-doped ZrO2'?"""
    try:
        parsed = analyse_system(notation)
    except (SystemParseError, ValueError):
        return False
    last = parsed.system.components[-1]
    doped = last.formula.split("doped")[-1].strip()
    return not parsed.unknown and "doped" in last.formula \
        and not {"H", "D"} & formula_symbols(doped) and not storage_metal(doped)


def _metals_on_support(dopants: str, term_id: str | None) -> bool:
    """'Ni-doped graphene', 'Co,Ni-doped porous carbon': metals a carbon or other support (a material the ontology gives
    a hkg:supportStrategy) carries are catalysts on that support, two additives of the hydride held on it, as 'graphene
    doped with Ni' is read — not one material of its own, as heteroatoms in its lattice make it ('N-doped carbon')."""
    term = vocabulary().get(term_id) if term_id else None
    if term is None or term.support_strategy is None:
        return False
    symbols = [formula_symbols(d) for d in re.findall(r"[A-Z][a-z]?", dopants)]
    return bool(symbols) and all(sym and not sym & NONMETALS for sym in symbols)


def _term_has_formula(term_id: str | None) -> bool:
    term = vocabulary().get(term_id) if term_id else None
    return term is not None and bool(term.formula)


def _dopants_from(text: str, out: list, before: re.Match, m) -> tuple:
    """(the sample mention the dopant list ran into or None, where the doped name starts, its text)."""
    # a sample's mention that ran into the dopant list ('MgH2–5 wt% Ce' of '… Ce,Ni co-doped ZrO2')
    # is the sample holding the doped additive: read from its start
    into = next((n for n in out if n.start < before.start() < n.end <= m.start and n.kind == "SYSTEM"), None)
    start = into.start if into is not None else before.start()
    return into, start, text[start:m.end]


def widened(text: str, found: list, mention_type: type) -> list:
    """``found`` (the mentions of ``text``, in order) with each doped additive's mention widened to its
    dopants and the mentions inside them dropped."""
    if "doped" not in text:
        return found
    out = list(found)
    gone: set[int] = set()   # (ids of the mentions dropped into a widened one: a look-up by value over every
    #                          mention of a paper, once per mention, cost more than the rest of extraction)
    for m in found:
        if m.kind not in ("Material", "SYSTEM") or id(m) in gone:
            continue
        # (the verb must end the look-back: a window without it, as most are, is not searched)
        lo = max(0, m.start - _LOOK_BACK)
        before = _DOPANTS_BEFORE.search(text, lo, m.start) if "doped" in text[lo:m.start] else None
        if before is None:
            continue
        into, start, whole = _dopants_from(text, out, before, m)
        while not _read_whole(whole):
            # "In this work, Ni-doped carbon": the leftmost dopant list ran back into the words before ("work,
            # Ni"); the next later start of the list is tried (a few, within the look-back)
            before = _DOPANTS_BEFORE.search(text, before.start() + 1, m.start)
            if before is None:
                break
            into, start, whole = _dopants_from(text, out, before, m)
        if before is None or _metals_on_support(before.group("dopants"), m.term):
            continue
        gone.update(id(n) for n in out if start <= n.start and n.end <= m.start)
        out = [n for n in out if not (start <= n.start and n.end <= m.start)]
        # (a formula's mention becomes a system's, read whole as written; a named one keeps its term, unless
        # the term stands for a formula: 'Ni-doped carbon' read by its term would be the bare 'C')
        kind = "SYSTEM" if into is not None or m.kind == "SYSTEM" or re.search(r"\d|[A-Z]", text[m.start:m.end]) \
            or _term_has_formula(m.term) else m.kind
        at = next(i for i, n in enumerate(out) if n is m)
        out[at] = mention_type(kind, whole, start, m.end, None if into is not None else m.term)
    return out


# "Co-decorated ", "Pd-loaded ": a catalyst's formula as the prefix that puts it on the material named next
_DECORATOR_BEFORE = re.compile(rf"(?:(?<=[\s(])|^)[A-Z][A-Za-z0-9]*[-‐]{DECORATING}\s+$")
_DECORATING_WORD = re.compile(DECORATING)
# "Carbon-coated ", "graphene-wrapped ": the shell named as the prefix that puts it around the catalyst named next
_COATING_BEFORE = re.compile(rf"(?:(?<=[\s(])|^)[A-Za-z][A-Za-z0-9]*[-‐]{COATING}\s+$")
_COATING_WORD = re.compile(COATING)


def _core_in_shell(system) -> bool:
    """'Ni@C': a catalyst in its shell, no hydride (the prefix's rewriting gave the '@')."""
    return "@" in system.name and len(system.components) == 2 \
        and not any({"H", "D"} & formula_symbols(c.formula) for c in system.components)


def decorated(text: str, found: list, mention_type: type) -> list:
    """``found`` with a support's mention widened to the catalyst its prefix puts on it ("Co-decorated Ti3C2
    MXene": one material, the catalyst on its support, which the ontology's parser writes Co/Ti3C2), when
    the whole reads as that one supported catalyst (not a hydride: "Ni-decorated MgH2" is a sample). So is a
    catalyst's mention widened to the shell its prefix puts around it ("carbon-coated Ni": Ni@C, one catalyst in
    its shell; "carbon-coated MgH2" is a sample)."""
    decorating, coating = _DECORATING_WORD.search(text), _COATING_WORD.search(text)
    if not decorating and not coating:
        return found
    out = list(found)
    for m in found:
        if m.kind not in ("Material", "SYSTEM") or not text[m.start:m.start + 1].isupper():
            continue
        lo = max(0, m.start - 30)
        before = _DECORATOR_BEFORE.search(text, lo, m.start) if decorating else None
        sign = "/"
        if before is None and coating:
            before, sign = _COATING_BEFORE.search(text, lo, m.start), "@"
        # (the shell's own word may be a mention of a strategy, 'carbon-coated': no material inside the prefix)
        if before is None or any(before.start() < n.end <= m.start for n in out
                                 if n is not m and (sign == "/" or n.kind in ("Material", "SYSTEM"))):
            continue
        whole = text[before.start():m.end]
        try:
            parsed = analyse_system(whole)
        except (SystemParseError, ValueError):
            continue
        if parsed.unknown or (len(parsed.system.components) != 1 or "/" not in parsed.system.host.formula
                              if sign == "/" else not _core_in_shell(parsed.system)):
            continue
        at = next(i for i, n in enumerate(out) if n is m)
        out[at] = mention_type("SYSTEM", whole, before.start(), m.end, None)
    return out
