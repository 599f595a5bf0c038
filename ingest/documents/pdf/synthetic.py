"""A synthetic hydride paper in two forms: the Markdown the extractor reads, and the HTML/CSS of a
journal page (two columns, running header and footer, page numbers, a line-number margin,
tables with merged header cells, sub/superscripts, a figure caption between paragraphs, a
numbered reference list), which WeasyPrint turns into a PDF.

The same facts are written into both, so that the facts extracted from the PDF can be compared
with those extracted from its source text (tests, ``hkg bench ingest``). The text is written for
this project; the numbers are of the kind hydride papers report.
"""
from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from pathlib import Path

TITLE = "Oxide and halide additives for light metal hydrides: kinetics and lithium-ion transport"
AUTHORS = ["Ada Example", "Ben Sample", "Cleo Writer"]
DOI = "10.5555/jhr.2024.0042"
JOURNAL = "J. Hydride Res."
YEAR = 2024


@dataclass
class TableSpec:
    number: int
    caption: str
    # one (group, name) per column; columns sharing a group sit under one merged header cell
    columns: list[tuple[str | None, str]]
    rows: list[list[str]]
    pairs: dict[str, str] = field(default_factory=dict)   # group -> Markdown header of the joined pair


# Paragraphs use HTML markup for sub/superscripts (valid in both forms). ``{cite:N}`` marks a
# citation: '<sup>[N]</sup>' in Markdown, a bare superscript number in the journal PDF.
_INTRO = [
    "Magnesium hydride stores 7.6 wt% hydrogen, yet releasing it requires temperatures above 300 °C "
    "because the Mg–H bond is strong.{cite:1} Ball milling MgH<sub>2</sub> with 5 wt% Nb<sub>2</sub>O<sub>5</sub> "
    "lowered the onset dehydrogenation temperature to 185 °C.{cite:2,3} The apparent activation energy "
    "of MgH<sub>2</sub> dropped from 160 to 71 kJ mol<sup>-1</sup> after the oxide was added, which is "
    "a significant gain for practical tanks.{cite:4}",
    "Complex hydrides such as LiBH<sub>4</sub> hold more hydrogen, but their kinetics are slow and the "
    "reactions are only partly reversible. Destabilising the borohydride with a second hydride is the "
    "usual remedy, and it is the route we follow here for the first family of samples.",
]
_STORAGE = [
    "The LiBH<sub>4</sub>–MgH<sub>2</sub> composite released 9.8 wt% hydrogen at 400 °C under "
    "0.5 MPa of hydrogen back pressure.{cite:5} Cycling the same composite ten times kept most of its "
    "capacity, as the reaction between the two hydrides stays reversible when the back pressure holds "
    "the intermediate phases in place during each desorption step.",
    "Titanium fluoride is a second, well studied catalyst. The MgH<sub>2</sub>–TiF<sub>3</sub> sample "
    "began to desorb hydrogen at 220 °C, and its peak desorption temperature was 275 °C.{cite:6}",
]
_CAPTION_FIG1 = ("Figure 1.", "Desorption curves of MgH<sub>2</sub> with and without Nb<sub>2</sub>O<sub>5</sub> "
                 "at a heating rate of 5 K min<sup>-1</sup>.")
_CONDUCTION = [
    "Halide substitution stabilises the hexagonal phase of the borohydride at room temperature. The "
    "LiBH<sub>4</sub>–LiI solid solution conducted Li<sup>+</sup> at 10<sup>-3</sup> S cm<sup>-1</sup> "
    "(25 °C).{cite:7} The related Li<sub>3</sub>(NH<sub>2</sub>)<sub>2</sub>I conducted "
    "6.5 × 10<sup>-5</sup> S cm<sup>-1</sup> at 35 °C, and its activation energy for ion migration was "
    "0.35 eV.{cite:8,9}",
]
_CONCLUSION = [
    "Small amounts of transition metal oxide or halide speed up the release of hydrogen from "
    "MgH<sub>2</sub>, while halide substitution turns LiBH<sub>4</sub> into a usable solid electrolyte. "
    "Both effects are worth combining in future electrode designs.",
]

