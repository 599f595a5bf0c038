"""The sample a passage carries into a sentence that names no hydride of its own: the paragraph's hydride with the
additives a preparation sentence names ('Subsequently, 5 wt% graphene was added'), the loadings a later step writes
for additives it already had, an additive named again ('the Ni'), a reagent a phase formed in situ came from ('from
NiCp2'), and whether a material is put in within a clause set against another value ('200 °C, whereas …'). Apart
because it reads the passage, not the sentence: ``samples`` asks it only when the sentence names no hydride.
"""
from __future__ import annotations

import re

from ingest.extraction.text.amounts import AMOUNT_GROUPS
from ingest.extraction.text.comparison_words import CLAUSE_CONTRAST
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention
from ingest.extraction.text.preparation_words import (
    ADDING_BEFORE,
    MADE_BY_ROUTE,
    MILLED,
    PREPARING,
    PREPARING_FIRST,
    PREPARING_STEMS,
    PUT_INTO_SAMPLE,
    REPLACING,
)
from ingest.extraction.text.sample_words import SAMPLE_NOUNS
from ingest.extraction.text.samples_words import _PLACED, ELEMENT, IN_SITU
from ontology.elements import formula_symbols
from ontology.hosts import storage_alloy
from ontology.models import MaterialSystem
from ontology.system import host_formula, written_elements
from ontology.vocabulary import vocabulary
from ontology.word_gate import Gated

from .samples_additives import additive, family_named
from .samples_notations import framework_in_brackets
from .samples_systems import _amount, _parsed, _with, bare_sample, has_hydrogen, is_reagent, loading, unfilled_sample

# A sentence that prepares a catalyst without naming the hydride ("Guan et al. incorporated Ti into
# an MgO lattice …") is about the paragraph's hydride with that catalyst.
_PRECURSOR_AFTER = re.compile(r"\s+(?:solutions?|precursors?)\b", re.I)


# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
# (a participle before a sample's noun, "the doped sample", "the as-prepared composite", names a sample, not
# a preparation: a value sentence about it prepares nothing)
# ("Ni/C was made by a wet route", "was obtained via pyrolysis", "was produced by …", "were grown by …": a making
# verb of a made additive with the route it was made by; alone these verbs more often say what a result gave,
# "62 kJ/mol was obtained for …", or what a material was made from, "obtained from glucose")
# (searched only where the sentence holds one of the words' stems: most hold none)
_PREPARES = Gated(re.compile(rf"(?={PREPARING_FIRST})\b(?:{PREPARING}\b"
                             rf"|{MADE_BY_ROUTE}\s+(?:[a-z]+ly\s+)?(?:by|via|through|using)\b)"
                             rf"(?!\s+(?:[a-z][\w-]*\s+)?{SAMPLE_NOUNS}\b)", re.I), PREPARING_STEMS)


# (what a value is owed to, "owing to metallic Fe", "attributed to the in situ formed TiH2", is an explanation)
# ('like' as a word of comparison, not the end of a form word: "flower-like MoS2" is prepared)
# "pores of 4 nm that can anchor Ni catalyst particles", "channels, which could host TiO2": a material in a clause
# that says what the sample could take (a relative pronoun, a modal, no clause break after) was not put into it
POSSIBLE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:(?:it|they)\s+)?(?:can|could|may|might)\s[^,;.]*$", re.I)


_NOT_PREPARED = re.compile(r"\b(?:than|compared|unlike|versus|without|instead of|rather than|between|alone|similar|(?<![-‐])like|"
                           r"owing to|due to|attributed to|ascribed to|because of|thanks to|"
                           r"forms?|formed|forming|into|produc\w*|yield\w*)\b[^,;]*$"
                           r"|\b(?:from|reduc\w* to|decompos\w*|using)\s+(?:\S+\s+){0,2}$", re.I)


_FORMING_BEFORE = re.compile(r"(?=[fgpt])\b(?:formation\s+of|forming|to\s+form|formed|forms|generat\w*|produc\w*)\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}$", re.I)


_AUTHOR_AFTER = re.compile(r"\s+et\s+al\b")


_BETWEEN_BEFORE = re.compile(r"\bbetween\b[^.;()]*$", re.I)


# "Mg2Ni formed in situ through the hydrogenation of NiCp2": the reagent a phase formed from
_SOURCE_BEFORE = re.compile(r"\b(?:through|via|by|from)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?$", re.I)


