"""The words of a change of a value, read from the ontology's ChangeWord scheme: its nouns ('a drop of 60 °C', 'an
improvement of 40 %'), the beginnings of its verbs ('lowered', 'increases', 'shifted', 'moved') and their irregular
pasts ('fell', 'rose'). One alternation of each kind, which every reader of differences and changed values composes, so
that a word added to the ontology reaches them all."""
from __future__ import annotations

import re

from ontology.vocabulary import vocabulary

_V = vocabulary()
_STEM_CONCEPTS = ("ValueLoweringStem", "ValueRaisingStem", "ValueShiftingStem")

# 'decrease', 'reduction', 'drop', 'rise', 'shift': a noun of change
CHANGE_NOUN = _V.scheme_alternation("ChangeWord", ("ChangeNoun",))
# 'lower', 'higher', 'more', 'smaller': a comparative, after a value a difference ('150 °C lower than …')
COMPARATIVE = _V.scheme_alternation("ChangeWord", ("ComparativeWord",))
# 'below', 'above': after a value, a difference set against another ('95 °C below that of …')
RELATIVE_PLACE = _V.scheme_alternation("ChangeWord", ("RelativePlaceWord",))
# 'improvement', 'enhancement', 'gain': a noun of a change for the better
IMPROVEMENT_NOUN = _V.scheme_alternation("ChangeWord", ("ImprovementNoun",))
# 'lowered', 'decreasing', 'raises', 'shifted', 'fell', 'rose': a verb of change, any ending
CHANGE_VERB = _V.scheme_alternation("ChangeWord", (*_STEM_CONCEPTS, "ChangedPastWord"))
# 'improved', 'enhancing': a verb of a change for the better
IMPROVING_VERB = _V.scheme_alternation("ChangeWord", ("ValueImprovingStem",))
# 'increased', 'expands', 'grew', 'swollen': a verb of a value or a volume growing, any ending
GROWING_VERB = f'(?:{_V.scheme_alternation("ChangeWord", ("ValueRaisingStem",))}|{_V.scheme_alternation("GrowthWord")})'
# 'fell', 'rose', 'dropped': the pasts not made by adding 'ed'
CHANGED_PAST = _V.scheme_alternation("ChangeWord", ("ChangedPastWord",))

# the verbs' beginnings themselves, for a reader that adds the endings it takes ('lower' + 'ed')
def _stems(*concepts: str) -> tuple[str, ...]:
    return tuple(sorted({w.removesuffix("*") for c in concepts for w in _V.scheme_words("ChangeWord", c)},
                        key=lambda w: (-len(w), w)))


CHANGE_STEM_WORDS = _stems(*_STEM_CONCEPTS)
CHANGE_STEM = "(?:" + "|".join(map(re.escape, CHANGE_STEM_WORDS)) + ")"
IMPROVING_STEM = "(?:" + "|".join(map(re.escape, _stems("ValueImprovingStem"))) + ")"
# every spelling of a verb or noun of change, for a reader that first looks for their first letters
CHANGE_WORDS = (*CHANGE_STEM_WORDS, *_V.scheme_words("ChangeWord", "ChangedPastWord"),
                *_V.scheme_words("ChangeWord", "ChangeNoun"))
