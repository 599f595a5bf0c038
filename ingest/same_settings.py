"""'MgH2–5 wt% Ni absorbs 5.5 wt% at 200 °C. At the same temperature, pristine MgH2 absorbs only 2.1 wt%.': a
value the text says was measured under the same settings as an earlier one of the paragraph takes those
settings (its own sentence gives none). Which settings: the condition the words name, by the ontology's
Condition labels ('temperature', 'pressure', 'current density', 'heating rate'), or all of them for 'the
same conditions'. A value its own sentence set beside one of the same property is read there
(ingest.value_conditions); this is for the value whose reference sits in an earlier sentence.
"""
from __future__ import annotations

import re
from functools import cache

from ontology.models import Measurement
from ontology.vocabulary import fold, vocabulary

# "at the same temperature", "under identical conditions", "with the same current density" (English; the nouns
# are read against the ontology below)
_SAME = re.compile(r"\b(?:at|under|in|with)\s+(?:the\s+)?(?:same|identical)\s+"
                   r"(?P<what>[a-z]+(?:\s+[a-z]+)?)\b", re.I)
_ALL = ("condition", "conditions", "setting", "settings")


@cache
def _condition_keys() -> dict[str, str]:
    """The folded label (singular) of each numeric Condition term → its key: 'temperature' → temperature."""
    out: dict[str, str] = {}
    for t in vocabulary().terms("Condition"):
        if t.key:
            for label in t.labels:
                out.setdefault(fold(label), t.key)
    return out


def _named_keys(what: str) -> set[str] | None:
    """The condition keys 'the same WHAT' names: None for all ('conditions'), empty for none it knows."""
    words = what.casefold().split()
    if words[0] in _ALL:
        return None
    keys = _condition_keys()
    for n in (2, 1):   # 'current density' before 'current'; a plural read as its singular
        phrase = " ".join(words[:n])
        for form in (phrase, phrase.removesuffix("s")):
            if fold(form) in keys:
                return {keys[fold(form)]}
    return set()


def same_settings(text: str, found: list[Measurement], earlier: list[Measurement]) -> list[Measurement]:
    """``found`` (a sentence's values) with the settings an earlier value of the paragraph was measured under
    added to each that the sentence says shares them and lacks them: the latest earlier value of the same
    property that has them."""
    said = _SAME.search(text) if found and earlier else None
    if said is None:
        return found
    wanted = _named_keys(said.group("what"))
    if wanted is not None and not wanted:
        return found
    out = []
    for m in found:
        missing = None if wanted is None else wanted - set(m.conditions)
        ref = next((e for e in reversed(earlier) if e.property == m.property and e.conditions
                    and (missing is None or missing <= set(e.conditions))), None)
        if ref is None or missing == set():
            out.append(m)
            continue
        taken = {k: v for k, v in ref.conditions.items()
                 if (k in missing if missing is not None else k not in m.conditions)}
        out.append(m.model_copy(update={"conditions": {**taken, **m.conditions}}) if taken else m)
    return out
