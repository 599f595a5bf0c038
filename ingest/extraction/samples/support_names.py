"""'Mg(BH4)2 was confined in carbon foams. The Mg(BH4)2@C sample starts to release hydrogen at 150 °C.': a support
written as bare carbon ('@C', '/carbon') in a passage that said which carbon it put the hydride in is that carbon —
the carbon foam, the carbon aerogel, CMK-3 — so the record names the support as the text did and takes the
strategy the ontology gives that support (a porous scaffold confines). Read where a sentence's samples are read
with the passage's scaffolds (ingest.extraction.attribution.referents.named_by_description). Only when the passage named
exactly one carbon scaffold; a generic carbon with none named, or with several, stays as written.
"""
from __future__ import annotations

import re

from ingest.extraction.text.amounts import AMOUNT
from ingest.extraction.text.preparation_words import MILLED_OR_MIXED
from ontology.models import MaterialSystem
from ontology.system import SystemParseError, component_name, parse_system
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary

_CARBON = "Carbon"            # the ontology's term for carbon as such ('C', 'carbon')
_CARBON_SUPPORT = "CarbonSupport"
# "LiBH4 was ball milled with CMK-3": a carbon the hydride was milled or mixed with, not put into
_MIXED_WITH = re.compile(rf"{MILLED_OR_MIXED}\s+(?:together\s+)?with\s+(?:the\s+|an?\s+)?$", re.I)
_CONFINING = "Nanoconfinement"   # a support that holds the hydride in its pores (hkg:supportStrategy)
_POROUS_SCAFFOLD = "PorousScaffold"   # the ontology's silicas and frameworks (carbons are CarbonSupports)
# a porous support named in words before its formula ('mesoporous SiO2', 'ordered mesoporous SiO2')
_IN_WORDS_FORMULA = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?P<formula>(?:[A-Z][a-z]?\d*){2,})")
# the bare carbon in a sample's notation: after '@', '/' or a dash, with its loading or the coefficient glued to it
# ('85Mg–10Ti–5C'), up to the next part or the end
_LOADING = rf"{AMOUNT}\s*"   # (an additive's loading as the amount readers write it: '5 wt%', '10 mol.%')
_BARE_CARBON = re.compile(rf"(?<=[@/–])(?:(?P<amount>{_LOADING})|(?P<coefficient>\d+(?:\.\d+)?))?C(?=$|[–@/])")
_BARE_SIGNED = re.compile(rf"[@/–](?:{_LOADING}|\d+(?:\.\d+)?)?C(?=$|[–@/])")   # with its sign


def _named_carbon(scaffolds: list[MaterialSystem]) -> str | None:
    """The one specific carbon (a CarbonSupport narrower than carbon as such) among the passage's scaffolds."""
    vocab = vocabulary()
    found = {_architecture_named(s.host) or s.host.text or s.host.formula for s in scaffolds
             if s.host.term and (s.host.term != _CARBON or _architecture_named(s.host)) and s.host.term in vocab
             and _CARBON_SUPPORT in vocab and vocab.is_a(s.host.term, _CARBON_SUPPORT)}
    return next(iter(found)) if len(found) == 1 else None


def _architecture_named(c) -> str | None:
    """The name of carbon as such written with its architecture ('carbon cryogels': carbon cryogel), else None."""
    name = component_name(c) if c.term == _CARBON else "C"
    return name if name != "C" else None


def _renamed(system: MaterialSystem, carbon: str) -> MaterialSystem | None:
    if not any(a.term == _CARBON and a.role == "ScaffoldConfinementHost" for a in system.additives):
        return None
    bare = _BARE_CARBON.search(system.name)
    if bare is None:
        return None
    renamed = _parsed(f"{system.name[:bare.start()]}{bare.group('amount') or ''}{carbon}{system.name[bare.end():]}")
    if renamed is not None and bare.group("coefficient"):
        renamed = _with_coefficient(renamed, system, carbon)
    if renamed is not None and len({(a.term, a.formula) for a in _scaffolds(renamed)}) < len(_scaffolds(renamed)):
        # 'We studied Mg(BH4)2@C. The hydride was melt-infiltrated into carbon foams': the sample put in the
        # named carbon already holds it; its bare carbon is that carbon, not a second one
        return _parsed(_BARE_SIGNED.sub("", system.name, count=1))
    return renamed


def _with_coefficient(renamed: MaterialSystem, written: MaterialSystem, carbon: str) -> MaterialSystem:
    """``renamed`` ('85Mg–10Ti–carbon aerogel': the notation glues no count to words) with the named carbon's share
    the written sample's coefficient of its 'C' ('85Mg–10Ti–5C': 5 parts)."""
    share = next(a.amount for a in written.additives if a.term == _CARBON and a.role == "ScaffoldConfinementHost")
    additives = [a.model_copy(update={"amount": share}) if a.text == carbon and a.amount is None else a
                 for a in renamed.additives]
    return renamed.model_copy(update={"additives": additives})


def _scaffolds(system: MaterialSystem) -> list:
    return [a for a in system.additives if a.role == "ScaffoldConfinementHost"]


