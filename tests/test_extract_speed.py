"""What extraction remembers to be fast gives what it computed before: the trie regex of the
ontology's labels, the tokenizer's remembered affix searches, the per-unit label words of
choose_property and the narrowed markup scan. Sentences are written for these tests."""
from __future__ import annotations

import random
import re

import pytest
from rdflib.namespace import SKOS

from ingest.extraction.text.nlp import clean_text, pipeline
from ontology.literal_patterns import alternation

_IN_SCHEME = SKOS.inScheme


# ------------------------------------------------------------------------------ literal patterns
def _sorted_alternation(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORDS = ["ab", "abc", "abcd", "a-b", "ab c", "b", "bc", "x.y", "x", "mg", "mgh2", "mg(bh4)2"]


@pytest.mark.parametrize("context", [r"(?<![\w-])(?:{})(?![\w-])", r"(?<![\w-])(?:{})(?![\w])", "{}"])
def test_trie_finds_what_the_longest_first_alternation_finds(context):
    rnd = random.Random(7)
    pieces = ["ab", "abc", "abcd", "abce", "a-b", "ab c", "ab cd", "x.y", "x.", "b-", "bc", "abcdx", "mgh2",
              "mg(bh4)2", "mg(bh4)", "mgh"]
    text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", "-", ".", ",", "("]) for _ in range(3000))
    old = re.compile(context.format(_sorted_alternation(_WORDS)))
    new = re.compile(context.format(alternation(_WORDS)))
    found = [(m.start(), m.end()) for m in new.finditer(text)]
    assert found == [(m.start(), m.end()) for m in old.finditer(text)]
    assert len(found) > 100


def test_trie_falls_back_to_a_shorter_word_when_the_longer_one_is_cut():
    # 'abcd' matches 'abcde' only in part: the boundary refuses it, 'ab c' is not there, 'abc' ... 'ab'
    pattern = re.compile(rf"(?:{alternation(['ab', 'abcd', 'abx'])})(?![\w])")
    assert [m.group(0) for m in pattern.finditer("abcd ab abcde ab-")] == ["abcd", "ab", "ab"]


def test_trie_of_no_words_matches_nothing():
    assert re.compile(alternation([])).search("anything") is None


@pytest.mark.parametrize("words, in_trie", [
    ({"compared with", "compared to", "compare", "unlike", "versus", "vs."}, 6),
    ({"dope", "doped", "doping"}, 3),
    ({"catalys*", "milled", "mix*"}, 1),   # (word beginnings that start no other word, nor are started by one: apart)
    ({"dope", "Doped", "doping", "milled"}, 2),   # ('Doped' starts with 'dope' in any case only: those two sorted)
    ({"catalys*", "catalyst", "catalysts", "mill"}, 1),   # (a word beginning other words start with)
    ({"dop*", "do", "mill"}, 1),           # (a word that starts a word beginning)
    ({"naïve", "naive"}, None),            # (a letter that folds otherwise than ASCII: no trie at all)
])
def test_a_schemes_words_are_a_trie_only_where_it_finds_the_same(words, in_trie):
    """How many words the trie holds (the rest are sorted as before, or word beginnings on their own)."""
    from ontology.vocabulary import _as_trie
    found = _as_trie(words)
    if in_trie is None:
        assert found is None
        return
    trie = re.compile(found[0])
    assert sum(trie.fullmatch(w) is not None for w in words if not w.endswith("*")) == in_trie


@pytest.mark.parametrize("flags", [re.I, 0])
def test_scheme_alternation_as_a_trie_finds_what_the_sorted_words_find(flags):
    """Every scheme of the ontology whose words make a trie: the same matches, in a case-blind pattern and in one that
    heeds case, in a text of its words cut, joined and written in both cases, with a boundary after them."""
    from ontology.vocabulary import _as_trie, vocabulary
    vocab = vocabulary()
    rnd = random.Random(11)
    tried = 0
    for scheme in sorted({str(o).rsplit("#", 1)[-1] for o in vocab.graph.objects(None, _IN_SCHEME)}):
        words = set(vocab.scheme_words(scheme))
        if not words or _as_trie(words) is None:
            continue   # (none: every scheme's letters fold as ASCII's)
        tried += 1
        written = [w.removesuffix("*") for w in words]
        pieces = [w[:rnd.randint(1, len(w))] for w in written] + written
        text = " ".join((p.upper() if rnd.random() < 0.2 else p) + rnd.choice(["", "s", " of", "-", "ly"])
                        for p in rnd.choices(pieces, k=400))
        spelled = "|".join(re.escape(w.removesuffix("*")) + (r"\w*" if w.endswith("*") else "")
                           for w in sorted(words, key=lambda w: (-len(w), w)))
        old = re.compile(rf"(?:{spelled})(?![\w-])", flags)
        new = re.compile(rf"{vocab.scheme_alternation(scheme)}(?![\w-])", flags)
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], scheme
    assert tried >= 40


# ------------------------------------------------------------------------------ tokenizer
_SENTENCES = ["The Li4(BH4)3I@SBA-15 composite (cf. e.g. Fig. 2) conducts 1.2 × 10^-4 S cm-1 at 30 °C.",
              "MgH2–5 wt% Nb2O5 releases 6.1 wt% H2 at 250 °C; LiBH4's melting point is 280 °C.",
              "Pre-milled Mg(BH4)2·2NH3 (ca. 10 nm) and x-ray-amorphous Ti-doped NaAlH4, i.e. the catalyst."]


def _tokens(text):
    return [(t.text, t.whitespace_) for t in pipeline().make_doc(text)]


def test_remembered_affix_searches_tokenize_a_text_the_same_every_time():
    first = [_tokens(s) for s in _SENTENCES]
    for s in reversed(_SENTENCES):            # other documents in between
        _tokens(s + " " + s.upper())
    assert [_tokens(s) for s in _SENTENCES] == first
    assert ("Li4(BH4)3I@SBA-15", " ") in first[0] and ("(", "") in first[0]


def test_remembered_infix_matches_can_be_read_twice():
    tok = pipeline().tokenizer
    word = "x-ray-amorphous…Ti"
    once = [(m.start(), m.end()) for m in tok.infix_finditer(word)]
    again = [(m.start(), m.end()) for m in tok.infix_finditer(word)]
    assert once == again and once        # a cached iterator would be empty the second time


def test_remembered_searches_answer_as_the_regexes_they_wrap():
    tok = pipeline().tokenizer
    for word in ["(MgH2),", "“LiBH4”.", "25°C", "10^-4", "mol-1.", "LiBH4–MgH2", "(e.g."]:
        assert tok.prefix_search(word) == tok.prefix_search.__wrapped__(word) or \
            tok.prefix_search(word).span() == tok.prefix_search.__wrapped__(word).span()
        s, raw = tok.suffix_search(word), tok.suffix_search.__wrapped__(word)
        assert (s and s.span()) == (raw and raw.span())
        assert bool(tok.token_match(word)) == bool(tok.token_match.__wrapped__(word))


# ------------------------------------------------------------------------------ markup scan
@pytest.mark.parametrize("raw, clean", [
    ("MgH2 [12] and LiBH4 [3–5].", "MgH2 and LiBH4."),
    (r"2.5 \cdot 10^{-3} S cm^{-1}", "2.5·10^-3 S cm^-1"),
    (r"2.5   \cdot  10", "2.5·10"),
    ("a\u00a0b\u2009c\u202fd  e", "a b c d e"),
    ("the [BH4]- anion", "the [BH4]- anion"),
    ("x (3) y - z", "x (3) y - z"),
])
def test_markup_scan_reads_spaces_before_citations_and_products(raw, clean):
    assert clean_text(raw).text == clean


def test_markup_scan_keeps_the_citation_keys_after_a_space():
    c = clean_text("Ni was used [7, 9] in MgH2 [21a, 23–25].")
    assert [keys for _, keys in c.cites] == [["7", "9"], ["21a", "23", "24", "25"]]


# ------------------------------------------------------------------------------ choose_property
def test_label_words_per_unit_are_those_of_the_cue_table():
    from ingest.extraction.text.quantity_text import compatible_keys
    from ingest.extraction.values.property_cues import _label_words, cue_table as _cue_table, generic_words

    for unit in ["degC", "K", "kJ/mol", "wt%", "mS/cm", "nm", "mAh/g", "MPa", "%"]:
        props, conds = compatible_keys(unit)
        cands = list(props) + list(conds)
        shared = None
        for k in cands:
            ws = {w for lab in _cue_table().get(k, []) for w in lab}
            shared = ws if shared is None else shared & ws
        generic = shared if len(cands) > 1 else set()
        assert generic_words(tuple(cands)) == frozenset(generic or ())
        for k in cands:
            labels, own = _label_words(k, frozenset(generic or ()))
            expected = [tuple(w for w in lab if w not in generic) for lab in _cue_table().get(k, [])]
            assert list(labels) == [lab for lab in expected if lab]
            assert own == {w for lab in expected for w in lab}


# ------------------------------------------------------------------------------ garbage collector
def test_the_built_pipeline_is_frozen_out_of_the_garbage_collector():
    import gc

    from ontology.vocabulary import vocabulary

    pipeline()
    assert gc.get_freeze_count() > 10_000
    tracked = {id(o) for o in gc.get_objects()}
    assert id(vocabulary().graph) not in tracked and id(pipeline()) not in tracked


def test_extraction_pauses_the_collector_and_gives_it_back(monkeypatch):
    import gc

    import ingest.extract as extract

    seen = []
    monkeypatch.setattr(extract, "parse_document", lambda text: seen.append(gc.isenabled()) or 1 / 0)
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError):
        extract.extract_text("# A paper\n\nMgH2 releases 6 wt% at 300 °C.\n")
    assert seen == [False] and gc.isenabled()       # paused inside, back on after a failure too
    gc.disable()
    try:
        with pytest.raises(ZeroDivisionError):
            extract.extract_text("# A paper\n")
        assert not gc.isenabled()                   # a caller that had paused it keeps it paused
    finally:
        gc.enable()


