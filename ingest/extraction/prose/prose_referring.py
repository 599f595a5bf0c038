"""Whether a bare mention of the host means the passage's modified sample (``refers_back``): a sentence that goes on
about the composite, names a part of it, sets it against another, or names the pending sample of a preparation.
"""
from __future__ import annotations

import re

from ingest.extraction.attribution.referents import hydride_word, references
from ingest.extraction.samples.samples import hydride_like
from ingest.extraction.samples.samples_additives import additive as additive_notation
from ingest.extraction.samples.samples_systems import (
    added_parts,
    bare_sample,
    has_hydrogen as _has_hydrogen,
    joined_system,
    plus_additive,
    with_additives,
)
from ingest.extraction.text.comparison_words import COMPARED_WITH
from ingest.extraction.text.hedge_words import APPROXIMATING, hedged
from ingest.extraction.text.lacking import LACKING, LACKING_ADDED, SET_APART_AFTER
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system
from ingest.extraction.text.preparation_words import MADE_PARTICIPLE, MILLED, MILLING_PREFIX, PUT_OR_MILLED
from ingest.extraction.values.equation_basis import derives_from_equation
from ingest.extraction.values.value_roles import CLAUSE_BREAK, THEORETICAL
from ontology.models import MaterialSystem, Measurement
from ontology.strategy_rules import ROLES
from ontology.system import AMOUNT_UNIT, host_formula, storage_hydride
from ontology.vocabulary import vocabulary

from .prose_context import Context, host_only
from .prose_mentions import incidental, new_study, set_against
from .prose_words import (
    ACTOR_AFTER,
    AGREES_WITH_COMPUTED,
    CHANGE_VERB,
    CLASS_STATEMENT,
    CONTRAST_ADVERB,
    DOPANT_AFTER,
    GENERAL,
    SET_APART_BEFORE,
    THAN_BETWEEN,
)


def alternatives_again(text: str, systems, baselines: set[int], ctx: Context):
    """'… of MgH2 and Mg(BH4)2 from … to …, respectively. This allows MgH2 to …, and enables Mg(BH4)2 to …':
    each bare host named again in a sentence going on about modified samples named side by side is its
    own sample among them (one per host), unless set apart as a reference."""
    by_host: dict[str, list[MaterialSystem]] = {}
    for a in ctx.in_paragraph.alternatives:
        if not a.bare:
            by_host.setdefault(host_formula(a), []).append(a)
    out = []
    for m, s in systems:
        mine = by_host.get(host_formula(s), [])
        if s.bare and len(mine) == 1 and m.start not in baselines and not incidental(text, m) \
                and not set_against(text, m) and not SET_APART_AFTER.match(text, m.end):
            s = mine[0]
        out.append((m, s))
    return out


def part_of_sample(text: str, systems, baselines: set[int], ctx: Context):
    """'Mg–Nb@C … the carbon shell keeps the inner Mg–Nb stable, so that …': the
    core of the paragraph's confined or coated sample (same host, its additives but the scaffold) is
    that sample, unless the sentence reports another study or sets it apart as a reference."""
    sample = ctx.system
    if sample is None or len(sample.additives) < 2 or ctx.system_paragraph != ctx.paragraph or new_study(text):
        return systems
    own = {a.formula for a in sample.additives}
    shells = {a.formula for a in sample.additives if a.role == "ScaffoldConfinementHost"}
    # a core the passage prepared as a sample of its own ("MgH2–Ni and MgH2–Ni–CNT were prepared"), or named
    # beside the whole in the same sentence, is that sample, not the whole's core
    apart = {x.name for x in ctx.in_passage.seen if x is not sample}
    if any(x.name == sample.name for _, x in systems):
        apart |= {x.name for _, x in systems}
    out = []
    for m, s in systems:
        if s.name in apart:
            out.append((m, s))
            continue
        # only the core of a confined or coated sample: 'Mg–Nb' of 'Mg–Nb@C' (LiBH4–MgH2 of a
        # LiBH4–MgH2–X sample is a sample of its own)
        if s.additives and host_formula(s) == host_formula(sample) and {a.formula for a in s.additives} < own \
                and own - {a.formula for a in s.additives} <= shells \
                and not _shell_apart(s, systems, own - {a.formula for a in s.additives}) \
                and m.start not in baselines and not incidental(text, m) and not set_against(text, m):
            s = sample
        out.append((m, s))
    return out


