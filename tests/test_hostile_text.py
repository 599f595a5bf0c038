"""Hostile text given to extraction: long runs of one character, read in time linear in their length.

Each case runs in a subprocess with a generous timeout, at a size that took minutes before its fix (a
quadratic regex or loop) and takes well under a second after it; the result is checked too.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-"], input=code, cwd=ROOT, capture_output=True, text=True, timeout=60,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-2000:]
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
    code = ("from ingest.nlp import pipeline\n"
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

    from ingest.nlp import _SUFFIX_WINDOW, _tail_search

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
