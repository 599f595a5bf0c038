"""A probe grid of how authors state hydride properties: property phrasings crossed with number and unit
forms and with materials. Every sentence here is written for this grid (test data, not vocabulary).

Each case is a mini-abstract (title + one value sentence) with the one fact it must yield: the property,
the value in the property's canonical unit and the host. `cases()` crosses the slots deterministically
(each phrasing of a property meets every number form of its unit family in turn, materials rotate), so a
failing slot value shows in the per-slot pass rate, not only in one sentence."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import cycle

# ------------------------------------------------------------------ materials (hosts and additives)
STORAGE_SAMPLES = [  # (host, additive as written in the sample's name)
    ("MgH2", "Nb2O5"), ("LiBH4", "TiF3"), ("LiAlH4", "NiCo2O4 nanorods"), ("Mg(BH4)2", "CoNi@C"),
    ("NaAlH4", "TiC"), ("MgH2", "Ti3C2 MXene"), ("LiBH4", "graphene nanosheets"), ("MgH2", "Ni nanoparticles"),
    ("LiAlH4", "Fe2O3"), ("NaAlH4", "CeCl3"),
]
ION_SAMPLES = [("LiBH4", "LiI"), ("LiBH4", "SiO2"), ("Mg(BH4)2", "MgO"), ("LiBH4", "Al2O3"), ("LiCB11H12", "LiCB9H10")]
ANODE_SAMPLES = [("MgH2", "graphene"), ("MgH2", "TiO2"), ("MgH2", "carbon nanotubes")]

# ------------------------------------------------------------------ number and unit forms per unit family
# (form slot, text of the quantity for base value {v}, the value expected in the canonical unit)
TEMPERATURE = [
    ("degC", "{v} °C", lambda v: v), ("degC-tight", "{v}°C", lambda v: v), ("K", "{k} K", lambda v: v),
    ("degrees C", "{v} degrees C", lambda v: v), ("ca.", "ca. {v} °C", lambda v: v), ("~", "~{v} °C", lambda v: v),
    ("about", "about {v} °C", lambda v: v), ("approximately", "approximately {v} °C", lambda v: v),
    ("pm", "{v} ± 5 °C", lambda v: v), ("range", "{v}–{w} °C", lambda v: v), ("deg-C", "{v} oC", lambda v: v),
    ("range-to", "{v} to {w} °C", lambda v: v), ("º", "{v} ºC", lambda v: v), ("K-tight", "{k}K", lambda v: v),
    ("around", "around {v} °C", lambda v: v),
]
ENERGY = [
    ("kJ mol−1", "{v} kJ mol−1", lambda v: v), ("kJ/mol", "{v} kJ/mol", lambda v: v),
    ("kJ·mol−1 H2", "{v} kJ·mol−1 H2", lambda v: v), ("kJ (mol H2)−1", "{v} kJ (mol H2)−1", lambda v: v),
    ("kJ mol-1", "{v} kJ mol-1", lambda v: v), ("kJ/mol H2", "{v} kJ/mol H2", lambda v: v),
    ("pm", "{v} ± 3 kJ/mol", lambda v: v), ("approx", "approximately {v} kJ mol−1", lambda v: v),
    ("kJ mol^-1", "{v} kJ mol^-1", lambda v: v), ("kJ.mol-1", "{v} kJ.mol-1", lambda v: v),
    ("kJ per mol H2", "{v} kJ per mol H2", lambda v: v), ("kJ mol−1 H2", "{v} kJ mol−1 H2", lambda v: v),
    ("kJ/molH2", "{v} kJ/molH2", lambda v: v), ("kJ (mol-H2)−1", "{v} kJ (mol-H2)−1", lambda v: v),
]
ENTROPY = [
    ("J mol−1 K−1", "{v} J mol−1 K−1", lambda v: v), ("J/(mol K)", "{v} J/(mol K)", lambda v: v),
    ("J K−1 mol−1 H2", "{v} J K−1 mol−1 H2", lambda v: v), ("J/mol·K", "{v} J/mol·K", lambda v: v),
    ("J/K/mol", "{v} J/K/mol", lambda v: v),
]
CAPACITY = [
    ("wt%", "{v} wt%", lambda v: v), ("wt %", "{v} wt %", lambda v: v), ("wt.%", "{v} wt.%", lambda v: v),
    ("wt. %", "{v} wt. %", lambda v: v), ("mass%", "{v} mass%", lambda v: v), ("about", "about {v} wt%", lambda v: v),
    ("~", "~{v} wt%", lambda v: v), ("ca.", "ca. {v} wt.%", lambda v: v), ("pm", "{v} ± 0.1 wt%", lambda v: v),
    ("wt pct", "{v} wt pct", lambda v: v), ("weight%", "{v} weight %", lambda v: v),
]
CONDUCTIVITY = [  # base value {v} is in mS/cm
    ("S cm−1 ×10−3", "{v} × 10−3 S cm−1", lambda v: v), ("E-3", "{v}E-3 S/cm", lambda v: v),
    ("10^-3", "{v} × 10^-3 S cm^-1", lambda v: v), ("mS cm−1", "{v} mS cm−1", lambda v: v),
    ("S/cm x10-3", "{v} x 10-3 S/cm", lambda v: v), ("mS/cm", "{v} mS/cm", lambda v: v),
    ("S cm-1 10−4", "{t} × 10−4 S cm-1", lambda v: v), ("10-3 S·cm−1", "{v} × 10-3 S·cm−1", lambda v: v),
    ("e-3 lower", "{v}e-3 S cm-1", lambda v: v), ("*10^-3", "{v}*10^-3 S/cm", lambda v: v),
]
SPECIFIC = [
    ("mAh g−1", "{v} mAh g−1", lambda v: v), ("mA h g−1", "{v} mA h g−1", lambda v: v), ("mAh/g", "{v} mAh/g", lambda v: v),
    ("mAh g-1", "{v} mAh g-1", lambda v: v), ("mAh·g−1", "{v} mAh·g−1", lambda v: v),
]
PERCENT = [("%", "{v}%", lambda v: v), ("sp %", "{v} %", lambda v: v), ("about", "about {v}%", lambda v: v),
           ("~", "~{v}%", lambda v: v)]
EV = [("eV", "{v} eV", lambda v: v), ("meV", "{m} meV", lambda v: v), ("pm eV", "{v} ± 0.02 eV", lambda v: v)]
SIZE = [("nm", "{v} nm", lambda v: v), ("sp-nm", "{v}nm", lambda v: v), ("about nm", "about {v} nm", lambda v: v),
        ("μm", "{u} μm", lambda v: v), ("~nm", "~{v} nm", lambda v: v)]
PRESSURE = [("MPa", "{v} MPa", lambda v: v), ("bar", "{b} bar", lambda v: v), ("atm", "{a} atm", lambda v: v),
            ("kPa", "{p} kPa", lambda v: v)]
VOLT = [("V", "{v} V", lambda v: v), ("V vs", "{v} V vs. Li+/Li", lambda v: v)]

# ------------------------------------------------------------------ properties × phrasings
# (property slot, expected key, base value, unit family, samples, phrasings with {S} sample and {Q} quantity)
PROPERTIES = [
    ("onset T", "onset_dehydrogenation_temperature", 250.0, TEMPERATURE, STORAGE_SAMPLES, [
        "The onset dehydrogenation temperature of {S} was {Q}.",
        "{S} starts to release hydrogen at {Q}.",
        "The initial dehydrogenation temperature of {S} is reduced to {Q}.",
        "{S} begins to desorb hydrogen at {Q}.",
        "The starting hydrogen release temperature of {S} decreased to {Q}.",
        "The onset temperature of {S} was lowered by 100 °C to {Q}.",
        "Dehydrogenation of {S} starts at a temperature as low as {Q}.",
        "{S} begins to release hydrogen at only {Q}.",
        "The onset desorption temperature of {S} reached {Q}.",
        "The initial desorption temperature of {S} was reduced by 80 °C to {Q}.",
        "For {S}, T_onset = {Q}.",
        "{S} starts to dehydrogenate at {Q}, which is 100 °C lower than that of pristine MgH2.",
        "The onset temperature for hydrogen release was decreased from 350 °C to {Q} for {S}.",
        "{S} exhibits an onset dehydrogenation temperature of {Q}, much lower than that of the as-milled hydride.",
        "The temperature at which {S} begins to release hydrogen is {Q}.",
        "Hydrogen evolution from {S} starts at {Q}.",
        "{S} releases hydrogen from {Q} on.",
        "{S} started releasing hydrogen at {Q}.",
        "Compared with the pristine hydride, {S} starts to release hydrogen at a reduced temperature of {Q}.",
    ]),
    ("peak T", "peak_dehydrogenation_temperature", 310.0, TEMPERATURE, STORAGE_SAMPLES, [
        "The peak dehydrogenation temperature of {S} was {Q}.",
        "The desorption peak of {S} appeared at {Q}.",
        "{S} shows a peak desorption temperature of {Q}.",
        "The peak temperature of {S} decreased by 60 °C to {Q}.",
        "The main hydrogen release of {S} occurs at {Q}.",
        "The DSC peak temperature for dehydrogenation of {S} was lowered to {Q}.",
        "The dehydrogenation peak of {S} shifts to {Q}.",
        "{S} shows a main desorption peak centred at {Q}.",
        "The maximum desorption rate of {S} occurs at {Q}.",
        "The TPD curve of {S} exhibits a desorption peak at {Q}.",
    ]),
    ("end T", "full_dehydrogenation_temperature", 380.0, TEMPERATURE, STORAGE_SAMPLES, [
        "The dehydrogenation of {S} was completed at {Q}.",
        "{S} was fully dehydrogenated at {Q}.",
        "The end temperature of dehydrogenation of {S} was {Q}.",
        "Hydrogen release from {S} finished at {Q}.",
    ]),
    ("Ea des", "dehydrogenation_activation_energy", 95.0, ENERGY, STORAGE_SAMPLES, [
        "The dehydrogenation activation energy of {S} was {Q}.",
        "The apparent activation energy for hydrogen desorption of {S}, calculated by the Kissinger method, is {Q}.",
        "The Kissinger analysis gives an activation energy of desorption of {Q} for {S}.",
        "The desorption activation energy of {S} decreased to {Q}.",
        "Using the JMAK model, the dehydrogenation activation energy of {S} was determined to be {Q}.",
        "{S} has a low dehydrogenation activation energy ({Q}).",
        "The activation energy for dehydrogenation of {S} was reduced by 60 kJ/mol to {Q}.",
        "The Arrhenius plot of {S} yields a desorption activation energy of {Q}.",
        "The activation energy (Ea) of {S} for dehydrogenation is {Q}.",
        "For dehydrogenation of {S}, Ea = {Q}.",
        "The Ea for hydrogen desorption of {S} was lowered to {Q}.",
        "{S} shows a reduced apparent activation energy of {Q} for hydrogen desorption.",
        "The dehydrogenation kinetics of {S} are improved, with an activation energy of {Q}.",
        "The activation energy of dehydrogenation of {S} was only {Q}.",
    ]),
    ("Ea abs", "hydrogenation_activation_energy", 45.0, ENERGY, STORAGE_SAMPLES, [
        "The hydrogenation activation energy of {S} was {Q}.",
        "The activation energy for hydrogen absorption of {S} was calculated to be {Q}.",
        "{S} shows an absorption activation energy of {Q}.",
        "The apparent activation energy of rehydrogenation of {S} amounted to {Q}.",
        "For hydrogen absorption by {S}, Ea = {Q}.",
        "The hydriding activation energy of {S} was reduced to {Q}.",
    ]),
    ("dH", "reaction_enthalpy", 68.0, ENERGY, STORAGE_SAMPLES, [
        "The dehydrogenation enthalpy of {S} was {Q}.",
        "From the van 't Hoff plot, the enthalpy of desorption of {S} was {Q}.",
        "The reaction enthalpy of {S} is reduced to {Q}.",
        "The van 't Hoff analysis gives a dehydrogenation enthalpy change of {Q} for {S}.",
        "The desorption enthalpy of {S} was determined as {Q}.",
        "The dehydrogenation enthalpy of {S} was found to be {Q}.",
        "For {S}, ΔH = {Q}.",
        "The enthalpy change (ΔH) for dehydrogenation of {S} is {Q}.",
        "The thermodynamic destabilization lowers the reaction enthalpy of {S} to {Q}.",
    ]),
    ("dS", "reaction_entropy", 120.0, ENTROPY, STORAGE_SAMPLES, [
        "The dehydrogenation entropy of {S} was {Q}.",
        "From the van 't Hoff plot, the entropy change of {S} was {Q}.",
        "The reaction entropy of {S} amounts to {Q}.",
        "For {S}, ΔS = {Q}.",
        "The entropy change (ΔS) for dehydrogenation of {S} is {Q}.",
    ]),
    ("plateau", "plateau_pressure", 0.12, PRESSURE, STORAGE_SAMPLES, [
        "The desorption plateau pressure of {S} at 300 °C was {Q}.",
        "{S} shows a plateau pressure of {Q} at 300 °C.",
        "At 300 °C, the equilibrium plateau pressure of {S} reached {Q}.",
        "The plateau pressure of {S} was {Q}.",
        "{S} has an equilibrium pressure of {Q} at 300 °C.",
    ]),
    ("cap released", "hydrogen_capacity", 5.8, CAPACITY, STORAGE_SAMPLES, [
        "{S} releases {Q} hydrogen at 300 °C.",
        "{S} desorbs {Q} of hydrogen within 10 min at 300 °C.",
        "About {Q} of hydrogen was released from {S} at 300 °C.",
        "{S} can release {Q} H2 within 60 min at 275 °C.",
        "A hydrogen desorption capacity of {Q} was obtained for {S} at 300 °C.",
        "{S} released {Q} of H2 within 30 min at 250 °C.",
        "Within 10 min at 300 °C, {S} desorbs {Q} of hydrogen.",
        "{S} can rapidly release {Q} hydrogen at 300 °C.",
        "The amount of hydrogen released from {S} reached {Q} at 300 °C.",
    ]),
    ("cap absorbed", "absorbed_hydrogen_capacity", 5.2, CAPACITY, STORAGE_SAMPLES, [
        "{S} absorbs {Q} hydrogen at 200 °C.",
        "{S} takes up {Q} of hydrogen within 5 min at 150 °C.",
        "{S} can absorb {Q} H2 in 10 min at 100 °C.",
        "A hydrogen absorption capacity of {Q} was reached by {S} at 200 °C.",
        "{S} absorbed {Q} of hydrogen within 60 s at 150 °C.",
        "Even at room temperature, {S} can take up {Q} H2 within 1 h.",
        "{S} rapidly absorbs {Q} hydrogen at 100 °C under 3 MPa H2.",
        "{S} was rehydrogenated to {Q} at 200 °C.",
    ]),
    ("cap reversible", "reversible_hydrogen_capacity", 4.5, CAPACITY, STORAGE_SAMPLES, [
        "{S} has a reversible hydrogen storage capacity of {Q}.",
        "A reversible capacity of {Q} was achieved for {S}.",
        "{S} reversibly stores {Q} hydrogen.",
        "A reversible hydrogen capacity of {Q} is maintained by {S} over 10 cycles.",
        "{S} retains a hydrogen capacity of {Q} after 20 cycles.",   # (what is kept over cycles is reversible)
    ]),
    ("cap retained", "hydrogen_capacity", 4.9, CAPACITY, STORAGE_SAMPLES, [
        "After 50 cycles, {S} still delivers {Q} of hydrogen.",
        "The hydrogen storage capacity of {S} is {Q}.",
    ]),
    ("sigma", "ionic_conductivity", 1.2, CONDUCTIVITY, ION_SAMPLES, [
        "The ionic conductivity of {S} was {Q} at 30 °C.",
        "{S} shows a Li-ion conductivity of {Q} at room temperature.",
        "At 25 °C, {S} reaches an ionic conductivity of {Q}.",
        "A high lithium-ion conductivity of {Q} was obtained for {S} at 35 °C.",
        "{S} exhibits a conductivity as high as {Q} at room temperature.",
        "{S} shows a high Li+ conductivity (σ = {Q} at 25 °C).",
        "The room-temperature ionic conductivity of {S} is {Q}.",
        "{S} has a conductivity of {Q} at 30 °C.",
        "The lithium-ion conductivity of {S} at 27 °C is as high as {Q}.",
    ]),
    ("Ea migr", "ion_migration_activation_energy", 0.45, EV, ION_SAMPLES, [
        "The activation energy for Li-ion migration in {S} was {Q}.",
        "{S} shows a low activation energy of {Q} for lithium-ion conduction.",
        "The migration barrier of Li+ in {S} is {Q}.",
        "The activation energy of ionic conduction of {S} was estimated at {Q}.",
        "{S} shows an activation energy (Ea = {Q}) for Li+ conduction.",
    ]),
    ("window", "electrochemical_stability_window", 5.0, VOLT, ION_SAMPLES, [
        "{S} has an electrochemical stability window of {Q}.",
        "The electrochemical window of {S} reaches {Q}.",
        "{S} is electrochemically stable up to {Q}.",
        "{S} shows a wide electrochemical window extending to {Q}.",
    ]),
    ("discharge", "discharge_capacity", 850.0, SPECIFIC, ANODE_SAMPLES, [
        "The {S} anode delivers a discharge capacity of {Q} at 0.1 C.",
        "A first discharge capacity of {Q} was obtained for the {S} electrode at 100 mA g−1.",
        "The {S} electrode shows an initial discharge capacity of {Q} at a current density of 200 mA g−1.",
        "At 1C, the {S} anode delivered a discharge capacity of {Q}.",
        "The {S} electrode delivers a first discharge capacity as high as {Q}.",
    ]),
    ("charge", "charge_capacity", 620.0, SPECIFIC, ANODE_SAMPLES, [
        "The {S} anode delivers a charge capacity of {Q} at 0.1 C.",
        "A reversible charge capacity of {Q} was obtained for the {S} electrode at 100 mA g−1.",
    ]),
    ("CE", "coulombic_efficiency", 85.0, PERCENT, ANODE_SAMPLES, [
        "The {S} anode shows an initial coulombic efficiency of {Q}.",
        "The first-cycle Coulombic efficiency of the {S} electrode was {Q}.",
    ]),
    ("retention", "capacity_retention", 78.0, PERCENT, ANODE_SAMPLES, [
        "The {S} anode retains {Q} of its capacity after 100 cycles.",
        "A capacity retention of {Q} after 200 cycles was obtained for the {S} electrode.",
        "After 100 cycles, the capacity retention of the {S} electrode was {Q}.",
    ]),
    ("particle size", "particle_size", 35.0, SIZE, STORAGE_SAMPLES, [
        "The particle size of {S} was about {Q}.",
        "{S} particles with an average size of {Q} were obtained.",
        "The average particle size of {S} is reduced to {Q}.",
    ]),
    ("crystallite size", "crystallite_size", 12.0, SIZE, STORAGE_SAMPLES, [
        "The crystallite size of {S} was {Q}.",
        "The grain size of {S}, estimated by the Scherrer equation, was {Q}.",
        "The average crystallite size of {S} decreased to {Q}.",
    ]),
]

# several values in one sentence: (slot, key, values, unit family, samples, phrasings with {S} and {Q1} {Q2} {Q3})
MULTI = [
    ("respectively T", "onset_dehydrogenation_temperature", (250.0, 280.0, 320.0), TEMPERATURE, STORAGE_SAMPLES, [
        "The onset dehydrogenation temperatures of {S}, ball-milled MgH2 and as-received MgH2 are {Q1}, {Q2} and "
        "{Q3}, respectively.",
        "{S} and its two reference samples start to release hydrogen at {Q1}, {Q2} and {Q3}, respectively.",
        "The composites {S}, MgH2-TiO2 and MgH2-Fe start releasing hydrogen at {Q1}, {Q2} and {Q3}, respectively.",
    ]),
    ("values of", "dehydrogenation_activation_energy", (95.0, 120.0, 160.0), ENERGY, STORAGE_SAMPLES, [
        "The desorption activation energies were determined by the Kissinger method, with values of {Q1}, {Q2} and "
        "{Q3} for {S}, milled MgH2 and commercial MgH2, respectively.",
        "The dehydrogenation activation energy decreases from {Q3} (commercial MgH2) to {Q2} (milled MgH2) and {Q1} "
        "({S}).",
    ]),
    ("two steps", "dehydrogenation_activation_energy", (95.0, 130.0), ENERGY, STORAGE_SAMPLES, [
        "The activation energies of dehydrogenation of {S} are {Q1} and {Q2} for the first and second steps, "
        "respectively.",
        "For {S}, the dehydrogenation activation energies of the two steps are {Q1} and {Q2}.",
    ]),
    ("two-step T", "peak_dehydrogenation_temperature", (250.0, 300.0), TEMPERATURE, STORAGE_SAMPLES, [
        "{S} shows two desorption peaks at {Q1} and {Q2}.",
        "The peak dehydrogenation temperatures of the two steps of {S} were {Q1} and {Q2}, respectively.",
    ]),
]

MORE = [
    ("abs T", "hydrogenation_temperature", 150.0, TEMPERATURE, STORAGE_SAMPLES, [
        "{S} can be rehydrogenated at {Q}.",
        "The hydrogenation temperature of {S} was {Q}.",
        "{S} starts to absorb hydrogen at {Q}.",
        "Hydrogen absorption by {S} begins at temperatures as low as {Q}.",
    ]),
    ("vol cap", "volumetric_hydrogen_capacity", 85.0, [("g/L", "{v} g/L", None), ("g L−1", "{v} g L−1", None),
                                                       ("kg H2 m−3", "{v} kg H2 m−3", None)], STORAGE_SAMPLES, [
        "{S} has a volumetric hydrogen capacity of {Q}.",
        "The volumetric hydrogen density of {S} reaches {Q}.",
    ]),
    ("t+", "transference_number", 0.99, [("bare", "{v}", None), ("approx", "~{v}", None)], ION_SAMPLES, [
        "{S} shows a lithium-ion transference number of {Q}.",
        "The Li+ transference number (tLi+) of {S} is {Q}.",
    ]),
    ("expansion", "volume_expansion", 8.7, PERCENT, ANODE_SAMPLES, [
        "The volume expansion of the {S} electrode during lithiation is {Q}.",
        "The {S} anode shows a volume change of only {Q}.",
    ]),
]

SAMPLE_FORMS = [("host-additive", "{h}–{a}"), ("host+additive", "{h} + 10 wt% {a}"),
                ("host doped", "{a}-doped {h}"), ("host with", "{h} with 5 wt% {a}")]


@dataclass(frozen=True)
class Case:
    prop: str
    phrasing: int
    form: str
    sample_form: str
    host: str
    additive: str
    text: str
    key: str
    value: float


def _quantity(template: str, v: float) -> str:
    def num(x: float) -> str:
        return f"{x:g}"
    return template.format(v=num(v), w=num(v + 50), k=num(v + 273), t=num(v * 10), m=num(v * 1000),
                           u=num(v / 1000), b=num(v * 10), a=num(round(v * 9.869, 3)), p=num(v * 1000))


def cases() -> list[Case]:
    out = []
    materials_by_family: dict[int, cycle] = {}
    sample_forms = cycle(SAMPLE_FORMS)
    for prop, key, base, family, samples, phrasings in PROPERTIES + MORE:
        mats = materials_by_family.setdefault(id(samples), cycle(samples))
        forms = cycle(family)
        n = max(len(phrasings), len(family))
        for i in range(n):
            phrasing = phrasings[i % len(phrasings)]
            form, qt, _ = next(forms)
            host, add = next(mats)
            sf, st = next(sample_forms)
            sample = st.format(h=host, a=add)
            text = phrasing.format(S=sample, Q=_quantity(qt, base))
            text = text[0].upper() + text[1:]
            out.append(Case(prop, i % len(phrasings), form, sf, host, add, text, key, base))
    for prop, key, values, family, samples, phrasings in MULTI:
        mats = materials_by_family.setdefault(id(samples), cycle(samples))
        forms = cycle(family)
        for i in range(max(len(phrasings), len(family))):
            phrasing = phrasings[i % len(phrasings)]
            form, qt, _ = next(forms)
            host, add = next(mats)
            sf, st = next(sample_forms)
            qs = {f"Q{j + 1}": _quantity(qt, v) for j, v in enumerate(values)}
            text = phrasing.format(S=st.format(h=host, a=add), **qs)
            text = text[0].upper() + text[1:]
            # the sample's own value is the first; the others are references named in the sentence
            out.append(Case(prop, i % len(phrasings), form, sf, host, add, text, key, values[0]))
            if prop.startswith("two"):
                out.append(Case(prop, i % len(phrasings), form, sf, host, add, text, key, values[1]))
    return out


def document(case: Case) -> str:
    return f"# {case.host} with {case.additive}: a study\n\n## Abstract\n\n{case.text}\n"


# released hydrogen is annotated as the hydrogen capacity; the narrower key is right too
NARROWER = {"hydrogen_capacity": {"desorbed_hydrogen_capacity"}}


def _is(case: Case, r: dict) -> bool:
    tol = max(abs(case.value) * 0.02, 1e-9)
    return (r["property"] == case.key or r["property"] in NARROWER.get(case.key, ())) \
        and abs(r["value"] - case.value) <= tol


def found(case: Case, rows: list[dict]) -> bool:
    """The case's fact is among the rows: its property and value (within rounding of unit conversion)."""
    return any(_is(case, r) for r in rows)


def on_host(case: Case, rows: list[dict]) -> bool:
    return any(_is(case, r) and r["material"] == case.host for r in rows)
