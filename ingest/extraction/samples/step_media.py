"""What a making step was done in or under is no part of the sample: "milled under Ar", "in an argon
atmosphere", "heated under 10 bar H2", "cooled by liquid N2", "TiO2 dispersed in THF was added to LiBH4".

A gaseous element (ontology.elements.GASEOUS, chemistry) named right after "under"/"in" (with a pressure,
a purity word or an article between) or right before "atmosphere", "flow", "gas" … is the atmosphere of
a step; a solvent (a Solvent of the ontology) named after "in", "with" or "using" is the medium of one.
Readers of the sample must not join either to the additives. A solvent's clause ("dispersed in THF") is
given whole, so that the additive before it reads as next to the verb that puts it into the host. The
words are English (how authors name an atmosphere or a medium); what is a gas or a solvent is the ontology's.
"""
from __future__ import annotations

import re

from ingest.extraction.text.nlp import Mention
from ontology.elements import GASEOUS
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary

from .samples_systems import has_hydrogen

# "under", "in an", "under 10 bar of", "under a flowing", "in pure", "under 0.1 MPa": right before the gas
_UNDER = re.compile(r"\b(?:under|in|with|using)\s+(?:an?\s+|the\s+)?(?:\d+(?:\.\d+)?\s*(?:bar|MPa|kPa|atm|Pa|psi)\s+"
                    r"(?:of\s+)?)?"
                    rf"(?:{vocabulary().scheme_alternation('MediumAdjective', ('GasMediumAdjective',))}\s+)?$", re.I)
_ATMOSPHERE_AFTER = re.compile(r"[-\s]+(?:atmospheres?|flow|gas|stream|environment|glove[- ]?box|(?:back)?pressure|"
                               r"purged|filled|protection|cooling|cooled|coolant|bath)\b", re.I)
# "milled with liquid N2 cooling", "quenched in liquid nitrogen": a gas in its liquid state cools a step
_LIQUEFIED = re.compile(r"\bliquid\s+$", re.I)
# "dispersed in", "dissolved in anhydrous", "washed with", "in": the words before a solvent; the verb
# (a participle) is part of the clause
_IN_SOLVENT = re.compile(r"(?:\b[a-z]+ed\s+)?\b(?:in|with|using|from|instead\s+of|rather\s+than|in\s+place\s+of|"
                         r"to\s+replace|replacing)\s+"
                         r"(?:an?\s+|the\s+)?"
                         rf"(?:{vocabulary().scheme_alternation('MediumAdjective', ('SolventAdjective',))}\s+)?$", re.I)

# "hexane C6H14 as counter-solvent", "water as the main solvent": a material the text names as a step's solvent (the
# ontology's labels of hkg:Solvent), whatever it is
_SOLVENT_WORDS = "|".join(sorted(map(re.escape, vocabulary().get("Solvent").labels), key=len, reverse=True))
_AS_SOLVENT = re.compile(r"\s+as\s+(?:an?\s+|the\s+)?"
                         rf"(?:{vocabulary().scheme_alternation('MediumAdjective', ('SolventAdjective',))}\s+)?"
                         rf"(?:{_SOLVENT_WORDS})\b", re.I)

# "a THF solution of", "an ether suspension of": the solvent names the liquid the host is brought in with
_SOLUTION_OF = re.compile(r"\s+(?:solution|suspension)s?\s+of\b", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:(?:anhydrous|dry|saturated|dilute|\d+(?:\.\d+)?\s*M)\s+)?$", re.I)


# "in 0.5 M MgCl2 solution", "3.5 wt% NaCl solution", "in 1 and 3 M KCl solution", "in a 2 mol/L KCl aqueous
# solution": a salt the sample reacts in (a hydrolysis medium) named with its concentration or after "in", then
# "solution" — the medium, not an additive
# (a hydride's own solution, "1 M NaBH4 solution", is the sample, and "solid solution" / "solution of" are no medium)
_CONCENTRATION = (r"\d+(?:\.\d+)?(?:\s*(?:,|,?\s*and|,?\s*or)\s*\d+(?:\.\d+)?)*"
                  r"\s*(?:M|mM|mol\s*/\s*L|mol\s*L-1|wt\s*\.?\s*%|%)")
