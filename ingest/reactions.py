"""Written reactions in a sentence: "NaAlH4 + 4Na+ + 4e− → Al + 4NaH", "Ca(BH4)2 + MgH2 → CaH2 + MgB2 + 4H2".

A value said of a reaction (its theoretical capacity, its enthalpy, the hydrogen it releases) belongs to
what reacts: the hydride and its partners on the left of the arrow. The products on the right are what the
sample turns into, never the sample measured, so they are no candidates for a value's system.
"""
from __future__ import annotations

import re

# Arrows as papers print them, and as markup leaves them ("\rightarrow" loses its "\right" to the
# markup cleaner: "arrow"; "\rightleftharpoons": "leftharpoons")
_ARROW = re.compile(r"\s*(?:→|⟶|⇌|⇄|⇋|↔|⟷|->|=>"
                    r"|(?P<word>\\?(?:long)?(?:left)?(?:right)?arrow|\\?(?:right)?leftharpoons))\s*")
_ANY_ARROW = re.compile(r"[→⟶⇌⇄⇋↔⟷]|->|=>|arrow|leftharpoons")

# the reactant side goes on after a formula over '+ 4Na+ + 4e−' up to the arrow
_REACTANTS_REST = re.compile(r"(?:\s*\+\s*[\d./]*\s*[A-Za-z(\[][^\s]*)*")

# the product side: 'CaH2 + MgB2 + 4H2', 'Al + 4NaH' (up to a comma, a bracket or a word)
_PRODUCTS = re.compile(r"\s*[\d./]*\s*[A-Za-z(\[][^\s,;]*(?:\s*\+\s*[\d./]*\s*[A-Za-z(\[][^\s,;]*)*")


def without_products(text: str, systems: list) -> list:
    """The (mention, system) pairs of the sentence but those on the product side of a written reaction."""
    if not systems or not _ANY_ARROW.search(text):
        return systems
    spans = []
    for arrow in _ARROW.finditer(text):
        reactant = any(m.end <= arrow.start() and _REACTANTS_REST.fullmatch(text, m.end, arrow.start())
                       for m, _ in systems)
        if arrow.group("word") and not reactant:
            continue    # the word "arrow" between no formulas is English
        products = _PRODUCTS.match(text, arrow.end())
        if products and (reactant or any(m.start >= arrow.end() and m.start < products.end() for m, _ in systems)):
            spans.append((arrow.end(), products.end()))
    if not spans:
        return systems
    return [(m, s) for m, s in systems if not any(a <= m.start < b for a, b in spans)]