def named_support(system: MaterialSystem, scaffolds: list[MaterialSystem],
                  carbons: list[MaterialSystem] | None = None) -> MaterialSystem | None:
    """``system`` with its bare carbon scaffold named as the passage named it (``scaffolds``: the materials the
    passage said it put a hydride in; else ``carbons``: the carbon scaffolds the passage names anywhere,
    ``carbons_named``), and with a scaffold written after its last part holding the whole sample
    (``_whole_in_scaffold``), else None."""
    whole = _whole_in_scaffold(system) if scaffolds else None
    system = whole or system
    carbon = _named_carbon(scaffolds) if scaffolds else None
    if carbon is None and carbons:
        carbon = _named_carbon(carbons)
    if carbon is not None:
        return _renamed(system, carbon) or whole
    return (_formula_named(system, carbons) if carbons else None) or whole


def _whole_in_scaffold(system: MaterialSystem) -> MaterialSystem | None:
    """'TiF3 and the LiBH4–Mg(BH4)2 eutectic were melt-infiltrated into CMK-3 … LiBH4–Mg(BH4)2–TiF3@CMK-3': in a passage
    that put its hydride into a scaffold, a scaffold the ontology knows as confining (CMK-3, SBA-15, carbon aerogel)
    written after the last part's '@' holds the whole sample, not that part alone — the part is an additive of its
    own (TiF3, a catalyst), the scaffold the sample's. A support that confines nothing ('Ni@C') stays the part's."""
    last = system.additives[-1] if system.additives else None
    if last is None or "@" not in (last.text or "") or not system.name.endswith(last.text or "\0"):
        return None
    part, support = (last.text or "").rsplit("@", 1)
    held = _parsed(support)
    if not part or held is None or not held.bare or not _confining(held.host.term):
        return None
    whole = _parsed(f"{system.name[:len(system.name) - len(last.text or '')]}{part}")
    if whole is None:
        return None
    scaffold = held.host.model_copy(update={"role": "ScaffoldConfinementHost", "amount": last.amount})
    key = f"{whole.name}@{support}"
    return whole.model_copy(update={"additives": [*whole.additives, scaffold], "name": system.name, "key": key,
                                    "architecture": "confined"})


def _confining(term: str | None) -> bool:
    vocab = vocabulary()
    return bool(term) and term in vocab and vocab.get(term).support_strategy == _CONFINING


def _formula_named(system: MaterialSystem, supports: list[MaterialSystem]) -> MaterialSystem | None:
    """``system`` with a support written by its bare formula ('Na2B12H12/SiO2') named as the passage named that
    formula with its architecture ('… composite formation with mesoporous SiO2'), when it named it so once. The
    part keeps the role its notation gives it: the words say what the SiO2 is, not how the sample was made."""
    for a in system.additives:
        named = {s.text for s in supports if s.name != s.host.formula and s.name == a.formula}
        if len(named) != 1 or a.text != a.formula:
            continue
        renamed = _parsed(re.sub(rf"(?<=[@/–]){re.escape(a.formula)}(?=$|[–@/])", next(iter(named)), system.name,
                                 count=1))
        if renamed is None or len(renamed.additives) != len(system.additives):
            return None
        kept = [b.model_copy(update={"role": o.role}) for b, o in zip(renamed.additives, system.additives)]
        return renamed.model_copy(update={"additives": kept, "architecture": system.architecture})
    return None


def carbons_named(text: str, ms: list) -> list[MaterialSystem]:
    """The carbon scaffolds ``text`` names (its mentions ``ms``), whatever it says of them ('MgH2 supported on carbon
    aerogel', a title's 'LiBH4@carbon … foams'): a carbon the ontology says confines what it holds
    (hkg:supportStrategy Nanoconfinement: 'carbon aerogel', 'CMK-3', 'hollow carbon spheres') or one named with
    its architecture. Read over a whole passage, before and after its samples: the passage's one such carbon is
    what its '@C' is."""
    vocab = vocabulary()
    out = []
    for m in ms:
        written = _IN_WORDS_FORMULA.fullmatch(m.text) if m.kind == "Material" and m.term in vocab \
            and vocab.is_a(m.term, _POROUS_SCAFFOLD) else None
        if written is not None and (s := _parsed(m.text)) is not None:
            # 'mesoporous SiO2': a formula the passage names with its architecture (_formula_named); kept by its
            # bare formula, whatever the text did with it (milled or infiltrated: the notation says which)
            out.append(MaterialSystem(host=s.host, name=written.group("formula"), text=m.text))
            continue
        if m.kind == "Material" and not (m.term in vocab and vocab.is_a(m.term, _CARBON_SUPPORT)) \
                or m.kind not in ("Material", "SYSTEM") or _MIXED_WITH.search(text, max(0, m.start - 40), m.start):
            continue
        s = _parsed(m.text)
        for c in s.components if s is not None else ():
            if c.term is None or c.term not in vocab or not vocab.is_a(c.term, _CARBON_SUPPORT):
                continue
            if _architecture_named(c) if c.term == _CARBON else vocab.get(c.term).support_strategy == _CONFINING:
                out.append(MaterialSystem(host=c, name=_architecture_named(c) or c.formula, text=c.text or c.formula))
    return out


@per_document(maxsize=2048)
def _parsed(text: str) -> MaterialSystem | None:
    try:
        return parse_system(text)
    except (SystemParseError, ValueError):
        return None
