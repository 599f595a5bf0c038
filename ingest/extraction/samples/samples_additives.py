"""Whether a mention is an additive, and how a text writes one onto its host: a formula or a named additive of the
ontology, a prefix ('Ni-doped', 'CeCl3/Ti-codoped', 'plasma carbon–modified'), a link after the host ('Mg milled
with 15 wt% Ni powder'), an additive the sentence makes and then puts in, a halide anion named in words
('iodide-substituted LiBH4'), an element swapped into the host ('substituting Al for Mg in MgH2'), a dopant the
host's cation sites take ('K-doped LiBH4'), an alloy named beside the sample ('the Mg2Ni alloy'). Apart because it
says what one mention is; lists, scaffolds and notations ask it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extraction.text.nlp import Mention, system_of
from ingest.extraction.text.sample_words import SHAPE_WORDS
from ingest.extraction.text.samples_words import (
    _DOPING,
    ABBREVIATION,
    AMOUNT_IN_BRACKETS,
    ANION_PUT_IN,
    ANION_REPLACING,
    ANION_SUBSTITUTION_BEFORE,
    BASELINE,
    BETWEEN_PREFIX_AND_HOST,
    ELEMENT,
    LINK,
    MADE_ACTIVELY,
    MADE_THEN_PUT,
    SWAP_AHEAD,
    SWAP_BEFORE_HOST,
    USED_ACTIVELY,
)
from ontology.compound_names import anion_symbol, compound_name, is_element_name
from ontology.elements import HALOGENS, formula_symbols, hydride_like
from ontology.formula import is_element_symbol
from ontology.hosts import borohydride_host, enters_cation_sites, host_salt, storage_alloy, storage_metal_compound
from ontology.models import MaterialSystem
from ontology.system import architecture_name, storage_metal, written_elements
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary

from .samples_systems import (
    _amount,
    _parsed,
    as_additive,
    class_name,
    has_hydrogen,
    is_class,
    substituted_compound_alloy,
)


def element_substituted(added: MaterialSystem | None, host: MaterialSystem | None) -> bool:
    """'yttrium substituted Mg2FeH6', 'Ti substituted Mg2NiH4': written apart, 'substituted' makes a prefix only
    between an element and a hydride right after it (not 'Ti substituted Mg in the lattice': a verb, the metal it
    replaced; not 'TiO2 substituted …')."""
    return added is not None and host is not None and added.bare and bool(ELEMENT.fullmatch(added.host.formula)) \
        and has_hydrogen(host)


# "Mg film", "Mg nanoparticles": a storage metal named with a shape is a sample of its own
# ("magnesium powder co-milled with Ni", "Mg powder": the form of the metal the sample was made from,
# named after the mention or within it)
_SHAPED = re.compile(rf"\s*(?:thin\s+)?(?:films?|layers?|{SHAPE_WORDS})\b", re.I)


_SHAPED_IN = re.compile(rf"\s(?:films?|{SHAPE_WORDS})$", re.I)


def shaped_metal(text: str, m: Mention, system: MaterialSystem) -> bool:
    return system.bare and storage_metal(system.host.formula) \
        and bool(_SHAPED.match(text, m.end) or _SHAPED_IN.search(m.text))


def alloy_beside(formula: str, sample: MaterialSystem, named_alloy: bool = False, family: bool = True) -> bool:
    """A storage metal's alloy (``ontology.hosts.storage_alloy``) named beside the passage's ``sample``, a storage
    material of its own; so is a stoichiometric composition on a storage metal ('Mg2Ni', 'TiVNb') named as an alloy
    ('the Mg2Ni alloy') or holding an element the sample lacks — else it is a phase that sample forms (Mg17Al12 of
    MgH2–Al, Mg2Ni of MgH2–Ni; Mg17Al12 after Mg90Ni10 cannot be one). ``family``: whether ``sample`` may be a
    family named by its metals (not when the sentence names it as the measured sample)."""
    if storage_alloy(formula):
        return True
    return storage_metal_compound(formula) and (
        named_alloy or family and family_named(sample)
        or not set(written_elements(formula)) <= {e for c in sample.components for e in written_elements(c.formula)})


def family_named(sample: MaterialSystem) -> bool:
    """'Mg–Ni', 'Mg–Ni based materials': a sample named by its metals alone (no hydride, no amounts) names the family
    of their alloys, no measured sample into which a part was put: a composition of those metals named beside it
    ('Mg2Ni') is one member of the family, a sample of its own, not a phase formed in a composite (as Mg2Ni is in
    MgH2–Ni or in Mg–5 wt% Ni)."""
    parts = sample.components
    return len(parts) > 1 and all(c.amount is None and len(formula_symbols(c.formula)) == 1 and not hydride_like(c.formula)
                                  for c in parts)


def reference_alloy(text: str, m: Mention, system: MaterialSystem) -> bool:
    """'the undoped Mg–Al alloy', 'pristine Mg2Ni': a storage alloy named as the reference is the host
    alone, though it holds no hydrogen as written (a bare metal named so, 'pure Mg', is too often the element)."""
    return system.bare and storage_metal(system.host.formula) and len(formula_symbols(system.host.formula)) > 1 \
        and bool(BASELINE.search(text, max(0, m.start - 40), m.start))


def loaded_in_brackets(text: str, m: Mention, system: MaterialSystem) -> tuple[MaterialSystem, int] | None:
    """'MgH2–Co (5 wt%)': a composition whose last part is an additive without an amount, followed by a
    bracketed share, is that sample with the share as the additive's loading (and where it ends)."""
    last = system.additives[-1] if system.additives else None
    if last is None or last.amount is not None or hydride_like(last.formula) or not system.name.endswith(last.formula):
        return None
    bracket = AMOUNT_IN_BRACKETS.match(text, m.end)
    if bracket is None:
        return None
    head = system.name[:len(system.name) - len(last.formula)]
    if not head.endswith("–"):
        return None
    loaded = _parsed(f"{head}{_amount(bracket)} {last.formula}")
    return (loaded, bracket.end()) if loaded is not None else None


