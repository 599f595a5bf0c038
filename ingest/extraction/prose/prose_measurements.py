"""The measurements of one sentence (``measurements``): each group of numbers read as a property value, a condition or
an amount, with the system it is of, its sign, basis, qualifier and conditions.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from pydantic import ValidationError

from ingest.extraction.attribution.former_latter import pointed_sample
from ingest.extraction.attribution.paired_values import paired_singles
from ingest.extraction.attribution.referents import references
from ingest.extraction.samples.additive_subjects import sample_holding
from ingest.extraction.samples.material_cues import FOR_SYSTEM
from ingest.extraction.samples.samples_systems import has_hydrogen as _has_hydrogen, plus_additive, unfilled_sample
from ingest.extraction.samples.split_samples import split_additives
from ingest.extraction.samples.support_names import named_support
from ingest.extraction.text.quantity_text import Group, _dims, groups
from ingest.extraction.values.additive_sizes import series_ranges
from ingest.extraction.values.both_ways import again_at_the_same_temperature, released_and_taken_up
from ingest.extraction.values.change_of_state import transition_enthalpies
from ingest.extraction.values.cycled_capacity import REVERSIBLE, cycled_both_ways, kept_over_cycles
from ingest.extraction.values.enthalpy_sign import both_ways_named, kept_negative
from ingest.extraction.values.enthalpy_temperature import from_enthalpy_before
from ingest.extraction.values.first_cycle import cycle_ordinal, first_cycle_after
from ingest.extraction.values.goal_values import hard_to_reach, not_yet_reached
from ingest.extraction.values.method_sizes import sizes_by_method
from ingest.extraction.values.product_settings import product_settings
from ingest.extraction.values.stability_limits import electrolyte_limits
from ingest.extraction.values.stoichiometric_basis import formula_content
from ingest.extraction.values.value_conditions import (
    NOT_AT_A_TEMPERATURE,
    ROOM_RIGHT_AFTER,
    at_room_temperature,
    bracket_of,
    conditions_for,
    process_conditions,
    setting_runs,
)
from ingest.extraction.values.value_lists import (
    amount_series,
    coordinated_before,
    keys_again,
    last_value_alone,
    last_value_apart,
    said_of_each,
    said_without,
    set_against_list,
    with_or_without,
)
from ingest.extraction.values.value_roles import (
    SHIFTED_TO,
    calculated_from_curves,
    derived_basis,
    estimated_in_computation,
    fronted_holding,
    kind_described,
    said_in_theory,
    theory_of_another,
    under_theoretical_umbrella,
    value_basis,
)
from ingest.extraction.values.volume_basis import derived_from_volumes
from ontology.models import MaterialSystem, Measurement, SourceRef, implausible
from ontology.quantities import ROOM_TEMPERATURE_C
from ontology.vocabulary import vocabulary

from .change_ends import change_ends
from .group_subjects import GROUP_SAID, said_of_group
from .prose_alternatives import (
    alternatives_said,
    for_host_after,
    given_key,
    joined_runs,
    nested_pairs,
    respectively_before,
    steps_counted,
    values_of_the_alternatives,
)
from .prose_applications import by_application, reached_up_to
from .prose_baselines import (
    baseline_system,
    baseline_value,
    change_actor,
    comparison_values,
    demonstrative_carried,
    described_subject,
    from_value_to_list,
    fronted_alternatives,
    is_baseline,
    start_carried,
    values_named_before,
    whole_named_after,
    with_and_without,
)
from .prose_context import Context
from .prose_mentions import terms
from .prose_referring import bare_of
from .prose_reports import member_by_loading, supposed
from .prose_settings import (
    changed_sample,
    shares_list_basis,
)
from .prose_sizes import bound_of_subject, stack_of
from .prose_subject import _subject, bare_reference, named_bare_before
from .prose_words import (
    COMPARISON,
    DETERMINED,
    FROM_MEASURED_DATA,
    LAYER_KEYS,
    LIST_GAP,
    NAMED_BARE,
    RESPELLED,
    SAID_MEASURED,
    THAN_BEFORE,
)
from .respectively import (
    additives_before_on_host,
    interleaved_pairs,
    keys_of_those,
    listed_keys,
    listed_systems,
    loaded_samples,
    one_sample_after,
    pairs_with_alternatives,
    pairs_with_samples_after,
    set_apart_pairs,
    unnamed_in_list,
)
from .roles_in_order import read_roles


def _uptake_signed(props: list[Group]) -> bool:
    """Does the sentence write its values with the signs of the uptake? Releasing a mole of H2 gas always raises the
    entropy (by some 130 J/(mol K)): a negative reaction entropy of a hydride is the formation's, whatever word names
    the reaction ('decomposes … with hydrogen desorption … ΔH = −94 kJ/mol H2 and ΔS = −116 J/K mol H2'), and so
    are the signs of the enthalpies written beside it."""
    return any(g.key and any(n.value < 0 for n in g.numbers)
               and (vocabulary().property(g.key).quantity_kind or "").endswith("/MolarEntropy") for g in props)


def _signed_both_ways(text: str, props: list[Group], clause: dict[int, str]) -> bool:
    """Does the sentence list negative molar enthalpies under words that name both ways of the reaction ('the
    enthalpies of hydride formation and decomposition are −70 and −80 kJ/mol H2, respectively', 'hydriding and
    dehydriding enthalpies of −72 and −78')? Then every one carries the uptake's signs
    (``ingest.extraction.values.enthalpy_sign.both_ways_named``)."""
    return any(sum(n.value < 0 for n in g.numbers) >= 2 and g.key
               and (vocabulary().property(g.key).quantity_kind or "").endswith("/MolarEnthalpy")
               and both_ways_named(clause.get(id(g), ""), text) for g in props)


def _own_reaction(text: str, g: Group, ms, clause: dict[int, str]) -> bool:
    """Is a negative value of ``g`` named as the release its property is of ('the enthalpy of the decomposition
    of LiAlH4 … is −10 kJ/mol H2'), not a formation's ('the hydride formation enthalpy … is −72 kJ/mol H2')?
    Asked of negative values only (``ingest.extraction.values.enthalpy_sign``)."""
    if not any(n.value < 0 for n in g.numbers) or not g.key or not vocabulary().property(g.key).magnitude:
        return False
    clause_from = g.start - len(clause.get(id(g), ""))
    named = next(((m.start, m.end) for m in reversed(ms)
                  if m.kind == "Property" and clause_from <= m.start and m.end <= g.start), None)
    return kept_negative(text, g.start, clause_from, named)


def _measurement(key: str, value: float, value_max: float | None, unit: str, qualifier: str,
                 system: MaterialSystem, conditions: dict, ref: Callable[[], SourceRef], baseline: bool = False,
                 technique: str | None = None, uncertainty: float | None = None,
                 basis: str = "measured", own_reaction: bool = False) -> Measurement | None:
    sign = None
    at_rate = vocabulary().property(key).at_rate_as if "current_density" in conditions and "cycles" not in conditions \
        else None
    if at_rate:
        # "at 1200 mA/g its capacity is 48 % of the initial one": a share kept at a high current, after no cycling,
        # is the electrode's rate figure (the ontology's hkg:atRateAs), not its retention on cycling
        key = vocabulary().get(at_rate).key or key
    computed_as = vocabulary().property(key).calculated_as if basis == "calculated" else None
    if computed_as:
        # "DFT gives a hydrogenation enthalpy of −65 kJ/mol": a calculation has no absorption branch, its value is
        # the reaction's one enthalpy (the ontology's hkg:calculatedAs)
        key = vocabulary().get(computed_as).key or key
    # (a release's own exothermic value is kept negative; a property that is a measurement's absorption branch, which
    # the ontology marks by what a calculation of it is (hkg:calculatedAs), is of the uptake, whose negative sign is the
    # usual one: "the hydrogenation and dehydrogenation enthalpies are −65.1 and 68.8 kJ/mol H2, respectively")
    if value < 0 and vocabulary().property(key).magnitude and own_reaction \
            and not vocabulary().property(key).calculated_as:
        sign = "-"   # "the decomposition … is −10 kJ/mol H2, so the step is exothermic": the release's own, kept
    elif value < 0 and vocabulary().property(key).magnitude:
        # "a formation enthalpy of −75 kJ/mol H2" is a decomposition enthalpy of +75: stored in the
        # property's sign convention, with the sign the source wrote
        value, value_max, sign = -value, (None if value_max is None else -value_max), "-"
        if value_max is not None and value_max < value:
            value, value_max = value_max, value
        qualifier = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}.get(qualifier, qualifier)
    try:
        m = Measurement(property=key, value=value, value_max=value_max, unit=unit, uncertainty=uncertainty,
                        qualifier=qualifier, system=system, conditions=conditions,
                        # (the bound each condition's own words wrote:
                        # ingest.extraction.values.value_conditions.setting)
                        condition_qualifiers={k: c["qualifier"] for k, c in conditions.items()
                                              if isinstance(c, dict) and "qualifier" in c},
                        source=ref(), baseline=baseline, technique=technique, reported_sign=sign,
                        theoretical=basis == "theoretical", calculated=basis == "calculated")
    except (ValidationError, ValueError):
        return None  # a number the model rejects (unit mismatch, below absolute zero) is not a fact
    return None if implausible(m) else m   # (nor one no sample could show: a unit or an exponent misread)


def _drop_goals(text: str, gs: list[Group]) -> None:
    """A goal or a bound not yet reached is no sample's value."""
    for g in gs:
        if g.role == "property" and hard_to_reach(text, g):
            g.role = None   # "achieving sizes below 100 nm remains challenging": a goal, no sample's value
        elif g.role == "property" and not_yet_reached(text, g):
            g.role = None   # "has yet to exceed 10^-3 S/cm": a bound not passed, no sample's value


def _read_across_the_sentence(text: str, gs: list[Group], clause: dict[int, str], ms, systems, ctx: Context,
                              baselines: set[int]) -> tuple[dict | None, list[tuple[int, int]]]:
    """The readers that weigh all the sentence's values at once (changes of state, uses, settings, references,
    carried values); returns the temperature the sentence points back to and the spans numbers take."""
    # "an allotropic transformation at 510 K; its enthalpy is 6.7 kJ/mol": the heat of that change, no reaction's
    transition_enthalpies(text, gs, ctx.in_paragraph.sentence_before)
    electrolyte_limits(gs, clause, ctx.in_paragraph.applications)   # (before the sentence's applications become the paragraph's)
    product_settings(gs, clause)   # 'the decomposition products of X at 265–400 °C': where they were made
    series_ranges(text, gs)
    by_application(gs, clause, ctx, systems)
    process_conditions(text, gs, [m.start for m, _ in systems], [(m.start, m.term) for m in ms if m.kind == "Technique"])
    sizes_by_method(text, gs, clause, [m.term for m in ms if m.kind == "Technique"])   # 'grain size … from line broadening'
    referred = ctx.in_paragraph.said.referred_temperature(text, gs)   # "at this temperature"
    ctx.in_paragraph.said.heard(gs)
    # a bare number is no quantity: the '2' of '2LiBH4–MgH2' does not hide the system
    taken = [(g.start, g.end) for g in gs if g.unit or g.role]
    comparison_values(text, gs, systems)
    baseline_value(gs, systems, baselines, ctx)
    start_carried(text, gs, systems, ctx)
    values_named_before(text, gs, ctx)
    demonstrative_carried(text, gs, ctx)
    return referred, taken


@dataclass
class _Sentence:
    """What every value of one sentence is read against, and what the values before told the ones after."""
    text: str
    ms: list
    systems: list
    ctx: Context
    ref: Callable[[], SourceRef]
    baselines: set[int]
    alternatives: list[MaterialSystem] | None
    gs: list[Group]
    props: list[Group]
    conds: list[Group]
    taken: list[tuple[int, int]]
    clause: dict[int, str]
    told_at: dict[int, int]
    technique: str | None
    phrases: list
    said_keys: list[tuple[Group, list[str]]] = field(default_factory=list)   # the lists whose values each took their own property
    first_keys: set[str | None] = field(default_factory=set)
    said_first_after: int = -1   # the end of the last value the words after it named for the first cycle
    listed_basis: tuple[str | None, str | None] = (None, None)   # the basis and property of the value before
    listed_from: int = 0   # where the value before starts


@dataclass
class _Value:
    """One property value as its records are made: how to make one, its samples' settings, subject and basis."""
    g: Group
    measure: Callable[..., Measurement | None]
    cond_sets: list[dict]
    subject: MaterialSystem
    is_base: bool
    basis: str


def _interleaved_subjects(text: str, props: list[Group], systems, taken) -> dict[int, MaterialSystem]:
    """The sample of each value when a 'respectively' pairs runs of values with the samples in turn."""
    # ("the enthalpy and entropy of A and B are a, b, c and d, respectively": each sample's values in turn)
    interleaved = interleaved_pairs(text, props, systems, taken) if len(props) >= 4 and "espectively" in text else {}
    if len(props) >= 2 and "espectively" in text:
        # ("A and B yield 1.5 wt% at 50 °C and 1.9 wt% at 80 °C, respectively": each value its own setting)
        interleaved = {**set_apart_pairs(text, props, systems, taken), **interleaved}
    return interleaved


def _at_room_or_referred(s: _Sentence, g: Group, cond_sets: list[dict], referred: dict | None) -> list[dict]:
    """The temperature a value was read at when the sentence says 'room temperature' or points back to one."""
    text = s.text
    if at_room_temperature(text, g, s.props):
        room = {"value": ROOM_TEMPERATURE_C, "unit": "degC"}
        # ("1.0 × 10−5 S/cm at room temperature, and higher than that of LiBH4 at 373 K": the setting written right
        # after the value is its own, whatever temperature a later clause gives)
        cond_sets = [{**c, "temperature": room} if ROOM_RIGHT_AFTER.match(text, g.end) else {"temperature": room, **c}
                     for c in cond_sets]
    elif referred is not None and g.unit and _dims(g.unit) not in NOT_AT_A_TEMPERATURE:
        # "At this temperature, it released 6.2 wt%": the temperature the sentence before named
        cond_sets = [{"temperature": dict(referred), **c} for c in cond_sets]
    return cond_sets


def _at_cycle(s: _Sentence, g: Group, cond_sets: list[dict]) -> list[dict]:
    """The cycle a value was read at, from an ordinal its words give ('initial', 'second', '300th')."""
    text = s.text
    before = s.clause.get(id(g), "")
    # ("1545 mAh/g in the first discharge but only 205 mAh/g after 20 cycles": the ordinal after the value
    # before is that value's, not this one's)
    nth = None if g.start - len(before) <= s.said_first_after else cycle_ordinal(before, g.key)
    if first_cycle_after(text[g.end:], g.key):
        s.said_first_after = g.end
    if nth == 1 or s.said_first_after == g.end:
        # "an initial discharge capacity of …", "retains 95% of its 175 mAh/g initial discharge capacity
        # after 50 cycles": the value named for the first cycle is cycle 1's, whatever count the sentence
        # gives the retention
        s.first_keys.add(g.key)
        cond_sets = [{**c, "cycles": {"value": 1, "unit": "1"}} for c in cond_sets]
    elif nth is None and g.key in s.first_keys and (
            "value:compared" in g.cues or COMPARISON.search(text, max(0, g.start - 30), g.start)):
        # the reference's value set against a first cycle's value is at cycle 1 too
        cond_sets = [{"cycles": {"value": 1, "unit": "1"}, **c} for c in cond_sets]
    elif nth is not None:
        # "the second discharge capacity was …", "the 300th discharge capacity remained …": at that cycle
        cond_sets = [{"cycles": {"value": nth, "unit": "1"}, **c} for c in cond_sets]
    return cond_sets


def _reversible_settings(s: _Sentence, g: Group, cond_sets: list[dict]) -> list[dict]:
    """A value kept over cycling both ways is the reversible capacity, at the window it was cycled in."""
    text = s.text
    cycled = cycled_both_ways(text, g, cond_sets)
    if cycled:
        g.key = REVERSIBLE    # "three release and uptake cycles … reveal 4.9 wt%": the reversible capacity
        g.cues.append("property:cycled-both-ways")
    elif kept_over_cycles(text, g, cond_sets):
        cycled = True
        g.key = REVERSIBLE    # "… retains 8.7 wt% after 10 cycles"
        g.cues.append("property:kept-over-cycles")
    if cycled:
        # ("Cycled between 250 and 300 °C, it kept 5.9 wt% over 50 cycles": the settings read again for the
        # reversible capacity, which holds the window it was cycled in, not the end a release reached)
        again = conditions_for(g, s.props, s.conds, text)
        if len(again) == len(cond_sets):
            cond_sets = [{**c, **a} for c, a in zip(cond_sets, again)]
    return cond_sets


def _conditions_of_value(s: _Sentence, g: Group, referred: dict | None) -> list[dict]:
    """The settings of each of a value's numbers: its own, the room's, its cycle's and the cell's."""
    cond_sets = conditions_for(g, s.props, setting_runs(g, s.conds, s.text), s.text)
    cond_sets = _at_room_or_referred(s, g, cond_sets, referred)
    cond_sets = _at_cycle(s, g, cond_sets)
    cond_sets = _reversible_settings(s, g, cond_sets)
    # "The cell was cycled at 353 K and 0.1 C. Its second discharge capacity …": the settings of the cell
    # (a sentence that reads values sets no cell settings: these are the sentences' before)
    return [s.ctx.in_paragraph.said.with_cell_settings(g.key, c) for c in cond_sets]


def _subject_named(s: _Sentence, g: Group, bare_named, interleaved: dict[int, MaterialSystem]) -> MaterialSystem | None:
    """The sample the words at a value name, or the one a 'respectively' pairs it with."""
    text, ctx = s.text, s.ctx
    subject = _subject(text, g, s.systems, s.taken, ctx, s.ms, bare_named)
    if subject is None and g.kind == "change":  # "from 0.74 eV for X to 0.41 eV for the confined one"
        subject = changed_sample(text, g, s.systems, s.ms)
    if id(g) in interleaved:
        subject = interleaved[id(g)]
        ctx.cues.append("system:respectively")
    return subject


def _subject_refined(s: _Sentence, g: Group, subject: MaterialSystem, bare_named) -> MaterialSystem:
    """The sample a value is of once a modification, a description, 'the former/latter', a loading or a
    scaffold the passage named is weighed."""
    text, ctx, systems = s.text, s.ctx, s.systems
    if g.kind == "single" and SHIFTED_TO.search(text, max(0, g.start - 40), g.start) \
            and bare_of(subject, ctx.system) and not NAMED_BARE.search(text, max(0, g.start - 60), g.start) \
            and not named_bare_before(text, g, subject, systems):
        subject = ctx.system  # "the peak shifted to 240 °C": the value the modification gave
        ctx.cues.append("value:change")
    if g.kind == "single" and from_value_to_list(text, g, s.props):
        # "doping with Ti and V lowers it from 2.53 eV to 1.79 and 1.62 eV, respectively": the value the
        # change starts from is the unmodified sample's; the list after 'to' pairs with the modified ones
        subject = baseline_system(subject, systems)
        ctx.cues += ["value:change", "baseline:described"]
    # (a list too, when one sample is named right after it: "… 150 and 170 kJ/mol for the TiF3-only sample")
    if (g.kind in ("single", "range") or g.kind == "list" and one_sample_after(g, text)) and not bare_named \
            and "system:additive-sized" not in ctx.cues:
        # (words at the value naming the unmodified sample, "(bulk: 171 kJ/mol)", outweigh a description
        # of the modified one earlier in the sentence, "the confined borohydride shows …")
        subject = described_subject(text, g, s.phrases, systems, ctx, s.ms, subject) or subject
        pointed = pointed_sample(text, g.start, g.end, systems, ctx.in_paragraph.alternatives)
        if pointed is not None:
            subject = pointed   # "A and B were prepared; the former … 240 °C, the latter … 260 °C"
            ctx.cues.append("system:former-latter")
    # "… in the order Fe2O3 (110 kJ/mol) > Co3O4 (98 kJ/mol)": a storage value given to a bare additive is the
    # value of the passage's one sample that holds it
    held = sample_holding(subject, g.key, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives], ctx.system)
    subject = member_by_loading(text, g, held or subject)
    if ctx.in_passage.scaffolds or ctx.carbons_here:
        # "MgH2 in the carbon", a sample composed at the value or carried from an earlier sentence: its bare
        # carbon is the carbon the passage named (the sentence's samples were named so with the passage's
        # scaffolds, referents.named_by_description)
        subject = named_support(subject, ctx.in_passage.scaffolds, ctx.carbons_here) or subject
    return subject


def _is_baseline_value(s: _Sentence, g: Group, subject: MaterialSystem, bare_named) -> bool:
    """Is the value the reference's (the unmodified sample a comparison sets the others against)?"""
    text, ctx = s.text, s.ctx
    return is_baseline(text, subject, s.systems, s.baselines, ctx.cues, g.end) \
        or bare_named and not (ctx.in_paragraph.milled_here and subject in ctx.in_paragraph.each_host.values()) \
        or subject.bare and said_without(text, g) \
        or "baseline:described" in ctx.cues \
        or subject.bare and bool(COMPARISON.search(text[max(0, g.start - 30):g.start])
                                 and not bound_of_subject(text, g, subject)
                                 or bracket_of(text, g) is not None and FOR_SYSTEM.match(text, g.end))


def _said_basis(s: _Sentence, g: Group, subject: MaterialSystem) -> str:
    """Whether a value was measured, calculated or follows from the formula, from the words at it and the
    passage's."""
    text, ctx = s.text, s.ctx
    basis = value_basis(s.clause.get(id(g), ""), text[g.end:g.end + 30] if bracket_of(text, g) is not None else "",
                        text[g.end:g.end + 50])
    if basis == "measured" and (said_in_theory(text, g) or derived_from_volumes(text, g.key)):
        basis = "theoretical"   # (ingest.extraction.values.volume_basis: '… (61.6 Å³) → Mg (46.5 Å³) …, a volume change
                                # of ~85%')
    elif basis == "calculated" and not ctx.in_passage.computation_named and calculated_from_curves(s.clause.get(id(g), ""), g.key, text):
        basis = "measured"
    elif basis == "measured" and ctx.in_passage.computation_named \
            and estimated_in_computation(s.clause.get(id(g), ""), text[g.end:g.end + 40]):
        basis = "calculated"   # "Thermodynamic calculations were performed … The temperature was estimated to be 232 °C"
    elif basis == "measured" and ctx.in_passage.computed and not SAID_MEASURED.search(s.clause.get(id(g), "")):
        basis = "calculated"   # "We investigated X by a first principles calculation. … its desorption temperature, 75 °C"
    elif basis == "measured" and "value:hydrogen-contained" in g.cues and subject.bare:
        # "the Na salt contains 9.5 wt% H": the hydrogen a compound's formula holds (a mixture's is what a
        # run left in it: "after hydrogenation at 250 °C, the A–B mixture holds 4.0 wt% H2")
        basis = "theoretical"
    elif basis == "measured" and subject.bare and fronted_holding(text, g):
        basis = "theoretical"   # "With a high hydrogen capacity of 10.1 wt%, AlH3 …": what its formula holds
    elif basis == "measured" and (derived := derived_basis(text, g)) is not None:
        basis = derived   # "theoretical enthalpies of …, indicating that it requires temperatures exceeding 430 °C"
    elif basis == "measured" and from_enthalpy_before(text, g.start, g.end, g.key,
                                               ctx.in_paragraph.sentence_before):
        basis = "theoretical"   # "… cuts ΔH to 38 kJ/mol. This lets it give off H2 near 150 °C at 1 bar"
    elif basis == "measured" and kind_described(text, g, s.ms, subject.bare):
        basis = "theoretical"   # "… is a high-capacity hydrogen storage material (14.9 wt%)": what its formula holds
    elif basis == "measured" and formula_content(text, g, subject):
        basis = "theoretical"   # "Mg(BH4)2, with a hydrogen content of 14.9 wt %, …": the content its formula holds
    elif basis == "theoretical" and theory_of_another(s.clause.get(id(g), ""), g):
        basis = "measured"   # "a high theoretical capacity and a low plateau of 0.5 V": the word is the capacity's
    return basis


def _basis_shared_in_list(s: _Sentence, g: Group, basis: str) -> str:
    """A value listed after a theoretical or calculated one shares its word; remembers this value's basis for the
    next."""
    text, listed_basis = s.text, s.listed_basis
    if basis == "measured" and listed_basis[0] == "theoretical" and listed_basis[1] != g.key \
            and LIST_GAP.fullmatch(s.clause.get(id(g), "")):
        # "the theoretical capacity and voltage … are 2140 mAh/g and 0.7 V": a list of other quantities of
        # the compound shares the word ("7.6 wt%, and 6.5 wt% was released" is the same quantity, measured)
        basis = "theoretical"
    if basis == "measured" and listed_basis[0] == "theoretical" \
            and under_theoretical_umbrella(text, s.listed_from, g):
        basis = "theoretical"   # "theoretical performances, i.e. a theoretical capacity of … and a potential of 0.5 V"
    if basis == "measured" and listed_basis[0] in ("calculated", "theoretical") \
            and shares_list_basis(text, g, s.clause.get(id(g), ""), s.listed_from):
        basis = listed_basis[0]
    s.listed_basis, s.listed_from = (basis, g.key), g.start
    return basis


def _calculated_host(s: _Sentence, g: Group, subject: MaterialSystem, basis: str) -> MaterialSystem:
    """A calculation the sentence does not say was made on the paragraph's doped sample is of its host."""
    ctx = s.ctx
    if basis == "calculated" and not subject.bare and subject is ctx.system and not ctx.in_passage.computed \
            and {"system:context", "system:continued"} & set(ctx.cues) and not FROM_MEASURED_DATA.search(s.text):
        # "DFT calculations predict 39 kJ per mol H2" in a paragraph about a doped sample: a
        # calculation the sentence does not say was made on the sample is of the host's reaction
        subject = unfilled_sample(subject)
        ctx.cues.append("system:calculated-host")
    return subject


def _exact_when_reached(s: _Sentence, g: Group) -> None:
    """A bound that only compares with a reference, or the most a sample reached, is an exact value."""
    text = s.text
    if g.kind == "single" and g.qualifier in ("<", ">") and "system:compared-for" in s.ctx.cues \
            and THAN_BEFORE.search(text, max(0, g.start - 20), g.start):
        # "much higher than 0.3 wt% for pure MgH2": the comparison is the sample's; the reference's value is exact
        g.qualifier = g.numbers[0].qualifier = "="
    if g.kind == "single" and g.qualifier == "<=" and reached_up_to(text, g):
        # "a conductivity of up to 6.7 mS/cm": the most the sample reached, that value ('releases up to 6 wt%'
        # and a limit property's 'up to' stay bounds: the ontology's hkg:boundUpTo)
        g.qualifier = g.numbers[0].qualifier = "="


def _range_records(s: _Sentence, v: _Value) -> list[Measurement]:
    """A range, one record of each alternative sample said."""
    g, vals, out = v.g, [n.value for n in v.g.numbers], []
    # ("NaBH4 milled with 25 wt% V2O5 or VO2 releases hydrogen at 370–450 °C": the range of each alternative)
    for sys_ in alternatives_said(s.text, v.subject, s.alternatives, s.ctx, v.is_base):
        m = v.measure(g.key, vals[0], vals[-1], g.unit, g.qualifier, sys_, v.cond_sets[0], s.ref,
                      baseline=v.is_base, technique=s.technique, basis=v.basis)
        out.extend([m] if m else [])
    return out


def _change_records(s: _Sentence, v: _Value) -> list[Measurement]:
    """A change 'from X to Y': the start as the reference sample's value, the end as the changed sample's."""
    g, vals, out = v.g, [n.value for n in v.g.numbers], []
    s.ctx.cues.append("value:change")
    base_sys, subject, sets = change_ends(s.text, g, v.subject, v.cond_sets, s.systems, s.ms, s.ctx, s.phrases,
                                          s.conds, s.props)
    for k, (val, sys_, base) in enumerate(((vals[0], base_sys, base_sys is not subject),
                                           (vals[-1], subject, False))):
        m = v.measure(g.key, val, None, g.unit, g.numbers[k if k == 0 else -1].qualifier, sys_,
                      sets[k], s.ref, baseline=base, technique=s.technique, basis=v.basis,
                      uncertainty=g.numbers[k if k == 0 else -1].uncertainty)
        out.extend([m] if m else [])
    return out


def _changes_records(s: _Sentence, v: _Value) -> list[Measurement]:
    """Several changes at once ('from X and Y to Z and W, respectively'): each listed sample's start and end."""
    text, ctx, systems, g = s.text, s.ctx, s.systems, v.g
    vals, out = [n.value for n in g.numbers], []
    half = len(vals) // 2
    targets = listed_systems(Group("list", g.numbers[:half], g.unit, g.start, g.end), systems, s.taken, text)
    ctx.cues.append("value:change")
    actor = change_actor(text, systems, targets) if len(targets) == half else None
    if actor is not None:
        # "the Ti species …, which cut the Ea of A and B from X and Y to Z and W, respectively":
        # the new values are the hosts' with the actor
        targets = [plus_additive(t, actor) if t.bare else t for t in targets]
        ctx.in_paragraph.alternatives = list(targets)
        ctx.cues.append("system:change-actor")
    for k in range(half):
        sys_ = targets[k] if len(targets) == half else v.subject
        for val, s_, base in ((vals[k], baseline_system(sys_, systems, parent=False), True),
                              (vals[half + k], sys_, False)):
            m = v.measure(g.key, val, None, g.unit, "=", s_, v.cond_sets[0], s.ref, baseline=base,
                          technique=s.technique, basis=v.basis)
            out.extend([m] if m else [])
    return out


def _nested_records(s: _Sentence, v: _Value, nested: tuple[list[str], list[MaterialSystem]]) -> list[Measurement]:
    """A list written as one run of values per sample, each run's values the listed properties in order."""
    g, out = v.g, []
    # "A and B …, and their absorption and desorption capacities were a1 and d1, and a2 and d2,
    # respectively": each run of values is one sample's, its values the listed properties in order
    keys, targets = nested
    s.ctx.cues = [c for c in s.ctx.cues if not c.startswith("system:")] + ["system:respectively-nested"]
    for k, n in enumerate(g.numbers):
        sys_ = targets[k // len(keys)]
        m = v.measure(keys[k % len(keys)], n.value, n.upper, g.unit, n.qualifier, sys_, v.cond_sets[0], s.ref,
                      baseline=is_baseline(s.text, sys_, s.systems, s.baselines), technique=s.technique,
                      basis=v.basis, uncertainty=n.uncertainty)
        out.extend([m] if m else [])
    return out


def _listed_pairing(s: _Sentence, g: Group) -> tuple[list[MaterialSystem] | None, list[str] | None] | None:
    """Does a list pair value by value with samples or properties the sentence names? Returns the samples fronted
    before it and the properties of 'those' it names (each None when not read), or None when it does not."""
    text, systems, gs = s.text, s.systems, s.gs
    fronted = None
    those = None
    if (g.respectively
            or pairs_with_alternatives(g, systems, s.ctx, text)
            or respectively_before(text, g, gs) or coordinated_before(g, systems, text)
            or set_against_list(g, [o for o, _ in s.said_keys], systems, text)
            or pairs_with_samples_after(g, gs, systems, text)
            or bool(loaded_samples(g, gs, systems, text, s.ctx))
            or bool(split_additives(g, systems, text))
            or bool(additives_before_on_host(g, systems, text))
            or bool(fronted := fronted_alternatives(text, g, gs, s.ms, systems))
            or bool(those := keys_of_those(g, s.props, text))):
        return fronted, those
    return None


def _listed_targets(s: _Sentence, g: Group, fronted: list[MaterialSystem] | None, those: list[str] | None
                    ) -> list[MaterialSystem]:
    """The samples a paired list's values go to, one per value (none when the values pair with properties or
    steps instead)."""
    text, ctx, systems, gs = s.text, s.ctx, s.systems, s.gs
    other_list = any(o is not g and o.role == "condition" and o.kind == "list" and len(o.numbers) == len(g.numbers)
                     for o in gs)
    # (a reference's values of the properties given before, "compared with 350 and 420 °C for MgH2", are
    # the one reference's: its sample is the list's own, no pairing with the samples named)
    targets = listed_systems(g, systems, s.taken, text, ctx, other_list) if not those else []
    if those and THAN_BEFORE.search(text, max(0, g.start - 20), g.start):
        for n in g.numbers:   # ("… peaks at 140 °C, far lower than 150 and 190 °C for X": X's values, exact)
            n.qualifier = "="
    paired_before = [s_ for s_ in ctx.in_paragraph.alternatives if any(s_ is x for _, x in systems)]
    if not g.respectively and len(paired_before) == len(g.numbers) and respectively_before(text, g, gs):
        # "A and B begin at 95 and 72 °C, respectively (bulk X: 150 °C), and release 4.1 and 3.9 wt%":
        # the second list pairs with the samples the first one went to, not with a reference set between
        targets = paired_before
    # "… for MgH2 with 1, 3 and 5 mol% X": as many amounts of one additive are as many samples (before
    # the host and the additive counted as two: "of MgH2 with 5 and 10 wt% X are 250 and 265 °C")
    targets = with_and_without(text, g, systems, ctx.system) \
        or amount_series(g, gs, systems, text, ctx.system) or loaded_samples(g, gs, systems, text, ctx) \
        or (fronted if fronted is not None else fronted_alternatives(text, g, gs, s.ms, systems)) or targets
    # ("Ti and V doping cut … to 1.79 and 1.62 eV, respectively, whereas Fe and Ni give 2.05 and 1.98 eV": the
    # additives named right before a later list are its own, not those fronted for the sentence's first list)
    targets = additives_before_on_host(g, systems, text) or targets
    # (the additions before the host are read once: by the branch's test when it came to them, else here)
    whole = whole_named_after(text, g, systems, targets)
    if whole is not None:
        # "the peak temperatures of MgH2 and LiBH4 are lowered to 315 and 417 °C for the CoNiB-doped
        # 2LiBH4/MgH2": the listed parts' steps in the sample named after the list, each value the sample's
        targets = [whole] * len(g.numbers)
    if targets and steps_counted(text, g) and (not systems or len({s_.name for _, s_ in systems}) < len(targets)
                                                 and any(all(t is not s_ for _, s_ in systems) for t in targets)):
        # "The activation energies of these steps were 190 and 215 kJ/mol, respectively": the
        # values pair with the steps of one sample's reaction, not with the samples the paragraph compared
        # (nor when the sentence names that one sample: "the two steps of NaAlH4 occur at …, respectively")
        targets = []
    if len(targets) != len(g.numbers) and g.respectively and len(ctx.in_paragraph.valued) == len(g.numbers) \
            and not any(_has_hydrogen(s_) for _, s_ in systems) and not steps_counted(text, g):
        targets = list(ctx.in_paragraph.valued)  # "A reaches …, while B only …. The barriers were X and Y, respectively"
    return targets


def _respectively_records(s: _Sentence, v: _Value, fronted: list[MaterialSystem] | None,
                          those: list[str] | None) -> list[Measurement]:
    """A list paired value by value with samples or properties: each value its own sample and property."""
    text, ctx, systems, g, subject, cond_sets = s.text, s.ctx, s.systems, v.g, v.subject, v.cond_sets
    targets = _listed_targets(s, g, fronted, those)
    keys = listed_keys(g, text, s.told_at.get(id(g))) or those or keys_of_those(g, s.props, text) \
        or keys_again(g, s.said_keys, text)
    if len(set(keys)) == len(g.numbers) == len(targets) and len(systems) < len(g.numbers):
        # "the discharge and charge capacities of the film are respectively X and Y": the words pair the
        # values with properties; the samples the paragraph listed before are not paired again
        targets = []
    if len(targets) == len(g.numbers):
        ctx.in_paragraph.alternatives = targets  # "Their transition temperatures are …, respectively"
    s.said_keys.append((g, keys))
    ctx.cues = ([c for c in ctx.cues if not c.startswith("system:")] + ["system:respectively"]
                if len(targets) == len(g.numbers) else ctx.cues + ["system:respectively-unpaired"])
    unnamed = unnamed_in_list(g, text)   # ("a capacity and energy retention of 81 and 79 %": no energy retention)
    out: list[Measurement] = []
    for k, n in enumerate(g.numbers):
        if k in unnamed:
            continue
        sys_ = targets[k] if targets and len(targets) == len(g.numbers) else subject
        if keys:
            g.key = keys[k]
        if sys_ is not subject:
            # ("… 250, 270 and 300 °C for Ni, Co and Fe, respectively" after "MgH2 was milled with different
            # metals": a storage value listed for a bare additive is the sample's that holds it)
            sys_ = sample_holding(sys_, g.key, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives],
                                  ctx.system) or sys_
        if g.key in LAYER_KEYS and sys_.bare:
            sys_ = stack_of(sys_, systems)  # "Pd and Mg layers of 10 and 50 nm": layers of the Pd/Mg/Pd film
        conds_k = cond_sets[k] if len(cond_sets) == len(g.numbers) else cond_sets[0]
        m = v.measure(g.key, n.value, n.upper, g.unit, n.qualifier, sys_, conds_k, s.ref,
                      baseline=is_baseline(text, sys_, systems, s.baselines)
                      or len({t.name for t in targets}) > 1 and (bare_of(sys_, ctx.system) or sys_.bare
                                                                  and any(bare_of(sys_, t) for t in targets)),
                      technique=s.technique,
                      basis=v.basis, uncertainty=n.uncertainty)
        out.extend([m] if m else [])
    return out


def _each_records(s: _Sentence, v: _Value) -> list[Measurement]:
    """A value or list said of the sample (or of each alternative said): every value for each of them."""
    text, ctx, systems, g, subject, cond_sets = s.text, s.ctx, s.systems, v.g, v.subject, v.cond_sets
    alternatives, is_base, out = s.alternatives, v.is_base, []
    each = alternatives_said(text, subject, alternatives, ctx, is_base)
    if len(ctx.in_paragraph.alternatives) > 1 and said_of_each(text, g, len(ctx.in_paragraph.alternatives)):
        each = list(ctx.in_paragraph.alternatives)  # "…, respectively, whereas at 120 °C both exceed 10 mS/cm"
        ctx.cues.append("system:each")
    if g.kind == "list" and 1 < len(g.numbers) == len(each) and (
            for_host_after(text, g, subject, systems)
            or alternatives and values_of_the_alternatives(text, g, s.gs)):
        # "capacities of 4.9, 4.6 and 4.2 wt% were found for NaAlH4 catalysed by TiF3, ZrCl4 and CeCl3":
        # a list of as many values as the alternatives named after its 'for' pairs with them in order; so
        # does one after the alternatives the sentence named ("Doping MgH2 with TiF3, NbF5 and VCl3 lowered
        # its barrier to 71, 75 and 82 kJ/mol"): one value of each, never every value of every sample
        for n, sys_ in zip(g.numbers, each):
            m = v.measure(g.key, n.value, n.upper, g.unit, n.qualifier, sys_, cond_sets[0], s.ref,
                          baseline=is_base, technique=s.technique, basis=v.basis, uncertainty=n.uncertainty)
            out.extend([m] if m else [])
        ctx.cues.append("system:respectively")
        each = []
    # (a list whose words name one property per value: "absorption and desorption enthalpies of 40 and 46 kJ/mol")
    again = (keys_again(g, s.said_keys, text) or listed_keys(g, text, s.told_at.get(id(g)))) if g.kind == "list" else []
    if again:
        # "… are 250 and 310 °C, compared with 330 and 392 °C for bulk MgH2": a list set against this
        # one takes its properties in the same order
        s.said_keys.append((g, again))
    apart = last_value_apart(text, g)
    unnamed = unnamed_in_list(g, text)
    for sys_ in each:
        for k, n in enumerate(g.numbers):
            if k in unnamed:
                continue
            # ("85 kJ/mol, and 92 kJ/mol with Fe": the last value is the sample with what is said after it)
            own = with_or_without(text, last_value_alone(g), sys_, systems, s.ms) \
                if apart and k == len(g.numbers) - 1 else sys_
            # ("520, 410 and 300 mAh/g at 0.1, 0.5 and 1 C": a list of as many settings pairs value by value)
            conds_k = cond_sets[k] if len(cond_sets) == len(g.numbers) else cond_sets[0]
            m = v.measure(again[k] if again else g.key, n.value, n.upper, g.unit,
                          n.qualifier if g.kind == "list" else g.qualifier,
                          own, conds_k, s.ref, baseline=is_base, technique=s.technique, basis=v.basis,
                          uncertainty=n.uncertainty)
            out.extend([m] if m else [])
    return out


def _records(s: _Sentence, v: _Value) -> list[Measurement]:
    """The records of one value, by how it is written: a range, a change, changes, a list paired with samples or
    properties, or a value said of the sample."""
    g = v.g
    if g.kind == "range":
        return _range_records(s, v)
    if g.kind == "change":
        return _change_records(s, v)
    if g.kind == "changes":
        return _changes_records(s, v)
    if g.kind == "list" and (nested := nested_pairs(g, s.text, s.systems, s.taken, s.ctx)):
        return _nested_records(s, v, nested)
    if g.kind == "list" and (paired := _listed_pairing(s, g)) is not None:
        return _respectively_records(s, v, *paired)
    return _each_records(s, v)


def _kept_once(text: str, out: list[Measurement], ctx: Context) -> list[Measurement]:
    """The sentence's records without repeats, without restated changes, and with the values said of both ways."""
    if len(out) > 1:   # (one value is unique as it is: its id, a hash of its content, is not worked out here)
        unique: dict[str, Measurement] = {}
        for m in out:
            unique.setdefault(m.id, m)  # a sentence that says the same twice gives one fact
        out = list(unique.values())
    # "… released 9 wt% starting from 473 K. … reduced the starting temperature from 673 to 473 K": an end of
    # a change the paragraph already gave the same sample, with no setting of its own, restates that value
    out = released_and_taken_up(text, out)   # "H2 release and uptake from bulk LiH require about 700 °C": a value of each
    out = again_at_the_same_temperature(text, out)   # "… absorb hydrogen at 620 K and desorb it at the same temperature"
    kept = [m for m in out if not ("value:change" in m.cues and not m.conditions
                                   and given_key(m) in ctx.in_paragraph.given)]
    ctx.in_paragraph.given |= {given_key(m) for m in kept}
    return kept


def measurements(text: str, ms, systems, ctx: Context, ref: Callable[[], SourceRef], baselines: set[int] = frozenset(),
                 alternatives: list[MaterialSystem] | None = None) -> list[Measurement]:
    """The measurements of one sentence: each value's role read in order, the sentence-wide readers, then for each
    property value its settings, sample, reference flag and basis, and its records by how it is written."""
    gs = paired_singles(text, groups(text), systems)
    clause, told_at = read_roles(text, gs, ms, systems)
    _drop_goals(text, gs)
    referred, taken = _read_across_the_sentence(text, gs, clause, ms, systems, ctx, baselines)
    props = [g for g in gs if g.role == "property"]
    if not props:
        return []   # (most sentences with numbers give no value: no sample phrases are read for them)
    conds = [g for g in gs if g.role == "condition"]
    technique = next(iter(terms(ms, "Technique")), None)
    phrases = references(text, ms)   # "the doped composite", "upon confinement in CMK-3"
                                     # (ingest/extraction/attribution/referents.py)
    props = joined_runs(props, text, systems, taken, ctx)
    interleaved = _interleaved_subjects(text, props, systems, taken)
    uptake_signs = _uptake_signed(props) or _signed_both_ways(text, props, clause)
    s = _Sentence(text, ms, systems, ctx, ref, baselines, alternatives, gs, props, conds, taken, clause, told_at,
                  technique, phrases)
    out: list[Measurement] = []
    for g in props:
        # (a negative value the sentence names as the property's own reaction, a release, keeps its sign)
        measure = partial(_measurement, own_reaction=not uptake_signs and _own_reaction(text, g, ms, clause))
        cond_sets = _conditions_of_value(s, g, referred)
        ctx.cues = list(g.cues)
        if DETERMINED.search(text, max(0, g.start - 14), g.start):
            ctx.cues.append("value:restated")   # "released the 9.1 wt% within 150 min": a value said before
        bare_named = bare_reference(text, g, systems, props, ctx.in_paragraph.milled_here)   # (asked once per value)
        subject = _subject_named(s, g, bare_named, interleaved)
        if subject is None or supposed(text, g, ctx.cues):
            continue
        subject = _subject_refined(s, g, subject, bare_named)
        is_base = _is_baseline_value(s, g, subject, bare_named)
        if bracket_of(text, g) is not None:
            ctx.cues.append("value:in-brackets")
        if g.unit and RESPELLED.search(g.unit):
            ctx.cues.append("unit:respelled")
        basis = _basis_shared_in_list(s, g, _said_basis(s, g, subject))
        subject = _calculated_host(s, g, subject, basis)
        _exact_when_reached(s, g)
        records = _records(s, _Value(g, measure, cond_sets, subject, is_base, basis))
        if records and said_of_group(text, g, ms, systems, ctx.in_passage.seen, ctx.cues):
            ctx.cues.append(GROUP_SAID)   # ('all five mixtures': kept only if shared out to the group's members)
        for m in records:   # what decided each record, for its confidence
                            # (ingest/extraction/document_wide/confidence.py)
            m.cues = sorted(set(ctx.cues) | ({"baseline"} if m.baseline else set()))
        out.extend(records)
    return _kept_once(text, out, ctx)
