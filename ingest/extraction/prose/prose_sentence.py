"""One sentence read (``extract_sentence``): its measurements and system reports, as ``extract``'s named steps —
which materials are samples, which the sentence names again or by description, what it gives values of, and what
the passage goes on about next (whether its values are computed or measured:
ingest/extraction/prose/computed_or_measured.py); a host processed alone as a sample of its own, and the phases an
intermetallic's class word names.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ingest.extraction.attribution.family_members import with_members
from ingest.extraction.attribution.referents import (
    added_to_sample,
    named_by_description,
    named_by_prefix,
    note,
    note_kinds,
    references,
    scaffolds_named,
)
from ingest.extraction.attribution.shared_values import each_listed_thickness, each_of_them, of_doped_and_undoped
from ingest.extraction.samples.adducts import as_adducts
from ingest.extraction.samples.apposition import joined_appositions
from ingest.extraction.samples.asides import comparison_asides
from ingest.extraction.samples.cells import (
    cell_electrolyte,
    cell_layers,
    passage_electrode_layers,
    without_reference_electrodes,
)
from ingest.extraction.samples.class_members import hydrides_named_by_abbreviation
from ingest.extraction.samples.codopants import codopants
from ingest.extraction.samples.declared_roles import with_declared_roles
from ingest.extraction.samples.each_host import each_host_again, each_host_samples, milled_each, milled_sample
from ingest.extraction.samples.material_cues import (
    EMBEDDING_BEFORE,
    LIST_AFTER,
    PRODUCT_CUE,
    formed_after,
    product_cue_before,
)
from ingest.extraction.samples.precursors import precursor_clauses, without_clauses
from ingest.extraction.samples.processed_hosts import is_processed, processed_hosts
from ingest.extraction.samples.samples import hydride_like, samples
from ingest.extraction.samples.samples_amounts import best_share_given, equimolar_sample, loadings_before_prefix
from ingest.extraction.samples.samples_cells import abbreviated_stack_in, named_as_electrolyte
from ingest.extraction.samples.samples_context import context_sample, prepared_additives
from ingest.extraction.samples.samples_notations import without_symbol_values
from ingest.extraction.samples.samples_systems import bare_sample, framework_derivatives, has_hydrogen as _has_hydrogen
from ingest.extraction.samples.step_media import step_media
from ingest.extraction.samples.studied_samples import background_sample, bare_studied, both_ways, introduces
from ingest.extraction.samples.subject_system import names_its_additives, part_in_sample, state_of_sample
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, clean_text, mentions, system_of
from ingest.extraction.text.quantity_text import groups
from ingest.extraction.values.additive_sizes import each_one_sized
from ingest.extraction.values.condition_terms import without_conducting_ions
from ingest.extraction.values.formation_enthalpy import without_compound_formation
from ingest.extraction.values.reactions import in_lowest_terms, without_products, without_step_names
from ingest.extraction.values.theoretical_owner import theoretical_of_host
from ingest.extraction.values.transition_settings import at_the_transition
from ingest.extraction.values.value_lists import LISTED_AMOUNTS, prepared_series
from ingest.extraction.values.value_roles import THEORETICAL
from ontology.models import MaterialSystem, Measurement, SourceRef, SystemReport
from ontology.system import host_formula
from ontology.word_gate import gated

from .computed_or_measured import note_computed_or_measured
from .group_subjects import shared_or_dropped
from .next_subject import (
    family_listed,
    hydrides_named,
    name_next_subject,
    note_formed,
    paragraph_host_first,
    valued_subjects,
)
from .prose_applications import application_named
from .prose_baselines import pair_with_and_without
from .prose_cells import beside_the_electrode, electrolyte_side, test_cell, without_c_rates
from .prose_context import Context, _systems, host_only, hydrogen_only, without_ions
from .prose_measurements import measurements
from .prose_mentions import (
    earlier_work,
    has_hydrogen_or_storing,
    incidental,
    new_study,
    set_apart,
)
from .prose_naming import (
    aliased,
    class_anaphor,
    example_additives,
    hosts_again,
    loadings_known,
    making,
    named_side_by_side,
    remember_products,
    shared_reports,
    source_ref,
    states_of_samples,
    that_with,
)
from .prose_referring import (
    alternatives_again,
    another_study,
    apart,
    continued,
    modified_phrase,
    named_again,
    part_of_sample,
    refers_back,
    take_pending,
)
from .prose_reports import _reports, own_strategies, proposed
from .prose_subject import reactant
from .prose_words import ANAPHOR_START, ASIDE, BOND_AFTER, DENOTED_LIST, DIGIT


def extract_sentence(sent, ctx: Context) -> tuple[list[Measurement], list[SystemReport]]:
    """Measurements and system reports of one sentence; updates the paragraph context."""
    clean = clean_text(sent.text, base=getattr(sent, "start", 0) or 0)
    ms, prior = mentions(clean.text), ctx.system
    out, reports = extract(sent, clean.text, ms, [k for _, ks in clean.cites for k in ks], ctx)
    out, reports = processed(clean.text, ms, out, reports, ctx, prior)
    ctx.in_passage.valued = ctx.in_passage.valued or bool(out)
    return with_members(clean, out, ctx.in_passage.studied_members, ctx.in_passage.listed_members), reports


def processed(text: str, ms: list[Mention], out: list[Measurement], reports: list[SystemReport], ctx: Context,
              prior: MaterialSystem | None = None) -> tuple[list[Measurement], list[SystemReport]]:
    """('MgH2 nanoparticles', 'ball-milled MgH2'): a host processed alone is a sample of its own
    (ingest/extraction/samples/processed_hosts.py), and what the text goes on about; a value of the phase a transition
    makes is at the transition's temperature (ingest/extraction/values/transition_settings.py)."""
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
    """Measurements and system reports of one cleaned sentence, in the order its reading decides them: which
    materials are its samples, what it reports and gives values of, and what the passage goes on about (``ctx``)."""
    ctx.enter(sent)
    note_computed_or_measured(text, ms, cited, ctx)
    title = _title_in_background(text, ctx)
    ms = _material_mentions(text, ms, ctx)
    refs, own_refs = _works_cited(sent, cited, ctx)
    alternatives: list[Any] = []
    read = _read_systems(text, ms, ctx)   # (read once: the products below are looked for among the same)
    found = _materials_named(text, read, ctx)
    dopes, made_from = _named_apart(text, found, ms)
    # ("an N, Nb-doped TiO2 catalyst": the N is the TiO2's, no additive of the sample)
    found = [reactant(text, *x) for x in found if x[0].start not in dopes]
    systems, baselines, each = _samples_and_baselines(text, found, ms, dopes, made_from, alternatives, ctx)
    _note_alternatives(text, systems, alternatives, ctx)
    title = _title_introduced(text, ms, systems, title, ctx)
    systems = _samples_as_written(text, systems, ctx)
    _cell_electrolyte_named(text, read, ms, systems, ctx)
    systems = _samples_by_prefix(text, systems, ctx)
    ctx.in_passage.scaffolds = [*ctx.in_passage.scaffolds, *scaffolds_named(text, ms)][-4:]   # (this sentence's own last)
    _sample_with_stated_share(systems, ctx)
    systems = _samples_by_description(text, systems, ctx)
    systems = _pending_additives(text, ms, systems, baselines, own_refs, ctx)
    systems = named_again(text, systems, baselines)
    systems, baselines = _each_host_again(text, systems, baselines, each, ctx)
    systems = part_of_sample(text, systems, baselines, ctx)
    systems = part_in_sample(text, systems, ctx.system)   # "the MgH2 in the composite" is the composite
    remember_products(text, read, ctx)
    if ctx.in_paragraph.alternatives and ANAPHOR_START.match(text):
        systems = alternatives_again(text, systems, baselines, ctx)
    _sample_that_formed(systems, ctx)
    named_class = class_anaphor(text, ms, systems, ctx)
    if named_class is not None:
        ctx.named(named_class)  # "The mixed closo-borate reaches …": the one of the samples named that is one
    # the paragraph's modified sample is what a later bare mention of its host means, unless the
    # sentence starts another study or sets the host apart as a reference
    meant = refers_back(text, systems, baselines, ctx, ms)
    goes_on = meant is not None
    _sample_carried(text, ms, systems, baselines, made_from, goes_on, ctx)
    _sample_after_a_step(text, systems, ctx)
    ref = source_ref(ctx.source_id, sent, refs)
    main = ctx.system if ASIDE.match(text) else None
    reports, shared = _sample_reports(text, ms, systems, ref, ctx)
    out, family = _values_read(text, ms, systems, baselines, alternatives, ref, ctx)
    out = _values_to_their_samples(text, out, ms, systems, family, meant, goes_on, ctx)
    _note_values(text, out, ctx)
    examples = _samples_listed(text, out, systems, alternatives, ctx)
    subjects = valued_subjects(out, ctx)
    hydro = hydrides_named(text, ms, systems, baselines, out, ctx)
    ctx.in_paragraph.supported += [s for m, s in systems if not s.bare and not _has_hydrogen(s) and not incidental(text, m)]
    note_formed(text, systems, ctx)
    subjects, hydro = paragraph_host_first(subjects, hydro, meant, ctx)
    earlier = ctx.system is not None and not ctx.system.bare and not out and earlier_work(text)
    name_next_subject(text, systems, subjects, hydro, meant, earlier, ctx)
    if examples and ctx.in_paragraph.alternatives is examples:
        ctx.named(host_only(examples[0].host.formula) or examples[0])  # the host they were put into
        ctx.carried = False
    _note_phases(text, ms, read, ctx)
    _note_samples_seen(text, ms, systems, baselines, out, earlier, ctx)
    _back_to_the_sample(main, title, ctx)
    # "both Ti-doped and undoped NaAlH4": the value of each (added last: the sample the sentence was read for stays
    # the one later sentences go on about)
    return of_doped_and_undoped(text, out), reports + shared_reports(text, ms, out, reports, ref, systems, shared)