_TABLE1 = TableSpec(
    1, "Dehydrogenation of catalysed hydrides.",
    [(None, "Hydride"), (None, "Catalyst"), (None, "Doping ratio (wt%)"),
     ("Dehydrogenation temperature (°C)", "onset"), ("Dehydrogenation temperature (°C)", "peak"),
     (None, "Refs.")],
    [["MgH<sub>2</sub>", "TiF<sub>3</sub>", "5", "220", "275", "[6]"],
     ["", "Nb<sub>2</sub>O<sub>5</sub>", "5", "185", "250", "[2]"],
     ["", "Ni", "10", "230", "290", "[10]"],
     ["LiBH<sub>4</sub>", "TiO<sub>2</sub>", "10", "280", "395", "[11]"]],
    {"Dehydrogenation temperature (°C)": "Dehydrogenation temperature (onset/peak, °C)"},
)
_TABLE2 = TableSpec(
    2, "Ionic conductivity of hydride electrolytes.",
    [(None, "Electrolyte"), (None, "Conductivity [mS cm<sup>-1</sup>]"), (None, "Temperature [°C]"),
     (None, "Refs.")],
    [["LiBH<sub>4</sub>–LiI", "1.0", "25", "[7]"],
     ["LiB<sub>11</sub>H<sub>14</sub>", "2.4", "RT", "[12]"],
     ["LiBH<sub>4</sub>@ZrO<sub>2</sub>", "0.3", "45", "[13]"]],
)

_REFERENCES = [
    "A. Author, B. Author, *Int. J. Hydrogen Energy* **2019**, 44, 100.",
    "C. Author, *J. Alloys Compd.* **2020**, 820, 153101.",
    "D. Author, E. Author, *J. Mater. Chem. A* **2018**, 6, 2200.",
    "F. Author, *Chem. Mater.* **2021**, 33, 4000.",
    "G. Author, H. Author, *Energy Environ. Sci.* **2017**, 10, 1500.",
    "I. Author, *J. Phys. Chem. C* **2016**, 120, 7777.",
    "J. Author, K. Author, *J. Am. Chem. Soc.* **2009**, 131, 894.",
    "L. Author, *Chem. Commun.* **2012**, 48, 1234.",
    "M. Author, *Adv. Energy Mater.* **2022**, 12, 2100001.",
    "N. Author, *Int. J. Hydrogen Energy* **2015**, 40, 555.",
    "O. Author, *J. Power Sources* **2019**, 412, 301.",
    "P. Author, *Nat. Commun.* **2021**, 12, 2.",
    "Q. Author, *ACS Energy Lett.* **2020**, 5, 150.",
]


@dataclass
class SyntheticPaper:
    markdown: str
    html: str


def _cite_md(text: str) -> str:
    return re.sub(r"\{cite:([^}]*)\}", r"<sup>[\1]</sup>", text)


def _cite_html(text: str) -> str:
    # journals print citations as bare superscript numbers after the punctuation; minus signs
    # are typeset as U+2212 and 'fi' as a ligature glyph
    text = re.sub(r"\{cite:([^}]*)\}", r"<sup>\1</sup>", text)
    text = re.sub(r"<sup>-", "<sup>\u2212", text)
    return re.sub(r"(?<=[a-z])fi(?=[a-z])", "\ufb01", text)


def _sections(repeat: int) -> list[tuple[str, list]]:
    """(heading, items) in order; items are paragraphs, ('caption', label, text) or TableSpec.
    ``repeat`` > 1 adds numbered result sections (a long paper for benchmarks)."""
    out: list[tuple[str, list]] = [("1. Introduction", list(_INTRO)),
                                   ("2. Results and Discussion", []),
                                   ("2.1. Hydrogen Storage", [_STORAGE[0], ("caption", *_CAPTION_FIG1),
                                                              _STORAGE[1], _TABLE1]),
                                   ("2.2. Lithium-Ion Conduction", [*_CONDUCTION, _TABLE2])]
    for n in range(2, repeat + 1):
        t = 150 + 5 * n
        items = [f"A further MgH<sub>2</sub> sample milled for {n} h with 5 wt% Nb<sub>2</sub>O<sub>5</sub> "
                 f"began to release hydrogen at {t} °C.{{cite:{1 + n % 13}}} " + " ".join(
                     [_STORAGE[0].replace("{cite:5}", ""), _CONDUCTION[0].replace("{cite:7}", "")
                      .replace("{cite:8,9}", "")]),
                 *_INTRO[1:], _STORAGE[1].replace("{cite:6}", ""), *_CONCLUSION]
        out.append((f"2.{n + 1}. Series {n}", items))
    out.append(("3. Conclusions", list(_CONCLUSION)))
    return out


