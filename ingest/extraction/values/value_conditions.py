"""The conditions a value was measured at: the temperatures, pressures, times, rates and cycle numbers a
sentence gives with it, shared across a list where the text shares them, and the treatments the
sample went through before (which are how it was made, not where it was measured).

Each condition is read with the bound the words right before its own number write ("over 6 wt% of hydrogen
within 20 min" took at most 20 min, "desorbs 5 wt% in less than 10 min" under 10 min): without it such a condition
reads as exact, and two studies' "within 20 min" and "after 20 min" look alike. The words are those a value's
qualifier is read from (``ingest.extraction.text.quantity_text.qualifier_before``: '<', 'less than', 'up to', 'about' …)
and 'within', which bounds a time or a number of cycles from above; words that also set a condition without bounding
it are no bound here: 'under' a pressure or a gas ("under 3 MPa H2"), 'over' a number of cycles or a span of time
("over 50 cycles", "over 2 h": during), 'before'. A condition stated as a range keeps its range.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ingest.extraction.text.comparison_words import CLAUSE_CONJUNCTION, COMPARED_WITH
from ingest.extraction.text.hedge_words import (
    APPROX_ABBREVIATION,
    APPROX_ADVERB,
    APPROX_SIGN,
    APPROXIMATING,
    LIMITING,
    NEARLY,
    UP_TO,
    bound,
    hedged,
)
from ingest.extraction.text.quantity_text import Group, Number, _dims, compatible_keys, qualifier_before
from ontology.comparability import required_conditions
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary

from .property_cues import choose_property, cue_table, exact_or_first, other_properties_named, stems
from .said_settings import same_after_value
from .value_lists import gapped_join
from .value_roles import APPROX, SHARE_OF_CAPACITY

# "Rehydrogenation at 673 K gave …", "was rehydrogenated at 300 °C under 12 MPa H2 and absorbed …":
# the process named right before "at" is how the sample was treated, not a property of its own
# (older papers' 'hydriding', 'dehydriding', 'hydrogen uptake' and 'release' name the same processes)
_RUN = r"(?:(?:hydrogenat|dehydrogenat|absor|desor|releas)\w*|(?:de)?hydrid(?:ing|ed)\b|uptake)"   # hydrogen in or out
_PROCESS = rf"(?:re-?)?(?:{_RUN}|cycl\w*)"   # a treatment named by its process


# ("hydrogen absorption of MgH2–Nb2O5 at 150 °C reached 5.5 wt%", "the rehydrogenation of the dehydrogenated
# composite at 300 °C": the sample named between, in up to three words; a sample written with its loading, "… of the
# MgH2–5 wt% TiO2 composite at 285 °C", and its noun after them)
# ("Upon rehydrogenation (400 °C, 10 MPa H2), 3.5 wt% is recovered": the settings in a bracket after the process)
# ("Mg2Ni absorbs hydrogen rapidly at 573 K, reaching 3.5 wt%": the gas, and how fast, may follow the verb)
# (a word of the release's stage among the sample's words is no sample's: "desorbed from NaAlH4 starting at 178 °C" is
# where the release starts)
_PROCESS_AT = re.compile(rf"\b{_PROCESS}\s*(?:(?:hydrogen|H2|H₂|deuterium|D2)\s+)?(?:\w+ly\s+)?(?:(?:of|by|in|from)\s+(?:the\s+)?"
                         rf"(?:(?!(?:start|begin|began|commenc|onset|peak)\w*\s)[^\s,;]+\s+){{1,5}}?(?:(?:sample|composite|powder)s?\s+)?)?"
                         rf"(?:at\s*|\(\s*){APPROX}$", re.I)


_CYCLED_AT = re.compile(rf"\bcycl\w*\s+of\s+(?:[\w–-]+\s+){{0,3}}?(?:[\w-]+/)?{_PROCESS}\s+at\s*{APPROX}$", re.I)


_PROCESS_STAGE = re.compile(r"\b(?:start|begin|began|initiat|onset|peak|full|complete|maxim|end)\w*\s+"
                            rf"(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:re-?)?{_RUN}", re.I)


# ", which dehydrogenates at 362 °C, …": a relative clause, opened after a comma
_RELATIVE_OPEN = re.compile(r",\s*(?:which|whose|where|that)\b[^,;]*$", re.I)


def _relative_clause_closed(text: str, g: Group, o: Group, sample_starts) -> bool:
    """'Compared with bulk Mg(BH4)2, which dehydrogenates at 362 °C, the Mg(BH4)2@C composite releases
    8 wt%': the temperature is said in a relative clause about the reference, closed before another
    sample is named for the other value."""
    close = text.find(",", g.end, o.start)
    return bool(_RELATIVE_OPEN.search(text, max(0, g.start - 80), g.start)) and close >= 0 \
        and any(close < st < o.start for st in sample_starts)


# "At 300 °C it desorbs 6.0 wt% H2": a sentence opening with the temperature it then reports a value at
_OPENING_AT = re.compile(rf"\s*(?:even\s+)?at\s*{APPROX}", re.I)


# ("… reaches 5.0 wt% after hydrogen absorption at 693 K": the gas may be named before its process)
_AFTER_PROCESS = re.compile(rf"\b(?:after|upon|on|during|following)\s+(?:the\s+)?(?:(?:hydrogen|H2|H₂|deuterium|D2)\s+)?"
                            rf"{_PROCESS}\s+at\s*$", re.I)


# "at an isothermal dehydrogenation temperature of 300 °C, 6.5 wt% is released", "released 6.5 wt% within
# 5 min at a desorption temperature of 300 °C": a temperature named as the one a run was held at ('at a …
# temperature of') is the setting of the fraction said with it; a stage of the process named there ('at
# an onset temperature of', 'at a peak temperature of') keeps it the property that stage names
_HELD_AT = re.compile(rf"\bat\s+(?:an?|the)\s+(?P<words>(?:[\w-]+\s+){{0,2}})temperatures?\s+(?:of\s+)?{APPROX}$", re.I)
# ('at the high temperature of 400 °C' only stresses the setting, as 'elevated' does: 'higher' sets it against another)
_STAGE_WORD = re.compile(r"\b(?:start|begin|onset|initia|peak|full|complet|maxim|end|final|low|high(?:er|est)|critical)", re.I)


def _held_at_temperature(text: str, g: Group) -> bool:
    held = _HELD_AT.search(text, max(0, g.start - 70), g.start)
    return held is not None and not _STAGE_WORD.search(held.group("words"))


# The ontology's families of methods run at a set temperature (Sieverts/PCT isotherms, isothermal
# kinetics and their analyses): a temperature said for such a run is its setting, no property
_SET_TEMPERATURE_METHODS = ("VolumetricMethod", "IsothermalKineticAnalysis")


def _set_temperature_method(term: str | None) -> bool:
    vocab = vocabulary()
    return bool(term) and term in vocab and any(k in vocab and vocab.is_a(term, k) for k in _SET_TEMPERATURE_METHODS)


def _names_temperature_property(before: str) -> bool:
    """'PCT shows that the hydrogenation temperature of MgH2–Ni is 150 °C': a temperature property named
    in full (two words or more, 'temperature' among them) right before the value keeps it a property."""
    words = set(stems(before))
    props, _ = compatible_keys("degC")
    table = cue_table()
    return any(len(lab) > 1 and "temperatur" in lab and set(lab) <= words for k in props for lab in table.get(k, []))


# "The plateau pressure for hydrogen absorption in Mg2Ni at 573 K was 0.6 MPa", "the absorption capacity of the alloy
# at 573 K reached 3.6 wt%": the temperature after 'at' sits inside the subject that names another property, whose
# value the clause's verb then gives: it is where that value was measured, not a temperature of the process the
# property's name holds ('absorption', 'desorption'); the noun phrase from the clause's start to 'at'
_AT_VALUE = re.compile(rf"\bat\s*{APPROX}$", re.I)
_PHRASE_START = re.compile(r"\.\s|[;:,(]|\b(?:and|but|while|whereas|which|that)\b", re.I)
_TO_VALUE = re.compile(r"\s*(?:\)\s*)?(?:is|was|were|are|amounts?\s+to|amounted\s+to|reach(?:es|ed)?|of)\s+"
                       rf"(?:(?:{APPROXIMATING}|{LIMITING})\s*)?$", re.I)


def _setting_of_named_value(text: str, g: Group, gs: list[Group]) -> bool:
    """Whether temperature ``g``, said with 'at' in a subject that names in full the property of the value its
    verb then gives (in another unit), is that value's setting; that value is then made the property named
    (read before as a setting of the temperature: 'was 0.6 MPa', or as a broader property: 'was 3.6 wt%')."""
    if not _AT_VALUE.search(text, max(0, g.start - 25), g.start):
        return False
    nxt = next((o for o in gs if o.start > g.end), None)
    if nxt is None or not nxt.unit or _dims(nxt.unit) == _dims(g.unit) or not _TO_VALUE.fullmatch(text, g.end, nxt.start):
        return False
    lo = max(0, g.start - 100)
    lo = max([b.end() for b in _PHRASE_START.finditer(text, lo, g.start)], default=lo)
    phrase = text[lo:g.start]
    props, _ = compatible_keys(nxt.unit)
    named = [k for k in other_properties_named(phrase, None) if k in props]
    if not named or _names_temperature_property(phrase):
        return False
    vocab = vocabulary()
    if nxt.role != "property" or nxt.key not in named and nxt.key and all(
            not vocab.is_a(vocab.property(k).id, vocab.property(nxt.key).id) for k in named):
        nxt.role, nxt.key = "property", named[0]
    elif nxt.key not in named:
        # (the narrowest named: 'absorption capacity' over the 'hydrogen capacity' the unit gave)
        nxt.key = next(k for k in named if vocab.is_a(vocab.property(k).id, vocab.property(nxt.key).id))
    nxt.cues.append("property:named-subject")
    return True


# "The time for full desorption of MgH2–Ni at 573 K was 200 s", "absorption by the alloy at 423 K was complete
# after 20 min", "… at 573 K took 200 s": a temperature closing a subject that names a process, whose verb then
# gives how long the process ran, is where that time was measured, not a temperature of the process
_TO_TIME = re.compile(r"\s*(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:complete|completed|finished|over|achieved)\s+)?"
                      r"(?:(?:after|within|in)\s+)?|(?:took|takes|take|required|requires|needed|needs|lasted|lasts)\s+)"
                      rf"(?:(?:{LIMITING}|{APPROXIMATING}|{bound('LessThanPhrase')})\s*)?", re.I)


def _setting_of_process_time(text: str, g: Group, gs: list[Group]) -> bool:
    """Whether temperature ``g``, said with 'at' after a process in the subject, is the setting of the time the
    clause's verb gives right after it."""
    if not _PROCESS_AT.search(text, max(0, g.start - 60), g.start):
        return False
    nxt = next((o for o in gs if o.start > g.end), None)
    return nxt is not None and bool(nxt.unit) and _dims(nxt.unit) == _dims("min") \
        and _TO_TIME.fullmatch(text, g.end, nxt.start) is not None