# ------------------------------------------------------------------------------ mentions
def test_mentions_are_the_entities_the_pipeline_components_set():
    from ingest.extraction.text.nlp import Mention, mentions

    text = ("In addition, MgH2 – LiBH4 was made by ball milling and studied by XRD; MgH2-5 wt% Nb2O5 and "
            "Li4(BH4)3I@SBA-15 conduct 10^-4 S cm-1 at 300 K. As shown, the Mg–Ni system and graphene "
            "catalyse hydrogen spillover in magnesium hydride.")
    doc = pipeline()(text)                          # the components, one after the other, via doc.ents
    expected = [Mention(e.label_, e.text, e.start_char, e.end_char, e.ent_id_ or None) for e in doc.ents]
    assert mentions(text) == expected
    assert {m.kind for m in expected} >= {"SYSTEM", "SynthesisMethod", "Technique"}
    assert any(m.term for m in expected) and any(m.term is None for m in expected)


# ------------------------------------------------------------------------------ first-letter lookaheads
def _first_chars(seq):
    """The characters a match of parsed ``seq`` can start with, or None when that cannot be told
    (a category such as \\w, a part that may be empty, any character)."""
    import re._constants as c

    for op, av in seq:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue                                  # zero-width: the next part starts the match
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN:
            chars = set()
            for o, a in av:
                if o is c.LITERAL:
                    chars.add(chr(a))
                elif o is c.RANGE and a[1] - a[0] < 300:
                    chars.update(chr(x) for x in range(a[0], a[1] + 1))
                else:
                    return None
            return chars
        if op is c.BRANCH:
            parts = [_first_chars(b) for b in av[1]]
            return None if any(p is None for p in parts) else set().union(*parts)
        if op is c.SUBPATTERN:
            return _first_chars(av[-1])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            return _first_chars(av[2])
        return None
    return None


