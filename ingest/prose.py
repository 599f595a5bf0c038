"""Measurements and relations from prose sentences.

A sentence is cleaned of markup (``ingest.nlp.clean_text``), its numbers are read with the units that
follow them and grouped the way papers write them (ranges, changes, lists, powers of ten, values with
uncertainties: ``ingest.quantity_text``).

Each group is then a property value, a condition or an amount: the unit decides which properties and
conditions are possible, and the words before the number (stems of the ontology's labels and
synonyms) decide among them. The value belongs to the nearest system the sentence names (before it,
else after it, else the one the paragraph is about).

Nothing here lists properties, units or materials: those come from the ontology.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any, TypeVar

from pydantic import ValidationError

from ontology.electrode_roles import anode_material, electrolyte_not_anode
from ontology.elements import NONMETALS, formula_symbols
from ontology.hosts import (
    named_by_designation,
    storage_alloy,
    storage_metal_compound,
    stored_as,
    substituted_from,
    unsubstituted_member,
)
from ontology.models import MaterialSystem, Measurement, SourceRef, SystemReport, implausible
from ontology.namespaces import HKG
from ontology.quantities import ROOM_TEMPERATURE_C
from ontology.strategy_rules import (
    ARRANGEMENTS,
    CLASSES,
    ROLES,
    arranged_part,
    field_driving,
    sentence_wide,
    single_atoms_named,
)
from ontology.system import (
    AMOUNT_UNIT,
    SystemParseError,
    alloy_without_formula,
    host_formula,
    parse_system,
    storage_hydride,
    written_elements,
)
from ontology.text_memo import per_document
from ontology.units import is_compatible
from ontology.vocabulary import vocabulary
from ontology.word_gate import Gated, gated

from .abbreviations import defined_for_no_material, note_property_abbreviations
from .additive_sizes import (
    additive_sized,
    built_of_sized,
    each_one_sized,
    formed_in_situ_sized,
    formed_phase_sized,
    series_ranges,
)
from .additive_subjects import sample_holding
from .adducts import as_adducts
from .alloy_partners import alloy_pairs, with_alloy_partners
from .amounts import AMOUNT, AMOUNT_GROUPS, AMOUNT_OF, amount_text, loadings
from .apposition import joined_appositions
from .asides import comparison_asides
from .both_ways import again_at_the_same_temperature, released_and_taken_up
from .cells import (
    cell_bracket,
    cell_electrolyte,
    cell_layers,
    electrodes_only,
    electrolyte_layers,
    named_electrode,
    named_electrolyte,
    passage_electrode_layers,
    reference_electrodes_blanked,
    without_reference_electrodes,
)
from .change_of_state import transition_enthalpies
from .change_words import CHANGE_STEM
from .class_members import as_member, class_members, hydrides_named_by_abbreviation
from .class_samples import dissolved, names_no_sample
from .codopants import codopants
from .comparison_words import COMPARED_WITH, CONTRAST_CONJUNCTION, THAT_OF, comparison
from .compound_kinds import compound_symbols, metal_symbols, passage_compounds, with_compound_kinds
from .condition_terms import without_conducting_ions
from .contrast_values import compared_in_brackets, contrast_narrowed
from .coordinated_values import coordinated_value
from .copula import BE
from .cycled_capacity import REVERSIBLE, cycled_both_ways, kept_over_cycles
from .declared_roles import acts_catalytically, declarations, declared_roles, with_declared_roles
from .dopant_salts import with_dopant_salts
from .each_host import each_host_again, each_host_samples, milled_each, milled_sample, only_milled
from .electrode_formulations import mixed_into
from .enthalpy_sign import both_ways_named, kept_negative
from .equation_basis import derives_from_equation
from .family_members import with_members
from .family_salts import with_family_salts
from .first_cycle import cycle_ordinal, first_cycle_after
from .formation_enthalpy import without_compound_formation
from .former_latter import pointed_sample
from .goal_values import hard_to_reach
from .hedge_words import APPROX_SIGN, APPROXIMATING, BOUND_ABOVE, BOUND_BELOW, LIMITING, NEARLY, UP_TO, bound, hedged
from .lacking import (
    FRONTED_WITHOUT,
    LACKED_BEFORE,
    LACKING,
    LACKING_ADDED,
    LACKING_AFTER,
    LACKING_NAMED_AFTER,
    NO_DECLINE,
    SET_APART_AFTER,
)
from .lattice_entry import entering_elements, substituted_in
from .material_cues import (
    ADDED_ABSOLUTE,
    ADDED_PASSIVE,
    ADDING_NOUN_OF,
    ADDITIVE_CUE,
    ADDITIVE_CUE_GATE,
    EMBEDDING_BEFORE,
    FOR_SYSTEM,
    FOUND_AFTER,
    FOUND_CUE,
    LIST_AFTER,
    LIST_GAP,
    OPENING_ADDITIVE,
    PHASES_AFTER_STEP,
    PHASES_NAMED,
    PRODUCT_CUE,
    WITH_BEFORE,
    additive_after,
    compared_before,
    formed_after,
    formed_sample,
    may_cue_additive,
    product_cue_before,
)
from .method_sizes import sizes_by_method
from .nlp import SYSTEM_LABEL, Mention, clean_text, material_system, mentions, remember, system_of
from .paired_values import paired_singles
from .precursors import precursor_clauses, without_clauses
from .preparation_words import (
    CHANGE_EFFECT,
    LINKING,
    MADE_PARTICIPLE,
    MILLED,
    MILLING_PREFIX,
    OPENING_GERUND,
    PUT_OR_MILLED,
)
from .processed_hosts import is_processed, processed_hosts
from .product_settings import product_settings
from .property_cues import WORD, choose_property, cue_table, keys_named, named_by, own_noun_end, properties_named, stems
from .quantity_text import (  # noqa: F401 - numbers/groups/Number/Group stay importable from here
    LABELLED_LIST_GAP,
    VERSUS,
    Group,
    Number,
    _dims,
    compatible_keys,
    groups,
    numbers,
    qualifier_start,
    read_unit,
)
from .reacting_partners import reacting_partners
from .reaction_products import is_product, named_products, reformed_state
from .reactions import arrow_at, in_lowest_terms, without_products, without_step_names
from .referents import (
    added_to_sample,
    after_value,
    as_made,
    before_value,
    composite_not_put_through,
    described_parts,
    equipment_after,
    free_of,
    hydride_word,
    members_first,
    named_by_description,
    named_by_prefix,
    note,
    note_kinds,
    on_feature_holder,
    pointed_kind,
    references,
    resolve,
    scaffolds_named,
)
from .respectively import (
    additives_before_on_host,
    described_after,
    interleaved_pairs,
    keys_of_those,
    listed_keys,
    listed_systems,
    loaded_samples,
    nested_chunks,
    one_sample_after,
    pairs_with_alternatives,
    pairs_with_samples_after,
    set_apart_pairs,
    unnamed_in_list,
)
from .restated_values import without_restated
from .said_settings import SaidSettings
from .sample_words import BASELINE_WORDS, EXTENT_NOUN, SAMPLE_NOUNS, SIZE_NOUN, SIZED_PIECE, TOGETHER, adding_nouns
from .samples import (
    POSSIBLE_BEFORE,
    SUBSTRATE_AFTER,
    _additive as additive_notation,
    abbreviated_stack_in,
    added_parts,
    alloy_alone,
    alloy_beside,
    amount_before,
    bare_sample,
    best_share_given,
    context_sample,
    described_partner,
    equimolar_sample,
    framework_derivatives,
    has_hydrogen as _has_hydrogen,
    hydride_like,
    in_place_of_its_part,
    joined_system,
    loadings_before_prefix,
    named_as_electrolyte,
    plus_additive,
    prepared_additives,
    sample_without,
    samples,
    set_against_a_value,
    unfilled_sample,
    with_additives,
    without_symbol_values,
)
from .settings_pairs import paired_temperature
from .shared_values import each_listed_thickness, each_of_them, of_doped_and_undoped
from .split_samples import split_additives
from .stability_limits import electrolyte_limits
from .states import hydrogenated_form
from .step_media import step_media
from .stoichiometric_basis import formula_content
from .studied_samples import (
    BOTH_WAYS_LEAD,
    background_sample,
    bare_studied,
    both_ways,
    both_ways_lead,
    composite_beside_bare,
    introduces,
    may_pair,
)
from .subject_system import names_its_additives, part_in_sample, state_of_sample
from .support_names import carbons_named, named_support
from .theoretical_owner import theoretical_of_host
from .title_sample import title_sample
from .transition_settings import at_the_transition
from .value_conditions import (
    NOT_AT_A_TEMPERATURE,
    ROOM_RIGHT_AFTER,
    at_room_temperature,
    bracket_of,
    conditions_for,
    process_conditions,
    setting,
    setting_runs,
)
from .value_lists import (
    AGAINST_GAP,
    CONTRAST_CLAUSE,
    FOR_SAMPLE,
    LISTED_AMOUNTS,
    PARALLEL_GAP,
    PASSIVE_FOR,
    REFERENCE_SENTENCE,
    amount_series,
    changed_to_sample,
    coordinated,
    coordinated_before,
    gapped_clause,
    given_for_first,
    interposed_setting,
    keys_again,
    last_value_alone,
    last_value_apart,
    own_clause,
    parallel_for,
    prepared_series,
    said_of_each,
    said_without,
    set_against_list,
    with_or_without,
)
from .value_roles import (
    APPROX,
    APPROX_WORD,
    CLAUSE_BREAK,
    COVER_GAP,
    DIFFERENCE,
    DIFFERENCE_AFTER,
    FRONTED_SETTING,
    SHIFTED_TO,
    THEORETICAL,
    calculated_from_curves,
    classify,
    derived_basis,
    estimated_in_computation,
    event_span,
    fronted_holding,
    kind_described,
    names_a_computation,
    said_in_theory,
    shared_subject_property,
    started_at,
    theoretical_before,
    theory_of_another,
    under_theoretical_umbrella,
    value_basis,
)
from .volume_basis import derived_from_volumes

# (the baseline words: the ontology's BaselineWord scheme, its narrow ComparedBaseline; the rest comparison English)
_COMPARED = comparison(rf"{THAT_OF}?\s*$", more=(*vocabulary().scheme_words("BaselineWord", "ComparedBaseline"),
                                                "just like", "like the effect of"))


@per_document(maxsize=4096)   # (several rules ask this of one mention: searched once)
def _compared_just_before(text: str, start: int) -> bool:
    """Do the 25 characters before ``start``, read on their own, end in a comparison's words (``_COMPARED``)?"""
    return _COMPARED.search(text[max(0, start - 25):start]) is not None


# Starting materials of a preparation ("by ball milling LiBH4 with MnCl2", "a mixture of LiH and
# MgCl2", "reaction between C4H9Li and B2H6", "synthesized Mg nanocrystals using potassium") are not
# what the values describe — unless the text says they stay as a catalyst or additive (``_reagent``).
_REAGENT_CUE = gated(re.compile(r"\b(?:by (?:\w+ )?(?:milling|mixing|grinding|reacting)|mixture of|between|precursors? of|(?:react|conver)\w*\s+(?:(?:of|between)\s+(?:the\s+)?\S+\s+)?with)\s+(?:the |a |an )?(?:\S+\s+(?:and|with)\s+)?$", re.I))
# "made using potassium" names a reagent; "a battery using X as the electrolyte" names X's role.
_USING_CUE = gated(re.compile(r"\busing\s+(?:the |a |an )?$", re.I))
_AS_ROLE = re.compile(r"^\s*(?:\S+\s+)?as\b", re.I)
# a material that does something to the values: "X reduces/achieves/shows …"
_ACTOR_AFTER = re.compile(r"(?:[\s,]+(?!and\b|or\b|than\b)[\w-]+){0,6}?[\s,]+(?:can\s+|could\s+|further\s+|effectively\s+|"
                          rf"significantly\s+|also\s+)*(?:{CHANGE_EFFECT}|achiev|demonstrat|exhibit|"
                          r"enabl|deliver|exploit|boost)\w*\b")
# "… at 55 °C in the adduct disappears", "… is suppressed": the value the clause says is done away with
_GONE_AFTER = re.compile(r"[^.;,]{0,80}?\b(?:disappear\w*|vanish\w*|(?:is|are|was|were|gets?|got|becomes?|became)\s+"
                         r"(?:\w+ly\s+)?(?:suppressed|eliminated|removed|absent|gone)|no\s+longer)\b", re.I)
# "By adding MgO, …", "After doping with Ti, …", "Adding TiF3, …": a sentence opening with the addition (up to its comma)
_FRONTED_ADDING = re.compile(rf"^\W*(?:(?:by|after|upon|on|when|through)\s+)?{OPENING_GERUND}\b[^,;:]*$", re.I)
_FORMED = re.compile(r"\b(?:formation of|formed|forms?|into|to)\s+(?:the\s+)?$", re.I)
# "… from 150 to 95 °C in the first step and from 190 to 140 °C in the second", "…, while that of the second
# step from 205 to 151 °C": a second from–to pair joined to the first, with no words naming a quantity of its own
_ELLIPTIC_FROM = re.compile(r"\s*(?:(?:for|in|during|at|of)\s+[^,;.()\d]{0,60}?)?\s*,?\s*(?:and|while|whereas)\s+"
                            r"(?:(?:that|those)\s+(?:of|for|in)\s+[^,;.()\d]{0,40}?\s+|(?:for|in|during|of)\s+[^,;.()\d]{0,40}?\s+)?"
                            rf"from\s*{hedged(APPROXIMATING)}?", re.I)


def elliptic_change(text: str, last: Group, g: Group) -> bool:
    """Is g a from–to pair coordinated with the from–to pair ``last`` was named for, with no name of its own
    (its unit alone made it a condition, or nothing read it)?"""
    return g.kind == "change" and last.kind == "change" and last.role == "property" and bool(g.unit and last.unit) \
        and (g.role is None or g.role == "condition" and g.cues[-1:] == ["property:unit"]
             or g.role == "property" and g.key != last.key and _is_narrower(last.key, g.key)) \
        and _dims(g.unit) == _dims(last.unit) and _ELLIPTIC_FROM.fullmatch(text, last.end, g.start) is not None


def _is_narrower(key: str | None, than: str | None) -> bool:
    """("… in the second dehydrogenation step": words that name only the broader property the first pair's
    narrower one belongs to say which step, not another quantity)"""
    vocab = vocabulary()
    try:
        return bool(key and than) and vocab.is_a(vocab.property(key).id, vocab.property(than).id)
    except KeyError:
        return False


_FROM_TO_REST = re.compile(rf"\s*(?:(?:for|of|in)\s+[^,;.]{{0,60}}?)?\bto\s*{hedged(APPROXIMATING)}?", re.I)
_FROM = re.compile(rf"\bfrom\s*{hedged(APPROXIMATING)}?$", re.I)
# "160 kJ/mol (bulk MgH2) to 120 kJ/mol", "… (A) and 95 kJ/mol": a sample in brackets, then the next value
_BRACKETED_NEXT = re.compile(r"\s*\([^()]{1,60}\)\s*,?\s*(?:to|and|,|versus|vs\.?|compared\s+(?:with|to))\s*"
                             rf"{hedged(APPROXIMATING, LIMITING)}?", re.I)


def _after_name(*concepts: str, more: tuple[str, ...] = ()) -> str:
    """A group of the words after a sample's name that still name it ('MgH2 alone', 'the Mg–Ni composite', 'its
    pristine counterpart'): the ontology's NameTailWord scheme, the ``concepts`` a reader reads, then ``more``."""
    return vocabulary().scheme_alternation("NameTailWord", concepts, more)


# "118 kJ/mol (undoped NaAlH4)", "79 kJ/mol (for the MgH2–Nb2O5 sample)": a system in brackets right after a
# value, alone in them, is the value's label
_LABEL_OPENS = re.compile(rf"\s*\(\s*(?:(?:for|of|in)\s+)?(?:the\s+)?(?:{BASELINE_WORDS}\s+)?", re.I)
_LABEL_CLOSES = re.compile(rf"(?:\s+{_after_name('AloneWord', 'SampleTailNoun', 'CompositeTailNoun', 'CellPartTailNoun')})?"
                           r"\s*\)", re.I)
_TO_VALUE = re.compile(rf"\b(?:to|reach\w*|of)\s+{hedged(APPROXIMATING, LIMITING)}?$", re.I)
# ("… for composite C2N7", "for the sample S-2": a sample's noun may stand before the name the text gave it)
# ("… decreased from 340 °C to 280 °C for MgH2–10 wt% Ni": the sample a change's new value is of, right after it)
# ("… and 49 kJ/mol for the 5 wt% TiO2-doped LiAlH4": the loading its prefix is written after may stand between)
_FOR_NEXT = re.compile(rf"\s*,?\s*{FOR_SAMPLE}\s+(?:the\s+)?(?:{SAMPLE_NOUNS}\s+)?(?:{AMOUNT}\s+(?:of\s+)?)?")
_RELATIVE_OF = re.compile(r"\s*,\s*(?:whose|which)\b[^,;()]*")   # a relative clause on the mention, up to the value
# "MgH2 (160 kJ/mol)", "MgH2–Ni (Ea = 75 kJ/mol)": a value in brackets right after a system
# ("than that of bulk Mg hydride decomposition (75 kJ/mol)": the system's reaction named between, the ontology's
# nouns of a release or uptake run and of a compound's breakdown)
_RUN_NOUN = (f"{vocabulary().scheme_alternation('CycledProcessNoun', ('ReleaseRun', 'UptakeRun'))}"
             f"|{vocabulary().scheme_alternation('BreakdownNoun')}")
_IN_PARENTHESES = re.compile(rf"(?:\s+{_after_name('AloneWord', 'SampleTailNoun', 'CompositeTailNoun', 'CellPartTailNoun', 'SystemTailNoun', 'MixtureTailNoun', more=(_RUN_NOUN,))})?\s*(?:,\s*)?\(\s*(?:[A-Za-zΔα-ω][\w()]*\s*(?:=|:|of)\s*|[a-z]+(?:\s+at)?\s+|{APPROX_WORD}\s*)?")
# "(as-received LiAlH4: 153 °C)", "(3LiBH4–LiI alone: 0.08 mS cm−1)": a value labelled by the system before it
_LABELLED = re.compile(rf"(?:\s+{_after_name('AloneWord', 'SampleTailNoun', 'CompositeTailNoun', 'CellPartTailNoun', 'MixtureTailNoun')})?"
                       r"\s*:\s*" + APPROX)
# "ΔH(bulk) = 74 kJ/mol", "Ea,pristine = 160 kJ/mol", "T_bulk = 282 °C": the property's symbol labelled, in brackets or
# after a comma or an underscore, by a word of the unmodified sample
_BARE_SUBSCRIPT = re.compile(rf"[A-Za-zΔα-ω]\w*\s*(?:\(\s*{BASELINE_WORDS}\s*\)|[_,]\s*{BASELINE_WORDS}\b)\s*[=:]\s*"
                             rf"{APPROX}$", re.I)
# "in contrast to the bulk MgH2 system at 282 °C", "compared with pure LiBH4 at 470 °C": the unmodified host set
# against the sentence's value, its own value right after it
_BARE_COMPARED = re.compile(rf"\b(?:{COMPARED_WITH})\s+(?:the\s+)?{BASELINE_WORDS}\s+\S+"
                            rf"(?:\s+{_after_name('AloneWord', 'SampleTailNoun', 'SystemTailNoun', 'CounterpartNoun')})?"
                            r"\s*,?\s*(?:at|of)\s*"
                            rf"{APPROX}$", re.I)
# "94 °C lower than the commercial sample (≈278 °C)", "compared with the pristine powder (350 °C)": the unmodified
# host set against the sentence's value by a word and a noun, its value in brackets after them
_BARE_THAN = re.compile(rf"\b(?:than|{COMPARED_WITH})\s+(?:th(?:at|ose)\s+of\s+)?the\s+{BASELINE_WORDS}\s+[a-z][\w-]*"
                        rf"\s*\(\s*{APPROX}$", re.I)
# "(bulk: 176 kJ/mol)", "… for the undoped borohydride": the unmodified host, named by a word and no formula
_BARE_LABELLED = re.compile(rf"\(\s*(?:the\s+)?{BASELINE_WORDS}(?:\s+[a-z][\w-]*)?\s*:\s*{APPROX}$", re.I)
_BARE_BEFORE = re.compile(rf"(?=[fo])\b(?:of|for)\s+the\s+{BASELINE_WORDS}\s+[a-z][\w-]*\s*,?\s*"
                          rf"(?:(?:is|was|are|were|reaches|amounts to|lies|lay|appears|occurs|sits|falls|remains|stays)\s+"
                          rf"(?:(?:at|to|around|near)\s+)?|\(\s*)?{APPROX}$", re.I)  # "… of the pristine mixture lies at 287 °C"
# ("… than that of the pristine hydride (350 °C)": the value in brackets after the bare host's words is its value)
# "slightly smaller than the bulk value of 75 kJ/mol H2", "the value of the pristine hydride (75 kJ/mol)": a value
# noun the baseline word qualifies names the unmodified host's value
_BARE_VALUE = re.compile(rf"(?=[t])\bthe\s+(?:{BASELINE_WORDS}\s+(?:values?|figures?)|(?:values?|figures?)\s+of\s+(?:the\s+)?"
                         rf"{BASELINE_WORDS}(?:\s+[a-z][\w-]*)?)\s*(?:of|is|was|at|\()?\s*{APPROX}$", re.I)
_BARE_FOR = re.compile(rf"\b(?:for|of|in)\s+(?:the\s+)?{BASELINE_WORDS}\s+(?:composites?|samples?|materials?|mixtures?|"
                       rf"hydrides?|powders?|systems?|ones?|counterparts?|electrodes?|electrolytes?)\b", re.I)
_NAMED_BARE = re.compile(rf"\b{BASELINE_WORDS}\s+(?:[a-z][\w-]*\s+)?$", re.I)
# "The additive-free hydride needs 345 °C …": the clause's subject is the unmodified host, named by a word
_BARE_SUBJECT = re.compile(rf"(?:^|[.;:\n]\s*|,\s*(?:and|but|whereas|while)\s+|\b(?:whereas|while)\s+)(?:the\s+)?"
                           rf"{BASELINE_WORDS}\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+){{1,6}}?{hedged(APPROXIMATING)}?$", re.I)
# ("for the bulk and confined samples": a list of samples, one of them bare, is no bare reference)
# ("… whereas only 3 wt% is released from the pristine sample": a passive verb of the value, then what gave it off)
_BARE_AFTER = re.compile(rf"(?:\s+(?:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\s+from))?"
                         rf"\s*(?:for|of|in|(?<=from))\s+(?:the\s+)?{BASELINE_WORDS}(?!\s*(?:,|and\b|or\b))\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*"
                         rf"|\s*\(\s*(?:for\s+)?(?:the\s+)?{BASELINE_WORDS}(?:\s+[a-z][\w-]*)?\s*\)"   # "156 kJ/mol (bulk)"
                         # "compared with 460 °C for the bulk.": the baseline word as the noun, the clause ending on it
                         # (or on the next value: "for the bulk and 90 kJ/mol for …", "for the bulk, 90 …")
                         rf"|\s*(?:for|of|in)\s+(?:the\s+)?{BASELINE_WORDS}(?=\s*(?:[.;)]|$)|,?\s+(?:and\s+)?(?:{APPROX_SIGN}\s*)?\d"
                         rf"|,?\s+(?:while|whereas|but)\b)", re.I)
# "the graphene-free sample", "the Nb2O5-free powder": the additive a sample is named free of
_NAMED_FREE = re.compile(rf"\b([A-Za-z][\w()]*-free)\s+(?:[a-z][\w-]*\s+){{0,6}}?{hedged(APPROXIMATING)}?$", re.I)
# "(0.47 eV without SiO2)": the sample without the additive named
_WITHOUT = LACKING_NAMED_AFTER
# a clause set against the value ("…, whereas undoped MgH2 …"): a system named there is its reference
_CONTRAST = re.compile(rf"\b(?:{COMPARED_WITH}|{CONTRAST_CONJUNCTION}|compared|than|unlike|against|in contrast"
                       r"|(?:above|below) that of)\b", re.I)
# (a number, or one said as a word: "a transference number close to unity"; written to start at a digit or a 'u',
# so that the engine skips to them)
_DIGIT = re.compile(r"[\du](?:(?<=\d)|(?<=\bu)nity\b)")
# between a reference and its own value: a verb or two, no clause break ("only", "shows just", "reaches")
# "smaller polarization than pristine MgH2 and delivered …", "by 125 °C below additive-free MgH2 …": the
# reference is the object of a comparison; what follows is the subject's (the sentence's sample)
_SET_BELOW = re.compile(rf"\b(?:than|{COMPARED_WITH}|unlike|below|above|over)"
                        r"\s+(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?$", re.I)
# "begins at 235 °C, about 110 °C lower than for milled MgH2": a system named after the value in a
# comparison is the reference, not what the value is about
# ((?=[…]): the alternatives' first letters, which let a search pass other positions at once)
_THAN_BETWEEN = comparison(r"\b[^;]*$")
_COMPARED_OBJECT = comparison(rf"{THAT_OF}?\s+(?:the\s+)?(?:{BASELINE_WORDS}\s+)?(?:[a-z][\w-]*\s+)?$", more=("below", "above"))
# ("… for the decomposition of pure LiBH4": the reference's process named between)
_FOR_ONLY = re.compile(r"\s*(?:,\s*)?(?:for|of|in)\s+(?:the\s+)?")
# ("whereas only 2.1 wt% is obtained for pure X", "… was absorbed by bulk MgH2": the passive verb between;
# "only 0.8 wt% is released from milled MgH2": after a passive verb, 'from' names what gave the hydrogen off;
# "only 0.2 wt% of hydrogen is released for the undoped alloy": the gas the amount is of said between)
_FOR_BARE = re.compile(rf"(?:\s+(?:of\s+)?(?:hydrogen|H2|H₂)\b)?\s*(?:,\s*)?(?:(?:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|nd|ht)\s+)"
                       rf"(?:for|of|in|by|from)|(?:for|of|in|by))\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?{BASELINE_WORDS}\s+", re.I)
# "6.2 wt% hydrogen was released from", "3 wt% H2 is desorbed from", "2.1 wt% hydrogen evolved from": hydrogen
# given off by what 'from' names (a passive verb, or an intransitive one in the past; an aside between commas
# may come before the verb: "4 wt% hydrogen, with some ammonia, was released from")
_GIVEN_OFF_FROM = re.compile(r"\s*(?:(?:of\s+)?(?:hydrogen|H\s?2|H₂|D\s?2)\s*)?(?:,[^,;()]{1,60},\s*)?(?:(?:is|was|are|were|has\s+been|have\s+been)\s+)?"
                             rf"(?:\w+ly\s+)?[a-z]+ed\s+from\s+(?:the\s+)?(?:{BASELINE_WORDS}\s+)?")
_HYDROGEN_GAS = re.compile(r"\bhydrogen\b|H\s?2|H₂|D\s?2")
# the words a sentence may open with before its subject ("The mixed salt X …", "In contrast, the X …"): no verb
_SUBJECT_LEAD = re.compile(r"\W*(?:(?:in\s+contrast|however|moreover|furthermore|here|notably|similarly|thus),?\s+)?"
                           r"(?:(?:the|a|an|this|our|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?", re.I)
# ", and it shows …", "; it reaches …": a clause whose subject is a pronoun, between the last material and the value
_IT_CLAUSE = re.compile(r"(?:,\s*(?:and|while|but)|;)\s+it\s+(?![^,;]*\b(?:than|compared|unlike|versus|vs)\b)[^,;]*$", re.I)
_OWN_VALUE_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:only|just|merely|shows?|showed|reaches|reached|exhibits?|"
                            rf"exhibited|has|had|gives?|gave|delivers?|delivered)(?:\s+(?:{LIMITING}|{APPROXIMATING}))?\s*")
# a unit written in a form the unit parser rewrites: "kJ mol(-1)", "º C", "degrees C", "wt.-%", "mass%", "per"
_RESPELLED = re.compile(r"\(\s*[-+−–]?\s*\d+\s*\)|[º˚]|\bdeg(?:rees?|\.)|[Cc]elsius|\b(?:mass|weight)\s*\.?\s*%"
                        r"|\bwt\s*\.\s*-?\s*%|\bper\b|\*\*")


# ------------------------------------------------------------------------------------ cues


# ------------------------------------------------------------------------------- sentences
@dataclass
class SentenceLike:
    """The part of a sentence the extraction needs (ingest.document's Sentence fits this)."""

    text: str
    start: int = 0
    end: int = 0
    section: str | None = None
    refs: list[str] = field(default_factory=list)   # the references the paragraph's last citing sentence cited
    paragraph: Any = None


@dataclass
class ParagraphState:
    """What one paragraph said that its later sentences read: started afresh with each paragraph (and section
    or passage)."""

    refs: list[str] = field(default_factory=list)
    # the alloy a sentence pointed to by 'this alloy' and the sample the paragraph was about before it: the alloy is
    # the paragraph's sample from then on, the one before it the next paragraph's (``Context.enter``)
    pointed_alloy: tuple | None = None
    # samples named side by side ("MgH2 with 10 wt% TiO2, Nb2O5 or V2O5", or those a 'respectively'
    # list went to): what a later list of as many values ("…, respectively", "the corresponding …") pairs with
    alternatives: list = field(default_factory=list)
    # additives a preparation sentence made before the paragraph named any hydride ("a carbon scaffold
    # was soaked with a dibutylmagnesium precursor"): the hydride the paragraph names next receives them
    pending: list[str] = field(default_factory=list)   # additives a preparation sentence named (prepared_additives)
    pending_refs: list[str] = field(default_factory=list)   # the works that sentence cited (none: the paragraph's)
    # the samples the last sentence gave values to, in order ("A conducts …, while B reaches only …"):
    # what a 'respectively' list of as many values in the next sentence pairs with
    valued: list = field(default_factory=list)
    # what the paragraph said so far, its values and its temperatures: whose settings a later value "at the same
    # temperature" shares, what "at this temperature" is (ingest/said_settings.py)
    said: SaidSettings = field(default_factory=SaidSettings)
    # (property, value, unit, sample) of the values the paragraph gave: what a later change only restates
    given: set = field(default_factory=set)
    # (property key, unit) of the last value the sentence before gave: what a baseline sentence's bare value of
    # that unit is ("… starts to release hydrogen at 208 °C. Pure MgH2 needs 350 °C."); the paragraph's only
    last_property: tuple[str, str] | None = None
    # the words of the sentence before when it gave no value ("The activation energies of desorption were calculated
    # by the Arrhenius method."): what "The calculated values were …" goes on with, when they name a property whole
    unvalued_words: str = ""
    # the words of the sentence before: the change of state an 'it' opening the next sentence may point back at
    # ("… transforms at 510 K. Its enthalpy is 6.7 kJ/mol", ingest/change_of_state.py)
    sentence_before: str = ""
    # the applications of the properties the paragraph's last values had (ionic conductivity: a solid
    # electrolyte): what a value named by words several applications share is read in
    applications: list = field(default_factory=list)
    # supported catalysts the paragraph named ("Ni/C and CoNi/NC were introduced into LiBH4"): what a
    # later bare mention of the catalyst ("the CoNi further lowers …") stands for
    supported: list = field(default_factory=list)
    # the sample each host of a list got ("MgH2 and LiAlH4 were each milled with NbV"): what a later bare mention of
    # that host means (host formula → sample, ingest/each_host.py)
    each_host: dict = field(default_factory=dict)
    each_milled: bool = False   # (and whether that sentence milled them: "the milled MgH2" is then the sample)
    milled_here: bool = False   # (and whether the sentence read now names one so)


@dataclass
class PassageState:
    """What one passage (a section, or the text under one heading) said that its later sentences read: started
    afresh with each section or heading, never carried across one."""

    # hosts of the phases the paragraph said its sample forms ("enabling the formation of Mg2Ni(Cu)H4"):
    # named again later, such a phase is still part of that sample, not a new sample
    formed: set = field(default_factory=set)
    # the modified sample each formed phase came from ("CuNi … enabling the formation of Mg2Ni(Cu)H4"):
    # a later paragraph that names the phase is still about that sample
    formed_in: dict = field(default_factory=dict)
    # the names of every phase the paragraph said its sample forms ("led to the formation of a Mg–Ni–B
    # alloy", "Mg2Ni formed during cycling"), hydrides or not: named again ("the presence of the Mg–Ni–B
    # alloy raises the capacity to …"), such a phase is inside the sample, never the sample a value is of
    phases: set = field(default_factory=set)
    # the samples the passage named, latest last: what "the doped composite", "the carbon composite",
    # "upon confinement in CMK-3" pick from (ingest/referents.py); never carried across a section
    seen: list = field(default_factory=list)
    # the scaffolds the passage said it put a hydride in ("by melt infiltration into mesoporous carbon"): what
    # "nanoconfined NaAlH4" is in, when no sample of the passage holds a scaffold
    scaffolds: list = field(default_factory=list)
    # the carbon scaffolds the passage names anywhere, before or after its samples (its heading too: 'carbon
    # aerogel', 'LiBH4@carbon … foams'; ingest/support_names.carbons_named): what its bare '@C' is, when one
    carbons: list = field(default_factory=list)
    # the last modified sample the passage gave values to: what "the dehydrogenated product" means
    # (ingest/subject_system.py), whatever phases the sentences between named
    valued_sample: MaterialSystem | None = None
    # the last sample of each kind the passage named, by the kind's noun ("… resulting in Mg5.7In0.3Ag": its alloy):
    # what a later "this alloy" means (ingest/referents.py, pointed_kind)
    kinds: dict = field(default_factory=dict)
    # the phases the passage said its sample turns into ("Ca(BH4)2 decomposes to CaH2", "… = CaH2 + 2B"),
    # each with the hydride that reacts: named later, never the passage's sample (ingest/reaction_products.py)
    products: dict = field(default_factory=dict)
    # the short names the text gave its samples ("(denoted MH–NC)"), by name: kept for the passage
    aliases: dict = field(default_factory=dict)
    # the member of a composition family the passage gave values to by its symbol's value ("For x = 0.67, …"), by
    # the family's name: what the passage's later values of the family are of (ingest/family_members.py)
    studied_members: dict = field(default_factory=dict)
    # the members a passage listed of a family by their symbol's values ("Li(BH4)1-xIx (x = 0.25 and 0.5)"), by the
    # family's name: what "the lower I concentration" of a later sentence picks from (ingest/family_members.py)
    listed_members: dict = field(default_factory=dict)
    # the hosts the passage studies bare, as samples of their own beside modified ones ("MgH2 and
    # MgH2–Nb2O5 were prepared"): what "the MgH2 sample" means later (ingest/studied_samples.py)
    bare_samples: set = field(default_factory=set)
    made_bare: set = field(default_factory=set)   # bare hosts listed first as samples of their own (bare_studied)
    # the hydrogen-free materials the passage named as a cell's electrodes ("a TiS2 positive electrode"), by
    # formula: named again later ("a TiS2 utilization of 85 %"), still the cell's, no additive (ingest/cells.py)
    electrodes: set = field(default_factory=set)
    # the passage said its study is a calculation ("We investigated X by a first principles calculation"), and no
    # sentence since said it made or measured a sample: its values are calculated
    computed: bool = False
    # a sentence of the passage so far said the study made or measured a sample ("We prepared X by milling"): a
    # computation it names later ("DFT calculations show that Ti weakens the bond") explains, and leaves its
    # samples' values measured
    made: bool = False
    valued: bool = False    # a sentence of the passage gave a value
    cites: bool = False     # a sentence of the passage cited another work ("[12]", "Smith et al.")
    # a sentence of the passage named a preparation or an experimental technique ("synchrotron X-ray diffraction")
    experimental: bool = False
    # a sentence of the passage so far spoke of a computation ("DFT calculations show …"): its later bare
    # "calculated enthalpy" may be one, so the word keeps its computational sense (``calculated_from_curves``)
    computation_named: bool = False
    # the sample the passage named as its cells' electrolyte ("with X as the solid-state electrolyte (SSE)"): what
    # a cell written by its layers' abbreviations ("Li/IL/SSE/IL/Li") measures
    electrolyte: MaterialSystem | None = None


@dataclass
class Context:
    """What carries over between sentences of one paragraph/section: the system talked about."""

    source_id: str
    section: str | None = None
    paragraph: Any = None
    system: MaterialSystem | None = None
    passage: Any = None
    carried: bool = False   # system's additives come from a preparation sentence without a hydride
    cues: list[str] = field(default_factory=list)   # the rules that decided the value being read
    system_paragraph: Any = None                  # the paragraph that named the system
    in_paragraph: ParagraphState = field(default_factory=ParagraphState)   # what the paragraph said so far
    in_passage: PassageState = field(default_factory=PassageState)         # what the passage said so far
    # the classes the document gave one formula ("FeCoNiCrTi high-entropy alloy (HEA)"): what a later
    # "MgH2–HEA composite" names (ingest/class_members.py); the whole document's, not a passage's
    members: dict = field(default_factory=dict)
    # each passage's carbon scaffolds (``PassageState.carbons``), by (section, passage): read over the whole
    # document first, since a sample may be named before the sentence that says which carbon holds it
    carbons: dict = field(default_factory=dict)
    # the passage's carbons the sentence being read may take: none where it speaks of cited work (a review's
    # passage gathers many studies, each with its own carbon; ``_passage_carbons`` reads the uncited text only)
    carbons_here: list = field(default_factory=list)
    # the passage has a heading's (title's) modified sample and its text has not introduced it yet:
    # sentences about the bare host until then are general knowledge of the host
    opening: bool = False
    # the sample the passage's heading (title) names, as read from it: while ``system`` is still that very sample,
    # the passage is about it only because its heading said so, not because the text has named it
    headed: MaterialSystem | None = None
    background: bool = False   # the last sentence was such general knowledge ("However, its …" goes on with it)
    # the roles the passage says its additives play ("TiH2 was selected as a catalyst for MgH2"), by formula:
    # the role of that additive in every sample of the passage (ingest/declared_roles.py; set for each sentence)
    declared: dict = field(default_factory=dict)
    # the transition metals the passage names as their compounds ('Ti-based compounds'): an additive written as one
    # of those symbols is the compounds (ingest/compound_kinds.py; set for each sentence)
    compounds: frozenset = frozenset()

    def enter(self, sent) -> None:
        """A new section or a new heading (``passage``) starts afresh: the system one passage
        is about is not what the next one measures."""
        section = getattr(sent, "section", None)
        paragraph = getattr(sent, "paragraph", None)
        passage = getattr(sent, "passage", None)
        if section != self.section or passage != self.passage:
            self.system, self.carried = None, False
            self.in_passage = PassageState(carbons=self.carbons.get((section, passage), []))
            # "## 2. Partially decomposed Li2B12H12": the sample a heading names is what its passage
            # is about until the text names one (a sample the text names always comes first)
            self.system = self.headed = heading_sample(getattr(sent, "heading", "") or "")
            # (the document's first heading is its title: general knowledge opens an abstract, not a section)
            self.opening = self.system is not None and not self.system.bare and passage == 1
            self.background = False
            # (the title's sample is the abstract's subject: named for the passage's first paragraph)
            self.system_paragraph = paragraph if self.system is not None else self.system_paragraph
        if paragraph != self.paragraph or section != self.section or passage != self.passage:
            if self.in_paragraph.pointed_alloy is not None and self.system is self.in_paragraph.pointed_alloy[0]:
                # (an alloy named only by 'this alloy' is not what the next paragraph is about: the sample before it)
                self.system, self.carried = self.in_paragraph.pointed_alloy[1:]
            self.in_paragraph = ParagraphState()
            if self.carried and self.system is not None:
                # a catalyst inferred for the paragraph's hydride stays in that paragraph
                self.system, self.carried = bare_sample(self.system), False
        self.section, self.paragraph, self.passage = section, paragraph, passage

    def named(self, system: MaterialSystem | None) -> None:
        """The sentence makes ``system`` what the text is about next."""
        if system is not self.system:
            self.system_paragraph = self.paragraph
        if system is None or self.system is None or host_formula(system) != host_formula(self.system):
            # (the phases formed belong to the sample the text was about)
            self.in_passage.formed, self.in_passage.phases = set(), set()
        self.system = system


