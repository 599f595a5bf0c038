"""Strict scoring of extraction against hand-annotated facts (issue 10, item 7).

A *fact* is one annotated value of a document: property, value (canonical unit), the whole measured
system (host + every additive, each with its ontology role and amount), strategies, application,
basis, qualifier, uncertainty, conditions and section; or a mechanism claim
(``{"kind": "mechanism", mechanism, host, additive, strategy}``). A *row* is one line of
``hkg extract --jsonl``. Fields a row does not carry yet count as wrong, never as an error, so
the figures are honest today and rise as the extractor learns them.

Figures, per document group (a style of the dev set, or the review):

- **lenient** — property, value, value_max and host agree (the old bench's criterion);
- **strict** — lenient, plus the canonical unit and the *whole* system: the same host and the same
  set of additives, compared by normalised formula (a missing or an extra additive is wrong).
  Precision is over every measurement row of the judged documents, recall over every fact;
- over the strictly matched pairs: **roles** (every component's ontology role) and **amounts**;
- over the leniently matched pairs (the facts found, whatever their system): **strategies** (the
  same set of ontology local names), **basis**, **application**, **qualifier**, **uncertainty**,
  **section**; and **complete**: strict with all of those right — a record a chemist can take as is;
- **mechanisms** — recall and precision of mechanism claims (same mechanism or a narrower one,
  host, additive, and strategy or a narrower one, where the annotation names them; on the review
  also the annotated section of the evidence sentence).

Materials are compared by normalised formula: an ontology term's formula when the name is a known
material ('nickel' = 'Ni', 'SBA-15' = 'SBA15'), else the parsed formula's composition
('Li(CB9H10)' = 'LiCB9H10'), else the folded name. Hosts also match across their hydrogenated and
dehydrogenated states (Mg = MgH2, Mg2Ni = Mg2NiH4), as the issue asks. A name the document itself defines a
short form for ('N-doped CMK-3 carbon (NCMK-3)') is that short form (``defined_names``), whichever the
annotation or the extraction writes.

Whether a short form spells some words is asked of one function, ``ingest.extraction.text.abbreviations.spells``, which
the extractor's reader of abbreviations uses too: two implementations of one test were duplicated code, and would
drift apart unseen. The scorer must not silently share an extractor bug, so it keeps what is its own (which
brackets define a name: any of two capitals, with no material of the ontology needed, and every run of the words
before that spells it) and tests/test_short_form_spelling.py pins the spellings it expects: a change to ``spells``
that would move the figures fails there first.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.extraction.text.abbreviations import spells
from ontology.formula import FormulaError, parse_formula
from ontology.hosts import designated_alloy_base
from ontology.system import element_list_formula, supported_notation
from ontology.vocabulary import fold, vocabulary

HYDROGEN = ("H", "D")
ACCURACIES_STRICT = ("roles", "amounts")
ACCURACIES_LENIENT = ("strategies", "basis", "application", "qualifier", "uncertainty", "section")


# ------------------------------------------------------------------------------ materials
def _composition(text: str) -> dict[str, float] | None:
    try:
        f = parse_formula(text)
        return None if f.is_symbolic else f.composition
    except (FormulaError, ValueError, KeyError):
        return None


@lru_cache(maxsize=4096)
def material_key(text: str | None) -> tuple:
    """A comparable key for a material as written: composition, ontology term, or folded name."""
    if not text:
        return ("none",)
    text = str(text).strip()
    term = _porous_form_of(text, vocabulary().lookup(text, "Material"))
    if term is not None:  # a known name: its formula when it has one ('nickel' = 'Ni'), else the term
        comp = _composition(term.formula) if term.formula else None
        return _formula_key(comp) if comp is not None else ("term", term.id)
    # not a term: 'CNT' is a term, so it is not read as C + N + T; an alloy written element by element
    # ('Al-Cu-Fe-Ni-Cr') is the equiatomic alloy its joined symbols write (AlCuFeNiCr)
    comp = _composition(element_list_formula(text) or text)
    if comp is not None:
        return _formula_key(comp)
    on = re.fullmatch(r"\(?(.+?)\)?\s*[@/]\s*([^@/]+)", supported_notation(text))
    if on:   # a catalyst with its support: 'Ni/CNT' = 'Ni@carbon nanotube' (either sign writes catalyst-on-support)
        return ("supported", material_key(on.group(1)), material_key(on.group(2)))
    return ("name", "".join(ch for ch in fold(text) if ch.isalnum()))


@lru_cache(maxsize=1)
def _pore_words() -> re.Pattern[str]:
    """The words before a support's name that say its pore system ('nanoporous', 'mesoporous', 'porous'),
    from the ontology's SupportArchitecture scheme, one or more of them at the start of a name."""
    words = vocabulary().scheme_alternation("SupportArchitecture", ("PoreArchitecture",))
    return re.compile(rf"(?:{words}[\s-]+)+", re.I)


