"""How the values of a list sentence pair with what the sentence names around them, whatever the
author's wording: a method clause set between a subject and its values ("The peak temperatures of A and
B, measured by DSC at 5 K/min, were 523 and 551 K"), …
"""
from __future__ import annotations

import re

from ingest.extraction.samples.material_cues import formed_after
from ingest.extraction.samples.samples_systems import (
    bare_sample,
    has_hydrogen,
    in_place_of_its_part,
    joined_system,
    plus_additive,
    sample_without,
    unfilled_sample,
)
from ingest.extraction.text.amounts import AMOUNT, AMOUNT_OF
from ingest.extraction.text.comparison_words import CLAUSE_CONJUNCTION, COMPARED_WITH, CONTRAST_CONJUNCTION
from ingest.extraction.text.hedge_words import APPROXIMATING, LIMITING, NEARLY, hedged
from ingest.extraction.text.lacking import LACKING_ADDED
from ingest.extraction.text.preparation_words import PREFIX_VERBS
from ingest.extraction.text.quantity_text import Group, _dims, compatible_keys
from ingest.extraction.text.sample_words import BASELINE_WORDS, adding_nouns
from ontology.elements import formula_symbols, hydrogen_itself
from ontology.system import SystemParseError, analyse_system, hydride_system, storage_metal
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .property_cues import cue_table, stems

# the settings said right after a value: "… within 10 min at 300 °C", "… below 200 °C"
_SETTINGS = r"(?:\s+(?:at|under|within|in|after|for|below|above|upon)\s+(?:[^,;.()]|\.(?=\d)){1,30}?)*"
_GAS = r"(?:\s+(?:H2|hydrogen))?"   # "5.8 wt% H2"


# ", as recorded by TPD at 2 °C/min, were": a participle clause set off by commas, then
# the verb whose complement the value is ("were", "are", "amounted to", "were found to be")
_ASIDE_OPEN = re.compile(r",\s*(?:as\s+)?(?:[a-z]+ly\s+)?(?:measured|determined|recorded|obtained|evaluated|estimated|"
                         r"calculated|derived|assessed|detected|observed|tested|collected|extracted|fitted|"
                         r"deduced)\b", re.I)
_COPULA_AFTER = re.compile(r"\s*,\s*(?:(?:were|was|are|is|amount(?:ed|s)?\s+to|reach(?:ed|es)?|la[yi]|lies|lie)"
                           r"(?:\s+(?:found|determined|measured|calculated|estimated|shown)\s+(?:to\s+be|as))?"
                           rf"(?:\s+(?:at|to|around|near))?)\s*{hedged(APPROXIMATING)}?$", re.I)


def interposed_setting(text: str, g: Group, gs: list[Group], prev_end: int) -> tuple[int, int] | None:
    """The span of a method clause set off by commas between the sentence's subject and ``g``, whose
    setting (the condition ending at ``prev_end``) is what made ``g`` read as a condition, else None."""
    if not _COPULA_AFTER.fullmatch(text, prev_end, g.start):
        return None
    if not any(o.end == prev_end and o.role == "condition" for o in gs):
        return None
    opened = None
    for m in _ASIDE_OPEN.finditer(text, max(0, prev_end - 120), prev_end):
        opened = m
    if opened is None or re.search(r"[,;]", text[opened.end():prev_end]):
        return None
    return opened.start(), prev_end


# a list set against another: "…, well below those of pure X (A and B)", "… versus A and B for Y"
_SET_AGAINST = re.compile(rf"\b(?:{COMPARED_WITH}|than|compared|against|whereas|while|unlike|"
                          r"(?:those|the\s+ones|the\s+values)\s+(?:of|for))\b", re.I)


def keys_again(g: Group, said: list[tuple[Group, list[str]]], text: str) -> list[str]:
    """'the energies of desorption and absorption were A and B, respectively, well below those of pure X
    (C and D)': a list of as many values set against an earlier list whose values each took their own
    property takes the same properties in the same order, unless its own words name a property."""
    if g.kind != "list":
        return []
    for o, keys in reversed(said):
        if not keys or o.end > g.start or len(o.numbers) != len(g.numbers) or _dims(o.unit) != _dims(g.unit):
            continue
        between = text[o.end:g.start]
        if not _SET_AGAINST.search(between) or _names_property(between, g.unit):
            return []
        return list(keys)
    return []


def _names_property(words: str, unit: str | None) -> bool:
    """The words name, in full, one of the properties a value in ``unit`` can be."""
    st = set(stems(words))
    table = cue_table()
    return any(all(w in st for w in lab) for k in compatible_keys(unit)[0] for lab in table.get(k, []) if lab)


# "the Nb2O5- and TiO2-containing samples": a word cut at its hyphen shares the last word's ending
_CUT_AT_HYPHEN = re.compile(r"[^\s-]+[-‐]$")
_ENDING = re.compile(r"[-‐](?:co-?)?[a-z]+$")


def suspended(words: list[str]) -> list[str]:
    """The words of a list with a suspended hyphen completed: ['Nb2O5-', 'TiO2-doped'] →
    ['Nb2O5-doped', 'TiO2-doped'] (a word without one is left as written)."""
    ending = _ENDING.search(words[-1]) if words else None
    if ending is None or not any(_CUT_AT_HYPHEN.fullmatch(w) for w in words[:-1]):
        return words
    return [w[:-1] + ending.group(0) if _CUT_AT_HYPHEN.fullmatch(w) else w for w in words]