def _gated(seq):
    """(the characters of a leading ``(?=[...])``, the first characters of the rest) of parsed ``seq``,
    or None when it does not open with such a lookahead."""
    import re._constants as c

    if not seq or seq[0][0] is not c.ASSERT or seq[0][1][0] != 1:
        return None
    gate = _first_chars(seq[0][1][1])
    rest = _first_chars(list(seq)[1:])
    return None if gate is None else (gate, rest)


def test_a_first_letter_lookahead_admits_every_first_letter_of_its_pattern():
    # A pattern opening with '(?=[abc])' skips the positions where no alternative can start (a search
    # of a keyword pattern is several times faster). An alternative added later that starts with
    # another letter would never match: this names the pattern to widen the lookahead of.
    import importlib
    import pkgutil
    import re._parser as parser

    import ingest
    from ontology.word_gate import Gated

    checked, wrong = 0, []
    for info in pkgutil.walk_packages(ingest.__path__, "ingest."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            value = value.pattern if isinstance(value, Gated) else value   # (a gated pattern: the pattern behind it)
            if not isinstance(value, re.Pattern) or not value.pattern.startswith("(?="):
                continue
            parsed = list(parser.parse(value.pattern, value.flags))
            branches = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is re._constants.BRANCH else [parsed]
            fold = str.lower if value.flags & re.I else (lambda s: s)
            for branch in branches:
                found = _gated(list(branch))
                if found is None or found[1] is None:
                    continue
                checked += 1
                if not {fold(x) for x in found[1]} <= {fold(x) for x in found[0]}:
                    wrong.append(f"{info.name}.{name}: add {sorted(found[1] - found[0])} to its lookahead")
    assert not wrong, wrong
    assert checked >= 25


def test_a_first_letter_lookahead_changes_no_match():
    from ingest.extraction.samples.material_cues import ADDITIVE_CUE, COMPARED_CLAUSE
    from ingest.extraction.values.value_roles import THEORETICAL

    text = ("Unlike the bulk, MgH2 doped with 5 wt% Nb2O5 THAN before; owing to its high gravimetric capacity, "
            "theoretically close to the theoretical value, Compared with LiBH4 milled with ")
    for pattern in (ADDITIVE_CUE, COMPARED_CLAUSE, THEORETICAL.pattern):   # (THEORETICAL is gated: its pattern)
        plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)|(?<=\|)\(\?=\[[^\]]*\]\)|^\(\?=\w\)", "", pattern.pattern),
                           pattern.flags)
        assert plain.pattern != pattern.pattern
        for cut in range(len(text)):
            a, b = pattern.search(text, 0, cut), plain.search(text, 0, cut)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("flags", [re.I, 0])