def _source_reagent(text: str, m: Mention) -> bool:
    """A reagent of the ontology (NiCp2) named as what a phase formed in situ came from: a precursor
    the sample was made with, which joins it in the role the ontology gives reagents in a sample."""
    return m.kind == "Material" and bool(m.term) and is_reagent(m.term) and bool(IN_SITU.search(text)) \
        and bool(_SOURCE_BEFORE.search(text, max(0, m.start - 40), m.start))


def context_sample(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
                   context: MaterialSystem | None) -> MaterialSystem | None:
    """The paragraph's hydride with the one or two additives a preparation sentence names, when the
    sentence names no hydride of its own; None otherwise."""
    if context is None:
        return None
    loadings: dict[str, str] = {}
    adds = prepared_additives(text, found, ms, context, loadings)
    adds = [a for a in adds if a in loadings or not _member_of_family(_formula_of(a), context)]
    if not adds:
        return None   # (no additive prepared: no loading given to one either, nor a sample joined)
    # ("NiO was milled with MgH2. Then Fe was added.": a second step adds to the sample as it is, and what it
    # adds is new even when an additive before holds its element; a preparation of its own starts from the
    # bare hydride)
    afterwards = _ADDED_AFTERWARDS.search(text) is not None
    # ("Adding 25 wt% carbon black to the electrode" after 0.7MgH2–0.3TiH2: put into the sample the passage names
    # by its noun, the additive joins that sample with all its parts, not its bare hydride)
    into_it = _INTO_THE_SAMPLE.search(text) is not None and not _REPLACING.search(text)
    if afterwards and loadings:
        loaded = loading_given(context, adds, loadings)
        if loaded is not None:
            return loaded   # "Subsequently, 5 wt% Ni was added" of the title's MgH2–Ni: that additive's loading
    if not adds or all(_one_of_its_additives(a, context, whole_only=afterwards) for a in adds):
        return None  # "Adding Al2O3 lowers …" of the Al2O3 composite: the paragraph's sample as it is
    bare = context if afterwards or into_it else unfilled_sample(context)
    joined = _with(bare, [("–", a, loadings.get(a)) for a in adds], set())
    return joined if joined is not bare else None


# "Adding 25 wt% of carbon black to the electrode", "Super P was mixed into the composite", "milling 5 wt% Ni into
# this sample": an adding word, then 'to'/'into' the passage's sample named by its noun (the ontology's SampleNoun),
# words only between ("into the Mg3Ag alloy system" names another material, not the passage's sample)
_INTO_THE_SAMPLE = re.compile(rf"\b(?:{ADDING_BEFORE}|{PUT_INTO_SAMPLE}|{MILLED})\b[^.;]{{0,80}}?\b(?:in)?to\s+"
                              rf"(?:the|this|that|our)\s+(?:(?-i:[a-z][a-z-]*)\s+){{0,2}}?{SAMPLE_NOUNS}\b", re.I)


# ('Adding Fe to the composite instead of Ni', 'in place of the catalyst': an addition that replaces a part starts
# from the bare sample, as a new one)
_REPLACING = re.compile(rf"\b(?:instead|in\s+place\s+of|rather\s+than|{REPLACING})\b", re.I)


def loading_given(context: MaterialSystem, adds: list[str], loadings: dict[str, str]) -> MaterialSystem | None:
    """``context`` with the loadings a later step writes for additives it already has without one (the
    title named the sample "LiAlH4 by Ni", the body adds "5 wt% Ni nanoparticles"); None when the step names
    another additive or every one it names has its loading."""
    given: dict[str, str] = {}
    for a in adds:
        formula = _formula_of(a)
        match = next((c for c in context.additives if c.formula == formula), None)
        if match is None:
            return None
        if match.amount is None and a in loadings:
            given[match.formula] = loadings[a]
    if not given:
        return None
    parts = [("–", c.formula, given.get(c.formula) or loading(c)) for c in context.additives]
    joined = _with(bare_sample(context), parts, set())
    return joined if len(joined.additives) == len(context.additives) else None


