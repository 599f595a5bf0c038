"""A value said of several samples at once: "A and B both reach 0.1 S cm−1", "Both A and B show …",
"The A and B salts show conductivities above …" (the list opens the sentence), "The two hydrides show …"
(the pair the sentence before gave values to). A single value of a property, in a sentence whose only
samples are that coordinated subject (or the list in brackets that spells out its subject, "substituted LiBH4
(A and B) … compared to C", with only the samples it compares them with besides) and which pairs nothing off by
'respectively', belongs to each. A sentence
of two such statements ("The enthalpies of both A and B are 100 kJ/mol, and those of both C and D are 135 kJ/mol")
is read clause by clause, with the same guards inside each."""
from __future__ import annotations

import re

from ingest.extraction.samples.material_cues import LIST_GAP
from ingest.extraction.samples.samples_systems import plus_additive, sample_without
from ingest.extraction.text.comparison_words import COMPARED_WITH, comparison
from ingest.extraction.text.hedge_words import APPROXIMATING, hedged
from ingest.extraction.text.nlp import system_of
from ingest.extraction.text.preparation_words import PLACING_PREFIX_VERBS, PREFIX_VERBS
from ingest.extraction.text.sample_words import BASELINE_WORDS, SAMPLE_NOUNS
from ingest.extraction.values.value_lists import samples_cut_at_hyphens
from ontology.models import Measurement
from ontology.system import host_formula
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

# "both", "the two", "these three", "all three": the words that say the value is each one's
_EACH = gated(re.compile(r"\b(?:both|(?:the|these|those)\s+(?:two|three|four)|all\s+(?:three|four))\b", re.I))
_COUNT = {"both": 2, "two": 2, "three": 3, "four": 4}
# (the same words for the subject of a claim said of each sample: ingest.extraction.mechanisms.mechanisms)
EACH_WORDS, COUNT_OF = _EACH.pattern.pattern, _COUNT
# "the binary combined systems", "these composites": a plural sample noun (the ontology's SampleNoun words) takes up
# every sample named before, unless its words set some apart ("the doped samples", "the pristine ones": a baseline
# word or a participle of modification, the ontology's BaselineWord and prefix verbs)
_PLURAL_SAMPLES = re.compile(rf"\b(?:the|these|those)\s+(?:(?!(?:{BASELINE_WORDS}|(?:[\w-]+-)?(?:{PREFIX_VERBS}|"
                             rf"{PLACING_PREFIX_VERBS}))\b)[a-z][a-z-]*\s+){{0,3}}?{SAMPLE_NOUNS}(?<=s)\b", re.I)
# "the catalysed samples", "all the doped composites": a plural sample noun after a participle of modification takes
# up the samples named before when every one of them was modified (no baseline among them for the words to set apart)
_MODIFIED_PLURAL = gated(re.compile(rf"\b(?:the|these|those|all(?:\s+the)?)\s+(?:[\w-]+-)?(?:{PREFIX_VERBS}|"
                                    rf"{PLACING_PREFIX_VERBS})\s+(?:[a-z][a-z-]*\s+)?{SAMPLE_NOUNS}(?<=s)\b", re.I))
# a sample named as the reference of a comparison ("… 90 °C below pristine A", "… than A"): no subject of the value
_REFERENCE_BEFORE = re.compile(rf"\b(?:than|below|above|{COMPARED_WITH})\s+"
                               rf"(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?(?:{BASELINE_WORDS}\s+)?$", re.I)
