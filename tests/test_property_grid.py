"""The property grid (issue 10, items 5 and 7): short abstract-style sentences crossing the kind of hydrogen
capacity (released, absorbed, reversible, theoretical) or dehydrogenation temperature (onset, peak, plain,
complete) with the frame that says it (active verb, passive, nominal, relative clause, 'could … within', 'the
amount … reached', 'H2 evolution began at', 'the desorption peak appears at', 'decomposes at', 'T_onset =',
'lowered … to', 'starting from', a range, comparisons, 'with …' absolutes, two sentences), each written with
every unit form (wt%, wt.%, mass%, wt % H2; °C, K, degrees C, ℃) and system form (MgH2–5 wt% Nb2O5, X-doped
MgH2, MgH2 catalysed by X, 2LiBH4–MgH2, LiBH4@C). One test per cell (kind × frame) runs its five sentences,
so a frame, unit or system form that loses a whole row or column shows as a run of failing cells. Cells still
failing are listed in STILL_FAILING (xfail, strict: a cell that starts to pass must leave the list). The
sentences are our own."""
from __future__ import annotations

import pytest
from grid_cells import narrower_or_same

from ingest.extract import extract_text

SYSTEMS = [  # (as written, host, additives)
    ("MgH2–5 wt% Nb2O5", "MgH2", ("Nb2O5",)),
    ("TiF3-doped MgH2", "MgH2", ("TiF3",)),
    ("MgH2 catalysed by NbF5", "MgH2", ("NbF5",)),
    ("2LiBH4–MgH2", "LiBH4", ("MgH2",)),
    ("LiBH4@C", "LiBH4", ("C",)),
]
REFERENCE = {"MgH2": "as-milled MgH2", "LiBH4": "pure LiBH4"}   # the bare host a comparison names
CAPACITY_UNITS = [  # (plain value, value naming the hydrogen)
    ("{v} wt%", "{v} wt% H2"), ("{v} wt.%", "{v} wt.% of hydrogen"), ("{v} mass%", "{v} mass% H2"),
    ("{v} wt %", "{v} wt % H2")]
TEMPERATURE_UNITS = [("{v} °C", 0.0), ("{v} K", 273.15), ("{v} degrees C", 0.0), ("{v} ℃", 0.0)]

CAP, ABS, REV = "hydrogen_capacity", "absorbed_hydrogen_capacity", "reversible_hydrogen_capacity"
ON, PEAK, PLAIN, FULL = ("onset_dehydrogenation_temperature", "peak_dehydrogenation_temperature",
                         "dehydrogenation_temperature", "full_dehydrogenation_temperature")