def _shell_apart(s: MaterialSystem, systems, missing: set[str]) -> bool:
    """'the activation energies of LiAlH4–Nb2O5 and LiAlH4–graphene are …': a sample the sentence names beside
    another of its host that holds the scaffold it lacks is one of two samples set side by side, no core."""
    return any(o is not s and host_formula(o) == host_formula(s) and missing & {a.formula for a in o.additives}
               for _, o in systems)


# "The as-prepared catalyst was then milled with", "It was subsequently doped into": the additive just made,
# taken up by a pronoun or a noun for it, put into the hydride named next (which the putting verb would
# otherwise make an additive of what was named before it)
_PENDING_PUT = re.compile(
    r"\W*(?:(?:the|this|these|such)\s+(?:(?:as-[a-z]+|resulting|obtained|prepared|synthesi[sz]ed|[a-z]+-based)\s+)?"
    r"(?:catalysts?|additives?|dopants?|powders?|products?|nanocomposites?|hybrids?)|it|they)\s+"
    r"(?:was|were)\s+(?:then\s+|subsequently\s+|further\s+|finally\s+|later\s+)?"
    rf"{MILLING_PREFIX}{PUT_OR_MILLED}\s+(?:together\s+)?(?:in(?:to)?|to|with)\s+"
    r"(?:the\s+)?(?:as-received\s+|commercial\s+|pristine\s+)?$", re.I)


def another_study(text: str, own_refs: list[str], pending_refs: list[str]) -> bool:
    """Does the sentence after a preparation sentence turn to another work: it cites another one than that
    sentence did ("… works as a hot spot.[12] MgH2 releases H2 at 305 °C.[13]"), or opens another study ("Wang et
    al. …", "In another work, …") without citing the same one? Its hydride is then not the prepared sample (the
    sentence that goes on, "This heating further lets MgH2 …", with no citation or the same, is)."""
    if own_refs and pending_refs:
        return set(own_refs) != set(pending_refs)
    return new_study(text) and not (own_refs and set(own_refs) == set(pending_refs))


def take_pending(text: str, systems, baselines: set[int], ctx: Context):
    """The first bare hydride the sentence names (not a reference, product or additive) with the
    additives the paragraph prepared before naming it; the paragraph goes on about that sample."""
    for k, (m, s) in enumerate(systems):
        # ("milled with LiBH4" reads as the bare milled hydride elsewhere: here the catalyst is milled into it)
        if _has_hydrogen(s) and (m.start not in baselines and not incidental(text, m)
                                 or _PENDING_PUT.fullmatch(text, 0, m.start)):
            # (the storage alloy the paragraph prepared, named now as its hydride — 'Mg2Ni … Mg2NiH4' — is the
            # same host, no additive of it)
            adds = [a for a in ctx.in_paragraph.pending if storage_hydride(a) != host_formula(s)]
            if s.bare and adds:
                joined = with_additives(s, adds)
                systems = [*systems[:k], (m, joined), *systems[k + 1:]]
                ctx.named(joined)
                ctx.carried = True
            break
    ctx.in_paragraph.pending = []
    return systems


# "In contrast, …", "By contrast, …", "Conversely, …", "On the other hand, …", "Unlike …": a sentence set
# against what the text said of its sample
_CONTRAST_OPENING = re.compile(rf"\s*(?:{CONTRAST_ADVERB}|unlike)\b", re.I)


def contrast_aside(text: str, hydro: list[MaterialSystem], sample: MaterialSystem | None) -> bool:
    """Does a sentence without values that opens by setting itself against the modified ``sample`` name
    only bare hydrides other than the sample's host? Those are references of the contrast; the text
    stays on its sample ("In contrast, LiAlH4 melts before it decomposes. The composite …")."""
    return sample is not None and not sample.bare and bool(_CONTRAST_OPENING.match(text)) \
        and all(s.bare and host_formula(s) != host_formula(sample) for s in hydro)


