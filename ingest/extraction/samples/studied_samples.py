"""Which of a passage's samples a bare host mention is: the bare host studied as a sample of its own,
or the host as general knowledge before the passage introduces its sample.

- "MgH2 and MgH2–5 wt% Nb2O5 were prepared", "Undoped and Ni-doped LiBH4 were milled", "NaAlH4 with and
  without TiF3 was milled": the passage studies the bare host beside the modified one, so a later
  "the MgH2 (sample/film/powder)" is that bare sample, not the modified one the passage goes on about.
- "Magnesium hydride holds 7.6 wt% hydrogen but desorbs it only above 350 °C." as the first sentence
  of an abstract whose title names a modified sample: known properties of the host, said before the
  passage introduces (prepares, names) its sample, are the bare host's.

English patterns of how authors set samples side by side; what the materials are comes from the
ontology (through the mentions and systems the sample reader gives).
"""
from __future__ import annotations

import re

from ingest.extraction.text.amounts import AMOUNT_OF
from ingest.extraction.text.copula import BE
from ingest.extraction.text.preparation_words import MODIFIED, SCAFFOLDED
from ingest.extraction.text.sample_words import BASELINE_WORDS, SEVERAL_NOUNS
from ontology.models import MaterialSystem
from ontology.system import host_formula
from ontology.vocabulary import vocabulary
from ontology.word_gate import may_match

from .samples_systems import has_hydrogen

# words that mark a bare host as a sample of its own ("pure MgH2 and …", "… and as-received MgH2")
_BARE_WORDS = BASELINE_WORDS
# what stands between two samples named side by side: "A and B", "A, B", "A as well as B", "A versus B",
# "A was compared with that of B"
_SIDE_BY_SIDE = re.compile(
    rf"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|as\s+well\s+as\s+|versus\s+|vs\.?\s+|together\s+with\s+|"
    rf"{BE}\s+compared\s+(?:with|to)\s+(?:that\s+of\s+|those\s+of\s+)?)"
    rf"(?:the\s+)?(?:{_BARE_WORDS}\s+)?$", re.I)
# "A doped with 5 wt% X and as-received A": the bare host after the whole modified phrase
_AFTER_MODIFIED = re.compile(rf"\b(?:and|as\s+well\s+as|versus|vs\.?|compared\s+(?:with|to)(?:\s+th(?:at|ose)\s+of)?)"
                             rf"\s+(?:the\s+)?(?:{_BARE_WORDS}\s+)?$", re.I)
# "Undoped and Ni-doped LiBH4": the bare sample named by its adjective only, before the modified one
_UNDOPED_AND = re.compile(rf"\b{_BARE_WORDS}\s+(?:samples?\s+)?(?:and|or|as\s+well\s+as)\s+(?:the\s+)?(?:\S+\s+)?$",
                          re.I)
# "MgH2 with and without 5 wt% TiF3", "LiAlH4 doped and undoped with TiCl3", "MgH2 uncatalysed or catalysed by Nb":
# both samples in one phrase, the one holding the material and the one without it, in the order the words say
# (a participle and its negation, 'un-' or 'non-' before it, joined before the material's preposition)
BOTH_WAYS_LEAD = re.compile(r"\b(?:(?P<with>with|without)\s+(?:and|or)\s+(?:with|without)"
                            r"|(?P<neg>un|non-?)?(?P<part>[a-z]{3,}ed)\s+(?:and|or)\s+(?P<neg2>un|non-?)?(?P=part)"
                            r"\s+(?P<prep>with|by))\b", re.I)
# every match of BOTH_WAYS_LEAD joins 'with', 'without' or a participle ('…ed') to 'and' or 'or' across spaces: looked
# for in the lower-cased sentence first (``may_pair``), as the case-blind search tries a match at each word of it
_PAIR_JOIN = re.compile(r"(?:ed|with|without)\s+(?:and|or)\s")


def may_pair(text: str) -> bool:
    """Could ``BOTH_WAYS_LEAD`` match in ``text``? False only where it cannot."""
    return may_match(text, _PAIR_JOIN)


def both_ways_lead(m: re.Match) -> bool | None:
    """Does a ``BOTH_WAYS_LEAD`` match name the sample holding the material first (True), or the one without it
    (False)? None when it names no pair ('with or with', 'doped and doped')."""
    if m.group("with"):
        second = m.group(0).split()[-1].lower()
        return None if second == m.group("with").lower() else m.group("with").lower() == "with"
    if bool(m.group("neg")) == bool(m.group("neg2")):
        return None
    return not m.group("neg")


