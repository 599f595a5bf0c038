"""How the pages show the graph's words to people: ontology labels instead of keys, units in
typographic form (°C, kJ mol⁻¹, mS cm⁻¹, wt %), blank cells instead of ``None``.

The graph and the forms keep the keys and the pint spellings (``onset_dehydrogenation_temperature``,
``degC``); only what is shown goes through here, so that every page words things the same way.
"""
from __future__ import annotations

import json
import math
import re
from numbers import Real

from ontology.system import AMOUNT_UNIT
from ontology.units import SUPERSCRIPT, number_text as units_number_text, unit_text, units_in_text  # noqa: F401
from ontology.vocabulary import vocabulary

# Every character Streamlit's Markdown gives a meaning: links and images ([]()!), emphasis, code, HTML
# (<>&), LaTeX ($), colours, icons and emoji (:…:), tables (|), headings and lists (#+-.).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:&])")


# GitHub-flavoured Markdown also makes links of bare addresses ('https://…', 'www.…', 'a@b.org'), found in
# the text after the escapes are read, so no escape stops them: an invisible WORD JOINER (U+2060) before
# the ':' or '.' of the scheme, or before the '@', does (the words read and copy the same).
_AUTOLINK = re.compile(r"(?i)(?<![^\W_])(https?|ftp|mailto|xmpp)(?=:)|(?<![^\W_])(www)(?=\.)"
                       r"|(?<=[-.\w+])(?=@[-\w]+(?:\.[-\w]+)+)")


# What makes a link or an image ('[x](https://…)', '![](…)', '[x]: https://…'), a table's column break and
# the escape itself: all a Markdown document (the gap report) needs escaped to stay readable as plain text.
_LINK_SPECIAL = re.compile(r"([\\\[\]|])")
# The start of an HTML tag or comment ('<script', '</b', '<!--', '<img'): a Markdown viewer renders raw HTML,
# so a lab entry's title '<img src=x onerror=…>' became an element there. A bound ('< 300 °C', '<5 wt%') stays.
_HTML_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


def _escaped(text: object, special: re.Pattern[str], keep_lines: bool = False) -> str:
    """``text`` on one line (or its lines joined by Markdown line breaks), each of ``special`` escaped and bare
    addresses unlinked."""
    lines = str(text).splitlines() if keep_lines else [str(text)]
    return "  \n".join(special.sub(r"\\\1", _AUTOLINK.sub("\\g<0>\u2060", " ".join(line.split())))
                       for line in lines)


def md_text(text: object, *, keep_lines: bool = False) -> str:
    """``text`` shown as itself by st.markdown, st.caption, st.error …: every markup character
    escaped and bare addresses unlinked, so that a paper's section title or an archive's name cannot
    put a link or a remote image on the page. ``keep_lines`` keeps its line breaks (an error listing
    several problems)."""
    return _escaped(text, _MD_SPECIAL, keep_lines)


def md_cell(text: object) -> str:
    """``text`` in a Markdown file read as plain text too (the gap report's table cells and lines): no column break
    ('|'), no line break, no HTML element ('<img …>' as '&lt;img …>'; a bound '< 300 °C' stays), and no link, image
    or bare address ('[x](https://…)', '![](…)', 'https://…': escaped and unlinked as ``md_text`` does), while the
    rest of its characters stay as written."""
    return _HTML_TAG_START.sub("&lt;", _escaped(text, _LINK_SPECIAL))


def marked_text(text: str, marks: list[str]) -> str:
    """``text`` as ``md_text`` shows it, with each of ``marks`` (a value, a material) on a coloured background.
    The spaces around a mark are kept ('148 and' stays two words); a number is marked where it stands alone, not
    inside a longer one ('148' in '1480')."""
    words = sorted({m for m in marks if m}, key=len, reverse=True)
    if not words:
        return md_text(text)
    pattern = re.compile("|".join(rf"(?<![\d.]){re.escape(w)}(?![\d])" if w[-1:].isdigit() else re.escape(w)
                                  for w in words))
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [_spaced_md(text[last:m.start()]), f":orange-background[{md_text(m.group())}]"]
        last = m.end()
    return "".join(out + [_spaced_md(text[last:])])