def lesser_set_apart(text: str, hydro: list[MaterialSystem], systems, sample: MaterialSystem | None) -> bool:
    """Does a sentence without values name only the modified ``sample`` less some of its parts, each time set
    against it ('…, while the undoped 2LiBH4–MgH2 needs more than 10 h')? That is the sample's reference: the
    text goes on about the sample, not the reference."""
    if sample is None or sample.bare:
        return False
    parts = {c.formula for c in sample.components}
    lesser = all(host_formula(s) == host_formula(sample) and {c.formula for c in s.components} < parts for s in hydro)
    return lesser and all(SET_APART_BEFORE.search(text, 0, m.start) for m, s in systems if s in hydro)


def compared_only(text: str, system: MaterialSystem, systems) -> bool:
    """Every mention of ``system`` in the sentence comes after a word of comparison ('lower than', 'compared
    with'): a reference the sentence sets beside its sample."""
    at = [m.start for m, s in systems if s.name == system.name]
    return bool(at) and all(THAN_BETWEEN.search(text, 0, start) for start in at)


def named_bare(system: MaterialSystem) -> bool:
    """Nothing was added to the sample but what it is made of: no catalyst, filler or support (a molecule of the
    host's formula and a composite's hydride partners are its own)."""
    return not added_parts(system) or len(bare_sample(system).additives) == len(system.additives)


# "… gives off NH3, followed by the decomposition of X": what decomposes once the ligand is gone
# (the nouns: the ontology's BreakdownNoun scheme)
_STAGE_OF = re.compile(rf"\b{vocabulary().scheme_alternation('BreakdownNoun')}\s+of\s+"
                       r"(?:the\s+)?(?:[a-z][\w-]*\s+)?$", re.I)


def adduct_stage(text: str, m: Mention, system: MaterialSystem, sample: MaterialSystem | None) -> bool:
    """'Sr(NH2BH3)2·NH3 … gives off NH3, followed by the decomposition of Sr(NH2BH3)2': the parent of the passage's
    adduct (its ligand written into the formula) named as what decomposes is a stage of that sample, no new one."""
    if sample is None or "·" not in sample.name or not system.bare:
        return False
    # (an adduct kept whole, Sr(NH2BH3)2·NH3, or read as its parent with the ligand as a substituent, Mg(BH4)2·2NH3)
    whole = sample.host.formula.split("·")[0] if "·" in sample.host.formula else None
    ligands_only = bool(sample.additives) and all(a.role == "DopantSubstituent" for a in sample.additives)
    parent = whole if whole is not None else sample.host.formula if ligands_only else None
    return parent == system.host.formula and _STAGE_OF.search(text, max(0, m.start - 50), m.start) is not None


def bare_of(system: MaterialSystem, sample: MaterialSystem | None) -> bool:
    """Is ``system`` the bare host of the modified ``sample``?"""
    return sample is not None and not sample.bare and system.bare \
        and host_formula(system) == host_formula(sample)


# "A absorbs 5.5 wt%, compared with 1.5 wt% for MgH2 milled alike": the host named after a comparison
# with the sample is the comparison's reference
# (in the same phrase: "compared with the bulk, the LiBH4 particles …" names the sample again)
# (", against 350 °C for MgH2": 'against' before a value sets it against the sample's; 'stable against Li metal' does not)
_COMPARED_AFTER_SAMPLE = re.compile(rf"\b(?:{COMPARED_WITH}|than|as\s+against"
                                    rf"|against(?=\s+{hedged(APPROXIMATING)}?\d))\b[^,;]*$", re.I)


def named_again(text: str, systems, baselines: set[int]):
    """'embedded LiBH4 into activated carbon, producing LiBH4 particles under 5 nm': the host named
    again, bare, later in the sentence is the sample the sentence made of it — unless it is set apart
    as a baseline, a comparison or a contrast, or follows several modified samples of the host (a list:
    "A (62 kJ/mol) < B (84 kJ/mol) < MgH2 (158 kJ/mol)")."""
    out, made, kinds, made_end = [], None, set(), 0
    for m, s in systems:
        if not s.bare and _has_hydrogen(s):
            made, made_end = s, m.end
            kinds.add(s.name)
        elif made is not None and bare_of(s, made) and m.start not in baselines and not incidental(text, m) \
                and len(kinds) < 2 and not _COMPARED_AFTER_SAMPLE.search(text, made_end, m.start) \
                and not SET_APART_BEFORE.search(text, 0, m.start) and not SET_APART_AFTER.match(text, m.end) \
                and not _COORDINATED_WITH.fullmatch(text, made_end, m.start):
            s = made
        out.append((m, s))
    return out