# "132, 118 and 125 kJ/mol were obtained for A, B and C": a passive verb between the values and the
# samples they were found for
PASSIVE_FOR = re.compile(r"\s*(?:were|was|are|is|have\s+been|has\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|nd|ht)\s+"
                         r"(?:for|in|with|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")


# "LiAlH4 doped with TiCl3 and with VCl3": the preposition said again for the second additive
# (", with Pd and Mg layers of …" is no such list: the preposition must come again after 'and'/'or')
_WITH_AGAIN = re.compile(r"\b(?:and|or)\s+(?:(?:doped|catalys\w*|catalyz\w*|mixed|milled)\s+)?(?:with|by)\s+"
                         rf"(?:{AMOUNT_OF})?$", re.I)


def with_again(named: list, systems, text: str) -> list:
    """The systems a list names, in order, with an additive named on its own after a repeated 'with'
    made the sample it stands for: the host of the modified sample before it with that additive."""
    out = list(named)
    for k in range(1, len(out)):
        s, prev = out[k], out[k - 1]
        m = next((m for m, t in systems if t is s), None)
        if m is None or not s.bare or has_hydrogen(s) or prev.bare \
                or not _WITH_AGAIN.search(text, max(0, m.start - 50), m.start):
            continue
        out[k] = plus_additive(unfilled_sample(prev), s)
    return out


# the words between a material's name and a class word that names it again ("Mg-25Al alloy hydride": the alloy, then
# its hydride): at most one lower-case word
_RENAMED_GAP = re.compile(r"\s+(?:[a-z]+\s+)?")


def named_once(systems: list, text: str) -> list:
    """``systems`` (mention, system pairs in order) without a mention that names the system of the mention right
    before it again ("Mg-25Al alloy hydride", "Mg90Al10 hydride": one sample, not two a list could pair values with)."""
    out: list = []
    for m, s in systems:
        if out and out[-1][1].name == s.name and out[-1][0].end <= m.start \
                and _RENAMED_GAP.fullmatch(text, out[-1][0].end, m.start):
            continue
        out.append((m, s))
    return out


# "For comparison, …", "As a reference, …": a sentence that opens by saying it names a reference; the
# sample it gives values for is not what the text goes on about ("In contrast, the doped X …" may well be)
REFERENCE_SENTENCE = gated(re.compile(r"\s*(?:for|by|in)\s+(?:comparison|reference)\b|\s*as\s+(?:a\s+)?"
                                r"(?:reference|comparison|benchmark|control)\b", re.I))


# ", whereas …", "; while …", "; …": a clause set against the one before, with a subject of its own
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
# ("in contrast, B …" opens a clause; "in contrast to 287 °C for B" names a reference, as "compared with" does)
CONTRAST_CLAUSE = re.compile(rf"(?=[,;w])(?:[,;]\s*(?:{CONTRAST_CONJUNCTION}|in\s+contrast(?!\s+(?:to|with)\b))\b"
                             r"|;|\bwhereas\b)", re.I)


def own_clause(text: str, g: Group, named: list) -> list:
    """The (mention, system) pairs a value can belong to: when the value sits in a contrasting clause that
    names a sample of its own before it ("…, while pure Mg2NiH4 has an enthalpy of 64 kJ/mol"), only
    that clause's samples and those after the value; else all of ``named``."""
    cut = None
    for m in CONTRAST_CLAUSE.finditer(text, 0, g.start):
        cut = m.end()
    if cut is None:
        return named
    own = [x for x in named if cut <= x[0].start and x[0].end <= g.start]
    return own + [x for x in named if x[0].start >= g.end] if own else named


# "… 5.1 wt% for MgH2–Ni and 4.3 wt% …", "… 5.1 wt% for A, but only 0.8 wt% …": the words between two values
# said each of its own sample, in parallel
# (a word may hold a formula's bracketed groups: "for Mg(BH4)2–TiF3 whereas", "Li4(BH4)(NH2)3")
# (a dot before a digit is a formula's fractional count, no full stop: 'for La0.8Mg0.2Ni3.4')
_FOR_WORD = r"(?:[^\s,;.()]|\.(?=\d)|\([^\s,;.()]*\))+"
_NAMED_FOR = rf"(?:for|of|in|with)\s+(?:{_FOR_WORD}\s+){{0,5}}?{_FOR_WORD}\s*,?\s*"   # "for the Ni-doped MgH2,"
_SIDE_BY_SIDE = rf"(?:and|but|while|whereas|versus|vs\.?)\s*(?:(?:{LIMITING}|{APPROXIMATING})\s*)?(?:to\s+)?"
PARALLEL_GAP = re.compile(rf"{_GAS}{_SETTINGS}\s*(?:(?:when|if|once)\s+)?"
                          r"(?:(?:doped|catalys\w*|catalyz\w*|modified)\s+)?"
                          rf"{_NAMED_FOR}{_SIDE_BY_SIDE}", re.I)