def share_after_prefix(text: str, p: re.Match) -> re.Match | None:
    """'Ni-doped (2 wt%) MgH2': the prefix's loading in a bracket right after it, before the host."""
    return AMOUNT_IN_BRACKETS.match(text, p.end())


def before_host(text: str, prefixes: list[re.Match], p: re.Match, host_start: int) -> bool:
    """Is prefix p one of those right before the host: "Ni-doped MgH2", or a chain of them, "the
    graphene-supported Ni-doped MgH2" (each prefix followed by the next one, the last by the host)?
    ('Ni-doped (2 wt%) MgH2': a bracketed loading may stand between the last prefix and the host.)"""
    while True:
        share = share_after_prefix(text, p)
        if BETWEEN_PREFIX_AND_HOST.match(text, share.end() if share else p.end(), host_start):
            return True
        nxt = next((q for q in prefixes if q.start() > p.end() and q.end() <= host_start), None)
        if nxt is None or text[p.end():nxt.start()].strip():
            return False
        p = nxt


@per_document(maxsize=1024)   # (the readers of one sentence's samples ask for the same links again: matched once)
def link_between(text: str, start: int, end: int) -> re.Match[str] | None:
    """``LINK`` matched in ``text`` from ``start`` (a host's end) to ``end`` (the next material's start)."""
    return LINK.match(text, start, end)


def linked_metal(text: str, m: Mention, system: MaterialSystem, following: Mention | None) -> bool:
    """'Mg milled with 15 wt% Ni powder': a storage metal (its hydride's dehydrogenated state) with what a linking
    verb right after it puts in (the next material named) is a sample, as the hydride would be."""
    return following is not None and system.bare and storage_metal(system.host.formula) \
        and bool(link_between(text, m.end, following.start))


