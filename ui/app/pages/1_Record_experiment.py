"""Record experiment: a lab entry through a form, checked field by field, previewed, then stored.

The logic lives in ``ui/app/record.py`` (widget keys are listed there); this page lays it out.
"""
from __future__ import annotations

import hashlib
import json
import uuid

import streamlit as st
from streamlit.errors import StreamlitAPIException

from ontology.units import plus_minus_text, unit_choices
from ontology.vocabulary import vocabulary
from ui.app import record
from ui.app.display import (
    blank,
    conditions_text,
    md_text,
    number_text,
    property_label,
    system_text,
    unit_choice_text,
    unit_text,
)
from ui.app.tables import show_table
from ui.auth import auth_mode

from state import current_user, notebook, user_errors

st.set_page_config(page_title="Record experiment · HydrideKG", page_icon="🧪", layout="wide")
st.title("Record experiment")
user = current_user()
signed_in = auth_mode() != "local"     # then the author is who signed in, not typed
ss = st.session_state
# After a save the form shows blank again (record.blank_form: set, not deleted, or the browser
# would keep showing the old values).
if ss.pop("record_reset", False):
    blanked, drop = record.blank_form(dict(ss))
    for k in drop:
        del ss[k]
    ss.update(blanked)
    for k in ("record_suggestions", "record_errors", "record_banner"):
        ss.pop(k, None)
# One token per filled-in form: a second Save of the same form (a double click) stores nothing more.
ss.setdefault("record_token", uuid.uuid4().hex)
ss.setdefault("record_saved_tokens", {})


_placed: set[str] = set()      # the fields whose problems are shown beside them in this run


def field_error(key: str) -> None:
    _placed.add(key)
    for msg in ss.get("record_errors", {}).get(key, []):
        st.error(md_text(msg, keep_lines=True), icon="⚠️")     # messages quote what was typed


with st.container(border=True):
    c1, c2, c3 = st.columns([3, 2, 2])
    c1.text_input("Title", key="title", placeholder="MgH2 with 5 wt% Nb2O5, milled 10 h")
    field_error("title")
    ss.setdefault("author", getattr(user, "name", None) or getattr(user, "username", "") or "")
    c2.text_input("Author", key="author", disabled=signed_in)
    c3.text_input("Project", key="project")
    for key in ("author", "project"):
        field_error(key)
    st.text_input("Tags (comma-separated)", key="tags")
    field_error("tags")

formulas = record.material_formulas()
properties = record.property_options()
techniques = [""] + record.labels("Technique")
strategies = record.labels("Strategy")
methods = [""] + record.labels("SynthesisMethod")

def _choose(i: int, token: str) -> None:
    """A "did you mean" answer: a suggestion replaces the component, keeping it is remembered."""
    choice = ss.get(f"s{i}_dym_{token}")
    if choice == KEEP:
        ss.setdefault(f"s{i}_kept", set()).add(token)
    elif choice:
        ss[f"s{i}_system"] = record.replace_component(ss.get(f"s{i}_system") or "", token, choice)


KEEP = "keep as written"


def unresolved(i: int) -> dict[str, list[str]]:
    """Unknown components of sample i that have suggestions and no answer yet (token → suggestions)."""
    kept = ss.get(f"s{i}_kept", set())
    out = {}
    for token in record.unknown_components(ss.get(f"s{i}_system") or ""):
        hints = record.did_you_mean(token)
        if hints and token not in kept:
            out[token] = hints
    return out


def _complete(i: int, completions: dict[str, str]) -> None:
    """A chosen completion replaces what was typed of the component (the formula, not the name)."""
    chosen = ss.get(f"s{i}_complete")
    if chosen in completions:
        ss[f"s{i}_system"] = completions[chosen]
    ss[f"s{i}_complete"] = None


