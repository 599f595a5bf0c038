"""A value named as a goal the sentence calls hard to reach ("achieving particle sizes below 100 nm remains
challenging", "reaching a conductivity above 1 mS/cm at room temperature is still difficult") is no result: no sample
was measured at it, so it is no value of the graph."""
from __future__ import annotations

import re

from .quantity_text import Group

# the goal: a gerund of reaching, the value after it in its noun phrase (no clause break between)
_REACHING = re.compile(r"\b(?:achiev|reach|attain|obtain|realiz|realis)ing\b[^.;,]{0,80}$", re.I)
# what the sentence says of it: hard to reach ('remains challenging', 'is still a challenge', 'has been difficult')
_HARD = re.compile(r"[^.;,]{0,40}?\b(?:remains?|is|are|was|were|has\s+been|have\s+been)\s+(?:still\s+)?"
                   r"(?:(?:very|highly|extremely|quite|particularly)\s+)?(?:challenging|difficult|hard|elusive|"
                   r"unattainable|an?\s+(?:(?:major|great|key|significant|open)\s+)?challenge)\b", re.I)


def hard_to_reach(text: str, g: Group) -> bool:
    """The value is a goal the sentence says is hard to reach, not a result."""
    return bool(_REACHING.search(text, max(0, g.start - 90), g.start) and _HARD.match(text, g.end))
