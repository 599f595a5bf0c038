"""Members coordinated before the words they share (ingest.extraction.text.shared_words): one grammar for the stated use
of a title ('hydrogen and lithium storage') and for names sharing a head before listed values ('capacity and energy
retention of 81 % and 79 %'). Every member of a list shares the words, not only the one before the joining word.
Titles written for this test."""
from __future__ import annotations

import re

import pytest

from ingest.extraction.document_wide.stated_use import stated_uses
from ingest.extraction.text.shared_words import members_of, shared_after


@pytest.mark.parametrize("title", [
    "Complex hydrides for hydrogen, thermal and lithium storage",
    "Borohydrides in hydrogen, thermal-energy and lithium storage applications",
    "Alanates for hydrogen, sodium and lithium storage",
])
def test_a_list_of_uses_sharing_their_noun_states_each_use(title):
    # (uses of both branches, hydrogen and lithium storage, state none)
    assert stated_uses([title]) == set()


def test_a_use_said_on_its_own_is_stated():
    # (near miss: 'hydrogen' shares no noun with 'lithium storage' here)
    assert stated_uses(["Borohydride electrolytes for lithium storage, with hydrogen release studied"]) \
        == {"LithiumStorage"}


def test_the_members_and_the_shared_words():
    m = re.search(shared_after("and"), "a capacity, power and energy retention of 81 %")
    assert members_of(m) == ["capacity", "power", "energy"] and m["shared"] == "retention"