# (kind, frame, template, expected [(property, slot, sample)], slots no dehydrogenation temperature may take)
# {S} the system, {REF} the bare host, {V}/{V2} capacities, {VH} a capacity naming hydrogen, {T}/{T2} temperatures
CELLS = [
    ("released", "active", "{S} releases {VH} at 300 °C.", [(CAP, "V", "S")], ()),
    ("released", "passive", "{VH} was desorbed from {S} at 300 °C.", [(CAP, "V", "S")], ()),
    ("released", "nominal", "{S} shows a hydrogen desorption capacity of {V} at 300 °C.", [(CAP, "V", "S")], ()),
    ("released", "relative", "{S}, which releases {VH} at 300 °C, was prepared by ball milling.", [(CAP, "V", "S")], ()),
    ("released", "modal_within", "{S} could release {VH} within 10 min at 300 °C.", [(CAP, "V", "S")], ()),
    ("released", "amount_reached", "The amount of hydrogen released from {S} reached {V} at 300 °C.", [(CAP, "V", "S")], ()),
    ("released", "while_reference", "{S} releases {VH} within 10 min at 300 °C, while {REF} releases only {V2}.",
     [(CAP, "V", "S"), (CAP, "V2", "REF")], ()),
    ("released", "with_absolute", "{S} shows fast kinetics, with {VH} released within 5 min at 275 °C.", [(CAP, "V", "S")], ()),
    ("released", "condition_first", "At 300 °C, {S} releases {VH} within 10 min.", [(CAP, "V", "S")], ()),
    ("released", "respectively", "{S} and {REF} release {V} and {V2} of hydrogen at 300 °C, respectively.",
     [(CAP, "V", "S"), (CAP, "V2", "REF")], ()),
    ("released", "temperature_is_setting", "{S} releases {VH} at {T}.", [(CAP, "V", "S")], ("T",)),
    ("released", "up_to", "{S} desorbs up to {VH} below 350 °C.", [(CAP, "V", "S")], ()),
    ("released", "gives_capacity_at", "{S} gives a hydrogen storage capacity of {V} at 250 °C.", [(CAP, "V", "S")], ()),
    ("released", "more_than_above", "{S} releases more than {VH} above {T}.", [(CAP, "V", "S")], ()),
    ("released", "evolved", "About {VH} evolved from {S} at 300 °C.", [(CAP, "V", "S")], ()),
    ("released", "it_next_sentence", "{S} was prepared by ball milling. It releases {VH} within 10 min at 300 °C.",
     [(CAP, "V", "S")], ()),
    ("released", "the_composite", "{S} was prepared by ball milling. The composite desorbs {VH} at 300 °C.",
     [(CAP, "V", "S")], ()),
    ("released", "within_first", "Within 10 min at 300 °C, {VH} is released from {S}.", [(CAP, "V", "S")], ()),
    ("released", "yields", "The dehydrogenation of {S} at 300 °C yields {VH}.", [(CAP, "V", "S")], ()),
    ("absorbed", "active", "{S} absorbs {VH} at 200 °C.", [(ABS, "V", "S")], ()),
    ("absorbed", "passive", "{VH} was absorbed by {S} at 200 °C.", [(ABS, "V", "S")], ()),
    ("absorbed", "nominal", "{S} shows a hydrogen uptake of {V} at 200 °C.", [(ABS, "V", "S")], ()),
    ("absorbed", "relative", "{S}, which absorbs {VH} at 200 °C, was prepared by ball milling.", [(ABS, "V", "S")], ()),
    ("absorbed", "modal_within", "{S} could absorb {VH} within 60 s at 200 °C.", [(ABS, "V", "S")], ()),
    ("absorbed", "amount_reached", "The amount of hydrogen absorbed by {S} reached {V} at 200 °C.", [(ABS, "V", "S")], ()),
    ("absorbed", "with_absolute", "{S} shows fast kinetics, with {VH} absorbed within 60 s at 150 °C.", [(ABS, "V", "S")], ()),
    ("absorbed", "while_reference", "{S} absorbs {VH} within 5 min at 200 °C, while {REF} absorbs only {V2}.",
     [(ABS, "V", "S"), (ABS, "V2", "REF")], ()),
    ("absorbed", "condition_first", "At 150 °C and 3 MPa H2, {S} takes up {VH} in 10 min.", [(ABS, "V", "S")], ()),
    ("absorbed", "even_at_room_temperature", "Even at room temperature, {S} absorbs {VH} within 1 h.", [(ABS, "V", "S")], ()),
    ("absorbed", "rehydrogenated_to", "The dehydrogenated {S} was rehydrogenated to {V} at 250 °C.", [(ABS, "V", "S")], ()),
    ("absorbed", "hydrogenation_capacity", "The hydrogenation capacity of {S} at 200 °C is {V}.", [(ABS, "V", "S")], ()),
    ("absorbed", "uptake_reached", "Hydrogen uptake by {S} reached {V} in 100 s at 250 °C.", [(ABS, "V", "S")], ()),
    ("reversible", "active", "{S} reversibly stores {VH} over 20 cycles.", [(REV, "V", "S")], ()),
    ("reversible", "passive", "{VH} was reversibly stored in {S} over 20 cycles.", [(REV, "V", "S")], ()),
    ("reversible", "nominal", "{S} keeps a reversible hydrogen capacity of {V} after 20 cycles.", [(REV, "V", "S")], ()),
    ("reversible", "relative", "{S}, which retains a reversible capacity of {V} after 20 cycles, was prepared by ball "
     "milling.", [(REV, "V", "S")], ()),
    ("reversible", "modal_within", "{S} could reversibly absorb {VH} within 5 min over 20 cycles.", [(REV, "V", "S")], ()),
    ("reversible", "amount_reached", "The reversible amount of hydrogen stored in {S} reached {V} after 20 cycles.",
     [(REV, "V", "S")], ()),
    ("reversible", "retained", "{S} retained {V} after 20 cycles at 300 °C.", [(REV, "V", "S")], ()),
    ("reversible", "with_absolute", "{S} cycles stably, with a reversible capacity of {V} after 20 cycles.",
     [(REV, "V", "S")], ()),
    ("reversible", "maintained_passive", "A capacity of {V} was maintained by {S} over 20 cycles.", [(REV, "V", "S")], ()),
    ("reversible", "high_capacity_in_brackets", "{S} combines fast kinetics with a high reversible capacity ({VH}).",
     [(REV, "V", "S")], ()),
    ("reversible", "still_delivers", "After 20 de/rehydrogenation cycles, {S} still delivers {VH}.", [(REV, "V", "S")], ()),
    ("reversible", "retains_share", "{S} retains 95% of its capacity ({V}) after 20 cycles.", [(REV, "V", "S")], ()),
    ("reversible", "fronted_cycles_change", "After 20 cycles, the capacity of {S} drops from {V} to {VL}.",
     [(CAP, "V", "S"), (REV, "VL", "S")], ()),
    ("theoretical", "active", "{S} theoretically stores {VH}.", [(CAP, "V", "S")], ()),
    ("theoretical", "passive", "{VH} can theoretically be released from {S}.", [(CAP, "V", "S")], ()),
    ("theoretical", "nominal", "{S} has a theoretical hydrogen capacity of {V}.", [(CAP, "V", "S")], ()),
    ("theoretical", "relative", "{S}, which has a theoretical capacity of {VH}, was prepared by ball milling.",
     [(CAP, "V", "S")], ()),
    ("theoretical", "amount_reached", "The theoretical amount of hydrogen in {S} reaches {V}.", [(CAP, "V", "S")], ()),
    ("onset", "active", "{S} starts to release hydrogen at {T}.", [(ON, "T", "S")], ()),
    ("onset", "passive", "Hydrogen was desorbed from {S} beginning at {T}.", [(ON, "T", "S")], ()),
    ("onset", "nominal", "The onset dehydrogenation temperature of {S} is {T}.", [(ON, "T", "S")], ()),
    ("onset", "relative", "{S}, which begins to desorb hydrogen at {T}, was prepared by ball milling.", [(ON, "T", "S")], ()),
    ("onset", "evolution_began", "H2 evolution from {S} began at {T}.", [(ON, "T", "S")], ()),
    ("onset", "symbol", "For {S}, T_onset = {T}.", [(ON, "T", "S")], ()),
    ("onset", "lowered_to", "Ball milling lowered the onset desorption temperature of {S} to {T}.", [(ON, "T", "S")], ()),
    ("onset", "starting_from", "{S} desorbs hydrogen starting from {T}.", [(ON, "T", "S")], ()),
    ("onset", "reduced_from_to", "The onset dehydrogenation temperature of {S} was reduced from 350 °C to {T}.",
     [(ON, "T", "S")], ()),
    ("onset", "lower_than_reference", "{S} starts to release hydrogen at {T}, 100 °C lower than {REF}.",
     [(ON, "T", "S")], ("D100",)),
    ("onset", "with_absolute", "{S} shows improved properties, with an onset dehydrogenation temperature of {T}.",
     [(ON, "T", "S")], ()),
    ("onset", "as_low_as", "Hydrogen release from {S} starts at temperatures as low as {T}.", [(ON, "T", "S")], ()),
    ("onset", "initial", "The initial dehydrogenation temperature of {S} is {T}.", [(ON, "T", "S")], ()),
    ("onset", "compared_with_reference", "{S} begins to dehydrogenate at {T}, compared with {T2} for {REF}.",
     [(ON, "T", "S"), (ON, "T2", "REF")], ()),
    ("onset", "onset_then_peak", "{S} begins to release hydrogen at {T} and the desorption peak appears at {T2}.",
     [(ON, "T", "S"), (PEAK, "T2", "S")], ()),
    ("onset", "from_lower_than_bracket", "{S} releases hydrogen from {T}, 80 °C lower than {REF} ({T2}).",
     [(ON, "T", "S"), (ON, "T2", "REF")], ("D80",)),
    ("onset", "reduction_in_onset", "A 70 °C reduction in the onset dehydrogenation temperature is attained by {S} ({T}).",
     [(ON, "T", "S")], ("D70",)),
    ("onset", "begins_in_tpd", "In TPD, the dehydrogenation of {S} begins at {T}.", [(ON, "T", "S")], ()),
    ("onset", "onset_and_capacity", "{S} starts to release hydrogen at {T} and releases {VH} at 300 °C.",
     [(ON, "T", "S"), (CAP, "V", "S")], ()),
    ("onset", "it_next_sentence", "{S} was prepared by ball milling. It starts to release hydrogen at {T}.",
     [(ON, "T", "S")], ()),
    ("peak", "fastest", "{S} desorbs hydrogen fastest at {T}.", [(PEAK, "T", "S")], ()),
    ("peak", "nominal", "The peak dehydrogenation temperature of {S} is {T}.", [(PEAK, "T", "S")], ()),
    ("peak", "relative", "{S}, whose desorption peak lies at {T}, was prepared by ball milling.", [(PEAK, "T", "S")], ()),
    ("peak", "peak_appears", "The desorption peak of {S} appears at {T}.", [(PEAK, "T", "S")], ()),
    ("peak", "symbol", "For {S}, T_peak = {T}.", [(PEAK, "T", "S")], ()),
    ("peak", "lowered_to", "Ball milling lowered the peak desorption temperature of {S} to {T}.", [(PEAK, "T", "S")], ()),
    ("peak", "maximum_rate", "The maximum hydrogen desorption rate of {S} is reached at {T}.", [(PEAK, "T", "S")], ()),
    ("peak", "decreased_by_to", "The peak desorption temperature of {S} decreased by 60 °C to {T}.", [(PEAK, "T", "S")],
     ("D60",)),
    ("peak", "dsc_peak", "DSC curves of {S} show a dehydrogenation peak at {T}.", [(PEAK, "T", "S")], ()),
    ("peak", "respectively", "The peak dehydrogenation temperatures of {S} and {REF} are {T} and {T2}, respectively.",
     [(PEAK, "T", "S"), (PEAK, "T2", "REF")], ()),
    ("peak", "shifts_to", "The DSC peak of {S} shifts to {T}.", [(PEAK, "T", "S")], ()),
    ("peak", "centred_at", "The main endothermic desorption peak of {S} is centred at {T}.", [(PEAK, "T", "S")], ()),
    ("plain", "active", "{S} dehydrogenates at {T}.", [(PLAIN, "T", "S")], ()),
    ("plain", "passive", "Hydrogen is released from {S} at {T}.", [(PLAIN, "T", "S")], ()),
    ("plain", "nominal", "The dehydrogenation temperature of {S} is {T}.", [(PLAIN, "T", "S")], ()),
    ("plain", "relative", "{S}, which dehydrogenates at {T}, was prepared by ball milling.", [(PLAIN, "T", "S")], ()),
    ("plain", "decomposes", "{S} decomposes at {T}.", [(PLAIN, "T", "S")], ()),
    ("plain", "lowered_to", "Ball milling lowered the dehydrogenation temperature of {S} to {T}.", [(PLAIN, "T", "S")], ()),
    ("plain", "required", "The temperature required for the dehydrogenation of {S} is {T}.", [(PLAIN, "T", "S")], ()),
    ("plain", "decreases_to", "The desorption temperature of {S} decreases to {T}.", [(PLAIN, "T", "S")], ()),
    ("plain", "range", "{S} releases hydrogen in the range of {T}–{T2}.", [(PLAIN, "T-T2", "S")], ()),
    ("plain", "occurs_at", "Hydrogen desorption from {S} occurs at {T}.", [(PLAIN, "T", "S")], ()),
    ("plain", "needs_only", "{S} needs only {T} to release hydrogen.", [(PLAIN, "T", "S")], ()),
    ("complete", "active", "{S} completes its dehydrogenation at {T}.", [(FULL, "T", "S")], ()),
    ("complete", "passive", "{S} is fully dehydrogenated at {T}.", [(FULL, "T", "S")], ()),
    ("complete", "nominal", "The complete dehydrogenation temperature of {S} is {T}.", [(FULL, "T", "S")], ()),
    ("complete", "relative", "{S}, which is fully dehydrogenated at {T}, was prepared by ball milling.", [(FULL, "T", "S")], ()),
    ("complete", "ends", "The dehydrogenation of {S} ends at {T}.", [(FULL, "T", "S")], ()),
    ("complete", "lowered_to", "Ball milling lowered the full dehydrogenation temperature of {S} to {T}.",
     [(FULL, "T", "S")], ()),
    ("complete", "achieved_at", "Complete dehydrogenation of {S} is achieved at {T}.", [(FULL, "T", "S")], ()),
    ("complete", "all_of_its_hydrogen_by", "{S} releases all of its hydrogen by {T}.", [(FULL, "T", "S")], ()),
    ("complete", "with_full_decomposition_below",
     "{S} releases H2 at temperatures as low as {T} with full decomposition below {T2}.",
     [(ON, "T", "S"), (FULL, "T2", "S")], ()),
    ("complete", "decomposes_fully", "{S} decomposes fully at {T}.", [(FULL, "T", "S")], ()),
    ("complete", "release_complete_at", "Hydrogen release from {S} is complete at {T}.", [(FULL, "T", "S")], ()),
    ("complete", "starts_and_ends", "The dehydrogenation of {S} starts at {T} and ends at {T2}.",
     [(ON, "T", "S"), (FULL, "T2", "S")], ()),
]
# cells (kind, frame) the extraction does not pass yet: xfail-strict, so one that starts to pass must leave
STILL_FAILING: set[tuple[str, str]] = set()


