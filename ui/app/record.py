"""The logic of the "Record experiment" page, apart from Streamlit so that it can be tested.

The page keeps every input in ``st.session_state`` under a stable key; ``build_document`` turns
those flat values into a lab-entry document, ``check`` validates it with ``ingest.entries.entry`` and maps
each problem to the widget it came from, ``suggestions`` runs the extraction over the free-text
observations, and ``save`` stores a revision and loads it into the graph.

Widget keys (also used by the browser tests):
  title, author, project, tags, observations, n_samples, n_steps
  s{i}_label, s{i}_system, s{i}_complete, s{i}_strategies, s{i}_n_meas        (sample i = 0, 1, …)
  s{i}_m{j}_property, s{i}_m{j}_value, s{i}_m{j}_value_max, s{i}_m{j}_uncertainty, s{i}_m{j}_unit,
  s{i}_m{j}_technique, s{i}_m{j}_temperature, s{i}_m{j}_method                 (measurement j;
                                                      the temperature is text: '300', '250–300', '523 K')
  st{k}_method, st{k}_milling_time, st{k}_speed, st{k}_bpr, st{k}_atmosphere,
  st{k}_temperature, st{k}_pressure                                           (synthesis step k)
  preview, save (buttons)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ontology.errors import UserError
from ontology.vocabulary import vocabulary

if TYPE_CHECKING:
    from ontology.models import Measurement

# Units the form's parameter fields are entered in (shown next to the field).
STEP_UNITS = {"milling_time": "h", "speed": "rpm", "temperature": "degC", "pressure": "bar"}
CONDITION_TEMPERATURE_UNIT = "degC"


# The form's own widgets (the keys listed above, the notes' ticks "sug_{n}" and the sample's
# "did you mean" answers), blanked after a save so that the next entry starts from nothing.
FORM_KEYS = re.compile(r"^(title|project|tags|observations|n_samples|n_steps|s\d+_.+|st\d+_.+|sug_\d+)$")
_COUNT_KEYS = re.compile(r"^(n_samples|n_steps|s\d+_n_meas)$")


def blank_form(state: dict) -> tuple[dict, list[str]]:
    """The values that show the form blank again, and the keys that only need to go.

    Deleting a widget's key is not enough: the browser keeps showing what was typed (and sends it
    back at the next click) while the script sees the widget's default. A value set through the
    session state is sent to the browser, so each widget gets its blank value: no text, no number,
    the first option (''), nothing ticked, one sample/step/measurement. Keys that are no widget
    (e.g. the set of components kept as written) are listed to be deleted."""
    blank: dict = {}
    drop: list[str] = []
    for key, value in state.items():
        if not isinstance(key, str) or not FORM_KEYS.match(key):
            continue
        if _COUNT_KEYS.match(key):
            blank[key] = 1
        elif isinstance(value, bool):
            blank[key] = False
        elif isinstance(value, str):
            blank[key] = ""
        elif isinstance(value, list):
            blank[key] = []
        elif value is None or isinstance(value, (int, float)):
            blank[key] = None
        else:
            drop.append(key)
    return blank, drop


def labels(kind: str) -> list[str]:
    """Preferred labels of the ontology terms of one kind, sorted, for select boxes."""
    return sorted({t.label for t in vocabulary().terms() if t.kind == kind}, key=str.casefold)


def property_options() -> list[str]:
    return sorted(vocabulary().property_keys())


def material_formulas() -> list[str]:
    """Formulas the ontology names (hosts and additives), for the system autocomplete."""
    return sorted({t.formula for t in vocabulary().terms() if t.kind == "Material" and t.formula})


# What separates the components of a system as written; a formula being typed ends at any of them
# or at a space, a name being typed ("magnesium hyd…") only at the first kind (after its amount).
_COMPONENT_SEP = re.compile(r"[+\-–—@·/,]")
_AMOUNT = re.compile(r"\s*(?:\d+(?:\.\d+)?\s*(?:wt\s*%|mol\s*%|vol\s*%|%)?\s+)?")


def complete_system(text: str, limit: int = 6) -> list[tuple[str, str]]:
    """Completions of the component being typed at the end of ``text``: (shown, whole new text).

    Formulas that start with the typed characters come first, then materials whose label or
    synonym starts with the typed name ("magnes" → MgH2); a completion always writes the formula."""
    if not text or text[-1].isspace() or _COMPONENT_SEP.match(text[-1]):
        return []
    cut = max((m.end() for m in _COMPONENT_SEP.finditer(text)), default=0)
    cut += _AMOUNT.match(text, cut).end() - cut
    name_head, name = text[:cut], text[cut:]
    token_cut = max(cut, text.rfind(" ") + 1)
    head, token = text[:token_cut], text[token_cut:]
    if len(token) < 2:
        return []
    low, name_low = token.casefold(), name.casefold()
    by_formula, by_label = [], []
    for t in vocabulary().terms():
        if t.kind != "Material" or not t.formula or t.formula == token:
            continue
        if t.formula.startswith(token) or (len(token) > 2 and t.formula.casefold().startswith(low)):
            by_formula.append((len(t.formula), t.formula, head + t.formula))
        elif len(name) > 2 and any(n.casefold().startswith(name_low) for n in (t.label, *t.alt_labels)):
            by_label.append((len(t.formula), f"{t.formula} ({t.label})", name_head + t.formula))
    out, seen = [], set()
    for _, shown, completed in sorted(by_formula) + sorted(by_label):
        if completed not in seen:
            seen.add(completed)
            out.append((shown, completed))
    return out[:limit]


def _text(values: dict, key: str) -> str:
    v = values.get(key)
    return "" if v is None else str(v).strip()


def _number(values: dict, key: str):
    v = values.get(key)
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    return v


def build_document(values: dict) -> dict:
    """The lab-entry document of the form's values (empty fields are left out, not guessed)."""
    doc: dict = {"title": _text(values, "title"), "author": _text(values, "author")}
    if _text(values, "project"):
        doc["project"] = _text(values, "project")
    tags = [t.strip() for t in re.split(r"[,;]", _text(values, "tags")) if t.strip()]
    if tags:
        doc["tags"] = tags
    obs = _text(values, "observations")
    if obs:
        doc["observations"] = [obs]
    doc["samples"] = [_sample(values, i) for i in range(int(values.get("n_samples") or 1))]
    steps = [_step(values, k) for k in range(int(values.get("n_steps") or 0))]
    steps = [s for s in steps if len(s) > 1 or s["method"]]      # untouched rows are not steps
    if steps:
        doc["synthesis"] = steps
    return doc


