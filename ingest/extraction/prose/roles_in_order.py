"""Each value's role and property read in sentence order (``read_roles``): the words since the value before name
it, and the value before lends its property to one written beside it without words of its own (a run of values,
a bracket, an ellipsis, a gapped clause, a parallel 'for' phrase). ``ingest.extraction.prose.prose_measurements`` reads
the sentence's values with it before any value becomes a record.
"""
from __future__ import annotations

from ingest.extraction.text.quantity_text import Group, _dims
from ingest.extraction.values.contrast_values import compared_in_brackets, contrast_narrowed
from ingest.extraction.values.coordinated_values import coordinated_value
from ingest.extraction.values.property_cues import choose_property, own_noun_end
from ingest.extraction.values.settings_pairs import paired_temperature
from ingest.extraction.values.value_conditions import bracket_of
from ingest.extraction.values.value_lists import (
    AGAINST_GAP,
    PARALLEL_GAP,
    gapped_clause,
    interposed_setting,
    parallel_for,
)
from ingest.extraction.values.value_roles import (
    DIFFERENCE,
    DIFFERENCE_AFTER,
    classify,
    event_span,
    setting_of_unread_value,
    shared_subject_amount,
    shared_subject_property,
)

from .prose_alternatives import reread_past
from .prose_settings import (
    named_before_condition,
    named_before_setting,
    restated_listed_keys,
    setting_of_the_next,
    told_of_fronted,
)
from .prose_words import (
    AND_NEXT,
    BRACKET_NEXT,
    BRACKETED_NEXT,
    CHANGED_ELLIPSIS,
    CHANGED_FROM,
    COPULA_ENDS,
    FOR_EACH_AFTER,
    FOR_EACH_ELLIPSIS,
    FROM,
    FROM_TO_REST,
    ORDINAL_ELLIPSIS,
    SET_AT,
    THAT_OF_ELLIPSIS,
    WITHOUT,
    elliptic_change,
)


def _reread_past_setting(text: str, g: Group, gs: list[Group], last: Group | None, prev_end: int, ms,
                         chain_cue: str | None, cue: str | None) -> str | None:
    """A value after a setting said between it and its words is named by the words before that setting."""
    if g.role is None and g.unit and prev_end > 0 and any(o.end == prev_end and o.role == "condition" for o in gs):
        # "the capacity retention after 50 cycles is 97.5 %": the words naming the value come before
        # the condition said between them
        cue = classify(text, g, last.end if last is not None else 0, ms, chain_cue)
    elif g.role == "property" and g.cues == ["property:unit"] and prev_end > 0 \
            and any(o.end == prev_end and o.role == "condition" for o in gs):
        # "a discharge capacity at C/10 of 130 mAh/g": read by its unit alone after a condition said between,
        # the value is named by the words before that condition when they name it
        cue = named_before_setting(text, g, last.end if last is not None else 0, ms, chain_cue) or cue
    elif g.role == "condition" and g.cues == ["property:unit"] and prev_end > 0 \
            and any(o.end == prev_end and o.role == "condition" for o in gs) \
            and (not SET_AT.search(text, prev_end, g.start) or COPULA_ENDS.search(text, prev_end, g.start)
                 or g.kind == "change" and CHANGED_FROM.search(text, prev_end, g.start)):
        # ('… at 553 K amounts to 0.19 MPa': the 'to' of a copula sets nothing)
        # "the peak temperatures of A and B, measured at 5 K/min, were 523 and 551 K": a value read as
        # a condition by its unit alone, after a condition said between, is named before that condition
        cue = named_before_condition(text, g, last.end if last is not None else 0, gs, prev_end) or cue
    elif g.role == "condition" and prev_end > 0 and (aside := interposed_setting(text, g, gs, prev_end)):
        cue = reread_past(text, g, aside, last, ms, chain_cue) or cue
    return cue


def _setting_not_value(text: str, g: Group, gs: list[Group], prev_end: int) -> None:
    """A value read as a property that only sets another value is that value's setting, not a fact of its own."""
    if g.role == "property" and setting_of_the_next(text, g, gs, prev_end):
        # "The equilibrium pressure for the hydriding of X at 573 K is 0.5 MPa": the temperature is the
        # pressure's setting, though 'hydriding' before it names a temperature of its own
        g.cues = []
        g.role, g.key = choose_property(g.unit, "", "", g.cues)
    if g.role == "property" and setting_of_unread_value(text, g, gs):
        g.role = "ignored"   # "… 3100 mL min-1 gcat-1 at 303 K": the setting of a value no reader took
        g.cues.append("value:setting-of-unread")