def _porous_form_of(text: str, term):
    """'nanoporous silica', 'mesoporous carbon' (or a term one of whose labels is so written, 'porous carbon'): a
    pore word before a material with a formula names that material (SiO2, C) as the scorer compares it, however
    the text or its annotator wrote the porosity; a name of its own ('CMK-3', 'SBA-15') keeps its term."""
    if term is not None and term.formula:
        return term
    dropped = _pore_word_dropped(text)
    if dropped is not None or term is None:
        return dropped
    return next((f for label in term.labels if (f := _pore_word_dropped(label)) is not None), term)


def _pore_word_dropped(text: str):
    """The material with a formula a name writes after its pore words, or None."""
    m = _pore_words().match(text)
    if m is None or m.end() == len(text):
        return None
    term = vocabulary().lookup(text[m.end():], "Material")
    return term if term is not None and term.formula else None


def _formula_key(comp: dict[str, float]) -> tuple:
    return ("formula", tuple(sorted((el, round(n, 3)) for el, n in comp.items())))


def host_key(text: str | None) -> tuple:
    """Like :func:`material_key`, without hydrogen: Mg and MgH2 are one host; so are Mg and a commercial Mg alloy named
    by its designation ('AZ91': the ontology's Mg-based alloy, Mg its host, kept under its name as written)."""
    if text:
        text = designated_alloy_base(text) or text
    key = material_key(text)
    if key[0] != "formula":
        return key
    bare = tuple((el, n) for el, n in key[1] if el not in HYDROGEN)
    return ("formula", bare) if bare else key


def same_material(a: str | None, b: str | None) -> bool:
    return material_key(a) == material_key(b)


def same_host(a: str | None, b: str | None) -> bool:
    return host_key(a) == host_key(b)


# ------------------------------------------------------------------ names a document defines
# a short form defined in brackets right after the words it stands for: "N-doped CMK-3 carbon (NCMK-3)"
_BRACKETED = re.compile(r"\((?P<short>[^\s()]*[A-Z][^\s()]*[A-Z][^\s()]*)\)")
_WORDS_BEFORE = 6


def defined_names(text: str) -> dict[tuple, str]:
    """The material key of every name the document defines a short form for, mapped to that short form: the
    words before the bracket that spell it, with or without the words after them it leaves unspelled ('N-doped
    CMK-3 carbon (NCMK-3)': 'N-doped CMK-3 carbon' and 'N-doped CMK-3' are 'NCMK-3'). The document says the two
    are one material, so an annotation and an extraction that name it either way name the same material; a name
    the document does not define this way is compared as written."""
    out: dict[tuple, str] = {}
    for m in _BRACKETED.finditer(text):
        short = m.group("short")
        words = [w.strip(",;:") for w in text[max(0, m.start() - 120):m.start()].split()][-_WORDS_BEFORE:]
        for first in range(len(words) - 1, -1, -1):
            if not spells(words[first:], short):
                continue
            name = words[first:]
            for end in range(len(name), 0, -1):
                if spells(name[:end], short) and material_key(" ".join(name[:end])) != material_key(short):
                    out.setdefault(material_key(" ".join(name[:end])), short)
            break
    return out


