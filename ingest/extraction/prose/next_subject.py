"""What the paragraph goes on about after a sentence (``ctx.system``): the sample the sentence gave values for, else
the hydride sample it names or prepares; unchanged by a sentence of references, another study's sample, a phase the
sample formed or a stage of it. The steps ``prose_sentence.extract`` takes once a sentence's values are read."""
from __future__ import annotations

from ingest.extraction.samples.material_cues import formed_after, product_cue_before
from ingest.extraction.samples.samples import hydride_like
from ingest.extraction.samples.samples_systems import has_hydrogen as _has_hydrogen
from ingest.extraction.text.abbreviations import family_members
from ingest.extraction.text.nlp import Mention, system_of
from ingest.extraction.values.reaction_products import is_product
from ingest.extraction.values.value_lists import REFERENCE_SENTENCE
from ontology.models import MaterialSystem, Measurement
from ontology.system import host_formula

from .prose_baselines import series_first
from .prose_context import Context
from .prose_mentions import incidental, named_as_sample, new_study, stores_hydrogen
from .prose_naming import constituents_only, found_or_formed
from .prose_referring import (
    acting_in_setting,
    acting_on_host,
    adduct_stage,
    bare_of,
    compared_only,
    contrast_aside,
    lesser_set_apart,
    storage_system,
)
from .prose_reports import written_with_amounts


def valued_subjects(out: list[Measurement], ctx: Context) -> list[MaterialSystem]:
    """The hydrogen-storing samples the sentence gave values for (not its references), which the paragraph may
    go on about; notes the last modified one."""
    # what the paragraph is about next: the system this sentence gave values for, else the first
    # hydride it names (subjects come first; later ones are often reagents or references)
    subjects = [m.system for m in out if not m.baseline and stores_hydrogen(m.system)]
    ctx.in_passage.valued_sample = next((s for s in reversed(subjects) if not s.bare), ctx.in_passage.valued_sample)
    # "(LiBH4: 0.0012 mS/cm)": a value labelled with a bare host in brackets is set beside the sample's
    labelled = [m.system for m in out if "system:bracketed" in m.cues and m.system.bare]
    if labelled and len(labelled) < len(subjects):
        subjects = [s for s in subjects if not any(s is x for x in labelled)]
    return subjects


def hydrides_named(text: str, ms: list[Mention], systems: list[tuple[Mention, MaterialSystem]], baselines: set[int],
                    out: list[Measurement], ctx: Context) -> list[MaterialSystem]:
    """The hydride samples the sentence names, which the paragraph may go on about where it gave no values: no
    reference, phase formed or stage of the sample; the one acted on where a sentence says what acts on it."""
    hydro = [s for m, s in systems if (_has_hydrogen(s) or storage_system(text, m, s)) and not incidental(text, m)
             and not is_product(s, ctx.in_passage.products)   # "CaH2 then decomposes …": a phase the sample formed
             and not (ctx.system is not None and m.start in baselines)]  # "undoped MgH2" is a reference
    if not hydro and not out:
        hydro = _sample_prepared(text, systems, baselines, ctx)
    # ("LiBH4 was milled with LiI to form Li(BH4)0.75I0.25": the product made of the same parts is the sample
    # itself, written with its amounts — no phase the sample formed)
    hydro = [written_with_amounts(s, systems) for s in hydro]
    if ctx.system is not None and ctx.in_passage.formed:
        hydro = [s for s in hydro if host_formula(s) not in ctx.in_passage.formed]
    acting = (acting_on_host(text, systems, ctx.system) or acting_in_setting(text, systems, ms)) if not out else None
    if acting is not None:
        hydro = [acting]
    # ("… gives off NH3, followed by the decomposition of X": the adduct's parent, a stage of the sample)
    stages = [s for m, s in systems if adduct_stage(text, m, s, ctx.system)]
    return [s for s in hydro if not any(s is x for x in stages)]


def _sample_prepared(text: str, systems: list[tuple[Mention, MaterialSystem]], baselines: set[int], ctx: Context
                     ) -> list[MaterialSystem]:
    """The sample a sentence without values or a hydride of its own prepares: the hydride it adds to, the metal or
    alloy stored hydrogen as, or the first member of the family it defines."""
    # "Ni nanoparticles were mixed with LiBH4 and confined in MCM-41": the hydride the sentence
    # received its additives is the sample it prepared, though it is named as the object (no phase it forms or one
    # found in it: Li4BN3H10)
    hydro = [s for m, s in systems if _has_hydrogen(s) and not s.bare and m.start not in baselines
             and not found_or_formed(text, m, composite=True)][:1]   # not a phase it forms or one found in it
    if not hydro:
        # "The Mg2Ni alloy was milled for 20 h.": a sentence naming no hydride but a metal or alloy the
        # ontology stores hydrogen as (Mg for MgH2, Mg2Ni for Mg2NiH4) is about that host's sample
        hydro = series_first([s for m, s in systems if stores_hydrogen(s) and named_as_sample(text, m, s)
                               and not incidental(text, m) and m.start not in baselines
                               and not is_product(s, ctx.in_passage.products)
                               and not product_cue_before(text, m.start) and not formed_after(text, m.end)])[:1]
    if not hydro:
        # "MMgH3 (M = Na, K, Rb) were milled": a sentence defining a family of samples is about its members, the
        # first of them the paragraph's sample (the next sentence's 'They …' takes up all: ``each_of_them``)
        hydro = family_listed(text)[:1]
    return hydro