def _member_of_family(formula: str, context: MaterialSystem) -> bool:
    """``formula`` is an alloy of partial substitution ('La0.75Mg0.25Ni3.5Co0.2', ``storage_alloy``) holding every
    metal of the passage's sample, a family of alloys named by its metals ('La–Mg–Ni alloys', ``family_named``;
    'La–Mg–Ni–Co electrodes') or a bare alloy they are read as ('Mg–Ni alloys': Mg2Ni): a sentence preparing it
    without a loading ('The La0.75Mg0.25Ni3.5Co0.2 alloy was prepared by induction melting') prepares the member
    studied, a sample of its own, not an additive put into the family."""
    if not storage_alloy(formula) or not (family_named(context) or context.bare):
        return False
    metals = {e for c in context.components for e in written_elements(c.formula)}
    return len(metals) > 1 and metals <= set(written_elements(formula))


def _formula_of(add: str) -> str:
    """The formula an additive's notation reads as ('V2C MXene' is V2C), else the notation."""
    parsed = _parsed(add)
    return parsed.host.formula if parsed is not None and parsed.bare else add


# "5 wt% graphene", "10 wt% of flower-like MoS2": the loading a preparation step gives the additive it adds (a
# word or two of form may stand between; a preposition or conjunction ends the phrase)
_LOADING_BEFORE = re.compile(rf"(?<![\w.])(?:{AMOUNT_GROUPS})\s*(?:of\s+)?(?:(?:the|an?)\s+)?"
                             rf"(?:(?!(?:and|or|with|to|in|into|of|on|was|were|is|are)\b)[a-z][\w-]*\s+){{0,2}}$", re.I)


# "Then Fe was added", "TiO2 was subsequently introduced", "Subsequently, 5 wt% graphene was added": a step after
# the one that made the passage's sample, adding to it
_AFTERWARDS = r"(?:then|subsequently|afterwards|later|further|additionally|next|finally)"


_ADDING_VERB = r"(?:added|introduced|incorporated)"


# ((?=[…]): the first letters of both word lists, which let a search pass other positions at once)
_ADDED_AFTERWARDS = re.compile(rf"(?=[tsalfnai])(?:\b{_AFTERWARDS}\b[^.;]*?\b{_ADDING_VERB}\b|\b{_ADDING_VERB}\s+{_AFTERWARDS}\b)",
                               re.I)


def _one_of_its_additives(add: str, context: MaterialSystem, whole_only: bool = False) -> bool:
    """Is ``add`` an additive of ``context`` named again: the whole, a part of a supported one ('Ni' or 'C'
    of 'Ni/C', 'Ni@C'), or (unless ``whole_only``) an element of one written on its own ('Ni' of 'NiO': its
    state, "metallic Ni")?"""
    for c in context.additives:
        parts = re.split(r"[/@]", c.formula)
        if add == c.formula or add in parts or _formula_of(add) == c.formula:
            return True
        if not whole_only and ELEMENT.fullmatch(add) and add != "C" and add in formula_symbols(c.formula) \
                and add not in formula_symbols(context.host.formula):
            return True
    return False


# "halide dual-substituted", "halide-substituted", "hydride co-substituted": what follows a class of compounds when
# it sits on the sites of the compound's own lattice (its formula shows it), no additive mixed in
# "argyrodite electrolytes", "argyrodite-type conductors": a material naming the kind of the electrolytes made
_KIND_OF_SAMPLE_AFTER = re.compile(r"(?:-type)?\s+(?:(?:solid[- ]state|solid|superionic|fast[- ]ion)\s+)?"
                                   r"(?:electrolytes?|conductors?)\b", re.I)


_SUBSTITUTED_AFTER = re.compile(r"[\s-]+(?:[a-z]+-)?(?:co-?)?substituted\b", re.I)


# "The onset is 200 °C, while doping with Fe2O3 gives 240 °C": a clause set against the one before (a comma, then a
# conjunction of contrast), no clause break after it
_CONTRAST_CLAUSE_BEFORE = re.compile(rf",\s*{CLAUSE_CONTRAST}\b[^,;.]*$", re.I)


def set_against_a_value(text: str, start: int, since: int = 0) -> bool:
    """Is the material at ``start`` put in within a clause set against a clause before it that gave a value ('200 °C,
    while doping with Fe2O3 gives …'), after ``since`` (a value's end)? That clause makes another sample: neither the
    paragraph's sample nor an additive of the value before it."""
    contrast = _CONTRAST_CLAUSE_BEFORE.search(text, since, start)
    return contrast is not None and any(c.isdigit() for c in text[:contrast.start()])