def _sentences(cell_index: int, template: str, expected, forbidden):
    """The cell's five sentences (one per system form; the unit forms rotate) with their expected facts."""
    for i, (written, host, additives) in enumerate(SYSTEMS):
        k = cell_index * len(SYSTEMS) + i
        plain, naming = CAPACITY_UNITS[k % len(CAPACITY_UNITS)]
        degrees, offset = TEMPERATURE_UNITS[k % len(TEMPERATURE_UNITS)]
        v, v2 = round(4.1 + k % 23 * 0.1, 1), round(0.6 + k % 7 * 0.1, 1)
        t = 200 + k % 21 * 5
        t2 = t + 80

        def shown(x, degrees=degrees, offset=offset):
            return degrees.format(v=int(x + offset))

        def read(x, offset=offset):   # what the sentence says, in °C
            return int(x + offset) - offset

        slots = {"V": (v, None), "V2": (v2, None), "T": (read(t), None), "T2": (read(t2), None),
                 "T-T2": (read(t), read(t2)), "D100": (100.0, None), "D80": (80.0, None), "D70": (70.0, None),
                 "D60": (60.0, None)}
        vl = round(v - 0.6, 1)   # a capacity after cycling, below the first one
        slots["VL"] = (vl, None)
        text = template.format(S=written, REF=REFERENCE[host], V=plain.format(v=v), VH=naming.format(v=v),
                               V2=plain.format(v=v2), VL=plain.format(v=vl), T=shown(t), T2=shown(t2))
        text = text[0].upper() + text[1:]
        facts = [(key, *slots[slot], host, additives if who == "S" else ()) for key, slot, who in expected]
        yield text, facts, [slots[s][0] for s in forbidden]