def process_conditions(text: str, gs: list[Group], sample_starts: list[int] = (),
                       techniques: list[tuple[int, str | None]] = ()) -> None:
    """A temperature given for a process ('rehydrogenation at 673 K') with a fraction measured after
    it in the same clause ('… gave an absorbed capacity of 5.8 wt%') is that value's condition; so is
    a temperature said of a run at a set temperature ('the isothermal desorption of the sample at
    280 °C', 'PCI curves measured at 300–350 °C'), techniques being (start, ontology term) of the
    sentence's Technique mentions."""
    for g in gs:
        if g.role == "property" and g.unit and _dims(g.unit) == _dims("degC") \
                and any(st < g.start and _set_temperature_method(term) and not re.search(r"[;:]", text[st:g.start])
                        and not any(st < o.start < g.start and o.role == "property" for o in gs)
                        for st, term in techniques) \
                and not _PROCESS_STAGE.search(text, max(0, g.start - 45), g.start) \
                and not _names_temperature_property(text[max(0, g.start - 60):g.start]):
            _, conds = compatible_keys(g.unit)
            if conds:
                g.role, g.key = "condition", exact_or_first(g.unit, conds)
                g.cues.append("condition:method")
                continue
        if g.role == "property" and g.unit and _dims(g.unit) == _dims("degC") \
                and (_setting_of_named_value(text, g, gs) or _setting_of_process_time(text, g, gs)):
            _, conds = compatible_keys(g.unit)
            if conds:
                g.role, g.key = "condition", exact_or_first(g.unit, conds)
                g.cues.append("condition:named-value")
                continue
        # (60 characters back: 'the hydrogen desorption of the LiAlH4–TiCl3 composite at 120 °C gives …')
        held = g.role == "property" and bool(g.unit) and _held_at_temperature(text, g)
        if g.role != "property" or not g.unit or not (_PROCESS_AT.search(text, max(0, g.start - 60), g.start)
                                                      or _OPENING_AT.fullmatch(text, 0, g.start) or held) \
                or _PROCESS_STAGE.search(text, max(0, g.start - 45), g.start):
            continue        # 'initiating dehydrogenation at 150 °C': where the process starts, a property
        _, conds = compatible_keys(g.unit)
        # '3.9 wt% over four cycles (desorption at 400 °C and 5 bar; absorption at 400 °C …)': the
        # bracket after a value says how it was measured; "stable over ten cycles of desorption/absorption
        # at 250 °C": the temperature the cycling test ran at, whether or not the sentence gives a value
        bracket = bracket_of(text, g)
        if conds and (bracket is not None and any(o.role == "property" and o.unit and o.end <= bracket
                                                  and _dims(o.unit) != _dims(g.unit) for o in gs)
                      or _CYCLED_AT.search(text, max(0, g.start - 60), g.start)):
            g.role, g.key = "condition", exact_or_first(g.unit, conds)
            g.cues.append("condition:process")
            continue
        # the fraction after the process ('… gave 5.8 wt%'), or before it ('4.3 wt% is recovered after
        # rehydrogenation at 300 °C')
        if conds and any(o.role == "property" and o.unit and _dims(o.unit) == ()
                         and (o.start > g.end or o.end < g.start and (held or _AFTER_PROCESS.search(text, o.end, g.start)))
                         and (not _across_clauses(text, g, o) or _outcome_joined(text, g, o))
                         and not _relative_clause_closed(text, g, o, sample_starts) for o in gs):
            g.role, g.key = "condition", exact_or_first(g.unit, conds)
            g.cues.append("condition:process")
            _named_by_process(text, g, gs)