st.subheader("Samples and measurements")
ss.setdefault("n_samples", 1)
st.number_input("Number of samples", min_value=1, max_value=6, key="n_samples")
for i in range(int(ss.n_samples)):
    with st.container(border=True):
        a, b = st.columns([3, 2])
        a.text_input(f"Sample {i + 1}: material system", key=f"s{i}_system",
                     placeholder="MgH2 + 5 wt% Nb2O5 · LiBH4–LiI · Li4(BH4)3I@SBA-15",
                     help="Host and additives with amounts (wt%, mol% or molar ratio). Known formulas: "
                          + ", ".join(formulas[:40]) + " …")
        completions = record.complete_system(ss.get(f"s{i}_system") or "")
        if completions:
            st.pills("Complete with a known material", [shown for shown, _ in completions],
                     key=f"s{i}_complete", on_change=_complete, args=(i, dict(completions)))
        for token, hints in unresolved(i).items():
            a.radio(f"“{md_text(token)}” is not a material the ontology knows. Did you mean:", [*hints, KEEP],
                    index=None, key=f"s{i}_dym_{token}", horizontal=True, on_change=_choose, args=(i, token),
                    help="Pick a known formula, or keep what you typed as a new material.")
        field_error(f"s{i}_system")
        b.text_input("Label", key=f"s{i}_label")
        field_error(f"s{i}_label")
        st.multiselect("Strategies", strategies, key=f"s{i}_strategies")
        field_error(f"s{i}_strategies")
        ss.setdefault(f"s{i}_n_meas", 1)
        st.number_input("Measurements", min_value=0, max_value=20, key=f"s{i}_n_meas")
        for j in range(int(ss[f"s{i}_n_meas"])):
            p = f"s{i}_m{j}_"
            cols = st.columns([3, 1.3, 1.3, 1, 1.3, 2, 1.3])
            chosen_prop = ss.get(p + "property")
            prop = cols[0].selectbox("Property", [""] + properties, key=p + "property",
                                     format_func=lambda k: property_label(k) if k else "— choose —",
                                     help=f"ontology key: {chosen_prop}" if chosen_prop else None)
            cols[1].number_input("Value", key=p + "value", value=None, format="%g")
            cols[2].number_input("to (range)", key=p + "value_max", value=None, format="%g")
            cols[3].number_input("±", key=p + "uncertainty", value=None, min_value=0.0, format="%g",
                                 help="The value's uncertainty, in its unit ('72 ± 3 kJ/mol': 3).")
            units = unit_choices(prop) if prop else [""]
            if ss.get(p + "unit") not in units:      # the property changed: offer its units
                ss[p + "unit"] = units[0]
            cols[4].selectbox("Unit", units, key=p + "unit", format_func=unit_choice_text)
            cols[5].selectbox("Technique", techniques, key=p + "technique")
            cols[6].text_input("at T (°C)", key=p + "temperature", placeholder="300 or 250–300",
                               help="The temperature the value was measured at, in °C unless you write "
                                    "another unit: one value ('300', '523 K') or a range ('250–300', "
                                    "'250 to 300 °C').")
            for name in ("property", "value", "uncertainty", "unit", "technique", "temperature"):
                field_error(p + name)
            # the conducting ion of a conductivity, the cell type of a capacity: named, not measured
            named = vocabulary().categorical_conditions_for(prop) if prop else []
            for col, key in zip(st.columns(max(len(named), 1)), named):
                col.selectbox(property_label(key), [""] + [t.label for t in vocabulary().condition_values(key)],
                              key=p + key, format_func=lambda v: v or "— not stated —")
                field_error(p + key)

st.subheader("Synthesis")
ss.setdefault("n_steps", 1)
st.number_input("Steps", min_value=0, max_value=10, key="n_steps")
for k in range(int(ss.n_steps)):
    p = f"st{k}_"
    cols = st.columns([3, 1.2, 1.2, 1.2, 1.5, 1.2, 1.2])
    cols[0].selectbox(f"Step {k + 1}: method", methods, key=p + "method")
    cols[1].number_input("Milling time (h)", key=p + "milling_time", value=None, format="%g")
    cols[2].number_input("Speed (rpm)", key=p + "speed", value=None, format="%g")
    cols[3].number_input("Ball : powder", key=p + "bpr", value=None, format="%g")
    cols[4].text_input("Atmosphere", key=p + "atmosphere", placeholder="Ar, 1 bar H2, vacuum")
    cols[5].number_input("T (°C)", key=p + "temperature", value=None, format="%g")
    cols[6].number_input("p (bar)", key=p + "pressure", value=None, format="%g")
    for name in ("method", "milling_time", "speed", "bpr", "atmosphere", "temperature", "pressure"):
        field_error(p + name)

st.subheader("Observations")
st.text_area("Free-text notes (values found in them are offered as measurements below)", key="observations")
field_error("observations")
@st.cache_data(show_spinner="Reading the notes…", max_entries=16)
def _suggestions(text: str, system: str) -> list[dict]:
    """Values found in the notes, read once per text and sample system: the page reruns at every change of
    any box, and reading long notes (2,000 sentences: 12 s) again each time made the whole form wait."""
    return record.suggestions(text, system)


if ss.get("observations"):
    with user_errors("Reading the notes"):
        found = _suggestions(ss.observations, ss.get("s0_system", "") or "")
        if found:
            st.caption("Found in your notes — tick the ones to add to sample 1:")
            for n, sug in enumerate(found):
                cond = conditions_text(sug["conditions"], sug.get("condition_max"), sug.get("condition_qualifiers"))
                shown = (f"{property_label(sug['property'])} = {number_text(sug['value'])}"
                         f"{plus_minus_text(sug.get('uncertainty'))} {unit_text(sug['unit'])}"
                         + (f" ({cond})" if cond else "") + f" · {sug['system']}")
                st.checkbox(md_text(shown), key=f"sug_{n}")
            ss["record_suggestions"] = found


def document() -> dict:
    doc = record.build_document(dict(ss))
    accepted = [s for n, s in enumerate(ss.get("record_suggestions", [])) if ss.get(f"sug_{n}")]
    for s in accepted:
        doc["samples"][0]["measurements"].append(record.accepted_measurement(s))
    return doc


