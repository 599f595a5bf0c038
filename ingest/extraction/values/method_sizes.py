"""The property a value is, when the method its sentence names gives only one of the properties its words may
mean: 'the grain size of MgH2 estimated from XRD line broadening was 20 nm' is a crystallite size, since line
broadening (a Scherrer analysis) measures crystallites, whatever the text calls them ('grain' names particles
and crystallites alike). Which methods give which property is the ontology's (``hkg:measures``); what keeps the
value its own property is a word of that property's preferred name the method's property lacks ('particle',
'pore', 'film', 'hydrogenation'), said around it."""
from __future__ import annotations

from ingest.extraction.text.quantity_text import Group, _dims
from ontology.vocabulary import vocabulary

from .property_cues import stems

_LENGTH = _dims("nm")


def _measured_keys(terms: list[str | None]) -> list[str]:
    """The keys of the properties the named techniques give as such, each once."""
    vocab = vocabulary()
    return list(dict.fromkeys(vocab.get(p).key for t in terms if t and t in vocab for p in vocab.get(t).measures
                              if p in vocab and vocab.get(p).key))


def _own_word_said(key: str, measured: str, words: str) -> bool:
    """Is a word of ``key``'s preferred name that ``measured``'s lacks ('particle' of 'particle size' beside
    'crystallite size') said in ``words``?"""
    vocab = vocabulary()
    own = set(stems(vocab.property(key).label)) - set(stems(vocab.property(measured).label))
    return not own.isdisjoint(stems(words))


def sizes_by_method(text: str, gs: list[Group], clause: dict[int, str], techniques: list[str | None]) -> None:
    """Makes each property value whose key the sentence's methods do not give, but one property of its dimension
    they do, that property, unless the words before it, or right after it up to the next value ('51 kJ/mol for
    hydrogenation'), say what its own property is."""
    measured = _measured_keys(techniques)
    if not measured:
        return
    vocab = vocabulary()
    for i, g in enumerate(gs):
        if g.role != "property" or not g.key or not g.unit or g.key in measured or _dims(g.unit) != _LENGTH:
            continue   # (sizes only: a method's usual property never overrides an energy's own name, 'ΔH(abs)')
        same = [k for k in measured if _dims(vocab.property(k).unit or "") == _dims(g.unit)]
        after = text[g.end:gs[i + 1].start if i + 1 < len(gs) else len(text)]
        if len(same) == 1 and not _own_word_said(g.key, same[0], f"{clause.get(id(g), '')} {after}"):
            g.key = same[0]
            g.cues.append("property:method")
