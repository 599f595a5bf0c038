"""``names_any_mechanism`` looks once, for both kinds of phrase and with 'hydride' left out
(``_may_name_either``), before the exact looks: that look may only let through, never turn away, a sentence
the exact path would find a phrase in. Sentences written for this test."""
import pytest

import ingest.extraction.mechanisms.mechanisms_phrases as mechanisms_phrases
import ingest.extraction.text.mechanisms_words as mechanisms_words
from ontology.text_memo import new_document
from ontology.vocabulary import fold, vocabulary

NAMING = [
    "The added nickel acts through a hydrogen spillover effect that speeds up uptake.",
    "Titanium fluoride weakens the Mg–H bond and so lowers the release temperature.",
    "Such dopants exhibit a catalytic effect on the hydrogen release of LiAlH4.",     # a family phrase
    "Once destabilised, LiBH4 gives off its hydrogen some 100 K lower.",
    # 'hydride' of a label read from the host's formula ('keep hydride amorphous')
    "Milling with the glass former keeps MgH2 amorphous over many cycles.",
]
NOT_NAMING = [
    "The samples were milled for ten hours under argon before the measurements.",
    "We thank the beamline staff for their help with the diffraction runs.",
    "The effect of the hydrogen pressure on the uptake was small.",
    # near miss: the label's other words are there, but no host formula stands for its 'hydride'
    "Milling keeps the powder amorphous over many cycles.",
]


def _stems(text: str) -> frozenset[str]:
    return mechanisms_phrases._stem_set(mechanisms_words.WORD_HYPHEN.sub(" ", fold(text)))


def _exact(text: str) -> bool:
    """``names_any_mechanism`` as it read before the one look: the exact looks of each kind of phrase."""
    stems = _stems(text)
    return mechanisms_phrases._may_name_in(text, stems) and bool(mechanisms_phrases.find_mechanisms(text)) \
        or mechanisms_phrases._may_name_in(text, stems, True) and bool(mechanisms_phrases.find_mechanisms(text, families=True))


@pytest.mark.parametrize("text", NAMING + NOT_NAMING)
def test_same_answer_as_the_exact_looks(text):
    new_document()
    assert mechanisms_phrases.names_any_mechanism(text) == _exact(text) == (text in NAMING)


@pytest.mark.parametrize("text", NAMING)
def test_the_one_look_lets_every_naming_sentence_through(text):
    new_document()
    assert mechanisms_phrases._may_name_either(_stems(text))


def test_the_one_look_may_let_through_what_the_exact_looks_turn_away():
    # ('keep' and 'amorphous' are there, the host formula the label's 'hydride' needs is not)
    text = NOT_NAMING[-1]
    new_document()
    assert mechanisms_phrases._may_name_either(_stems(text)) and not mechanisms_phrases.names_any_mechanism(text)


@pytest.mark.parametrize("families", [False, True])
def test_every_label_passes_the_one_look(families):
    """Each label of the ontology's mechanisms, as written and with its 'hydride' written as a host formula."""
    vocab = vocabulary()
    new_document()
    for term in vocab.terms("Mechanism"):
        if (len(vocab.children(term.id)) >= mechanisms_phrases._FAMILY_SIZE) != families:
            continue
        for label in term.labels:
            for text in (label, label.replace("hydride", "MgH2")):
                if mechanisms_phrases._may_name_in(text, _stems(text), families):
                    assert mechanisms_phrases._may_name_either(_stems(text)), text
