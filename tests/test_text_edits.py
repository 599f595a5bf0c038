"""The offset-keeping text edits of ingest.extraction.text.nlp: one general edit (``_replaced``); putting in and taking
out are its two special cases and must keep the offsets and citations as it does."""
from ingest.extraction.text.nlp import _replaced, _with_inserted, _without


def _start(text: str):
    return text, list(range(len(text))), [(len(text) - 1, ["ref1"])]


def test_inserting_keeps_offsets_of_the_character_after():
    text, offsets, cites = _start("MgH2 and TiO2")
    out, kept, moved = _with_inserted(text, offsets, cites, [(4, " "), (9, "x")])
    assert out == "MgH2  and xTiO2"
    assert kept == [0, 1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12]
    assert moved == [(14, ["ref1"])]
    assert (out, kept, moved) == _replaced(text, offsets, cites, [(4, 4, " "), (9, 9, "x")])


def test_inserting_at_the_end_points_past_the_last_character():
    out, kept, _ = _with_inserted("ab", [0, 1], [], [(2, "!")])
    assert (out, kept) == ("ab!", [0, 1, 2])


def test_removing_drops_the_offsets_and_moves_the_citations():
    text, offsets, cites = _start("LiBH4@  SiO2 ok")
    out, kept, moved = _without(text, offsets, cites, [(6, 8)])
    assert out == "LiBH4@SiO2 ok"
    assert kept == [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14]
    assert moved == [(12, ["ref1"])]
    assert (out, kept, moved) == _replaced(text, offsets, cites, [(6, 8, "")])


def test_a_citation_inside_a_removed_run_moves_to_its_start():
    _, _, moved = _without("abcdef", list(range(6)), [(3, ["r"])], [(2, 5)])
    assert moved == [(2, ["r"])]


def test_no_edit_leaves_everything_as_it_was():
    text, offsets, cites = _start("NaAlH4")
    assert _without(text, offsets, cites, []) == (text, offsets, cites)
    assert _with_inserted(text, offsets, cites, []) == (text, offsets, cites)
