"""A hydrogen capacity said to stay at a level ('the hydrogen capacity maintains above 6.0% after 20 cycles', 'the
hydrogen storage capacity remains at 6.1%', 'is kept at about 8.2%'): a verb of keeping, then a word that places the
number as a level ('at', 'above', 'over', 'more than', 'at least', a hedge), then a bare per cent a hydrogen mass share
can be. That per cent is the capacity the sample still holds (wt%), not the share of a capacity kept (a retention:
'keeps 93% of its hydrogen capacity', 'the capacity maintains 95%', 'remains above 90%', more than any hydride holds).
The verbs are the ontology's KeepingVerb scheme, the bound words its ValueHedgeWord scheme, the most a hydride holds
the hydrogen capacity's hkg:plausibleMax."""
from __future__ import annotations

import re
from functools import lru_cache

from ontology.vocabulary import vocabulary

from .hedge_words import APPROXIMATING, BOUND_ABOVE, NEARLY, bound, hedged


@lru_cache(maxsize=1)
def _held_at() -> re.Pattern[str]:
    keeping = vocabulary().scheme_alternation("KeepingVerb")
    # ('at' places a level; the bound words a floor under it; a hedge may follow either: 'at about', 'above ~')
    level = rf"(?:(?:at|to)\s+(?:{bound('AtLeastPhrase')}\s+)?|{bound(*BOUND_ABOVE, 'AtLeastPhrase')}\s*)"
    return re.compile(rf"\b{keeping}\s+(?:still\s+|steadily\s+|stably\s+)?{level}{hedged(APPROXIMATING, NEARLY)}?$",
                      re.I)


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def held_level(text: str, start: int) -> bool:
    """Is the bare per cent whose number starts at ``start`` a level a capacity is kept at ('maintains above
    6.0%', 'remains at 6.1%')? Only a number a hydrogen mass share can be: 'remains above 90%' is a retention."""
    number = _NUMBER.match(text, start)
    most = vocabulary().property("hydrogen_capacity").plausible_max
    if number is None or most is None or float(number.group()) > most:
        return False
    return _held_at().search(text, max(0, start - 60), start) is not None
