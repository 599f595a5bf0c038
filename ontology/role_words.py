"""The words a text declares an additive's role with: the Role classes' labels ('catalyst', 'destabilization
agent', 'scaffold', 'dopant', 'conductive additive', 'binder' …) and the RoleVerb scheme's verbs ('to
destabilize', 'to catalyse'), each with the Role it names.

A role so declared ("TiH2 was selected as a catalyst for MgH2", "Al was chosen to destabilize MgH2") is what
the text says the additive does; the readers of samples let it win over the role the composition alone
would give. The words live in the ontology only (ontology/modifications.ttl).
"""
from __future__ import annotations

import re
from functools import cache

from rdflib import URIRef
from rdflib.namespace import SKOS

from .literal_patterns import alternation
from .namespaces import HKG
from .vocabulary import fold, vocabulary
from .word_gate import plain_character

# (the host is what the additive is declared for, never a role an additive is declared with; a precursor
# is 'for' what it makes, not for the host it is put into; a 'dopant' of a storage hydride is its catalyst, and
# whether a part substitutes in the lattice is the composition's to say, not the word's)
_NOT_DECLARED = ("HostHydride", "Precursor", "DopantSubstituent")


def _top_role(term_id: str) -> str:
    """The Role child ``term_id`` is or descends from (a nucleating agent is a Catalyst)."""
    vocab = vocabulary()
    ancestors = [a for a in vocab.ancestors(term_id) if vocab.get(a).kind == "Role"]
    return ancestors[-1] if ancestors else term_id


@cache
def role_nouns() -> dict[str, str]:
    """Folded role noun → Role id, of every Role an additive can be declared to play."""
    vocab = vocabulary()
    out: dict[str, str] = {}
    for term in vocab.terms("Role"):
        tid = term.id
        role = _top_role(tid)
        if role in _NOT_DECLARED:
            continue
        for label in vocab.get(tid).labels:
            out.setdefault(_key(label), role)
    # (nouns filed as another kind's labels too, 'grinding aid' of GrainRefinement: the RoleNoun scheme's)
    g = vocab.graph
    for concept in sorted(map(str, g.subjects(SKOS.inScheme, HKG["RoleNoun"]))):
        related = next((str(o).rsplit("#", 1)[-1] for o in g.objects(URIRef(concept), SKOS.related)), None)
        if related is not None and _top_role(related) not in _NOT_DECLARED:
            for word in vocab.scheme_words("RoleNoun", concept.rsplit("#", 1)[-1]):
                out.setdefault(_key(word), _top_role(related))
    return out


_BETWEEN_WORDS = r"[\s\-–/]+"


@cache
def role_noun_alternation() -> str:
    """One regex group of the role nouns, longest first; a dash or space between words matches either.

    (Written as a trie, ``literal_patterns.alternation`` with each space the dash or space: the nouns are folded, their
    words one space apart, so two of them match at one place only where one starts the other, which the trie tries
    longer first as the sorted alternation does. A case-blind alternation of some hundred nouns was entered noun by
    noun at each place one may start. A noun of letters that fold otherwise than ASCII: the sorted alternation.)"""
    nouns = role_nouns()
    if all(map(plain_character, "".join(nouns))):
        return "(?:" + alternation(nouns).replace(r"\ ", _BETWEEN_WORDS) + ")"
    words = sorted(nouns, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_BETWEEN_WORDS.join(re.escape(p) for p in w.split()) for w in words) + ")"


def role_of_noun(noun: str) -> str | None:
    """The Role a role noun names ('destabilization agent' → DestabilizingReactant), else None."""
    return role_nouns().get(_key(noun))


def _key(words: str) -> str:
    """A noun's key: folded, its words joined by one space whatever joined them ('scaffold/confinement host')."""
    return fold(re.sub(r"[\s\-–/]+", " ", words.strip()))


@cache
def role_verbs() -> tuple[tuple[str, str], ...]:
    """(regex group of the verbs, Role id) of each concept of the RoleVerb scheme."""
    vocab = vocabulary()
    g = vocab.graph
    out = []
    for concept in sorted(map(str, g.subjects(SKOS.inScheme, HKG["RoleVerb"]))):
        local = str(concept).rsplit("#", 1)[-1]
        role = next((str(o).rsplit("#", 1)[-1] for o in g.objects(URIRef(concept), SKOS.related)), None)
        if role is not None:
            out.append((vocab.scheme_alternation("RoleVerb", (local,)), role))
    return tuple(out)


def role_of_verb(verb: str) -> str | None:
    """The Role a role verb declares ('destabilize' → DestabilizingReactant), else None."""
    return next((role for pattern, role in role_verbs() if re.fullmatch(pattern, verb, re.I)), None)