_TITLE_WORD = re.compile(r"[A-Z][a-z]{3,}")


# "Mg–Ni alloys", "Mg–Cu intermetallics": elements joined by a dash before a plural noun of a family
_FAMILY_AFTER = re.compile(r"[\s-]+(?:based\s+)?(?:alloys|intermetallics|intermetallic\s+compounds|compounds|phases)\b", re.I)
_ELEMENT_ONLY = re.compile(r"[A-Z][a-z]?")


@per_document(maxsize=256)
def heading_sample(heading: str) -> MaterialSystem | None:
    """The sample a heading names ("LiNH2–LiH confined in CMK-3" → LiNH2–LiH@CMK-3), or None."""
    # (a title names its materials in words as often as by formula: "Catalytic effect of nickel on magnesium
    # hydride" — the mentions decide, not the look of a formula)
    if not heading:
        return None
    text = clean_text(heading).text
    ms = mentions(text)
    systems, baselines = samples(text, _systems(ms), ms, None)
    # (a title's capitalised word is no formula: 'Mg-Based Alloying' names no additive 'Based')
    hydro = [s for m, s in systems if _has_hydrogen(s) and m.start not in baselines
             and not any(a.term is None and _TITLE_WORD.fullmatch(a.text or "") for a in s.additives)
             and not any(_TITLE_WORD.fullmatch(u) for u in s.unresolved)]
    best = next((s for s in hydro if not s.bare), hydro[0] if hydro else None)
    if best is not None and any(s is best and _FAMILY_AFTER.match(text, m.end) for m, s in systems) \
            and all(_ELEMENT_ONLY.fullmatch(c.formula) and c.amount is None for c in best.components):
        return None   # "Hydrogenation of Mg–Ni alloys": a family of samples (Mg2Ni, Mg–10Ni …), none of them
    if best is not None:
        # "Enhanced dehydrogenation of LiAlH4 by NiCo2O4", "Effect of X and Y on the kinetics of MgH2": the
        # phrase structure of the title puts the additives into the hydride (ingest/title_sample.py); kept
        # when it reads more of them than the notations did
        read = title_sample(text, _systems(ms), ms, best)
        if read is not None and {a.formula for a in best.additives} < {a.formula for a in read.additives}:
            return read
    return best


def _hydrogen_only(system: MaterialSystem) -> bool:
    # (hydrogen with no part the ontology reads is no sample: the 'M' of 'M–H bonds' is a metal left unnamed)
    return system.host.formula in ("H2", "H", "D2") and not system.additives


# (compiled once: _systems reads every chemistry mention of every sentence through these)
_BOND = re.compile(r"[A-Z][a-z]?[-–][A-Z][a-z]?")
_CAPITAL = re.compile(r"[A-Z]")
_ISOTOPE_OR_RATE = re.compile(r"\d*(?:\.\d*)?[DT]|(?:\d*\.)?\d+C")   # (one way to read digits: no backtracking)
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


# "via B–O bonds", "the Mg–H bond": two atoms joined by a dash and named a bond, no material
_BOND_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?bonds?\b|\s+bonding\b", re.I)


def _is_bond(system: MaterialSystem) -> bool:
    """'Mg–H', 'B–H': a chemical bond written like a system, not a material."""
    parts = system.components
    return (len(parts) == 2 and any(c.formula in ("H", "D") for c in parts)) or any(
        _BOND.fullmatch(c.formula) for c in parts)


# "CB11H12 anions", "(BH4)- and (NH2)- anions", "Mg2+ ions": a formula named as an ion is a part of a
# material, not a sample a value could belong to
# ("lithium fast-ion conductivities": the ion conducted, named with the speed it moves at; "BH4 tetrahedra": the
# anion named by its shape)
# ("Mg deposition/dissolution", "Li plating/stripping": the metal a cell plates from its ions and strips again, the
# ion of a cell's figure, no sample; a lone "Mg deposition" stays one: a film deposited is a sample)
_ION_AFTER = re.compile(r"\s*(?:[0-9]?[+\-−–]\s+)?(?:(?:poly)?(?:anions?|cations?|ions)|tetrahedr(?:on|a)\b|(?:fast|rapid|superionic)[- ]ions?"
                        r"|(?:plating|stripping)(?:\s*[/–-]\s*(?:plating|stripping))?|deposition\s*[/–-]\s*dissolution"
                        r"|dissolution\s*[/–-]\s*deposition"
                        # ('calcium can be plated and stripped', 'Mg was reversibly deposited and dissolved': the same
                        # cycle said with verbs)
                        r"|(?:(?:can|could|may|is|are|was|were)\s+(?:be\s+)?)?(?:[a-z]+ly\s+)?(?:plated|deposited)\s+and\s+"
                        r"(?:stripped|dissolved))\b", re.I)
_ION_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def _without_ions(text: str, found: list) -> list:
    """``found`` without the mentions the text names as ions, a coordinated list of them included
    ('X and Y anions'); the ion word must follow the formula (or the list) directly."""
    ions: set[int] = set()
    for k in range(len(found) - 1, -1, -1):
        m = found[k][0]
        if _ION_AFTER.match(text, m.end) or k + 1 < len(found) and found[k + 1][0].start in ions \
                and _ION_LIST_GAP.fullmatch(text, m.end, found[k + 1][0].start):
            ions.add(m.start)
    return [x for x in found if x[0].start not in ions] if ions else found


@per_document(maxsize=4096)
def _host_only(formula: str) -> MaterialSystem | None:
    try:
        return parse_system(formula, strict=False)
    except (SystemParseError, ValueError):
        return None


def _named_support(s: MaterialSystem) -> bool:
    """A support named in words that carries additives of its own ('carbon aerogel–Pd', as 'CAs-Pd' reads once
    the text defined 'CAs'): a sample, whose name has no capital, unlike a class word ('metal')."""
    if s.bare or not s.host.term:
        return False
    vocab = vocabulary()
    return s.host.term in vocab and bool(vocab.get(s.host.term).support_strategy) and not vocab.children(s.host.term)


def _systems(ms: list[Mention], members: dict | None = None) -> list[tuple[Mention, MaterialSystem]]:
    out = []
    for m in ms:
        if m.kind not in (SYSTEM_LABEL, "Material"):
            continue
        s = as_member(m, material_system(m), members or {})
        if s is None or _hydrogen_only(s) or _is_bond(s) or not (_CAPITAL.search(s.host.formula) or _named_support(s)) \
                or _ISOTOPE_OR_RATE.fullmatch(m.text) \
                or not m.term and _PLURAL_ACRONYM.fullmatch(m.text) \
                or any(f.endswith("-based") for f in s.part_formulas):
            continue  # class words ("metal", "Li/Mg-based") name kinds of material, not a sample; an
            # acronym in the plural ("SEs", "NPs") is no formula of sulfur with einsteinium
        out.append((m, s))
    return out


# "with 80Li2S–20P2S5 glass as electrolyte", "using Li3PS4 as the solid electrolyte": the cell's other part
_AS_ELECTROLYTE_AFTER = gated(re.compile(r"\s*(?:[a-z][\w-]*\s+){0,2}as\s+(?:the\s+|an?\s+)?(?:solid[- ]state\s+|solid\s+)?"
                                   r"electrolytes?\b", re.I))
_INTERFACE_AFTER = gated(re.compile(r"\s*(?:inter(?:face|phase)s?|heterointerfaces?|boundar(?:y|ies))\b", re.I))


def _reactant(text: str, m: Mention, s: MaterialSystem) -> tuple[Mention, MaterialSystem]:
    """The reactant side of an equation ('Li3AlH6 + 3Li → …') is its hydride: the lithium (or electrons)
    it reacts with is what the electrode takes up, no part of the sample. A partner the equation shows forming a
    compound with the hydride while hydrogen is given off ('2MgH2 + Si → Mg2Si + 2H2', 'LiH + Al → LiAl + 1/2H2')
    is the sample's reactant: it stays, in that role."""
    if s.bare or not arrow_at(text, m.end):
        return m, s
    if any(m.start <= at < m.end for at, _, _ in reacting_partners(text)):
        return m, with_declared_roles(s, declared_roles([(f, role) for at, f, role in reacting_partners(text)
                                                         if m.start <= at < m.end]))
    hydrides = [c.formula for c in s.components if hydride_like(c.formula)]
    alone = system_of(hydrides[0]) if len(hydrides) == 1 else None
    return (m, alone) if alone is not None else (m, s)


def _test_cell(text: str, m: Mention, s: MaterialSystem) -> bool:
    """A cell named by its electrodes ("a Li–TiS2 cell built with it keeps 95 %"): the values are the
    tested sample's (the electrolyte the paragraph is about), not a system of lithium with TiS2; so is
    a boundary between two materials, or a hydride-free electrolyte the tested electrode is paired with."""
    if _INTERFACE_AFTER.match(text, m.end) and len(s.components) > 1 and "/" in m.text and "@" not in m.text:
        return True  # "the Mg/LiH interface", "the MgH2/electrolyte interface": a boundary, no sample
    if _AS_ELECTROLYTE_AFTER.match(text, m.end) and not any("H" in formula_symbols(c.formula)
                                                           for c in s.components):
        return True  # a hydride-free electrolyte the tested electrode is paired with, not the sample
    return electrodes_only(text, m.start, m.end, s)


def _electrolyte_side(text: str, m: Mention, s: MaterialSystem) -> tuple[Mention, MaterialSystem]:
    """"the resistance of the Li/LiBH4 interface": a boundary between a hydride and the metal of its own cation (the
    electrode of a cell it conducts in) is the hydride's — the electrolyte between a cell's electrodes is the system,
    the electrode no component; any other boundary ('the Mg/LiH interface' inside a sample) stays no sample, as
    ``_test_cell`` has it."""
    if not (_INTERFACE_AFTER.match(text, m.end) and len(s.components) == 2 and "/" in m.text and "@" not in m.text):
        return m, s
    hydrides = [c for c in s.components if "H" in formula_symbols(c.formula)]
    metals = [c for c in s.components if c not in hydrides and len(symbols := formula_symbols(c.formula)) == 1
              and not symbols & NONMETALS]
    if len(hydrides) != 1 or len(metals) != 1 or not formula_symbols(metals[0].formula) <= formula_symbols(
            hydrides[0].formula):
        return m, s
    side = system_of(hydrides[0].formula)
    return (m, side) if side is not None else (m, s)


def _beside_the_electrode(systems: list[tuple[Mention, MaterialSystem]], text: str) -> list[tuple[Mention, MaterialSystem]]:
    """"MgH2 … with LiBH4 as the solid electrolyte": a hydride electrolyte named as the cell's part beside
    another hydride sample is the cell, not the sample (alone, "Li4(BH4)3I as the electrolyte" is the
    paper's sample, as ``_test_cell`` has it)."""
    part = [x for x in systems if _AS_ELECTROLYTE_AFTER.match(text, x[0].end)
            and not any(mixed_into(text, y[0], x[0]) for y in systems)]   # "MgH2 mixed with LiBH4 as …": in the electrode
    if not part:
        return systems   # (most sentences name no electrolyte so: their samples' hydrogen is not asked for)
    rest = [x for x in systems if x not in part and _has_hydrogen(x[1])]
    return [x for x in systems if x not in part] if rest else systems


# "275 °C (T-onset) for pure Mg(BH4)2", "45.9 kJ/mol (Ea) of bulk MgH2": a symbol or label in brackets right
# after a value, with no number, no sample and no word of one, says what the value is; what it is of follows it
_VALUE_LABEL = re.compile(r"\s*\(\s*[A-Za-z][A-Za-z.\-_ ]{0,14}\)")
_SAMPLE_WORD = re.compile(rf"\b(?:{BASELINE_WORDS}|{SAMPLE_NOUNS})\b", re.I)


def _unlabelled(text: str, g: Group, systems, raw=()) -> str:
    """The text with the label bracket right after value g blanked (offsets kept), else the text (a bracket
    naming a material, "(with graphene)", is no label)."""
    m = _VALUE_LABEL.match(text, g.end)
    if m is None or _SAMPLE_WORD.search(m.group(0)) or any(g.end <= x.start < m.end() for x, _ in systems) \
            or any(g.end <= x.start < m.end() and x.kind == "Material" for x in raw):
        return text
    return text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]


def _subject(text: str, g: Group, systems: list[tuple[Mention, MaterialSystem]], taken: list[tuple[int, int]],
             ctx: Context, raw: list[Mention] | None = None, bare_named: bool = False) -> MaterialSystem | None:
    """The system a value belongs to (see ``_subject_of``), made bare where the words around the value
    name the unmodified sample (``bare_named``, ``_bare_reference``: "(bulk: 176 kJ/mol)", "… for the undoped
    borohydride") or take an additive out ("(0.47 eV without SiO2)")."""
    text = _unlabelled(text, g, systems, raw or ())
    s = _subject_of(text, g, systems, taken, ctx, raw)
    if s is not None and (electrolyte := _cell_electrolyte_instead(g, ctx, s)) is not None:
        ctx.cues.append("system:cell-electrolyte")
        return electrolyte
    if s is not None and g.key == "film_thickness":
        s = _covered(text, g, s, raw)
    if s is not None and "value:cover-thickness" in g.cues:
        s = _cover_after(text, g, s, raw)
    if s is not None:
        # "… 7.1 wt% when doped with NbF5, but only 2.5 wt% without it": the sample the words right after
        # the value make of the subject (with an additive, or without its additives)
        s = with_or_without(text, g, s, systems, raw or ())
    if s is None or s.bare:
        return s
    if bare_named:
        # "…, whereas the graphene-free sample released …": without what the word names, the rest kept
        free = _NAMED_FREE.search(text, max(0, g.start - 80), g.start)
        lacked = free_of(free.group(1)) if free is not None else None
        return (sample_without(s, lacked) if lacked is not None else None) or bare_sample(s)
    # ("(0.47 eV without SiO2)", "against 1.2 wt% without Nb2O5": only an additive of the sample is taken away,
    # so "7 wt% without degradation" keeps it whole)
    without = _WITHOUT.match(text, g.end) or _fronted_without(text, g)
    if without:
        gone = _host_only(without.group("add").rstrip("."))
        parts = s.name.split("–")
        kept = [p for p in parts[1:] if gone is None or (_host_only(p) or s).host.formula != gone.host.formula]
        if len(kept) < len(parts) - 1 and "@" not in s.name:
            return _host_only("–".join(parts[:1] + kept)) or s
    return s


_CLAUSE_TURNS = re.compile(rf"\b{CONTRAST_CONJUNCTION}\b|;", re.I)


def _fronted_without(text: str, g: Group) -> re.Match | None:
    """The fronted 'Without X,' of the clause the value is in, else None."""
    fronted = FRONTED_WITHOUT.match(text)
    return fronted if fronted is not None and not _CLAUSE_TURNS.search(text, fronted.end(), g.start) else None


# between a size and the material it describes: "5 nm Nb", "25 nm-thick Pd", "a 100 nm thin Pd layer"
_DESCRIBED_GAP = re.compile(r"-?[a-z]*\s*|\s+(?:thin|thick)\s+")


def _covered(text: str, g: Group, s: MaterialSystem, raw: list[Mention] | None) -> MaterialSystem:
    """'… covered with a 12 nm Pd cap': a thickness said of a cover put on the sample (a material other
    than its host, before a coating/shell/cap noun) is the coated sample's coating thickness."""
    for m in raw or []:
        if m.kind in (SYSTEM_LABEL, "Material") and 0 <= m.start - g.end <= 8 \
                and _DESCRIBED_GAP.fullmatch(text, g.end, m.start) \
                and (_COVER_AFTER.match(text, m.end) or _COVER_NAMED.search(m.text)):   # "Pd layer": one mention
            cover = material_system(m)
            if cover is not None and not _has_hydrogen(cover) and host_formula(cover) != host_formula(s):
                g.key = "coating_thickness"
                return plus_additive(s, cover)
    return s


def _cover_after(text: str, g: Group, s: MaterialSystem, raw: list[Mention] | None) -> MaterialSystem:
    """'The Mg layer was protected with 7 nm of Ti': the cover a covering participle names right after its
    thickness (value_roles.cover_thickness) is an additive of the covered sample ``s``."""
    for m in raw or []:
        if m.kind in (SYSTEM_LABEL, "Material") and m.start >= g.end and COVER_GAP.fullmatch(text, g.end, m.start):
            cover = material_system(m)
            if cover is not None and not _has_hydrogen(cover) and host_formula(cover) != host_formula(s) \
                    and host_formula(cover) not in {c.formula for c in s.components}:
                return plus_additive(s, cover)
            break
    return s


def _bare_reference(text: str, g: Group, systems, values: list[Group] = (), milled_here: bool = False) -> bool:
    """The words around the value name the unmodified sample without a formula ("(bulk: 176 kJ/mol)",
    "… for the undoped borohydride"). ``values``: the sentence's values; a bare phrase right after another of
    them is that value's ("185 °C for the undoped sample, 120 °C for the TiCl3-doped one": not the 120 °C's)."""
    after = _BARE_AFTER.match(text, g.end)
    before = _BARE_BEFORE.search(text, max(0, g.start - 60), g.start)
    if before is not None and any(v is not g and v.end <= before.start() and not text[v.end:before.start()].strip()
                                  for v in values):
        before = None
    found = (_BARE_LABELLED.search(text, max(0, g.start - 40), g.start)
             or _BARE_SUBSCRIPT.search(text, max(0, g.start - 30), g.start)
             or _BARE_COMPARED.search(text, max(0, g.start - 90), g.start)
             or _BARE_THAN.search(text, max(0, g.start - 90), g.start)
             or before
             or _BARE_SUBJECT.search(text, max(0, g.start - 80), g.start)
             or _BARE_VALUE.search(text, max(0, g.start - 50), g.start)
             or (after if after and not any(g.end <= m.start < after.end() for m, _ in systems) else None))
    # ("the milled composite" is the sample as made; "the uncoated composite" one of several parts: ``references``)
    # ("The milled MgH2 sample …" where each host was milled with its additive: that sample, ``milled_here``)
    return found is not None and not as_made(found.group(0)) and not composite_not_put_through(found.group(0)) \
        and not (milled_here and only_milled(found.group(0)))


# "Pure MgH2, in contrast, releases …": a contrast set off by commas right after the subject sets the subject
# against what came before, not against its own value
# the adverbs that set a clause against the one before ('in contrast', 'conversely'), one spelling for both readers
_CONTRAST_ADVERB = r"(?:(?:in|by)\s+contrast|conversely|on\s+the\s+other\s+hand)"
_CONTRAST_ASIDE = re.compile(rf",\s*(?:{_CONTRAST_ADVERB}|however|for\s+comparison),", re.I)


def _past_aside(text: str, pos: int) -> int:
    aside = _CONTRAST_ASIDE.match(text, pos)
    return aside.end() if aside else pos


# "bulk MgH2": a mention whose own words open with a word of the unmodified sample
_BARE_OPENING = re.compile(rf"{BASELINE_WORDS}\s", re.I)


def _named_bare_before(text: str, g: Group, subject: MaterialSystem, systems) -> bool:
    """The subject is named before the value with a word of the unmodified sample ("bulk MgH2 drops to 150
    mAh/g"): what it drops to is its own value, not what a modification gave."""
    return any(s is subject and m.end <= g.start and (_NAMED_BARE.search(text, max(0, m.start - 30), m.start)
                                                      or _BARE_OPENING.match(m.text))
               for m, s in systems)


def _closed_before(text: str, m: Mention, g: Group) -> bool:
    """The mention sits in brackets that close before the value ("(as-received LiAlH4: 153 °C) and
    released 7.1 wt%"): a reference set aside, not what the value after the brackets measures."""
    opened = text.rfind("(", 0, m.start)
    return opened >= 0 and ")" not in text[opened:m.start] and ")" in text[m.end:g.start] \
        and not cell_bracket(text, opened)   # ('half cells (Li | LiBH4 | MgH2) showed …': the cell's layers)


def _compared_between(text: str, start: int, end: int) -> bool:
    """A comparison ('than', 'compared with', 'vs.') between ``start`` and ``end``; the 'vs.' of a potential's
    reference electrode ('(3.9 V vs. Na+/Na) of Na2B12H12–SiO2') compares nothing."""
    return _THAN_BETWEEN.search(text, start, end) is not None \
        and _THAN_BETWEEN.search(reference_electrodes_blanked(text, start, end), start, end) is not None


def _aside(text: str, g: Group, m: Mention) -> bool:
    """The mention sits in brackets opened after the value ("conducts 0.35 mS/cm (LiBH4 alone: …)")."""
    opened = text.rfind("(", g.end, m.start)
    return opened >= 0 and ")" not in text[opened:m.start]


# "(195 °C vs. 305 °C)", "75.6 versus 155.2 kJ/mol": two values set against each other, the first the
# sentence's sample's, the second its reference's
_VERSUS_NEXT = re.compile(rf"\s*(?:H2\s*)?{VERSUS}(?=\d)", re.I)
_VERSUS_BEFORE = re.compile(rf"\d[^\d(),;]{{0,25}}?\s{VERSUS}$", re.I)
_VERSUS_OPENS = re.compile(rf"\(\s*{VERSUS}$", re.I)   # "(vs. 4.3 wt% for …)"


def _with_listed(text: str, usable, compared):
    """``compared`` and the materials listed right after one of them ("exceeds those of NaNH2 and NaBH4"):
    the comparison word stands before the list's first member only, and every member is a reference."""
    out = list(compared)
    for m, s in sorted(usable, key=lambda x: x[0].start):
        if (m, s) not in out and any(c.end <= m.start and _LIST_GAP.fullmatch(text, c.end, m.start) for c, _ in out):
            out.append((m, s))
    return out


def _versus_subject(text: str, g: Group, usable, ctx: Context, systems=(), raw=()) -> MaterialSystem | None:
    """The system of a value set against another by 'vs.'/'versus': the first value is the sentence's
    modified sample's, the second the reference's — the bare host the sentence compares with ("Compared with
    pristine MgH2, the MgH2–FeCoNi composite shows a lower onset (195 °C vs. 305 °C)") or names right after
    the second value ("… 75.6 versus 155.2 kJ/mol for pristine MgH2"). None when the sentence names no
    such pair of systems (the other readers decide)."""
    first = _VERSUS_NEXT.match(text, g.end) is not None
    second = _VERSUS_BEFORE.search(text, max(0, g.start - 40), g.start) or _VERSUS_OPENS.search(
        text, max(0, g.start - 12), g.start)
    if not first and not second:
        return None
    after = _FOR_NEXT.match(text, g.end) if not first else None
    # (the sample named in a comparison aside may be no system of the sentence's: read from its mention)
    named_after = None if after is None else next((s for m, s in systems if m.start == after.end()), None) or next(
        (material_system(m) for m in raw if m.start == after.end() and m.kind in (SYSTEM_LABEL, "Material")), None)
    if named_after is not None:
        ctx.cues.append("system:versus")
        return named_after   # "(vs. 4.3 wt% for MgH2–Co)": the value set against is the sample named for it
    references = [s for m, s in usable if s.bare and (
        _compared_just_before(text, m.start) or _NAMED_BARE.search(text, max(0, m.start - 30), m.start))]
    reference = references[0] if references else None
    samples = [s for _, s in usable if not s.bare]
    sample = samples[-1] if samples else ctx.system if ctx.system is not None and not ctx.system.bare else None
    if reference is None or sample is None or host_formula(reference) != host_formula(sample):
        return None
    ctx.cues.append("system:versus")
    return sample if first else reference


# "The sample containing TiF3 releases 8.5 wt%, whereas the sample without TiF3 releases 6.8 wt%": a sample named
# by what it lacks between an additive and a value is the value's sample — the additive said before it is not
# put into it (ingest.referents reads the phrase: the passage's sample without that additive)
_LACKING_SAMPLE = re.compile(rf"\b(?:{SAMPLE_NOUNS})\s+{LACKING}\s+{NO_DECLINE}", re.I)


def _cued_additive(text: str, m: Mention) -> bool:
    """Is ``m`` said as an additive put into a sample ('with 5 wt% X', 'X-doped', 'in the presence of X', 'when X
    was added')?"""
    if _THAT_WITH.search(text, max(0, m.start - 40), m.start):
        return False   # ("the one with Co": the additive names a sample of its own, ``_that_with``)
    return bool(may_cue_additive(text) and ADDITIVE_CUE.search(text[max(0, m.start - 40):m.start])
                or additive_after(text, m.end) or ADDED_PASSIVE.match(text, m.end))


def _doped_in(text: str, m: Mention, s: MaterialSystem) -> bool:
    """Is ``m`` a material (no hydride) put in by a transitive gerund before it ('for doping Ti2C', 'after adding
    5 wt% V')? (The hydride after such a gerund is the one doped: 'doping MgH2 with Ti'.)"""
    return not _has_hydrogen(s) and _DOPING_GERUND.search(text, max(0, m.start - 40), m.start) is not None


def _formulation(m: Mention, s: MaterialSystem) -> bool:
    """Is ``m`` a sample written as its parts' mass fractions ('75 wt% LiAlH4, 15 wt% Super P and 10 wt% PVDF',
    ingest.electrode_formulations)? Its first fraction is read as a number of the sentence too, but the mention is
    the sample, not that number."""
    return len(s.components) > 2 and all(c.amount is not None and c.amount.unit == "wt%" for c in s.components)