# the words that name the sample a value is for, right after it: "for", "in the case of"
FOR_SAMPLE = r"(?:for|in\s+the\s+case\s+of)"
_FOR_AFTER = re.compile(rf"\s*{FOR_SAMPLE}\s+(?:the\s+)?\S")
# ("is 416 °C for A versus 435 °C for B": the first of such values, with the next one after its sample;
# "(365 K for A and 490 K for B)": joined by 'and', the next value has a 'for' of its own)
_PARALLEL_AFTER = re.compile(rf"\s*{_NAMED_FOR}(?:(?:versus|vs\.?|whereas|while|compared\s+(?:with|"
                             rf"to))\s*(?:(?:{LIMITING}|{APPROXIMATING})\s*)?\d"
                             rf"|and\s+(?:(?:{LIMITING}|{APPROXIMATING})\s*)?\d[^,;()]{{0,30}}?\s{FOR_SAMPLE}\s)", re.I)
# ("380 °C for A, 350 °C for B and 340 °C for C": a member of a comma list stands after a comma alone)
# ("… 93 kJ/mol for A and the peak temperature was 121 °C for B": after the 'and', a clause that names its own property
# and a copula before the value)
_OWN_NAMED_CLAUSE = (r"(?:(?:the|its)\s+)?(?:[a-z][\w-]*\s+){1,4}?(?:was|were|is|are|reached|reaches|of)\s+"
                     rf"(?:(?:{LIMITING}|{APPROXIMATING})\s*)?")
_PARALLEL_BEFORE = re.compile(rf"\d[^,;.\d()]{{0,12}}\s+(?:{_NAMED_FOR}{_SIDE_BY_SIDE}(?:{_OWN_NAMED_CLAUSE})?|"
                              rf"(?:for|of|in|with)\s+(?:{_FOR_WORD}\s+){{0,5}}?{_FOR_WORD}\s*,\s*)$", re.I)


def parallel_for(text: str, g: Group) -> bool:
    """Is ``g`` one of values set side by side, each followed by the sample it is for ("reached 5.1 wt%
    for A and 4.3 wt% for B"): 'for' right after it, and a value with its own 'for …' right before?"""
    return bool(_FOR_AFTER.match(text, g.end)) and (bool(_PARALLEL_BEFORE.search(text, max(0, g.start - 90), g.start))
                                                    or bool(_PARALLEL_AFTER.match(text, g.end)))


# "both exceed 10 mS/cm", "all three release about 5 wt%", "each of them reaches": a value said of every
# sample just listed (a verb or two between the word and the value)
_OF_EACH = re.compile(r"\b(?:both(?!\s+(?:of\s+)?(?:the\s+)?(?:samples?|composites?)\s+(?:and|or)\b)"
                      r"|all\s+(?:three|four|five|of\s+them)"
                      r"|each\s+of\s+them|they\s+all)\s+"
                      r"(?:(?!(?:below|above|under|at|up|to|from|in|on|for|of|with|within|than)\b)[a-z]+\s+){1,3}?"
                      rf"(?:(?:{LIMITING}|{APPROXIMATING}|{NEARLY})\s*)?$", re.I)


_HOW_MANY = {"both": 2, "three": 3, "four": 4, "five": 5}


def said_of_each(text: str, g: Group, listed: int) -> bool:
    """Is ``g`` said of each of the ``listed`` samples named before ('… whereas at 120 °C both exceed
    10 mS/cm')? 'both' says two, 'all three' three."""
    m = _OF_EACH.search(text, max(0, g.start - 50), g.start)
    if m is None:
        return False
    count = next((v for w, v in _HOW_MANY.items() if re.match(rf"(?:all\s+)?{w}\b", m.group(0), re.I)), None)
    return count is None or count == listed


_OF = re.compile(r"\s*(?:of\s+)?")


# "5, 10 and 15 wt%": a list of amounts (a quick look before the sentence's numbers are grouped)
LISTED_AMOUNTS = re.compile(r"\d\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)\d+(?:\.\d+)?\s*"
                            r"(?:wt|mol|vol|at|mass|v/v)\s*\.?\s*%", re.I)


def prepared_series(gs: list[Group], systems, text: str) -> list:
    """'MgH2 was milled with 5, 10 and 15 wt% TiO2': the samples a list of amounts of one additive makes, one
    per amount (what a later list of as many values pairs with), else []."""
    for a in gs:
        if a.role == "amount" and a.kind == "list":
            return _series_of(a, systems, text)
    return []


def amount_series(g: Group, gs: list[Group], systems, text: str, context=None) -> list:
    """'108, 97 and 84 kJ/mol for MgH2 doped with 1, 3 and 5 mol% NbF5, respectively': one sample per
    amount of a list of as many amounts, of the hydride named before the amounts with the material named
    right after them; else []. ("The composites with 2, 5 and 10 wt% X reach …, respectively": with no
    hydride named before the amounts, of the hydride of ``context``, the paragraph's sample.)"""
    n = len(g.numbers)
    for a in gs:
        if a.role != "amount" or a.kind != "list" or len(a.numbers) != n or not a.unit:
            continue
        out = _series_of(a, systems, text, context)
        if out:
            return out
    return []


