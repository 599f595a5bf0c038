"""One sentence read (``extract_sentence``): its measurements and system reports, whether its values are computed or
measured (words of a calculation, 'this work', another's work), a host processed alone as a sample of its own, and
the phases an intermetallic's class word names.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ontology.models import MaterialSystem, Measurement, SystemReport
from ontology.system import host_formula
from ontology.vocabulary import vocabulary
from ontology.word_gate import Gated, gated

from .abbreviations import family_members
from .additive_sizes import each_one_sized
from .adducts import as_adducts
from .apposition import joined_appositions
from .asides import comparison_asides
from .cells import cell_electrolyte, cell_layers, passage_electrode_layers, without_reference_electrodes
from .class_members import hydrides_named_by_abbreviation
from .codopants import codopants
from .condition_terms import without_conducting_ions
from .declared_roles import with_declared_roles
from .each_host import each_host_again, each_host_samples, milled_each, milled_sample
from .electrolyte_capacity import electrode_values_off_electrolyte
from .family_members import with_members
from .formation_enthalpy import without_compound_formation
from .group_subjects import shared_or_dropped
from .material_cues import EMBEDDING_BEFORE, LIST_AFTER, PRODUCT_CUE, formed_after, product_cue_before
from .nlp import SYSTEM_LABEL, Mention, clean_text, mentions, system_of
from .precursor_samples import products_not_precursors
from .precursors import precursor_clauses, without_clauses
from .processed_hosts import is_processed, processed_hosts
from .prose_applications import application_named
from .prose_baselines import pair_with_and_without, series_first
from .prose_cells import beside_the_electrode, electrolyte_side, test_cell, without_c_rates
from .prose_context import Context, _systems, host_only, hydrogen_only, without_ions
from .prose_measurements import _measurements
from .prose_mentions import (
    _incidental,
    earlier_work,
    has_hydrogen_or_storing,
    named_as_sample,
    new_study,
    set_apart,
    stores_hydrogen,
)
from .prose_naming import (
    _making,
    aliased,
    class_anaphor,
    constituents_only,
    example_additives,
    found_or_formed,
    hosts_again,
    loadings_known,
    named_side_by_side,
    remember_products,
    shared_reports,
    source_ref,
    states_of_samples,
    that_with,
)
from .prose_referring import (
    _apart,
    _continued,
    _refers_back,
    acting_in_setting,
    acting_on_host,
    adduct_stage,
    alternatives_again,
    another_study,
    bare_of,
    compared_only,
    contrast_aside,
    lesser_set_apart,
    modified_phrase,
    named_again,
    part_of_sample,
    storage_system,
    take_pending,
)
from .prose_reports import _proposed, _reports, own_strategies, written_with_amounts
from .prose_subject import _reactant
from .prose_words import ANAPHOR_START, ASIDE, BOND_AFTER, DENOTED_LIST, DIGIT
from .quantity_text import groups
from .reaction_products import is_product
from .reactions import in_lowest_terms, without_products, without_step_names
from .referents import (
    added_to_sample,
    named_by_description,
    named_by_prefix,
    note,
    note_kinds,
    references,
    scaffolds_named,
)
from .samples import hydride_like, samples
from .samples_amounts import best_share_given, equimolar_sample, loadings_before_prefix
from .samples_cells import abbreviated_stack_in, named_as_electrolyte
from .samples_context import context_sample, prepared_additives
from .samples_notations import without_symbol_values
from .samples_systems import bare_sample, framework_derivatives, has_hydrogen as _has_hydrogen
from .shared_values import each_listed_thickness, each_of_them, of_doped_and_undoped
from .step_media import step_media
from .studied_samples import background_sample, bare_studied, both_ways, introduces
from .subject_system import names_its_additives, part_in_sample, state_of_sample
from .theoretical_owner import theoretical_of_host
from .transition_settings import at_the_transition
from .value_lists import LISTED_AMOUNTS, REFERENCE_SENTENCE, prepared_series
from .value_roles import THEORETICAL, names_a_computation


def extract_sentence(sent, ctx: Context) -> tuple[list[Measurement], list[SystemReport]]:
    """Measurements and system reports of one sentence; updates the paragraph context."""
    clean = clean_text(sent.text, base=getattr(sent, "start", 0) or 0)
    ms, prior = mentions(clean.text), ctx.system
    out, reports = extract(sent, clean.text, ms, [k for _, ks in clean.cites for k in ks], ctx)
    out, reports = _processed(clean.text, ms, out, reports, ctx, prior)
    ctx.in_passage.valued = ctx.in_passage.valued or bool(out)
    return with_members(clean, out, ctx.in_passage.studied_members, ctx.in_passage.listed_members), reports


def _processed(text: str, ms: list[Mention], out: list[Measurement], reports: list[SystemReport], ctx: Context,
               prior: MaterialSystem | None = None) -> tuple[list[Measurement], list[SystemReport]]:
    """('MgH2 nanoparticles', 'ball-milled MgH2'): a host processed alone is a sample of its own
    (ingest/processed_hosts.py), and what the text goes on about; a value of the phase a transition makes is at the
    transition's temperature (ingest/transition_settings.py)."""
    out, reports, renamed = processed_hosts(text, ms, out, reports, has_hydrogen_or_storing)
    if ctx.system is not None and ctx.system.id in renamed:
        ctx.system = renamed[ctx.system.id]
    elif not out and prior is not None and is_processed(prior) and ctx.system is not prior \
            and any(s.bare and s.name == host_formula(prior) for _, s in _systems(ms)):
        # ("… synthesized ultrafine MgH2 nanoparticles. MgCl2 reacted with LiH to form MgH2 and LiCl. This system
        # achieved …": the host named bare in a sentence of no value is the processed sample's material, and the text
        # goes on about that sample)
        ctx.system = prior
    # ('0.15 S/cm after the complete phase transition at 130 °C': the value is the phase's, at that temperature)
    return at_the_transition(text, out), reports


