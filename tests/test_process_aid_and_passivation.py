"""Issue 10, forms real authors use: 'hydriding' / 'dehydriding kinetics' name the absorption and release rates; a
carbon said to be a grinding aid, milling aid or process control agent is a MillingAid (no scaffold), however the
sentence declares it; and a passivating oxide or hydroxide layer broken or removed by an additive is a mechanism
(SurfaceBarrierRemoval) a claim can credit. Sentences written for these tests."""
import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows
from ontology.vocabulary import vocabulary


def _rows(doc: str) -> list[dict]:
    return [r for r in contract_rows(extract_text(doc + "\n")) if r["kind"] == "measurement"]


def _claims(doc: str) -> set[tuple[str, str | None, str | None]]:
    return {(c.mechanism, c.host, c.additive) for c in extract_text("# A test paper\n\n" + doc + "\n").mechanisms}


# ------------------------------------------------------------------------------------------------ kinetics
@pytest.mark.parametrize("label, key", [
    ("hydriding kinetics", "hydrogen_absorption_rate"), ("hydrogenation kinetics", "hydrogen_absorption_rate"),
    ("dehydriding kinetics", "hydrogen_release_rate"), ("desorption kinetics", "hydrogen_release_rate"),
    ("dehydrogenation kinetics", "hydrogen_release_rate"),
])
def test_kinetics_words_name_the_rates(label, key):
    assert vocabulary().lookup(label, "Property").key == key


@pytest.mark.parametrize("doc, key", [
    ("The hydriding kinetics of the MgH2–Ni composite came to 0.8 wt%/min at 250 °C.", "hydrogen_absorption_rate"),
    ("For the MgH2–Ni composite the dehydriding kinetics amounted to 0.4 wt%/min at 310 °C.", "hydrogen_release_rate"),
    ("The desorption kinetics of MgH2–Ni, 0.5 wt%/min at 300 °C, beat those of milled MgH2.", "hydrogen_release_rate"),
])
def test_a_rate_said_as_kinetics_is_that_rate(doc, key):
    assert [r["property"] for r in _rows(doc)] == [key]


def test_near_miss_kinetics_improved_with_an_amount_is_no_rate():
    rows = _rows("Ni made the dehydriding kinetics of MgH2 faster: 5.5 wt% came off within 10 min at 300 °C.")
    assert rows and all(r["property"] not in ("hydrogen_release_rate", "hydrogen_absorption_rate") for r in rows), rows


# ------------------------------------------------------------------------------------------------ process aids
def _carbon_role(doc: str, carbon: str = "graphite") -> str:
    rows = _rows(doc)
    assert rows, doc
    return next(c["role"] for c in rows[0]["components"] if c["material"] == carbon)


@pytest.mark.parametrize("doc", [
    "MgH2 was ball milled with 5 wt% graphite as a grinding aid; the composite gave off 6.2 wt% at 300 °C.",
    "MgH2 was ball milled together with 5 wt% graphite as a milling aid, and the composite gave off 6.2 wt% at 300 °C.",
    "MgH2 was ball milled with 5 wt% graphite, which acted as a process control agent. The composite gave off 6.2 wt% "
    "at 300 °C.",
])
def test_a_declared_process_aid_is_no_scaffold(doc):
    assert _carbon_role(doc) == "MillingAid"


def test_near_miss_graphite_milled_in_without_the_words_keeps_its_role():
    assert _carbon_role("MgH2 was ball milled with 5 wt% graphite. The composite gave off 6.2 wt% at 300 °C.") \
        == "ScaffoldConfinementHost"


# ------------------------------------------------------------------------------------------------ passivation
def test_the_ontology_has_the_passivation_mechanism():
    term = vocabulary().lookup("break oxide layer", "Mechanism")
    assert term is not None and term.id == "SurfaceBarrierRemoval"
    assert "HydrogenStorage" in term.applications


@pytest.mark.parametrize("doc, host, additive", [
    ("MgH2 was milled with 5 wt% Nb2O5. The Nb2O5 additive breaks up the passivating MgO layer on the MgH2 surface.",
     "MgH2", "Nb2O5"),
    ("Mg was milled with 10 wt% Ni. Milling with Ni cracks the oxide film on the Mg particles, so that fresh Mg surfaces "
     "take up hydrogen quickly.", "MgH2", "Ni"),
    ("MgH2 was doped with 5 mol% TiF3. TiF3 removes the surface oxide of MgH2 and thereby speeds up hydrogen uptake.",
     "MgH2", "TiF3"),
])
def test_an_additive_that_removes_the_surface_barrier_is_credited(doc, host, additive):
    assert ("SurfaceBarrierRemoval", host, additive) in _claims(doc)


def test_near_miss_a_layer_said_to_hinder_uptake_credits_nothing():
    found = _claims("MgH2 was milled with 5 wt% Nb2O5. A thin MgO layer covers the MgH2 surface and hinders hydrogen "
                    "diffusion.")
    assert not any(m == "SurfaceBarrierRemoval" for m, _, _ in found), found
