"""The per-document memos of asked-again questions (a sentence's strategy labels, its kinetics words, a support's
name in words, a dopant salt, an outlook title, a sentence's additive cues, its cell notations, a formula's single
metal, a formula's leading cations) give the plain function's answer, the first time and again, and forget at the
next document. (Sentences written for these tests.)"""
from __future__ import annotations

import pytest

import ingest.extraction.mechanisms.mechanisms_formed as mechanisms_formed
import ingest.extraction.mechanisms.mechanisms_phrases as mechanisms_phrases
from ingest.extraction.samples import cells, dopant_salts, material_cues
from ingest.extraction.text import challenges
from ingest.extraction.values import property_cues
from ontology import strategy_rules, system, units
from ontology.text_memo import new_document, registered
from ontology.units import UnitError, to_canonical
from ontology.vocabulary import UnknownTermError

_MEMOS = [mechanisms_phrases.label_places, mechanisms_formed.says_kinetics, system.architecture_name, dopant_salts.dopant_salt,
          challenges.is_outlook, material_cues.may_cue_additive, cells._tested_layers, strategy_rules._single_metal,
          system._cations_and_rest, system.storage_metal, units._converted]

_SENTENCES = [
    "Ball milling the hydride with 7 wt% NbF5 shortened its desorption kinetics at 290 °C.",
    "A Li | LiBH4 | TiS2 cell was cycled at 120 °C after the electrolyte was pressed into a pellet.",
    "The powders were mixed with nanoporous hard carbon scaffolds and heated under argon.",
    "No additive was used; the bare hydride released 5.2 wt% H2 in two hours.",   # (no cue: a gate that says no)
]

_CASES = [
    (mechanisms_phrases.label_places, [(s, "Nanosizing") for s in _SENTENCES] + [(s, "Catalysis") for s in _SENTENCES]),
    (mechanisms_formed.says_kinetics, [(s.lower(),) for s in _SENTENCES]),
    (system.architecture_name, [("ordered nanoporous hard carbon",), ("silica aerogel scaffold",), ("MgH2",)]),
    (dopant_salts.dopant_salt, [("Ca", "LiBH4", "Ca(BH4)2"), ("Ca", "LiBH4", "CaH2"), ("K", "NaAlH4", "KAlH4"),
                                ("Ni", "MgH2", "NiCl2")]),
    (challenges.is_outlook, [("5. Summary and outlook",), ("3.2 Catalysts",), ("Conclusions",), ("",)]),
    (material_cues.may_cue_additive, [(s,) for s in _SENTENCES]),
    (cells._tested_layers, [(s,) for s in _SENTENCES]),
    (strategy_rules._single_metal, [("TiO2",), ("Mg2NiH4",), ("Nb2O5",), ("not a formula",), ("CeH2.73",)]),
    (system._cations_and_rest, [("Li0.9K0.1BH4",), ("(Li0.7Na0.3)CB11H12",), ("Mg0.95In0.05",), ("B2O3",)]),
    (system.storage_metal, [("Mg",), ("Mg2Ni",), ("Mg90Ni10",), ("TiO2",), ("Ni",)]),
    (units._converted, [("dehydrogenation_temperature", 573.15, "K"), ("dehydrogenation_temperature", 300.0, "degC"),
                        ("dehydrogenation_activation_energy", 0.5, "eV"), ("dehydrogenation_activation_energy", 120.0, "kJ/mol")]),
]


@pytest.mark.parametrize("memo, calls", _CASES, ids=lambda x: getattr(x, "__name__", ""))
def test_a_memo_gives_the_plain_answer_first_and_again(memo, calls):
    new_document()
    plain = [memo.__wrapped__(*args) for args in calls]
    assert [memo(*args) for args in calls] == plain
    assert [memo(*args) for args in calls] == plain    # (read from the memo)
    new_document()
    assert memo.cache_info().currsize == 0