# "of MgH2–Ni and MgH2", "MgH2/C or MgH2", "MgH2–Ni vs. MgH2": the bare host coordinated with the sample is a
# sample of its own beside it (the pair a 'respectively' list or a comparison takes), not that sample named again
_COORDINATED_WITH = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|vs\.?\s+|versus\s+|as\s+well\s+as\s+)"
                               r"(?:the\s+|of\s+)?", re.I)


# a value, then 'with' and the additive of the sample it is of: "to 280 °C with Nb2O5", "648 K with 5 wt% WO2"
# (a number standing alone, then its unit's one to three words, each with the power or the count it may end in:
# 'kJ/mol H2', 'kJ mol−1 H2', 'mS cm−1'; 'MgH2 milled with' is no value)
# (or with the act of adding it: "92 kJ/mol after adding Nb2O5", "… for doping V2C", "… for Nb2C doping")
_WITH_AFTER_VALUE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s*[^\s\d,;()]{1,8}(?:[−⁻-]?\d)?"
                               r"(?:\s[^\s\d,;()]{1,6}(?:[−⁻-]?\d)?){0,2}\s+"
                               r"(?:with|(?P<adding>(?:for|after|upon)\s+(?:doping|adding)(?:\s+of)?)|(?P<by>for|upon))\s+"
                               rf"(?:\d+(?:\.\d+)?\s*{AMOUNT_UNIT}\s*(?:of\s+)?)?$")


def said_after_other_value(text: str, m: Mention) -> bool:
    """Is the material ``m`` said right after a value, as the additive of that value's sample ('… to 280 °C with
    Nb2O5', '… 92 kJ/mol after adding Nb2O5', '… 97 kJ/mol for V2C doping')?"""
    said = _WITH_AFTER_VALUE.search(text, max(0, m.start - 30), m.start)
    return said is not None and (not said.group("by") or DOPANT_AFTER.match(text, m.end) is not None)


# "…, whereas the phase transition of LiBH4 occurs at 118 °C": a host named bare in a clause set against the sample
_CONTRASTED_BEFORE = re.compile(r"\b(?:whereas|while|in contrast|by contrast|unlike)\b[^,;.()]*$", re.I)


# "Li3AlH6 prepared by ball milling", "MgH2 synthesised via hydriding combustion": a host named with how it alone was
# made (a method after 'by', 'via', 'through', 'using' or 'from' its precursors; no additive 'with' it) is a sample of
# its own, the bare host
_MADE_ITSELF_AFTER = re.compile(rf",?\s+(?:{MADE_PARTICIPLE}|{MILLING_PREFIX}{MILLED})\s+(?:by|via|through|using|from)\b",
                                re.I)


# "For NaAlH4 milled without any additive, …", "MgH2 prepared alone under the same conditions": the host named with
# how it was made and what it was made without (an additive's word, or a material's name) is the bare reference,
# whatever the paragraph added to it (not "MgH2 milled without any loss of capacity": a name or an added noun only)
# ("MgH2 milled for 20 h under identical conditions": made the sample's way, the reference made without its additive;
# "MgH2 as received from the supplier", "LiBH4 purchased from …": as bought, the ontology's BoughtAfterWord scheme)
_MADE_APART_AFTER = re.compile(rf",?\s+(?:(?:{MADE_PARTICIPLE}|{MILLING_PREFIX}{MILLED})(?:\s+[\w-]+){{0,4}}?\s+"
                               rf"(?:alone\b|{LACKING_ADDED}|{LACKING}\s+(?:any\s+|the\s+)?(?-i:[A-Z])"
                               r"|(?:under|in)\s+(?:the\s+)?(?:same|identical)\s+conditions\b)"
                               rf"|(?:(?:was|were)\s+)?{vocabulary().scheme_alternation('BoughtAfterWord')}\b)", re.I)


