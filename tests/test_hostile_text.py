"""Hostile text given to extraction: long runs of one character, read in time linear in their length.

Each case runs in a subprocess given a generous budget of CPU time, at a size that took minutes before its fix (a
quadratic regex or loop) and takes seconds at most after it; the result is checked too. CPU time, not wall time: a
machine busy with other work slows the wall clock, not the work done (the wall clock only stops a hang).
"""
from __future__ import annotations

import re
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


CPU_BUDGET_S = 60


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(code: str) -> str:
    before = _children_cpu()
    out = subprocess.run([sys.executable, "-"], input=code, cwd=ROOT, capture_output=True, text=True, timeout=600,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-2000:]
    spent = _children_cpu() - before
    assert spent < CPU_BUDGET_S, f"{spent:.0f} s of CPU: not linear in the text's length"
    return out.stdout.strip()


DIGIT_RUNS = [
    "1" * 100_000,                                                       # a run of digits alone
    "The hydride MgH2 released " + "7" * 100_000 + " wt% H2 at 300 °C.",  # … inside a sentence
    "A page number " + "0" * 60_000 + "D was cut.",                      # … before a letter it may read as D
]


def test_a_run_of_digits_is_read_once():
    """'\\d*\\.?\\d*' split a run of n digits in n² ways before failing; now one way only."""
    code = ("from ingest.extract import extract_text\n"
            f"for t in {DIGIT_RUNS!r}:\n"
            "    b = extract_text(t, source_id='fuzz')\n"
            "    print(len(b.measurements), len(b.sources))")
    assert _run(code).splitlines() == ["0 1"] * len(DIGIT_RUNS)


BRACKET_RUNS = [
    "MgH2 " + ")" * 20_000,                      # closing brackets glued to a formula
    "LiBH4 was milled " + "]" * 20_000 + ".",     # … square ones, before a full stop
    "Mg(BH4)2 " + "}" * 20_000 + " x",            # … braces left by a LaTeX conversion
]


def test_a_run_of_closing_brackets_is_tokenized_in_linear_time():
    """spaCy strips a word's suffixes one at a time; each strip searched the whole word (n² work)."""
    code = ("from ingest.extraction.text.nlp import pipeline\n"
            f"for t in {BRACKET_RUNS!r}:\n"
            "    print(len(pipeline().make_doc(t)))")
    counts = [int(x) for x in _run(code).splitlines()]
    # every bracket is a token of its own, as before
    assert [c >= max(map(len, re.findall(r"[)\]}]+", t))) for c, t in zip(counts, BRACKET_RUNS)] == [True] * 3


def test_the_suffix_of_a_word_is_the_one_the_whole_word_search_finds():
    """Searching the word's tail finds the same suffix as searching the whole word, a long run of full
    stops included (the one suffix longer than the tail)."""
    import spacy.util
    from spacy.lang.en import English

    from ingest.extraction.text.nlp import _SUFFIX_WINDOW, _tail_search

    pattern = spacy.util.compile_suffix_regex(English.Defaults.suffixes)
    tail = _tail_search(pattern)
    words = ["MgH2.", "cells)", "300K", "5km", "etc.", "x" * 40 + "." * 30, "." * 50, "y" * 50 + "’s",
             "a" * (_SUFFIX_WINDOW - 1) + "..", "b" * 30 + "." * _SUFFIX_WINDOW, "LiBH4-based", "(((" * 20,
             "Ni@C.", "word"]
    for w in words:
        full, part = pattern.search(w), tail(w)
        assert (full and full.span()) == (part and part.span()), w


def test_a_run_of_blank_lines_before_the_history_is_read_once():
    """'^\\s*' of the publication history ran over every blank line after each line start (n² work)."""
    code = ("from ingest.extract import _publication_year, extract_text\n"
            "print(_publication_year('\\n' * 300_000 + 'Received: 3 March 2019\\n' + ' \\n' * 100_000"
            " + '**Accepted** 9 June 2020\\r\\n' + '\\n \\t' * 100_000))\n"
            "print(_publication_year('# A\\n' + '\\n' * 300_000 + 'Not received in 2018.\\n'))\n"
            "print(extract_text('# Notes\\n' + '\\n' * 200_000 + 'Published online: 1 May 2021\\n').sources[0].year)")
    assert _run(code).splitlines() == ["2020", "None", "2021"]