# a list in brackets right after the noun it spells out ('substituted LiBH4 (A and B)'); the gap after that noun
_OPEN_BEFORE = re.compile(r"[\w)]\s*\(\s*$")
_CLOSE_AFTER = re.compile(r"\s*\)")
_EXPLAINED = re.compile(r"\s*\(\s*")
# the word that names what the sentence's samples are set against, after their list
_COMPARED = comparison(r"\s", more=("over",))
# the list opens the sentence: at most an article or 'both' before its first member
_OPENS = re.compile(r"\W*(?:(?:the|both|our|these)\s+)?", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# from the list to its first value: one clause, no break and no new subject ("…, and the product conducts")
_ONE_CLAUSE = re.compile(r"[^\d,;:()]*?(?=\d)")
_NEW_SUBJECT = re.compile(r"\b(?:the|this|its|their|that)\s+(?:[a-z][\w-]*\s+)?(?:products?|composites?|mixtures?|"
                          r"samples?|materials?|compounds?|phases?|electrolytes?)\b|\bwere\b|\bwas\b", re.I)
# where a sentence joins two statements, each with a subject of its own: "…; …", ", and those of …",
# ", whereas …", ", while …", ", but …"
_CLAUSE_BREAK = re.compile(r";|,\s+(?:(?:and|but)\s+(?=th(?:ose|at)\s+of\b)|whereas\b|while\b|but\b)", re.I)
# words before a list that make it a reference, not the clause's subject ("higher than both A and B")
_NOT_SUBJECT = re.compile(r"\b(?:than|compared|relative|versus|vs|over|with|from|to|unlike|like)\b", re.I)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# "They decomposed at …": the plural pronoun opening the sentence takes up every sample the paragraph just listed
# (English; a 'respectively' pairs its values off instead)
_THEY_OPEN = re.compile(r"\W*they\b", re.I)
# "A as well as B": the list itself says the value is each one's, wherever it stands in the sentence
_AS_WELL_AS = re.compile(r"\bas\s+well\s+as\b", re.I)


# "for both A and B", "both the A and B", "all three of the": 'both' leading the list (no other word between)
BOTH_LEADS = re.compile(r"\b(?:both|all\s+(?:three|four))\s+(?:of\s+)?(?:the\s+)?$", re.I)


def _said_of_each(text: str, run: list) -> bool:
    """The coordinated list is joined by 'as well as' ('250 °C for A as well as B'): like 'both A and B'."""
    return any(_AS_WELL_AS.search(text, a[0].end, b[0].start) for a, b in zip(run, run[1:]))


def _apposed_subject(text: str, systems, run: list) -> bool:
    """The list, in brackets after the noun it spells out, names the samples the sentence is about ("nanoconfinement
    of substituted LiBH4 (A and B) raises … compared to C and D, with an activation energy of …"): every other
    sample is that noun or one the sentence compares them with, named after its word of comparing."""
    first, last = run[0][0], run[-1][0]
    if not (_OPEN_BEFORE.search(text, 0, first.start) and _CLOSE_AFTER.match(text, last.end)) \
            or _CLAUSE_BREAK.search(text, last.end):
        return False   # (a second statement, "…; A shows …", has a subject of its own)
    compared = _COMPARED.search(text, last.end)
    listed = {id(m) for m, _ in run}
    return compared is not None and all(
        id(m) in listed or m.start >= compared.end()
        or m.end <= first.start and _EXPLAINED.fullmatch(text, m.end, first.start) for m, _ in systems)


def _reference(text: str, m) -> bool:
    """The mention is the reference a value is set against ('… some 90 °C below pristine A'), not a subject."""
    return _REFERENCE_BEFORE.search(text, max(0, m.start - 50), m.start) is not None


def _coordinated(text: str, systems) -> list:
    """The longest run of (mention, system) pairs written as one list ('A and B', 'A, B and C')."""
    best: list = []
    run: list = []
    for m, s in systems:
        if run and LIST_GAP.fullmatch(text, run[-1][0].end, m.start):
            run.append((m, s))
        else:
            run = [(m, s)]
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 else []


# "for both Ti-doped and undoped NaAlH4", "both the Ni-catalysed and the pristine MgH2": one value said of the sample
# with the prefix's additive and of the one without it
# ("in either the undoped or the titanium-doped state", "both the pristine and the Ni-catalysed MgH2": either order,
# 'either … or' as 'both … and', the additive as its formula or its element's name)
_MADE = rf"(?P<additive>[A-Z][A-Za-z0-9()]*|[a-z]+)[-‐](?i:(?:co-?)?(?:{PREFIX_VERBS}))"
_BOTH_MADE_AND_NOT = re.compile(rf"(?i:\b(?:both|either)\s+(?:the\s+)?)(?:{_MADE}(?i:\s+(?:and|or)\s+(?:the\s+)?"
                                rf"{BASELINE_WORDS})|(?i:{BASELINE_WORDS}\s+(?:and|or)\s+(?:the\s+)?)"
                                rf"{_MADE.replace('additive', 'additive_after')})\b")


def _additive_named(said: re.Match[str]):
    """The bare additive the prefix names: its formula ('Ti-doped'), or its element's name ('titanium-doped')."""
    name = said.group("additive") or said.group("additive_after")
    if name[0].islower():
        term = vocabulary().lookup(name, "Material")
        name = term.formula if term is not None and term.formula else ""
    return system_of(name) if name else None


def of_doped_and_undoped(text: str, out: list[Measurement]) -> list[Measurement]:
    """``out`` with a copy of each value said of "both X-doped and undoped" samples for the one the value lacks:
    the sample with X where the value was read for the bare one, and without X where it was read for the doped."""
    said = _BOTH_MADE_AND_NOT.search(text) if out and ("both" in text.lower() or "either" in text.lower()) else None
    additive = _additive_named(said) if said else None
    if additive is None or not additive.bare:
        return out
    copies = []
    for m in out:
        other = sample_without(m.system, additive) or plus_additive(m.system, additive)
        if other.name != m.system.name and all(o.system.name != other.name or o.value != m.value for o in out):
            copies.append(m.model_copy(update={"system": other}))
    return out + copies


def each_of_them(text: str, out: list[Measurement], systems, earlier: list) -> list[Measurement]:
    """``out`` with a copy of a value for every other sample of the coordinated subject it was said of.
    ``earlier``: the samples the sentence before gave values to, which 'the two …' (or 'They …' opening the
    sentence) refers to when the sentence names no list of its own."""
    if not out or not (each := _EACH.search(text) or _PLURAL_SAMPLES.search(text)
                       or (_THEY_OPEN.match(text) if len(earlier) > 1 and not _RESPECTIVELY.search(text) else None) or (
            _MODIFIED_PLURAL.search(text) if len(earlier) > 1 and not any(s.bare for s in earlier) else None)) \
            and not systems:
        return out
    whole = _of_the_sentence(text, out, systems, earlier, each)
    return whole if len(whole) > len(out) else out + _clause_by_clause(text, out, systems)


def _of_the_sentence(text: str, out: list[Measurement], systems, earlier: list, each) -> list[Measurement]:
    """``out`` with a copy of a value for each member of the sentence's one coordinated subject."""
    run = _coordinated(text, systems)
    if run:
        each = each or _said_of_each(text, run)
        apposed = _apposed_subject(text, systems, run)
        if not apposed and (len(run) != len(systems) or not (each or _OPENS.fullmatch(text, 0, run[0][0].start))):
            return out   # another sample named too, or a list that is no subject ("… than A and B")
        clause = _ONE_CLAUSE.match(text, run[-1][0].end)
        if not each and not apposed and (clause is None or _NEW_SUBJECT.search(clause.group(0))):
            return out   # "A and B were milled, and the product conducts …": the value is another sample's
        members = [s for _, s in run]
    elif each and (cut := _cut_at_hyphens(text, systems, each)):
        members = cut   # "both the Ni- and Co-doped samples": the additives cut at their hyphens, one sample each
    elif each and len(earlier) >= 2 and len({s.name for m, s in systems if not _reference(text, m)}
                                            - {s.name for s in earlier}) == 0 \
            and _COUNT.get(each.group(0).split()[-1].lower(), len(earlier)) == len(earlier):
        members = list(earlier)   # ("the two …" of three samples named before: not each of them)
    else:
        return out
    if _RESPECTIVELY.search(text) and not each:
        return out
    names = {s.name for s in members}
    # ("80 and 97 kJ/mol for both A and B": 'both' leading the list itself says each value is every member's, two
    # values of one property too, unless 'respectively' pairs them off)
    every = bool(run) and not _RESPECTIVELY.search(text) \
        and BOTH_LEADS.search(text, max(0, run[0][0].start - 30), run[0][0].start) is not None
    # (each value's copies in the order the samples were named, the value itself in its sample's place)
    whole: list[Measurement] = []
    for m in out:
        # ("LiBH4 doped with TiF3, NbF5 or ZrCl4. All three composites start at …": the value the sentence read for the
        # members' bare host, named by no word of its own, is each member's)
        of_host = not run and m.system.bare and all(host_formula(s) == host_formula(m.system) for s in members)
        if m.baseline or m.system.name not in names and not of_host \
                or not every and sum(x.property == m.property for x in out) != 1:
            whole.append(m)
            continue
        whole.extend(m if s.name == m.system.name else m.model_copy(update={"system": s}) for s in members)
    return whole


# "1.5 μm thick A, B and C films", "200-nm-thick A and B layers": the thickness written before the list it describes;
# "A, B and C, each 300 nm thick": after it, 'each' saying it is every member's
_THICK_BEFORE_LIST = re.compile(r"\s*-?\s*thick\s+(?:(?:the|both)\s+)?$", re.I)
_EACH_THICK_AFTER = re.compile(rf",?\s*(?:each|all)\s+{hedged(APPROXIMATING)}?\d[\d.]*\s*[μµnm]?m\s*-?\s*thick\b", re.I)


def each_listed_thickness(text: str, out: list[Measurement], systems) -> list[Measurement]:
    """``out`` with a thickness written for a list of samples ('1.5 μm thick A, B and C films', 'films of A, B and C,
    each 300 nm thick') given to every member of the list, not the first or last alone."""
    if not out or "thick" not in text:
        return out
    run = _coordinated(text, systems)
    if not run or not (_THICK_BEFORE_LIST.search(text, max(0, run[0][0].start - 20), run[0][0].start)
                       or _EACH_THICK_AFTER.match(text, run[-1][0].end)):
        return out
    members = [s for _, s in run]
    names = {s.name for s in members}
    whole: list[Measurement] = []
    for m in out:
        if m.property not in _THICKNESS_KEYS or m.system.name not in names \
                or any(x is not m and x.property == m.property and x.system.name in names for x in out):
            whole.append(m)
            continue
        whole.extend(m if s.name == m.system.name else m.model_copy(update={"system": s}) for s in members)
    return whole


_THICKNESS_KEYS = frozenset({"film_thickness", "coating_thickness"})


def _cut_at_hyphens(text: str, systems, each) -> list:
    """The samples of the one list of additives cut at their hyphens that the sentence names ('both the TiF3- and
    NbF5-doped MgH2'), when they are as many as 'both', 'the three' … say; else []."""
    lists = samples_cut_at_hyphens(systems, text)
    count = _COUNT.get(each.group(0).split()[-1].lower()) if isinstance(each, re.Match) else None
    if len(lists) != 1 or count is not None and len(lists[0]) != count:
        return []
    return lists[0]


# (", and the onset temperature was …": 'and' opening a statement with a subject of its own also joins two, for
# the values said of each sample of a list led by 'for both', "… 95 kJ/mol for both A and B, and the …")
_AND_NEW_STATEMENT = re.compile(rf"{_CLAUSE_BREAK.pattern}|,\s+and\s+(?=(?:the|its|their)\s)", re.I)
# "… is 95 kJ/mol for both A and B": the list after its values, 'for both' (or 'all three') leading it
_FOR_EACH = re.compile(r"\b(?:for|of|in)\s+(?:both|all\s+(?:three|four))\s+(?:the\s+)?$", re.I)


def _clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the statements a sentence joins (the whole sentence when it joins none)."""
    spans, lo = [], 0
    for b in _AND_NEW_STATEMENT.finditer(text):
        spans.append((lo, b.start()))
        lo = b.end()
    return [*spans, (lo, len(text))]


def _clause_by_clause(text: str, out: list[Measurement], systems) -> list[Measurement]:
    """Copies of each clause's single value of a property for every member of that clause's own coordinated
    subject ("both A and B are 100 kJ/mol, and those of both C and D are 135 kJ/mol")."""
    spans = _clauses(text)
    if len(spans) < 2:
        return []
    in_span = [[(m, s) for m, s in systems if lo <= m.start and m.end <= hi] for lo, hi in spans]
    added: list[Measurement] = []
    for (lo, hi), own in zip(spans, in_span):
        run = _coordinated(text, own)
        led = _FOR_EACH.search(text, max(lo, run[0][0].start - 30), run[0][0].start) if run else None
        # (a list led by 'for both' after its values is no subject when a reference's word comes between them:
        # "… 20 °C lower than for both A and B"; the verb before the values, "amounts to", is none)
        since = max((n.end() for n in _NUMBER.finditer(text, lo, run[0][0].start)), default=lo) if led else lo
        if not run or len(run) != len(own) or _RESPECTIVELY.search(text, lo, hi) \
                or _NOT_SUBJECT.search(text, since, run[0][0].start):
            continue   # another sample named in the clause, values paired off, or a list that is no subject
        each = _EACH.search(text, lo, hi) or _said_of_each(text, run)
        if not (each or _OPENS.fullmatch(text, lo, run[0][0].start)):
            continue
        after = _ONE_CLAUSE.match(text, run[-1][0].end, hi)
        if not led and (after is None or not each and _NEW_SUBJECT.search(after.group(0))):
            continue   # no value of the list in this clause
        names = {s.name for _, s in run}
        written = {float(n) for n in _NUMBER.findall(text, lo if led else run[-1][0].end, hi)}
        elsewhere = {s.name for k, other in enumerate(in_span) if spans[k] != (lo, hi) for _, s in other}
        # the clause's values: of a member, written in this clause (a member named in another clause too
        # is told apart by the number written here)
        mine = [m for m in out if not m.baseline and m.system.name in names
                and (m.system.name not in elsewhere or m.value in written)]
        for m in mine:
            if sum(x.property == m.property for x in mine) != 1:
                continue   # two values of the property in the clause: not one said of each
            added += [m.model_copy(update={"system": s}) for _, s in run if s.name != m.system.name]
    return added
