"""``_Context`` gathers what its held sentences add and name (``added``, ``given``, ``composites``) once per state:
the answers must be what reading every held sentence again gives, must follow each sentence added or entered,
and must not change when a caller changes the copy it was handed. Sentences written for this test."""
from types import SimpleNamespace

import ingest.extraction.mechanisms.mechanisms as M
import ingest.extraction.mechanisms.mechanisms_context as mechanisms_context
import ingest.extraction.mechanisms.mechanisms_materials as mechanisms_materials
from ontology.text_memo import new_document

# (text, paragraph): the first paragraph's sentence is then the passage's ``earlier``
PASSAGE = [
    ("Pure MgH2 was milled with 5 mol% of NiO for two hours.", 1),
    ("The 2LiBH4–MgH2 composite was then doped with TiCl3 as a catalyst.", 2),
    ("After cycling, traces of LiH and Li2B12H12 were detected in the doped powder.", 2),
]
NEXT_PASSAGE = [("A thin film of Mg was capped with Pd to keep it from oxidising.", 3)]


def _sentence(text: str, start: int, passage: int, paragraph: int):
    return SimpleNamespace(text=text, start=start, end=start + len(text), section="2", passage=passage,
                           paragraph=paragraph, refs=[])


def _plain(ctx, passage: bool):
    held = [*(ctx.earlier if passage else ()), *ctx.previous]
    return [f for s in held for f in s.added()], {f for s in held for f in s.given()}


def _plain_composites(ctx):
    added = [*_plain(ctx, True)[1], *(f for f in _plain(ctx, True)[0] if mechanisms_materials.usually_catalyst(f))]
    given = frozenset().union(*(M._elements(f) for f in added), frozenset())
    return [(host, frozenset().union(M._elements(host), *(M._elements(a.formula) for a in s.additives), given))
            for one in ctx.previous for _, _, s in one.mentions
            if s is not None and s.additives and mechanisms_materials.is_host(host := mechanisms_materials.host_of_system(s))
            and not mechanisms_materials.usually_additive(host) and "H" in M._elements(s.host.formula)]


def _read(ctx, texts, passage: int, at: int) -> int:
    for i, (text, paragraph) in enumerate(texts):
        # (sentences ten characters apart: a new paragraph moves the one before to ``earlier``)
        ctx.enter(_sentence(text, at, passage, paragraph))
        for flag in (False, True):        # (asked before the sentence is added: the state it must not outlive)
            assert (ctx.added(flag), ctx.given(flag)) == _plain(ctx, flag)
        ctx.add(mechanisms_context.Said(_sentence(text, at, passage, paragraph)))
        ctx.last_end = at + len(text)
        for flag in (False, True):
            assert (ctx.added(flag), ctx.given(flag)) == _plain(ctx, flag), (i, flag)
            assert ctx.composites() == _plain_composites(ctx)
        at += len(text) + 10
    return at


def test_gathered_answers_follow_every_sentence_entered_and_added():
    new_document()
    ctx = mechanisms_context.Context()
    at = _read(ctx, PASSAGE, passage=1, at=0)
    assert "TiCl3" in ctx.added(True) and "NiO" in ctx.added(True) and "NiO" not in ctx.added()
    assert ctx.composites()
    _read(ctx, NEXT_PASSAGE, passage=2, at=at)        # (a new passage: nothing of the first one held)
    assert "TiCl3" not in ctx.added(True) and "Pd" in ctx.added(True)


def test_a_caller_changing_its_copy_changes_no_later_answer():
    new_document()
    ctx = mechanisms_context.Context()
    _read(ctx, PASSAGE, passage=1, at=0)
    before = (ctx.added(True), ctx.given(True), ctx.composites())
    ctx.added(True).append("Xx")
    ctx.given(True).add("Xx")
    ctx.composites().clear()
    assert (ctx.added(True), ctx.given(True), ctx.composites()) == before