def prefixed_metal(text: str, prefixes: list[re.Match], m: Mention, system: MaterialSystem) -> bool:
    """'the carbon-covered nanocrystalline Mg2Ni': a storage metal named with what was put on or into it
    is a sample (the hydride's, in its dehydrogenated state), as it is with the additive after it."""
    return system.bare and storage_metal(system.host.formula) and any(
        p.end() <= m.start and before_host(text, prefixes, p, m.start)
        and prefix_additive(p.group("add")) is not None for p in prefixes)


@lru_cache(maxsize=1)
def _additive_terms() -> frozenset[str]:
    vocab = vocabulary()
    return frozenset(vocab.descendants("AdditiveMaterial")) if "AdditiveMaterial" in vocab else frozenset()


_HYDROGEN_ATOM = re.compile(r"[HDT]\d*")   # (compiled once: every candidate additive is tested)


def additive(m: Mention, system: MaterialSystem | None) -> str | None:
    """The notation of a mention that can be an additive (a formula, or a named additive such as
    'graphene'), or None."""
    if m.kind == "Material" and system is not None and (named := architecture_name(m.text)) is not None:
        return named   # 'silica aerogel': a scaffold of its own, not SiO2 as such
    if system is not None:
        vocab = vocabulary()
        if has_hydrogen(system) and not substituted_compound_alloy(system) \
                or any(_HYDROGEN_ATOM.fullmatch(c.formula) for c in system.components) \
                or any(c.term and vocab.children(c.term) and compound_name(c.text) is None for c in system.components):
            return None  # a hydride, an isotope ('2D' is no deuterium sample), a class ('MXene')
        return as_additive(system)
    if m.kind == "Material" and m.term in _additive_terms() and not vocabulary().children(m.term):
        return m.text  # a named material ('graphene'), not a class of them ('oxides')
    if m.kind == "Material" and m.term in _additive_terms() and (label := class_name(m.term)) is not None:
        # "MgH2 doped with transition-metal oxides", "LiBH4 with metal halides as additives": a class of compounds
        # put into the host is the additive as written, by the class's name — the value is of the host with that
        # class, not of the bare host
        return label
    if m.kind == "Material" and m.term is None and compound_name(m.text) is not None:
        return m.text[:1].lower() + m.text[1:]   # 'Cobalt boride': a compound named in words, its formula unsaid
    if m.kind == "Material" and m.term is None and ABBREVIATION.search(m.text):
        return ABBREVIATION.search(m.text).group("abbr")  # 'fluorographene (FG)': named by its abbreviation
    return None


def written_loading(candidates: list, i: int, add: str) -> str | None:
    """The loading of ``add`` in the sample the sentence writes out after the host ``candidates[i]`` ("… milled
    with magnesium hydride to give an MgH2–7 wt% MoS2 composite"), else None."""
    host = candidates[i][1]
    for _, t in candidates[i + 1:] if host is not None else ():
        if t is not None and t.host.formula == host.host.formula:
            for c in t.components[1:]:
                if c.formula == add and c.amount is not None and "%" in c.amount.unit:
                    return f"{c.amount.value:g} {c.amount.unit}"
    return None


def made_then_put(text: str, candidates: list, i: int, consumed: set[int]):
    """(mention, notation, match) of the additive a sentence makes and then puts into the host ``candidates[i]``
    ("Ni nanoparticles were synthesized by … and then milled with MgH2"), else None. Materials named in how
    it was made ("using an NH3 plasma") are reagents, passed over to the additive made."""
    host, last = candidates[i][0], i
    end = host.start
    if i > 0 and is_class(candidates[i - 1][0]) and not text[candidates[i - 1][0].end:host.start].strip():
        # "… to catalyse the sorption of the hydride MgH2": a class noun right before the host is the host's
        # apposition, no material between the additive and it
        last, end = i - 1, candidates[i - 1][0].start
    for k in range(last - 1, max(-1, last - 4), -1):
        n, t = candidates[k]
        made = MADE_THEN_PUT.match(text, n.end, end)
        if made is None:
            continue
        # (every material between lies in the route; the making is said of this additive)
        route, pre = made.span("route"), made.span("pre")
        if any(not (route[0] <= o.start < route[1] or pre[0] <= o.start < pre[1]) for o, _ in candidates[k + 1:last]):
            continue
        active = MADE_ACTIVELY.search(text, max(0, n.start - 60), n.start)
        # (used actively, it is put into the host by the words that say what for: "to catalyse", "as a catalyst for")
        used = made.group("put") is None and USED_ACTIVELY.search(text, max(0, n.start - 60), n.start)
        if not (made.group("passive") or made.group("pre") or active and made.group("pronoun") or used):
            continue
        add = additive(n, t) if n.start not in consumed else None
        return (n, add, made) if add is not None else None
    return None