def _found(rows, key, value, value_max, host, additives) -> bool:
    return any(narrower_or_same(r.property, key) and abs(r.value - value) < 0.01
               and ((r.value_max is None) if value_max is None else abs((r.value_max or 0) - value_max) < 0.01)
               and r.system.host.formula == host and sorted(a.formula for a in r.system.additives) == sorted(additives)
               for r in rows)


def _failures(cell_index: int, template: str, expected, forbidden) -> list[str]:
    failures = []
    for text, facts, forbidden_values in _sentences(cell_index, template, expected, forbidden):
        rows = extract_text(text).measurements
        got = [(r.property, r.value, r.system.host.formula, [a.formula for a in r.system.additives]) for r in rows]
        failures += [f"{text} :: missing {f[0]} {f[1]} on {f[3]} + {f[4]} :: got {got}" for f in facts
                     if not _found(rows, *f)]
        failures += [f"{text} :: {value} read as a dehydrogenation temperature :: got {got}" for value in forbidden_values
                     if any(narrower_or_same(r.property, PLAIN) and abs(r.value - value) < 0.01 for r in rows)]
    return failures


@pytest.mark.parametrize("cell_index", [
    pytest.param(i, id=f"{kind}-{frame}",
                 marks=[pytest.mark.xfail(strict=True, reason="cell still failing")] if (kind, frame) in STILL_FAILING
                 else [])
    for i, (kind, frame, *_rest) in enumerate(CELLS)])