def _title_in_background(text: str, ctx: Context) -> MaterialSystem | None:
    """The title's sample, set aside while the opening speaks of its bare host as general knowledge (the passage
    is about the bare host meanwhile), else None."""
    title = ctx.system if ctx.opening and background_sample(text, ctx.system, ctx.background) else None
    ctx.opening = title is not None
    if title is not None:
        ctx.system = bare_sample(title)
    return title


def _material_mentions(text: str, ms: list[Mention], ctx: Context) -> list[Mention]:
    """The mentions that name materials, without those that only look like one (a cycling rate, a bond, a symbol's
    values, a cell's reference electrode); notes the cell's electrolyte and electrodes the passage names."""
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
    return passage_electrode_layers(text, without_conducting_ions(text, without_reference_electrodes(text, ms)),
                                    ctx.in_passage.electrodes)


def _works_cited(sent, cited: list[str], ctx: Context) -> tuple[list[str], list[str]]:
    """(the works the sentence's values come from: its own citations, else its paragraph's; the works it cites
    itself). Where it cites none, the carbons the passage named are in play (``ctx.carbons_here``)."""
    refs = list(getattr(sent, "refs", None) or []) or cited
    own_refs = refs   # (the works this sentence itself cites)
    if refs:
        ctx.in_paragraph.refs = refs
    refs = refs or list(ctx.in_paragraph.refs)
    ctx.carbons_here = [] if refs else ctx.in_passage.carbons
    return refs, own_refs