_SALT_MEDIUM_BEFORE = re.compile(rf"(?:\bin\s+(?:an?\s+|the\s+)?(?:{_CONCENTRATION}\s+)?|{_CONCENTRATION}\s+)$", re.I)
_SALT_MEDIUM_AFTER = re.compile(r"\s+(?:aqueous\s+)?solutions?\b(?!\s+of\b)", re.I)
# "MgCl2 in solution", "NaCl in the aqueous solution": a salt said to be in the liquid, whatever stands before it
_IN_SOLUTION_AFTER = re.compile(r"\s+in\s+(?:the\s+|an?\s+)?(?:aqueous\s+)?solutions?\b(?!\s+of\b)", re.I)


def _salt_medium(text: str, m: Mention) -> tuple[int, int] | None:
    """The words naming the mention as the solution a sample reacts in ('in 0.5 M MgCl2 solution', 'MgCl2 in
    solution'), or None."""
    if (after := _IN_SOLUTION_AFTER.match(text, m.end)) is not None:
        return m.start, after.end()
    if (after := _SALT_MEDIUM_AFTER.match(text, m.end)) is not None \
            and (before := _SALT_MEDIUM_BEFORE.search(text, max(0, m.start - 40), m.start)) is not None:
        return before.start(), after.end()
    return None


@per_document(maxsize=512)
def _solvent(term: str | None) -> bool:
    vocab = vocabulary()
    return term is not None and "Solvent" in vocab and term in vocab and vocab.is_a(term, "Solvent")


def step_media(text: str, found: list[tuple[Mention, object]], ms: list[Mention]) -> dict[int, tuple[int, int]]:
    """{start of the mention: (start, end) of its words} for the mentions of ``found`` (mention,
    system) that ``text`` names as the gas a step was done under ('milled under Ar', 'an Ar
    atmosphere'), and of ``ms`` (every mention) as the solvent it was done in ('dispersed in THF'):
    none of them belongs to the sample."""
    out = {}
    for m, s in found:
        formula = getattr(s, "name", None) or m.text
        if (formula in GASEOUS or m.text in GASEOUS) and (
                _UNDER.search(text, max(0, m.start - 40), m.start) or _ATMOSPHERE_AFTER.match(text, m.end)
                or _LIQUEFIED.search(text, max(0, m.start - 10), m.start)):
            out[m.start] = (m.start, m.end)
        elif (named := _AS_SOLVENT.match(text, m.end)) is not None:
            out[m.start] = (m.start, named.end())   # ("dodecane C12H26 as counter-solvent": a medium, no additive)
        elif s is not None and (span := _salt_medium(text, m)) is not None and not has_hydrogen(s):
            out[m.start] = span   # ("in 0.5 M MgCl2 solution", "MgCl2 in solution": the medium, no additive)
    for m in ms:
        if m.start not in out and (named := _AS_SOLVENT.match(text, m.end)) is not None and m.kind == "Material":
            out[m.start] = (m.start, named.end())
        elif m.kind == "Material" and _solvent(m.term):
            if (solution := _SOLUTION_OF.match(text, m.end)) is not None:
                # "filled with a THF solution of NaAlH4": the words from the article to "of" go (the verb and
                # its preposition stay), so that the host reads as what the scaffold was filled with
                article = _ARTICLE_BEFORE.search(text, max(0, m.start - 20), m.start)
                out[m.start] = (article.start() if article else m.start, solution.end())
            elif (before := _IN_SOLVENT.search(text, max(0, m.start - 40), m.start)) is not None:
                out[m.start] = (before.start(), m.end)
    return out