# "absorbed hydrogen at 573 K and reached 3.5 wt%", "… at 250 °C and took up 5.6 wt%": a second verb joined by a bare
# 'and' right after a process's setting (the process's clause gives no value of its own) says what that run gave
_OUTCOME_JOIN = re.compile(r"\s+and\s+(?:then\s+|thereby\s+)?(?:it\s+|they\s+)?"
                           rf"(?!(?:{APPROX_ADVERB}|{NEARLY}|{LIMITING}|over|under|above|below|up|within|from|after|with|"
                           rf"at)\w*\s|{APPROX_ABBREVIATION}\s)[a-z]{{3,}}(?:\s+up|\s+back)?"
                           rf"(?:\s+(?:{LIMITING}|{APPROXIMATING}|{NEARLY}|{UP_TO}))?\s*(?:{APPROX_SIGN}\s*)?$", re.I)


def _outcome_joined(text: str, g: Group, o: Group) -> bool:
    """Is value ``o`` what the run at setting ``g`` gave, said by a verb joined to the setting with 'and'?"""
    return o.start > g.end and _OUTCOME_JOIN.match(text, g.end, o.start) is not None


def _named_by_process(text: str, g: Group, gs: list[Group]) -> None:
    """'Hydrogen absorption of MgH2–Nb2O5 at 150 °C reached 5.5 wt%': the fraction after the process's
    temperature, read without a word of its own, is of the process named before that temperature."""
    process = _PROCESS_AT.search(text, max(0, g.start - 60), g.start)
    nxt = next((o for o in gs if o.start > g.end and o.role == "property"), None)
    if process is None or nxt is None or "property:unit" not in nxt.cues \
            or _across_clauses(text, g, nxt) and not _outcome_joined(text, g, nxt):
        return
    cues: list[str] = []
    role, key = choose_property(nxt.unit, text[max(0, process.start() - 30):process.end()], "", cues)
    vocab = vocabulary()
    # (only a narrower property of the one the unit gave: "absorption" makes a capacity an absorbed one)
    if role == "property" and key != nxt.key and nxt.key and cues and cues[-1] != "property:unit" \
            and vocab.is_a(vocab.property(key).id, vocab.property(nxt.key).id):
        nxt.key = key
        nxt.cues = [c for c in nxt.cues if c != "property:unit"] + ["property:process"]


_RUN_SETTINGS = frozenset(("temperature", "pressure", "time", "heating_rate"))   # (condition keys of the ontology)


# between two settings of one run: a comma, 'and' or both, the preposition said again ("at 0.2 C, at 1 C and at 2 C")
_SETTING_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:at\s+|under\s+)?")


def setting_runs(g: Group, conds: list[Group], text: str) -> list[Group]:
    """``conds`` with a run of settings of one unit, each written with its unit ("at 0.2 C, 1 C and 2 C"), made one
    list when it has as many members as the list of values ``g`` ("700, 520 and 390 mAh/g"): the values pair with
    them in order, as with the unit written once; ``conds`` as they are otherwise."""
    n = len(g.numbers)
    if g.kind != "list" or n < 2 or len(conds) < 2:
        return conds
    for i, first in enumerate(conds):
        run = [first]
        for c in conds[i + 1:]:
            if c.unit != first.unit or c.kind not in ("single", "list") or c.role != first.role \
                    or not _SETTING_JOIN.fullmatch(text, run[-1].end, c.start):
                break
            run.append(c)
        if len(run) > 1 and first.kind in ("single", "list") and sum(len(c.numbers) for c in run) == n:
            merged = Group("list", [x for c in run for x in c.numbers], first.unit, first.start, run[-1].end,
                           first.qualifier, role=first.role, key=first.key, cues=list(first.cues))
            return conds[:i] + [merged] + conds[i + len(run):]
    return conds


def conditions_for(g: Group, props: list[Group], conds: list[Group], text: str = "", shared: bool = True,
                   memo: dict | None = None) -> list[dict]:
    """Condition dicts for the values of g: each condition goes to its nearest property value (a
    value in brackets takes only conditions in the same brackets: "5.2 wt% (theoretical 5.5 wt%)
    at 320 °C" is measured at 320 °C); a 'respectively' list of conditions pairs value by value
    with a list of the same length. (memo: what one call found of the same props and conds, for
    the calls it makes for other values: the nearest value of each condition and their conditions.)"""
    sets = _conditions_for(g, props, conds, text, shared, memo)
    if g.unit and _dims(g.unit) == _dims("nm"):
        # "grown under 50 bar H2 at 40–100 °C, the nanorods are 500 nm across", "after milling for 10 h at 400 rpm, the
        # particles measured 30 nm": a size is read off the sample at rest; the settings beside it are those of the
        # step that made or treated it, no setting of the reading (dropped from its answer alone: the settings' owners
        # among the other values stay as they were)
        return [{k: v for k, v in c.items() if k not in _RUN_SETTINGS} for c in sets]
    return sets