def _read_systems(text: str, ms: list[Mention], ctx: Context) -> list[tuple[Mention, MaterialSystem]]:
    """Every material mention read as a system, a framework's derivative as its product and a reaction's
    reactants in their lowest ratio."""
    read = _systems(ms, ctx.members)
    if "deriv" in text:   # ("Co1Cu2–MOF derivative": the framework's product, a catalyst)
        read = framework_derivatives(text, read)
    return in_lowest_terms(text, read)   # "3LiH + 3LiBH4·NH3 → …": the reactants' ratio, 1:1


def _materials_named(text: str, read: list[tuple[Mention, MaterialSystem]], ctx: Context
                     ) -> list[tuple[Mention, MaterialSystem]]:
    """The systems read that may be samples: no reaction's product or step's name, no site of a catalyst, no ion,
    and a test cell's electrolyte as its own side."""
    found = [electrolyte_side(text, *x) for x in without_step_names(text, without_products(text, read), ctx.system)
             if not test_cell(text, *x) or electrolyte_side(text, *x)[1] is not x[1]]
    found = [x for x in found if not (_SITES_AFTER.match(text, x[0].end) and not _has_hydrogen(x[1]))]
    if "ion" in text or "plat" in text or "stripp" in text or "dissolv" in text:   # (the gate of _ION_AFTER's words)
        found = without_ions(text, found)
    return found