def with_defined_names(records: list[dict], names: dict[tuple, str]) -> list[dict]:
    """``records`` (facts or rows) with every material written by a name the document defined a short form for
    (``defined_names``) written by that short form."""
    if not names:
        return records

    def named(material):
        return names.get(material_key(material), material) if isinstance(material, str) and material else material

    out = []
    for r in records:
        r = {**r, **{f: named(r[f]) for f in ("host", "material", "additive") if f in r}}
        if isinstance(r.get("components"), list):
            r["components"] = [{**c, "material": named(c.get("material"))} if isinstance(c, dict) else c
                               for c in r["components"]]
        if isinstance(r.get("additives"), list):
            r["additives"] = [named(a) for a in r["additives"]]
        out.append(r)
    return out


# ------------------------------------------------------------------------- systems of rows
def row_components(row: dict) -> list[dict]:
    """The row's components; rows without ``components`` give host + ``additives`` (roles unknown)."""
    comps = row.get("components")
    if comps:
        return [c for c in comps if isinstance(c, dict) and c.get("material")]
    out = [{"material": row.get("material"), "role": None}]
    out += [{"material": a, "role": None} for a in row.get("additives") or []]
    return out


def _additives(components: list[dict], host: str | None) -> list[dict]:
    """Every component but the host (the first component that is the host material)."""
    out, host_seen = [], False
    for c in components:
        if not host_seen and (c.get("role") == "HostHydride" or same_host(c.get("material"), host)):
            host_seen = True
            continue
        out.append(c)
    return out


def same_system(fact: dict, row: dict) -> bool:
    """Host and the multiset of additives agree (normalised formulas; roles are judged apart)."""
    if not same_host(row.get("material"), fact.get("host")):
        return False
    want = sorted(material_key(c["material"]) for c in _additives(fact.get("components") or [], fact.get("host")))
    got = sorted(material_key(c["material"]) for c in _additives(row_components(row), row.get("material")))
    return want == got


def _counterpart(c: dict, got: list[dict]) -> dict | None:
    """The row's component for the fact's component ``c``: the host by host (Mg = MgH2, Mg2Ni = Mg2NiH4,
    as systems are compared), every other component by material."""
    if c.get("role") == "HostHydride":
        return next((r for r in got if same_host(r.get("material"), c["material"])), None)
    key = material_key(c["material"])
    return next((r for r in got if material_key(r.get("material")) == key), None)


def roles_right(fact: dict, row: dict) -> bool:
    got = row_components(row)
    for c in fact.get("components") or []:
        r = _counterpart(c, got)
        if r is None or r.get("role") != c.get("role"):
            return False
    return True


def amounts_right(fact: dict, row: dict) -> bool:
    """Every amount the fact gives is the row's, as written or, for molar ratios, per formula unit of the host (a
    host without a count is one): 'LiBH4 + 3 LiNH2' and 'Li(BH4)1/4(NH2)3/4', 0.25 : 0.75, are one composition."""
    got = row_components(row)
    fact_host = _ratio_of_host(fact.get("components") or [], None)
    row_host = _ratio_of_host(got, fact.get("host"))
    for c in fact.get("components") or []:
        r = _counterpart(c, got)
        if r is None:
            return False
        if c.get("amount") is None:
            continue
        if r.get("amount_unit") != c.get("amount_unit"):
            return False
        if close(r.get("amount"), c["amount"]):
            continue      # (as written)
        if c.get("amount_unit") != "ratio" or r.get("amount") is None \
                or not close(float(r["amount"]) / row_host, float(c["amount"]) / fact_host):
            return False
    return True


def _ratio_of_host(components: list[dict], host: str | None) -> float:
    """The host's molar count among ``components`` (the HostHydride, or the one that is ``host``); 1 unless given."""
    c = next((c for c in components if c.get("role") == "HostHydride"
              or host is not None and same_host(c.get("material"), host)), None)
    try:
        return float(c["amount"]) if c and c.get("amount_unit") == "ratio" and c.get("amount") else 1.0
    except (TypeError, ValueError):
        return 1.0


# ------------------------------------------------------------------------------ matching
def close(a, b, rel: float = 0.005) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) <= max(1e-9, rel * abs(float(b)))
    except (TypeError, ValueError):
        return False


