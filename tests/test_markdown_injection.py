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
    assert shown.replace("\\", "") == HOSTILE                # and nothing else changed
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