VALUE_LINES = [
    "The additive loadings were " + "4 wt% " * 850 + "in all.",                               # a run of 'wt%' values
    "The additives were " + ", ".join(f"{i % 9 + 1} wt% of catalyst {i}" for i in range(230)) + ".",   # a long list
    "Milled MgH2 released " + ", whereas the next one released ".join(
        f"{i % 7 + 1}.2 wt% at {200 + i % 90} °C" for i in range(60)) + ".",               # values set against each other
]


def test_a_long_sentence_of_values_is_read_in_less_than_cubic_time():
    """Each (value, condition) pair searched the text between them for a clause break or a 'whereas'
    (n³ work, minutes for a few thousand characters); the places are now found once per sentence, and
    each condition's nearest value once per value."""
    code = ("from ingest.extract import extract_text\n"
            f"for t in {VALUE_LINES!r}:\n"
            "    b = extract_text(t, source_id='fuzz')\n"
            "    print(len(b.measurements), sum(bool(m.conditions) for m in b.measurements))")
    assert _run(code).splitlines() == ["0 0", "0 0", "60 60"]


def test_a_stretch_is_searched_by_the_places_found_once():
    """_searched answers exactly what the pattern's search over the stretch answers, at every stretch of
    sentences with clause breaks, verb joins and set-against words (cut through words, too)."""
    from ingest.extraction.text.quantity_text import Group
    from ingest.extraction.values import value_conditions as vc

    sentences = ["LiBH4 releases 9 wt% at 400 °C, whereas MgH2 releases 6 wt%; the thanx vs. versus list",
                 "It absorbs 5 wt% and releases 4 wt% at 300 °C, far  above the value of NaAlH4 but only once",
                 "The cell cycles 80 times and then cycled for 200 h, while it held 90% compared with 70%",
                 "A composite with 3 wt% Ni, and it desorbs 2 wt% in contrast to bulk MgH2 WHILE ſo on"]
    for text in sentences:
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1, 3):
                for pattern in (vc._SET_AGAINST, vc._CLAUSE_JOIN, vc._VERB_JOIN):
                    assert vc._searched(text, pattern, lo, hi) == bool(pattern.search(text, lo, hi))
                assert vc._searched(text, vc._SET_AGAINST, lo, hi, sliced=True) == bool(vc._SET_AGAINST.search(text[lo:hi]))
                joined = vc._AND_VERB.search(text, lo, min(len(text), hi + 12))
                expected = bool(vc._CLAUSE_JOIN.search(text, lo, hi)) or joined is not None and joined.start() < hi
                a, b = Group("single", [], None, 0, lo), Group("single", [], None, hi, hi + 1)
                assert vc._across_clauses(text, a, b) == expected


def test_a_run_on_sentence_is_read_as_bounded_clauses():
    """A sentence longer than MAX_SENTENCE_CHARS is cut at its last ';' (else ',', else space) inside
    the bound, each part's offsets pointing at its own text: the readers' work per sentence grows
    faster than its length, so an unbounded one was quadratic (a 50,000-character list of values
    took about a minute)."""
    from ingest.documents.document import split_sentences
    from ontology.limits import MAX_SENTENCE_CHARS

    clause = "MgH2 with 5 wt% Nb2O5 released 6.1 wt% H2 at 300 °C"
    text = "; ".join([clause] * 200) + ". " + "The pristine MgH2 desorbed at 410 °C."
    parts = split_sentences(text, offset=7)
    assert all(len(t) <= MAX_SENTENCE_CHARS for _, _, t in parts)
    assert all(text[a - 7:z - 7] == t for a, z, t in parts)
    assert all(t.startswith("MgH2 with") and t.endswith(("°C", "°C.")) for _, _, t in parts[:-1])
    assert parts[-1][2] == "The pristine MgH2 desorbed at 410 °C."
    assert sum(t.count("6.1 wt%") for _, _, t in parts) == 200
    # no space at all inside the bound: a hard cut, nothing lost
    blob = "x" * (MAX_SENTENCE_CHARS * 2 + 5)
    assert "".join(t for _, _, t in split_sentences(blob)) == blob


def test_a_run_on_sentence_of_values_is_read_in_linear_time():
    text = "MgH2 " + " ".join(f"{i % 400} °C and {i % 9}.5 wt%" for i in range(2400)) + "."
    code = ("from ingest.extract import extract_text\n"
            f"b = extract_text({text!r}, source_id='fuzz')\n"
            "print(len(b.measurements))")
    assert int(_run(code)) > 2000