def _conditions_for(g: Group, props: list[Group], conds: list[Group], text: str, shared: bool,
                    memo: dict | None) -> list[dict]:
    memo = _sentence_memo(text, props, conds) if memo is None else memo
    base: dict = {}
    bounded: set[str] = set()   # keys whose condition so far is a bound ("above 97 °C")
    taken_from: dict[str, Group] = {}   # the setting each key's condition was read from
    per_value: list[dict] = []
    # a value with conditions in its own clause does not take those of a later clause that has no
    # value ("stores 4.9 wt% at 130 °C, and its absorption was complete within 30 min at 9 MPa")
    own_clause = any(not _across_clauses(text, g, c) for c in conds if c.start > g.end)
    for c in conds:
        if g.unit and c.unit and _dims(c.unit) == _dims(g.unit) and _dims(g.unit):
            continue  # a critical current density is not measured at a current density, nor a temperature at one
        if c.start > g.end and (_searched(text, _VERB_JOIN, g.end, c.end) or _searched(text, _CONSEQUENCE, g.end, c.start)
                                or _DECLINE_ASIDE.search(text, g.end, c.start)):
            continue
        if c.end <= g.start and _own_clause_before(text, c, g):
            continue
        if c.start > g.end and _of_property_after(text, g, c):
            continue
        if c.start > g.end and _quantity_of_later_clause(text, g, c, conds):
            continue
        near = memo["nearest"]
        nearest = near[id(c)] if id(c) in near else near.setdefault(id(c), _nearest_value(text, c, props, conds))
        if nearest is not g or own_clause and c.start > g.end and _across_clauses(text, g, c):
            continue
        if (c.kind == "list" or c.kind == "cycles" and c.respectively) and len(c.numbers) == len(g.numbers) > 1:
            for k, n in enumerate(c.numbers):
                while len(per_value) <= k:
                    per_value.append({})
                per_value[k].setdefault(c.key, setting(text, c, n))
            continue
        if c.key in base and not (c.key in bounded and c.qualifier == "=") \
                and not _earlier_step(text, taken_from.get(c.key), g, c) \
                and not _last_step_before(text, taken_from.get(c.key), g, c):
            continue
        # ("Above 97 °C, the conductivity … reaches X at 114 °C": a bound opening the clause gives way to
        # the value's own setting, written without one)
        if c.kind in ("range", "change") and not _amount_by_the_end(g, c):
            # "isotherms measured between 523 and 623 K gave ΔH = …", "a reversible capacity above 6 wt% at
            # 0.3–0.5 MPa": a value fitted or measured over a span of a setting was measured over the span, not at
            # either end alone ('measured from 550 to 620 K' spans the setting as '550–620 K' does); a change
            # that runs downwards ('cooled from 400 to 200 °C') is no span a condition holds
            if _span(c) is not None:
                base[c.key] = _span(c)
                bounded.discard(c.key)
            continue
        base[c.key] = setting(text, c, c.numbers[-1])
        taken_from[c.key] = c
        if c.qualifier in _BOUNDS:
            bounded.add(c.key)
        else:
            bounded.discard(c.key)
    if shared:
        for key, value in _shared_conditions(g, props, conds, text, memo).items():
            base.setdefault(key, value)
        for key, value in _required_from_clause(g, props, conds, text, base).items():
            base.setdefault(key, value)
    if not per_value:
        return [dict(base)]
    return [{**base, **pv} for pv in per_value]


_BOUNDS = frozenset({">", "<", ">=", "<="})


def setting(text: str, c: Group, n: Number) -> dict:
    """The condition number ``n`` of setting ``c`` gives (value, unit), with the bound the words right before that
    number write ('within 20 min': "qualifier" '<='; none when exact): read at the condition's own number, so one
    number written twice in a sentence ("within 10 min …, and 10 min later") is told apart."""
    q = _bound(text[max(0, n.start - 40):n.start], c.key) if not (n.amount or n.ordinal) else "="
    return {"value": n.value, "unit": c.unit or "1", **({"qualifier": q} if q != "=" else {})}


# the ontology's words before a condition's number (ConditionBoundWord): those that set a condition as much as they
# bound it, read as no bound ('under 3 MPa', 'over 50 cycles'; see the module's docstring); 'within', which bounds
# what is counted or timed — the run ended by then — with an intensifier between or not ('within just 5 min')
_SETTING_WORDS = re.compile(rf"\b{vocabulary().scheme_alternation('ConditionBoundWord', ('SettingPreposition',))}\s*$",
                            re.I)
_WITHIN = re.compile(rf"\b{vocabulary().scheme_alternation('ConditionBoundWord', ('WithinWord',))}\s+(?:"
                     rf"{vocabulary().scheme_alternation('ConditionBoundWord', ('BoundIntensifier',), spaced=True)}"
                     r"\s+)?$", re.I)
_WITHIN_KEYS = ("time", "cycles")   # (the condition keys of what is timed or counted)


def _bound(before: str, key: str | None) -> str:
    if _WITHIN.search(before):
        return "<=" if key in _WITHIN_KEYS else "="
    if _SETTING_WORDS.search(before):
        return "="
    return qualifier_before(before)


# "was heated to 573 K and then absorbed 3.5 wt% at 423 K", "… heated to 573 K and absorbed …": 'then' (or
# 'subsequently', 'afterwards'), or a second verb joined by 'and', after a setting starts the next step of a sequence
_NEXT_STEP = re.compile(r"\b(?:then|subsequently|afterwards|thereafter)\b|\band\s+[a-z]{3,}(?:ed|s)\b", re.I)


def _earlier_step(text: str, earlier: Group | None, g: Group, c: Group) -> bool:
    """Is ``earlier``, the setting read so far, said of a step before the one value ``g`` was measured in, whose own
    clause states ``c`` of the same kind after the value? The value's own setting is then c."""
    return earlier is not None and earlier.end <= g.start < g.end <= c.start \
        and _NEXT_STEP.search(text, earlier.end, g.start) is not None and not _across_clauses(text, g, c)


def _last_step_before(text: str, earlier: Group | None, g: Group, c: Group) -> bool:
    """"… was dehydrogenated at 400 °C and rehydrogenated at 110 °C, taking up 6.5 wt% H2": two settings of one kind,
    each of a step named right before it, both written before the value in its clause: the value was measured in the
    last step, so its setting is ``c``, not the earlier step's."""
    return earlier is not None and earlier.end <= c.start < c.end <= g.start \
        and _NEXT_STEP.search(text, earlier.end, c.start) is not None \
        and _PROCESS_AT.search(text, max(0, c.start - 60), c.start) is not None \
        and _PROCESS_AT.search(text, max(0, earlier.start - 60), earlier.start) is not None \
        and not re.search(r"[;.]\s", text[earlier.end:g.start])