def test_grid_cell(cell_index):
    _kind, _frame, template, expected, forbidden = CELLS[cell_index]
    assert not _failures(cell_index, template, expected, forbidden)


def test_the_grid_is_large_enough():
    """At least 150 sentences, every kind of both families crossed with more than one frame."""
    kinds = {kind for kind, *_ in CELLS}
    assert len(CELLS) * len(SYSTEMS) >= 150
    assert kinds == {"released", "absorbed", "reversible", "theoretical", "onset", "peak", "plain", "complete"}


# near misses of the rules the grid brought: none may trigger
@pytest.mark.parametrize("text, absent", [
    # a capacity measured over cycles with no verb of keeping stays a hydrogen capacity
    ("A capacity of 4.3 wt% was measured for TiF3-doped MgH2 over 20 cycles.", REV),
    ("The LiBH4@C sample was weighed as 4.3 wt% before 20 cycles were run.", REV),
    # absorbing without 'reversibly' is an uptake
    ("TiF3-doped MgH2 could absorb 4.7 wt% H2 within 5 min at 200 °C.", REV),
])
def test_near_misses_keep_their_property(text, absent):
    assert all(r.property != absent for r in extract_text(text).measurements)


@pytest.mark.parametrize("text, difference", [
    # 'by' after a verb or noun of change is how much the temperature changed, no temperature of the sample
    ("Adding TiF3 lowered the onset dehydrogenation temperature of MgH2 by 60 °C.", 60.0),
    ("Adding TiF3 brought the onset of MgH2 down by 80 °C.", 80.0),
    ("The desorption of TiF3-doped MgH2 shifts to lower temperatures by 70 °C.", 70.0),
    ("The peak of 2LiBH4–MgH2 decreased by 45 °C after milling.", 45.0),
    # the change word before a bracket, or the value it changed to after: still a difference
    ("Confining LiBH4 in carbon gives a shift of its desorption temperature (TPD, 5 K/min) by about 25 °C to 330 °C.",
     25.0),
    ("The desorption temperature of LiBH4@C (TPD) went by 25 °C to 330 °C.", 25.0),
])
def test_a_change_by_stays_a_difference(text, difference):
    assert all(abs(r.value - difference) > 0.01 for r in extract_text(text).measurements)