def prepared_additives(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention],
                       context: MaterialSystem | None = None, loadings: dict[str, str] | None = None) -> list[str]:
    """The one or two additives a preparation sentence that names no hydride prepares ("the carbon
    was soaked in a MgBu2 solution"), else []; ``loadings`` (when given) receives the loading written
    before an additive ("Subsequently, 5 wt% graphene was added"), by additive."""
    if not _PREPARES.search(text):
        return []   # (asked first: no preparation said, whatever the sentence names)
    host = host_formula(context) if context is not None else None
    first_add = next((m.end for m in ms if m.kind in (SYSTEM_LABEL, "Material") and not _AUTHOR_AFTER.match(text, m.end)
                      and (x := next((s for o, s in found if o.start == m.start), None)) is not None
                      and not has_hydrogen(x)), -1)
    first_comma = text.find(",", first_add) if first_add >= 0 else -1
    def later_host(m, s) -> bool:
        # the paragraph's host named again in a later clause ("…, which distorts the lattice of MgH2") after
        # the preparation named its additive: still that host, no other sample
        return host is not None and host_formula(s) == host \
            and 0 <= first_comma < m.start and s.bare
    if any(has_hydrogen(s) and not _FORMING_BEFORE.search(text, max(0, m.start - 40), m.start)
           and not later_host(m, s) for m, s in found):
        return []  # (a hydride the additive forms with the host, "enabling the formation of Mg2Ni(Cu)H4", is no sample named)
    by_start = {m.start: s for m, s in found}
    adds: list[str] = []
    last_end = 0
    for k, m in enumerate(ms):
        if m.kind not in (SYSTEM_LABEL, "Material") or text[max(0, m.start - 1):m.start] == "°":
            continue
        if k + 1 < len(ms) and framework_in_brackets(text, m, ms[k + 1], by_start) is not None:
            continue   # "layered double hydroxide (NiCo-LDH)": the class in words, the material in the bracket
        s = by_start.get(m.start)
        if s is not None and host_formula(s) == host \
                and not _BETWEEN_BEFORE.search(text, max(0, m.start - 60), m.start):
            if adds and later_host(m, s):
                break
            return []  # the paragraph's host named again ('Mg nanoparticles' about MgH2), not 'the solubility between Cu and Mg'
        if s is not None and host_formula(s) == host \
                or _BETWEEN_BEFORE.search(text, max(0, m.start - 60), m.start):
            continue  # what the additive is set between is no further additive
        if _PRECURSOR_AFTER.match(text, m.end) or _AUTHOR_AFTER.match(text, m.end):
            continue  # "soaked in a MgBu2 solution …": a precursor, not an additive; "Li et al.": an author
        add = additive(m, by_start.get(m.start)) or (m.text if _source_reagent(text, m) else None)
        if add is None or _NOT_PREPARED.search(text, max(0, m.start - 40), m.start) \
                or POSSIBLE_BEFORE.search(text, max(0, m.start - 60), m.start) or set_against_a_value(text, m.start):
            continue
        if s is None and _SUBSTITUTED_AFTER.match(text, m.end) and vocabulary().children(m.term or ""):
            continue  # "borohydride/halide dual-substituted argyrodites": a class in the lattice, as its formula says
        if _KIND_OF_SAMPLE_AFTER.match(text, m.end):
            continue  # "argyrodite(-type) electrolytes have been synthesized": what was made, the samples' kind
        if m.kind == SYSTEM_LABEL and m.start not in by_start:
            continue  # dropped as no material (a bond, an ion)
        on = _PLACED.match(text, last_end, m.start) if adds else None
        if on is not None and on.group("prep").lower() in ("on", "onto"):
            # "Ni nanoparticles loaded on graphene": the catalyst on its support, written catalyst/support
            # (the host's parse reads whether that is one supported catalyst)
            adds[-1] = f"{adds[-1]}/{add}"
        else:
            adds.append(add)
            loading = _LOADING_BEFORE.search(text, max(0, m.start - 40), m.start) if loadings is not None else None
            if loading is not None and loadings is not None and _amount(loading):
                loadings[add] = str(_amount(loading))
        last_end = m.end
    adds = list(dict.fromkeys(adds))
    if len(adds) > 2:
        return []  # several catalysts named side by side are alternatives, not one sample
    return adds