def _span(c: Group) -> dict | None:
    """A range or an upward change of a setting as a condition's span (its two ends, one unit), else None."""
    low, high = c.numbers[0].value, c.numbers[-1].value
    if c.kind not in ("range", "change") or len(c.numbers) != 2 or not low < high:
        return None
    return {"value": low, "value_max": high, "unit": c.unit or "1"}


_NEAR = 320   # characters: 'an oxidative stability above 6 V and an increase in Li+ conductivity at 30 °C'


def _of_property_after(text: str, g: Group, c: Group) -> bool:
    """'… an oxidative stability above 6 V and an increase in Li+ conductivity at 30 °C': a setting written right
    after another kind of quantity the sentence joins on without a value of its own is that quantity's, not g's.
    (A step of the same kind, 'stores 4.1 wt% and is recharged at 125 °C', is how g's sample was cycled: g's.)"""
    if c.start - g.end > _NEAR or not g.unit:
        return False   # (a setting far from the value is read by the other rules; and a run-on list stays linear)
    join = _last_join(text, g.end, c.start)
    others = other_properties_named(text[join:c.start], g.key) if join is not None else []
    # (every reading of the words must be another kind: one of g's own kind keeps the setting g's)
    units = [vocabulary().property(k).unit for k in others]
    return bool(units) and all(u and _dims(u) is not None and _dims(u) != _dims(g.unit) for u in units)


