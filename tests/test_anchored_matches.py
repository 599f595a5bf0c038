"""The large patterns of ingest.extraction.text.nlp tried only where a scan says a match can start give finditer's matches."""
import random
import re
import re._parser as sre_parse  # (the patterns' widths, to check the reach the readers assume)

import ingest.extraction.text.nlp as N


def _spans(matches):
    return [m.span() for m in matches]


def test_reach_covers_the_parts_before_an_amount():
    chain = rf"{N._PART}(?:[–\-/@:]{N._PART}){{0,5}}"
    assert sre_parse.parse(chain).getwidth()[1] <= N._COMPOSITION_REACH
    assert sre_parse.parse(N._PART).getwidth()[1] <= N._PART_CHARS


_PIECES = ["MgH2", "LiBH4", "Mg(BH4)2", "TiO2", "Nb2O5", "-", "–", "+", " + ", " - ", "5 wt%", "10 wt.%", "2.5 mol%",
           " wt%", "5", "x", "-x ", "–y ", "–x wt% ", " ", "  ", "\n", "nano-", "submicron-", "non-", "Ni", "of ",
           "the ", "with", "Fe", "0.62", "2", "·", ".", "(", ")", "@", "/"]


def test_same_matches_as_finditer():
    random.seed(7)
    readers = [(N._AMOUNT_COMPOSITION, N._composition_starts), (N._SERIES_COMPOSITION, N._series_starts),
               (N._DESCRIBED_CANDIDATE, N._described_starts)]
    found = 0
    for _ in range(3000):
        text = "".join(random.choice(_PIECES) for _ in range(random.randint(3, 40)))
        for pattern, starts in readers:
            expected = _spans(pattern.finditer(text))
            assert _spans(N._matches_at(pattern, text, starts(text))) == expected, (pattern.pattern[:40], text)
            found += bool(expected)
    assert found > 500


def test_spaced_atoms_as_before():
    old = re.compile(rf"(?<![\w\-–/@])[A-Z][a-z]? (?:{N._form_abbreviations()})[/@][A-Za-z0-9()\-]*[A-Za-z0-9)]")
    for text in ("Co SA/NG", "MgH2–Ni SAs@N-C", "aCo SA/NG", "-Co SA/NG", "Co SA/NG and Ni SA@C"):
        assert _spans(N._spaced_atoms().finditer(text)) == _spans(old.finditer(text))