def _spaced_md(piece: str) -> str:
    """``md_text`` of a piece between marks, keeping one space where the piece began or ended with one."""
    inner = md_text(piece)
    if not inner:
        return " " if piece[:1].isspace() else ""
    return (" " if piece[:1].isspace() else "") + inner + (" " if piece[-1:].isspace() else "")


# A dash that joins a component to an amount or a coefficient ("MgH2–5 wt% Nb2O5", "LiNH2–2LiH", "0.7MgH2-0.3TiH2"):
# read next to the number it looks like a range ("2–5 wt%"), so a page shows it as a plus. A dash inside a name
# ("SBA-15", "Mg97–Ni03", "metal–N–H") is kept.
_JOINING_DASH = re.compile(rf"(?<=[\w)\]])\s*[-–−]\s*(?=\d+(?:\.\d+)?\s*{AMOUNT_UNIT}|\d*\.?\d+[A-Z(])")


def system_text(name: str | None) -> str:
    """A system's name as a page shows it: 'MgH2–5 wt% Nb2O5' → 'MgH2 + 5 wt% Nb2O5', 'LiNH2–2LiH' → 'LiNH2 +
    2LiH'. Display only: the graph keeps the name and id as extracted."""
    return _JOINING_DASH.sub(" + ", name or "")


def term_label(term_id: str | None) -> str:
    """An ontology term's label ('CationSubstitution' → 'cation substitution'); a material's formula;
    a property key's label; anything unknown as it is, blank for nothing."""
    if term_id is None or (isinstance(term_id, float) and math.isnan(term_id)) or term_id == "":
        return ""
    vocab = vocabulary()
    if term_id in vocab:
        t = vocab.get(term_id)
        return t.formula or t.label
    return property_label(str(term_id))


def property_label(key: str | None) -> str:
    """A property or condition key's label ('onset_dehydrogenation_temperature' → 'onset
    dehydrogenation temperature'); an unknown key as it is."""
    if not key:
        return ""
    try:
        return vocabulary().property(key).label
    except KeyError:                       # UnknownTermError: not a key of the ontology
        return str(key)


def labels_text(term_ids) -> str:
    """Several terms' labels, comma-separated."""
    return ", ".join(term_label(t) for t in term_ids or [])


def blank(value) -> object:
    """A cell as shown: missing as empty (not 'None' or 'nan'), a measured or computed number with
    ``number_text``'s significant digits (7.66 not 7.6602345; the data keeps full precision), anything
    else as it is. Counts and ranks (whole numbers) stay numbers."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return number_text(value)
    return value


def unit_choice_text(unit: str) -> str:
    """A unit in a select box: typeset, with the spelling people type beside it when they differ
    ('S cm⁻¹ (S/cm)'), since the box's search matches the words shown: typing 'S/cm' must find it.
    Spellings nobody types (degC, m**2/g) are not shown; no unit: '—'."""
    shown = unit_text(unit)
    if not shown:
        return "—"
    typed = re.sub(r"\bu(?=[A-Za-z])", "µ", unit)          # uS/cm is written µS/cm
    return shown if typed == shown or "deg" in unit or "**" in unit or "(" in unit else f"{shown} ({typed})"


def number_text(value, digits: int = 4) -> str:
    """A number as a person writes it (4 significant digits, 1.2 × 10⁻⁴ for the small and the
    large: ``ontology.units.number_text``); blank when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        return units_number_text(float(value), digits)
    except (TypeError, ValueError):
        return str(value)


def range_text(value, high=None) -> str:
    """A value, or a range when it has an upper end: '300', '250–300' (``number_text`` of each)."""
    return number_text(value) + (f"–{number_text(high)}" if high is not None else "")


