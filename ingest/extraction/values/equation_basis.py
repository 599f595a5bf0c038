"""A value the text derives from a numbered equation: "lowers the reaction enthalpy to 36 kJ/mol H2, as shown in
Equation (2)", "a dehydrogenation enthalpy of 41 kJ/mol according to Eq. 3", "an equilibrium temperature of 25 °C
(Equation (4))". What the equation gives is the reaction's figure, computed from thermodynamic data or the
formulas, not a measurement of a sample: its basis is theoretical — as the review's Table 2 marks the very figure of
the MgH2–Si reaction it derives so in its prose (T 36.4), and as the README's contract defines the basis (from the
composition and the reaction; 'calculated' is kept for DFT and first-principles work).

Only the equation named right after the value counts; a value said to be released through a reaction ("gives off
5.6 wt% via reaction (2)", "following reaction 1, 9 wt% was released") is the sample's measured amount along that
path.
"""
from __future__ import annotations

import re

from ontology.vocabulary import vocabulary

# the words that name the equation a value comes from: 'as shown in Equation (2)', 'according to Eq. 3', '(Equation 4)'
# (the names and the deriving verbs are the ontology's EquationWord scheme; the English around them is read here)
_EQUATION = rf"{vocabulary().scheme_alternation('EquationWord', ('EquationName',))}\s*\(?\s*\d"
_NAMING = (r"(?:(?:(?:as\s+)?" + vocabulary().scheme_alternation("EquationWord", ("EquationDerivingVerb",))
           + r"\s+(?:in|by|from|with|using)|according\s+to|from|by|using)\s+(?:the\s+)?" + _EQUATION
           + r"|\(\s*(?:see\s+)?" + _EQUATION + ")")
# right after the value's unit (a gas written after it first)
_FROM_EQUATION = re.compile(r"\s*(?:of\s+)?(?:H2|H₂|hydrogen)?\s*,?\s*" + _NAMING, re.I)
# anywhere in a sentence, set off by a comma or opening a bracket
_EQUATION_NAMED = re.compile(r"(?:,\s*|\s+(?=\())" + _NAMING, re.I)


def derived_from_equation(text: str, end: int) -> bool:
    """Is the value ending at ``text[end]`` said to come from a numbered equation right after it?"""
    return _FROM_EQUATION.match(text, end) is not None


def derives_from_equation(text: str) -> bool:
    """Does ``text`` derive some value from a numbered equation? (Such a value is the reaction's, of the sample the
    sentence goes on about, not what a bare host's formula holds.)"""
    return _EQUATION_NAMED.search(text) is not None