@per_document(maxsize=16)
def _joins(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the sentence's list joins (',', ';', 'and'), found once for all its pairs of a
    value and a setting (an 'and' counted whatever follows it: _last_join checks the word ends there)."""
    found = [m.span() for m in _LIST_JOIN.finditer(text)]
    return [s for s, _ in found], [e for _, e in found]


_LIST_JOIN = re.compile(r",|;|\band", re.I)   # (the boundary after 'and' is _last_join's to check)


def _last_join(text: str, lo: int, hi: int) -> int | None:
    """The end of the last list join said whole in text[lo:hi] (a word ends at hi, as a search cut there
    reads it), None if there is none."""
    starts, ends = _joins(text)
    for i in range(bisect_right(ends, hi) - 1, -1, -1):
        if starts[i] < lo:
            return None
        if ends[i] == hi or text[ends[i] - 1] in ",;" or not _WORD_CHAR.match(text, ends[i]):
            return ends[i]
    return None


_WORD_CHAR = re.compile(r"\w")


def _amount_by_the_end(g: Group, c: Group) -> bool:
    """``amount_by_the_end`` of value ``g`` and setting ``c``."""
    return g.key is not None and c.key is not None and amount_by_the_end(g.key, c.key)


def amount_by_the_end(prop: str, condition: str) -> bool:
    """A hydrogen amount given off or taken up over a temperature range ("releases 6.1 wt% from 25 to 400 °C",
    "a mass loss of 5.2 wt% over 30–500 °C") is what the sample has exchanged by the range's end: its
    temperature is the upper one, as "up to 400 °C" gives it, not the start of the ramp nor the span. (A reversible
    capacity cycled within a window, "between 150 and 200 °C … for fifty cycles", keeps the window.)"""
    if condition != "temperature":
        return False
    vocab = vocabulary()
    term = vocab.property(prop).id
    return vocab.is_a(term, _HYDROGEN_AMOUNT) and not vocab.is_a(term, _CYCLED_AMOUNT)


# the ontology's classes of the amounts of hydrogen a sample holds or gives off, and of the amount it cycles
_HYDROGEN_AMOUNT, _CYCLED_AMOUNT = "HydrogenCapacity", "ReversibleHydrogenCapacity"


_LAST_SENTENCE: list = [None, {}, ()]   # the key, the nearest value of each condition, the groups kept alive


def _sentence_memo(text: str, props: list[Group], conds: list[Group]) -> dict:
    """A memo for one value's call. The nearest value of each condition depends only on the sentence and
    the places and units of its values and the places, units, keys and kinds of its conditions: those
    are kept for every value's call while they stay the same (the values' own keys, which may change
    between calls, are not read)."""
    key = (text, tuple((id(p), p.start, p.end, p.unit) for p in props),
           tuple((id(c), c.start, c.end, c.unit, c.key, c.kind) for c in conds))
    if _LAST_SENTENCE[0] != key:
        _LAST_SENTENCE[:] = [key, {}, (list(props), list(conds))]   # (kept, so that no id is used again)
    return {"nearest": _LAST_SENTENCE[1]}


def _nearest_value(text: str, c: Group, props: list[Group], conds: list[Group]) -> Group | None:
    """The property value condition c goes to (None: none can take it)."""
    inside = bracket_of(text, c)
    eligible = [p for p in props if bracket_of(text, p) in (None, inside)] or props
    # "heated to 400 °C at 2 °C/min and started to release hydrogen at 210 °C": a temperature is no
    # condition of a temperature (the end of the scan is not where the onset was measured)
    eligible = [p for p in eligible if not _temperature_at_temperature(p, c)]
    if not eligible:
        return None
    # ("retained 71% after 50 cycles, compared with 38% for …": the value set against the one before
    # the condition does not take it from that one; it shares it, see _shared_conditions)
    return _trailing_owner(text, c, eligible, conds) or \
        min(eligible, key=lambda p: (_across_clauses(text, p, c), _set_against_after(text, c, p), _distance(p, c)))


def _unshared(q: Group, props: list[Group], conds: list[Group], text: str, memo: dict) -> dict:
    """The conditions q takes of its own (conditions_for without the shared ones), found once per memo."""
    key = ("own", id(q))
    if key not in memo:
        memo[key] = conditions_for(q, props, conds, text, shared=False, memo=memo)[0]
    return memo[key]


# a setting with its preposition ("in 2 min", "at 300 °C", "under 3 MPa"); § stands for the setting's value
_SETTING = rf"\s*,?\s*(?:at|in|within|under|for|over|after|during)?\s*{APPROX}§"
# the value's own settings after it ("5.5 wt% H2 in 2 min at 300 °C"; a retention's with the capacity it is a
# share of between, "95 % of their initial capacity after 50 cycles at C/10", or its own noun, "92 % capacity
# retention after 30 cycles": up to two words, none a preposition or conjunction that opens another phrase)
_TRAILING = re.compile(rf"(?:{SHARE_OF_CAPACITY.pattern}|\s*(?:of\s+)?(?:H2|H₂|H|hydrogen|D2)?"
                       r"(?:\s+(?!(?:at|in|within|under|for|over|after|during|and|or|but|of|than|with|by|to|from|while|"
                       rf"whereas)\b)[a-z][a-z-]*){{0,2}})(?:{_SETTING})*\s*,?\s*(?:at|in|within|under|for|over|after|during)"
                       rf"\s*{APPROX}", re.I)
# … then "and" and the next value ("… at 300 °C and 4.2 wt% in 10 min at 150 °C")
_THEN_NEXT = re.compile(rf"(?:{_SETTING})*(?:\s*,\s*(?:{CLAUSE_CONJUNCTION}\s+)?|[\s,]*{CLAUSE_CONJUNCTION}\s+)(?:{hedged(LIMITING, APPROXIMATING, NEARLY)}|(?:still|even)\s+)?", re.I)


def _trailing_owner(text: str, c: Group, eligible: list[Group], conds: list[Group]) -> Group | None:
    """'absorbed 5.5 wt% in 2 min at 300 °C and 4.2 wt% in 10 min at 150 °C': a setting written after a value,
    before 'and' and the next value that has a setting of its own of the same kind after it, is the first
    value's (the settings of a coordinated value follow it, as the first one's did); else None."""
    before = [p for p in eligible if p.end <= c.start]
    after = [p for p in eligible if p.start >= c.end]
    if not before or not after or not c.key:
        return None
    prev, nxt = max(before, key=lambda p: p.end), min(after, key=lambda p: p.start)
    if not _TRAILING.fullmatch(_marked(text, conds, prev.end, c.start)) \
            or not _THEN_NEXT.fullmatch(_marked(text, conds, c.end, nxt.start)):
        return None
    later = [p for p in eligible if p.start > nxt.end]
    bound = min((p.start for p in later), default=len(text))
    own = any(o.key == c.key and nxt.end <= o.start < bound and not _across_clauses(text, nxt, o) for o in conds)
    return prev if own else None


def _marked(text: str, conds: list[Group], start: int, end: int) -> str:
    """text[start:end] with each condition inside written as '§'."""
    out, pos = [], start
    for o in sorted((o for o in conds if start <= o.start and o.end <= end), key=lambda o: o.start):
        out += [text[pos:o.start], "§"]
        pos = o.end
    return "".join(out) + text[pos:end]


def _temperature_at_temperature(p: Group, c: Group) -> bool:
    return bool(p.unit and c.unit) and _dims(p.unit) == _dims(c.unit) == _dims("degC")


# "After 100 cycles, …", "At 2 A g−1 the composite …": a condition that opens the sentence before any value
_FRONTED = re.compile(rf"^\s*(?:after|at|upon|over|during|under|within|following)\s+{hedged(APPROXIMATING)}?$", re.I)


# "…, whereas bare MgH2 retained only 230 mAh g−1", "compared with 38% for the pristine hydride": the
# value set against another of the same property was measured under its conditions
# ("82 % for A, far above the 31 % of B": a value set above or below the other is measured like it)
_SET_AGAINST = re.compile(rf"\b(?:{COMPARED_WITH}|whereas|while|than|against|in contrast|unlike"
                          # ('well/far/much above|below' are reference markers of COMPARED_WITH already)
                          r"|(?:far|well|much|significantly)\s+exceeding|significantly\s+(?:above|below)|but\s+only)\b",
                          re.I)


_COMPUTED = re.compile(r"\b(?:theor|calcul|comput|predict|expect)\w*", re.I)


def _set_against_after(text: str, c: Group, p: Group) -> bool:
    """Is value p, after condition c, set against what came before c ("…, compared with 38%")?"""
    return p.start > c.end and _searched(text, _SET_AGAINST, c.end, p.start)


@per_document(maxsize=16)   # (keyed on a sentence's text: emptied with the document's other caches)
def _starts(text: str, pattern: re.Pattern) -> list[int]:
    """Where pattern can match in a sentence, found once: every position at which it (or its lookup
    form in _LOOKUP, without the word boundaries a cut stretch reads differently) matches the whole
    text. A match in any stretch of the text starts at one of them (cutting the text short only takes
    away what a match could read), so each pair's question tries the few positions inside its stretch
    instead of searching the stretch again."""
    look = _LOOKUP.get(pattern, pattern)
    return [m.start() for m in re.finditer(f"(?={look.pattern})", text, look.flags)]


def _searched(text: str, pattern: re.Pattern, lo: int, hi: int, sliced: bool = False) -> bool:
    """pattern.search(text, lo, hi) is not None (sliced: pattern.search(text[lo:hi]), which reads a
    word boundary at lo as the start of the string), by trying only the positions the pattern can
    start at."""
    if lo >= hi:
        return bool(pattern.search(text[lo:hi]) if sliced else pattern.search(text, lo, hi))
    at = _starts(text, pattern)
    for i in range(bisect_left(at, lo), len(at)):
        s = at[i]
        if s >= hi:
            break
        if pattern.match(text[lo:hi]) if sliced and s == lo else pattern.match(text, s, hi):
            return True
    return False


_WITH_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?with\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,4}?(?:of|at|around|near)\s*"
                        rf"{hedged(APPROXIMATING)}?", re.I)


# what stands between a setting said inside a property's name and its first value ("capacity at C/5 of ~120 mAh/g")
_SETTING_IN_NAME = re.compile(rf"\s+of\s*{APPROX}")


def _shared_conditions(g: Group, props: list[Group], conds: list[Group], text: str, memo: dict) -> dict:
    """Conditions g takes from the sentence beyond its nearest ones: a condition fronted before every
    value, and those of a value of the same property that g is set against."""
    out: dict = {}
    first = min(p.start for p in props)
    opening = min(props, key=lambda p: p.start)
    for c in conds:
        if c.end <= first and c.kind in ("single", "cycles") and (
                _FRONTED.match(text[:c.start])
                # "a discharge capacity at C/5 of 120 mAh/g at 25 °C and 150 mAh/g at 60 °C": a setting inside the
                # property's name, before the first value, is the setting of every value of that property
                or g.key == opening.key and _SETTING_IN_NAME.fullmatch(text, c.end, first)) \
                and (_dims(c.unit) != _dims(g.unit) or not _dims(g.unit)):   # no temperature at a temperature
            out.setdefault(c.key, setting(text, c, c.numbers[-1]))
    opened = bracket_of(text, g)
    if opened is not None:
        # "kept 5.6 wt% (95 % of its initial capacity) after 100 cycles": a bracket right after a value
        # says the same value another way, measured the same way
        said = next((q for q in props if q is not g and q.end <= opened and not text[q.end:opened].strip()), None)
        # (not a reference's or a computed value in the bracket: "(1.3 wt% for MgH2)", "(theoretical 5.5 wt%)")
        if said is not None and said.key != g.key and not _COMPUTED.search(text, opened, g.start) \
                and not re.match(r"\s*for\b", text[g.end:]):
            for key, value in _unshared(said, props, conds, text, memo).items():
                out.setdefault(key, value)
    # "While bulk X releases 1.1 wt% at 150 °C, the doped X releases 3.9 wt% at the same temperature"
    # (ingest.extraction.values.said_settings reads the phrase)
    for q in props if same_after_value(text, g.end) else ():
        if q is not g and q.key == g.key:
            for key, value in _unshared(q, props, conds, text, memo).items():
                out.setdefault(key, value)
            break
    for q in props:
        # "a capacity of 1700 mAh/g with a plateau potential of 0.3 V at the first cycle": two values of one
        # reading, joined by 'with', are measured under the same conditions
        lo, hi = (g.end, q.start) if g.end <= q.start else (q.end, g.start)
        if q is not g and q.key != g.key and _WITH_JOIN.fullmatch(text, lo, hi):
            settings = _unshared(q, props, conds, text, memo)
            # ("starts to dehydrogenate at 173 °C with a capacity of 5.8 wt% in 30 min at 275 °C": a
            # neighbour measured at a set temperature ran isothermally; none of its settings is the
            # temperature's, which was read on a ramp — no temperature at a temperature)
            if "temperature" in settings and _dims(g.unit) == _dims("degC"):
                continue
            for key, value in settings.items():
                out.setdefault(key, value)
    gapped = _gapped_from(g, props, text)
    if gapped is not None:
        # "A reached 0.1 mS/cm at 30 °C, and B a conductivity of 0.04 mS/cm": a clause with its verb left out
        # is measured as the clause it copies; a setting of its own ("… of 0.04 mS/cm at 60 °C") stays its own
        for key, value in _unshared(gapped, props, conds, text, memo).items():
            out.setdefault(key, value)
    for q in props:
        if q is g or q.key != g.key or q.start > g.start:
            continue  # only the value set against the one before it takes its conditions, not back
        if not _searched(text, _SET_AGAINST, q.end, g.start, sliced=True):
            continue
        for key, value in _unshared(q, props, conds, text, memo).items():
            out.setdefault(key, value)
    return out


def _gapped_from(g: Group, props: list[Group], text: str) -> Group | None:
    """The value of the same property right before ``g`` whose clause ``g``'s clause copies with its verb left
    out (ingest.extraction.values.value_lists.gapped_join), else None."""
    before = [q for q in props if q is not g and q.end <= g.start]
    q = max(before, key=lambda p: p.end, default=None)
    if q is None or q.key != g.key or not g.key:
        return None
    return q if gapped_join(text, q, g) is not None else None


def _required_from_clause(g: Group, props: list[Group], conds: list[Group], text: str, base: dict) -> dict:
    """'kept 720 mAh g−1 after 100 cycles with a capacity retention of 85%': a value whose property the
    ontology says needs a condition (a retention its cycle number) and has none of its own takes the one
    its clause states for a neighbour, when the clause states exactly one."""
    out: dict = {}
    if not g.key:
        return out
    for key in required_conditions(g.key) - set(base):
        # (not one a value of the same property stands nearer to: "0.1 mS/cm at RT and 10 mS/cm at 120 °C")
        same = [c for c in conds if c.key == key and c.kind in ("single", "cycles") and not _across_clauses(text, g, c)
                and min(props, key=lambda p: _distance(p, c)).key != g.key]
        if len({c.numbers[-1].value for c in same}) == 1:
            out[key] = setting(text, same[0], same[0].numbers[-1])
    return out


# "at room temperature", "its RT conductivity": a temperature condition without a number
ROOM = re.compile(r"(?=[RrAa])(?:\b(?:[Rr]oom|[Aa]mbient)[- ]temperature\b|\bRT\b)")


# "… S/cm at room temperature": the phrase right after a value, its own setting
ROOM_RIGHT_AFTER = re.compile(r"\s*(?:at|under|near)\s+(?:the\s+)?(?:[Rr]oom|[Aa]mbient)[- ]temperature\b(?!\s*(?:to|–|-|—)\s*\d)")


# (a room temperature followed by the end of a range: "RT to 400 °C", "room temperature–500 °C")
_RANGE_ON = re.compile(r"\s*(?:to|–|-|—)\s*\d")
# temperatures, energies, and sizes (a size is read off the sample at rest, by microscopy or diffraction)
NOT_AT_A_TEMPERATURE = (_dims("degC"), _dims("kJ/mol"), _dims("eV"), _dims("nm"))


def at_room_temperature(text: str, g: Group, props: list[Group]) -> bool:
    """Whether the sentence says room temperature for g: the phrase is nearest to g (in its clause)
    among the values measured at a temperature."""
    if not g.unit or _dims(g.unit) in NOT_AT_A_TEMPERATURE or not ROOM.search(text):
        return False
    measured = [p for p in props if p.unit and _dims(p.unit) not in NOT_AT_A_TEMPERATURE]
    for m in ROOM.finditer(text):
        if _RANGE_ON.match(text, m.end()):
            continue    # "from RT to 400 °C", "RT–400 °C": the start of a heating range, no temperature a value is at
        at = Group("single", [], None, m.start(), m.end())
        nearest = min(measured, key=lambda p: (_across_clauses(text, p, at), _distance(p, at)))
        if nearest is g or _compared_alike(text, nearest, g):
            return True
    return False


# "the room-temperature conductivity reaches 1.2 × 10−5 S/cm, whereas neat LiBH4 shows only 2 × 10−8 S/cm": the value
# set against another of the same quantity is taken alike, at the other's room temperature
_CONTRAST_JOIN = re.compile(rf",?\s*(?:whereas|while|{COMPARED_WITH})(?!\w)", re.I)
_OWN_TEMPERATURE = re.compile(r"[^,;.]{0,30}?(?:°\s?C|\bK\b|degrees)")


def _compared_alike(text: str, first: Group, g: Group) -> bool:
    """Is ``g`` a value of ``first``'s quantity in a contrasting clause after it, without a temperature of its own?"""
    return first.end <= g.start and bool(first.unit) and _dims(first.unit) == _dims(g.unit) \
        and _CONTRAST_JOIN.search(text, first.end, g.start) is not None and ";" not in text[first.end:g.start] \
        and _OWN_TEMPERATURE.match(text, g.end) is None