# "the Ni–N4 sites", "Ti3+ active centres": a site of a catalyst is part of the sample it sits in, no sample of its own
_SITES_AFTER = gated(re.compile(r"\s+(?:active\s+|catalytic\s+|single-atom\s+)?(?:sites?|cent(?:er|re)s?|moiet(?:y|ies))\b",
                               re.I))


# "We investigated X by a first principles calculation", "Using DFT, we show …", "this work … by ab initio methods":
# the study says its method is a calculation (its own: said in the first person or of 'this work')
# ("we use DFT calculations to …", "we performed first-principles calculations": the verb of the study's own method)
# ("by means of the first-principles calculations", "here we report DFT calculations for …": the
# study's own computation, by its means or as what it reports)
_BY_COMPUTING = (r"\b(?:by(?:\s+means\s+of)?|using|via|with|through|based\s+on|use[sd]?|employ(?:s|ed)?|perform(?:s|ed)?|"
                 r"appl(?:y|ies|ied)|report(?:s|ed)?|present(?:s|ed)?|"
                 r"carr(?:y|ies|ied)\s+out)\s+(?:an?\s+|the\s+)?"
                 r"(?:first[- ]principles?|ab[- ]initio|density[- ]functional(?:\s+theory)?|DFT)")


# the nouns a study names itself by ('this work', 'this paper': the ontology's StudyNoun scheme)
_THIS_WORK = vocabulary().scheme_alternation("StudyNoun", ("ThisWorkNoun",))


# ((?=[wotbuviheapc]|^): the first letters of the alternatives, or the sentence's start, which let a search pass
# other positions at once: it is asked of every sentence)
# (or says so in the passive: "X has been investigated using ab initio molecular dynamics")
# (every reading names its method by one of these words: a sentence holding none, most do, is passed at once)
_COMPUTING_WORDS = ("principle", "initio", "functional", "dft", "calculations", "simulations", "computations")


_STUDY_COMPUTED = Gated(re.compile(rf"(?=[wotbuviheapc]|^)(?:\b(?:we|our|this\s+{_THIS_WORK})\b[^.;]{{0,100}}?{_BY_COMPUTING}"
                                   rf"|{_BY_COMPUTING}[^.;]{{0,60}}?\bwe\b"
                                   # ("Using density functional theory, the reaction of X and Y was theoretically
                                   # calculated"): the method the sentence opens with, then its passive of study
                                   rf"|^\W*{_BY_COMPUTING}\b[^.;]{{0,120}}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+"
                                   rf"(?:\w+ly\s+)?(?:investigated|studied|examined|explored|modell?ed|simulated|calculated|"
                                   rf"computed|analy[sz]ed)\b"
                                   # ("Our calculations suggest …": the calculations it calls its own are the study's)
                                   rf"|\bour\s+(?:[\w-]+\s+){{0,3}}?(?:calculations|simulations|computations)\b"
                                   rf"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:investigated|studied|examined|explored|"
                                   rf"modell?ed|simulated|calculated|computed)\s+{_BY_COMPUTING})", re.I),
                        _COMPUTING_WORDS)


# "Electronic structure calculations show that X is …", "Lattice dynamics simulations predict …": calculations a
# sentence opens with are the study's method where the passage has read no value, cited no work and named no
# preparation or experimental technique yet (a computational study's opening); after those, a review's "DFT calculations indicate …" reports another work beside the values it reviews
def _names_an_experiment(ms: list[Mention]) -> bool:
    """The sentence names a way of making a sample or an experimental technique (the ontology's SynthesisMethod
    terms, its Technique terms but the Computation ones): the study handled samples."""
    return any(m.kind == "SynthesisMethod" or m.kind == "Technique" and _experimental_technique(m.term) for m in ms)


@lru_cache(maxsize=256)
def _experimental_technique(term: str | None) -> bool:
    return bool(term) and not vocabulary().is_a(term, "Computation")


_OTHERS_WORK = re.compile(r"\bet\s+al\b")


