"""An enthalpy or heat a text gives a change of state is that change's transition enthalpy, no reaction enthalpy.

'Mg2NiH4 undergoes an allotropic transformation at 510 K; its enthalpy is 6.7 kJ/mol', 'an endothermic transition
at 518 K with a heat of 0.8 kcal/mol H2': the value's property words ('enthalpy', 'ΔH', 'heat') name the reaction
enthalpy by default, but what the heat is of is the transition the clause (or, through 'it'/'its'/'this', the clause
or sentence before) names. An enthalpy whose clause names a hydrogen reaction stays the reaction's ('the
decomposition above the transition at 510 K has an enthalpy of 64 kJ/mol H2', 'after the phase transition, hydrogen
is released with ΔH = 62 kJ/mol H2'). The words of both live in the ontology (ChangeOfStateWord, HydrogenProcessVerb,
ReactionHeatWord's FormationWord).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extraction.text.hedge_words import APPROXIMATING, LIMITING, NEARLY
from ingest.extraction.text.sample_words import SAMPLE_NOUNS
from ontology.elements import written_with_hydrogen
from ontology.vocabulary import vocabulary

_REACTION = "reaction_enthalpy"
_TRANSITION = "transition_enthalpy"

_WORD = re.compile(r"[\w-]+")
# a clause ends at a semicolon (a sentence's end bounds the text read)
_CLAUSE_BREAK = re.compile(r";")
# 'it', 'its', and 'this'/'that' standing for what was said before (not 'this sample', 'that hydride', 'this Mg2NiH4':
# a sample's noun, a class of compounds or a formula after them points back at a material, no change)
_POINTS_BACK = re.compile(rf"\b(?i:its?\b|(?:this|that)\b(?!\s+(?:[\w-]+\s+)?(?:{SAMPLE_NOUNS}|[\w-]*ides?)\b)"
                          r"(?!\s+[A-Z][a-z]?\d))")
# a verb whose object is an energy ('absorbs 1.60 kcal/mol', 'releases about 2 kJ/mol'): the verb takes up or gives
# off heat, no hydrogen
_HEAT_OBJECT = re.compile(rf"\s+(?:{APPROXIMATING}|{LIMITING}|{NEARLY})?\s*[\d.,]+\s*(?:k?J|k?cal)\b", re.I)


@lru_cache(maxsize=1)
def _change_words() -> re.Pattern[str]:
    """A word of a change of state ('transition', 'allotropic', 'melting'); not the chemists' 'transition metal'
    or 'transition state', nor a melt made to infiltrate a scaffold (English around the ontology's words)."""
    words = vocabulary().scheme_alternation("ChangeOfStateWord", ("StateChangeWord",))
    return re.compile(rf"\b{words}\b(?![\s-]+(?:metals?|state|infiltrat\w*)\b)", re.I)


@lru_cache(maxsize=1)
def _reaction_words() -> re.Pattern[str]:
    """A word of a reaction that releases or takes up hydrogen ('decomposition', 'released', 'formation')."""
    vocab = vocabulary()
    process = vocab.scheme_alternation("HydrogenProcessVerb")
    formation = vocab.scheme_alternation("ReactionHeatWord", ("FormationWord",))
    reaction = vocab.scheme_alternation("ChangeOfStateWord", ("HydrogenReactionWord",))
    return re.compile(rf"\b(?:{process}|{formation}|{reaction})", re.I)


# "Mg2Ni transforms into Mg2NiH4": a hydrogen-free formula turned into one holding hydrogen — an uptake, no change of
# state (a polymorph's change, 'Mg2NiH4 transforms into its cubic form', names one compound)
_INTO_HYDRIDE = re.compile(r"\b(?P<before>[A-Z][A-Za-z0-9()]*)\s+(?:\w+\s+){0,3}?(?:into|to)\s+(?:the\s+|its\s+)?"
                           r"(?P<after>[A-Z][A-Za-z0-9()]*)")


def _names_reaction(clause: str) -> bool:
    """Whether ``clause`` names a hydrogen reaction: a word of one, not the class noun 'hydride(s)' and not a verb
    whose object is an energy ('absorbs 1.60 kcal/mol' takes up heat), or a hydrogen-free formula turned into a
    hydride ('Mg2Ni transforms into Mg2NiH4')."""
    if any(not written_with_hydrogen(m.group("before")) and written_with_hydrogen(m.group("after"))
           for m in _INTO_HYDRIDE.finditer(clause)):
        return True
    for m in _reaction_words().finditer(clause):
        word = _WORD.match(clause, m.start())
        if word is None or word.group().lower().endswith(("ide", "ides")) or _HEAT_OBJECT.match(clause, word.end()):
            continue
        return True
    return False


def _names_change(clause: str) -> bool:
    return _change_words().search(clause) is not None


def _said_of_change(clause: str, before: str) -> bool:
    """Whether a value in ``clause`` is a heat of a change of state: the clause names a change
    and no hydrogen reaction, or it names neither and points back ('its enthalpy', 'for it') at ``before`` (the
    clause or sentence before), which names a change and no hydrogen reaction."""
    if _names_reaction(clause):
        return False
    if _names_change(clause):
        return True
    return bool(before) and _POINTS_BACK.search(clause) is not None and _names_change(before) \
        and not _names_reaction(before)


def transition_enthalpies(text: str, gs, sentence_before: str) -> None:
    """Give the transition enthalpy to each reaction enthalpy of ``gs`` (the value groups of the sentence ``text``)
    that the sentence says of a change of state; ``sentence_before``: the paragraph's sentence before, what an 'it'
    opening the sentence may point back at."""
    if not any(g.role == "property" and g.key == _REACTION for g in gs):
        return
    breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text) + 1]
    for g in gs:
        if g.role != "property" or g.key != _REACTION:
            continue
        i = max(k for k, b in enumerate(breaks[:-1]) if b <= g.start)
        start, end = breaks[i], breaks[i + 1]
        before = text[breaks[i - 1]:start] if i > 0 else sentence_before
        if _said_of_change(text[start:end], before):
            g.key = _TRANSITION
            g.cues.append("property:change-of-state")
