"""A probe grid of how an abstract introduces its study's sample and carries it to the values.

Every mini-abstract is written here from slots: a title (none, naming host and additive, naming only the
effect, naming the additive in words), a background sentence about the bare host (or none), a sentence
introducing the study's sample (active and passive, the additive made first then put in, composites
X/Y, X@Y, "X on Y", two additives), and a value sentence (naming no system, an anaphor, the host alone,
a comparison with the bare host inside, a baseline value of the bare host), always followed by a second
value sentence naming no system. Each document says the system of every value.

Conventions (those of the dev set): after the study's sample is introduced, a value sentence naming no
system, an anaphor ("the composite", "it") or the host alone ("MgH2 now releases ...") is of the
sample; a bare host named as a comparison ("than that of pure MgH2", "compared with as-milled MgH2")
gives the bare host only the value said of it and does not move the passage back to the bare host.
A composite additive written X/Y, X@Y or "X on Y" may be one component or its parts.

Run as a script from the worktree root to print the failure rate per slot value (``-v``: each failure):
``python tests/grid_open.py``. The test module ``test_grid_open.py`` asserts the pass rates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import judged, report

# hosts: (as written, formula of the record's host, every component formula, the host in words)
HOSTS = [
    ("MgH2", "MgH2", {"MgH2"}, "magnesium hydride"),
    ("LiAlH4", "LiAlH4", {"LiAlH4"}, "lithium alanate"),
    ("LiBH4", "LiBH4", {"LiBH4"}, "lithium borohydride"),
    ("NaAlH4", "NaAlH4", {"NaAlH4"}, "sodium alanate"),
    ("Mg(BH4)2", "Mg(BH4)2", {"Mg(BH4)2"}, "magnesium borohydride"),
]
# additives: (formula, in words, shape word or "", plural with the shape)
ADDITIVES = [
    ("TiO2", "titanium dioxide", "nanoparticles", True),
    ("NiCo2O4", "", "nanorods", True),
    ("K2TiF6", "", "", False),
    ("CeO2", "ceria", "", False),
    ("Nb2O5", "niobium pentoxide", "nanosheets", True),
    ("MoS2", "molybdenum disulfide", "nanoflowers", True),
    ("FeCl3", "", "", False),
    ("Ni", "nickel", "nanoparticles", True),
    ("ZrC", "", "", False),
    ("CoFe2O4", "", "nanoparticles", True),
]
SECOND = ["CeO2", "Ni", "TiO2", "Nb2O5", "Co"]   # the second of two additives
AMOUNTS = ["", "5 wt% ", "10 wt% of "]

TITLES = {
    "none": "A test paper",
    "host_additive": "Enhanced hydrogen storage properties of {H} by {x}",
    "effect_only": "Fast hydrogen release at low temperature from a catalysed hydride",
    "additive_words": "Boosting the dehydrogenation kinetics of {H} with {w}",
}
BACKGROUND = {
    "none": "",
    "bare_problem": "{H} is a promising hydrogen storage material, but its high stability and sluggish "
                    "kinetics hinder its application. ",
}
# introductions: {X} the additive phrase (loading, formula, shape), {x} its formula, {H} the host, {be}
# was/were agreeing with {X}, {Y} a second additive; (template, the additives it puts in: "x", "xy", "x/y")
INTROS = {
    "synthesized_introduced": ("Herein, {X} {be} synthesized and introduced into {H}.", "x"),
    "we_report_as_catalyst": ("We report {X} as an efficient catalyst for the hydrogen storage of {H}.", "x"),
    "method_which_then": ("A facile method to prepare {X}, which {be} then ball-milled with {H}, is presented.", "x"),
    "effect_investigated": ("In this work, the catalytic effect of {X} on the de/rehydrogenation of {H} is "
                            "investigated.", "x"),
    "improved_by_adding": ("The hydrogen storage properties of {H} are markedly improved by adding {X}.", "x"),
    "catalysed_in_situ": ("{H} catalysed by in situ formed {x} was prepared by ball milling.", "x"),
    "dual_catalyst": ("To improve its kinetics, we design a dual-catalyst system of {x} and {y} for {H}.", "xy"),
    "composite_made": ("An {H}–{x} composite was prepared by ball milling.", "x"),
    "embedded": ("{X} {be} embedded into {H} by high-energy ball milling.", "x"),
    "encapsulated": ("Here, {H} was encapsulated with {X} through a wet-chemical route.", "x"),
    "series": ("{H} doped with x wt% {x} (x = 5, 10, 15) was prepared by ball milling.", "x"),
    "slash_composite": ("A {x}/{y} composite was synthesized and then milled with {H}.", "x/y"),
    "at_composite": ("Core–shell {x}@{y} was fabricated and ball-milled with {H}.", "x/y"),
    "on_support": ("{x} on carbon was prepared and mixed with {H} by ball milling.", "x/C"),
    "we_added": ("In this study, we added {X} to {H} by ball milling.", "x"),
    "demonstrate_enhances": ("Herein, we demonstrate that {X} markedly enhance{s} the dehydrogenation of {H}.", "x"),
    "employed_to": ("{X} {be} employed to catalyze the dehydrogenation of {H}.", "x"),
    "passive_catalysed": ("{H} was catalysed by {X} via ball milling.", "x"),
    "made_first_added": ("{X}, synthesized by a hydrothermal route, {be} added to {H}.", "x"),
    "with_effect": ("The kinetics of {H} were studied with {X} as the additive.", "x"),
    "flower_like_report": ("We report flower-like {x} as an efficient catalyst for the hydrogen storage of {H}.", "x"),
    "found_to_improve": ("In this work, {X} {be} found to markedly improve the dehydrogenation of {H}.", "x"),
    "introducing_lowers": ("Here we show that introducing {X} into {H} lowers its operating temperature.", "x"),
    "prefix_modified": ("{x}-modified {H} was synthesized by ball milling.", "x"),
    "plus_system": ("The {H} + {x} system was studied.", "x"),
    "combined_with": ("{H} was combined with {X} by ball milling.", "x"),
    "host_slash": ("We fabricated a {H}/{x} nanocomposite by ball milling.", "x"),
    "formed_in_situ": ("{x} nanoparticles were formed in situ in {H} during ball milling.", "x"),
    "various_amounts": ("Various amounts of {x} (2, 5 and 10 wt%) were added to {H}.", "x"),
    "to_overcome": ("To overcome these drawbacks, {X} {be} introduced into {H}.", "x"),
    "use_as_dopant": ("We explore the use of {X} as a dopant in {H}.", "x"),
    "acts_as_catalyst": ("{X}, prepared via a sol–gel route, act{p} as a catalyst for {H}.", "x"),
    "mechanism_of_in": ("Here we reveal the catalytic mechanism of {X} in {H}.", "x"),
}
# introductions that name the additive bare (no loading or shape word of the grid's)
BARE_X = {"catalysed_in_situ", "composite_made", "series", "prefix_modified", "plus_system", "host_slash",
          "formed_in_situ", "various_amounts", "flower_like_report"}
# value sentences: (template, value, of the sample); {H} the host
VALUES = {
    "no_system": ("The onset dehydrogenation temperature is lowered to 185 °C.", 185.0, True),
    "composite": ("The composite releases 6.1 wt% H2 within 10 min at 300 °C.", 6.1, True),
    "it": ("It absorbs 5.4 wt% hydrogen at 150 °C.", 5.4, True),
    "host_alone": ("{H} now starts to release hydrogen at 190 °C.", 190.0, True),
    "than_pure": ("The composite starts to dehydrogenate at 175 °C, far lower than that of pure {H}.", 175.0, True),
    "compared_bare": ("Compared with as-milled {H} (345 °C), the doped sample starts to decompose at 205 °C.",
                      205.0, True),
    "baseline": ("As-milled {H} starts to decompose at 335 °C.", 335.0, False),
    "x_containing": ("The {x}-containing sample desorbs 5.6 wt% H2 at 280 °C.", 5.6, True),
    "catalysed_host": ("The catalysed {H} releases hydrogen from 182 °C.", 182.0, True),
    "this_system": ("This system absorbs 4.9 wt% H2 at 200 °C.", 4.9, True),
    "host_lower_than": ("{H} starts to release hydrogen at 195 °C, which is 150 °C lower than that of as-milled {H}.",
                        195.0, True),
    "its_ea_than_milled": ("Its dehydrogenation activation energy is 68 kJ/mol, much lower than that of milled {H} "
                           "(160 kJ/mol).", 68.0, True),
    "property_of_host": ("The dehydrogenation temperature of {H} is reduced to 186 °C.", 186.0, True),
    "from_to": ("The onset temperature of {H} decreases from 352 °C to 188 °C.", 188.0, True),
    "reference_prepared": ("For comparison, ball-milled {H} was also prepared. The composite releases 6.3 wt% H2 at "
                           "275 °C.", 6.3, True),
}
# the second value sentence: no system named, of the sample
FOLLOWER = ("Moreover, the apparent activation energy is reduced to 71 kJ/mol.", 71.0)
BASELINE_ALSO = {"compared_bare": 345.0, "its_ea_than_milled": 160.0, "from_to": 352.0}   # a bare-host value said inside the comparison


@dataclass
class Probe:
    doc: str
    host: str
    sample: set[str]                # the study's sample components (host + every additive)
    host_parts: set[str]
    split: set[str]                 # the sample with a composite additive written as its parts
    values: dict[float, bool]       # value: of the sample (True) or of the bare host (False)
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def probes() -> list[Probe]:
    """Every introduction with nine of the value sentences (a rotating six left out; 297 documents);
    backgrounds, titles, hosts, additives, amounts and shapes rotate."""
    out = []
    k = 0
    for i, (i_name, (intro, kind)) in enumerate(INTROS.items()):
        for j, (v_name, (v_tmpl, value, of_sample)) in enumerate(VALUES.items()):
            if (i + j) % 5 in (0, 1):
                continue
            b_name, background = list(BACKGROUND.items())[(k // 3) % len(BACKGROUND)]
            h_text, h_main, h_parts, h_words = HOSTS[k % len(HOSTS)]
            x, words, shape, plural = ADDITIVES[(k // 2) % len(ADDITIVES)]
            y = SECOND[(k // 3) % len(SECOND)]
            if y == x:
                y = SECOND[(k // 3 + 1) % len(SECOND)]
            t_name = list(TITLES)[(k // 5) % len(TITLES)]
            if t_name == "additive_words" and not words:
                t_name = "host_additive"
            bare = kind != "x" or i_name in BARE_X
            # (a loading is said where the additive is put in, not where it is made)
            amount = "" if bare or i_name in {"method_which_then", "made_first_added", "acts_as_catalyst"} \
                else AMOUNTS[(k // 7) % len(AMOUNTS)]
            k += 1
            s = "" if bare else shape
            phrase = f"{amount}{x}{' ' + s if s else ''}"
            many = plural and bool(s)
            sent = _cap(intro.format(X=phrase, x=x, y=y, H=h_text, be="were" if many else "was",
                                     s="" if many else "s", p="" if many else "s"))
            title = TITLES[t_name].format(H=h_text, x=x, w=words)
            body = background.format(H=h_text) + sent + " " + v_tmpl.format(H=h_text, x=x) + " " + FOLLOWER[0]
            doc = f"# {title}\n\n## Abstract\n\n{body}\n"
            added = {"x": {x}, "xy": {x, y}, "x/y": {f"{x}/{y}"}, "x/C": {f"{x}/C"}}[kind]
            split = {"x": {x}, "xy": {x, y}, "x/y": {x, y}, "x/C": {x, "C"}}[kind]
            values = {value: of_sample, FOLLOWER[1]: True}
            if v_name in BASELINE_ALSO:
                values[BASELINE_ALSO[v_name]] = False
            out.append(Probe(doc, h_main, h_parts | added, h_parts, h_parts | split, values,
                             {"intro": i_name, "value": v_name, "background": b_name, "title": t_name,
                              "host": h_text, "additive": x, "amount": amount.strip() or "none",
                              "shape": s or "none"}))
    return out


def verdict(probe: Probe, rows: list[dict]) -> str:
    """'OK', or what went wrong with the probe's values (each value must be found with its system)."""
    wrong = []
    for value, of_sample in probe.values.items():
        found = [r for r in rows if r["value"] == value]
        if not found:
            wrong.append(f"MISS {value:g}")
            continue
        want = [probe.sample, probe.split] if of_sample else [probe.host_parts]
        comps = [{c["material"] for c in r["components"]} or {r["material"]} for r in found]
        if not any(r["material"] == probe.host and c in want for r, c in zip(found, comps)):
            wrong.append(f"{value:g}->{'+'.join(sorted(comps[0]))}")
    return "OK" if not wrong else "WRONG " + "; ".join(wrong)


def run(probe_list: list[Probe]) -> list[tuple[Probe, str]]:
    return judged(verdict, probe_list)


if __name__ == "__main__":
    report(run, probes())