def printed_text(value, high=None, sign: str | None = None) -> str:
    """The value as the source printed it, where the graph stores another sign ('−148' of a formation enthalpy
    stored as the decomposition's 148; a range's ends each negated: '−60–−70'); '' where it printed the stored one."""
    if sign != "-":
        return ""
    return f"−{number_text(value)}" + (f"–−{number_text(high)}" if high is not None else "")


def basis_word(row) -> str:
    """How the source got a value that is no measurement, from a row's ``calculated`` and ``theoretical``
    flags: 'calculated' (DFT, first principles), 'theoretical' (from the composition); '' for a measured one
    (or a row of a store made before the graph kept ``calculated``: null, read as not calculated)."""
    return "calculated" if row.get("calculated") else "theoretical" if row.get("theoretical") else ""


def basis_text(row) -> str:
    """``basis_word`` with what it means: 'calculated (DFT, first principles)', 'theoretical (from the
    composition)'; '' for a measured value."""
    word = basis_word(row)
    return f"{word} ({_BASIS_MEANS[word]})" if word else ""


_BASIS_MEANS = {"calculated": "DFT, first principles", "theoretical": "from the composition"}


def bound_text(key: str, text: str, qualifier: str | None) -> str:
    """A condition's value as words with the bound the source stated ('20 min' with '<=' → 'within 20 min' for a
    time or a number of cycles, '≤ 2 MPa' for another condition; '<' → '< 10 min', '~' → '~300 °C'); the text as
    it is for a condition stated exactly (no qualifier, or '=')."""
    if not qualifier or qualifier == "=":
        return text
    if qualifier == "<=" and key in _WITHIN_KEYS:
        return f"within {text}"
    return f"{_BOUND_SIGNS.get(qualifier, qualifier)}{'' if qualifier == '~' else ' '}{text}"


_BOUND_SIGNS = {"<=": "≤", ">=": "≥"}
_WITHIN_KEYS = ("time", "cycles")   # what is counted or timed: the run ended by then


def conditions_text(conditions: dict | None, upper: dict | None = None, bounds: dict | None = None) -> str:
    """Measurement conditions as words: {'temperature': 300, 'time': 10} → 'temperature 300 °C, time 10 min';
    a condition stated as a range has its upper end in ``upper`` ({'pressure': 0.5}: 'pressure 0.3–0.5 MPa'), one
    stated as a bound its qualifier in ``bounds`` ({'time': '<='}: 'time within 10 min', see ``bound_text``)."""
    parts = []
    for key, value in (conditions or {}).items():
        if isinstance(value, str):   # a categorical condition: its value is a term ('conducting ion Li+')
            parts.append(f"{property_label(key)} {term_label(value)}")
            continue
        try:
            unit = unit_text(vocabulary().property(key).unit)
        except KeyError:
            unit = ""
        high = (upper or {}).get(key)
        shown = range_text(value, high) + (f" {unit}" if unit else "")
        parts.append(f"{property_label(key)} {bound_text(key, shown, (bounds or {}).get(key))}")
    return ", ".join(parts)


def fact_conditions_text(fact) -> str:
    """``conditions_text`` of a row of the graph's facts query (kg.sources.LITERATURE_FACTS), whose conditions,
    range ends and bounds are JSON cells (null in a store made before the graph kept them: none)."""
    def cell(name):
        try:
            got = json.loads(fact.get(name) or "{}")
        except (TypeError, ValueError):
            return {}
        return got if isinstance(got, dict) else {}
    return conditions_text(cell("conditions"), cell("condition_max"), cell("condition_qualifiers"))


def frame(df):
    """A pandas table for showing (a copy; the data itself is not changed): missing text blank,
    missing numbers NA — Arrow, which Streamlit's grid reads, takes one type per column, and a ''
    among the years of the sources fails to convert."""
    import pandas as pd

    if df.shape[1] == 0:
        return df.copy()
    shown = pd.concat([_shown_column(df.iloc[:, i]) for i in range(df.shape[1])], axis=1)
    shown.columns = df.columns
    return shown