def _named_apart(text: str, found: list[tuple[Mention, Any]], ms: list[Mention]
                 ) -> tuple[set[int], dict[int, tuple[int, int]]]:
    """(starts of the mentions that are no component of a sample, {start: span} of those a clause or phrase sets
    apart): a co-dopant's, a precursor, a step's medium, a comparison's reference, an alloy's embedded phase."""
    dopes = codopants(text, found, ms)
    # ("Ti3C2 etched from Ti3AlC2": the MAX phase is gone before the sample is made; "milled under Ar",
    # "dispersed in THF": the atmosphere or medium of a step, no component; ", more active than commercial
    # Fe2O3,": the reference of a comparison set off between the subject and its verb)
    made_from = precursor_clauses(text, found) | step_media(text, found, ms) | comparison_asides(text, found)
    if "intermetallic" in text:   # ("… embedding particles of intermetallic compounds Mg2Ni and MmMg12": phases)
        made_from = made_from | _embedded_phases(text, found, ms)
    if made_from:
        dopes = dopes | set(made_from)
    return dopes, made_from


def _samples_and_baselines(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
                           dopes: set[int], made_from: dict[int, tuple[int, int]], alternatives: list[Any],
                           ctx: Context) -> tuple[list[tuple[Mention, MaterialSystem]], set[int], Any]:
    """(the samples the sentence names, the starts of those it names as references, each host's own sample if it
    gives every host one, else None); ``alternatives`` gets the samples it names as alternatives."""
    systems, baselines = samples(both_ways(without_clauses(text, made_from)), beside_the_electrode(found, text),
                                 [m for m in ms if m.start not in dopes] if dopes else ms, ctx.system,
                                 alternatives)
    if ctx.declared:
        # (what the text says an additive is for wins over what its composition alone would make it)
        systems = [(m, with_declared_roles(s, ctx.declared)) for m, s in systems]
        alternatives[:] = [with_declared_roles(s, ctx.declared) for s in alternatives]
    if (each := each_host_samples(text, found, systems)) is not None:
        # "MgH2 and LiAlH4 were each milled with 5 wt% NbV": a sample of each host
        # (ingest/extraction/samples/each_host.py), which a later bare mention of that host in the paragraph means
        systems, alternatives[:] = each
        ctx.in_paragraph.each_host = {host_formula(x): x for x in alternatives}
        ctx.in_paragraph.each_milled = milled_each(text)
    return systems, baselines, each


