"""Which property a number is a value of, from its unit and the words around it.

The unit decides which properties (and conditions) are possible; the stems of the ontology's labels and
synonyms found before and after the number decide among them. Nothing here lists properties: the cue
table is built from the ontology's vocabulary.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache

from ingest.extraction.text.comparison_words import CONTRAST_CONJUNCTION
from ingest.extraction.text.hedge_words import (
    APPROXIMATING,
    APPROXIMATING_WORDS,
    BOUND_ABOVE,
    BOUND_BELOW,
    LIMITING,
    LIMITING_WORDS,
    NEARLY,
    UP_TO,
    UP_TO_WORDS,
    bound,
    hedged,
)
from ingest.extraction.text.quantity_text import _dims, compatible_keys, qualifier_words_end
from ingest.extraction.text.sample_words import SAMPLE_NOUNS
from ontology.literal_patterns import alternation
from ontology.text_memo import per_document
from ontology.units import is_compatible, parse_unit
from ontology.vocabulary import fold, vocabulary

WORD = re.compile(r"[A-Za-zΔσα-ω+][A-Za-z0-9Δσα-ω+()\-‡≠]*")


_SUFFIXES = (("ention", "ain"), ("ational", "at"), ("ations", "at"), ("ation", "at"), ("ating", "at"), ("ated", "at"),
             ("ates", "at"), ("ate", "at"), ("ial", "iat"), ("ions", ""), ("ion", ""), ("ing", ""),
             ("ies", "y"), ("ed", ""), ("es", ""), ("s", ""), ("e", ""))


# the class nouns of compounds ("hydride", "oxides", "amide", "carbide", "iodide", "sulfide", "nitride"): "-ide"
# after the last letter of the anion's stem (not "guide", "divide")
_CLASS_NOUN = re.compile(r"(?:r|x|m|b|d|f|n|h)ides?$")


STOP_WORDS = frozenset("of the a an in at to for and or with by on from as its their".split())


# English verbs of starting, read as 'start' ("began to desorb" = "starts to desorb"); a hyphenated
# "re-" repeats the process ("re-absorbs hydrogen" absorbs hydrogen). Words, not vocabulary.
# process verbs written with an unhyphenated "re" (words, not vocabulary: the process stays the ontology's)
_AGAIN_PROCESSES = ("reabsorb", "reabsorp", "redesorb", "redesorp")   # (and their nouns: "re-absorption")
_START = frozenset("begin begins began begun beginning commence commences commenced started starting".split())
# English words of a process run to its end, read as 'complete' ("full decomposition" = "complete decomposition",
# "fully desorbed" = "completely desorbed"). Words, not vocabulary: which property they name stays the ontology's
_WHOLE = frozenset("full fully complete completely".split())


@per_document(maxsize=65536)
def stem(word: str) -> str:
    w = fold(word)
    if w in _START:
        return "start"
    if w in _WHOLE:
        w = "complete"
    if w.startswith("re-") and len(w) > 6:
        w = "re" + w[3:]           # "re-hydrogenated" is "rehydrogenated" (hydrogenated again), not "hydrogenated"
    if w.startswith(_AGAIN_PROCESSES):
        w = w[2:]                  # "reabsorbs" absorbs again, as "re-absorbs" does
    if len(w) <= 3:
        return w
    if _CLASS_NOUN.search(w):
        # "hydride(s)", "oxide": a class of compounds keeps its "-ide", so the noun never reads as the
        # process its verb names ("the hydride desorbs …" is no "hydriding temperature")
        return w[:-1] if w.endswith("s") else w
    for suf, rep in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)] + rep
    return w


def stems(text: str) -> list[str]:
    return list(_stems(text))


@per_document(maxsize=256)   # (one window of words is read by several rules: the property, its conditions, its basis)
def _stems(text: str) -> tuple[str, ...]:
    if "ransition" in text:
        text = _TRANSITION_METAL.sub(" ", text)
    words = WORD.findall(text)
    # (one look-up a word: the windows of words read are many and overlap, their words few and repeated)
    said = tuple(s for s in map(_content_stem, words) if s is not None)
    if _said_before().keys().isdisjoint(said):
        return said
    return tuple(s for i, w in enumerate(words) if fold(w) not in STOP_WORDS
                 and (s := said_stem(w, words[i + 1] if i + 1 < len(words) else "")) is not None)


@per_document(maxsize=65536)
def _content_stem(word: str) -> str | None:
    """``stem(word)``, None for a function word (``STOP_WORDS``)."""
    return None if fold(word) in STOP_WORDS else stem(word)


def said_stem(word: str, next_word: str) -> str | None:
    """The stem ``word`` is read as, followed by ``next_word``; None for a word every label says right before one
    function word when the text does not follow it with that word: "the bulk of the hydrogen release" (the main
    release) is a label's, "460 °C for the bulk" (the material in its bulk state) none; "the majority of …",
    "decomposition sets in" likewise (the labels' words in their order, where the order makes the meaning)."""
    stemmed = stem(word)
    before = _said_before().get(stemmed)
    return None if before is not None and fold(next_word) != before else stemmed


@lru_cache(maxsize=1)
def _said_before() -> dict[str, str]:
    """stem -> the function word every label (of a property, condition or method) that holds it says right after
    it: a quantity of a part ('bulk', 'majority' before 'of'), a verb of a phrase ('sets' before 'in')."""
    after: dict[str, set[str]] = {}
    for kind in ("Property", "Condition", "Technique"):
        for label in (label for term in vocabulary().terms(kind) for label in term.labels):
            words = WORD.findall(label)
            for w, following in zip(words, [*words[1:], ""]):
                if fold(w) not in STOP_WORDS:
                    # (a word followed by a content word, or ending the label, is said alone: '' is no function word)
                    nxt = fold(following)
                    after.setdefault(stem(w), set()).add(nxt if nxt in STOP_WORDS else "")
    return {w: next(iter(fw)) for w, fw in after.items() if len(fw) == 1 and "" not in fw}


# "a transition metal oxide … at 300 °C", "transition-metal sulfides": the chemists' name of a block of
# metals, never the phase transition a temperature's label names (English, not vocabulary)
_TRANSITION_METAL = re.compile(r"\btransition(?=[\s-]+metal)", re.I)


@lru_cache(maxsize=1)
def cue_table() -> dict[str, list[tuple[str, ...]]]:
    """key -> the stem tuples of its labels and synonyms (properties and conditions)."""
    vocab = vocabulary()
    table = {key: list(labels) for key, labels in _own_labels().items()}
    # a method that gives one property names it ("Kissinger analysis gives 96 kJ/mol": an Ea)
    for method in vocab.terms("Technique"):
        for prop in method.measures:
            key = vocab.get(prop).key if prop in vocab else None
            if key in table:
                table[key] += [tuple(stems(label)) for label in method.labels]
    return table


@lru_cache(maxsize=1)
def _own_labels() -> dict[str, tuple[tuple[str, ...], ...]]:
    """key -> the stem tuples of the property's (or condition's) own labels, without its methods' names."""
    return {term.key: tuple(tuple(stems(label)) for label in term.labels)
            for kind in ("Property", "Condition") for term in vocabulary().terms(kind) if term.key}


@lru_cache(maxsize=1)
def _property_keys() -> tuple[str, ...]:
    return tuple(term.key for term in vocabulary().terms("Property") if term.key)


def other_properties_named(words: str, key: str | None) -> list[str]:
    """The properties other than ``key`` that ``words`` name by one of their own labels said whole ('an increase
    in Li+ conductivity'), all of them (a word may be a label of several)."""
    return [k for k in _properties_named(words) if k != key]


@per_document(maxsize=4096)   # (the settings' rule asks it of one clause for every value before that clause)
def _properties_named(words: str) -> tuple[str, ...]:
    """The properties one of whose own labels ``words`` say whole, in the ontology's order."""
    said = keys_named(words)
    return tuple(k for k in _property_keys() if k in said)


@lru_cache(maxsize=1)
def own_property_labels() -> dict[str, tuple[tuple[str, ...], ...]]:
    """property key -> the stem tuples of its own labels (no condition's, no method's name)."""
    own = _own_labels()
    return {key: own.get(key, ()) for key in _property_keys()}


def keys_named(words: str, table: Callable[[], Mapping[str, Sequence[tuple[str, ...]]]] = own_property_labels
               ) -> set[str]:
    """The keys of ``table`` (key -> the stem tuples of its labels) one of whose labels ``words`` say whole: only
    the labels that start with a word said are read, not every label of every key."""
    return set(_labels_said(words, table))


def keys_said_longest(words: str, table: Callable[[], Mapping[str, Sequence[tuple[str, ...]]]] = own_property_labels
                      ) -> set[str]:
    """``keys_named``, the longest label winning: a key each of whose labels said lies inside a longer label said of
    another key is not named ('the activation enthalpy' says the activation energy, not the reaction enthalpy whose
    label 'enthalpy' its words hold)."""
    said = _labels_said(words, table)
    others = [(key, label) for key, labels in said.items() for label in labels]
    return {key for key, labels in said.items()
            if any(not any(label < other for k, other in others if k != key) for label in labels)}


def _labels_said(words: str, table: Callable[[], Mapping[str, Sequence[tuple[str, ...]]]]
                 ) -> dict[str, set[frozenset[str]]]:
    """key -> the stem sets of its labels (``table``'s) that ``words`` say whole."""
    if not _may_say_a_label(words, table):
        return {}
    window = set(stems(words))
    said: dict[str, set[frozenset[str]]] = {}
    for w in window:
        for key, label in _labels_by_first_word(table).get(w, ()):
            if label <= window:
                said.setdefault(key, set()).add(label)
    return said


@lru_cache(maxsize=4)
def _labels_by_first_word(table: Callable[[], Mapping[str, Sequence[tuple[str, ...]]]]
                          ) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """first stem -> (key, the stems of that label of the key), for every label of ``table``."""
    index: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for key, labels in table().items():
        for label in labels:
            if label:
                index.setdefault(label[0], []).append((key, frozenset(label)))
    return {w: tuple(labels) for w, labels in index.items()}


def _may_say_a_label(words: str, table: Callable[[], Mapping[str, Sequence[tuple[str, ...]]]]) -> bool:
    """Whether ``words`` hold, as letters, the unstemmed start of a word of some label of ``table``: a label said
    whole needs it, and a search of the letters is cheaper than stemming every word of a sentence that says none."""
    gate = _label_letters(table)
    return gate is None or gate.search(fold(words).replace("-", "")) is not None


@lru_cache(maxsize=4)
def _label_letters(table: Callable[[], Mapping[str, Sequence[tuple[str, ...]]]]) -> re.Pattern[str] | None:
    """The letters one word of each label of ``table`` is written with whatever its ending (its stem without the
    ending ``stem`` may have put on), any of them; None when some label has no such word (it is read always)."""
    starts = set()
    for labels in table().values():
        for label in labels:
            written = [w for w in map(_written_start, label) if w]
            if label and not written:
                return None
            if written:
                starts.add(max(written, key=len))
    # (as a trie: only whether one is there is asked, and a trie reads each character once, not each start)
    return re.compile(alternation(starts))


def _written_start(stemmed: str) -> str:
    """The letters every word that stems to ``stemmed`` holds (hyphens aside), '' when there are none to rely
    on: the stem without the ending ``stem`` puts on ('migrat' from 'migration' is written 'migr…'); a word of
    starting may be written otherwise ('began' is 'start')."""
    if stemmed == "start":
        return ""
    for rep in ("ain", "iat", "at", "y"):
        if stemmed.endswith(rep) and len(stemmed) - len(rep) >= 3:   # (``stem`` keeps three letters before it)
            return stemmed[: -len(rep)].replace("-", "")
    return stemmed.replace("-", "")


def properties_named(words: str) -> tuple[str, ...]:
    """The properties one of whose own labels ``words`` say whole (``_properties_named``)."""
    return _properties_named(words)


def named_by_own_label(words: str, unit: str) -> bool:
    """Whether ``words`` say whole an own label (not a method's name) of a property a value in ``unit`` can be."""
    props = compatible_keys(unit)[0]
    return any(k in props for k in _properties_named(words))


def _own_label_sets(key: str, generic: frozenset[str]) -> Iterator[frozenset[str]]:
    """The stem sets of the key's own labels, the words every candidate shares aside."""
    return (frozenset(w for w in lab if w not in generic) for lab in _own_labels().get(key, ()))


def _own_labels_said(key: str, window: set[str], generic: frozenset[str]) -> list[frozenset[str]]:
    """The stem sets of the key's own labels said whole (the words every candidate shares aside)."""
    return [lab for lab in _own_label_sets(key, generic) if lab and lab <= window]


def _more_specific_own(best: str, hit: int, others: list[str], window: set[str], generic: frozenset[str]) -> str:
    """When ``best`` won by a method's name (its ``hit`` longer than any own label of it said), the candidate whose
    own label said whole holds every own label of ``best`` said whole, and more: "the enthalpy of hydride
    formation … from the van 't Hoff plot" is the hydride formation's (absorption) enthalpy, though "formation
    enthalpy" and the method's name also name the reaction enthalpy."""
    mine = _own_labels_said(best, window, generic)
    if not mine or max(map(len, mine)) >= hit:
        return best
    for k in others:
        if any(all(lab < theirs for lab in mine) for theirs in _own_labels_said(k, window, generic)):
            return k
    return best


def _named_by_own_label(key: str, window: set[str], generic: frozenset[str]) -> bool:
    """Whether a label of the key itself (not a method's name) is said whole, the words every candidate
    shares aside (as _score reads them: "onset" names the onset temperature among temperatures)."""
    return any(lab and lab <= window for lab in _own_label_sets(key, generic))


def _score(key: str, window: set[str], generic: frozenset[str], exact_phrase: str) -> tuple[int, int]:
    """(words of the longest label said whole, 1), else (most words of a label said in part, 0): a label
    said whole ("absorbs") is not outweighed by more words of another, partly said label of the key."""
    labels, said = _label_words(key, frozenset(generic))
    if window.isdisjoint(said):
        return 0, 0   # (no word of any label said, as for most candidates of a unit: no label to count)
    # (the words said counted label by label from the few said words, not by reading every label of every
    # candidate: a label none of whose words is said has no hit and counts neither way)
    index = _label_index(key, frozenset(generic))
    hits: dict[int, int] = {}
    for w in window & said:
        for i, times in index[w]:
            hits[i] = hits.get(i, 0) + times
    whole, part = 0, 0
    for i, hit in hits.items():
        if hit == len(labels[i]):
            whole = max(whole, hit)
        elif hit >= 2:  # one shared word ("hydrogen") alone is no cue
            part = max(part, hit)
    return (whole, 1) if whole else (part, 0)


@lru_cache(maxsize=4096)
def _label_index(key: str, generic: frozenset[str]) -> dict[str, tuple[tuple[int, int], ...]]:
    """word -> (place of each of ``_label_words``' labels that holds it, how many times it does)."""
    index: dict[str, list[tuple[int, int]]] = {}
    for i, words in enumerate(_label_words(key, generic)[0]):
        for w in dict.fromkeys(words):
            index.setdefault(w, []).append((i, words.count(w)))
    return {w: tuple(places) for w, places in index.items()}


def named_by(g, words: str) -> str | None:
    """g takes the property ``words`` name by one of its labels (nothing weaker, such as a unit's usual
    property); the words when they do, else None and g stays as it was."""
    cues: list[str] = []
    role, key = choose_property(g.unit, words, "", cues)
    if role != "property" or cues != ["property:named"]:
        return None
    g.role, g.key, g.cues = role, key, cues
    return words


# "dehydrogenation of hydrogenated Li3N at 400 °C", "the decomposition of the as-milled MgH2 at …": a participle
# after an article or preposition and right before a formula says which state the material is in, not
# which process the value is of (the process is the noun that governs it)
# ("… of the hydrogenated composite", "for the rehydrogenated ternary sample": so is one before the sample's noun)
_STATE_PARTICIPLE = re.compile(r"\b(?:of|the|a|an|with|from|for|on|in|into)\s+(?:as-)?[a-z]+ed\s+"
                               rf"(?=[A-Z][a-z]?(?:[A-Z0-9(]|\b)|(?:[a-z][\w-]*\s+){{0,2}}{SAMPLE_NOUNS}\b)")


def choose_property(unit: str, before: str, after: str, cues: list[str] | None = None
                    ) -> tuple[str | None, str | None]:
    """('property'|'condition'|None, key) for a value in ``unit`` given the words around it; the
    rule that decided is appended to ``cues`` (ingest/extraction/document_wide/confidence.py)."""
    cues = [] if cues is None else cues
    role, key = _chosen(unit, _unbounded(before), after, cues)
    if role == "property" and cues and cues[-1] == "property:unit" and taken_up_key(unit, key) and taken_up_before(before):
        # ("During hydrogenation at 200 °C, 5.5 wt% was reached": a mass fraction no property word names, after
        # a word of taking hydrogen up, is the amount taken up)
        cues[-1] = "property:process"
        return role, _ABSORBED
    return role, key


def _unbounded(before: str) -> str:
    """The words before a value without the qualifier they end with: the words that bound the value are no
    property's ('Up to 6.2 wt% H2 was released': 'up' is not 'taken up'), unless a label said whole holds a
    word of the bound ('takes up to 6.2 wt%': 'takes up' said once, read twice; 'stable up to 5 V')."""
    end = qualifier_words_end(before)
    if end == len(before):
        return before
    bound, window = set(stems(before[end:])), set(stems(before))
    return before if any(not bound.isdisjoint(lab) and lab <= window for lab in _label_sets_with(bound)) \
        else before[:end]


def _label_sets_with(words: set[str]) -> list[frozenset[str]]:
    """The stem sets of the labels that hold any of ``words``."""
    return [lab for w in words for lab in _labels_by_word().get(w, ())]


@lru_cache(maxsize=1)
def _labels_by_word() -> dict[str, tuple[frozenset[str], ...]]:
    """stem -> the stem sets of every property's and condition's own labels holding it."""
    table: dict[str, list[frozenset[str]]] = {}
    for labels in _own_labels().values():
        for lab in labels:
            for w in set(lab):
                table.setdefault(w, []).append(frozenset(lab))
    return {w: tuple(labs) for w, labs in table.items()}


def _after_step(word: str, last: str) -> str:
    """'after' and the name of a step before the one the sentence reports: at most two words (``word``) before
    its last (``last``) — the one shape of the two readings below."""
    return rf"\bafter\s+(?:{word}\s+){{0,2}}{last}"


_ANY_WORD = r"[a-z][\w-]*"
# "… formed again after complete dehydrogenation at 150 °C": the value ends a clause of an earlier step
# ('after' + a few words naming it + the preposition the value follows: that preposition bounds the step's
# name, so any words may make it up)
_EARLIER_STEP = re.compile(_after_step(_ANY_WORD, _ANY_WORD) + r"\s+(?:at|to|below|above|under)\s*$", re.I)


def _without_earlier_step(before: str) -> str:
    """The words before a value without the 'after …' clause it closes: the step named there happened
    before the one the sentence reports, and its name is the value's condition, not its property."""
    m = _EARLIER_STEP.search(before)
    # (a sentence that opens on the clause, "After hydrogenation at 250 °C, …", is read as a whole by the
    # settings readers: the step's temperature is the setting of the values after it)
    return before[:m.start()] if m and before[:m.start()].strip() else before


# "96% of the capacity is retained, whereas pure Mg films lose 40%": the words before a contrast that opens the
# value's own clause are the earlier value's
# (the readers pass the words without their commas: the conjunction alone opens the clause)
_CONTRAST_OPENS = re.compile(rf"(?:\b{CONTRAST_CONJUNCTION}|;)\s", re.I)


def _own_clause_named(unit: str, before: str, after: str) -> tuple[str | None, str | None, list[str]] | None:
    """The property a label said whole in the value's own contrast clause names, when the words before it name
    another: None when the value opens no such clause or its clause names no property whole."""
    last = max(_CONTRAST_OPENS.finditer(before), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    said: list[str] = []
    role, key = _read(unit, before[last.end():], after, said)
    return (role, key, said) if role == "property" and said and said[-1] == "property:named" else None


# "Re-absorption after complete desorption occurred at 150 °C", "re-formation after full dehydrogenation is achieved
# at …": 'after' and the step before the one the sentence reports, inside the words before the value (nothing
# bounds its name there: a noun of a process ends it, with at most two words saying how far it went)
_STEP_BEFORE = re.compile(_after_step(r"(?:the|a|full|complete|completed|partial|first|initial|total)",
                                      r"[a-z][\w-]*(?:tion|sion|ing|sis)\b"), re.I)


def _without_steps_before(before: str) -> str:
    """The words before a value without the 'after <earlier step>' phrases inside them (not one that ends them:
    ``_without_earlier_step``)."""
    return _STEP_BEFORE.sub(" ", before)


# the words that make an energy a barrier: what its labels say of an activation energy ('activation energy',
# 'desorption barrier', 'energy barrier for …')
_BARRIER_STEMS = frozenset(stems("activation barrier"))


@lru_cache(maxsize=1)
def _barrier_keys() -> frozenset[str]:
    """Keys of the properties that are barriers: one of their own labels says 'activation' or 'barrier'."""
    return frozenset(k for k, labels in _own_labels().items() if any(_BARRIER_STEMS & set(lab) for lab in labels))


@lru_cache(maxsize=1)
def _per_mole() -> str:
    """The unit the ontology gives its barriers per mole (an activation energy's kJ/mol, its canonical unit): the
    per-mole spelling of an energy a text gives per particle (eV), the same quantity as a chemist converts it."""
    molar = {u for k in _barrier_keys() if (u := vocabulary().property(k).unit) and dict(_dims(u)).get("[substance]") == -1}
    # (one unit: the ontology gives every molar barrier the same one)
    (unit,) = molar
    return unit


def _barrier_per_mole(unit: str, before: str, after: str, key: str | None, cues: list[str]
                      ) -> tuple[str | None, str | None] | None:
    """'The activation energy barrier for H2 desorption … (1.02 eV)': a barrier the words name, in an energy per
    particle, read as an energy that is no barrier (a hydrogen removal energy) — the barrier per mole those
    words name whole (the desorption's activation energy; the value converts with Avogadro's number)."""
    if key is None or key in _barrier_keys() or _dims(unit) != _dims("eV") \
            or _BARRIER_STEMS.isdisjoint(stems(before)):
        return None
    said: list[str] = []
    role, molar = _read(_per_mole(), before, after, said)
    if role != "property" or molar not in _barrier_keys() or said[-1:] != ["property:named"]:
        return None
    cues[len(cues) - 1:] = said
    return role, molar


def _chosen(unit: str, before: str, after: str, cues: list[str]) -> tuple[str | None, str | None]:
    role, key = _read(unit, before, after, cues)
    if role == "property" and key is not None and _signal_peak(unit, before, key):
        cues.append("property:spectral-signal")
        return None, None
    if role == "property" and (barrier := _barrier_per_mole(unit, before, after, key, cues)):
        return barrier
    if role == "property" and ("whereas" in before or "while" in before or "but" in before or ";" in before):
        # (the conjunctions looked for first: a cheap look before the pattern)
        own = _own_clause_named(unit, before, after)
        if own is not None and own[1] != key:
            cues[len(cues) - 1:] = own[2]
            return own[0], own[1]
    if role == "property" and "fter " in before and (earlier := _without_earlier_step(before)) != before:
        # ("after", "After": a cheap look before the pattern) a property named only in the clause of an earlier
        # step is that step's: the value is its setting (a condition read the same either way is kept as read)
        said: list[str] = []
        reread = _read(unit, earlier, after, said)
        if reread[0] != "property":
            cues[len(cues) - 1:] = said
            return reread
    if role == "property" and "fter " in before and (outside := _without_steps_before(before)) != before:
        # a property named fully outside the earlier step's phrase is the value's: the step's name only says
        # what came before ("re-absorption after complete desorption … at 150 °C" is an absorption)
        said = []
        reread = _read(unit, outside, after, said)
        if reread[0] == "property" and reread[1] != key and said[-1:] == ["property:named"]:
            cues[len(cues) - 1:] = said
            return reread
    return role, key


def _read(unit: str, before: str, after: str, cues: list[str]) -> tuple[str | None, str | None]:
    if "ed " in before:
        before = _STATE_PARTICIPLE.sub(lambda m: m.group(0).split()[0] + " ", before)
    props, conds = compatible_keys(unit)
    if not props and not conds:
        return None, None
    cands = list(props) + list(conds)
    order = stems(before) + stems(after)
    window = set(order)
    generic = generic_words(tuple(cands))
    scored = []
    for k in cands:
        if window.isdisjoint(_label_words(k, generic)[1]):
            hit, full, near = 0, 0, -1   # (no word of the key's labels said, as for most: nothing to score or place)
        else:
            (hit, full), near = _score(k, window, generic, before), _nearest(k, order, generic)
        exact = _same_unit(unit, k)
        # the unit itself first: "wt%" is a mass fraction whatever the words say, "%" is not
        scored.append(((exact and _dims(unit) == (), full, hit, near), k))
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][0][2] \
            and not (scored[0][0][1] and _MEASURED_BY_NOUN.search(before) is None):
        # (labels said whole are told apart only where the value is what their noun measures, 'a size of 20 nm':
        # 'reabsorbs all released hydrogen at 30 °C' is a setting of the process, left as it was)
        scored = _untied(scored, order, generic, whole=bool(scored[0][0][1]))
    (_, full, hit, _), best = scored[0]
    if full:
        # "discharge specific capacities": a property and a narrower one both named are the narrower one
        # (named as fully: "a hydrogen storage capacity … after ten cycles" is no "cycling capacity")
        named = [k for (_, f, h, _), k in scored if f and k != best and h >= hit]
        best = next((k for k in named if _narrower(k, best)), best)
        # ("the composite releases hydrogen with T_onset = 192 °C": a narrower property named whole after the broader
        # one's words, nearer the value, is the value's, though its name is the shorter)
        said_before = stems(before)
        best = next((k for (_, f, _, _), k in scored if f and k != best and _narrower(k, best)
                     and _nearest(k, said_before, generic) > _nearest(best, said_before, generic)), best)
        shared = frozenset(generic or ())
        if not _named_by_own_label(best, window, shared):
            # a method names its property only in words that name no property themselves ("van 't Hoff
            # plots give ΔH(abs) = −70 kJ/mol" is an absorption enthalpy, not the method's usual ΔH(des))
            best = next((k for (_, f, _, _), k in scored if f and _named_by_own_label(k, window, shared)), best)
        best = _more_specific_own(best, hit, [k for (_, f, _, _), k in scored if f and k != best], window, shared)
    elif hit:
        # labels said only in part: a narrower property ties with its broader one on the words said ("the hydrogen
        # storage properties …, which releases": 'hydrogen storage' is in both names), and a part of the narrower's
        # name says nothing of what sets it apart — the broader one
        best = next((k for (_, f, h, _), k in scored if not f and h == hit and k != best and _narrower(best, k)), best)
    cues.append("property:named" if full else "property:weak" if hit else "property:unit")
    if hit == 0 and generic:
        # the words all candidates share, read with the others, name the one candidate whose label holds
        # them when they are a quantity's name of their own ("activation energies … eV", when energies of
        # several kinds share the unit; "binding energy" alone is an XPS line's, no candidate's)
        table = cue_table()
        # (a candidate none of whose label words is said has no label with two of them: not read label by label)
        whole = [k for k in cands if not window.isdisjoint(_cue_words(k))
                 and any(sum(1 for w in lab if w in window) >= 2 for lab in table.get(k, []))]
        if len(whole) == 1 and any(n <= window and any(n <= set(lab) for lab in table.get(whole[0], []))
                                   for n in _multiword_labels()):
            cues[-1] = "property:weak"
            return ("property" if whole[0] in props else "condition"), whole[0]
    if hit == 0:
        # no cue: a unit only one property uses names it, conditions are the default otherwise
        if conds and not props:
            return "condition", conds[0] if len(conds) == 1 else exact_or_first(unit, conds)
        if conds and not (_default_of(props) and not _default_of(conds)):
            # (a unit whose uncued reading is a property, "LiBH4 (~30 nm)", keeps it: a wavelength must be named)
            return "condition", exact_or_first(unit, conds)
        if len(props) == 1 and not _needs_cue(unit):
            return "property", props[0]
        exacts = _family_root([k for k in props if _same_unit(unit, k)])
        if len(exacts) == 1 and not _needs_cue(unit):
            return "property", exacts[0]
        defaults = [k for k in props if vocabulary().property(k).default_reading]
        if len(defaults) == 1 and not _needs_cue(unit):
            return "property", defaults[0]  # "LiBH4 (~30 nm)": a size the text does not name
        kin = _kin_named(props, unit, window)
        if kin is not None:
            cues[-1] = "property:unit-kin"
            return "property", kin
        converted = _named_in_converted_unit(props, unit, window)
        if converted is not None:
            cues[-1] = "property:named"
            return "property", converted
        cues.pop()          # nothing was read: no rule decided
        return None, None
    return ("property" if best in props else "condition"), best


_ABSORBED = "absorbed_hydrogen_capacity"
# the words before a value, lower-cased, for the process words said last
_PLAIN_WORD = re.compile(r"[a-z][a-z-]*")


@lru_cache(maxsize=1)
def _process_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(beginnings of the words of taking hydrogen up, of giving it off): the HydrogenProcessVerb scheme's
    UptakeVerb and HydridingWord ('absorb', 'hydrogenat', 'hydrid'); ReleaseVerb and DehydridingWord ('releas',
    'dehydrogenat')."""
    vocab = vocabulary()
    return tuple(tuple(w.rstrip("*") for c in concepts for w in vocab.scheme_words("HydrogenProcessVerb", concept=c))
                 for concepts in (("UptakeVerb", "HydridingWord"), ("ReleaseVerb", "DehydridingWord")))


def _taken_up(words) -> bool:
    """Is the first word of a hydrogen process among ``words`` one of taking hydrogen up, not of giving it off?"""
    up, off = _process_words()
    for w in words:
        if w.endswith(("ide", "ides")):
            continue               # 'hydride(s)': a class of compounds, no process ('reactive hydride composite')
        if w.startswith(off):      # (tried first: 'dehydrogenated' begins with no uptake word, but 'dehydrid…' might)
            return False
        if w.startswith(up):
            return True
    return False


def taken_up_before(before: str) -> bool:
    """Is the last process word before a value one of taking hydrogen up ('During hydrogenation at 200 °C, 5.5 wt%
    …', 'It can be hydrogenated to 5.5 wt%'), not of giving it off ('the hydrogenated sample releases …')? Read
    where no property word names the value."""
    return _taken_up(reversed(_PLAIN_WORD.findall(before.lower())))


def taken_up_after(clause: str) -> bool:
    """The same for the first process word of the value's own clause after it ('5.5 wt% within 10 min upon
    rehydrogenation')."""
    return _taken_up(_PLAIN_WORD.findall(clause.lower()))


# the process a sentence's values come from, said before them: a run after a preposition of time or means ('after
# rehydrogenation at 250 °C, …', 'upon hydrogenation'), or the subject of a verb of outcome ('the rehydrogenation of
# the decomposed sample … results in …', 'Hydrogenation of the powder gives …') (English words, not vocabulary)
_FRAMED_BY_PROCESS = re.compile(
    r"\b(?:after|upon|on|during|following|through)\s+(?:the\s+)?(?:subsequent\s+|first\s+|second\s+)?(?P<after>[a-z-]+)\b"
    r"|(?:^|[.;:,]\s+)(?:the\s+)?(?:subsequent\s+)?(?P<subject>[a-z-]+)\s+of\b[^;]*?"
    r"\b(?:results?\s+in|resulted\s+in|gives?|gave|yields?|yielded|leads?\s+to|led\s+to|affords?|afforded|provides?"
    r"|provided|produces?|produced"
    # ('the rehydrogenation of the decomposed sample can be accomplished within 20 min with a capacity of …', '…
    # proceeds within 30 min, with …': the process said to run its course, the value what it brought)
    r"|(?:is|are|was|were|can\s+be|could\s+be|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:accomplished|completed|finished"
    r"|achieved|realized|realised)|proceeds?|proceeded)\b", re.I)


def framed_by_uptake(before: str) -> bool:
    """Is the value after ``before`` (its sentence up to it) an outcome of taking hydrogen up: the last process the
    sentence frames it by is one of uptake, and no word of giving hydrogen off comes after that process ('Upon
    rehydrogenation at 250 °C, the sample shows a hydrogen capacity of …')? A process word that only qualifies a
    noun ('fast hydrogenation kinetics and a capacity of …') frames nothing."""
    framing = list(_FRAMED_BY_PROCESS.finditer(before))
    if not framing:
        return False
    last = framing[-1]
    word = (last.group("after") or last.group("subject")).lower()
    _, off = _process_words()
    return _taken_up([word]) and not any(w.startswith(off) for w in _PLAIN_WORD.findall(before[last.end():].lower()))


def given_off_in(clause: str) -> bool:
    """Does ``clause`` (a value's own words after it) name giving hydrogen off ('3.9 wt% H2 can be released again')?"""
    _, off = _process_words()
    return any(w.startswith(off) for w in _PLAIN_WORD.findall(clause.lower()))


# the words a value's own noun may be written behind ('5 wt% H2 desorption', '4 wt% of hydrogen release')
_BEFORE_OWN_NOUN = frozenset({"of", "hydrogen", "h", "the"})


def released_after(unit: str, key: str | None, after: str) -> str | None:
    """The broader capacity when ``key`` is the absorbed one but the value's own noun right after it gives hydrogen
    off ('… 7.3 wt% hydrogen absorption in 3 min, and ~5 wt% desorption in 6 min': the second amount is no uptake,
    whatever the words before it say), else None. The release words: the HydrogenProcessVerb scheme's ReleaseVerb
    and DehydridingWord; a release said by its own name only ('desorption capacity') keeps the desorbed capacity,
    so the broader one is the amount given off."""
    if key != _ABSORBED:
        return None
    _, off = _process_words()
    first = next((w for w in _PLAIN_WORD.findall(after.lower()) if w not in _BEFORE_OWN_NOUN), None)
    if first is None or not first.startswith(off):
        return None
    broader = [k for k in compatible_keys(unit)[0] if k != _ABSORBED and _narrower(_ABSORBED, k)]
    # (the nearest: no other broader key lies between it and the absorbed one)
    return next((k for k in broader if not any(j != k and _narrower(j, k) for j in broader)), None)


def own_noun_end(text: str, end: int) -> int:
    """Where the value's own noun of a hydrogen process right after it ends ('5.3 wt% hydrogen desorption', '4 wt% of
    H2 release': the noun names that amount, no property of a later value), else ``end``."""
    at = end
    up, off = _process_words()
    for m in _PLAIN_WORD.finditer(text.lower(), end, min(len(text), end + 40)):
        if text[at:m.start()].strip(" 2"):   # (only spaces between, and the 2 of 'H2')
            return end
        if m.group(0) in _BEFORE_OWN_NOUN:
            at = m.end()
            continue
        return m.end() if m.group(0).startswith(up + off) and not m.group(0).endswith(("ide", "ides")) else end
    return end


def taken_up_key(unit: str, key: str | None) -> str | None:
    """The absorbed capacity when it is a narrower reading of ``key`` in ``unit`` (a mass fraction), else None."""
    return _ABSORBED if key and key != _ABSORBED and _ABSORBED in compatible_keys(unit)[0] \
        and _narrower(_ABSORBED, key) else None


@lru_cache(maxsize=1024)
def _cue_words(key: str) -> frozenset[str]:
    """All the words of the key's labels and synonyms in ``cue_table``."""
    return frozenset(w for lab in cue_table().get(key, []) for w in lab)


@lru_cache(maxsize=1)
def _long_label_sets() -> tuple[tuple[str, frozenset[str]], ...]:
    """(key, the set of its label's stems) of each label of two words or more in ``cue_table``: a label is
    said when all its words are, whatever their order."""
    return tuple((key, frozenset(lab)) for key, labels in cue_table().items() for lab in labels if len(lab) >= 2)


@lru_cache(maxsize=1)
def _multiword_labels() -> tuple[frozenset[str], ...]:
    """The labels of two words or more of any property or condition (a quantity's name of its own)."""
    return tuple({frozenset(lab) for labels in cue_table().values() for lab in labels if len(lab) > 1})


def _narrower(key: str, than: str) -> bool:
    vocab = vocabulary()
    try:
        return vocab.is_a(vocab.property(key).id, vocab.property(than).id)
    except KeyError:
        return False


def _kin_named(props, unit: str, window: set[str]) -> str | None:
    """'Ea = 0.45 eV': the words fully name another property the value's unit converts to (a desorption
    barrier in kJ/mol) while by its dimension the unit is only that of ``props`` (per ion, per atom): the
    words say which kind of quantity, the unit which property of that kind — the one of ``props`` whose
    name ends as the named one's does ('… activation energy': the ion's, not a hydrogen binding energy)."""
    table = cue_table()
    vocab = vocabulary()
    # (a key none of whose label words is said has no label said whole: passed before its unit is compared)
    heads = {tuple(stems(vocab.property(k).label)[-2:]) for k in _property_keys() if k not in props
             and not window.isdisjoint(_cue_words(k))
             and is_compatible(k, unit) and any(lab and all(w in window for w in lab) for lab in table.get(k, []))}
    same = [p for p in props if tuple(stems(vocab.property(p).label)[-2:]) in {h for h in heads if len(h) == 2}]
    return same[0] if len(same) == 1 else None


def _named_in_converted_unit(props, unit: str, window: set[str]) -> str | None:
    """'the Li+ migration barrier of LiBH4–LiI is 42 kJ/mol': the one property named whole (by a label of two
    words or more) whose unit the value converts to, though not by its dimension alone (kJ/mol → eV per
    ion, through the Avogadro constant) — a value authors print in the other unit of the same quantity."""
    table = _label_sets()
    named = [k for k in _property_keys() if k not in props and not window.isdisjoint(_cue_words(k))
             and any(len(lab) >= 2 and lab <= window for lab in table.get(k, ())) and is_compatible(k, unit)]
    return named[0] if len(named) == 1 else None


def fuller_kin(key: str, unit: str, before: str, after: str, unnamed: bool = False) -> str | None:
    """'an activation energy of 43 kJ mol−1 for Li+ conduction': another property the value's unit converts
    to, named by more of the words around the value (before and after it) than ``key`` is; else None.
    ``unnamed``: ``key`` was read from the unit's usual kin alone ('an activation energy of 0.16 eV', no name of
    the ion's barrier said): then another name said across the value is the value's (``_named_across``)."""
    window = set(stems(before) + stems(after))

    def named(k: str) -> int:
        return max((len(lab) for lab in cue_table().get(k, []) if lab and all(w in window for w in lab)), default=0)

    own = named(key)
    best = max(((named(k), k) for k in _property_keys() if k != key and is_compatible(k, unit)), default=(0, None))
    if best[0] > own > 0:
        return best[1]
    return _named_across(key, unit, before, after) if unnamed and own == 0 else None


def _named_across(key: str, unit: str, before: str, after: str) -> str | None:
    """The one property other than ``key`` (its unit compatible) that a label of two words or more, said whole
    before and after the value together, names with a word said after it ('activation energy … for anion
    reorientation'); a name said whole before the value only ('activation energy') was read already."""
    window, later = set(stems(before) + stems(after)), set(stems(after))
    found = {k for k in _property_keys() if k != key and is_compatible(k, unit)
             and any(len(lab) >= 2 and lab <= window and lab & later for lab in _label_sets().get(k, ()))}
    return found.pop() if len(found) == 1 else None


def refined_kin(key: str, unit: str, before: str) -> str | None:
    """'X has an activation energy for Li conductivity (48 kJ/mol)': another property the value's unit
    converts to whose name, found whole in the words before the value, holds the whole name ``key`` was
    read by and more (the same name made narrower: 'activation energy' → '… for conduction'); else None.
    A name that only shares a word ('hydrogen release energy' beside 'activation energy') is no refinement."""
    window = set(stems(before))
    table = _label_sets()

    def said(k: str) -> list[frozenset[str]]:
        return [lab for lab in table.get(k, ()) if lab <= window]

    own = max(said(key), key=len, default=None)
    if not own or len(own) < 2:
        return None   # a head word alone ('thickness') is no name to narrow: any word before would do
    # (a fuller name holds the whole of ``own``: looked for first, before the rest of it is looked up in the window)
    # (a key whose words do not hold all of ``own`` has no label holding it: passed before its unit is compared)
    fuller = {k for k in _property_keys() if k != key and own <= _cue_words(k) and is_compatible(k, unit)
              and any(own < lab and lab <= window for lab in table.get(k, ()))}
    return next(iter(fuller)) if len(fuller) == 1 else None


@lru_cache(maxsize=1)
def _label_sets() -> dict[str, tuple[frozenset[str], ...]]:
    """key -> the sets of stems of its (non-empty) labels in ``cue_table``: what ``refined_kin`` compares
    with the words before a value, for every compatible property of every value read."""
    return {key: tuple(frozenset(lab) for lab in labels if lab) for key, labels in cue_table().items()}


def _default_of(keys) -> list[str]:
    """The keys the ontology makes the reading of an uncued value in their unit (hkg:defaultReading)."""
    return [k for k in keys if _reads_by_default(k)]


@lru_cache(maxsize=1024)   # (asked of every candidate key of every value: the term looked up once per key)
def _reads_by_default(key: str) -> bool:
    return bool(vocabulary().property(key).default_reading)


# "kJ/(mol H2)", "kJ mol−1 H2", "kJ per mol H2", "kJ/mol-H2": a unit the text writes per mole of hydrogen
_PER_HYDROGEN_UNIT = re.compile(r"\bmol\s*(?:\^?\s*[-−–]\s*1|\(\s*[-−–]\s*1\s*\)|⁻¹)?[\s)/-]*(?:of\s+)?(?:H\s*-?\s*2|H₂)\b"
                                r"|\bH\s*-?\s*2\b[\s)]*(?:\^?\s*[-−–]\s*1|⁻¹)")


def written_per_hydrogen(unit: str) -> bool:
    """Whether the unit as written is per mole of hydrogen ('kJ/(mol H2)', 'kJ mol−1 H2', 'kJ/molH2')."""
    return _PER_HYDROGEN_UNIT.search(unit) is not None


@lru_cache(maxsize=256)
def per_hydrogen_property(unit: str) -> str | None:
    """'a measured 108 kJ/(mol H2) for neat NaBH4': the one property of the unit the ontology gives per mole
    of H2 (hkg:perMoleHydrogen: the reaction's enthalpy), when the unit is written so; else None."""
    if not written_per_hydrogen(unit):
        return None
    props, _ = compatible_keys(unit)
    keys = [k for k in props if vocabulary().property(k).per_hydrogen]
    return keys[0] if len(keys) == 1 else None


def reads_as_condition(unit: str) -> bool:
    """Can an uncued value in ``unit`` be a condition ("within 10 min")? Not where the unit's uncued
    reading is a property ("within 5 nm": a length; a wavelength must be named)."""
    props, conds = compatible_keys(unit)
    return bool(conds) and not (_default_of(props) and not _default_of(conds))


def _family_root(keys: list[str]) -> list[str]:
    """Properties of one family (hydrogen capacity with its reversible and desorbed kinds): without
    a cue word the value is the family's, i.e. the broadest property's."""
    vocab = vocabulary()
    ids = {k: vocab.property(k).id for k in keys}
    roots = [k for k in keys if not any(o != k and vocab.is_a(ids[k], ids[o]) for o in keys)]
    if len(roots) == 1 and all(vocab.is_a(ids[k], ids[roots[0]]) for k in keys):
        return roots
    return keys


# the words that end a noun phrase measured by the value right after them ('a size of', 'the size was', 'size =')
_MEASURED_BY_NOUN = re.compile(r"(?:\b(?:of|is|was|were|are|be|been)|[=:])\s*$", re.I)


def _untied(scored: list, order: list[str], generic: frozenset[str], whole: bool = False) -> list:
    """Candidates tied on the words said of labels said in part and the place of the last one: the one whose own
    word (a word no tied rival's labels have) comes nearest the value first ("hydrogenation … with a hydrogen desorption energy of":
    'energy' is both energies' word, 'desorption' is nearer than 'hydrogenation'). Tied on labels said ``whole``,
    the same read on the words of those whole labels only ("particles built of crystals with a size of 20 nm": both
    'particle size' and 'crystal size' are said whole, 'crystal' stands nearer the value than 'particle'), when
    those whole labels share a word (the noun the others qualify)."""
    top = [k for sc, k in scored if sc == scored[0][0]]
    said = set(order)
    words = {k: (frozenset(w for lab in _label_words(k, frozenset(generic))[0] if set(lab) <= said for w in lab)
                 if whole else _label_words(k, frozenset(generic))[1]) for k in top}
    if whole and not frozenset.intersection(*words.values()):
        # (whole labels of one noun told apart by what names it, 'particle size' and 'crystal size'; labels of no
        # shared word, 'reabsorbs' and 'releases all hydrogen', are no such pair: left as they were)
        return scored

    def own_place(k: str) -> int:
        own = words[k] - frozenset().union(*(words[o] for o in top if o != k))
        return next((i for i in range(len(order) - 1, -1, -1) if order[i] in own), -1)
    best = max(top, key=own_place)
    return [e for e in scored if e[1] == best] + [e for e in scored if e[1] != best]


def _nearest(key: str, order: list[str], generic: frozenset[str]) -> int:
    """Position of the last word of key's labels in the window: on a tie the cue nearest the value
    wins ("onset hydrogenation temperature of 180 °C" is a hydrogenation temperature)."""
    own = _label_words(key, frozenset(generic))[1]
    if own.isdisjoint(order):
        return -1   # (none is said, as for most candidates: no word to look for one by one)
    # (from the end: the last such word is the first found)
    return next((i for i in range(len(order) - 1, -1, -1) if order[i] in own), -1)


# The label words of the candidates of a unit are the same for every value in that unit: read
# once per unit (choose_property runs for every value of a paper).
@lru_cache(maxsize=1024)
def generic_words(cands: tuple[str, ...]) -> frozenset[str]:
    """Words every candidate's labels share ("temperature" among temperatures): they tell nothing apart."""
    if len(cands) <= 1:
        return frozenset()
    labels = cue_table()
    return frozenset.intersection(*(frozenset(w for lab in labels.get(k, []) for w in lab) for k in cands))


@lru_cache(maxsize=4096)
def _label_words(key: str, generic: frozenset[str]) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """(key's labels without the generic words, labels left empty dropped; all their words)."""
    labels = tuple(words for words in (tuple(w for w in lab if w not in generic) for lab in cue_table().get(key, []))
                   if words)
    return labels, frozenset(w for lab in labels for w in lab)


# (``++``: a word's letters are followed by spaces, and spaces by a word: giving either back never lets the rest match,
# and the engine tried every split of every word of the window)
_WORDS_BEFORE_AT = re.compile(rf"((?:[A-Za-z-]++\s++){{1,3}})(?:at|under)\s*(?:{APPROXIMATING}|{LIMITING})?\s*$")
_WORDS_BEFORE_OF = re.compile(rf"((?:[A-Za-z-]++\s++){{1,3}})of\s*(?:{APPROXIMATING}|{LIMITING}|{UP_TO})?\s*$")
# how words that end in each of them can end (each is searched from every word of the words before a value,
# most of which end otherwise: those are passed without a search)
# (the hedges: the ontology's, hedge_words)
_AT_ENDS = ("at", "under", *APPROXIMATING_WORDS, *LIMITING_WORDS)
_OF_ENDS = ("of", *APPROXIMATING_WORDS, *LIMITING_WORDS, *UP_TO_WORDS)


def condition_of_other(unit: str, before: str) -> str | None:
    """'the dehydrogenation rate at 300 °C': a property of another unit named right before 'at'
    makes the value a condition of it, not a value of its own (its name may be followed by the process or sample it
    is of: 'the equilibrium temperature for the reaction at 1 bar')."""
    m = _WORDS_BEFORE_AT.search(before) if before.rstrip().endswith(_AT_ENDS) else None
    if not m:
        return None
    found = _condition_of_other(unit, before, m)
    if found is None and (of := _OF_BEFORE_AT.search(before)) is not None:
        named = _WORDS_BEFORE_AT.search(f"{before[:of.start()]} at")
        found = _condition_of_other(unit, before[:of.start()], named) if named else None
    return found


# 'for the reaction at', 'of the composite at': the process or sample a property's name is said of, before 'at'
_OF_BEFORE_AT = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[\w-]+\s+(?:at|under)\s*$", re.I)


def _condition_of_other(unit: str, before: str, m: re.Match) -> str | None:
    """``condition_of_other`` for the words ``m`` found right before 'at'."""
    _, conds = compatible_keys(unit)
    if not conds:
        return None
    props, _ = compatible_keys(unit)
    words = set(stems(m.group(1)))
    others = [lab for key, lab in _long_label_sets() if key not in props and key not in conds and lab <= words]
    if others and not _named_more_fully(props, others, before):
        # (unless a longer label of the value's own property holds those words: "maximum desorption rates at
        # 278 and 350 °C" are where the rate peaks, the peak temperatures, not a rate's setting)
        return exact_or_first(unit, conds)
    # "isothermal desorption at 200 °C gives rate constants …": a measurement method run at the
    # value; the value is the method's setting, not a property of the sample
    tail = stems(m.group(1))
    if any(len(lab) >= 2 and tail[-len(lab):] == list(lab) for lab in technique_labels()):
        return exact_or_first(unit, conds)
    return None


def _named_more_fully(props, others: list[frozenset[str]], before: str) -> bool:
    """Whether the words before name a property of ``props`` by a label holding one of ``others`` whole."""
    said = set(stems(before))
    return any(lab <= said and any(o < lab for o in others) for key, lab in _long_label_sets() if key in props)


@lru_cache(maxsize=1)
def _spectroscopy_labels() -> tuple[frozenset[str], ...]:
    """Stem sets of the labels of the spectroscopies that give no property themselves (NMR, Raman): their
    signals ('the relaxation rate peaks at 220 K') are the nuclei's or the bonds', no hydrogen release."""
    vocab = vocabulary()
    return tuple(frozenset(stems(label)) for t in vocab.terms("Technique")
                 if vocab.is_a(t.id, "Spectroscopy") and not t.measures for label in t.labels)


def _signal_peak(unit: str, before: str, key: str) -> bool:
    """'the 7Li relaxation rate shows a peak near 220 K': a value a spectroscopy's signal peaks at, read as a
    temperature of release by no label or by one that, the words all temperatures share aside, is one word
    ('peak'), is that signal's; a label saying more ('desorption peak') keeps it a release."""
    window = set(stems(before))
    if not any(lab <= window for lab in _spectroscopy_labels()):
        return False
    # ("thermal desorption spectroscopy showed a desorption temperature of 365 K": a technique that is no
    # spectroscopy, named with the word, measures the release itself)
    window = _without_other_techniques(stems(before))
    if not any(lab <= window for lab in _spectroscopy_labels()):
        return False
    generic = generic_words(tuple(compatible_keys(unit)[0]) + tuple(compatible_keys(unit)[1]))
    said = _own_labels_said(key, window, generic)
    return all(len(lab) == 1 for lab in said) and vocabulary().is_a(
        vocabulary().property(key).id, "DehydrogenationTemperature")


@lru_cache(maxsize=1)
def _other_technique_labels() -> tuple[tuple[str, ...], ...]:
    """Stem tuples of the labels of two words or more of the techniques that are no spectroscopy, which may
    share a spectroscopy's word ('thermal desorption spectroscopy' is temperature-programmed desorption)."""
    vocab = vocabulary()
    labels = {tuple(stems(label)) for t in vocab.terms("Technique") if not vocab.is_a(t.id, "Spectroscopy")
              for label in t.labels}
    # longest first: 'thermal desorption spectroscopy' is taken whole before its own 'thermal desorption'
    return tuple(sorted((lab for lab in labels if len(lab) >= 2), key=lambda lab: (-len(lab), lab)))


def _without_other_techniques(words: list[str]) -> set[str]:
    """The words, less those of each label of a technique that is no spectroscopy said whole among them."""
    kept: list[str | None] = list(words)
    for lab in _other_technique_labels():
        n = len(lab)
        for i in range(len(kept) - n + 1):
            if tuple(kept[i:i + n]) == lab:
                kept[i:i + n] = [None] * n
    return {w for w in kept if w is not None}


@lru_cache(maxsize=1)
def technique_labels() -> tuple[tuple[str, ...], ...]:
    """Stem tuples of the ontology's measurement techniques' labels ('isothermal desorption')."""
    return tuple(tuple(stems(label)) for t in vocabulary().terms("Technique") for label in t.labels)


def named_as_other(unit: str, before: str) -> bool:
    """'a current density of 2038 mAh/g': the words right before the value name a quantity whose
    unit does not fit — a slip of the source; the value is not recorded under a guessed property."""
    m = _WORDS_BEFORE_OF.search(before) if before.rstrip().endswith(_OF_ENDS) else None
    if not m:
        return False
    props, conds = compatible_keys(unit)
    words = stems(m.group(1))
    if any(not _cue_words(k).isdisjoint(words) for k in (*props, *conds)):
        return False  # "reversible capacity of 6.36 wt%": the words also fit a property of the unit
    for key, labels in cue_table().items():
        if key in props or key in conds or key == "cycles":
            continue
        for lab in labels:
            if len(lab) >= 2 and words[-len(lab):] == list(lab):
                return True
    return False


def exact_or_first(unit: str, keys) -> str:
    for k in keys:
        if _same_unit(unit, k):
            return k
    return keys[0]


@lru_cache(maxsize=4096)
def _same_unit(unit: str, key: str) -> bool:
    try:
        return parse_unit(unit) == parse_unit(vocabulary().property(key).unit)
    except Exception:  # noqa: BLE001
        return False


_RESISTANCE = dict(parse_unit("ohm").dimensionality)


@lru_cache(maxsize=4096)
def _needs_cue(unit: str) -> bool:
    """Temperatures, energies, resistances and plain percentages describe too many things to be read without a
    cue (a pellet's bulk, its grain boundaries and its interface with the electrode each have a resistance in Ω);
    a named fraction ("wt%") or a specific unit ("mS/cm") says what it measures."""
    u = parse_unit(unit)
    dims = dict(u.dimensionality)
    if not dims:
        return str(u) in ("percent", "dimensionless")
    return dims == {"[temperature]": 1} or dims.get("[mass]") == 1 and dims.get("[time]") == -2 \
        or dims == _RESISTANCE


# "a transference number (tLi+) of 0.99", "tLi+ = 0.92": a property whose unit is a pure number is named
# right before its value, which the text prints with no unit at all. (The match starts where a word does:
# the leftmost match always would, and the search no longer tries every letter inside each word.) "close to
# unity (0.97)": the word rounds the measured figure the bracket gives, which is the value. A point inside
# a word ('0.75LiBH4–0.25LiBr') is a decimal, no sentence's end.
# (the words that end the text: the verb or sign, the hedge, the bracket of 'unity (')
# A bound between the verb and the number ('is higher than 0.999', 'remains above 0.95', 'exceeds 0.99', '≥ 0.98')
# says how the value compares, not what it is: the property is the one named before it all the same.
# (a bound alone, with no verb, only where it is a verb or a sign itself: 'for more than 3 runs' names no value)
_UNITLESS_BOUND = rf"(?:{bound(*BOUND_ABOVE, *BOUND_BELOW)}|[<>≤≥⩾⩽])\s*"
_UNITLESS_TAIL = (r"\s*(?:\)\s*)?(?:of|=|[<>≤≥⩾⩽]|:|is|was|were|are|remains?|remained|stays?|stayed|exceed(?:s|ed)?|"
                  rf"reach(?:es|ed)?|approach(?:es|ing)?|close\s+to)\s*(?:{_UNITLESS_BOUND})?"
                  rf"{hedged(APPROXIMATING, NEARLY)}?"
                  rf"(?:(?:(?:{NEARLY}|virtually|essentially)\s+)?unity\s*\(\s*(?:t\S*\s*=\s*)?)?$")
_UNITLESS_BEFORE = re.compile(r"(?<![^\s,;.])(?P<words>(?:(?:[^\s,;.]|\.(?=\S))+\s+){0,11}?(?:[^\s,;.]|\.(?=\S))+)"
                              + _UNITLESS_TAIL)
# the end alone, looked for first: every match of the whole ends with it, and most texts before a bare number end
# otherwise (the whole, tried with up to twelve words at each word start, cost a hundred times more)
_UNITLESS_END = re.compile(_UNITLESS_TAIL)


def unitless_property(before: str) -> str | None:
    """The property a bare number is a value of, when the words right before it name one whose unit is
    a pure number (the ontology's 'dimensionless'), else None: a bare number is otherwise no value."""
    m = _UNITLESS_BEFORE.search(before) if _UNITLESS_END.search(before) else None
    if not m:
        return None
    window = stems(m.group("words"))
    for key in _unitless_keys():
        for lab in cue_table().get(key, []):
            if lab and len(lab) <= len(window) and all(w in window for w in lab):
                return key
    return None


@lru_cache(maxsize=1)
def _unitless_keys() -> tuple[str, ...]:
    vocab = vocabulary()
    return tuple(t.key for t in vocab.terms("Property") if t.key and t.unit and "%" not in t.unit
                 and not dict(parse_unit(t.unit).dimensionality))
