"""A probe grid of strategies decided from the system (session strat2): mini-abstracts that cross how a sample is
written (X@Y, X/Y, 'X confined in Y', 'Y shell', a single-atom catalyst, a catalyst on a support, an oxide, a
multi-metal catalyst, an ammoniate, a reactive hydride composite) × the host × the application its value is for
(hydrogen storage, solid electrolyte, anode) × a claim sentence or none. Each probe expects the value's host, the
additive as the dev set names it (tests/devset/README.md), the strategies of the ontology's scheme, and for a claim
sentence the claims (mechanism, host, additive, strategy). The slots cross in a fixed rotation (no randomness), so a
failure rate per slot value says which general form the readers miss. Every sentence here is written for the grid.

Run as a script from the worktree root to print the failure rate per slot value:
``python tests/grid_strategy.py [-v]``. ``test_grid_strategy.py`` asserts the pass rates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import report

# the supports a porous-scaffold form crosses: (as the preparation writes it, as the system notation writes it,
# the additive as the dev set names it)
SCAFFOLDS = [("the ordered mesoporous carbon CMK-3", "CMK-3", "CMK-3"),
             ("mesoporous silica SBA-15", "SBA-15", "SBA-15"),
             ("a carbon aerogel (CA)", "CA", "carbon aerogel"),
             ("a carbon foam (CF)", "CF", "carbon foam"),
             ("hollow carbon spheres (HCS)", "HCS", "hollow carbon spheres"),
             ("the porous metal–organic framework MOF-5", "MOF-5", "MOF-5")]
# (the words, the notation, the catalyst as named: without the form tag, tests/devset/README.md)
SINGLE_ATOMS = [("Cu single atoms anchored on Ti3C2Tx", "CuSA/Ti3C2Tx", "Cu/Ti3C2Tx"),
                ("isolated Ni atoms on nitrogen-doped carbon", "Ni SA/NC", "Ni/NC"),
                ("atomically dispersed Co on N-doped graphene", "Co SA/NG", "Co/NG"),
                ("single-atom Pt supported on TiO2", "Pt SA/TiO2", "Pt/TiO2")]

# the forms a sample is written in: key -> (preparation with {H} host, {P} the support's words, {N} its notation;
# the system as the value sentence writes it; the additive the dev set names; strategy per application (None: the
# form is not crossed with that application); the claim sentence and the claims it must give (mechanism, additive,
# strategy), {A} the additive's words; 'catalysis by the scaffold' beside 'nanoconfinement' credits the scaffold's
# catalysis by the scaffold's design or by the catalysis the text names, since 4 December: either is right)
FORMS: dict[str, dict] = {
    "at_scaffold": dict(
        prep="{H} was melt-infiltrated into {P} ({H}@{N}).", sys="{H}@{N}", additive="{S}|{N}",
        apps={"storage": ["Nanoconfinement"], "electrolyte": ["Nanoconfinement"], "anode": ["Nanoconfinement"]},
        claim=("The improvement is attributed to both nanoconfinement and catalysis by the scaffold.",
               [("ConfinementEffect", "Nanoconfinement"), ("CatalyticEffect", "Nanoconfinement|Catalysis")])),
    "slash_scaffold": dict(
        prep="{H} was loaded into the pores of {P}; the composite is denoted {H}/{N}.", sys="{H}/{N}", additive="{S}|{N}",
        apps={"storage": ["Nanoconfinement"], "electrolyte": ["Nanoconfinement"]},
        claim=("This is ascribed to the synergistic effects of nanoconfinement and catalysis by the framework.",
               [("ConfinementEffect", "Nanoconfinement"), ("CatalyticEffect", "Nanoconfinement|Catalysis")])),
    "confined_in": dict(
        prep="{H} nanoparticles confined in {P} were prepared by solvent infiltration.", sys="confined {H}",
        additive="{S}", apps={"storage": ["Nanoconfinement"], "anode": ["Nanoconfinement"]},
        claim=("The pores restrict the growth of the hydride particles, which shortens hydrogen diffusion paths.",
               [])),
    "graphene_shell": dict(
        prep="{H} nanoparticles were wrapped in a graphene shell ({H}@G).", sys="{H}@G", additive="graphene|G",
        apps={"storage": ["CoreShellStructuring"], "anode": ["CoreShellStructuring"]},
        claim=("The graphene shell prevents the agglomeration of the particles.",
               [("AgglomerationSuppression", "CoreShellStructuring")])),
    "carbon_shell": dict(
        prep="{H} particles were encapsulated in a thin carbon shell ({H}@C).", sys="{H}@C", additive="C",
        apps={"storage": ["CoreShellStructuring"], "anode": ["CoreShellStructuring"]},
        claim=None),
    "single_atom": dict(
        prep="{H} was ball milled with 5 wt% {P} ({N}).", sys="{H}–{N}", additive="{M}",
        apps={"storage": ["SingleAtomCatalysis"]},
        claim=("The enhanced kinetics are attributed to the catalytic effect of {N}.",
               [("CatalyticEffect", "SingleAtomCatalysis")])),
    "on_support": dict(
        prep="{H} was milled with 10 wt% Ni nanoparticles supported on graphene (Ni/G).", sys="{H}–Ni/G",
        additive="Ni/graphene|Ni/G", apps={"storage": ["CompositeCatalysis"]},
        claim=("The improvement is attributed to the catalytic effect of Ni/G.",
               [("CatalyticEffect", "CompositeCatalysis")])),
    "oxide": dict(
        prep="{H} was ball milled with 10 wt% {O} nanoparticles.", sys="{H}–{O}", additive="{O}",
        apps={"storage": ["MetalCompoundCatalysis"], "electrolyte": ["CompositeElectrolyteFormation"]},
        claim=None),
    "multimetal": dict(
        prep="{H} was milled with 5 wt% of a FeCoNiCrMn high-entropy alloy.", sys="{H}–FeCoNiCrMn",
        additive="FeCoNiCrMn", apps={"storage": ["MultiMetalCatalysis"]},
        claim=("The co-action of the five metals is credited for the catalytic effect.",
               [])),
    "ammoniate": dict(
        prep="{H}·2NH3 was made by exposing {H} to ammonia gas.", sys="{H}·2NH3", additive="NH3",
        apps={"storage": ["Ammoniation"], "electrolyte": ["Ammoniation"]},
        claim=None),
}
OXIDES = {"storage": "Nb2O5", "electrolyte": "SiO2", "anode": "TiO2"}
# the hosts each application crosses (a borohydride conducts, a binary hydride or alanate converts)
HOSTS = {"storage": ["MgH2", "LiBH4", "NaAlH4", "Mg(BH4)2", "LiAlH4"],
         "electrolyte": ["LiBH4", "Mg(BH4)2"],
         "anode": ["MgH2", "LiAlH4"]}
# the value sentence of an application: (template, value as the rows give it)
VALUES = {"storage": ("The {Y} composite releases 5.6 wt% H2 at 275 °C.", 5.6),
          "electrolyte": ("The {Y} composite shows an ionic conductivity of 2.3 × 10−4 S cm−1 at 30 °C.", 0.23),
          "anode": ("As an anode, the {Y} electrode delivers a reversible capacity of 1150 mAh g−1.", 1150.0)}
# reactive hydride composites in their notations: the same family term whatever the order or ratio
RHC = {"LithiumRHC": ("LiBH4", "MgH2", ["2LiBH4–MgH2", "LiBH4–MgH2", "MgH2–2LiBH4", "LiBH4–2MgH2", "2LiBH4 + MgH2"]),
       "LiMgNHComposite": ("Mg(NH2)2", "LiH", ["Mg(NH2)2–2LiH", "2LiH–Mg(NH2)2", "Mg(NH2)2 + 2LiH"]),
       "LiMgNHComposite ": ("LiNH2", "MgH2", ["2LiNH2–MgH2", "MgH2–2LiNH2"])}


@dataclass
class Probe:
    doc: str
    value: float
    host: str
    additive: str
    strategies: list[str]
    claims: list[tuple[str, str, str, str]] = field(default_factory=list)
    slots: dict[str, str] = field(default_factory=dict)


def probes() -> list[Probe]:
    """Every form × application × host, the support or catalyst and the claim sentence rotating (deterministic)."""
    out = []
    k = 0
    for form, f in FORMS.items():
        for app, strategies in f["apps"].items():
            for host in HOSTS[app]:
                for with_claim in ((False, True) if f["claim"] else (False,)):
                    sc_words, sc_note, sc_name = SCAFFOLDS[k % len(SCAFFOLDS)]
                    sa_words, sa_note, sa_named = SINGLE_ATOMS[k % len(SINGLE_ATOMS)]
                    words, note = (sa_words, sa_note) if form == "single_atom" else (sc_words, sc_note)
                    k += 1
                    fill = dict(H=host, P=words, N=note, S=sc_name, O=OXIDES[app], M=sa_named)
                    prep = f["prep"].format(**fill)
                    system = f["sys"].format(**fill)
                    v_tmpl, value = VALUES[app]
                    value_sentence = v_tmpl.format(Y=system).replace(f"{system} composite", system) \
                        if system.startswith("confined") else v_tmpl.format(Y=system)
                    body = [prep, value_sentence]
                    claims = []
                    if with_claim:
                        sentence, expected = f["claim"]
                        body.append(sentence.format(**fill))
                        additive = f["additive"].format(**fill)
                        claims = [(m, host, additive, s) for m, s in expected]
                    title = f"# {'Hydrogen storage in' if app == 'storage' else 'Ion conduction in' if app == 'electrolyte' else 'Lithium storage in'} {system}"
                    out.append(Probe(f"{title}\n\n{' '.join(body)}\n", value, host, f["additive"].format(**fill),
                                     strategies, claims,
                                     {"form": form, "application": app, "host": host,
                                      "support": note if "{N}" in f["prep"] or "{P}" in f["prep"] else form,
                                      "claim": "claim" if with_claim else "none"}))
    for family, (host, partner, notations) in RHC.items():
        for n in notations:
            doc = f"# Dehydrogenation of the {n} system\n\nThe {n} composite was prepared by ball milling. " \
                  f"{VALUES['storage'][0].format(Y=n)}\n"
            out.append(Probe(doc, VALUES["storage"][1], host, partner, [family.strip()], [],
                             {"form": "rhc", "application": "storage", "host": host, "support": n,
                              "claim": "none"}))
    return out


def verdict(probe: Probe, rows: list[dict]) -> str:
    """'OK', or what went wrong with the probe's value and claims."""
    from ingest.evaluation.scoring import material_key
    found = [r for r in rows if r.get("kind") == "measurement" and r["value"] == probe.value]
    if not found:
        return "MISS"
    r = found[0]
    parts = [c["material"] for c in r["components"]]
    if sorted(r["strategies"]) != sorted(probe.strategies):
        return f"STRATEGY {r['strategies']} {parts}"
    # the additive by the words the text defines or by its notation (the scorer matches either by its term)
    if r["material"] != probe.host or not {material_key(a) for a in probe.additive.split("|")} & set(map(material_key, parts)):
        return f"SYSTEM {r['material']} {parts}"
    claims = {(c["mechanism"], c["host"], c["additive"], c["strategy"]) for c in rows if c.get("kind") == "mechanism"}
    # (a mechanism serving no application of the probe's value is no claim there: catalysis in an electrolyte)
    # (an additive or a strategy written 'A|B' may be either)
    lost = [c for c in probe.claims if _serves(c[0], r.get("application"))
            and not any(c[:2] + (a, st) in claims for a in c[2].split("|") for st in c[3].split("|"))]
    return f"CLAIM {lost} got {sorted(claims)}" if lost else "OK"


def _serves(mechanism: str, application: str | None) -> bool:
    from ontology.vocabulary import vocabulary
    vocab = vocabulary()
    app = "".join(w.title() for w in (application or "").split("_"))
    own = vocab.get(mechanism).applications if mechanism in vocab else ()
    return app not in vocab or not own or any(a == app or vocab.is_a(a, app) or vocab.is_a(app, a) for a in own)


def extract_rows(doc: str) -> list[dict]:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    return list(contract_rows(extract_text(doc)))


def run(probe_list: list[Probe]) -> list[tuple[Probe, str]]:
    return [(p, verdict(p, extract_rows(p.doc))) for p in probe_list]


if __name__ == "__main__":
    report(run, probes())