def _series_of(a: Group, systems, text: str, context=None) -> list:
    """One sample per amount of the list ``a``: the hydride named before it with the material right after it
    (the hydride of ``context`` when the sentence names none before the amounts)."""
    if not a.unit:
        return []
    end = _OF.match(text, a.end).end()
    add = next((s.name for m, s in systems if m.start == end and not has_hydrogen(s)), None)
    host = next((s for m, s in reversed(systems) if m.end <= a.start and has_hydrogen(s)
                 and not re.search(r"[;.]", text[m.end:a.start])), None)
    if host is None and add is not None and context is not None and has_hydrogen(context) \
            and not any(m.end <= a.start and has_hydrogen(s) for m, s in systems):
        host = unfilled_sample(context)
    # ("MgH2 was milled with 5 and 10 wt% TiO2": one mention, the sample read with the additive and no amount)
    # (the mention may span the host's name only, its sample holding the additive named after the amounts)
    holding = next((s for m, s in reversed(systems) if m.start < a.start and len(s.additives) == 1
                    and not re.search(r"[;.]", text[m.end:a.start])
                    and any(text.startswith(w, end) for w in (s.additives[0].text, s.additives[0].formula) if w)), None)
    if (add is None or host is None) and holding is not None:
        host, add = unfilled_sample(holding), holding.additives[0].formula
    if add is None or host is None:
        return []
    unit = re.sub(r"[\s.%]", "", a.unit)
    unit = {"v/v": "vol"}.get(unit, unit)
    out = [joined_system(host.name, f"{x.value:g} {unit}% {add}") for x in a.numbers]
    return out if all(out) else []


# a value's label written as a symbol with its subscript and an equals sign ("σ(K+) = 2 × 10−4 S cm−1",
# "sigma_Na = …", "Ea(Li) = …"): notation before the number, no word of the clause
VALUE_LABEL = r"(?:[^\W\d_]{1,5}\s*(?:\([^()\s]{1,6}\)|_?[^\W_]{1,4}\+?)?\s*=\s*)"
# between coordinated samples and their values: a common noun, a verb or two, no number, no clause break
# (a structure label may come before the noun: "A and B BCC alloys showed …", the ontology's StructureLabel scheme)
_SUBJECT_TO_VALUES = re.compile(rf"(?:\s+{vocabulary().scheme_alternation('StructureLabel')}\b)?"
                                r"(?:\s+(?:electrodes?|composites?|samples?|electrolytes?|anodes?|materials?|"
                                r"systems?|films?|alloys?))?"
                                rf"\s*,?\s+(?:[a-z]+\s+){{1,7}}?(?:(?:{APPROXIMATING}|{LIMITING})\s*)?"
                                rf"{VALUE_LABEL}?", re.I)
# between materials named together: "TiC and graphene", "Ni, Co and Fe", "A, B or C" (a comma, a
# conjunction or both); "or" offers a choice, its own group: the readers that take only "and" say so
COORDINATED = re.compile(r"\s*(?:,\s*|(?=(?:and|or)\s))(?:(?:and|(?P<or>or))\s+)?(?:the\s+)?")


def coordinated(text: str, start: int, end: int, *, choice: bool) -> bool:
    """Whether ``text[start:end]`` is the gap between two names coordinated ('and' or a comma; with
    ``choice`` also 'or')."""
    m = COORDINATED.fullmatch(text, start, end)
    return m is not None and (choice or m.group("or") is None)


def _read_as_host(s) -> bool:
    """'Mg48Ni48B4': a name of several elements the hydride rules read as a sample's host though it holds no hydrogen
    as written (broader than a storage alloy, ``ontology.hosts.storage_alloy``: an oxide or an electrolyte named as
    a subject too)."""
    return len(re.findall(r"[A-Z]", s.host.formula)) >= 2 and hydride_system(s)


def coordinated_before(g: Group, systems, text: str) -> bool:
    """'The capacities of A and B electrodes were 1420 and 1310 mAh/g': a list of values right after
    as many samples coordinated as the clause's subject pairs up as 'respectively' would."""
    n = len(g.numbers)
    before = [(m, s) for m, s in systems if m.end <= g.start]
    if g.kind != "list" or n < 2 or len(before) < n:
        return False
    named = before[-n:]
    if not all(has_hydrogen(s) or not s.bare or _read_as_host(s) for _, s in named):
        return False
    if not all(coordinated(text, a[0].end, b[0].start, choice=True) for a, b in zip(named, named[1:])):
        return False
    if len(before) > n and coordinated(text, before[-n - 1][0].end, named[0][0].start, choice=True):
        return False    # more samples coordinated than values
    return bool(_SUBJECT_TO_VALUES.fullmatch(text, named[-1][0].end, g.start))


def set_against_list(g: Group, lists: list[Group], systems, text: str) -> bool:
    """'… were 9.2 and 7.1 wt%, versus a theoretical 11.4 and 11.7 wt%': a list of as many values set
    against a list paired with its samples, naming no sample of its own, pairs with the same samples."""
    if g.kind != "list" or re.match(r"\s*(?:for|of|in|on)\b", text[g.end:]):
        return False
    return any(o.end <= g.start and len(o.numbers) == len(g.numbers) and _dims(o.unit) == _dims(g.unit)
               and _SET_AGAINST.search(text, o.end, g.start) and not re.search(r"[;.]\s", text[o.end:g.start])
               and not any(o.end <= m.start < g.start for m, _ in systems) for o in lists)


