"""A host processed without any additive ('MgH2 nanoparticles', 'Mg nanowires', 'ball-milled MgH2', "ball milling
lowers the barrier of MgH2 from 156 to 120 kJ/mol") is a sample of its own, not the bare host: its values
are the processed sample's, named as the text writes it, so that they never meet the as-received host's values as
one system's (a false contradiction of the conflict finder).

The words are the ontology's: a nano form written right after the host (a Nanosizing or Nanostructuring term,
by label or hkg:formLabel: 'nanoparticles', 'nanowires', 'nanocrystals', 'films'), or right before it ('nanosized',
'ball-milled'), or a preparation method (SynthesisMethod) the sentence names as what changed the host's value from
the bare host's ('ball milling reduces … of MgH2 from 156 to 120'): then the sample is named by the method's
participle among its labels ('ball-milled MgH2'). A reference value (the bare host the sentence compares with)
stays the bare host's."""
from __future__ import annotations

import re
from collections.abc import Callable

from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system
from ingest.extraction.text.sample_words import BASELINE_WORDS
from ontology.models import MaterialSystem, Measurement, SystemReport
from ontology.system import host_formula
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary

# a word that names the host as the reference ('bulk', 'commercial', 'milled', 'ball-milled': the ontology's
# BaselineWord scheme) is no processing of the study's: 'bulk MgH2', 'ball-milled MgH2' so written are its reference
_REFERENCE_WORD = re.compile(rf"(?:{BASELINE_WORDS})", re.I)

# the strategies a form of the host alone can show: its size or nanostructure (a shell, a scaffold or a support
# needs a second material, and is no host alone)
_FORMS = ("Nanosizing", "Nanostructuring")
_NEEDS_A_PARTNER = ("CoreShellStructuring", "Nanoconfinement")


def _form_term(m: Mention) -> str | None:
    """The form strategy a mention names ('nanowires': Nanostructuring; 'nanoparticles', read as a size noun, by
    its hkg:formLabel: Nanosizing), else None."""
    vocab = vocabulary()
    term = m.term if m.kind == "Strategy" else None
    if term is None:
        by_form = vocab.by_form(m.text)
        term = by_form.id if by_form is not None and by_form.kind == "Strategy" else None
    if term is None or any(vocab.is_a(term, t) for t in _NEEDS_A_PARTNER if t in vocab):
        return None
    return _form_strategy(term)


@per_document(maxsize=64)
def participle(method: str, written: str = "") -> str | None:
    """The method's participle among its labels or those of the methods it is a kind of ('ball-milled' of
    BallMilling): one hyphenated or single word ending in '-ed', the one of the noun as written ('milling' is
    'milled'), else the longest."""
    vocab = vocabulary()
    stem = re.sub(r"ing$", "", written.lower()).replace("-", " ")
    for term_id in (method, *vocab.ancestors(method)):
        found = sorted((w for w in vocab.get(term_id).labels if re.fullmatch(r"[a-z]+(?:-[a-z]+)*ed", w)),
                       key=len, reverse=True)
        if found:
            return next((w for w in found if stem and w.replace("-", " ").startswith(stem)), found[0])
    return None


def processed_system(bare: MaterialSystem, written: str) -> MaterialSystem:
    """The bare host's sample processed as ``written`` says: named as written, its identity the name with the host
    written canonically ('Mg nanowires' is 'MgH2 nanowires': Mg and MgH2 are one host)."""
    written = re.sub(r"\s+", " ", written).strip()
    canonical = bare.key or bare.name
    key = written.replace(bare.host.text, canonical, 1) if bare.host.text and canonical != bare.host.text else None
    host = bare.host.model_copy(update={"text": written})
    return bare.model_copy(update={"text": written, "name": written, "host": host,
                                   "key": key if key != written else None})


Form = tuple[MaterialSystem, str, "str | None"]    # the bare host, the processed sample's name, its strategy


def _form_words(words: str) -> str | None:
    """The form strategy words before a host name ('nanosized', 'hierarchical nanostructured', 'thin film'), by the
    ontology's labels, else None ('activated', 'annealed' say how it was treated, no form)."""
    vocab = vocabulary()
    split = words.split()
    for k in range(len(split)):
        term = vocab.lookup(" ".join(split[k:]), "Strategy") or vocab.lookup(split[k], "Strategy")
        if term is not None and (found := _form_term(Mention("Strategy", split[k], 0, 0, term.id))) is not None:
            return found
    return None


def _written_forms(text: str, ms: list[Mention], storing: Callable[[MaterialSystem], bool]
                   ) -> tuple[dict[str, Form], set[str]]:
    """host → (its bare system, the processed name the sentence writes for it, the strategy the words name); and the
    hosts the sentence also writes bare."""
    out: dict[str, Form] = {}
    bare: set[str] = set()
    for i, m in enumerate(ms):
        if m.kind not in (SYSTEM_LABEL, "Material"):
            continue
        s = material_system(m)
        if s is None or not s.bare or not storing(s):
            continue
        after = next((n for n in ms[i + 1:] if 0 <= n.start - m.end <= 1), None)
        before = next((n for n in reversed(ms[:i]) if 0 <= m.start - n.end <= 1), None)
        prefix_words = m.text[:max(0, m.text.find(s.host.formula))].strip(" -")
        if prefix_words and _REFERENCE_WORD.fullmatch(prefix_words) \
                or before is not None and _REFERENCE_WORD.fullmatch(before.text):
            bare.add(host_formula(s))    # ('bulk MgH2', 'ball-milled MgH2': the reference, written bare)
        elif (prefix := _form_words(prefix_words)) is not None:
            out.setdefault(host_formula(s), (s, m.text, prefix))  # 'nanosized MgH2', 'thin film MgH2'
        elif after is not None and _form_term(after) is not None:
            out.setdefault(host_formula(s), (s, text[m.start:after.end], _form_term(after)))   # 'MgH2 nanoparticles'
        elif before is not None and (_form_term(before) is not None
                                     or before.kind == "SynthesisMethod" and before.text.endswith("ed")
                                     and _process_strategy(before.term) is not None):   # ('activated': no form)
            out.setdefault(host_formula(s), (s, text[before.start:m.end],     # 'nanocrystalline Mg', 'ball-milled MgH2'
                                             _form_term(before) or _process_strategy(before.term)))
        else:
            bare.add(host_formula(s))
    return out, bare