def test_the_gates_that_must_not_skip_do_not():
    # (a sentence with a cue says so; one with none says no: the memo keeps both answers apart)
    new_document()
    assert material_cues.may_cue_additive(_SENTENCES[0]) and not material_cues.may_cue_additive("We slept.")
    assert mechanisms_formed.says_kinetics(_SENTENCES[0].lower()) and not mechanisms_formed.says_kinetics("we slept.")
    assert cells._tested_layers(_SENTENCES[1]) and not cells._tested_layers(_SENTENCES[3])


def test_every_new_memo_is_a_per_document_cache():
    assert all(m in registered() for m in _MEMOS)


def test_a_conversion_is_the_plain_one_and_a_zero_keeps_its_sign():
    new_document()
    for _ in range(2):   # (the second time from the memo)
        assert to_canonical("dehydrogenation_temperature", 573.15, "K") == units._conversion("dehydrogenation_temperature",
                                                                                         573.15, "K")
    assert str(to_canonical("dehydrogenation_temperature", 0.0, "degC")) == "0.0"
    assert str(to_canonical("dehydrogenation_temperature", -0.0, "degC")) == "-0.0"   # (not the memo's 0.0)
    with pytest.raises(UnitError):   # (an error is raised each time, never remembered as an answer)
        to_canonical("dehydrogenation_temperature", 5.0, "kJ/mol")
    with pytest.raises(UnitError):
        to_canonical("dehydrogenation_temperature", 5.0, "kJ/mol")


def test_the_default_readings_are_the_terms_own():
    keys = list(property_cues._property_keys())
    plain = [k for k in keys if property_cues.vocabulary().property(k).default_reading]
    assert property_cues._default_of(keys) == plain and property_cues._default_of(tuple(keys)) == plain
    with pytest.raises(UnknownTermError):   # (an unknown key fails as the term look-up does)
        property_cues._default_of(["no_such_property"])


@pytest.mark.parametrize("text", ["The Mg–Ni alloy — a 2LiBH4‐MgH2 composite", "ΔH of −74 kJ mol−1 ‒ at 300 °C",
                                  "  LiBH4‑Ca(BH4)2   ﬁlms  ", "plain ascii - text", "no dash in it: MgH₂ at 30 °C"])
def test_fold_writes_every_dash_as_a_hyphen_as_the_translation_did(text):
    import unicodedata

    from ontology.vocabulary import fold
    table = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
    plain = " ".join(unicodedata.normalize("NFKC", text).casefold().strip().translate(table).split())
    new_document()
    assert fold(text) == plain and fold.__wrapped__(text) == plain


@pytest.mark.parametrize("notation", ["MgH2–5 wt% Nb2O5–10 wt% C", "2LiBH4–MgH2", "LiBH4@SiO2", "Mg"])
def test_a_parse_copy_is_pydantic_s_copy_and_shares_nothing_it_may_change(notation):
    found = system.analyse_system(notation)
    for model in [found.system, found.system.host, *found.system.additives]:
        mine, theirs = system._shallow_copy(model), model.model_copy()
        assert mine == theirs and type(mine) is type(theirs)
        assert mine.model_fields_set == theirs.model_fields_set
        assert mine.__pydantic_extra__ == theirs.__pydantic_extra__
        assert mine.__pydantic_private__ == theirs.__pydantic_private__
        assert mine.__dict__ is not model.__dict__
    copied = system._copy_parse(found)
    copied.system.host.formula = "changed"
    for a in copied.system.additives:
        if a.amount is not None:
            a.amount.value = 99.0
    copied.system.additives.clear()
    assert system.analyse_system(notation) == found


_BEFORE = [
    "the hydrogen uptake of the milled powder reached approximately equal to ",   # (the widest qualifier, whole)
    "after ten cycles the alloy still released approximately ",
    "a plateau that stayed at most ",
    "the onset moved from 350 °C to below\u00a0 ",          # (a no-break space after the words)
    "the capacity, about 5 wt% at first, fell to ",        # (a qualifier far from the number: none)
    "which is well above the value reported, namely\n",
    "x≥",
    "held under ~",
    "ca. ",
    "",
]