def _sample(values: dict, i: int) -> dict:
    p = f"s{i}_"
    sample = {"id": f"S{i + 1}", "system": _text(values, p + "system")}
    if _text(values, p + "label"):
        sample["label"] = _text(values, p + "label")
    if values.get(p + "strategies"):
        sample["strategies"] = list(values[p + "strategies"])
    meas = [_measurement(values, f"{p}m{j}_") for j in range(int(values.get(p + "n_meas") or 0))]
    sample["measurements"] = [m for m in meas if m is not None]
    return sample


def _measurement(values: dict, p: str) -> dict | None:
    if not _text(values, p + "property") and _number(values, p + "value") is None:
        return None                                    # an untouched row
    m = {"property": _text(values, p + "property"), "unit": _text(values, p + "unit")}
    if _number(values, p + "value") is not None:
        m["value"] = values[p + "value"]
    if _number(values, p + "value_max") is not None:
        m["value_max"] = values[p + "value_max"]
    if _number(values, p + "uncertainty") is not None:
        m["uncertainty"] = values[p + "uncertainty"]
    if _text(values, p + "technique"):
        m["technique"] = _text(values, p + "technique")
    if _text(values, p + "method"):
        m["method"] = _text(values, p + "method")
    if _number(values, p + "temperature") is not None:
        m["conditions"] = {"temperature": form_condition(values[p + "temperature"], CONDITION_TEMPERATURE_UNIT)}
    for key in vocabulary().categorical_condition_keys():    # conducting ion, cell type: a term's label
        if _text(values, p + key):
            m.setdefault("conditions", {})[key] = _text(values, p + key)
    return m


# What a condition typed without its unit looks like: numbers, a dash or 'to' between them ('250–300')
_BARE_RANGE = re.compile(r"[-+−\d\s.,–—]*(?:\bto\b[-+−\d\s.,]*)?")


def form_condition(typed, unit: str):
    """A condition field's entry as the document gives it: a number in the field's ``unit``, or text,
    a value or a range ('250–300', '250 to 300', '523 K', '520–570 K'), as value, value_max and unit.
    Text that does not read is passed on (with the field's unit when it gives none), so that the
    entry's validation reports it at this field with the fix ('write the lower end first')."""
    from ontology.models import parse_condition_text

    if not isinstance(typed, str):
        return {"value": typed, "unit": unit}
    text = typed.strip()
    try:
        read = parse_condition_text(text, unit)
    except ValueError:
        return f"{text} {unit}" if _BARE_RANGE.fullmatch(text) else text
    out = {"value": read.value, "unit": read.unit}
    if read.value_max is not None:
        out["value_max"] = read.value_max
    return out