def _note_alternatives(text: str, systems: list[tuple[Mention, MaterialSystem]], alternatives: list[Any],
                       ctx: Context) -> None:
    """The samples the paragraph's later values may belong to: the sentence's alternatives, else a series it
    prepares with listed amounts."""
    if alternatives:
        ctx.in_paragraph.alternatives = alternatives
    elif "%" in text and LISTED_AMOUNTS.search(text) and (series := prepared_series(groups(text), systems, text)):
        # (listed amounts end in a per cent sign: a sentence without one is not searched for them)
        ctx.in_paragraph.alternatives = series   # "MgH2 was milled with 5, 10 and 15 wt% TiO2": three samples


def _title_introduced(text: str, ms: list[Mention], systems: list[tuple[Mention, MaterialSystem]],
                      title: MaterialSystem | None, ctx: Context) -> MaterialSystem | None:
    """The title's sample set aside, unless this sentence introduces it: then it is the passage's sample again
    (and None is returned)."""
    if title is not None and (introduces(text, systems, title, ctx.background)
                              or any(modified_phrase(r) for r in references(text, ms))):
        # the sentence names the study's sample ("The confined MgH2 releases …" is the title's), or does
        # not speak of the bare host at all
        ctx.system, title = title, None
        ctx.opening = ctx.background = False
    return title


def _samples_as_written(text: str, systems: list[tuple[Mention, MaterialSystem]], ctx: Context
                        ) -> list[tuple[Mention, MaterialSystem]]:
    """The samples with what their words add to the formula: a state, an alias, a 'that with', an adduct."""
    systems = states_of_samples(systems, ctx)
    systems = that_with(text, aliased(text, systems, ctx))
    return as_adducts(text, systems)   # "hydrated LiBH4": LiBH4·H2O


def _cell_electrolyte_named(text: str, read: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
                            systems: list[tuple[Mention, MaterialSystem]], ctx: Context) -> None:
    """Notes the electrolyte a sentence names as one, and makes it the sample of a cell written as a stack."""
    if "as" in text:
        ctx.in_passage.electrolyte = named_as_electrolyte(text, read, ms) or ctx.in_passage.electrolyte
    if not systems and ctx.in_passage.electrolyte is not None and "/" in text and abbreviated_stack_in(ms):
        ctx.named(ctx.in_passage.electrolyte)   # "the cell Li/IL/SSE/IL/Li": its electrolyte is the sample


def _samples_by_prefix(text: str, systems: list[tuple[Mention, MaterialSystem]], ctx: Context
                       ) -> list[tuple[Mention, MaterialSystem]]:
    """A sample named by its additive's prefix ('the Ti-doped sample') is the passage's sample with that additive,
    with the loading written before the prefix."""
    if (ctx.in_passage.seen or ctx.in_paragraph.alternatives) and "-" in text:
        # "the Ti-doped sample" of the TiCl3-doped one (one of the paragraph's alternatives too: "doped with 2 mol%
        # TiCl3 or 2 mol% CeCl3 … the Ce-containing alanate")
        systems = named_by_prefix(systems, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives])
    if "-" in text and "%" in text:
        systems = loadings_before_prefix(text, systems)   # "the 3 mol% VCl3-doped sample"
                                                          # (ingest.extraction.samples.samples)
    return systems


def _sample_with_stated_share(systems: list[tuple[Mention, MaterialSystem]], ctx: Context) -> None:
    """The passage's sample with the share of its additive the sentence states ('the mixture' is that sample)."""
    if ctx.system is not None and not ctx.system.bare:
        # "the mixture reaches … when the volume fraction of Al2O3 is 44 %": the share the sentence states of the
        # passage's sample's additive (given to the additive's words by ingest/extraction/samples/samples.py) is that
        # sample's, so "the mixture" is the sample with it
        ctx.system = next((x for _, x in systems if _share_stated_of(x, ctx.system)), ctx.system)