def _without_c_rates(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions without the materials read inside a C-rate the sentence writes ('C/10', '2C', '0.5 C': the
    capacity charged per hour, read as a number in 1/h), which name no carbon."""
    rates = [(n.start, n.end) for n in numbers(text) if n.unit == _PER_HOUR]
    # ('0.1Li h−1': lithium taken up per formula unit and hour, a galvanostatic rate)
    if "Li" in text:   # (a text without the rate's own letters writes none)
        rates += [(r.start(), r.end()) for r in _LITHIUM_PER_HOUR.finditer(text)]
    if not rates:
        return ms
    def core(m: Mention) -> tuple[int, int]:   # (the mention without the bracket it may be written in: '(2C)')
        inner = m.text.strip("() ")
        start = m.start + m.text.find(inner)
        return start, start + len(inner)

    return [m for m in ms if not (m.kind in (SYSTEM_LABEL, "Material")
                                  and any(a <= core(m)[0] and core(m)[1] <= b + 1 for a, b in rates))]


_PER_HOUR = "1/h"
# (its first character looked at before the look-behind: the engine passes the letters at once)
_LITHIUM_PER_HOUR = re.compile(r"(?=[\d.])(?<![\w.])\d*\.?\d+\s?Li\s?h\s?(?:−|-|\^-|\^−)1\b")


def _cell_electrolyte_instead(g: Group, ctx: Context, anode: MaterialSystem | None = None) -> MaterialSystem | None:
    """A value only an electrolyte has (an ionic conductivity, a transference number) in a sentence that names no
    sample, after a passage about an anode it named a cell's electrolyte for ('a MgH2 anode, a 3LiBH4–LiI
    electrolyte and …'. 'The electrolyte conductivity was …'): that electrolyte's, not the anode's; so too
    where the value was read as ``anode``'s in the very sentence naming the cell ('MgH2 anode; LiBH4
    electrolyte; electrolyte conductivity 1 mS/cm')."""
    electrolyte = ctx.in_passage.electrolyte
    system = anode or ctx.system
    if electrolyte is None or system is None or not g.key:
        return None
    if set(vocabulary().property(g.key).applications) != {_ELECTROLYTE}:
        return None
    host = host_formula(system)
    return electrolyte if anode_material(host) and not electrolyte_not_anode(host) else None


# "LiAlH4 is added to MgH2 owing to its low onset temperature (~150 °C)": a causal phrase on the subject's own
# property ('because of its …') gives the subject's value, not that of the sample the subject is put into
_ITS_CAUSE = re.compile(r"\b(?:because\s+of|owing\s+to|due\s+to|thanks\s+to)\s+its\s", re.I)
# (the phrase ends where a clause of its own starts: "… owing to its catalysis, giving 200 °C")
# (the verbs: EffectVerb's lowering, enabling and showing verbs, HydrogenProcessVerb's release and uptake verbs, by
# their beginnings, and a few of leading to a result)
_ITS_CLAUSE_STEMS = sorted({*(w.removesuffix("*").lower() for scheme, concepts in (
    ("EffectVerb", ("LoweringStem", "EnablingStem", "ShowingStem")), ("HydrogenProcessVerb", ("ReleaseVerb", "UptakeVerb")))
    for c in concepts for w in vocabulary().scheme_words(scheme, c)), "lead", "giv", "result", "reach", "deliver"},
    key=lambda w: (-len(w), w))
_ITS_PHRASE_ENDS = re.compile(r"[;:]|,\s+and\s+(?:the|it|this|these)\b|\b(?:that|whereas|while|but|than|compared|vs|versus|"
                              rf"(?:{'|'.join(map(re.escape, _ITS_CLAUSE_STEMS))})(?:es|s|ing))\b", re.I)


def _its_cause_subject(text: str, g: Group, usable: list[tuple[Mention, MaterialSystem]]) -> MaterialSystem | None:
    """The sentence's subject, bare, when the value sits in a causal phrase on its own property ('X is used in
    Y–X owing to its capacity of 10.5 wt%'): no material named between the 'its' and the value."""
    causes = list(_ITS_CAUSE.finditer(text, 0, g.start)) if "its" in text else []
    cause = causes[-1] if causes else None   # (the last before the value: the phrase the value sits in)
    if cause is None or _ITS_PHRASE_ENDS.search(text, cause.end(), g.start) \
            or any(cause.end() <= m.start < g.start for m, _ in usable):
        return None
    subject = next(((m, s) for m, s in usable if m.end <= cause.start()), None)
    if subject is None or not subject[1].bare or not _SUBJECT_LEAD.fullmatch(text, 0, subject[0].start):
        return None
    return subject[1]


def _starts_in(m: Mention, start: int, end: int) -> bool:
    """The mention starts inside the quantity at start..end (a unit's word read as a material, '5 nm Nb'), other than
    one that opens with that quantity as its own part's loading ('5 wt% Ni–MgH2', ingest.nlp)."""
    return start <= m.start < end and not (m.start == start and m.end > end and m.text[:1].isdigit())


def _subject_of(text: str, g: Group, systems: list[tuple[Mention, MaterialSystem]], taken: list[tuple[int, int]],
                ctx: Context, raw: list[Mention] | None = None) -> MaterialSystem | None:
    """The system a value belongs to.

    A material right after the unit ("5 nm Nb particles") is described by it; otherwise the nearest
    hydrogen-bearing system before the value (else after it, else the paragraph's), joined with an
    additive named between it and the value ("LiBH4 catalysed by TiF3 shows …" → LiBH4–TiF3).
    """
    usable = [(m, s) for m, s in systems if (not any(_starts_in(m, a, b) for a, b in taken) or _formulation(m, s))
              and not (m.end <= g.start and _closed_before(text, m, g))
              # "(0.01 mS/cm in the absence of SiO2)": what a sample is said to lack is never a value's subject
              and not (not _has_hydrogen(s) and LACKED_BEFORE.search(text, max(0, m.start - 30), m.start))]
    if (cause := _its_cause_subject(text, g, usable)) is not None:
        ctx.cues.append("system:its-cause")
        return cause
    clause = own_clause(text, g, usable)
    in_place = _additive_in_place(text, g, clause, usable) if clause is not usable else None
    if in_place is not None:
        ctx.cues.append("system:in-place")
        return in_place
    usable = clause
    if (built := built_of_sized(text, g, raw or [], _has_hydrogen_or_storing)) is not None:
        ctx.cues.append("system:built-of-sized")
        return built   # "CeO2 spheres assembled from 10 nm particles … with MgH2": CeO2's size, not the sample's
    if (formed := formed_in_situ_sized(text, g, raw or [], _has_hydrogen_or_storing)
            or formed_phase_sized(text, g, raw or [], ctx.in_passage.phases, _has_hydrogen_or_storing)) is not None:
        ctx.cues.append("system:additive-sized")
        return formed   # "VTi crystallites formed in situ, about 6 nm across": VTi's own size
    paired = _versus_subject(text, g, usable, ctx, systems, raw or [])
    if paired is not None:
        return paired
    scaffolded = _in_named_scaffold(text, g, raw or [], ctx) if " for " in text or " in " in text else None
    if scaffolded is not None:
        ctx.cues.append("system:scaffold-after")
        return scaffolded
    for m in raw or []:  # "5 nm Nb particles embedded in Mg": the size is Nb's, though Nb is Mg's additive
        if m.kind in (SYSTEM_LABEL, "Material") and 0 <= m.start - g.end <= 8 \
                and _DESCRIBED_GAP.fullmatch(text, g.end, m.start) and not any(o.start == m.start for o, _ in systems):
            own = material_system(m)
            if own is not None and own.bare and not _has_hydrogen(own) and re.search(
                    rf"^\s*(?:nano)?{_PARTICLES_OR_GRAINS}s?\b", text[m.end:]):
                return _within_context(own, ctx)
    if g.key in _SCAFFOLD_KEYS:
        for m in raw or []:  # "LiBH4 into MCM-41 (pore diameter 2.7 nm) and SBA-15 (pore diameter 7.1 nm)"
            if m.end <= g.start and _OWN_BRACKET.fullmatch(text, m.end, g.start):
                confined = _confined_in(m, systems)
                if confined is not None:
                    ctx.cues.append("system:scaffold-described")
                    return confined
    if g.key in _SIZE_KEYS:
        for m in raw or []:  # "when the size of MgO decreases from 163.6 to 13.9 nm": the named material's own size
            if m.kind in (SYSTEM_LABEL, "Material") and m.end <= g.start \
                    and _SIZE_OF_BEFORE.search(text, max(0, m.start - 40), m.start) \
                    and _SIZE_VERB_TO_VALUE.fullmatch(text, m.end, g.start):
                own = next((s for o, s in systems if o.start == m.start), None) or material_system(m)
                if own is not None and own.bare and not _has_hydrogen(own):
                    ctx.cues.append("system:size-of")
                    return own
    if g.key in _OWN_MATERIAL_KEYS:
        for m in raw or []:  # "Nb2O5 nanosheets (thickness 3–5 nm)", "the MgO (surface area 130 m2/g)"
            if m.kind in (SYSTEM_LABEL, "Material") and m.end <= g.start \
                    and ((_OWN_BRACKET.fullmatch(text, m.end, g.start) or _OWN_PHRASE.fullmatch(text, m.end, g.start)
                          or g.key in _SIZE_KEYS and _BARE_BRACKET.fullmatch(text, m.end, g.start)
                          or g.key in _POROSITY_KEYS and _OWN_SURFACE.fullmatch(text, m.end, g.start)
                          and not any(m.end <= o.start < g.start and _has_hydrogen(y) for o, y in systems))
                         and not _added_before_main_verb(text, m, g)
                         or _PARTICLES_OF.fullmatch(text, m.end, g.start) and _sized_alone(m, systems)):
                own = next((s for o, s in systems if o.start == m.start), None) or material_system(m) \
                    or _part_alone(m, systems)
                if own is not None and own.bare and not _has_hydrogen(own):
                    ctx.cues.append("system:described")
                    return own
    for m, s in usable:
        if 0 <= m.start - g.end <= 8 and _DESCRIBED_GAP.fullmatch(text, g.end, m.start):
            ctx.cues.append("system:described")
            # "5 nm Nb particles", "25 nm-thick Pd coating" (a coating, layer or shell of the sample is the sample's)
            coating = bool(_COATING_AFTER.match(text, m.end))
            own = _within_context(s, ctx, coating=coating)
            if g.key in ("film_thickness", "coating_thickness") and not _has_hydrogen(s) \
                    and (_COVER_AFTER.match(text, m.end) or _COVER_NAMED.search(m.text)
                         or "value:cover-thickness" in g.cues):
                # "protected by an 8 nm Ti overlayer", "a 25 nm Pd cap", "covered by 10 nm Pd": the cover's thickness
                # is a coating thickness of the coated sample (the sentence's hydride, else the paragraph's)
                stores = [(x, y) for x, y in systems if _has_hydrogen(y) or storage_hydride(y.host.formula) is not None]
                coated = own if own is not s else next(
                    (y for x, y in reversed(stores) if x.end <= m.start), None) or next(
                    (y for x, y in stores if x.start > m.start), ctx.system)
                if coated is not None and host_formula(coated) != host_formula(s):
                    g.key = "coating_thickness"
                    return plus_additive(coated, s)
            return own
    for m, s in usable:
        if m.end <= g.start and _has_hydrogen(s) and _RELATIVE_OF.fullmatch(text, m.end, g.start) \
                and not _formed_in_sample(text, m, usable):
            ctx.cues.append("system:relative")
            return s  # "Compared with bulk Mg(BH4)2, whose dehydrogenation peaks at 362 °C, …": the clause's own
        # (a bound written inside the bracket, "(less than 1.0 wt%)", "(no more than 2 wt%)", is the value's)
        bound = qualifier_start(text, g.start) if g.qualifier in ("<", ">", "<=", ">=") else g.start
        if m.end <= g.start and any(_IN_PARENTHESES.fullmatch(text, m.end, at) or _LABELLED.fullmatch(text, m.end, at)
                                    for at in {g.start, bound}):
            ctx.cues.append("system:bracketed")
            return s  # "than that of MgH2 (160 kJ/mol)", "(LiBH4: 0.4 mA cm−2)": the value is the mention's
        if m.start >= g.end and FOR_SYSTEM.fullmatch(text, g.end, m.start) \
                and (_COMPARISON.search(text[max(0, g.start - 30):g.start]) or bracket_of(text, g) is not None
                     and ")" not in text[g.end:m.start] or theoretical_before(text, g)):
            ctx.cues.append("system:compared-for")
            # "compared with 150 °C for pure LiAlH4", "(158.5 kJ/mol for MgH2)", "close to the theoretical
            # capacity of 3.6 wt% for Mg2Ni": the value of what the 'for' names, not of the sample studied
            return s
        if m.start >= g.end and s.bare and not _has_hydrogen(s) and _stores_hydrogen(s) \
                and _FOR_NEXT.fullmatch(text, g.end, m.start):
            # "The capacity is only 1.4 wt% for LaNi5" after MgH2 was milled with LaNi5: an alloy that stores
            # hydrogen of its own, named right after the value, is whose value it is (not the additive of the
            # passage's sample, as a catalyst named so is: "250 °C for Ni")
            ctx.cues.append("system:for")
            return s
    for m, s in usable:
        if m.start >= g.end and _LABEL_OPENS.fullmatch(text, g.end, m.start) and _LABEL_CLOSES.match(text, m.end):
            ctx.cues.append("system:bracketed-after")
            return s  # "from 118 kJ/mol (undoped NaAlH4) to 79 kJ/mol", "… to 79 kJ/mol (NaAlH4–CeCl3)": its label
    for m, s in usable:
        if m.start >= g.end and _has_hydrogen(s) and _OF_THAT_WITH.fullmatch(text, g.end, m.start):
            ctx.cues.append("system:for")
            return s   # "… and 640 K of that with MoS2": the sample the pronoun and its additive name
    # "falls to 68.2 kJ/mol for MgH2–5 wt% V2O5 and to 61.5 kJ/mol for MgH2–10 wt% Nb2O5": a value a
    # change reached, followed by the sample it is for
    # ("5.1 wt% for MgH2–Ni and 4.3 wt% for MgH2–Fe": each value with the sample named right after it)
    if _TO_VALUE.search(text, max(0, g.start - 20), g.start) or parallel_for(text, g):
        for m, s in usable:
            # (an alloy written for its hydride too: '300 mAh/g for Mg2Ni and 250 mAh/g for Mg2Ni0.7Mn0.3')
            if m.start >= g.end and _stores_hydrogen(s) and _FOR_NEXT.fullmatch(text, g.end, m.start):
                ctx.cues.append("system:for")
                return s
            # ("… was 250 °C for Ni and 300 °C for Fe" after "MgH2 was milled with different metals": a storage
            # value for a bare additive is the passage's sample holding it, or its host with it)
            if m.start >= g.end and _FOR_NEXT.fullmatch(text, g.end, m.start) and (held := sample_holding(
                    s, g.key, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives], ctx.system)) is not None:
                ctx.cues.append("system:for-additive")
                return held
    for m, s in usable if g.kind != "list" else ():   # (a list of values is paired with its samples elsewhere)
        if m.start >= g.end and _has_hydrogen(s) and _OBSERVED_IN.fullmatch(text, g.end, m.start):
            ctx.cues.append("system:observed-in")
            return s   # "the transition at 55 °C observed in the crystalline LiBH4·1/2NH3": that sample's value
    # "peaks at 395 °C for bulk LiBH4": the bare reference named right after the value is its subject
    # ("only 6.2 wt% hydrogen was released from 2LiBH4–MgH2", "2.1 wt% H2 evolved from Mg(NH2)2–2LiH": what a
    # verb says the hydrogen came from, right after the value, is the value's sample)
    given_off = " from " in text[g.end:g.end + 120]   # (cheap gate: few values have 'from' right after them)
    for m, s in usable:
        if given_off and m.start >= g.end and _has_hydrogen(s) and _GIVEN_OFF_FROM.fullmatch(text, g.end, m.start) \
                and _HYDROGEN_GAS.search(text, g.start, m.start):   # (the hydrogen named, in the unit or after it)
            ctx.cues.append("system:from")
            return s
        # (an adduct written with its molecule, 'of pristine LiBH4·NH3', is named bare all the same)
        # (a composite of hydrides named bare, 'for pristine 2LiNH2–MgH2', is its own bare sample too)
        if m.start >= g.end and _named_bare(s) and _has_hydrogen(s) and _FOR_BARE.fullmatch(text, g.end, m.start):
            ctx.cues.append("system:for")
            return s
        # "… against 3.2 wt% for Mg2Ni alone", "… 206 kJ/mol for MgH2 without oxide": named bare by what it lacks
        if m.start >= g.end and s.bare and (_has_hydrogen(s) or storage_hydride(s.host.formula) is not None) \
                and _FOR_ONLY.fullmatch(text, g.end, m.start) and LACKING_AFTER.match(text, m.end):
            ctx.cues.append("system:for")
            return s
    # "… and pristine LiBH4 only 2 × 10−8 S cm−1": a reference named right before its own value (a few
    # words, no clause break) is that value's subject, a baseline
    nearest = max((x for x in usable if x[0].end <= g.start), key=lambda x: x[0].end, default=None)
    named_bare = nearest and _NAMED_BARE.search(text, max(0, nearest[0].start - 30), nearest[0].start)
    if named_bare and _OWN_VALUE_GAP.fullmatch(text, nearest[0].end, g.start) \
            and not _SET_BELOW.search(text, max(0, named_bare.start() - 30), named_bare.start()):
        ctx.cues.append("baseline:named")
        return nearest[1]
    # "compared to X", "than that of X": the reference a value is set against is not its subject
    named = [(m, s) for m, s in usable if _compared_just_before(text, m.start)
             or m.end <= g.start and s.bare and _COMPARED_OBJECT.search(text, max(0, m.start - 60), m.start)]
    compared = _with_listed(text, usable, named)
    # (an additive the sentence puts in before the value, 'With 5 wt% TiF3 present, …', is no subject of its own:
    # the sample it names is the compared host's, modified — see the hosts after the value below)
    compared_after = any(x.start >= g.end for x, _ in compared)
    plain_before = [(m, s) for m, s in usable if (m, s) not in compared and m.end <= g.start
                    and not (compared_after and not _has_hydrogen(s) and _cued_additive(text, m))]
    if plain_before:  # otherwise the compared one is what the value is about ("bulk MgH2, which …")
        usable = [x for x in usable if x not in compared]
    elif compared and ctx.system is not None and all(m.end <= g.start for m, _ in compared) \
            and (re.search(r"\blike\b", " ".join(text[max(0, m.start - 25):m.start] for m, _ in compared))
                 or all(_COMPARED_OBJECT.search(text, max(0, m.start - 60), m.start) or (m, s) not in named
                        for m, s in compared)):
        # "just like the effect of KH", "It showed smaller polarization than pristine MgH2 and delivered
        # 1210 mAh/g": the reference of a comparison; the value is the paragraph's sample's
        usable = [x for x in usable if x not in compared]
    elif compared and ctx.system is not None and not ctx.system.bare \
            and all(m.start >= g.end and host_formula(s) == host_formula(ctx.system) for m, s in compared):
        # "the desorption enthalpy is 71.2 kJ/mol, slightly below that of bulk MgH2 (74.5 kJ/mol)": the
        # reference comes after the value, which is the paragraph's modified sample's
        usable = [x for x in usable if x not in compared]
    if ctx.system is not None:
        # "Compared to γ-Mg(BH4)2 and Mg(BH4)2·NH3, this electrolyte reaches …": the references of a
        # comparison clause before the value are not what the value is about
        leading = [(m, s) for m, s in usable if m.end <= g.start
                   and compared_before(text, m.start)
                   and "," in text[m.end:g.start]]
        if leading and not any(x not in leading and x[0].end <= g.start and _has_hydrogen(x[1]) for x in usable):
            usable = [x for x in usable if x not in leading]
    if ctx.system is not None and not ctx.system.bare:
        # "compared to MgH2 without any oxide, and the activation energy was 185 kJ/mol": the bare host set
        # apart by what it lacks ('without …', 'alone') is a reference; a value in a later clause is the sample's
        apart = [(m, s) for m, s in usable if m.end <= g.start and s.bare
                 and SET_APART_AFTER.match(text, m.end) and "," in text[m.end:g.start]]
        if apart and not any(x not in apart and x[0].end <= g.start and _has_hydrogen(x[1]) for x in usable):
            usable = [x for x in usable if x not in apart]
    # (a phase formed in the sample, said so here or earlier in the paragraph, is inside the sample)
    products = [(m, s) for m, s in usable if product_cue_before(text, m.start)
                or PHASES_AFTER_STEP.search(text, max(0, m.start - 80), m.start)
                # ('only Mg6Pd and Mg5Pd2 phases were left in the film, …': the phases a sample is found to hold)
                or _phase_found(text, m)
                or _reagent(text, m) or is_product(s, ctx.in_passage.products) or reformed_state(text, m, s, usable)
                or ctx.system is not None and hydride_like(host_formula(ctx.system)) and (
                    formed_after(text, m.end) or s.name in ctx.in_passage.phases and not _on_its_own(text, m))
                # ("In Ce-doped MgH2, CeH2.73 forms during milling and lowers …": formed in the sample the sentence names)
                or formed_after(text, m.end) and any(x is not m and not y.bare and _has_hydrogen(y) for x, y in usable)]
    # ("the in situ formation of LiH with an ionic conductivity of 10−7 S cm−1": a product given the value in
    # its own phrase is what the value is of)
    products = [x for x in products if not _OWN_VALUE_PHRASE.fullmatch(text, x[0].end, g.start)]
    if products and (ctx.system is not None or len(products) < len(usable)):
        usable = [x for x in usable if x not in products]  # "reduced to LiH and Al": not the subject
    # "… 4.8 wt% in 5 s, superior even to the Nb2O5 catalyst": a catalyst the sample is compared with is
    # another sample, not an additive of this one
    gerund = "oping" in text or "dding" in text   # (doping, Adding …: most sentences put nothing in by a gerund)
    additives = [(m, s) for m, s in usable if (_cued_additive(text, m) or gerund and _doped_in(text, m, s))
                 and not compared_before(text, m.start) and not POSSIBLE_BEFORE.search(text, g.end, m.start)
                 and not (m.start >= g.end and set_against_a_value(text, m.start, g.end))
                 and not (m.end <= g.start and _LACKING_SAMPLE.search(text, m.end, g.start))]
    # (an additive put into a hydride the sentence names after the value, "4.9 wt% was obtained from NaAlH4 doped
    # with Ce", is that hydride's: read with the hosts after the value below, not added to the paragraph's sample)
    if additives and ctx.system is not None and not any(_has_hydrogen(s) and (m, s) not in additives
                                                          for m, s in usable if m.end <= g.start) \
            and not any(_has_hydrogen(s) and (m, s) not in additives and g.end <= m.start < additives[-1][0].start
                        for m, s in usable):
        if (own := _own_of_several(text, g, additives, ctx.system)) is not None:
            ctx.cues.append("system:own-additive")
            return own
        ctx.cues.append("system:context-additive")
        m, added = additives[-1]
        joined = _at_written_loading(text, plus_additive(ctx.system, added), (m, added))
        if set_against_a_value(text, m.start):
            # "The onset is 200 °C, while doping with Fe2O3 gives 240 °C": a sample set against the paragraph's, made
            # with the new additive in place of its additives of the same part (else the paragraph's sample with it)
            return in_place_of_its_part(ctx.system, added) or joined
        if _GONE_AFTER.match(text, g.end) and _FRONTED_ADDING.match(text, 0, m.start):
            # "By adding MgO, the transition at 55 °C in the crystalline adduct disappears": a value the addition
            # does away with is the one of the sample before it
            ctx.cues.append("baseline:described")
            return unfilled_sample(joined)
        if OPENING_ADDITIVE.match(text, 0, m.start) and joined is not ctx.system:
            # 'Doping with Ti instead …' after NaAlH4–TiN: a new sample, the new additive in place of the earlier
            # ones of its part (a catalyst for a catalyst; LiBH4–LiI + 'Adding Al2O3 …' keeps the LiI)
            instead = in_place_of_its_part(ctx.system, added)
            if instead is not None:
                return _at_written_loading(text, instead, (m, added))
        return joined
    pos = g.start
    before = [(m, s) for m, s in usable if m.end <= pos]
    after = [(m, s) for m, s in usable if m.start >= pos and (m, s) not in additives
             and not (ctx.system is not None and (_SET_APART_BEFORE.search(text, g.end, m.start) or _aside(text, g, m)
                                                  or _compared_between(text, g.end, m.start)
                                                  or _NAMED_BARE.search(text, max(0, m.start - 30), m.start)))]
    hosts = [x for x in before if x not in additives]
    reference = _reference_after(text, g, systems)
    if reference is not None:
        ctx.cues.append("baseline:named")
        return reference
    if ctx.system is not None and not ctx.system.bare:
        # "… for bulk LiBH4, while the confined sample peaks at 332 °C": a bare reference set apart by
        # a contrast before the value is not what the value is about
        hosts = [(m, s) for m, s in hosts if not s.bare or not (
            _NAMED_BARE.search(text, max(0, m.start - 30), m.start)
            and _CONTRAST.search(text, _past_aside(text, m.end), qualifier_start(text, g.start)))]   # ('retains less than …': the value's bound)
    # "the hydrogenated Nd4Mg80Ni8 electrode": an alloy named as hydrogenated is a hydride here
    hydrided = {id(m) for m, _ in usable if re.search(r"\bhydrogenated\s+$", text[max(0, m.start - 15):m.start])}
    for pool in ([x for x in hosts if _has_hydrogen(x[1]) or id(x[0]) in hydrided
                  or _storage_alloy_named(x, text, ctx, usable)],
                 [x for x in hosts if not x[1].bare]):
        if pool:
            m, s = pool[-1]
            if m is not pool[0][0] and _SUBJECT_LEAD.fullmatch(text, 0, pool[0][0].start) \
                    and _IT_CLAUSE.search(text, m.end, g.start):
                # "X stabilises the phase of Y, and it shows 3 mS/cm": the pronoun of a coordinated clause takes up
                # the sentence's subject, not the material named last in the clause before
                m, s = pool[0]
            # "a TiO2@C catalyst": a supported catalyst is one additive, support and all
            # ("LiBH4 without TiO2 was 160 kJ/mol": what the host is said to lack is no additive of it)
            # ("… to 280 °C with Nb2O5 and 240 °C with TiF3": an additive said 'with' right after another value is
            # that value's sample's, not this one's)
            between = [y for x, y in before if x.start >= m.end and not _has_hydrogen(y)
                       and not LACKED_BEFORE.search(text, max(0, x.start - 30), x.start)
                       and not _said_after_other_value(text, x)
                       and not equipment_after(text, x.end)]   # ('heated in a Cu sample holder': no additive)
            # a sample already composed from the text (ingest.samples) takes no further guesses
            # (an alloy named alone, 'the Mg–Li alloy', is a host: what the sentence adds to it is its additive)
            unmodified = s.bare or alloy_alone(s)
            ctx.cues.append("system:sentence-joined" if between and unmodified else "system:sentence")
            if not unmodified:
                # "MgH2 grown on MXene sheets, with TiH2 formed in situ serving as catalyst …":
                # a material the sentence names as the sample's catalyst joins the composed sample
                for x, y in additives:
                    if m.end <= x.start and x.end <= g.start:
                        s = plus_additive(s, y)
                return s
            if between:
                return plus_additive(s, between[0])
            # "Introducing graphene as a support turned the LiBH4 rods into 20 nm particles": a material
            # the sentence adds before naming the bare host is that sample's additive
            added = _added_before(text, raw or [], m) or _added_after_value(text, g, additives, raw or [])
            if added:
                ctx.cues.append("system:sentence-additive")
                return with_additives(s, added)
            return s
    # ("… of the Mg phase is 74 kJ/mol, whereas single-phase Mg2NiH4 decomposes with …": a sample named in a
    # contrasting clause after the value is that clause's subject)
    hosts_after = [x for x in after if (_has_hydrogen(x[1]) or not x[1].bare
                                        or _storage_alloy_named(x, text, ctx, usable))
                   and not CONTRAST_CLAUSE.search(text, g.end, x[0].start)]
    if hosts_after:
        ctx.cues.append("system:after")
        m, s = hosts_after[0]
        # "4.9 wt% came from NaAlH4 doped straight with metallic Ce": the bare host named after
        # the value takes the additive its own clause adds to it right after it
        # (not a host named bare: 'from 172 kJ/mol on the clean MgH2 surface to 84 kJ/mol next to a Ti dopant')
        joined = next((y for x, y in additives if x.start >= m.end and y.bare and not _has_hydrogen(y)
                       and x.start - m.end <= 60 and not CLAUSE_BREAK.search(text, m.end, x.start)), None) \
            if not _NAMED_BARE.search(text, max(0, m.start - 30), m.start) else None
        if joined is None and s.bare and _COMPARED_OBJECT.search(text, max(0, m.start - 60), m.start):
            # "With 5 wt% TiF3 present, the activation energy fell to 70 kJ/mol, 31 kJ/mol below the milled NaAlH4":
            # the host named only as the reference, after the value, with the additive put in before it
            # (with the loading written before it: the sample of 'with 5 wt% TiF3' holds 5 wt%)
            put_in = next(((x, y) for x, y in reversed(additives) if x.end <= g.start and not _has_hydrogen(y)), None)
            if put_in is not None:
                ctx.cues.append("system:reference-modified")
                return with_additives(s, [(put_in[1].name, amount_before(text, put_in[0].start)[0])])
        return plus_additive(s, joined) if joined is not None and s.bare else s
    if g.key in _SIZE_KEYS and hosts and not any(_has_hydrogen(s) for _, s in usable):
        # "the CoO … forms particles of 1–2 nm": a size in a sentence about a material that stores no
        # hydrogen (and names no hydride) is that material's own, not the paragraph's sample's
        m, s = hosts[-1]
        # ("particles of 68 nm formed on the nickel substrate": what the particles grow on is not what is sized)
        if s.bare and not _names_class(s) and not _incidental(text, m) \
                and not SUBSTRATE_AFTER.match(text, m.end):
            ctx.cues.append("system:sized")
            return _within_context(s, ctx)
    if (sized := additive_sized(text, g, raw or [], ctx.system, _has_hydrogen_or_storing)) is not None:
        ctx.cues.append("system:additive-sized")
        return sized   # "The catalyst particles are about 20 nm": the additive's own size, not the sample's
    alloy = pointed_kind(text, ctx.in_passage.kinds, 0, g.start)
    if alloy is not None and (ctx.system is None or host_formula(ctx.system) != alloy.host.formula):
        # "… formed Mg5.5Ni0.5Cu. This alloy decomposes …, lowering the enthalpy to …": the alloy named last,
        # not the composite the paragraph was about before
        ctx.cues.append("system:alloy-referent")
        ctx.in_paragraph.pointed_alloy = (alloy, ctx.system, ctx.carried)
        return alloy
    if ctx.system is not None:
        # the paragraph's sample, joined by a material this sentence makes the actor ("Mulberry-like
        # CoB … achieves 10.4 wt%", "the element Ge can lower … to 130 °C"); a product, a reagent or
        # a material merely named after the value is no additive
        actors = [y for x, y in before if _ACTOR_AFTER.match(text, x.end) and not _names_class(y)
                  and not (not _has_hydrogen(y) and named_electrode(text, x))   # "Cells with InLi anodes achieve …"
                  and not _incidental(text, x) and not _FORMED.search(text[max(0, x.start - 20):x.start])
                  and not _product_of(y, ctx.system)]
        partner = described_partner(text, before) if not actors else None
        if partner is not None:
            # "A nanocomposite made of the ammine borohydride and MgO shows …": the passage's sample, with MgO
            ctx.cues.append("system:context-composite")
            return plus_additive(ctx.system, partner)
        if not actors and (electrolyte := _cell_electrolyte_instead(g, ctx)) is not None:
            ctx.cues.append("system:cell-electrolyte")
            return electrolyte
        ctx.cues.append("system:context-actor" if actors else "system:context")
        if actors and _SIMILARLY.match(text) and not ctx.system.bare:
            # "Similarly, the element Ge … lowers … to 130 °C" after MgH2–Si: Ge in place of Si, not with it
            return plus_additive(bare_sample(ctx.system), actors[0])
        if actors:
            # "the alloying of CoNi … to 130 °C" after "CoNi/NC was introduced": the supported catalyst named
            actor = next((x for x in ctx.in_paragraph.supported if x.host.formula == actors[0].host.formula and actors[0].bare),
                         actors[0])
            return plus_additive(ctx.system, actor)
        return ctx.system
    if before and all(x in additives for x in before):
        # "By adding MgO, the transition of pristine LiBH4·NH3 vanishes and the composite releases 10 wt%": what
        # the sentence adds is no host; the hydride it names (set apart as a reference) with it is the sample
        named = next((s for m, s in reversed(systems) if m.end <= g.start and _has_hydrogen(s)), None)
        if named is not None:
            ctx.cues.append("system:added-to-named")
            return plus_additive(named, before[-1][1])
        # "With 5 wt% TiF3, the energies fell to 70 and 92 kJ/mol; 31 and 22 kJ/mol below the milled NaAlH4": the
        # host named only as the reference, in a later clause, holds what the sentence put in before the value
        reference = next((s for m, s in systems if m.start >= g.end and _has_hydrogen(s) and s.bare
                          and _COMPARED_OBJECT.search(text, max(0, m.start - 60), m.start)), None)
        if reference is not None:
            ctx.cues.append("system:reference-modified")
            x, y = before[-1]
            return with_additives(reference, [(y.name, amount_before(text, x.start)[0])])
    for pool in (list(reversed(before)), after):
        if pool:
            ctx.cues.append("system:fallback")
            # ("Mg deposited on Ni foam absorbs …": a material put into or under another is not the one
            # measured, and a metal whose hydride the ontology knows is, before one it knows none of)
            pool = [x for x in pool if x not in additives] or pool
            return next((s for _, s in pool if hydride_like(host_formula(s))), pool[0][1])
    return None


# what a material's own description in brackets gives: its size, thickness or surface, not the sample's
# (a scaffold's pore size or wall thickness is said of the confined sample, as the dev set records it)
_OWN_MATERIAL_KEYS = ("particle_size", "film_thickness", "crystallite_size", "specific_surface_area", "pore_volume")
# a porous material's surface and pore volume per gram: said of the material the sentence gives them to
_POROSITY_KEYS = ("specific_surface_area", "pore_volume")
# "… at 55 °C observed in the crystalline X", "… seen for pristine X": the sample a value was observed in
_OBSERVED_IN = re.compile(r"\s*,?\s+(?:(?:that\s+)?(?:is|was|were)\s+)?(?:observed|seen|found|measured|detected|recorded)"
                          r"\s+(?:in|for|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?", re.I)
# the nouns of the pieces a size is said of (the ontology's ShapeNoun scheme, singular: 'nano' and 's' added here)
def _shapes(*concepts: str) -> str:
    return vocabulary().scheme_alternation("ShapeNoun", concepts)


_PARTICLES_OR_POWDER = _shapes("ParticleShapeNoun", "PowderShapeNoun")
_PARTICLES_OR_GRAINS = _shapes("ParticleShapeNoun", "GrainShapeNoun")
# "the (particle) size of MgO decreases from …", "the crystallite size of the TiO2 was …": a size said of a material
_SIZE_OF_BEFORE = re.compile(rf"\b(?:{SIZED_PIECE}\s+)?{SIZE_NOUN}\s+of\s+(?:the\s+)?$", re.I)
_SIZE_VERB_TO_VALUE = re.compile(rf"(?:\s+(?:nano)?{_PARTICLES_OR_POWDER}s?)?\s+(?:[a-z]+\s+){{0,2}}?"
                                 rf"(?:from|to|is|was|were|are|of|reaches|reached|{CHANGE_STEM}(?:e?s|e?d))"
                                 rf"\s+(?:from\s+)?{hedged(APPROXIMATING)}?", re.I)
# the words that bound a number ('below', 'less than', 'over'): no label of a size in a bracket ('near' too, which hedges
# a number only there: elsewhere it places a thing, 'near the surface')
_BOUND = bound(*BOUND_BELOW, *BOUND_ABOVE)
# ("ZrO2 nanoparticles (5–10 nm)": after the particles' noun the bracket may hold the size alone — of particles, not
# of a support's spheres or sheets, which the hydride in them may be sized by)
# ("the Ni particles, 5–10 nm in size, …": the size set off by a comma after the particles' noun is theirs too)
_OWN_BRACKET = re.compile(rf"(?:\s+(?:nano)?{_PARTICLES_OR_POWDER}s?\s*(?:\(|,)\s*"
                          rf"{hedged(APPROXIMATING)}?|"
                          rf"(?:\s+(?:nano)?{_shapes('ParticleShapeNoun', 'PowderShapeNoun', 'ExtendedShapeNoun')}s?)?\s*\(\s*(?:(?:average|mean|typical|BET|specific)\s+)?"
                          rf"(?:(?!(?:{APPROXIMATING}|{LIMITING}|{UP_TO}|{_BOUND}|near)\b)[a-z]+\s+){{1,2}}"  # a label
                          rf"(?:of\s+|=\s*|:\s*|{hedged(APPROXIMATING)})?)", re.I)
# ("dispersed Pd (about 3 nm in diameter)", "nanosized Ni (∼2 nm)": a bracket right after a material's bare name
# holding the size alone glosses that material, as one after its particles' noun does — for a particle or grain
# size only: a support's pores or sheets sized so may be the hydride's in them)
_BARE_BRACKET = re.compile(rf"\s*\(\s*(?:{APPROX_WORD}\s*)?", re.I)
# "Ni nanoparticles with an average size of 10 nm", "TiO2 nanosheets having a thickness of 3 nm": the same, said
# with a preposition after the material's particles instead of a bracket; set off by a comma the phrase still
# describes those particles ("the Ni particles, with a mean size of 8 nm, …")
_OWN_PHRASE = re.compile(rf"(?:\s+(?:[a-z]+[\s-])?(?:nano)?{_shapes('ParticleShapeNoun', 'GrainShapeNoun', 'ExtendedShapeNoun')}"
                         r"s?)?(?:\s*,)?\s+"
                         r"(?:with|of|having|ha(?:ve|s|d)|show(?:ing|s|ed)?)\s+"
                         r"(?:an?\s+|the\s+)?(?:(?:average|mean|typical|uniform)\s+)?"
                         rf"(?:{SIZED_PIECE}\s+)?(?:{SIZE_NOUN}|{EXTENT_NOUN})\s+(?:of\s+)?"
                         rf"(?:(?:{APPROX_WORD}|{LIMITING})\s*)?", re.I)
# "Nb2O5 particles of 20 nm", "the Fe particles of about 10 nm": older papers' plain 'of' after the particles' noun
# (matched whole from the material to the value); only for a material that neither is nor stores a hydride ("Mg
# particles of 15 nm dispersed in LiH" are the sample's host)
_PARTICLES_OF = re.compile(rf"\s+(?:nano)?{_PARTICLES_OR_GRAINS}s?\s+of\s+"
                           rf"(?:(?:{APPROX_WORD}|{LIMITING})\s*)?", re.I)
# "The MgH2 powder milled with 5 mol% Cr2O3 had a mean particle size of 300 nm": the material is the object of the
# participle that put it into the sample, and the finite verb after it is the sample's (the subject before the
# participle), so the size is the milled sample's; "… with Cr2O3 particles having a size of 20 nm" stays Cr2O3's
_ADDED_WITH_BEFORE = re.compile(rf"\b{MILLING_PREFIX}(?:{PUT_OR_MILLED}|{LINKING})\s+(?:together\s+)?(?:with|by)\s+"
                                rf"(?:{AMOUNT_OF})?(?:the\s+)?$", re.I)
_FINITE_HAVING = re.compile(r"\b(?:ha(?:ve|s|d)|show(?:s|ed)?)\b", re.I)


def _sized_alone(m: Mention, systems) -> bool:
    """Whether ``m`` names one material that neither is nor stores a hydride (what 'particles of 20 nm' after it
    size as its own)."""
    own = next((s for o, s in systems if o.start == m.start), None) or material_system(m)
    return own is not None and own.bare and not _has_hydrogen_or_storing(own)


def _added_before_main_verb(text: str, m: Mention, g: Group) -> bool:
    """Whether material ``m`` is an additive put into the sample by a participle before it, with the clause's own
    finite verb (not a participle or preposition of ``m``) leading on to the size ``g``."""
    return bool(_ADDED_WITH_BEFORE.search(text, max(0, m.start - 60), m.start)
                and _FINITE_HAVING.search(text, m.end, g.start))


# a cover put on a sample (not the sample's own film): its thickness is a coating thickness
# "carbon aerogel scaffolds with similar pore sizes (37 and 38 nm) but different BET surface areas (690 and
# 2358 m2/g)": a surface area said with a preposition of a material that stores no hydrogen (the scaffold a
# hydride was put in, a support) is that material's own, not the confined sample's ("the confined composite
# has a BET surface area of 120 m2/g" names no such material before it and stays the composite's)
_OWN_SURFACE = re.compile(rf"(?:\s+{vocabulary().scheme_alternation('GenericHead')})?\s*,?\s+"
                          r"(?:with|having|ha(?:ve|s|d)|show(?:ing|s|ed)?|possess(?:ing|es|ed)?)\s+"
                          r"(?:[^.;:()]|\([^()]*\)){0,80}?\b(?:(?:(?:BET|specific)\s+)?surface\s+areas?"
                          r"|(?:total\s+|specific\s+)?pore\s+volumes?)\s*"
                          rf"(?:\(\s*|of\s+|=\s*|:\s*)?(?:(?:{APPROX_WORD}|{UP_TO})\s*)?"
                          r"(?:\d[\d.,]*\s*(?:(?:m2|cm3|mL)\s*/?\s*g\S*\s*)?(?:,|and|or)\s*)*", re.I)
_COVER_AFTER = re.compile(r"\s*(?:[a-z][\w-]*\s+)?(?:coatings?|shells?|overlayers?|caps?|capping\s+layers?|top\s*layers?|"
                          r"protective\s+layers?|layers?)\b", re.I)
_COVER_NAMED = re.compile(r"\s(?:coatings?|shells?|overlayers?|caps?|layers?)$", re.I)  # "Pd layer", one mention
_COATING_AFTER = re.compile(r"\s*(?:[a-z][\w-]*\s+)?(?:coatings?|layers?|films?|shells?|overlayers?|caps?)\b", re.I)


def _bound_of_subject(text: str, g: Group, subject: MaterialSystem) -> bool:
    """'MgH2 nanoparticles smaller than 7 nm': the 'than' bounds the value of the sample the clause is about, named
    right before it; no comparison with a reference."""
    bound = qualifier_start(text, g.start)
    if bound == g.start:
        return False
    clause = text[max(0, bound - 50):bound]
    return not CLAUSE_BREAK.search(clause) and "," not in clause and subject.host.formula in clause


_WITH_LOADING = re.compile(r"\bwith\s+$", re.I)


def _additive_in_place(text: str, g: Group, clause, usable) -> MaterialSystem | None:
    """'Adding 10 wt% TiO2 lowered the onset of MgH2 to 260 °C, while 10 wt% Nb2O5 lowered it to 220 °C': a
    contrasting clause that names only an additive (with its loading, or as the clause's subject) before its value
    speaks of the earlier clause's host with that additive in place of the earlier one's — not of the additive
    alone, nor of the earlier sample. A compound of the earlier sample's own elements is a phase it forms, no
    additive ('whereas MgB2 appears only at 400 °C')."""
    own = [(m, s) for m, s in clause if m.end <= g.start]
    if not own or any(_has_hydrogen(s) or not s.bare for _, s in own):
        return None
    m, added = own[0]
    loading, lead = amount_before(text, m.start)
    earlier = [s for x, s in usable if x.end <= m.start and _has_hydrogen(s) and not s.bare]
    if not earlier and loading is not None and _WITH_LOADING.search(text, max(0, lead - 8), lead):
        # "Mg(BH4)2 starts to decompose above 270 °C, but with 10 mol% TiCl3 the onset is at 200 °C": the clause's
        # additive, given 'with' its loading, goes into the bare host the earlier clause named
        earlier = [s for x, s in usable if x.end <= m.start and _has_hydrogen(s)]
    if not earlier:
        return None
    opened = CONTRAST_CLAUSE.search(text, max(0, lead - 20), lead)
    if loading is None and (opened is None or text[opened.end():lead].strip(" ,").lower() not in ("", "the")):
        return None
    sample = earlier[-1]
    if _product_of(added, sample) or added.host.formula in {c.formula for c in sample.components}:
        return None
    return with_additives(sample, [(added.host.formula, loading)])


# what a scaffold's own description in brackets gives, said of the sample confined in it (the dev set's convention)
_SCAFFOLD_KEYS = ("pore_size", "wall_thickness")


# "… is 1.2 nm thick for the silica and 0.9 nm for the carbon scaffold": a value, then the scaffold it was measured in
_FOR_SCAFFOLD = re.compile(r"\s*(?:thick\s+|wide\s+)?(?:for|in|inside|within)\s+(?:the\s+)?")


def _in_named_scaffold(text: str, g: Group, raw: list[Mention], ctx: Context) -> MaterialSystem | None:
    """The passage's confined sample in the scaffold a value names right after itself ('0.9 nm for the carbon
    scaffold' after LiBH4 was put into silica and carbon scaffolds), each scaffold's value its own sample; None
    when no scaffold follows or the passage confined nothing."""
    gap = _FOR_SCAFFOLD.match(text, g.end)
    m = next((x for x in raw if gap is not None and x.start == gap.end() and x.kind == "Material"), None)
    if m is None:
        return None
    own = material_system(m)
    if own is not None and (not own.bare or _has_hydrogen(own)):
        return None
    pool = [*ctx.in_passage.seen, *([ctx.system] if ctx.system is not None else [])]
    held = [s for s in reversed(pool) if any(c.role == ROLES["scaffold"] for c in s.additives)]
    for s in held:
        if any(c.role == ROLES["scaffold"] and c.text == m.text for c in s.additives):
            return s
    if not held:
        return None
    other = next(c for c in held[0].additives if c.role == ROLES["scaffold"])
    # (the sample with this scaffold in the other's place; a sample of nothing but its scaffold, the host in this one)
    tries = [held[0].name.replace(other.text, m.text) if other.text and other.text in held[0].name else None,
             f"{held[0].host.formula}@{m.text}" if len(held[0].additives) == 1 else None]
    swapped = next((x for t in tries if t and (x := system_of(t)) is not None
                    and any(c.role == ROLES["scaffold"] and c.text == m.text for c in x.additives)), None)
    placed = next((c for c in swapped.additives if c.role == ROLES["scaffold"]), None) if swapped is not None else None
    # (another scaffold only where it is one: a carbon support, or a word of the passage's scaffolds, 'the silica' of
    # 'mesoporous silica' — never a catalyst the value is given for, '8 wt% for TiO2')
    word = m.text.lower()
    known = any(word in x.name.lower() for x in [*held, *ctx.in_passage.scaffolds])
    carbon = placed is not None and bool(placed.term or placed.additive_class) \
        and vocabulary().is_a(placed.term or placed.additive_class or "", CLASSES["carbon"])
    return swapped if placed is not None and (known or carbon) else None


def _confined_in(m: Mention, systems: list[tuple[Mention, MaterialSystem]]) -> MaterialSystem | None:
    """The sentence's sample confined in the scaffold ``m`` names: the one holding it, else — where one
    sentence puts the host into two scaffolds ('LiBH4 into MCM-41 (…) and SBA-15 (…)') and the sample was
    composed with the first — that sample with ``m``'s scaffold in its place."""
    held = [s for _, s in systems if any(c.role == ROLES["scaffold"] for c in s.additives)]
    for s in held:
        if any(c.role == ROLES["scaffold"] and c.text == m.text for c in s.additives):
            return s
    for s in held:
        other = next(c for c in s.additives if c.role == ROLES["scaffold"])
        if other.text and other.text in s.name and m.text not in s.name:
            swapped = system_of(s.name.replace(other.text, m.text))
            if swapped is not None and any(c.role == ROLES["scaffold"] and c.text == m.text for c in swapped.additives):
                return swapped
    return None


def _part_alone(m: Mention, systems: list[tuple[Mention, MaterialSystem]]) -> MaterialSystem | None:
    """A material named in words that a sample of the sentence holds as a part ('carbon aerogel' of
    LiBH4@carbon aerogel), as a system of its own."""
    part = next((c for _, s in systems for c in s.additives if c.text == m.text), None)
    if part is None:
        return None
    return MaterialSystem(text=part.text, name=part.formula, host=part.model_copy(update={"role": "HostHydride"}))


_SIMILARLY = re.compile(r"\W*(?:similarly|likewise|analogously|in\s+the\s+same\s+way)\b", re.I)


def _product_of(system: MaterialSystem, sample: MaterialSystem) -> bool:
    """'The thermodynamically stable MgB2 …' in a paragraph about LiBH4–MgH2: a compound made only of
    the sample's own elements (besides hydrogen) forms from the sample; it is no additive put in."""
    if not system.bare or len(sample.components) < 2:
        return False
    own = {e for c in sample.components for e in formula_symbols(c.formula)}
    elements = formula_symbols(system.host.formula) - {"H", "D"}
    return len(elements) > 1 and elements <= own


def _names_class(system: MaterialSystem) -> bool:
    """'MXene', 'oxides': a class of materials, no additive of a sample."""
    vocab = vocabulary()
    return any(c.term and vocab.children(c.term) for c in system.components)


def _formed_in_sample(text: str, m: Mention, usable) -> bool:
    """The mention is a phase the sentence says a sample it named before forms ("In CeO2-doped MgH2, CeO2 converts
    to CeH2.73, which lowers …", "Ce-doped MgH2 forms CeH2.73, which …"): what the relative clause on it says it
    does is said of that sample, no sample of its own."""
    if not (product_cue_before(text, m.start) or formed_after(text, m.end)):
        return False
    return any(x.end <= m.start and not y.bare and _has_hydrogen(y) for x, y in usable)


# "the Mg2Ni alloy": a composition named as an alloy made, not as a phase in one ("the Mg2Ni phase")
_ALLOY_NOUN = re.compile(r"\s+alloys?\b", re.I)