def _step(values: dict, k: int) -> dict:
    p = f"st{k}_"
    step: dict = {"method": _text(values, p + "method")}
    for name, unit in STEP_UNITS.items():
        if _number(values, p + name) is not None:
            step[name] = {"value": values[p + name], "unit": unit}
    if _number(values, p + "bpr") is not None:
        step["ball_to_powder_ratio"] = values[p + "bpr"]
    if _text(values, p + "atmosphere"):
        step["atmosphere"] = _text(values, p + "atmosphere")
    return step


# ------------------------------------------------------------------------------- validation
_PATH = re.compile(r"^samples\[(\d+)\](?:\.measurements\[(\d+)\])?(?:\.(\w+))?|^synthesis\[(\d+)\](?:\.(\w+))?")
_FIELD_KEYS = {"range": "value", "ball_to_powder_ratio": "bpr", "conditions": "temperature"}


def widget_key(path: str) -> str:
    """The widget a problem's field path points at ('samples[0].measurements[1].unit' -> 's0_m1_unit')."""
    m = _PATH.match(path or "")
    if not m:
        return path.split(".")[0].split("[")[0] or "title"
    if m.group(4) is not None:
        name = _FIELD_KEYS.get(m.group(5) or "method", m.group(5) or "method")
        return f"st{m.group(4)}_{name}"
    name = m.group(3) or ("property" if m.group(2) is not None else "system")
    if name == "conditions" and path.rsplit(".", 1)[-1] in vocabulary().categorical_condition_keys():
        name = path.rsplit(".", 1)[-1]           # the conducting ion or cell type has its own widget
    name = _FIELD_KEYS.get(name, name)
    if name in ("host", "additives"):
        name = "system"
    return f"s{m.group(1)}_m{m.group(2)}_{name}" if m.group(2) is not None else f"s{m.group(1)}_{name}"


# The form's words for a field of the entry document (its box's label), where they differ from the name.
_FIELD_WORDS = {"system": "material system", "host": "material system", "additives": "material system",
                "value_max": "to (range)", "range": "value", "conditions.temperature": "at T",
                "ball_to_powder_ratio": "ball : powder"}
_INDEXED = re.compile(r"(samples|measurements|synthesis|additives)\[(\d+)\]")
_INDEX_WORDS = {"samples": "Sample", "measurements": "measurement", "synthesis": "Step", "additives": "additive"}


def field_words(path: str) -> str:
    """A problem's field path in the form's words: 'samples[0].measurements[2].property' → 'Sample 1,
    measurement 3, property'; 'synthesis[0].milling_time' → 'Step 1, milling time'; a field of the entry
    itself ('title') as it is. A chemist reads the boxes, not the document's 0-based indexes."""
    parts: list[str] = []
    rest = path
    while (m := _INDEXED.match(rest)):
        parts.append(f"{_INDEX_WORDS[m.group(1)]} {int(m.group(2)) + 1}")
        rest = rest[m.end():].removeprefix(".")
    if not parts:
        return path
    if rest:       # 'host.formula' is the system box's too; a condition by its own name ('heating rate')
        words = _FIELD_WORDS.get(rest) or _FIELD_WORDS.get(rest.split(".")[0]) or rest.removeprefix("conditions.")
        parts.append(words.replace("_", " ").replace(".", " "))
    return ", ".join(parts)


def said_at(path: str, message: str) -> str:
    """A problem as the form shows it: where, in the form's words, then what ('Sample 1, measurement 3,
    property: is empty; …')."""
    return f"{field_words(path)}: {message}" if path else message


@dataclass
class Checked:
    entry: object | None                             # ingest.entries.entry.LabEntry when valid
    errors: dict[str, list[str]] = field(default_factory=dict)    # widget key -> messages
    warnings: list[str] = field(default_factory=list)


def check(doc: dict) -> Checked:
    from ingest.entries.entry import EntryValidationError, load_entry

    try:
        entry = load_entry(doc)
    except EntryValidationError as exc:
        out = Checked(entry=None)
        for issue in exc.issues:
            if issue.severity == "error":
                out.errors.setdefault(widget_key(issue.path), []).append(said_at(issue.path, issue.message))
            else:
                out.warnings.append(str(issue))
        return out
    return Checked(entry=entry, warnings=[str(i) for i in entry.flags])


