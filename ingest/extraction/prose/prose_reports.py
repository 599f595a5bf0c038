"""The strategies and uses a sentence states for its samples: form words ('MgH2 nanoparticles', 'nano-MgH2'), a
catalyst's arrangement ('Ni single atoms'), proposals and negations ('could be improved by nanosizing'), an
application named as a material's role ('a Li anode'); and the report of the sentence's first sample.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import ValidationError

from ingest.extraction.attribution.referents import hydride_word
from ingest.extraction.samples.cells import electrolyte_layers, named_electrolyte
from ingest.extraction.samples.declared_roles import acts_catalytically
from ingest.extraction.samples.samples import hydride_like
from ingest.extraction.samples.samples_systems import has_hydrogen as _has_hydrogen, with_additives
from ingest.extraction.text.amounts import AMOUNT_GROUPS, amount_text
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system, mentions, system_of
from ingest.extraction.text.quantity_text import Group
from ingest.extraction.text.sample_words import SAMPLE_NOUNS
from ontology.models import MaterialSystem, SourceRef, SystemReport
from ontology.strategy_rules import ARRANGEMENTS, arranged_part, single_atoms_named
from ontology.system import host_formula
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .prose_context import Context
from .prose_mentions import has_hydrogen_or_storing, terms, terms_of_kinds
from .prose_words import ELECTROLYTE

_NANO = "Nanoengineering"     # Strategy: the nano forms (particles, wires, films …) a material is made in


def own_strategies(ms: list[Mention], text: str | None = None) -> list[Mention]:
    """The sentence's Strategy mentions, without a nano form that belongs to a material which stores
    no hydrogen ('Ni nanoparticles on graphene' is no nanosized hydride; 'MgH2 nanoparticles' is)."""
    vocab = vocabulary()
    out = []
    for m in ms:
        if m.kind != "Strategy" or not m.term:
            continue
        if _NANO in vocab and vocab.is_a(m.term, _NANO):
            # (the material the form is written right after, 'Ni nanoparticles', or right before, 'nanosized TiF3')
            owner = next((o for o in ms if o.kind in (SYSTEM_LABEL, "Material")
                          and (0 <= m.start - o.end <= 1 or 0 <= o.start - m.end <= 1)), None)
            system = material_system(owner) if owner is not None else None
            if owner is not None and not hydride_word(owner.text) \
                    and (system is None or not has_hydrogen_or_storing(system)):
                continue
        out.append(m)
    return out + form_strategies(ms, text)


def form_strategies(ms: list[Mention], text: str | None = None) -> list[Mention]:
    """Strategies named by the noun right after a storage material ('MgH2 nanoparticles', 'Mg2FeH6
    nanoparticles': nanosizing), by the ontology's hkg:formLabel; not a catalyst's ('ZrO2 nanoparticles'), unless
    the form is how the catalyst is arranged (``text`` given: 'Ni single atoms', 'single-atom Ni')."""
    vocab = vocabulary()
    out = []
    starts = {n.start for n in ms}   # (a material with no mention right after it has no noun to look for)
    if text is not None:
        out += catalyst_arrangements(text, ms)
    for owner in ms:
        if owner.kind in (SYSTEM_LABEL, "Material") and text is not None \
                and (prefixed := _form_prefix(text, owner)) is not None:
            out.append(prefixed)   # 'nano-MgH2', 'nano MgH2': the prefix names the storage material's form
        if owner.kind not in (SYSTEM_LABEL, "Material") or owner.end not in starts and owner.end + 1 not in starts:
            continue
        noun = next((n for n in ms if n is not owner and 0 <= n.start - owner.end <= 1), None)
        term = vocab.by_form(noun.text) if noun is not None else None
        if term is None or term.kind != "Strategy":
            continue
        system = material_system(owner)
        if system is not None and has_hydrogen_or_storing(system):
            out.append(Mention("Strategy", noun.text, noun.start, noun.end, term.id))
    return out


# 'nano-MgH2', 'Nano MgH2', 'nano-sized': a form prefix written before a material, or as the head of its mention
_FORM_PREFIX = gated(re.compile(r"(?<![\w-])(nano)(?:-|\s)$", re.I))


_NANO_HEAD = re.compile(r"(nano)-", re.I)   # (compiled once: asked of every mention of the paper)


def _form_prefix(text: str, owner: Mention) -> Mention | None:
    """A Strategy mention for a form prefix ('nano-') written on a storage material ('nano-MgH2': nanosizing, the
    ontology's hkg:formLabel 'nano'), else None; a catalyst's prefix ('nano-TiO2') is its size, no strategy."""
    inner = _NANO_HEAD.match(owner.text)
    before = _FORM_PREFIX.search(text, max(0, owner.start - 6), owner.start) if inner is None else None
    found = inner or before
    if found is None:
        return None
    term = vocabulary().by_form(found.group(1).lower())
    if term is None or term.kind != "Strategy":
        return None
    system = material_system(owner)
    if system is None or not has_hydrogen_or_storing(system):
        return None
    start = owner.start + found.start(1) if inner is not None else found.start(1)
    return Mention("Strategy", found.group(1), start, start + len(found.group(1)), term.id)


def catalyst_arrangements(text: str, ms: list[Mention]) -> list[Mention]:
    """The arrangement a form word next to a metal that stores no hydrogen names ('Ni single atoms', 'single-atom
    Pt': single-atom catalysis), as a Strategy mention over the metal."""
    out = []
    for m in ms:
        system = material_system(m) if m.kind in (SYSTEM_LABEL, "Material") else None
        term = single_atoms_named(text, m.start, m.end) if system is not None and system.bare \
            and not has_hydrogen_or_storing(system) else None
        if term is not None:
            out.append(Mention("Strategy", m.text, m.start, m.end, term))
    return out


# "more of the heavy dopant would lower the capacity to below 5 wt%": what a change would do, not what a sample did
# (a modal of possibility; 'could' is left out: "the composite could release 6 wt% at 300 °C" reports what it did)
_SUPPOSED = gated(re.compile(r"(?=[mw])\b(?:would|might)\b[^;:]*$", re.I))


def supposed(text: str, g: Group, cues: list[str]) -> bool:
    """A value the sentence says a change would bring about, in a sentence naming no sample (its sample only the
    passage's): a supposition, no result of the passage's sample."""
    return "system:context" in cues and bool(_SUPPOSED.search(text, 0, g.start))


# "… can be further improved using nanoconfinement strategies": a strategy proposed, not one applied
_PROPOSED = gated(re.compile(r"(?=[acimsw])\b(?:can|could|may|might|would|should|is expected to|are expected to)\s+(?:still\s+)?"
                       r"(?:be\s+)?(?:further\s+)?(?:improved|enhanced|increased|addressed|overcome|solved|"
                       r"mitigated|tackled|boosted)\b[^.;:]*$", re.I))


def proposed(text: str, m: Mention) -> bool:
    """A Strategy mention in a clause that proposes it for later ('could be improved by nanosizing'), or one the
    sentence says was not used ('without any catalyst or alloying', 'when no catalyst or alloying is used')."""
    return m.kind == "Strategy" and (bool(_PROPOSED.search(text, max(0, m.start - 120), m.start))
                                     or bool(_NEGATED.search(text, max(0, m.start - 60), m.start)))


# "without any catalyst or alloying", "no nanoconfinement", "neither doping nor alloying": a strategy said to be absent
# (up to four words between, none a preposition that starts a phrase of its own: "no loss after nanoconfinement")
_NEGATED = re.compile(r"\b(?:without|no|neither|nor|free\s+of|absence\s+of)\s+(?:any\s+|additional\s+|further\s+)?"
                      r"(?:(?!(?:after|by|in|with|upon|via|through|from|of|to|for|on|at|during|than)\b)[\w-]+,?\s+){0,4}?$",
                      re.I)


# what may stand between a cell part's material and the part's name: "a sodium metal anode", "a graphite-based
# anode", "a lithium foil anode" (a word of the part's form, none that opens another phrase)
_PART_OF = re.compile(r"[\s-]*(?:(?!(?:and|or|the|an?|of|with|as|in|on|to|for|by|at|from)\b)[a-z]+\s+)?")


def _part_of_another(text: str, m: Mention, ms: list[Mention]) -> bool:
    """An application named as the role of a material written right before it that holds no hydrogen ('a sodium
    metal anode', 'a graphite anode', 'the Li3PS4 electrolyte'): the cell's other part, not what the sentence's
    hydride is for (the hydride of 'cells with a sodium metal anode' is their electrolyte)."""
    if m.kind != "Application":
        return False
    before = [x for x in ms if x.kind in ("Material", SYSTEM_LABEL) and x.end <= m.start]
    if not before:
        return False
    prev = max(before, key=lambda x: x.end)
    if not _PART_OF.fullmatch(text, prev.end, m.start):
        return False
    if _electrode_metal(prev):
        return True
    named = system_of(prev.text)
    return not hydride_like(host_formula(named) if named is not None else prev.text)


def _electrode_metal(m: Mention) -> bool:
    """'a Li anode', 'a Li metal counter electrode': a metal the ontology applies to lithium storage and never to
    hydrogen storage (lithium metal) is the cell's electrode itself, though its symbol alone reads as the metal written
    for its hydride ('Li' for LiH) elsewhere."""
    vocab = vocabulary()
    term = vocab.get(m.term) if m.term and m.term in vocab else None
    return term is not None and bool(term.formula) and not hydride_like(term.formula) and bool(term.applications) \
        and all(vocab.is_a(a, "LithiumStorage") for a in term.applications)


# "MgH2 was tested as a conversion anode", "LiBH4 serves as the electrolyte": a hydride's use said with 'as'
# ('MgH2 was tested as a conversion anode', 'MgH2 films were examined as negative electrodes': the sample's head noun
# before the verb, and a plural use without its article)
_USED_AS = re.compile(r"\s+(?:[a-z]+\s+)?(?:(?:is|was|were|are|been|be)\s+)?(?:\w+\s+)?as\s+(?:(?:an?|the)\s+)?"
                      r"(?:[\w-]+\s+)?$", re.I)


# "MgH2 doped with 5, 10 and 15 wt% FeCl3; the 10 wt% sample shows …": a sample named by its loading alone
_LOADING_NAMED = re.compile(rf"\bthe\s+{AMOUNT_GROUPS}\s*(?:[\w-]+\s+)?(?:{SAMPLE_NOUNS})\b", re.I)


def member_by_loading(text: str, g: Group, subject: MaterialSystem) -> MaterialSystem:
    """``subject`` with its one additive at the loading the sentence names the sample by before the value ('the 10 wt%
    sample', 'the 5 mol% composite'), where the sample gives that additive no amount; else ``subject``."""
    if len(subject.additives) != 1 or subject.additives[0].amount is not None or "%" not in text[:g.start]:
        return subject
    named = list(_LOADING_NAMED.finditer(text, 0, g.start))
    if not named:
        return subject
    return with_additives(subject, [(subject.additives[0].formula, amount_text(named[-1]))])


def written_with_amounts(sample: MaterialSystem, systems) -> MaterialSystem:
    """The sentence's naming of ``sample`` by the same parts with their amounts ('Li(BH4)0.75I0.25' for
    'LiBH4 mixed with LiI'), else ``sample``."""
    if sample.bare or any(c.amount is not None for c in sample.components):
        return sample
    parts = sorted(c.formula for c in sample.components)
    return next((s for _, s in systems if s is not sample and sorted(c.formula for c in s.components) == parts
                 and host_formula(s) == host_formula(sample) and all(c.amount is not None for c in s.components)),
                sample)


def _use_of_a_hydride(text: str, ms, systems) -> bool:
    """Does the sentence say what a hydride it names is for, the use its head noun ('the MgH2/C anode', 'the
    LiBH4 electrolyte') or said with 'as' ('MgH2 was tested as a conversion anode')? Not a use named beside it
    ('a silicon film as the negative electrode' with a hydride electrolyte)."""
    for a in (m for m in ms if m.kind == "Application"):
        for x, s in systems:
            if _has_hydrogen(s) and x.end <= a.start and (
                    _PART_OF.fullmatch(text, x.end, a.start) or _USED_AS.fullmatch(text, x.end, a.start)):
                return True
    return False


def _reports(text: str, ms, systems, ctx: Context, ref: Callable[[], SourceRef],
             own: list[Mention] | None = None) -> list[SystemReport]:
    """The report of the sentence's first sample (``own``: ``own_strategies(ms, text)``, when read already)."""
    strategies = terms(own_strategies(ms, text) if own is None else own, "Strategy")
    if any(m.kind == "Application" for m in ms):
        # (the materials as the sentence names them: those read as no sample, 'sodium metal', are still there)
        ms = [m for m in ms if not _part_of_another(text, m, mentions(text))]
    mechanisms, methods, applications = terms_of_kinds(ms, ("Mechanism", "SynthesisMethod", "Application"))
    hydro = [s for _, s in systems if _has_hydrogen(s)]
    # ('the LiBH4–LiI electrolyte', the sentence's first hydride: an electrolyte of a hydride is a solid one)
    # (or the layer a cell notation tests between its electrodes: 'the TiS2/LiBH4–LiI/Li cell')
    middle = electrolyte_layers(text) if "/" in text or "|" in text else set()
    said_electrolyte = ("electrolyte" in text or bool(middle)) and ELECTROLYTE not in applications and bool(hydro) \
        and any(s.name == hydro[0].name and (named_electrolyte(text, x) or (x.start, x.end) in middle)
                for x, s in systems)
    used = bool(applications) and _use_of_a_hydride(text, ms, systems)
    if said_electrolyte:
        # (the sentence's other uses are the cell's other parts' unless said of a hydride: 'a Li negative electrode')
        applications = [*applications, ELECTROLYTE] if used else [ELECTROLYTE]
    if not (strategies or mechanisms or methods or applications and (said_electrolyte or used)):
        return []
    # ('ZrCo and TiFe acting as hydrogen pumps': a material said to do a catalyst's work is an additive of the
    # sample the passage is about, no sample of its own; asked only where no hydride is named, up to the first)
    system = hydro[0] if hydro else next((s for m, s in systems if not acts_catalytically(text, m.start, m.end)),
                                         ctx.system)
    if system is None:
        return []
    # 'MgH2 particles were wrapped in a graphene shell (MgH2@G)': the words are also said of the sample the
    # sentence names in a notation of the same host (which the document's later sentences name alone)
    written = next((s for s in hydro if system.bare and host_formula(s) == host_formula(system)
                    and any(t in ARRANGEMENTS and arranged_part(s, t) for t in strategies)), None)
    try:
        return [SystemReport(system=s, strategies=strategies, mechanisms=mechanisms if s is system else [],
                             methods=methods if s is system else [], applications=applications, source=ref())
                for s in (system, written) if s is not None]
    except (ValidationError, ValueError):
        return []
