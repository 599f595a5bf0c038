"""The ontology as Python objects: every vocabulary of the project comes from here.

``hydrides.ttl`` is an OWL 2 ontology in which each term (a hydride, an additive class, a strategy,
a mechanism, a synthesis method, a technique, a property, a condition, an application, a role) is an
``owl:Class`` placed under one of the *kind roots* below by ``rdfs:subClassOf``.  Extraction reads the
labels and ``skos:altLabel`` synonyms, validation reads the units of properties and conditions, and the
graph stores take their node labels from the kinds.  Nothing else in the code lists such terms.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

from .errors import UserError
from .literal_patterns import alternation
from .namespaces import HKG, QUDT
from .once import built_once
from .text_memo import per_document
from .word_gate import first_letters_ahead, plain_character

ONTOLOGY_PATH = Path(__file__).with_name("hydrides.ttl")
# Further modules of the same ontology (same namespace), kept apart by topic.
ONTOLOGY_MODULES = (ONTOLOGY_PATH, *(Path(__file__).with_name(name) for name in (
    "reporting.ttl", "materials.ttl", "modifications.ttl", "methods.ttl")))
SHAPES_PATH = Path(__file__).with_name("shapes.ttl")

# The kind roots; their local names are also the node labels of the property graph.
KINDS = (
    "Material", "Role", "Strategy", "Mechanism", "SynthesisMethod", "Technique",
    "Property", "Condition", "Application", "Challenge",
)


class UnknownTermError(UserError, KeyError):
    """A term id, label or property key that the ontology does not define."""

    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return str(self.args[0]) if self.args else "unknown term"


@dataclass(frozen=True)
class Term:
    """One ontology term with everything the code needs to know about it."""

    id: str                      # local name in the hkg namespace, stable, used as graph key
    iri: str
    kind: str                    # one of KINDS
    label: str                   # skos:prefLabel (falls back to rdfs:label)
    alt_labels: tuple[str, ...] = ()
    definition: str = ""
    parents: tuple[str, ...] = ()          # direct super-terms of the same kind
    formula: str | None = None             # materials: normalized formula
    key: str | None = None                 # properties and conditions: public key
    unit: str | None = None                # properties and conditions: canonical unit, pint syntax
    unit_iri: str | None = None            # QUDT unit
    quantity_kind: str | None = None       # QUDT quantity kind
    applications: tuple[str, ...] = ()     # hkg:appliesTo
    elements: tuple[str, ...] = ()         # additive classes: characteristic elements
    better_when: str | None = None         # properties: 'lower' or 'higher' is an improvement
    usual_role: str | None = None          # materials: hkg:usualRole when not a storage host
    magnitude: bool = False                # properties: stored positive (hkg:storedAsMagnitude)
    default_reading: bool = False          # properties: what an uncued value in the unit is (hkg:defaultReading)
    own_unit_only: bool = False            # conditions: a value only in the term's own unit (hkg:writtenInOwnUnit)
    by_preparation: bool = False           # properties: a size or thickness the route sets (hkg:setByPreparation)
    per_hydrogen: bool = False             # properties: given per mole of H2 (hkg:perMoleHydrogen)
    named_by_metals: bool = False          # material classes written after their metals, 'NiCo-LDH' (hkg:namedByMetals)
    names_family: bool = False             # a family named without a composition, 'Mg–RE alloys' (hkg:namesFamily)
    not_from_metal: bool = False           # hydrides their metal does not form with H2, AlH3 (hkg:notFormedFromMetal)
    done_by_support: bool = False          # mechanisms: what a catalyst's support brings (hkg:doneBySupport)
    tolerance: float | None = None         # properties: absolute agreement tolerance (canonical unit)
    rel_tolerance: float | None = None     # properties: relative agreement tolerance
    plausible_min: float | None = None     # properties: least value any sample shows (canonical unit, hkg:plausibleMin)
    plausible_max: float | None = None     # properties: greatest value any sample shows (hkg:plausibleMax)
    matches: tuple[str, ...] = ()          # skos:exactMatch / closeMatch IRIs
    parent_hydride: str | None = None      # derived compounds: the hydride they modify (hkg:parentHydride)
    partner: str | None = None             # derived compounds: the formula that modifies it (hkg:partnerFormula)
    partner_count: float | None = None     # systems named by their elements: the partner's count (hkg:partnerCount)
    measures: tuple[str, ...] = ()         # methods: the properties they give as such (hkg:measures)
    family_hosts: tuple[str, ...] = ()     # composite families: the hosts they are made of (hkg:familyHost)
    form_labels: tuple[str, ...] = ()      # nouns naming the strategy right after a material (hkg:formLabel)
    notation_labels: tuple[str, ...] = ()  # letters a sample's notation writes the material by (hkg:notationLabel)
    adduct_labels: tuple[str, ...] = ()    # letters an adduct writes the molecule by after its dot (hkg:adductLabel)
    # letters an electrode's composition writes the material by (hkg:electrodeNotationLabel)
    electrode_labels: tuple[str, ...] = ()
    header_labels: tuple[str, ...] = ()    # a table header's spelling ('T', 'Ea'), not prose's (hkg:headerLabel)
    treatment_labels: tuple[str, ...] = ()  # a word of a sample's name before its material (hkg:treatmentLabel)
    support_strategy: str | None = None    # strategy of a hydride the support holds (hkg:supportStrategy)
    process_strategy: str | None = None    # methods: strategy of a host they process alone (hkg:processStrategy)
    effect_mechanism: str | None = None    # strategies: the mechanism they stand for as a cause (hkg:effectMechanism)
    calculated_as: str | None = None       # properties: the property a calculated value of it is (hkg:calculatedAs)
    # properties: the property a value of it said at a current, after no cycles, is (hkg:atRateAs)
    at_rate_as: str | None = None
    outcomes: tuple[str, ...] = ()         # mechanisms: narrower outcomes they bring about (hkg:includesOutcome)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.label, *self.alt_labels)


@per_document(maxsize=16384)     # the same words and labels are folded thousands of times per paper
def fold(text: str) -> str:
    """Case- and dash-insensitive key for label look-up (papers mix '–', '-', '—')."""
    if text.isascii():
        # (most words and labels are plain ASCII, which NFKC leaves as it is, casefold lowers and
        # no dash of ``_DASHES`` is in: the same key without the normalisation's and translation's work)
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    for dash in _DASHES:   # (str.translate with a table looks each character up in a dict: some µs a sentence)
        if dash in text:
            text = text.replace(dash, "-")
    return " ".join(text.split())


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"   # (each written as '-' in a key)


def _spelled_word(word: str) -> str:
    """A scheme's word as a regex: itself, or a word beginning where it ends in '*'."""
    return re.escape(word.removesuffix("*")) + (r"\w*" if word.endswith("*") else "")