def preview(entry) -> dict:
    """What will enter the graph: systems with their theoretical capacities, measurements in
    canonical units."""
    from ingest.entries.entry import entry_to_batch
    from ontology.capacity import theoretical_hydrogen_capacity, theoretical_li_capacity
    from ui.app.display import conditions_text

    if not entry.id:                  # not stored yet: preview under a draft id
        entry = entry.model_copy(update={"id": "draft"})
    batch = entry_to_batch(entry)
    systems = []
    for s in batch.systems:
        row = {"system": s.name, "host": s.host.formula,
               "additives": ", ".join(a.formula for a in s.additives)}
        for name, compute in (("theoretical H₂ (wt %)", theoretical_hydrogen_capacity),
                              ("theoretical Li (mAh g⁻¹)", theoretical_li_capacity)):
            try:
                row[name] = compute(s)
            except ValueError:       # not computable for this composition (no amounts, no H …)
                row[name] = None
        systems.append(row)
    measurements = [{"system": m.system.name, "property": m.property, "value": m.value,
                     "value_max": m.value_max, "uncertainty": m.uncertainty, "unit": m.unit,
                     "conditions": conditions_text(m.all_conditions, m.condition_max, m.condition_qualifiers)}
                    for m in batch.measurements]
    return {"systems": systems, "measurements": measurements}


def suggestions(text: str, sample_system: str) -> list[dict]:
    """Measurements the extraction finds in the observations, as rows the user may accept."""
    from ingest.extract import extract_text

    if not text.strip():
        return []
    # Notes speak of "the sample": name it in each sentence so values bind to the sample's system
    # (a sentence naming another system still binds its values to that one).
    # A line may be a list entry of its own ("LiBH4–LiI: ionic conductivity 1.2 × 10^-4 S/cm at 25 °C"): one
    # sentence per line then, whatever its last character
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])\s+|\n+", text) if x.strip()]
    found = []
    for x in sentences:                 # one at a time: the name must not run into the next sentence
        named = sample_system and not _names_own_system(x)
        head = f"# notes\n\n{sample_system}: " if named else "# notes\n\n"
        batch = extract_text(f"{head}{x}\n", source_id="lab:draft")
        # a value whose evidence starts inside the added name is an amount of the name, not a result
        found += [m for m in batch.measurements if (m.source.start or 0) >= len(head) or m.source.start is None
                  or _said_in_words(x, m)]
    out = []
    for m in found:
        out.append({"property": m.property, "value": m.value, "value_max": m.value_max, "unit": m.unit,
                    "uncertainty": m.uncertainty,
                    "system": m.system.name if m.system else sample_system,
                    "conditions": m.all_conditions, "condition_max": dict(m.condition_max),
                    "condition_qualifiers": dict(m.condition_qualifiers)})   # 'within 10 min' is no '10 min'
    return out


def accepted_measurement(suggestion: dict) -> dict:
    """A notes suggestion the user ticked, as the entry's measurement: its value or range with its uncertainty,
    its conditions with their units (``entry_conditions``) and the bounds stated ('within 10 min'); no method (the
    notes name none the extraction keeps), its origin in the measurement's ``note``."""
    s = suggestion
    return {"property": s["property"], "value": s["value"], "unit": s["unit"],
            **({"value_max": s["value_max"]} if s.get("value_max") is not None else {}),
            **({"uncertainty": s["uncertainty"]} if s.get("uncertainty") is not None else {}),
            "conditions": entry_conditions(s),
            **({"condition_qualifiers": dict(s["condition_qualifiers"])} if s.get("condition_qualifiers") else {}),
            # where it came from is provenance, not a measurement method (a method 'from notes' was then weighed
            # against the literature's methods: 'method stated for one value only'): the measurement's note
            "note": "accepted from the notes' suggestions"}


def entry_conditions(suggestion: dict) -> dict:
    """A suggestion's conditions as a lab entry gives them: each number with its (canonical) unit, written in the
    stored entry ({"value": 5, "unit": "K/min"}: a bare 5 there said nothing of its unit to whoever reads the
    file), a range as its two ends with the unit (``{"value": 0.3, "value_max": 0.5, "unit": "MPa"}``), so that
    accepting it keeps the range; a categorical one (a term) as it is."""
    from ontology.units import canonical_unit

    upper = suggestion.get("condition_max") or {}
    out: dict = {}
    for k, v in suggestion["conditions"].items():
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            out[k] = v
        else:
            out[k] = {"value": v, **({"value_max": upper[k]} if k in upper else {}), "unit": canonical_unit(k)}
    return out


# "LiBH4–LiI: ionic conductivity …", "Mg2Ni (milled 5 h): …": a note that opens with the system it is of and a colon
_OPENING_NAME = re.compile(r"([^:]{1,60}?)\s*:\s")


