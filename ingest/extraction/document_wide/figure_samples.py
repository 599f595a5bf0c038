"""The sample a value's figure shows: "… the release temperature drops to 70 °C (Figure 3b)", said of a hydride the
paragraph named earlier, while the caption of panel b says the curve is of "a LiH and LiBH4 mixture". The text
carried the bare host over from an earlier sentence (cue ``system:context``); the figure it points at names the
sample the value was measured on, a mixture of that host with one other hydride, so the value is that mixture's.

Only a value whose own sentence names no sample is moved, only to a mixture that holds its host, and only when the
panels it cites name exactly one such mixture. Captions are read here and nowhere else: no fact comes from them."""
from __future__ import annotations

import re
from typing import Any

from ingest.extraction.prose.prose import clean_text
from ingest.extraction.samples.declared_roles import with_declared_roles
from ontology.system import SystemParseError, parse_system
from ontology.vocabulary import vocabulary

from .field_absorbers import passage_roles

# "(Figure 12f,g)", "(Fig. 3b–d)", "(Figures 4a and 4c)": the figure and the panels a sentence cites
_CITED = re.compile(r"\(\s*(?:Figures?|Figs?\.)\s*(\d+)\s*([a-z](?:\s*(?:,|–|-|and)\s*\d*[a-z])*)?\s*[,;)]")
# "**Figure 12.**", "Figure 3." at a caption's start
_CAPTION_NUMBER = re.compile(r"^\W*(?:Figure|FIGURE|Fig\.)\s*(\d+)\b")
# "a) …", " b) …", "(c) …": where a caption's panel starts
_PANEL = re.compile(r"(?:^|(?<=[\s.]))\(?([a-h])\)\s")
_FORMULA = r"([A-Z][A-Za-z0-9()·]*)"
# "a LiH and LiBH4 mixture", "the illuminated MgH2 and LiBH4 composite", "a mixture of LiH and LiBH4": the nouns of
# a sample mixed of its parts are the ontology's (NameTailWord: its composite and mixture concepts)
_MIXED = vocabulary().scheme_alternation("NameTailWord", ("CompositeTailNoun", "MixtureTailNoun"))
_MIXTURE = re.compile(rf"\b(?:an?|the)\s+(?:[a-z][\w-]*\s+)?{_FORMULA}\s+and\s+{_FORMULA}\s+{_MIXED}\b"
                      rf"|\b{_MIXED}\s+of\s+{_FORMULA}\s+and\s+{_FORMULA}\b")


def _panel_letters(spec: str | None) -> set[str]:
    """'f,g' → {f, g}; 'a–c' → {a, b, c}; none → every panel."""
    if not spec:
        return set()
    letters: set[str] = set()
    for part in re.split(r"\s*(?:,|and)\s*", spec):
        ends = re.findall(r"[a-z]", part)
        if len(ends) == 2 and re.search(r"[–-]", part):
            letters |= {chr(c) for c in range(ord(ends[0]), ord(ends[1]) + 1)}
        else:
            letters |= set(ends)
    return letters


def _panels(caption: str) -> dict[str, str]:
    """A caption's text by panel letter ({} when it has no lettered panels)."""
    starts = [(m.group(1), m.start()) for m in _PANEL.finditer(caption)]
    return {letter: caption[at:(starts[k + 1][1] if k + 1 < len(starts) else len(caption))]
            for k, (letter, at) in enumerate(starts)}


def figure_captions(doc: Any) -> dict[str, str]:
    """The document's figure captions as written, by figure number (each cleaned of markup where a sentence cites
    it, ``shown_mixture``: most are cited by no value's sentence)."""
    out: dict[str, str] = {}
    for block in getattr(doc, "blocks", []) or []:
        if getattr(block, "kind", "") != "caption":
            continue
        m = _CAPTION_NUMBER.match(block.text)
        if m is not None:
            out.setdefault(m.group(1), block.text)
    return out


def _mixtures(text: str) -> set[tuple[str, str]]:
    return {tuple(x for x in m.groups() if x) for m in _MIXTURE.finditer(text)}  # type: ignore[misc]


def shown_mixture(sentence: str, host: str, captions: dict[str, str]):
    """The one mixture of ``host`` with another material that the figure panels ``sentence`` cites name, else None.
    ``captions``: ``figure_captions``'s, as written."""
    found = set()
    for m in _CITED.finditer(sentence):
        caption = captions.get(m.group(1))
        if caption is None:
            continue
        caption = clean_text(caption, base=0).text
        panels, wanted = _panels(caption), _panel_letters(m.group(2))
        texts = [t for k, t in panels.items() if k in wanted] if wanted and panels else [caption]
        for t in texts:
            found |= {pair for pair in _mixtures(t) if host in pair and len(set(pair)) == 2}
    if len(found) != 1:
        return None
    a, b = next(iter(found))
    try:
        system = parse_system(f"{a}–{b}", strict=False)
    except (SystemParseError, ValueError):
        return None
    return system if not system.bare else None


def with_figure_samples(measurements: list, sentences: list, doc: Any) -> list:
    """Values carried onto a bare host from an earlier sentence, moved to the mixture of that host their sentence's
    figure panels show (cue ``system:figure``)."""
    if not any("system:context" in m.cues and m.system.bare for m in measurements):
        return measurements
    captions = figure_captions(doc)
    if not captions:
        return measurements
    by_span = {(getattr(s, "start", 0), getattr(s, "end", 0)): s.text for s in sentences}
    out = []
    for m in measurements:
        src = m.source
        text = by_span.get((src.start, src.end)) if src is not None else None
        mixture = shown_mixture(text, m.system.host.formula, captions) \
            if text and "system:context" in m.cues and m.system.bare and "(" in text else None
        if mixture is not None:
            # (the mixture's parts play the roles the value's passage declares: 'light-induced vacancies in LiH')
            mixture = with_declared_roles(mixture, passage_roles(sentences, src.start))
        out.append(m if mixture is None else m.model_copy(update={"system": mixture,
                                                                   "cues": sorted({*m.cues, "system:figure"})}))
    return out