def _named_in_run(text: str, g: Group, last_from: int, run_keys: dict, ms, chain_cue: str | None,
                  cue: str | None) -> str | None:
    """A value of another unit in a run of values ('ΔH and ΔS of 68 kJ/mol and 122 J/(mol K)') takes its name
    from the run's words."""
    if _dims(g.unit) in run_keys:
        # "40 kJ/mol, 81 J/(mol K), 59 kJ/mol, 110 J/(mol K), …": the run comes round to a quantity again
        g.role, g.key = "property", run_keys[_dims(g.unit)]
        g.cues.append("property:chained")
        return cue
    # "ΔH and ΔS of 68 kJ/mol and 122 J/(mol K)": the next value in another unit is named by the
    # words before the first value, where each quantity of the list was named
    return classify(text, g, last_from, ms, chain_cue) or cue


def _named_by_listed_place(text: str, g: Group, last: Group | None, last_from: int, restated_keys: dict[int, str],
                           ms, chain_cue: str | None, cue: str | None) -> str | None:
    """A restatement or a value set beside the one before takes the property its place in the list names."""
    if id(g) in restated_keys and g.role == "property":
        # "… capacities are respectively 150 µAh/cm2 (~1412 mAh/g) and 55 µAh/cm2 (~518 mAh/g)": each restatement
        # takes the property listed for its place
        g.key = restated_keys[id(g)]
        g.cues = ["property:named", "property:restated-listed"]
    elif g.role == "property" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
            and last.unit and _dims(g.unit) != _dims(last.unit) and BRACKET_NEXT.fullmatch(text, last.end, g.start):
        # "an initial discharge capacity of 314 µAh/cm2 (~2900 mAh/g)": the same charge per mass restated in
        # brackets is named by the words before the first value when they name a property of its unit
        cue = named_before_setting(text, g, last_from, ms, chain_cue) or cue
    elif g.role == "condition" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
            and last.unit and _dims(g.unit) != _dims(last.unit) and PARALLEL_GAP.fullmatch(text, last.end, g.start) \
            and parallel_for(text, g):
        # "the activation energy and the onset temperature were 93 kJ/mol for A and 121 °C for B": a value of
        # another quantity set beside the first, each for its own sample, is named where the first one was
        cue = named_before_setting(text, g, last_from, ms, chain_cue) or cue
    return cue


def _ellipsis_of_last(text: str, g: Group, last: Group | None, chain_cue: str | None) -> None:
    """A value in a clause that leaves out the words of the one before is of that one's property."""
    if last is not None and elliptic_change(text, last, g):
        # "the onset temperature fell from 150 to 95 °C in the first step and from 190 to 140 °C in the
        # second": a second change with no name of its own is of the property the first was named as
        g.role, g.key = "property", last.key
        g.cues = [c for c in g.cues if c != "property:unit"] + ["property:elliptic"]
    if g.role == "condition" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
            and last.key and _dims(g.unit) == _dims(last.unit) and ORDINAL_ELLIPSIS.fullmatch(text, last.end, g.start):
        g.role, g.key = "property", last.key   # "a first step near 110 °C and the second near 150 °C"
        g.cues = ["property:named", "property:ordinal-ellipsis"]
    if g.role == "condition" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
            and last.key and _dims(g.unit) == _dims(last.unit) and THAT_OF_ELLIPSIS.fullmatch(text, last.end, g.start):
        g.role, g.key = "property", last.key   # "… is 350 °C and that of LiBH4 is 450 °C"
        g.cues = ["property:named", "property:ordinal-ellipsis"]
    if g.role == "condition" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
            and last.key and _dims(g.unit) == _dims(last.unit) \
            and FOR_EACH_ELLIPSIS.fullmatch(text, last.end, g.start) and FOR_EACH_AFTER.match(text, g.end):
        g.role, g.key = "property", last.key   # "… at 141 °C for CeCl3 and at 166 °C for TiCl3"
        g.cues = ["property:named", "property:for-each-ellipsis"]
    if g.role == "condition" and g.cues == ["property:unit"] and last is not None and last.role == "property" \
            and last.key and _dims(g.unit) == _dims(last.unit) and CHANGED_ELLIPSIS.fullmatch(text, last.end, g.start) \
            and FOR_EACH_AFTER.match(text, g.end):
        g.role, g.key = "property", last.key   # "… 405 °C for A but drops to 345 °C for B"
        g.cues = ["property:named", "property:changed-ellipsis"]
    if g.role == "property" and g.cues == ["property:unit"] and last is not None and chain_cue \
            and (key := shared_subject_amount(text, g, last, chain_cue)):
        g.key = key   # "re-absorption starts at 50 °C and reaches 5.3 wt%": the uptake's amount
        g.cues = ["property:named", "property:second-verb"]
    if g.role == "condition" and g.cues == ["property:unit"] and last is not None and chain_cue \
            and (key := shared_subject_property(text, g, last, chain_cue)):
        g.role, g.key = "property", key   # "started at 340 °C and completed before 450 °C"
        g.cues = ["property:named", "property:second-verb"]