def _samples_by_description(text: str, systems: list[tuple[Mention, MaterialSystem]], ctx: Context
                            ) -> list[tuple[Mention, MaterialSystem]]:
    """Samples named by description ('the catalysed MgH2') or without their loadings are the passage's samples
    they describe, with the amounts known."""
    if ctx.in_passage.seen or ctx.system is not None or ctx.in_passage.scaffolds or ctx.carbons_here:
        # (the paragraph's alternatives too: "milled with 2 mol% TiCl3 or 2 mol% CeCl3 … the Ce-containing alanate")
        systems = named_by_description(text, systems, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives],
                                       ctx.system, ctx.in_passage.scaffolds, ctx.carbons_here)   # "the catalysed MgH2"
    if ctx.in_passage.seen or ctx.system is not None or ctx.in_paragraph.alternatives:
        # (the paragraph's alternatives too: "milled with 10 mol% of NbF5, TiF4 or ZrCl4 … the Mg(BH4)2–NbF5 sample")
        systems = loadings_known(systems, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives,
                                            *([ctx.system] if ctx.system is not None else [])])
    return systems


def _pending_additives(text: str, ms: list[Mention], systems: list[tuple[Mention, MaterialSystem]],
                       baselines: set[int], own_refs: list[str], ctx: Context) -> list[tuple[Mention, MaterialSystem]]:
    """Additives prepared before their hydride is named wait for it: the sentence that names it takes them, one
    that starts another study drops them."""
    if ctx.in_paragraph.pending and another_study(text, own_refs, ctx.in_paragraph.pending_refs):
        ctx.in_paragraph.pending = []   # the additives were prepared for the other study's hydride, not this one's
    if ctx.in_paragraph.pending:
        systems = take_pending(text, systems, baselines, ctx)
    elif ctx.system is None:
        ctx.in_paragraph.pending = prepared_additives(text, systems, ms)
        ctx.in_paragraph.pending_refs = own_refs
    return systems


def _each_host_again(text: str, systems: list[tuple[Mention, MaterialSystem]], baselines: set[int], each: Any,
                     ctx: Context) -> tuple[list[tuple[Mention, MaterialSystem]], set[int]]:
    """A host named again after each host was milled with its additive is that host's sample, no reference."""
    ctx.in_paragraph.milled_here = False
    if ctx.in_paragraph.each_host and each is None and not THEORETICAL.search(text):
        # ("The milled MgH2 sample …" after each host was milled with its additive: that sample, no milled reference)
        milled = {m.start for m, _ in systems if milled_sample(text, m, ctx.in_paragraph.each_milled)}
        baselines -= milled
        ctx.in_paragraph.milled_here = bool(milled)
        systems = each_host_again(systems, ctx.in_paragraph.each_host,
                                  lambda m: m.start in baselines or apart(text, m))
    return systems, baselines


def _sample_that_formed(systems: list[tuple[Mention, MaterialSystem]], ctx: Context) -> None:
    """A phase named again that a modified sample of the passage formed means that sample."""
    if ctx.in_passage.formed_in and ctx.system is not None and ctx.system.bare:
        came = next((ctx.in_passage.formed_in[host_formula(s)] for _, s in systems if host_formula(s) in ctx.in_passage.formed_in
                     and host_formula(ctx.in_passage.formed_in[host_formula(s)]) == host_formula(ctx.system)), None)
        if came is not None:
            ctx.named(came)  # "The addition of Cu further modifies Mg2Ni(Cu)H4 …": the sample that formed it
            ctx.carried = True


def _sample_carried(text: str, ms: list[Mention], systems: list[tuple[Mention, MaterialSystem]], baselines: set[int],
                    made_from: dict[int, tuple[int, int]], goes_on: bool, ctx: Context) -> None:
    """The sample the passage goes on about: the one the sentence carries on, adds to or gives the best share of,
    else the bare host where it turns to another study."""
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
            s.bare and host_formula(s) == host_formula(ctx.system) and not incidental(text, m)
            and not set_apart(text, m, baselines) for m, s in systems) and not names_its_additives({c.formula for _, s in systems for c in s.components},
                                                           ctx.system):
        ctx.named(bare_sample(ctx.system))  # the host named again, bare, in another study
        ctx.carried = False
    elif ctx.system is not None and not ctx.system.bare and new_study(text) \
            and not any(_has_hydrogen(s) for _, s in systems):
        ctx.named(bare_sample(ctx.system))  # "Cai et al. studied CoB …": another study, not that sample
        ctx.carried = False