def _storage_alloy_named(mention, text: str, ctx: Context, named: Sequence = ()) -> bool:
    """``_storage_alloy`` of a (mention, system) pair of ``text``, the mention named 'X alloy' or not; ``named`` the
    sentence's (mention, system) pairs."""
    m, system = mention
    # ('the undoped Mg–Al alloy' after the doped one: the passage's alloy named as the reference is the host alone)
    reference = system.bare and ctx.system is not None and not ctx.system.bare \
        and system.host.formula == ctx.system.host.formula and _NAMED_BARE.search(text, max(0, m.start - 30), m.start)
    # ('In the Pd-capped Mg film, Mg6Pd released …': the sentence names the passage's sample itself, a measured
    # sample, so a composition of its metals is a phase of it, not a member of a family its metals name)
    sample_named = ctx.system is not None and not ctx.system.bare \
        and any(y.name == ctx.system.name for x, y in named if x is not m)
    # ('Mg2Ni absorbed 3.4 wt%' after Mg1.8Ti0.2Ni: the substituted alloy's parent written as its formula is a sample
    # of its own; 'the Mg–Ni alloy', its family's name, is the passage's member)
    parent = ctx.system is not None and ctx.system.bare and not system.additives \
        and system.host.formula in m.text and substituted_from(ctx.system.host.formula, system.host.formula)
    return bool(reference) or parent or _storage_alloy(system, ctx, _ALLOY_NOUN.match(text, m.end) is not None,
                                                       family=not sample_named)


def _storage_alloy(system: MaterialSystem, ctx: Context, named_alloy: bool = False, family: bool = True) -> bool:
    """A storage metal's alloy ('Mg48Ni48B4', 'Mg2Ni0.8Cu0.2', 'Mg90Ce10', 'Mg–25Ni', 'LaNi5': ``samples.alloy_beside``)
    named in a sentence is the sample the value is about, as a hydride would be (not the passage's sample, and not
    when it is a part of that sample: 'Mg2Ni' in MgH2–Mg2Ni or in Mg2Ni–CNT)."""
    if system.additives:
        return False
    if ctx.system is None:
        # (no sample before it for the alloy to be a part or phase of: an alloy on a storage metal is a sample as
        # a hydride is, 'the discharge capacity is 300 mAh/g for Mg2Ni and 250 mAh/g for Mg2Ni0.7Mn0.3')
        return storage_alloy(system.host.formula) or storage_metal_compound(system.host.formula)
    if system.host.formula in {c.formula for c in ctx.system.components}:
        return False
    return alloy_beside(system.host.formula, ctx.system, named_alloy, family)


def _within_context(system: MaterialSystem, ctx: Context, coating: bool = False) -> MaterialSystem:
    """'20 nm Mg particles' in a paragraph about MgH2: the metal of the host is the host's system;
    so is a part of the paragraph's sample ('Nb embedded in Mg' of the Mg–Nb@C composite)."""
    if ctx.system is not None and system.additives and ctx.system.additives \
            and host_formula(system) == host_formula(ctx.system) \
            and {a.formula for a in system.additives} < {a.formula for a in ctx.system.additives}:
        return ctx.system
    if ctx.system is None or not system.bare or _has_hydrogen(system):
        return system
    if coating and ctx.system.additives and system.host.formula in {a.formula for a in ctx.system.additives}:
        return ctx.system  # "a 2 nm amorphous carbon coating" of the Mg–Nb@C composite: the sample's part
    elements = formula_symbols(system.host.formula)
    host_elements = formula_symbols(ctx.system.host.formula)
    return ctx.system if elements and elements <= host_elements else system


def _terms(ms: list[Mention], kind: str) -> list[str]:
    return list(dict.fromkeys(m.term for m in ms if m.kind == kind and m.term))


def _terms_of_kinds(ms: list[Mention], kinds: tuple[str, ...]) -> list[list[str]]:
    """``_terms`` of each of ``kinds``, in one reading of the mentions."""
    found: dict[str, dict[str, None]] = {k: {} for k in kinds}
    for m in ms:
        if m.term and m.kind in found:
            found[m.kind][m.term] = None
    return [list(found[k]) for k in kinds]


# "Extrapolation of the isotherm data yields a predicted …", "fits of the measured data give …": a value worked out
# from the sample's own measurements is the sample's, though the sentence calls it predicted
_FROM_MEASURED_DATA = re.compile(r"\bextrapolat\w*|\b(?:measured|experimental|isotherm|kinetic)\s+data\b", re.I)


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
    (``ingest.enthalpy_sign.both_ways_named``)."""
    return any(sum(n.value < 0 for n in g.numbers) >= 2 and g.key
               and (vocabulary().property(g.key).quantity_kind or "").endswith("/MolarEnthalpy")
               and both_ways_named(clause.get(id(g), ""), text) for g in props)


def _own_reaction(text: str, g: Group, ms, clause: dict[int, str]) -> bool:
    """Is a negative value of ``g`` named as the release its property is of ('the enthalpy of the decomposition
    of LiAlH4 … is −10 kJ/mol H2'), not a formation's ('the hydride formation enthalpy … is −72 kJ/mol H2')?
    Asked of negative values only (``ingest.enthalpy_sign``)."""
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
                        # (the bound each condition's own words wrote: ingest.value_conditions.setting)
                        condition_qualifiers={k: c["qualifier"] for k, c in conditions.items()
                                              if isinstance(c, dict) and "qualifier" in c},
                        source=ref(), baseline=baseline, technique=technique, reported_sign=sign,
                        theoretical=basis == "theoretical", calculated=basis == "calculated")
    except (ValidationError, ValueError):
        return None  # a number the model rejects (unit mismatch, below absolute zero) is not a fact
    return None if implausible(m) else m   # (nor one no sample could show: a unit or an exponent misread)


def extract_sentence(sent, ctx: Context) -> tuple[list[Measurement], list[SystemReport]]:
    """Measurements and system reports of one sentence; updates the paragraph context."""
    clean = clean_text(sent.text, base=getattr(sent, "start", 0) or 0)
    ms, prior = mentions(clean.text), ctx.system
    out, reports = _extract(sent, clean.text, ms, [k for _, ks in clean.cites for k in ks], ctx)
    out, reports = _processed(clean.text, ms, out, reports, ctx, prior)
    ctx.in_passage.valued = ctx.in_passage.valued or bool(out)
    return with_members(clean, out, ctx.in_passage.studied_members, ctx.in_passage.listed_members), reports


def _processed(text: str, ms: list[Mention], out: list[Measurement], reports: list[SystemReport], ctx: Context,
               prior: MaterialSystem | None = None) -> tuple[list[Measurement], list[SystemReport]]:
    """('MgH2 nanoparticles', 'ball-milled MgH2'): a host processed alone is a sample of its own
    (ingest/processed_hosts.py), and what the text goes on about; a value of the phase a transition makes is at the
    transition's temperature (ingest/transition_settings.py)."""
    out, reports, renamed = processed_hosts(text, ms, out, reports, _has_hydrogen_or_storing)
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
# a value its own clause calls measured ("compared with the measured value of 108 kJ/mol"): no calculation, whatever
# the passage computed (the words: the ontology's MeasurementWord scheme)
_SAID_MEASURED = re.compile(rf"\b{vocabulary().scheme_alternation('MeasurementWord', ('MeasuredInClauseWord',))}\b", re.I)
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


def _extract(sent, text: str, ms: list[Mention], cited: list[str], ctx: Context
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
        ms = [m for m in ms if not (m.kind in (SYSTEM_LABEL, "Material") and _BOND_AFTER.match(text, m.end))]
    if "h" in text and ("C" in text or "Li" in text):
        # "905 mA h g−1 (C/10)", "(2C)", "0.1Li h−1": a cycling rate, no carbon or lithium sample
        ms = _without_c_rates(text, ms)
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
    found = [_electrolyte_side(text, *x) for x in without_step_names(text, without_products(text, read), ctx.system)
             if not _test_cell(text, *x) or _electrolyte_side(text, *x)[1] is not x[1]]
    found = [x for x in found if not (_SITES_AFTER.match(text, x[0].end) and not _has_hydrogen(x[1]))]
    if "ion" in text or "plat" in text or "stripp" in text or "dissolv" in text:   # (the gate of _ION_AFTER's words)
        found = _without_ions(text, found)
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
    systems, baselines = samples(both_ways(without_clauses(text, made_from)), _beside_the_electrode(found, text),
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
                              or any(_modified_phrase(r) for r in references(text, ms))):
        # the sentence names the study's sample ("The confined MgH2 releases …" is the title's), or does
        # not speak of the bare host at all
        ctx.system, title = title, None
        ctx.opening = ctx.background = False
    systems = _states_of_samples(systems, ctx)
    systems = _that_with(text, _aliased(text, systems, ctx))
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
        systems = _loadings_known(systems, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives,
                                            *([ctx.system] if ctx.system is not None else [])])
    if ctx.in_paragraph.pending and _another_study(text, own_refs, ctx.in_paragraph.pending_refs):
        ctx.in_paragraph.pending = []   # the additives were prepared for the other study's hydride, not this one's
    if ctx.in_paragraph.pending:
        systems = _take_pending(text, systems, baselines, ctx)
    elif ctx.system is None:
        ctx.in_paragraph.pending = prepared_additives(text, systems, ms)
        ctx.in_paragraph.pending_refs = own_refs
    systems = _named_again(text, systems, baselines)
    ctx.in_paragraph.milled_here = False
    if ctx.in_paragraph.each_host and each is None and not THEORETICAL.search(text):
        # ("The milled MgH2 sample …" after each host was milled with its additive: that sample, no milled reference)
        milled = {m.start for m, _ in systems if milled_sample(text, m, ctx.in_paragraph.each_milled)}
        baselines -= milled
        ctx.in_paragraph.milled_here = bool(milled)
        systems = each_host_again(systems, ctx.in_paragraph.each_host,
                                  lambda m: m.start in baselines or _apart(text, m))
    systems = _part_of_sample(text, systems, baselines, ctx)
    systems = part_in_sample(text, systems, ctx.system)   # "the MgH2 in the composite" is the composite
    _remember_products(text, read, ctx)
    if ctx.in_paragraph.alternatives and _ANAPHOR_START.match(text):
        systems = _alternatives_again(text, systems, baselines, ctx)
    if ctx.in_passage.formed_in and ctx.system is not None and ctx.system.bare:
        came = next((ctx.in_passage.formed_in[host_formula(s)] for _, s in systems if host_formula(s) in ctx.in_passage.formed_in
                     and host_formula(ctx.in_passage.formed_in[host_formula(s)]) == host_formula(ctx.system)), None)
        if came is not None:
            ctx.named(came)  # "The addition of Cu further modifies Mg2Ni(Cu)H4 …": the sample that formed it
            ctx.carried = True
    named_class = _class_anaphor(text, ms, systems, ctx)
    if named_class is not None:
        ctx.named(named_class)  # "The mixed closo-borate reaches …": the one of the samples named that is one
    # the paragraph's modified sample is what a later bare mention of its host means, unless the
    # sentence starts another study or sets the host apart as a reference
    meant = _refers_back(text, systems, baselines, ctx, ms)
    goes_on = meant is not None
    carried = context_sample(text, systems, ms, ctx.system)
    added = added_to_sample(text, systems, ctx.system, ms) if carried is None else None
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
            and not _set_apart(text, m, baselines) for m, s in systems) and not names_its_additives({c.formula for _, s in systems for c in s.components},
                                                           ctx.system):
        ctx.named(bare_sample(ctx.system))  # the host named again, bare, in another study
        ctx.carried = False
    elif ctx.system is not None and not ctx.system.bare and _new_study(text) \
            and not any(_has_hydrogen(s) for _, s in systems):
        ctx.named(bare_sample(ctx.system))  # "Cai et al. studied CoB …": another study, not that sample
        ctx.carried = False
    state = state_of_sample(text, [s for m, s in systems if _has_hydrogen(s) and not _hydrogen_only(s)
                                   and not _incidental(text, m)], ctx.in_passage.valued_sample)
    if state is not None:
        ctx.named(state)   # "the dehydrogenated product absorbed …": the sample itself, after a step
        ctx.carried = False
    ref = _source_ref(ctx.source_id, sent, refs)
    main = ctx.system if _ASIDE.match(text) else None
    # (the strategies the sentence says of its own samples are read once, for the first sample's report and for the
    # reports shared by every sample below: the same mentions give the same strategies)
    unproposed = [m for m in ms if not _proposed(text, m)]
    reported = [m for m in unproposed if not _making(text, m)]
    said_strategies = _own_strategies(reported, text)
    reports = _reports(text, reported, systems, ctx, ref, said_strategies)
    out = _measurements(text, ms, systems, ctx, ref, baselines, alternatives) if _DIGIT.search(text) else []
    ctx.in_paragraph.sentence_before = text   # (what the next sentence's 'it' may point back at)
    if not out and not ctx.in_paragraph.applications:
        _application_named(text, ctx)
    out = _continued(text, out, meant or ctx.system, goes_on)
    # "A and B both reach …": each one's value ("The two hydrides show …": of the samples the sentence before gave
    # values to, else of those a sentence named side by side)
    out = each_of_them(text, out, systems, ctx.in_paragraph.valued if len(ctx.in_paragraph.valued) > 1 else ctx.in_paragraph.alternatives)
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
        examples = [with_declared_roles(x, ctx.declared) for x in _example_additives(text, systems)]
        # ("LiAlH4 doped and undoped with TiCl3 was milled. Their activation energies were 98 and 160 kJ/mol": the
        # two samples of a with-and-without phrase, in its order)
        listed = _pair_with_and_without(text, len(text), systems, ctx.system) \
            or _named_side_by_side(text, systems) or examples
        if listed:
            # ("A and B doped with 2 mol% Ni or Co … A and B react alike": the bare hosts of the paragraph's samples
            # named again are no new list of samples; the samples stay the paragraph's)
            if not _hosts_again(listed, ctx.in_paragraph.alternatives):
                ctx.in_paragraph.alternatives = listed  # "Three electrolytes, A, B and C, were prepared. Their … respectively"
    elif not alternatives and _DENOTED_LIST.search(text):
        # "…, denoted LiBH4@SBA-15 and LiBH4@Ni/SBA-15": names given for later use, though the
        # sentence has values of its own ("the two confined samples …, respectively")
        named_from = _DENOTED_LIST.search(text).end()
        # (each as written: the name is what the text calls the sample from now on)
        listed = _named_side_by_side(text, [(m, system_of(m.text) or s_) for m, s_ in systems if m.start >= named_from])
        if listed:
            ctx.in_paragraph.alternatives = listed
    # what the paragraph is about next: the system this sentence gave values for, else the first
    # hydride it names (subjects come first; later ones are often reagents or references)
    subjects = [m.system for m in out if not m.baseline and _stores_hydrogen(m.system)]
    ctx.in_passage.valued_sample = next((s for s in reversed(subjects) if not s.bare), ctx.in_passage.valued_sample)
    # "(LiBH4: 0.0012 mS/cm)": a value labelled with a bare host in brackets is set beside the sample's
    labelled = [m.system for m in out if "system:bracketed" in m.cues and m.system.bare]
    if labelled and len(labelled) < len(subjects):
        subjects = [s for s in subjects if not any(s is x for x in labelled)]
    hydro = [s for m, s in systems if (_has_hydrogen(s) or _storage_system(text, m, s)) and not _incidental(text, m)
             and not is_product(s, ctx.in_passage.products)   # "CaH2 then decomposes …": a phase the sample formed
             and not (ctx.system is not None and m.start in baselines)]  # "undoped MgH2" is a reference
    if not hydro and not out:
        # "Ni nanoparticles were mixed with LiBH4 and confined in MCM-41": the hydride the sentence
        # received its additives is the sample it prepared, though it is named as the object
        hydro = [s for m, s in systems if _has_hydrogen(s) and not s.bare and m.start not in baselines
                 and not _found_or_formed(text, m, composite=True)][:1]   # not a phase it forms or one found in it (Li4BN3H10)
    if not hydro and not out:
        # "The Mg2Ni alloy was milled for 20 h.": a sentence naming no hydride but a metal or alloy the
        # ontology stores hydrogen as (Mg for MgH2, Mg2Ni for Mg2NiH4) is about that host's sample
        hydro = _series_first([s for m, s in systems if _stores_hydrogen(s) and _named_as_sample(text, m, s)
                               and not _incidental(text, m) and m.start not in baselines
                               and not is_product(s, ctx.in_passage.products)
                               and not product_cue_before(text, m.start) and not formed_after(text, m.end)])[:1]
    # ("LiBH4 was milled with LiI to form Li(BH4)0.75I0.25": the product made of the same parts is the sample
    # itself, written with its amounts — no phase the sample formed)
    hydro = [_written_with_amounts(s, systems) for s in hydro]
    if ctx.system is not None and ctx.in_passage.formed:
        hydro = [s for s in hydro if host_formula(s) not in ctx.in_passage.formed]
    ctx.in_paragraph.supported += [s for m, s in systems if not s.bare and not _has_hydrogen(s) and not _incidental(text, m)]
    acting = (_acting_on_host(text, systems, ctx.system) or _acting_in_setting(text, systems, ms)) if not out else None
    if acting is not None:
        hydro = [acting]
    # ("… gives off NH3, followed by the decomposition of X": the adduct's parent, a stage of the sample)
    stages = [s for m, s in systems if _adduct_stage(text, m, s, ctx.system)]
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
            subjects = [meant if _bare_of(s, meant) else s for s in subjects]
            hydro = [meant if _bare_of(s, meant) else s for s in hydro]
    earlier = ctx.system is not None and not ctx.system.bare and not out and _earlier_work(text)
    if subjects and _constituents_only(subjects, ctx) and not _new_study(text):
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
            tied = [s for s in tied if not _compared_only(text, s, systems)] or tied
            subject = tied[-1]
        carried = ctx.carried and subject in (ctx.system, meant)
        ctx.named(subject)
        ctx.carried = carried
    elif hydro and _lesser_set_apart(text, hydro, systems, ctx.system):
        pass  # "Its incubation is 1 h, while the undoped RHC needs 10 h.": the sample less its additive, a reference
    elif hydro and _contrast_aside(text, hydro, ctx.system):
        pass  # "In contrast, LiAlH4 melts before it decomposes.": a reference set beside the sample, no new subject
    elif hydro and not (ctx.system is not None and ctx.system_paragraph == ctx.paragraph and not _new_study(text)
                        and _bare_of(hydro[0], ctx.system)):
        # "Magnesium borohydride coordinated with en, Mg(en)(BH4)2, and its composite with MgO were made":
        # of one host's samples a sentence prepares, the text goes on about the one made with most
        hydro = _series_first(hydro)
        made = [s for s in hydro if host_formula(s) == host_formula(hydro[0])]
        hydro = [max(made, key=lambda s: len(s.components))] + [s for s in hydro if s not in made]
        # (a sentence without values whose first hydride is the bare host of the paragraph's modified sample,
        # "calculations show that Li2B6 keeps LiBH4 on MgH2", goes on about that sample)
        carried = ctx.carried and hydro[0] in (ctx.system, meant)
        ctx.named(hydro[0])
        ctx.carried = carried
    if examples and ctx.in_paragraph.alternatives is examples:
        ctx.named(_host_only(examples[0].host.formula) or examples[0])  # the host they were put into
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
    shared = said_strategies if len(reported) == len(unproposed) else _own_strategies(unproposed, text)
    # "both Ti-doped and undoped NaAlH4": the value of each (added last: the sample the sentence was read for stays
    # the one later sentences go on about)
    return of_doped_and_undoped(text, out), reports + _shared_reports(text, ms, out, reports, ref, systems, shared)


# "(denoted MH–NC)", ", hereafter referred to as LAH-CF", "the product was labelled HD-2": the author's short name
# for the sample just described (a name with a capital letter, ending its clause), by which later sentences name it
_ALIAS = gated(re.compile(r"(?=[hdlrac])\b(?:here(?:in)?after(?:\s+(?:referred\s+to|denoted|called|designated|named))?|denoted|"
                    r"designated|labell?ed|referred\s+to|abbreviated|called)\s+(?:as\s+)?"
                    # ("denoted MgH2@G": a name may join its parts by '@' or '/')
                    r"(?P<name>(?=[\w–@/-]*[A-Z])[A-Za-z][\w–@/-]*\w)(?=\s*[),.;]|\s*$)"))


# "MgH2–10 wt% (Ce–Ni) (composite C5N5)": the noun of a sample and the name the text gives it, in brackets; or,
# right after the sample, a code of capitals and digits alone ("MgH2–10 wt% TiO2 (MT10)", "(S-2)")
_ALIAS_NOUN = re.compile(rf"\(\s*{SAMPLE_NOUNS}\s+(?P<name>(?=[\w–@/-]*[A-Z])[A-Za-z][\w–@/-]*\w)\s*\)"
                         r"|(?<=[\w)%])\s*\(\s*(?P<code>[A-Z][A-Z-]*\d[\d.]*)\s*\)")


_JOINED_PARTS = re.compile(r"[–+/@-]")

# "… 650 K of the MgH2 with MoO2 and 640 K of that with MoS2", "the one with Co", "those containing 5 wt% TiO2": a
# pronoun for the sample just named, with another additive in place of its own (the words before the additive)
_THAT_WITH_WORDS = (r"\b(?:that|those|the\s+ones?)\s+(?:with|containing)\s+(?:[\d.]+\s*(?:wt|mol|at|vol)\s*\.?\s*%\s*"
                    r"(?:of\s+)?)?")
_THAT_WITH = re.compile(rf"{_THAT_WITH_WORDS}$", re.I)
# ("640 K of that with MoS2": the value of the sample the pronoun names, right after it)
_OF_THAT_WITH = re.compile(rf"\s*(?:of|for|in)\s+{_THAT_WITH_WORDS}", re.I)


def _that_with(text: str, systems: list) -> list:
    """The sentence's samples with an additive named after 'that with' / 'the one with' read as the sample before it
    with that additive in place of its own: the host of the sample named last before, not that sample."""
    if "with" not in text and "containing" not in text:
        return systems
    out = []
    for k, (m, s) in enumerate(systems):
        if not _has_hydrogen(s) and _THAT_WITH.search(text, max(0, m.start - 40), m.start):
            before = next((y for x, y in reversed(systems[:k]) if y.additives and _has_hydrogen(y)), None)
            if before is not None:
                s = with_additives(before, [(s.name, amount_before(text, m.start)[0])])
        out.append((m, s))
    return out


def _loadings_known(systems: list, known: list[MaterialSystem]) -> list:
    """'MgH2 was milled with 5 wt% Ni. The MgH2–Ni composite …': a sample named again without the loadings the
    passage gave it is that sample (one system, not two), when the passage gave its parts one set of loadings only
    ('MgH2–5 wt% Ni' and 'MgH2–10 wt% Ni' before: 'the MgH2–Ni composites' stays as written)."""
    out = []
    for m, s in systems:
        # (a compound written whole, 'Li2(BH4)(NH2)', is its own composition: never another one's loadings)
        # (a ratio given with the first mention is on the host too: 'the NaAlH4/NaNH2 (3:1) mixture' is 3NaAlH4–NaNH2,
        # and 'the NaAlH4/NaNH2 system' after it is that mixture)
        if s.additives and all(c.amount is None for c in s.additives) and _JOINED_PARTS.search(s.name):
            given = s.additives if s.host.amount is not None else s.components
            # (keyed by the loadings, not the name: 'the Li–Mg–N–H system' and 'Mg(NH2)2–2LiH' are one composition
            # named two ways, so one set of loadings; the name written last is kept)
            loaded = {loadings(x): x for x in known if _same_sample(x, s)
                      and any(c.amount is not None for c in (x.additives if given is s.additives else x.components))}
            if len(loaded) == 1:
                s = next(iter(loaded.values()))
            elif not loaded:
                s = _loaded_from_reagents(s, known)
        out.append((m, s))
    return out


def _loaded_from_reagents(s: MaterialSystem, known: list[MaterialSystem]) -> MaterialSystem:
    """'NaAlH4 was made by milling NaH and Al with 4 mol% CeAl4 … the CeAl4-doped NaAlH4': a sample the passage
    prepared from its reagents (two parts or more, whose elements are the host's own) takes the loading given the additive
    there, when the passage gave that additive one loading only ('… with 2 or 4 mol% CeAl4' gives none)."""
    host = set(formula_symbols(s.host.formula))
    given: dict[str, set[str]] = {}
    for x in known:
        rest = [c for c in x.components if c.formula not in {a.formula for a in s.additives}]
        # (reagents are two parts at least, 'NaH/Al': one hydride alone, 'Li3AlH6 doped with 3 mol% Ni', is a
        # sample of its own, whose loading is not the later LiAlH4's)
        made_of = len(rest) > 1 and all(set(formula_symbols(c.formula)) <= host for c in rest)
        for c in x.additives:
            if c.amount is not None and c.amount.unit != "ratio":
                given.setdefault(c.formula, set()).add(f"{c.amount.value:g} {c.amount.unit}" if made_of else "")
    loadings = {a.formula: next(iter(given[a.formula])) for a in s.additives
                if len(given.get(a.formula, ())) == 1 and "" not in given[a.formula]}
    if len(loadings) != len(s.additives):
        return s
    loaded = with_additives(s, [(a.formula, loadings[a.formula]) for a in s.additives])
    return loaded if _same_sample(loaded, s) else s


def _aliased(text: str, systems: list, ctx: Context) -> list:
    """The sentence's samples with a name the passage gave a sample read as that sample; a name the sentence
    gives the modified sample before it is remembered (and is no sample of its own: 'MH–NC' is no formula)."""
    if ctx.in_passage.aliases:
        # (the name as a whole word: 'LAH-CF', of which the mention may be the 'CF' only)
        systems = [(m, ctx.in_passage.aliases.get(_word_at(text, m), s)) for m, s in systems]
        systems = _alias_mentions(text, systems, ctx.in_passage.aliases)
    if "ed " not in text and "after" not in text and "(" not in text:
        return systems
    for a in [*_ALIAS.finditer(text), *(_ALIAS_NOUN.finditer(text) if "(" in text else ())]:
        key = "code" if "code" in a.re.groupindex and a.group("code") else "name"
        name = a.group(key)
        before = [(m, s) for m, s in systems if m.end <= a.start() and not s.bare and _has_hydrogen(s)]
        if key == "code" and (not before or before[-1][0].end != a.start() or system_of(name) is not None):
            continue   # (a code alone in brackets names the sample right before it, and is no formula: '(TiO2)')
        named = system_of(name)
        if not before or named is not None and {c.formula for c in named.components} >= {c.formula for c in before[-1][1].components}:
            continue   # ("denoted LiBH4@SBA-15": a name that is the sample's formula reads as such)
        ctx.in_passage.aliases[name] = before[-1][1]
        systems = [(m, s) for m, s in systems if not a.start(key) <= m.start < a.end(key)]
    return systems


def _alias_mentions(text: str, systems: list, aliases: dict[str, MaterialSystem]) -> list:
    """The sentence's samples with the names the passage gave samples ('MT10', 'S-1'), where the sentence writes
    them and no material was read there (a code is no formula the tagger sees), as mentions of those samples."""
    found = [(Mention(SYSTEM_LABEL, name, w.start(), w.end()), sample) for name, sample in aliases.items()
             for w in re.finditer(rf"(?<![\w–-]){re.escape(name)}(?![\w–-])", text)
             if not any(m.start < w.end() and w.start() < m.end for m, _ in systems)]
    return sorted([*systems, *found], key=lambda x: x[0].start) if found else systems


_WORD_AROUND = re.compile(r"[^\s,;:()]*")


def _a_sample(system: MaterialSystem, local: list[Mention]) -> bool:
    """Does ``system`` name a sample a value or report can be recorded on (ingest/class_samples.py)?"""
    return (not names_no_sample(system) or _written_whole(system, local)) and not dissolved(system)


def _written_whole(system: MaterialSystem, local: list[Mention]) -> bool:
    """Does one notation of the sentence ('LiBH4–LiNH2/metal oxide') name ``system`` whole?"""
    return any(m.kind == SYSTEM_LABEL and (s := system_of(m.text)) is not None and s.name == system.name for m in local)


def _word_at(text: str, m: Mention) -> str:
    """The whole word a mention is part of ('LAH-CF' around 'CF'), without a full stop at its end."""
    start = m.start
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in ",;:(":
        start -= 1
    return _WORD_AROUND.match(text, start).group(0).rstrip(".")


def _remember_products(text: str, systems: list[tuple[Mention, MaterialSystem]], ctx: Context) -> None:
    """Notes the products the sentence names for a reaction of a hydride (among ``systems``, every
    material it names: ``_systems``); a passage that went on about one of them (named bare before the
    reaction was written) goes back to the hydride that reacts."""
    found = named_products(text, systems)
    if ctx.system is not None and not ctx.system.bare:
        found.pop(host_formula(ctx.system), None)   # the passage's modified sample is no product
    ctx.in_passage.products.update(found)
    if ctx.system is not None and ctx.system.bare and host_formula(ctx.system) in ctx.in_passage.products:
        reactant = ctx.in_passage.products[host_formula(ctx.system)]
        ctx.named(next((s for s in reversed(ctx.in_passage.seen) if host_formula(s) == reactant), None)
                  or _host_only(reactant) or ctx.system)
        ctx.carried = False


def _source_ref(source_id: str, sent, refs: list[str]) -> Callable[[], SourceRef]:
    """Where the sentence is, built on first use and then shared by its facts: most sentences give
    none, and a SourceRef is validated by pydantic."""
    made: list[SourceRef] = []   # (a plain closure: a functools cache would be built for every sentence)

    def ref() -> SourceRef:
        if not made:
            made.append(SourceRef(source_id=source_id, section=getattr(sent, "section", None), refs=refs,
                                  start=getattr(sent, "start", None), end=getattr(sent, "end", None)))
        return made[0]
    return ref


def _on_its_own(text: str, m: Mention) -> bool:
    """A phase named as a sample of its own ("pure Mg2NiH4 made separately", "Mg2NiH4 alone"), not as the
    phase inside the paragraph's sample."""
    return bool(_NAMED_BARE.search(text, max(0, m.start - 30), m.start) or LACKING_AFTER.match(text, m.end))


def _states_of_samples(systems, ctx: Context):
    """"2LiH + MgB2 with TiCl3" after (or beside) the 2LiBH4–MgH2 sample: the sample in its dehydrogenated
    state (ingest/states.py), not another sample."""
    known = [*ctx.in_passage.seen, *([ctx.system] if ctx.system is not None else []), *(s for _, s in systems)]
    out = []
    for m, s in systems:
        whole = hydrogenated_form(s, [k for k in known if k is not s])
        out.append((m, whole) if whole is not None else (m, s))
    return out


def _shared_reports(text: str, ms: list[Mention], out: list[Measurement], reports: list[SystemReport],
                    ref: Callable[[], SourceRef], systems=(), strategies: list[Mention] | None = None
                    ) -> list[SystemReport]:
    """How the sentence says its samples were made or driven ('under simulated sunlight', 'nanostructured
    by ball milling'), for every sample it gives values for, not only the first hydride it names; a
    sentence with no values, for every hydride it lists ('MgH2, LiBH4 and NaBH4 under microwave
    irradiation'), which a later bare value of one of them takes up. A word said of one material
    ('nanosized MgH2', 'MgH2 nanoparticles') stays that material's; a bare host set beside a modified
    sample is the reference, made without them. ``strategies``: ``_own_strategies`` of the mentions not proposed,
    when the caller read them already."""
    if strategies is None:
        strategies = _own_strategies([x for x in ms if not _proposed(text, x)], text)
    if not strategies:
        return []   # (nothing said of any sample: most sentences)
    free: list[str] = []
    said: list[tuple[str, MaterialSystem, Mention]] = []     # (strategy, the material it is said of, its mention)
    for m in strategies:
        if not sentence_wide(m.term) or _making(text, m):
            continue
        owner = next((o for o in ms if o.kind in (SYSTEM_LABEL, "Material")
                      and (0 <= m.start - o.end <= 1 or 0 <= o.start - m.end <= 1)), None)
        owned = material_system(owner) if owner is not None else None
        if owned is not None:
            said.append((m.term, owned, owner))
        elif owner is None or hydride_word(owner.text):
            free.append(m.term)                      # "the hydride films": said of the passage's sample
    reported = {r.system.name for r in reports}
    measured = list({m.system.name: m.system for m in out}.values())
    # "Decomposition of the MgH2 films occurs at …" in a passage about Pd-capped films: a word said of the
    # bare host, when the sentence names no modified sample and measures no bare host, is said of the
    # passage's sample it stands for
    stands_for = not any(s.additives for s in (material_system(o) for o in ms if o.kind in (SYSTEM_LABEL, "Material"))
                         if s is not None) and not any(s.bare for s in measured)
    said = [(t, owned, o) for t, owned, o in said if not (stands_for and _COMPARED_OBJECT.search(text, max(0, o.start - 60), o.start))]
    if not out and free:
        measured = list({s.name: s for m, s in systems if _has_hydrogen(s) and not _incidental(text, m)}.values())
    modified = any(s.additives for s in measured)
    shared = []
    for system in measured:
        if system.name in reported:
            continue
        found = [t for t, owned, _ in said if _same_sample(owned, system)
                 or (stands_for and owned.bare and host_formula(owned) == host_formula(system))]
        if not system.bare or not modified:
            found += free
        if not found:
            continue
        try:
            shared.append(SystemReport(system=system, strategies=list(dict.fromkeys(found)), source=ref()))
        except (ValidationError, ValueError):
            continue
    return shared


# "ultrasound-driven liquid–solid phase synthesis": a way of making the sample, not of driving its reactions
_MADE_BY_AFTER = re.compile(r"[\s-]*(?:[\w–-]+\s+){0,3}(?:synthesis|syntheses|method|route|preparation|fabrication)\b",
                            re.I)


def _making(text: str, m: Mention) -> bool:
    """A field named for how the sample was made ('microwave-assisted synthesis', 'ultrasound-driven
    … synthesis method'), not for driving its hydrogen release or uptake."""
    vocab = vocabulary()
    return m.kind == "Strategy" and bool(m.term) and m.term in vocab and vocab.is_a(m.term, _FIELD) \
        and bool(_MADE_BY_AFTER.match(text, m.end))


_FIELD = "ExternalFieldDriving"


def field_named(text: str, ms: list[Mention]) -> str | None:
    """The external field (LightDriving, MicrowaveDriving …) the text names last for driving its samples, not for
    making them ('microwave-assisted synthesis'), else None."""
    fields = [m.term for m in ms if m.kind == "Strategy" and m.term and field_driving(m.term) and not _making(text, m)]
    return fields[-1] if fields else None


def _same_sample(a: MaterialSystem, b: MaterialSystem) -> bool:
    """The same host with the same additives, however written ('Mg–Zr' films, the 'Mg(Zr)H' they form)."""
    return host_formula(a) == host_formula(b) and \
        sorted(c.formula for c in a.additives) == sorted(c.formula for c in b.additives)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|these|its|their)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _class_anaphor(text: str, ms: list[Mention], systems, ctx: Context) -> MaterialSystem | None:
    """'Solid solutions 3LiBH4·LiI and Li(CB9H10)0.7(CB11H12)0.3 were made. The mixed closo-borate reaches
    …': a sentence naming no hydride but a class of them with a definite article means the one sample
    of the paragraph's list that belongs to the class; None when none or several do."""
    if len(ctx.in_paragraph.alternatives) < 2:
        return None
    vocab = vocabulary()
    for m in ms:
        if any(_has_hydrogen(s) and o.start <= m.start for o, s in systems):
            return None  # a hydride named first is what the sentence is about
        if m.kind == "Material" and m.term and vocab.children(m.term) \
                and _DEFINITE_BEFORE.search(text, max(0, m.start - 30), m.start):
            members = [s for s in ctx.in_paragraph.alternatives if _class_member(s, m.term)]
            return members[0] if len(members) == 1 else None
    return None


@lru_cache(maxsize=1024)
def _class_formulas(term: str) -> tuple[str, ...]:
    vocab = vocabulary()
    return tuple(vocab.get(t).formula for t in vocab.descendants(term) if vocab.get(t).formula)


def _class_member(system: MaterialSystem, term: str) -> bool:
    """Is the sample's host of the ontology class ``term``: by its term, or, for a formula the ontology
    lacks ('Li(CB9H10)0.7(CB11H12)0.3'), by an anion group it shares with a formula of the class."""
    vocab = vocabulary()
    host = system.host
    known = host.term or (vocab.by_formula(host.formula).id if vocab.by_formula(host.formula) else None)
    if known:
        return known == term or vocab.is_a(known, term)
    groups = re.findall(r"\(([A-Z][A-Za-z0-9]*)\)", host.formula)
    return bool(groups) and any(g in f for g in groups for f in _class_formulas(term))
def _constituents_only(subjects: list[MaterialSystem], ctx: Context) -> bool:
    """Are all the systems a sentence gave values to bare constituents (the host, or a hydride added
    to it) of the paragraph's modified sample? Those are its references, not a new subject."""
    sample = ctx.system
    if sample is None or sample.bare or ctx.system_paragraph != ctx.paragraph:
        return False
    parts = {c.formula for c in sample.components}
    # ("MgH2 and MgH2-C films were prepared. The MgH2 film delivers …": a bare host the passage made as a sample
    # of its own is that sample, no reference)
    return all(s.bare and s.host.formula in parts and host_formula(s) not in ctx.in_passage.made_bare for s in subjects)


_DENOTED_LIST = gated(re.compile(r"(?=[adhlnr])\b(?:denoted|labell?ed|designated|referred\s+to|named|hereafter|abbreviated)\s+(?:as\s+)?(?=\S)", re.I))


def _hosts_again(listed: list[MaterialSystem], samples: list[MaterialSystem]) -> bool:
    """Is every one of ``listed`` a bare host of one of ``samples`` (each of which is modified)?"""
    hosts = {s.host.formula for s in samples if not s.bare}
    return bool(samples) and all(s.bare and s.host.formula in hosts for s in listed)


def _named_side_by_side(text: str, systems) -> list[MaterialSystem]:
    """The samples a sentence names as one list ("Li2B12H12, LiCB11H12 and LiCB9H10"), in order, when
    there are at least two and they are hydrides or composed samples; else []."""
    if not any(LIST_GAP.fullmatch(text, a.end, b.start) for (a, _), (b, _) in zip(systems, systems[1:])):
        return []   # (no two samples written one after the other as a list: none is asked whether it is one)
    best: list = []
    run: list = []
    for m, s in systems:
        # ("XRD reveals Li2Mg(NH)2 and LiH in the desorbed sample": phases found or formed are no samples)
        usable = (_has_hydrogen(s) or not s.bare) and not _found_or_formed(text, m)
        if usable and run and LIST_GAP.fullmatch(text, run[-1][0].end, m.start):
            run.append((m, s))
        else:
            run = [(m, s)] if usable else []
        if len(run) > len(best):
            best = list(run)
    return [s for _, s in best] if len(best) >= 2 else []


def _found_or_formed(text: str, m: Mention, composite: bool = False) -> bool:
    """Is the mention a phase the sentence says the sample forms or a measurement finds in it? (A composite of
    the hydride a synthesis forms, ``composite`` and 'formation of MgH2@C nanoparticles', is the sample.)"""
    left = text[max(0, m.start - 40):m.start]
    return bool(product_cue_before(text, m.start) and not (composite and formed_sample(text, m.start, m.end))
                or FOUND_CUE.search(left) or formed_after(text, m.end)
                or FOUND_AFTER.match(text, m.end) or PHASES_AFTER_STEP.search(text, max(0, m.start - 80), m.start))