def test_role_nouns_as_a_trie_find_what_the_sorted_nouns_find(flags):
    """The role nouns' trie, with a dash or space between words, finds what their longest-first alternation finds: in
    a text of the nouns cut, joined by spaces, hyphens, dashes and slashes, in both cases, with a word boundary after."""
    from ontology.role_words import _BETWEEN_WORDS, role_noun_alternation, role_nouns
    nouns = list(role_nouns())
    rnd = random.Random(5)
    pieces = [n[:rnd.randint(1, len(n))] for n in nouns] + nouns
    joins = [" ", "-", "–", "/", " - ", "  "]
    text = " ".join((p.upper() if rnd.random() < 0.2 else p).replace(" ", rnd.choice(joins)) + rnd.choice(["", "s", ","])
                    for p in rnd.choices(pieces, k=1500))
    spelled = "|".join(_BETWEEN_WORDS.join(re.escape(w) for w in n.split())
                       for n in sorted(nouns, key=lambda n: (-len(n), n)))
    old = re.compile(rf"(?:{spelled})\b", flags)
    new = re.compile(rf"{role_noun_alternation()}\b", flags)
    found = [m.span() for m in new.finditer(text)]
    assert found == [m.span() for m in old.finditer(text)] and len(found) > 300


@pytest.mark.parametrize("words", ["the onset temperature dropped", "its gravimetric capacity", "a plain remark",
                                   "kinetics were faster", ""])
def test_the_label_letters_gate_as_a_trie_finds_what_the_sorted_letters_find(words):
    """Whether a sentence holds the letters of some label: the trie's answer is the sorted alternation's."""
    from ingest.extraction.values.property_cues import _label_letters, _written_start, cue_table
    starts = {max(ws, key=len) for labels in cue_table().values() for label in labels
              if (ws := [w for w in map(_written_start, label) if w])}
    sorted_letters = re.compile("|".join(map(re.escape, sorted(starts, key=len, reverse=True))))
    gate = _label_letters(cue_table)
    text = words.replace(" ", "")
    assert gate is not None and (gate.search(text) is None) == (sorted_letters.search(text) is None)