@pytest.mark.parametrize("before", _BEFORE)
def test_a_qualifier_is_read_from_the_tail_as_from_the_whole_words(before):
    from ingest.extraction.text import quantity_text as qt

    def whole(text):
        if not qt._ANY_QUALIFIER.search(text):
            return None, "="
        return next(((m, q) for p, q in qt._QUALIFIERS if (m := p.search(text))), (None, "="))

    def said(r):
        return (r[0].span(), r[0].group(0), r[1]) if r[0] is not None else (None, r[1])

    new_document()
    for text in (before, "Some words before it all: " + before):
        assert said(qt._qualifier_in(text)) == said(whole(text))


def test_the_tail_is_as_long_as_the_widest_qualifier():
    from ingest.extraction.text import quantity_text as qt
    assert qt._QUALIFIER_REACH == len("approximately equal to")
    assert qt._qualifier_in("the capacity was approximately equal to  ")[1] == "~"


_ROLE_SENTENCES = [
    "Catalysts such as TiF3, NbCl5 and VCl3 were ball milled with the alanate for two hours.",   # (a capital first)
    "Several destabilizing agents (for instance Si or Ge) were tried before the amide was chosen.",
    "The LiH was used as a catalyst for the borohydride, not as a reactant.",
    "A glassy phase formed when the powders were heated slowly under vacuum.",   # (no role noun: nothing found)
]


@pytest.mark.parametrize("text", _ROLE_SENTENCES)
def test_the_role_noun_look_ahead_finds_what_the_alternation_alone_finds(text):
    import re

    from ingest.extraction.samples import declared_roles as dr
    from ontology.role_words import role_noun_alternation, role_verbs
    plain_cue = re.compile("|".join([role_noun_alternation(), *(p for p, _ in role_verbs())]), re.I)
    plain_such = re.compile(dr._such_as().pattern.removeprefix(dr._noun_ahead()), re.I)
    assert dr._noun_ahead() and dr._such_as().pattern.startswith(dr._noun_ahead())
    assert [m.span() for m in dr._cue().pattern.finditer(text)] == [m.span() for m in plain_cue.finditer(text)]
    # (the examples' pattern is searched in the words up to a material: each start of a capitalised word here)
    for at in [i for i, c in enumerate(text) if c.isupper()]:
        new, plain = dr._such_as().search(text, 0, at), plain_such.search(text, 0, at)
        assert (new and (new.span(), new.groupdict())) == (plain and (plain.span(), plain.groupdict()))


def test_a_capitalised_role_noun_is_still_found():
    from ingest.extraction.samples import declared_roles as dr
    text = _ROLE_SENTENCES[0]
    assert dr._such_as().search(text, 0, text.index("TiF3")).group("noun") == "Catalysts"
    assert dr.may_declare(text) and dr._cue().search(_ROLE_SENTENCES[3]) is None


@pytest.mark.parametrize("text", [
    "The Mg-based composite with 8 wt% Fe was milled for five hours.",
    "THE Mg-based composite with 8 wt% Fe was milled again.",            # (the article in capitals)
    "We then prepared an Mg-based composite and our Mg-based alloy.",
    "Mg-based alloys absorb hydrogen slowly; the Mg-based hydrides too.",  # (classes: no sample, as before)
])
def test_the_article_look_ahead_finds_what_the_pattern_alone_finds(text):
    import re

    from ingest.extraction.text import typed_names as tn
    plain = re.compile(tn._BASED_SAMPLE.pattern.removeprefix("(?=[TtAaOo])"))
    assert tn._BASED_SAMPLE.pattern.startswith("(?=[TtAaOo])")
    assert [m.span(1) for m in tn._BASED_SAMPLE.finditer(text)] == [m.span(1) for m in plain.finditer(text)]