# (the words: the ontology's ComputationWord scheme)
# ("DFT calculations show …", "DFT calculations compare …"; "First-principles calculations were performed to study …":
# the method done)
_OPENS_WITH_COMPUTING = gated(re.compile(
    rf"^\W*(?:[\w-]+\s+){{0,3}}?{vocabulary().scheme_alternation('ComputationWord', ('ComputationsNoun',))}\s+(?:\w+ly\s+)?"
    rf"(?:{vocabulary().scheme_alternation('ComputationWord', ('ComputedFindingVerb', 'ComputationStudyVerb'))}s?"
    rf"|(?:are|were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    rf"{vocabulary().scheme_alternation('ComputationWord', ('ComputationDoneVerb',), spaced=True)})\b", re.I))


# "We study the electronic structures of LiH, NaH, MgH2 and AlH3, …, using first principles density functional
# theory", "The ground-state structures of X and Y have been established from first principle calculations", "… have
# been subjected to full structural optimization … for accurate density-functional total-energy calculations": a
# study's opening that names its own computation far from its subject (a list of compounds between) or in the passive
# of a structure found — the study's method, as ``_OPENS_WITH_COMPUTING`` (asked where the passage has read no
# value, cited no work and named no experiment yet)
_OPENING_COMPUTED = Gated(re.compile(
    r"(?=[woh]|^)(?:\b(?:we|our)\s+(?:\w+ly\s+)?(?:study|studied|investigate[sd]?|examine[sd]?|explore[sd]?|report(?:s|ed)?|"
    rf"present(?:s|ed)?|calculate[sd]?|compute[sd]?|model(?:l?ed)?)\b[^.;]{{0,300}}?{_BY_COMPUTING}"
    r"|\b(?:has|have)\s+been\s+(?:\w+ly\s+)?(?:established|determined|predicted|optimi[sz]ed|subjected\s+to|derived|"
    r"obtained|calculated|computed)\b[^.;]{0,120}?\b(?:from|by|using|with|for|within)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:first[- ]principles?|ab[- ]initio|density[- ]functional|DFT)\b)", re.I),
    _COMPUTING_WORDS)


# a sample the study made or measured itself: "we prepared", "was synthesized", "were then ball milled", "we measured"
# (asked of every sentence: behind a gate of its verbs, which most sentences lack)
# (the verbs: the ontology's OwnWorkVerb scheme)
# ("the experimentally known structure … is reproduced", "differ from the experimentally established structures":
# 'experimentally' between an article and its noun qualifies data already known, which a computation is set
# against; the study did no experiment by it)
_STUDY_MADE = gated(re.compile(r"\b(?:we|was|were|ha(?:s|ve)\s+been)\s+(?:(?:\w+ly|then|also|first)\s+)?"
                               rf"{vocabulary().scheme_alternation('OwnWorkVerb')}\b|\b(?:(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)experimentally|"
                               r"our\s+experiments?)\b", re.I))


def _share_stated_of(x: MaterialSystem, sample: MaterialSystem) -> bool:
    """Is ``x`` the passage's ``sample`` with an amount on an additive its notation gave none (and nothing else)?"""
    if x is sample or x.host.formula != sample.host.formula or len(x.additives) != len(sample.additives):
        return False
    pairs = list(zip(x.additives, sample.additives))
    return all(a.formula == b.formula and (b.amount is None or a.amount == b.amount) for a, b in pairs) \
        and any(a.amount is not None and b.amount is None for a, b in pairs)


def _embedded_phases(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]
                     ) -> dict[int, tuple[int, int]]:
    """{start of the mention: the span of its list} for the materials named right after an intermetallic's class word
    inside a microstructure the sentence describes (``EMBEDDING_BEFORE``): phases of the alloy, no samples."""
    out = {}
    for c in ms:
        if c.kind != "Material" or c.term != "BimetallicIntermetallic" \
                or not EMBEDDING_BEFORE.search(text, max(0, c.start - 100), c.start):
            continue
        listed = LIST_AFTER.match(text, c.end)
        out.update({m.start: (c.start, listed.end()) for m, _ in found
                    if listed is not None and c.end <= m.start and m.end <= listed.end()})
    return out