# "(acac)", "(OBu)", "(Cp)": a ligand written as its abbreviation inside a complex's formula
_LIGAND_ABBREVIATION = re.compile(r"\((?:[a-z]{1,6}|O?[A-Z][a-z]{1,3})\)")


def prefix_additive(word: str) -> MaterialSystem | None:
    """The material a prefix names ("Ni-doped", "TiO2-supported", "graphene-supported"): a formula, or a
    named additive of the ontology (not a class of them: "oxide-supported" says no sample)."""
    if word.endswith(")") and word.count("(") < word.count(")"):
        word = word[:-1]   # "nickel (Ni)-doped": the symbol in brackets after the element's name is the prefix's
    found = system_of(word)
    if found is None and _LIGAND_ABBREVIATION.search(word) and system_of(_LIGAND_ABBREVIATION.sub("", word)):
        return _parsed(word)   # "Ni(acac)2-doped": a metal complex written with its ligand's abbreviation
    if found is not None and any(c.term and vocabulary().children(c.term) for c in found.components):
        return None            # 'Hydride-infiltrated' at a sentence's start: a class, capitalised, is no sample either
    if found is not None or not word.islower():
        return found
    if architecture_name(word) is not None:
        return _parsed(word)   # 'silica aerogel', 'ordered nanoporous hard carbon': a scaffold of its own
    term = vocabulary().lookup(word, "Material")
    if term is None or term.id not in _additive_terms() or vocabulary().children(term.id):
        return None
    return _parsed(word)


_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Za-z][a-z-]+\s+$")   # (capitalised at a sentence's start)


def named_before_prefix(text: str, prefix: re.Match) -> tuple[int, str] | None:
    """'plasma carbon–modified MgH2', 'activated carbon-supported LiBH4': a material the ontology names in two
    words, the prefix's word its last — the additive is that material (where its name starts, the name), not the
    prefix's word alone (carbon)."""
    add = prefix.group("add")
    if add is None or not add.islower():
        return None
    word = _WORD_BEFORE.search(text, max(0, prefix.start("add") - 30), prefix.start("add"))
    if word is None:
        return None
    first = word.group(0).strip()
    name = f"{first[0].lower()}{first[1:]} {add}"   # ('Carbon aerogel-confined LiBH4' opening a sentence)
    term = vocabulary().lookup(name, "Material")
    return (word.start(), name) if term is not None and prefix_additive(name) is not None else None


_CO_VERB = re.compile(r"[-‐]co-?", re.I)


def _codopants(prefix: re.Match) -> list[str]:
    """The additives of a co-doping prefix that joins them by a slash ('CeCl3/Ti-codoped', 'Ni/CeO2-co-doped'):
    'co' says they went in side by side, each an additive of the host, not a catalyst on a support ('Ni/C-doped').
    Empty for any other prefix."""
    add = prefix.group("add")
    if "/" not in add or "@" in add or not _CO_VERB.match(prefix.group(0), len(add)):
        return []
    parts = [prefix_additive(w) for w in add.split("/")]
    return [as_additive(a) for a in parts if a is not None] if all(a is not None for a in parts) else []