_EXAMPLES = gated(re.compile(r"(?=[eis])\b(?:such\s+as|e\.g\.,?|including)\s+$", re.I))
_INTO_HOST = re.compile(r"[^.;]*\b(?:into|in|to|with)\s+(?:the\s+|an?\s+)?$", re.I)


def _example_additives(text: str, systems) -> list[MaterialSystem]:
    """'LiBH4 mixed with absorbers of microwaves, e.g. TiH2, B or C': one sample of
    the host per additive given as an example (what a later 'the composites containing these absorbers'
    means); else []."""
    for k, (m, _) in enumerate(systems):
        if not _EXAMPLES.search(text, max(0, m.start - 20), m.start):
            continue
        items = [systems[k]]
        for n, t in systems[k + 1:]:
            if not LIST_GAP.fullmatch(text, items[-1][0].end, n.start):
                break
            items.append((n, t))
        hosts = [(n, t) for n, t in systems[k + len(items):] if _has_hydrogen(t) and t.bare
                 and _INTO_HOST.match(text, items[-1][0].end, n.start)]
        if len(items) < 2 or not hosts or any(t.additives for _, t in items):
            return []
        host = hosts[0][1]
        # named as additives, each is one, even an element of the host ('B' in LiBH4)
        joined = [joined_system(host.name, t.name) for _, t in items]
        return [j for j in joined if j is not None and not j.bare]
    return []


# "Zhang et al. …", "In another work …": a sentence that reports another study names its own sample
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
_NEW_STUDY = re.compile(r"(?=e)\bet\s+al\b|(?=[ia])\b(?:in\s+)?(?:another|a\s+(?:later|separate|different))\s+(?:study|work|report)\b",
                        re.I)


@per_document(maxsize=16)   # (asked up to four times of one sentence)
def _new_study(text: str) -> bool:
    return bool(_NEW_STUDY.search(text))


# "reported previously", "previously reported", "in our earlier work", "in the literature": a sample of an earlier
# study, named to compare with; the sentence names no sample of this study for later ones to take up
_EARLIER_WORK = re.compile(r"(?=[rdspe])\b(?:reported|described|studied|published)\s+(?:previously|earlier|before|elsewhere)\b|"
                           r"(?=[pe])\b(?:previously|earlier)[- ](?:reported|described|studied|published)\b|"
                           r"(?=[ioft])\b(?:in|of|from|than)\s+(?:(?:our|the|an?)\s+)?(?:previous|prior|earlier|former)\s+"
                           r"(?:works?|reports?|stud(?:y|ies)|literature|papers?)\b|(?=i)\bin\s+the\s+literature\b", re.I)


_EARLIER_WORDS = ("previous", "earlier", "prior", "former", "literature", "before", "elsewhere")


def _earlier_work(text: str) -> bool:
    lower = text.lower()
    return any(w in lower for w in _EARLIER_WORDS) and bool(_EARLIER_WORK.search(text))
# "typically", "in general": what a host does as such, not what the paragraph's sample did
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
# ("MgH2 is known to desorb above 400 °C", "it is well known that …": what is known of the host is general)
_GENERAL = gated(re.compile(r"(?=[tgiucakw])\b(?:typically|generally|in general|usually|commonly|intrinsically|inherently|itself|alone|"
                            r"known\s+to|well[\s-]known)\b",
                      re.I))

# "NaAlH4 is the only complex hydride that …", "LiBH4 is one of the lightest hydrides, with …", "MgH2 is a cheap
# hydride holding …": the compound set in its class by 'is/are' in the present tense, what it is in general, not
# what the paragraph's sample did (English, no vocabulary: the class nouns a text sets a compound among)
_CLASS_STATEMENT = gated(re.compile(r"(?=[ia])\b(?:is|are)\s+(?:the\s+only|one\s+of\s+the|among\s+the|the\s+\w+est|an?)\s+"
                                    r"(?:[\w-]+\s+){0,3}?(?:\w*hydrides?|compounds?|materials?|candidates?)\b", re.I))

# "The measured X of LiBH4 of 2.0 V agrees well with the value predicted by first-principles calculations": a value of
# the host set beside a computation's is the compound's own, not the paragraph's sample's (agreement in English; the
# computation's words: the ontology's ComputationWord scheme)
_AGREES_WITH_COMPUTED = gated(re.compile(
    r"\b(?:agree[sd]?|agreement|consistent\s+with|in\s+line\s+with|match(?:es|ed)?|accords?)\b[^.;]{0,60}?"
    rf"{vocabulary().scheme_alternation('ComputationWord', ('ComputingWord', 'CalculatedWord'))}\b", re.I))
# "For comparison, …", "As a reference, …": a sentence about a reference sample, set aside from the passage's own
_ASIDE = gated(re.compile(r"\W*(?:for|by|in|as\s+a)\s+(?:comparison|reference|control)\b", re.I))
# "This allows …", "These samples …", "It …": the sentence goes on about what the one before described
_ANAPHOR_START = re.compile(r"\W*(?:this|these|such|it|they|both)\b", re.I)


def _alternatives_again(text: str, systems, baselines: set[int], ctx: Context):
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
        if s.bare and len(mine) == 1 and m.start not in baselines and not _incidental(text, m) \
                and not _set_against(text, m) and not SET_APART_AFTER.match(text, m.end):
            s = mine[0]
        out.append((m, s))
    return out


def _part_of_sample(text: str, systems, baselines: set[int], ctx: Context):
    """'Mg–Nb@C … the carbon shell keeps the inner Mg–Nb stable, so that …': the
    core of the paragraph's confined or coated sample (same host, its additives but the scaffold) is
    that sample, unless the sentence reports another study or sets it apart as a reference."""
    sample = ctx.system
    if sample is None or len(sample.additives) < 2 or ctx.system_paragraph != ctx.paragraph or _new_study(text):
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
                and m.start not in baselines and not _incidental(text, m) and not _set_against(text, m):
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


def _another_study(text: str, own_refs: list[str], pending_refs: list[str]) -> bool:
    """Does the sentence after a preparation sentence turn to another work: it cites another one than that
    sentence did ("… works as a hot spot.[12] MgH2 releases H2 at 305 °C.[13]"), or opens another study ("Wang et
    al. …", "In another work, …") without citing the same one? Its hydride is then not the prepared sample (the
    sentence that goes on, "This heating further lets MgH2 …", with no citation or the same, is)."""
    if own_refs and pending_refs:
        return set(own_refs) != set(pending_refs)
    return _new_study(text) and not (own_refs and set(own_refs) == set(pending_refs))