def _read_as_with(m: re.Match) -> str:
    """The pair's words as the phrase of the sample holding the material, same length: 'with' or the participle
    and its preposition, blanks between."""
    if both_ways_lead(m) is None:
        return m.group(0)
    if m.group("with"):
        return "with" + " " * (len(m.group(0)) - 4)
    head, tail = m.group("part"), m.group("prep")
    return head + " " * (len(m.group(0)) - len(head) - len(tail)) + tail
# a sentence of the study itself: what follows is the passage's sample, not general knowledge (the nouns: the
# ontology's StudyNoun scheme)
_STUDY = re.compile(r"\b(?:here(?:in)?|in\s+this\s+"
                    rf"{vocabulary().scheme_alternation('StudyNoun')}|"
                    r"(?:this|the\s+present|our)\s+"
                    rf"{vocabulary().scheme_alternation('StudyNoun', ('ThisWorkNoun', 'WrittenWorkNoun'))}|we|our)\b",
                    re.I)
# "the confined MgH2", "nanoconfined LiBH4": a participle that names the modified sample by its host
# (the participles: the ontology's ScaffoldedParticiple, 'nano' before it, and ModifiedParticiple, 'co-' before it)
_MODIFIED_BEFORE = re.compile(rf"\b(?:(?:nano)?{SCAFFOLDED}|(?:co-?)?{MODIFIED})\s+$", re.I)
_BARE_BEFORE = re.compile(rf"\b{_BARE_WORDS}\s+(?:\S+\s+)?$", re.I)
_WINDOW = 120   # how far apart two samples named side by side can be


def both_ways(text: str) -> str:
    """The text with "with and without" read as "with" (same length: offsets stay), so that the sample
    reader gives the modified sample; the bare one is noted by ``bare_studied``."""
    if " and " not in text and " or " not in text or not may_pair(text):
        return text
    return BOTH_WAYS_LEAD.sub(_read_as_with, text)


def bare_studied(text: str, systems, *, listed_first: bool = False) -> set[str]:
    """The hosts this sentence names bare as samples of their own, beside a modified sample of the same
    host ("MgH2 and MgH2–Nb2O5 were prepared"), as host formulas. ``listed_first``: only a bare host listed
    before its modified sample with no word of a reference ("MgH2 and MgH2-C films", not "as-received LiBH4")."""
    modified = [(m, s) for m, s in systems if not s.bare and has_hydrogen(s)]
    if not modified:
        return set()
    out = set()
    if not listed_first and may_pair(text) \
            and any(both_ways_lead(m) is not None for m in BOTH_WAYS_LEAD.finditer(text)):
        out |= {host_formula(s) for _, s in modified}
    for m, s in (modified if not listed_first else []):
        if _UNDOPED_AND.search(text, max(0, m.start - 60), m.start):
            out.add(host_formula(s))
    for b, s in systems:
        if not s.bare or not has_hydrogen(s):
            continue
        host = host_formula(s)
        for m, t in modified:
            if host_formula(t) != host:
                continue
            if b.end <= m.start and m.start - b.end < _WINDOW and _SIDE_BY_SIDE.match(text, b.end, m.start):
                if not (listed_first and _BARE_BEFORE.search(text, max(0, b.start - 30), b.start)):
                    out.add(host)
            elif listed_first:
                continue
            elif m.end <= b.start and b.start - m.end < _WINDOW and _AFTER_MODIFIED.search(text, m.end, b.start):
                out.add(host)
    return out


# what general knowledge of a host is said with: its promise and its limits ("MgH2 is a promising …, but its
# kinetics are sluggish", "suffers from a high desorption temperature", "theoretical capacity of …")
_GENERAL = re.compile(r"\b(?:however|but|although|though|despite|suffer\w*|drawbacks?|limit\w*|hinder\w*|"
                      r"restrict\w*|imped\w*|challeng\w*|obstacles?|promising|attractive|potential|candidates?|"
                      r"considered|regarded|known|widely|extensively|theoretical\w*|intrinsic\w*|inherent\w*|"
                      r"sluggish|slow|poor|unfavou?rable|practical|has\s+been|have\s+been|owing\s+to|due\s+to|"
                      # (what the host holds is its own: "LiAlH4 stores 10.5 wt% of hydrogen"; so are its gravimetric
                      # and volumetric capacities, "the gravimetric and volumetric capacities of MgH2 are 7.6% and
                      # 110 g/L")
                      r"stores?|holds?|contains?|possess\w*|offers?|high(?:er)?|large|gravimetric|volumetric)\b",
                      re.I)