def anion_salt(text: str, prefix: re.Match, host: MaterialSystem) -> str | None:
    """'Iodide-substituted LiBH4', 'chloride-doped Mg(BH4)2': a halide anion named in words before a borohydride
    takes BH4− sites; the sample holds the salt that brings it in, the halide of the host's own cation (LiI, MgCl2:
    ``ontology.hosts.host_salt``). Not a compound named in words ('cerium fluoride-doped'): its metal is said."""
    symbol = prefix.groupdict().get("symbol") or anion_symbol(prefix.group("add") or "")
    if symbol not in HALOGENS or not borohydride_host(host.host.term):
        return None
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, prefix.start() - 20):prefix.start()])
    if before is not None and is_element_name(before.group(1)):
        return None
    return host_salt(symbol, host.host.formula)


def anion_salt_after(text: str, end: int, host: MaterialSystem) -> str | None:
    """'LiBH4 doped with iodide', 'Mg(BH4)2 partly substituted by bromide': a halide anion named in words after a
    doping or substituting verb that follows a borohydride is the salt of the host's cation (``anion_salt``)."""
    said = ANION_PUT_IN.match(text, end)
    return anion_salt(text, said, host) if said is not None else None


def anion_salt_before(text: str, start: int, host: MaterialSystem) -> str | None:
    """'partial substitution of BH4− by Cl− in LiBH4', 'replacing some BH4 groups with iodide in Mg(BH4)2': the
    halide said to replace the host's anion, right before the host, is the salt of the host's cation
    (``anion_salt``); so is one said before the noun of substituting ahead of the host ('upon iodide
    substitution, the conductivity of LiBH4')."""
    said = ANION_REPLACING.search(text, max(0, start - 90), start) \
        or next(filter(None, (p.search(text, max(0, start - 90), start) for p in ANION_SUBSTITUTION_BEFORE)), None)
    return anion_salt(text, said, host) if said is not None else None


def swapped_in(text: str, candidates: list, i: int, host: MaterialSystem) -> tuple[int, str] | None:
    """'substituting Al for Mg in MgH2', 'replacing Mg with Ti in MgH2': (where, element) of the element the words
    right before the host ``candidates[i]`` put in place of one of the host's own elements, else None. (The element
    replaced must be the host's: 'replacing Ni with Co in MgH2' is no such swap.)"""
    m = candidates[i][0]
    said = SWAP_BEFORE_HOST.search(text, max(0, m.start - 80), m.start) or _swap_ahead(text, candidates, i)
    if said is None:
        return None
    into = next(k for k in ("into", "into_named", "into_after", "into_glued") if said.group(k))
    out = said.group("out") or said.group("out_first") or said.group("out_glued")
    if out not in formula_symbols(host.host.formula) or said.group(into) in formula_symbols(host.host.formula):
        return None
    at = said.start(into)
    if into == "into_glued":
        return (at, said.group(into)) if is_element_symbol(said.group(into)) and is_element_symbol(out) else None
    return (at, said.group(into)) if any(n.start == at for n, _ in candidates[:i]) else None


def _swap_ahead(text: str, candidates: list, i: int) -> re.Match[str] | None:
    """The last swap of one element for another said before the host ``candidates[i]`` when no material is named
    between the swap and the host ('Substituting Al for Mg lowers the decomposition enthalpy of MgH2'), else None."""
    m = candidates[i][0]
    said = next(reversed(list(SWAP_AHEAD.finditer(text, max(0, m.start - 120), m.start))), None)
    if said is None or any(said.end() <= n.start < m.start for n, _ in candidates[:i]):
        return None
    return said


def lattice_doping(words: str, add: str, host: MaterialSystem) -> bool:
    """'K-doped LiBH4', 'LiBH4 doped with Ca': a metal the text dopes into a host whose cation sites take it
    (``ontology.hosts.enters_cation_sites``) is a substituent of its lattice, not a catalyst ('Ti-doped MgH2')."""
    return bool(_DOPING.search(words)) and enters_cation_sites(add, host.host.term)