# "…, compared with 980 mAh/g", "… versus a theoretical 11.4 wt%": a value set right against the one before
AGAINST_GAP = re.compile(rf"{_GAS}{_SETTINGS}\s*,?\s*(?:compared\s+(?:with|to)|versus|vs\.?|against|"
                         r"than(?:\s+that\s+of|\s+those\s+of)?|"
                         r"relative\s+to)\s+(?:(?:a|an|the|its)\s+)?(?:(?:theoretical(?:ly)?|calculated|expected)\s+)?"
                         rf"(?:value\s+of\s+)?{hedged(APPROXIMATING, LIMITING)}?", re.I)


# "the Ni-, Co- and Fe-doped MgH2": additives cut at their hyphen, listed before the last one's prefix
_CUT_ADDITIVE = r"[A-Z][A-Za-z0-9()·]*[-‐]"
# ("the NiO-doped and CoO-doped samples": each prefix written in full, the verb said again)
_CUT_OR_WHOLE = rf"{_CUT_ADDITIVE}(?:(?:co-?)?(?:{PREFIX_VERBS})\b)?"
_CUT_LIST = re.compile(rf"((?:{_CUT_OR_WHOLE}\s*,\s*)*{_CUT_OR_WHOLE}\s*,?\s*(?:and|or)\s+(?:the\s+)?)$")
# (the additive's whole name: 'TiF3-', not 'F3-')
_CUT_WORD = re.compile(rf"({_CUT_ADDITIVE.removesuffix('[-‐]')})[-‐]")


def prefixed_samples(g: Group, systems, text: str) -> list:
    """'The peak temperatures of the Ni-, Co- and Fe-doped MgH2 are …, respectively': one sample of the
    host per additive cut at its hyphen, in order, then the sample the last prefix named; else []."""
    return next((cut for cut in samples_cut_at_hyphens(systems, text) if len(cut) == len(g.numbers)), [])


def samples_cut_at_hyphens(systems, text: str) -> list[list]:
    """Each list of samples written as additives cut at their hyphens before one prefixed sample ('the Ni-, Co-
    and Fe-doped MgH2'): the host with each cut additive, in order, then the sample the last prefix named."""
    from ingest.extraction.text.nlp import system_of
    from ingest.extraction.text.samples_words import PREFIX
    found = []
    for p in PREFIX.finditer(text):
        cut = _CUT_LIST.search(text, max(0, p.start() - 80), p.start())
        if cut is None:
            continue
        sample = next((s for m, s in systems if m.start <= p.start() < m.end and not s.bare), None)
        adds = [system_of(w) for w in _CUT_WORD.findall(cut.group(1))]
        if sample is None or not adds or any(a is None for a in adds):
            continue
        base = unfilled_sample(sample)
        found.append([plus_additive(base, a) for a in adds] + [_last_prefixed(sample, base, adds, p.group("add"))])
    return found


def _last_prefixed(sample, base, adds: list, last: str | None):
    """The sample the last prefix names: its mention's system, unless that holds a cut additive too (read from a
    paragraph whose sample has them all: 'doped with NiO and CoO. … the NiO-doped and CoO-doped samples'), when it is
    the host with the last prefix's additive alone."""
    from ingest.extraction.text.nlp import system_of
    cut = {a.host.formula for a in adds}
    if last is None or not any(c.formula in cut for c in sample.additives):
        return sample
    own = system_of(last)
    return plus_additive(base, own) if own is not None else sample


def bare_and_modified(g: Group, systems, text: str) -> list:
    """'The undoped and 5 mol% TiF3-doped LiBH4 show … 380 and 250 °C, respectively': the bare sample the
    word names, then the modified sample named after it; else []."""
    if len(g.numbers) != 2:
        return []
    bare_first = re.compile(rf"\b{BASELINE_WORDS}\s*(?:,\s*)?(?:and|or|vs\.?|versus)\s+(?:the\s+)?"
                            rf"(?:{AMOUNT}\s*)?$", re.I)
    for m, s in systems:
        if m.end <= g.start and not s.bare and bare_first.search(text, max(0, m.start - 40), m.start):
            return [unfilled_sample(s), s]
    return []


# "…, and the MgH2–Co composite 4.8 wt%", "… and Mg(BH4)2@CNT at 298 °C": after the first value's own
# settings, a joined clause with a sample of its own and no verb before its value
# (a comma alone joins one too, in a series: "A at 185 °C, the TiCl3-doped sample at 120 °C and …")
_GAPPED = re.compile(rf"{_SETTINGS}\s*(?:,?\s*{CLAUSE_CONJUNCTION}\s+|,\s*)(?:the\s+)?"
                     r"(?P<subject>(?:[^\s,;]+\s+){1,4}?)"
                     rf"(?:(?:at|of|one\s+of|{LIMITING}|{APPROXIMATING})\s*)?", re.I)