def _sample_after_a_step(text: str, systems: list[tuple[Mention, MaterialSystem]], ctx: Context) -> None:
    """A sample named by the state a step left it in ('the dehydrogenated product') is the sample itself."""
    state = state_of_sample(text, [s for m, s in systems if _has_hydrogen(s) and not hydrogen_only(s)
                                   and not incidental(text, m)], ctx.in_passage.valued_sample)
    if state is not None:
        ctx.named(state)   # "the dehydrogenated product absorbed …": the sample itself, after a step
        ctx.carried = False


def _sample_reports(text: str, ms: list[Mention], systems: list[tuple[Mention, MaterialSystem]],
                    ref: Callable[[], SourceRef], ctx: Context) -> tuple[list[SystemReport], list[Mention]]:
    """(the first sample's reports, the strategies left to the reports every sample shares): a strategy named for
    how a sample was made is left out of the first report."""
    # (the strategies the sentence says of its own samples are read once, for the first sample's report and for the
    # reports shared by every sample below: the same mentions give the same strategies)
    unproposed = [m for m in ms if not proposed(text, m)]
    reported = [m for m in unproposed if not making(text, m)]
    said_strategies = own_strategies(reported, text)
    reports = _reports(text, reported, systems, ctx, ref, said_strategies)
    # (a strategy named for how a sample was made, which the first report leaves out, is left to the shared reports)
    return reports, said_strategies if len(reported) == len(unproposed) else own_strategies(unproposed, text)


def _values_read(text: str, ms: list[Mention], systems: list[tuple[Mention, MaterialSystem]], baselines: set[int],
                 alternatives: list[Any], ref: Callable[[], SourceRef], ctx: Context
                 ) -> tuple[list[Measurement], list[MaterialSystem]]:
    """(the sentence's values, the family of samples the sentence before defined); notes the sentence for the next
    one and the application a sentence without values names."""
    out = measurements(text, ms, systems, ctx, ref, baselines, alternatives) if DIGIT.search(text) else []
    # ('MMgH3 (M = Na, K, Rb) were milled. They decomposed at …': the members of the family the sentence before defined)
    family = family_listed(ctx.in_paragraph.sentence_before) if ctx.in_paragraph.sentence_before else []
    ctx.in_paragraph.sentence_before = text   # (what the next sentence's 'it' may point back at)
    if not out and not ctx.in_paragraph.applications:
        application_named(text, ctx)
    return out, family


def _values_to_their_samples(text: str, out: list[Measurement], ms: list[Mention],
                             systems: list[tuple[Mention, MaterialSystem]], family: list[MaterialSystem],
                             meant: MaterialSystem | None, goes_on: bool, ctx: Context) -> list[Measurement]:
    """The values given to the samples they belong to: the sample the text goes on about, each one of a group, a
    group as a whole, each size or thickness listed, a host by its formula."""
    out = continued(text, out, meant or ctx.system, goes_on)
    # "A and B both reach …": each one's value ("The two hydrides show …": of the samples the sentence before gave
    # values to, else of those a sentence named side by side)
    out = each_of_them(text, out, systems, ctx.in_paragraph.valued if len(ctx.in_paragraph.valued) > 1
                       else ctx.in_paragraph.alternatives or family)
    out = shared_or_dropped(out)   # "All five mixtures release … near 300 °C": the group's, no one sample's
    out = each_one_sized(text, out, ms, _has_hydrogen)   # "Ni and TiO2 with a particle size of 20–200 nm"
    out = each_listed_thickness(text, out, systems)   # "1.5 μm thick A, B and C films"
    out = without_compound_formation(text, out)   # "the enthalpy of formation of Mg2Ni": the alloy's, no hydrogen's
    return theoretical_of_host(out)   # "MgH2 with 5 wt% Nb2O5 has a theoretical capacity of 7.6 wt%": MgH2's by formula