def _property_narrower_or_same(got: str | None, want: str) -> bool:
    """A reversible hydrogen capacity is a hydrogen capacity: a narrower property the extraction
    recognised (the text said "reversible hydrogen capacity") still matches the broader annotation,
    as ``hkg extract``'s own check does; never the other way round."""
    if got == want:
        return True
    vocab = vocabulary()
    try:
        return bool(got) and vocab.is_a(vocab.property(str(got)).id, vocab.property(want).id)
    except KeyError:
        return False


def lenient_match(fact: dict, row: dict, section: bool = False) -> bool:
    if not _property_narrower_or_same(row.get("property"), fact["property"]) or \
            not close(row.get("value"), fact["value"]):
        return False
    if not close(row.get("value_max"), fact.get("value_max")):
        return False
    if fact.get("host") and not same_host(row.get("material"), fact["host"]):
        return False
    src = row.get("source") or {}
    if fact.get("table") is not None:  # a table fact belongs to its own table row
        return src.get("table") == fact["table"] and src.get("row") == fact.get("row")
    if section and fact.get("section") is not None:
        return src.get("section") == fact["section"]
    return True


def strict_match(fact: dict, row: dict, section: bool = False) -> bool:
    return (lenient_match(fact, row, section) and row.get("unit") == fact["unit"]
            and same_system(fact, row))


def _strategies_right(fact, row) -> bool:
    if "strategies" not in row:  # a field the extractor does not give yet is wrong, not unknown
        return False
    found, annotated = set(row.get("strategies") or []), set(fact.get("strategies") or [])
    if found == annotated:
        return True
    # a family the rules name (Li-RHC) is right where the annotation gives its class (reactive hydride
    # composite): each found strategy is one annotated or narrower, and each annotated one is found
    vocab = vocabulary()

    def narrower(a: str, b: str) -> bool:
        return a == b or (a in vocab and b in vocab and vocab.is_a(a, b))

    return (all(any(narrower(f, a) for a in annotated) for f in found)
            and all(any(narrower(f, a) for f in found) for a in annotated))


def _field_right(name):
    def check(fact, row):
        if name != "section" and name not in row:  # not given yet: wrong, even where the fact is empty
            return False
        want = fact.get(name)
        got = row.get(name)
        if name == "uncertainty":
            return close(got, want)
        if name == "section":
            if fact.get("table") is not None:  # a table fact's place is its table row, matched already
                return True
            got = (row.get("source") or {}).get("section")
        if name == "qualifier":  # '=' is the default: an absent qualifier says the same
            got, want = got or "=", want or "="
        return (got or None) == (want or None)
    return check


CHECKS_STRICT = {"roles": roles_right, "amounts": amounts_right}
CHECKS_LENIENT = {"strategies": _strategies_right, **{k: _field_right(k) for k in ACCURACIES_LENIENT[1:]}}


def pair(facts: list[dict], rows: list[dict], match) -> list[tuple[int, int]]:
    """One-to-one greedy pairing of facts with rows (each row serves one fact at most)."""
    used: set[int] = set()
    out = []
    for i, f in enumerate(facts):
        for j, r in enumerate(rows):
            if j not in used and match(f, r):
                used.add(j)
                out.append((i, j))
                break
    return out


def _narrower_or_same(got, want) -> bool:
    """``got`` is the ontology term ``want`` or one narrower (a claim of 'multi-metal catalysis'
    is a claim of 'metal catalysis'; 'electron transfer' one of 'catalytic mechanism')."""
    if not got:
        return False
    vocab = vocabulary()
    return got == want or (got in vocab and want in vocab and vocab.is_a(got, want))


def mechanism_match(claim: dict, row: dict, section: bool = False) -> bool:
    """Same mechanism (or a narrower one), host, additive (or in-situ phase) and strategy (or a narrower one) where
    the annotation names them; ``section``: and the evidence sentence in the annotated section."""
    if not _narrower_or_same(row.get("mechanism"), claim["mechanism"]):
        return False
    if claim.get("host") and not same_host(row.get("host"), claim["host"]):
        return False
    # a phase formed in situ is credited to the additive it came from and kept as the claim's
    # in-situ phase: an annotation naming either is the claim (Ni2B from NiCl2)
    if claim.get("additive") and not (same_material(row.get("additive"), claim["additive"])
                                      or same_material(row.get("in_situ_phase"), claim["additive"])):
        return False
    if claim.get("strategy") and not _narrower_or_same(row.get("strategy"), claim["strategy"]):
        return False
    if section and claim.get("section") and (row.get("source") or {}).get("section") != claim["section"]:
        return False
    return True