# ------------------------------------------------------------------------------ Markdown
def _md_table(t: TableSpec) -> list[str]:
    header, groups_done = [], set()
    for group, name in t.columns:
        if group is None:
            header.append(name)
        elif group not in groups_done:
            groups_done.add(group)
            header.append(t.pairs[group])
    lines = ["\t".join(header)]
    for row in t.rows:
        cells, i = [], 0
        while i < len(t.columns):
            group = t.columns[i][0]
            if group is None:
                cells.append(row[i])
                i += 1
                continue
            j = i
            while j < len(t.columns) and t.columns[j][0] == group:
                j += 1
            cells.append("/".join(row[i:j]))
            i = j
        lines.append("\t".join(cells))
    return [f"**Table {t.number}.** {t.caption}", "", *lines]


def markdown(repeat: int = 1) -> str:
    out = [f"# {TITLE}", "", ", ".join(AUTHORS), "", f"DOI: {DOI}", "",
           "Received: March 3, 2024", "Revised: May 20, 2024", "Published online: June 2, 2024", ""]
    out += ["## Abstract", "", _ABSTRACT, ""]
    for heading, items in _sections(repeat):
        out += [f"{'#' * (heading.split()[0].count('.') + 1)} {heading}", ""]
        for item in items:
            if isinstance(item, TableSpec):
                out += [*_md_table(item), ""]
            elif isinstance(item, tuple):
                out += [f"**{item[1]}** {item[2]}", ""]
            else:
                out += [_cite_md(item), ""]
    out += ["## References", ""]
    out += [f"- [{i}] {r}" for i, r in enumerate(_REFERENCES, 1)]
    return "\n".join(out) + "\n"


_ABSTRACT = ("Light metal hydrides store hydrogen densely and conduct lithium ions in the solid state. "
             "We compare oxide and halide additives for both uses and summarise the temperatures, "
             "activation energies and conductivities they reach.")


# ------------------------------------------------------------------------------ HTML
_CSS = """
@page { size: A4; margin: 22mm 17mm 20mm 17mm;
  @top-left { content: "%(journal)s %(year)s, 12, 345–356"; font-size: 7.5pt; color: #333 }
  @top-right { content: "www.example-journal.org"; font-size: 7.5pt; color: #333 }
  @bottom-center { content: counter(page); font-size: 8pt }
  @bottom-right { content: "© %(year)s Example Publishers"; font-size: 7pt } }
html { font-family: "DejaVu Serif"; font-size: 9pt; line-height: 1.25 }
body { margin: 0 }
h1 { font-family: "DejaVu Sans"; font-size: 16pt; font-weight: bold; margin: 0 0 4mm 0; line-height: 1.2 }
.authors { font-size: 10pt; margin-bottom: 3mm }
.front { font-size: 8pt; margin-bottom: 3mm }
.abstract { font-size: 9pt; margin-bottom: 5mm; font-style: normal }
.cols { columns: 2; column-gap: 7mm; text-align: justify; hyphens: auto }
h2, h3 { font-family: "DejaVu Sans"; font-weight: bold; margin: 3mm 0 1.5mm 0; break-after: avoid;
  text-align: left; hyphens: manual }
h2 { font-size: 11pt } h3 { font-size: 10pt }
p { margin: 0; text-indent: 4mm }
h2 + p, h3 + p, .caption + p.first { text-indent: 0 }
.caption { font-family: "DejaVu Sans"; font-size: 7.5pt; margin: 2mm 0 3mm 0; text-indent: 0;
  text-align: left; hyphens: manual }
.figure { height: 28mm; border: 0.5pt solid #999; margin-top: 2mm; break-inside: avoid }
.table { column-span: all; margin: 3mm 0; break-inside: avoid }
table { border-collapse: collapse; font-family: "DejaVu Sans"; font-size: 7.5pt; width: 100%% }
th, td { padding: 1pt 5pt; white-space: nowrap; text-align: left }
thead tr:first-child th { border-top: 0.8pt solid black }
thead tr:last-child th, th[rowspan] { border-bottom: 0.5pt solid black }
th.group { border-bottom: 0.4pt solid black; text-align: center }
tbody tr:last-child td { border-bottom: 0.8pt solid black }
.refs { font-size: 7.5pt; text-align: left; hyphens: manual }
.refs p { text-indent: -5mm; padding-left: 5mm; margin-bottom: 0.6mm }
.sidenote { position: fixed; right: -14mm; top: 120mm; width: 120mm; font-size: 6pt; color: #777;
  transform: rotate(-90deg); transform-origin: right top; font-family: "DejaVu Sans" }
.lineno { position: fixed; left: -11mm; top: 0; font-size: 6pt; color: #666; line-height: 35.5pt;
  font-family: "DejaVu Sans" }
"""


