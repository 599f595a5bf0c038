"""A value named as a goal the sentence calls hard to reach ("achieving particle sizes below 100 nm remains
challenging", "reaching a conductivity above 1 mS/cm at room temperature is still difficult") is no result: no sample
was measured at it, so it is no value of the graph. Nor is a bound the sentence says nothing has reached yet ("has yet
to exceed 1 mS/cm", "has not yet surpassed 10 wt%", "no electrolyte has so far reached 10^-2 S/cm")."""
from __future__ import annotations

import re

from ingest.extraction.text.quantity_text import Group

# the goal: a gerund of reaching, the value after it in its noun phrase (no clause break between)
_REACHING = re.compile(r"\b(?:achiev|reach|attain|obtain|realiz|realis)ing\b[^.;,]{0,80}$", re.I)
# what the sentence says of it: hard to reach ('remains challenging', 'is still a challenge', 'has been difficult')
_HARD = re.compile(r"[^.;,]{0,40}?\b(?:remains?|is|are|was|were|has\s+been|have\s+been)\s+(?:still\s+)?"
                   r"(?:(?:very|highly|extremely|quite|particularly)\s+)?(?:challenging|difficult|hard|elusive|"
                   r"unattainable|an?\s+(?:(?:major|great|key|significant|open)\s+)?challenge)\b", re.I)


def hard_to_reach(text: str, g: Group) -> bool:
    """The value is a goal the sentence says is hard to reach, not a result."""
    return bool(_REACHING.search(text, max(0, g.start - 90), g.start) and _HARD.match(text, g.end))


# passing a bound: the verb's stems ('exceed', 'surpassed', 'reaching')
_PASS = r"(?:exceed|surpass|reach|attain|achiev|top|pass|go\s+beyond|rise\s+above)\w*"
# the bound, right after the verb: 'exceed 1 mS/cm', 'reached a value of 10 wt%', 'surpassed about 5 wt%'
_BOUND = r"\s+(?:(?:a|the)\s+(?:value|level|mark|threshold|benchmark)\s+of\s+)?(?:above\s+|beyond\s+)?" \
         r"(?:about\s+|around\s+|ca\.\s*|~\s*)?$"
# a pass said not to have happened: 'has yet to exceed', 'is yet to reach', 'has not (yet) surpassed', 'have never
# reached', 'has still not reached', 'failed to exceed', 'no LiBH4-based electrolyte has so far reached' (the
# subject's words, no verb among them: 'no catalyst is needed and MgH2 has reached' says MgH2 did)
_NOT_YET = re.compile(
    rf"(?:\b(?:has|have|is|are)\s+yet\s+to\s+(?:be\s+)?"
    rf"|\b(?:has|have|had)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+|so\s+far\s+|ever\s+)?(?:been\s+)?"
    rf"|\b(?:fail(?:s|ed)?|unable)\s+to\s+"
    rf"|\bno\s+(?:(?!(?:is|are|was|were|and|but|while|whereas)\b)[\w+–-]+\s+){{1,5}}?"
    rf"(?:has|have)\s+(?:so\s+far\s+|yet\s+|ever\s+|to\s+date\s+)?)"
    rf"{_PASS}{_BOUND}", re.I)


def not_yet_reached(text: str, g: Group) -> bool:
    """The value is a bound the sentence says no sample has passed yet ('has yet to exceed 10^-3 S/cm'), not a
    result ('has already exceeded 1 mS/cm' is one)."""
    return bool(_NOT_YET.search(text, max(0, g.start - 120), g.start))