_VERB_LIKE = re.compile(r"\b(?:\w+(?:s|ed)|is|are|was|were|has|have|had|shows?|gives?|gave|reach\w*|releas\w*|"
                        r"absorb\w*)\s+$", re.I)


# "the former at 240 °C, the latter at 260 °C", "…, and the latter one of 262 °C": a sample pointed back to
# names the joined clause's subject (ingest/extraction/attribution/former_latter.py says which), joined by a comma alone
# too
_GAPPED_POINTED = re.compile(rf"{_SETTINGS}\s*[,;]?\s*(?:{CLAUSE_CONJUNCTION}\s+)?"
                             r"(?:(?:that|those)\s+(?:of|for)\s+)?the\s+(?:former|latter)\s+"
                             rf"(?:(?:is|was|are|were|at|of|one\s+of|{LIMITING}|{APPROXIMATING})\s*)*", re.I)


def gapped_clause(text: str, first: Group, g: Group, mentions: list) -> bool:
    """Is ``g`` the value of a clause joined after ``first`` that names its own sample and leaves the verb
    out ('A absorbs 5.5 wt% at 200 °C, and B 4.8 wt% at 225 °C')?"""
    if "latter" in text and _GAPPED_POINTED.fullmatch(text, first.end, g.start):
        return True
    m = gapped_join(text, first, g)
    return m is not None and any(m.start("subject") <= x.start < m.end("subject") for x in mentions)


def gapped_join(text: str, first: Group, g: Group) -> re.Match[str] | None:
    """The words between ``first`` and ``g`` when they join a clause that leaves its verb out (', and B 4.8 wt%',
    ', and LiBH4–LiBr a conductivity of'): its subject is the 'subject' group; else None."""
    m = _GAPPED.fullmatch(text, first.end, g.start)
    if m is not None and _COMMA_ONLY.fullmatch(text, first.end, m.start("subject")) \
            and _NO_LISTED_SUBJECT.search(m.group("subject")):
        return None   # (", respectively (bulk LiAlH4: 150 °C)": an aside, no clause of the series)
    return None if m is None or _VERB_LIKE.search(m.group("subject")) else m


# (joined by a comma alone: only a sample's words, no bracket, colon or 'respectively', make the series' next clause)
_COMMA_ONLY = re.compile(rf"{_SETTINGS}\s*,\s*(?:the\s+)?", re.I)
_NO_LISTED_SUBJECT = re.compile(r"[():]|\brespectively\b", re.I)


# "… 2.5 wt% without it", "… 0.9 wt% without the catalyst", "… without any additive": the sample bare
_WITHOUT_ANY = re.compile(r"\s*(?:H2\s+|hydrogen\s+)?"
                          r"(?:(?:at|under|within|in|below|above)\s+(?:[^,;.()]|\.(?=\d)){1,25}?\s+)?"
                          rf"{LACKING_ADDED}", re.I)
# "… 7.1 wt% below 200 °C when doped with NbF5", "… drops to 98 kJ/mol with TiCl3": the sample with it
# ("… 90 kJ/mol (with Nb2O5)": said in a bracket after the value)
# (the setting between is one, a list of settings at most: "at 300 and 250 °C with Fe"; "at 300 °C and 5.2 wt% with
# Fe" names another value, which the 'with' is of)
_NEXT_CLAUSE = (r"(?:but|while|whereas)\b|and\s+\d+(?:\.\d+)?(?![\d.])\s*(?![\s\d])"
                r"(?!°C|K\b|bar\b|MPa\b|kPa\b|atm\b|min\b|h\b|s\b)")
# the gas and the one setting that may stand between a value and the words naming its sample (the setting's prepositions
# filled in by each reader)
_GAS_AND_SETTING = (r"\s*(?:H2\s+|hydrogen\s+)?(?:\(\s*)?"
                    r"(?:(?:{})\s+(?:(?!" + _NEXT_CLAUSE + r")[^,;.()]|\.(?=\d)){{1,25}}?\s+)?")
_WITH_AFTER = re.compile(_GAS_AND_SETTING.format("at|under|within|in|below|above") +
                         r"(?:(?:when|if|once|after\s+being)\s+)?(?:(?:doped|catalys\w*|catalyz\w*|modified|mixed)\s+)?with\s+"
                         rf"(?:{AMOUNT_OF})?$", re.I)


# "… 141 °C for CeCl3", "… from 124 kJ/mol for doping graphene to …": the sample a value is given for, named by the
# additive it holds (a settings phrase may stand between: "… 5.2 wt% at 300 °C for Fe")
# (not 'in': "… 4.2 wt% in contrast to 3.2 wt% for Mg2Ni" names another value's sample)
_GIVEN_FOR = re.compile(_GAS_AND_SETTING.format("at|under|within|below|above") +
                        r"for\s+(?:the\s+)?(?:"
                        + adding_nouns("DopingNoun", "AddingGerundNoun", "PuttingInNoun", "IntroductionNoun")
                        + r"\s+(?:(?:of|with)\s+)?"
                        rf"(?:the\s+)?)?(?:{AMOUNT_OF})?$", re.I)