def _chained_to_last(text: str, g: Group, last: Group | None) -> None:
    """A value of the same unit that goes on from the one before (a change, a bracket, a comparison) is of its
    property."""
    if g.role == "condition" and g.kind == "list" and last is not None and last.unit \
            and _dims(g.unit) == _dims(last.unit) and FROM_TO_REST.fullmatch(text, last.end, g.start) \
            and FROM.search(text, max(0, last.start - 15), last.start):
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
          and bool(WITHOUT.match(text, g.end))) and last is not None and last.key != g.key \
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
            and _dims(g.unit) == _dims(last.unit) and BRACKETED_NEXT.fullmatch(text, last.end, g.start):
        # "decreases from 160 kJ/mol H2 (bulk MgH2) to 120 kJ/mol H2 (milled MgH2)": the next value after the
        # first one's sample in brackets, named by its unit alone, is of the property the first was named as
        g.key = last.key
        g.cues = [c for c in g.cues if c != "property:unit"] + ["property:chained"]


def _set_beside_last(text: str, g: Group, last: Group | None, systems) -> None:
    """A value written beside the one before for another sample (coordinated, in a gapped clause, in parallel) is
    of the same property."""
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


def _next_boundary(text: str, g: Group, prev_end: int) -> int:
    """Where the words that may name the next value begin: after this value, unless it is no boundary."""
    # a bare number (a year), a difference ("by 25 kJ/mol"), an amount inside a composition ("MgH2–10 wt% TiFe")
    # or how the sample was made ("the desorption temperature of MgH2 milled for 5 h is 340 °C") is no boundary:
    # the words before it still name the value after it; nor is the setting written inside the property's name
    # ("the 1 bar equilibrium temperature (T(1 bar)) is 276 °C")
    if g.role not in (None, "amount") and "value:treatment" not in g.cues and "condition:modifier" not in g.cues:
        prev_end = g.end
        if g.role == "property" and g.unit and "%" in g.unit:
            # ("5.3 wt% hydrogen desorption was recorded at 150 °C": the amount's own noun names no later value)
            prev_end = own_noun_end(text, g.end)
    return prev_end


def read_roles(text: str, gs: list[Group], ms, systems) -> tuple[dict[int, str], dict[int, int]]:
    """Each value's role and property, read in order from its own words and the value before it; returns the
    clause that names each value and where the words of a value after a fronted one begin."""
    prev_end = 0
    last: Group | None = None
    chain_cue: str | None = None
    clause: dict[int, str] = {}
    last_from = 0     # where the words that could name ``last`` began
    run_keys: dict = {}   # the property of each quantity of a run of values ("a kJ/mol, b J/(mol K), c kJ/mol …")
    told_at: dict[int, int] = {}   # where the words of a value after a fronted one begin (``told_of_fronted``)
    restated_keys = restated_listed_keys(text, gs) if "respectively" in text else {}
    for g in gs:
        if last is not None and last.end == prev_end and (told := told_of_fronted(text, last, g)):
            prev_end = told_at[id(g)] = told   # the clause that told what happened at the fronted value is its
        # ("41 (44) kJ/mol H2 with PBE (LDA)": the bracketed second value lies within the first's span and
        # is told by the same words)
        clause[id(g)] = clause[id(last)] if last is not None and g.start < prev_end else text[prev_end:g.start]
        clause_from = prev_end
        cue = classify(text, g, prev_end, ms, chain_cue)
        cue = _reread_past_setting(text, g, gs, last, prev_end, ms, chain_cue, cue)
        _setting_not_value(text, g, gs, prev_end)
        in_run = last is not None and g.unit is not None and bool(AND_NEXT.fullmatch(text, last.end, g.start))
        if not in_run:
            run_keys = {}
        if g.role is None and in_run and last is not None and _dims(g.unit) != _dims(last.unit):
            cue = _named_in_run(text, g, last_from, run_keys, ms, chain_cue, cue)
        if in_run:
            clause_from = last_from   # (and the values after it: "…, 64 kJ/mol and 122 J/(mol K), respectively")
        if g.role == "property" and g.unit:
            run_keys.setdefault(_dims(g.unit), g.key)
        cue = _named_by_listed_place(text, g, last, last_from, restated_keys, ms, chain_cue, cue)
        _ellipsis_of_last(text, g, last, chain_cue)
        if g.role == "condition" and g.unit:
            cue = paired_temperature(text, g, gs) or cue   # "a rehydrogenation at (100 bar and 300 °C)"
        if event_span(text, g) and "property:elliptic" not in g.cues:   # (a second change is a change like the first)
            g.kind = "range"
            g.cues.append("value:event-span")
        if g.role == "property" and chain_cue is None:
            chain_cue = cue
        _chained_to_last(text, g, last)
        _set_beside_last(text, g, last, systems)
        if g.role == "property":
            last, last_from = g, clause_from
        prev_end = _next_boundary(text, g, prev_end)
    return clause, told_at
