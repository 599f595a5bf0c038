"""The nano form a sentence gives a storage material, carried to the sample made from it (issue 10, review S27):
"Li2NH nanoparticles were obtained by plasma treatment. Combined with Mg(BH4)2, the ternary system released 5.3 wt%
H2": the value's sample (Li2NH–Mg(BH4)2) is made of those nanoparticles, though its own sentence names no form. The
form is carried when the host is named with its form word (the ontology's hkg:formLabel of Nanosizing: 'MgH2
nanoparticles', 'nano-MgH2') in the value's sentence or in the sentence right before it in the paragraph, and the
value's sentence writes the host nowhere else ('the MgH2–Ni composite' writes it again: a sample of its own, maybe
of bulk MgH2, set beside the nanoparticles; so does a form the sample is compared with, 'far below MgH2
nanoparticles'). Read from the sample's description only, never from the section's
heading; read once the values are placed on their samples."""
from __future__ import annotations

from ingest.extraction.prose.prose_reports import form_strategies
from ingest.extraction.samples.material_cues import compared_before
from ingest.extraction.text.nlp import SYSTEM_LABEL, clean_text, material_system, mentions
from ontology.models import Measurement, SystemReport
from ontology.system import host_formula
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary

from .field_absorbers import sentence_finder

_NANOSIZING = "Nanosizing"
_MATERIALS = (SYSTEM_LABEL, "Material")


@per_document(maxsize=256)   # (asked for every value of a sentence, and of the sentence after it)
def _host_forms(text: str, host: str) -> tuple[bool, bool]:
    """(the text names ``host`` with a nano form word, the text writes ``host`` elsewhere than there)."""
    vocab = vocabulary()
    ms = mentions(text)
    owners: list[int] = []   # (where the host named with its form starts)
    compared = 0
    for f in form_strategies(ms, text):
        if not f.term or f.term not in vocab or not vocab.is_a(f.term, _NANOSIZING):
            continue
        owner = next((o for o in ms if o.kind in _MATERIALS and (0 <= f.start - o.end <= 1 or 0 <= o.start - f.end <= 1
                                                                 or o.start <= f.start < o.end)), None)
        owned = material_system(owner) if owner is not None else None
        if owner is not None and owned is not None and owned.bare and host_formula(owned) == host:
            # (a form of the host the sample is compared with, 'far below MgH2 nanoparticles', is no sample's form:
            # the host counts as written elsewhere)
            owners.append(owner.start)
            compared += compared_before(text, owner.start)
    elsewhere = False
    for o in ms:
        if o.kind not in _MATERIALS or o.start in owners:
            continue
        system = material_system(o)
        if system is not None and host_formula(system) == host:
            elsewhere = True
            break
    return bool(owners) and not compared, elsewhere or bool(compared)


def _cleaned(sent) -> str:
    """The sentence's text as the extraction cleaned it (with its offset: one cleaning per sentence and extraction)."""
    return clean_text(sent.text, getattr(sent, "start", 0) or 0).text


def carried_forms(measurements: list[Measurement], reports: list[SystemReport], sentences: list
                  ) -> list[SystemReport]:
    """A Nanosizing report for each prose value on a sample made from a host its sentence, or the one before it in
    its paragraph, names as nanoparticles (or another nano form), the value's sentence writing the host nowhere
    else; nothing for a value whose place reports Nanosizing already."""
    done = {(r.system.name, r.source.start) for r in reports if _NANOSIZING in r.strategies}
    out: list[SystemReport] = []
    sentence_at = sentence_finder(sentences)
    paragraphs: dict[tuple, list] = {}   # (section, passage, paragraph) → its sentences, in the list's order
    for m in measurements:
        src = m.source
        if src.table is not None or src.start is None or (m.system.name, src.start) in done:
            continue
        at = sentence_at(src.start)
        if at is None:
            continue
        host = host_formula(m.system)
        named, elsewhere = _host_forms(_cleaned(at), host)
        if elsewhere:
            continue
        if not named:
            if not paragraphs:   # (grouped once, when a value's own sentence first names no form)
                for s in sentences:
                    paragraphs.setdefault((s.section, s.passage, s.paragraph), []).append(s)
            before = [s for s in paragraphs[at.section, at.passage, at.paragraph] if s.start < at.start]
            if not before or not _host_forms(_cleaned(before[-1]), host)[0]:
                continue
        done.add((m.system.name, src.start))
        out.append(SystemReport(system=m.system, strategies=[_NANOSIZING], source=src))
    return out