def _note_values(text: str, out: list[Measurement], ctx: Context) -> None:
    """Notes what the next sentence's values may refer back to: the samples given values, the last property."""
    valued = list({m.system.name: m.system for m in out}.values())   # in the order the values come
    ctx.in_paragraph.valued = valued if len(valued) > 1 else []
    ctx.in_paragraph.last_property = (out[-1].property, out[-1].unit) if out else None
    ctx.in_paragraph.unvalued_words = "" if out else text   # (whether it named a property: asked only when needed)


def _samples_listed(text: str, out: list[Measurement], systems: list[tuple[Mention, MaterialSystem]],
                    alternatives: list[Any], ctx: Context) -> list[MaterialSystem]:
    """Notes the samples a sentence lists for later values ('respectively'), and returns the examples of a role
    noun it lists (samples with that role)."""
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
    elif not alternatives and (denoted := DENOTED_LIST.search(text)):
        # "…, denoted LiBH4@SBA-15 and LiBH4@Ni/SBA-15": names given for later use, though the
        # sentence has values of its own ("the two confined samples …, respectively")
        named_from = denoted.end()
        # (each as written: the name is what the text calls the sample from now on)
        listed = named_side_by_side(text, [(m, system_of(m.text) or s_) for m, s_ in systems if m.start >= named_from])
        if listed:
            ctx.in_paragraph.alternatives = listed
    return examples


def _note_phases(text: str, ms: list[Mention], read: list[tuple[Mention, MaterialSystem]], ctx: Context) -> None:
    """Notes the phases the sentence says the passage's hydride sample formed (by name)."""
    if ctx.system is not None and hydride_like(host_formula(ctx.system)):
        # (from every mention, once the sentence named its sample: the sample rules already left the
        # phases out of ``systems``; what a hydrogen-free host such as Li3N takes hydrogen up as is a
        # material of its own, see ``next_subject.note_formed``)
        # (``read`` when the document gave no class a formula: the same mentions read the same way)
        ctx.in_passage.phases |= {s.name for m, s in (_systems(ms) if ctx.members else read) if host_formula(s) != host_formula(ctx.system)
                       and (product_cue_before(text, m.start) or formed_after(text, m.end))}


def _note_samples_seen(text: str, ms: list[Mention], systems: list[tuple[Mention, MaterialSystem]], baselines: set[int],
                       out: list[Measurement], earlier: bool, ctx: Context) -> None:
    """Notes the kinds of things, the samples and the bare hosts studied the passage has named, which later
    sentences' words may refer to."""
    note_kinds(text, ms, ctx.in_passage.kinds)
    # (a sample named as a reference is one of the passage's samples too; a phase formed is none)
    note(ctx.in_passage.seen, [s for m, s in systems if not s.bare and _has_hydrogen(s) and m.start not in baselines
                    and not earlier and not PRODUCT_CUE.search(text, max(0, m.start - 40), m.start) and not formed_after(text, m.end)]
         + [m.system for m in out if not m.baseline] + [ctx.system])
    if not out:
        ctx.in_passage.bare_samples |= bare_studied(text, systems)
        ctx.in_passage.made_bare |= bare_studied(text, systems, listed_first=True)


def _back_to_the_sample(main: MaterialSystem | None, title: MaterialSystem | None, ctx: Context) -> None:
    """After a reference aside or the opening's general knowledge, the passage is about its sample again."""
    if main is not None and not main.bare and ctx.system is not main:
        ctx.system = main   # "For comparison, X confined in SBA-15 …": a reference aside; the text goes on about its sample
    if title is not None and (ctx.system is None or ctx.system.bare):
        ctx.system, ctx.background = title, True   # the title's sample stays what the passage is about
