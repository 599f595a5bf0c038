"""ingest.extraction.values.value_lists.coordinated: the one pattern of the gap between materials named together; the
'or' of a choice is explicit, so a reader that joins only 'and' lists (prose's added materials) and one
that also joins choices (a list of values for 'A or B') share it."""
from __future__ import annotations

import pytest

from ingest.extraction.values.value_lists import coordinated


@pytest.mark.parametrize("gap,with_and,with_or", [
    (" and ", True, True),
    (", ", True, True),
    (", and ", True, True),
    (",and the ", True, True),
    (" and the ", True, True),
    (" or ", False, True),
    (", or ", False, True),
    (" or the ", False, True),
    (" ", False, False),            # two names side by side are no list
    (" the ", False, False),
    (" with ", False, False),
    (" and, ", False, False),
    (" nor ", False, False),
    ("; ", False, False),
])
def test_the_gap_between_coordinated_names(gap, with_and, with_or):
    text = "TiC" + gap + "graphene"
    start, end = 3, len(text) - len("graphene")
    assert coordinated(text, start, end, choice=False) is with_and
    assert coordinated(text, start, end, choice=True) is with_or


def test_only_the_gap_is_read():
    text = "Ni, Co or Fe were added"
    assert coordinated(text, 2, 4, choice=False) and not coordinated(text, 6, 10, choice=False)
    assert coordinated(text, 6, 10, choice=True)
