"""Synthetic graphs for scale tests: realistic systems, additives and measurements from the ontology.

Hosts are the hydrides of the ontology's Material hierarchy; additives its additive materials (terms
under ``AdditiveMaterial`` with a formula) with their chemistry class; strategies, mechanisms,
methods and roles are ontology terms. Each additive class gets a stable (seeded) habit — the
strategies, mechanisms and methods it is usually reported with and how it shifts each property —
so the synthetic graph has the structure analog search looks for. Values are drawn per property
from distributions in the property's canonical unit (log-normal where values span decades).

``generate(n_systems, seed)`` yields ``GraphBatch`` es of domain objects. Measurements are built
with ``model_construct`` (values are drawn canonical and terms come from the ontology), which is
what makes millions of them affordable; ``validate_sample`` re-validates a sample in tests.
"""
from __future__ import annotations

import itertools
import math
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ontology.models import Amount, Component, GraphBatch, MaterialSystem, Measurement, Source, SourceRef, SystemReport
from ontology.units import canonical_unit
from ontology.vocabulary import Term, vocabulary

# Distributions per property key, canonical units: ("normal", mean, sd, lo, hi) or
# ("lognormal", median, decades_sd, lo, hi). Figures are typical of the review's tables.
DISTRIBUTIONS: dict[str, tuple[Any, ...]] = {
    "dehydrogenation_temperature": ("normal", 300.0, 60.0, 60.0, 550.0),
    "onset_dehydrogenation_temperature": ("normal", 260.0, 70.0, 40.0, 500.0),
    "peak_dehydrogenation_temperature": ("normal", 320.0, 60.0, 80.0, 560.0),
    "hydrogenation_temperature": ("normal", 200.0, 80.0, 20.0, 450.0),
    "dehydrogenation_activation_energy": ("normal", 95.0, 30.0, 25.0, 220.0),
    "hydrogenation_activation_energy": ("normal", 60.0, 20.0, 15.0, 150.0),
    "reaction_enthalpy": ("normal", 65.0, 12.0, 20.0, 110.0),
    "hydrogen_capacity": ("normal", 6.0, 2.0, 0.5, 18.0),
    "capacity_retention": ("normal", 88.0, 8.0, 30.0, 100.0),
    "hydrogen_release_rate": ("lognormal", 0.2, 0.6, 1e-3, 10.0),
    "ionic_conductivity": ("lognormal", 0.05, 1.2, 1e-7, 30.0),
    "ion_migration_activation_energy": ("normal", 0.45, 0.12, 0.1, 1.2),
    "specific_capacity": ("normal", 900.0, 450.0, 50.0, 2600.0),
    "coulombic_efficiency": ("normal", 85.0, 10.0, 20.0, 100.0),
    "critical_current_density": ("lognormal", 1.0, 0.5, 0.01, 30.0),
    "particle_size": ("lognormal", 40.0, 0.8, 1.0, 50000.0),
    "volume_expansion": ("normal", 80.0, 60.0, 1.0, 400.0),
    "phase_transition_temperature": ("normal", 100.0, 25.0, -50.0, 300.0),
    "capacity_fade": ("normal", 8.0, 6.0, 0.0, 70.0),
    "hydrogen_removal_energy": ("normal", 1.6, 0.5, 0.2, 3.5),
    "hydrogen_adsorption_energy": ("normal", -0.5, 0.4, -2.5, 0.5),
}
FALLBACK = ("lognormal", 1.0, 0.5, 1e-6, 1e6)
MEASUREMENTS_PER_SYSTEM = 10      # mean; the bench sizes the systems from it


@dataclass
class Palette:
    hosts: list[Term]            # Material terms (hydrides)
    additives: list[tuple[Term, str | None]]   # Material terms with formula and their class: (term, class_id)
    classes: list[str]          # additive class ids
    strategies: list[str]
    mechanisms: list[str]
    methods: list[str]
    roles: list[str]
    techniques: list[str]
    properties: dict[str, list[str]]       # application id -> property keys


_H = re.compile(r"H(?![a-z])")


