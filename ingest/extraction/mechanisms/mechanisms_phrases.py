"""The ontology's mechanism phrases and where a text writes them (``find_mechanisms``, ``names_any_mechanism``): labels
compared word by word on crude stems ('weakens the Mg–H bonds', 'weakening Mg–H bond'), with a few words between
('weakens the strong Mg–H bonds'), in the passive ('the Mg–H bond is weakened'), a head noun two phrases share
('nucleation and growth sites'); a label as a whole word; the one application a mechanism serves. Apart because it
reads words only, no materials.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ingest.extraction.text.mechanisms_words import FORMULA_WORD, RUN_GAP, WORD_HYPHEN
from ontology.text_memo import per_document
from ontology.vocabulary import fold, vocabulary
from ontology.word_gate import may_say

from .mechanisms_materials import is_host

# '*d*-band': emphasis inside a word; '$d$ -band': a one-letter word set apart from its hyphen by markup
_WORD = re.compile(r"[a-z0-9δ+]+(?:\*?(?:(?<=\b[a-z])\s)?[-/][a-z0-9δ+]+)*")


# articles and forms of 'to be' carry no meaning in a phrase: "the high-temperature phase is
# stabilized" reads as "high-temperature phase stabilized"
_ARTICLES = frozenset({"the", "a", "an", "is", "are", "was", "were", "be", "been"})


_FAMILY_SIZE = 3          # a term with this many narrower mechanisms is a family, not a mechanism


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


@per_document(maxsize=16)
def _host_words(text: str) -> frozenset[str]:
    """The host hydrides ``text`` writes as a formula word ('LiBH4', 'MgH2')."""
    return frozenset(w for w in FORMULA_WORD.findall(text) if "H" in w and is_host(w))


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """Every stem a mechanism label is written with."""
    return frozenset(w for families in (False, True) for entries in _phrases(families).values()
                     for key, _ in entries for w in key)


def names_any_mechanism(text: str) -> bool:
    """Does ``text`` name a mechanism, of a family or not? (One look at the set of its words first.)"""
    stems = _stem_set(WORD_HYPHEN.sub(" ", fold(text)))
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


_ALLOYED_BOND = re.compile(r"\b([a-z]{1,2})\([a-z]{1,2}(?:,\s?[a-z]{1,2})*\)(-[a-z]{1,2}\b)")


@per_document(maxsize=16)   # (a sentence's phrases are asked for by the gate and by its claims: read once per sentence)
def _found(text: str, families: bool) -> tuple[tuple[str, int, int], ...]:
    """(term id, start, end) of every mechanism phrase in ``text`` (offsets in ``fold(text)``, which
    keeps the length of markup-free text), longest phrases first, not overlapping. ``families``: the
    phrases of family terms instead ('a catalytic effect'), which name a mechanism only where the
    sentence credits a material with them (``_credited_families``)."""
    phrases = _phrases(families)
    # ('formed in-situ', 'the in-situ-formed Ti'): the hyphens of 'in situ' are spaces, as its labels write it (one
    # character for one: the offsets stay the text's)
    folded = WORD_HYPHEN.sub(" ", fold(text))
    if "(" in folded:
        # ('weaken the Mg(Ni)–H bonds', 'the Mg(Al)-H bond'): a bond of a metal with another alloyed into it is that
        # metal's bond with hydrogen, read as 'mg-h' (padded to keep the offsets)
        folded = _ALLOYED_BOND.sub(lambda m: (m.group(1) + m.group(2)).ljust(len(m.group())), folded)
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
                                 and RUN_GAP.fullmatch(folded, words[i][2], words[i + 1][1])
                                 and RUN_GAP.fullmatch(folded, words[i + 1][2], words[i + 2][1])), (None, None))
            if end is None and i + 3 < len(words) \
                    and _COORDINATED_PROCESS.fullmatch(folded, words[i + 1][1], words[i + 3][1]):
                # 'the hydrogen adsorption and dissociation': a process noun set beside the label's second word shares
                # its first ('hydrogen dissociation')
                end, tid = next(((i + 4, tid) for key, tid in by_second.get(stems[i + 3], ()) if len(key) == 2
                                 and RUN_GAP.fullmatch(folded, words[i][2], words[i + 1][1])), (None, None))
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
        if not RUN_GAP.fullmatch(folded, words[j - 1][2], words[j][1]):
            # a short aside in brackets inside the label is passed over ('the high-temperature [hexagonal]
            # phase'): the words in it are the aside's, not the label's
            aside = _ASIDE.match(folded, words[j - 1][2])
            if aside is None:
                return None
            while j < len(words) and words[j][1] < aside.end():
                j += 1
            if j >= len(words) or not RUN_GAP.fullmatch(folded, aside.end(), words[j][1]):
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


def _application(tid: str) -> str | None:
    """The one application a mechanism serves (its ``hkg:appliesTo``), else None: an oxide credited
    with interfacial conduction or amorphization makes a composite electrolyte, not a catalyst."""
    vocab = vocabulary()
    apps = vocab.get(tid).applications if tid in vocab else ()
    return apps[0] if len(apps) == 1 else None


@per_document(maxsize=256)   # (the strategies a sentence names are placed for it, then for the sample they name)
@lru_cache(maxsize=4096)
def label_word(label: str) -> re.Pattern[str]:
    """An ontology label as a whole word in any case. (Compiled once per label and kept here: a few hundred labels
    written into re's module-level calls filled its cache of 512 patterns, so every extraction compiled them and
    others anew.)"""
    return re.compile(rf"(?<![\w-]){re.escape(label)}(?![\w-])", re.I)


@per_document(maxsize=1024)   # (a sentence's strategy labels are looked for again for each claim made of it)
def label_places(text: str, tid: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each label of ``tid`` written as a word in ``text`` (in any case), label by label."""
    # (a label is searched for only where the lower-cased text holds it: most of a term's labels are not in a sentence)
    return tuple(m.span() for label in vocabulary().get(tid).labels
                 if not label.isascii() or may_say(text, (label.lower(),))
                 for m in label_word(label).finditer(text))
