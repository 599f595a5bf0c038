"""The words that hedge a value's number, read from the ontology's ValueHedgeWord scheme (and ConditionBoundWord's
BoundIntensifier for 'only', 'just', 'merely'): one alternation of each kind, which every reader of values composes
('of about 5 wt%', 'by ~30 °C', 'from ca. 300 °C', 'released only 2 wt%', 'nearly 7 wt%', 'up to 6 wt%'), so that a
word added to the ontology reaches them all. A reader where a word means something else composes the kinds it takes
('about' meaning 'concerning': the signs and abbreviations alone)."""
from __future__ import annotations

from ontology.vocabulary import vocabulary

_V = vocabulary()
# '~', '∼', '≈'
APPROX_SIGN = _V.scheme_alternation("ValueHedgeWord", ("ApproximatingSign",))
# 'ca.', 'circa', 'approx.'
APPROX_ABBREVIATION = _V.scheme_alternation("ValueHedgeWord", ("ApproximatingAbbreviation",))
# 'about', 'around', 'approximately', 'roughly'
APPROX_ADVERB = _V.scheme_alternation("ValueHedgeWord", ("ApproximatingWord",))
# all that say a value is approximate: signs, abbreviations and adverbs
APPROXIMATING = _V.scheme_alternation("ValueHedgeWord", ("ApproximatingSign", "ApproximatingAbbreviation",
                                                         "ApproximatingWord"))
# '≈' as some indexing services print it ('a approximate to 4.2 angstrom'): the relation of approximate equality
INDEXED_APPROX_EQUAL = r"approximate(?:ly equal)? to"   # (single spaces: the qualifier reach is read off its width)
# 'nearly', 'almost': a little short of the number
NEARLY = _V.scheme_alternation("ValueHedgeWord", ("NearlyWord",))
# 'only', 'just', 'merely', 'a mere': how small a value is stressed (the ontology's intensifier of a bound)
LIMITING = _V.scheme_alternation("ConditionBoundWord", ("BoundIntensifier",))
# 'up to': the most reached
UP_TO = _V.scheme_alternation("ValueHedgeWord", ("UpperBoundPhrase",), spaced=True)


def hedged(*kinds: str) -> str:
    """The hedge alternations ``kinds`` and the space after the word: a word ending in a letter needs one ('about
    5 wt%'), a sign or a dotted abbreviation not ('~5 wt%', 'ca.5 wt%')."""
    return rf"(?:(?:{'|'.join(kinds)})(?:(?<=\w)\s+|(?<!\w)\s*))"

# the spellings themselves, for a reader that first asks whether the words before a value end in one
# ('… at about', '… of up to': property_cues looks further only then)
APPROXIMATING_WORDS = tuple(w for c in ("ApproximatingSign", "ApproximatingAbbreviation", "ApproximatingWord")
                            for w in _V.scheme_words("ValueHedgeWord", c))
# 'ca.', 'approx.': the abbreviations, whose full stop ends no sentence (ingest.documents.document)
APPROX_ABBREVIATION_WORDS = _V.scheme_words("ValueHedgeWord", "ApproximatingAbbreviation")
LIMITING_WORDS = _V.scheme_words("ConditionBoundWord", "BoundIntensifier")
UP_TO_WORDS = _V.scheme_words("ValueHedgeWord", "UpperBoundPhrase")


def bound(*concepts: str, spaced: bool = True) -> str:
    """The bound words of ValueHedgeWord's ``concepts`` ('LessThanPhrase', 'OverWord', …) as one alternation, their
    spaces any run of white space; ``spaced=False``: one space, for a reader whose pattern must stay of bounded width
    (the qualifier reader searches the few characters before a number)."""
    return _V.scheme_alternation("ValueHedgeWord", concepts, spaced=spaced)


# the bound words by what they say of the number after them, for the readers of qualifiers
BOUND_BELOW = ("LessThanPhrase", "SmallerThanPhrase", "BelowWord", "UnderWord")     # '<'
BOUND_ABOVE = ("MoreThanPhrase", "LargerThanPhrase", "AboveWord", "OverWord", "ExceedingWord")   # '>'