def refuse(what: str, errors: dict, detail: str = "") -> None:
    """Keep the errors for their fields and draw the form again, so each shows where it belongs
    (``detail`` is shown in the banner too: a field may have no widget of its own, e.g. the date)."""
    ss["record_errors"] = errors
    ss["record_banner"] = f"{what}: the entry has {sum(map(len, errors.values()))} problem(s); " \
                          "they are shown next to their fields." + (f"\n\n{detail}" if detail else "")
    st.rerun()


def blocked() -> dict[str, list[str]]:
    """"Did you mean" questions not answered yet, as errors at their sample's system field."""
    return {f"s{i}_system": [f"“{t}” is not a known material: choose one of {', '.join(h)} or "
                              f"“{KEEP}” above" for t, h in unresolved(i).items()]
            for i in range(int(ss.n_samples)) if unresolved(i)}


def show_preview(shown: dict) -> None:
    """The preview in a chemist's words: labels, typographic units, blank cells for nothing."""
    st.markdown("**Systems** (theoretical capacities computed from the formulas)")
    show_table([{k: system_text(v) if k == "system" else blank(v) for k, v in row.items()}
                for row in shown["systems"]], pinned=("system",))
    st.markdown("**Measurements** in the graph's units")
    show_table([{"system": system_text(m["system"]), "property": property_label(m["property"]),
                   "value": number_text(m["value"]), "to": number_text(m["value_max"]),
                   "±": number_text(m.get("uncertainty")),
                   "unit": unit_text(m["unit"]), "conditions": m["conditions"]}
                  for m in shown["measurements"]], pinned=("system",), long=("conditions",),
                 helps={"property": "the ontology's label"})


last = ss.pop("record_last", None)       # shown once, after the save; gone at the next change
if last:
    st.success(f"Saved as entry **{last['entry_id']}** (revision {last['revision']}) and loaded into the "
               "graph. The form is blank again for the next entry.")
    link = f"Open entry {last['entry_id']} on the Sources page"
    try:
        st.page_link("pages/4_Sources.py", label=link, icon="📚", query_params={"source": f"lab:{last['entry_id']}"})
    except StreamlitAPIException:      # run as a page of its own (not under Home.py): a plain link
        st.markdown(f"📚 [{link}](Sources?source=lab:{last['entry_id']})")
if ss.get("record_banner"):
    st.error(md_text(ss["record_banner"], keep_lines=True))
    # a problem of a field without a box of its own (the date, the entry as a whole): here, never lost
    for key, messages in ss.get("record_errors", {}).items():
        if key not in _placed:
            for msg in messages:
                st.error(md_text(msg, keep_lines=True), icon="⚠️")
left, right = st.columns(2)
if left.button("Preview", key="preview"):
    with user_errors("Preview"):
        checked = record.check(document())
        if checked.entry is None:
            refuse("Preview", checked.errors)
        ss["record_errors"], ss["record_banner"] = {}, None
        for w in checked.warnings:
            st.warning(md_text(w))
        show_preview(record.preview(checked.entry))

def saved(token: str, entry_id: str, revision: int, problems: list[str]) -> None:
    """After a save: remember it under the form's token, blank the form (next run), show the entry."""
    ss["record_last"] = {"entry_id": entry_id, "revision": revision, "problems": problems}
    ss["record_saved"] = entry_id
    ss["record_token"] = uuid.uuid4().hex
    ss["record_reset"] = True
    st.rerun()


for p in (last or {}).get("problems", []):
    st.warning(md_text(p))
if right.button("Save entry", type="primary", key="save"):
    token = ss["record_token"]
    # The same form (its token), or the very same entry typed again (a second click that arrives after
    # the form was blanked carries the old values): stored already, shown again, not stored twice.
    content = hashlib.sha256(json.dumps(document(), sort_keys=True, default=str).encode()).hexdigest()
    done = ss["record_saved_tokens"].get(token) or ss["record_saved_tokens"].get(content)
    if done:
        saved(token, *done)
    with user_errors("Saving"):
        if blocked():
            refuse("Not saved", blocked())
        checked = record.check(document())
        if checked.entry is None:
            refuse("Not saved", checked.errors)
        else:
            ss["record_errors"], ss["record_banner"] = {}, None
            try:
                entry_id, revision, problems = record.save(
                    checked.entry, author=getattr(user, "username", None) or ss.author, notebook=notebook())
            except record.Refused as exc:      # the ontology's shapes: shown at their fields
                refuse("Not saved", exc.errors, str(exc))
            # No Streamlit call between storing and remembering: a rerun (the second click) may stop
            # this run at any Streamlit call, and must then find the form already stored.
            ss["record_saved_tokens"][token] = ss["record_saved_tokens"][content] = (entry_id, revision, problems)
            saved(token, entry_id, revision, problems)