def _spelled_phrase(phrase: str) -> str:
    """A scheme's phrase as a regex: its words (each may end in '*') apart by any run of white space."""
    return r"\s+".join(_spelled_word(w) for w in phrase.split())


def _as_trie(words: set[str]) -> list[str] | None:
    """The alternatives of ``words`` that find, in a case-blind pattern as in one that heeds case, what their
    alternation sorted longest first finds: the literal words as one trie (``literal_patterns.alternation``), each
    word beginning ('catalys*') as it is, and, sorted as before, the words where the trie's order might differ; None
    where a letter folds otherwise than ASCII does.

    At one place of a text only words one of which starts the other (in any case) can both match, and the trie tries
    the longer first, as the sorted alternation does, where the shorter starts the longer as written and neither is a
    word beginning ('dope' and 'Doped', 'dop*' and 'doping': which comes first decides). Such a pair, and every word
    that starts or is started by one of theirs (all that can match where they do), keep the sorted order; no other
    word can match at a place where one of them does, so where they stand among the alternatives changes nothing."""
    if any(not all(map(plain_character, w.removesuffix("*"))) for w in words):
        return None
    starts = sorted((w.removesuffix("*").lower(), w) for w in words)
    related: dict[str, set[str]] = {w: set() for w in words}   # word -> the words it starts or is started by
    clashing: set[str] = set()
    for i, (a, written) in enumerate(starts):
        # (the words another one starts, in any case, sort right after it)
        for b, other in starts[i + 1:]:
            if not b.startswith(a):
                break
            related[written].add(other)
            related[other].add(written)
            if written.endswith("*") or other.endswith("*") or not other.startswith(written):
                clashing |= {written, other}
    kept, todo = set(), list(clashing)
    while todo:
        w = todo.pop()
        if w not in kept:
            kept.add(w)
            todo.extend(related[w] - kept)
    literal = [w for w in words if w not in kept and not w.endswith("*")]
    return [alternation(literal)] * bool(literal) \
        + [re.escape(w.removesuffix("*")) + r"\w*" for w in sorted(words - kept) if w.endswith("*")] \
        + [re.escape(w.removesuffix("*")) + (r"\w*" if w.endswith("*") else "")
           for w in sorted(kept, key=lambda w: (-len(w), w))]