# "the composite", "the as-prepared sample": a sentence that names the study's sample by a noun for it
_STUDIED_NOUN = re.compile(r"\bthe\s+(?:as-?(?:prepared|synthesi[sz]ed|obtained)\s+|resulting\s+|obtained\s+|"
                           r"optimi[sz]ed\s+|(?:doped|catalys\w*|catalyz\w*|modified|confined)\s+)?"
                           rf"(?:{SEVERAL_NOUNS.pattern}|samples?)\b", re.I)


def background_sample(text: str, system: MaterialSystem | None, going_on: bool = False) -> bool:
    """Can this sentence, said before the passage introduced its sample, be general knowledge of the
    host of ``system`` (the title's sample)? Not when it speaks of the study ("Here, …", "We …"), and only
    when it says what general knowledge is said with (promise, limits) or goes on from such a sentence:
    "MgH2 starts to decompose at 105 °C" under a title about MgH2 with X is the study's result."""
    return system is not None and not system.bare and not _STUDY.search(text) \
        and (going_on and bool(_GOES_ON.match(text)) or bool(_GENERAL.search(text)))


# a sentence that goes on from the one before ("However, its …", "It also …"), not one that names the host afresh
_GOES_ON = re.compile(r"\s*(?:however|moreover|furthermore|also|in\s+addition|additionally|besides|unfortunately|"
                      r"yet|nevertheless|it|its|this|these|such|their|they)\b", re.I)


def introduces(text: str, systems, title: MaterialSystem, going_on: bool) -> bool:
    """Is the sentence other than general knowledge of the title's host: it names the passage's sample (a
    modified hydride, an additive of the title's sample: "CoFe2O4@rGO was synthesised by …", the host
    with a participle: "the confined MgH2"), or it does not name the bare host at all (unless it goes
    on from such a sentence: "However, its desorption temperature …")?"""
    own = {a.formula for a in title.additives}
    if any((not s.bare and has_hydrogen(s)) or any(c.formula in own for c in s.components)
           for _, s in systems):
        return True
    if _STUDIED_NOUN.search(text):
        return True   # "The composite starts to release hydrogen at 95 °C."
    host = host_formula(title)
    bare = [m for m, s in systems if s.bare and host_formula(s) == host]
    if any(_MODIFIED_BEFORE.search(text, max(0, m.start - 30), m.start) for m in bare):
        return True
    return not bare and not going_on


# "the composite", "the nanocomposite", "the mixture": a word that names a sample made of several materials
_COMPOSITE_WORD = re.compile(rf"\b(?:{SEVERAL_NOUNS.pattern})\b", re.I)


def composite_beside_bare(phrase: str, systems, seen: list[MaterialSystem],
                          current: MaterialSystem | None) -> MaterialSystem | None:
    """'The MgH2 sample desorbs at 340 °C, whereas the composite desorbs at 240 °C': a plain "the composite"
    that is the subject of its own clause, in a sentence naming the bare host, is the passage's latest
    modified sample of that host (not the bare host the sentence named), else None."""
    if not _COMPOSITE_WORD.search(phrase):
        return None
    bare = {host_formula(s) for _, s in systems if s.bare and has_hydrogen(s)}
    pool = list(seen) + ([current] if current is not None else [])
    return next((s for s in reversed(pool) if not s.bare and has_hydrogen(s) and host_formula(s) in bare), None)


# "the sample with 7 wt% TiF3", "the composite containing Ni": a sample named by what it holds
_HOLDING = re.compile(r"\bthe\s+(?:samples?|composites?|nanocomposites?|mixtures?|materials?|powders?|films?)\s+"
                      rf"(?:with|containing)\s+(?:{AMOUNT_OF})?$", re.I)


def held_samples(text: str, systems, seen: list[MaterialSystem], current: MaterialSystem | None):
    """The sentence's systems with an additive named as what "the sample with …" holds read as that sample
    of the passage ('the onset temperatures of pure MgH2 and the sample with 5 wt% Ni are …'): the latest
    modified hydride of the passage that holds it; the systems unchanged when none does."""
    pool = [s for s in list(seen) + ([current] if current is not None else []) if not s.bare and has_hydrogen(s)]
    if not pool:
        return systems
    out = []
    for m, s in systems:
        if s.bare and not has_hydrogen(s) and _HOLDING.search(text, max(0, m.start - 60), m.start):
            s = next((p for p in reversed(pool) if any(a.formula == s.host.formula for a in p.additives)), s)
        out.append((m, s))
    return out
