"""The two ends of a change written 'from X to Y' (``change_ends``): which sample the start is (the unmodified
one, a reference named between the values, the paragraph's sample) and which the end is (the sample the change's
cause names), and the setting of each end when the change follows a varied setting or the cycling.
"""
from __future__ import annotations

from ingest.extraction.samples.samples_systems import bare_sample, has_hydrogen as _has_hydrogen, unfilled_sample
from ingest.extraction.text.quantity_text import Group
from ingest.extraction.values.value_conditions import setting
from ingest.extraction.values.value_lists import changed_to_sample, given_for_first
from ontology.models import MaterialSystem
from ontology.system import host_formula

from .prose_baselines import (
    actor_after_change,
    baseline_system,
    covarying_change,
    described_change,
    named_for_new_value,
    sample_after_change,
    with_actor,
)
from .prose_context import Context
from .prose_naming import same_sample
from .prose_settings import cycled_after
from .prose_words import BARE_FOR
from .respectively import described_after


def _change_start(subject: MaterialSystem, systems, ctx: Context) -> MaterialSystem:
    """The sample a change starts from when nothing between its values names one."""
    # (an additive's own size that changed, "the oxide shrank from 160 to 14 nm", is the additive's twice)
    base_sys = subject if "system:additive-sized" in ctx.cues or "system:size-of" in ctx.cues \
        else baseline_system(subject, systems)
    if ctx.system is not None and {"system:context-actor", "system:context-additive"} & set(ctx.cues) \
            and {c.formula for c in ctx.system.components} < {c.formula for c in subject.components}:
        base_sys = ctx.system  # "Adding 3 mol% KH lowers … from 130 to 80 °C": from the paragraph's sample
    return base_sys


def _named_between(text: str, g: Group, subject: MaterialSystem, systems, ms, ctx: Context, base_sys: MaterialSystem
                   ) -> tuple[MaterialSystem, MaterialSystem, list[MaterialSystem], list[MaterialSystem]]:
    """The start and end samples of a change when the words between or after its values name them; returns
    them with the samples named between and those described after."""
    # "from 265 °C for pure X to 110 °C for the doped sample": the reference is named between
    # the values, and the new value is the modified sample's, never the bare host's
    named = [s_ for m, s_ in systems if g.numbers[0].end <= m.start < g.numbers[-1].start]
    # "falls from 131 kJ/mol with undoped graphene to 92 kJ/mol …": the reference sample named by its additive
    # (not by a hydride of its own, "from 160 kJ/mol for MgH2 to …")
    given = given_for_first(text, g, subject, ms) if not any(_has_hydrogen(x) for x in named) else None
    if given is not None:
        named = []
    described = described_after(g, text, ctx) if not named else []
    if len(described) == 2 and described[0] is not described[1] \
            and host_formula(described[0]) == host_formula(described[1]):
        # "decreases from 623 to 533 K for the bulk and confined samples, respectively"
        base_sys, subject = described
    elif given is not None:
        base_sys = given
        if not subject.bare and same_sample(given, subject):
            # ("MgH2 …, where the Ti2C works best, with Ea falling from 131 kJ/mol for doping graphene to
            # 92 kJ/mol": a subject read with the reference's additive is no sample the change ends on; the
            # reference is the bare host with that additive, the new value the clause's other additive's)
            bare = bare_sample(subject)
            base_sys = given_for_first(text, g, bare, ms) or given
            subject = changed_to_sample(text, g, bare, base_sys, systems) or subject
        elif subject.bare:
            # ("Nb2O5 works best, lowering Ea of MgH2 from 140 kJ/mol for doping TiO2 to 95 kJ/mol")
            subject = changed_to_sample(text, g, subject, given, systems) or subject
    elif named:
        # ("from 124 kJ/mol for graphene-doped MgH2 to 86 kJ/mol": a reference named with an additive
        # other than the subject's is that sample, not the bare host)
        base_sys = named[0] if named[0].additives and subject.additives \
            and host_formula(named[0]) == host_formula(subject) \
            and {c.formula for c in named[0].additives} != {c.formula for c in subject.additives} \
            else bare_sample(named[0])
        if subject.bare and ctx.system is not None and not ctx.system.bare \
                and host_formula(ctx.system) == host_formula(base_sys):
            subject = ctx.system
        elif host_formula(subject) != host_formula(base_sys) \
                and not any(s_ is subject and m.end <= g.start for m, s_ in systems) \
                and not named_for_new_value(text, g, systems, subject):
            # the paragraph's sample is of another host: the named one changed (but "the enthalpy of
            # the X sample was reduced from 89 kJ/mol of MgH2 to 67 kJ/mol": the sentence's X did)
            subject = named[0]
    elif not subject.bare and BARE_FOR.search(text, g.numbers[0].end, g.numbers[-1].start):
        # "lowered from 156 kJ/mol for the undoped composite to 98 kJ/mol with TiCl3": the sample before
        # the addition, not a bare host named elsewhere in the sentence ("(decomposition of LiBH4)")
        base_sys = unfilled_sample(subject)
    return base_sys, subject, named, described