def note_formed(text: str, systems: list[tuple[Mention, MaterialSystem]], ctx: Context) -> None:
    """Notes the hydrides the sentence says the passage's sample formed: phases of it, no samples of their own."""
    new_formed = {host_formula(s) for m, s in systems if _has_hydrogen(s) and ctx.system is not None
                  and host_formula(s) != host_formula(ctx.system)  # a sample made by a reaction is no phase of itself
                  # ("Hydrogenation of Li3N yields Li2NH. The Li2NH formed …": what a hydrogen-free host takes
                  # hydrogen up as is a material of its own, no phase within that host's sample)
                  and hydride_like(host_formula(ctx.system))
                  and (product_cue_before(text, m.start) or formed_after(text, m.end))}
    ctx.in_passage.formed |= new_formed
    if ctx.system is not None and not ctx.system.bare:
        ctx.in_passage.formed_in.update({f: ctx.system for f in new_formed})


def paragraph_host_first(subjects: list[MaterialSystem], hydro: list[MaterialSystem], meant: MaterialSystem | None,
                          ctx: Context) -> tuple[list[MaterialSystem], list[MaterialSystem]]:
    """(subjects, hydrides) with the paragraph's host first, its additives named alone left out, and its bare host
    named again read as the paragraph's sample."""
    if ctx.system is None:
        return subjects, hydro
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
    return subjects, hydro


def name_next_subject(text: str, systems: list[tuple[Mention, MaterialSystem]], subjects: list[MaterialSystem],
                  hydro: list[MaterialSystem], meant: MaterialSystem | None, earlier: bool, ctx: Context) -> None:
    """What the paragraph is about next: the sample the sentence gave values for, else the hydride it prepares;
    unchanged by a sentence of references or another study's sample."""
    if subjects and constituents_only(subjects, ctx) and not new_study(text):
        return  # "The single salts A and B reach only …": references, the text goes on about the sample A–B
    if ctx.system is not None and REFERENCE_SENTENCE.match(text):
        return  # "For comparison, X confined in silica starts …": a reference; the text stays on its sample
    if earlier:
        return  # "The results are compared with TiO2-doped MgH2 reported previously": another study's sample
    if subjects:
        subject = _subject_of_values(text, subjects, systems, ctx)
        carried = ctx.carried and subject in (ctx.system, meant)
        ctx.named(subject)
        ctx.carried = carried
        return
    if not hydro:
        return
    if lesser_set_apart(text, hydro, systems, ctx.system):
        return  # "Its incubation is 1 h, while the undoped RHC needs 10 h.": the sample less its additive, a reference
    if contrast_aside(text, hydro, ctx.system):
        return  # "In contrast, LiAlH4 melts before it decomposes.": a reference set beside the sample, no new subject
    if ctx.system is not None and ctx.system_paragraph == ctx.paragraph and not new_study(text) \
            and bare_of(hydro[0], ctx.system):
        return
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


def _subject_of_values(text: str, subjects: list[MaterialSystem], systems: list[tuple[Mention, MaterialSystem]],
                       ctx: Context) -> MaterialSystem:
    """Of the samples given values, the one the text goes on about: the paragraph's host among several hosts, else
    the most modified sample of the one host that is no comparison's reference."""
    # values for several hosts side by side ("of MgH2 and Mg(BH4)2 … respectively"): the text
    # goes on about the one it was about, else the first named
    hosts = {host_formula(s) for s in subjects}
    if len(hosts) > 1:
        same = host_formula(ctx.system) if ctx.system is not None else None
        return next((s for s in subjects if host_formula(s) == same), subjects[0])
    # "the confined X conducts …, while bulk X reaches …": of one host's samples the text goes on
    # about the most modified one (the others are its references), else the last named
    most = max(len(s.components) for s in subjects)
    tied = [s for s in subjects if len(s.components) == most]
    # ("X starts at 190 °C, lower than A (225 °C), B (238 °C) and bare H": the samples named after the
    # comparison's word are its references, however modified; the text goes on about X)
    tied = [s for s in tied if not compared_only(text, s, systems)] or tied
    return tied[-1]


def family_listed(text: str) -> list[MaterialSystem]:
    """The members of the family of samples the sentence defines ('MMgH3 (M = Na, K, Rb) were milled'), as the
    samples it names side by side: 'They decomposed at …', 'All three …' after it take them up."""
    members = [system_of(x) for x in family_members(text)]
    return [x for x in members if x is not None] if all(members) else []