def _take_pending(text: str, systems, baselines: set[int], ctx: Context):
    """The first bare hydride the sentence names (not a reference, product or additive) with the
    additives the paragraph prepared before naming it; the paragraph goes on about that sample."""
    for k, (m, s) in enumerate(systems):
        # ("milled with LiBH4" reads as the bare milled hydride elsewhere: here the catalyst is milled into it)
        if _has_hydrogen(s) and (m.start not in baselines and not _incidental(text, m)
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
_CONTRAST_OPENING = re.compile(rf"\s*(?:{_CONTRAST_ADVERB}|unlike)\b", re.I)


def _contrast_aside(text: str, hydro: list[MaterialSystem], sample: MaterialSystem | None) -> bool:
    """Does a sentence without values that opens by setting itself against the modified ``sample`` name
    only bare hydrides other than the sample's host? Those are references of the contrast; the text
    stays on its sample ("In contrast, LiAlH4 melts before it decomposes. The composite …")."""
    return sample is not None and not sample.bare and bool(_CONTRAST_OPENING.match(text)) \
        and all(s.bare and host_formula(s) != host_formula(sample) for s in hydro)


def _lesser_set_apart(text: str, hydro: list[MaterialSystem], systems, sample: MaterialSystem | None) -> bool:
    """Does a sentence without values name only the modified ``sample`` less some of its parts, each time set
    against it ('…, while the undoped 2LiBH4–MgH2 needs more than 10 h')? That is the sample's reference: the
    text goes on about the sample, not the reference."""
    if sample is None or sample.bare:
        return False
    parts = {c.formula for c in sample.components}
    lesser = all(host_formula(s) == host_formula(sample) and {c.formula for c in s.components} < parts for s in hydro)
    return lesser and all(_SET_APART_BEFORE.search(text, 0, m.start) for m, s in systems if s in hydro)


def _compared_only(text: str, system: MaterialSystem, systems) -> bool:
    """Every mention of ``system`` in the sentence comes after a word of comparison ('lower than', 'compared
    with'): a reference the sentence sets beside its sample."""
    at = [m.start for m, s in systems if s.name == system.name]
    return bool(at) and all(_THAN_BETWEEN.search(text, 0, start) for start in at)


def _named_bare(system: MaterialSystem) -> bool:
    """Nothing was added to the sample but what it is made of: no catalyst, filler or support (a molecule of the
    host's formula and a composite's hydride partners are its own)."""
    return not added_parts(system) or len(bare_sample(system).additives) == len(system.additives)


# "… gives off NH3, followed by the decomposition of X": what decomposes once the ligand is gone
# (the nouns: the ontology's BreakdownNoun scheme)
_STAGE_OF = re.compile(rf"\b{vocabulary().scheme_alternation('BreakdownNoun')}\s+of\s+"
                       r"(?:the\s+)?(?:[a-z][\w-]*\s+)?$", re.I)


def _adduct_stage(text: str, m: Mention, system: MaterialSystem, sample: MaterialSystem | None) -> bool:
    """'Sr(NH2BH3)2·NH3 … gives off NH3, followed by the decomposition of Sr(NH2BH3)2': the parent of the passage's
    adduct (its ligand written into the formula) named as what decomposes is a stage of that sample, no new one."""
    if sample is None or "·" not in sample.name or not system.bare:
        return False
    # (an adduct kept whole, Sr(NH2BH3)2·NH3, or read as its parent with the ligand as a substituent, Mg(BH4)2·2NH3)
    whole = sample.host.formula.split("·")[0] if "·" in sample.host.formula else None
    ligands_only = bool(sample.additives) and all(a.role == "DopantSubstituent" for a in sample.additives)
    parent = whole if whole is not None else sample.host.formula if ligands_only else None
    return parent == system.host.formula and _STAGE_OF.search(text, max(0, m.start - 50), m.start) is not None


def _bare_of(system: MaterialSystem, sample: MaterialSystem | None) -> bool:
    """Is ``system`` the bare host of the modified ``sample``?"""
    return sample is not None and not sample.bare and system.bare \
        and host_formula(system) == host_formula(sample)


# "…, whereas LiBH4 …", "but bare MgH2 …": the host named again is set against the sample
# (the words before a mention that set it apart; named apart from _CONTRAST, which it used to shadow)
# ("8.9 wt%, without degradation after 25 cycles, was reached by the composite": a decline it did not have sets no
# sample apart)
_SET_APART_BEFORE = gated(re.compile(rf"\b(?:{CONTRAST_CONJUNCTION}|unlike|in contrast|instead|without\s+{NO_DECLINE}|only)\b"
                                     r"[^.;]*$", re.I))


# "A absorbs 5.5 wt%, compared with 1.5 wt% for MgH2 milled alike": the host named after a comparison
# with the sample is the comparison's reference
# (in the same phrase: "compared with the bulk, the LiBH4 particles …" names the sample again)
# (", against 350 °C for MgH2": 'against' before a value sets it against the sample's; 'stable against Li metal' does not)
_COMPARED_AFTER_SAMPLE = re.compile(rf"\b(?:{COMPARED_WITH}|than|as\s+against"
                                    rf"|against(?=\s+{hedged(APPROXIMATING)}?\d))\b[^,;]*$", re.I)


def _named_again(text: str, systems, baselines: set[int]):
    """'embedded LiBH4 into activated carbon, producing LiBH4 particles under 5 nm': the host named
    again, bare, later in the sentence is the sample the sentence made of it — unless it is set apart
    as a baseline, a comparison or a contrast, or follows several modified samples of the host (a list:
    "A (62 kJ/mol) < B (84 kJ/mol) < MgH2 (158 kJ/mol)")."""
    out, made, kinds, made_end = [], None, set(), 0
    for m, s in systems:
        if not s.bare and _has_hydrogen(s):
            made, made_end = s, m.end
            kinds.add(s.name)
        elif made is not None and _bare_of(s, made) and m.start not in baselines and not _incidental(text, m) \
                and len(kinds) < 2 and not _COMPARED_AFTER_SAMPLE.search(text, made_end, m.start) \
                and not _SET_APART_BEFORE.search(text, 0, m.start) and not SET_APART_AFTER.match(text, m.end) \
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


def _said_after_other_value(text: str, m: Mention) -> bool:
    """Is the material ``m`` said right after a value, as the additive of that value's sample ('… to 280 °C with
    Nb2O5', '… 92 kJ/mol after adding Nb2O5', '… 97 kJ/mol for V2C doping')?"""
    said = _WITH_AFTER_VALUE.search(text, max(0, m.start - 30), m.start)
    return said is not None and (not said.group("by") or _DOPANT_AFTER.match(text, m.end) is not None)


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


def _refers_back(text: str, systems, baselines: set[int], ctx: Context, ms=()) -> MaterialSystem | None:
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
    if _new_study(text) or _GENERAL.search(text) or THEORETICAL.search(text) or _AGREES_WITH_COMPUTED.search(text) \
            or _CLASS_STATEMENT.search(text):
        return None
    if any(not s.bare and _has_hydrogen(s) and not _incidental(text, m) for m, s in systems):
        return None  # (a phase the sample forms, 'producing Mg2Ni(Cu)H4', is no sample of its own)
    bare = [(m, s) for m, s in systems if _bare_of(s, sample)]
    if sample is ctx.headed and any(_MADE_ITSELF_AFTER.match(text, m.end) for m, _ in bare):
        return None  # "For Li3AlH6 prepared by ball milling, …" under a title on Li3AlH6 with TiF3: the bare host made
    if not bare and ctx.carried:
        others = [(m, s) for m, s in systems if s.bare and _has_hydrogen(s)]
        if len({host_formula(s) for _, s in others}) == 1:
            bare = others
            host = _host_only(others[0][1].host.formula)
            adds = [a for a in sample.additives if not _has_hydrogen(_host_only(a.formula) or host)]
            sample = joined_system(host.name, _notation(adds)) if host and adds else None
    # "LiBH4 … 150 °C lower than bulk LiBH4": the bare host set apart is the baseline, the other the sample
    bare = [(m, s) for m, s in bare if m.start not in baselines and not _apart(text, m)]
    if bare and ms and any(_modified_phrase(r) and not any(r.start <= m.start < r.end for m, _ in bare)
                           for r in references(text, ms)):
        return None  # "MgH2 desorbs at 350 °C, whereas the doped hydride …": the sample is named apart, by description
    return sample if bare and sample is not None else None


def _apart(text: str, m) -> bool:
    """Does the sentence set the bare host's mention apart from the paragraph's sample of it (an incidental
    mention, a reference set against the value, 'MgH2 alone', a contrast)?"""
    return _incidental(text, m) or _set_against(text, m) or bool(SET_APART_AFTER.match(text, m.end)) \
        or bool(_MADE_APART_AFTER.match(text, m.end)) or bool(_CONTRASTED_BEFORE.search(text, max(0, m.start - 60), m.start))


def _modified_phrase(r) -> bool:
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


def _set_apart(text: str, m: Mention, baselines: set[int]) -> bool:
    """A mention the sentence sets apart as a reference: a baseline ('pristine MgH2'), the object of a
    comparison ('compared to MgH2'), or a host followed by what it lacks ('MgH2 without any oxide')."""
    return m.start in baselines or _set_against(text, m) or bool(SET_APART_AFTER.match(text, m.end))


def _storage_system(text: str, m: Mention, s: MaterialSystem) -> bool:
    """'the Mg–Ni system': a metal or alloy of a storage hydride of the ontology named as a system is
    that hydride's sample (Mg2Ni for Mg2NiH4), though it is written without hydrogen."""
    return s.bare and storage_hydride(s.host.formula) is not None \
        and bool(_SYSTEM_AFTER.match(text, m.end) or re.search(r"\ssystem$", m.text, re.I))


def _acting_on_host(text: str, systems, sample: MaterialSystem | None) -> MaterialSystem | None:
    """'TiH2, working as a hydrogen pump, …, thereby enhancing the Mg/MgH2 system': one other hydride
    the sentence makes act (a verb of change) on the paragraph's host named after it is that host's
    additive; the paragraph goes on about the host with it. None otherwise."""
    if sample is None:
        return None
    same = host_formula(sample)
    others = [(m, s) for m, s in systems if _has_hydrogen(s) and s.bare and host_formula(s) != same
              and not _incidental(text, m)]
    if len(others) != 1:
        return None
    m, s = others[0]
    host = next((x for x, y in systems if x.start > m.end and y.bare and host_formula(y) == same
                 and not _incidental(text, x)), None)
    if host is None or not _CHANGE_VERB.search(text, m.end, host.start) or CLAUSE_BREAK.search(text, m.end, host.start):
        return None
    bare = _host_only(sample.host.formula)
    return plus_additive(bare, s) if bare is not None else None


_IN_SETTING_BEFORE = re.compile(r"(?=[i])\bin\s+(?:the\s+)?$", re.I)
_SETTING_AFTER = re.compile(r"\s*(?:-based\s+)?(?:systems?|composites?|materials?)\s*,", re.I)


def _acting_in_setting(text: str, systems, ms: list[Mention]) -> MaterialSystem | None:
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
        if x is None or text[setting.end():x.start].strip() or not _ACTOR_AFTER.match(text, x.end) \
                and not _CHANGE_VERB.match(text, x.end + 1):
            return None
        notation = additive_notation(x, material_system(x))
        return with_additives(s, [notation]) if notation else None
    return None


def _set_against(text: str, m: Any) -> bool:
    """The mention sits in a clause set against the value ("…, while that of MgH2 milled without any
    oxide …"): it names the reference, not the paragraph's sample."""
    return bool(_SET_APART_BEFORE.search(text[max(0, m.start - 30):m.start]))


# "This composite …", "The resulting distortion …", "The doped sample …": the sentence goes on about
# the sample the paragraph just described, even where it names the host alone.
_GOES_ON = re.compile(r"^\W*(?:(?:this|these|such|the)\s+(?:(?:as-?)?(?:prepared|synthesi[sz]ed|obtained|resulting|"
                      r"modified|doped|catalys\w*|catalyz\w*|composite|composites|sample|samples|nanocomposite)\b)"
                      r"|the\s+resulting\b|(?:this|these)\s+(?:\w+\s+)?(?:composites?|samples?|materials?|systems?)\b)",
                      re.I)


def _continued(text: str, out: list[Measurement], context: MaterialSystem | None,
               goes_on: bool = False) -> list[Measurement]:
    """Values a 'this composite …' sentence (or one that names the host again, ``goes_on``) put on the
    bare host go to the paragraph's modified sample of that host (a baseline stays bare, and so does a
    theoretical value: "MgH2 holds 7.6 wt% in theory" is what the formula defines, whatever was added — but not
    one the sentence derives from a numbered equation, which is the reaction's: ``ingest.equation_basis``)."""
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


# "the sorption of Mg in the Mg–Ni system": a part of the system named next, not the sample
_PART_OF_AFTER = re.compile(r"\s+in\s+the\s+\S+\s+(?:system|alloy|composite)s?\b")


def _phase_found(text: str, m: Mention) -> bool:
    """A material named in a list of phases that a measurement finds or a step leaves ('only Mg6Pd and Mg5Pd2 phases
    were identified in the film'): what the sample holds, not the sample a value of the sentence is of."""
    listed = PHASES_NAMED.match(text, m.end) if "phases" in text[m.end:m.end + 80] else None
    return listed is not None and bool(FOUND_AFTER.match(text, listed.end()) or _LEFT_AFTER.match(text, listed.end()))


# "… phases remained / were left / were retained": the phases a step leaves in the sample
_LEFT_AFTER = re.compile(rf"\s+(?:(?:only\s+)?(?:remain(?:s|ed)?|{BE}\s+(?:left|retained)))\b", re.I)


@per_document(maxsize=256)   # (asked for each mention by several of a sentence's rules)
def _incidental(text: str, m: Mention) -> bool:
    """A mention that is not what the text goes on about: a product, a phase found in the sample, an
    additive, a comparison."""
    left = text[max(0, m.start - 40):m.start]
    return bool(product_cue_before(text, m.start) or may_cue_additive(text) and ADDITIVE_CUE.search(left) or _reagent(text, m)
                or formed_after(text, m.end) or _PART_OF_AFTER.match(text, m.end)
                or FOUND_CUE.search(left) or FOUND_AFTER.match(text, m.end)
                or PHASES_AFTER_STEP.search(text, max(0, m.start - 80), m.start)
                or "phases" in text[m.end:m.end + 80] and PHASES_NAMED.match(text, m.end)
                or additive_after(text, m.end) or _compared_just_before(text, m.start)
                or compared_before(text, m.start))


# "by mixing 3LiBH4–LiI with 30 vol% SiO2": a host given an additive by amount is the composite made,
# not a reagent of a reaction (reagents of a metathesis are given in molar ratios)
_WITH_AMOUNT = re.compile(rf"\s+(?:with|and)\s+{AMOUNT}")


@per_document(maxsize=256)   # (asked by _incidental and by the sample rules for the same mentions)
def _reagent(text: str, m: Mention) -> bool:
    """A starting material of a preparation, not one said to stay as catalyst or additive."""
    left, right = text[max(0, m.start - 40):m.start], text[m.end:m.end + 30]
    return bool(_REAGENT_CUE.search(left) and not additive_after(text, m.end) and not _WITH_AMOUNT.match(right)
                or _USING_CUE.search(left) and not _AS_ROLE.match(right))


_NANO = "Nanoengineering"     # Strategy: the nano forms (particles, wires, films …) a material is made in


def _own_strategies(ms: list[Mention], text: str | None = None) -> list[Mention]:
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
                    and (system is None or not _has_hydrogen_or_storing(system)):
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
        if system is not None and _has_hydrogen_or_storing(system):
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
    if system is None or not _has_hydrogen_or_storing(system):
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
            and not _has_hydrogen_or_storing(system) else None
        if term is not None:
            out.append(Mention("Strategy", m.text, m.start, m.end, term))
    return out


def _has_hydrogen_or_storing(system: MaterialSystem) -> bool:
    """A hydride, or a metal written for its hydride ('Mg nanowires' are MgH2's), or an alloy named without a
    formula ('nanocrystalline MmNi5')."""
    return _has_hydrogen(system) or host_formula(system) != system.host.formula \
        or alloy_without_formula(system.host.formula) is not None


# "Mg nanowires", "the Mg2Ni alloy", "Mg thin films": a metal named as a material made, not as an element or
# an ion ("the NH2 groups interact with Mg and H", "Mg2+ diffusion")
_MADE_AS = re.compile(rf"(?:\s+[a-z][\w-]*)?\s+(?:{SAMPLE_NOUNS}|alloys?|\w*particles|\w*crystals|\w*crystallites|"
                      r"nano\w+|\w*wires|\w*layers?)\b", re.I)


def _named_as_sample(text: str, m: Mention, system: MaterialSystem) -> bool:
    """A hydride, an alloy written by its composition ('Mg2Ni'), or a metal named as a material made."""
    if _has_hydrogen(system) or _MADE_AS.match(text, m.end):
        return True
    # ('AZ91 was extruded': a Mg alloy the ontology names by its designation is a material made)
    return len(_host_elements(system)) > 1 or named_by_designation(system.host.formula)


def _host_elements(system: MaterialSystem) -> tuple[str, ...]:
    return written_elements(system.host.formula)


def _stores_hydrogen(system: MaterialSystem) -> bool:
    """A hydride, or a metal or alloy the ontology holds a storage hydride of (Mg for MgH2, Mg2Ni for
    Mg2NiH4), or an alloy written by its composition with such a metal in it ('Mg90Ni10', 'Mg2Ni0.9Co0.1':
    its own host; or a Mg alloy the ontology names by its designation, 'AZ91') — not a metal whose hydride is a
    reactant or catalyst (Li for LiH, Ti for TiH2: 'Li-ion')."""
    host = system.host
    if _has_hydrogen(system) or stored_as(host.term or host.formula, host.formula) != (host.term or host.formula) \
            or named_by_designation(host.formula):
        return True
    elements = _host_elements(system)
    return len(elements) > 1 and not NONMETALS.intersection(elements) and any(stored_as(e, e) != e for e in elements)


# "more of the heavy dopant would lower the capacity to below 5 wt%": what a change would do, not what a sample did
# (a modal of possibility; 'could' is left out: "the composite could release 6 wt% at 300 °C" reports what it did)
_SUPPOSED = gated(re.compile(r"(?=[mw])\b(?:would|might)\b[^;:]*$", re.I))


def _supposed(text: str, g: Group, cues: list[str]) -> bool:
    """A value the sentence says a change would bring about, in a sentence naming no sample (its sample only the
    passage's): a supposition, no result of the passage's sample."""
    return "system:context" in cues and bool(_SUPPOSED.search(text, 0, g.start))


# "… can be further improved using nanoconfinement strategies": a strategy proposed, not one applied
_PROPOSED = gated(re.compile(r"(?=[acimsw])\b(?:can|could|may|might|would|should|is expected to|are expected to)\s+(?:still\s+)?"
                       r"(?:be\s+)?(?:further\s+)?(?:improved|enhanced|increased|addressed|overcome|solved|"
                       r"mitigated|tackled|boosted)\b[^.;:]*$", re.I))


def _proposed(text: str, m: Mention) -> bool:
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


def _member_by_loading(text: str, g: Group, subject: MaterialSystem) -> MaterialSystem:
    """``subject`` with its one additive at the loading the sentence names the sample by before the value ('the 10 wt%
    sample', 'the 5 mol% composite'), where the sample gives that additive no amount; else ``subject``."""
    if len(subject.additives) != 1 or subject.additives[0].amount is not None or "%" not in text[:g.start]:
        return subject
    named = list(_LOADING_NAMED.finditer(text, 0, g.start))
    if not named:
        return subject
    return with_additives(subject, [(subject.additives[0].formula, amount_text(named[-1]))])


def _written_with_amounts(sample: MaterialSystem, systems) -> MaterialSystem:
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
    """The report of the sentence's first sample (``own``: ``_own_strategies(ms, text)``, when read already)."""
    strategies = _terms(_own_strategies(ms, text) if own is None else own, "Strategy")
    if any(m.kind == "Application" for m in ms):
        # (the materials as the sentence names them: those read as no sample, 'sodium metal', are still there)
        ms = [m for m in ms if not _part_of_another(text, m, mentions(text))]
    mechanisms, methods, applications = _terms_of_kinds(ms, ("Mechanism", "SynthesisMethod", "Application"))
    hydro = [s for _, s in systems if _has_hydrogen(s)]
    # ('the LiBH4–LiI electrolyte', the sentence's first hydride: an electrolyte of a hydride is a solid one)
    # (or the layer a cell notation tests between its electrodes: 'the TiS2/LiBH4–LiI/Li cell')
    middle = electrolyte_layers(text) if "/" in text or "|" in text else set()
    said_electrolyte = ("electrolyte" in text or bool(middle)) and _ELECTROLYTE not in applications and bool(hydro) \
        and any(s.name == hydro[0].name and (named_electrolyte(text, x) or (x.start, x.end) in middle)
                for x, s in systems)
    used = bool(applications) and _use_of_a_hydride(text, ms, systems)
    if said_electrolyte:
        # (the sentence's other uses are the cell's other parts' unless said of a hydride: 'a Li negative electrode')
        applications = [*applications, _ELECTROLYTE] if used else [_ELECTROLYTE]
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


_SET_AT = re.compile(rf"(?=[abfiotuw])\b(?:at|under|to|from|in|between|within|for|after|over)\s*{hedged(APPROXIMATING)}?$", re.I)


def _gas_of_pressure_end(text: str, cond: Group) -> int | None:
    """Where the gas named with a pressure ends ('1 bar H2', the gas read with the unit, or '0.1 MPa of hydrogen'),
    None if no gas is named right after it."""
    if _GAS_OF_PRESSURE.fullmatch(text, cond.end - 2, cond.end) or text.endswith("hydrogen", cond.start, cond.end):
        return cond.end
    gas = _GAS_OF_PRESSURE.match(text, cond.end)
    return None if gas is None else gas.end()


def _named_before_condition(text: str, g: Group, start: int, gs: list[Group], prev_end: int) -> str | None:
    """The words before the clause that holds the condition said between (", measured at 5 K/min,"), read for
    g; g is their property's value when they name one, else stays the condition its unit made it."""
    cond = next(o for o in gs if o.end == prev_end and o.role == "condition")
    opened = text.rfind(",", start, cond.start)
    if opened >= 0 and (named := named_by(g, " ".join(WORD.findall(text[start:opened])[-15:]))) is not None:
        return named
    # "the plateau pressure of MgH2 at 300 °C was 0.12 MPa": the setting said with 'at' right after the
    # property's name and its sample, the value after a copula (a comma before them may end a fronted sample
    # instead: "For the Mg2Ni alloy, the plateau pressure at 573 K is 0.15 MPa")
    at = _SETTING_PREP.search(text, max(start, opened + 1), cond.start)
    if at is None and (gas_end := _gas_of_pressure_end(text, cond)) is not None \
            and _COPULA_ENDS.search(_AS_FAR_AS.sub("", text[gas_end:g.start])) \
            and len(WORD.findall(text, gas_end, g.start)) <= _GAP_WORDS:
        # "the temperature for releasing 1 bar H2 was 518 °C", "the temperature to give off 0.1 MPa of hydrogen is
        # 290 °C": a pressure said between a verb and the gas it gives off is the pressure the gas is given at; the
        # words read without it (the verb and its gas) name the value
        return named_by(g, " ".join(WORD.findall(f"{text[start:cond.start]} hydrogen")[-15:]))
    if at is None:
        return None
    if _COPULA_GAP.fullmatch(text, cond.end, g.start):
        return named_by(g, " ".join(WORD.findall(text[start:at.start()])[-15:]))
    return _named_right_before_setting(text, g, start, at.start(), cond.end)


def _named_right_before_setting(text: str, g: Group, start: int, at: int, cond_end: int) -> str | None:
    """"a plateau pressure at 300 °C of 0.15 MPa", "the plateau pressure at 300 °C of X was only 0.15 MPa": the
    setting said right after the property's own name (its last words before 'at' name it) sets that property,
    whose value is the next one of its unit in the same clause, whatever verb or sample is said between, unless
    the words between name another property."""
    gap = text[cond_end:g.start]
    if _GAP_BREAK.search(gap) or len(WORD.findall(gap)) > _GAP_WORDS or properties_named(gap) \
            or (_SETTING_END.search(gap) and not _COPULA_ENDS.search(gap)
                and not (g.kind == "change" and _CHANGED_FROM.search(gap))):
        # ("… dehydrate at 55 °C and then rehydrate at around 35 °C": a value set by its own preposition is
        # another event's setting)
        return None
    words = WORD.findall(text[start:at])
    for n in range(1, min(len(words), _NAME_WORDS) + 1):
        if (named := named_by(g, " ".join(words[-n:]))) is not None:
            return named
    return None


_GAP_BREAK = re.compile(r"[;:]|\.\s|\b(?:while|whereas|but)\b")   # another clause
_SETTING_END = re.compile(r"\b(?:at|under|to|from|in|between|within|for|after|over|near|around|below|above|up\s+to)"
                          rf"\s*(?:{APPROXIMATING}|{NEARLY})?\s*$", re.I)
# "… at 300 °C of X changed from 0.10 to 0.15 MPa", "… fell from": a verb of the value's own change before its
# 'from' (not a treatment's span: "heated from 25 to 400 °C" sets the temperature the step ran over)
# (the programme verbs: the ontology's ProgrammeVerb words; the irregular past forms of a change are English)
_CHANGED_FROM = re.compile(rf"\b(?:(?!{vocabulary().scheme_alternation('ProgrammeVerb')})[a-z]+(?:ed|es|s)|rose|fell|went|grew|sank)"
                           r"\s+from\s*$", re.I)
_GAP_WORDS = 12   # a sample and its verb between the setting and the value, no more
_NAME_WORDS = 5   # the longest property name read right before the setting


# the preposition a setting is said with, right before it ("… of MgH2 at 300 °C"), or before the setting's own name
# ("… of MgH2 at a heating rate of 5 K/min", "under a hydrogen pressure of 1 MPa")
_SETTING_PREP = re.compile(rf"\b(?:at|under)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){{1,3}}?of\s+)?(?:{APPROXIMATING})?\s*$")
# a copula between that setting and the value ("… at 300 °C was 0.12 MPa", "… under 10 bar reached 5 wt%")
# (the gas a pressure is of, named after it, belongs to the setting: "… at 1 bar of hydrogen was estimated to be 170 °C")
_COPULA_GAP = re.compile(r"(?:\s*(?:of\s+)?(?:hydrogen|H2|H₂)\b)?"
                         rf"\s*,?\s*(?:is|was|were|are|amount(?:s|ed|ing)\s+to|{BE}\s+equal\s+to|equals?|"
                         r"reach(?:es|ed)|(?:has\s+|had\s+)?been|"
                         rf"{BE}\s+(?:found|determined|measured|calculated|estimated|predicted|computed)"
                         r"\s+(?:to\s+be|as|at))"
                         rf"\s*(?:{APPROXIMATING}|{LIMITING})?\s*", re.I)

# the gas right after a pressure ('1 bar H2', '0.1 MPa of hydrogen'), and a comparison a copula may end with
# ('was as high as')
_GAS_OF_PRESSURE = re.compile(r"\s*(?:of\s+)?(?:hydrogen|H2|H₂)\b", re.I)   # (also the unit's last two letters)
_AS_FAR_AS = re.compile(r"\s+as\s+(?:high|low|much|little)\s+as\s*$", re.I)
# the gap ending in that copula ("… of MgH2 was estimated at …"): the 'at' of a copula sets nothing
_COPULA_ENDS = re.compile(rf"(?:^|(?<=\s))(?:{_COPULA_GAP.pattern})$", re.I)

# "… from 3.6 wt% to 3.1 wt% after 100 cycles": the cycle count a change is said over, right after it
_OVER_CYCLES = re.compile(r"\s*,?\s*(?:after|over|upon|during|following|within|in)\s+(?:the\s+)?(?:first\s+)?$", re.I)


# "After ten cycles, the capacity … drops from 8.1 to 6.9 wt%": the same count fronted in the change's clause
_CYCLES_FRONTED = re.compile(r"(?:^|[.;:]\s+|\b)(?:after|over|upon|during|following|within|throughout)\s+(?:the\s+)?"
                             r"(?:first\s+)?$", re.I)


def _cycled_after(text: str, g: Group, conds: list[Group]) -> Group | None:
    """The condition of a cycle count said right after a change ('… to 3.1 wt% after 100 cycles') or fronted in
    its sentence ('After 100 cycles, the capacity fell from 3.6 to 3.1 wt%'), else None."""
    after = next((c for c in conds if c.kind == "cycles" and c.start >= g.end and _OVER_CYCLES.fullmatch(text, g.end, c.start)),
                 None)
    return after or next((c for c in conds if c.kind == "cycles" and c.end <= g.start
                          and _CYCLES_FRONTED.search(text, max(0, c.start - 30), c.start)
                          and not re.search(r"[.;]\s", text[c.end:g.start])), None)


def _setting_of_the_next(text: str, g: Group, gs: list[Group], prev_end: int) -> bool:
    """Is ``g``, said with 'at' after a property's name and its sample, the setting of the value a copula joins
    right after it, a value in another unit that those words name ("the equilibrium pressure for the hydriding
    of X at 573 K is 0.5 MPa")?"""
    at = _SETTING_PREP.search(text, prev_end, g.start)
    if at is None:
        return False
    after = next((o for o in gs if o.start >= g.end), None)
    if after is None or not after.unit or after.role is not None or _dims(after.unit) == _dims(g.unit) \
            or not _COPULA_GAP.fullmatch(text, g.end, after.start):
        return False
    probe = Group(after.kind, after.numbers, after.unit, after.start, after.end)   # (read, not changed)
    return named_by(probe, " ".join(WORD.findall(text[prev_end:at.start()])[-15:])) is not None


# "68 kJ/mol and 122 J/(mol K)": nothing but 'and' between two values
_AND_NEXT = re.compile(r"\s*(?:,|,?\s*and)\s+")   # (", " too: "74 kJ/mol, 135 J/(mol K), 64 kJ/mol and …")
# "313 µAh/cm2 (~2900 mAh/g)": nothing but an opening bracket (and a hedge) between a value and the next one
_BRACKET_NEXT = re.compile(rf"\s*\(\s*{APPROX}")
# "the first event peaks near 110 °C, the second near 150 °C", ", the second one at 165 °C": an
# ordinal standing for the noun of the value before it, with no verb or name of its own — the same property
_ORDINAL_ELLIPSIS = re.compile(r"\s*(?:,|;)?\s*(?:and\s+|while\s+|whereas\s+)?(?:the\s+)?(?:second|third|fourth|"
                               r"next|last|final|latter|other)(?:\s+(?:one|step|stage|peak|event|process))?\s*,?\s*"
                               rf"(?:at|of|near|around|by|to)?\s*(?:{APPROXIMATING}|{NEARLY})?\s*",
                               re.I)

# "The peak temperature of MgH2 is 350 °C and that of LiBH4 is 450 °C": 'that of' stands for the noun of the
# value before, said of another sample — the same property, whatever the unit alone would make it
# "… lay at 141 °C for CeCl3 and at 166 °C for TiCl3": a second value of the same quantity given, like the first, for
# a sample named after it, its name and verb left out (the same 'for' or 'with' after both values)
_FOR_EACH_ELLIPSIS = re.compile(r"\s*(?:for|with)\s+(?![\d.])[^,;.()]{1,50}?\s*[,;]?\s*(?:and|but|while|whereas)\s+"
                                rf"(?:at|of|near|around|to|by)?\s*(?:{APPROXIMATING}|{LIMITING})?\s*$",
                                re.I)
_FOR_EACH_AFTER = re.compile(r"\s*(?:for|with)\s+[^\s\d.]", re.I)   # (not a time: "… for 2 h and at …")
_THAT_OF_ELLIPSIS = re.compile(r"\s*[,;]?\s*(?:and|but|while|whereas)\s+(?:that|those)\s+(?:of|for)\s+[^,;.()]{1,60}?\s+"
                               r"(?:is|was|are|were|reache[sd]|amounts?\s+to|(?:lies|lay)\s+at|at)\s*"
                               rf"(?:{APPROX_WORD}|{LIMITING})?\s*$", re.I)


# "LiH with an ionic conductivity of", "LiBH4, which has a high conductivity of": a material's own value phrase
# ("first, MgH2 is formed with a reaction enthalpy of …": the phase's own formation, said with its verb)
_OWN_VALUE_PHRASE = re.compile(r"\s*,?\s*(?:(?:is|are|was|were|being)\s+(?:[a-z]+ly\s+)?(?:formed|produced|generated)\s+)?"
                               r"(?:with|having|which\s+(?:has|shows|exhibits|displays))\s+(?:an?\s+|the\s+|its\s+)?"
                               rf"(?:[a-z][\w-]*\s+){{1,4}}?(?:of|=)\s*{hedged(APPROXIMATING, LIMITING)}?", re.I)


# the words between two values of one list: "2140 mAh/g and 10.5 wt%", "…, 7.6 wt%, and 2038 mAh/g"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


# the words between two lists of one 'respectively' statement ("52 and 61 kJ/mol and entropies of 100 and …"):
# a few words, no clause break, no word saying what follows was measured (English, not vocabulary)
_SHORT_LIST_GAP = re.compile(r"[^;:.]{0,40}")
_MEASURED_WORD = re.compile(r"\b(?:measur|experiment|observ|actual|obtain|found|determin)\w*", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# a clause of its own between the value and its 'respectively' ("13.5 wt% is released …, respectively")
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had)\b", re.I)


def _shares_list_basis(text: str, g: Group, gap: str, before_from: int) -> bool:
    """Is g a further value of a 'respectively' statement whose basis word ('DFT predicts …', 'the
    calculated …') the value before took? Every value of the statement is then of that basis ('DFT
    predicts enthalpies of 52 and 61 kJ/mol and entropies of 100 and 110 J/(mol K) for A and B,
    respectively'); a statement naming a measured counterpart ('the theoretical and measured capacities
    are 7.6 and 6.5 wt%, respectively') or a clause between the value before and the 'respectively'
    ('… 13.5 wt% is released at 400 °C and 8 wt% at 350 °C …, respectively') keeps each value's own."""
    if LABELLED_LIST_GAP.fullmatch(gap) and not _MEASURED_WORD.search(gap):
        # "DFT predicts 52 (LiBH4) and 61 kJ/mol (NaBH4)", "… 39 kJ/mol H2 for MgH2 and 64 kJ/mol H2 for Mg2NiH4":
        # one list, each value's sample in its bracket or after its 'for'
        return True
    closing = _RESPECTIVELY.search(text, g.end)
    return bool(_SHORT_LIST_GAP.fullmatch(gap)) and closing is not None \
        and not _CLAUSE_VERB.search(text, before_from, closing.start()) \
        and not _MEASURED_WORD.search(text, 0, g.start) and not _MEASURED_WORD.search(gap)


# "At 225 °C, hydrogen desorption commences, with …": the clause after a fronted value's comma that tells what
# happens there (value_roles.FRONTED_SETTING: a value set before its clause)
_TOLD_CLAUSE = re.compile(r"\s*,[^,;]+,")


def _told_of_fronted(text: str, last: Group, g: Group) -> int | None:
    """Where the words naming g begin when the value before it was fronted ("At 225 °C, hydrogen desorption
    commences, with maximum rates at 278 and 350 °C"): after the clause that told what happens at that value,
    whose words named it (the onset) and not the values after it; None otherwise."""
    if not FRONTED_SETTING.search(text, max(0, last.start - 45), last.start):
        return None
    told = _TOLD_CLAUSE.match(text, last.end, g.start)
    return told.end() if told else None


def _changed_sample(text: str, g: Group, systems, ms) -> MaterialSystem | None:
    """The sample of a change no other reading gave a subject: the one named between its values ("from 0.74 eV for
    X to 0.41 eV for the confined one"), unless that one is an additive the first value is given for ("of MgH2 fell
    from 140 kJ/mol for doping TiO2 to 95 kJ/mol for doping Nb2O5"): then the hydride named before the change,
    with what the words after the new value put in it."""
    between = [s for m, s in systems if g.numbers[0].end <= m.start < g.numbers[-1].start]
    host = next((s for m, s in reversed(systems) if m.end <= g.start and _has_hydrogen(s)), None)
    if between and not _has_hydrogen(between[0]) and host is not None \
            and given_for_first(text, g, host, ms) is not None:
        return with_or_without(text, g, host, systems, ms)
    return between[0] if between else None


def _named_before_setting(text: str, g: Group, start: int, ms, chain_cue: str | None) -> str | None:
    """g read again from ``start``: its property and the words that named it when those words name it
    (``property:named``); else None, and g stays as it was read."""
    kept = (g.role, g.key, list(g.cues))
    g.role, g.key, g.cues = None, None, []
    cue = classify(text, g, start, ms, chain_cue)
    if g.role == "property" and "property:named" in g.cues:
        return cue
    g.role, g.key, g.cues = kept
    return None


def _restated_listed_keys(text: str, gs: list[Group]) -> dict[int, str]:
    """'the discharge and charge capacities are respectively 150 µAh/cm2 (~1412 mAh/g) and 55 µAh/cm2 (~518 mAh/g)':
    the values each restated in brackets in another unit, by id, with the property the words list for its place
    (the list read from where the first value's words end); {} when the sentence has no such run."""
    restated = [(a, b) for a, b in zip(gs, gs[1:]) if a.unit and b.unit and b.kind == "single"
                and _dims(a.unit) != _dims(b.unit) and _BRACKET_NEXT.fullmatch(text, a.end, b.start)]
    runs: list[list[tuple[Group, Group]]] = []
    for pair in restated:
        # (a run: each pair joined to the one before by a comma or 'and' after its closing bracket, one unit each)
        if runs and _AND_NEXT.fullmatch(text.replace(")", " "), runs[-1][-1][1].end, pair[0].start) \
                and pair[1].unit == runs[-1][-1][1].unit:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    out: dict[int, str] = {}
    for run in (r for r in runs if len(r) >= 2):
        listed = Group("list", [b.numbers[0] for _, b in run], run[0][1].unit, run[0][0].start, run[-1][1].end)
        keys = listed_keys(listed, text)
        if len(keys) == len(run):
            out.update({id(b): k for (_, b), k in zip(run, keys)})
    return out


def _measurements(text: str, ms, systems, ctx: Context, ref: Callable[[], SourceRef], baselines: set[int] = frozenset(),
                  alternatives: list[MaterialSystem] | None = None) -> list[Measurement]:
    gs = paired_singles(text, groups(text), systems)
    prev_end = 0
    last: Group | None = None
    chain_cue: str | None = None
    clause: dict[int, str] = {}
    last_from = 0     # where the words that could name ``last`` began
    run_keys: dict = {}   # the property of each quantity of a run of values ("a kJ/mol, b J/(mol K), c kJ/mol …")
    told_at: dict[int, int] = {}   # where the words of a value after a fronted one begin (``_told_of_fronted``)
    restated_keys = _restated_listed_keys(text, gs) if "respectively" in text else {}
    for g in gs:
        if last is not None and last.end == prev_end and (told := _told_of_fronted(text, last, g)):
            prev_end = told_at[id(g)] = told   # the clause that told what happened at the fronted value is its
        # ("41 (44) kJ/mol H2 with PBE (LDA)": the bracketed second value lies within the first's span and
        # is told by the same words)
        clause[id(g)] = clause[id(last)] if last is not None and g.start < prev_end else text[prev_end:g.start]
        clause_from = prev_end
        cue = classify(text, g, prev_end, ms, chain_cue)
        if g.role is None and g.unit and prev_end > 0 and any(o.end == prev_end and o.role == "condition" for o in gs):
            # "the capacity retention after 50 cycles is 97.5 %": the words naming the value come before
            # the condition said between them
            cue = classify(text, g, last.end if last is not None else 0, ms, chain_cue)
        elif g.role == "property" and g.cues == ["property:unit"] and prev_end > 0 \
                and any(o.end == prev_end and o.role == "condition" for o in gs):
            # "a discharge capacity at C/10 of 130 mAh/g": read by its unit alone after a condition said between,
            # the value is named by the words before that condition when they name it
            cue = _named_before_setting(text, g, last.end if last is not None else 0, ms, chain_cue) or cue
        elif g.role == "condition" and g.cues == ["property:unit"] and prev_end > 0 \
                and any(o.end == prev_end and o.role == "condition" for o in gs) \
                and (not _SET_AT.search(text, prev_end, g.start) or _COPULA_ENDS.search(text, prev_end, g.start)
                     or g.kind == "change" and _CHANGED_FROM.search(text, prev_end, g.start)):
            # ('… at 553 K amounts to 0.19 MPa': the 'to' of a copula sets nothing)
            # "the peak temperatures of A and B, measured at 5 K/min, were 523 and 551 K": a value read as
            # a condition by its unit alone, after a condition said between, is named before that condition
            cue = _named_before_condition(text, g, last.end if last is not None else 0, gs, prev_end) or cue
        elif g.role == "condition" and prev_end > 0 and (aside := interposed_setting(text, g, gs, prev_end)):
            cue = _reread_past(text, g, aside, last, ms, chain_cue) or cue
        if g.role == "property" and _setting_of_the_next(text, g, gs, prev_end):
            # "The equilibrium pressure for the hydriding of X at 573 K is 0.5 MPa": the temperature is the
            # pressure's setting, though 'hydriding' before it names a temperature of its own
            g.cues = []
            g.role, g.key = choose_property(g.unit, "", "", g.cues)
        in_run = last is not None and g.unit is not None and bool(_AND_NEXT.fullmatch(text, last.end, g.start))
        if not in_run:
            run_keys = {}
        if g.role is None and in_run and last is not None and _dims(g.unit) != _dims(last.unit):
            if _dims(g.unit) in run_keys:
                # "40 kJ/mol, 81 J/(mol K), 59 kJ/mol, 110 J/(mol K), …": the run comes round to a quantity again
                g.role, g.key = "property", run_keys[_dims(g.unit)]
                g.cues.append("property:chained")
            else:
                # "ΔH and ΔS of 68 kJ/mol and 122 J/(mol K)": the next value in another unit is named by the
                # words before the first value, where each quantity of the list was named
                cue = classify(text, g, last_from, ms, chain_cue) or cue
        if in_run:
            clause_from = last_from   # (and the values after it: "…, 64 kJ/mol and 122 J/(mol K), respectively")
        if g.role == "property" and g.unit:
            run_keys.setdefault(_dims(g.unit), g.key)
        if id(g) in restated_keys and g.role == "property":
            # "… capacities are respectively 150 µAh/cm2 (~1412 mAh/g) and 55 µAh/cm2 (~518 mAh/g)": each restatement
            # takes the property listed for its place
            g.key = restated_keys[id(g)]
            g.cues = ["property:named", "property:restated-listed"]
        elif g.role == "property" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
                and last.unit and _dims(g.unit) != _dims(last.unit) and _BRACKET_NEXT.fullmatch(text, last.end, g.start):
            # "an initial discharge capacity of 314 µAh/cm2 (~2900 mAh/g)": the same charge per mass restated in
            # brackets is named by the words before the first value when they name a property of its unit
            cue = _named_before_setting(text, g, last_from, ms, chain_cue) or cue
        elif g.role == "condition" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
                and last.unit and _dims(g.unit) != _dims(last.unit) and PARALLEL_GAP.fullmatch(text, last.end, g.start) \
                and parallel_for(text, g):
            # "the activation energy and the onset temperature were 93 kJ/mol for A and 121 °C for B": a value of
            # another quantity set beside the first, each for its own sample, is named where the first one was
            cue = _named_before_setting(text, g, last_from, ms, chain_cue) or cue
        if last is not None and elliptic_change(text, last, g):
            # "the onset temperature fell from 150 to 95 °C in the first step and from 190 to 140 °C in the
            # second": a second change with no name of its own is of the property the first was named as
            g.role, g.key = "property", last.key
            g.cues = [c for c in g.cues if c != "property:unit"] + ["property:elliptic"]
        if g.role == "condition" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
                and last.key and _dims(g.unit) == _dims(last.unit) and _ORDINAL_ELLIPSIS.fullmatch(text, last.end, g.start):
            g.role, g.key = "property", last.key   # "a first step near 110 °C and the second near 150 °C"
            g.cues = ["property:named", "property:ordinal-ellipsis"]
        if g.role == "condition" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
                and last.key and _dims(g.unit) == _dims(last.unit) and _THAT_OF_ELLIPSIS.fullmatch(text, last.end, g.start):
            g.role, g.key = "property", last.key   # "… is 350 °C and that of LiBH4 is 450 °C"
            g.cues = ["property:named", "property:ordinal-ellipsis"]
        if g.role == "condition" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
                and last.key and _dims(g.unit) == _dims(last.unit) and _FOR_EACH_ELLIPSIS.fullmatch(text, last.end, g.start) \
                and _FOR_EACH_AFTER.match(text, g.end):
            g.role, g.key = "property", last.key   # "… at 141 °C for CeCl3 and at 166 °C for TiCl3"
            g.cues = ["property:named", "property:for-each-ellipsis"]
        if g.role == "condition" and g.cues == ["property:unit"] and last is not None and chain_cue \
                and (key := shared_subject_property(text, g, last, chain_cue)):
            g.role, g.key = "property", key   # "started at 340 °C and completed before 450 °C"
            g.cues = ["property:named", "property:second-verb"]
        if g.role == "condition" and g.unit:
            cue = paired_temperature(text, g, gs) or cue   # "a rehydrogenation at (100 bar and 300 °C)"
        if event_span(text, g) and "property:elliptic" not in g.cues:   # (a second change is a change like the first)
            g.kind = "range"
            g.cues.append("value:event-span")
        if g.role == "property" and chain_cue is None:
            chain_cue = cue
        if g.role == "condition" and g.kind == "list" and last is not None and last.unit \
                and _dims(g.unit) == _dims(last.unit) and _FROM_TO_REST.fullmatch(text, last.end, g.start) \
                and _FROM.search(text, max(0, last.start - 15), last.start):
            g.role = None  # "from 355 °C for the bulk to 287 and 264 °C for …": the change goes on, no condition
        if g.role is None and g.unit and last is not None and _dims(g.unit) == _dims(last.unit) \
                and not DIFFERENCE.search(text[max(0, g.start - 30):g.start]) \
                and not DIFFERENCE_AFTER.match(text[g.end:]):
            g.role, g.key = "property", last.key  # "… to 68 kJ/mol, … reaching 65.2 kJ/mol for …"
            g.cues.append("property:chained")
        elif (g.role == "property" and "property:unit" in g.cues
              # ("… at 95 °C (150 °C without TiCl3)": a temperature its unit alone made a condition, said of a
              # sample lacking the additive, is the same property of that sample)
              or g.role == "condition" and g.cues == ["property:unit"] and last is not None and last.role == "property"
              and bool(_WITHOUT.match(text, g.end))) and last is not None and last.key != g.key \
                and _dims(g.unit) == _dims(last.unit) and text[last.end:g.start].count("(") == 1 \
                and bracket_of(text, g) is not None and "(" not in text[bracket_of(text, g) + 1:g.start]:
            # "reabsorbs 6.2 wt% H2 … (1.3 wt% for MgH2 under the same conditions)": the bracket's value
            # without words of its own is the value before it said of the reference
            g.role, g.key = "property", last.key
            g.cues = [c for c in g.cues if c != "property:unit"] + ["property:chained"]
        elif (g.role == "property" and "property:unit" in g.cues or g.role == "condition" and g.cues == ["property:unit"]
              and last is not None and last.role == "property") and last is not None and last.key != g.key \
                and _dims(g.unit) == _dims(last.unit) and (PARALLEL_GAP.fullmatch(text, last.end, g.start)
                                                           or AGAINST_GAP.fullmatch(text, last.end, g.start)):
            # ("416 °C for A versus 435 °C for B and 445 °C for C": a temperature its unit made a condition too)
            g.role = "property"
            # "the desorbed capacity reached 5.1 wt% for A and 4.3 wt% for B", "… 1420 mAh/g, compared with
            # 980 mAh/g for C": the second value, named by its unit only, is of the property the first was named as
            g.key = last.key
            g.cues = [c for c in g.cues if c != "property:unit"] + ["property:chained"]
        if g.role == "property" and "property:unit" in g.cues and last is not None and last.key != g.key \
                and _dims(g.unit) == _dims(last.unit) and _BRACKETED_NEXT.fullmatch(text, last.end, g.start):
            # "decreases from 160 kJ/mol H2 (bulk MgH2) to 120 kJ/mol H2 (milled MgH2)": the next value after the
            # first one's sample in brackets, named by its unit alone, is of the property the first was named as
            g.key = last.key
            g.cues = [c for c in g.cues if c != "property:unit"] + ["property:chained"]
        if last is not None and coordinated_value(text, last, g):
            # "lowered to 90 °C (first stage) and 149 °C (second stage)", "360 K for A and 480 K for B":
            # a value written right after another, with no word of its own, is of the same property
            g.role, g.key = "property", last.key
            g.cues = ["property:coordinated"]
        if g.role in ("property", "condition") and g.unit and last is not None and last.key != g.key \
                and (g.role == "condition" or "property:unit" in g.cues) and _dims(g.unit) == _dims(last.unit) \
                and gapped_clause(text, last, g, [m for m, _ in systems]):
            # "A peaks at 281 °C and B at 298 °C", "A absorbs 5.5 wt% at 200 °C, and B 4.8 wt% at 225 °C":
            # a clause with its verb left out, its own sample and a value of the property the first named
            g.role, g.key = "property", last.key
            g.cues = [c for c in g.cues if c != "property:unit"] + ["property:gapped"]
        if g.role == "condition" and g.unit and last is not None and last.role == "property" \
                and _dims(g.unit) == _dims(last.unit) and PARALLEL_GAP.fullmatch(text, last.end, g.start) \
                and parallel_for(text, g):
            # "melting points of 365 K for A and 490 K for B": a temperature said for its own sample, in
            # parallel with the property value before it, is that property's, not a condition
            g.role, g.key = "property", last.key
            g.cues.append("property:chained")
        if last is not None:
            # "A takes up 4 wt% in 10 min, while B reaches only 3 wt% hydrogen content": the same quantity
            contrast_narrowed(text, last, g, 0) or compared_in_brackets(text, last, g)
        if g.role == "property":
            last, last_from = g, clause_from
        # a bare number (a year), a difference ("by 25 kJ/mol"), an amount inside a composition ("MgH2–10 wt% TiFe")
        # or how the sample was made ("the desorption temperature of MgH2 milled for 5 h is 340 °C") is no boundary:
        # the words before it still name the value after it; nor is the setting written inside the property's name
        # ("the 1 bar equilibrium temperature (T(1 bar)) is 276 °C")
        if g.role not in (None, "amount") and "value:treatment" not in g.cues and "condition:modifier" not in g.cues:
            prev_end = g.end
            if g.role == "property" and g.unit and "%" in g.unit:
                # ("5.3 wt% hydrogen desorption was recorded at 150 °C": the amount's own noun names no later value)
                prev_end = own_noun_end(text, g.end)
    for g in gs:
        if g.role == "property" and hard_to_reach(text, g):
            g.role = None   # "achieving sizes below 100 nm remains challenging": a goal, no sample's value
    # "an allotropic transformation at 510 K; its enthalpy is 6.7 kJ/mol": the heat of that change, no reaction's
    transition_enthalpies(text, gs, ctx.in_paragraph.sentence_before)
    electrolyte_limits(gs, clause, ctx.in_paragraph.applications)   # (before the sentence's applications become the paragraph's)
    product_settings(gs, clause)   # 'the decomposition products of X at 265–400 °C': where they were made
    series_ranges(text, gs)
    _by_application(gs, clause, ctx, systems)
    process_conditions(text, gs, [m.start for m, _ in systems], [(m.start, m.term) for m in ms if m.kind == "Technique"])
    sizes_by_method(text, gs, clause, [m.term for m in ms if m.kind == "Technique"])   # 'grain size … from line broadening'
    referred = ctx.in_paragraph.said.referred_temperature(text, gs)   # "at this temperature"
    ctx.in_paragraph.said.heard(gs)
    # a bare number is no quantity: the '2' of '2LiBH4–MgH2' does not hide the system
    taken = [(g.start, g.end) for g in gs if g.unit or g.role]
    _comparison_values(text, gs, systems)
    _baseline_value(gs, systems, baselines, ctx)
    _start_carried(text, gs, systems, ctx)
    _values_named_before(text, gs, ctx)
    _demonstrative_carried(text, gs, ctx)
    props = [g for g in gs if g.role == "property"]
    if not props:
        return []   # (most sentences with numbers give no value: no sample phrases are read for them)
    conds = [g for g in gs if g.role == "condition"]
    technique = next(iter(_terms(ms, "Technique")), None)
    phrases = references(text, ms)   # "the doped composite", "upon confinement in CMK-3" (ingest/referents.py)
    out: list[Measurement] = []
    said_keys: list[tuple[Group, list[str]]] = []   # the lists whose values each took their own property
    first_keys: set[str | None] = set()
    said_first_after = -1   # the end of the last value the words after it named for the first cycle
    listed_basis: tuple[str | None, str | None] = (None, None)   # the basis and property of the value before
    listed_from = 0   # where the value before starts
    props = _joined_runs(props, text, systems, taken, ctx)
    # ("the enthalpy and entropy of A and B are a, b, c and d, respectively": each sample's values in turn)
    interleaved = interleaved_pairs(text, props, systems, taken) if len(props) >= 4 and "espectively" in text else {}
    if len(props) >= 2 and "espectively" in text:
        # ("A and B yield 1.5 wt% at 50 °C and 1.9 wt% at 80 °C, respectively": each value its own setting)
        interleaved = {**set_apart_pairs(text, props, systems, taken), **interleaved}
    uptake_signs = _uptake_signed(props) or _signed_both_ways(text, props, clause)
    for g in props:
        # (a negative value the sentence names as the property's own reaction, a release, keeps its sign)
        measure = partial(_measurement, own_reaction=not uptake_signs and _own_reaction(text, g, ms, clause))
        cond_sets = conditions_for(g, props, setting_runs(g, conds, text), text)
        if at_room_temperature(text, g, props):
            room = {"value": ROOM_TEMPERATURE_C, "unit": "degC"}
            # ("1.0 × 10−5 S/cm at room temperature, and higher than that of LiBH4 at 373 K": the setting written right
            # after the value is its own, whatever temperature a later clause gives)
            cond_sets = [{**c, "temperature": room} if ROOM_RIGHT_AFTER.match(text, g.end) else {"temperature": room, **c}
                         for c in cond_sets]
        elif referred is not None and g.unit and _dims(g.unit) not in NOT_AT_A_TEMPERATURE:
            # "At this temperature, it released 6.2 wt%": the temperature the sentence before named
            cond_sets = [{"temperature": dict(referred), **c} for c in cond_sets]
        before = clause.get(id(g), "")
        # ("1545 mAh/g in the first discharge but only 205 mAh/g after 20 cycles": the ordinal after the value
        # before is that value's, not this one's)
        nth = None if g.start - len(before) <= said_first_after else cycle_ordinal(before, g.key)
        if first_cycle_after(text[g.end:], g.key):
            said_first_after = g.end
        if nth == 1 or said_first_after == g.end:
            # "an initial discharge capacity of …", "retains 95% of its 175 mAh/g initial discharge capacity
            # after 50 cycles": the value named for the first cycle is cycle 1's, whatever count the sentence
            # gives the retention
            first_keys.add(g.key)
            cond_sets = [{**c, "cycles": {"value": 1, "unit": "1"}} for c in cond_sets]
        elif nth is None and g.key in first_keys and (
                "value:compared" in g.cues or _COMPARISON.search(text, max(0, g.start - 30), g.start)):
            # the reference's value set against a first cycle's value is at cycle 1 too
            cond_sets = [{"cycles": {"value": 1, "unit": "1"}, **c} for c in cond_sets]
        elif nth is not None:
            # "the second discharge capacity was …", "the 300th discharge capacity remained …": at that cycle
            cond_sets = [{"cycles": {"value": nth, "unit": "1"}, **c} for c in cond_sets]
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
            again = conditions_for(g, props, conds, text)
            if len(again) == len(cond_sets):
                cond_sets = [{**c, **a} for c, a in zip(cond_sets, again)]
        # "The cell was cycled at 353 K and 0.1 C. Its second discharge capacity …": the settings of the cell
        # (a sentence that reads values sets no cell settings: these are the sentences' before)
        cond_sets = [ctx.in_paragraph.said.with_cell_settings(g.key, c) for c in cond_sets]
        ctx.cues = list(g.cues)
        if _DETERMINED.search(text, max(0, g.start - 14), g.start):
            ctx.cues.append("value:restated")   # "released the 9.1 wt% within 150 min": a value said before
        first = len(out)
        bare_named = _bare_reference(text, g, systems, props, ctx.in_paragraph.milled_here)   # (asked once per value)
        subject = _subject(text, g, systems, taken, ctx, ms, bare_named)
        if subject is None and g.kind == "change":  # "from 0.74 eV for X to 0.41 eV for the confined one"
            subject = _changed_sample(text, g, systems, ms)
        if id(g) in interleaved:
            subject = interleaved[id(g)]
            ctx.cues.append("system:respectively")
        if subject is None or _supposed(text, g, ctx.cues):
            continue
        if g.kind == "single" and SHIFTED_TO.search(text, max(0, g.start - 40), g.start) \
                and _bare_of(subject, ctx.system) and not _NAMED_BARE.search(text, max(0, g.start - 60), g.start) \
                and not _named_bare_before(text, g, subject, systems):
            subject = ctx.system  # "the peak shifted to 240 °C": the value the modification gave
            ctx.cues.append("value:change")
        if g.kind == "single" and _from_value_to_list(text, g, props):
            # "doping with Ti and V lowers it from 2.53 eV to 1.79 and 1.62 eV, respectively": the value the
            # change starts from is the unmodified sample's; the list after 'to' pairs with the modified ones
            subject = _baseline_system(subject, systems)
            ctx.cues += ["value:change", "baseline:described"]
        # (a list too, when one sample is named right after it: "… 150 and 170 kJ/mol for the TiF3-only sample")
        if (g.kind in ("single", "range") or g.kind == "list" and one_sample_after(g, text)) and not bare_named \
                and "system:additive-sized" not in ctx.cues:
            # (words at the value naming the unmodified sample, "(bulk: 171 kJ/mol)", outweigh a description
            # of the modified one earlier in the sentence, "the confined borohydride shows …")
            subject = _described_subject(text, g, phrases, systems, ctx, ms, subject) or subject
            pointed = pointed_sample(text, g.start, g.end, systems, ctx.in_paragraph.alternatives)
            if pointed is not None:
                subject = pointed   # "A and B were prepared; the former … 240 °C, the latter … 260 °C"
                ctx.cues.append("system:former-latter")
        # "… in the order Fe2O3 (110 kJ/mol) > Co3O4 (98 kJ/mol)": a storage value given to a bare additive is the
        # value of the passage's one sample that holds it
        held = sample_holding(subject, g.key, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives], ctx.system)
        subject = _member_by_loading(text, g, held or subject)
        if ctx.in_passage.scaffolds or ctx.carbons_here:
            # "MgH2 in the carbon", a sample composed at the value or carried from an earlier sentence: its bare
            # carbon is the carbon the passage named (the sentence's samples were named so with the passage's
            # scaffolds, referents.named_by_description)
            subject = named_support(subject, ctx.in_passage.scaffolds, ctx.carbons_here) or subject
        is_base = _is_baseline(text, subject, systems, baselines, ctx.cues, g.end) \
            or bare_named and not (ctx.in_paragraph.milled_here and subject in ctx.in_paragraph.each_host.values()) \
            or subject.bare and said_without(text, g) \
            or "baseline:described" in ctx.cues \
            or subject.bare and bool(_COMPARISON.search(text[max(0, g.start - 30):g.start])
                                              and not _bound_of_subject(text, g, subject)
                                              or bracket_of(text, g) is not None and FOR_SYSTEM.match(text, g.end))
        if bracket_of(text, g) is not None:
            ctx.cues.append("value:in-brackets")
        if g.unit and _RESPELLED.search(g.unit):
            ctx.cues.append("unit:respelled")
        basis = value_basis(clause.get(id(g), ""), text[g.end:g.end + 30] if bracket_of(text, g) is not None else "",
                            text[g.end:g.end + 50])
        if basis == "measured" and (said_in_theory(text, g) or derived_from_volumes(text, g.key)):
            basis = "theoretical"   # (ingest.volume_basis: '… (61.6 Å³) → Mg (46.5 Å³) …, a volume change of ~85%')
        elif basis == "calculated" and not ctx.in_passage.computation_named and calculated_from_curves(clause.get(id(g), ""), g.key, text):
            basis = "measured"
        elif basis == "measured" and ctx.in_passage.computation_named \
                and estimated_in_computation(clause.get(id(g), ""), text[g.end:g.end + 40]):
            basis = "calculated"   # "Thermodynamic calculations were performed … The temperature was estimated to be 232 °C"
        elif basis == "measured" and ctx.in_passage.computed and not _SAID_MEASURED.search(clause.get(id(g), "")):
            basis = "calculated"   # "We investigated X by a first principles calculation. … its desorption temperature, 75 °C"
        elif basis == "measured" and "value:hydrogen-contained" in g.cues and subject.bare:
            # "the Na salt contains 9.5 wt% H": the hydrogen a compound's formula holds (a mixture's is what a
            # run left in it: "after hydrogenation at 250 °C, the A–B mixture holds 4.0 wt% H2")
            basis = "theoretical"
        elif basis == "measured" and subject.bare and fronted_holding(text, g):
            basis = "theoretical"   # "With a high hydrogen capacity of 10.1 wt%, AlH3 …": what its formula holds
        elif basis == "measured" and (derived := derived_basis(text, g)) is not None:
            basis = derived   # "theoretical enthalpies of …, indicating that it requires temperatures exceeding 430 °C"
        elif basis == "measured" and kind_described(text, g, ms, subject.bare):
            basis = "theoretical"   # "… is a high-capacity hydrogen storage material (14.9 wt%)": what its formula holds
        elif basis == "measured" and formula_content(text, g, subject):
            basis = "theoretical"   # "Mg(BH4)2, with a hydrogen content of 14.9 wt %, …": the content its formula holds
        elif basis == "theoretical" and theory_of_another(clause.get(id(g), ""), g):
            basis = "measured"   # "a high theoretical capacity and a low plateau of 0.5 V": the word is the capacity's
        if basis == "measured" and listed_basis[0] == "theoretical" and listed_basis[1] != g.key \
                and _LIST_GAP.fullmatch(clause.get(id(g), "")):
            # "the theoretical capacity and voltage … are 2140 mAh/g and 0.7 V": a list of other quantities of
            # the compound shares the word ("7.6 wt%, and 6.5 wt% was released" is the same quantity, measured)
            basis = "theoretical"
        if basis == "measured" and listed_basis[0] == "theoretical" \
                and under_theoretical_umbrella(text, listed_from, g):
            basis = "theoretical"   # "theoretical performances, i.e. a theoretical capacity of … and a potential of 0.5 V"
        if basis == "measured" and listed_basis[0] in ("calculated", "theoretical") \
                and _shares_list_basis(text, g, clause.get(id(g), ""), listed_from):
            basis = listed_basis[0]
        listed_basis, listed_from = (basis, g.key), g.start
        if basis == "calculated" and not subject.bare and subject is ctx.system and not ctx.in_passage.computed \
                and {"system:context", "system:continued"} & set(ctx.cues) and not _FROM_MEASURED_DATA.search(text):
            # "DFT calculations predict 39 kJ per mol H2" in a paragraph about a doped sample: a
            # calculation the sentence does not say was made on the sample is of the host's reaction
            subject = unfilled_sample(subject)
            ctx.cues.append("system:calculated-host")
        if g.kind == "single" and g.qualifier in ("<", ">") and "system:compared-for" in ctx.cues \
                and _THAN_BEFORE.search(text, max(0, g.start - 20), g.start):
            # "much higher than 0.3 wt% for pure MgH2": the comparison is the sample's; the reference's value is exact
            g.qualifier = g.numbers[0].qualifier = "="
        if g.kind == "single" and g.qualifier == "<=" and _reached_up_to(text, g):
            # "a conductivity of up to 6.7 mS/cm": the most the sample reached, that value ('releases up to 6 wt%'
            # and a limit property's 'up to' stay bounds: the ontology's hkg:boundUpTo)
            g.qualifier = g.numbers[0].qualifier = "="
        vals = [n.value for n in g.numbers]
        if g.kind == "range":
            # ("NaBH4 milled with 25 wt% V2O5 or VO2 releases hydrogen at 370–450 °C": the range of each alternative)
            for sys_ in _alternatives_said(text, subject, alternatives, ctx, is_base):
                m = measure(g.key, vals[0], vals[-1], g.unit, g.qualifier, sys_, cond_sets[0], ref,
                                 baseline=is_base, technique=technique, basis=basis)
                out.extend([m] if m else [])
        elif g.kind == "change":
            ctx.cues.append("value:change")
            # (an additive's own size that changed, "the oxide shrank from 160 to 14 nm", is the additive's twice)
            base_sys = subject if "system:additive-sized" in ctx.cues or "system:size-of" in ctx.cues \
                else _baseline_system(subject, systems)
            if ctx.system is not None and {"system:context-actor", "system:context-additive"} & set(ctx.cues) \
                    and {c.formula for c in ctx.system.components} < {c.formula for c in subject.components}:
                base_sys = ctx.system  # "Adding 3 mol% KH lowers … from 130 to 80 °C": from the paragraph's sample            # "from 265 °C for pure X to 110 °C for the doped sample": the reference is named between
            # the values, and the new value is the modified sample's, never the bare host's
            named = [s for m, s in systems if g.numbers[0].end <= m.start < g.numbers[-1].start]
            # "from 124 kJ/mol for doping graphene to 86 kJ/mol …": the reference sample named by its additive
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
                if not subject.bare and _same_sample(given, subject):
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
                        and not any(s is subject and m.end <= g.start for m, s in systems) \
                        and not _named_for_new_value(text, g, systems, subject):
                    # the paragraph's sample is of another host: the named one changed (but "the enthalpy of
                    # the X sample was reduced from 89 kJ/mol of MgH2 to 67 kJ/mol": the sentence's X did)
                    subject = named[0]
            elif not subject.bare and _BARE_FOR.search(text, g.numbers[0].end, g.numbers[-1].start):
                # "lowered from 156 kJ/mol for the undoped composite to 98 kJ/mol with TiCl3": the sample before
                # the addition, not a bare host named elsewhere in the sentence ("(decomposition of LiBH4)")
                base_sys = unfilled_sample(subject)
            # ("from 160 kJ/mol for as-milled MgH2 to 95 kJ/mol after adding 5 mol% TiCl3": the reference named
            # between the values is the old value's; the cause named after the change makes the new one's sample)
            on_reference = bool(named) and subject.bare and host_formula(subject) == host_formula(base_sys)
            actor = _actor_after_change(text, g, systems) if subject.bare and (not named or on_reference) else None
            made = _sample_after_change(text, g, systems, subject) if actor is None and (not named or on_reference) \
                else None
            if made is not None:
                # "… of MgH2 lowered from 425 to 180 °C by adding 5 wt% X to MgH2": the new value is the
                # sample the change names as its cause, the old one the host's own
                base_sys, subject = subject if subject.bare else base_sys, made
                ctx.cues.append("system:change-actor")
            if actor is not None:
                # "the H removal energy of MgH2 decreases from 2.4 to 1.9 eV upon Ti doping": the new value is
                # the host's with the additive named after the change, the old one the host's own
                base_sys, subject = subject, _with_actor(text, subject, actor)
                ctx.cues.append("system:change-actor")
            base_sys, subject = _described_change(text, g, phrases, ctx, ms, named, base_sys, subject)
            sets = [cond_sets[0], cond_sets[0]]
            varied = next((c for c in conds if c.kind == "change" and c.key and len(c.numbers) == 2), None)
            if varied is None and not named and len(described) != 2 and _covarying_change(text, g, props, ms):
                # "Ea fell from 56 to 38 kJ/mol as the particle size decreased from 420 to 70 nm": two
                # quantities changing together over one series of samples; neither start is a bare reference
                base_sys = subject
                ctx.cues.append("value:covaried")
            cycled = _cycled_after(text, g, conds) if varied is None and not named and len(described) != 2 else None
            if cycled is not None:
                # "the capacity of the Mg–Ni alloy decreased from 3.6 to 3.1 wt% after 100 cycles": one sample
                # over its cycling, the first value before it (not the bare host's), the new one after the cycles
                base_sys = subject
                sets = [{k: v for k, v in cond_sets[0].items() if k != cycled.key}, cond_sets[0]]
                ctx.cues.append("condition:cycled-change")
            if varied is not None and not named and len(described) != 2:
                # "the peak shifts from 300 to 340 °C as the heating rate increases from 2 to 15 K/min": the
                # change follows the condition's change, on one sample; each value at its own condition
                base_sys = subject
                sets = [{**cond_sets[0], varied.key: setting(text, varied, n)}
                        for n in (varied.numbers[0], varied.numbers[-1])]
                ctx.cues.append("condition:varied")
            for k, (v, sys_, base) in enumerate(((vals[0], base_sys, base_sys is not subject),
                                                 (vals[-1], subject, False))):
                m = measure(g.key, v, None, g.unit, g.numbers[k if k == 0 else -1].qualifier, sys_,
                                 sets[k], ref, baseline=base, technique=technique, basis=basis,
                                 uncertainty=g.numbers[k if k == 0 else -1].uncertainty)
                out.extend([m] if m else [])
        elif g.kind == "changes":
            half = len(vals) // 2
            targets = listed_systems(Group("list", g.numbers[:half], g.unit, g.start, g.end), systems, taken, text)
            ctx.cues.append("value:change")
            actor = _change_actor(text, systems, targets) if len(targets) == half else None
            if actor is not None:
                # "the Ti species …, which cut the Ea of A and B from X and Y to Z and W, respectively":
                # the new values are the hosts' with the actor
                targets = [plus_additive(t, actor) if t.bare else t for t in targets]
                ctx.in_paragraph.alternatives = list(targets)
                ctx.cues.append("system:change-actor")
            for k in range(half):
                sys_ = targets[k] if len(targets) == half else subject
                for v, s_, base in ((vals[k], _baseline_system(sys_, systems, parent=False), True),
                                    (vals[half + k], sys_, False)):
                    m = measure(g.key, v, None, g.unit, "=", s_, cond_sets[0], ref, baseline=base,
                                     technique=technique, basis=basis)
                    out.extend([m] if m else [])
        elif g.kind == "list" and (nested := _nested_pairs(g, text, systems, taken, ctx)):
            # "A and B …, and their absorption and desorption capacities were a1 and d1, and a2 and d2,
            # respectively": each run of values is one sample's, its values the listed properties in order
            keys, targets = nested
            ctx.cues = [c for c in ctx.cues if not c.startswith("system:")] + ["system:respectively-nested"]
            for k, n in enumerate(g.numbers):
                sys_ = targets[k // len(keys)]
                m = measure(keys[k % len(keys)], n.value, n.upper, g.unit, n.qualifier, sys_, cond_sets[0], ref,
                                 baseline=_is_baseline(text, sys_, systems, baselines), technique=technique,
                                 basis=basis, uncertainty=n.uncertainty)
                out.extend([m] if m else [])
        elif g.kind == "list" and ((fronted := None) or (those := None) or g.respectively
                                   or pairs_with_alternatives(g, systems, ctx, text)
                                   or _respectively_before(text, g, gs) or coordinated_before(g, systems, text)
                                   or set_against_list(g, [o for o, _ in said_keys], systems, text)
                                   or pairs_with_samples_after(g, gs, systems, text)
                                   or bool(loaded_samples(g, gs, systems, text, ctx))
                                   or bool(split_additives(g, systems, text))
                                   or bool(additives_before_on_host(g, systems, text))
                                   or bool(fronted := _fronted_alternatives(text, g, gs, ms, systems))
                                   or bool(those := keys_of_those(g, props, text))):
            other_list = any(o is not g and o.role == "condition" and o.kind == "list" and len(o.numbers) == len(g.numbers)
                             for o in gs)
            # (a reference's values of the properties given before, "compared with 350 and 420 °C for MgH2", are
            # the one reference's: its sample is the list's own, no pairing with the samples named)
            targets = listed_systems(g, systems, taken, text, ctx, other_list) if not those else []
            if those and _THAN_BEFORE.search(text, max(0, g.start - 20), g.start):
                for n in g.numbers:   # ("… peaks at 140 °C, far lower than 150 and 190 °C for X": X's values, exact)
                    n.qualifier = "="
            paired_before = [s_ for s_ in ctx.in_paragraph.alternatives if any(s_ is s for _, s in systems)]
            if not g.respectively and len(paired_before) == len(g.numbers) and _respectively_before(text, g, gs):
                # "A and B begin at 95 and 72 °C, respectively (bulk X: 150 °C), and release 4.1 and 3.9 wt%":
                # the second list pairs with the samples the first one went to, not with a reference set between
                targets = paired_before
            # "… for MgH2 with 1, 3 and 5 mol% X": as many amounts of one additive are as many samples (before
            # the host and the additive counted as two: "of MgH2 with 5 and 10 wt% X are 250 and 265 °C")
            targets = _with_and_without(text, g, systems, ctx.system) \
                or amount_series(g, gs, systems, text, ctx.system) or loaded_samples(g, gs, systems, text, ctx) \
                or (fronted if fronted is not None else _fronted_alternatives(text, g, gs, ms, systems)) or targets
            # ("Ti and V doping cut … to 1.79 and 1.62 eV, respectively, whereas Fe and Ni give 2.05 and 1.98 eV": the
            # additives named right before a later list are its own, not those fronted for the sentence's first list)
            targets = additives_before_on_host(g, systems, text) or targets
            # (the additions before the host are read once: by the branch's test when it came to them, else here)
            whole = _whole_named_after(text, g, systems, targets)
            if whole is not None:
                # "the peak temperatures of MgH2 and LiBH4 are lowered to 315 and 417 °C for the CoNiB-doped
                # 2LiBH4/MgH2": the listed parts' steps in the sample named after the list, each value the sample's
                targets = [whole] * len(g.numbers)
            if targets and _steps_counted(text, g) and (not systems or len({s_.name for _, s_ in systems}) < len(targets)
                                                         and any(all(t is not s_ for _, s_ in systems) for t in targets)):
                # "The activation energies of these steps were 190 and 215 kJ/mol, respectively": the
                # values pair with the steps of one sample's reaction, not with the samples the paragraph compared
                # (nor when the sentence names that one sample: "the two steps of NaAlH4 occur at …, respectively")
                targets = []
            if len(targets) != len(g.numbers) and g.respectively and len(ctx.in_paragraph.valued) == len(g.numbers) \
                    and not any(_has_hydrogen(s) for _, s in systems) and not _steps_counted(text, g):
                targets = list(ctx.in_paragraph.valued)  # "A reaches …, while B only …. The barriers were X and Y, respectively"
            keys = listed_keys(g, text, told_at.get(id(g))) or those or keys_of_those(g, props, text) \
                or keys_again(g, said_keys, text)
            if len(set(keys)) == len(g.numbers) == len(targets) and len(systems) < len(g.numbers):
                # "the discharge and charge capacities of the film are respectively X and Y": the words pair the
                # values with properties; the samples the paragraph listed before are not paired again
                targets = []
            if len(targets) == len(g.numbers):
                ctx.in_paragraph.alternatives = targets  # "Their transition temperatures are …, respectively"
            said_keys.append((g, keys))
            ctx.cues = ([c for c in ctx.cues if not c.startswith("system:")] + ["system:respectively"]
                        if len(targets) == len(g.numbers) else ctx.cues + ["system:respectively-unpaired"])
            unnamed = unnamed_in_list(g, text)   # ("a capacity and energy retention of 81 and 79 %": no energy retention)
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
                if g.key in _LAYER_KEYS and sys_.bare:
                    sys_ = _stack_of(sys_, systems)  # "Pd and Mg layers of 10 and 50 nm": layers of the Pd/Mg/Pd film
                conds_k = cond_sets[k] if len(cond_sets) == len(g.numbers) else cond_sets[0]
                m = measure(g.key, n.value, n.upper, g.unit, n.qualifier, sys_, conds_k, ref,
                                 baseline=_is_baseline(text, sys_, systems, baselines)
                                 or len({t.name for t in targets}) > 1 and (_bare_of(sys_, ctx.system) or sys_.bare
                                                                             and any(_bare_of(sys_, t) for t in targets)),
                                 technique=technique,
                                 basis=basis, uncertainty=n.uncertainty)
                out.extend([m] if m else [])
        else:
            each = _alternatives_said(text, subject, alternatives, ctx, is_base)
            if len(ctx.in_paragraph.alternatives) > 1 and said_of_each(text, g, len(ctx.in_paragraph.alternatives)):
                each = list(ctx.in_paragraph.alternatives)  # "…, respectively, whereas at 120 °C both exceed 10 mS/cm"
                ctx.cues.append("system:each")
            if g.kind == "list" and 1 < len(g.numbers) == len(each) and (
                    _for_host_after(text, g, subject, systems)
                    or alternatives and _values_of_the_alternatives(text, g, gs)):
                # "capacities of 4.9, 4.6 and 4.2 wt% were found for NaAlH4 catalysed by TiF3, ZrCl4 and CeCl3":
                # a list of as many values as the alternatives named after its 'for' pairs with them in order; so
                # does one after the alternatives the sentence named ("Doping MgH2 with TiF3, NbF5 and VCl3 lowered
                # its barrier to 71, 75 and 82 kJ/mol"): one value of each, never every value of every sample
                for n, sys_ in zip(g.numbers, each):
                    m = measure(g.key, n.value, n.upper, g.unit, n.qualifier, sys_, cond_sets[0], ref,
                                     baseline=is_base, technique=technique, basis=basis, uncertainty=n.uncertainty)
                    out.extend([m] if m else [])
                ctx.cues.append("system:respectively")
                each = []
            # (a list whose words name one property per value: "absorption and desorption enthalpies of 40 and 46 kJ/mol")
            again = (keys_again(g, said_keys, text) or listed_keys(g, text, told_at.get(id(g)))) if g.kind == "list" else []
            if again:
                # "… are 250 and 310 °C, compared with 330 and 392 °C for bulk MgH2": a list set against this
                # one takes its properties in the same order
                said_keys.append((g, again))
            apart = last_value_apart(text, g)
            unnamed = unnamed_in_list(g, text)
            for sys_ in each:
                for k, n in enumerate(g.numbers):
                    if k in unnamed:
                        continue
                    # ("85 kJ/mol, and 92 kJ/mol with Fe": the last value is the sample with what is said after it)
                    own = with_or_without(text, last_value_alone(g), sys_, systems, ms) \
                        if apart and k == len(g.numbers) - 1 else sys_
                    # ("520, 410 and 300 mAh/g at 0.1, 0.5 and 1 C": a list of as many settings pairs value by value)
                    conds_k = cond_sets[k] if len(cond_sets) == len(g.numbers) else cond_sets[0]
                    m = measure(again[k] if again else g.key, n.value, n.upper, g.unit, n.qualifier if g.kind == "list" else g.qualifier,
                                     own, conds_k, ref, baseline=is_base, technique=technique, basis=basis,
                                     uncertainty=n.uncertainty)
                    out.extend([m] if m else [])
        for m in out[first:]:   # what decided each record, for its confidence (ingest/confidence.py)
            m.cues = sorted(set(ctx.cues) | ({"baseline"} if m.baseline else set()))
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
                                   and _given_key(m) in ctx.in_paragraph.given)]
    ctx.in_paragraph.given |= {_given_key(m) for m in kept}
    return kept


