"""Review queue: literature facts, least confident first, each beside its evidence; confirm, correct
or reject (kept as revisions with author, time and reason, re-applied at every load: kg/curation.py).

Keys: Y confirms, X rejects (with the reason typed), J next, K previous.
"""
from __future__ import annotations

import json
import re

import pandas as pd
import streamlit as st

from ingest.documents.source_texts import evidence, source_text, table_row, text_dirs
from kg.curation import (
    CORRECTABLE,
    CurationError,
    CurationLog,
    conditions_differ,
    decide_and_reload,
    reviewed_share,
    select_facts,
    typed_conditions,
)
from kg.entries import NotFoundError
from kg.settings import get_settings
from kg.sources import LITERATURE_FACTS
from ontology.models import ConditionValue
from ontology.units import canonical_unit, unit_choices
from ontology.vocabulary import vocabulary
from ui.app.display import (
    basis_text,
    conditions_text,
    fact_conditions_text,
    frame,
    marked_text,
    md_text,
    printed_text,
    property_label,
    range_text,
    readable_markup,
    system_text,
    unit_choice_text,
    unit_text,
)
from ui.app.tables import show_table

from state import current_user, get_store, user_errors

st.set_page_config(page_title="Review facts · HydrideKG", page_icon="🔎", layout="wide")
st.title("Review facts")
user = current_user()          # every page needs a signed-in user; decisions carry their name
store = get_store()
data_dir = str(get_settings().data_dir)
ss = st.session_state
vocab = vocabulary()


_label = property_label      # property keys are shown by the ontology's labels


rows = store.query(LITERATURE_FACTS)
if not rows:
    st.info("No literature facts in the graph yet: build it (`make run` or `hkg build`) or add a paper on "
            "the Sources page.")
    st.stop()

sources = sorted({r["source_id"] for r in rows})
with st.sidebar:
    st.header("Queue")
    source = st.selectbox("Source", sources, key="rv_source")
    status = st.selectbox("Status", ["extracted", "confirmed", "corrected", "all"], key="rv_status",
                          help="'extracted': not reviewed yet")
    props = sorted({r["property"] for r in rows if r["source_id"] == source})
    prop = st.selectbox("Property", ["all", *props], format_func=lambda k: "all" if k == "all" else _label(k),
                        key="rv_prop")
    hosts = sorted({r["host"] or "" for r in rows if r["source_id"] == source})
    host = st.selectbox("Host", ["all", *hosts], key="rv_host")
    place = st.text_input("Section or table", key="rv_place", placeholder="2.1.1 or Table 1")

reviewed, total = reviewed_share(rows).get(source, (0, 0))
st.progress(reviewed / total if total else 0.0, text=f"{reviewed} of {total} facts of this source reviewed")

place = place.strip()
queue = select_facts(rows, source=source, status=None if status == "all" else status,
                     prop=None if prop == "all" else prop, host=None if host == "all" else host,
                     section=place if place and not place.lower().startswith("table") else None,
                     table=place if place.lower().startswith("table") else None)
if not queue:
    st.success("Nothing left in this queue. Change the filters to see other facts.")
    st.stop()

ss.setdefault("rv_index", 0)
ss.rv_index = max(0, min(ss.rv_index, len(queue) - 1))
fact = queue[ss.rv_index]
fid = fact["fact_id"]
log = CurationLog(data_dir)
try:
    history = log.history(fid)
except NotFoundError:
    history = []
# The revision the curator is looking at: a decision someone makes meanwhile refuses theirs.
base = history[-1].revision if history else 0

nav = st.columns([1, 1, 6])
if nav[0].button("◀ Previous", shortcut="K", disabled=ss.rv_index == 0):
    ss.rv_index -= 1
    st.rerun()
if nav[1].button("Next ▶", shortcut="J", disabled=ss.rv_index >= len(queue) - 1):
    ss.rv_index += 1
    st.rerun()
nav[2].caption(f"Fact {ss.rv_index + 1} of {len(queue)} in this queue · id `{fid}`")


def _host_marks(host: str | None) -> list[str]:
    """The host as written in the record and as typeset in the passage ('Li3N', 'Li₃N')."""
    return [host, readable_markup(re.sub(r"(?<=[A-Za-z)])(\d+)", r"<sub>\1</sub>", host))] if host else []


left, right = st.columns([3, 2])
with left:
    st.subheader("Evidence")
    found = source_text(source, text_dirs(data_dir, get_settings().source_text_dirs))
    if found is None:
        st.info("The text of this source is not on this machine, so the sentence cannot be shown. Put the "
                "paper's Markdown in a folder named in HKG_SOURCE_TEXT_DIRS, or add it on the Sources page.")
    else:
        _, text = found
        value_text = f"{fact['value']:g}"
        if fact["tbl"]:
            row_text = table_row(text, fact["start"])
            st.caption(md_text(f"{fact['tbl']}, row {fact['row']}"))
            st.markdown(marked_text(readable_markup(row_text or ""), [value_text, *_host_marks(fact["host"])]))
        else:
            span = evidence(text, fact["start"], fact["end"])
            st.caption(md_text(f"Section {fact['section'] or '?'}"))
            st.markdown(marked_text(readable_markup(span) if span else "(no offsets recorded)",
                                   [value_text, *_host_marks(fact["host"])]))