def bracket_of(text: str, g: Group) -> int | None:
    """Where the bracket around g opens, or None when g is not inside brackets."""
    if not text:
        return None
    opened = text.rfind("(", 0, g.start)
    if opened < 0 or ")" in text[opened:g.start]:
        return None
    closed = text.find(")", g.end)
    return opened if closed >= 0 and "(" not in text[g.end:closed] else None


# ", and releases …", "; …", ", whereas …": a new clause with its own conditions begins — unless the comma and
# its 'and' join two numbers, the last members of a list ("for the 1st, 2nd, and 5th cycles, respectively, at 393 K",
# "after 10, 50, and 100 cycles, respectively, at 0.2 C": the setting after the list is all its values')
_CLAUSE_JOIN = re.compile(rf";|(?:(?<!\d)(?<!\d(?:st|nd|rd|th))|(?!,\s*and\s+\d)),\s*{CLAUSE_CONJUNCTION}\b"
                          rf"|,\s*(?:and\s+)?(?:then\s+)?(?:it\s+|they\s+)?[a-z]+s\s+\d", re.I)


# ", so regeneration requires pressures above 2.5 GPa", ", hence …": a clause of what follows from the value says
# what another act needs, never where the value was measured (whether or not the value has settings of its own)
_CONSEQUENCE = re.compile(r",\s*(?:so|thus|hence|therefore|consequently)\b(?!\s+that\b)", re.I)