def _shown_column(col):
    """One column for the grid: text with blanks, or numbers / yes-no / lists with NA for a gap."""
    import pandas as pd

    values = col.dropna()
    if values.empty or all(isinstance(v, str) for v in values):
        return col.astype(object).where(col.notna(), "")
    if pd.api.types.is_bool_dtype(col) or all(isinstance(v, bool) for v in values):
        return col.astype("boolean")
    if pd.api.types.is_numeric_dtype(col) or all(isinstance(v, Real) for v in values):
        numbers = pd.to_numeric(col)
        whole = numbers.dropna().mod(1).eq(0).all()   # a year or a count: 2019, not 2019.0
        return numbers.astype("Int64" if whole else "Float64")
    if all(isinstance(v, list | tuple) for v in values):
        return col.map(lambda v: v if isinstance(v, list | tuple) else [])  # authors: none is [], not ''
    return col.astype(object).where(col.notna(), None)


_QUANTITY = re.compile(r"^\s*([±~<>≤≥=+\-]*\s*\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s+(\S.*)$")


def quantity_text(text: str | None) -> str:
    """A value with its unit as one string ('±30 degC' → '±30 °C'); other text as it is."""
    if text is None:
        return ""
    m = _QUANTITY.match(str(text))
    return f"{m.group(1)} {unit_text(m.group(2))}" if m else str(text)


# A source's text keeps its typesetting: HTML (H<sub>2</sub>, mol<sup>-1</sup>) and inline LaTeX
# ($\text{LiBH}_4$). Shown as plain text, the tags read as noise; they become the characters they stand for.
_SUB = str.maketrans("0123456789+-", "₀₁₂₃₄₅₆₇₈₉₊₋")
_TAG = re.compile(r"<(sup|sub)>([^<]*)</\1>", re.IGNORECASE)
_INLINE_MATH = re.compile(r"\$([^$]{1,300})\$")
_MATH_SCRIPT = re.compile(r"([_^])(?:\{([^{}]*)\}|([0-9+\-−]))")
_MATH_WORDS = {r"\cdot": "·", r"\times": "×", r"\sim": "~", r"\approx": "≈", r"\pm": "±", r"\le": "≤",
               r"\ge": "≥", r"\%": "%"}


def _scripted(kind: str, text: str) -> str:
    """'sup'/'^' and 'sub'/'_' text as super- or subscript characters when every character has one."""
    table, marker = (SUPERSCRIPT, "^") if kind in ("sup", "^") else (_SUB, "_")
    if text and all(ord(c) in table or c == " " for c in text):
        return text.replace(" ", "").translate(table)
    return f"{marker}{text}"


def _math_text(body: str) -> str:
    for word, char in _MATH_WORDS.items():
        body = body.replace(word, char)
    body = re.sub(r"\\(?:text|mathrm|mathit|rm)\s*\{([^{}]*)\}", r"\1", body)
    body = _MATH_SCRIPT.sub(lambda m: _scripted(m.group(1), m.group(2) if m.group(2) is not None else m.group(3)),
                            body)
    return body.replace("{", "").replace("}", "").replace("\\", "")


def readable_markup(text: str) -> str:
    """A passage of a source as a reader sees it typeset: 'mol<sup>-1</sup> H<sub>2</sub>' → 'mol⁻¹ H₂',
    '$3\\text{LiBH}_4\\cdot\\text{LiI}$' → '3LiBH₄·LiI'; other tags are dropped. Plain text stays as it is."""
    if not text:
        return text
    text = _TAG.sub(lambda m: _scripted(m.group(1).lower(), m.group(2)), text)
    text = re.sub(r"</?[a-zA-Z][^<>]{0,80}>", "", text)
    # only what is LaTeX (a command, a script or a brace): '$5 and $6' are prices
    return _INLINE_MATH.sub(lambda m: _math_text(m.group(1)) if re.search(r"[\\_^{]", m.group(1)) else m.group(0),
                            text)
