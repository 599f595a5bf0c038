"""A reaction an abstract service prints without spaces: "LiAlH4→1/3Li3AlH6+2/3Al+H2". The tokenizer reads
such a run as one word, so no formula of it is found (nor the reactant side a value of the reaction is of);
the clean text sets the arrow and each plus between formulas apart, as an equation is usually written
("LiAlH4 → 1/3Li3AlH6 + 2/3Al + H2").
"""
from __future__ import annotations

import re

# (the arrows of ingest/extraction/values/reactions.py that a service glues between formulas)
_ARROWS = "→⟶⇌⇄⇋↔⟷"
# a run without spaces that holds an arrow between a formula's last character and the next formula's first
_GLUED_RUN = re.compile(rf"[^\s,;]*[\w)\]][{_ARROWS}][\d(\[A-Z][^\s,;]*")
# in such a run: an arrow, or a plus between a formula's end and the next term's start (a coefficient, a capital)
# ("Li+" of an ion before an arrow has no term after it and stays)
_JOINS = re.compile(rf"(?<=[\w)\]])(?:[{_ARROWS}]|\+)(?=[\d(\[A-Z])")


def has_glued_equation(text: str) -> bool:
    """The cheap look before ``spaced_equations``: an arrow with no space before it."""
    return any(a in text for a in _ARROWS) and _GLUED_RUN.search(text) is not None


def spaced_equations(text: str) -> list[tuple[int, str]]:
    """(position, ' ') that set apart each arrow and plus of a reaction written without spaces."""
    out = []
    for run in _GLUED_RUN.finditer(text):
        for join in _JOINS.finditer(text, run.start(), run.end()):
            out += [(join.start(), " "), (join.end(), " ")]
    return out