# what makes the material after 'for' name no sample of its own: a prefix ("for Ni-doped MgH2"), a participle or
# 'in' putting it into a host named after it ("for Ni in MgH2"), or a noun it modifies ("for Ni particles")
_NOT_THE_SAMPLE_NAMED = re.compile(r"[-‐]|\s+(?:alone|in|on|into|doped|catalys\w*|catalyz\w*|modified|added|particles?|"
                                   r"nanoparticles?|crystallites?|grains?)\b", re.I)


# "… 5.8 wt% H2 at 300 °C and": the value before, its settings, and the 'and' that joins the next one
_AFTER_A_VALUE = re.compile(r"\d\s*[%°A-Za-zµ][^\s,;()]*[^,;.()]{0,30}?(?:,\s*|\s+)(?:and|but|while|whereas)\s+"
                            rf"{hedged(LIMITING, APPROXIMATING)}?$", re.I)


def last_value_apart(text: str, g: Group) -> bool:
    """A list whose last value is joined as a clause of its own ('85 kJ/mol, and 92 kJ/mol', '5.8 wt%, but only
    5.2 wt%'): what the words right after it say ('with Fe') is that value's alone."""
    return g.kind == "list" and len(g.numbers) > 1 and bool(_AFTER_A_VALUE.search(text, g.numbers[-2].start,
                                                                                   g.numbers[-1].start))


def last_value_alone(g: Group) -> Group:
    """The last value of a list as a group of its own, the list's unit and end kept (for ``with_or_without``)."""
    last = g.numbers[-1]
    return Group("single", [last], g.unit, last.start, g.end, last.qualifier, g.role, g.key)


def said_without(text: str, g: Group) -> bool:
    """'… 2.5 wt% without it': the value is the sample's without its additives (a baseline)."""
    return bool(_WITHOUT_ANY.match(text, g.end))


def with_or_without(text: str, g: Group, s, systems, raw=()):
    """The sample a value belongs to, given the words right after it: 'without it' / 'without the
    catalyst' is the subject without its additives, 'when doped with X' / 'with X' the subject with X
    (a material that stores no hydrogen, by its formula or, in ``raw`` mentions, its name in words:
    "(with carbon aerogel)"); else the subject as it is."""
    if not s.bare and _WITHOUT_ANY.match(text, g.end):
        return unfilled_sample(s)
    if last_value_apart(text, g):
        return s   # ("85 kJ/mol, and 92 kJ/mol with Fe": the 'with' is the last value's alone, read by the caller)
    given_for = _given_for(text, g, s, systems, raw)
    if given_for is not None:
        return given_for
    if (subject_s := _changed_to_of_subject(text, g, s, systems)) is not None:
        return subject_s
    for m, t in systems:
        if m.start > g.end and m.start - g.end <= 60 and not has_hydrogen(t) and t.bare \
                and _WITH_AFTER.fullmatch(text, g.end, m.start) and not formed_after(text, m.end):
            # (not "… from 180 °C with NH3 emission": a gas it gives off; "MgH2–Ni releases 6 wt% and 5.2 wt% with
            # Fe": after another value of the subject, the additive said with this one is in place of the subject's)
            instead = in_place_of_its_part(s, t) if _AFTER_A_VALUE.search(text, 0, g.start) else None
            return instead or plus_additive(s, t)
    for m in raw:
        if m.kind == "Material" and m.term and g.end < m.start <= g.end + 60 \
                and not any(x.start == m.start for x, _ in systems) and _WITH_AFTER.fullmatch(text, g.end, m.start):
            joined = joined_system(s.name, m.text)
            added = joined.components[-1] if joined is not None else None
            if added is not None and added.role and "H" not in formula_symbols(added.formula):
                return joined
    return s


def _given_for(text: str, g: Group, s, systems, raw=()):
    """The sample a value is given for by the additive it holds ("the peak lay at 141 °C for CeCl3 and at 166 °C
    for TiCl3", "from 124 kJ/mol for doping graphene to 86 kJ/mol for doping Ti2C"): the subject's host with that
    additive in place of the subject's additives (its hydride partners kept); None when no
    additive is named so right after the value. A hydride after 'for' is a sample of its own, no additive."""
    if " for " not in text[g.end:g.end + 90]:
        return None
    return given_for_after(text, g.end, s, systems, raw)


# the unit of the first value of a change, written before the 'for' of its sample ("from 124 kJ/mol for …")
_UNIT_BEFORE_FOR = re.compile(r"\s*[^\s\d,;()]{1,8}(?:\s[^\s\d,;()]{1,6})?(?=\s+for\s)")


def given_for_first(text: str, g: Group, s, raw):
    """The sample the first value of a change is given for by the additive after it ("fell from 124 kJ/mol for
    doping graphene to 86 kJ/mol …": MgH2 with graphene, the reference the change is from), else None."""
    first, nxt = g.numbers[0], g.numbers[1]
    unit = _UNIT_BEFORE_FOR.match(text, first.end, nxt.start)
    return given_for_after(text, unit.end() if unit else first.end, s, [], raw, limit=nxt.start)