def refers_back(text: str, systems, baselines: set[int], ctx: Context, ms=()) -> MaterialSystem | None:
    """The paragraph's modified sample when a bare mention of its host in this sentence means it
    ("MgH2 doped with Ni … The MgH2 then releases …"), else None. Not in another paragraph, not in a
    sentence that reports another study or speaks of the host in general, and not when the sentence
    sets the bare host apart (a baseline, a comparison) or names a modified sample of its own.

    A catalyst the paragraph prepared without naming a hydride (``context_sample`` guessed the host
    from before) goes to the one hydride the next sentence names: "Ni was loaded on graphene. With
    20 % of it, LiBH4 releases …" is LiBH4 with Ni and graphene."""
    sample = ctx.system
    if sample is None or not sample.additives or ctx.system_paragraph != ctx.paragraph \
            or host_formula(sample) in ctx.in_passage.bare_samples:   # "MgH2 and MgH2–X were prepared. The MgH2 …"
        return None
    if all(a.role == ROLES["destabilizer"] and hydride_like(a.formula) for a in sample.additives):
        # "2LiBH4–MgH2 … The decomposition enthalpy of LiBH4": one hydride of a composite is not the composite (each
        # of its hydrides is a store of its own); a partner that holds no hydrogen ('MgH2–Si', 'LiBH4–Al') leaves
        # the host the sample's one hydride, and the host named again is the sample, as with a catalyst
        return None
    if new_study(text) or GENERAL.search(text) or THEORETICAL.search(text) or AGREES_WITH_COMPUTED.search(text) \
            or CLASS_STATEMENT.search(text):
        return None
    if any(not s.bare and _has_hydrogen(s) and not incidental(text, m) for m, s in systems):
        return None  # (a phase the sample forms, 'producing Mg2Ni(Cu)H4', is no sample of its own)
    bare = [(m, s) for m, s in systems if bare_of(s, sample)]
    if sample is ctx.headed and any(_MADE_ITSELF_AFTER.match(text, m.end) for m, _ in bare):
        return None  # "For Li3AlH6 prepared by ball milling, …" under a title on Li3AlH6 with TiF3: the bare host made
    if not bare and ctx.carried:
        others = [(m, s) for m, s in systems if s.bare and _has_hydrogen(s)]
        if len({host_formula(s) for _, s in others}) == 1:
            bare = others
            host = host_only(others[0][1].host.formula)
            adds = [a for a in sample.additives if not _has_hydrogen(host_only(a.formula) or host)]
            sample = joined_system(host.name, _notation(adds)) if host and adds else None
    # "LiBH4 … 150 °C lower than bulk LiBH4": the bare host set apart is the baseline, the other the sample
    bare = [(m, s) for m, s in bare if m.start not in baselines and not apart(text, m)]
    if bare and ms and any(modified_phrase(r) and not any(r.start <= m.start < r.end for m, _ in bare)
                           for r in references(text, ms)):
        return None  # "MgH2 desorbs at 350 °C, whereas the doped hydride …": the sample is named apart, by description
    return sample if bare and sample is not None else None


def apart(text: str, m) -> bool:
    """Does the sentence set the bare host's mention apart from the paragraph's sample of it (an incidental
    mention, a reference set against the value, 'MgH2 alone', a contrast)?"""
    return incidental(text, m) or set_against(text, m) or bool(SET_APART_AFTER.match(text, m.end)) \
        or bool(_MADE_APART_AFTER.match(text, m.end)) or bool(_CONTRASTED_BEFORE.search(text, max(0, m.start - 60), m.start))


def modified_phrase(r) -> bool:
    """Does a descriptive phrase name a modified sample ("the doped hydride", "the Ni-containing composite")?"""
    # (a class word that names hydrides, "the hydride films", names the host, not what was put into it)
    return not r.bare and not r.aside and (r.catalysed or r.scaffold or r.additive is not None
                                           or r.klass is not None and not (r.word and hydride_word(r.word)))


def _notation(adds: list) -> str:
    """The additives of a prepared catalyst written for a new host: a support after the catalyst it
    carries is written catalyst/support ('Ni loaded on graphene' is the one catalyst Ni/graphene)."""
    out = ""
    for k, a in enumerate(adds):
        on = k and a.role == ROLES["scaffold"] and adds[k - 1].role == ROLES["catalyst"]
        out += ("/" if on else "–" if k else "") + a.formula
    return out


_SYSTEM_AFTER = re.compile(r"\s+system\b", re.I)


def storage_system(text: str, m: Mention, s: MaterialSystem) -> bool:
    """'the Mg–Ni system': a metal or alloy of a storage hydride of the ontology named as a system is
    that hydride's sample (Mg2Ni for Mg2NiH4), though it is written without hydrogen."""
    return s.bare and storage_hydride(s.host.formula) is not None \
        and bool(_SYSTEM_AFTER.match(text, m.end) or re.search(r"\ssystem$", m.text, re.I))


