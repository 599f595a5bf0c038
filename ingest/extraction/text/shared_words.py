"""Words coordinated before the words they share, which are written once, after the last of them: 'hydrogen and
lithium storage' is hydrogen storage and lithium storage, 'a capacity and energy retention of 81 % and 79 %' a
capacity retention and an energy retention. One grammar of it, which each reader anchors as it needs: the members
(a list, its last one after the joining word), then one or two shared words — a second one no word that links a
name to its value ('retention of', 'storage was')."""
from __future__ import annotations

import re

from .copula import BE

# a word of a name (letters first: '2D and 3D' share no noun as names do)
_WORD = r"[A-Za-z][\w-]*"
# the words that link a name to its values ('capacities of', 'were', 'reached', 'amounted to'): no shared word
LINKS = rf"(?:of|{BE}|reached|reaching|amounted\s+to|equal\s+to|to)"


def shared_after(joins: str = r"and|or|&") -> str:
    """The pattern of members then the words they share: group ``members`` (those before the joining word, apart by
    commas), ``last`` (the member after it) and ``shared``. ``joins``: the joining words taken ('and' alone for
    names whose values are listed: 'A or B capacity of 5 and 6' lists no two values)."""
    return (rf"\b(?P<members>(?:{_WORD}\s*,\s*)*{_WORD})\s*,?\s+(?:{joins})\s+(?P<last>{_WORD})\s+"
            rf"(?P<shared>{_WORD}(?:\s+(?!{LINKS}\b){_WORD})?)")


def members_of(m: re.Match) -> list[str]:
    """Each member of a match of ``shared_after``, as written."""
    return [w for w in re.split(r"\s*,\s*", m["members"]) if w] + [m["last"]]
