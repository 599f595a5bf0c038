"""A ratio written right after the names it is of: "(1:0.1)", "in a 2:1 molar ratio", "with the
molar ratios of 1:2", "(2:1 by mole)", "in a weight ratio of 70:20:10", "(8:1:1 by weight)".

One pattern for every reader: the kind the text gives the ratio (a word before or after it) is in
the named groups ``kind``/``kind_after``/``by``, read by ``ratio_kind``; a sample's molar ratio
(ingest.samples) and an electrode's mass ratio (ingest.electrode_formulations) each keep their own.
"""
from __future__ import annotations

import re

_KIND = r"molar|mole|mol|weight|mass|wt\.?"
RATIO_AFTER = re.compile(
    r"\s*(?:\(\s*|,?\s*(?:in|at|with)\s+(?:an?\s+|the\s+)?)"
    rf"(?:(?P<kind>{_KIND})\s+ratios?\s+(?:of\s+)?)?"
    r"(?P<r>(?P<a>\d+(?:\.\d+)?)\s*:\s*(?P<b>\d+(?:\.\d+)?)(?:\s*:\s*\d+(?:\.\d+)?)*)"
    rf"(?:\s*by\s+(?P<by>mole|weight|mass)|\s*(?P<kind_after>{_KIND})(?:\s+ratio)?\b)?(?:\s*\))?", re.I)


def ratio_kind(ratio: re.Match) -> str | None:
    """'molar', 'mass', or None for a bare 'a:b' (which may be either)."""
    word = ratio.group("kind") or ratio.group("kind_after") or ratio.group("by")
    if word is None:
        return None
    return "molar" if word.lower().startswith("mol") else "mass"


def ratio_shares(ratio: re.Match) -> list[float]:
    return [float(x) for x in re.split(r"\s*:\s*", ratio.group("r"))]