def _given_key(m: Measurement) -> tuple:
    parts = tuple(sorted((c.formula, str(c.amount)) for c in m.system.components)) if m.system is not None else ()
    return (m.property, m.value, m.unit, parts, m.baseline)


# "… were 5.2 and 4.9 wt%, and 5.8 and 5.5 wt%, respectively": two runs with the unit written once each
_RUN_GAP = re.compile(r"\s*(?:,\s*and|;(?:\s*and)?)\s*")


def _joined_runs(props: list[Group], text: str, systems, taken, ctx) -> list[Group]:
    """``props`` with two lists of as many values, the unit written after each, joined into one when they are
    two samples' runs under one 'respectively' (``_nested_pairs`` reads the joined list); else as they are."""
    out: list[Group] = []
    for g in props:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == g.kind == "list" and g.respectively and 2 <= len(prev.numbers) == len(g.numbers) \
                and prev.unit == g.unit and _RUN_GAP.fullmatch(text, prev.end, g.start):
            joined = Group("list", prev.numbers + g.numbers, g.unit, prev.start, g.end, prev.qualifier,
                           role=prev.role, key=prev.key, respectively=True, cues=list(prev.cues))
            if _nested_pairs(joined, text, systems, taken, ctx):
                out[-1] = joined
                continue
        out.append(g)
    return out


def _nested_pairs(g: Group, text: str, systems, taken, ctx) -> tuple[list[str], list[MaterialSystem]] | None:
    """The properties (one per value of a run) and the samples (one per run) of a list written as runs of
    values, one run per sample ("…, and …, respectively"; ``nested_chunks``), when the words before name as
    many properties as a run has values and the sentence lists as many samples as there are runs; else None."""
    m = nested_chunks(g, text)
    if not m:
        return None
    n = len(g.numbers) // m
    keys = listed_keys(Group("list", g.numbers[:m], g.unit, g.start, g.end), text)
    if len(keys) != m or len(set(keys)) != m:
        return None
    targets = listed_systems(Group("list", g.numbers[:n], g.unit, g.start, g.end), systems, taken, text, ctx)
    return (keys, targets) if len(targets) == n else None


def _for_host_after(text: str, g: Group, host: MaterialSystem, systems) -> bool:
    """Is the host of the alternatives named right after the list's 'for' ("… were found for NaAlH4 catalysed
    by …")?"""
    first = next((m for m, s in systems if m.start >= g.end), None)
    if first is None or host_formula(host) != host_formula(next(s for m, s in systems if m is first)):
        return False
    lead = FOR_SYSTEM.match(text, g.end) or PASSIVE_FOR.match(text, g.end)
    return lead is not None and lead.end() == first.start


def _alternatives_said(text: str, subject: MaterialSystem, alternatives: list[MaterialSystem] | None, ctx: Context,
                       is_base: bool) -> list[MaterialSystem]:
    """The samples one value (or one range) holds for: each of the samples the sentence names as alternatives
    ("doping NaAlH4 with TiCl3, ZrCl4 or CeCl3 lowers … to 120 °C"), when the value's subject is their bare host,
    else the subject alone."""
    listed = alternatives or (ctx.in_paragraph.alternatives if _THESE_ADDITIVES.search(text) else [])
    return [a for a in listed or [] if subject.bare and not is_base
            and host_formula(a) == host_formula(subject)] or [subject]


def _values_of_the_alternatives(text: str, g: Group, gs: list[Group]) -> bool:
    """Is the list ``g`` one value per alternative sample the sentence named before it — not one sample's
    values at as many listed settings ("… released 5.1 and 6.3 wt% at 300 and 350 °C") or steps?"""
    return not _steps_counted(text, g) and not any(
        o is not g and o.role == "condition" and o.kind == "list" and len(o.numbers) == len(g.numbers) for o in gs)


# "the composites containing these absorbers …": the samples the sentence before listed, each of them
# "the activation energies of the two steps are 58 and 89 kJ/mol, respectively", "both stages": the list pairs with
# the counted steps of one sample, not with the samples the sentence before gave values of
# ("the activation energies of these steps": steps counted before, taken up again)
_STEPS_COUNTED = re.compile(r"\b(?:two|three|four|both|all|successive|consecutive|first\s+and\s+second|these|those)\s+"
                            r"(?:[a-z-]+\s+)?(?:steps|stages)\b", re.I)


def _steps_counted(text: str, g: Group) -> bool:
    """Does the sentence count the steps or stages of one process before the list ``g``, or in its own clause after
    it ('… of 160 and 175 kJ/mol were found for both stages, respectively')?"""
    # (a substring before the regex: few sentences speak of steps)
    head = text[:g.start] + " " + _CLAUSE_END.split(text[g.end:], maxsplit=1)[0]
    return ("step" in head or "stage" in head) and _STEPS_COUNTED.search(head) is not None


_CLAUSE_END = re.compile(r"[;.](?:\s|$)")


_THESE_ADDITIVES = gated(re.compile(r"\b(?:containing|with)\s+(?:these|those|the\s+three|the\s+two|each\s+of\s+these)\s+"
                              r"(?:[a-z-]+\s+)?(?:absorbers|additives|catalysts|dopants|fillers|scaffolds|supports)\b", re.I))


def _reread_past(text: str, g: Group, aside: tuple[int, int], last: Group | None, ms, chain_cue) -> str:
    """Reads the value again with the interposed method clause ``aside`` blanked out (offsets kept): the
    property is named by the subject before it; a value that still reads as a condition stays one."""
    saved = (g.role, g.key, list(g.cues))
    g.role, g.key = None, None
    blank = text[:aside[0]] + " " * (aside[1] - aside[0]) + text[aside[1]:]
    cue = classify(blank, g, last.end if last is not None else 0, ms, chain_cue)
    if g.role != "property":
        g.role, g.key, g.cues = saved
        return ""
    g.cues.append("property:past-aside")
    return cue


def _respectively_before(text: str, g: Group, gs: list[Group]) -> bool:
    """'A and B do not release hydrogen below 300 and 220 °C, respectively, but peak at 390 and 290 °C':
    a list after a 'respectively' list of as many numbers (kept, or a negated bound) pairs the same way."""
    # ("…, respectively, against 102 and 118 kJ/mol for the undoped material": a list set against the
    # first, or said of a sample of its own, does not pair with the first list's samples; "… and release
    # 6.1 and 5.8 wt% of hydrogen": the gas a capacity is of names no sample)
    return not _OWN_SAMPLE_AFTER.match(text[g.end:]) and any(
        o.end <= g.start and o.kind == "list" and o.respectively and len(o.numbers) == len(g.numbers)
        and not _AGAINST.search(text, o.end, g.start) for o in gs)


_OWN_SAMPLE_AFTER = re.compile(r"\s*(?:for|of|in|on)\b(?!\s+(?:hydrogen|H2|H₂|H-2|deuterium|D2)\b)", re.I)
_AGAINST = re.compile(rf"\b(?:{COMPARED_WITH}|against|compared|than|whereas|while|unlike)\b", re.I)


def _by_application(gs: list[Group], clause: dict[int, str], ctx: Context,
                    systems: list[tuple[Mention, MaterialSystem]] = ()) -> None:
    """'a Li+ conductivity of … with an activation energy of 32 kJ/mol': a value named by words that a
    property of another application also carries ('activation energy') takes the property of the
    application the sentence's other values have (else the paragraph's last values): an ion migration
    barrier in a conductivity paper, a desorption barrier in a hydrogen-storage one."""
    vocab = vocabulary()
    props = [g for g in gs if g.role == "property" and g.key]
    read = {id(g): str(g.key) for g in props}   # (the properties as the words first read them)
    for g in props:
        others = _other_applications(g, props, read) or set(ctx.in_paragraph.applications)
        own = set(vocab.property(read[id(g)]).applications)
        if not others or not own or own & others:
            continue
        if _ELECTROLYTE in own and _said_of_electrolyte(clause.get(id(g), ""), systems):
            continue   # 'the electrolyte conductivity' beside a cell's capacity: the electrolyte's own reading
        key = _reading_of_application(g, _labels_named(g, clause), others)
        if key:
            g.key = key
            g.cues.append("property:application")
    _follow_the_named_value(props, clause, read)
    if props:   # (as the values now read: a barrier taken for the ion's is a conductivity paper's value)
        ctx.in_paragraph.applications = sorted(set().union(*(vocab.property(g.key).applications for g in props)))


def _application_named(text: str, ctx: Context) -> None:
    """'The Li+ conductivities of the three phases were measured. Their activation energies are 50–60 kJ/mol':
    a sentence naming, with no value, properties of one application only (before the paragraph gave any value)
    sets the application a later value named by shared words ('activation energy') is read in."""
    vocab = vocabulary()
    # (the labels read with the methods' names, of the properties and conditions of an application)
    named = {apps for key in keys_named(text, cue_table) if (apps := frozenset(vocab.property(key).applications))}
    if len(named) == 1:
        ctx.in_paragraph.applications = sorted(next(iter(named)))


_ELECTROLYTE = "SolidElectrolyte"
_ELECTROLYTE_WORD = re.compile(r"\belectrolytes?\b", re.I)


def _said_of_electrolyte(clause: str, systems: list[tuple[Mention, MaterialSystem]]) -> bool:
    """The words before a value name an electrolyte ('the electrolyte conductivity', 'the conductivity of the
    electrolyte'), or every sample the sentence names is a hydride the ontology applies to solid electrolytes and
    not to anodes (LiBH4–LiI, Li2B12H12): what is measured of it is an electrolyte's property."""
    if _ELECTROLYTE_WORD.search(clause):
        return True
    return bool(systems) and all(electrolyte_not_anode(host_formula(s)) for _, s in systems)


def _other_applications(g: Group, props: list[Group], read: dict[int, str]) -> set[str]:
    """The applications of the sentence's values read as another property than ``g`` (another value read by
    the same words is no witness: '48 kJ/mol, lower than 66 kJ/mol for LiBH4' are barriers of one kind)."""
    vocab = vocabulary()
    return set().union(*(vocab.property(read[id(h)]).applications for h in props if read[id(h)] != read[id(g)]))


def _labels_named(g: Group, clause: dict[int, str]) -> list[tuple[str, ...]]:
    """The labels of the value's property said whole in the last words of its clause."""
    window = set(stems(" ".join(WORD.findall(clause.get(id(g), ""))[-15:])))
    return [lab for lab in cue_table().get(str(g.key), []) if lab and all(w in window for w in lab)]


def _reading_of_application(g: Group, named: list[tuple[str, ...]], others: set[str]) -> str | None:
    """The property of one of ``others``' applications whose labels hold a label the value was named by (its
    symbol too, as tables head it: 'Ea = 26 kJ/mol' beside a conductivity is the ion's barrier) — each label
    it was named by: words that name only the first reading ('a lithium ionic conductivity' after a cell's
    capacity: 'ionic' is in no label of the electronic conductivity) keep it."""
    vocab = vocabulary()
    table = cue_table()
    fits = []
    for key in table:
        term = vocab.property(key)
        if term.kind != "Property" or not set(term.applications) & others or not is_compatible(key, g.unit):
            continue
        if named and all(any(set(lab) <= set(own) for own in (*table[key], *_header_stems(key))) for lab in named):
            fits.append(key)
    # ('activation energy' in a conductivity paper: the barrier the application names so whole, the ion's, not
    # a narrower one whose labels only hold the words, an anion's reorientation)
    return next((key for key in fits if all(any(set(lab) == set(own) for own in (*table[key], *_header_stems(key)))
                                            for lab in named)), fits[0] if fits else None)


def _header_stems(key: str) -> tuple[tuple[str, ...], ...]:
    """The stems of the symbols a table heads the property with (hkg:headerLabel: 'Ea'; read only for the few
    values a sentence of another application names)."""
    return tuple(tuple(stems(h)) for h in vocabulary().property(key).header_labels)


def _follow_the_named_value(props: list[Group], clause: dict[int, str], read: dict[int, str]) -> None:
    """'The activation energy of X is 48 kJ/mol, lower than 66 kJ/mol for LiBH4': a value its own words do not
    name took its property from the value before it, and takes that value's new reading too."""
    for g in props:
        if g.key != read[id(g)] or _labels_named(g, clause):
            continue
        before = [h for h in props if h.end <= g.start and read[id(h)] == read[id(g)] and h.key != read[id(h)]]
        if before:
            g.key = before[-1].key
            g.cues.append("property:application")


# (not after a word that opens the comparison itself: "compared with less than 100 mAh/g for MgH2" bounds the
# reference's own value)
# "a conductivity of up to 6.7 mS/cm": the noun phrase of a property reports the value reached ('releases up to 6 wt%'
# says what a run may give, a bound)
_OF_UP_TO_BEFORE = re.compile(rf"(?=[o])\bof\s+{UP_TO}\s*$", re.I)


def _reached_up_to(text: str, g: Group) -> bool:
    """The value at ``g`` is said with 'of up to' right before it, of a property whose 'up to' is no bound (not the
    ontology's hkg:boundUpTo: 'a stability window of up to 5 V' is one)."""
    if not g.key or not _OF_UP_TO_BEFORE.search(text, max(0, g.start - 16), g.start):
        return False
    term = vocabulary().property(g.key)
    return not any(True for _ in vocabulary().graph.objects(HKG[term.id], HKG.boundUpTo))


_THAN_BEFORE = re.compile(r"(?<!compared with )(?<!compared to )(?<!versus )(?<!vs\. )(?<!vs )(?<!against )"
                          r"\b(?:higher|lower|more|less|greater|smaller|larger|faster|slower)\s+than\s*$", re.I)
# ("compared with only 2.1 wt% for pure MgH2": a hedge that plays the reference's value down, before it)
_COMPARISON = comparison(rf"{THAT_OF}?\s*(?:the\s+|that\s+|those\s+)?(?:{LIMITING}\s+)?"
                         rf"{hedged(APPROXIMATING)}?"
                         # ("versus below 100 mAh/g for MgH2": the reference's value, given as a bound)
                         r"(?:(?:below|above|under|over|up to|(?:less|more|lower|higher) than)\s+)?$", more=("against",))


def _baseline_value(gs: list[Group], systems, baselines: set[int], ctx: Context) -> None:
    """'… starts to release hydrogen at 208 °C. Pure MgH2 needs 350 °C.': a sentence that names no property
    but the bare host as a baseline ('pure', 'as-milled', 'undoped') and one value in the unit of the value the
    sentence before gave is that property's value for the baseline (a value in another unit is none)."""
    if not any(m.start in baselines and s.bare for m, s in systems):
        return
    g = _one_unnamed_value(gs, ctx)
    if g is not None:
        g.role, g.key = "property", ctx.in_paragraph.last_property[0]
        g.cues = ["property:baseline-carried"]


def _start_carried(text: str, gs: list[Group], systems, ctx: Context) -> None:
    """'MgH2 with TiF3 starts to release hydrogen at 245 °C. MgH2 co-doped with TiF3 and NbF5 starts at 215 °C.':
    one value right after a bare verb of starting ('starts at', 'begins at'), in a sentence naming no property, is
    of the property the paragraph's last value was, when that is a property a start is said of (one whose names
    hold 'start': an onset); after any other ('releases 5 wt% … The other starts at 215 °C') it stays none."""
    g = _one_unnamed_value(gs, ctx, loadings_apart=True)
    if g is None or not started_at(text, g) or not _sample_starts(text, g, systems) \
            or not any("start" in label for label in cue_table().get(ctx.in_paragraph.last_property[0], ())):
        return
    g.role, g.key = "property", ctx.in_paragraph.last_property[0]
    g.cues = ["property:start-carried"]


# "The milling of MgH2 started at", "heating the sample starts at": a process the clause names before its verb is
# what starts, not the sample (an '-ing' word or an 'of' phrase; English, no vocabulary)
_PROCESS_SUBJECT = re.compile(r"\b(?:[a-z]{3,}ing|of)\b", re.I)


def _sample_starts(text: str, g: Group, systems) -> bool:
    """Is a sample named before the value the subject of its verb of starting (no process named in the clause
    before the verb)?"""
    clause = max(text.rfind(";", 0, g.start), text.rfind(". ", 0, g.start)) + 1
    verb = re.search(r"\S+\s+(?:from|at)\s+\S*$", text[clause:g.start])
    before = text[clause:clause + verb.start()] if verb else text[clause:g.start]
    return any(clause <= m.start < g.start for m, _ in systems) and _PROCESS_SUBJECT.search(before) is None


def _one_unnamed_value(gs: list[Group], ctx: Context, loadings_apart: bool = False) -> Group | None:
    """The one value of a sentence that names no property, read by its unit alone and in the unit of the
    paragraph's last value (that value's property is open to it), else None. (``loadings_apart``: a sample's
    loading, 'co-doped with 5 wt% TiF3', is no second value.)"""
    if ctx.in_paragraph.last_property is None or any(g.role == "property" for g in gs):
        return None
    unit = ctx.in_paragraph.last_property[1]
    valued = [g for g in gs if g.unit and not (loadings_apart and g.role == "amount")]
    if len(valued) != 1 or valued[0].kind != "single" or valued[0].role not in (None, "condition"):
        return None
    g = valued[0]
    if g.role == "condition" and g.cues != ["property:unit"] or _dims(g.unit) != _dims(unit):
        return None
    return g


# "The calculated values were …", "these values amount to …": the values of a quantity the words name elsewhere
# (an adjective or two of how they were got may stand before the noun)
_THE_VALUES = gated(re.compile(r"\b(?:the|these|those|both|all|its|their)\s+(?:[a-z-]+\s+){0,2}?values?\s+"
                               r"(?:were|was|are|is|amount(?:s|ed)?\s+to|of|obtained)\b", re.I))


def _values_named_before(text: str, gs: list[Group], ctx: Context) -> None:
    """'The activation energies of desorption were calculated by the Arrhenius method. The calculated values were
    46, 52 and 61 kJ/mol …': values the sentence calls only 'the values' are of the property the sentence before
    named whole without a value of its own — read with those words, when they name it whole in the value's unit
    (values their own words or unit already read as a property keep that reading)."""
    words = ctx.in_paragraph.unvalued_words
    said_values = _THE_VALUES.search(text) if words else None
    if said_values is None:
        return
    for g in gs:
        # (a value read by its unit alone, as a condition or as its unit's usual property, is open to the name)
        if g.start < said_values.end() or not g.unit or g.role not in (None, "condition", "property") \
                or g.cues[-1:] not in ([], ["property:unit"]) or g.role == "property" and g.cues != ["property:unit"]:
            continue
        said: list[str] = []
        role, key = choose_property(g.unit, words, "", said)
        if role == "property" and said[-1:] == ["property:named"]:
            g.role, g.key, g.cues = role, key, ["property:named-before"]


# "These capacities fall to …", "this capacity dropped …": the quantity the sentence before gave, taken up by a
# demonstrative before the head noun of its name (English determiners, no vocabulary)
_DEMONSTRATIVE = re.compile(r"\b(?:these|this|those|such)\s+(?P<noun>[a-z]+)\b", re.I)


def _demonstrative_carried(text: str, gs: list[Group], ctx: Context) -> None:
    """'… first discharge capacities of 270 and 500 mAh/g. These capacities fall to 30 and 70 mAh/g after 60 cycles':
    values read only as a broader property (the unit's, 'capacity' alone) in a sentence that takes the paragraph's
    last quantity up by a demonstrative and the last word of one of its labels are of that narrower property."""
    last = ctx.in_paragraph.last_property
    said = _DEMONSTRATIVE.search(text) if last is not None else None
    if said is None or last is None:
        return
    vocab = vocabulary()
    narrower = vocab.property(last[0])
    noun = said.group("noun").lower()
    if not any(label.lower().split()[-1] == noun for label in narrower.labels if label.split()):
        return
    for g in gs:
        if g.start < said.end() or g.role != "property" or not g.key or g.key == last[0] \
                or g.cues[-1:] not in (["property:unit"], ["property:weak"]) or not g.unit \
                or _dims(g.unit) != _dims(last[1]) or not vocab.is_a(narrower.id, vocab.property(g.key).id):
            continue
        g.key = last[0]
        g.cues = [c for c in g.cues if c not in ("property:unit", "property:weak")] + ["property:demonstrative-carried"]


# the reference after a comparison's words ("compared with the bulk", "in contrast to pure"), up to its mention
_REFERENCE_NAMED = re.compile(rf"\b(?:{COMPARED_WITH})\s+(?:the\s+)?(?:{BASELINE_WORDS}\s+)?$", re.I)
# the reference's value right after its mention ("… MgH2 system at 282 °C", "… LiBH4 alone, at 470 °C")
_VALUE_OF_REFERENCE = re.compile(rf"(?:\s+{_after_name('AloneWord', 'SampleTailNoun', 'SystemTailNoun', 'CompositeTailNoun', 'CounterpartNoun')})?"
                                 rf"\s*,?\s*(?:at|of)\s*{APPROX}")


def _comparison_values(text: str, gs: list[Group], systems) -> None:
    """'Compared with bare LiBH4 (470 °C), … at 230 °C', '… at 110 °C, compared with 150 °C for pure
    LiAlH4': a value set against a property value of the sentence is a value of that property (of
    the reference), not a condition."""
    props = [g for g in gs if g.role == "property"]
    for g in gs:
        if g.role in ("property", "ignored") or g.role == "amount" and "value:share" in g.cues \
                or not g.unit or g.kind == "cycles" or any(n.amount for n in g.numbers) \
                or DIFFERENCE_AFTER.match(text[g.end:g.end + 40]) \
                or DIFFERENCE.search(text, max(0, g.start - 30), g.start):
            # a negated bound, a treatment's setting or a named loading stays no value, beside a value or
            # not; a loading inside a composition ("while for MgH2-5 wt% X") is never a value of it;
            # "over 100 °C below that of X" is a difference, whatever 'than' says (and "lowered by
            # more than 60 °C to 150 °C", whose 'than' bounds the change)
            continue
        bracketed = any(m.end <= g.start and (_IN_PARENTHESES.fullmatch(text, m.end, g.start)
                                              or _LABELLED.fullmatch(text, m.end, g.start)) for m, _ in systems) \
            or bool(_BARE_LABELLED.search(text, max(0, g.start - 40), g.start)) \
            or bracket_of(text, g) is not None and any(  # "(112 °C for pure LiBH4)": the reference's value
                m.start >= g.end and FOR_SYSTEM.fullmatch(text, g.end, m.start) and ")" not in text[g.end:m.start]
                for m, _ in systems)
        compared = _COMPARISON.search(text[max(0, g.start - 30):g.start])
        # "… starts at 118 °C, whereas the unmodified X begins at 147 °C": the reference's value (", but 10 wt% Y
        # lowered it only to 220 °C": another sample's)
        contrasted = any(p.end <= g.start and _dims(p.unit) == _dims(g.unit)
                         and re.search(r"\b(?:whereas|while)\b|,\s*but\b", text[p.end:g.start])
                         and (any(p.end <= m.start < g.start for m, _ in systems)
                              # ("…, while the undoped counterpart needs 200 °C": the reference named by a word)
                              or _BARE_SUBJECT.search(text, p.end, g.start) is not None) for p in props)
        # "… to 276 °C in contrast to the bulk MgH2 system at 282 °C", "compared with pure LiBH4 at 470 °C": the
        # reference named after the comparison's words, its value after 'at' (no setting: the sentence's value in
        # that unit is what the two are compared by)
        referenced = any(m.end <= g.start and _VALUE_OF_REFERENCE.fullmatch(text, m.end, g.start)
                         and _REFERENCE_NAMED.search(text, max(0, m.start - 50), m.start) for m, _ in systems)
        referenced = referenced or _BARE_THAN.search(text, max(0, g.start - 90), g.start) is not None
        if not (bracketed or compared or contrasted or referenced):
            continue
        same = [p for p in props if _dims(p.unit) == _dims(g.unit)]
        # ("keeps 88 % (3.9 wt% H2), compared with 70 %": the value in the same unit is the one set against)
        same = [p for p in same if p.unit == g.unit] or same
        if same:
            g.role, g.key = "property", min(same, key=lambda p: abs(p.start - g.start)).key
            g.cues.append("value:compared")
    for g in props:
        _named_by_the_compared(text, g, props, systems)


def _named_by_the_compared(text: str, g: Group, props: list[Group], systems) -> None:
    """'Compared to pure MgH2 (60 nm), X shows a crystallite size of 15 nm': the reference's value in brackets in a
    fronted comparison, read by its unit alone (a particle size, a specific capacity), is of the property the main
    clause then names for the value it is compared with, in the same unit."""
    if "property:unit" not in g.cues or bracket_of(text, g) is None \
            or not any(m.end <= g.start and _IN_PARENTHESES.fullmatch(text, m.end, g.start)
                       and compared_before(text, m.start) for m, _ in systems):
        return
    named = next((p for p in props if p.start > g.end and "property:named" in p.cues and p.unit
                  and _dims(p.unit) == _dims(g.unit) and "," in text[g.end:p.start]), None)
    if named is not None and named.key != g.key:
        g.key = named.key
        g.cues = [c for c in g.cues if c != "property:unit"] + ["value:compared"]


# "… as the particle size decreased from", "while the crystallite size grew from", "with the grain size
# shrinking from": the word that ties one change to another in the same sentence
_COVARYING = re.compile(r"\b(?:as|while|when|whereas|with)\b", re.I)


def _covarying_change(text: str, g: Group, props: list[Group], ms: list[Mention]) -> bool:
    """Does another property of the sentence change from one value to another alongside ``g``, the two
    tied by 'as'/'while'/'when'/'with' with no material named between them ("the activation energy fell
    from 56 to 38 kJ/mol as the particle size decreased from 420 to 70 nm", and the other way round)?"""
    for p in props:
        if p is g or p.kind != "change" or p.key == g.key:
            continue
        first, second = (g, p) if g.end <= p.start else (p, g)
        tied = _COVARYING.search(text, first.end, second.start) or _COVARYING.match(text.lstrip()) \
            and "," in text[first.end:second.start]   # "With the size shrinking from 40 to 12 nm, Ea fell …"
        if tied \
                and not any(first.end <= m.start < second.start and m.kind in (SYSTEM_LABEL, "Material") for m in ms):
            return True
    return False


def _is_baseline(text: str, subject: MaterialSystem, systems, baselines, cues: list[str] | None = None,
                 value_end: int | None = None) -> bool:
    """Is the value's system the bare reference the sentence compares against: a host named
    'pristine'/'additive-free' …, or a bare host after 'than'/'compared with' next to a modified one?
    ``value_end``: where the value ends; a reference the sentence names after it, as what the value is compared
    with ('13 wt%, superior to the commercial LiBH4 (9.1 wt%)'), is the other value's sample, not this one's."""
    for m, s in systems:
        if s is not subject:
            continue
        if value_end is not None and m.start >= value_end and _compared_between(text, value_end, m.start):
            continue
        if m.start in baselines:
            (cues if cues is not None else []).append("baseline:named")
            return True
        if s.bare and _compared_just_before(text, m.start):
            (cues if cues is not None else []).append("baseline:compared")
            return True  # "than that of LiBH4 alone (67 kJ/mol)": the reference of a comparison
        if s.bare and _CONTRASTED.search(text, max(0, m.start - 20), m.start):
            # "The composite released 5.2 wt%, whereas MgH2 released only 1.1 wt%": the bare host set against
            # the sample in a clause of its own is the reference, never the sample named again
            (cues if cues is not None else []).append("baseline:contrasted")
            return True
    return False


# ", whereas MgH2", "while the MgH2": a bare host opening the clause a contrasting conjunction sets against the one
# before ('but' is left out: "but also", "but MgH2–Ni …" continue the same sample as often as they contrast)
_CONTRASTED = re.compile(r"(?:^|[,;]\s*)(?:whereas|while)\s+(?:the\s+)?$", re.I)


_TO_GAP = re.compile(rf"\s*to\s*{hedged(APPROXIMATING)}?")


def _from_value_to_list(text: str, g: Group, props: list[Group]) -> bool:
    """The value is written 'from X to A and B': a change from one value to a list of the same quantity."""
    if not _FROM.search(text, max(0, g.start - 20), g.start):
        return False
    after = next((p for p in props if p.start >= g.end), None)
    return after is not None and after.kind == "list" and _dims(after.unit) == _dims(g.unit) \
        and _TO_GAP.fullmatch(text, g.end, after.start) is not None


def _series_first(samples: list[MaterialSystem]) -> list[MaterialSystem]:
    """``samples`` with a substitution series named beside its own member at x = 0 first ("Ni in Mg2Ni was partly
    replaced by Mn, and Mg2Ni1-xMnx (x = 0–0.3) alloys were made"): the passage studies the series, whose members
    its later values name; the parent alloy is its reference."""
    series = next((s for s in samples if (parent := unsubstituted_member(s)) is not None
                   and any(o is not s and host_formula(o) == host_formula(parent) for o in samples)), None)
    return samples if series is None else [series, *(s for s in samples if s is not series)]


def _baseline_system(subject: MaterialSystem, systems, parent: bool = True) -> MaterialSystem:
    """The unmodified host a change starts from: a bare-host mention in the sentence, else the host."""
    for _, s in systems:
        if not subject.bare and s.bare and s.host.formula == subject.host.formula:
            return s
    # "Adding 0.1 LiBH4 to the 2LiNH2–MgH2 system lowered … from 260 to 207 °C": the composite named in the sentence
    # that the sample holds with less added to it
    # (as the mention names it: the sentence's reading may have put the added material into it)
    own = {a.formula for a in subject.additives}
    for m, _ in systems:
        named = material_system(m)
        if named is not None and named.additives and named.host.formula == subject.host.formula \
                and {a.formula for a in named.additives} < own:
            return named
    # "substitution in LiBH4 (LiBH3.75F0.25)": the parent compound named in the sentence
    elements = formula_symbols(subject.host.formula)
    for _, s in (systems if parent else []):
        own = formula_symbols(s.host.formula)
        if s.bare and s.host.formula != subject.host.formula and _has_hydrogen(s) and own < elements:
            return s
    if parent and (reference := unsubstituted_member(subject)) is not None:
        return reference   # "the Mn-free alloy" of Mg2Ni1-xMnx (x = 0–0.3): the series' member at x = 0, Mg2Ni
    if parent and subject.bare and not _has_hydrogen(subject) and len(elements) > 1:
        # "the Mg–Ni system lowers the enthalpy from 74 to 64 kJ/mol": an alloy of a storage metal
        # starts from the hydride of the metal it alloys (MgH2), not from itself
        metal = storage_hydride(re.match(r"[A-Z][a-z]?", subject.host.formula).group(0))
        own = _host_only(metal) if metal else None
        if own is not None and host_formula(own) != host_formula(subject):
            return own
    return unfilled_sample(subject)  # "2LiBH4–MgH2 with NbF5 … from 360 to 305 °C": from the undoped composite