# ------------------------------------------------------------------------------- scoring
@dataclass
class Tally:
    """Counts of one group of documents; figures are derived by :meth:`figures`."""

    facts: int = 0
    rows: int = 0
    lenient: int = 0
    strict: int = 0
    complete: int = 0
    right: dict = field(default_factory=lambda: defaultdict(int))
    claims: int = 0
    claim_rows: int = 0
    claims_found: int = 0
    claim_rows_right: int = 0
    # facts, rows, lenient, strict
    per_property: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0]))

    def add(self, other: Tally) -> None:
        for name in ("facts", "rows", "lenient", "strict", "complete", "claims", "claim_rows",
                     "claims_found", "claim_rows_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.right.items():
            self.right[k] += v
        for k, v in other.per_property.items():
            mine = self.per_property[k]
            for n in range(4):
                mine[n] += v[n]

    def figures(self) -> dict:
        def ratio(a, b):
            return a / b if b else None

        out = {"facts": self.facts, "extracted": self.rows,
               "lenient": {"matched": self.lenient, "precision": ratio(self.lenient, self.rows),
                           "recall": ratio(self.lenient, self.facts)},
               "strict": {"matched": self.strict, "precision": ratio(self.strict, self.rows),
                          "recall": ratio(self.strict, self.facts)},
               "complete": {"matched": self.complete, "precision": ratio(self.complete, self.rows),
                            "recall": ratio(self.complete, self.facts)},
               "accuracy": {k: {"right": self.right[k],
                                "of": self.strict if k in ACCURACIES_STRICT else self.lenient,
                                "accuracy": ratio(self.right[k],
                                                  self.strict if k in ACCURACIES_STRICT else self.lenient)}
                            for k in (*ACCURACIES_STRICT, *ACCURACIES_LENIENT)},
               "mechanisms": {"claims": self.claims, "extracted": self.claim_rows, "found": self.claims_found,
                              "recall": ratio(self.claims_found, self.claims),
                              "precision": ratio(self.claim_rows_right, self.claim_rows)},
               "per_property": {k: {"facts": v[0], "extracted": v[1],
                                    "lenient_recall": ratio(v[2], v[0]), "strict_recall": ratio(v[3], v[0]),
                                    "strict_precision": ratio(v[3], v[1])}
                                for k, v in sorted(self.per_property.items())}}
        return out


NO_FACTS = "none"   # the kind of a dev-set record that says its document holds no fact at all


def is_mechanism(record: dict) -> bool:
    return record.get("kind") == "mechanism"


def measurement_facts(facts: list[dict]) -> list[dict]:
    """The measurement facts of a document's annotation: no mechanism claim, no 'none' record (a document holding
    no fact carries one)."""
    return [f for f in facts if not is_mechanism(f) and f.get("kind") != NO_FACTS]


def score_document(facts: list[dict], rows: list[dict], section: bool = False) -> Tally:
    """Score the rows extracted from one document against its facts.

    ``section``: also require the fact's section for a match (the review, whose records carry
    sections; the other-styles set reports section accuracy apart instead)."""
    t = Tally()
    # (a document whose numbers are all out of the graph's scope carries one record of kind 'none': no fact, so
    # every row extracted from it counts against precision)
    m_facts = measurement_facts(facts)
    m_rows = [r for r in rows if not is_mechanism(r)]
    claims = [f for f in facts if is_mechanism(f)]
    c_rows = [r for r in rows if is_mechanism(r)]
    t.facts, t.rows = len(m_facts), len(m_rows)
    for f in m_facts:
        t.per_property[f["property"]][0] += 1
    for r in m_rows:
        t.per_property[r.get("property")][1] += 1

    lenient = pair(m_facts, m_rows, lambda f, r: lenient_match(f, r, section))
    strict = pair(m_facts, m_rows, lambda f, r: strict_match(f, r, section))
    t.lenient, t.strict = len(lenient), len(strict)
    for i, _ in lenient:
        t.per_property[m_facts[i]["property"]][2] += 1
    for i, _ in strict:
        t.per_property[m_facts[i]["property"]][3] += 1
    for i, j in lenient:
        for name, check in CHECKS_LENIENT.items():
            t.right[name] += check(m_facts[i], m_rows[j])
    for i, j in strict:
        f, r = m_facts[i], m_rows[j]
        oks = [check(f, r) for check in CHECKS_STRICT.values()]
        for name, ok in zip(CHECKS_STRICT, oks):
            t.right[name] += ok
        t.complete += all(oks) and all(check(f, r) for check in CHECKS_LENIENT.values())

    t.claims, t.claim_rows = len(claims), len(c_rows)
    found = pair(claims, c_rows, lambda f, r: mechanism_match(f, r, section))
    t.claims_found = len(found)
    t.claim_rows_right = len({j for _, j in found})
    return t


def mechanism_misses(facts: list[dict], rows: list[dict], section: bool = False) -> tuple[list[dict], list[dict]]:
    """(annotated claims no row matches, claim rows no annotation matches), paired as the figures pair them."""
    claims = [f for f in facts if is_mechanism(f)]
    c_rows = [r for r in rows if is_mechanism(r)]
    found = pair(claims, c_rows, lambda f, r: mechanism_match(f, r, section))
    got = {i for i, _ in found}
    right = {j for _, j in found}
    return ([c for i, c in enumerate(claims) if i not in got],
            [r for j, r in enumerate(c_rows) if j not in right])


def strategy_misses(facts: list[dict], rows: list[dict], section: bool = False) -> list[tuple[dict, dict]]:
    """(fact, row) of every leniently matched pair whose strategies are wrong, paired as the figures pair them."""
    m_facts = measurement_facts(facts)
    m_rows = [r for r in rows if not is_mechanism(r)]
    return [(m_facts[i], m_rows[j]) for i, j in pair(m_facts, m_rows, lambda f, r: lenient_match(f, r, section))
            if not _strategies_right(m_facts[i], m_rows[j])]


def incomplete_pairs(facts: list[dict], rows: list[dict], section: bool = False
                     ) -> list[tuple[dict, dict | None, list[str]]]:
    """(fact, its row or None, the checks it fails) of every measurement fact that is not complete, paired as the
    figures pair them: 'missed' (no row matches leniently), 'system' (lenient but not strict: the host's additives or
    the unit), else the names of the failing accuracies (roles, amounts, strategies, basis …)."""
    m_facts = measurement_facts(facts)
    m_rows = [r for r in rows if not is_mechanism(r)]
    lenient = dict(pair(m_facts, m_rows, lambda f, r: lenient_match(f, r, section)))
    strict = dict(pair(m_facts, m_rows, lambda f, r: strict_match(f, r, section)))
    out: list[tuple[dict, dict | None, list[str]]] = []
    for i, f in enumerate(m_facts):
        if i in strict:
            r, near = m_rows[strict[i]], m_rows[lenient[i]] if i in lenient else m_rows[strict[i]]
            fails = [n for n, check in CHECKS_STRICT.items() if not check(f, r)]
            fails += [n for n, check in CHECKS_LENIENT.items() if not check(f, near)]
            if fails:
                out.append((f, r, fails))
        elif i in lenient:
            out.append((f, m_rows[lenient[i]], ["system"]))
        else:
            out.append((f, None, ["missed"]))
    return out


def score_groups(docs: list[tuple[str, list[dict], list[dict]]], section: bool = False) -> dict:
    """Figures per group and overall for (group, facts, rows) of each document."""
    groups: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    for group, facts, rows in docs:
        t = score_document(facts, rows, section)
        groups[group].add(t)
        total.add(t)
    return {"groups": {g: t.figures() for g, t in sorted(groups.items())}, "all": total.figures()}