with right:
    st.subheader("Extracted record")
    conds = json.loads(fact["conditions"] or "{}")
    value = range_text(fact["value"], fact["value_max"])
    record = {"property": _label(fact["property"]), "value": f"{fact['qualifier'] if fact['qualifier'] != '=' else ''}"
              f"{value} {unit_text(fact['unit'])}".strip(), "system": system_text(fact["system"]),
              # (the value as the paper printed it, beside the stored one: a '−148' kept as a magnitude of 148)
              **({"as printed": f"{printed} {unit_text(fact['unit'])}".strip()}
                 if (printed := printed_text(fact["value"], fact["value_max"], fact.get("reported_sign"))) else {}),
              # (a value the source calculated (DFT) or computed from the composition is no measurement: said
              # beside it)
              **({"basis": basis} if (basis := basis_text(fact)) else {}),
              "host": fact["host"] or "",
              # (a condition stated as a bound says so: 'time within 20 min', not 'time 20 min')
              "conditions": fact_conditions_text(fact),
              "confidence": "" if fact["confidence"] is None else f"{fact['confidence']:.2f}",
              "status": fact["status"] or "extracted"}
    st.table(pd.DataFrame({"field": list(record), "value": list(record.values())}).set_index("field"))
    if history:
        with st.expander(f"Decisions so far ({len(history)})"):
            decisions = [{"revision": d.revision, "status": d.status, "by": d.author, "when": d.time,
                          "reason": d.reason, "fields": json.dumps(d.fields),
                          "conditions before": conditions_text(d.replaced.get("conditions"),
                                                               d.replaced.get("condition_max"))
                          if d.replaced else ""} for d in history]
            show_table(frame(pd.DataFrame(decisions)), pinned=("revision",),
                       long=("reason", "fields", "conditions before"))


def _decide(new_status: str, *, reason: str = "", fields: dict | None = None) -> None:
    with user_errors("Decision"):
        decision, _ = decide_and_reload(store, data_dir, fid, new_status, author=user.username, reason=reason,
                                        fields=fields, base=base)
        ss.rv_flash = f"{fid}: {decision.status} (revision {decision.revision})"
        st.rerun()


if ss.get("rv_flash"):
    st.success(ss.pop("rv_flash"))

act = st.columns([1, 3, 1])
if act[0].button("Confirm", type="primary", shortcut="Y", help="the record is right as extracted (key Y)"):
    _decide("confirmed")
reason = act[1].text_input("Reason (needed to reject or correct)", key=f"rv_reason_{fid}")
if act[2].button("Reject", shortcut="X", help="the record is wrong and leaves every answer (key X)"):
    _decide("rejected", reason=reason)

with st.form(f"rv_fix_{fid}"):
    st.markdown("**Correct the record** (only the fields you change are stored)")
    c = st.columns(4)
    new_system = c[0].text_input("System", fact["system"], help=CORRECTABLE["system"])
    new_value = c[1].number_input("Value", value=float(fact["value"]), format="%g")
    units = unit_choices(fact["property"])
    new_unit = c[2].selectbox("Unit", units, index=units.index(fact["unit"]) if fact["unit"] in units else 0,
                              format_func=unit_choice_text)
    new_prop = c[3].selectbox("Property", vocab.property_keys(), format_func=_label,
                              help=f"ontology key: {fact['property']}",
                              index=list(vocab.property_keys()).index(fact["property"]))
    st.markdown("**Conditions** (a value or a range with its unit, like '300 °C', '523 K' or '0.3–0.5 MPa'; "
                "a bare number is in the unit shown; empty a field to drop its condition)")
    cond_max = json.loads(fact.get("condition_max") or "{}")
    numeric = {k: v for k, v in conds.items() if not isinstance(v, str)}
    terms = {k: v for k, v in conds.items() if isinstance(v, str)}     # conducting ion, cell type: kept as they are
    typed: dict[str, str] = {}
    cc = st.columns(3)
    for n, (key, low) in enumerate(sorted(numeric.items())):
        shown = ConditionValue(value=low, value_max=cond_max.get(key), unit=canonical_unit(key)).text()
        typed[key] = cc[n % 3].text_input(f"{_label(key)} ({unit_text(canonical_unit(key)) or 'count'})", shown,
                                          key=f"rv_cond_{fid}_{key}")
    free = [k for k in vocab.condition_keys() if k not in numeric]
    add = st.columns([1, 2])
    added = add[0].selectbox("Add a condition", ["", *free], format_func=lambda k: _label(k) if k else "—",
                             key=f"rv_cond_add_{fid}")
    added_text = add[1].text_input("its value", key=f"rv_cond_add_value_{fid}", placeholder="250–300 °C")
    if added:
        typed[added] = added_text
    fix_reason = st.text_input("Why", value=reason)
    if st.form_submit_button("Save correction"):
        fields: dict = {}
        try:
            new_conditions = typed_conditions(typed, terms)
        except CurationError as exc:          # checked before anything is stored
            st.error(md_text(f"Conditions: {exc}"))
            st.stop()
        if conditions_differ(new_conditions, conds, cond_max):
            fields["conditions"] = new_conditions
        if new_system.strip() != fact["system"]:
            fields["system"] = new_system.strip()
        if new_value != fact["value"] or new_unit != fact["unit"]:
            fields.update(value=new_value, unit=new_unit)
        if new_prop != fact["property"]:
            fields.update(property=new_prop, value=new_value, unit=new_unit)
        if not fields:
            st.warning("Nothing changed: edit a field, or confirm the record as it is.")
        else:
            _decide("corrected", reason=fix_reason, fields=fields)