@lru_cache(maxsize=1)
def palette() -> Palette:
    vocab = vocabulary()
    # Sorted by id: the ontology's term order follows rdflib's hashing, which changes per process,
    # and the same seed must draw the same graph in every process.
    def terms(kind: str) -> list[Term]:
        return sorted(vocab.terms(kind), key=lambda t: t.id)
    mats = terms("Material")
    additive_root = next((t.id for t in mats if t.id == "AdditiveMaterial"), None)
    under_add = set(vocab.descendants(additive_root)) if additive_root else set()
    hosts = [t for t in mats if t.formula and t.id not in under_add and _H.search(t.formula)]
    adds, classes = [], set()
    for t in mats:
        if t.id in under_add and t.formula:
            cls = next((p for p in t.parents if p in under_add), None)
            adds.append((t, cls))
            if cls:
                classes.add(cls)
    for t in mats:  # classes with characteristic elements but no member with a formula
        if t.id in under_add and not t.formula and t.elements and t.id not in classes:
            adds.append((t, t.id))
            classes.add(t.id)
    props: dict[str, list[str]] = {}
    for p in terms("Property"):
        if not p.key:
            continue
        apps = p.applications or ("HydrogenStorage",)
        for a in apps:
            props.setdefault(a, []).append(p.key)
    return Palette(hosts=hosts, additives=adds, classes=sorted(classes),
                   strategies=[t.id for t in terms("Strategy")],
                   mechanisms=[t.id for t in terms("Mechanism")],
                   methods=[t.id for t in terms("SynthesisMethod")],
                   roles=[t.id for t in terms("Role")],
                   techniques=[t.id for t in terms("Technique")], properties=props)


def _draw(rng: random.Random, key: str, shift: float = 0.0) -> float:
    kind, a, b, lo, hi = DISTRIBUTIONS.get(key, FALLBACK)
    if kind == "normal":
        v = rng.gauss(a + shift * b, b)
    else:
        v = a * 10 ** rng.gauss(shift * b, b)
    return float(f"{min(max(v, lo), hi):.4g}")


def _habit(seed: int, name: str, pal: Palette) -> dict[str, Any]:
    """Stable per-class (or per-host) habits: preferred terms and property shifts."""
    rng = random.Random(f"{seed}:{name}")
    def pick(pool: list[str], k: int) -> list[str]:
        return rng.sample(pool, min(k, len(pool))) if pool else []
    return {"strategies": pick(pal.strategies, 2), "mechanisms": pick(pal.mechanisms, 2),
            "methods": pick(pal.methods, 2), "roles": pick(pal.roles, 1),
            "shift": {k: rng.uniform(-1.0, 1.0) for k in DISTRIBUTIONS}}


def _host_apps(term: Term) -> list[str]:
    apps = list(term.applications)
    if not apps:
        apps = ["HydrogenStorage"]
    return apps


