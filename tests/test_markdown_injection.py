"""Text from papers, archives and users is shown as itself in the pages' Markdown.

Streamlit's st.markdown, st.caption and st.error render Markdown: a paper's table or section name,
an archive's publisher or an error quoting what was typed could put a link or a remote image (one
that reports who looked) on a curator's page. Raw HTML was already off; these were not escaped.
"""
from __future__ import annotations

import re

from app_pages import page_test

HOSTILE = "![seen](https://evil.example/p.png) [sign in again](https://evil.example/login) $x$ :red[alarm]"


def test_md_text_escapes_links_images_math_and_colours():
    from ui.app.display import md_text

    shown = md_text(HOSTILE)
    assert not re.search(r"(?<!\\)[\[\]()!$:]", shown)      # every markup character escaped
    assert shown.replace("\\", "").replace("\u2060", "") == HOSTILE   # and nothing else changed (U+2060: unlinked)
    assert md_text("first\n  - second", keep_lines=True) == "first  \n\\- second"


def test_an_error_quoting_the_query_shows_its_text_not_a_link(monkeypatch, tmp_path):
    at = page_test(monkeypatch, tmp_path, "9_Query_console.py").run()
    assert not at.exception
    at.text_area[0].set_value(f'MATCH (n) RETURN n.id AS x "{HOSTILE}"')
    at.button[0].click()
    at.run()
    assert not at.exception
    (error,) = at.error
    assert "evil" in error.value and "](https" not in error.value and "![" not in error.value


# Bare addresses: GitHub-flavoured Markdown links 'https://…', 'www.…' and 'name@host.org' in the text
# the escapes leave, so escaping their punctuation did not stop them (checked in Chromium: one link each).
BARE = "see https://evil.example/login, www.evil.example or help@evil.example; HTTP://EVIL.EXAMPLE; mailto:x"
AUTOLINKED = re.compile(r"(?i)(?:https?|ftp|mailto|xmpp)\\?:|www\\?\.|[-.\w+]@[-\w]+(?:\\?\.[-\w]+)+")


def test_md_text_leaves_no_bare_address_to_link():
    from app_pages import shown_text

    from ui.app.display import md_text

    shown = md_text(BARE)
    assert not AUTOLINKED.search(shown), shown
    assert shown_text(shown) == BARE                          # reads the same
    assert md_text("LiBH4@SBA-15 and Mg(BH4)2@C") == r"LiBH4@SBA\-15 and Mg\(BH4\)2@C"   # near miss: formulas


PAPER = """# Hydrogen release from doped MgH2

doi: 10.9999/hostile.heading.2026

## 1. Results https://evil.example/a ![seen](https://evil.example/p.png) **loud**

Our MgH2 + 5 wt% Nb2O5 powder started to give off hydrogen at 205 °C.

### 1.1 Kinetics :red[alarm] [sign in again](https://evil.example/login)

The MgH2 + 5 wt% Nb2O5 powder had a dehydrogenation activation energy of 71 kJ/mol.
"""


def test_a_papers_headings_are_shown_as_text_on_the_sources_page(monkeypatch, tmp_path):
    """A heading of an added paper titled the page's section boxes as Markdown: links, a remote image
    and colours on a curator's page (seen in Chromium: 4 links, 1 image)."""
    from app_pages import page_test, shown_text

    at = page_test(monkeypatch, tmp_path, "4_Sources.py", timeout=60).run()
    at.text_area(key="paper_text").set_value(PAPER)
    at.button(key="paper_extract").click().run()
    at.button(key="paper_load").click().run()
    assert not at.exception
    at.query_params["source"] = "doi:10.9999/hostile.heading.2026"
    at.run()
    heads = [e.label for e in at.expander if shown_text(e.label).startswith("§ 1")]
    assert len(heads) == 2 and not at.exception
    for head in heads:
        assert not re.search(r"(?<!\\)[\[\]()!$:*]", head), head   # every markup character escaped
        assert not AUTOLINKED.search(head), head                   # and no bare address
    assert "Results https://evil.example/a ![seen](https://evil.example/p.png) **loud**" in shown_text(heads[0])


def test_a_link_to_a_source_the_graph_lacks_says_so(monkeypatch, data_dir):
    """'Sources?source=lab:../../etc' (a typed link, a deleted entry's link) opened the review's facts
    without a word: a chemist read them as the linked entry's."""
    from app_pages import page_test, shown_text

    at = page_test(monkeypatch, data_dir, "4_Sources.py", timeout=60)
    at.query_params["source"] = "lab:../../etc [x](https://evil.example)"
    at.run()
    assert not at.exception
    (warning,) = [w for w in at.warning if "holds no source" in shown_text(w.value)]
    assert "lab:../../etc [x](https://evil.example)" in shown_text(warning.value)
    assert not AUTOLINKED.search(warning.value) and "](" not in warning.value
    at.run()                                           # said once
    assert not [w for w in at.warning if "holds no source" in shown_text(w.value)]


def test_near_miss_a_link_to_a_source_the_graph_holds_opens_it_without_a_warning(monkeypatch, data_dir):
    from app_pages import page_test

    from kg.store import open_store

    with open_store("ladybug", data_dir=data_dir, read_only=True) as s:
        some = s.query("MATCH (x:Source) RETURN x.id AS id ORDER BY x.id LIMIT 1")[0]["id"]
    at = page_test(monkeypatch, data_dir, "4_Sources.py", timeout=60)
    at.query_params["source"] = some
    at.run()
    assert not at.exception and not [w for w in at.warning if "holds no source" in w.value]
    assert at.selectbox(key="source_choice").value == some


def test_the_markdown_report_holds_no_html_element_from_a_lab_entry():
    """A lab entry's title '<img src=x onerror=…>' or '<script>' went into the Markdown gap report as it
    was: a viewer that renders HTML made it an element. A bound ('< 300 °C') is left as written."""
    from datetime import UTC, datetime

    from kg.gaps.model import GapReport, GraphVersion, LabComparison, ReportFilters
    from ui.report.render import to_markdown

    version = GraphVersion(backend="ladybug", content_hash="x", counts={}, ontology_version="1",
                           app_version="0", generated=datetime.now(UTC))
    lab = LabComparison(entry="lab:x", entry_title="<img src=x onerror=alert(1)> <script>s</script> <!-- c --> < 300 °C",
                        system="MgH2", property="onset_dehydrogenation_temperature", value=250, unit="degC",
                        n_literature=0, caveats=["<b>heating rate</b> differs"])
    md = to_markdown(GapReport(title="Gaps", filters=ReportFilters(), version=version, lab=[lab]))
    assert not re.search(r"<(?=[A-Za-z/!?])", md), md
    assert "&lt;img src=x onerror=alert(1)> &lt;script>s&lt;/script> &lt;!-- c --> < 300 °C" in md
