"""'The former' and 'the latter': the first and the second of the two samples named side by side before.

"MgH2–Ni and MgH2–Co were prepared; the former releases hydrogen at 240 °C, the latter at 260 °C": each
value belongs to the sample the word points back to, not to the sample named last. The pair is the two
samples this sentence named before the word, else the two a sentence before named side by side (the
passage's alternatives). The words say which sample only where they stand for one: followed by a noun of
another kind ("the former mechanism", "the latter step") they are no sample.
"""
from __future__ import annotations

import re

from ingest.extraction.samples.samples_systems import has_hydrogen
from ingest.extraction.text.sample_words import SAMPLE_NOUNS
from ontology.models import MaterialSystem

# "the former", "the latter sample"; not "the former mechanism" (a noun that names no sample)
_WORD = re.compile(rf"\bthe\s+(?P<which>former|latter)\b(?!\s+(?!{SAMPLE_NOUNS}\b|one\b)[a-z]+"
                   r"(?:tion|sion|ment|ism|ure|ance|ence|ity|ogy|step|stage|case|route|process|method|peak|phase)s?\b)",
                   re.I)
# "… 240 °C for the former": the word right after the value
_AFTER_VALUE = re.compile(r"\s*(?:for|of|in|by|with)\s+(?=the\s+(?:former|latter)\b)", re.I)
# a clause break between the word and the value: the word is no subject of the value
_BREAK = re.compile(r"[;:]|\.\s")


def pointed_sample(text: str, start: int, end: int, systems, alternatives: list) -> MaterialSystem | None:
    """The sample 'the former' / 'the latter' means for a value written from ``start`` to ``end``: the word
    right after the value, else the last one before it in its clause with no sample named in between."""
    if "former" not in text and "latter" not in text:
        return None
    word = None
    after = _AFTER_VALUE.match(text, end)
    if after is not None:
        word = _WORD.match(text, after.end())
    if word is None:
        word = next((w for w in reversed(list(_WORD.finditer(text, 0, start)))), None)
        if word is None or _BREAK.search(text, word.end(), start) \
                or any(word.end() <= m.start < start for m, _ in systems):
            return None
    pair = _pair(text, word.start(), systems, alternatives)
    if pair is None:
        return None
    return pair[0] if word.group("which").lower() == "former" else pair[1]


def _pair(text: str, before: int, systems, alternatives: list) -> tuple[MaterialSystem, MaterialSystem] | None:
    """The two samples the word points back to: the last two this sentence named before it, else the two
    a sentence before named side by side; None when there are not exactly two to choose from."""
    named: list[MaterialSystem] = []
    for m, s in systems:
        if m.end <= before and (has_hydrogen(s) or not s.bare) and all(s.name != o.name for o in named):
            named.append(s)
    if len(named) >= 2:
        return named[-2], named[-1]
    if len(alternatives) == 2 and not named:
        return alternatives[0], alternatives[1]
    return None