def generate(n_systems: int, seed: int = 0, *, batch_systems: int = 2000,
             measurements_per_system: float = MEASUREMENTS_PER_SYSTEM,
             max_measurements: int | None = None, lab_share: float = 0.05) -> Iterator[GraphBatch]:
    """Yield batches covering ``n_systems`` synthetic systems (the same seed, the same graph).

    With ``max_measurements`` the graph has exactly that many measurements: ``n_systems`` is then
    an estimate, and more systems are drawn if their measurements fall short."""
    pal = palette()
    if not pal.hosts:
        raise ValueError("the ontology defines no host hydrides (Material terms with a formula "
                         "containing H); synthetic graphs need the Material hierarchy")
    rng = random.Random(seed)
    habits: dict[str | None, dict[str, Any]] = {c: _habit(seed, c, pal) for c in pal.classes}
    host_habits = {h.id: _habit(seed, h.id, pal) for h in pal.hosts}
    total_m = 0
    batch = GraphBatch()
    systems_in_batch = 0
    source: Source | None = None
    for n in itertools.count() if max_measurements is not None else range(n_systems):
        if max_measurements is not None and total_m >= max_measurements:
            break
        if source is None or rng.random() < 0.2:
            lab = rng.random() < lab_share
            sid = f"{'lab' if lab else 'synth'}:{seed}:{n}"
            source = Source(id=sid, kind="lab_entry" if lab else "publication",
                            title=f"synthetic {'entry' if lab else 'paper'} {seed}-{n}",
                            year=None if lab else rng.randint(2000, 2025))
            batch.sources.append(source)
        host = rng.choice(pal.hosts)
        n_add = rng.choice((0, 1, 1, 1, 2, 2, 3)) if pal.additives else 0
        chosen = rng.sample(pal.additives, min(n_add, len(pal.additives)))
        comps = []
        for term, cls in chosen:
            hab = habits.get(cls) or host_habits[host.id]
            amount = Amount(value=float(rng.choice((1, 2, 3, 5, 7, 10, 15, 20, 30))), unit="wt%")
            comps.append(Component(formula=term.formula or term.label, text=term.formula or term.label,
                                   term=term.id, amount=amount,
                                   role=(hab["roles"] or [None])[0], additive_class=cls))
        host_c = Component(formula=host.formula, text=host.formula, term=host.id)
        tag = f" #{seed}-{n}"  # distinct synthetic samples keep distinct identities
        name = (host.formula or host.label) + "".join(f" + {c.amount} {c.formula}" for c in comps) + tag
        system = MaterialSystem(text=name, name=name, host=host_c, additives=comps)
        hab_list = [h for _, cls in chosen if (h := habits.get(cls))] or [host_habits[host.id]]
        strategies = sorted({t for h in hab_list for t in h["strategies"][: rng.randint(1, 2)]})
        mechanisms = sorted({t for h in hab_list for t in h["mechanisms"][: rng.randint(0, 2)]})
        methods = sorted({t for h in hab_list for t in h["methods"][:1]})
        apps = _host_apps(host)
        ref = SourceRef(source_id=source.id, row=n)
        batch.reports.append(SystemReport(system=system, strategies=strategies, mechanisms=mechanisms,
                                          methods=methods, applications=apps, source=ref))
        keys = sorted({k for a in apps for k in pal.properties.get(a, [])})
        if not keys:
            keys = sorted({k for ks in pal.properties.values() for k in ks})
        k = max(1, int(round(rng.expovariate(1.0 / measurements_per_system))))
        if max_measurements is not None:
            k = min(k, max_measurements - total_m)
        for r in range(k):
            key = rng.choice(keys)
            shift = sum(h["shift"].get(key, 0.0) for h in hab_list) / len(hab_list) \
                + host_habits[host.id]["shift"].get(key, 0.0)
            value = _draw(rng, key, shift * 0.8)
            conditions = {}
            if key == "ionic_conductivity":
                conditions["temperature"] = float(rng.choice((25, 30, 40, 60, 80, 100, 120)))
            elif key in ("hydrogen_capacity", "hydrogen_release_rate"):
                conditions["temperature"] = float(round(rng.uniform(150, 400)))
            unit = canonical_unit(key)
            batch.measurements.append(Measurement.model_construct(
                property=key, value=value, value_max=None, unit=unit, qualifier="=", system=system,
                conditions=conditions, technique=rng.choice(pal.techniques) if pal.techniques else None,
                method=None, baseline=False, theoretical=False,
                source=SourceRef(source_id=source.id, row=n * 1000 + r), derived_from=None))
        total_m += k
        systems_in_batch += 1
        if systems_in_batch >= batch_systems:
            yield batch
            batch, systems_in_batch, source = GraphBatch(), 0, None
    if systems_in_batch:
        yield batch


def validate_sample(batch: GraphBatch, k: int = 50) -> None:
    """Re-validate the first ``k`` measurements with the full model (raises on any bad one)."""
    for m in batch.measurements[:k]:
        Measurement.model_validate(m.model_dump())


def systems_for(measurements: int) -> int:
    return max(1, math.ceil(measurements / MEASUREMENTS_PER_SYSTEM * 1.1))