# "desorbs 5.9 wt% within 10 min at 300 °C and takes up 4.8 wt% within 1 min at 150 °C": a second verb
# joined by 'and' without a comma, with its own value right after it, opens a clause too; so does the
# bare verb after a modal ("can absorb 5.5 wt% … at 200 °C and release 6.1 wt% … at 300 °C"), which
# is told from the approximators and prepositions that may stand there ("and nearly 6 wt%") by the words;
# a verb of a repeated run may be hyphenated ("and re-absorbs 4.9 wt%", "could release … and re-absorb …")
_AND_VERB = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|still\s+)?(?:it\s+|they\s+)?(?:re-)?"
                       rf"(?:[a-z]{{3,}}(?:s|ed)|(?!(?:{APPROX_ADVERB}|{NEARLY}|{LIMITING}|over|under|above|below|up|"
                       rf"within|from|after|then|with|reach|exceed)\w*\s|{APPROX_ABBREVIATION}\s)[a-z]{{3,}})"
                       rf"\s+(?:up\s+|back\s+|{hedged(LIMITING, APPROXIMATING, NEARLY)})?\d", re.I)


# "… a critical current density of 1.8 mA cm−2 and cycles for 500 h at 0.2 mA cm−2": a second verb with its
# own settings, joined without a comma: what follows it is that action's, not the value's before it (its adverb
# before or after it: "… at 0.1C and stably runs for 150 cycles")
_VERB_JOIN = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|still\s+)?(?:[a-z]{3,}ly\s+)?[a-z]{3,}(?:s|ed)\s+"
                        r"(?:[a-z]{3,}ly\s+)?(?:for|over)\s+\d", re.I)


# "… releases 8.5 wt% within 20 min at 380 °C, with almost no capacity loss after 30 cycles": an aside after a comma,
# 'with' and a noun of a decline (the ontology's DeclineNoun words), says how the sample kept up over its own cycles,
# no setting of the value before it (the cycles are the decline's). (Searched as is, not by ``_searched``: its end
# anchor is the condition's start, which a search of the whole sentence never reads.)
_DECLINE_ASIDE = re.compile(r",\s*with\s+(?:[\w-]+\s+){0,4}?"
                            rf"{vocabulary().scheme_alternation('DeclineNoun', ('PropertyDeclineNoun',))}\w*\b[^,;.]*$",
                            re.I)


# "Symmetric cells cycled stably for 500 h at 0.1 mA cm−2, and the oxidation limit was 4.2 V": a clause that did its
# own test (a verb in the past with its settings) before a new clause with its own subject and value
_TESTED_CLAUSE = re.compile(r"\b[a-z]{3,}ed\b(?:\s+(?:stably|reversibly|repeatedly|continuously))?\s+(?:for|over|at|under)\b", re.I)
_NEW_SUBJECT = re.compile(rf",\s*{CLAUSE_CONJUNCTION}\s+(?:the|its|their|this)\s+[a-z]", re.I)


def _own_clause_before(text: str, c: Group, g: Group) -> bool:
    """Is the setting ``c`` in an earlier clause of its own test, set off from ``g``'s clause by a join and a
    new subject? Its settings are that test's, not the value's."""
    if "," not in text[c.end:g.start]:
        return False
    join = _NEW_SUBJECT.search(text, c.end, g.start)
    return join is not None and _TESTED_CLAUSE.search(text, max(0, c.start - 60), c.start) is not None


# a number with the letters of its unit after it ('10^8 s−1', '2 × 10^9 Hz', '35 %'), the look of a quantity
_QUANTITY = re.compile(r"\d\s*(?:[a-zA-Zµμ%Å]|[−-]\d)")


def _quantity_of_later_clause(text: str, g: Group, c: Group, conds: list[Group]) -> bool:
    """'… an activation energy of 171 meV, and the jump rate reaches 10^8 s−1 near 130 K': after the clause that
    follows the value, another quantity (one the reader may not model) stands before the setting; the setting is
    that quantity's, not the value's."""
    joins = list(_CLAUSE_JOIN.finditer(text, g.end, c.start))
    if not joins:
        return False
    lo = joins[-1].end()
    return any(_QUANTITY.match(text, q.start()) and not any(o.start <= q.start() < o.end for o in conds)
               for q in re.finditer(r"\d", text[:c.start])  if q.start() >= lo)


def _across_clauses(text: str, a: Group, b: Group) -> bool:
    """Does a clause boundary lie between a value and a condition? A condition belongs to its own
    clause ("absorbs 5.2 wt% at 200 °C under 3 MPa, and releases 6.1 wt% at 300 °C")."""
    if not text:
        return False
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    if _searched(text, _CLAUSE_JOIN, lo, hi):
        return True
    # (the verb's value may be the later of the two: read a few characters past it; the first match
    # starts before hi when any match does)
    end = min(len(text), hi + 12)
    at = _starts(text, _AND_VERB)
    return any(_AND_VERB.match(text, at[i], end) for i in range(bisect_left(at, lo), bisect_left(at, hi)))


def _distance(a: Group, b: Group) -> int:
    return b.start - a.end if b.start >= a.end else (a.start - b.end) + 1


# where a pattern's matches can start, by the pattern the text is searched with: one without the word
# boundaries a cut stretch may read differently (a boundary at its start or end is the string's)
_LOOKUP = {
    _SET_AGAINST: re.compile(_SET_AGAINST.pattern.removeprefix(r"\b").removesuffix(r"\b"), re.I),
    _CLAUSE_JOIN: re.compile(_CLAUSE_JOIN.pattern.replace(rf"{CLAUSE_CONJUNCTION}\b|", f"{CLAUSE_CONJUNCTION}|"),
                             re.I),
}
