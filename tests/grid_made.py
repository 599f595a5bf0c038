"""A probe grid of additives made first and then put into the host: how the making is said (passive, active,
with a route or a precursor that is a reagent, in a sentence of its own and taken up as "the catalyst"), the
verb that puts the additive in, the notation of the additive (X/Y, X@C, X/NC, an abbreviation defined in
brackets, an oxide with its shape word), the host, a title that names the additive in words or in another
notation, and the value sentence (no system named, "the composite", the host named with a verb of change).

Every mini-abstract is written here from slots; each says which sample its value belongs to: the host with the
additive as the body writes it (the body's notation, not the title's). The slots rotate in a fixed order (no
randomness: the same documents every run), so a failure rate per slot value says which general form the
readers miss.

Run as a script from the worktree root to print the failure rate per slot value:
``python tests/grid_made.py [-v]``. ``test_grid_made.py`` asserts the pass rates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from grid_rates import judged, report

HOSTS = ["MgH2", "LiBH4", "LiAlH4", "NaAlH4", "Mg(BH4)2"]

# additives: (name, as the body writes it, as the record names it, the title's words, the title's other notation)
ADDITIVES = [
    ("core_shell", "A Co@C catalyst", "Co@C", "carbon-encapsulated Co nanoparticles", "Co/C"),
    ("slash_nc", "TiO2/NC", "TiO2/NC", "N-doped carbon supported TiO2", "TiO2@NC"),
    ("slash_c", "Ni/C", "Ni/C", "carbon-supported Ni", "Ni@C"),
    ("ldh_bracket", "Nickel–cobalt layered double hydroxide (NiCo-LDH)", "NiCo-LDH",
     "nickel–cobalt layered double hydroxide", "NiCo-LDH nanosheets"),
    ("oxide_shape", "CeO2 nanorods", "CeO2", "CeO2 nanorods", "rod-like CeO2"),
    ("fe_oxide_np", "Fe3O4 nanoparticles", "Fe3O4", "Fe3O4 nanoparticles", "nano-Fe3O4"),
]

# making forms: {A} the additive as the body writes it (capitalised at a sentence start), {a} the same inside a
# sentence, {P} the putting clause ("introduced into MgH2"). Each form is one or two sentences.
MAKING = {
    "passive": "{A} {was} synthesized and {P}.",
    "passive_then": "{A} {was} first prepared and subsequently {P}.",
    "derived_from": "{A} derived from ZIF-67 {was} {P}.",
    "pyrolysis_of": "{A} obtained by pyrolysis of ZIF-67 {was} {P}.",
    "prepared_from": "{A} {was} prepared from Ni(NO3)2 and then {P}.",
    "templated_by": "{A} templated by SBA-15 {was} fabricated and {P}.",
    "route": "{A} {was} synthesized by a hydrothermal method and {P}.",
    "active": "We synthesized {a} by a solvothermal route and {Pit}.",
    "two_sentences": "{A} {was} prepared by a wet-chemical method. The as-prepared catalyst was then {P}.",
    "two_sentences_the": "{A} {was} synthesized via a sol-gel route. The catalyst was subsequently {P}.",
}
# putting verbs: (as said of the additive, "{H}" the host), passive participle forms
PUTTING = {
    "introduced_into": "introduced into {H}",
    "doped_into": "doped into {H}",
    "ball_milled_with": "ball-milled with {H}",
    "mixed_with": "mixed with {H}",
    "incorporated_into": "incorporated into {H}",
    "added_to": "added to {H}",
}
# titles: None, naming the additive in words, or in another notation
TITLES = {
    "none": "A test paper",
    "words": "Enhanced hydrogen storage of {H} by {W}",
    "words_lead": "{Wc} boost the kinetics of {H}",
    "notation": "Improved dehydrogenation of {H} by {N}",
}
# value sentences: (sentence with {H} the host, value)
VALUES = {
    "no_system": ("Hydrogen release starts at 185 °C.", 185.0),
    "composite": ("The composite starts to release hydrogen at 196 °C.", 196.0),
    "host_changed": ("The onset dehydrogenation temperature of {H} is reduced to 207 °C.", 207.0),
}


@dataclass
class Probe:
    doc: str
    value: float
    host: str
    components: set[str]
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _low(s: str) -> str:
    # (an article or a noun in words is written in lower case inside a sentence; a formula keeps its case)
    return s[0].lower() + s[1:] if re.match(r"(?:A|[A-Z][a-z]{2,})(?![\w/@])", s) else s


def _active_put(put: str, plural: bool) -> str:
    # "introduced into MgH2" -> "introduced it into MgH2": the active making takes the additive up by a pronoun
    verb, rest = put.split(" ", 1)
    return f"{verb} {'them' if plural else 'it'} {rest}"


def probes() -> list[Probe]:
    out = []
    k = 0
    titles = list(TITLES.items())
    values = list(VALUES.items())
    for m_name, m_tmpl in MAKING.items():
        for p_name, p_tmpl in PUTTING.items():
            for j in range(4):
                a_name, body, rec, words, notation = ADDITIVES[(k + j) % len(ADDITIVES)]
                h = HOSTS[(k + 2 * j) % len(HOSTS)]
                t_name, t_tmpl = titles[(k + j) % len(titles)]
                v_name, (v_tmpl, value) = values[(k + 3 * j) % len(values)]
                put = p_tmpl.format(H=h)
                plural = body.endswith("s")   # ("CeO2 nanorods were …")
                prep = m_tmpl.format(A=_cap(body), a=_low(body), P=put, Pit=_active_put(put, plural),
                                     was="were" if plural else "was")
                title = t_tmpl.format(H=h, W=words, Wc=_cap(words), N=notation)
                doc = f"# {title}\n\n## Abstract\n\n{prep} {v_tmpl.format(H=h)}\n"
                out.append(Probe(doc, value, h, {h, rec},
                                 {"making": m_name, "putting": p_name, "additive": a_name, "host": h,
                                  "title": t_name, "value": v_name}))
            k += 1
    return out


def verdict(probe: Probe, rows: list[dict]) -> str:
    """'OK', or what went wrong with the probe's value."""
    from ingest.evaluation.scoring import host_key, material_key
    found = [r for r in rows if r["value"] == probe.value]
    if not found:
        return "MISS"
    want = sorted(material_key(c) for c in probe.components)
    for r in found:
        if host_key(r["material"]) == host_key(probe.host) \
                and sorted(material_key(c["material"]) for c in r["components"]) == want:
            return "OK"
    r = found[0]
    return f"WRONG {r['material']} {sorted(c['material'] for c in r['components'])}"


def run(probe_list: list[Probe]) -> list[tuple[Probe, str]]:
    return judged(verdict, probe_list)


if __name__ == "__main__":
    report(run, probes())
