"""Mechanism claims from prose: which mechanism a sentence credits, for which additive or strategy, in
which host ("the multivalent Nb acts as an electron transfer intermediate", "in situ formed Ni2B acts
as nucleation site", "TiF3 weakens the Mg–H bond", "suppresses NH3 release").

The mechanisms and their phrasings are the ontology's (labels and ``skos:altLabel`` of the Mechanism
terms). Papers conjugate and inflect them ("weakens the Mg–H bonds", "weakening Mg–H bond"), so
labels and text are compared word by word on crude stems, without articles. A family term (one
with several narrower mechanisms, e.g. "catalytic effect") names no particular mechanism and is
left out. The host is the hydride the sentence (or, failing that, its paragraph) is about; the
additive is the material named nearest before the mechanism phrase; the strategy is the one the
sentence names, else the one the host–additive composition shows (``ontology.strategy_rules``).
A claim holds term ids, formulas and the sentence's offsets — never the sentence.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ontology.compound_names import anion_symbol
from ontology.electrode_roles import (
    CONDUCTIVE,
    TAKEN_UP,
    anode_material,
    carbon_support,
    electrolyte_not_anode,
    sheet_carbon,
    system_in_application,
)
from ontology.elements import (
    HALOGENS,
    TRANSITION,
    formula_symbols as _elements,  # (the element symbols a formula is written with)
    written_with_hydrogen,
)
from ontology.hosts import host_salt
from ontology.models import Component, MechanismClaim, SourceRef
from ontology.role_words import role_of_noun
from ontology.strategy_rules import (
    APPLICATIONS,
    ARRANGEMENTS,
    ROLES,
    application_of,
    as_arranged,
    composition_strategies,
    on_support,
    sentence_wide,
    transition_metal_only,
)
from ontology.system import (
    DOPANTS_DOPED,
    ELEMENTS_JOINED,
    SystemParseError,
    architecture_name,
    architecture_term,
    host_formula,
    parse_system,
)
from ontology.text_memo import per_document
from ontology.vocabulary import fold, vocabulary
from ontology.word_gate import Gated, gated, may_say

from .abbreviations import defined_abbreviations, designation, formula_abbreviations, initialisms
from .amounts import AMOUNT_OF
from .cell_words import ELECTRODE_NOUN
from .cells import cell_layers, electrode_layers, electrodes_only
from .challenges import find_terms, label_spans
from .class_samples import SUPPORT_CLASSES
from .comparison_words import CLAUSE_CONJUNCTION, CLAUSE_CONTRAST, CONTRAST_CONJUNCTION
from .copula import BE
from .declared_roles import declarations, declared_roles, declares_role, may_declare, with_declared_roles
from .hedge_words import APPROXIMATING, LIMITING, NEARLY, hedged
from .lattice_entry import entering_elements, may_enter, substituted_in
from .material_cues import (
    ADDED_PASSIVE,
    ADDITIVE_CUE_GATE,
    MILLING_CUE,
    compared_before,
    formed_after,
    may_cue_additive,
)
from .nlp import SYSTEM_LABEL, clean_text, material_system, mentions, mentions as nlp_mentions, system_of
from .preparation_words import FORMED_IN_SITU, MODIFIED
from .prose import catalyst_arrangements, form_strategies
from .reactions import in_products, intermediate_at
from .sample_words import (
    BASELINE_WORDS,
    BEST,
    BETWEEN_ALTERNATIVES,
    CHOOSING,
    EACH_IN_TURN,
    RANKED,
    SAMPLE_NOUNS,
    TOGETHER,
    UNMODIFIED_BEFORE,
    adding_nouns,
)
from .samples import _SCAFFOLD_VERB, hydride_like
from .shared_values import COUNT_OF, EACH_WORDS
from .title_sample import on_prefixed_support

# '*d*-band': emphasis inside a word; '$d$ -band': a one-letter word set apart from its hyphen by markup
_WORD = re.compile(r"[a-z0-9δ+]+(?:\*?(?:(?<=\b[a-z])\s)?[-/][a-z0-9δ+]+)*")
# articles and forms of 'to be' carry no meaning in a phrase: "the high-temperature phase is
# stabilized" reads as "high-temperature phase stabilized"
_ARTICLES = frozenset({"the", "a", "an", "is", "are", "was", "were", "be", "been"})
_FAMILY_SIZE = 3          # a term with this many narrower mechanisms is a family, not a mechanism
_IN_SITU = "InSituFormation"          # SynthesisMethod: a phase formed during processing or cycling
_IN_SITU_PHASE = "InSituCatalyticPhase"   # Mechanism: that phase does the catalysing
_CATALYTIC = "CatalyticEffect"
_CATALYSIS = "Catalysis"                  # Strategy: the catalysis family (metal, metal compound, composite …)
_CATALYST_ROLE = ROLES["catalyst"]
# an external-field mechanism (plasmonic heating, hot spots) acts for the field the text drives with,
# which no composition shows: the strategy is the field strategy the paragraph names
_FIELD, _FIELD_DRIVING = "FieldEffect", "ExternalFieldDriving"


def _stem(word: str) -> str:
    """Crude English stem: 'weakens'/'weakened'/'weakening' → 'weaken', 'releases' → 'releas'."""
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[:-len(suffix)]
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 6 and word.endswith("is"):            # British 'stabilised' → 'stabiliz'
        word = word[:-2] + "iz"
    return word.replace("isation", "ization")


@per_document(maxsize=65536)
def _word_stem(word: str) -> str:
    """The stem of a word as the text writes it ('*d*-band': emphasis inside a word dropped, 'd -band'
    joined)."""
    # (only a word with emphasis or a break inside needs the substitution: most have none)
    return _stem(_EMPHASIS_OR_BREAK.sub("", word) if _EMPHASIS_OR_BREAK.search(word) else word)


_EMPHASIS_OR_BREAK = re.compile(r"[*\s]")


def _words(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) of the words of folded text, articles left out."""
    return [(_word_stem(w), *m.span()) for m in _WORD.finditer(text) if (w := m.group()) not in _ARTICLES]


@lru_cache(maxsize=1)
def _material_names() -> dict[str, list[tuple[str, ...]]]:
    """Stem of a one-word name of a material (no class) → the stemmed names of that material
    ('diborane' → B2H6, 'ammonia' → NH3): a phrase naming a gas by formula also names it by word."""
    vocab = vocabulary()
    out: dict[str, list[tuple[str, ...]]] = {}
    for term in vocab.terms("Material"):
        if vocab.children(term.id):
            continue
        # (one word for one word: 'NH3 gas' adds nothing a phrase needs)
        names = [k for k in (tuple(w for w, _, _ in _words(fold(label))) for label in term.labels) if len(k) == 1]
        for name in names:
            out.setdefault(name[0], []).extend(n for n in names if n != name)
    return out


def _spellings(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A stemmed label with each material it names also written by that material's other names."""
    names = _material_names()
    out = [()]
    for word in key:
        out = [k + alt for k in out for alt in [(word,), *names.get(word, ())]]
    return out


@lru_cache(maxsize=4)   # (called as _phrases(), _phrases(False) and _phrases(True): three keys)
def _phrases(families: bool = False) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First stem → (stemmed label, Mechanism term id), longest first (family terms left out, or only
    they when ``families``)."""
    vocab = vocabulary()
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    seen: set[tuple[str, ...]] = set()
    for term in vocab.terms("Mechanism"):
        if (len(vocab.children(term.id)) >= _FAMILY_SIZE) != families:
            continue
        for label in term.labels:
            for key in _spellings(tuple(w for w, _, _ in _words(fold(label)))):
                if key and key not in seen:
                    seen.add(key)
                    out.setdefault(key[0], []).append((key, term.id))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


@per_document(maxsize=16)   # (one sentence is looked at up to three times: any phrase, phrases, families)
def _stem_set(folded: str) -> frozenset[str]:
    return frozenset(map(_word_stem, set(_WORD.findall(folded))))


def _may_name(stems: frozenset[str], families: bool = False) -> bool:
    """Is every word of some phrase of ``_phrases(families)`` among ``stems``?"""
    single, rests = _name_index(families)
    return not stems.isdisjoint(single) or any(stems.issuperset(rest) for first in stems & rests.keys()
                                               for rest in rests[first])


@lru_cache(maxsize=2)
def _name_index(families: bool) -> tuple[frozenset[str], dict[str, list[frozenset[str]]]]:
    """(the first words that are a phrase of ``_phrases(families)`` by themselves, first word → the sets of the other
    words of its longer phrases, each set once): a sentence holding a one-word phrase is told at once, and one
    first word's many phrases ('hydrogen …') are not read one by one for the same other words."""
    phrases = _phrases(families)
    single = frozenset(first for first, entries in phrases.items() if any(len(key) == 1 for key, _ in entries))
    rests = {first: list(dict.fromkeys(frozenset(key[1:]) for key, _ in entries))
             for first, entries in phrases.items() if first not in single}
    return single, rests


_HYDRIDE = "hydrid"        # the stem of 'hydride', which a label may use for any host hydride


def _may_name_either(stems: frozenset[str]) -> bool:
    """Is every word of some phrase, of a family or not, among ``stems``, the word 'hydride' left out? What
    ``_may_name_in`` asks for either kind needs it (it reads 'hydride' into the stems only where a host formula
    stands for it, never where another word is missing), so a sentence failing it names no phrase: one look instead
    of the up to four ``_may_name`` takes, for the sentences of most text, which name no mechanism."""
    index = _either_index()
    if index is None:
        return True
    single, rests = index
    return not stems.isdisjoint(single) or any(stems.issuperset(rest) for first in stems & rests.keys()
                                               for rest in rests[first])


@lru_cache(maxsize=1)
def _either_index() -> tuple[frozenset[str], dict[str, list[frozenset[str]]]] | None:
    """``_name_index`` of both kinds of phrase at once, each without the word 'hydride': (the words that are a
    phrase by themselves, a word → the sets of the other words of the phrases it is in), or None where a phrase is
    'hydride' alone (any sentence writing a host by its formula may name it: no look can tell it apart)."""
    keys = {frozenset(key) - {_HYDRIDE} for families in (False, True) for entries in _phrases(families).values()
            for key, _ in entries}
    if frozenset() in keys:
        return None
    single = frozenset(next(iter(k)) for k in keys if len(k) == 1)
    keys = {k for k in keys if len(k) > 1 and not k & single}   # (one holding a one-word phrase: told by that word)
    # (each phrase looked up by its word the fewest phrases share, 'spillover' rather than 'effect': fewer sets read)
    shared = Counter(w for k in keys for w in k)
    rests: dict[str, list[frozenset[str]]] = {}
    for k in sorted(keys, key=sorted):
        first = min(k, key=lambda w: (shared[w], w))
        rests.setdefault(first, []).append(k - {first})
    return single, rests


# (written to start at the capital a formula starts with, the look-behind after it: the engine skips to capitals, not
# trying the look-behind at every character)
_FORMULA_WORD = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]?\d*(?:\.\d+)?(?:[A-Z][a-z]?\d*(?:\.\d+)?)*(?![\w-])")


@per_document(maxsize=16)
def _host_words(text: str) -> frozenset[str]:
    """The host hydrides ``text`` writes as a formula word ('LiBH4', 'MgH2')."""
    return frozenset(w for w in _FORMULA_WORD.findall(text) if "H" in w and _is_host(w))


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """Every stem a mechanism label is written with."""
    return frozenset(w for families in (False, True) for entries in _phrases(families).values()
                     for key, _ in entries for w in key)


def names_any_mechanism(text: str) -> bool:
    """Does ``text`` name a mechanism, of a family or not? (One look at the set of its words first.)"""
    stems = _stem_set(_WORD_HYPHEN.sub(" ", fold(text)))
    if not _may_name_either(stems):
        return False      # (most sentences: one look for both kinds of phrase, instead of up to four)
    return _may_name_in(text, stems) and bool(find_mechanisms(text)) \
        or _may_name_in(text, stems, True) and bool(find_mechanisms(text, families=True))


def _may_name_in(text: str, stems: frozenset[str], families: bool = False) -> bool:
    """``_may_name`` of the stems of ``text`` with the word 'hydride' where it writes a host by its formula. (The
    formulas are read only where that word would make the difference: more words name more phrases, never fewer.)"""
    return _may_name(stems, families) or _HYDRIDE not in stems and _may_name(stems | {_HYDRIDE}, families) \
        and bool(_host_words(text))


def find_mechanisms(text: str, families: bool = False) -> list[tuple[str, int, int]]:
    """(term id, start, end) of every mechanism phrase in ``text``: see ``_found``; with the ones whose head noun a
    phrase after them shares ('the “Gateway” and “Spillover” effects': the gateway effect too)."""
    found = _found(text, families)
    shared = _sharing_head(text, found, families) if found else []
    return sorted([*found, *shared], key=lambda f: f[1]) if shared else list(found)


# 'the gateway and spillover effects', '“Gateway” and “Spillover” effects', 'pump and spillover roles': a word before
# 'and' (quoted or not) that shares the head noun of the phrase after it
_SHARED_HEAD = re.compile(r"\b(effects?|roles?)$")
_SHARER_BEFORE = re.compile(r"[“\"‘']?([a-z][\w-]*)[”\"’']?\s+(?:and|or|as\s+well\s+as)\s+[“\"‘']?$")


def _sharing_head(text: str, found, families: bool) -> list[tuple[str, int, int]]:
    folded = fold(text)
    out = []
    for _, a, b in found:
        head = _SHARED_HEAD.search(folded, a, b)
        sharer = _SHARER_BEFORE.search(folded, max(0, a - 40), a) if head else None
        if sharer is None or any(x <= sharer.start(1) < y for _, x, y in found):
            continue
        phrase = f"{sharer.group(1)} {head.group(1)}"
        own = _found(phrase, families)
        if len(own) == 1 and own[0][1] == 0 and own[0][2] == len(phrase):
            out.append((own[0][0], sharer.start(1), sharer.end(1)))
    return out


@per_document(maxsize=16)   # (a sentence's phrases are asked for by the gate and by its claims: read once per sentence)
def _found(text: str, families: bool) -> tuple[tuple[str, int, int], ...]:
    """(term id, start, end) of every mechanism phrase in ``text`` (offsets in ``fold(text)``, which
    keeps the length of markup-free text), longest phrases first, not overlapping. ``families``: the
    phrases of family terms instead ('a catalytic effect'), which name a mechanism only where the
    sentence credits a material with them (``_credited_families``)."""
    phrases = _phrases(families)
    # ('formed in-situ', 'the in-situ-formed Ti'): the hyphens of 'in situ' are spaces, as its labels write it (one
    # character for one: the offsets stay the text's)
    folded = _WORD_HYPHEN.sub(" ", fold(text))
    # most sentences name no mechanism: a look at the set of their words first (is every word of
    # some phrase there?), before reading them in order
    if not _may_name_in(text, _stem_set(folded), families):
        return ()
    hosts = _host_words(text)
    words = _words(folded)
    # a host hydride written by its formula is also the word 'hydride' of a label ('destabilize hydride'
    # reads 'destabilized LiBH4'), unless a label names that formula itself
    # (not as a label's first word: 'MgH2 clusters' are no 'hydride clusters')
    plain = [w for w, _, _ in words]
    stems = [_HYDRIDE if hosts and text[a:b] in hosts and w not in _label_words() else w for w, a, b in words]
    if "·" in folded or "⋅" in folded:
        # a molecule glued by a middle dot to a salt is that adduct's ligand, no gas of its own: 'the transition of
        # LiBH4·NH3 is suppressed' suppresses no NH3 release (the word starts and ends no label)
        plain = [f"·{w}" if folded[a - 1:a] in _ADDUCT_DOTS else w for w, (_, a, _) in zip(plain, words)]
        stems = [f"·{w}" if folded[a - 1:a] in _ADDUCT_DOTS else w for w, (_, a, _) in zip(stems, words)]
    # a passive reading ends on a participle ('-ed') of the label's verb: the verbs the sentence has
    # as participles, gathered once, spare reading the passives of every other label word by word
    participles = {stems[j] for j, (_, a, b) in enumerate(words) if folded.endswith("ed", a, b)}
    passives = _passives(families) if participles else {}

    index = _phrase_index(families)
    # (a label may hold a short aside in brackets: its last word is then read that many words further on)
    aside = _ASIDE_WORDS if "[" in folded or "(" in folded else 0

    def label_at(i: int) -> tuple[int | None, str | None]:
        end, tid = None, None
        if plain[i] in phrases:
            # (the label's phrases by their second word: only those whose second word comes next, or two
            # words on, are read; each list keeps the phrases' order, longest first)
            by_second, single, gapped = index[plain[i]]
            # a label as written first, then one with describing words inside ('stabilizes the hexagonal
            # high-temperature phase' for 'stabilize hexagonal phase')
            written = [*by_second.get(stems[i + 1], ()), *single] if i + 1 < len(stems) else single
            end, tid = next(((i + len(key), tid) for key, tid in written
                             if (plain[i], *stems[i + 1:i + len(key)]) == key), (None, None))
            # (a longer label with describing words inside wins over a shorter one as written: 'the strain
            # induced by volume expansion' is the strain of volume change, not 'strain' alone)
            longer = 0 if end is None else end - i
            # (a gapped label's last word lies within its length and the gap: the words within the longest's reach,
            # gathered once, tell which labels are not worth reading word by word)
            reach = set(stems[i + 1:i + len(gapped[0][0]) + _GAP + 1 + aside]) if gapped else set()
            end, tid = next(((e, tid) for key, tid in gapped if len(key) > longer and key[-1] in reach
                             and (e := _gapped_end(words, folded, i, key, stems, aside)) is not None), (end, tid))
            if end is None and i + 2 < len(words):
                end, tid = next(((i + 3, tid) for key, tid in by_second.get(stems[i + 2], ()) if len(key) == 2
                                 and _ELEMENT_WORD.fullmatch(stems[i + 1])
                                 and _RUN_GAP.fullmatch(folded, words[i][2], words[i + 1][1])
                                 and _RUN_GAP.fullmatch(folded, words[i + 1][2], words[i + 2][1])), (None, None))
            if end is None and i + 3 < len(words) \
                    and _COORDINATED_PROCESS.fullmatch(folded, words[i + 1][1], words[i + 3][1]):
                # 'the hydrogen adsorption and dissociation': a process noun set beside the label's second word shares
                # its first ('hydrogen dissociation')
                end, tid = next(((i + 4, tid) for key, tid in by_second.get(stems[i + 3], ()) if len(key) == 2
                                 and _RUN_GAP.fullmatch(folded, words[i][2], words[i + 1][1])), (None, None))
        return end, tid

    out, i = [], 0
    while i < len(words):
        # (most words start no label and end no passive: they are passed without a look at the labels)
        end, tid = label_at(i)
        if end is None and stems[i] in passives:
            end, tid = _passive_end(words, folded, i, stems, passives, participles)
        # a label of three words or more that starts inside this one and reaches past it is what the
        # sentence says ('Nanoconfinement stabilizes the molten state': the molten state stabilised, by
        # the confinement named first)
        inner = next((k for k in range(i + 1, end or i) if phrases.get(plain[k])
                      and (e := label_at(k)[0]) is not None and end is not None and e > end
                      and e - k >= _GAPPED_LENGTH), None)
        if inner is not None:
            i = inner
            continue
        if end is not None and end < len(words) \
                and (stems[end] in _MEASURED or _names_method(words, stems, folded, end)) \
                and folded[words[end - 1][2]:words[end][1]] in _JOINED:
            # the label's words describe a measured noun right after them ('the charge transfer resistance
            # fell', 'charge-transfer reactivity with Li'): a property's name, no mechanism credited
            i = end
            continue
        if end is not None:
            out.append((tid, words[i][1], words[end - 1][2]))
            i = end
        else:
            i += 1
    return tuple(out)


_ADDUCT_DOTS = ("·", "⋅")
# the head nouns of a measured quantity (the ontology's MeasuredNoun scheme, as ``_words`` stems them) and what
# may join a label's last word to one: a space or a hyphen, nothing that starts a clause
_MEASURED = frozenset(_stem(w) for w in vocabulary().scheme_words("MeasuredNoun"))
# the head nouns of a named method ('a nucleation growth method'): a process's name one word before one names it too
_METHOD_NAMED = frozenset(_stem(w) for w in vocabulary().scheme_words("MeasuredNoun", concept="MethodNameNoun"))


def _names_method(words, stems: list[str], folded: str, end: int) -> bool:
    """The label ending before ``end`` and the word after it name a method ('nucleation growth method', 'hydrogen
    plasma-metal reaction route'): the noun of ``_METHOD_NAMED`` one word on, joined by a space or a hyphen."""
    return end + 1 < len(words) and stems[end + 1] in _METHOD_NAMED \
        and folded[words[end][2]:words[end + 1][1]] in _JOINED
_JOINED = (" ", "-")
_GAPPED_LENGTH = 3        # labels of this many words may have describing words inside them


@lru_cache(maxsize=2)
def _phrase_index(families: bool) -> dict[str, tuple[dict[str, list], list, list]]:
    """First stem → (second stem → the phrases of ``_phrases(families)`` of two words or more with it, the phrases of
    one word, the phrases of ``_GAPPED_LENGTH`` words or more), each list in the phrases' order (longest first)."""
    out: dict[str, tuple[dict[str, list], list, list]] = {}
    for first, entries in _phrases(families).items():
        by_second: dict[str, list] = {}
        for key, tid in entries:
            if len(key) >= 2:
                by_second.setdefault(key[1], []).append((key, tid))
        out[first] = (by_second, [e for e in entries if len(e[0]) == 1],
                      [e for e in entries if len(e[0]) >= _GAPPED_LENGTH])
    return out
# a word that says which element a thing holds ('Nb-containing', 'Ti-based', 'Nbcontaining'): it may stand
# inside any label of two words ('active Nb-containing species' for 'active species')
# (and a bond between two elements, 'Ca–H': 'weakens the Ca–H bond' for 'weaken bond')
# a process noun and 'and' between a label's two words: the first word is said of both ('hydrogen adsorption and
# dissociation', 'H2 diffusion and dissociation'; a noun of a process ends so in English)
_COORDINATED_PROCESS = re.compile(r"[a-z]+(?:ion|ment|ing)\s+and\s+")
_ELEMENT_WORD = re.compile(r"[a-z]{1,2}-?(?:containing|contain|based|bas|bearing|bear|rich|doped|dop)|"
                           r"[a-z]{1,2}-[a-z]{1,2}")
_GAP = 2                  # at most this many words inside one label
_ASIDE_WORDS = 6          # at most this many words in such an aside
_ASIDE = re.compile(r"\s*(?:\[[^\[\].;]{1,60}\]|\([^()\[\].;]{1,40}\))")   # '[hexagonal, super(fast-)ionic]'
# a word that may stand inside a label: a lower-case describing word, not one that joins, negates or
# starts a clause or an object of its own (English grammar, not vocabulary)
# (a formula too: 'prevents MgH2 particles from agglomerating'; an ion: 'Li+ ion')
_GAP_WORD = re.compile(r"[a-z][a-z0-9()+-]*")
# (and a metal and its hydride, the host in its two states: 'suppress Mg/MgH2 grain growth', 'Ti/TiH2')
_TWO_STATES = re.compile(r"(?P<metal>[a-z]{1,2}\d*)/(?P=metal)h[\d.]*")
_RUN_GAP = re.compile(r"\s+(?:(?:the|a|an|is|are|was|were|be|been)\s+)*")     # (the words ``_words`` leaves out)
_NOT_GAP = frozenset({"and", "or", "but", "nor", "not", "no", "never", "of", "to", "by", "with", "from", "in", "on",
                      "at", "for", "as", "than", "that", "which", "while", "whereas", "into", "onto",
                      "this", "these", "those", "it", "they", "only", "also", "both", "either", "neither", "without",
                      "via", "through", "during", "after", "upon", "under", "over", "between", "within", "among",
                      "across", "per", "before", "then", "thus", "thereby", "hardly", "barely", "if", "whether",
                      "could", "might", "would", "may"})

_DEMONSTRATIVES = frozenset({"this", "these", "those"})


def _gapped_end(words, folded: str, i: int, key: tuple[str, ...], stems: list[str] | None = None,
                aside: int = 0) -> int | None:
    """The index after the last word of ``key`` read from word ``i`` on with at most ``_GAP``
    describing words inside it (one run of words: no punctuation between), else None. ``stems``: the
    words as labels read them (a host formula as 'hydride': 'confinement of LiBH4 within the narrow pores').
    ``aside``: how many more words on its last word may lie where the sentence has brackets (an aside inside it)."""
    stems = stems or [w for w, _, _ in words]
    if not any(w == key[-1] for w in stems[i + 1:i + len(key) + _GAP + 1 + aside]):
        return None   # (its last word is not within reach: no need to read the gaps)
    k, skipped, j, adverb = 1, 0, i + 1, False
    while k < len(key):
        if j >= len(words):
            return None
        if not _RUN_GAP.fullmatch(folded, words[j - 1][2], words[j][1]):
            # a short aside in brackets inside the label is passed over ('the high-temperature [hexagonal]
            # phase'): the words in it are the aside's, not the label's
            aside = _ASIDE.match(folded, words[j - 1][2])
            if aside is None:
                return None
            while j < len(words) and words[j][1] < aside.end():
                j += 1
            if j >= len(words) or not _RUN_GAP.fullmatch(folded, aside.end(), words[j][1]):
                return None
        if stems[j] == key[k]:
            k += 1
        else:
            text = folded[words[j][1]:words[j][2]]
            # (one adverb that describes a describing word is no word of its own: 'the highly dynamic
            # eutectic molten state')
            free = not adverb and text.endswith("ly") and len(text) > 4 and j + 1 < len(words) \
                and stems[j + 1] != key[k]
            adverb = adverb or free
            # (a demonstrative right before the label's next word determines it, as an article would: 'confining the
            # hydride within these pores')
            free = free or text in _DEMONSTRATIVES and j + 1 < len(words) and stems[j + 1] == key[k]
            skipped += not free
            if skipped > _GAP or not (_GAP_WORD.fullmatch(text) or _TWO_STATES.fullmatch(text)) \
                    or text in _NOT_GAP and not free:
                return None
        j += 1
    return j


@lru_cache(maxsize=2)
def _passives(families: bool = False) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Second stem → (stemmed label, term id) of the labels of two words or more, longest first: a
    label that opens with a verb ('suppress NH3 release', 'weaken Mg–H bond') is also written in the
    passive, its object first ('the release of NH3 … was suppressed', 'the Mg–H bond is weakened')."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for entries in _phrases(families).values():
        for key, tid in entries:
            if len(key) >= 2:
                out.setdefault(key[1], []).append((key, tid))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


_PASSIVE_REACH = 8        # at most this many words between the object and its participle
# the object and its participle stay in one clause: no clause punctuation, no word that joins, negates
# or opens another clause between them ('NH3 release was not suppressed' credits nothing)
_PASSIVE_BREAK = re.compile(r"[,;:]|\.(?:\s|$)")
_PASSIVE_STOP = frozenset({"not", "no", "never", "hardly", "barely", "and", "or", "but", "which", "that", "while",
                           "whereas", "if", "whether", "than", "cannot", "although", "though", "because", "since",
                           "when", "where", "as", "so", "unless", "until", "remain", "remained", "remains"})
# a form of 'to be' or 'to have' before another word: the clause's own verb, not the label's participle
_AUXILIARY = re.compile(r"\b(is|are|was|were|be|been|being|has|have|had)\s+(?:[a-z]+ly\s+)*$")
_HAVE = frozenset({"has", "have", "had"})
_HYPOTHETICAL = re.compile(r"\b(?:could|might|may|would)\s+(?:not\s+)?(?:[a-z]+ly\s+)?(?:also\s+)?$")


def _passive_end(words, folded: str, i: int, stems: list[str], passives, participles: set[str]
                 ) -> tuple[int | None, str | None]:
    """(index after the participle, term id) of a label read in the passive from word ``i`` on: the
    label's words after its verb, as written or with describing words inside, then within the clause
    the verb as a participle ('-ed') after a form of 'to be'; else (None, None). ``participles``: the
    stems of the sentence's words that end in '-ed' (a label whose verb is none of them is no passive)."""
    for key, tid in passives.get(stems[i], ()):
        if key[0] not in participles:
            continue
        rest = key[1:]
        if tuple(stems[i:i + len(rest)]) == rest:
            stop = i + len(rest)
        elif len(rest) >= _GAPPED_LENGTH - 1 and (stop := _gapped_end(words, folded, i, rest, stems)) is not None:
            pass
        else:
            continue
        for j in range(stop, min(len(words), stop + _PASSIVE_REACH + 1)):
            word = folded[words[j][1]:words[j][2]]
            if _PASSIVE_BREAK.search(folded, words[j - 1][2], words[j][1]) or word in _PASSIVE_STOP:
                break
            auxiliary = _AUXILIARY.search(folded, words[stop - 1][2], words[j][1])
            if auxiliary and stems[j] == key[0] and word.endswith("ed") and auxiliary.group(1) not in _HAVE:
                # ('reduced graphene oxide': a participle before a noun is no passive; 'could be stabilized':
                # what might happen is no finding)
                if _HYPOTHETICAL.search(folded, max(0, auxiliary.start() - 20), auxiliary.start()):
                    break
                return j + 1, tid
            if auxiliary and not word.endswith("ly"):
                break
    return None, None


# ------------------------------------------------------------------------------ sentences
# a material joined to the system after it as what modifies it: 'KH-doped', 'TiCl3-catalysed', 'Ni-added'
_DOPED_PREFIX = re.compile(r"(?<![\w(-])([A-Z][a-z]?\d*(?:[A-Z(][\w().]*)?)-(?i:doped|catalys\w*|catalyz\w*|added|"
                           r"modified|containing|decorated)\s+$")


# the host made from what follows: 'Mg(NH2)2 was first synthesized by ball milling', 'preparing LiNH2 from'
_MADE_FROM = (rf"(?:{BE}\s+(?:first\s+|initially\s+)?(?:synthesi[sz]ed|prepared|obtained|produced|made)|"
              r"(?:synthesi[sz]|prepar|produc)\w*)\s+(?:first\s+)?(?:by|from|via)\s+"
              r"(?:(?!with\s|and\s|or\s)[a-z][\w-]*\s+){0,3}$")


# (a reducing agent or solution named by what it holds: 'a reducing solution of potassium', 'the reducing agent of
# metallic Na')
_REDUCTANT_BEFORE = re.compile(r"\breduc(?:ing|tive)\s+(?:solutions?|agents?|media|medium)\s+(?:of|containing)\s+"
                               r"(?:the\s+)?(?:[a-z][\w-]*\s+)?$", re.I)


def _precursor(text: str, pos: int, host: str | None) -> bool:
    """The material at ``pos`` is what the sentence makes the host from ('… making Mg(NH2)2 by ball
    milling MgH2 in NH3 gas'), not an additive of its sample."""
    if not host:
        return False
    head = text[max(0, pos - 120):pos]
    # ('… prepared by chemical reduction of magnesocene using a reducing solution of potassium'): the reductant that
    # makes the host is consumed by the synthesis, no part of the sample
    return bool(_REDUCTANT_BEFORE.search(head) or re.search(rf"{re.escape(host)}\s+{_MADE_FROM}", head)
                or re.search(rf"(?:synthesi[sz]|prepar|produc)\w*\s+(?:the\s+)?{re.escape(host)}\s+"
                             rf"(?:by|from|via)\s+(?:(?!with\s|and\s|or\s)[a-z][\w-]*\s+){{0,3}}$", head))


# 'Al and LiH form upon lithiation', 'Mg2Ni forms during the first cycle': phases a run forms, said in the present
# ('CaB6 and CaH2 were formed', 'MgB2 is produced'): the same in the passive, a form of 'to be' before the participle
# (the ontology's participles of forming, PreparationVerb's FormedInSituParticiple)
_FORM_AFTER = re.compile(
    r"(?:\s*,?\s+(?:and|or)\s+\S+)?\s+(?:(?:form|forms)\s+(?:upon|during|on|after|at|in)\b|"
    rf"{BE}\s+(?:also\s+)?"
    rf"{vocabulary().scheme_alternation('PreparationVerb', ('FormedInSituParticiple',))}\b)", re.I)


def _put_in(text: str, end: int) -> bool:
    """The material ending at ``end`` is what the sentence puts in ('… was added to MgH2'). (Not '… as a
    catalyst', which may follow the material it is put in: 'added to MgH2 as a catalyst'.) A form noun may stand
    between ('Mg2Ni nanoparticles were loaded into MgH2')."""
    word = _FORM_WORD.match(text, end)
    return bool(ADDED_PASSIVE.match(text, end) or word and ADDED_PASSIVE.match(text, word.end()))


_FORM_WORD = re.compile(r"\s+[a-z][\w-]*")
# 'a NaTiOxH catalyst', 'the Mg2NiH4 co-catalyst': a material its sentence names as a catalyst is none of its hosts
# (not 'MgH2 as a catalyst …', where the noun is said of what was put in)
_CATALYST_NOUN = re.compile(r"\s+(?!as\b)(?:[a-z][\w-]*\s+)?(?:co-?)?catalysts?\b", re.I)


class _Said:
    """What one sentence names, read once and only when a later mechanism sentence needs it."""

    def __init__(self, sent):
        self.sent = sent
        self._mentions = None
        self._text = None
        self._hosts = None
        self._cued = None
        self._strategies = None
        self._added: list[str] | None = None
        self._given: list[str] | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = clean_text(self.sent.text, getattr(self.sent, "start", 0) or 0).text
        return self._text

    @property
    def mentions(self) -> list[tuple[int, str, object]]:
        if self._mentions is None:
            self._mentions = _mentions(self.text)
        return self._mentions

    def may_name_two(self) -> bool:
        """Might the sentence name two materials or more? Its materials where they were read, else the
        pipeline's material mentions, each of which gives one at most (``_mentions``), unless the sentence
        may write a cell as its layers ('Li|LiBH4|Li', split by ``cell_layers``): an upper bound, not a reading."""
        if self._mentions is not None:
            return len(self._mentions) >= 2
        text = self.text
        return "/" in text or "|" in text or sum(m.kind in (SYSTEM_LABEL, "Material") for m in mentions(text)) >= 2

    def hosts(self) -> list[str]:
        """Hosts the sentence names, not the products it forms ('the formation of Mg2Ni(Cu)H4')."""
        if self._hosts is None:
            text = self.text
            # (only a host is read back for the clause it stands in: every sentence's hosts are asked
            # for, and most of its mentions are no host)
            hosts = [m for m in self.mentions
                     if m[2] is not None and _is_host(_host_of_system(m[2]))
                     and not _formed(text, m[0])
                     and not _compared(text, m[0]) and not _replaced_before(text, m[0])]
            # (nor the metals another host is made from: 'Mg2FeH6 was synthesized by reactive milling of 2Mg + Fe'; a
            # hydride it is made from, 'LiMn(BH4)3 made by milling LiBH4 and MnCl2 together', is a host of its own)
            hosts = [m for m in hosts if written_with_hydrogen(m[2].text) or not any(
                o is not m and o[0] < m[0] and _precursor(text, m[0], o[2].text) for o in hosts)]
            # (nor a sample named back in words, 'the doped aluminium hydride': the host named before, which the
            # passage's host stands for — see ``_named_back``)
            hosts = [m for m in hosts if not _sample_named_back(text, m[0])]
            # (nor one it names as a catalyst, nor an alloy it puts into another host, 'Mg2Ni was added to MgH2 as a
            # catalyst': the additive;
            # a hydride put into one, 'LiBH4 was added to MgH2', stays the host of their composite)
            if len(hosts) > 1:
                # ('Al was chosen to destabilize MgH2', 'CeH2 was used as a catalyst for LiBH4': one the text declares
                # a role for is the additive)
                hosts = [m for m in hosts if not _CATALYST_NOUN.match(text, m[0] + len(m[2].text))
                         and (written_with_hydrogen(m[2].text) or not _put_in(text, m[0] + len(m[2].text)))
                         and not declares_role(text, m[0], m[0] + len(m[2].text))] or hosts
            self._hosts = _host_formulas(hosts)
        return self._hosts

    def classes(self) -> list[str]:
        """The classes of additives the sentence names by their class noun alone ('high-entropy alloys',
        'MXenes'): a kind of material the ontology gives members, written as one of its labels."""
        vocab = vocabulary()
        # (the class noun as the ontology labels it, with no formula: 'the LiBH4–LiI solid solution' names its material)
        return [t for m in mentions(self.text) if m.kind == "Material" and (t := m.term) is not None and t in vocab
                and vocab.children(t) and not _support_kind(t) and not any(c.isdigit() for c in m.text)
                and fold(m.text) in {fold(label) for label in vocab.get(t).labels}]

    def added(self) -> list[str]:
        """Every material the sentence names, with the additives of the systems it writes whole."""
        if self._added is None:
            self._added = [f for _, f, s in self.mentions for f in     # (as written too: 'NiCp2' of nickelocene)
                           [f, *([s.text, *(a.formula for a in s.additives)] if s is not None else [])]]
        return self._added

    def given(self) -> list[str]:
        """The materials the sentence adds to a sample: cued, or written as additives of a system (read once: a
        paragraph's are gathered for each claim of each later sentence, ``_Context.given``)."""
        if self._given is None:
            self._given = [*self.cued(),
                           *(a.formula for _, _, s in self.mentions if s is not None for a in s.additives)]
        return self._given

    def cued(self) -> list[str]:
        """Materials the sentence adds to an unnamed sample ('Adding 3 mol% KH lowers …')."""
        if self._cued is None and not may_cue_additive(self.text):
            self._cued = []     # (no cue word in the sentence: no material of it stands after one)
        if self._cued is None:
            text = self.text
            # 'introducing a reactive Al3Ti alloy': an adjective may stand between the cue and the material
            # ('… detected after ball milling with MgH2': a hydride a milling is said with is the host it went into)
            self._cued = [f for pos, f, _ in self.mentions
                          if (ADDITIVE_CUE_GATE.search(text[max(0, pos - 40):pos])
                              or ADDITIVE_CUE_GATE.search(_DESCRIBED.sub("", text[max(0, pos - 50):pos])))
                          and not (hydride_like(f) and MILLING_CUE.search(text[max(0, pos - 40):pos]))
                          or _AMOUNT_WITH.search(text[max(0, pos - 40):pos])]
        return self._cued

    def system(self, host: str):
        """The modified system of ``host`` this sentence names whole ('LiAlH4@C', 'MgH2–TiVNbZrFe')
        or as host plus additives ('MgH2 was milled with 5 wt% Nb2O5'): (additive formulas, system)."""
        cued = [f for f in self.cued() if _credited(f, host)]
        text = self.text
        for pos, _, s in self.mentions:
            if _modified(s) and _same_host(_host_of_system(s), host) \
                    and not _NAMED_BASELINE.search(text, max(0, pos - 40), pos):  # 'additive-free …' is the reference
                # 'Doping LiNH2–LiH with 3 mol% TiCl3': the system written whole and what is added to it
                # ('Li4(BH4)3I confined in the mesopores of SBA-15': the scaffold it is placed in too)
                placed = [f for p, f, _ in self.mentions if p > pos and _credited(f, host)
                          and _INTO_SCAFFOLD.search(text, pos, p)]
                # ('the KH-doped Mg(NH2)2–2LiH': what the system is said to be doped with, before it)
                # (a word the mentions leave out, being joined to its participle)
                prefixed = [m.group(1) for m in [_DOPED_PREFIX.search(text, max(0, pos - 40), pos)]
                            if m and _credited(m.group(1), host)]
                extra = [f for f in dict.fromkeys(cued + placed + prefixed)
                         if f not in [a.formula for a in s.additives]]
                return [a.formula for a in s.additives] + extra, None if extra else s
        # hydrides listed with the host ('hydrides, including BaH2, CaH2 and MgH2') are studied beside
        # it, not added to it
        beside = _listed_with(self.mentions, text, host)
        # (a material likened or compared to, 'similar to Li2B12H12', is not in the sample either)
        # (nor what it forms: 'TiF3 reacts with MgH2 to give TiH2 and MgF2' names the sample's TiF3 only)
        made = _products(self.mentions, text)
        # (nor what the host itself was made from: 'making Mg(NH2)2 by milling MgH2 in NH3 gas')
        # (nor a baseline the sentence names an additive's undoped or pristine form by, 'no reversibility is observed
        # with undoped CMK-3': the reference, not the sample later sentences go on about)
        named = [f for pos, f, _ in self.mentions
                 if _credited(f, host) and f not in beside and not _compared(text, pos) and pos not in made
                 and not _precursor(text, pos, host) and not UNMODIFIED_BEFORE.search(text, max(0, pos - 30), pos)]
        if named and host in self.hosts():
            # 'LiBH4 was melt-infiltrated into ordered mesoporous carbon': the host in its scaffold
            at = {f: pos for pos, f, _ in self.mentions}
            if len(named) == 1 and at.get(host, len(text)) < at[named[0]] \
                    and _INTO_SCAFFOLD.search(text, at[host], at[named[0]]):
                placed = _placed_system(host, named[0])
                if placed is not None:
                    return named, placed
            return named, None
        if named and not self.hosts():      # 'Cai et al. studied CoB …' in a paragraph about LiBH4
            cued = [f for f in named if f in self.cued()]
            return cued or named, False     # 'by introducing Al3Ti, which forms TiB2 …': what is added
        return cued, False

    def made(self, host: str):
        """(additives, system) of a sample of ``host`` the sentence makes: written whole, or with
        materials it adds ('introduced Ni/C into …', 'milled with 5 wt% Nb2O5'); else ([], None)."""
        additives, system = self.system(host)
        if system is False or system is None and not self.cued():
            return [], None
        return additives, system

    def strategies(self) -> list[str]:
        if self._strategies is None:
            self._strategies = find_terms(self.text, ("Strategy",))
        return self._strategies


# a formula and the words after it that say what kind of material it is ('FeCoNiCrTi high-entropy alloy',
# 'a CoCrFeNiMn HEA'): up to three lower-case words, or an acronym
_FORMULA_KIND = re.compile(r"(?=[A-Z])(?<![\w-])([A-Z][a-z]?\d*(?:[A-Z][a-z]?\d*)+)\s+"
                           r"([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}|[A-Z]{2,}s?)")


# (an acronym, or two capitals of a formula: compiled once, asked of every sentence; its first capital written
# apart, so that the engine skips to capitals)
_CAPITALS_RUN = re.compile(r"[A-Z][A-Z]+")


def _formulas_of_kinds(text: str) -> list[tuple[str, str]]:
    """(kind term id, formula) of each formula the sentence writes as a kind of material the ontology
    names without a formula of its own (a class of additives: 'FeCoNiCrTi high-entropy alloy')."""
    if "alloy" not in text and not _CAPITALS_RUN.search(text):
        return []       # (most sentences name no kind after a formula: a cheap look first)
    vocab, out = vocabulary(), []
    for m in _FORMULA_KIND.finditer(text):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            term = vocab.lookup(" ".join(words[:n]), "Material")
            if term is not None and not term.formula and vocab.children(term.id):
                out.append((term.id, m.group(1)))
                break
    return out


class _Context:
    """The sentences of the current paragraph, and the hosts of the passage before it (never across
    a section or a heading), read back for the host and the modified sample a sentence without
    them is about. A paragraph hard-wrapped over lines comes as one block per line: a sentence that
    starts right after the previous one (nothing but one line break between) continues it."""

    def __init__(self):
        self.key = None
        self.previous: list[_Said] = []
        self.earlier: list[_Said] = []      # the passage's earlier paragraphs
        self.paragraph = None
        self.last_end = None
        self.paragraphs = 0                  # how many paragraphs were entered
        self._named: dict[str, None] = {}    # the hosts the passage's sentences name, in order (``named``)
        self._unread: list[_Said] = []       # the passage's sentences whose hosts ``_named`` does not hold yet
        self.last: list[_Said] = []          # the paragraph before this one, in the same passage
        self.abbreviations: dict[str, str] = {}    # the document's abbreviations of materials ('HCS' → C)
        self.text = ""                               # the document's running text (``holding``: a sample written so)
        self._written: dict[str, bool] = {}         # system name → does ``text`` write it (``written``)
        self._measured_in: dict[tuple, list] = {}  # (section, host, additive) → its measured systems (``measured_as``)
        self._held: dict[tuple, object] = {}       # (section, host) → the system holding it (``holding``)
        self.abbreviated: dict[str, str] = {}      # what an abbreviation is credited as ('HCS', 'porous carbon')
        self.spelled: dict[str, str] = {}          # the formula an abbreviation stands for ('MAH' → Mg17Al12)
        self.kinds: dict[str, set[str]] = {}        # a kind of material → formulas written as it ('FeCoNiCrTi HEA')
        # section → system name → (system, properties): what the document measured, by section
        self.measured: dict[str | None, dict[str, tuple]] = {}
        # (section, system name) → the arrangements (single atoms) the records of that system carry
        self.arranged: dict[tuple, set[str]] = {}
        self._alternative_set: set[str] = set()       # the additives the passage names as alternatives (``apart``)
        self._best: str | None = None               # the alternative the passage ranks above the others
        # (the passage's sentences not yet read for alternatives, each with whether it might name two materials when
        # it was added: read in order when a claim asks, most sentences never being asked for them)
        self._unranked: list[tuple[_Said, bool]] = []
        self.sentences: list = []                   # the document's running-text sentences (``_class_turned_to``)
        # what ``added``, ``given`` and ``composites`` gathered from the sentences held now: asked for again and again
        # while one sentence is read (each host and claim it weighs), they are gathered once until a sentence enters
        # or is added (what a held sentence names, read once, does not change)
        self._gathered: dict[tuple[str, bool], list | set] = {}

    def enter(self, sent) -> None:
        self._gathered = {}
        key = (getattr(sent, "section", None), getattr(sent, "passage", None))
        paragraph, start = getattr(sent, "paragraph", None), getattr(sent, "start", None)
        if key != self.key:
            self.key, self.previous, self.earlier, self.last = key, [], [], []
            self._named, self._unread = {}, []
            self._alternative_set, self._best, self._unranked = set(), None, []
            self.paragraphs += 1
        elif paragraph != self.paragraph and not (
                start is not None and self.last_end is not None and 0 <= start - self.last_end <= 1):
            self.earlier, self.previous, self.last = self.earlier + self.previous, [], self.previous
            self.paragraphs += 1
        self.paragraph = paragraph

    def add(self, said: _Said) -> None:
        self._gathered = {}
        self.previous.append(said)
        if "(" in said.sent.text:
            # (an abbreviation of a material of the ontology is that material: 'OMCS' of 'ordered
            # mesoporous carbon spheres' is porous carbon; one of a form of its own is named as written)
            for abbr, material, itself in defined_abbreviations(said.sent.text):
                self.abbreviations[abbr] = material
                self.abbreviated[abbr] = material if itself else abbr
            # (and one of a formula, 'Mg17Al12-hydride (abbreviated as MAH)': later claims credit that formula)
            for abbr, formula in formula_abbreviations(said.sent.text):
                self.abbreviations.setdefault(abbr, formula)
                self.abbreviated.setdefault(abbr, formula)
                self.spelled.setdefault(abbr, formula)
        self._unread.append(said)
        self._unranked.append((said, said.may_name_two()))
        for kind, formula in _formulas_of_kinds(said.sent.text):
            self.kinds.setdefault(kind, set()).add(formula)
        self.last_end = getattr(said.sent, "end", None)

    def _rank(self) -> None:
        """Reads the sentences added since alternatives were last asked for, for the alternatives they name and the
        best of them, in order (each as it was when added: ``may_name_two`` was asked then)."""
        for said, may_name_two in self._unranked:
            # (alternatives are two materials or more, and the best one is one of the passage's alternatives: a
            # sentence that cannot name two, in a passage that named none, has its materials read only if a later
            # sentence asks for them)
            if self._alternative_set or may_name_two:
                self._alternative_set |= _alternatives(said.mentions, said.sent.text)
                text = said.sent.text
                for pos, f, _ in said.mentions:
                    # ('the Ti2C exhibits the best catalytic effect': the best one, within its clause after it)
                    best = BEST.search(text, pos, pos + 50) if f in self._alternative_set else None
                    if best and not _CLAUSE_BREAK.search(text, pos, best.start()):
                        self._best = f
        self._unranked.clear()

    @property
    def alternatives(self) -> set[str]:
        """The additives the passage named as alternatives so far (``_rank``)."""
        self._rank()
        return self._alternative_set

    @property
    def best(self) -> str | None:
        """The alternative the passage ranked above the others, if any."""
        self._rank()
        return self._best

    @property
    def named(self) -> dict[str, None]:
        """The hosts the passage's sentences name, in order. Read only for a sentence naming a
        mechanism (most name none): the hosts of the sentences before are found then, not as each
        sentence is added (a reading of its materials that most sentences would never need)."""
        for said in self._unread:
            self._named.update(dict.fromkeys(said.hosts()))
        self._unread.clear()
        return self._named

    def as_written(self, additive: str | None) -> str | None:
        """The formula the document wrote a kind of material as ('the FeCoNiCrTi high-entropy alloy …
        the HEA acts as …': FeCoNiCrTi), when ``additive`` is that kind and one formula was written as it."""
        term = vocabulary().lookup(additive, "Material") if additive else None
        formulas = self.kinds.get(term.id, ()) if term is not None else ()
        return next(iter(formulas)) if len(formulas) == 1 else additive

    def measured_as(self, host: str | None, additive: str | None, sample: list[str] = ()) -> tuple | None:
        """(name, component, system, application) of ``additive`` as the section measured it in a system of
        ``host``: the component it names (``_component_named``) in the system holding the sentence's
        sample, else the one measured for most properties, and the application those values are for;
        else None. A part credited ('Ni' of 'Ni/graphene') keeps the name the sentence gives it: the
        sentence speaks of that part, whose strategy is still the supported catalyst's."""
        if not host or not additive:
            return None
        # (the section's measured systems are fixed before the first sentence is read: the ones naming the
        # additive in a system of the host are looked for once per section, host and additive)
        section = self.key[0] if self.key else None
        found = self._measured_in.get((section, host, additive))
        if found is None:
            found = self._measured_in[section, host, additive] = [
                (named, system, props) for system, props in self.measured.get(section, {}).values()
                if _same_host(_host_of_system(system), host)
                and (named := _component_named(additive, [a.formula for a in system.additives])
                     or _named_with_architecture(additive, system)) is not None]
        if not found and _carbon_as_such(additive):
            # 'LiBH4@carbon … confinement' where the section measured LiBH4@carbon foam: carbon as such is the one
            # carbon scaffold the sample was measured in, as its bare '@C' was (ingest.support_names) — only in a
            # system holding the rest of the sentence's sample and nothing more
            rest = [f for f in sample if not _carbon_as_such(f)]
            found = [(named, system, props) for system, props in self.measured.get(section, {}).values()
                     if _same_host(_host_of_system(system), host) and len(system.additives) == len(rest) + 1
                     and _holds(system, rest) and (named := _carbon_scaffold(system)) is not None]
        if not found:
            return None
        named, system, props = max(found, key=lambda f: (_holds(f[1], sample), len(f[2])))
        # (a part named with its architecture, 'mesoporous SiO2' for 'SiO2', does what the formula does: the claim
        # is read with the formula and names the part as written, ``_claim``)
        # (a core in its shell, 'Ni' of 'Ni@C', is no part added on its own: one particle, credited as the catalyst)
        part = _supported(additive, named) and "@" not in named
        return named if not part and _written_name(additive, named, system) is None \
            else additive, named, system, application_of(props), self.arranged.get((section, system.name), set())

    def holding(self, host: str | None, measured: tuple | None = None):
        """The system of ``host`` the section measured that the document writes as holding it in a support
        ('MgH2@G': the hydride grown in or on the carbon, which the electrode's roles keep as the scaffold): the
        one the credited additive was measured in (``measured``, see ``measured_as``), else the one such system
        where every system of that host measured with additives is so; else None. (A system the extractor wrote
        with '@' from words, 'graphene-supported MgH2', is not the text's.)"""
        if measured is not None:
            return measured[2] if self.written(measured[2].name) else None
        if not host:
            return None
        section = self.key[0] if self.key else None
        if (section, host) not in self._held:     # (fixed for a section and a host, as ``measured_as``'s systems)
            systems = [system for system, _ in self.measured.get(section, {}).values()
                       if system.additives and _same_host(_host_of_system(system), host)]
            held = [system for system in systems if self.written(system.name) and all(
                a.role == ROLES["scaffold"] for a in system_in_application(system, APPLICATIONS["anode"]).additives)]
            self._held[section, host] = held[0] if held and len(held) == len(systems) else None
        return self._held[section, host]

    def written(self, name: str) -> bool:
        """Does the document's running text write ``name``? (Asked for every system of the section at every claim:
        each name is looked for in the whole text once.)"""
        found = self._written.get(name)
        if found is None:
            found = self._written[name] = name in self.text
        return found

    def composites(self) -> list[tuple[str, frozenset[str]]]:
        """(host, elements) of each composite the paragraph wrote whole so far ('2LiBH4–MgH2', 'Mg(NH2)2–2LiH'), the
        elements of its parts and of what the passage added to a sample: what its products and intermediates can be
        made of (``phase_of_composite``). (The paragraph's only: a review's passage goes from one system to the next;
        and not one written around a hydride usually added, 'the Mg/LiH interface' of a lithiated anode.)"""
        # (what was added: cued or written into a system, and a hydride the ontology knows as a catalyst wherever it is
        # named, 'with 0.08 mol of KH or RbH added')
        gathered = self._gathered.get(("composites", True))
        if gathered is not None:
            return list(gathered)
        added = [*self.given(passage=True), *(f for f in self.added(passage=True) if _usually_catalyst(f))]
        given = frozenset().union(*(_elements(f) for f in added), frozenset())
        # (a hydride as written: '2Mg + Fe', the metals Mg2FeH6 is made from, is no composite)
        gathered = self._gathered["composites", True] = [
            (host, frozenset().union(_elements(host), *(_elements(a.formula) for a in s.additives), given))
            for one in self.previous for _, _, s in one.mentions
            if s is not None and s.additives and _is_host(host := _host_of_system(s))
            and not _usually_additive(host) and "H" in _elements(s.host.formula)]
        return list(gathered)

    def _samples_of_their_own(self) -> set[str]:
        """The hydrides the paragraph names bare up to and with its first composite ('Ti was milled into MgH2 and
        into 2LiBH4–MgH2': MgH2 is a sample of its own, not only the composite's partner)."""
        out: set[str] = set()
        for one in self.previous:
            out |= {_host_of_system(s) for _, _, s in one.mentions if s is not None and not s.additives}
            if any(s is not None and s.additives for _, _, s in one.mentions):
                break
        return out

    def phase_of_composite(self, hydride: str) -> bool:
        """Is ``hydride`` a phase of a composite the paragraph wrote whole — its partner, a product or an
        intermediate of its reaction ('Li2B12H12' or 'MgH2' of 2LiBH4–MgH2 with NbF5, 'Li2Mg2(NH)3' or 'K2Mg(NH2)4'
        of Mg(NH2)2–2LiH with KH) — rather than a host of its own? Made of the composite's and its additives'
        elements only, and written as no composite's host itself ('LiNH2–MgH2' beside Mg(NH2)2–2LiH is a host) nor
        as a sample of its own before it."""
        composites = self.composites()
        return bool(composites) and not any(_same_host(hydride, h) for h, _ in composites) and any(
            _elements(hydride) <= elements for _, elements in composites) \
            and not any(_same_host(hydride, h) for h in self._samples_of_their_own())

    def host(self) -> str | None:
        """The paragraph's host: among the hosts of the last sentence naming one, the one the
        paragraph names most often (the first of equals); a hydride usually added (KH, LiH) only
        when no other is named."""
        named = list(self.named)
        added = self.added()   # (read once: the paragraph does not change while its host is sought)
        usual = None           # the last sentence's hydrides usually added, where it names no other
        for said in reversed(self.previous):
            # 'Mg2Ni alloys can be formed in situ from NiCp2' in a passage about MgH2: a phase, no new host
            # (nor a partner, product or intermediate of a composite written before: 'Li2B12H12 was not detected')
            hosts = [h for h in said.hosts() if not any(_phase_of(h, b, added) for b in named)
                     and not self.phase_of_composite(h)]
            # ('Adding 3 mol% KH lowers the onset …' after the host's sentence): a hydride the sentence adds is
            # the sample's additive, not a new host of the paragraph
            hosts = [h for h in hosts if h not in said.cued()] if self.previous[0] is not said else hosts
            kept = list(dict.fromkeys(h for h in hosts if not _usually_additive(h)))
            if hosts and not kept and all(_formed_by_additive(h, added) for h in hosts):
                # ('After the first desorption, KH, MgF2 and TiH2 were detected' after 'MgH2 doped with K2TiF6 …'): a
                # hydride usually added whose metal an additive of the paragraph brought is what that additive
                # turned into, the host only where no sentence of the paragraph before it names another
                usual = usual or list(dict.fromkeys(hosts))
                continue
            kept = kept or list(dict.fromkeys(hosts))
            if kept:
                if len(kept) == 1:
                    return kept[0]
                every = [h for earlier in self.previous for h in earlier.hosts()]
                return max(kept, key=every.count)
        if usual:
            every = [h for earlier in self.previous for h in earlier.hosts()]
            return max(usual, key=every.count)
        return None

    def added(self, passage: bool = False) -> list[str]:
        """The materials the paragraph (``passage``: and the passage before it) named so far."""
        gathered = self._gathered.get(("added", passage))
        if gathered is None:
            gathered = self._gathered["added", passage] = [
                f for said in [*(self.earlier if passage else ()), *self.previous] for f in said.added()]
        return list(gathered)     # (a copy: the caller's to change)

    def given(self, passage: bool = False) -> set[str]:
        """The materials the paragraph (``passage``: and the passage before it) added to a sample: cued
        ('with 3 mol% RbH') or written as additives of a system ('Mg(NH2)2–2LiH')."""
        gathered = self._gathered.get(("given", passage))
        if gathered is None:
            gathered = self._gathered["given", passage] = {
                f for said in [*(self.earlier if passage else ()), *self.previous] for f in said.given()}
        return set(gathered)

    def best_first(self, sample: list[str]) -> list[str]:
        """``sample`` with the alternative the passage ranked best first, where it holds several alternatives: a
        sentence crediting no additive of them ('The high catalytic activity originates from …') speaks of that one."""
        if self.best not in sample or len(self.alternatives & set(sample)) < 2:
            return sample
        return [self.best, *(a for a in sample if a != self.best)]

    def apart(self, sample: list[str], additive: str | None) -> list[str]:
        """``sample`` as the sample of ``additive`` alone, where the passage named it as one of several alternatives
        ('MgH2 doped with different carbides: Nb2C and Ti2C'): without the other alternatives, and without what no
        sentence added to a sample (a material only named beside them, 'the metal and graphite valence states');
        the host's hydride partners stay. Any other sample is as the paragraph made it."""
        if not additive or additive not in self.alternatives or additive not in sample:
            return sample
        given = self.given(passage=True)
        return [a for a in sample if a == additive
                or a not in self.alternatives and (a in given or _is_host(a))]

    def last_strategy_of(self, kind: str) -> list[str]:
        """The strategy the paragraph named last, where it is one under ``kind`` ([] where another came after it:
        'Anion doping … This approach improves …' is about the doping, not a nano form named before it)."""
        vocab = vocabulary()
        for said in reversed(self.previous):
            named = said.strategies()
            if named:
                return named[-1:] if kind in vocab and vocab.is_a(named[-1], kind) else []
        return []

    def named_strategy(self, kind: str) -> list[str]:
        """The last strategy under ``kind`` the paragraph (else its passage) names."""
        vocab = vocabulary()
        for said in [*reversed(self.previous), *reversed(self.earlier)]:
            found = [t for t in said.strategies() if kind in vocab and vocab.is_a(t, kind)]
            if found:
                return found[:1]
        return []

    def passage_host(self) -> str | None:
        named = [h for said in self.earlier for h in said.hosts()]
        added = [f for said in self.earlier for f in said.added()] if len(set(named)) > 1 else []
        for said in reversed(self.earlier):
            hosts = [h for h in said.hosts() if not any(_phase_of(h, b, added) for b in named)]
            if hosts:
                return _preferred(hosts)
        return None

    def sample(self, host: str | None, before: bool = False):
        """(additive formulas, system or None) of the modified sample of ``host`` the paragraph named
        last; ``before``: the one the paragraph before it named last (same passage)."""
        if host is None:
            return [], None
        added: list[str] = []
        said_before = list(reversed(self.last if before else self.previous))
        for i, said in enumerate(said_before):
            additives, system = said.system(host)
            if additives and system is False:     # 'Adding 3 mol% KH …': added to the sample before
                added = additives + added
                if said.cued() and set(additives) <= set(said.cued()):
                    return added, None            # what a sentence adds starts the sample
            elif additives:
                # (an element of the sample's compound named after it, 'the Ni and Mo of NiMoO4 were reduced …', is
                # that compound in another state, not an additive of its own)
                added = [f for f in added
                         if not (_bare_element(f) and any(f in _elements(a) and a != f for a in additives))]
                both = list(dict.fromkeys(added + additives))
                fuller = None if system is not None or added else _fuller_sample(said_before[i + 1:], host, both)
                return fuller or (both, system if not added else None)
        return added, None


def _formed_by_additive(hydride: str, added: list[str]) -> bool:
    """Is ``hydride`` (usually an additive: KH, NaH, LiH) one an added material holding its metals could have turned
    into (KH of K2TiF6, NaH of NaNbO3), rather than a material of its own? (Not a hydride that stores: LiH beside
    LiBH4 is the partner of a composite, no product.)"""
    metals = _metals(hydride)
    # (a compound bringing other elements too: 'Li' or 'Li–H' of LiH is the hydride itself)
    return bool(metals) and any(metals <= _metals(a) and _elements(a) - _elements(hydride) and not _is_host(a)
                                for a in added)


def _fuller_sample(earlier: list[_Said], host: str, parts: list[str]):
    """(additives, system) of the sample an earlier sentence made of ``host`` with every one of ``parts`` and more,
    else None: a sentence that names the host beside some of its sample's parts only ('MgH2 destabilises LiBH4 …'
    after '2LiBH4–MgH2 was milled with 5 wt% TiCl3') speaks of that sample, not of a new one without the rest."""
    for said in earlier:
        additives, system = said.system(host)
        if additives and system is not False:
            # (a support named by its substance, 'next to the silica walls' of LiBH4 in SBA-15, is that support)
            held = {next((a for a in additives if a == p or _substance_of(p, a)), p) for p in parts}
            return (additives, system) if held <= set(additives) and set(parts) != set(additives) else None
    return None


@per_document(maxsize=1024)
def _substance_of(part: str, support: str) -> bool:
    """Does ``part`` name the substance ``support`` is made of ('silica' or SiO2 of SBA-15, carbon of CMK-3): a
    support of the ontology whose own or broader term is labelled with one of ``part``'s names ('mesoporous SiO2',
    'carbon support')?"""
    vocab = vocabulary()
    term = vocab.lookup(support, "Material")
    stuff = vocab.get(_CARBON) if _carbon_as_such(part) and _CARBON in vocab else vocab.lookup(part, "Material")
    if term is None or stuff is None or term.id == stuff.id or not _is_support(support):
        return False
    names = {fold(n) for n in (*stuff.labels, stuff.formula or "") if n}
    return any(set(fold(label).split()) & names for t in (term.id, *vocab.ancestors(term.id))
               for label in vocab.get(t).labels)


_ITEM_END = re.compile(r"[^\s,;:]*")      # a listed word, without the comma after it
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)\s*")


_CLAUSE_BREAK = re.compile(r"[,;:.]\s")


def _alternatives(mentions, text: str) -> set[str]:
    """The additives a sentence names as alternatives, each a sample of its own with the host (see
    ``ingest.sample_words.CHOOSING``): a list after a choosing word ('MgH2 doped with different carbides, Nb2C and
    Ti2C'), joined by 'or'/'versus', followed by 'respectively', or ranked against another ('Ti2C is superior to
    graphene'). Hydrides that store are hosts, never alternatives; a sentence saying the additives went in together
    ('co-doped with Ni and Co') names none."""
    if len(mentions) < 2:
        return set()      # (alternatives are two materials or more: most sentences name fewer, no word need be read)
    runs: list[tuple[int, int, list[str], bool]] = []     # (start, end, formulas, joined as alternatives)
    for pos, f, _ in mentions:
        end = m.end() if (m := _ITEM_END.match(text, pos)) else pos
        if runs and runs[-1][1] <= pos:
            gap = text[runs[-1][1]:pos]
            between = BETWEEN_ALTERNATIVES.fullmatch(gap) is not None
            if between or _LIST_GAP.fullmatch(gap):
                start, _, items, joined = runs[-1]
                runs[-1] = (start, end, [*items, f], joined or between)
                continue
        runs.append((pos, end, [f], False))
    out: set[str] = set()
    for i, (_, end, items, joined) in enumerate(runs):
        # (the words before a list are read only for a list: most runs are one material)
        if len(items) > 1 and (joined or CHOOSING.search(_lead(runs, i, text)) or EACH_IN_TURN.search(text, end)):
            out.update(items)
        if i + 1 < len(runs):
            # ('the Ti catalytic effect is better than Nb': the ranking within the clause, the other one right after)
            ranked = RANKED.search(text, end, runs[i + 1][0])
            if ranked and ranked.start() - end <= 60 and not _CLAUSE_BREAK.search(text, end, ranked.start()) \
                    and runs[i + 1][0] - ranked.end() <= 25:
                out.update([*items, *runs[i + 1][2]])
    # (the words of going together are looked for only where the sentence lists alternatives: most list none)
    return {f for f in out if not _is_host(f)} if out and not TOGETHER.search(text) else set()


def _lead(runs: list[tuple[int, int, list[str], bool]], i: int, text: str) -> str:
    """The words before the ``i``-th run of materials, back to a clause break or another additive: 'a series of
    MgH2 composites with'; a break right before the list sets it off, 'different additives, Fe and graphene'."""
    start = runs[i][0]
    since = max([0, start - 60, *(e for _, e, its, _ in runs[:i] if not all(_is_host(f) for f in its)),
                 *(m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, start - 60), start) if m.end() < start)])
    return text[since:start]


def _with_abbreviations(mentions, text: str, abbreviations) -> list:
    """``mentions`` with the material abbreviations the document defined ('HCS' after 'hollow carbon
    spheres (HCS)') where the sentence writes them, in order."""
    taken = {pos for pos, _, _ in mentions}
    # (an abbreviation the sentence does not hold is not looked for as a word: most sentences hold none)
    extra = [(m.start(), named, None) for abbr, named in abbreviations.items() if abbr in text
             for m in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", text) if m.start() not in taken]
    return sorted(mentions + extra, key=lambda m: m[0]) if extra else mentions


def _listed_with(mentions, text: str, host: str | None) -> set[str]:
    """The host hydrides written in one list with ``host`` ('BaH2, CaH2, and MgH2')."""
    if not host:
        return set()
    runs, run, last_end = [], [], None
    for pos, f, _ in mentions:
        word_end = _ITEM_END.match(text, pos).end()
        if run and last_end is not None and _LIST_GAP.fullmatch(text, last_end, pos):
            run.append(f)
        else:
            run = [f]
            runs.append(run)
        last_end = word_end
    out: set[str] = set()
    for r in runs:
        if len(r) > 1 and any(_same_host(f, host) for f in r):
            out |= {f for f in r if _metals(f) and "H" in _elements(f) and not _same_host(f, host)}
    return out


_HYDROGEN_END = re.compile(r"H\d*(?:\.\d+)?x?$")


@per_document(maxsize=4096)   # (asked ~10 times per formula pair: for every host of every sentence read back)
def _same_host(a: str | None, b: str | None) -> bool:
    """Mg and MgH2, Mg2Ni and Mg2NiH4 are one host."""
    if not a or not b:
        return False
    return a == b or _HYDROGEN_END.sub("", a) == _HYDROGEN_END.sub("", b)


@per_document(maxsize=4096)   # (asked of every mention of every sentence; the same few formulas come back)
def _is_host(formula: str) -> bool:
    """A hydride that stores: hydrogen bound to a metal, not an ion or a bond ('[BH4]', 'BH4',
    'B–H'), and not a transition-metal hydride (TiH2, NbHx and VH0.81 are catalytic phases formed
    in situ, not hosts)."""
    if formula.startswith(("[", "(")) or not written_with_hydrogen(formula):
        return False
    metals = _elements(formula) - _NON_METALS
    if not metals:
        # (a metal-free hydride the ontology knows as a hydride, ammonia borane NH3BH3, stores as a metal's does; a
        # gas it releases, NH3 or B2H6, is no hydride there)
        term = vocabulary().lookup(formula, "Material")
        return term is not None and term.formula == formula and vocabulary().is_a(term.id, _HYDRIDE_CLASS) \
            and not term.usual_role
    # hydride_like: a hydroxide (KOH) holds no stored hydrogen
    return hydride_like(formula) and not transition_metal_only(formula)


_NON_METALS = frozenset({"H", "D", "B", "C", "N", "O", "F", "Cl", "Br", "I", "S", "P", "Si", "Se"})
_HYDRIDE_CLASS = "Hydride"     # Material: the ontology's hydrides


def _usually_additive(formula: str) -> bool:
    """A hydride the ontology knows as a catalyst or a destabilising partner (KH, LiH, CaH2)."""
    return _usual_roles_by_formula().get(formula, False)


@lru_cache(maxsize=1)
def _usual_roles_by_formula() -> dict[str, bool]:
    """formula → has the first Material term of that formula a usual role? (One table: a scan of every material
    term for each formula a paper names cost more than the claims' look-ups.)"""
    out: dict[str, bool] = {}
    for term in vocabulary().terms("Material"):
        if term.formula is not None:
            out.setdefault(term.formula, bool(term.usual_role))
    return out


@per_document(maxsize=4096)
def _usually_catalyst(formula: str) -> bool:
    """A material the ontology knows as a catalyst whatever its amount (KH, TiH2: ``hkg:usualRole``)."""
    term = vocabulary().lookup(formula, "Material")
    return term is not None and term.usual_role == _CATALYST_ROLE


def _preferred(hosts: list[str]) -> str:
    """The first host that is not usually an additive, else the first — unless a hydride named with it is the host
    of their composite ('MgH2 destabilizes LiBH4 by forming MgB2': in a reactive hydride composite the borohydride is
    the host whatever the order, ``parse_system``'s reading of the two joined)."""
    first = next((h for h in hosts if not _usually_additive(h)), hosts[0])
    return next((h for h in hosts if h != first and _composite_host(first, h) == h), first)


@per_document(maxsize=512)
def _composite_host(first: str, second: str) -> str | None:
    """The host of the composite of two hydrides written in this order (None where the two make no system)."""
    try:
        system = parse_system(f"{first}–{second}")
    except SystemParseError:
        return None
    return system.host.formula if system.host is not None else None


# (compiled once: _mentions tests every chemistry mention of every sentence with them)
_ACRONYM = re.compile(r"[A-Z]{2,}s?")
_HYDROXIDE = re.compile(r"[A-Z]O?H")
_SYMBOL_ONLY = re.compile(r"[A-Z][a-z]?")
_NUMBER_ONLY = re.compile(r"[\d.]+")
# elements joined by hyphens before 'species' name what an intermediate holds, no formula of one material
_ELEMENT_CHAIN = re.compile(r"(?:[A-Z][a-z]?-){2,}[A-Z][a-z]?")
_SPECIES_AFTER = re.compile(r"\s+(?:species|intermediates?)\b")
_SET_EQUAL = re.compile(r"\s*[=≈≤≥<>]\s*[-−]?\d")     # a letter set to a number is a variable


def _mentions(text: str) -> list[tuple[int, str, object]]:
    """(start, formula or name, MaterialSystem or None) of the materials a clean sentence names, as
    the pipeline recognises them (``ingest.nlp.mentions``): formulas and systems with their parse,
    the ontology's material names ('graphene', 'activated carbon') by their formula or label."""
    vocab = vocabulary()
    out = []
    ms = mentions(text)
    if "/" in text or "|" in text:
        ms = cell_layers(text, ms)    # a cell's electrodes are no sample a claim could be about
    ms = electrode_layers(text, ms)
    for i, m in enumerate(ms):
        if m.kind not in (SYSTEM_LABEL, "Material"):
            continue
        term = vocab.get(m.term) if m.kind == "Material" and m.term in vocab else None
        if term is not None and vocab.children(term.id) and _support_kind(term.id) and any(
                n.term in vocab and vocab.is_a(n.term, term.id) and _NAMED_NEXT.fullmatch(text, m.end, n.start)
                for n in ms[i + 1:i + 2]):
            continue          # 'a mesoporous silica scaffold (SBA-15, …)': the kind the text names next is the material
        if term is not None and vocab.children(term.id) and not _support_kind(term.id):
            # a class ('hydride', 'metal') names no material, unless its words name one of its own
            # members before a generic noun ('carbon materials' acting: carbon)
            member = _class_member(m.text, term.id)
            if member is not None:
                out.append((m.start, member, None))
            continue
        if term is not None and _is_name(m.text, term):
            # (a name, not a formula; 'silica aerogel', a support under its architecture, as written)
            # (a host hydride named in words, 'magnesium hydride', is its formula's sample as written by formula: a
            # system, so that it hosts what the sentence adds to it)
            named = term.formula and architecture_name(m.text) or term.formula or term.label
            out.append((m.start, named, system_of(named) if named == term.formula and _is_host(named) else None))
            continue
        word, at = m.text, m.start
        if word.startswith("(") and word.endswith(")") and word.count("(") == 1:
            word, at = word[1:-1], at + 1                 # '(LiAlH4@C)': the system in brackets
        prefix = _PREFIX.match(word)
        if prefix:                                        # 'nano-MgH2', 'bulk-LiBH4': a word describing it
            word, at = word[prefix.end():], at + prefix.end()
        if _ACRONYM.fullmatch(word) and not _HYDROXIDE.fullmatch(word) \
                and vocab.lookup(word, "Material") is None and not _AMOUNT_BEFORE.search(text, max(0, at - 30), at):
            # 'UV', 'DFT', 'SEs': an acronym the ontology does not name (a formula given an amount, '10 wt% VN', is
            # a material whatever its capitals)
            continue
        if _SYMBOL_ONLY.fullmatch(word) and _UNIT_AFTER_NUMBER.search(text, 0, at):
            continue                                      # 'S cm−1', '118 degrees C': a unit, not a material
        if _ELEMENT_CHAIN.fullmatch(word) and _SPECIES_AFTER.match(text, m.end):
            continue                                      # 'the Li-B-N-H species': the elements of some intermediate
        if _SYMBOL_ONLY.fullmatch(word) and _SET_EQUAL.match(text, m.end):
            continue                                      # 'at T = 70 °C', 'x = 0.2': a variable given a value
        system = material_system(m) if word == m.text else system_of(word)
        # (the parts the ontology cannot read too, which are no components)
        if system is None or any(_NUMBER_ONLY.fullmatch(f) or f.endswith("-based") for f in system.part_formulas):
            continue      # a number is no material ('MgH2–10' of a split composition), 'Li/Mg-based' names a class
        if system.host.term and vocab.children(system.host.term):
            continue                                      # 'TM–H' names a class: no material
        if word == m.text and electrodes_only(text, m.start, m.end, system):
            continue                                      # 'a TiS2/Li cell': the device, not a sample
        if system.additives and all(c.text == word for c in system.components) and transition_metal_only(word):
            # 'Ti0.4Cr0.15Mn0.15V0.3', 'Ti0.5V0.5': an alloy of transition metals written with fractions is one
            # catalyst, not its middle metal doped with the others (no hydride host is in it)
            out.append((at, word, None))
            continue
        # (not a sample written with its catalyst, 'Mg–(Cu–ZrO2)@C': a dash outside the brackets before the '@')
        if "@" in word and system.additives and not _is_host(system.host.formula) \
                and not re.search(r"[–-]", re.sub(r"\([^()]*\)", "", word.split("@")[0])) \
                and on_support(Component(formula=word)):
            # 'Ni@C' written whole: one catalyst in its shell, the additive as the text names it, not its metal
            # alone — 'the catalyst' after it means the whole ('Ni/C' reads as its parts, which a sentence credits
            # apart: 'Ni and CoNi nanoparticles were supported on …')
            out.append((at, word, None))
            continue
        if system.additives and not written_with_hydrogen(word) and _PHASE_AFTER.match(text, m.end):
            # ('an Al–Ce intermetallic phase', 'an Al–Ti phase'): a composition of metals named as a phase of the sample
            # is one material, no host with its additives ('the LiBH4–LiNH2 phase', written with its hydrogen, is the
            # sample itself)
            out.append((at, word, None))
            continue
        out.append((at, system.host.formula, system))
    return out


@per_document(maxsize=1024)
def _class_member(text: str, class_id: str) -> str | None:
    """The formula of the material a class mention's leading words name, when it is a member of that
    class with no members of its own ('carbon materials' → C); else None ('transition metals')."""
    vocab = vocabulary()
    words = text.split()
    if len(words) < 2:
        return None
    term = vocab.lookup(" ".join(words[:-1]), "Material")
    if term is None or term.id == class_id or vocab.children(term.id) or not vocab.is_a(term.id, class_id):
        return None
    return term.formula or None


# a material's name, not its formula: lower-case words ('activated carbon', 'SBA-15' folds to 'sba-15')
_NAME = re.compile(r"[a-z][a-z -]*[a-z]|[a-z]+-\d+")


def _is_name(text: str, term) -> bool:
    """A material's name ('graphene', 'SBA-15'), not its formula ('KH' is the formula of KH)."""
    key = fold(text)
    return len(key) >= 3 and bool(_NAME.fullmatch(key)) and key != fold(term.formula or "")


_PREFIX = re.compile(r"[a-z]{3,}-(?=[A-Z])")
_UNIT_AFTER_NUMBER = re.compile(r"(?:\d|\bdegrees?|°)\s*$")


# 'milled with 5 wt% Nb2O5', 'doping LiNH2–LiH with 3 mol% TiCl3': an amount names an additive
# one describing word before a material ('a reactive Al3Ti', 'the layered Ti3C2'), dropped before a cue is read
_DESCRIBED = re.compile(r"(?<=\s)(?:a|an|the)\s+[a-z][\w-]*\s+$|(?<=\s)[a-z][\w-]*\s+$")
_AMOUNT_WITH = gated(re.compile(rf"\bwith\s+{AMOUNT_OF}$", re.I))
_AMOUNT_BEFORE = re.compile(rf"{AMOUNT_OF}$", re.I)
# 'the formation of partially substituted LiBH3F', 'reacts … to form K2Mg(NH2)4': a product, not the host
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
_PRODUCT = gated(re.compile(r"(?=[ftpygdrc])(?:\b(?:formation of|to form|forming|forms|formed|produc\w*|yield\w*|"
                            r"generat\w*|"
                      r"to\s+give|decompos\w* (?:in)?to|(?:transform|convert|reduc)\w* (?:in)?to|"
                      r"(?:turn|chang)\w* into)\s+(?:the |a |an )?"
                      r"(?:(?!(?:in|of|on|with|by|for|at|from|into|during)\s)[\w-]+\s+){0,2})"
                      r"(?:nano-)?$", re.I))      # ('converts into highly dispersed nano-TiB2')
# 'the Al and LiH products', 'the MgB2 product': materials named as what a reaction gave
_PRODUCTS_AFTER = gated(re.compile(r"(?:\s*,?\s+(?:and|or)\s+\S+)?\s+"
                                   r"(?:(?:reaction|decomposition|conversion|final)\s+)?"
                             r"(?:by-?)?products?\b", re.I))


@per_document(maxsize=256)   # (a mention is asked about again for each host a later sentence looks for)
def _formed(text: str, pos: int) -> bool:
    """The material mentioned at ``pos`` is a product the sentence names, not a host or an additive."""
    # ('LiAlH4 + 3Li+ + 3e− → Al + 4LiH': the right side of a reaction equation, ``reactions.in_products``)
    # ('Al and LiH form upon lithiation': the verb of forming after them, in the present)
    after = _WORD_END.match(text, pos).end()
    # ('i) … → 3LiF + Al + Ti, ii) 3Al + Ti → Al3Ti': a reactant an earlier step of the sentence gave, an intermediate)
    return bool(_PRODUCT.search(text[max(0, pos - 60):pos])) or in_products(text, pos) or \
        bool(_PRODUCTS_AFTER.match(text, after)) or bool(_FORM_AFTER.match(text, after)) or intermediate_at(text, pos)


def _modified(system) -> bool:
    """A system with additives worth naming ('MgH2–TiVNbZrFe'), not a bond written like one ('Mg–H')."""
    return system is not None and bool(system.additives) and \
        all(_credited(a.formula, _host_of_system(system)) for a in system.additives)


_HOST_FORMULA: dict[tuple, str] = {}


def _host_of_system(system) -> str:
    """``host_formula`` of a parsed system, remembered (parses are cached by word, hosts repeat)."""
    key = (system.text, system.host.formula)
    found = _HOST_FORMULA.get(key)
    if found is None:
        if len(_HOST_FORMULA) > 65536:
            _HOST_FORMULA.clear()
        found = _HOST_FORMULA[key] = host_formula(system)
    return found


def _host_formulas(mentions) -> list[str]:
    """The hosts among mentions, a metal named as its hydride (Mg → MgH2) unless that hydride is
    usually an additive ('Li cells', 'Li metal': no LiH)."""
    hosts = [h for _, _, s in mentions if s is not None and _is_host(h := _host_of_system(s))
             and not (_BARE_ELEMENT.fullmatch(s.text) and _usually_additive(h))]
    # ("the charge Na donates to AlH4" of NaAlH4: the anion of a host named beside it is no host of its own)
    return [h for h in hosts if not any(h != o and h in o for o in hosts)] if len(hosts) > 1 else hosts


_BARE_ELEMENT = re.compile(r"[A-Z][a-z]?")


def _hosts(text: str) -> list[str]:
    """Host hydrides a clean sentence names."""
    return _host_formulas(_mentions(text))


def _phase_of(hydride: str, host: str | None, added: list[str]) -> bool:
    """``hydride`` is an intermetallic phase ``host`` forms with a metal the text adds to it (Mg2NiH4
    or Mg2Ni(Cu)H4 of MgH2 milled with Ni, CuNi or NiCp2), not a host of its own: it holds the host's
    metals and more, no other non-metal, and every extra metal comes from a material named as added."""
    if not host or not hydride or _same_host(hydride, host):
        return False
    metals, base = _metals(hydride), _metals(host)
    if not base or not base < metals or _elements(hydride) - metals - (_elements(host) - base):
        return False
    extra = metals - base
    given = set().union(*(_elements(a) for a in added if not _same_host(a, hydride) and a != hydride), set())
    return extra <= given


@per_document(maxsize=4096)
def _metals(formula: str) -> frozenset[str]:
    return _elements(formula) - _NON_METALS


def _bare_element(formula: str) -> bool:
    """Is ``formula`` one element's symbol alone ('Ni', not 'NiO' nor 'Ni2')?"""
    return _elements(formula) == {formula}


_GROUP_ON_SUPPORT = re.compile(r"\([^()]+[–\-+][^()]+\)[@/]")     # '(Ni–TiO2)@rGO': catalysts on a support


@per_document(maxsize=4096)   # (pure on its two formulas, asked for each mention of each sentence read back)
def _credited(formula: str, host: str | None) -> bool:
    """An additive worth naming: not a part of the host ('Mg' in MgH2, 'B' in LiBH4, 'H'), not an
    ion or a bond ('[BH4]', 'B–H'), not the host itself. A bracketed group of catalysts on its support,
    '(Ni–TiO2)@rGO', is one catalyst, no ion."""
    if not formula or formula.startswith(("[", "(")) and not _GROUP_ON_SUPPORT.match(formula) \
            or re.fullmatch(r"[A-Z][a-z]?-[A-Z][a-z]?", formula):
        return False
    if host and _same_host(formula, host):
        return False
    if host and "H" in formula and formula != host and formula in host:
        return False    # 'AlH4' of NaAlH4, 'BH4' of LiBH4: the host's anion, no additive
    if _reagent(formula):      # 'ammonia synthesis', 'from NiCp2': consumed or made, never the additive
        return False
    els = _elements(formula)
    if els and els <= {"H", "D"}:
        return False
    if "H" in els and els <= _NON_METALS:        # 'BH4', 'NH2', 'CB11H12': an ion or a group, not an additive
        return False
    # a lone non-metal ('Cl' of Cl⁻, 'I', 'B', 'N') is an ion or an atom the text speaks of, not an
    # additive; carbon and silicon are added as such
    if len(els) == 1 and formula == next(iter(els)) and (els <= _NON_METALS - {"C", "Si"} or els == {"Li"}):
        return False
    # an element of the host ('Mg' in MgH2, 'Li' in LiBH4) is a part of it, not an additive; a
    # compound of the same elements may be one (LiCB11H12 in LiCB9H10, LiH in LiBH4)
    return not (len(els) == 1 and els <= _elements(host))


_REAGENT = "Reagent"     # Material class: a chemical consumed to make a hydride or additive


@per_document(maxsize=4096)
def _reagent(formula: str) -> bool:
    """A reagent of the ontology (NH3, NiCp2, diborane): what a sample is made from or gives off."""
    vocab = vocabulary()
    term = vocab.lookup(formula, "Material")
    return term is not None and _REAGENT in vocab and vocab.is_a(term.id, _REAGENT)


# ('an Al–Ce intermetallic phase is generated during milling'): a composition named as a phase of the sample
_PHASE_AFTER = re.compile(rf"\s+{vocabulary().scheme_alternation('PhaseNoun')}\b", re.I)
_PARTS_SIGN = re.compile(r"[–\-/@+:·⋅]|\s")   # what a sample's notation writes between its parts
_COCKTAIL = "CocktailEffect"   # Mechanism: the combined action of the elements of one multi-component catalyst
# the words a catalytic phrase says materials act together with ('synergetic effects'; the ontology's JointActionWord)
_JOINT = re.compile(vocabulary().scheme_alternation("JointActionWord"), re.I)


def _one_compound_of(owned: list[tuple[int, str]], sample: list[str]) -> str | None:
    """The one additive of the sample whose elements are the two or more bare elements ``owned`` names ('Ni and Mo'
    of NiMoO4), else None."""
    els = [f for _, f in owned]
    if len(set(els)) < 2 or not all(map(_bare_element, els)):
        return None
    found = [a for a in sample if a not in els and set(els) <= _elements(a)]
    return found[0] if len(found) == 1 else None


def _composite_holding(owned: list[tuple[int, str]], others: list[tuple[int, str]], text: str,
                       written: list[str]) -> str | None:
    """The one additive of ``written`` (a composite, 'NiCo/rGO') whose parts are the material ``owned`` names and the
    ones listed right after it by 'and' ('NiCo NPs and rGO': a form noun may follow each), else None."""
    named = [f for _, f in owned]
    for pos, f in others:
        if pos > owned[-1][0] and _AND_NEXT.fullmatch(text, owned[-1][0], pos):
            named.append(f)
            owned = [*owned, (pos, f)]
    if len(set(named)) < 2:
        return None
    found = set()
    for name in dict.fromkeys(written):
        try:
            system = parse_system(name)
        except SystemParseError:
            continue
        if system.host is not None and system.additives \
                and {system.host.formula, *(a.formula for a in system.additives)} == set(named):
            found.add(name)
    return found.pop() if len(found) == 1 else None


# a material, at most one word on it (a form noun: 'NPs', 'particles') and 'and' or a comma up to the next one
_AND_NEXT = re.compile(r"\S+(?:\s+[A-Za-z]+)?(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)")


def _sample_additive(additive: str, sample: list[str], host: str | None = None, in_situ: bool = False) -> str:
    """The sample's additive a sentence means by one of its elements ('multivalent Nb species' in a
    paragraph about MgH2 + Nb2O5, 'Ti' for TiCl3) or by a word the sample's additive contains (not a
    phase of the element with the host's metal: the Pd of a Mg/Pd film is not its Mg6Pd).
    ``in_situ``: the sentence says what it credits formed in situ ('the newly formed Fe'): the element is
    that phase, which ``_added`` credits to the additive it came from and keeps."""
    if not sample or additive in sample or any(_support_of(additive, a) for a in sample):
        return additive
    els = _elements(additive)
    # (carbon named as such is a support of its own, not the element of a carbide: 'nanoconfinement of carbon
    # structures' in a paragraph about MgH2 with TiC is the carbon's)
    if _bare_element(additive) and not in_situ and not _is_support(additive):
        own = _metals(host or "") - els
        for a in sample:
            if els <= _elements(a) and not own & _metals(a):
                return a
    vocab = vocabulary()
    named = vocab.lookup(additive, "Material")
    if named is not None:                 # 'MXene' for the sample's Ti3C2: a kind the additive is
        for a in sample:
            term = vocab.lookup(a, "Material")
            if term is not None and term.id != named.id and vocab.is_a(term.id, named.id):
                return a
    return _support_meant(additive, sample) or additive


def _compound_of_worded(additive: str, sample: list[str], text: str, host: str | None, in_situ: bool) -> str:
    """The sample's compound an element named in words is part of ('vanadium' in a sentence on MgH2 doped with
    V2O5: V2O5), where the sentence writes no symbol of the element itself (one writing 'V' and 'V2O5' may mean
    both); else ``additive``. ``sample``: the paragraph's, else the materials the sentence names."""
    if in_situ or not _bare_element(additive) \
            or re.search(rf"(?<![\w-]){re.escape(additive)}(?:0|\(0\)|⁰)?(?![\w-])", text):   # ('metallic Fe0')
        return additive
    compound = _sample_additive(additive, [a for a in sample if a != additive], host)
    # (a compound with a nonmetal, the oxide V2O5: an alloy of metals, CoNi, may be meant beside its metal Ni)
    return compound if _elements(compound) - _metals(compound) else additive


def _support_of(part: str, written: str) -> bool:
    """Is ``part`` the support of ``written``, a catalyst written on its support ('C' of 'ZrO2@C', 'NC' of 'CoNi/NC')?
    A sentence naming the support ('carbon materials serve as electron carriers') credits the support, not the
    catalyst it carries (whose metal named alone, 'Co' of 'Co/rGO', is the supported catalyst)."""
    return on_support(Component(formula=written)) and re.split(r"[@/]", written)[-1] == part


def _support_meant(additive: str, sample: list[str]) -> str | None:
    """The sample's one support of the kind the sentence names by the kind's bare formula ('the carbon framework', C,
    in a paragraph whose MgH2 sits in a mesoporous carbon: that porous carbon); else None."""
    vocab = vocabulary()
    term = vocab.by_formula(additive)
    kinds = [k for k in _SUPPORTS if k in vocab and term is not None and vocab.is_a(term.id, k)]
    if not kinds:
        return None
    meant = [a for a in sample if a != additive and (t := vocab.lookup(a, "Material")) is not None
             and t.id != term.id and any(vocab.is_a(t.id, k) for k in kinds)]
    return meant[0] if len(meant) == 1 else None


def _alloy_named(additive: str, mentions, host: str | None, earlier: list[str] = ()) -> str:
    """The alloy a sentence names that a bare metal credited in it belongs to ('the synergy between
    Pd and Ni' in a sentence about a PdNi alloy, 'Cu' in one about CuNi): the alloy is what was added.
    ``earlier``: the materials the passage added before, latest last — 'The addition of Cu modifies
    Mg2Ni(Cu)H4 …' after a paragraph that introduced the CuNi alloy means that alloy's Cu, when a
    phase the sentence names holds every metal of that alloy."""
    if not re.fullmatch(r"[A-Z][a-z]?", additive) or additive in _NON_METALS:
        return additive
    named = [f for _, f, _ in mentions]
    phases = [_metals(f) for _, f, system in mentions] + [_metals(system.text) for _, _, system in mentions
                                                          if system is not None]
    kept = [f for f in reversed(earlier) if any(_metals(f) <= p for p in phases)]
    # (an intermetallic of the additive with the host's own metal, Mg6Pd or Mg2Ni in Mg, is a phase the
    # host forms with it, not the alloy that was added)
    own = _metals(host or "")
    for f in named + kept:
        if f != additive and additive in _elements(f) and _elements(f) == _metals(f) and len(_metals(f)) > 1 \
                and _credited(f, host) and not own & _metals(f):
            return f
    return additive


def _alloy_holding(metal: str, earlier: list[str]) -> str | None:
    """The alloy of ``earlier`` (the passage's additives, latest last) that holds ``metal``, a bare metal; else None."""
    if not _bare_element(metal):
        return None
    return next((f for f in reversed(earlier) if f != metal and metal in _metals(f) and _elements(f) == _metals(f)
                 and len(_metals(f)) > 1), None)


# (fewer hydrogen atoms than metal atoms, or an unknown share: hydrogen dissolved in the metal, VH0.81, NbH0.9,
# PdH0.6, TiHx; one of one or more per metal atom, CeH2.73, LaH2.5, is a hydride compound of its own)
_HYDRIDED_METAL = re.compile(r"([A-Z][a-z]?)H(?:x|0?\.\d+)")


def _strategy(named: list[str], host: str | None, additive: str | None, sample: list[str] = (),
              system=None, application: str | None = None, catalysing: bool = False, text: str = "",
              held=None) -> str | None:
    """The strategy the sentence names, else the one the sample's composition shows for the
    additive: what the additive makes together with the sample's other additives (Ni with a carbon
    support: composite catalysis) before what it does alone. A named family ('catalytic roles':
    catalysis) gives way to the narrower strategy the composition shows (multi-metal catalysis).
    ``application``: what the mechanism is for, when the ontology gives it one (see ``_application``).
    ``catalysing``: the mechanism is a catalytic one, so the additive it is credited to is a catalyst;
    ``text``: the sentence, for a form it names of the additive itself; ``held``: the system of the sample
    the additive was measured in, where the sentence writes none (is a carbon in it mixed in or holding
    the hydride?)."""
    if additive and _HYDRIDED_METAL.fullmatch(additive):
        # 'TiHx', 'VH0.81' (a metal's hydride of no fixed formula, formed from it in the sample): the hydrided state
        # of the metal catalyses as the metal does, as Mg and MgH2 are one host
        additive = _HYDRIDED_METAL.fullmatch(additive).group(1)
    if system is None and host and additive and text:
        system = _declared_system(text, host, additive)
    if system is None and not sample and host and additive and text:
        # (a sentence with no sample of its own: a metal on the support it writes it on, 'carbon-supported Ni', is
        # the composite catalyst; a metal compound or several metals keep their own catalysis, README's convention)
        supported = _as_supported(text, additive)
        if supported != additive and _shown_strategy(host, additive, (), None, application) == _METAL_CATALYSIS:
            additive = supported
    shown = _shown_strategy(host, additive, sample, system, application)
    if shown is None and catalysing:
        shown = _as_catalyst(host, additive, application)
    # the hydride of an intermetallic of the host's metal (Mg2NiH4 with MgH2) the sentence credits with a catalysis
    # is that catalyst, not the reactant the bare composite 'MgH2–Mg2NiH4' reads as
    if shown == _REACTANT and (catalysing or _CATALYTIC_WORD.search(text)) and _host_metal_hydride(additive, host):
        shown = _catalyst_strategy(host, additive, application) or shown
    conductor = _conductor_in_anode(host, additive, application, held)
    if conductor:
        # graphene, a carbon or an MXene mixed into an anode is credited for what it does there, carry
        # electrons through the electrode, whatever its sheet form or its catalysis reads in a hydrogen store
        shown = conductor
    elif shown == _CONDUCTIVE_COMPOSITING and (_held_in_carbon(additive, application, held)
                                              or _grown_on_sheets(additive, held)):
        # the carbon holding the host, or the sheets it grew on ('MgH2@G'), is credited as its holder
        shown = _held_as(additive) or shown
    if named:
        vocab = vocabulary()
        if shown and any(vocab.is_a(shown, n) for n in named if n in vocab and shown in vocab):
            return shown
        # a catalyst credited in a sentence about how the host was made ('the catalytic activity of the Pd
        # cap on the Mg thin films'): the film is the host's form, the catalysis is what the additive does
        # (a form said of the additive itself, 'the Pd film surface', is the design the sentence names)
        if shown and catalysing and shown in vocab and _CATALYSIS in vocab and vocab.is_a(shown, _CATALYSIS) \
                and all(sentence_wide(n, vocab) and not _form_of(n, additive, text) for n in named) \
                and not _cause_strategies(text) & set(named):
            return shown
        # 'the nanosized particles of LiBH4 and the high surface area of the MC scaffold': the host's small
        # particles are what the support holding it gives (the support's hkg:supportStrategy, confinement)
        if shown and (shown == _held_as(additive) or shown == conductor) \
                and all(_said_of_host(n, host, text) for n in named):
            return shown
        # 'both nanoconfinement and chemical catalysis by the carbon scaffold': the catalysis family named, not a kind
        # of it, for a support that holds the host is no catalyst's strategy of the sample (its composition has no
        # catalyst): what the support brings the sample is its confinement, whatever it does there
        if shown and shown == _held_as(additive) and all(n == _CATALYSIS for n in named):
            return shown
        # ('the graphene sheets suppress the aggregation of the nanocrystals'): a nano form said of no material is
        # the host's, which the support it grew on gives — the support's own nano design (hkg:supportStrategy
        # Nanostructuring), not a nanosizing of the host credited to the support
        held_form = _held_as(additive)
        if shown and held_form and (shown == held_form or shown == conductor) and held_form in vocab \
                and _NANO in vocab and vocab.is_a(held_form, _NANO) \
                and all(_said_of_host(n, host, text) or _bare_form(n, text) for n in named):
            return held_form
        return named[0]
    return shown


_REACTANT = "ReactiveHydrideComposite"
_CATALYTIC_WORD = gated(re.compile(r"(?=[cC])\bcataly[sz]|\bcatalytic", re.I))


def _host_metal_hydride(additive: str | None, host: str | None) -> bool:
    """``additive`` is a hydride of the host's metal with a transition metal (Mg2NiH4, Mg2CoH5 beside MgH2)
    and the host a binary hydride: the two share their storage metal and exchange nothing."""
    if not additive or not host or "H" not in _elements(additive):
        return False
    metals, host_metals = _metals(additive), _metals(host)
    return bool(host_metals) and host_metals < metals and bool(metals & TRANSITION) \
        and _elements(host) - {"H", "D"} == host_metals


_METALLIC_SHEETS = "CarbideMXene"     # Material class: a metallic carbide (an MXene) conducts electrons like a carbon
_CONDUCTIVE_COMPOSITING = "ConductiveCompositing"


def _conductor_in_anode(host: str | None, additive: str | None, application: str | None, system=None) -> str | None:
    """ConductiveCompositing where ``additive`` is a carbon or a metallic carbide (an MXene) that conducts
    electrons in an anode of ``host``: a carbon the electrode's roles (``ontology.electrode_roles``) cast as its
    conductive additive (mixed in, not holding the hydride as in 'MgH2@G': ``system``, the sample's system
    where the sentence has one), or an MXene — else None. (A metallic hydride mixed in, TiH2, keeps the
    catalysis its composition shows: it stores lithium itself.)"""
    vocab = vocabulary()
    if application != APPLICATIONS["anode"] or not host or not additive or _CONDUCTIVE_COMPOSITING not in vocab:
        return None
    term = vocab.lookup(additive, "Material")
    if term is not None and _METALLIC_SHEETS in vocab and vocab.is_a(term.id, _METALLIC_SHEETS):
        return _CONDUCTIVE_COMPOSITING
    if system is not None and not any(a.formula == additive for a in system.additives):
        if _held_in_carbon(additive, application, system):
            return None
        system = None
    if system is None:
        system = _composed(host, (additive,))
    if system is None:
        return None
    cast = system_in_application(system, application)
    # (sheets the hydride grew on, 'MgH2@G', conduct too, but what the sentence credits them with is the form they
    # give the hydride: the sheets' own strategy, as the composition reads it)
    return _CONDUCTIVE_COMPOSITING if any(a.formula == additive and a.role == CONDUCTIVE and carbon_support(a)
                                          and not (cast.architecture and sheet_carbon(a))
                                          for a in cast.additives) else None


def _held_in_carbon(additive: str | None, application: str | None, system) -> bool:
    """The sample holds the host in a carbon the sentence names otherwise ('MgH2@G' … 'the graphene'): that
    holder, no conductor mixed in (``system``: the sample's, where the sentence names none of its additives)."""
    if system is None or any(a.formula == additive for a in system.additives):
        return False
    held = system_in_application(system, application).additives
    return bool(held) and all(a.role == ROLES["scaffold"] for a in held) and _is_support(additive)


def _grown_on_sheets(additive: str | None, system) -> bool:
    """``system`` (the sample's) puts its host on the sheets ``additive`` names ('MgH2@G' grown on graphene)."""
    return system is not None and system.architecture is not None \
        and any(a.formula == additive and sheet_carbon(a) for a in system.additives)


def _held_in_records(additive: str, system) -> bool:
    """Do the records of ``system`` hold its host in ``additive`` (its role the scaffold's)?"""
    return any(a.formula == additive and a.role == ROLES["scaffold"] for a in system.additives)


def _held_as(additive: str | None) -> str | None:
    """The strategy of a hydride ``additive`` holds, when it is a support the ontology gives one."""
    term = vocabulary().lookup(additive, "Material") if additive else None
    return term.support_strategy if term is not None else None


def _said_of_host(strategy: str, host: str | None, text: str) -> bool:
    """Is a label of ``strategy`` written of the host itself ('nanosized particles of LiBH4', 'LiBH4
    nanoparticles')?"""
    if not host or not text:
        return False
    labels = "|".join(re.escape(label) for label in vocabulary().get(strategy).labels)
    h = re.escape(host)
    return bool(re.search(rf"(?<![\w-])(?:{labels})\s+(?:[a-z][\w-]*\s+){{0,2}}of\s+(?:the\s+)?{h}(?![\w])"
                          rf"|(?<![\w-]){h}\s+(?:{labels})(?![\w-])", text, re.I))


# a nano form written bare, after an article or a possessive and of no material ('the nanocrystals', 'their
# nanoparticles'; not 'the nanocrystals of Ni')
_BARE_BEFORE = re.compile(r"\b(?:the|these|those|its|their)\s+(?:[a-z]+\s+)?$", re.I)
_OF_MATERIAL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _bare_form(strategy: str, text: str) -> bool:
    """Is every place ``text`` names ``strategy`` a nano form written bare ('suppress the aggregation of the
    nanocrystals'), said of no material the sentence names?"""
    vocab = vocabulary()
    if _NANO not in vocab or strategy not in vocab or not vocab.is_a(strategy, _NANO):
        return False
    places = _label_places(text, strategy)
    return bool(places) and all(_BARE_BEFORE.search(text[max(0, a - 40):a]) and not _OF_MATERIAL.match(text, b)
                                for a, b in places)


def _form_of(strategy: str, additive: str | None, text: str) -> bool:
    """Is a label of ``strategy`` written right after the additive ('Pd film', 'Pd thin films')?"""
    if not additive or not text:
        return False
    labels = "|".join(re.escape(label) for label in vocabulary().get(strategy).labels)
    return bool(re.search(rf"(?<![\w-]){re.escape(additive)}\s+(?:[a-z][\w-]*\s+)?(?:{labels})(?![\w-])", text, re.I))


@per_document(maxsize=1024)
def _as_catalyst(host: str | None, additive: str | None, application: str | None) -> str | None:
    """The strategy of an additive the system parser cannot read ('Ti3C2/TiO2(A)-C') that the sentence
    credits with a catalytic mechanism: that credit makes it the host's catalyst, and the strategy rules
    read the component as they read any catalyst (its '/'-joined phases, its elements)."""
    if not host or not additive:
        return None
    try:
        parse_system(f"{host}–{additive}")
        return None                # readable: its composition has spoken (carbon alone shows no catalysis)
    except (SystemParseError, ValueError):
        pass
    return _catalyst_strategy(host, additive, application)


@per_document(maxsize=1024)
def _catalyst_strategy(host: str, additive: str, application: str | None) -> str | None:
    """The strategy the strategy rules read for ``additive`` cast as the host's catalyst."""
    try:
        system = parse_system(host)
    except (SystemParseError, ValueError):
        return None
    added = Component(formula=additive, text=additive, role=_CATALYST_ROLE)
    system = system.model_copy(update={"additives": [added], "text": f"{system.text}–{additive}"})
    found = composition_strategies(system, application)
    return found[0] if found else None


def _declared_system(text: str, host: str, additive: str):
    """host–additive with the role the sentence declares for the additive ('Al was used to destabilize MgH2': its
    destabilizing reactant, whatever its composition would make it; 'upon Ti substitution': its substituent), or None
    where it declares none."""
    entering = may_enter(text) and any(x == additive and substituted_in(host, out)
                                       for _, x, out in entering_elements(text, nlp_mentions(text)))
    if not entering and not may_declare(text):
        return None    # (no role noun or verb: the sentence declares nothing, and its materials need not be read)
    # ('Ti substitution weakens the Mg–H bonds': an element the sentence says enters the lattice is its substituent)
    declared = {additive: ROLES["dopant"]} if entering else declared_roles(
        [(f, role) for _, f, role in declarations(text, nlp_mentions(text)) if f == additive])
    system = _composed(host, (additive,)) if declared else None
    return with_declared_roles(system, declared) if system is not None else None


def _shown_strategy(host: str | None, additive: str | None, sample, system, application=None) -> str | None:
    if not host or not additive:
        return None
    # (what the host shows by itself, Mg2NiH4 an alloy hydride, is no strategy the additive brings)
    bare = set(_composition_strategies(host, (), application))
    with_it = _composition_strategies(host, (additive,), application)
    own = [st for st in with_it if st not in bare] or with_it
    others = [a for a in dict.fromkeys(sample) if a != additive]
    if not others and system is None:
        return own[0] if own else None
    whole = _system_strategies(system, application) if system is not None else \
        _composition_strategies(host, (additive, *others), application)
    part = next((a for a in system.additives if a.formula == additive), None) if system is not None else None
    if part is not None:
        # each part as the system casts it (NaH in Mg(NH2)2–2LiH–NaH is its catalyst, which alone with the
        # amide would be a reactive partner): the additive alone with the host, the others without it
        own = [st for st in _part_strategies(system, [part], application) if st not in bare] or own
        alone = set(_part_strategies(system, [a for a in system.additives if a is not part], application))
    else:       # (each other additive alone with the host: composed and parsed only where the system casts none)
        alone = {st for a in others for st in _composition_strategies(host, (a,), application)}
    emergent = [st for st in whole if st not in own and st not in alone and st not in bare]
    return (emergent or [st for st in whole if st in own] or own or [None])[0]


def _part_strategies(system, additives: list, application: str | None = None) -> list[str]:
    """Strategies of ``system`` with only ``additives`` left, each keeping the role the system gave it."""
    return _system_strategies(system.model_copy(update={"additives": additives}), application)


def _system_strategies(system, application: str | None = None) -> list[str]:
    try:
        return composition_strategies(system, application)
    except (SystemParseError, ValueError):
        return []


@per_document(maxsize=2048)
def _composition_strategies(host: str, additives: tuple[str, ...], application: str | None = None) -> list[str]:
    system = _composed(host, additives)
    if system is None:
        return []
    try:
        return composition_strategies(system, application)
    except (SystemParseError, ValueError):
        return []


@per_document(maxsize=1024)
def _composed(host: str, additives: tuple[str, ...]):
    """The system of ``host`` with ``additives``, or None where the parser cannot read it. (Parsed once for
    every application the strategies are asked for: the parse, not the rules, is the cost.)"""
    try:
        return parse_system("–".join((host, *additives)))
    except (SystemParseError, ValueError):
        return None


_INTO_SCAFFOLD = re.compile(rf"{_SCAFFOLD_VERB}\s+(?:[\w-]+\s+){{0,4}}$", re.I)


@per_document(maxsize=1024)
def _placed_system(host: str, support: str):
    """host@support when the ontology makes the support a scaffold (a confined sample), else None (a
    halide the ontology does not know, 'Mg(NH2)2@RbF', parses as confined: it is no support of the ontology's)."""
    if not _is_support(support):
        return None
    try:
        system = parse_system(f"{host}@{support}")
    except (SystemParseError, ValueError):
        return None
    return system if system.architecture == "confined" else None


_NAMED_BASELINE = re.compile(rf"\b{BASELINE_WORDS}\s+(?:[a-z][\w-]*\s+)?$", re.I)
# 'In situ formed Mg2Ni/Mg2NiH4 and Mg2Co/Mg2CoH5 act as …': phases the sample forms, not its host
_FORMED_IN_SITU = re.compile(r"\b(?:in[- ]situ(?:[- ](?:formed|generated|produced|grown))?|(?:thus|"
                             r"newly)[- ](?:formed|generated))\s+"
                             r"(?:[^\s,;]+(?:\s*,\s*|\s+and\s+))*$", re.I)
# 'Mg2NiH4 formed in situ acts as …', 'the TiH2 generated during milling': a phase the sample forms
# (``FORMED_AFTER`` read after the word of the mention)
_WORD_END = re.compile(r"\S*")
# the words that may open a sentence before its subject material: 'The Ni …', and what is added as
# the subject ('The addition of Cu further modifies …', 'The incorporation of LiI …')
# (after a connective that opens the sentence, 'Moreover, ', 'As a result, ', and with up to two describing
# words before the material: 'the thus-formed inactive Li2B6 acts as …', 'The dispersed TiO2 …')
_SUBJECT_ADDING = adding_nouns("PuttingInNoun", "IntroductionNoun", "DopingNoun", "PresenceNoun", "LoadingNoun")
_SUBJECT = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s*)?(?:(?:the|this|these|its|their|such)\s+)?"
                      rf"(?:{_SUBJECT_ADDING}\s+of\s+(?:the\s+)?)?"
                      r"(?:(?!(?:of|in|on|with|by|for|from|and|or|to|at)\s)[a-z][\w-]*\s+){0,2}", re.I)
# an ion or a charged atom ('H^δ+ in amides', '(CB11H12)^-', 'Ti^4+'): a species of the sample the sentence names
_ION = re.compile(r"(?:\b[A-Z][a-z]?\d*|[(\[][A-Za-z0-9]+[)\]]\d*)\^(?:δ|\d)?[+\-−]")
# 'The K-containing species', 'Ti-based phases': an element standing for the sample's additive holding it
_ELEMENT_SPECIES = re.compile(r"(?=[A-Z])\b([A-Z][a-z]?)(?:-(?:containing|based|bearing|rich)\b|"
                              r"\d?\+\s*(?:cations?|ions?)\b)")
# ('the potassium-bearing intermediate': the element written by its name, the ontology's material of that name)
_ELEMENT_NAME_SPECIES = re.compile(r"\b([a-z]{3,})-(?:containing|based|bearing|rich)\b")


def _element_added(element: str, sample: list[str], ctx: _Context) -> str:
    """The material ``element`` stands for as a species' element: the sample's additive holding it (found later, by
    ``_sample_additive``), else the one hydride the passage named that the ontology knows as a catalyst and that
    holds it ('… with 0.08 mol of KH added … the potassium-bearing intermediate': KH), else the element itself."""
    if any(element in _elements(a) for a in sample):
        return element
    held = {f for f in ctx.added(passage=True) if element in _elements(f) and _usually_catalyst(f)}
    return held.pop() if len(held) == 1 else element


def _element_species(text: str, stop: int) -> tuple[int, str] | None:
    """(position, element symbol) of the first word before ``stop`` saying which element a species holds ('The
    K-containing species', 'Ti-based phases', 'the potassium-bearing intermediate'): the element stands for the
    sample's additive holding it."""
    found = [(m.start(), m.group(1)) for m in _ELEMENT_SPECIES.finditer(text, 0, stop)]
    for m in _ELEMENT_NAME_SPECIES.finditer(text, 0, stop):
        term = vocabulary().lookup(m.group(1), "Material")
        # (a metal's: 'carbon-based' or 'boron-rich' names no additive by one of its elements)
        if term is not None and term.formula and _bare_element(term.formula) and _metals(term.formula):
            found.append((m.start(), term.formula))
    return min(found) if found else None


# 'with lattice structures similar to MgB2', 'in comparison to Li2B12H12': a material the sentence
# likens or compares to, neither its host nor its actor
_LIKENED = gated(re.compile(r"(?=[sacim])(?:\b(?:similar|analogous|comparable|identical|isostructural)\s+to\s+"
                      r"(?:the\s+|that\s+of\s+)?$"
                      r"|\b(?:mis)?match(?:es|ed)?\s+(?:of\s+[\w.%\s]{0,20})?with\s+(?:the\s+)?$"
                      r"|\bin\s+comparison\s+(?:to|with)\s+(?:the\s+)?$)", re.I))


def _products(mentions, text: str) -> set[int]:
    """Positions of the materials a sentence forms ('forming stable AlB2 and CaB6': both)."""
    out: set[int] = set()
    last = None
    for pos, _f, _ in mentions:
        if _formed(text, pos) or (
                last is not None and re.fullmatch(r"\S+(?:\s*,\s*|\s+and\s+|,\s*and\s+)", text[last:pos])):
            out.add(pos)
            last = pos
        else:
            last = None
    return out


# (through the noun of its adding or being there: 'the catalytic effect of (the) addition of nano-sized Ni',
# '… of the presence of NbH')
_BEING_THERE_NOUN = adding_nouns("PuttingInNoun", "IntroductionNoun", "PresenceNoun", "ExistenceNoun")
_BEING_THERE = rf"(?:{_BEING_THERE_NOUN}\s+of\s+(?:the\s+)?)"
# ('Ni, ' / 'Ni and (the) ' before the next listed)
_LISTED_NEXT = re.compile(r"\S+(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?")
# (after a phrase's 'of', each named the same way: '… of the addition of Ni particles and (the) existence of CeH2',
# '… of Co nanoparticles and the presence of TiH2': a form noun after the material, the noun of its being there after
# the 'and')
_OWNED_NEXT = re.compile(r"\S+(?:\s+(?:particles|nanoparticles|powders?|species|phases?|clusters|additives?))?"
                         rf"(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?{_BEING_THERE}?", re.I)
_RUN_WORD = vocabulary().scheme_alternation("CycledProcessNoun", ("SorptionRun", "ReleaseRun", "UptakeRun"))
_MILLED_OR_CYCLED = vocabulary().scheme_alternation("PreparationVerb", ("MillingGerund",),
                                                   (vocabulary().scheme_alternation("RunGerund"),))
_FORMED_WORD = vocabulary().scheme_alternation("PreparationVerb", ("FormedInSituParticiple",))
_FORMED_DURING = gated(re.compile(
    rf"\b{_FORMED_WORD}(?:\s+from\s+\S+)?\s+(?:during|upon|on|after|in)\s+"
    rf"(?:the\s+)?(?:(?:process|course)\s+of\s+(?:the\s+)?)?(?:hydrogen\s+)?(?:(?:first|initial|subsequent|later)\s+)?(?:ball\s+)?(?:(?:de|re)?-?{_RUN_WORD}|{_MILLED_OR_CYCLED})\b",
    re.I))
# 'the formation of ZrH2 and MgCl2 during ball milling', 'the generation of Mg2Ni upon the first hydrogenation': the
# noun of forming, the phases it names and the run or the milling they formed in
_FORMATION_WORD = vocabulary().scheme_alternation("PreparationVerb", ("FormationNoun",))
# (the phase may come with an article and a few describing words before it and its head noun after it: 'the formation
# of a highly dispersed Al–Ti alloy during the first desorption')
_FORMATION_DURING = re.compile(
    rf"\b{_FORMATION_WORD}\s+of\s+(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){{0,3}}"
    rf"(?:[A-Z][^\s,;]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)){{0,3}}[A-Z][^\s,;]*"
    rf"(?:\s+[a-z]+)?\s+(?:during|upon|on|after|in)\s+"
    rf"(?:the\s+)?(?:(?:first|initial|subsequent|later)\s+)?(?:ball\s+)?(?:(?:de|re)?-?{_RUN_WORD}|{_MILLED_OR_CYCLED})\b")
# 'improves the dehydrogenation kinetics', 'enhanced the kinetics of MgH2' (EffectVerb's SpeedingStem), or the
# reaction itself sped up: 'promoted the desorption of NaAlH4', 'accelerates the hydrogen release' (the nouns of a
# hydrogen run, CycledProcessNoun's release, uptake and sorption runs), or the hydride's breaking down that releases it:
# 'facilitates the decomposition of LiAlH4' (the ontology's BreakdownNoun)
_BREAKDOWN = tuple(vocabulary().scheme_words("BreakdownNoun"))
_KINETICS = vocabulary().scheme_alternation("CycledProcessNoun", ("ReleaseRun", "UptakeRun", "SorptionRun"),
                                            more=("kinetics", *_BREAKDOWN))
_SPED_UP = re.compile(rf"\b{vocabulary().scheme_alternation('EffectVerb', ('SpeedingStem',))}\s+(?:the\s+)?"
                      rf"(?:[a-z/-]+\s+){{0,2}}?(?:(?:of|in)\s+(?:the\s+)?)?{_KINETICS}\b", re.I)
# (or the kinetics said to be owed to it, named by the runs alone: 'the formation of Mg2CoH5 during the reaction is
# responsible for the hydrogen absorption and desorption kinetics'; a describing word may say they are slow)
_OWED_KINETICS = gated(re.compile(rf"\bresponsible\s+for\s+(?:the\s+)?"
                                  rf"(?:(?:hydrogen|{_KINETICS})(?:\s+and\s+|\s*/\s*|\s+))*{_KINETICS}\b", re.I))
# (every match of _SPED_UP ends with one of those words, searched for alone first, with the same flags: literals are
# found at a fraction of the cost of the verbs' alternation tried at every word, and many sentences write none)
# (the words' beginnings, looked for in the lower-cased sentence as plain substrings: cheaper than an alternation
# tried at every position of every sentence)
_KINETICS_STEMS = tuple(sorted({w.removesuffix("*").lower() for w in vocabulary().scheme_words(
    "CycledProcessNoun", "ReleaseRun") + vocabulary().scheme_words("CycledProcessNoun", "UptakeRun")
    + vocabulary().scheme_words("CycledProcessNoun", "SorptionRun") + _BREAKDOWN} | {"kinetics"}))


@per_document(maxsize=256)   # (asked of one sentence for each additive and host a claim weighs)
def _says_kinetics(low: str) -> bool:
    return any(w in low for w in _KINETICS_STEMS)


# 'TiH2 improves the conversion kinetics of MgH2', 'the TiCl3 particles accelerate the decomposition kinetics': a
# transition-metal compound (or metal) named right before the verb, as its subject, speeds up the runs it is added to
# — the catalytic effect of that additive (a scaffold, a reactant hydride or the host itself, with no transition metal,
# is no catalyst: its faster kinetics are another effect)
# the noun a subject formula may carry ('the TiCl3 particles', 'the Nb2O5 additive')
# (its pieces' shape, ShapeNoun's particles and powders: 'particles', 'nanocrystals', 'powder'; or its role)
_SUBJECT_SHAPE = vocabulary().scheme_alternation("ShapeNoun", ("ParticleShapeNoun", "PowderShapeNoun"))
_SUBJECT_NOUN = rf"(?:\s+(?:(?:nano)?{_SUBJECT_SHAPE}s?|additives?|species|catalysts?|dopants?))?"
_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(\(?[A-Z][A-Za-z0-9()]*)" + _SUBJECT_NOUN + r"\s+$")


# (the runs sped up may be named with the host's formula: 'improves MgH2 conversion process kinetics')
# (an adverb and 'not only' may come between: 'enhances kinetically not only the dehydrogenation, but also …')
_CATALYST_SPED_UP = re.compile(rf"\b{vocabulary().scheme_alternation('EffectVerb', ('SpeedingStem',))}\s+"
                               r"(?:[a-z]+ly\s+)?(?:not\s+only\s+)?(?:the\s+)?"
                               rf"(?:[\w/()-]+\s+){{0,3}}?(?:(?:of|in)\s+(?:the\s+)?)?{_KINETICS}\b", re.I)


# ('the combination of V2C and Ti3C2 promotes the desorption kinetics'): two additives the subject says act together
_COMBINED_SUBJECT = re.compile(r"\b(?:combination|co-?addition|coupling|synergy)\s+of\s+(?:the\s+)?\(?[A-Z][\w()/-]*"
                               r"\s+(?:and|with)\s+(?:the\s+)?\(?[A-Z][\w()/-]*"
                               + _SUBJECT_NOUN + r"\s+$")


# ('the addition of titanium species enhances …'): the subject's metal written by its name, before a noun of
# _SUBJECT_NOUN
_NAMED_SUBJECT_BEFORE = re.compile(r"\b([a-z]{3,})" + _SUBJECT_NOUN + r"\s+$")


def _subject_metals(text: str, start: int) -> frozenset[str]:
    """The metals of the additive named as the subject right before ``start``, by its formula or by an element's name
    before a noun ('the TiCl3 particles', 'titanium species'); empty where there is none."""
    subject = _SUBJECT_BEFORE.search(text, max(0, start - 40), start)
    if subject is not None:
        return frozenset() if subject.group(1)[:1].isdigit() else frozenset(_metals(subject.group(1)))
    named = _NAMED_SUBJECT_BEFORE.search(text, max(0, start - 40), start)
    term = vocabulary().lookup(named.group(1), "Material") if named is not None else None
    return frozenset(_metals(term.formula)) if term is not None and term.formula and _bare_element(term.formula) \
        else frozenset()


def _catalyst_sped_up(text: str) -> re.Match[str] | None:
    """The phrase of a transition-metal additive, named as the subject, speeding up the kinetics; else None."""
    for m in _CATALYST_SPED_UP.finditer(text):
        if _subject_metals(text, m.start()) & TRANSITION:
            return m
    return None
# 'The Ti catalyst can reduce the dehydrogenation temperature of NaAlH4', 'As a catalyst, Nb2O5 markedly lowers the
# activation energy', 'this bimetallic catalyst accelerates the hydrogen release': a subject the sentence itself calls a
# catalyst, credited with bringing down a barrier of the host's hydrogen reaction (the ontology's KineticBarrierNoun)
# or speeding it up — that additive's catalytic effect, whatever it is made of (an additive that only lowers a value,
# named with no catalytic word, 'adding LiI lowers the transition temperature', is credited with nothing: the review's
# and the open pools' reading; tests/devset/README.md)
_CATALYST_WORD = r"(?:co-?)?cataly(?:st|zer|ser)s?"
_CALLED_CATALYST = re.compile(
    r"(?:(?<![\w-])(?i:the|this|that|these|those|such|its|their|our)\s+(?:[\w()/@.+-]+\s+){0,3}?" + _CATALYST_WORD
    + r"|(?<![\w-])\(?[A-Z][\w()/@.+-]*\s+(?:[a-z-]+\s+)?" + _CATALYST_WORD
    + r"|\b[Aa]s\s+an?\s+(?:[a-z-]+\s+)?catalysts?\s*,\s*(?:the\s+)?\(?[A-Z][\w()/@.+-]*)"
    # (a modal or adverbs between the subject and its verb: 'can markedly reduce', 'also further lowers')
    + r"(?:\s+(?:can|could|may|might|will|would|also|further|both|[a-z]+ly))*\s+$")
_CATALYST_LOWERED = re.compile(
    rf"\b{vocabulary().scheme_alternation('EffectVerb', ('LoweringStem',))}\s+(?:not\s+only\s+)?(?:the\s+)?"
    rf"(?:[\w/()-]+\s+){{0,3}}?{vocabulary().scheme_alternation('KineticBarrierNoun')}", re.I)
_CATALYST_GAP = 90       # at most this many characters of subject (and its modal and adverbs) before the verb


def _called_catalyst_acts(text: str) -> re.Match[str] | None:
    """The phrase of a subject the sentence calls a catalyst lowering a barrier of the host's hydrogen reaction or
    speeding it up; else None."""
    for m in [*_CATALYST_LOWERED.finditer(text), *_CATALYST_SPED_UP.finditer(text)]:
        if _CALLED_CATALYST.search(text, max(0, m.start() - _CATALYST_GAP), m.start()):
            return m
    return None
# ('the reaction of LiNH2/LiH was accelerated by adding 1 mol% of Ti species', 'the decomposition of LiAlH4 is promoted
# by TiCl3'): the host's run made faster by an agent named after 'by' — the passive of _CATALYST_SPED_UP, whose agent is
# the transition-metal additive that catalyses it (a run word, or 'reaction', before the verb; the verb's participle)
_RUN_OR_REACTION = rf"(?:{_KINETICS}|{vocabulary().scheme_alternation('RunGerund', ('ReactionRun',))})"
_SPED_BY = re.compile(rf"(?i:\b{_RUN_OR_REACTION}\b[^.;:,]{{0,60}}?\b(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+)?"
                      rf"{vocabulary().scheme_alternation('EffectVerb', ('SpeedingStem',))})(?=\s+by\s)")
_AGENT_FORMULA = re.compile(rf"\s+by\s+(?i:(?:adding|doping\s+with|introducing|the\s+addition\s+of|addition\s+of)\s+)?"
                            rf"(?i:(?:either|both)\s+)?(?i:{AMOUNT_OF})?(?:the\s+)?(\(?[A-Z][A-Za-z0-9()]*)")


def _sped_by_catalyst(text: str) -> re.Match[str] | None:
    """The passive phrase of the host's run sped up by a transition-metal additive named after 'by'; else None."""
    for m in _SPED_BY.finditer(text):
        agent = _AGENT_FORMULA.match(text, m.end())
        if agent is not None and (metals := _metals(agent.group(1))) and metals & TRANSITION:
            return m
    return None


# (or that brings its temperature down: 'the in situ formed CeAl4 lowers the dehydrogenation temperature'; the word
# 'temperature' looked for alone first, as 'kinetics' is)
_TEMPERATURE = "temperature"
_LOWERED = re.compile(rf"\b{vocabulary().scheme_alternation('EffectVerb', ('LoweringStem',))}\s+(?:the\s+)?"
                      rf"(?:[a-z/-]+\s+){{0,2}}?{_TEMPERATURE}s?\b", re.I)
_TEMPERATURE_WORD = Gated(re.compile(_TEMPERATURE, re.I), (_TEMPERATURE,))
# (or that raises its capacity: 'whose presence raises the reversible capacity'; the word 'capacity' looked for first)
_CAPACITY = "capacit"
_RAISED = re.compile(rf"\b{vocabulary().scheme_alternation('EffectVerb', ('RaisingStem',))}\s+(?:the\s+)?"
                     rf"(?:[a-z/-]+\s+){{0,2}}?{_CAPACITY}(?:y|ies)\b", re.I)
_CAPACITY_WORD = Gated(re.compile(_CAPACITY, re.I), (_CAPACITY,))
# a product whose forming is said to make the reaction less stable ('the formation of CaB6 during dehydrogenation lowers
# the thermodynamic stability of NaBH4', 'generation of MgB2 reduces the reaction enthalpy', '… of MgB2 and AlB2 on
# heating, which lowers the stability of LiBH4'): the new path to a stable
# product, ProductStabilization, said with no label of its own; the words 'stability' and 'enthalpy' (the ontology's
# StabilityNoun scheme) looked for first, as plain beginnings of the lower-cased sentence
_STABILITY = vocabulary().scheme_alternation("StabilityNoun")
_STABILITY_STEMS = tuple(sorted({w.removesuffix("*").lower()[:7] for w in vocabulary().scheme_words("StabilityNoun")}))
_PRODUCT_LOWERS = re.compile(
    rf"\b(?i:{_FORMATION_WORD})\s+of\s+(?:the\s+)?(?:stable\s+)?[A-Z][^\s,;]*[^;.]{{0,100}}?\b"
    rf"(?i:{vocabulary().scheme_alternation('EffectVerb', ('LoweringStem',))}\s+(?:the\s+)?(?:[a-z/-]+\s+){{0,2}}?"
    rf"{_STABILITY})\b")   # (the formula keeps its capital: 'formation of stable phases' names no product)


# 'the formation of NbH and LiF facilitates …', 'the generation of TiH2 and MgF2 accelerates …': the noun of forming and
# the phases it names as the subject of the verb right after them — phases said to form in the sample, with no run
# or 'in situ' written
_FORMATION_SUBJECT = re.compile(
    rf"\b{_FORMATION_WORD}\s+of\s+(?:the\s+)?(?:[A-Z][^\s,;]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)){{0,3}}[A-Z][^\s,;]*"
    rf"(?:\s+(?:phases?|species|particles|nanoparticles))?\s+$")


# a kinetics noun before a cue, with no other clause between them: what the cue credits
_KINETICS_CREDITED = re.compile(rf"\b{_KINETICS}\b[^.;:]{{0,60}}$", re.I)
# right after the cue, the forming of the phase credited, in a run ('the formation of TiH2 during milling')
_OWED_FORMATION = re.compile(rf"\s*(?:the\s+)?(?={_FORMATION_WORD}\s+of\b){_FORMATION_DURING.pattern}")
# right after the cue: the phase credited and the participle saying it formed in a run ('the Mg2Ni formed during
# milling', 'the Al3Ti phase formed during cycling'), at most a noun of its form between them
_PHASE_THEN_FORMED = re.compile(r"\s*(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+)?[A-Z][^\s,;]*"
                                r"(?:\s+(?:phases?|species|particles|nanoparticles|clusters|grains))?\s+(?=\S)")


def _owed_to_formed(text: str) -> re.Match[str] | None:
    """The participle of a phase formed in a run or in situ that a sentence credits its kinetics to, after a cue
    ('The enhanced kinetics are ascribed to the Mg2Ni formed during milling'): the in-situ catalytic phase, named by
    no label. The kinetics must be what the cue credits (named before it in its clause) and the phase the first
    thing named after it, a phase of a transition metal: 'the kinetics are slow because of the oxide' names no phase
    formed, 'due to the MgO formed during milling' no catalyst."""
    cue = _CAUSE_CUE.search(text)
    if cue is None or not _KINETICS_CREDITED.search(text, 0, cue.start()):
        return None
    # (or its forming, named by the noun of forming with the run it formed in: 'ascribed to the formation of Mg2Ni
    # during milling' — the same phase credited, said the other way round)
    if (formation := _OWED_FORMATION.match(text, cue.end())) is not None:
        return formation if _transition_phase(text, cue.end(), formation.end()) else None
    phase = _PHASE_THEN_FORMED.match(text, cue.end())
    if phase is None or not _transition_phase(text, cue.end(), phase.end()):
        return None
    return _FORMED_DURING.match(text, phase.end()) or _IN_SITU_AFTER.match(text, phase.end())


def _transition_phase(text: str, start: int, end: int) -> bool:
    """Does the text name, between ``start`` and ``end``, a phase of a transition metal, which in-situ catalysts are?
    ('the MgO formed during milling' is the host's own, no catalyst)"""
    return any(_metals(f) & TRANSITION for p, f, _ in _mentions(text) if start <= p < end)


def _clauses_of(text: str, found) -> str:
    """The part of ``text`` between the semicolons around the phrases ``found`` (start, end at [1], [2]), where that
    part names its own actor (a formula before the first phrase); else the whole text ('TiH2 is formed during
    milling; it weakens …': the clause points back)."""
    if ";" not in text or not found:
        return text
    first = min(f[1] for f in found)
    start = text.rfind(";", 0, first) + 1
    end = text.find(";", max(f[2] for f in found))
    if not _FORMULA_WORD.search(text, start, first):
        return text
    return text[start:end if end >= 0 else len(text)]


def _said_formed(text: str, at: int) -> bool:
    """The sentence says, before ``at``, that a phase formed in situ, during a run or milling, or from an additive
    named before it, or names the forming of phases as the subject of what happens at ``at``."""
    head = text[:at]
    return _formed_before(head) or bool(_FORMATION_SUBJECT.search(head))


def _formed_before(head: str) -> bool:
    """Does ``head`` say a phase formed in situ, during a run or milling, or from an additive named before it?"""
    # (a phase formed from an additive is said with a verb of forming: a head with none is not read for its materials)
    return _said_in_situ(head) or bool(_FORMING_START.search(head)) and bool(_formed_from(_mentions(head), head, None))


def _said_in_situ(text: str) -> bool:
    """Does the sentence say something formed in situ ('in situ formed', 'in-situ', hyphenated or not), or with
    the run or the milling it formed in ('generated during hydrogenation', 'formed after ball milling', 'the
    formation of NbH during milling')?"""
    return _IN_SITU in find_terms(_WORD_HYPHEN.sub(" ", _RUN_GAP.sub(" ", text)), ("SynthesisMethod",)) \
        or bool(_IN_SITU_AFTER.search(text)) or bool(_FORMED_DURING.search(text)) \
        or bool(_FORMATION_DURING.search(text))


# 'the Mg formed in situ', 'Ni generated in situ': the ontology's FormedInSituParticiple before 'in situ'
_IN_SITU_AFTER = gated(re.compile(rf"\b{FORMED_IN_SITU}\s+in[- ]situ\b", re.I))


# 'in-situ', 'in-situ-formed' (started at the hyphen, the words before it looked back at: the engine skips to hyphens)
_WORD_HYPHEN = re.compile(r"-(?:(?<=\bin-)(?=situ\b)|(?<=\bsitu-)(?=[a-z]))", re.I)
_FORMING_WORD = re.compile(rf"\b{vocabulary().scheme_alternation('PhaseFormingVerb')}\b", re.I)
# (the same words without the end of a word: a match of _FORMING_WORD between two materials is one of this in the
# whole text, which the sentence's head is read by the pipeline for only when it holds one)
_FORMING_START = re.compile(rf"\b{vocabulary().scheme_alternation('PhaseFormingVerb')}", re.I)
_FORMING_SPAN = 120       # at most this many characters from the additive to the phase it turns into


_ALLOYED = re.compile(r"([A-Z][a-z]?)\(([A-Z][a-z]?)\)")   # a metal with another alloyed into it ('Mg(Co)')


def _phase_name(f: str, system) -> str:
    """The phase a mention names: a phase written by its elements, 'a ternary Mg–Ni–B alloy', is that whole phase,
    not its first metal; 'a Mg–Co alloy', read as the alloy 'Mg(Co)', is its two elements."""
    alloyed = _ALLOYED.fullmatch(system.text) if system is not None and system.additives else None
    return system.text if system is not None and system.additives and ELEMENTS_JOINED.fullmatch(system.text) \
        else "–".join(alloyed.groups()) if alloyed else f


def _formed_from(mentions, text: str, host: str | None) -> dict[str, tuple[int, str]]:
    """The phases a sentence says an additive turns into in the sample ('NbF5 reacted with MgH2 to form NbH and
    MgF2', 'TiO2 was reduced to Ti2O3', 'the Ni additive converts to Mg2Ni'): {phase: (where it is named as the
    product, the additive it came from)} — a product (``_products``) holding an element the host lacks, named
    after a material of the sentence that holds that element, with a verb of the ontology's PhaseFormingVerb
    between them. A product of the host alone (LiH of LiBH4) or of no named material has no parent, and the
    additive in another state of hydrogen ('TiH2 … decomposes into TiH and Ti') is that additive, no new phase."""
    made = _products(mentions, text)
    out: dict[str, tuple[int, str]] = {}
    for pos, f, system in mentions:
        f = _phase_name(f, system)
        if pos not in made or f in out or host is not None and _same_host(f, host):
            continue
        own = _elements(f) - {"H", "D"} - _elements(host or "")
        if not own:
            continue
        partner = None
        for p0, g, _ in reversed([m for m in mentions if m[0] < pos]):
            if p0 in made or g == f or host is not None and _same_host(g, host) or pos - p0 > _FORMING_SPAN:
                continue
            hydrided = _elements(f) - {"H", "D"} == _elements(g) - {"H", "D"} and "H" in _elements(f) | _elements(g)
            if own & _elements(g) and _FORMING_WORD.search(text, p0, pos) and not hydrided:
                if _REACTED_WITH.search(text, max(0, p0 - 80), p0):
                    # ('KOH reacts with Mg(NH2)2 and LiH to form … Li2K(NH2)3': what the additive reacts with is the
                    # sample it reacts in; the phase is the additive's, the subject of the reaction, when one is named)
                    partner = partner or (pos, g)
                    continue
                out[f] = (pos, g)
                break
        if f not in out and partner is not None:
            out[f] = partner
    return out


# the partners a material reacts with, after the verb: 'reacts with Mg(NH2)2 and ', 'react with the host, '
_REACTED_WITH = re.compile(r"\breact\w*\s+with\s+(?:the\s+)?(?:[^\s,;.]+(?:\s*,\s*|\s+and\s+))?$", re.I)


# a clause opening the sentence with what its subject is likened to ('Like anatase TiO2 photocatalysts, SrTiO3 shows a
# catalytic effect', 'Therefore, just like TiF3, the CeF3 …'): the material compared is no actor. Only at the
# sentence's start or after a connective adverb: 'additives like TiO2 improve …' names examples, which do act
_LIKE_OPENING = re.compile(r"(?:^\W*|\b(?i:therefore|thus|hence|moreover|however|similarly|interestingly),?\s+|;\s*)"
                           r"(?i:just\s+|much\s+)?(?i:un)?(?i:like)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


@per_document(maxsize=256)   # (a mention is asked about again for each host a later sentence looks for)
def _compared(text: str, pos: int) -> bool:
    return bool(_LIKENED.search(text, max(0, pos - 40), pos) or compared_before(text, pos)
                or "ike" in text[max(0, pos - 40):pos] and _LIKE_OPENING.search(text, max(0, pos - 60), pos))


# 'substitute Li with Mg', 'the partial replacement of Li/Mg by Zn': what is replaced is a part of the
# host, neither the host nor an additive; a material after such a verb is no host of the sentence
_REPLACE_VERB = r"(?i:substitut\w*|replac(?:e|es|ed|ing)|replacement\s+of)\s+(?i:the\s+|some\s+|part\s+of\s+)?"
_REPLACE_STEMS = ("substitut", "replac")   # (a piece of every word of _REPLACE_VERB: the gate of its patterns)
_SUBSTITUTED = re.compile(r"\b(?:substitut\w*|replac(?:e|es|ed|ing)|replacement\s+of)\b[^;:]*$", re.I)
_REPLACED_HERE = Gated(re.compile(rf"(?=[rs])\b{_REPLACE_VERB}$"), _REPLACE_STEMS)
_REPLACE_WORD = gated(re.compile(r"(?=[sr])(?:substitut|replac)", re.I))


@per_document(maxsize=256)   # (a mention is asked about again for each host a later sentence looks for)
def _replaced_before(text: str, pos: int) -> bool:
    """A verb of replacing stands before ``pos`` in its clause (``_SUBSTITUTED``); most sentences hold
    none, which one scan of the sentence tells before the clause is read back from every mention."""
    return bool(_REPLACE_WORD.search(text, 0, pos)) and bool(_SUBSTITUTED.search(text, 0, pos)) \
        and not _PART_OF.search(text, max(0, pos - 40), pos)
# the metal replaced ('substitute Li with', 'replacement of Li/Mg by'): a cation substitution
# ('substitution of Ca with Al': the metal after 'of' is the one replaced only where 'with' or 'by' names what replaces
# it; 'the substitution of Ce' alone is Ce going in)
_METAL_REPLACED = Gated(re.compile(rf"\b(?:{_REPLACE_VERB}|(?i:substitution\s+of\s+(?:the\s+)?))([A-Z][a-z]?)"
                                   rf"(?:/[A-Z][a-z]?)*\s+(?i:with|by)\b"),
                        _REPLACE_STEMS)
# 'substitution of BH4- by I- stabilizes the hexagonal phase of LiBH4': the hydride a phase, lattice or
# bond belongs to is the host the sentence speaks of, whatever was replaced before it
_PART_OF = re.compile(r"\b(?:phases?|polymorphs?|lattice|structure|bonds?|framework)\s+(?:in|of)\s+"
                      r"(?:the\s+|pure\s+|pristine\s+)?$", re.I)
_OF_IN = re.compile(r"(?=[bdhlsv])\b(?:bonds?|lattice|surface|decomposition|dehydrogenation|hydrogenation|"
                    r"vacanc(?:y|ies))\s+"
                    r"(?:in|of|from)\s+(?:the\s+)?$", re.I)


def _host_of(said: _Said, ctx: _Context, text: str) -> str | None:
    """The sentence's host: the paragraph's host when the sentence names it too, else the host the
    sentence names (not one it introduces into another, 'adding LiH to Mg(NH2)2', and preferably not
    a hydride usually added), else the paragraph's, else the passage's."""
    topic = ctx.host()
    named = said.hosts()
    # (a topic usually added, KH or LiH, gives way to a hydride the sentence names that is not)
    if topic and any(_same_host(h, topic) for h in named) \
            and not (_usually_additive(topic) and any(not _usually_additive(h) for h in named)):
        return topic
    # the host the text is about: the paragraph's, else its passage's
    backdrop = topic or ctx.passage_host()
    # a hydride that host forms with a metal the text adds (Mg2Ni(Cu)H4 in MgH2 with CuNi)
    added = said.added() + ctx.added(passage=not topic) if backdrop else []
    named = [h for h in named if not (backdrop and _phase_of(h, backdrop, added))]
    mentions = [(pos, f, s) for pos, f, s in said.mentions
                if not ADDITIVE_CUE_GATE.search(text[max(0, pos - 40):pos]) and not _replaced_before(text, pos)
                and not _formed(text, pos) and not _compared(text, pos)
                and not (topic and _FORMED_IN_SITU.search(text[max(0, pos - 80):pos]))
                and not formed_after(text, _WORD_END.match(text, pos).end())
                # ('Al was chosen to destabilize MgH2': what the text declares a role for is the additive)
                and not declares_role(text, pos, _WORD_END.match(text, pos).end())]
    # a bare metal ('Li/Mg' cations, 'metals like Al') in a text about a hydride is its part or an additive
    # (and 'the doped aluminium hydride' in a text about LiAlH4: the sample named back by a shorter word)
    if backdrop:
        mentions = [m for m in mentions if len(_elements(m[1])) > 1 and not _named_back(text, m[0], m[1], backdrop)]
    own = [h for h in _host_formulas(mentions) if not (backdrop and (_phase_of(h, backdrop, added)
                                                                     or _anion_of(h, backdrop)
                                                                     or ctx.phase_of_composite(h)))]
    # a hydride the text added to the host ('milled with 3 mol% RbH', the LiH of Mg(NH2)2–2LiH) stays
    # its additive where a later sentence makes it the subject ('RbH suppresses …')
    if backdrop and own:
        given = ctx.given(passage=not topic)
        # (and in its hydrided form: Mg2NiH4 of the Mg2Ni the text milled MgH2 with)
        own = [h for h in own if not any(_same_host(h, g) for g in given) or _same_host(h, backdrop)]
        # (and an alloy the paragraph's sample of that host holds, 'MgH2 was milled with Mg2Ni': the Mg2Ni a later
        # sentence credits is that additive, not the host its hydride Mg2NiH4 would be)
        # (as written without its hydrogen: the hydride itself, 'Mg2NiH4 undergoes …', is a host of its own)
        bare = [f for _, f, system in mentions if system is not None and not written_with_hydrogen(system.text)]
        held = set(ctx.sample(topic)[0]) & set(bare) if own and topic and bare else set()
        own = [h for h in own if not any(_same_host(h, a) and not _same_host(a, topic) for a in held)]
    # (with no host before it: 'Mg2Ni acts as a hydrogen pump for MgH2' — an intermetallic of a hydride's metal named
    # beside that hydride is a phase the hydride forms, not the host)
    if not backdrop and len(own) > 1:
        own = [h for h in own if not any(o != h and _metals(o) < _metals(h) and "H" in _elements(o)
                                         and _elements(h) - {"H", "D"} == _metals(h) for o in own)] or own
    if own and not (backdrop and all(_usually_additive(h) for h in own)):
        return _preferred(own)
    # ('the kinetics of TiCl3-dispersed LiH were 8 times faster than the raw LiH, suggesting that TiCl3 …'): the
    # unmodified hydride a comparison takes as its reference is the host the sentence's additive bettered
    reference = [h for pos, h, s in said.mentions if s is not None and _is_host(h) and _compared(text, pos)
                 and UNMODIFIED_BEFORE.search(text, max(0, pos - 30), pos)]
    if reference and not any(_same_host(r, backdrop) for r in reference):
        return reference[0]
    # a hydride usually added is the host where the sentence speaks of what happens in it ('the Li–H
    # bonds in LiH', 'the decomposition of LiH') and names no other hydride
    studied = [h for pos, h, s in mentions if s is not None and h in own and _OF_IN.search(text, max(0, pos - 30), pos)]
    if studied and all(h in studied for h in named):
        return studied[0]
    if named and not backdrop:
        return _preferred(named)
    return backdrop


# 'the doped ', 'this catalysed ': a definite article and a participle of what was done to a sample named before
_DONE_TO_BEFORE = re.compile(r"\b(?:the|this|that|such)\s+(?:[a-z]+-)?[a-z]+(?:ed|zed|sed)\s+$", re.I)
def _sample_named_back(text: str, pos: int) -> bool:
    """Is the material at ``pos`` a sample named back in words after what was done to it ('the doped aluminium
    hydride', 'this catalysed magnesium hydride')? It is the passage's sample: no host of its own, no additive."""
    return text[pos:pos + 1].islower() and _DONE_TO_BEFORE.search(text, max(0, pos - 40), pos) is not None


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|such)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)


def _named_back(text: str, pos: int, formula: str, backdrop: str) -> bool:
    """Does the hydride named in words at ``pos`` ('the doped aluminium hydride', AlH3) point back to the passage's
    host ``backdrop`` (LiAlH4), whose elements it holds only some of? A definite name in words is the sample the
    passage is about, not a new host ('AlH3' written as a formula still is one)."""
    return text[pos:pos + 1].islower() and _elements(formula) < _elements(backdrop) \
        and _DEFINITE_BEFORE.search(text, max(0, pos - 40), pos) is not None


def _anion_of(formula: str, host: str) -> bool:
    """``formula`` is the complex anion of ``host`` written on its own ('the AlH4 units' of LiAlH4, AlH6 of
    Na3AlH6): one metal with its hydrogen, written inside the host after its cation, is no host of its own."""
    if "H" not in formula or len(_metals(formula)) != 1 or _elements(formula) - _metals(formula) != {"H"}:
        return False
    at = host.find(formula)
    return at > 0 and not host[at + len(formula):at + len(formula) + 1].isalpha()


# A family phrase ('a catalytic effect', 'synergetic effects') is a claim where the sentence credits a
# material with it: "X exhibited a catalytic effect", "X plays a catalytic role", "X and Y provide
# synergetic effects", "the catalytic activity of X" (English frames, not vocabulary)
# (and where it names the family as what brings an improvement about, or what one is owed to: "X led to
# superior catalytic effects", "the gain is attributed to the synergistic effect", "due to the catalytic
# action of (Ni–TiO2)@rGO")
_CREDITING_VERB = re.compile(r"(?:\b(?:exhibit|show|display|ha[sd]|have|play|exert|possess|provid|present|demonstrat|"
                             r"offer|bring)\w*|\baccount(?:s|ed|ing)?\s+for|\bresponsible\s+for|\b(?:lead|leads|led|contribut\w*|(?:attribut|ascrib)\w*(?:\s+[^\s,;:.]+){0,6}?|due|owing|"
                             r"thanks)\s+to"
                             r"|\bresult(?:s|ed|ing)?\s+in|\bg[ai]ves?\s+rise\s+to|\bbecause\s+of"
                             # ('a combined result of several phenomena such as the catalytic action of the carbon')
                             r"|\bresults?\s+of(?:(?:\s+[a-z]+){1,3}\s+(?:such\s+as|including))?"
                             r"|\b(?:aris|originat|stem)\w*\s+from)"
                             # ('has little influence on hydrogen diffusion but a strong catalytic effect on …'): an
                             # effect the verb denies or calls weak, coordinated before the one it credits
                             r"(?:\s+(?:(?:a|an|the|little|no|only)\s+)?(?:[a-z]+\s+){0,2}(?:influence|effect|impact)"
                             r"(?:\s+on(?:\s+[\w-]+){1,4}?)?\s*,?\s+(?:but|and|yet)(?:\s+also)?)?"
                             r"\s+(?:(?:a|an|the|its|their|good|excellent|strong|significant|remarkable|"
                             r"obvious|superior|notable|positive|important|key|crucial|dual|great|evident|clear|high|higher|efficient|"
                             r"effective|better)\s+){0,3}$"
                             # ('which in situ created multivalent catalytic surroundings'): a phase made
                             # in situ that is the family's, after up to three words that describe it
                             r"|\bin[\s-]situ\s+(?:creat|generat|produc|form)\w*\s+(?:[a-z][\w-]*\s+){0,3}$",
                             re.I)
# ('the synergistic effect between Ni and MgH2', '… between the MgH2 and MXene matrix': materials acting together)
_FAMILY_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?\(?[A-Z]")
# ('the catalyzing effect of in situ synthesized MgF2': 'in situ' before the participle and its material)
_FAMILY_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:in[\s-]situ\s+)?(?:[a-z][\w-]*\s+){0,2}?\(?[A-Z]")
# ('The catalytic effect is attributed to in situ formed TiH2', '… can be ascribed to the Nb species', 'The catalytic
# activity originates from Mg2Ni'): the phrase as the subject of a cause whose material is named right after its cue
_FAMILY_CREDITED_TO = re.compile(r"(?:\s+(?:is|are|was|were|(?:can|could|may|might|should)(?:\s+be)?)(?:\s+[a-z]+ly)?)?"
                                 r"\s+(?:(?:attribut|ascrib)\w*\s+to|credited\s+to|(?:aris|originat|stem|deriv|result)\w*"
                                 r"\s+from)\s+(?:the\s+)?(?:in[\s-]situ\s+)?(?:[a-z][\w-]*\s+){0,2}?\(?[A-Z]")

# ('a strong synergistic effect was obtained for hybrid oxides of Nb and Ti', 'a catalytic effect was observed for
# CoB'): the phrase as the subject of a finding, said of the materials named right after 'for'
_FOUND_FOR = re.compile(rf"\s+{BE}\s+(?:[a-z]+ly\s+)?(?:obtained|found|observed|seen|predicted|revealed|"
                        r"shown|identified)\s+for\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:of\s+(?:the\s+)?)?(?=\(?[A-Z])")

# ('… and to a kinetic destabilization by addition of TiCl3', 'the catalytic effect brought by doping with Nb2O5'): the
# phrase said of the agent that follows it, the additive the sentence adds
_FAMILY_BY = re.compile(r"\s+(?:(?:brought|exerted|provided)\s+)?by\s+(?:the\s+)?(?:(?:addition|adding|introduction|"
                        r"introducing|doping)\s+(?:of\s+|with\s+)?)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?\(?[A-Z]")


def _credited_families(text: str) -> list[tuple[str, int, int]]:
    """The family phrases of ``text`` that the sentence credits a material with (see above)."""
    return [(tid, a, b) for tid, a, b in find_mechanisms(text, families=True)
            if _CREDITING_VERB.search(text, max(0, a - 110), a) or _FAMILY_OF.match(text, b)
            or _FAMILY_BETWEEN.match(text, b) or _FAMILY_CREDITED_TO.match(text, b) or _FOUND_FOR.match(text, b)
            or _FAMILY_BY.match(text, b)
            or _COPULA.search(text, max(0, a - 30), a) and _SUBJECT_MATERIAL.search(text, max(0, a - 90), a)
            or _acts_as(text, a)
            or (_FINITE_VERB.match(text, a) or _VERB_LABEL.match(text, a))
            and (_SUBJECT_MATERIAL.search(text, max(0, a - 60), a)
                 or _RELATIVE_SUBJECT.search(text, max(0, a - 80), a))]


# ('…, and the hydrogen release effect at the interface between the hydride and the oxide plays an efficient catalytic
# role'): a particular mechanism that is the subject of its clause, and the family said of it by the clause's verb
_CLAUSE_OPENING = re.compile(rf"(?:^|[,;:]\s*(?:{CLAUSE_CONJUNCTION}\s+)?)\W*"
                             r"(?:(?:the|this|these|such|its|their|an?)\s+)?(?:[a-z][\w-]*\s+){0,3}$", re.I)
_IN_CLAUSE = re.compile(r"[^,;:.]*")


def _family_of_mechanism(text: str, family: tuple[str, int, int], found) -> bool:
    """The family phrase is what the sentence says of a particular mechanism it names as its clause's subject, not a
    mechanism of its own: the interface effect 'plays a catalytic role', no second claim."""
    return any(b <= family[1] and _CLAUSE_OPENING.search(text, max(0, a - 60), a)
               and _IN_CLAUSE.fullmatch(text, b, family[1]) and _CREDITING_VERB.search(text, max(0, family[1] - 60),
                                                                                     family[1])
               for _, a, b in found)


# what a subject is said to be or do in a few words: 'serve as', 'act as', 'are', 'provide'
_SAID_OF_SUBJECT = re.compile(r"\s+(?:[a-z]+\s+){0,2}", re.I)


def _without_said_of_mechanism(found: list, text: str) -> list:
    """``found`` without a catalytic phrase that says what another phrase of the sentence, its clause's subject and
    no catalyst's work, is or does ('grain boundaries serve as fast diffusion paths': one mechanism, the grain
    boundaries', not a catalyst's channel effect). (A catalytic subject keeps what it is said to do: 'TiB2 formed in
    situ acts as nucleation sites' is both the phase and the nucleation.)"""
    vocab = vocabulary()

    def catalytic(tid: str) -> bool:
        return _CATALYTIC in vocab and tid in vocab and vocab.is_a(tid, _CATALYTIC)

    return [f for f in found if not (catalytic(f[0]) and any(
        o[2] <= f[1] and not catalytic(o[0]) and _CLAUSE_OPENING.search(text, max(0, o[1] - 60), o[1])
        and _SAID_OF_SUBJECT.fullmatch(text, o[2], f[1]) for o in found))]


def _acts_as(text: str, a: int) -> bool:
    """The family phrase at ``a`` is the part a material plays, after an acting verb and 'as' whose subject is that
    material or a 'which' after it ('TiB2, which acts as the active site')."""
    acting = _ACTING_AS.search(text, max(0, a - 40), a)
    return acting is not None and bool(_SUBJECT_MATERIAL.search(text, max(0, acting.start() - 60), acting.start())
                                       or _RELATIVE_SUBJECT.search(text, max(0, acting.start() - 80), acting.start()))


# a family phrase written as a finite verb after a material in its clause ('Fe catalyzes hydrogen desorption',
# 'TiB2 formed during milling catalyses the decomposition'): the verb itself credits its subject
# (an adverb may open the label: 'TiCl3 kinetically destabilizes LiAlH4')
_FINITE_VERB = re.compile(r"(?:[a-z]+ly\s+)?[a-z]+(?:es|ed)\b")
# (with a decimal subscript: 'the in situ formed CeH2.73 acts as …')
# (a size prefix joined to it is no word of its own: 'such nano-TiB2 could serve as …')
_SUBJECT_MATERIAL = re.compile(r"(?:(?<![\w-])|(?<=\bnano-))[A-Z][a-z]?\d*(?:\.\d+)?(?:[A-Z(][\w()]*(?:\.\d+[\w()]*)*)?"
                               r"(?:\s+[^\s,;:]+){0,5}\s+$")
# a family phrase that is itself a verb of the ontology's ('act as catalysts', 'serve as catalyst', 'catalyse hydrogen
# desorption': PreparationVerb's ActingVerb, EffectVerb's ImprovingStem), whatever its ending: plural subjects
# ('Mg2Ni and TiH2 act as catalysts')
_VERB_LABEL = re.compile(rf"(?:[a-z]+ly\s+)?(?:{vocabulary().scheme_alternation('PreparationVerb', ('ActingVerb',))}\s|"
                         rf"{vocabulary().scheme_alternation('EffectVerb', ('ImprovingStem',))})", re.I)
# ('The NbH formed from Nb2O5 during milling is the active catalyst'): a material said to be what the phrase names
# ('TiB2, which acts as the active site'): the part an additive plays, a family phrase after the verb and 'as'
_ACTING_AS = re.compile(rf"\b{vocabulary().scheme_alternation('PreparationVerb', ('ActingVerb',))}\s+as\s+"
                        r"(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I)
_COPULA = re.compile(rf"\b{BE}\s+(?:the|an?)\s+(?:(?:real|true|actual|main|key|primary)\s+)?$", re.I)
# ('… to form NbH and MgF2, which catalyse …'): a relative pronoun after a material of the sentence is its subject
_RELATIVE_SUBJECT = re.compile(r"(?<![\w-])[A-Z][a-z]?\d*(?:[A-Z(][\w().]*)?(?:\s+[^\s,;:]+){0,5}\s*,\s*"
                               r"(?:which|that)\s+(?:[a-z]+ly\s+)?(?:also\s+)?$")


# a cause the sentence credits the improvement to, named by strategy nouns ('attributed to both nanoconfinement and
# catalysis', 'owing to the synergistic effects of confinement and catalysis'): the cue, then the clause it opens
# ('a synergistic effect of nanoconfinement and catalysis is a new strategy', 'to investigate the synergetic effect
# of …': an effect named, or one to be studied, is credited to nothing)
# ('We ascribe this reduction to …', 'we attribute the faster uptake of the composite to …': the thing credited
# between the verb and its 'to', a few words with no punctuation)
# ((?=[…]): the first letters of the words, which lets a search pass other positions at once)
# (and a result said to come from its cause: 'derives from', 'stems from', 'arises from', 'originates from',
# 'results from', 'is a result of')
# (searched only in sentences holding one of its words: most hold none, which substring looks tell at once)
# ('a synergistic effect between nanoconfinement of the aerogel and catalysis of CoNiB on the dehydrogenation of
# LiBH4', a title's or a subject's finding: the synergy of two causes is their joint credit — when a material is
# named after it, not a topic sentence's 'a synergy of nanoconfinement and catalysis is a new strategy for hydrides')
_CAUSE_CUE = Gated(re.compile(r"(?=[adotcbsr])(?:\b(?:(?:attribut|ascrib)\w*(?:\s+[^\s,;:.]+){0,6}?|due|owing|thanks|"
                              r"credited)\s+to\b|\bbecause\s+of\b|\bbenefit+ing\s+from\b|\b(?:deriv|stem|aris|originat|result)(?:e|es|ed|ing|s|med|ming)?\s+from\b|"
                              r"\b(?:a|the)\s+result\s+of\b|"
                              r"\bsynerg(?:y|(?:istic|etic)\s+effects?)\s+(?:of|between)\b(?=[^.;:]*?\b(?:of|by|in)\s+(?:the\s+)?(?-i:[A-Z])))",
                              re.I),
                   ("attribut", "ascrib", "due", "owing", "thanks", "credited", "because", "benefit", "deriv", "stem",
                    "aris", "originat", "result", "synerg"))
_CAUSE_END = re.compile(r"[.;:]|,\s*(?:which|while|whereas|and\s+the)\b")
# what may stand between the cue and a credited strategy, or between two of them: articles, 'both', 'the synergistic
# effects of', 'and', 'as well as to' (grammar words); anything else ('its ability to achieve … catalyst doping')
# makes the strategy part of another cause; 'the synergy between the catalysis of Ni and the confinement by the
# carbon': the material a credited strategy is said of, by or in ('of'/'by'/'in' and at most three words: 'in the
# carbon aerogel', 'of CoNiB nanoparticles') stands between two of them
_CAUSE_GAP = re.compile(r"(?:\s|,|\b(?:both|the|a|an|synergistic|synergetic|synergy|interplay|between|combined|joint|"
                        r"dual|effects?|roles?|of|and|as|well|to|chemical|physical)\b|"
                        r"\b(?:of|by|in|within)\s+(?:the\s+)?(?:[\w@/–-]+\s+){0,2}(?:[A-Z][\w@/–-]*|[a-z]+)(?=\s+and\b))*",
                        re.I)


@per_document(maxsize=1024)
def _cause_strategies(text: str) -> frozenset[str]:
    """The strategies a sentence credits as the cause itself, right after its cue ('can be attributed to the
    core-shell structure, which …', 'owing to the nanoconfinement'): the design credited, not one the sentence
    says its credited catalyst sits in."""
    cue = _CAUSE_CUE.search(text)
    if cue is None:
        return frozenset()
    end = _CAUSE_END.search(text, cue.end())
    clause = text[cue.end():end.start() if end else len(text)]
    base = cue.end() + len(clause) - len(clause.lstrip())
    out, at = set(), cue.end()
    for a, b, tid in label_spans(clause.strip(), ("Strategy",)):
        if not _CAUSE_GAP.fullmatch(text, at, base + a):
            break
        at = base + b
        out.add(tid)
    # (one credited beside another cause, 'the synergistic effects of nanoconfinement and the Ni active sites',
    # shares the credit: the other cause keeps its own strategy)
    return frozenset(out) if out and not _BESIDE.match(text, at) else frozenset()


def _without_joint_frame(found: list, credited: list, text: str) -> list:
    """``found`` without the phrase framing two or more strategies credited together ('attributed to the synergy
    between the catalysis of Ni and the confinement by the carbon'): the synergy is the strategies' joint work, each
    credited to its own actor, not a catalytic effect of its own crediting one of them."""
    if len(credited) < 2:
        return found
    cue = _CAUSE_CUE.search(text)
    first = min(a for _, a, _ in credited)
    return [f for f in found if not (cue is not None and cue.end() <= f[1] and f[2] <= first)]


_BESIDE = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|together\s+with|along\s+with|plus)\b", re.I)


def _credited_strategies(text: str) -> list[tuple[str, int, int]]:
    """(mechanism, start, end) of each strategy a sentence credits as a cause, as the mechanism the strategy
    stands for (the ontology's hkg:effectMechanism: nanoconfinement the confinement effect, catalysis the
    catalytic effect); a strategy named as what was done ('modified by nanoconfinement') credits nothing."""
    cue = _CAUSE_CUE.search(text)
    if cue is None:
        return []
    end = _CAUSE_END.search(text, cue.end())
    stop = end.start() if end else len(text)
    vocab = vocabulary()
    out: list[tuple[str, int, int]] = []
    at = cue.end()
    clause = text[cue.end():stop]
    base = cue.end() + len(clause) - len(clause.lstrip())    # (the look-up's offsets are the stripped clause's)
    for a, b, tid in label_spans(clause.strip(), ("Strategy",)):
        if not _CAUSE_GAP.fullmatch(text, at, base + a):
            break
        at = base + b
        mechanism = next((vocab.get(t).effect_mechanism for t in (tid, *vocab.ancestors(tid))
                          if vocab.get(t).effect_mechanism), None)
        if mechanism and mechanism in vocab and not any(m == mechanism for m, _, _ in out):
            out.append((mechanism, base + a, base + b))
    return out


# a result credited to an additive being there, right after the cue ('ascribed to the presence of CeF3', 'owing to
# the addition of the catalyst', 'attributed mainly to the introduction of NbF5'): the noun of its being there
_PRESENCE_CREDITED = re.compile(rf"\s*(?:(?:the|mainly|largely|partly|primarily|mostly|both)\s+)*"
                                rf"({_BEING_THERE_NOUN})(?=\s+of\s)", re.I)


def _presence_credited(text: str) -> list[tuple[str, int, int]]:
    """(mechanism, start, end) of a result a sentence credits to an additive's being there, naming no mechanism
    ('The faster release is owing to the presence of NbF5'): the mechanism catalysis stands for (its
    hkg:effectMechanism), at the noun, so that the material after it is the actor (``_OF_AFTER``). Which additive
    that is, and whether it is one the passage added, the claim's reading decides (``_presence_actor``)."""
    cue = _CAUSE_CUE.search(text)
    noun = _PRESENCE_CREDITED.match(text, cue.end()) if cue is not None else None
    vocab = vocabulary()
    effect = vocab.get(_CATALYSIS).effect_mechanism if noun is not None and _CATALYSIS in vocab else None
    return [(effect, noun.start(1), noun.end(1))] if effect and effect in vocab else []


_PRESENCE_OBJECT = re.compile(r"\s+of\s+((?:the\s+)?(?:[a-z][\w-]*\s+)?)")


def _presence_actor(text: str, stop: int, mentions, passage: list[str], sample: list[str],
                    host: str | None) -> str | None:
    """The additive a presence attribution credits (``_presence_credited``): one the passage added, named right
    after the noun ('the presence of NbF5'), or the sample's, pointed back to there ('the addition of the catalyst');
    None for anything else ('due to the presence of a passivating MgO layer' credits no additive of the sample)."""
    obj = _PRESENCE_OBJECT.match(text, stop)
    if obj is None:
        return None
    named = [f for pos, f, _ in mentions if stop < pos <= obj.end()]
    if named:
        # (the host's own bonds or phases, 'owing to the presence of strong Mg–H bonds', are no additive)
        return named[0] if named[0] in passage and not _same_host(named[0], host) else None
    return _modifier(sample, [], host) if sample and _POINTS_BACK.match(text, obj.start(1)) else None


def _presence_effect(actor: str) -> str | None:
    """The mechanism an additive's being there stands for: the confinement effect of a support, else the catalytic
    effect (the ontology's hkg:effectMechanism of nanoconfinement and of catalysis)."""
    vocab = vocabulary()
    strategy = _NANOCONFINEMENT if _is_support(actor) else _CATALYSIS
    return vocab.get(strategy).effect_mechanism if strategy in vocab else None


def claims_of_sentence(sent, source_id: str, ctx: _Context | None = None, restating: bool = False
                       ) -> list[MechanismClaim]:
    """``restating``: the sentence's section restates or hopes (a summary, an outlook), whose claims the caller
    drops: the sentence is only remembered, as one naming no mechanism is. (What its claims would read of the
    context, and leave in it, is the passage's own, which is all in that section.)"""
    ctx = ctx or _Context()
    ctx.enter(sent)
    said = _Said(sent)
    if restating:
        ctx.add(said)
        return []
    # the gate reads the cleaned sentence, as the claims below do: its phrases, found once (``_found``
    # is cached), are the claims' own (the measurements cleaned every sentence before: no second cleaning)
    clean = clean_text(sent.text, getattr(sent, "start", 0) or 0)
    caused = _CAUSE_CUE.search(clean.text) is not None   # (looked for once: both readings below need it)
    credited = _credited_strategies(clean.text) if caused else []
    presence = _presence_credited(clean.text) if caused and not credited else []
    credited += presence
    # a phase the sentence says formed in situ, or that an additive turned into, credited with faster kinetics ('the in
    # situ formed TiH2 improves the dehydrogenation kinetics'): the in-situ catalytic phase, named by no label
    low = clean.text.lower()
    sped = (_SPED_UP.search(clean.text) or _OWED_KINETICS.search(clean.text)) if _says_kinetics(low) else None
    sped = sped if sped is not None and _said_formed(clean.text, sped.start()) else None
    # (forming said only by its noun as the subject, 'the formation of TiH2 and MgF2 accelerates …': a phase an
    # additive turned into, credited to it below; the host's own products, 'the formation of LiH and Al', no catalyst)
    formation_only = sped is not None and not _formed_before(clean.text[:sped.start()])
    if sped is None and _says_kinetics(low):
        # (or the kinetics credited to it after a cue: 'the enhanced kinetics are ascribed to the Mg2Ni formed during
        # milling', 'fast kinetics, owing to the Al3Ti phase formed during cycling')
        sped = _owed_to_formed(clean.text)
    if sped is None and _TEMPERATURE_WORD.search(clean.text):
        # (a temperature brought down only by a phase said to form in situ: a product a decomposition forms, 'LiBH4
        # decomposes to form LiH …, and Ni lowers the onset', is no catalyst)
        sped = _LOWERED.search(clean.text)
        sped = sped if sped is not None and _said_in_situ(clean.text[:sped.start()]) else None
    if sped is None and _CAPACITY_WORD.search(clean.text):
        # (or raises its capacity: 'Ni forms Mg2Ni, whose presence raises the reversible capacity', 'the in situ formed
        # Mg2Ni increases the hydrogen capacity'; a phase formed from an additive, as for the kinetics)
        sped = _RAISED.search(clean.text)
        sped = sped if sped is not None and _said_formed(clean.text, sped.start()) else None
    product = _PRODUCT_LOWERS.search(clean.text) if any(w in low for w in _STABILITY_STEMS) else None
    catalysed = _catalyst_sped_up(clean.text) if sped is None and _says_kinetics(low) else None
    if catalysed is None and sped is None and _CATALYTIC_WORD.search(clean.text):
        catalysed = _called_catalyst_acts(clean.text)
    if catalysed is None and sped is None and " by " in clean.text:
        catalysed = _sped_by_catalyst(clean.text)
    if not credited and sped is None and product is None and catalysed is None \
            and not names_any_mechanism(clean.text):
        ctx.add(said)
        return []
    found = find_mechanisms(clean.text)
    if sped is not None and _IN_SITU_PHASE in vocabulary() and not any(a < sped.end() and sped.start() < b
                                                                         for _, a, b in found):
        found = [*found, (_IN_SITU_PHASE, sped.start(), sped.end())]
    if product is not None and _STABLE_PRODUCT in vocabulary():
        # (a product said to lower the stability, 'the formation of CaB6 lowers the stability of NaBH4', is the
        # product's stabilisation, not a reactant's destabilisation its words would name alone)
        found = [f for f in found if not (f[0] == _DESTABILIZED and f[1] < product.end() and product.start() < f[2])]
        if not any(t == _STABLE_PRODUCT or a < product.end() and product.start() < b for t, a, b in found):
            found = [*found, (_STABLE_PRODUCT, product.start(), product.end())]
    # a family credited beside a particular mechanism of another kind ('plays a catalytic role by reducing
    # the size'); beside one of its own members it gives way ('catalytic roles, with TiFe … as hydrogen pumps')
    credited_families = _credited_families(clean.text)
    # ('a kinetic destabilization of LiAlH4 by TiCl3', 'TiCl3 kinetically destabilizes LiAlH4'): a credited family
    # label that starts before a particular one and ends inside it qualifies its words — read from the left, as the
    # words of one label are, the reading that starts first wins (a destabilization said to be kinetic is a catalyst's
    # doing); a particular label lying wholly inside the family's ('act as the real catalysts') stays the claim
    found = [f for f in found if not any(a < f[1] < b < f[2] for _, a, b in credited_families)]
    families = [f for f in credited_families if not any(a < f[2] and f[1] < b for _, a, b in found)
                and not any(vocabulary().is_a(tid, f[0]) for tid, _, _ in found)
                and not _family_of_mechanism(clean.text, f, found)]
    found += families
    found = _without_joint_frame(found, credited, clean.text)
    found += [c for c in credited if not any(a < c[2] and c[1] < b or t == c[0] for t, a, b in found)]
    if catalysed is not None and not found and _CATALYTIC in vocabulary():
        # (nothing else credited: the catalyst's effect; two catalysts said to act combined, their cocktail effect)
        joint = _COCKTAIL in vocabulary() and _COMBINED_SUBJECT.search(clean.text, 0, catalysed.start()) is not None
        found = [(_COCKTAIL if joint else _CATALYTIC, catalysed.start(), catalysed.end())]
    # (and a formula in capitals the passage added with an amount, 'milled with 10 wt% VN': the word again, 'VN acts
    # as …', is that material, not an acronym) (each name looked at once: the passage names most many times)
    capitals = {f: f for f in dict.fromkeys(ctx.added(passage=True)) if _ACRONYM.fullmatch(f)}
    said._text, said._mentions = clean.text, _with_abbreviations(_mentions(clean.text), clean.text,
                                                                 {**capitals, **ctx.abbreviated} if capitals
                                                                 else ctx.abbreviated)
    if not found or _NO_CLAIM.search(_BEYOND_EARLIER.sub(" ", clean.text)):
        # (a sentence that gives no claim is only remembered: its host and sample are asked for by a
        # later sentence, if ever, through ``ctx``)
        ctx.add(said)
        return []
    host = _host_of(said, ctx, clean.text)
    # 'the Ti additive in the reactive hydride composite': the sample the additive acts in, named by its
    # strategy, is the passage's system of that strategy, whose host is the claim's (LiBH4 of 2LiBH4–MgH2 in a
    # passage that also studies MgH2 alone); that strategy is the sample's, not what the additive does
    # (the strategies the sentence names, read once: the sample's and, below, the claims')
    named_here = _named_strategies(clean.text, said.mentions)
    placed = _named_sample(clean.text, named_here, ctx, said)
    host = placed[1] if placed else host
    # the sample this sentence makes ('Ni/C was introduced into LiBH4 …, with Ni2B acting as …'),
    # else the one the paragraph made before
    sample, sample_system = said.made(host) if host else ([], None)
    if not sample:
        sample, sample_system = ctx.sample(host)
        if sample:
            sample, sample_system = _class_turned_to(sample, sample_system, ctx, sent)
    # a paragraph that names no sample of its host goes on about the one the paragraph before it made
    # ('The composite …' / 'The five elements of the alloy weaken …' in the next paragraph)
    if not sample and _CARRIED_REF.search(clean.text, 0, found[-1][2]):
        sample, sample_system = ctx.sample(host, before=True)
    ctx.add(said)
    # (and a kinetic model the sentence fits, 'follows the nucleation and growth mechanism', names no
    # mechanism an additive brings: a phrase inside the model's name is no claim)
    denied = [m.span() for m in _DENIED.finditer(clean.text)] + _kinetic_models(clean.text)
    found = [f for f in found if not any(a <= f[1] < b for a, b in denied)
             and not _HINDERED.search(clean.text, max(0, f[1] - 40), f[1])
             and not _NEGATED.search(clean.text, max(0, f[1] - 60), f[1])
             and not _RULED_OUT.search(clean.text, max(0, f[1] - 60), f[1])
             and not _slight(clean.text, f[1], f[2])
             and not _measured(clean.text, f[1], f[2])
             and not _only_seen(clean.text, f[1], f[2])
             and not _cell_interface(clean.text, *f)
             and not _describes_subject(clean.text, f[1], f[2])
             and not _phases_described(clean.text, f[1])
             and not _causes_a_loss(clean.text, f[1], f[2])
             and not _STUDY_PURPOSE.search(clean.text, max(0, f[1] - 60), f[1])]
    # ('the stabilization of the molten state … through nanoconfinement': a phrase naming the means by which
    # another mechanism of the sentence works is that mechanism's strategy, not a mechanism of its own)
    # ('stabilizes the dehydrogenated state and, thereby, destabilizes LiBH4': the destabilization of the
    # reactant said to follow from the stable product is what that product does, one mechanism, not two)
    found = _without_said_of_mechanism(found, clean.text)
    found = [f for f in found if not (f[0] == _DESTABILIZED and any(
        o[0] == _STABLE_PRODUCT and _THEREBY.fullmatch(clean.text, o[2], f[1]) for o in found))]
    # ('MgH2 forms a solid electrolyte in situ …, the in situ formation of LiH with an ionic conductivity of …'): a
    # mechanism of hydrogen storage alone (its hkg:appliesTo) in a sentence whose properties serve a solid electrolyte
    # is no claim of it — the sentence is about a battery, where nothing catalyses hydrogen release (one that speaks of
    # hydrogen or of a hydrogen run, 'during the first hydrogenation', 'affinity toward hydrogen', still may)
    told = _told_application(clean.text) if any(_application(f[0]) == APPLICATIONS["storage"] for f in found) \
        and "hydrogen" not in low and not _says_kinetics(low) else None
    # (a capacity may be a hydrogen store's or an anode's: only its unit, a charge, is a sign)
    if told == APPLICATIONS["electrolyte"] or told == APPLICATIONS["anode"] and _ELECTRODE_CHARGE.search(clean.text):
        found = [f for f in found if _application(f[0]) != APPLICATIONS["storage"]]
    found = _battery_mechanisms_only(found, low)
    # ('a high Mg2+ conductivity … assigned to favorable interfaces between … and Al2O3 nanoparticles'): a broad
    # mechanism credited in a sentence whose properties serve one application is its one narrower mechanism of that
    # application (an interface effect on a conductivity is interfacial conduction)
    if told is None and any(_application(f[0]) is None for f in found):
        told = _told_application(clean.text)
    if told is not None:
        found = [(_narrowed(f[0], told), f[1], f[2]) for f in found]
    # (the ontology's hkg:includesOutcome: the confinement effect stabilising the confined phase)
    found = [f for f in found if not (_BY_MEANS.match(clean.text, f[1]) and f[0] in vocabulary() and any(
        o[0] in vocabulary().get(f[0]).outcomes for o in found))]
    if not found:
        return []
    vocab = vocabulary()
    named = [n for n in named_here if (not placed or n != placed[0]) and not _names_mechanism(clean.text, n, found)]
    # 'in situ formed' (a synthesis method) or 'formed in situ' (the in-situ catalytic phase itself)
    # (read without articles, as the mechanism labels are: 'produced from the reactions between …')
    # (and with its words hyphenated: 'the in-situ formed Mg2Ni')
    # (or a participle of forming said with the run or the milling it formed in: 'generated during hydrogenation',
    # 'produced upon the first dehydrogenation', 'formed after ball milling')
    # (in the clauses of the phrases only: 'Ni acts as a catalyst; MgO forms during milling' says nothing formed of Ni)
    in_situ = any(t == _IN_SITU_PHASE for t, _, _ in found) \
        or _said_in_situ(_clauses_of(clean.text, found))   # (the cheap look first)
    # (at the first catalytic phrase: 'X formed during milling plays a catalytic role, while graphene prevents the
    # agglomeration' credits the in-situ phase where the catalysis is said, not graphene's phrase)
    catalytic = next((f for f in found if f[0] in vocab and vocab.is_a(f[0], _CATALYTIC)), None)
    if in_situ and _IN_SITU_PHASE in vocab and not any(t == _IN_SITU_PHASE for t, _, _ in found) \
            and catalytic is not None:
        found.append((_IN_SITU_PHASE, catalytic[1], catalytic[2]))
    # what the sentence says is replaced ('the replacement of Li/Mg by Zn … to Li/Mg'): the host's part
    replaced = {s.text for pos, f, s in said.mentions if s is not None and _REPLACED_HERE.search(clean.text, 0, pos)}
    # (written with a sign between its parts: one compound's formula, 'MgBH4NH2', read as two salts, is no sample)
    whole = [(pos, s) for pos, f, s in said.mentions      # a system written whole: 'MgH2–TiVNbZrFe'
             if _modified(s) and _is_host(_host_of_system(s)) and s.text not in replaced
             and _PARTS_SIGN.search(s.text)
             and not (host and _FORMED_IN_SITU.search(clean.text[max(0, pos - 80):pos]))
             and not (host and _phase_of(_host_of_system(s), host, said.added() + sample))]
    # the phases the sentence says its additives turn into ('TiO2 was reduced to Ti2O3 …, and the Ti2O3 serves as
    # the active catalyst'): where one does the catalysing, it is an in-situ catalytic phase of that additive
    formed = _formed_from(said.mentions, clean.text, host)
    # (or, in a sentence saying it formed in situ, does what a catalyst does, of any kind: 'RbF reacts with LiNH2 to
    # form RbNH2 …, and the in situ formed RbNH2 weakens the N–H bonds')
    formed = {f: v for f, v in formed.items() if any(v[0] < stop and (
        in_situ or t == _CATALYTIC or t in vocab and vocab.is_a(t, _CATALYTIC)) for t, _, stop in found)}
    catalysing_formed = bool(formed)
    out: list[MechanismClaim] = []
    seen: set = set()
    # what the passage added before this sentence (for the alloy a bare metal belongs to)
    earlier = [f for f in ctx.added(passage=True) if f not in said.added()]
    # (what the passage added or named before this sentence: a material it introduced is its own actor, not
    # a phase the sentence's sample formed — 'Mg2Ni formed from NiCp2. The Mg2Ni alloys disrupt …')
    given = ctx.given(passage=True) | {f for s_ in [*ctx.earlier, *ctx.previous] if s_ is not said for f in s_.added()}
    # ('shorter diffusion paths are important contributions to the catalytic effect of an NbF5 additive'): particular
    # mechanisms said to explain the catalytic effect of an additive are that additive's, and the effect they explain
    # is no claim of its own
    # (the effect looked for among the phrases of the catalytic family the sentence credits, kept or not beside a
    # narrower mechanism)
    effects = [f for f in {*found, *_credited_families(clean.text)} if f[0] == _CATALYTIC]
    explaining = {f: e for f in found if f[0] != _CATALYTIC
                  and (e := _explained_family(clean.text, f[2], effects, said.mentions, host)) is not None}
    found = [f for f in found if f not in {e[0] for e in explaining.values()}]
    for tid, at, stop in found:
        claim_host, additive, system = host, None, None
        explained = explaining.get((tid, at, stop))
        if explained is not None:
            additive = explained[1]
        each: list[str] = []
        if (tid, at, stop) in presence:
            # (a result credited to an additive's being there: that additive, the passage's, acts by what its kind
            # of strategy stands for)
            actor = _presence_actor(clean.text, stop, said.mentions, [*sample, *ctx.added(passage=True)],
                                    sample, claim_host)
            tid = _presence_effect(actor) if actor is not None else None
            if tid is None:
                continue
        strategies = _in_own_clause(clean.text, at, _named_for(tid, clean.text[at:stop], named, ctx))
        strategies = _not_coordinated(clean.text, at, stop, strategies)
        if strategies and _CONSEQUENCE.search(clean.text, stop):
            strategies = [n for n in strategies if not _named_as_outcome(clean.text, n, stop)]
        # 'substitute Li with Mg and Ca … weakens the N–H bonds': a metal of the host replaced by others (also after
        # the phrase: 'vacancies form by substitution of Ca with Al')
        replaced = _METAL_REPLACED.search(clean.text)
        if not strategies and replaced and replaced.group(1) not in _NON_METALS and _CATION_SUBSTITUTION in vocab:
            strategies = [_CATION_SUBSTITUTION]
        # 'F^- can break the B–H bond': an anion of the sample acting is that anion's substitution
        anion = _anion_acts(clean.text, at, said.mentions)
        # ('the HT phase … can be stabilized by Br− substitution'): the anion the passive's agent substitutes in
        agent_anion = _anion_agent(clean.text, stop)
        anion = anion or agent_anion
        if not strategies and anion and _ANION_SUBSTITUTION in vocab:
            strategies = [_ANION_SUBSTITUTION]
        # (a composite named after the phrase, "… in the Mg(NH2)2–2LiH system", is where a material named
        # before it acts, not the actor)
        owner_at = _OF_AFTER.match(clean.text, stop)
        # (for a family phrase, credited to a material by the sentence's frame: "X exhibited a catalytic effect")
        actor_first = (tid, at, stop) in families and any(
            (pos < at or owner_at is not None and stop < pos <= owner_at.end()) and _credited(f, claim_host)
            and (s_ is None or not _modified(s_)) for pos, f, s_ in said.mentions)
        if explained is not None:
            pass                                        # (the additive whose catalytic effect the phrase explains)
        elif whole and actor_first and not any(w[0] < at for w in whole):
            claim_host = _host_of_system(whole[0][1])   # the composite the actor acts in
        elif whole and _purpose_end(clean.text, at) is None:
            before = [w for w in whole if w[0] < at]
            _, system = before[-1] if before else whole[0]
            claim_host, partner = _host_of_system(system), system.additives[0]
            # (a reactive composite written whole, 'the Li–Mg–B–H system', 2LiBH4–MgH2: its partner destabilizes;
            # a catalytic mechanism is the catalyst's, found below as in any sentence)
            if not (partner.role == ROLES["destabilizer"] and vocab.is_a(tid, _CATALYTIC)):
                additive = partner.formula
        if additive is None:
            # a product the sentence forms ('forming stable AlB2') is no additive, unless the
            # sentence says it forms in situ and acts ('the in situ generated Ni2B acting as …')
            made = set() if in_situ else _products(said.mentions, clean.text)
            # (a phase the sentence says an additive turns into, credited with a catalytic mechanism, is the
            # actor: 'NbF5 reacted with MgH2 to form NbH and MgF2, which catalyse …', credited below to NbF5)
            if catalysing_formed:
                made -= {p for p, _ in formed.values()}
            # (what the sentence says is replaced, 'Li/Mg' of 'replacement of Li/Mg by Zn', is the host's part)
            # (and hydrides listed with the host, 'in Li(CB11H12) and NaCB11H12', are studied beside it)
            replaced = {f for pos, f, _ in said.mentions if _REPLACED_HERE.search(clean.text, 0, pos)}
            replaced |= _listed_with(said.mentions, clean.text, claim_host)
            others = [(pos, f) for pos, f, _ in said.mentions
                      if (_credited(f, claim_host) or f in ctx.abbreviated) and f not in replaced
                      and not _sample_named_back(clean.text, pos)
                      and not _DOPANT_OF_NEXT.match(clean.text, _WORD_END.match(clean.text, pos).end())
                      and pos not in made and not _compared(clean.text, pos)
                      and not _IONS_AFTER.match(clean.text, _WORD_END.match(clean.text, pos).end())]
            before = [(pos, f) for pos, f in others if pos < at]
            after = [f for pos, f in others if pos >= at]
            # a material after the phrase is more often its object or a comparison ('between the
            # hydride and the silica walls', 'just like the effect of KH') than its actor: the
            # paragraph's sample comes first
            species = _element_species(clean.text, at)
            if not before and species and sample:
                before = [(species[0], _element_added(species[1], sample, ctx))]
            # the sentence's subject acts ('The graphene keeps the Mg and LiH domains connected and
            # buffers …'), else the material nearest before the phrase
            # (in the phrase's own clause: 'TiO2 provides …, while HCS prevents …' credits HCS)
            subject = [(pos, f) for pos, f in before if _SUBJECT.fullmatch(clean.text, 0, pos)
                       and not _NEW_CLAUSE.search(clean.text, pos, at)]
            if subject and subject[0] != before[-1] and subject[0][1] not in _listed_before(before, clean.text):
                before = [b for b in before if b != subject[0]] + subject
            # the paragraph's sample is the actor only where the sentence points back to it ('it', 'the
            # catalysed hydride', 'which') or names a species of its own; one naming no actor credits nothing
            # (or inside it: 'the synergistic effect of the constituent elements')
            # (and the word it is said of, after it: 'the hydrogen pump effect of the catalyst', 'the
            # grain refinement induced by the additive')
            pointed = bool(_POINTS_BACK.search(clean.text, 0, stop)) or _owner_points_back(clean.text, stop)
            # 'These methods induce …', 'Anion doping … induces …': a way of modifying acts, no sample
            # (and a result of the sample's credited to the phrase itself: 'The faster uptake can be ascribed
            # to the hydrogen spillover effect')
            cue = next((m for m in _CAUSE_CUE.finditer(clean.text, 0, at)
                        if _CAUSE_GAP.fullmatch(clean.text, m.end(), at)), None)
            sample_acts = bool(sample) and not _METHOD_ACTS.search(clean.text, 0, at) \
                and not _step_opens(clean.text, at) and (
                pointed or bool(strategies) or bool(said.mentions) or bool(_ION.search(clean.text)) or cue is not None
                or _opens_definite(clean.text, at))
            # ('The three studied systems destabilized LiBH4', 'Both composites …'): a subject that counts the
            # passage's samples, each with one of its alternatives, credits every one of them
            each = _each_alternative(clean.text, at, ctx, sample) if sample_acts and not before else []
            additive = before[-1][1] if before else each[0] if each else agent_anion if agent_anion \
                else _modifier(ctx.best_first(sample), after, claim_host) if sample_acts \
                else anion if anion else after[0] if after else None      # (the anion substituted in acts)
            # the effect of a nano form the paragraph gives the host ('Mg nanoparticles … the decrease of path
            # lengths for diffusion'), where the sentence names no actor, is the host's own, not the sample's
            # catalyst's (the ontology's hkg:effectMechanism of that nano strategy)
            sized = _sized(tid, ctx) if not before and not strategies and sample_acts else []
            if sized:
                additive, strategies = None, sized
            if before and _processed_for(clean.text, before[0][0], at) or _made_by_step(clean.text, stop):
                # 'milling with Ti, V for 5 h to reduce particle size', '… as well as the grain refinement and defects
                # introduced by ball milling': the milling acts
                before, additive = [], None
            elif not before and (_host_form_acts(clean.text, at, said.mentions, claim_host)
                                 or _host_product_acts(clean.text, at, said.mentions, claim_host)):
                additive = None                # 'the nanocrystals of MgH2 … provide shorter diffusion paths'

            # 'the photothermal effect of MXene', 'the LSPR effect of Cu nanoparticles': the material
            # the phrase is said of acts, whatever comes before it
            # (and the agent of a passive or a nominal phrase: '… was suppressed in the presence of KH',
            # 'weakening of the Mg–H bond by TiF3')
            owner = _OF_AFTER.match(clean.text, stop) or _BETWEEN_AFTER.match(clean.text, stop) \
                or _FOUND_FOR.match(clean.text, stop) or _AGENT_AFTER.match(clean.text, stop)
            owned = [(pos, f) for pos, f in others if owner and stop < pos <= owner.end()][:1]
            if owner and not owned:
                # (an additive a system of the passage was written with, by its own name: 'the high surface
                # area of the MC scaffold' after 'LiBH4@MC–NbF5')
                at_name = _OF_THE.match(clean.text, stop)
                owned = [(at_name.end(), f) for f in dict.fromkeys([*sample, *ctx.given(passage=True)])
                         if at_name and _credited(f, claim_host)
                         and re.match(rf"{re.escape(f)}(?![\w(\[·⋅-])", clean.text[at_name.end():])
                         and not _DOPANT_OF_NEXT.match(clean.text, at_name.end() + len(f))][:1]
            if owned and owner is not None and owner.re in (_OF_AFTER, _BETWEEN_AFTER, _FOUND_FOR):
                # ('the synergistic effect of Ni and Ti', '… between Ni and Ti'): each material listed after the
                # first is said of too
                for pos, f in others:
                    if pos > owned[-1][0] and _OWNED_NEXT.fullmatch(clean.text, owned[-1][0], pos):
                        owned.append((pos, f))
            if owned:
                before, additive = owned, owned[-1][1]
                whole = _one_compound_of(owned, sample)
                if whole is not None and tid == _CATALYTIC and _COCKTAIL in vocab:
                    # ('the synergistic effect of the mixed oxides of Ni and Mo' in MgH2 + NiMoO4): the combined action
                    # of the elements of one additive is its cocktail effect, one claim on that additive
                    tid, before, additive = _COCKTAIL, [owned[-1]], whole
                joint = tid == _COCKTAIL or (tid == _CATALYTIC and _COCKTAIL in vocab
                                             and _JOINT.search(clean.text, at, stop) is not None)
                whole = _composite_holding(owned, others, clean.text, ctx.added(passage=True)) if joint else None
                if whole is not None:
                    # ('synergetic catalysis of NiCo NPs and rGO' in a passage on MgH2–NiCo/rGO): the materials acting
                    # together are the parts of one additive the passage wrote as a composite, one claim on it
                    tid, before, additive = _COCKTAIL, [owned[-1]], whole
            # the materials a phrase names in brackets right after it are what it speaks of ('the active
            # species (NbHx and NbB2)')
            apposed = _APPOSED.match(clean.text, stop)
            named_in = [(pos, f) for pos, f in others if apposed and stop < pos < apposed.end()]
            if named_in and not owned:
                before, additive = named_in, named_in[-1][1]
            # ('To lower the interfacial resistance between LiBH4 and LiCoO2, a Li3PO4 layer was inserted'): a purpose
            # the sentence opens with is what its main clause's subject does; the materials inside it are its object
            purposed = _purpose_actor(clean.text, at, others)
            if purposed is not None:
                before, additive = [purposed], purposed[1]
            if additive is not None:
                # ('TiO2 (designated as NaTiOxH)'): the name the sentence gives the credited material
                additive = next((named_as for m in re.finditer(rf"(?<![\w-]){re.escape(additive)}(?![\w-])", clean.text)
                                 if (named_as := designation(clean.text, m.end())) is not None), additive)
                additive = _compound_of_worded(additive, sample or [f for _, f, _ in said.mentions], clean.text,
                                               claim_host, in_situ)
                metal = additive
                additive = _sample_additive(additive, sample, claim_host, in_situ)
                alloy = _alloy_named(additive, said.mentions, claim_host, earlier)
                if _bare_element(metal) and before and _ABSOLUTE_OPENING.search(clean.text, 0, before[-1][0]):
                    # (a metal an absolute clause opens with acts on its own, not as the alloy the sentence or the
                    # sample names: 'Nb/V sites …, with V weakening the Mg–H bonds and Nb …'; the strategy is
                    # still that of the alloy holding it, named here, the sample's or added by the passage)
                    holder = next((a for a in (alloy, additive) if a != metal), None) \
                        or _alloy_holding(metal, [*earlier, *sample])
                    additive = metal
                    if holder is not None and claim_host and not strategies:
                        strategies = _composition_strategies(claim_host, (holder,))[:1]
                else:
                    additive = alloy
                additive = _anion_salt(additive, claim_host, [*sample, *earlier])
            listed = _listed_before(before, clean.text) or each[1:]
            if listed and tid == _CATALYTIC and _COCKTAIL in vocab and _JOINT.search(clean.text, at, stop) \
                    and not in_situ:
                # ('KH and RbH provide synergetic effects', 'the synergistic effect of CeO2 and NbF5'): a catalytic
                # phrase of acting together, credited to two or more additives at once, is their combined action
                # (phases the sentence says formed, 'the newly formed MgS and Fe present a co-catalytic effect', act
                # together as what their additive turned into: its in-situ catalytic phase, no cocktail of catalysts)
                tid = _COCKTAIL
            # 'TiH2 and MgF2 act as …', 'ZrCo and TiFe acting as …': each material of the list
            for f in listed:
                f = _compound_of_worded(f, sample or [g for _, g, _ in said.mentions], clean.text, claim_host, in_situ)
                f = _alloy_named(_sample_additive(f, sample, claim_host, in_situ), said.mentions, claim_host, earlier)
                added, phase = _added(f, in_situ, said.mentions, clean.text, sample, claim_host, given, formed)
                measured = ctx.measured_as(claim_host, added, sample)
                added = measured[0] if measured else added
                f_tid = _IN_SITU_PHASE if f in formed and tid == _CATALYTIC and _IN_SITU_PHASE in vocab else tid
                if added != additive and (f_tid, claim_host, added, phase) not in seen:
                    seen.add((f_tid, claim_host, added, phase))
                    out.append(_claim(f_tid, claim_host, added, strategies, ctx.apart(sample, added), None,
                                      in_situ or f in formed, sent,
                                      source_id, phase, measured=measured))
        if additive is not None and not _is_support(additive) and _confining(tid, strategies):
            # the confinement a sentence credits is the scaffold's, not a catalyst's it holds ('the synergistic
            # effects of nanoconfinement and the Ni sites in the mesoporous carbon'): the support it names, else
            # the sample's
            scaffold = [f for _, f, _ in said.mentions if _is_support(f)] or [f for f in sample if _is_support(f)]
            additive = scaffold[-1] if scaffold else additive
        if additive is not None and (_is_host(additive) or _co_conductor(additive, claim_host)) and strategies \
                and all(map(_is_confinement, strategies)):
            # 'nanoconfined 2LiBH4–MgH2 decomposes with no B2H6 release': what a sentence credits to the confinement
            # of a composite of hydrides is the scaffold's doing, not the partner hydride's: the support it names,
            # else the sample's, else the passage's
            scaffold = [f for _, f, _ in said.mentions if _is_support(f)] or [f for f in sample if _is_support(f)] \
                or [f for f in ctx.added(passage=True) if _is_support(f)]
            additive = scaffold[-1] if scaffold else additive
        if additive is not None and not strategies and _named_scaffold(additive, clean.text, said.mentions):
            strategies = [_NANOCONFINEMENT]   # 'the carbon scaffold … alleviates the volume expansion'
        if additive is None and not strategies and not said.mentions and claim_host:
            # 'Nanoparticles stabilize the molten state': the sample's nano form opens a sentence naming no
            # material, and acts
            form = _nano_form_opening(clean.text)
            strategies = [form] if form else []
        if additive is None and not strategies and _host_is_subject(clean.text, said.mentions, claim_host):
            # 'The resulting MgH2 particles … shorten diffusion paths': the host as the paragraph made it
            # acts, through the nano form the paragraph (else its passage) names
            # (its own sentence first: 'MgH2 nanoparticles shorten the diffusion paths')
            strategies = _host_forms(clean.text) or ctx.named_strategy(_NANO)
        if additive is None and not strategies and not said.mentions and claim_host and not sample:
            # 'Nanocrystalline MgH2 was made by milling. … The fast kinetics are ascribed to the shorter diffusion
            # paths': a sentence naming no material, in a paragraph whose sample of the host holds no additive,
            # credits the mechanism to the paragraph's nano form that stands for it (the ontology's
            # hkg:effectMechanism), else to the host's nano form the paragraph named last
            strategies = [t for t in ctx.named_strategy(_NANO) if _stands_for(t, tid)] or ctx.last_strategy_of(_NANO)
        if additive is None and sped is not None and at == sped.start():
            continue                      # (faster kinetics of no phase: 'in situ-formed nanocrystals of MgH2')
        if additive is None and not strategies and not (not sample and claim_host
                                                        and _own_motion(tid, clean.text, at, stop)):
            continue                      # nothing credited: a general remark, not a claim
        # (a claim without a host waits for the host its paragraph names next: ``mechanism_claims``)
        # (a sample written with the abbreviation, 'the LiBH4/MAH composite', credits the formula it stands for)
        additive = ctx.as_written(ctx.spelled.get(additive or "", additive))
        # the additive the sentence says turned into the phases it credits, or one of those phases ('The Ni
        # additive converts to Mg2Ni …, providing catalytic sites'): each phase, credited to that additive
        # (a phase named after the phrase is not what it credits: 'TiH2, functioning as a hydrogen pump, decomposes
        # into TiH and Ti')
        pairs: list[tuple[str | None, str | None]] = \
            [(g, f) for f, (pos, g) in formed.items() if additive in (f, g) and pos < stop] \
            if additive is not None else []
        if len(pairs) > 1:
            # (a phase named again after it formed, before the phrase, is the one credited: 'RbF reacts … to form RbNH2
            # and LiF …, and the in situ formed RbNH2 weakens …' credits RbNH2, not LiF)
            again = [(g, f) for g, f in pairs if any(formed[f][0] < p < at and m == f for p, m, _ in said.mentions)]
            pairs = again or pairs
        if not pairs:
            pairs = [_added(additive, in_situ, said.mentions, clean.text, sample, claim_host, given)]
            if in_situ and not sample and additive is not None and pairs[0][1] is None:
                # ('NaBH4 was destabilized by using CaH2 or Ca(BH4)2. … the formation of CaB6 upon dehydrogenation
                # stabilizes …'): a passage of alternatives makes no one sample; the phase formed in situ came from
                # each additive the passage gave that holds its metal, one claim each
                pairs = _metal_parents(additive, sorted(given), claim_host) or pairs
            elif in_situ and pairs[0][1] is not None:
                # (and where two additives of the sample are each a compound of that metal alone, 'CaH2 or Ca(BH4)2',
                # the text does not say which it came from: each is credited; a modifier holding another metal as well,
                # Li3AlH6 beside the LiH of Mg(NH2)2–2LiH, is the one it came from, as above)
                own = _metals(pairs[0][1]) - _elements(claim_host or "")
                many = [p for p in _metal_parents(pairs[0][1], sample, claim_host) if _metals(p[0]) == own]
                pairs = many if len(many) > 1 else pairs
        for additive, phase in pairs:
            measured = ctx.measured_as(claim_host, additive, sample)
            additive = measured[0] if measured else additive
            # (a phase an additive turned into that does the catalysing is an in-situ catalytic phase: the
            # catalytic family said of it is that, and a particular catalytic effect it has is that too, as
            # for a phase said to form in situ above)
            p_tids = [tid]
            # (and so is a phase the sentence says formed in situ and catalyses, credited to the sample's additive it
            # came from: 'the in situ formed Al3Ti, which catalyzes the breaking of Al–H bonds', LiAlH4 with TiF3)
            # (not a mechanism of a battery alone: 'the in situ formed closo-borate species give rise to conducting
            # interfaces' credits the interface, and nothing catalyses hydrogen release in an electrolyte)
            if (phase in formed or in_situ and phase is not None and _CATALYTIC_WORD.search(clean.text)) \
                    and _IN_SITU_PHASE in vocab and _application(tid) in (None, APPLICATIONS["storage"]):
                p_tids = [_IN_SITU_PHASE] if tid == _CATALYTIC else [tid, _IN_SITU_PHASE]
            for p_tid in p_tids:
                key = (p_tid, claim_host, additive, phase)
                if key in seen:
                    continue
                seen.add(key)
                out.append(_claim(p_tid, claim_host, additive, strategies, ctx.apart(sample, additive),
                                  system or (sample_system if additive in sample else None), in_situ or phase in formed,
                                  sent, source_id, phase, ctx.abbreviations.get(additive or ""), measured,
                                  ctx.holding(claim_host, measured)))
    if sped is not None and all(a == sped.start() for _, a, _ in found):
        out = _reactant_destabilized(out)
    if formation_only:
        out = [c for c in out if c.mechanism != _IN_SITU_PHASE or c.in_situ_phase is not None]
    return _narrowest(_one_per_additive(out + _also_of(out, clean.text) + _each_of_hosts(out, clean.text, found)))


# ('the Ti catalyst lowers not only the dehydrogenation temperature of NaAlH4, but also that of Na3AlH6'): a second host
# the sentence says the same of, after 'but also that of'
_ALSO_OF = re.compile(r"\bnot\s+only\b[^.;:]*?\bof\s+(?:the\s+)?(\S+?)\s*,?\s+but\s+also\s+(?:that|those)\s+of\s+"
                      r"(?:the\s+)?(\(?[A-Z][\w()]*)")


def _also_of(claims: list[MechanismClaim], text: str) -> list[MechanismClaim]:
    """The claims made of the first host of a 'not only … of A, but also that of B' made of B as well."""
    also = _ALSO_OF.search(text) if "but also" in text else None
    if also is None or not _is_host(also.group(2)):
        return []
    return [c.model_copy(update={"host": also.group(2)}) for c in claims
            if c.host is not None and _same_host(c.host, also.group(1)) and not _same_host(c.host, also.group(2))]


# ('… cutting the onset temperatures of LiAlH4 and NaAlH4 by 60 and 45 °C, respectively'): the
# hosts a consequence of the credited mechanism names one by one, each with its own value
_HOSTS_RESPECTIVELY = re.compile(r"\bof\s+(?:the\s+)?(\(?[A-Z][\w()]*)\s*,?\s+and\s+(?:the\s+)?(\(?[A-Z][\w()]*)"
                                 r"(?=(?:[^.;]|\.(?=\d))*\brespectively\b)")    # (a decimal point ends no sentence)


def _each_of_hosts(claims: list[MechanismClaim], text: str, found) -> list[MechanismClaim]:
    """The claims made of the first host of 'of A and B …, respectively', after the mechanism phrase, made of B as
    well (the values given 'respectively' are each host's: the credit is said of both)."""
    if "respectively" not in text or not found:
        return []
    start = min(a for _, a, _ in found)
    pair = next((m for m in _HOSTS_RESPECTIVELY.finditer(text, start)
                 if _is_host(m.group(1)) and _is_host(m.group(2)) and not _same_host(m.group(1), m.group(2))), None)
    if pair is None:
        return []
    return [c.model_copy(update={"host": pair.group(2)}) for c in claims
            if c.host is not None and _same_host(c.host, pair.group(1))]


# a verb or noun of one thing explaining another: 'are contributions to', 'account for', 'underlie', 'the origin of'
# (the phrases: the ontology's ExplainingWord scheme)
_EXPLAINS = gated(re.compile(rf"\b{vocabulary().scheme_alternation('ExplainingWord', spaced=True)}\b", re.I))


def _explained_family(text: str, stop: int, effects, mentions, host: str | None) -> tuple[tuple, str] | None:
    """(the catalytic-effect phrase of ``effects``, its additive) of 'the catalytic effect of an NbF5 additive' that
    the mechanism phrase ending at ``stop`` is said, in the same clause, to explain; else None."""
    for family in sorted(effects, key=lambda f: f[1]):
        if family[1] < stop:
            continue
        between = text[stop:family[1]]
        if _EXPLAINS.search(between) is None or re.search(r"[;:]|\.\s", between):
            continue
        owner = _OF_AFTER.match(text, family[2])
        owned = next((f for pos, f, _ in mentions if owner is not None and family[2] < pos <= owner.end()
                      and _credited(f, host)), None)
        if owned is not None:
            return family, owned
    return None


def _reactant_destabilized(claims: list[MechanismClaim]) -> list[MechanismClaim]:
    """Claims of a sentence that credits faster release, by no label, to phases formed ('LiBH4 could react with Al
    to form AlB2 and AlLi, resulting in improved dehydrogenation'): where the additive is the host's reactive
    partner (the sample's strategy the reactive hydride composite), the phases are the reaction's products, no
    catalyst, and what the sentence credits is the reactant destabilized by that partner — one claim of it."""
    if _DESTABILIZED not in vocabulary():
        return claims
    # (a phase holding the host's own elements is that reaction's product; one of the additives' alone, CeAl4 from CeH2
    # and Al in LiBH4, formed beside the host and does the catalysing)
    reacted = {c.host for c in claims if c.mechanism == _IN_SITU_PHASE and c.strategy == _REACTANT
               and c.in_situ_phase and _elements(c.in_situ_phase) & _elements(c.host or "") - {"H", "D"}}
    out: list[MechanismClaim] = []
    for c in claims:
        if c.mechanism == _IN_SITU_PHASE and c.host in reacted:
            if c.strategy != _REACTANT:
                continue     # (a product of that reaction credited on its own, 'CaB6, which leads to …': no catalyst)
            c = c.model_copy(update={"mechanism": _DESTABILIZED, "in_situ_phase": None})
            if any((o.mechanism, o.host, o.additive) == (c.mechanism, c.host, c.additive) for o in out):
                continue
        out.append(c)
    return out


def _one_per_additive(claims: list[MechanismClaim]) -> list[MechanismClaim]:
    """A sentence's claims with one per mechanism, host and additive: the phases one additive turned into, listed
    together as doing one thing ('the in situ formed NbF4, LiF and K-containing phases promoted …' with K2NbF7), are
    one claim of that additive, as annotators of real abstracts record it: the first made (the sample's strategy as
    it was read first), with the phase that holds a metal of the additive's other than the host's (NbH of NbCl5, not
    MgCl2), else the first phase."""
    def carries(c: MechanismClaim) -> bool:
        return bool(c.in_situ_phase and c.additive
                    and _metals(c.in_situ_phase) & _metals(c.additive) - _metals(c.host or ""))
    kept: dict[tuple, MechanismClaim] = {}
    for c in claims:
        key = (c.mechanism, c.host, c.additive, None if c.in_situ_phase is None else "")
        if key not in kept:
            kept[key] = c
        elif carries(c) and not carries(kept[key]):
            kept[key] = kept[key].model_copy(update={"in_situ_phase": c.in_situ_phase})
    return list(kept.values())


def _class_turned_to(sample: list[str], system, ctx: _Context, sent) -> tuple[list[str], object]:
    """The paragraph's sample for a sentence naming none, where the sentence before it turned to a class of
    additives by its class noun alone ('… ZrCo acts as a hydrogen pump. High-entropy alloys bring many metals
    together. Their benefit comes from the cocktail effect.'): the earlier sample only if an additive of it is of
    that class; else the member of the class the paragraph names next ('The MgH2–TiVNbZrFe composite …'), else
    none (the claim is the class's, which names no material)."""
    last = ctx.previous[-1] if ctx.previous else None
    if last is None or last.mentions:
        return sample, system
    vocab = vocabulary()
    # (a class the paragraph's host belongs to, 'The doped alanate starts to decompose …' of LiAlH4, names that
    # sample again, no class of additives)
    host = vocab.lookup(ctx.host() or "", "Material")
    classes = [c for c in last.classes() if host is None or not vocab.is_a(host.id, c)]
    if not classes:
        return sample, system

    def member(formula: str) -> bool:     # (of any class it names: 'high-entropy alloys' of 'many metal elements')
        term = vocab.lookup(formula, "Material")
        return any(term is not None and term.id != cls and vocab.is_a(term.id, cls)
                   or formula in ctx.kinds.get(cls, ()) for cls in classes)

    if any(member(f) for f in sample):
        return sample, system
    # (the paragraph's next sentences, a few at most: the class's member it goes on to name)
    at = next((i for i, s in enumerate(ctx.sentences) if s is sent), None)
    paragraph = getattr(sent, "paragraph", None)
    for nxt in ctx.sentences[at + 1:at + 3] if at is not None else ():
        if getattr(nxt, "paragraph", None) != paragraph:
            break
        text = clean_text(nxt.text, getattr(nxt, "start", 0) or 0).text
        for _, f, s_ in _mentions(text):
            for g in [f, *(a.formula for a in getattr(s_, "additives", ()))]:
                if member(g):
                    return [g], None
    return [], None


def _narrowest(claims: list[MechanismClaim]) -> list[MechanismClaim]:
    """A sentence's claims without one whose mechanism is broader than another it makes for the same host
    and additive ('Ni formed in situ acts as the catalytic centre': the in-situ catalytic phase, which is
    already a catalytic effect, not both)."""
    vocab = vocabulary()

    def broader(c: MechanismClaim) -> bool:
        return c.mechanism in vocab and any(
            o.mechanism != c.mechanism and o.host == c.host and o.additive == c.additive
            and o.mechanism in vocab and vocab.is_a(o.mechanism, c.mechanism) for o in claims)
    return [c for c in claims if not broader(c)]


_OPENING_WORD = re.compile(r"\W*(?:(?:the|these|such)\s+)?([a-z][\w-]*)\b", re.I)


@lru_cache(maxsize=1)
def _nano_forms() -> dict[str, str]:
    """Folded form noun ('nanoparticles', 'nanosheets') → the nano-engineering strategy it names."""
    vocab = vocabulary()
    return {fold(f): t.id for t in vocab.terms("Strategy") if _NANO in vocab and vocab.is_a(t.id, _NANO)
            for f in t.form_labels}


def _nano_form_opening(text: str) -> str | None:
    """The nano-engineering strategy whose form noun opens the sentence ('Nanoparticles stabilize …')."""
    m = _OPENING_WORD.match(text)
    return _nano_forms().get(fold(m.group(1))) if m else None
_BY_MEANS = re.compile(r"(?:through|via)\s", re.I)
_STABLE_PRODUCT, _DESTABILIZED = "ProductStabilization", "ReactantDestabilization"
# what joins a consequence to its cause inside one sentence: ', and thereby', ', which in turn', 'and thus'
_THEREBY = re.compile(r"[^.;]*?(?:\b(?:thereby|thus|hence|therefore|consequently|in\s+turn)\b)[\s,]*"
                      r"(?:(?:also|further|effectively)\s+)?", re.I)


# A sentence that names a mechanism without crediting it: a problem still open, an outlook, a
# research direction or a remark on what is known (English patterns, not vocabulary)
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
_NO_CLAIM = gated(re.compile(r"(?=[escriavhfgwp])\b(?:encounters?|struggles?\s+with|"
                       r"challenges?\s+(?:like|such\s+as|remain)"
                       r"|remains?\s+(?:limited|unclear|unresolved|elusive)|(?:is|are)\s+insufficient|(?:is|are)\s+(?:still\s+)?essential|"
                       r"(?:is|are)\s+(?:[a-z]+ly\s+)?expected|it\s+is\s+expected|valuable\s+insights?|actively\s+exploring|"
                       r"(?:is|are)\s+(?:well\s+)?known\s+to|research\s+directions?|"
                       # earlier work the sentence recalls ('has been extensively studied')
                       # (and put to use before: 'porous carbons have been widely used to confine MgH2')
                       r"(?:has|have)\s+been\s+(?:[a-z]+ly\s+)?(?:studied|investigated|explored|used|employed|applied)|"
                       r"future\s+(?:work|research|studies)|"
                       # (a proposal of earlier work: 'Previous studies proposed that …')
                       r"(?:previous|earlier|prior)\s+(?:studies|works?|reports?)\s+(?:ha(?:ve|s)\s+)?(?:proposed|suggested)|"
                       # (and what earlier work found or reported: 'Earlier work showed that Ni …', 'It has been
                       # reported that TiF3 …', 'Nb2O5 has been widely reported to act as …', 'Some experimental
                       # results showed that Y serves as …': another study's finding, not this text's)
                       r"(?:previous|earlier|prior|some|several)\s+(?:experimental\s+)?(?:studies|works?|reports?|"
                       r"results|researchers|groups)\s+(?:ha(?:ve|s)\s+)?(?:shown|showed|found|demonstrated|revealed|"
                       r"reported|indicated)|it\s+(?:has\s+been|was|is)\s+(?:[a-z]+ly\s+)?reported\s+that|"
                       r"(?:has|have)\s+been\s+(?:[a-z]+ly\s+)?reported\s+to|"
                       r"in\s+the\s+(?:earlier\s+)?literature|in\s+(?:earlier|previous|prior)\s+(?:reports|studies|works?)|"
                       r"remains?\s+to\s+be|researchers\s+(?:have\s+)?(?:recently\s+)?focused|"
                       r"identified\s+as\s+(?:the\s+)?(?:key\s+)?factors|guidance\s+for|"
                       # what would or could happen, and a belief the sentence contradicts: no finding
                       r"would\s+(?:\w+\s+)?(?:manifest|act|be|lead|work|function)|could\s+be\s+(?:realized|realised|achieved|expected)|"
                       # a mechanism the authors say is unconfirmed
                       # the study's subject announced ('The catalytic effect of X on Y was investigated.')
                       # (also with the technique it was studied by: '… was studied by TPD.')
                       r"(?:was|were)\s+(?:[a-z]+ly\s+)?(?:investigated|studied|examined|explored)"
                       r"(?:\s+(?:by|using|with|via)(?:\s+[^\s,;.]+){1,4})?(?=\s*\.?\s*$)|"
                       r"(?:was|were|is|are|has|have|could|can)\s+(?:not|never)\s+(?:yet\s+)?(?:be(?:en)?\s+)?"
                       r"(?:confirmed|proven|proved|verified|established)|remains?\s+(?:unproven|unconfirmed|speculative|controversial))\b",
                       re.I), most=48)
# ('… lowers the onset to 220 °C, lower than observed in the literature', 'a larger drop than in previous
# reports'): a result the sentence compares with earlier work is its own finding, not a recall of that work
_BEYOND_EARLIER = re.compile(r"\b(?:than|below|above|beyond|exceed\w*|surpass\w*|outperform\w*|compared\s+(?:to|with)|"
                             r"relative\s+to)\s+[^,;.]{0,80}?"
                             r"\bin\s+(?:the\s+(?:earlier\s+)?literature|(?:earlier|previous|prior)\s+(?:reports|studies|works?))",
                             re.I)
# 'Contrary to the conventional belief that local heating triggers …, X showed …': what the clause
# denies is credited to nobody (the rest of the sentence may still credit something)
_DENIED = gated(re.compile(r"\bcontrary\s+to\s+(?:the\s+)?(?:conventional|common|general|traditional|prevailing)\s+"
                     r"(?:belief|view|wisdom|assumption|understanding)s?\s+that\s+[^,;]*", re.I))
_ANION_SUBSTITUTION, _CATION_SUBSTITUTION = "AnionSubstitution", "CationSubstitution"
# a charged atom of a non-metal other than hydrogen ('F^-', 'Cl^−', 'I^-', 'the larger I− anion'): an
# anion, not a hydride (a minus sign without '^' only before a space or a punctuation mark: 'N–H' is a bond)
_ANION = re.compile(r"(?=[A-Z])\b([A-Z][a-z]?)(?:\^[-−]|[-−](?=[\s,;.)]|$))")


def _anion_acts(text: str, at: int, mentions) -> str | None:
    """The anion (its element) that is the actor of the phrase at ``at``: one the sentence names
    with no material before the phrase in its clause ('While Cl^- weakens …, F^- can break the B–H
    bond'); the last such, which is the substituent of 'substitution of BH4− by I− stabilizes …'."""
    clause_start = max(text.rfind(",", 0, at), text.rfind(";", 0, at), 0)
    found = [m for m in _ANION.finditer(text, clause_start, at) if m.group(1) in _NON_METALS - {"H", "D"}]
    if not found or any(clause_start <= pos < at for pos, _, _ in mentions):
        return None
    return found[-1].group(1)


# the agent of a passive that is an anion substituted in: 'stabilized by Br− substitution', 'by partial
# substitution of BH4− with iodide', 'by I− doping' (the anion written with its charge, or named in words)
_SUBSTITUTION_NOUN = r"(?:substitution|replacement|doping|incorporation)"
_ANION_WRITTEN = r"(?:([A-Z][a-z]?)(?:\^)?[-−]|([a-z]+))"
_ANION_AGENT = re.compile(
    rf"\s+(?:[a-z]+ly\s+)?(?:(?:at|down\s+to|up\s+to|to)\s+[^,;.]{{1,30}}?\s+)?by\s+(?:(?:a|an|the)\s+)?"
    rf"(?:partial\s+)?(?:{_ANION_WRITTEN}\s+(?:anion\s+)?{_SUBSTITUTION_NOUN}|"
    rf"{_SUBSTITUTION_NOUN}\s+of\s+(?:the\s+)?(?:some\s+)?\S+\s+(?:anions?\s+|groups?\s+)?(?:with|by)\s+(?:the\s+)?"
    rf"{_ANION_WRITTEN}(?![\w-]))")


def _anion_agent(text: str, stop: int) -> str | None:
    """The halogen (its symbol) a phrase ending at ``stop`` is said to be brought about by substituting in
    ('… can be stabilized by Br− substitution', '… is stabilized at room temperature by partial substitution of
    BH4− with iodide'); else None. A word must be the ontology's name of a halide anion ('iodide')."""
    m = _ANION_AGENT.match(text, stop)
    if m is None:
        return None
    for symbol, word in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
        found = symbol if symbol is not None else anion_symbol(word) if word is not None else None
        if found in HALOGENS:
            return found
    return None


# what a phrase is credited with, after it: '… anion reorientations enhance the cation mobility', '… mechanism, leading
# to fast Na+ conduction', '… cell volume, which eases the anion rotation'
_MOTION_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:lead(?:s|ing)?\s+to|led\s+to|enhanc(?:e|es|ed|ing)|facilitat(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|"
    r"enabl(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|boost(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|result(?:s|ed|ing)?\s+in|"
    r"giv(?:e|es|ing)\s+rise\s+to|gave\s+rise\s+to)\b[^.;]{0,60}?\b(?:mobilit|conduct|diffus|hopping|transport|"
    r"migrat|rotation|reorientation)", re.I)


def _own_motion(tid: str, text: str, at: int, stop: int) -> bool:
    """Is the phrase at ``at``–``stop`` a mechanism of a solid electrolyte alone credited for its ions' motion ('facile
    anion reorientations … enhance cation mobility', 'due to the larger cell volume')? Said of a compound its passage
    studies by itself (no additive), it is that compound's own claim, with neither additive nor strategy."""
    if _application(tid) != APPLICATIONS["electrolyte"]:
        return False
    return _MOTION_AFTER.match(text, stop) is not None or any(
        _CAUSE_GAP.fullmatch(text, m.end(), at) for m in _CAUSE_CUE.finditer(text, 0, at)) or any(
        _CAUSE_GAP.fullmatch(text, m.end(), at) for m in _EVIDENCE_OF.finditer(text, 0, at))


# 'the expansion of the cell is consistent with reorientational motion of the anions', 'NMR reveals fast anion
# reorientation', 'the data suggest orientational disorder': what an observation shows of the compound's own ions
# ('there is evidence of amorphous phases during decomposition' names no finding of the compound's ions)
# (said of a compound with no additive, as the cause cues above: English, not vocabulary)
_EVIDENCE_OF = re.compile(r"(?:\b(?:consistent|in\s+line|in\s+agreement)\s+with\b"
                          r"|\b(?:indicat|reveal)(?:e|es|ed|ing|s)?\b|\bsuggest(?:s|ed|ing)?\b)"
                          # ('reveal a 100-fold increase in the reorientational jump rate'): a rise of it
                          r"(?:\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:increase|rise|enhancement)\s+(?:in|of)\b)?", re.I)


_PURPOSE_BREAK = re.compile(r"[;:]|\.(?!\d)")     # (not the point of a number: 'Li(BH4)0.75I0.25')
_PURPOSE_OPENING = re.compile(r"\W*(?:in\s+order\s+)?to\s+[a-z]", re.I)


def _purpose_end(text: str, at: int) -> int | None:
    """The comma closing the purpose clause a sentence opens with ('To minimise the interfacial resistance …, a thin
    Li3PO4 layer was inserted') where the phrase at ``at`` sits in it; else None."""
    comma = text.find(",", at)
    if _PURPOSE_OPENING.match(text) is None or comma < 0 or _PURPOSE_BREAK.search(text, at, comma):
        return None
    return comma


def _purpose_actor(text: str, at: int, others: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The first material of the main clause after the purpose clause the phrase at ``at`` sits in; else None."""
    comma = _purpose_end(text, at)
    return None if comma is None else next(((pos, f) for pos, f in others if pos > comma), None)


_BATTERY = frozenset({APPLICATIONS["electrolyte"], APPLICATIONS["anode"]})


def _battery_mechanisms_only(found: list[tuple[str, int, int]], low: str) -> list[tuple[str, int, int]]:
    """``found`` without its mechanisms of hydrogen storage alone where the sentence also credits one of a battery
    alone and speaks of no hydrogen and no release or uptake ('the LiF formed in situ creates a conducting interface
    layer': the interface's conduction, not an in-situ catalytic phase, which 'formed in situ' also names)."""
    if "hydrogen" in low or _says_kinetics(low) or not any(_application(t) in _BATTERY for t, _, _ in found):
        return found
    return [f for f in found if _application(f[0]) != APPLICATIONS["storage"]]


def _co_conductor(additive: str, host: str | None) -> bool:
    """Is ``additive`` another salt of the host's own cation (LiNH2 or LiI beside LiBH4), which a confined electrolyte
    holds as part of the conducting phase (nanoconfined LiBH4–LiNH2): what confinement does is then the scaffold's?"""
    if not host or additive == host:
        return False
    metals = _metals(additive)
    return bool(metals) and metals == _metals(host) and not _is_support(additive)


def _anion_salt(additive: str, host: str | None, given: Iterable[str]) -> str:
    """A halogen credited as such ('Br', of 'Br− substitution') is the halide salt that brought it in: the one the
    passage gave (LiBr of 'LiBH4–LiBr'), else the salt of the host's alkali or alkaline-earth cation (LiBr for
    LiBH4, MgI2 for Mg(BH4)2), as the dev set names an anion substitution's additive; any other additive as it is."""
    if additive not in HALOGENS or not host:
        return additive
    for f in given:
        if additive in _elements(f) and f != additive and _elements(f) - {additive} <= _elements(host):
            return f
    return host_salt(additive, host) or additive


# 'a reduced reaction enthalpy of 63.8 kJ/mol was found', 'a high specific surface area of 980 m2/g':
# a phrase followed by its number names a measured quantity, not what caused a result — unless the
# sentence gives it as the cause ('attributed to the high surface area of 980 m2/g')
_VALUE_AFTER = re.compile(rf"\s+(?:of|=|:)\s+{hedged(APPROXIMATING, LIMITING, NEARLY)}?[−-]?\d")
_CAUSE_BEFORE = re.compile(r"(?=[abcdeglort])\b(?:attribut|ascrib|assign|due\s+to|owing\s+to|because|thanks\s+to|"
                           r"result\w*\s+(?:from|of)|arises?\s+from|originat|explain|caus|enabl|lead|led|give|gave)"
                           r"\w*", re.I)


# 'the interface regions were imaged by TEM', 'an amorphous phase was detected by XRD': what a technique is said to
# have imaged or detected is a structure seen, not a cause credited (English verbs of seeing, in the passive, then the
# technique the ontology knows; 'a catalytic effect was observed for CoB' is a finding, and a cause named before wins)
_SEEN_AFTER = re.compile(r"(?:\s+(?!(?:but|which|that)\b)[\w-]+){0,5}?\s+(?:was|were|is|are|being)\s+"
                         r"(?:clearly\s+|also\s+)?"
                         r"(?:imaged|observed|detected|seen|visible|identified|resolved)\s+(?:by|in|with|using|from)\s+"
                         r"(?:the\s+)?", re.I)


def _only_seen(text: str, start: int, end: int) -> bool:
    """Is the phrase at ``start``–``end`` only what a technique imaged or detected, with no cause named before it?"""
    seen = _SEEN_AFTER.match(text, end)
    if seen is None or _CAUSE_BEFORE.search(text, 0, start):
        return False
    return any(a == seen.end() for a, _, _ in label_spans(text, ("Technique",)))


# 'forms a stable interface with the lithium metal electrode', 'the interface between the positive electrode and the
# electrolyte layer', 'at the electrode/electrolyte interface': an interface of the cell, between its electrode and
# its electrolyte — not one the electrolyte's additive forms with its host inside the composite
# (the preposition may end the label itself: 'interface between')
# (an interface 'to the cathode' that a coating or a passivating product makes is that material's, a claim)
_ELECTRODE_SIDE = re.compile(rf"\s*(?:layers?\s+)?(?:formed\s+|built\s+)?(?:(?:between|with)\s+)?"
                             rf"(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?{ELECTRODE_NOUN}\b", re.I)
_ELECTRODE_BEFORE = re.compile(rf"\b{ELECTRODE_NOUN}\s*(?:[/|–-]|\s)\s*(?:solid\s+)?electrolytes?\s+$", re.I)
_ELECTRODE_WORD = re.compile(rf"\b{ELECTRODE_NOUN}\b", re.I)
_INTERFACE = "InterfaceEffect"      # Mechanism: the family of what interfaces between phases do


def _cell_interface(text: str, tid: str, start: int, end: int) -> bool:
    """Is the interface mechanism at ``start``–``end`` said of an electrode's interface with the electrolyte?"""
    vocab = vocabulary()
    if _INTERFACE not in vocab or tid not in vocab or not vocab.is_a(tid, _INTERFACE):
        return False
    # (the side may stand inside the label too: 'interface with the lithium anode provides conduction paths')
    return bool(_ELECTRODE_SIDE.match(text, end) or _ELECTRODE_BEFORE.search(text, max(0, start - 40), start)
                or _ELECTRODE_WORD.search(text, start, end))


def _measured(text: str, start: int, end: int) -> bool:
    """Does the phrase at ``start``–``end`` name a quantity the sentence measures (its value follows it, or it is
    listed among measured properties) rather than a cause it credits?"""
    return (bool(_VALUE_AFTER.match(text, end)) or _listed_quantity(text, start, end)) \
        and not _CAUSE_BEFORE.search(text, 0, start)


# ('To study the reorientational motion of the anions, we measured …', 'in order to probe the spillover effect'): a
# mechanism named as what the work sets out to study is credited to nothing (its findings may credit it later)
_STUDY_PURPOSE = re.compile(r"\b(?:in\s+order\s+)?to\s+(?:(?:[a-z]+ly|better|further)\s+)?"
                            r"(?:study|investigate|probe|examine|explore|understand|elucidate|clarify|monitor)\s+"
                            r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$", re.I)


# what joins the items of a list ('crystallite size, lattice strain and particle size')
_ITEM_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_ITEM_JOIN_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
# a verb of examining: the sentence says what was measured, not what caused what
_EXAMINED = gated(re.compile(r"\b(?:evaluat|measur|determin|characteri[sz]|estimat|calculat|investigat|examin|"
                             r"analy[sz]|studied|stud(?:y|ies)\b|compar)", re.I))


def _listed_quantity(text: str, start: int, end: int) -> bool:
    """Is the phrase an item of a list of properties of the ontology (of two or more words each) in a sentence that
    examines them ('the effect of the additive on crystallite size, lattice strain and particle size was evaluated')?"""
    if not _EXAMINED.search(text):
        return False
    spans = [(a, b) for a, b, _ in label_spans(text, ("Property",)) if " " in text[a:b].strip()]
    after = _ITEM_JOIN.match(text, end)
    before = _ITEM_JOIN_BEFORE.search(text, max(0, start - 12), start)
    return any(after is not None and a == after.end() or before is not None and b == before.start()
               for a, b in spans)


# 'does not weaken …', 'fails to suppress …', 'shows no …', 'it is unclear whether X weakens …': a
# mechanism the clause denies or leaves open is credited to nobody ('not only … but also' affirms it)
_NEGATED = re.compile(r"(?=[bcdfhinuw])(?:\b(?:not(?!\s+only\b)|never|cannot|can't|doesn't|don't|didn't|hardly|"
                      r"barely|neither|nor|"
                      r"fail(?:s|ed)?\s+to|unable\s+to|no\s+longer|without)\s+(?:[a-z][\w-]*\s+){0,3}"
                      r"|\bno\s+|\b(?:whether|if)\b[^,;:()]*)$", re.I)
# 'attributed to X, rather than the formation of a conducting interfacial layer': a mechanism set against the one
# credited is ruled out, not credited
_RULED_OUT = gated(re.compile(r"(?=[ria])\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:[a-z][\w-]*\s+){0,4}$",
                              re.I))
# 'the reaction enthalpy was reduced only slightly', 'lowers the reaction enthalpy marginally', 'a slight reduction
# in the reaction enthalpy': a change the sentence calls slight is a measured outcome, no mechanism credited for it
# (degree words of English, read only in a sentence writing one: 'light' or 'margin' looked for first)
_SLIGHT_WORD = gated(re.compile(r"light|margin", re.I))
_SLIGHT_BEFORE = re.compile(r"\b(?:slight(?:ly)?|marginal(?:ly)?)\s+(?:[a-z][\w-]*\s+)?$", re.I)
_SLIGHT_AFTER = re.compile(r",?\s+(?:only\s+|very\s+)?(?:slightly|marginally)\b", re.I)


def _slight(text: str, start: int, end: int) -> bool:
    """Is the phrase at ``start``–``end`` a change the sentence calls slight (just before it, or right after)?"""
    return bool(_SLIGHT_WORD.search(text)) and bool(_SLIGHT_BEFORE.search(text, max(0, start - 30), start)
                                                     or _SLIGHT_AFTER.match(text, end))


# 'can inhibit electron transfer from [BH4]- to Li': a mechanism the sentence says is held back is not
# credited (a phrase that names the holding back itself, 'suppress NH3 release', is a label of its own)
_HINDERING = ("inhibit", "suppress", "hinder", "imped", "block", "obstruct")
_HINDERED = Gated(re.compile(rf"\b(?:{'|'.join(_HINDERING)})\w*\s+(?:the\s+|any\s+)?$", re.I), _HINDERING)
# 'the migration of Li and Mg ions', 'Mg2+ cations': an ion the sentence speaks of, not an additive
_IONS_AFTER = re.compile(r"(?:\s+(?:and|or)\s+\S+)?\s*(?:\d?\+)?\s+(?:ions?|cations?|anions?)\b", re.I)
# a clause with a subject of its own: ', while …', '; whereas …', ', but …'
# (and ', and CeH2.73 provides …': a clause joined by 'and' with a material of its own as the subject of its verb)
# 'LiH doped nanocrystalline Nb2O5', 'NaH doped TiO2': a material written as the dopant of the one after it, which is
# the material meant (the hyphenated 'LiH-doped Nb2O5' is read as one name already); so is one written as the catalyst
# or modifier of a sample after it ('the spill-over effect of TiC catalysed MgH2': the effect is said of the sample)
# (the ontology's ModifiedParticiple words, their past participles only: doped, catalysed, destabilized; not
# 'catalyst' or 'catalysing', whose material is no dopant of the next)
_DOPANT_OF_NEXT = re.compile(rf"\s+(?:co-?)?{MODIFIED}(?<=ed)\s+(?:[a-z][\w-]*\s+){{0,2}}(?=[A-Z])")
# ', with ' opening an absolute clause, its material named next ('…, with V weakening the Mg–H bonds')
# (and the next material of the same clause: '…, with V weakening the Mg–H bonds and Nb offering …')
_ABSOLUTE_OPENING = re.compile(r",\s*with\s+(?:the\s+)?(?:[^,;.]*\s+and\s+(?:the\s+)?)?$")
_NEW_CLAUSE = re.compile(rf"[,;]\s*{CONTRAST_CONJUNCTION}\b|;"
                         r"|,\s*and\s+(?:the\s+)?(?-i:[A-Z][a-z]?(?:[\d.]+|[A-Z(][\w().]*)*)\s+(?:[a-z]+ly\s+)?"
                         r"(?!(?:nano)?(?:particles|powders|species|phases|clusters|additives|atoms|layers|sheets|"
                         r"grains|crystals|crystallites)\b)(?-i:[a-z]+(?:s|ed))\b"
                         # (', with V weakening the Mg–H bonds': an absolute clause, whose material is its own actor;
                         # the phrase may be its participle, read up to the phrase only)
                         r"|,\s*with\s+(?:the\s+)?(?-i:[A-Z][a-z]?(?:[\d.]+|[A-Z(][\w().]*)*)"
                         rf"{_SUBJECT_NOUN}\s+(?=(?-i:[a-z]+ing)\b|$)", re.I)
# what follows a mechanism phrase to name what it is the effect of: ' effect of the ', ' of '
_OF_AFTER = re.compile(r"(?:\s+(?:effects?|properties|activity|capability|abilit(?:y|ies)|roles?|"
                       rf"functions?))?\s+of\s+(?:the\s+)?{_BEING_THERE}?(?:in[\s-]situ\s+)?"
                       r"(?:[a-z][\w-]*\s+)?", re.I)
_OF_THE = re.compile(r"(?:\s+(?:effects?|properties|activity|roles?|functions?))?\s+of\s+(?:the\s+)?")
# ('the synergy between Ni and CeO2', 'the synergistic effect between the Nb and V species'): the materials
# acting together, listed after 'between', are what the phrase is said of
_BETWEEN_AFTER = re.compile(r"\s+between\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?", re.I)
_APPOSED = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)")
# what introduces the agent after a phrase: 'by', 'in the presence of', 'with the addition of', 'upon
# adding', 'due to' (a word ending in -ing after it is an action, 'by forming LiNH2': no agent)
_AGENT_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:in\s+the\s+presence\s+of|(?:by|with|after|upon|on)\s+(?:the\s+)?"
                          rf"{adding_nouns('PuttingInNoun', 'IntroductionNoun', 'HelpNoun', 'PresenceNoun')}\s+of"
                          r"|(?:after|upon|on)\s+adding|"
                          # ('… was accelerated by adding either 1 mol% of Ti species'): the agent after what was added
                          rf"by\s+(?:adding|doping\s+with|introducing)(?:\s+(?:either|both))?(?:\s+{AMOUNT_OF})?(?=\s*[A-Z(])|"
                          r"by|due\s+to|owing\s+to|thanks\s+to)\s+(?:the\s+|"
                          r"an?\s+)?(?:(?![a-z]+ing\b)[a-z][\w-]*\s+)?", re.I)
# a sentence whose subject is a method or a kind of modification, not a material
# what joins a phrase to the word it is said of: 'of', 'by', 'provided by', 'induced by', 'between' …
# (after one more word of the phrase's noun: 'the suppression of NH3 release by the additive')
_OWNER_JOIN = re.compile(r"(?:\s+[a-z]+)?\s+(?:(?:[a-z]+ed)\s+)?"
                         r"(?:of|by|from|with|between)\s+(?=[a-z])", re.I)


_JOINED_END = re.compile(r"\b(?:of|by|between|from|with)$", re.I)
_SPACE = re.compile(r"\s+")


def _owner_points_back(text: str, stop: int) -> bool:
    """Is the phrase ending at ``stop`` said of a word that points back to the paragraph's sample ('the
    spillover effect of the catalyst', 'the grain refinement induced by the additive')?"""
    # (a phrase that ends on its own preposition: 'the electron transfer between the catalyst and …')
    join = _OWNER_JOIN.match(text, stop) \
        or _JOINED_END.search(text, max(0, stop - 9), stop) and _SPACE.match(text, stop)
    return bool(join) and bool(_POINTS_BACK.match(text, join.end()))


_METHOD_ACTS = re.compile(r"^\W*(?:(?:this|these|such|both|the(?:se)?\s+two)\s+(?:[\w-]+\s+)?"
                          r"(?:methods?|approach(?:es)?|strateg(?:y|ies)|techniques?|routes?|designs?|modifications?)"
                          r"|(?:[\w-]+\s+)?(?:modification\s+)?(?:strategies|methods|approaches|techniques)\b"
                          r"|(?:cation|anion|ion)(?:ic)?\s+(?:doping|substitution)\b)", re.I)
# a noun phrase that names a sample of the paragraph before ('The composite …', 'these nanoparticles',
# 'the five principal elements'): only such a phrase carries a sample across paragraphs (not 'it',
# 'both', 'the interface')
_CARRIED_REF = re.compile(r"\b(?:the|this|these|those|such)\s+(?:[\w-]+\s+){0,2}(?:(?:nano)?composites?|alloys?|"
                          r"catalysts?|additives?|dopants?|(?:nano)?particles|nanocrystals|phases?|elements|metals|"
                          r"anions|cations|scaffolds?|frameworks?|electrolytes?|solid\s+solutions?|mixtures?|"
                          r"[a-z]+ides?)\b", re.I)
# words that point back to the paragraph's sample: it, its, which, this composite, the catalysed hydride
# "The reduced diffusion distances account for …", "The weakened Mg–H bonds explain …": a sentence whose subject
# is the mechanism itself, said with a definite article, speaks of what the paragraph just made (a general
# remark names it bare: "Reduced diffusion distances generally speed up …")
_DEFINITE_OPENING = re.compile(r"\W*(?:the|these|this|such)\s+(?:[\w–-]+\s+){0,2}", re.I)


def _opens_definite(text: str, at: int) -> bool:
    """Does the sentence open with the mechanism phrase at ``at``, said with a definite article?"""
    return bool(_DEFINITE_OPENING.fullmatch(text, 0, at))


_POINTS_BACK = re.compile(r"(?=[bistw])\b(?:it|its|they|their|them|this|these|those|such|which|both|"
                          r"the\s+(?:[\w-]+\s+){0,2}(?:catalysts?|additives?|dopants?|composites?|nanocomposites?|samples?|"
                          r"scaffolds?|shells?|layers?|coatings?|(?:nano)?particles?|phases?|species|frameworks?|supports?|"
                          r"hosts?|hydrides?|alanates?|borohydrides?|materials?|systems?|electrolytes?|electrodes?|"
                          r"alloys?|interfaces?|elements|metals|components|constituents|anions|cations|[a-z]+ides?|"
                          # (the sample's parts and forms: 'the pores', 'the carbon walls', 'the solid solution')
                          r"pores|walls|matri(?:x|ces)|channels|solid\s+solutions?|mixtures?)|the\s+resulting"
                          # 'the primary catalytic effect arises from …': the effect of the catalyst just named
                          r"|the\s+(?:[\w-]+\s+)?catalytic\s+(?:effects?|activity|roles?|performance))\b", re.I)


# 'formed in situ from the NiCl2 additive', 'through the hydrogenation of NiCp2', 'made by the
# dehydrogenation of the ball-milled CuNi–MgH2': the material a phase formed in situ comes from
_FROM = re.compile(r"\b(?:from|(?:hydrogenation|dehydrogenation|decomposition|reduction|reaction)\s+of)"
                   r"\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


def _parent_additive(material: str, sample: list[str], host: str | None, given: Iterable[str] = ()) -> str | None:
    """The one additive of the sample a material the text never added is a phase of: a hydride of that
    additive or a phase it forms with the host, made of nothing but their elements and hydrogen (V2H in a
    Mg sample made with V, 'MgCo hydrides' in one made with Co, Mg2NiH4 of MgH2 + Ni) — it formed in the
    sample whether or not the sentence says so; else None."""
    if not host or not sample or material in sample or material in given or _same_host(material, host):
        return None
    els = _elements(material)
    own = els - {"H", "D"} - _elements(host)
    # (a hydride, or a phase holding an element of the host's — Mg of Mg2Ni, B of Ni2B in LiBH4 — with a metal of
    # the additive's: a part of the additive, 'Ni' of 'Ni/C', is named as the sentence names it, and a phase of
    # the host's metal with the additive's non-metal, MgO beside ZrO2, is an additive of its own)
    if not own & _metals(material) or not ("H" in els or (_elements(host) - {"H", "D"}) & els):
        return None
    parents = [a for a in sample if a != material and own <= _elements(a)
               and els - {"H", "D"} <= _elements(a) | _elements(host)]
    return parents[0] if len(parents) == 1 else None


def _added(additive: str | None, in_situ: bool, mentions, text: str, sample: list[str],
           host: str | None, given: Iterable[str] = (),
           formed: dict[str, tuple[int, str]] | None = None) -> tuple[str | None, str | None]:
    """(the additive the sample was made with, the phase formed in situ) for a credited material:
    a phase the sentence says formed in situ (Ni2B, TiH2, Mg2NiH4) is credited to the additive it
    came from — the one the sentence names it from, else the sample's additive holding an element of
    it the host has not (Ti of TiH2 from TiF3, F of MgF2 in MgH2 from TiF3) —
    and kept as the phase; any other material is credited as it is."""
    if additive is None:
        return additive, None
    if formed and additive in formed:      # ('CeO2 transforms into CeH2.73 …, which catalyses'): ``_formed_from``
        return formed[additive][1], additive
    if not in_situ:
        parent = _parent_additive(additive, sample, host, given)
        return (parent, additive) if parent else (additive, None)
    own = _elements(additive) - {"H", "D"} - _elements(host or "")     # what the host could not give it
    if not own or additive in sample and not any(f != additive and own <= _elements(f) for f in sample):
        # ('the formation of Mg3P2 and Mg2CoH5 during the reaction is responsible for the kinetics of MgH2–Co2P',
        # 'the effects of MnP and Fe2P can be ascribed to the in-situ formation of Mg3P2, Mn and Fe'): the phases the
        # sentence says formed, credited to an additive, are that additive's, kept with the phase holding its metal
        return additive, _formed_holding(additive, text, mentions, host)
    # (a phase the paragraph named before as its own species — 'the multivalent Ti species' of Ti3C2 — is still
    # the phase of the additive that holds its elements, not an additive of its own)
    named = [f for pos, f, _ in mentions if f != additive and _credited(f, host)
             and _FROM.search(text, max(0, pos - 40), pos)]
    # the sample's additives latest first: a modifier is named after the composite it modifies
    # ('Mg(NH2)2–2LiH modified with 5 wt.% Li3AlH6'); a hydride partner of the composite last: NaMgF3 formed in
    # 2NaBH4–MgH2–TiF3 takes its F from the TiF3 added, its Mg from the composite's own MgH2
    latest = list(reversed(sample))
    # (a material the passage named before, holding a metal the candidate lacks, 'Co2P, TiP, MnP and Fe2P can
    # improve …', is its own additive, not a phase of the sample's Co2P that shares its P)
    metal = _metals(additive) - _elements(host or "") if additive in given else frozenset()
    discharged = TAKEN_UP if host and anode_material(host) else frozenset()   # (what an anode takes up on discharge)
    if metal and discharged and not any(discharged & _elements(f) for f in sample):
        # (lithium the sample holds none of, in a phase of an anode, is what the electrode took up on discharge:
        # 'the thus-formed Li2B6' of MgH2 with Mg(BH4)2 takes only its boron from an additive)
        metal -= discharged
    # (a phase takes its elements from its parent, the host and the sample's other materials: TiCl3 is no phase of
    # the Ti of 'an in situ formed Al–Ti alloy' in NaAlH4 — its Cl came from nowhere — but the additive that alloy
    # formed from)
    held = _elements(host or "") | {"H", "D"} | {e for f in sample if f != additive for e in _elements(f)} | discharged
    # (a hydride of varying hydrogen, 'NbHx', is written with its hydrogen's count as a letter: no element of its own)
    needs = frozenset(re.findall(r"[A-Z](?:[a-wy](?![a-z]))?", additive))
    for f in [*named, *[f for f in latest if "H" not in _elements(f)], *[f for f in latest if "H" in _elements(f)]]:
        if f != additive and own & _elements(f) and not (metal and not metal & _metals(f)) \
                and needs <= held | _elements(f):
            return f, additive
    return additive, _formed_holding(additive, text, mentions, host)


# ('the in-situ formation of Mg3P2, Mn and Fe'): the noun of forming after 'in situ' and the phases it names
_FORMATION_IN_SITU = re.compile(
    rf"\bin[\s-]situ\s+{_FORMATION_WORD}\s+of\s+(?:the\s+)?(?:[A-Z][^\s,;]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)){{0,4}}"
    rf"[A-Z][^\s,;.]*", re.I)


# ('an in situ formed Al3Ti', 'the in-situ generated highly dispersed Al–Ti alloy'): the participle of forming after
# 'in situ', a few words describing the phase, and the phase
_IN_SITU_FORMED = re.compile(
    rf"\b(?i:in[\s-]situ)[\s-]+(?i:{_FORMED_WORD})\s+(?:[a-z][\w-]*\s+){{0,3}}[A-Z][^\s,;]*")


def _formed_holding(additive: str, text: str, mentions, host: str | None) -> str | None:
    """The phase the sentence says formed in a run or the milling ('the formation of Mg3P2 and Mg2CoH5 during the
    reaction') or in situ ('an in situ formed Al3Ti') that holds a metal of ``additive`` the host has not, else None
    (a phase written by its elements, 'Al–Ti alloy', as that whole phase)."""
    said = _FORMATION_DURING.search(text) or _FORMED_DURING.search(text) or _FORMATION_IN_SITU.search(text) \
        or _IN_SITU_FORMED.search(text)
    own = _metals(additive) - _elements(host or "")
    return next((g for pos, f, system in mentions if said is not None and own and f != additive and f != host
                 and said.start() <= pos < said.end() and own & _metals(g := _phase_name(f, system))), None)


def _narrowed(tid: str, application: str) -> str:
    """``tid``, else its one narrower mechanism that serves ``application`` alone, where ``tid`` serves others too."""
    vocab = vocabulary()
    if tid not in vocab or _application(tid) is not None:
        return tid
    narrower = [c for c in vocab.children(tid) if c in vocab and vocab.get(c).applications == (application,)]
    return narrower[0] if len(narrower) == 1 else tid


def _metal_parents(phase: str, materials: Iterable[str], host: str | None) -> list[tuple[str, str]]:
    """(additive, ``phase``) for each of ``materials``, besides the host, holding a metal of the phase formed in situ
    that the host has not."""
    own = _metals(phase) - _elements(host or "")
    return [(f, phase) for f in materials if own and f != phase and own & _elements(f)
            and not (host and _same_host(f, host))]


# 'VB2 acts as a nucleation site for MgB2, which promotes its formation and thus the destabilization of LiBH4': a
# strategy named after the phrase behind a word of consequence is what the mechanism leads to, not the design the
# credited additive belongs to (English connectives)
_CONSEQUENCE = re.compile(r"\b(?:thus|thereby|hence|consequently|therefore|leading\s+to|resulting\s+in)\b", re.I)


def _named_as_outcome(text: str, strategy: str, stop: int) -> bool:
    """Is every place ``strategy`` is named in ``text`` after ``stop``, behind a word of consequence?"""
    places = _label_places(text, strategy)
    return bool(places) and all(a > stop and _CONSEQUENCE.search(text, stop, a) for a, _ in places)


def _names_mechanism(text: str, strategy: str, found: list[tuple[str, int, int]]) -> bool:
    """Is every place ``text`` names ``strategy`` part of a mechanism phrase of ``found`` that the strategy does not
    stand for as a cause? ('SiB4 facilitates the structural destabilization of LiBH4', 'thermodynamic destabilization
    of MgH2 formation through interfacial interactions': the destabilization is the mechanism the sentence credits,
    not the way the sample was made — 'the nanoconfinement effect' still names nanoconfinement, whose effect it is.)"""
    places = _label_places(text, strategy)
    return bool(places) and all(any(a < stop and at < b and not _stands_for(strategy, tid) for tid, at, stop in found)
                                for a, b in places)


def _stands_for(strategy: str, tid: str) -> bool:
    """Is ``tid`` the mechanism ``strategy`` stands for as a cause (hkg:effectMechanism), or one narrower? (An
    external-field mechanism, 'the photothermal effect of MXene', is the field strategy's own, as ``_named_for``
    reads.)"""
    vocab = vocabulary()
    if strategy not in vocab or tid not in vocab:
        return False
    effect = vocab.get(strategy).effect_mechanism
    return effect is not None and (tid == effect or vocab.is_a(tid, effect)) \
        or _FIELD in vocab and vocab.is_a(tid, _FIELD) and vocab.is_a(strategy, _FIELD_DRIVING)


# a clause set against the one before it ('…, while the carbon shell keeps …', '…, whereas graphene …'): it names
# another actor, whose design is not what the other clause's phrase credits
# ('but' left out: it sets phrases against each other as often as clauses)
_CONTRASTED_CLAUSE = re.compile(rf"[,;]\s*{CLAUSE_CONTRAST}\b", re.I)


# ('… the effect of in situ formed NbH acting as gateways, and the "favorable thermodynamic destabilization" from
# LiH1-xFx'): a second cause the sentence lists after the phrase's, in words of its own
_NEXT_CAUSE = re.compile(r",\s*and\s+the\s+(?=[\"“']?[a-z])", re.I)
# ('ascribed to thermodynamic destabilization due to …, and to kinetic destabilization by addition of TiCl3'): the
# phrase's own cause, the second one a cue lists with its 'to' again; what the first names is the first's
_AGAIN_TO = re.compile(r",\s*and\s+(?:also\s+)?to\s+", re.I)


# ('ascribed to interfacial effects and size reduction', 'where Ti catalysis and strain at the interfaces lowered …'): a
# strategy named as a cause coordinated with the phrase, right after or before it, is that cause's, not the phrase's
_AND_AFTER = re.compile(r"\s*,?\s+and\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+)?", re.I)
_AND_BEFORE = re.compile(r"\s+and\s+(?:the\s+|an?\s+)?", re.I)


def _not_coordinated(text: str, at: int, stop: int, strategies: list[str]) -> list[str]:
    """``strategies`` without those named only in a cause coordinated with the phrase at ``at``–``stop`` by 'and'
    ('interfacial effects and size reduction': the size reduction is its own cause, not the interface's strategy)."""
    if not strategies or " and " not in text:
        return strategies
    return [s for s in strategies
            if not (places := _label_places(text, s))
            or not all(_AND_AFTER.fullmatch(text, stop, a) or _AND_BEFORE.fullmatch(text, b, at) for a, b in places)]


def _in_own_clause(text: str, at: int, strategies: list[str]) -> list[str]:
    """``strategies`` without those named only in another clause of a sentence split by 'while'/'whereas' than the
    mechanism phrase at ``at`` ('the catalyst weakens the Al–H bonds, while the carbon shell keeps the particles
    apart': the shell's core–shell design is not what weakens the bonds)."""
    listed = _NEXT_CAUSE.search(text, at)
    if listed is not None and strategies:
        # (a strategy named only in a cause listed after the phrase's, ', and the …', is that cause's)
        strategies = [s for s in strategies
                      if not (places := _label_places(text, s)) or any(a < listed.start() for a, _ in places)]
    again = [m.end() for m in _AGAIN_TO.finditer(text, 0, at) if _IN_CLAUSE.fullmatch(text, m.end(), at)]
    if again and strategies:
        strategies = [s for s in strategies
                      if not (places := _label_places(text, s)) or any(a >= again[-1] for a, _ in places)]
    cuts = [m.start() for m in _CONTRASTED_CLAUSE.finditer(text)]
    if not cuts or not strategies:
        return strategies
    start = max((c for c in cuts if c < at), default=0)
    end = min((c for c in cuts if c > at), default=len(text))
    return [s for s in strategies
            if not (places := _label_places(text, s)) or any(start <= a < end for a, _ in places)]


def _named_for(tid: str, phrase: str, named: list[str], ctx: _Context) -> list[str]:
    """Strategies named for one mechanism phrase: one its own words name first ('microwave
    absorption' in a sentence that also names light-driven strategies), then the sentence's; an
    external-field mechanism in a sentence naming none takes the field strategy the paragraph names."""
    own = [t for t in find_terms(phrase, ("Strategy",)) if not _names_mechanism(phrase, t, [(tid, 0, len(phrase))])]
    # (a strategy credited as the cause, 'the nanoconfinement in CMK-3' read as its confinement effect, is that
    # claim's strategy alone: the catalysis credited beside it is another claim's)
    standing = [t for t in own if _stands_for(t, tid)]
    if standing and standing == own:
        return standing
    if own:
        return own + [n for n in named if n not in own]
    vocab = vocabulary()
    if not named and _FIELD in vocab and vocab.is_a(tid, _FIELD):
        return ctx.named_strategy(_FIELD_DRIVING)
    return named


# 'milling with additives such as Nb and Zr for 8 h to refine …': the materials go with
# a processing step, and the phrase is what that step is done for (an infinitive of purpose)
_WITH_MATERIALS = re.compile(r"\s+(?:together\s+)?with\b(?:[^.;:]|\b(?:e\.g|i\.e)\.)*$", re.I)
_PURPOSE = re.compile(r"\bto\s+(?:$|[a-z]+\b(?!\s+(?:be|have)\b))", re.I)     # 'to reduce', 'to ' before the phrase


def _step_opens(text: str, at: int) -> bool:
    """Does the sentence open, before the phrase at ``at``, with a processing step of the ontology as its subject
    ('Ball milling keeps the particles small', 'Prolonged milling refines the grains')? The step acts, not the
    sample's additive."""
    head = text[:at]
    vocab = vocabulary()
    for tid in find_terms(head, ("SynthesisMethod",)):
        for label in vocab.get(tid).labels:
            for m in _label_word(label).finditer(head):
                if _STEP_SUBJECT.fullmatch(head, 0, m.start()):
                    return True
    return False


# (an article and one describing word before the step: 'Prolonged ball milling', 'The reactive milling')
_STEP_SUBJECT = re.compile(r"\W*(?:(?:the|this|such)\s+)?(?:[a-z][\w-]*\s+)?", re.I)


# 'MgH2 nanoparticles with a high specific surface area were mixed with …': a phrase in a 'with a …' modifier of the
# sentence's subject, whose verb is a passive of making or using, describes the sample; it credits nothing
_SUBJECT_WITH = re.compile(r"\W*(?:[\w()–@/-]+\s+){1,5}?(?:with|having)\s+(?:a|an)\s+$", re.I)
# (not a verb that credits the phrase itself: 'were credited with', 'was found to', 'is believed to')
_PASSIVE_AFTER = re.compile(r"(?:\s+of\s+[^,;:.]{1,30}?)?\s+(?:was|were)\s+(?:\w+ly\s+)?"
                            r"(?!(?:credited|attributed|ascribed|found|shown|believed|considered|proposed|"
                            r"thought|expected|responsible)\b)[a-z]+(?:ed|en|wn|de|t)\b", re.I)


# 'the milled powder consisted of Mg2Ni and Ni phases with nanocrystalline and amorphous structures': the phases a
# sample is made of, told with the structure they have; the structure is described there, credited with nothing
_PHASES_WITH = re.compile(r"\b(?:consist\w*\s+of|composed\s+of|made\s+up\s+of|compris\w*)\s+[^,;:.]{1,80}?\s+with\s+"
                          r"(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I)


# a property that got worse: 'a limited reversibility', 'the poor dehydriding kinetics', 'a deteriorated cycling
# stability' (English words of loss before a word of performance)
# (the words: the ontology's LossWord scheme)
_LOSS = (rf"{vocabulary().scheme_alternation('LossWord', ('WorseningAdjective',))}\s+(?:[a-z]+\s+){{0,2}}?"
         rf"{vocabulary().scheme_alternation('LossWord', ('PerformanceNoun',))}\b")
# 'amorphous phases … are formed, leading to a limited reversibility': the phrase's own clause ends in the loss
_LOSS_AFTER = re.compile(rf"[^;:.]{{0,120}}?\b(?:lead(?:s|ing)?|led|result(?:s|ed|ing)?|giv(?:es|ing)\s+rise)\s+"
                         rf"(?:to|in)\s+(?:an?\s+|the\s+)?{_LOSS}", re.I)
# 'the poor dehydriding kinetics … were attributed to grain size effects': the loss credited to the phrase
_LOSS_BEFORE = re.compile(rf"\b{_LOSS}[^;:.]{{0,100}}\b(?:attributed|ascribed|due|owing|caused)\b[^;:.]{{0,40}}$", re.I)


def _causes_a_loss(text: str, at: int, stop: int) -> bool:
    """Is the phrase at ``at``–``stop`` the cause of a loss the sentence reports (``_LOSS_AFTER``, ``_LOSS_BEFORE``)?
    A mechanism that makes a property worse is no improvement credited to an additive or strategy."""
    return _LOSS_AFTER.match(text, stop) is not None or _LOSS_BEFORE.search(text, max(0, at - 200), at) is not None


def _phases_described(text: str, at: int) -> bool:
    """Is the phrase at ``at`` the structure of the phases a sample is said to consist of (``_PHASES_WITH``)?"""
    return _PHASES_WITH.search(text, max(0, at - 140), at) is not None


def _describes_subject(text: str, at: int, stop: int) -> bool:
    """Is the phrase at ``at``–``stop`` a 'with a …' modifier of the sentence's subject, before a passive verb ('A
    porous carbon with a high specific surface area was used to host LiBH4')?"""
    return _SUBJECT_WITH.fullmatch(text, 0, at) is not None and _PASSIVE_AFTER.match(text, stop) is not None


def _processed_for(text: str, first: int, at: int) -> bool:
    """The materials named from ``first`` on are what a processing step of the ontology (a
    SynthesisMethod label: ball milling, sputtering …) was done with, and the mechanism phrase at
    ``at`` is the purpose of that step: the step is credited, not the materials."""
    vocab = vocabulary()
    head = text[:first]
    for tid in find_terms(head, ("SynthesisMethod",)):
        for label in vocab.get(tid).labels:
            for m in _label_word(label).finditer(head):
                if _WITH_MATERIALS.match(text, m.end(), first) and _PURPOSE.search(text, first, at):
                    return True
    return False


# what a phrase is said to be brought about by, in its own clause ('the grain refinement, defects, etc. in the material
# introduced by ball milling', 'the strain induced by the milling process')
_BROUGHT_BY = gated(re.compile(r"(?:[^.;:()]|(?<=\betc)\.){0,80}?\b"
                         r"(?:introduced|induced|caused|created|generated|produced|brought\s+about)\s+"
                         r"(?:[a-z]+ly\s+)?(?:by|during|through)\s+(?:the\s+)?", re.I))


def _made_by_step(text: str, stop: int) -> bool:
    """Is the mechanism phrase ending at ``stop`` said to be brought about by a processing step of the ontology (a
    SynthesisMethod label: ball milling, annealing …) rather than by a material?"""
    by = _BROUGHT_BY.match(text, stop)
    if by is None:
        return False
    tail = text[by.end():by.end() + 40]
    return any(re.match(_label_word(label).pattern, tail, re.I)
               for tid in find_terms(tail, ("SynthesisMethod",)) for label in vocabulary().get(tid).labels)


# a support written as the scaffold it is ('the carbon scaffold', 'the porous carbon host', 'the silica framework')
_SCAFFOLD_NOUN = re.compile(r"\s+(?:scaffolds?|frameworks?|hosts?)\b", re.I)
_SUPPORTS = SUPPORT_CLASSES     # Material classes whose members may confine a hydride


def _sized(tid: str, ctx: _Context) -> list[str]:
    """The nano strategy the paragraph (else its passage) names, when ``tid`` is its effect mechanism."""
    vocab = vocabulary()
    if not any(vocab.get(t).effect_mechanism == tid for t in vocab.descendants(_NANO) if t in vocab):
        return []       # (most mechanisms are no nano form's effect: the paragraph is not read back for them)
    # (the strategy a paragraph names, else the nano form it writes of a storage material: 'Mg nanoparticles')
    nano = ctx.named_strategy(_NANO) or next(
        (found for said in reversed(ctx.previous) if (found := _host_forms(said.text))), [])
    return nano[:1] if nano and nano[0] in vocab and vocab.get(nano[0]).effect_mechanism == tid else []


def _as_supported(text: str, additive: str) -> str:
    """``additive`` on the support the sentence writes it on ('Ni/C', 'carbon-supported Ni': Ni/C, Ni/carbon), the
    one catalyst whose strategy is the supported catalyst's (README: composite catalysis), else ``additive``."""
    for start, f, system in _mentions(text):
        if f != additive:
            continue
        if system is not None and system.additives and system.host is not None and system.host.formula == additive \
                and _SUPPORT_SIGN.search(system.text) and all(_is_support(a.formula) for a in system.additives):
            return system.text
        if (on := on_prefixed_support(text, start, additive)) != additive:
            return on
    return additive


def _is_support(formula: str) -> bool:
    """Is ``formula`` a member of the ontology's supports that may confine a hydride (carbons, porous scaffolds)?"""
    vocab = vocabulary()
    term = vocab.lookup(formula, "Material") or vocab.by_formula(formula) or architecture_term(formula)
    return term is not None and any(k in vocab and (term.id == k or vocab.is_a(term.id, k)) for k in _SUPPORTS)


_NAMED_NEXT = re.compile(r"\s*(?:\(|,|:|\s)\s*(?:(?:e\.g\.|i\.e\.|namely|such\s+as|denoted|here)\s*,?\s*)?")


def _support_kind(tid: str) -> bool:
    """A kind of support below the ontology's support classes, with kinds of its own ('mesoporous silica', of which
    SBA-15 and MCM-41 are two): a material a hydride is confined in, not a class naming none."""
    vocab = vocabulary()
    return tid not in _SUPPORTS and any(k in vocab and vocab.is_a(tid, k) for k in _SUPPORTS)


def _is_confinement(strategy: str) -> bool:
    """Is ``strategy`` nanoconfinement or a narrower one?"""
    vocab = vocabulary()
    return strategy == _NANOCONFINEMENT or _NANOCONFINEMENT in vocab and strategy in vocab \
        and vocab.is_a(strategy, _NANOCONFINEMENT)


def _confining(tid: str, strategies: list[str]) -> bool:
    """Is ``tid`` the mechanism of the confinement strategy the sentence names for it?"""
    vocab = vocabulary()
    return _NANOCONFINEMENT in vocab and any(n == _NANOCONFINEMENT or n in vocab and vocab.is_a(n, _NANOCONFINEMENT)
                                             for n in strategies) \
        and vocab.get(_NANOCONFINEMENT).effect_mechanism == tid


def _named_scaffold(additive: str, text: str, mentions) -> bool:
    """``additive`` is a support of the ontology the sentence calls a scaffold, framework or host:
    it confines the hydride, whatever the application makes of the composition."""
    vocab = vocabulary()
    term = vocab.lookup(additive, "Material") or vocab.by_formula(additive)
    if term is None or not any(k in vocab and (term.id == k or vocab.is_a(term.id, k)) for k in _SUPPORTS):
        return False
    return any(f == additive and _SCAFFOLD_NOUN.match(text, _WORD_END.match(text, pos).end()) for pos, f, _ in mentions)


def _modifier(sample: list[str], after: list[str] = (), host: str | None = None) -> str:
    """The sample's additive a sentence that names none before its phrase credits: the one it names
    by its kind after the phrase ('… between the hydride and the silica walls': the SBA-15), else its
    catalyst or dopant before a hydride partner of the composite ('3 mol% KOH' in Mg(NH2)2–2LiH, not LiH),
    and before a phase it forms with the host's metal (the Pd of a Mg/Pd film, not its Mg6Pd)."""
    for f in after:
        kind = _of_kind(f, tuple(sample))
        if kind is not None:
            return kind
    own = _metals(host or "")
    kept = next((a for a in sample if not hydride_like(a) and not own & _metals(a)), None)
    # (a hydride the ontology knows as a catalyst, KH in Mg(NH2)2–2LiH–KH, before one it knows as the
    # composite's partner, LiH; not before a hydride of the sample it knows as neither, MgH2 beside TiH2)
    if kept is None and any(_usually_additive(a) and not _usually_catalyst(a) for a in sample):
        kept = next((a for a in sample if _usually_catalyst(a)), None)
    if kept is None and own:
        # (a sample of phases with the host's metal only, Mg6Pd and Mg5Pd2: the metal the sentence names
        # that they hold besides the host's is what was added)
        kept = next((f for f in after if _metals(f) and any(_metals(f) <= _metals(a) - own for a in sample)), None)
    return kept or next((a for a in sample if not hydride_like(a)), sample[0])


@per_document(maxsize=1024)
def _of_kind(word: str, sample: tuple[str, ...]) -> str | None:
    """The additive of ``sample`` that ``word`` names by the kind of material it is: the word is the
    head noun of a label of the additive or of a class it belongs to ('silica' of 'mesoporous silica'
    for SBA-15, 'carbon' of 'porous carbon'); None when it names none or several."""
    vocab = vocabulary()
    term = vocab.lookup(word, "Material") or vocab.by_formula(word)
    if term is None:
        return None
    heads = {fold(label) for label in term.labels}
    found = []
    for a in sample:
        own = vocab.lookup(a, "Material") or vocab.by_formula(a)
        if own is None or own.id == term.id:
            continue
        labels = [label for t in [own.id, *vocab.ancestors(own.id)] for label in vocab.get(t).labels]
        if any(fold(label).rsplit(" ", 1)[-1] in heads for label in labels if " " in label):
            found.append(a)
    return found[0] if len(found) == 1 else None


# the sentence opens with its samples counted: 'The three studied systems', 'Both composites', 'All three samples'
_EACH_SAMPLE_SUBJECT = re.compile(rf"\W*(?:{EACH_WORDS})\s+(?:[a-z][\w-]*\s+){{0,2}}?{SAMPLE_NOUNS}(?<=s)\b", re.I)


def _each_alternative(text: str, at: int, ctx: _Context, sample: list[str]) -> list[str]:
    """The passage's alternatives (one sample each with the host) a sentence opening with its samples counted says a
    phrase at ``at`` of, as many as it counts; else []."""
    opening = _EACH_SAMPLE_SUBJECT.match(text, 0, at)
    if opening is None:
        return []
    alternatives = [a for a in sample if a in ctx.alternatives]
    count = next((n for w, n in COUNT_OF.items() if re.search(rf"\b{w}\b", opening.group(), re.I)), None)
    return alternatives if len(alternatives) > 1 and count in (None, len(alternatives)) else []


def _listed_before(before: list[tuple[int, str]], text: str) -> list[str]:
    """The materials listed with the one nearest before a phrase ('A, B and C act as …'), nearest first."""
    out = []
    for (pos, f), (next_pos, _) in zip(reversed(before[:-1]), reversed(before[1:])):
        gap = text[pos:next_pos]
        # ('TiO2, along with graphene, buffers …', 'A together with B', 'A as well as B': acting together, each one)
        if not re.fullmatch(r"\S+(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+|,?\s+(?:along|together)\s+with\s+"
                            r"|,?\s+as\s+well\s+as\s+)(?:the\s+)?", gap) \
                and not _OWNED_NEXT.fullmatch(gap):    # ('A and the B', 'A particles and the presence of B')
            break
        out.append(f)
    return out


def _application(tid: str) -> str | None:
    """The one application a mechanism serves (its ``hkg:appliesTo``), else None: an oxide credited
    with interfacial conduction or amorphization makes a composite electrolyte, not a catalyst."""
    vocab = vocabulary()
    apps = vocab.get(tid).applications if tid in vocab else ()
    return apps[0] if len(apps) == 1 else None


@per_document(maxsize=64)
def _told_application(text: str) -> str | None:
    """The one application the properties a sentence names serve (their ``hkg:appliesTo``), else None: the
    interface effect of MgO that 'raises the Li-ion conductivity' of LiBH4 acts in a composite electrolyte, not as
    a catalyst, where the document measured no sample of it to say so. A value in the unit of an electrode's charge
    ('1093 mAh cm−3') says the electrode, whatever a capacity's name would also fit ('volumetric capacity'); a
    capacity named without one ('the reversible capacity') may be a hydrogen store's."""
    if _ELECTRODE_CHARGE.search(text):
        return APPLICATIONS["anode"]
    vocab = vocabulary()
    apps = {a for t in find_terms(text, ("Property",)) if t in vocab for a in vocab.get(t).applications}
    return next(iter(apps)) if len(apps) == 1 else None


def _charge_units() -> list[str]:
    """The charge an electrode's capacity is given in, as the ontology's anode properties write their units ('mAh'
    of 'mAh/g'), each with an optional space inside ('mA h')."""
    vocab = vocabulary()
    heads = {t.unit.split("/")[0] for t in vocab.terms("Property")
             if t.unit and t.applications == (APPLICATIONS["anode"],) and "h" in t.unit.split("/")[0]}
    return sorted((re.escape(h).replace("h", r"\s?h", 1) if h.startswith("mA") else re.escape(h)) for h in heads)


_ELECTRODE_CHARGE = re.compile(rf"\d\s*(?:{'|'.join(_charge_units()) or '(?!)'})\b")


_KINETIC_ANALYSIS = "KineticAnalysis"     # Technique: the rate laws and models a kinetic curve is fitted to


def _kinetic_models(text: str) -> list[tuple[int, int]]:
    """Spans of the names of kinetic analyses the sentence writes ('JMAK model', 'nucleation and growth
    mechanism', 'three-dimensional diffusion'), as the ontology labels them."""
    vocab = vocabulary()
    if _KINETIC_ANALYSIS not in vocab:
        return []
    return [(s, e) for s, e, term in label_spans(text, ("Technique",)) if vocab.is_a(term, _KINETIC_ANALYSIS)]


# 'γ-Li2B12H12−x', 'MgH2−δ': the compound with some of its hydrogen lost, named as it decomposes; what happens in it
# happens in the compound (the host is the formula without the deficit)
_HYDROGEN_POOR = re.compile(r"(H\d*)\s?[-−–]\s?[xyzδ]$")


def _claim(tid, host, additive, named, sample, system, in_situ, sent, source_id, phase=None,
           material=None, measured=None, holding=None) -> MechanismClaim:
    """``material``: what an abbreviated additive is made of ('HCS': C), for its strategy; ``measured``:
    (name, component, system, application) of the additive as the document measured it (``_Context.measured_as``);
    ``holding``: the system the section measured the host in, where it holds the host in a support
    (``_Context.holding``)."""
    # (a mechanism of more than one application acts for the one the sample was measured for: defects in a
    # LiBH4–SiO2 electrolyte whose conductivity the document gives make a composite electrolyte, no catalyst)
    application = _application(tid) or (measured[3] if measured is not None else None) \
        or _told_application(getattr(sent, "text", "") or "")
    if application is not None and measured is not None:
        # (a broad mechanism credited in a sample the document measured for one application is its one narrower
        # mechanism of that application: 'attributed to the interfaces between the two phases' of an electrolyte
        # whose conductivity the passage gave is interfacial conduction)
        tid = _narrowed(tid, application)
    host, additive = _electrode_first(host, additive, application)
    host = _HYDROGEN_POOR.sub(r"\1", host) if host else host
    if phase is not None and _done_by_support(tid):
        # (what a support brings, 'the confinement effect of the carbon shell', is no work of a phase formed in situ
        # the sentence names beside it: the claim is the sample's additive's, with no phase)
        phase = None
    vocab = vocabulary()
    catalysing = _CATALYTIC in vocab and tid in vocab and vocab.is_a(tid, _CATALYTIC)
    strategy = _claim_strategy(named, host, additive, sample, system, in_situ, phase, material, application,
                               catalysing, getattr(sent, "text", "") or "",
                               system if system is not None else holding)
    if (tid == _IN_SITU_PHASE or in_situ and catalysing) and host and additive and not named and _CATALYSIS in vocab \
            and (strategy is None or strategy in vocab and not vocab.is_a(strategy, _CATALYSIS)):
        # a phase formed in situ that does the catalysing is the host's catalyst, whatever its composition
        # with the host reads otherwise (MgF2 formed in MgH2: no F-for-H substitution, a fluoride catalyst)
        strategy = _catalyst_strategy(host, additive, application) or strategy
    elif phase is not None and strategy is None and host and additive:
        # an additive whose phase formed in the sample acts ('RbH … formed during milling weakens the N–H
        # bonds' of a sample made with RbF), where nothing else gives it a strategy: it was added as that
        # phase's precursor, the host's catalyst
        strategy = _catalyst_strategy(host, additive, application)
    if measured is not None and system is None and material is None:
        # the sentence writes no system of its own for it: the additive does what the records of the
        # sample it was measured in read it as doing (KH in Mg(NH2)2–2LiH–KH–RbH: the composite's catalyst,
        # not a reactive partner; LaH3 in Mg2NiH4–LiBH4–LaH3: a catalyst, not the host's alloying) — what
        # it is made of, not how that sample was made (its confinement, its nano form: the sentence's word)
        _, component, where, told, _ = measured
        shown = _claim_strategy(named, host, component, [a.formula for a in where.additives], where, in_situ,
                                phase, material, told or application, catalysing, getattr(sent, "text", "") or "",
                                where)
        if shown is not None and not sentence_wide(shown, vocab) and (strategy is None
                                                                       or not sentence_wide(strategy, vocab)):
            strategy = shown
        elif shown is not None and shown == _held_as(component) and shown != strategy \
                and all(_said_of_host(n, host, getattr(sent, "text", "") or "") for n in named):
            strategy = shown      # the host's small particles in the support the sample was measured with
        elif shown == _NANOCONFINEMENT and not named and not catalysing and _held_in_records(component, where) \
                and strategy in vocab and _CATALYSIS in vocab and vocab.is_a(strategy, _CATALYSIS):
            # (or in what its records hold it in, a salt matrix read by its composition as a catalyst: 'MgH2
            # nanoparticles embedded in a LiCl matrix … the smallest particle size', credited with no catalysis)
            strategy = shown
    if measured is not None and any(a.formula == measured[1] and a.role == _CATALYST_ROLE
                                    for a in measured[2].additives):
        # the catalyst as its records read it ('Ni SA-pC': single atoms)
        strategy = as_arranged(strategy, measured[4])
    if phase and host and additive:
        strategy = _phase_part_strategy(host, additive, phase, application) or strategy
    if not named and strategy is not None and _is_confinement(strategy) and host and additive \
            and application in (None, APPLICATIONS["storage"]) and not _done_by_support(tid) \
            and not _is_support(additive) and _metals(additive) & TRANSITION:
        # ('MgH2@Ti2CClx … the Ti2CClx promotes charge transfer, which weakens the Mg–H bond'): what a catalyst the
        # host sits on does to the host's bonds is that catalyst's catalysis, not the confinement the '@' of the sample
        # reads as (a scaffold's own doing, 'the CMK-3 weakens …' of LiBH4@CMK-3, stays the confinement's; so does a
        # support holding no transition metal, SiO2)
        own = _catalyst_strategy(host, additive, application)
        strategy = own if own is not None and own not in _BROAD_CATALYSIS else strategy
    strategy = _own_catalysis(strategy, tid, host, additive, getattr(sent, "text", "") or "", application,
                              system if system is not None else measured[2] if measured is not None else None,
                              phase) or strategy
    if measured is not None and additive:
        additive = _written_name(additive, measured[1], measured[2]) or additive   # 'mesoporous SiO2'
    return MechanismClaim(
        mechanism=tid, host=host, additive=additive, strategy=strategy, in_situ_phase=phase,
        source=SourceRef(source_id=source_id, section=getattr(sent, "section", None),
                         refs=list(getattr(sent, "refs", None) or []),
                         start=getattr(sent, "start", None), end=getattr(sent, "end", None)))


_SUPPORT_SIGN = re.compile(r"[@/]")      # what a catalyst on its support is written with ('Cu/Ti3C2Tx', 'CoNi@C')


def _phase_part_strategy(host: str, additive: str, phase: str, application: str | None) -> str | None:
    """The strategy of the support of a catalyst that a phase formed in situ came from, where the support is a catalyst
    of its own (metallic Ti from the Ti3C2Tx of Cu/Ti3C2Tx: the MXene's metal-compound catalysis, not the single Cu
    atoms'), else None. (A phase of the supported catalyst itself, Mg2Ni from the Ni of Ni@C, is the composite's
    catalysis, as the sample's.)"""
    parts = [p for p in _SUPPORT_SIGN.split(additive.strip("()")) if p]
    own = _metals(phase) - _metals(host)
    if len(parts) < 2 or not own:
        return None
    owners = [p for p in parts if own <= _metals(p)]
    return _catalyst_strategy(host, owners[0], application) if owners == parts[1:] else None


_COMPOSITE = "CompositeCatalysis"
_BROAD_CATALYSIS = {"Catalysis", _COMPOSITE}
_MULTI_METAL = "MultiMetalCatalysis"
_METAL_CATALYSIS = "MetalCatalysis"


def _done_by_support(mechanism: str) -> bool:
    """``mechanism`` is what a catalyst's support brings, not the catalyst (hkg:doneBySupport: confinement, keeping
    particles apart)."""
    vocab = vocabulary()
    return mechanism in vocab and vocab.get(mechanism).done_by_support


def _own_catalysis(strategy: str | None, mechanism: str, host: str | None, additive: str | None, text: str,
                   application: str | None, sample=None, phase: str | None = None) -> str | None:
    """The catalysis of the catalyst itself for a claim credited to a catalyst on its support ('TiC@C', 'Ni/CeO2')
    whose composition carries that catalysis beside the composite's, where the mechanism is what the catalyst does
    (electron transfer, bond weakening, its small particles) — not what the support brings (confinement, keeping
    particles apart: hkg:doneBySupport), which stays the composite's. A part of the catalyst the sentence names by
    itself ('CeO2 with oxygen vacancies assists Ni' of Ni/CeO2) is what the claim is about: that part's catalysis.
    ``sample``: the system the additive was measured in, whose composition speaks (Ni with carbon nanotubes: the
    metal's catalysis gave way to the composite's, so there is none to name). ``phase``: the phase formed in situ the
    claim names; one of only some of a multi-metal catalyst's metals (Ni2B from the CoNi of CoNi/C) is no combined
    action of its metals, so the claim stays the composite's. Else None."""
    vocab = vocabulary()
    if not host or not additive or _CATALYSIS not in vocab:
        return None
    if _done_by_support(mechanism):
        # (the shell of a catalyst on carbon, 'CoNi@C', confines the catalyst's particles, not the host: what its
        # support brings is the composite catalysis, not the host's nanoconfinement a scaffold gives; a design the
        # sentence names, 'the carbon shell' as core-shell structuring, stays)
        supported = len(_SUPPORT_SIGN.split(additive.strip("()"))) > 1
        return _COMPOSITE if supported and strategy is not None and _is_confinement(strategy) \
            and _COMPOSITE in _composition_strategies(host, (additive,), application) else None
    if strategy != _COMPOSITE:
        return None

    def own(found) -> list[str]:
        return [st for st in found if st and st in vocab and st not in _BROAD_CATALYSIS and vocab.is_a(st, _CATALYSIS)]
    # (the sample's component the additive is, or is a part of: 'the Ni particles' of Ni/CNT)
    in_sample = sample is not None and any(additive in (a.formula, *_SUPPORT_SIGN.split(a.formula.strip("()")))
                                           for a in sample.additives)
    if not in_sample and len([p for p in _SUPPORT_SIGN.split(additive.strip("()")) if p]) < 2:
        return None   # (a bare catalyst of no measured sample: the passage's composite, 'Ni and graphene', speaks)
    carried = own(_system_strategies(sample, application) if in_sample
                  else _composition_strategies(host, (additive,), application))
    if not carried:
        return None            # (Ni/C: the metal's catalysis gives way to the composite's in the composition)
    parts = [p for p in _SUPPORT_SIGN.split(additive.strip("()")) if p]
    alone = sorted((m.start(), p) for p in parts if len(parts) > 1
                   for m in [re.search(rf"(?<![\w/@-]){re.escape(p)}(?![\w/@-])(?:\s+([a-z]+))?", text)]
                   if m and not _support_noun(m.group(1)))
    named = [st for _, p in alone for st in own([_catalyst_strategy(host, p, application)])]
    found = (named or carried)[0]
    if found == _MULTI_METAL and phase and not _metals(additive) - _metals(host) <= _metals(phase):
        return None
    return found


def _support_noun(word: str | None) -> bool:
    """``word`` names the role of a support ('the Ti3C2Tx support': the part that receives, not the catalyst)."""
    return bool(word) and role_of_noun(word) == ROLES["scaffold"]


def _electrode_first(host: str | None, additive: str | None, application: str | None) -> tuple:
    """An anode mechanism (volume buffering) happens in the electrode: where a sentence credits the
    electrolyte hydride mixed into it ('the mechanical properties of LiBH4 accommodate the volume changes'
    of an MgH2–TiH2 electrode), the electrode's hydride is the host and the electrolyte its additive."""
    if application != APPLICATIONS["anode"] or not host or not additive:
        return host, additive
    if electrolyte_not_anode(host) and anode_material(additive):
        return additive, host
    return host, additive


def _claim_strategy(named, host, additive, sample, system, in_situ, phase, material, application, catalysing,
                    text: str, held=None) -> str | None:
    # (the sample's additive it shares an element with, where it shares one: TiHx formed from the MXene of Cu@MXene)
    source = next((a for a in sample if additive and _elements(additive) & _elements(a) - {"H"}), None)
    if in_situ and sample and additive not in sample and phase is None and (not additive or source):
        # a phase formed in situ from the sample's additive acts for that additive's strategy
        # (one sharing no element with any, MgF2 in a Mg(In) sample, formed from something else: its own)
        return _strategy(named, host, source or sample[0], sample, application=application, catalysing=catalysing)
    # ('Plasma carbon … promoted the spill-over effect' of a sample 'plasma carbon–modified MgH2/TiC'): a support
    # named in words, by its last word, is that material of the sample, and acts with the sample's other additives
    member = _member_worded(additive, sample) if system is None and material is None else None
    return _strategy(named, host, material or member or additive,
                     [a.formula for a in system.additives] if system is not None
                     else sample if additive in sample else [*sample, member] if member else (),
                     system, application, catalysing, text, held)


def _member_worded(additive: str | None, sample: list[str]) -> str | None:
    """The formula of the support ``additive`` is, or its words name by their last word ('plasma carbon': C), where
    the sample, which does not hold it, holds other additives it supports; else None."""
    if not additive or not sample or additive in sample:
        return None
    vocab = vocabulary()
    term = vocab.lookup(additive.rsplit(" ", 1)[-1], "Material") or vocab.by_formula(additive)
    return term.formula if term is not None and term.formula and _is_support(term.formula) else None


def mechanism_claims(sentences: Iterable, source_id: str, section_titles: dict[str, str] | None = None,
                     measured: Iterable = (), title=None, reports: Iterable = ()) -> list[MechanismClaim]:
    """Claims of running-text sentences (objects with .text, .start, .end, .section, .refs,
    .paragraph), in document order. ``section_titles`` (number → title): a heading names the
    strategy its passage is about ('2.1.2. Metal-Based Compounds'). ``measured``: the document's
    measurements, whose systems name each credited additive and give its strategy (``_Context.measured_as``).
    ``title``: the document's title as a sentence, whose claims come first (``_title_claims``). ``reports``: the
    strategies the document's records carry, whose arrangements a claim of the same system shares (``_claim``)."""
    measured, sentences = (list(measured), list(reports)), list(sentences)
    unhosted: list[MechanismClaim] = []
    body = _body_claims(sentences, source_id, section_titles, measured, unhosted)
    body = _merged(body, _alloy_hosted(unhosted, measured[0]))
    claims = [*_title_claims(title, source_id, body, measured), *body] if title is not None else body
    claims = _without_restated(_studied_as_host(_in_document_applications(claims, measured[0]), measured[0],
                                                sentences))
    return _substituted_hosted(_topics_give_way(claims, sentences), sentences)


# an element said to take a place in a compound's lattice: 'Y-substituted Mg2Ni', 'the substitution of Y', 'Y alloying'
# (the words: the ontology's SubstitutingWord and LatticeEntryWord after the element, ReplacementNoun before it; the
# element's symbol stands at {0})
_ENTERING = vocabulary().scheme_alternation("PreparationVerb", ("SubstitutingWord", "LatticeEntryWord"))
_REPLACING = vocabulary().scheme_alternation("PreparationVerb", ("ReplacementNoun",))
_SUBSTITUTING = (r"(?<![\w-]){0}(?:-|\s+)" + _ENTERING + r"\b|"
                 r"\b(?i:" + _REPLACING + r")\s+(?:of\s+)?(?:\w+\s+)?(?:by\s+|with\s+)?{0}(?![\w-])")
_ALLOYING = "Alloying"      # Strategy: a metal made part of the host's own lattice
# where one of _SUBSTITUTING's words is written: the pattern, whose element comes first, would otherwise be tried at
# every position of the whole document for each claim (~8 ms a claim on the review)
# (behind a gate of its words: ``_substituting_places`` searches only the sentences that hold one)
_SUBSTITUTING_WORD = gated(re.compile(f"{_ENTERING}|{_REPLACING}", re.I))


def _substituting_places(texts: list[str]) -> list[int]:
    """The starts of ``_SUBSTITUTING_WORD``'s matches in ``"\n".join(texts)``, found text by text: only a text holding
    one of its words is searched (the paper's every character was tried, a sixtieth of the claims' time). The same
    matches: each is a word of the ontology's, escaped, or a stem and letters (no line break), so none runs from one
    text into the next."""
    out: list[int] = []
    at = 0
    for t in texts:
        out += [at + m.start() for m in _SUBSTITUTING_WORD.finditer(t)]
        at += len(t) + 1
    return out


def _said_substituted(element: str, text: str, near: list[int]) -> bool:
    """Does ``text`` say ``element`` substitutes into a lattice (``_SUBSTITUTING``)? Tried only around the places
    ``near`` where a substituting word is written (the element within a few words before or after it)."""
    said = re.compile(_SUBSTITUTING.format(re.escape(element)))
    return any(said.search(text, max(0, i - 40), i + 80) for i in near)


def _substituted_hosted(claims: list[MechanismClaim], sentences: list) -> list[MechanismClaim]:
    """Claims crediting an element the document says substitutes into its host ('Y-substituted Mg2Ni', 'the Ni–H
    bond is weakened by the substitution of Y'), where the document writes the substituted compound by its
    composition (Mg15YNi8H32: the host's elements and that one): the compound is the host, an alloy written by its
    composition (README), and the element acts by alloying — no catalyst beside the host."""
    if _ALLOYING not in vocabulary() or not any(c.additive and _bare_element(c.additive) for c in claims):
        return claims
    texts = [getattr(s, "text", "") or "" for s in sentences]
    text = "\n".join(texts)
    formulas = set(_FORMULA_WORD.findall(text))
    near = _substituting_places(texts)
    out, rehosted = [], set()
    for c in claims:
        x = c.additive
        if c.host and x and _bare_element(x) and x not in _NON_METALS and x not in _elements(c.host) \
                and _said_substituted(x, text, near):
            made = [f for f in formulas if _elements(f) - {"H", "D"} == _elements(c.host) - {"H", "D"} | {x}
                    and ("H" in _elements(f)) == ("H" in _elements(c.host))]
            if len(made) == 1:
                c = c.model_copy(update={"host": made[0], "strategy": _ALLOYING})
                # (the host's two states credited alike, Mg2Ni and Mg2NiH4, are one claim on the compound)
                if (c.mechanism, made[0], x) in rehosted:
                    continue
                rehosted.add((c.mechanism, made[0], x))
        out.append(c)
    return out


# 'This paper presents the catalytic effect of …', 'In the present work, a … catalyst was synthesized to catalyze …',
# 'Herein, …': a sentence that announces what the work is about (the nouns: the ontology's StudyNoun scheme)
_ANNOUNCING = re.compile(r"\b(?:this|the\s+present|the\s+current|our)\s+"
                         rf"{vocabulary().scheme_alternation('StudyNoun', ('ThisWorkNoun', 'WrittenWorkNoun'))}\b"
                         r"|^\W*here(?:in)?\b", re.I)


def _topics_give_way(claims: list[MechanismClaim], sentences: list) -> list[MechanismClaim]:
    """``claims`` without a broad one (a family of mechanisms, 'the catalytic effect of X') made in a sentence that
    announces the work's topic, where the document claims a narrower mechanism for the same host and additive: the
    announcement names the topic, the narrower claim is the finding."""
    vocab = vocabulary()
    said = {getattr(s, "start", None): getattr(s, "text", "") or "" for s in sentences}

    def topic(c: MechanismClaim) -> bool:
        return c.mechanism in vocab and bool(vocab.children(c.mechanism)) \
            and bool(_ANNOUNCING.search(said.get(c.source.start, ""))) \
            and any(o.host == c.host and o.additive == c.additive and o.mechanism in vocab
                    and o.mechanism != c.mechanism and vocab.is_a(o.mechanism, c.mechanism) for o in claims)
    return [c for c in claims if not topic(c)]


def _without_restated(claims: list[MechanismClaim]) -> list[MechanismClaim]:
    """``claims`` without one that says again, naming no phase, what an earlier claim said with the phase formed in
    situ that does it ('Mg2Ni and CeH2.73 formed during cycling exert spillover effects' … 'merging spillover effects
    in one catalyst'): the same finding, restated."""
    phased = {(c.mechanism, c.host, c.additive, c.strategy) for c in claims if c.in_situ_phase}
    return [c for c in claims if c.in_situ_phase or (c.mechanism, c.host, c.additive, c.strategy) not in phased] \
        if phased else claims


def _merged(body: list[MechanismClaim], more: list[MechanismClaim]) -> list[MechanismClaim]:
    """``body`` with the claims of ``more`` it does not make already, in document order."""
    seen = {(c.mechanism, c.host, c.additive, c.strategy, c.in_situ_phase) for c in body}
    fresh = [c for c in more if (c.mechanism, c.host, c.additive, c.strategy, c.in_situ_phase) not in seen]
    return sorted([*body, *fresh], key=lambda c: c.source.start or 0) if fresh else body


def _studied_alloys(values: list) -> list[str]:
    """The metal alloys the document measured by themselves as the sample it hydrogenates (Mg90Ce5Y5 with no
    additive): a storage alloy, the host of what happens in it — not an alloy added to a hydride as its catalyst
    (CeNi milled with MgH2), which the records hold as an additive."""
    alone = {m.system.host.formula for m in values if not m.system.additives and m.system.host is not None}
    return sorted(a for a in alone if len(_metals(a)) > 1 and _elements(a) == _metals(a))


def _alloy_hosted(claims: list[MechanismClaim], values: list) -> list[MechanismClaim]:
    """Claims of sentences that name no host ('the CeH2.7 formed in situ acts as a hydrogen pump') in a document
    that measured one storage alloy by itself: a phase of that alloy's own metals, formed as it is hydrogenated, acts
    in the alloy — the alloy is the host and the phase its additive, the strategy the alloy's own (alloying). A phase
    holding any other metal is no part of it: such a claim stays a general remark, as before."""
    alloys = _studied_alloys(values)
    if len(alloys) != 1:
        return []
    alloy = alloys[0]
    out = []
    for c in claims:
        phase = c.in_situ_phase or c.additive
        if c.host is not None or not phase or phase == alloy or not _metals(phase) \
                or not _metals(phase) <= _metals(alloy) or c.additive not in (alloy, phase):
            continue
        strategy = c.strategy if c.strategy and sentence_wide(c.strategy) else \
            next(iter(_composition_strategies(alloy, ())), None)
        out.append(c.model_copy(update={"host": alloy, "additive": phase, "in_situ_phase": None,
                                        "strategy": strategy}))
    return out


def _studied_as_host(claims: list[MechanismClaim], values: list, sentences: list) -> list[MechanismClaim]:
    """A claim crediting an alloy the document measured by itself ('the melt-spun alloy' Mg–10Ni–2Mm, its own host)
    for what happens in a phase of it the document measured nothing for (Mg2NiH4 of the alloy's Mg2Ni, named in the
    sentence before): the studied alloy is the host — and the phase its additive where the claim has one or its own
    sentence credits it ('the in situ formed Mg2Ni acts as a hydrogen pump'), else nothing was added. (A phase of
    the alloy's own metals only: a hydride of other metals credited is a host of its own.)"""
    alone = {m.system.name for m in values if not m.system.additives}
    measured = alone | {m.system.host.formula for m in values}
    said = {getattr(s, "start", None): getattr(s, "text", "") or "" for s in sentences}
    out = []
    for c in claims:
        if c.additive in alone and c.host and c.host not in measured and len(_metals(c.additive)) > 1 \
                and _elements(c.additive) == _metals(c.additive) and _metals(c.host) <= _metals(c.additive):
            text = said.get(c.source.start, "")
            phase = c.in_situ_phase or next((w for w in _FORMULA_WORD.findall(text) if w != c.additive
                                             and _metals(w) == _metals(c.host) and _elements(w) == _metals(w)), None)
            # (a strategy the alloy's composition with its phase was read for goes: the alloy's own, as its records
            # have it, is the claim's; a way of making the sample the sentence names, 'nanocrystalline', stays)
            strategy = c.strategy if c.strategy and sentence_wide(c.strategy) else \
                next(iter(_composition_strategies(c.additive, ())), c.strategy)
            c = c.model_copy(update={"host": c.additive, "additive": phase, "in_situ_phase": None,
                                     "strategy": strategy})
        out.append(c)
    return out


def _in_document_applications(claims: list[MechanismClaim], values: list) -> list[MechanismClaim]:
    """The claims whose mechanism serves an application the document measured values for (its hkg:appliesTo, or
    one narrower or broader): 'an interface engineering strategy' in a paper that measured only hydrogen release
    names no ion conduction of an electrolyte. A document with no value of a known application keeps them all."""
    vocab = vocabulary()
    apps = {a for m in values if (a := application_of((m.property,))) is not None}
    if not apps:
        return claims

    def served(tid: str) -> bool:
        own = vocab.get(tid).applications if tid in vocab else ()
        return not own or any(a == b or vocab.is_a(a, b) or vocab.is_a(b, a) for a in own for b in apps) \
            or tid in _effects_of_strategies(frozenset(apps))
    return [c for c in claims if served(c.mechanism)]


@lru_cache(maxsize=8)
def _effects_of_strategies(apps: frozenset[str]) -> frozenset[str]:
    """The mechanisms that strategies serving ``apps`` stand for as a cause (hkg:effectMechanism): catalysis, which
    lowers the barriers of a conversion anode's reaction as of hydrogen release, has its catalytic effect there too
    ('TiH2 improves the conversion kinetics of MgH2' in an anode paper), whatever the effect's own appliesTo."""
    vocab = vocabulary()
    return frozenset(t.effect_mechanism for t in vocab.terms("Strategy") if t.effect_mechanism
                     and any(a == b or vocab.is_a(a, b) or vocab.is_a(b, a) for a in t.applications for b in apps))


def _with_measured(ctx: _Context, measured: tuple[list, list]) -> _Context:
    """``ctx`` knowing the document's measured samples: section → sample name → (system, properties), and the
    arrangements their records carry."""
    values, reports = measured
    for m in values:
        if m.system.additives:
            found = ctx.measured.setdefault(m.source.section, {}).setdefault(m.system.name, (m.system, set()))
            found[1].add(m.property)
    for r in reports:
        ctx.arranged.setdefault((r.source.section, r.system.name), set()).update(
            s for s in r.strategies if s in ARRANGEMENTS)
    return ctx


def _title_claims(title, source_id: str, body: list[MechanismClaim], measured: tuple) -> list[MechanismClaim]:
    """The claims of the document's title ("Interfacial conduction pathways in LiBH4/Al2O3 boost …"): a title
    states the paper's finding as a sentence does, so the same frames read it. Kept only when the title itself
    names the host and the additive credited (read on its own, no passage to lend a host or an additive: a
    bare mechanism word in a title is a topic, not a claim), and when the body claims none of the same
    mechanism for that host and additive (the body's claim is the one with the evidence)."""
    # (the samples the body measured name the additive as the document writes it: 'mesoporous SiO2' for a
    # title's 'SiO2')
    claims = claims_of_sentence(title, source_id, _with_measured(_Context(), measured))
    seen = {(c.mechanism, c.host, c.additive) for c in body}
    vocab = vocabulary()
    out = []
    for c in claims:
        if c.host is None or c.additive is None or (c.mechanism, c.host, c.additive) in seen:
            continue
        # ('Catalytic effect of … nanocatalysts on MgH2' over a body crediting their hydrogen-pump role): a broad
        # mechanism the title names as its topic is what the body's narrower claim for that pair says in full
        if c.mechanism in vocab and any(b.host == c.host and b.additive == c.additive and b.mechanism in vocab
                                        and vocab.is_a(b.mechanism, c.mechanism) for b in body):
            continue
        seen.add((c.mechanism, c.host, c.additive))
        out.append(c)
    return out


def _body_claims(sentences: Iterable, source_id: str, section_titles: dict[str, str] | None,
                 measured: tuple, unhosted: list[MechanismClaim] | None = None) -> list[MechanismClaim]:
    """The claims of the running text, in order; ``unhosted`` receives those whose sentence, paragraph and passage
    named no host (see ``_alloy_hosted``)."""
    ctx = _Context()
    sentences = list(sentences)
    ctx.text = "\n".join(getattr(s, "text", "") or "" for s in sentences)
    ctx.sentences = sentences
    # ('LiBH4@MC-NbF5 … the MC scaffold' after 'a mesoporous carbon scaffold': an abbreviation the text
    # uses without defining it, spelled by the initials of a material's name it wrote, is that material)
    for abbr, material in initialisms(ctx.text):
        ctx.abbreviations.setdefault(abbr, material)
        ctx.abbreviated.setdefault(abbr, material)
    _with_measured(ctx, measured)
    out: list[MechanismClaim] = []
    said: set = set()              # what the current paragraph credited already: one claim each
    # claims of a paragraph that has named no host yet, hosted by the passage before it: the host the
    # paragraph names next is theirs ('TiO2-x acts as a hotspot … This promotes the dehydrogenation of
    # MgH2' in a passage about LiBH4), else they keep the passage's
    pending: list[MechanismClaim] = []
    titles = section_titles or {}

    formed: dict[tuple[str, str], MechanismClaim] = {}   # (host, phase) → the claim that formed it in situ

    def keep(claims: list[MechanismClaim]) -> None:
        credited = {c.additive for c in claims if c.additive}
        for c in claims:
            if c.host is None:
                if unhosted is not None:
                    unhosted.append(c)
                continue          # no host named in the paragraph or its passage: a general remark
            c = _from_formed(c, formed)
            c = _from_said_formed(c, ctx) if not c.in_situ_phase else c
            c = _of_an_additives_elements(c, ctx, credited - {c.additive}) if not c.in_situ_phase else c
            if _host_product(c, ctx):
                continue
            if c.in_situ_phase and c.additive:
                formed.setdefault((c.host, c.in_situ_phase), c)
            key = (c.mechanism, c.host, c.additive, c.strategy, c.in_situ_phase)
            if key not in said:
                said.add(key)
                out.append(c)

    for sent in sentences:
        before = ctx.paragraphs
        title = titles.get(getattr(sent, "section", None) or "", "")
        # a summary, an outlook or a conclusion restates or hopes: no finding (its sentences are not read for claims)
        claims = claims_of_sentence(sent, source_id, ctx, restating=bool(_RESTATING.search(title)))
        if ctx.paragraphs != before:
            keep(pending)
            pending, said = [], set()
        claims = [_paragraph_strategy(_element_strategy(c, ctx, title), ctx) for c in claims]
        # (a phase credited is read against the additives given so far, while the sentence's passage is current)
        credited = {c.additive for c in claims if c.additive}
        claims = [c if c.in_situ_phase else _of_an_additives_elements(c, ctx, credited - {c.additive}) for c in claims]
        if not claims and not pending:
            continue              # (nothing to host: the paragraph's host is not sought for most sentences)
        topic = ctx.host()
        if topic is None:
            pending += claims
            continue
        if pending:
            keep([_rehosted(c, topic, ctx, title)
                  if not _same_host(c.host, topic) and (c.additive is None or _credited(c.additive, topic)) else c
                  for c in pending])
            pending = []
        keep(claims)
    keep(pending)
    return out


def _holds(system, sample: list[str]) -> bool:
    """Every additive of ``sample`` is a component of ``system`` or the catalyst of one on its support."""
    return all(any(f == a.formula or _supported(f, a.formula) for a in system.additives) for f in sample)


def _carbon_as_such(formula: str) -> bool:
    term = vocabulary().lookup(formula, "Material")
    return formula == "C" or term is not None and term.id == _CARBON


def _carbon_scaffold(system) -> str | None:
    """The formula of the one carbon of ``system`` that the ontology says confines what it holds (hkg:supportStrategy
    Nanoconfinement: 'carbon foam', 'CMK-3'), else None."""
    vocab = vocabulary()
    found = [a.formula for a in system.additives if a.term and a.term != _CARBON and a.term in vocab
             and vocab.is_a(a.term, _SUPPORTS[0]) and vocab.get(a.term).support_strategy == _NANOCONFINEMENT]
    return found[0] if len(found) == 1 else None


def _component_named(additive: str, components: list[str]) -> str | None:
    """The one component formula ``additive`` names: itself; else the catalyst on its support it is
    ('Fe' of 'Fe/CNTs', 'NiCoFeCuMg' of 'NiCoFeCuMg@C'; not the 'Ti' of a 'Pd/Ti' stack); else the one component
    of the same ontology material ('porous carbon' for 'ordered mesoporous carbon'); None when none or several."""
    if additive in components:
        return additive
    found = {c for c in components if _supported(additive, c)}
    if not found:   # 'the modified TiO2' of 'N, Nb-doped TiO2': the material the sample holds doped
        found = {c for c in components if _doped_form(additive, c)}
    if not found:
        vocab = vocabulary()
        term = vocab.lookup(additive, "Material")
        found = {c for c in components
                 if term is not None and getattr(vocab.lookup(c, "Material"), "id", None) == term.id}
    return next(iter(found)) if len(found) == 1 else None


def _named_with_architecture(additive: str, system) -> str | None:
    """The formula of the one component of ``system`` that is ``additive`` named with its architecture, as the
    document names it ('mesoporous SiO2' for a title's 'SiO2'; ingest.support_names), else None."""
    found = {c.formula for c in system.additives if _written_name(additive, c.formula, system) is not None}
    return next(iter(found)) if len(found) == 1 else None


def _written_name(additive: str, formula: str, system) -> str | None:
    """The name ``system`` writes its part ``formula`` with when that is ``additive`` after architecture words
    ('mesoporous SiO2' for SiO2), else None."""
    return next((c.text for c in system.additives if c.formula == formula and c.text and c.text != c.formula
                 and re.fullmatch(rf"(?:[a-z][\w-]*\s+){{1,3}}{re.escape(additive)}", c.text)), None)


def _doped_form(additive: str, component: str) -> bool:
    """``component`` is ``additive`` named with the dopants it carries ('N, Nb-doped TiO2' for TiO2)."""
    return component.endswith(additive) \
        and re.fullmatch(rf"{DOPANTS_DOPED}\s+{re.escape(additive)}", component) is not None


_SUPPORTED = re.compile(r"\(?(.+?)\)?\s*[@/]\s*[^@/]+")     # a catalyst and its support ('Ni@C', 'Fe/CNTs')


def _supported(additive: str, component: str) -> bool:
    """``component`` is ``additive`` written on its support ('Fe/CNTs' for Fe, not 'Pd/Ti' for Ti)."""
    m = _SUPPORTED.fullmatch(component)
    return m is not None and m.group(1) == additive and on_support(Component(formula=component))


def _from_formed(claim: MechanismClaim, formed: dict) -> MechanismClaim:
    """A phase the document said formed in situ from an additive ('NbTi nanocrystals formed in situ from
    the NbTiC MXene'), credited again later ('the catalytic activity of NbTi'), acts for that additive: the
    claim is the additive's, with the phase; a bare catalytic effect of it is its in-situ catalytic phase."""
    origin = formed.get((claim.host, claim.additive)) if claim.additive and not claim.in_situ_phase else None
    # (within the section that said so: a review's next section is about other samples — 'TiH2' formed from Ti3C2
    # in one study is not the TiH2 of a TiN@TiO2 sample in another)
    if origin is None or origin.source.section != claim.source.section:
        return claim
    mechanism = _IN_SITU_PHASE if claim.mechanism == _CATALYTIC and _IN_SITU_PHASE in vocabulary() \
        else claim.mechanism
    return claim.model_copy(update={"mechanism": mechanism, "additive": origin.additive,
                                    "in_situ_phase": claim.additive, "strategy": origin.strategy})


def _host_product(claim: MechanismClaim, ctx: _Context) -> bool:
    """Is the claim's additive a phase of the host's own elements that no sentence added to a sample and no measured
    sample holds ('Li2B12H12 precipitated at the interface' as LiBH4 oxidised)? Then the host made it: no additive."""
    additive, host = claim.additive, claim.host
    if not additive or not host or claim.in_situ_phase or additive in ctx.given(passage=True):
        return False
    own = _elements(additive)
    if len(own) < 2 or not own <= _elements(host) or _same_host(additive, host):
        return False
    # (a sentence that mills, mixes, adds or coats with it put it into a sample: 'Mixing NaCB11H12 with Na2B12H12')
    if any(additive in said.text and _PUT_INTO.search(said.text) for said in [*ctx.earlier, *ctx.previous]):
        return False
    return not any(additive in [a.formula for a in system.additives]
                   for section in ctx.measured.values() for system, _ in section.values())


# the verbs that put a material into a sample (the ontology's PreparationVerb words of milling, mixing, adding, doping
# and coating)
_PUT_INTO = re.compile(r"\b" + vocabulary().scheme_alternation("PreparationVerb", (
    "MillingStem", "MixingParticiple", "MixingGerund", "MixingPresent", "BlendingStem", "AddingParticiple",
    "AddingPresent", "AddingGerund", "AddingNominal", "DopingWord", "CoatingParticiple", "CoatingGerund",
    "CoatingPresent", "InfusingParticiple")), re.I)


def _from_said_formed(claim: MechanismClaim, ctx: _Context) -> MechanismClaim:
    """A material credited that an earlier sentence of the passage said an additive of the sample turned into ('Ti3C2
    partly converts into TiB2 … Such TiB2 could act as an active catalyst'): the additive's in-situ phase, as a phase
    said to form in the crediting sentence itself is (``_added``). Only a material the sample was not made with."""
    phase = claim.additive
    if not phase or not claim.host or phase in ctx.given(passage=True):
        return claim
    for said in [*reversed(ctx.previous), *reversed(ctx.earlier)]:
        # (the phase's name looked for before the forming verb: most of the passage's sentences do not name it)
        if getattr(said.sent, "start", None) == claim.source.start or phase not in said.text \
                or not _FORMING_START.search(said.text):
            continue
        parent = _formed_from(said.mentions, said.text, claim.host).get(phase)
        if parent is None or parent[1] not in ctx.given(passage=True):
            continue
        vocab = vocabulary()
        mechanism = _IN_SITU_PHASE if claim.mechanism == _CATALYTIC and _IN_SITU_PHASE in vocab else claim.mechanism
        strategy = _catalyst_strategy(claim.host, parent[1], _application(mechanism)) or claim.strategy
        return claim.model_copy(update={"mechanism": mechanism, "additive": parent[1], "in_situ_phase": phase,
                                        "strategy": strategy})
    return claim


def _of_an_additives_elements(claim: MechanismClaim, ctx: _Context, credited: Iterable[str]) -> MechanismClaim:
    """A phase credited with catalysis that the sample was not made with, of the host's elements and those of one
    additive the passage gave it, among them one the host lacks ('MgH2 with MoS2 … attributed to the presence of MgS
    and Mo which catalyze …': MgS): it can only have formed from that additive in the sample — its in-situ phase.
    (The additives: the passage's, the document's measured samples', those ``credited`` beside it, and the materials
    the passage's earlier sentences name.)
    A phase that more than one additive could have given, or one of an additive's own elements ('Mo' of MoS2), is left
    as written."""
    phase, host = claim.additive, claim.host
    if claim.mechanism != _CATALYTIC or not phase or not host or _IN_SITU_PHASE not in vocabulary():
        return claim
    given = ctx.given(passage=True) | set(credited) | {
        a.formula for systems in ctx.measured.values() for system, _ in systems.values() for a in system.additives} | {
        f for said in [*ctx.earlier, *ctx.previous] if said.sent is not None
        and getattr(said.sent, "start", None) != claim.source.start for _, f, _ in said.mentions}
    if phase in given:
        return claim
    own, host_els = _elements(phase) - {"H", "D"}, _elements(host)
    # (a phase of the additive's elements alone, 'Fe' of Fe/CNTs, may be its own part: only a compound that took an
    # element of the host with it is known to have formed)
    parents = [a for a in sorted(given) if a != phase and own <= host_els | _elements(a)
               and own & (_elements(a) - host_els) and own - _elements(a)]
    if len(parents) != 1 or not own - host_els:
        return claim
    strategy = _catalyst_strategy(host, parents[0], _application(_IN_SITU_PHASE)) or claim.strategy
    return claim.model_copy(update={"mechanism": _IN_SITU_PHASE, "additive": parents[0], "in_situ_phase": phase,
                                    "strategy": strategy})


def _rehosted(claim: MechanismClaim, host: str, ctx: _Context, title: str) -> MechanismClaim:
    """``claim`` given the host its paragraph named after it; a strategy its composition could not show
    without a host is looked for again (the composition, the paragraph, the heading)."""
    claim = claim.model_copy(update={"host": host})
    if claim.strategy is None and claim.additive:
        shown = _strategy([], host, claim.additive, application=_application(claim.mechanism))
        claim = _paragraph_strategy(_element_strategy(claim.model_copy(update={"strategy": shown}), ctx, title), ctx,
                                    upto_last=True)
    return claim


# headings of passages that restate what came before or look ahead (English words, not vocabulary)
_RESTATING = gated(re.compile(r"(?=[cfops])\b(?:summary|outlook|conclusions?|concluding|perspectives?|"
                               r"future\s+directions?)\b", re.I))


def _element_strategy(claim: MechanismClaim, ctx: _Context, title: str) -> MechanismClaim:
    """A bare element credited ('multivalent Ti', 'Nb and V … through electron transfer') names no
    compound: whether it acts as a metal or in a compound is what the paragraph, else its heading,
    says ('2.1.2. Metal-Based Compounds': metal compound catalysis), when that is a catalysis kind
    the composition alone (Ti: metal catalysis) would not give."""
    if not claim.additive or not re.fullmatch(r"[A-Z][a-z]?", claim.additive) or not claim.strategy:
        return claim
    vocab = vocabulary()
    if _CATALYSIS not in vocab or not vocab.is_a(claim.strategy, _CATALYSIS):
        return claim
    named = ctx.named_strategy(_CATALYSIS) or [t for t in find_terms(title, ("Strategy",))
                                               if vocab.is_a(t, _CATALYSIS)][:1]
    if not named or vocab.is_a(claim.strategy, named[0]) or vocab.is_a(named[0], claim.strategy):
        return claim
    return claim.model_copy(update={"strategy": named[0]})


def _paragraph_strategy(claim: MechanismClaim, ctx: _Context, upto_last: bool = False) -> MechanismClaim:
    """A claim whose sentence names no strategy and whose additive's composition shows none (carbon
    in MgH2) takes the strategy the last sentence of its paragraph naming that additive with a strategy
    named ('a composite catalyst of ZrO2 on a carbon matrix … carbon materials facilitate hydrogen
    dissociation': composite catalysis), else nanoconfinement for a scaffold of the ontology."""
    if claim.strategy is not None or claim.additive is None:
        return claim
    vocab = vocabulary()
    for said in reversed(ctx.previous if upto_last else ctx.previous[:-1]):
        if claim.additive not in said.added():
            continue
        found = [t for t in said.strategies() if t in vocab]
        if found:
            return claim.model_copy(update={"strategy": found[0]})
    # none named with it: a support the ontology makes a scaffold (SBA-15, N-doped carbon) confines the host —
    # unless the document measured it as a milling aid, which holds no hydride (README: no confinement follows)
    placed = _placed_system(claim.host, claim.additive) if claim.host else None
    if placed is not None and _NANOCONFINEMENT in vocab and not _milling_aid(claim, ctx):
        return claim.model_copy(update={"strategy": _NANOCONFINEMENT})
    return claim


def _milling_aid(claim: MechanismClaim, ctx: _Context) -> bool:
    """Did the section measure the claim's additive in its host's sample as a milling aid (the role MillingAid)?"""
    measured = ctx.measured_as(claim.host, claim.additive)
    return measured is not None and any(a.formula == measured[1] and a.role == ROLES["milling_aid"]
                                        for a in measured[2].additives)


# Strategies: the nano forms (particles, wires, films …) a material is made in; confinement in a scaffold
_NANO, _NANOCONFINEMENT = "Nanoengineering", "Nanoconfinement"
_CARBON = "Carbon"     # the ontology's term for carbon as such ('C', 'carbon')


_MEANS = re.compile(r"(?:\s+of\s+(?:the\s+)?[^\s,;]+)?\s+(?:through|via|by(?:\s+means\s+of)?)\s+(?:the\s+|an?\s+)?"
                    r"(?:[\w-]+\s+)?", re.I)


# 'in the reactive hydride composite', 'for this composite': a sample named by its strategy, as where something acts
_IN_NAMED_SAMPLE = re.compile(r"\b(?:in|within|for)\s+(?:the|this|that|these|those|such)\s+$", re.I)


def _named_sample(text: str, named: list[str], ctx: _Context, said: _Said) -> tuple[str, str] | None:
    """(strategy, host) where the sentence names the sample a material acts in by a strategy of ``named``
    ('the Ti-based additive in the reactive hydride composite'): the host of the last system the sentence or
    its passage wrote that the composition rules give that strategy (or a narrower one); else None."""
    vocab = vocabulary()
    for t in named:
        if not any(_IN_NAMED_SAMPLE.search(text, max(0, at - 30), at) for at, _ in _label_places(text, t)):
            continue
        for earlier in [said, *reversed(ctx.previous), *reversed(ctx.earlier)]:
            for _, _, system in reversed(earlier.mentions):
                if getattr(system, "additives", None) and any(
                        st == t or st in vocab and vocab.is_a(st, t) for st in _system_strategies(system)):
                    return t, _host_of_system(system)
    return None


@per_document(maxsize=256)   # (the strategies a sentence names are placed for it, then for the sample they name)
@lru_cache(maxsize=4096)
def _label_word(label: str) -> re.Pattern[str]:
    """An ontology label as a whole word in any case. (Compiled once per label and kept here: a few hundred labels
    written into re's module-level calls filled its cache of 512 patterns, so every extraction compiled them and
    others anew.)"""
    return re.compile(rf"(?<![\w-]){re.escape(label)}(?![\w-])", re.I)


@per_document(maxsize=1024)   # (a sentence's strategy labels are looked for again for each claim made of it)
def _label_places(text: str, tid: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each label of ``tid`` written as a word in ``text`` (in any case), label by label."""
    # (a label is searched for only where the lower-cased text holds it: most of a term's labels are not in a sentence)
    return tuple(m.span() for label in vocabulary().get(tid).labels
                 if not label.isascii() or may_say(text, (label.lower(),))
                 for m in _label_word(label).finditer(text))


def _named_strategies(text: str, mentions) -> list[str]:
    """Strategies the sentence names, without a nano form said only of a material that stores no
    hydrogen ('Au metal nanoparticles' credit no nanosizing; 'MgH2 nanoparticles', 'Mg thin films' do)."""
    vocab = vocabulary()
    out = []
    for t in find_terms(text, ("Strategy",)):
        nano = _NANO in vocab and vocab.is_a(t, _NANO)
        places = list(_label_places(text, t))
        # 'the alloying of CoNi': a strategy said of the additive tells how it was made, not the host;
        # 'nanosized MgO particles': a nano form written before a material is that material's
        owners = [_owner_after(text, end, mentions) or (_owner_next(text, end, mentions) or _owner(text, at, mentions)
                                                        if nano else None)
                  for at, end in places]
        if places and all(o is not None and not _is_host(o) for o in owners):
            continue
        out.append((t, places))
    # 'destabilization through nanoconfinement', 'catalysis by alloying': the strategy written after
    # 'through'/'by'/'via' is the means, the one before it what that means achieves
    means = [(t, places) for t, places in out if places and all(
        any(_MEANS.fullmatch(text, end, at) for u, other in out if u != t for at, _ in other if at > end)
        for _, end in places)]
    # ('the single-atom Ni weakens …', 'Ni single atoms': how the catalyst is arranged, said by a form word beside it)
    arranged = [m.term for m in catalyst_arrangements(text, nlp_mentions(text)) if m.term]
    return list(dict.fromkeys([t for t, places in out if (t, places) not in means or len(means) == len(out)]
                              + arranged))


def _host_forms(text: str) -> list[str]:
    """Strategies a form noun right after a storage material names ('MgH2 nanoparticles shorten …':
    nanosizing), read as the records read them; a catalyst's form ('ZrO2 nanoparticles') names none."""
    return list(dict.fromkeys(m.term for m in form_strategies(nlp_mentions(text), text) if m.term))


def _owner_after(text: str, end: int, mentions) -> str | None:
    """The material a strategy word is said of ('alloying of CoNi'), as its host formula; else None."""
    of = re.compile(r"\s+of\s+(?:the\s+)?").match(text, end)
    if of is None:
        return None
    for pos, f, system in mentions:
        if pos == of.end():
            return _host_of_system(system) if system is not None else f
    return None


# what may stand before a sentence's subject: an article and one describing word ('The resulting')
_SUBJECT_OPENING = re.compile(r"\W*(?:(?:the|this|these|such)\s+)?(?:[a-z][\w-]*\s+)?", re.I)


def _host_is_subject(text: str, mentions, host: str | None) -> bool:
    """The sentence opens with the host ('The resulting MgH2 particles have …')."""
    first = mentions[0] if mentions else None
    return first is not None and _same_host(first[1], host) and bool(_SUBJECT_OPENING.fullmatch(text, 0, first[0]))


def _host_form_acts(text: str, at: int, mentions, host: str | None) -> bool:
    """A nano form of the host named before the phrase at ``at`` is what acts ('The nanocrystals of
    MgH2 provide shorter diffusion paths', 'Nanosized MgH2 particles shorten …'), not an additive."""
    vocab = vocabulary()
    head = text[:at]
    for t in find_terms(head, ("Strategy",)):
        if _NANO not in vocab or not vocab.is_a(t, _NANO):
            continue
        for label in vocab.get(t).labels:
            for m in _label_word(label).finditer(head):
                owner = _owner_after(text, m.end(), mentions) or _owner_next(text, m.end(), mentions)
                if owner is not None and _same_host(owner, host):
                    return True
    return False


def _host_product_acts(text: str, at: int, mentions, host: str | None) -> bool:
    """'The Mg formed in situ acts as a nucleation site' (MgH2 milled with Nb2O5), 'Ni formed in situ eases the
    electron transport' (a Mg2NiH4 anode): the subject before the phrase at ``at`` is made of the host's own
    elements and said formed in situ — a product of the host acts, not the sample's additive."""
    if not host or not _said_in_situ(text[:at]):
        return False
    own = _elements(host) - {"H", "D"}
    return any(pos < at and _SUBJECT.fullmatch(text, 0, pos) and (els := _elements(f) - {"H", "D"}) and els <= own
               for pos, f, _ in mentions)


def _owner_next(text: str, end: int, mentions) -> str | None:
    """The material written right after a word ending at ``end`` ('nanosized MgO'), as its host formula."""
    gap = re.compile(r"\s+").match(text, end)
    for pos, f, system in mentions:
        if gap is not None and pos == gap.end():
            return _host_of_system(system) if system is not None else f
    return None


def _owner(text: str, at: int, mentions) -> str | None:
    """The material written right before position ``at``, at most one plain word between ('Au' of
    'Au metal nanoparticles'), as its host formula; None when there is none."""
    words = list(re.finditer(r"\S+", text[max(0, at - 60):at]))[-2:]
    base = max(0, at - 60)
    for k, w in enumerate(reversed(words)):
        for pos, f, system in mentions:
            if pos == base + w.start():
                return _host_of_system(system) if system is not None else f
        # (a describing word may stand between, 'Au metal nanoparticles'; a grammar word may not: 'catalysis by TiF3
        # and nanoconfinement' names TiF3 beside the confinement, not a nano form of it)
        if k == 0 and (not re.fullmatch(r"[a-z]+", w.group(0)) or w.group(0) in _GRAMMAR_WORDS):
            return None
    return None


_GRAMMAR_WORDS = frozenset({"and", "or", "by", "with", "in", "of", "to", "from", "for", "as", "than", "via"})