def _html_table(t: TableSpec) -> str:
    groups = [g for g, _ in t.columns]
    two_rows = any(g is not None for g in groups)
    top, sub, seen = [], [], set()
    for group, name in t.columns:
        if group is None:
            top.append(f'<th{" rowspan=2" if two_rows else ""}>{_cite_html(name)}</th>')
        elif group not in seen:
            seen.add(group)
            top.append(f'<th class="group" colspan={groups.count(group)}>{_cite_html(group)}</th>')
        if group is not None:
            sub.append(f"<th>{name}</th>")
    head = f"<tr>{''.join(top)}</tr>" + (f"<tr>{''.join(sub)}</tr>" if two_rows else "")
    body = "".join("<tr>" + "".join(f"<td>{_cite_html(c)}</td>" for c in row) + "</tr>" for row in t.rows)
    caption = f'<p class="caption"><b>Table {t.number}.</b> {_cite_html(t.caption)}</p>'
    return f'<div class="table">{caption}<table><thead>{head}</thead><tbody>{body}</tbody></table></div>'


_NO_RULES = "th, td, th.group, thead tr:first-child th, thead tr:last-child th, th[rowspan], tbody tr:last-child td " \
            "{ border: none !important }"


def html(repeat: int = 1, columns: int = 2, blocks: bool = False, rules: str = "booktabs") -> str:
    """The journal page; ``columns=1`` sets the same paper in one column (a preprint's layout);
    ``blocks``: a sans-serif face, ragged right, paragraphs apart by space instead of an indent,
    references numbered '1.' instead of '[1]'. ``rules``: the tables' rules — 'booktabs' (top,
    middle, bottom and under merged cells), 'midrule' (only the one under the header) or 'none'."""
    css = _CSS % {'journal': JOURNAL, 'year': YEAR}
    if rules in ("none", "midrule"):
        css += _NO_RULES
    if rules == "midrule":
        css += "thead tr:last-child th, th[rowspan] { border-bottom: 0.5pt solid black !important }"
    if columns == 1:
        css += ".cols { columns: auto; text-align: left; hyphens: auto }"
    if blocks:
        css += ('p { text-indent: 0 !important; margin: 0 0 2.5mm 0 } .cols { text-align: left } '
                'html { font-family: "DejaVu Sans" }')
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{_html.escape(TITLE)}</title>",
             f'<meta name="author" content="{", ".join(AUTHORS)}">',
             f"<style>{css}</style></head><body>",
             '<div class="lineno">' + "<br>".join(str(n) for n in range(5, 105, 5)) + "</div>",
             '<div class="sidenote">Downloaded from example-journal.org by a test reader on 1 March 2025</div>',
             f"<h1>{_html.escape(TITLE)}</h1>", f'<div class="authors">{", ".join(AUTHORS)}</div>',
             f'<div class="front">DOI: {DOI}<br>Received: March 3, 2024<br>Revised: May 20, 2024<br>'
             f"Published online: June 2, 2024</div>",
             f'<div class="abstract"><b>Abstract:</b> {_ABSTRACT}</div>', '<div class="cols">']
    after_caption = False
    for heading, items in _sections(repeat):
        tag = "h2" if heading.split()[0].count(".") == 1 else "h3"
        parts.append(f"<{tag}>{_html.escape(heading)}</{tag}>")
        for item in items:
            if isinstance(item, TableSpec):
                parts.append(_html_table(item))
            elif isinstance(item, tuple):
                parts.append(f'<div class="figure"></div><p class="caption"><b>{item[1]}</b> '
                             f"{_cite_html(item[2])}</p>")
                after_caption = True
                continue
            else:
                parts.append(f'<p{" class=first" if after_caption else ""}>{_cite_html(item)}</p>')
            after_caption = False
    parts.append("<h2>References</h2><div class=refs>")
    for i, r in enumerate(_REFERENCES, 1):
        r = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", _html.escape(r))
        r = re.sub(r"\*(.+?)\*", r"<i>\1</i>", r)
        parts.append(f"<p>{i}. {r}</p>" if blocks else f"<p>[{i}] {r}</p>")
    parts.append("</div></div></body></html>")
    return "".join(parts)


def paper(repeat: int = 1) -> SyntheticPaper:
    return SyntheticPaper(markdown(repeat), html(repeat))


def write_pdf(html_text: str, path: Path) -> Path:
    """Render the journal HTML to ``path`` with WeasyPrint."""
    from weasyprint import HTML

    HTML(string=html_text).write_pdf(str(path))
    return Path(path)