@pytest.mark.parametrize("text", [
    # a bare 'by' before a temperature, no change named: the point the release is done by
    "TiF3-doped MgH2 is fully dehydrogenated by 210 °C.",
    "Dehydrogenation of LiBH4@C is complete by 380 °C.",
    "2LiBH4–MgH2 releases all of its hydrogen by 420 °C.",
])
def test_done_by_a_temperature(text):
    rows = extract_text(text).measurements
    assert [r.property for r in rows] == [FULL], [(r.property, r.value) for r in rows]


@pytest.mark.parametrize("text, first_on, first, second_on", [
    # a count of cycles fronted in the change's sentence: one sample over its cycling
    ("Over 50 de/rehydrogenation cycles, the hydrogen capacity of TiF3-doped MgH2 decreased from 6.3 wt% to 5.9 wt%.",
     ("TiF3",), 6.3, ("TiF3",)),
    ("During 20 cycles the reversible capacity of 2LiBH4–MgH2 fell from 9.6 to 8.8 wt%.", ("MgH2",), 9.6, ("MgH2",)),
    ("After ten cycles, the capacity of LiBH4@C drops from 8.1 wt% to 6.9 wt%.", ("C",), 8.1, ("C",)),
    # near miss: the cycles said after a semicolon belong to another clause; the old value is the bare host's
    ("Adding TiF3 to MgH2 lowered the onset from 340 °C to 250 °C; after 10 cycles the doped sample was still active.",
     (), 340.0, ("TiF3",)),
])
def test_a_change_over_fronted_cycles(text, first_on, first, second_on):
    found = {round(r.value, 2): tuple(a.formula for a in r.system.additives) for r in extract_text(text).measurements}
    assert found.get(first) == first_on and second_on in found.values(), found