def extract(sent, text: str, ms: list[Mention], cited: list[str], ctx: Context
             ) -> tuple[list[Measurement], list[SystemReport]]:
    ctx.enter(sent)
    ctx.in_passage.computation_named = ctx.in_passage.computation_named or names_a_computation(text)
    # (what the passage did so far: the opening a sentence of calculations may call the study's own, ``_OPENS_WITH_COMPUTING``)
    ctx.in_passage.cites = ctx.in_passage.cites or bool(cited) or _OTHERS_WORK.search(text) is not None
    ctx.in_passage.experimental = ctx.in_passage.experimental or _names_an_experiment(ms)
    made_here = _STUDY_MADE.search(text) is not None
    said_computed = _STUDY_COMPUTED.search(text) \
        or not (ctx.in_passage.valued or ctx.in_passage.cites or ctx.in_passage.experimental) \
        and (_OPENS_WITH_COMPUTING.search(text) or _OPENING_COMPUTED.search(text))
    if said_computed and not made_here and not ctx.in_passage.made:
        ctx.in_passage.computed = True
    elif ctx.in_passage.computed and made_here:
        ctx.in_passage.computed = False   # ("… We then synthesised it and measured …": an experiment too)
    ctx.in_passage.made = ctx.in_passage.made or made_here
    # before the passage introduced the title's sample, the bare host is general knowledge
    title = ctx.system if ctx.opening and background_sample(text, ctx.system, ctx.background) else None
    ctx.opening = title is not None
    if title is not None:
        ctx.system = bare_sample(title)
    ms = joined_appositions(text, ms)   # "lithium amide LiNH2": one material, named twice
    if ctx.members:   # ("pristine AB" after "NH3BH3 (AB)": the hydride the abbreviation stands for)
        ms = hydrides_named_by_abbreviation(text, ms, ctx.members)
    if "=" in text:
        ms = without_symbol_values(text, ms)   # "MB12H11NH3 (M = Li and Na)": values of M, no materials
    if "bond" in text:
        ms = [m for m in ms if not (m.kind in (SYSTEM_LABEL, "Material") and BOND_AFTER.match(text, m.end))]
    if "h" in text and ("C" in text or "Li" in text):
        # "905 mA h g−1 (C/10)", "(2C)", "0.1Li h−1": a cycling rate, no carbon or lithium sample
        ms = without_c_rates(text, ms)
    if "/" in text or "|" in text:
        ms = cell_layers(text, ms)
    if "electrolyte" in text:   # (the cell's electrolyte, before a hydride electrode beside it drops it as no sample)
        ctx.in_passage.electrolyte = cell_electrolyte(text, ms) or ctx.in_passage.electrolyte
    # "a TiS2 positive electrode, a LiBH4 electrolyte and a Li negative electrode", and that TiS2 named again later
    ms = passage_electrode_layers(text, without_conducting_ions(text, without_reference_electrodes(text, ms)),
                                  ctx.in_passage.electrodes)
    refs = list(getattr(sent, "refs", None) or []) or cited
    own_refs = refs   # (the works this sentence itself cites)
    if refs:
        ctx.in_paragraph.refs = refs
    refs = refs or list(ctx.in_paragraph.refs)
    ctx.carbons_here = [] if refs else ctx.in_passage.carbons
    alternatives: list[Any] = []
    read = _systems(ms, ctx.members)   # (read once: the products below are looked for among the same)
    if "deriv" in text:   # ("Co1Cu2–MOF derivative": the framework's product, a catalyst)
        read = framework_derivatives(text, read)
    read = in_lowest_terms(text, read)   # "3LiH + 3LiBH4·NH3 → …": the reactants' ratio, 1:1
    found = [electrolyte_side(text, *x) for x in without_step_names(text, without_products(text, read), ctx.system)
             if not test_cell(text, *x) or electrolyte_side(text, *x)[1] is not x[1]]
    found = [x for x in found if not (_SITES_AFTER.match(text, x[0].end) and not _has_hydrogen(x[1]))]
    if "ion" in text or "plat" in text or "stripp" in text or "dissolv" in text:   # (the gate of _ION_AFTER's words)
        found = without_ions(text, found)
    dopes = codopants(text, found, ms)
    # ("Ti3C2 etched from Ti3AlC2": the MAX phase is gone before the sample is made; "milled under Ar",
    # "dispersed in THF": the atmosphere or medium of a step, no component; ", more active than commercial
    # Fe2O3,": the reference of a comparison set off between the subject and its verb)
    made_from = precursor_clauses(text, found) | step_media(text, found, ms) | comparison_asides(text, found)
    if "intermetallic" in text:   # ("… embedding particles of intermetallic compounds Mg2Ni and MmMg12": phases)
        made_from = made_from | _embedded_phases(text, found, ms)
    if made_from:
        dopes = dopes | set(made_from)
    if dopes:   # ("an N, Nb-doped TiO2 catalyst": the N is the TiO2's, no additive of the sample)
        found = [x for x in found if x[0].start not in dopes]
    found = [_reactant(text, *x) for x in found]
    systems, baselines = samples(both_ways(without_clauses(text, made_from)), beside_the_electrode(found, text),
                                 [m for m in ms if m.start not in dopes] if dopes else ms, ctx.system,
                                 alternatives)
    if ctx.declared:
        # (what the text says an additive is for wins over what its composition alone would make it)
        systems = [(m, with_declared_roles(s, ctx.declared)) for m, s in systems]
        alternatives[:] = [with_declared_roles(s, ctx.declared) for s in alternatives]
    if (each := each_host_samples(text, found, systems)) is not None:
        # "MgH2 and LiAlH4 were each milled with 5 wt% NbV": a sample of each host (ingest/each_host.py), which a later
        # bare mention of that host in the paragraph means
        systems, alternatives[:] = each
        ctx.in_paragraph.each_host = {host_formula(x): x for x in alternatives}
        ctx.in_paragraph.each_milled = milled_each(text)
    if alternatives:
        ctx.in_paragraph.alternatives = alternatives
    elif "%" in text and LISTED_AMOUNTS.search(text) and (series := prepared_series(groups(text), systems, text)):
        # (listed amounts end in a per cent sign: a sentence without one is not searched for them)
        ctx.in_paragraph.alternatives = series   # "MgH2 was milled with 5, 10 and 15 wt% TiO2": three samples
    if title is not None and (introduces(text, systems, title, ctx.background)
                              or any(modified_phrase(r) for r in references(text, ms))):
        # the sentence names the study's sample ("The confined MgH2 releases …" is the title's), or does
        # not speak of the bare host at all
        ctx.system, title = title, None
        ctx.opening = ctx.background = False
    systems = states_of_samples(systems, ctx)
    systems = that_with(text, aliased(text, systems, ctx))
    systems = as_adducts(text, systems)   # "hydrated LiBH4": LiBH4·H2O
    if "as" in text:
        ctx.in_passage.electrolyte = named_as_electrolyte(text, read, ms) or ctx.in_passage.electrolyte
    if not systems and ctx.in_passage.electrolyte is not None and "/" in text and abbreviated_stack_in(ms):
        ctx.named(ctx.in_passage.electrolyte)   # "the cell Li/IL/SSE/IL/Li": its electrolyte is the sample
    if (ctx.in_passage.seen or ctx.in_paragraph.alternatives) and "-" in text:
        # "the Ti-doped sample" of the TiCl3-doped one (one of the paragraph's alternatives too: "doped with 2 mol%
        # TiCl3 or 2 mol% CeCl3 … the Ce-containing alanate")
        systems = named_by_prefix(systems, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives])
    if "-" in text and "%" in text:
        systems = loadings_before_prefix(text, systems)   # "the 3 mol% VCl3-doped sample" (ingest.samples)
    ctx.in_passage.scaffolds = [*ctx.in_passage.scaffolds, *scaffolds_named(text, ms)][-4:]   # (this sentence's own last)
    if ctx.system is not None and not ctx.system.bare:
        # "the mixture reaches … when the volume fraction of Al2O3 is 44 %": the share the sentence states of the
        # passage's sample's additive (given to the additive's words by ingest/samples.py) is that sample's, so
        # "the mixture" is the sample with it
        ctx.system = next((x for _, x in systems if _share_stated_of(x, ctx.system)), ctx.system)
    if ctx.in_passage.seen or ctx.system is not None or ctx.in_passage.scaffolds or ctx.carbons_here:
        # (the paragraph's alternatives too: "milled with 2 mol% TiCl3 or 2 mol% CeCl3 … the Ce-containing alanate")
        systems = named_by_description(text, systems, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives],
                                       ctx.system, ctx.in_passage.scaffolds, ctx.carbons_here)   # "the catalysed MgH2"
    if ctx.in_passage.seen or ctx.system is not None or ctx.in_paragraph.alternatives:
        # (the paragraph's alternatives too: "milled with 10 mol% of NbF5, TiF4 or ZrCl4 … the Mg(BH4)2–NbF5 sample")
        systems = loadings_known(systems, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives,
                                            *([ctx.system] if ctx.system is not None else [])])
    if ctx.in_paragraph.pending and another_study(text, own_refs, ctx.in_paragraph.pending_refs):
        ctx.in_paragraph.pending = []   # the additives were prepared for the other study's hydride, not this one's
    if ctx.in_paragraph.pending:
        systems = take_pending(text, systems, baselines, ctx)
    elif ctx.system is None:
        ctx.in_paragraph.pending = prepared_additives(text, systems, ms)
        ctx.in_paragraph.pending_refs = own_refs
    systems = named_again(text, systems, baselines)
    ctx.in_paragraph.milled_here = False
    if ctx.in_paragraph.each_host and each is None and not THEORETICAL.search(text):
        # ("The milled MgH2 sample …" after each host was milled with its additive: that sample, no milled reference)
        milled = {m.start for m, _ in systems if milled_sample(text, m, ctx.in_paragraph.each_milled)}
        baselines -= milled
        ctx.in_paragraph.milled_here = bool(milled)
        systems = each_host_again(systems, ctx.in_paragraph.each_host,
                                  lambda m: m.start in baselines or _apart(text, m))
    systems = part_of_sample(text, systems, baselines, ctx)
    systems = part_in_sample(text, systems, ctx.system)   # "the MgH2 in the composite" is the composite
    remember_products(text, read, ctx)
    if ctx.in_paragraph.alternatives and ANAPHOR_START.match(text):
        systems = alternatives_again(text, systems, baselines, ctx)
    if ctx.in_passage.formed_in and ctx.system is not None and ctx.system.bare:
        came = next((ctx.in_passage.formed_in[host_formula(s)] for _, s in systems if host_formula(s) in ctx.in_passage.formed_in
                     and host_formula(ctx.in_passage.formed_in[host_formula(s)]) == host_formula(ctx.system)), None)
        if came is not None:
            ctx.named(came)  # "The addition of Cu further modifies Mg2Ni(Cu)H4 …": the sample that formed it
            ctx.carried = True
    named_class = class_anaphor(text, ms, systems, ctx)
    if named_class is not None:
        ctx.named(named_class)  # "The mixed closo-borate reaches …": the one of the samples named that is one
    # the paragraph's modified sample is what a later bare mention of its host means, unless the
    # sentence starts another study or sets the host apart as a reference
    meant = _refers_back(text, systems, baselines, ctx, ms)
    goes_on = meant is not None
    # (a precursor, a step's medium or a comparison's reference is added to no sample: "the introduction of MgCl2 in
    # solution" names the liquid the sample reacts in)
    own = [m for m in ms if m.start not in made_from] if made_from else ms
    carried = context_sample(text, systems, own, ctx.system)
    added = added_to_sample(text, systems, ctx.system, own) if carried is None else None
    best = best_share_given(text, ctx.system) or equimolar_sample(text, ctx.system, [s for _, s in systems]) \
        if carried is None and added is None else None
    if best is not None:
        ctx.named(best)   # "The optimal amount of the catalyst was 5 wt%": the amount of the sample studied on
    elif added is not None:
        ctx.named(added)   # "5 mol% TiCl3 was milled into the composite": the sample the passage goes on about
        ctx.carried = False
    elif carried is not None:
        ctx.named(carried)
        ctx.carried = True
    elif ctx.carried and ctx.system is not None and not goes_on and any(
            s.bare and host_formula(s) == host_formula(ctx.system) and not _incidental(text, m)
            and not set_apart(text, m, baselines) for m, s in systems) and not names_its_additives({c.formula for _, s in systems for c in s.components},
                                                           ctx.system):
        ctx.named(bare_sample(ctx.system))  # the host named again, bare, in another study
        ctx.carried = False
    elif ctx.system is not None and not ctx.system.bare and new_study(text) \
            and not any(_has_hydrogen(s) for _, s in systems):
        ctx.named(bare_sample(ctx.system))  # "Cai et al. studied CoB …": another study, not that sample
        ctx.carried = False
    state = state_of_sample(text, [s for m, s in systems if _has_hydrogen(s) and not hydrogen_only(s)
                                   and not _incidental(text, m)], ctx.in_passage.valued_sample)
    if state is not None:
        ctx.named(state)   # "the dehydrogenated product absorbed …": the sample itself, after a step
        ctx.carried = False
    ref = source_ref(ctx.source_id, sent, refs)
    main = ctx.system if ASIDE.match(text) else None
    # (the strategies the sentence says of its own samples are read once, for the first sample's report and for the
    # reports shared by every sample below: the same mentions give the same strategies)
    unproposed = [m for m in ms if not _proposed(text, m)]
    reported = [m for m in unproposed if not _making(text, m)]
    said_strategies = own_strategies(reported, text)
    reports = _reports(text, reported, systems, ctx, ref, said_strategies)
    out = _measurements(text, ms, systems, ctx, ref, baselines, alternatives) if DIGIT.search(text) else []
    out = products_not_precursors(text, ms, out, ctx)   # "the resulting solution": no value of a seed or precursor
    out = electrode_values_off_electrolyte(out, ctx)   # "an initial capacity of …": the anode's, no electrolyte's
    # ('MMgH3 (M = Na, K, Rb) were milled. They decomposed at …': the members of the family the sentence before defined)
    family = _family_listed(ctx.in_paragraph.sentence_before) if ctx.in_paragraph.sentence_before else []
    ctx.in_paragraph.sentence_before = text   # (what the next sentence's 'it' may point back at)
    if not out and not ctx.in_paragraph.applications:
        application_named(text, ctx)
    out = _continued(text, out, meant or ctx.system, goes_on)
    # "A and B both reach …": each one's value ("The two hydrides show …": of the samples the sentence before gave
    # values to, else of those a sentence named side by side)
    out = each_of_them(text, out, systems, ctx.in_paragraph.valued if len(ctx.in_paragraph.valued) > 1
                       else ctx.in_paragraph.alternatives or family)
    out = shared_or_dropped(out)   # "All five mixtures release … near 300 °C": the group's, no one sample's
    out = each_one_sized(text, out, ms, _has_hydrogen)   # "Ni and TiO2 with a particle size of 20–200 nm"
    out = each_listed_thickness(text, out, systems)   # "1.5 μm thick A, B and C films"
    out = without_compound_formation(text, out)   # "the enthalpy of formation of Mg2Ni": the alloy's, no hydrogen's
    out = theoretical_of_host(out)   # "MgH2 with 5 wt% Nb2O5 has a theoretical capacity of 7.6 wt%": MgH2's by formula
    valued = list({m.system.name: m.system for m in out}.values())   # in the order the values come
    ctx.in_paragraph.valued = valued if len(valued) > 1 else []
    ctx.in_paragraph.last_property = (out[-1].property, out[-1].unit) if out else None
    ctx.in_paragraph.unvalued_words = "" if out else text   # (whether it named a property: asked only when needed)
    examples: list[MaterialSystem] = []
    if not out and not alternatives:
        # (the examples of a role noun are samples with that role: "absorbers (such as TiH2, B, or C) into LiBH4")
        examples = [with_declared_roles(x, ctx.declared) for x in example_additives(text, systems)]
        # ("LiAlH4 doped and undoped with TiCl3 was milled. Their activation energies were 98 and 160 kJ/mol": the
        # two samples of a with-and-without phrase, in its order)
        listed = pair_with_and_without(text, len(text), systems, ctx.system) \
            or named_side_by_side(text, systems) or examples
        if listed:
            # ("A and B doped with 2 mol% Ni or Co … A and B react alike": the bare hosts of the paragraph's samples
            # named again are no new list of samples; the samples stay the paragraph's)
            if not hosts_again(listed, ctx.in_paragraph.alternatives):
                ctx.in_paragraph.alternatives = listed  # "Three electrolytes, A, B and C, were prepared. Their … respectively"
    elif not alternatives and DENOTED_LIST.search(text):
        # "…, denoted LiBH4@SBA-15 and LiBH4@Ni/SBA-15": names given for later use, though the
        # sentence has values of its own ("the two confined samples …, respectively")
        named_from = DENOTED_LIST.search(text).end()
        # (each as written: the name is what the text calls the sample from now on)
        listed = named_side_by_side(text, [(m, system_of(m.text) or s_) for m, s_ in systems if m.start >= named_from])
        if listed:
            ctx.in_paragraph.alternatives = listed
    # what the paragraph is about next: the system this sentence gave values for, else the first
    # hydride it names (subjects come first; later ones are often reagents or references)
    subjects = [m.system for m in out if not m.baseline and stores_hydrogen(m.system)]
    ctx.in_passage.valued_sample = next((s for s in reversed(subjects) if not s.bare), ctx.in_passage.valued_sample)
    # "(LiBH4: 0.0012 mS/cm)": a value labelled with a bare host in brackets is set beside the sample's
    labelled = [m.system for m in out if "system:bracketed" in m.cues and m.system.bare]
    if labelled and len(labelled) < len(subjects):
        subjects = [s for s in subjects if not any(s is x for x in labelled)]
    hydro = [s for m, s in systems if (_has_hydrogen(s) or storage_system(text, m, s)) and not _incidental(text, m)
             and not is_product(s, ctx.in_passage.products)   # "CaH2 then decomposes …": a phase the sample formed
             and not (ctx.system is not None and m.start in baselines)]  # "undoped MgH2" is a reference
    if not hydro and not out:
        # "Ni nanoparticles were mixed with LiBH4 and confined in MCM-41": the hydride the sentence
        # received its additives is the sample it prepared, though it is named as the object
        hydro = [s for m, s in systems if _has_hydrogen(s) and not s.bare and m.start not in baselines
                 and not found_or_formed(text, m, composite=True)][:1]   # not a phase it forms or one found in it (Li4BN3H10)
    if not hydro and not out:
        # "The Mg2Ni alloy was milled for 20 h.": a sentence naming no hydride but a metal or alloy the
        # ontology stores hydrogen as (Mg for MgH2, Mg2Ni for Mg2NiH4) is about that host's sample
        hydro = series_first([s for m, s in systems if stores_hydrogen(s) and named_as_sample(text, m, s)
                               and not _incidental(text, m) and m.start not in baselines
                               and not is_product(s, ctx.in_passage.products)
                               and not product_cue_before(text, m.start) and not formed_after(text, m.end)])[:1]
    if not hydro and not out:
        # "MMgH3 (M = Na, K, Rb) were milled": a sentence defining a family of samples is about its members, the
        # first of them the paragraph's sample (the next sentence's 'They …' takes up all: ``each_of_them``)
        hydro = _family_listed(text)[:1]
    # ("LiBH4 was milled with LiI to form Li(BH4)0.75I0.25": the product made of the same parts is the sample
    # itself, written with its amounts — no phase the sample formed)
    hydro = [written_with_amounts(s, systems) for s in hydro]
    if ctx.system is not None and ctx.in_passage.formed:
        hydro = [s for s in hydro if host_formula(s) not in ctx.in_passage.formed]
    ctx.in_paragraph.supported += [s for m, s in systems if not s.bare and not _has_hydrogen(s) and not _incidental(text, m)]
    acting = (acting_on_host(text, systems, ctx.system) or acting_in_setting(text, systems, ms)) if not out else None
    if acting is not None:
        hydro = [acting]
    # ("… gives off NH3, followed by the decomposition of X": the adduct's parent, a stage of the sample)
    stages = [s for m, s in systems if adduct_stage(text, m, s, ctx.system)]
    hydro = [s for s in hydro if not any(s is x for x in stages)]
    new_formed = {host_formula(s) for m, s in systems if _has_hydrogen(s) and ctx.system is not None
                  and host_formula(s) != host_formula(ctx.system)  # a sample made by a reaction is no phase of itself
                  # ("Hydrogenation of Li3N yields Li2NH. The Li2NH formed …": what a hydrogen-free host takes
                  # hydrogen up as is a material of its own, no phase within that host's sample)
                  and hydride_like(host_formula(ctx.system))
                  and (product_cue_before(text, m.start) or formed_after(text, m.end))}
    ctx.in_passage.formed |= new_formed
    if ctx.system is not None and not ctx.system.bare:
        ctx.in_passage.formed_in.update({f: ctx.system for f in new_formed})
    if ctx.system is not None:
        # an additive of the paragraph's sample named on its own ("TiH2 exhibits high conductivity")
        # does not change what the paragraph is about
        own = {a.formula for a in ctx.system.additives}
        hydro = [s for s in hydro if not s.bare or s.host.formula not in own]
        # the paragraph's host named again comes first: "TiH2, functioning as a hydrogen pump, …
        # enhances the Mg/MgH2 system" is still about MgH2
        same = host_formula(ctx.system)
        if hydro and all(host_formula(s) != same for s in hydro[:1]) \
                and not any(c.formula == same for c in hydro[0].components):
            hydro.sort(key=lambda s: host_formula(s) != same)
        if meant is not None:  # the bare host named again is the paragraph's sample
            subjects = [meant if bare_of(s, meant) else s for s in subjects]
            hydro = [meant if bare_of(s, meant) else s for s in hydro]
    earlier = ctx.system is not None and not ctx.system.bare and not out and earlier_work(text)
    if subjects and constituents_only(subjects, ctx) and not new_study(text):
        pass  # "The single salts A and B reach only …": references, the text goes on about the sample A–B
    elif ctx.system is not None and REFERENCE_SENTENCE.match(text):
        pass  # "For comparison, X confined in silica starts …": a reference; the text stays on its sample
    elif earlier:
        pass  # "The results are compared with TiO2-doped MgH2 reported previously": another study's sample
    elif subjects:
        # values for several hosts side by side ("of MgH2 and Mg(BH4)2 … respectively"): the text
        # goes on about the one it was about, else the first named
        hosts = {host_formula(s) for s in subjects}
        if len(hosts) > 1:
            same = host_formula(ctx.system) if ctx.system is not None else None
            subject = next((s for s in subjects if host_formula(s) == same), subjects[0])
        else:
            # "the confined X conducts …, while bulk X reaches …": of one host's samples the text goes on
            # about the most modified one (the others are its references), else the last named
            most = max(len(s.components) for s in subjects)
            tied = [s for s in subjects if len(s.components) == most]
            # ("X starts at 190 °C, lower than A (225 °C), B (238 °C) and bare H": the samples named after the
            # comparison's word are its references, however modified; the text goes on about X)
            tied = [s for s in tied if not compared_only(text, s, systems)] or tied
            subject = tied[-1]
        carried = ctx.carried and subject in (ctx.system, meant)
        ctx.named(subject)
        ctx.carried = carried
    elif hydro and lesser_set_apart(text, hydro, systems, ctx.system):
        pass  # "Its incubation is 1 h, while the undoped RHC needs 10 h.": the sample less its additive, a reference
    elif hydro and contrast_aside(text, hydro, ctx.system):
        pass  # "In contrast, LiAlH4 melts before it decomposes.": a reference set beside the sample, no new subject
    elif hydro and not (ctx.system is not None and ctx.system_paragraph == ctx.paragraph and not new_study(text)
                        and bare_of(hydro[0], ctx.system)):
        # "Magnesium borohydride coordinated with en, Mg(en)(BH4)2, and its composite with MgO were made":
        # of one host's samples a sentence prepares, the text goes on about the one made with most
        hydro = series_first(hydro)
        made = [s for s in hydro if host_formula(s) == host_formula(hydro[0])]
        hydro = [max(made, key=lambda s: len(s.components))] + [s for s in hydro if s not in made]
        # (a sentence without values whose first hydride is the bare host of the paragraph's modified sample,
        # "calculations show that Li2B6 keeps LiBH4 on MgH2", goes on about that sample)
        carried = ctx.carried and hydro[0] in (ctx.system, meant)
        ctx.named(hydro[0])
        ctx.carried = carried
    if examples and ctx.in_paragraph.alternatives is examples:
        ctx.named(host_only(examples[0].host.formula) or examples[0])  # the host they were put into
        ctx.carried = False
    if ctx.system is not None and hydride_like(host_formula(ctx.system)):
        # (from every mention, once the sentence named its sample: the sample rules already left the
        # phases out of ``systems``; what a hydrogen-free host such as Li3N takes hydrogen up as is a
        # material of its own, see ``new_formed``)
        # (``read`` when the document gave no class a formula: the same mentions read the same way)
        ctx.in_passage.phases |= {s.name for m, s in (_systems(ms) if ctx.members else read) if host_formula(s) != host_formula(ctx.system)
                       and (product_cue_before(text, m.start) or formed_after(text, m.end))}
    note_kinds(text, ms, ctx.in_passage.kinds)
    # (a sample named as a reference is one of the passage's samples too; a phase formed is none)
    note(ctx.in_passage.seen, [s for m, s in systems if not s.bare and _has_hydrogen(s) and m.start not in baselines
                    and not earlier and not PRODUCT_CUE.search(text, max(0, m.start - 40), m.start) and not formed_after(text, m.end)]
         + [m.system for m in out if not m.baseline] + [ctx.system])
    if main is not None and not main.bare and ctx.system is not main:
        ctx.system = main   # "For comparison, X confined in SBA-15 …": a reference aside; the text goes on about its sample
    if not out:
        ctx.in_passage.bare_samples |= bare_studied(text, systems)
        ctx.in_passage.made_bare |= bare_studied(text, systems, listed_first=True)
    if title is not None and (ctx.system is None or ctx.system.bare):
        ctx.system, ctx.background = title, True   # the title's sample stays what the passage is about
    # (a strategy named for how a sample was made, which the first report leaves out, is left to the shared reports)
    shared = said_strategies if len(reported) == len(unproposed) else own_strategies(unproposed, text)
    # "both Ti-doped and undoped NaAlH4": the value of each (added last: the sample the sentence was read for stays
    # the one later sentences go on about)
    return of_doped_and_undoped(text, out), reports + shared_reports(text, ms, out, reports, ref, systems, shared)


def _family_listed(text: str) -> list[MaterialSystem]:
    """The members of the family of samples the sentence defines ('MMgH3 (M = Na, K, Rb) were milled'), as the
    samples it names side by side: 'They decomposed at …', 'All three …' after it take them up."""
    members = [system_of(x) for x in family_members(text)]
    return [x for x in members if x is not None] if all(members) else []