def given_for_after(text: str, at: int, s, systems, raw=(), limit: int | None = None):
    """``_given_for`` of the words from ``at`` (before ``limit``)."""
    end = min(at + 90, limit if limit is not None else len(text))
    for m, t in systems:
        if at < m.start <= end and _GIVEN_FOR.fullmatch(text, at, m.start):
            # (a hydride, or a metal or alloy that stores hydrogen itself, "… for Mg2Ni alone", is a sample of its own)
            if has_hydrogen(t) or not t.bare or storage_metal(t.host.formula) \
                    or _NOT_THE_SAMPLE_NAMED.match(text, m.end):
                return None
            return _sample_holding(s, t)
    for m in raw:
        if m.kind in ("Material", "SYSTEM") and at < m.start <= end \
                and not any(x.start == m.start for x, _ in systems) and _GIVEN_FOR.fullmatch(text, at, m.start):
            added = _additive_named(m.text)
            # ("0.4 eV for H atoms in the Mg lattice": hydrogen after 'for' is what moves or binds, no additive)
            if added is None or storage_metal(added.host.formula) or hydrogen_itself(added.host.formula) \
                    or _NOT_THE_SAMPLE_NAMED.match(text, m.end):
                return None
            return _sample_holding(s, added)
    return None


# "… from ∼124 kJ/mol for doping graphene to ∼86 kJ/mol": the value a change went to, right after the value it came
# from and the additive that value was given for
_FROM_FOR_TO = re.compile(rf"\bfrom\s+{hedged(APPROXIMATING)}?\d+(?:\.\d+)?\s*"
                          r"(?:[^\s\d,;()]{1,8}(?:\s[^\s\d,;()]{1,6})?\s+)?"
                          r"for\s+(?:(?:doping|adding|addition\s+of|incorporating)\s+)?(?:the\s+)?(?P<ref>[^\s,;()]+)\s+"
                          rf"to\s+{hedged(APPROXIMATING)}?$", re.I)


def _changed_to_of_subject(text: str, g: Group, s, systems):
    """'… where the Ti2C exhibits the best effect, with Ea falling from ∼124 kJ/mol for doping graphene to
    ∼86 kJ/mol': the value a change went to, when the value it came from was given for an additive, is not that
    additive's sample but the one of the additive the clause is about — the nearest material put into no other
    sample before the 'from' (its host the subject's). None when the words are otherwise or no such material is
    named."""
    came = _FROM_FOR_TO.search(text, max(0, g.start - 120), g.start)
    if came is None or came.end() != g.start:
        return None
    return _sample_changed_to(text, came.start(), came.group("ref"), s, systems)


def changed_to_sample(text: str, g: Group, s, reference, systems):
    """``_changed_to_of_subject`` of a change read as one group ("lowering Ea from 140 kJ/mol for doping TiO2 to 95
    kJ/mol"), whose ``reference`` sample the first value was given for: the sample of the new value, else None."""
    if not reference.additives:
        return None
    return _sample_changed_to(text, g.start, reference.additives[-1].formula, s, systems)


def _sample_changed_to(text: str, at: int, ref: str, s, systems):
    """The sample of the value a change went to, the change said from ``at`` and its first value given for the
    additive ``ref`` (see ``_changed_to_of_subject``)."""
    came_start = at
    held = [c for c in s.additives if ref in (c.formula, c.text)]
    if s.additives and not held:
        return None    # (a sample that does not hold the first value's additive was read otherwise)
    before = [(m, t) for m, t in systems if _clause_start(text, came_start) < m.start and m.end <= came_start
              and t.bare and not has_hydrogen(t) and not storage_metal(t.host.formula)
              and t.host.formula != ref and m.text != ref]
    if before:
        return _sample_holding(s, before[-1][1])
    # (no other additive named in the clause: the new value is at least not the first one's sample)
    lacked = _additive_named(held[0].formula) if held else None
    rest = sample_without(s, lacked) if lacked is not None else None
    return rest if rest is not None and rest.additives else None


# ", lowering …", ", reducing …": a participle clause, whose subject is the one of the clause before it
_PARTICIPLE_CLAUSE = re.compile(r"[,;:]\s*(?:thus\s+|thereby\s+|further\s+)?[a-z]+ing\b")


def _clause_start(text: str, at: int) -> int:
    """Where the clause that holds ``at`` begins (after its comma, semicolon or colon), a participle clause read
    as part of the clause before it ("Nb2O5 works best, lowering Ea from …": Nb2O5 is what lowers it)."""
    start = max(text.rfind(p, 0, at) for p in (",", ";", ":"))
    while start > 0 and _PARTICIPLE_CLAUSE.match(text, start):
        start = max(text.rfind(p, 0, start) for p in (",", ";", ":"))
    return start


def _sample_holding(s, added):
    """The subject ``s`` as the sample that holds ``added``: itself when it does ("310 °C for the silica" of
    LiBH4@SiO2), else its host with ``added`` in place of its additives (its hydride partners kept)."""
    if added.host.formula in {c.formula for c in s.additives}:
        return s
    return in_place_of_its_part(s, added) or plus_additive(bare_sample(s), added)


def _additive_named(name: str):
    """A material named in words ('graphene') read as a system of its own, else None (a hydride, a class)."""
    try:
        found = analyse_system(name).system
    except (SystemParseError, ValueError):
        return None
    vocab = vocabulary()
    if not found.bare or has_hydrogen(found) or any(c.term and vocab.children(c.term) for c in found.components):
        return None
    return found