@pytest.mark.parametrize("text, additive", [
    # a sample the text names by the metal of its compound additive: still the compound's sample
    ("MgH2 was ball milled with 5 wt% NbF5 (denoted MgH2-Nb). The MgH2-Nb sample starts to desorb hydrogen at 215 °C.",
     "NbF5"),
    ("LiBH4 was milled with 10 wt% TiCl3 (denoted LiBH4-Ti). LiBH4-Ti releases 8.2 wt% hydrogen at 400 °C.", "TiCl3"),
    ("MgH2 was co-milled with 7 mol% CoB (hereafter MgH2-Co). MgH2-Co absorbs 5.2 wt% H2 within 5 min at 200 °C.",
     "CoB"),
    # near miss: a name whose metal is in no additive of the sample is its own sample, as written
    ("MgH2 was milled with 5 wt% NbF5 (denoted MgH2-Ti). MgH2-Ti starts to desorb hydrogen at 220 °C.", "Ti"),
])
def test_a_sample_named_by_the_metal_of_its_additive(text, additive):
    rows = extract_text(text).measurements
    assert rows and all([a.formula for a in r.system.additives] == [additive] for r in rows), \
        [(r.property, [a.formula for a in r.system.additives]) for r in rows]


@pytest.mark.parametrize("text, value", [
    # the per cent of the mass said in words after it: a capacity in wt%, and the temperature stays its setting
    ("TiF3-doped MgH2 releases 5.5 % by weight of hydrogen at 300 °C.", 5.5),
    ("2LiBH4–MgH2 desorbs 9.8% by mass of H2 at 400 °C.", 9.8),
    ("The hydrogen content of LiBH4@C is 10.1 % by weight.", 10.1),
])
def test_per_cent_by_weight(text, value):
    rows = extract_text(text).measurements
    assert [(r.property, r.value, r.unit) for r in rows] == [(CAP, value, "wt%")], \
        [(r.property, r.value, r.unit) for r in rows]


def test_per_cent_by_weight_of_an_additive_is_no_capacity():
    rows = extract_text("MgH2 was milled with 5 % by weight of TiF3 and releases 6.0 wt% H2 at 300 °C.").measurements
    assert [(r.property, r.value) for r in rows] == [(CAP, 6.0)]