# how the subject of a value was found when no mention of the sentence says it: a phrase naming the
# sample by description decides then
_UNNAMED = frozenset({"system:context", "system:after", "system:fallback"})


def _described_subject(text: str, g: Group, refs, systems, ctx: Context, ms,
                       subject: MaterialSystem | None = None) -> MaterialSystem | None:
    """The sample a phrase names by description for this value: right after it ("… with TiCl3", "… upon
    confinement in CMK-3", "… for the Ni-containing material"), or as the subject of its clause ("The
    carbon composite desorbed …") when no material of the sentence says whose the value is; else None.
    A bare one ("the Al2O3-free electrolyte", "… without it") is the sample before this passage's addition."""
    if not refs and " with " not in text:
        return None
    r = after_value(text, g.end, refs, ms)
    trailing = r is not None
    if r is None and (_UNNAMED | {"system:sentence"}) & set(ctx.cues):
        # (a phrase nearer the value than the mention the sentence named its sample by is the clause's
        # subject: "A … conducts …, whereas the SiO2-free electrolyte conducts …")
        r = before_value(text, g.start, refs, systems)
        if r is not None and not (r.bare or r.additive or r.klass or r.scaffold or r.catalysed or r.loading):
            # "the … of the Mg phase in the composite is −74 kJ/mol, whereas Mg2NiH4 …": the passage's sample
            if "system:after" in ctx.cues and ctx.system is not None and not ctx.system.bare:
                ctx.cues.append("system:referent")
                return ctx.system
            made = composite_beside_bare(text[r.start:r.end], systems, ctx.in_passage.seen, ctx.system)
            # "The eutectic melts …" after a bare hydride and a eutectic were named: the sample of several parts
            if made is None and r.several:
                made = resolve(r, ctx.in_passage.seen, ctx.system)
            if made is not None:
                ctx.cues.append("system:referent")
            return made
    if r is None:
        # (asked only where no words around the value name the unmodified sample: ``_subject`` made such a value's
        # sample bare; one set against a value a joining phrase changed is the sample before that change)
        return _before_joining(text, g, refs, subject)
    # "The X composite with graphite …, whereas the composite without graphite …": a sample this sentence
    # named before the phrase, without what the phrase says it lacks
    s = next((w for m, x in reversed(systems) if m.start < r.start
              and (w := sample_without(x, r.lacks)) is not None), None) if r.lacks is not None else None
    # (a sample this sentence names is the one a joining phrase changes, not the passage's: "The conductivity of
    # KBH4 reaches … upon confinement in SBA-15")
    named = r.joins and subject is not None and any(x.name == subject.name for _, x in systems)
    # (a subject naming the additive may name one of the paragraph's alternatives: "milled with 4 mol% CeCl3 or 4 mol%
    # TiCl3 … the CeCl3-doped alanate released …", and so may a joining phrase after the value: "310 °C with TiCl3";
    # a described sample after the value may be the next value's subject: "the TiCl3-doped sample at 120 °C, the
    # ZrCl4-doped sample at 140 °C")
    pool = [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives] \
        if r.additive is not None and (r.joins or not trailing) else ctx.in_passage.seen
    s = s or resolve(r, pool, subject if named else ctx.system)
    if s is None and trailing and r.several and subject is not None and subject.bare and ctx.system is not None \
            and not ctx.system.bare and host_formula(ctx.system) == host_formula(subject):
        # ("120 kJ/mol for unmilled NaAlH4 and 80 kJ/mol for the milled composite": the passage's composite, named so
        # after its value, beside the bare host the sentence names for the other value)
        s = ctx.system
    if s is not None and not s.bare:
        # ("… milled with TiO2 and CeO2 … for the co-catalysed alanate" after a title's "co-catalysed by two
        # oxides": the sample this sentence names the members of the class by)
        s = members_first([s, *(x for _, x in systems)])
    if s is not None and r.bare:
        ctx.cues.append("baseline:described")   # "the Al2O3-free electrolyte", "… without it"
    if s is not None:
        ctx.cues.append("system:referent")
    return s


# "… 2 mS/cm upon confinement in SBA-15 instead of 0.1 mS/cm": a value set against the one a joining phrase changed
_SET_AGAINST = re.compile(rf"\)?\s*,?\s*(?:{COMPARED_WITH})\s+$", re.I)


def _before_joining(text: str, g: Group, refs, subject: MaterialSystem | None) -> MaterialSystem | None:
    """The sample before the change a joining phrase ('upon confinement in X', '… with X') made, for a value the
    sentence sets against the changed one right after that phrase; else None."""
    r = next((r for r in reversed(refs) if r.end <= g.start), None)
    if r is None or not r.joins or r.additive is None or subject is None \
            or not _SET_AGAINST.fullmatch(text, r.end, g.start):
        return None
    return sample_without(subject, r.additive)


def _described_change(text: str, g: Group, refs, ctx: Context, ms, named, base_sys, subject):
    """'… lowered from 156 kJ/mol for the undoped composite to 98 kJ/mol with TiCl3': the samples the
    phrases after each value of a change name, in place of those guessed from the paragraph."""
    if not refs and " with " not in text:
        return base_sys, subject
    first, last = g.numbers[0], g.numbers[-1]
    r1 = after_value(text, g.end, refs, ms)
    s1 = resolve(r1, ctx.in_passage.seen, ctx.system) if r1 is not None and not r1.bare else None
    if s1 is not None:
        subject = s1
        ctx.cues.append("system:referent")
    if not named:
        r0 = next((r for r in refs if first.end <= r.start and r.end <= last.start and r.start - first.end <= 30
                   and re.fullmatch(r"[^\d,;]*?(?:\S+[-−–]?1)?\s*,?\s*(?:for|of|in|with)?\s*", text[first.end:r.start])), None)
        # "from … for the undoped composite": the changed sample without what this passage put in
        modified = subject if not subject.bare else ctx.system or subject
        s0 = (unfilled_sample(modified) if r0.bare else resolve(r0, ctx.in_passage.seen, ctx.system)) if r0 is not None else None
        if s0 is not None:
            base_sys = s0
            ctx.cues.append("system:referent")
    return base_sys, subject


# (the ontology's EffectVerb scheme: ChangeStem)
_CHANGE_VERB = re.compile(rf"\b{CHANGE_EFFECT}\b", re.I)


# "… upon Ti doping", "… after the addition of NbF5", "… with 5 wt% Ni doping", "… by doping with V"
# (set off by a comma too: "…, from 10−8 to 10−5 S cm−1, upon LiI addition")
_AFTER_CHANGE_ACTOR = re.compile(r"\s*,?\s*(?:[a-z]+\s+){0,2}?(?:upon|after|with|by|on|via|through)\s+(?:the\s+)?"
                                 r"(?:"
                                 rf"{adding_nouns('PuttingInNoun', 'IntroductionNoun', 'DopingNoun', 'SubstitutionNoun')}"
                                 r"\s+(?:of|with)\s+"
                                 r"|(?:adding|introducing|incorporating|doping\s+with)\s+)?(?:[\d.]+\s*\S*%\s*)?$")
_CHANGE_ACTION = re.compile(r"[\s-]*" + adding_nouns("DopingNoun", "PuttingInNoun", "SubstitutionNoun", "DecorationNoun",
                                                      "LoadingNoun", "CatalysisNoun") + r"\b")


# "… by adding 5 wt% X to MgH2", "upon the addition of X": the change's cause named as a preparation
_CAUSE_AFTER_CHANGE = re.compile(r"\s*,?\s*(?:[a-z]+\s+){0,2}?(?:upon|after|with|by|via|through)\s+(?:the\s+)?"
                                 r"(?:addition|incorporation|introduction|adding|introducing|incorporating|"
                                 r"doping|loading|milling)\b[^;]*$", re.I)
_CAUSE_REACH = 80


def _sample_after_change(text: str, g: Group, systems, subject: MaterialSystem) -> MaterialSystem | None:
    """The modified sample of the subject's own host that a 'from X to Y' change names right after itself
    as its cause ('… by adding 5 wt% X in MgH2', of a bare subject) or as what the new value is for ('… to
    0.6 µm for composite C5N5', of any subject: the sentence's sample may be a class of them), else None."""
    for m, s in systems:
        if m.start < g.end or m.start - g.end > _CAUSE_REACH:
            continue
        if s.bare or s is subject:
            continue
        # ("from 160 kJ/mol for MgH2 to 120 kJ/mol for Mg(NH2)2–2LiH": the sample the new value is said for may
        # be of another host, a hydride's composite; a cause named after the change modifies the subject's own)
        if _FOR_NEXT.fullmatch(text, g.end, m.start) and (host_formula(s) == host_formula(subject) or _has_hydrogen(s)) \
                or host_formula(s) == host_formula(subject) and subject.bare \
                and _CAUSE_AFTER_CHANGE.match(text[g.end:m.start]):
            return s
    return None


def _named_for_new_value(text: str, g: Group, systems, subject: MaterialSystem) -> bool:
    """Does the sentence name ``subject`` as what a change's new value is for, right after it ('… from 75 kJ/mol
    for MgH2 to 64 kJ/mol for LiBH4–MgH2')? Then it is that sample even when its host is not the old one's
    (a reactive composite whose partner was the reference)."""
    return any(s is subject and m.start >= g.end and _FOR_NEXT.fullmatch(text, g.end, m.start) for m, s in systems)


# "the 9.1 wt%", "this 6.3 wt%": a value with a determiner before it, one the text has given already
_DETERMINED = re.compile(r"\b(?:the|this|that|these|those)\s+(?:same\s+)?$", re.I)


def _with_actor(text: str, subject: MaterialSystem, actor: tuple[Mention, MaterialSystem]) -> MaterialSystem:
    """``subject`` with the cause of its change, at the loading written before it ('after adding 5 mol% TiCl3')."""
    m, s = actor
    amount, _ = amount_before(text, m.start)
    notation = additive_notation(m, s) if amount is not None else None
    return with_additives(subject, [(notation, amount)]) if notation is not None else plus_additive(subject, s)


def _at_written_loading(text: str, system: MaterialSystem, actor: tuple[Mention, MaterialSystem]) -> MaterialSystem:
    """``system``, whose one additive is the ``actor`` given no loading, at the loading the sentence writes before the
    actor ("With 10 wt% TiF3, the onset fell to 160 °C" after MgH2–TiF3 was named: that sample holds 10 wt%);
    else ``system`` as it is."""
    m, s = actor
    adds = system.additives
    if len(adds) != 1 or adds[0].amount is not None or adds[0].formula != s.host.formula \
            or amount_before(text, m.start)[0] is None:
        return system
    loaded = _with_actor(text, system, actor)
    return loaded if host_formula(loaded) == host_formula(system) and len(loaded.additives) == 1 else system


def _actor_after_change(text: str, g: Group, systems) -> tuple[Mention, MaterialSystem] | None:
    """The non-hydride material (mention, system) a 'from X to Y' change names right after itself as its cause
    ('upon Ti doping', 'after the addition of 5 mol% NbF5'), else None."""
    for m, s in systems:
        if m.start < g.end or m.start - g.end > 60 or _has_hydrogen(s) or not s.bare:
            continue
        lead = text[g.end:m.start]
        if not _AFTER_CHANGE_ACTOR.fullmatch(lead):
            continue
        if re.search(r"(?:\bof|\bwith|adding|introducing|incorporating)\s+(?:[\d.]+\s*\S*%\s*)?$", lead) \
                or _CHANGE_ACTION.match(text, m.end):
            return m, s
    return None


def _change_actor(text: str, systems, targets: list[MaterialSystem]) -> MaterialSystem | None:
    """The material a sentence makes the agent of a change of the listed hosts ("Interfaces among these
    Ti compounds …, significantly reducing the … of MgH2 and Mg(BH4)2 from … to …"): a material named
    before the first host, with a verb of change between them and no other hydride; else None."""
    first = next((m for m, s in systems if any(s is t for t in targets)), None)
    if first is None or any(t.additives for t in targets):
        return None
    before = [(m, s) for m, s in systems if m.end <= first.start]
    if not before or any(_has_hydrogen(s) for _, s in before):
        return None
    m, s = before[0]
    if not s.bare or _names_class(s) or _incidental(text, m) or not _CHANGE_VERB.search(text, m.end, first.start):
        return None
    return s


def _added_before(text: str, raw: list[Mention], host: Mention, choice: bool = False) -> list:
    """(notation, loading or None) of the materials a sentence adds before naming the bare host ("After adding
    TiC and graphene, … of MgH2"): each named with an additive cue, or coordinated with one that is (with
    ``choice``, also by 'or': "Adding CeO2 or La2O3 to LiBH4", alternatives)."""
    added, last = [], None
    listed: list[tuple[str, str | None]] = []   # a list's members not yet cued, which a passive after it cues
    listed_end = None
    for x in raw:
        if x.kind not in (SYSTEM_LABEL, "Material") or x.end > host.start:
            continue
        amount, lead = amount_before(text, x.start)
        if LACKED_BEFORE.search(text, max(0, lead - 30), lead):
            continue   # "compared to MgH2 without any oxide addition": what the sample is said to lack is not added
        passive = ADDED_PASSIVE.match(text, x.end) or WITH_BEFORE.search(text, max(0, lead - 8), lead) \
            and ADDED_ABSOLUTE.match(text, x.end)
        cued = ADDITIVE_CUE_GATE.search(text[max(0, lead - 40):lead]) or additive_after(text, x.end) \
            or passive or last is not None and coordinated(text, last.end, lead, choice=choice) \
            or amount is not None and ADDING_NOUN_OF.search(text, max(0, lead - 30), lead)   # "TiC and graphene"
        apart = CLAUSE_BREAK.search(text, x.end, host.start)
        n = additive_notation(x, material_system(x)) if not apart else None
        in_list = listed_end is not None and coordinated(text, listed_end, lead, choice=choice)
        if cued and n is not None:
            # ("After TiC and graphene were introduced, …": the passive after a list puts in every member)
            added.extend(listed if passive and in_list else [])
            added.append((n, amount))   # "With the addition of 5 wt% Nb2O5, …": its loading
            listed, listed_end = [], None
        elif n is not None:
            listed, listed_end = [*(listed if in_list else []), (n, amount)], x.end
        last = x if cued and n is not None else None
    return added


def _whole_named_after(text: str, g: Group, systems, parts: list[MaterialSystem]) -> MaterialSystem | None:
    """The sample a 'for …' right after a list names, when every sample the list was paired with is a part of it
    (its host or one of its components); else None."""
    if not parts:
        return None
    for m, s in systems:
        if m.start < g.end:
            continue
        if m.start - g.end > 40 or not FOR_SYSTEM.fullmatch(text, g.end, m.start) or s.bare:
            return None
        names = {c.formula for c in s.components}
        return s if all(p.bare and p.host.formula in names for p in parts) else None
    return None


# "the samples with and without TiO2", "LiAlH4 without and with 2 mol% TiCl3", "LiAlH4 doped and undoped with TiCl3": one
# sample holding the additive, one not (the words up to the material)
_WITH_AND_WITHOUT = re.compile(rf"{BOTH_WAYS_LEAD.pattern}\s+(?:(?:the|an?)\s+)?(?:addition\s+of\s+)?", re.I)


# ", whereas it had to be heated to 190 °C …": a clause set against the one before, opened before the value
_CONTRAST_OPENED = re.compile(rf"[,;]\s*(?:{CONTRAST_CONJUNCTION}|in\s+contrast)\b[^,;]*$", re.I)


def _reference_after(text: str, g: Group, systems) -> MaterialSystem | None:
    """', whereas it had to be heated to 190 °C to release hydrogen for the pure NaAlH4': a value in a clause set
    against the one before, whose bare host the clause names after it with a word of the unmodified sample
    ('pure', 'pristine', 'undoped' …), is that reference's; else None."""
    if not _CONTRAST_OPENED.search(text, max(0, g.start - 120), g.start):
        return None
    for m, s in systems:
        if m.start < g.end or not s.bare or re.search(r"[,;]", text[g.end:m.start]):
            continue
        if m.start - g.end <= 60 and _NAMED_BARE.search(text, max(0, m.start - 30), m.start):
            return s
    return None


# "… 72 and 76 kJ/mol, respectively, for MgH2": the host of a with-and-without pair named right after its values, in
# their clause (no sample set against them: "…, whereas LiBH4 desorbs at 400 °C")
_HOST_AFTER_PAIR = re.compile(r"[^;.\d]{0,30}?\b(?:for|in\s+the\s+case\s+of)\s+(?:the\s+)?", re.I)


def _with_and_without(text: str, g: Group, systems, context: MaterialSystem | None) -> list[MaterialSystem]:
    """'The activation energies of Mg2NiH4 with and without TiO2 are 71.2 and 80.3 kJ/mol, respectively': a pair of
    values said of the host with and without a material pairs with those two samples in the order the words say
    (the host the sentence names, else the passage's); else []."""
    if g.kind != "list" or len(g.numbers) != 2:
        return []
    return _pair_with_and_without(text, g.start, systems, context, g.end)


def _pair_with_and_without(text: str, end: int, systems, context: MaterialSystem | None, after: int | None = None
                           ) -> list[MaterialSystem]:
    """The two samples, with and without the material, a with-and-without phrase before ``end`` names, in the
    order its words say; [] when none. ``after``: where the values end (their host may be named after them)."""
    if " and " not in text and " or " not in text or not may_pair(text):   # (its lead is BOTH_WAYS_LEAD's)
        return []
    leads = [m for m in _WITH_AND_WITHOUT.finditer(text, 0, end) if both_ways_lead(m) is not None]
    lead = leads[-1] if leads else None
    if lead is None or _own_sample_between(text, lead, end, systems):
        return []
    after = end if after is None else after
    added = None
    for m, s in systems:
        if m.start >= end:
            break
        if _has_hydrogen(s) and not s.bare and m.start < lead.start() and (
                lead.start() < m.end or any(a.formula in text[lead.end():lead.end() + 40] for a in s.additives)):
            added = s      # ("Mg2NiH4 with and without TiO2" read as one sample holding the additive)
        elif not _has_hydrogen(s) and 0 <= m.start - lead.end() <= 25:
            # (the host may be named after the values: "… are 72 and 76 kJ/mol, respectively, for MgH2")
            hosts = [h for x, h in systems if _has_hydrogen(h) and x.end <= end] \
                or [h for x, h in systems if _has_hydrogen(h) and h.bare and x.start >= after
                    and _HOST_AFTER_PAIR.fullmatch(text, after, x.start)]
            base = hosts[0] if hosts else context
            n = additive_notation(m, s)
            # (with the loading written before it: 'without and with 2 mol% TiCl3')
            added = with_additives(bare_sample(base), [(n, amount_before(text, m.start)[0])]) \
                if base is not None and n is not None else None
    if added is None and context is not None and _has_hydrogen(context) and context.additives \
            and not any(m.start < end for m, _ in systems) \
            and all(a.formula in text[lead.end():lead.end() + 40] for a in context.additives):
        # ("MgH2 was milled with graphene. … samples with and without graphene …": a material named by a word, no
        # mention of its own, that the passage's sample holds)
        added = context
    if added is None:
        return []
    base = bare_sample(added)
    return [added, base] if both_ways_lead(lead) else [base, added]


def _own_sample_between(text: str, lead: re.Match, end: int, systems) -> bool:
    """'… of the LiAlH4 samples with and without NiFe2O4 for the first two stages, the Ea of the LiAlH4+3 mol%
    NiFe2O4 sample is 54.3 and 70.8 kJ/mol': a hydride sample named in a clause of its own after the pair's (a
    comma between) and before the values is whose the values are, not the pair's."""
    # (or in a sentence of its own: "A with and without B was milled. The onset temperatures of the A and the
    # composite are …" names the two samples again, in its own order)
    return any(lead.end() < m.start < end and _has_hydrogen(s) and ("," in (between := text[lead.end():m.start])
                                                                     or ". " in between)
               for m, s in systems)


def _fronted_alternatives(text: str, g: Group, gs: list[Group], raw: list[Mention], systems) -> list[MaterialSystem]:
    """'The addition of NiO, CuO and ZnO lowers the peak temperature of NaAlH4 to 171, 176 and 189 °C
    (, respectively)', 'Adding CeO2 or La2O3 to LiBH4 gives 9.1 and 8.7 wt%': as many materials added before the
    one host the sentence names as values in the list after it are as many samples, one additive each, in order.
    Not when the words say they went in together ('co-addition', 'together'), nor when a list of as many settings
    or counted steps may be what the values pair with."""
    n = len(g.numbers)
    if g.kind != "list" or n < 2 or TOGETHER.search(text, 0, g.start):
        return []
    hosts = [(m, s) for m, s in systems if m.end <= g.start and _has_hydrogen(s)]
    if len(hosts) != 1:
        return []
    if not _values_of_the_alternatives(text, g, gs):
        return []
    m, s = hosts[0]
    host = bare_sample(s)
    added = _added_before(text, raw, m, choice=True)
    if len(added) == n:
        return [with_additives(host, [a]) for a in added]
    # ("With 10 wt% Ni, 10 wt% Co and 10 wt% Fe, MgH2 released …": the sample reader already put the listed
    # additions into the host's mention; they are as many samples when each was written before the host)
    adds = s.additives
    if len(adds) != n or any(not re.search(rf"(?<!\w){re.escape(a.text or a.formula)}(?!\w)", text[:m.start])
                             for a in adds):
        return []
    out = [joined_system(host.name, f"{a.amount.value:g} {a.amount.unit} {a.formula}" if a.amount else a.formula)
           for a in adds]
    return out if all(x is not None for x in out) else []


# between a value and the adding said after it: its conditions ("at 30 °C", "within 10 min"), no other clause
_TO_ADDING_AFTER = re.compile(r"[^,;:()]{0,60}?", re.S)
# "… to 84.1 kJ/mol next to a Ti dopant", "… with an Nb dopant": a computed value at the site of a dopant the
# sentence names after it is the doped host's
# ("… 86 kJ/mol for Ti2C doping", "… 86 kJ/mol upon Nb addition": the adding named after the material)
_DOPANT_AFTER = re.compile(r"\s+(?:dopants?|doping|addition)\b", re.I)
_BESIDE = re.compile(r"\b(?:next to|near|close to|adjacent to|around|with|by|for|upon|after)\s+(?:an?\s+|the\s+|one\s+)?$",
                     re.I)
# "… 86 kJ/mol for doping Ti2C", "… after doping 5 wt% V": the transitive gerund before the material it puts in
# (a hydride after it is doped, no additive: those are passed over above)
_DOPING_GERUND = re.compile(rf"\b(?:doping|adding)\s+(?:of\s+)?(?:{AMOUNT_GROUPS}\s*(?:of\s+)?)?$", re.I)
_OTHER_CLAUSE = re.compile(rf"\b(?:{COMPARED_WITH}|while|whereas|than|compared|but|and|which|where)\b", re.I)
# "… dropped to 62 kJ/mol when 3 mol% TiF3 was added": the clause of time that says the material went in
_WHEN_BEFORE = re.compile(r"\b(?:when|once|after|as|if)\s+(?:the\s+|an?\s+)?$", re.I)


def _own_of_several(text: str, g: Group, additives, sample: MaterialSystem) -> MaterialSystem | None:
    """'… 124 kJ/mol for doping graphene and 86 kJ/mol for doping Ti2C' after 'We doped MgH2 with several
    carbides': where the sentence adds several of the sample's additives, each after a value of its own, a value
    is the host's with the one added right after it (not with all of them)."""
    named = [(m, s) for m, s in additives
             if any(c.formula == s.host.formula for c in sample.additives)]
    if len(named) < 2:
        return None
    added = _added_after_value(text, g, named)
    return with_additives(bare_sample(sample), added) if added else None


def _added_after_value(text: str, g: Group, additives, named: list[Mention] | None = None) -> list[tuple[str, str | None]]:
    """(notation, loading) of the material the sentence adds right after the value it gives for the bare host
    ("The conductivity of LiBH4 rose to 0.12 mS/cm at 30 °C upon addition of 30 mol% LiI"): the value is the
    sample's with that additive. Only when no other clause stands between the value and the adding. The sentence's
    ``named`` mentions (default: the additives') coordinated right after the cued one go in with it."""
    for x, y in additives:
        if x.start < g.end or _has_hydrogen(y):   # (a catalyst on its support, "Ni@C", is added as one)
            continue
        amount, lead = amount_before(text, x.start)
        cue = ADDITIVE_CUE_GATE.search(text, max(g.end, x.start - 40), x.start) \
            or ADDITIVE_CUE_GATE.search(text, max(g.end, lead - 40), lead) \
            or _DOPING_GERUND.search(text, max(g.end, x.start - 40), x.start) \
            or (_BESIDE.search(text, max(g.end, x.start - 20), x.start) if _DOPANT_AFTER.match(text, x.end) else None) \
            or (_WHEN_BEFORE.search(text, max(g.end, lead - 12), lead) if ADDED_PASSIVE.match(text, x.end) else None)
        if cue is None or not _TO_ADDING_AFTER.fullmatch(text, g.end, cue.start()) \
                or _OTHER_CLAUSE.search(text, g.end, cue.start()):
            return []
        n = additive_notation(x, y)
        listed = [m for m, _ in additives] if named is None else named
        return [(n, amount), *_coordinated_after(text, x, listed)] if n is not None else []
    return []


def _coordinated_after(text: str, first: Mention, named: list[Mention]) -> list[tuple[str, str | None]]:
    """(notation, loading) of the materials coordinated with ``first`` right after it ("… to 250 °C after
    co-addition of Ni and graphene", "… by adding Ni, Co and TiO2"): one adding puts in every member of its list
    (a hydride so named is no additive: the list ends before it)."""
    out, last = [], first
    for x in named:
        if x.start <= last.start or x.kind not in (SYSTEM_LABEL, "Material"):
            continue
        amount, lead = amount_before(text, x.start)
        y = material_system(x)
        n = additive_notation(x, y) if y is None or not _has_hydrogen(y) else None
        if n is None or not coordinated(text, last.end, lead, choice=False):
            break
        out.append((n, amount))
        last = x
    return out


_LAYER_KEYS = ("film_thickness",)
_SIZE_KEYS = ("particle_size",)   # the size of particles: of whatever material the sentence sizes


def _stack_of(layer: MaterialSystem, systems) -> MaterialSystem:
    """The multilayer system a sentence names that has ``layer`` among its components ("a Pd/Mg/Pd stack
    whose Pd and Mg layers are … thick"), else the layer itself."""
    for _, s in systems:
        if s.additives and layer.host.formula in {c.formula for c in s.components}:
            return s
    return layer


def _passage_key(sent) -> tuple:
    """The section and heading a sentence sits under: what starts afresh in ``Context.enter``."""
    return getattr(sent, "section", None), getattr(sent, "passage", None)


def _declared_by_passage(sentences: list, starts: list[int], said: list[tuple[int, str, str]]) -> dict[tuple, dict[str, str]]:
    """The roles each passage declares for its additives (ingest/declared_roles.py), by the passage's key."""
    by_passage: dict[tuple, list[tuple[str, str]]] = {}
    for start, formula, role in said:
        sent = sentences[bisect_right(starts, start) - 1]
        by_passage.setdefault(_passage_key(sent), []).append((formula, role))
    return {k: declared_roles(v) for k, v in by_passage.items()}


def _compounds_by_passage(sentences: list, cleaned: list) -> dict[tuple, frozenset[str]]:
    """The transition metals each passage names as their compounds and nowhere as the metal itself
    (ingest/compound_kinds.py), by the passage's key."""
    said: dict[tuple, list[str]] = {}
    metal: dict[tuple, set[str]] = {}
    for sent, c in zip(sentences, cleaned):
        key = _passage_key(sent)
        said.setdefault(key, []).extend(x for _, x in compound_symbols(c.text))
        metal.setdefault(key, set()).update(metal_symbols(c.text))
    return {k: found for k, v in said.items() if v and (found := passage_compounds(v, metal[k]))}


# a value or a report: what a sentence says of a system
_Fact = TypeVar("_Fact", Measurement, SystemReport)


def _with_substituents(facts: list[_Fact], elements: list[tuple[str, str | None]]) -> list[_Fact]:
    """``facts`` (values or reports) whose systems hold an element their sentence says takes sites of the host's
    lattice ('upon Ti substitution', ingest/lattice_entry.py; (element, the element it replaces or None)) with that
    element as the substituent: however a reader brought it into the sample (a change's cause after the value, an
    additive before the host), the words say what it is."""
    return [f if (s := _substituted(f.system, elements)) is f.system else f.model_copy(update={"system": s})
            for f in facts]


def _with_alloys(facts: list[_Fact], pairs: frozenset[frozenset[str]]) -> list[_Fact]:
    """``facts`` whose elemental host metal holds a metal it makes a compound the paper names with as its alloying
    partner (ingest/alloy_partners.py)."""
    return [f if (s := with_alloy_partners(f.system, pairs)) is f.system else f.model_copy(update={"system": s})
            for f in facts]


def _with_roles(facts: list[_Fact], declared: dict[str, str]) -> list[_Fact]:
    """``facts`` (values or reports) whose systems hold an additive the passage declared a role for in that role."""
    return [f if (s := with_declared_roles(f.system, declared)) is f.system else f.model_copy(update={"system": s})
            for f in facts]


def _with_compounds(facts: list[_Fact], symbols: frozenset[str]) -> list[_Fact]:
    """``facts`` (values or reports) whose systems hold an additive the passage named as a metal's compounds."""
    return [f if (s := with_compound_kinds(f.system, symbols)) is f.system else f.model_copy(update={"system": s})
            for f in facts]


def _substituted(system: MaterialSystem, elements: list[tuple[str, str | None]]) -> MaterialSystem:
    """``system`` with each of the ``elements`` (element, the element it replaces or None) its host can take as a
    substituent (``lattice_entry.substituted_in``: 'replacing Ni with Co' leaves MgH2's Co as it was) in that role."""
    roles = {x: ROLES["dopant"] for x, replaced in elements if substituted_in(system.host.formula, replaced)}
    return with_declared_roles(system, roles) if roles else system


def _passage_carbons(sentences: list, starts: list[int], cleaned: list, found: list[Mention],
                     redefined: frozenset[str]) -> dict[tuple, list]:
    """(section, passage) → the carbon scaffolds its heading and its sentences name (``carbons_named``); a
    sentence that cites other work, or follows one in its paragraph, speaks of that work's carbon."""
    out: dict[tuple, list] = {}
    citing = None
    # ('… processed by hydriding combustion synthesis (HCS)': letters the document defines as no material, read once
    # per document by the caller, name none of its carbons, whatever the ontology knows by them)
    found = [m for m in found if m.text not in redefined]
    found_starts = [m.start for m in found]
    for sent, c, cs in zip(sentences, cleaned, starts):
        key = _passage_key(sent)
        if key not in out:
            heading = clean_text(getattr(sent, "heading", "") or "").text
            out[key] = carbons_named(heading, [m for m in mentions(heading) if m.text not in redefined]) \
                if heading else []
        if getattr(sent, "refs", None) or c.cites:
            citing = (key, getattr(sent, "paragraph", None))
        if citing == (key, getattr(sent, "paragraph", None)):
            continue
        ce = cs + len(c.text)
        here = [m for m in found[bisect_left(found_starts, cs):bisect_left(found_starts, ce)] if m.end <= ce]
        out[key].extend(carbons_named(c.text, here))
    return out


_NOTATION_PARTS = re.compile(r"[+–/@\s()\[\]-]")


def extract_sentences(sentences: Iterable, source_id: str) -> tuple[list[Measurement], list[SystemReport]]:
    """All prose facts of a document's sentences (in document order).

    The sentences are cleaned one by one and joined, and the spaCy pipeline runs once over the
    joined text — one Doc for the paper is much faster than one per sentence, and captions,
    tables and the reference list never reach the pipeline.
    """
    ctx = Context(source_id)
    ms: list[Measurement] = []
    rs: list[SystemReport] = []
    sentences = list(sentences)
    cleaned = [clean_text(s.text, base=getattr(s, "start", 0) or 0) for s in sentences]
    starts, pos = [], 0
    for c in cleaned:
        starts.append(pos)
        pos += len(c.text) + 1
    joined = "\n".join(c.text for c in cleaned)
    found = mentions(joined)
    # (only letters the ontology knows as a material's short name: those the text defines for words the ontology does
    # not know, 'coconut shell charcoal (CSC)', may still be a material, and a formula after a class, 'a transition
    # metal nitride (TiN)', is that material)
    defined_apart = defined_for_no_material(joined)
    if redefined := {a for a in defined_apart
                     if (t := vocabulary().lookup(a, "Material")) is not None and t.formula != a}:
        # ('hydriding combustion synthesis (HCS)': the letters name a route here, no hollow carbon spheres)
        # (and a notation of such letters, 'HCS+MM': the route and the milling that made the sample)
        found = [m for m in found if redefined.isdisjoint(_NOTATION_PARTS.split(m.text))]
    ctx.members = class_members(joined, found)
    # (a role the words declare, and the role a written reaction shows: 'LiBH4 + 1/2Al → LiH + 1/2AlB2 + 3/2H2')
    # (the reactions are read sentence by sentence: the readers after ask for the same sentences' reactions, which
    # are kept for the document; reading the joined paper once more cost 2 % of an extraction)
    reacting = [(cs + at, f, role) for c, cs in zip(cleaned, starts) for at, f, role in reacting_partners(c.text)]
    declared = _declared_by_passage(sentences, starts, declarations(joined, found) + reacting)
    compounds = _compounds_by_passage(sentences, cleaned)
    # (an element a sentence says enters a lattice, 'upon Ti substitution': that sentence's substituent only; the
    # next may dope the same metal into another host as a catalyst, 'Ti-doped MgH2')
    entering = entering_elements(joined, found)
    entering_at = [at for at, _, _ in entering]
    # (the two-metal compounds each passage names: an elemental host's metal that makes one with it is its alloying
    # partner there; a review's other passage is another study)
    alloys_by_passage: dict[tuple, set[frozenset[str]]] = {}
    for at, pair in alloy_pairs(found):
        alloys_by_passage.setdefault(_passage_key(sentences[bisect_right(starts, at) - 1]), set()).add(pair)
    ctx.carbons = _passage_carbons(sentences, starts, cleaned, found, defined_apart)
    mention_starts = [m.start for m in found]
    locals_ = []
    for c, cs in zip(cleaned, starts):
        ce = cs + len(c.text)
        lo, hi = bisect_left(mention_starts, cs), bisect_left(mention_starts, ce)
        locals_.append([Mention(m.kind, m.text, m.start - cs, m.end - cs, m.term) for m in found[lo:hi] if m.end <= ce])
    paragraphs = [getattr(s, "paragraph", None) for s in sentences]
    for i, (sent, c, cs) in enumerate(zip(sentences, cleaned, starts)):
        ce = cs + len(c.text)
        local = locals_[i]
        remember(c.text, local)   # the mechanism claims read the same sentence: one reading for both
        note_property_abbreviations(c.text)   # ('the electrochemical stability window (ESW)': for later sentences)
        ctx.declared = declared.get(_passage_key(sent), {})
        ctx.compounds = compounds.get(_passage_key(sent), frozenset())
        prior = ctx.system
        m, r = _extract(sent, c.text, local, [k for _, ks in c.cites for k in ks], ctx)
        m, r = _processed(c.text, local, m, r, ctx, prior)
        if m and i and paragraphs[i - 1] == paragraphs[i] \
                and (parts := pointed_kind(c.text, described_parts(cleaned[i - 1].text))):
            # "Fe/Mn interfaces … . At 250 °C, such an interface enables 5.8 wt% …": the sample with that feature
            # (its additive maybe named only after: the paragraph's sentences from the one before on)
            later = [(cleaned[j].text, locals_[j]) for j in range(i - 1, len(sentences)) if paragraphs[j] == paragraphs[i]]
            before_move = m
            m = on_feature_holder(m, parts, later)
            if ctx.system is not None and any(x is not y and y.system.name == ctx.system.name
                                              for x, y in zip(m, before_move)):
                ctx.system = next(x.system for x, y in zip(m, before_move) if x is not y)
        if ctx.declared:
            # (the role the passage said an additive plays, 'TiO2-x acts as a hot spot', holds in every sample it is
            # part of, the paragraph's sample a later sentence goes on about too, not only in those it names whole)
            m, r = _with_roles(m, ctx.declared), _with_roles(r, ctx.declared)
        if ctx.compounds:
            m, r = _with_compounds(m, ctx.compounds), _with_compounds(r, ctx.compounds)
        if alloys := frozenset(alloys_by_passage.get(_passage_key(sent), ())):
            m, r = _with_alloys(m, alloys), _with_alloys(r, alloys)
        here = [(x, out) for _, x, out in entering[bisect_left(entering_at, cs):bisect_left(entering_at, ce)]]
        if here:
            m, r = _with_substituents(m, here), _with_substituents(r, here)
            if ctx.system is not None:   # (the sample the next sentences go on about holds it as this one says)
                ctx.system = _substituted(ctx.system, here)
        ctx.in_passage.valued = ctx.in_passage.valued or bool(m)
        m = ctx.in_paragraph.said.shared(c.text, m)   # "At the same temperature, pristine MgH2 …" (becomes the paragraph's)
        # (a value or report still on a class of compounds once the sentence is read, its members not named in its
        # place, was measured on samples the text does not name: the value of no record, ingest/class_samples.py;
        # built all the same, and dropped only here: the sentences after read its setting, 'LiBH4 with halides
        # shows 0.1 mS/cm at 120 °C. … LiBH4–LiI gives 1.2 mS/cm at the same temperature', test_class_placeholder)
        # (unless the sentence writes that sample whole in one notation, 'the LiBH4–LiNH2/metal oxide nanocomposites',
        # 'LiBH4–halide solid solutions': the sample its authors made, its partner named by class only)
        # (nor a solution, its salts in a solvent: 'a Mg(BH4)2–LiTFSI/DME electrolyte' is no solid, no alloy)
        ms.extend(x for x in with_members(c, m, ctx.in_passage.studied_members, ctx.in_passage.listed_members)
                  if _a_sample(x.system, local))
        rs.extend(x for x in r if _a_sample(x.system, local))
    return without_restated(with_family_salts(joined, with_dopant_salts(joined, found, ms))), rs