def _names_own_system(sentence: str) -> bool:
    """Does the note open with a system of its own before a colon ('LiBH4–LiI: TPD onset 120 °C')? Its values are
    that system's: the sample's name is not put before it (which would join the two names into one system)."""
    from ingest.extraction.text.nlp import system_of

    opening = _OPENING_NAME.match(sentence)
    return opening is not None and system_of(opening.group(1).split(" (")[0].strip()) is not None


def _said_in_words(words: str, m: Measurement) -> bool:
    """Does a number of the user's own ``words`` give the value of ``m``, in whatever unit it was written
    ('1.2 × 10^-4 S/cm' is the 0.12 mS/cm stored)? A value found in the added sample name only is no result."""
    from ingest.extraction.text.quantity_text import numbers
    from ontology.units import UnitError, quantity

    for n in numbers(words):
        try:
            said = n.value if not n.unit or not m.unit \
                else quantity(n.value, n.unit).to(quantity(1, m.unit).units).magnitude
        except (UnitError, ValueError, TypeError):   # pint's DimensionalityError (a TypeError): another quantity
            continue
        if abs(abs(said) - abs(m.value)) <= 1e-6 * max(1.0, abs(m.value)):
            return True
    return False


class Refused(UserError, ValueError):
    """The repository refused the entry (its SHACL shapes); ``errors`` maps widget keys to messages."""

    def __init__(self, errors: dict[str, list[str]], message: str):
        self.errors = errors
        super().__init__(message)


def save(entry, *, author: str, notebook) -> tuple[str, int, list[str]]:
    """Store a checked entry (``check(doc).entry``) through the lab notebook service, which loads it
    into the graph; (entry id, revision, graph problems).

    The notebook checks the entry against the ontology's SHACL shapes (on the object ``check`` made:
    no second validation) before storing it; a refusal raises ``Refused`` with each problem under the
    widget of its field, and nothing is stored."""
    from kg.entries import InvalidEntryError

    try:
        saved = notebook.add(entry, author=author)
    except InvalidEntryError as exc:
        errors: dict[str, list[str]] = {}
        for p in exc.problems:
            errors.setdefault(widget_key(p.path), []).append(
                said_at(p.path, p.message) + (f" — fix: {p.fix}" if p.fix else ""))
        raise Refused(errors, str(exc)) from None
    problems = saved.graph_problems + ([saved.graph_error] if saved.graph_error else [])
    return saved.entry_id, saved.revision, problems


# ------------------------------------------------------------------------------- did you mean
# Characters typed for one another in formulas: zero for O (Nb205), one for l or I.
_CONFUSABLE = str.maketrans({"0": "O", "1": "l", "I": "l"})


def unknown_components(system_text: str) -> list[str]:
    """Components of a system as typed that the ontology does not know (a formula it has no material
    for, like 'Nb205' — Nb with 205 atoms — or a name it cannot read)."""
    from ontology.system import analyse_system

    if not system_text or not system_text.strip():
        return []
    try:
        found = analyse_system(system_text)
    except ValueError:                   # unreadable: validation names the problem at the field
        return []
    parts = [found.system.host, *found.system.additives] if found.system.host else found.system.additives
    out = [p.formula or p.text for p in parts if p is not None and not p.term]
    return list(dict.fromkeys(out))


def did_you_mean(token: str, limit: int = 3) -> list[str]:
    """Ontology formulas close to an unknown component ('Nb205' → ['Nb2O5']): formulas and labels
    scored by rapidfuzz; a formula that differs only by a look-alike character comes first."""
    from rapidfuzz import fuzz, process

    choices: dict[str, str] = {}
    for t in vocabulary().terms("Material"):
        if t.formula:
            for name in (t.formula, *t.labels):
                choices.setdefault(name, t.formula)
    folded = token.translate(_CONFUSABLE).casefold()
    exact = [f for f in choices.values() if f.translate(_CONFUSABLE).casefold() == folded and f != token]
    hits = process.extract(token, list(choices), scorer=fuzz.ratio, limit=limit * 3, score_cutoff=75)
    out = list(dict.fromkeys(exact + [choices[name] for name, _, _ in hits]))
    return [f for f in out if f != token][:limit]


def replace_component(system_text: str, old: str, new: str) -> str:
    """The system text with one component's formula replaced (whole token only: 'Nb205' in
    'MgH2 + 5 wt% Nb205' but not inside another formula)."""
    return re.sub(rf"(?<![A-Za-z0-9]){re.escape(old)}(?![A-Za-z0-9])", new, system_text)