def _method_changed(text: str, ms: list[Mention], out: list[Measurement],
                    storing: Callable[[MaterialSystem], bool]) -> dict[str, Form]:
    """'ball milling reduces the barrier of MgH2 from 156 to 120': a preparation method named before a bare host
    whose reference value the same sentence gives, beside a value of its own: the method made the other sample."""
    found: dict[str, Form] = {}
    methods = [m for m in ms if m.kind == "SynthesisMethod" and m.term]
    if not methods:
        return found
    for m in out:
        s = m.system
        if m.baseline or not s.bare or host_formula(s) in found or not storing(s):
            continue
        if not any(o.system.id == s.id and o.baseline and o.property == m.property for o in out):
            continue
        host_at = text.find(s.host.text)
        method = next((x for x in methods if host_at < 0 or x.end <= host_at), None)
        word = participle(method.term, method.text) if method is not None and method.term else None
        if word is not None:
            found[host_formula(s)] = (s, f"{word} {s.host.text}", _process_strategy(method.term))
    return found


def processed_hosts(text: str, ms: list[Mention], out: list[Measurement], reports: list[SystemReport],
                    storing: Callable[[MaterialSystem], bool]
                    ) -> tuple[list[Measurement], list[SystemReport], dict[str, MaterialSystem]]:
    """The sentence's values and reports with every bare host the sentence writes as processed put on that
    processed sample (reference values stay the bare host's); the third item maps each bare system id renamed to
    its processed sample (what the text goes on about). A value the text carried over on another processed form of
    the host ('MgH2 nanoparticles' of the sentence before) goes to the form this sentence writes ('Mg nanowires')."""
    forms, written_bare = _written_forms(text, ms, storing)
    forms.update({k: v for k, v in _method_changed(text, ms, out, storing).items() if k not in forms})
    if not forms:
        return out, reports, {}
    renamed: dict[str, MaterialSystem] = {}
    made: dict[str, tuple[MaterialSystem, str, Measurement]] = {}   # processed id → (sample, strategy, a value)
    new_out = []
    for m in out:
        # (a reference stays the bare host, unless the sentence writes its host only processed: "the 25 nm Mg
        # nanocrystals absorb faster than the 38 nm ones" compares two processed samples)
        host = host_formula(m.system)
        hit = forms.get(host) if m.system.bare and (not m.baseline or host not in written_bare) else None
        if hit is None:
            new_out.append(m)
            continue
        processed = renamed.setdefault(m.system.id, processed_system(hit[0], hit[1]))
        if hit[2] is not None:
            made.setdefault(processed.id, (processed, hit[2], m))
        renamed.setdefault(host_formula(m.system), processed)
        new_out.append(m.model_copy(update={"system": processed}))
    if not renamed:
        return out, reports, {}
    baseline_kept = {m.system.id for m in new_out if m.baseline}
    new_reports = []
    for r in reports:
        processed = renamed.get(r.system.id) or (renamed.get(host_formula(r.system)) if r.system.bare else None)
        if processed is None:
            new_reports.append(r)
            continue
        new_reports.append(r.model_copy(update={"system": processed}))
        if r.system.id in baseline_kept:
            # (the reference keeps its own report, without the processing's strategies)
            new_reports.append(r.model_copy(update={"strategies": [t for t in r.strategies
                                                                   if _form_strategy(t) is None]}))
    for processed, strategy, m in made.values():
        # (the strategy the processing is: 'ball-milled MgH2' is nanosized by the mill, whatever else the sentence says)
        same = [r for r in new_reports if r.system.id == processed.id and r.source == m.source]
        if same:
            same[0].strategies = list(dict.fromkeys([*same[0].strategies, strategy]))
        else:
            new_reports.append(SystemReport(system=processed, strategies=[strategy], source=m.source))
    return new_out, new_reports, renamed


def _process_strategy(method: str | None) -> str | None:
    """The strategy a preparation method makes of a host it processes alone (hkg:processStrategy, inherited)."""
    if method is None or method not in vocabulary():
        return None
    vocab = vocabulary()
    return next((vocab.get(t).process_strategy for t in (method, *vocab.ancestors(method))
                 if vocab.get(t).process_strategy), None)


def is_processed(system: MaterialSystem | None) -> bool:
    """A host processed alone, named by its processing ('MgH2 nanoparticles', 'ball-milled MgH2')."""
    return system is not None and system.bare and system.name != host_formula(system) \
        and system.host.text == system.name and system.host.text != system.host.formula


def _form_strategy(term: str) -> str | None:
    """``term`` when it is a form of the host alone (a kind of Nanosizing or Nanostructuring), else None."""
    vocab = vocabulary()
    return term if any(t in vocab and vocab.is_a(term, t) for t in _FORMS) else None