def acting_on_host(text: str, systems, sample: MaterialSystem | None) -> MaterialSystem | None:
    """'TiH2, working as a hydrogen pump, …, thereby enhancing the Mg/MgH2 system': one other hydride
    the sentence makes act (a verb of change) on the paragraph's host named after it is that host's
    additive; the paragraph goes on about the host with it. None otherwise."""
    if sample is None:
        return None
    same = host_formula(sample)
    others = [(m, s) for m, s in systems if _has_hydrogen(s) and s.bare and host_formula(s) != same
              and not incidental(text, m)]
    if len(others) != 1:
        return None
    m, s = others[0]
    host = next((x for x, y in systems if x.start > m.end and y.bare and host_formula(y) == same
                 and not incidental(text, x)), None)
    if host is None or not CHANGE_VERB.search(text, m.end, host.start) or CLAUSE_BREAK.search(text, m.end, host.start):
        return None
    bare = host_only(sample.host.formula)
    return plus_additive(bare, s) if bare is not None else None


_IN_SETTING_BEFORE = re.compile(r"(?=[i])\bin\s+(?:the\s+)?$", re.I)


_SETTING_AFTER = re.compile(r"\s*(?:-based\s+)?(?:systems?|composites?|materials?)\s*,", re.I)


def acting_in_setting(text: str, systems, ms: list[Mention]) -> MaterialSystem | None:
    """'in LiBH4 systems, MnF2 disrupts the reactant more than MnCl2': a bare hydride named as the
    setting, then a material that stores no hydrogen acting on it (a verb of change right after it),
    is that hydride's sample with the material; None otherwise."""
    for m, s in systems:
        if not s.bare or not _has_hydrogen(s) or not _IN_SETTING_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue
        setting = _SETTING_AFTER.match(text, m.end)
        if not setting:
            continue
        x = next((x for x in ms if x.kind in (SYSTEM_LABEL, "Material") and x.start >= setting.end()), None)
        if x is None or text[setting.end():x.start].strip() or not ACTOR_AFTER.match(text, x.end) \
                and not CHANGE_VERB.match(text, x.end + 1):
            return None
        notation = additive_notation(x, material_system(x))
        return with_additives(s, [notation]) if notation else None
    return None


# "This composite …", "The resulting distortion …", "The doped sample …": the sentence goes on about
# the sample the paragraph just described, even where it names the host alone.
_GOES_ON = re.compile(r"^\W*(?:(?:this|these|such|the)\s+(?:(?:as-?)?(?:prepared|synthesi[sz]ed|obtained|resulting|"
                      r"modified|doped|catalys\w*|catalyz\w*|composite|composites|sample|samples|nanocomposite)\b)"
                      r"|the\s+resulting\b|(?:this|these)\s+(?:\w+\s+)?(?:composites?|samples?|materials?|systems?)\b)",
                      re.I)


def continued(text: str, out: list[Measurement], context: MaterialSystem | None,
              goes_on: bool = False) -> list[Measurement]:
    """Values a 'this composite …' sentence (or one that names the host again, ``goes_on``) put on the
    bare host go to the paragraph's modified sample of that host (a baseline stays bare, and so does a
    theoretical value: "MgH2 holds 7.6 wt% in theory" is what the formula defines, whatever was added — but not
    one the sentence derives from a numbered equation, which is the reaction's:
    ``ingest.extraction.values.equation_basis``)."""
    if context is None or context.bare or not (goes_on or _GOES_ON.search(text)):
        return out
    if not _GOES_ON.search(text) and any("system:referent" in m.cues and m.system.name == context.name for m in out):
        # "The activation energy of MgH2 is 160 kJ/mol, and the composite reaches 95 kJ/mol": the sentence names the
        # paragraph's sample apart, by description; the bare host beside it is the reference (not where the sentence
        # opens on that sample, "This composite desorbs …, and the MgH2 then absorbs …": the same sample again)
        return out
    host = host_formula(context)
    return [m.model_copy(update={"system": context, "cues": sorted({*m.cues, "system:continued"})})
            if not m.baseline and (not m.theoretical or derives_from_equation(text)) and m.system.bare
            and host_formula(m.system) == host
            else m for m in out]