def _cause_after(text: str, g: Group, systems, ctx: Context, named: list[MaterialSystem], base_sys: MaterialSystem,
                  subject: MaterialSystem) -> tuple[MaterialSystem, MaterialSystem]:
    """The samples of a change whose cause (an additive, an addition) is named after it: the new value is the
    sample with it."""
    # ("from 160 kJ/mol for as-milled MgH2 to 95 kJ/mol after adding 5 mol% TiCl3": the reference named
    # between the values is the old value's; the cause named after the change makes the new one's sample)
    on_reference = bool(named) and subject.bare and host_formula(subject) == host_formula(base_sys)
    actor = actor_after_change(text, g, systems) if subject.bare and (not named or on_reference) else None
    made = sample_after_change(text, g, systems, subject) if actor is None and (not named or on_reference) \
        else None
    if made is not None:
        # "… of MgH2 lowered from 425 to 180 °C by adding 5 wt% X to MgH2": the new value is the
        # sample the change names as its cause, the old one the host's own
        base_sys, subject = subject if subject.bare else base_sys, made
        ctx.cues.append("system:change-actor")
    if actor is not None:
        # "the H removal energy of MgH2 decreases from 2.4 to 1.9 eV upon Ti doping": the new value is
        # the host's with the additive named after the change, the old one the host's own
        base_sys, subject = subject, with_actor(text, subject, actor)
        ctx.cues.append("system:change-actor")
    return base_sys, subject


def _settings_of_ends(text: str, g: Group, ctx: Context, conds: list[Group], props: list[Group], ms,
                      cond_sets: list[dict], named: list[MaterialSystem], described: list[MaterialSystem],
                      base_sys: MaterialSystem, subject: MaterialSystem) -> tuple[MaterialSystem, list[dict]]:
    """The settings of a change's two ends, and its start's sample when the change is one sample's over a
    varied setting, its cycling or a quantity changing with it."""
    sets = [cond_sets[0], cond_sets[0]]
    varied = next((c for c in conds if c.kind == "change" and c.key and len(c.numbers) == 2), None)
    if varied is None and not named and len(described) != 2 and covarying_change(text, g, props, ms):
        # "Ea fell from 56 to 38 kJ/mol as the particle size decreased from 420 to 70 nm": two
        # quantities changing together over one series of samples; neither start is a bare reference
        base_sys = subject
        ctx.cues.append("value:covaried")
    cycled = cycled_after(text, g, conds) if varied is None and not named and len(described) != 2 else None
    if cycled is not None:
        # "the capacity of the Mg–Ni alloy decreased from 3.6 to 3.1 wt% after 100 cycles": one sample
        # over its cycling, the first value before it (not the bare host's), the new one after the cycles
        base_sys = subject
        sets = [{k: v_ for k, v_ in cond_sets[0].items() if k != cycled.key}, cond_sets[0]]
        ctx.cues.append("condition:cycled-change")
    if varied is not None and not named and len(described) != 2:
        # "the peak shifts from 300 to 340 °C as the heating rate increases from 2 to 15 K/min": the
        # change follows the condition's change, on one sample; each value at its own condition
        base_sys = subject
        sets = [{**cond_sets[0], varied.key: setting(text, varied, n)}
                for n in (varied.numbers[0], varied.numbers[-1])]
        ctx.cues.append("condition:varied")
    return base_sys, sets


def change_ends(text: str, g: Group, subject: MaterialSystem, cond_sets: list[dict], systems, ms, ctx: Context,
                phrases: list, conds: list[Group], props: list[Group]
                ) -> tuple[MaterialSystem, MaterialSystem, list[dict]]:
    """The samples of a change's start and end (``subject`` as the sentence read it) and the settings of each."""
    base_sys = _change_start(subject, systems, ctx)
    base_sys, subject, named, described = _named_between(text, g, subject, systems, ms, ctx, base_sys)
    base_sys, subject = _cause_after(text, g, systems, ctx, named, base_sys, subject)
    base_sys, subject = described_change(text, g, phrases, ctx, ms, named, base_sys, subject)
    base_sys, sets = _settings_of_ends(text, g, ctx, conds, props, ms, cond_sets, named, described, base_sys, subject)
    return base_sys, subject, sets