class Vocabulary:
    """Read-only view of the ontology graph."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self._terms: dict[str, Term] = {}
        self._by_label: dict[str, list[str]] = {}
        self._by_key: dict[str, str] = {}
        self._by_formula: dict[str, str] = {}
        self._by_form: dict[str, str] = {}
        self._by_notation: dict[str, str] = {}
        self._by_adduct: dict[str, str] = {}
        self._by_electrode_notation: dict[str, str] = {}
        self._children: dict[str, list[str]] = {}
        self._unece: dict[str, str] = {}
        self._build()

    # -- construction -------------------------------------------------------------------------
    def _local(self, iri: object) -> str | None:
        iri = str(iri)
        return iri[len(str(HKG)):] if iri.startswith(str(HKG)) else None

    def _str(self, s: Node, p: URIRef) -> str | None:
        value = self.graph.value(s, p)
        return str(value) if value is not None else None

    def _float(self, s: Node, p: URIRef) -> float | None:
        value = self.graph.value(s, p)
        return float(str(value)) if value is not None else None   # a literal's lexical form

    def _build(self) -> None:
        g = self.graph
        parents: dict[str, list[str]] = {}
        for s in set(g.subjects(RDF.type, OWL.Class)):
            local = self._local(s)
            if local is None:
                continue
            parents[local] = [p for p in (self._local(o) for o in g.objects(s, RDFS.subClassOf)) if p]
        kind_of: dict[str, str | None] = {}

        def find_kind(local: str, seen: tuple[str, ...] = ()) -> str | None:
            if local in KINDS:
                return local
            if local in kind_of:
                return kind_of[local]
            result = None
            for p in parents.get(local, []):
                if p not in seen:
                    result = find_kind(p, (*seen, local))
                    if result:
                        break
            kind_of[local] = result
            return result

        for local in parents:
            kind = find_kind(local)
            if kind is None or local in KINDS:
                continue
            s = HKG[local]
            label = self._str(s, SKOS.prefLabel) or self._str(s, RDFS.label) or local
            alts = tuple(sorted({str(o) for o in g.objects(s, SKOS.altLabel)} | {
                str(o) for o in g.objects(s, RDFS.label)} - {label}))
            term = Term(
                id=local, iri=str(s), kind=kind, label=label, alt_labels=alts,
                definition=self._str(s, SKOS.definition) or "",
                parents=tuple(p for p in parents[local] if find_kind(p) == kind and p not in KINDS),
                formula=self._str(s, HKG.formula),
                key=self._str(s, HKG.key),
                unit=self._str(s, HKG.unitSymbol),
                unit_iri=self._str(s, HKG.canonicalUnit),
                quantity_kind=self._str(s, QUDT.hasQuantityKind),
                applications=tuple(sorted(filter(None, (self._local(o) for o in g.objects(s, HKG.appliesTo))))),
                elements=tuple(sorted(str(o) for o in g.objects(s, HKG.characteristicElement))),
                better_when=self._str(s, HKG.betterWhen),
                usual_role=self._local(next(iter(g.objects(s, HKG.usualRole)), None)),
                magnitude=(self._str(s, HKG.storedAsMagnitude) or "").lower() == "true",
                default_reading=(self._str(s, HKG.defaultReading) or "").lower() == "true",
                own_unit_only=(self._str(s, HKG.writtenInOwnUnit) or "").lower() == "true",
                by_preparation=(self._str(s, HKG.setByPreparation) or "").lower() == "true",
                per_hydrogen=(self._str(s, HKG.perMoleHydrogen) or "").lower() == "true",
                named_by_metals=(self._str(s, HKG.namedByMetals) or "").lower() == "true",
                names_family=(self._str(s, HKG.namesFamily) or "").lower() == "true",
                not_from_metal=(self._str(s, HKG.notFormedFromMetal) or "").lower() == "true",
                done_by_support=(self._str(s, HKG.doneBySupport) or "").lower() == "true",
                tolerance=self._float(s, HKG.agreementTolerance),
                rel_tolerance=self._float(s, HKG.relativeTolerance),
                plausible_min=self._float(s, HKG.plausibleMin),
                plausible_max=self._float(s, HKG.plausibleMax),
                matches=tuple(sorted(str(o) for p in (SKOS.exactMatch, SKOS.closeMatch)
                                     for o in g.objects(s, p))),
                parent_hydride=self._local(next(iter(g.objects(s, HKG.parentHydride)), None)),
                partner=self._str(s, HKG.partnerFormula),
                partner_count=self._float(s, HKG.partnerCount),
                measures=tuple(sorted(filter(None, (self._local(o) for o in g.objects(s, HKG.measures))))),
                family_hosts=tuple(sorted(filter(None, (self._local(o) for o in g.objects(s, HKG.familyHost))))),
                form_labels=tuple(sorted(str(o) for o in g.objects(s, HKG.formLabel))),
                notation_labels=tuple(sorted(str(o) for o in g.objects(s, HKG.notationLabel))),
                adduct_labels=tuple(sorted(str(o) for o in g.objects(s, HKG.adductLabel))),
                electrode_labels=tuple(sorted(str(o) for o in g.objects(s, HKG.electrodeNotationLabel))),
                header_labels=tuple(sorted(str(o) for o in g.objects(s, HKG.headerLabel))),
                treatment_labels=tuple(sorted(str(o) for o in g.objects(s, HKG.treatmentLabel))),
                support_strategy=self._local(next(iter(g.objects(s, HKG.supportStrategy)), None)),
                process_strategy=self._local(next(iter(g.objects(s, HKG.processStrategy)), None)),
                effect_mechanism=self._local(next(iter(g.objects(s, HKG.effectMechanism)), None)),
                calculated_as=self._local(next(iter(g.objects(s, HKG.calculatedAs)), None)),
                at_rate_as=self._local(next(iter(g.objects(s, HKG.atRateAs)), None)),
                outcomes=tuple(sorted(filter(None, (self._local(o) for o in g.objects(s, HKG.includesOutcome))))),
            )
            self._terms[local] = term
        for term in self._terms.values():
            for p in term.parents:
                self._children.setdefault(p, []).append(term.id)
            for label in term.labels:
                self._by_label.setdefault(fold(label), []).append(term.id)
            if term.key:
                self._by_key[term.key] = term.id
            if term.formula:
                self._by_formula.setdefault(term.formula, term.id)
            for form in term.form_labels:
                self._by_form.setdefault(fold(form), term.id)
            for letters in term.notation_labels:
                self._by_notation.setdefault(letters, term.id)      # (as written: 'EG' is no 'Eg')
            for letters in term.adduct_labels:
                self._by_adduct.setdefault(letters, term.id)
            for letters in term.electrode_labels:
                self._by_electrode_notation.setdefault(letters, term.id)
        # QUDT units with a UN/CEFACT common code: the pint spelling each code is read as
        for unit_iri, code in g.subject_objects(QUDT.uneceCommonCode):
            symbol = self._str(unit_iri, HKG.unitSymbol)
            if symbol:
                self._unece[str(code).upper()] = symbol

    # -- look-ups -----------------------------------------------------------------------------
    def __contains__(self, term_id: str) -> bool:
        return term_id in self._terms

    def __len__(self) -> int:
        return len(self._terms)

    def get(self, term_id: str) -> Term:
        try:
            return self._terms[term_id]
        except KeyError:
            raise UnknownTermError(f"'{term_id}' is not a term of the HydrideKG ontology") from None

    def terms(self, kind: str | None = None) -> list[Term]:
        if kind is not None and kind not in KINDS:
            raise UnknownTermError(f"'{kind}' is not a kind; use one of {', '.join(KINDS)}")
        return [t for t in self._terms.values() if kind is None or t.kind == kind]

    def named_term(self, text: str, kind: str, *, formula: bool = False) -> tuple[str | None, list[str]]:
        """The id of the ``kind`` term ``text`` names — its id, a label or a synonym (``formula``: or its formula,
        ``by_formula``) — and no hints; else None and the labels of the nearest terms (three at most, ``fuzzy``), for
        a refusal that names them (the entry checks, the gap filters and the analog questions all ask here)."""
        if text in self and self.get(text).kind == kind:
            return text, []
        term = self.lookup(text, kind)
        if term is None and formula:
            term = self.by_formula(text)
        if term is not None:
            return term.id, []
        return None, [t.label for t, _, _ in self.fuzzy(text, kind, limit=3)]

    def lookup(self, text: str, kind: str | None = None) -> Term | None:
        """Exact (case/dash-insensitive) match on a label or synonym. A chemical formula keeps its case:
        a word in capitals names no formula with small letters ('CA', an abbreviation such as carbon
        aerogel's, is no calcium; 'CO' is no cobalt)."""
        for term_id in self._by_label.get(fold(text), []):
            term = self._terms[term_id]
            if kind is None or term.kind == kind:
                if _capitals_for_formula(text, term):
                    continue
                return term
        return None

    def by_notation(self, part: str) -> Term | None:
        """The material a part of a sample's notation names by its letters, exactly as written ('EG' of
        'MgH2–TiO2–EG'), by the terms' hkg:notationLabel."""
        term_id = self._by_notation.get(part)
        return self._terms[term_id] if term_id else None

    def by_adduct(self, part: str) -> Term | None:
        """The molecule an adduct's notation names after its dot by its letters, exactly as written ('AB' of
        'LiBH4·AB': ammonia borane), by the terms' hkg:adductLabel."""
        term_id = self._by_adduct.get(part)
        return self._terms[term_id] if term_id else None

    def by_electrode_notation(self, part: str) -> Term | None:
        """The material an electrode's composition names by its letters, exactly as written ('AB' of
        'MgH2–TiH2–AB' measured as an anode: acetylene black), by the terms' hkg:electrodeNotationLabel."""
        term_id = self._by_electrode_notation.get(part)
        return self._terms[term_id] if term_id else None

    def by_form(self, word: str) -> Term | None:
        """The term a noun names when written right after the material it is said of
        ('nanoparticles' in 'MgH2 nanoparticles': Nanosizing), by the terms' hkg:formLabel."""
        term_id = self._by_form.get(fold(word))
        return self._terms[term_id] if term_id else None

    def scheme_words(self, scheme: str, concept: str | None = None) -> tuple[str, ...]:
        """The spellings (alternative and hidden labels, sorted) of the concepts of a SKOS concept scheme
        of the ontology ('MaterialForm': the word beginnings that say a material's size, shape or form);
        a concept's preferred label names it and is no spelling. ``concept``: one concept's only (a scheme's
        concepts may be asked apart: 'AsMadeBaseline' of 'BaselineWord')."""
        g = self.graph
        concepts = set(g.subjects(SKOS.inScheme, HKG[scheme]))
        if not concepts:
            raise UnknownTermError(f"'{scheme}' is no concept scheme of the HydrideKG ontology")
        if concept is not None:
            if HKG[concept] not in concepts:
                raise UnknownTermError(f"'{concept}' is no concept of the scheme '{scheme}'")
            concepts = {HKG[concept]}
        return tuple(sorted({str(o) for c in concepts for p in (SKOS.altLabel, SKOS.hiddenLabel)
                             for o in g.objects(c, p)}))

    def scheme_alternation(self, scheme: str, concepts: tuple[str, ...] | None = None,
                           more: tuple[str, ...] = (), spaced: bool = False) -> str:
        """One regex group of the words of a scheme's concepts (all of them, or ``concepts``), longest first so
        that no word stops inside a longer one; a word ending in '*' is a word beginning ("catalys*" covers
        "catalysed" and "catalysing"); then ``more`` (patterns the reader adds, English rather than vocabulary).
        ``spaced``: the labels are phrases whose every word may end in '*' and whose spaces are any run of
        white space ("contribut* to" covers "contributions  to"; a scheme of phrases, ExplainingWord).
        The readers build their patterns from this once per process: the words live in the ontology only."""
        labels = set(self.scheme_words(scheme)) if concepts is None else {
            w for c in concepts for w in self.scheme_words(scheme, concept=c)}
        spell = _spelled_phrase if spaced else _spelled_word
        spelled = [spell(w) for w in sorted(labels, key=lambda w: (-len(w), w))]
        # (the words' first letters looked at first, which lets a search pass other positions at once: a
        # case-blind alternative is tried letter by letter at every word otherwise; not where the reader adds
        # patterns of its own, whose first characters are unknown here; inside the group, so that a quantifier
        # after it applies to the whole)
        ahead = "" if more else first_letters_ahead(w.removesuffix("*") for w in labels)
        # (literal words as a trie where it finds what the sorted alternation finds: a case-blind alternation of a
        # scheme's words was entered word by word at each place one may start, ``literal_patterns``)
        # (a scheme of phrases keeps its sorted alternation: its words' '*' and spaces are no literal letters)
        words = (_as_trie(labels) if spelled and not spaced else None) or spelled
        return "(?:" + ahead + "(?:" + "|".join([*words, *more]) + "))"

    def by_formula(self, formula: str) -> Term | None:
        term_id = self._by_formula.get(formula)
        return self._terms[term_id] if term_id else None

    def property(self, key: str) -> Term:
        """The Property or Condition term with this public key (e.g. ``ionic_conductivity``)."""
        try:
            return self._terms[self._by_key[key]]
        except KeyError:
            known = ", ".join(sorted(t.key for t in self.terms("Property") if t.key))
            raise UnknownTermError(f"unknown property '{key}'; known properties: {known}") from None

    def unit_of_unece(self, code: str) -> str | None:
        """The unit (pint spelling) a UN/CEFACT common code names ('CEL' -> 'degC'), or None."""
        return self._unece.get((code or "").strip().upper())

    def property_keys(self) -> list[str]:
        return sorted(t.key for t in self.terms("Property") if t.key)

    def condition_keys(self) -> list[str]:
        """Keys of the numeric conditions (a value with a unit: temperature, pressure, …)."""
        return sorted(t.key for t in self.terms("Condition") if t.key and t.unit)

    def categorical_condition_keys(self) -> list[str]:
        """Keys of the conditions whose value is one of their sub-terms (conducting ion, cell type):
        a keyed condition without a unit."""
        return sorted(t.key for t in self.terms("Condition") if t.key and not t.unit)

    def condition_values(self, key: str) -> list[Term]:
        """The terms a categorical condition takes as its value (its sub-terms)."""
        return sorted((self._terms[t] for t in self.descendants(self.property(key).id)), key=lambda t: t.label)

    def categorical_conditions_for(self, property_key: str) -> list[str]:
        """Keys of the categorical conditions that qualify values of a property: their applications
        (``hkg:appliesTo``) meet, one the same as or narrower than the other (the conducting ion
        qualifies a conductivity, the cell type a specific capacity)."""
        theirs = self.property(property_key).applications
        return [key for key in self.categorical_condition_keys()
                if any(self.is_a(a, b) or self.is_a(b, a) for a in self.property(key).applications for b in theirs)]

    def condition_value(self, key: str, text: str) -> Term | None:
        """The value term of categorical condition ``key`` that ``text`` names (id, label or synonym)."""
        folded = fold(text)
        for term in self.condition_values(key):
            if term.id == text or folded in {fold(label) for label in term.labels}:
                return term
        return None

    def ancestors(self, term_id: str) -> list[str]:
        """All super-terms of the same kind, nearest first."""
        seen: list[str] = []
        frontier = list(self.get(term_id).parents)
        while frontier:
            nxt = frontier.pop(0)
            if nxt not in seen and nxt in self._terms:
                seen.append(nxt)
                frontier.extend(self._terms[nxt].parents)
        return seen

    def descendants(self, term_id: str) -> list[str]:
        out: list[str] = []
        frontier = list(self._children.get(term_id, []))
        while frontier:
            nxt = frontier.pop(0)
            if nxt not in out:
                out.append(nxt)
                frontier.extend(self._children.get(nxt, []))
        return out

    def children(self, term_id: str) -> list[str]:
        return list(self._children.get(term_id, []))

    def is_a(self, term_id: str, ancestor_id: str) -> bool:
        if term_id == ancestor_id:
            return True
        # (the graph is read once and never changes: each term's ancestors are walked once, not per
        # question; extraction asks this thousands of times a paper)
        sets = self.__dict__.setdefault("_ancestor_sets", {})
        found = sets.get(term_id)
        if found is None:
            found = sets[term_id] = frozenset(self.ancestors(term_id))
        return ancestor_id in found

    def fuzzy(self, text: str, kind: str | None = None, limit: int = 8,
              cutoff: float = 70.0) -> list[tuple[Term, float, str]]:
        """Rank terms by fuzzy similarity of any label to ``text`` (for autocomplete)."""
        from rapidfuzz import fuzz, process

        choices: dict[str, str] = {}
        for term in self.terms(kind):
            for label in term.labels:
                choices.setdefault(label, term.id)
        hits = process.extract(text, list(choices), scorer=fuzz.WRatio, limit=limit * 3,
                               score_cutoff=cutoff)
        out: list[tuple[Term, float, str]] = []
        seen: set[str] = set()
        for label, score, _ in hits:
            tid = choices[label]
            if tid not in seen:
                seen.add(tid)
                out.append((self._terms[tid], float(score), label))
            if len(out) == limit:
                break
        return out


@built_once
def load_graph() -> Graph:
    graph = Graph()
    for path in ONTOLOGY_MODULES:
        graph.parse(path, format="turtle")
    return graph


@built_once
def vocabulary() -> Vocabulary:
    """The project-wide vocabulary (parsed once per process, by one thread)."""
    return Vocabulary(load_graph())


def literal_text(value: Any) -> str:
    return str(value) if isinstance(value, (Literal, URIRef)) else value


def _capitals_for_formula(text: str, term: Term) -> bool:
    """``text`` matches ``term`` only by its formula, written in capitals though the formula has small
    letters ('CA' for Ca): no reading of the formula at all."""
    formula = term.formula
    if not formula:
        return False
    return text.isupper() and not formula.isupper() and fold(text) == fold(formula)
