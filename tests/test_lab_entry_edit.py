"""A saved lab entry changed from the Sources page: a curve attached, the entry edited, an old
revision read — each change a new revision through the lab notebook service, as with `hkg entry`."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "entry_li_electrolyte.json"
MGH2 = {"title": "MgH2 milled with Nb2O5", "author": "A. Tester",
        "samples": [{"id": "S1", "system": "MgH2 + 5 wt% Nb2O5",
                     "measurements": [{"property": "hydrogen_capacity", "value": 6.0, "unit": "wt%"}]}]}


@dataclass
class Upload:
    """What the page's file uploader hands over: a name and the bytes."""

    name: str
    data: bytes

    def getvalue(self) -> bytes:
        return self.data


def _tpd(peak_c: float, rate: str | None = "5 K/min") -> bytes:
    T = np.linspace(100, 450, 351)
    signal = 0.02 + np.exp(-0.5 * ((T - peak_c) / 18) ** 2)
    head = f"# heating_rate: {rate}\n" if rate else ""
    return (head + "T (°C),signal (a.u.)\n" + "\n".join(f"{a:.2f},{b:.5f}" for a, b in zip(T, signal))).encode()


def _notebook(tmp_path, doc=MGH2, entry_id="mg1"):
    from kg.notebook import LabNotebook

    nb = LabNotebook(tmp_path, graph=False)
    nb.add(nb.validate(doc), author="tester", entry_id=entry_id)
    return nb


def test_a_previewed_curve_is_attached_as_a_new_revision(tmp_path):
    from ui.app import lab_entry as le

    nb = _notebook(tmp_path)
    uploads = [Upload("tpd_5K.csv", _tpd(310))]
    options = le.AttachOptions(kind="tpd")
    rows = le.derived_rows(le.preview_attach(uploads, options))
    assert {"onset dehydrogenation temperature", "peak dehydrogenation temperature"} <= {
        r["property"].lower() for r in rows}
    assert [r.revision for r in nb.history("mg1")] == [1]           # a preview writes nothing
    saved = le.save_attach(nb, "mg1", uploads, options, base=1, author="curie", comment="first run")
    (r1, r2) = nb.history("mg1")
    assert r2.revision == saved.revision == 2 and r2.author == "curie" and "first run" in r2.comment
    assert not r1.document.get("files")                              # r1 kept as it was
    assert [f["name"] for f in r2.document["files"]] == ["tpd_5K.csv"]
    measured = r2.document["samples"][0]["measurements"]
    assert any(m.get("derived_from") == "tpd_5K.csv" for m in measured)


def test_the_services_refusals_are_shown_under_the_box_they_name(tmp_path):
    from ui.app import lab_entry as le

    two = dict(MGH2, samples=[MGH2["samples"][0], {"id": "S2", "system": "MgH2"}])
    nb = _notebook(tmp_path, two)
    curves = [Upload("a.csv", _tpd(300, None)), Upload("b.csv", _tpd(320, None))]
    with pytest.raises(le.FieldErrors) as rates:
        le.preview_attach(curves, le.AttachOptions(kind="kissinger", heating_rates="2"))
    assert list(rates.value.errors) == ["heating_rates"] and "2 files" in rates.value.errors["heating_rates"][0]
    with pytest.raises(le.FieldErrors) as which:
        le.save_attach(nb, "mg1", [Upload("a.csv", _tpd(300))], le.AttachOptions(kind="tpd"), base=1, author="c")
    assert list(which.value.errors) == ["sample"] and "S1|S2" in which.value.errors["sample"][0]
    with pytest.raises(le.FieldErrors) as none:
        le.preview_attach([], le.AttachOptions(kind="tpd"))
    assert list(none.value.errors) == ["files"]
    assert [r.revision for r in nb.history("mg1")] == [1]            # nothing half-written


def test_an_edit_refused_by_the_entry_rules_names_the_field(tmp_path):
    from ui.app import lab_entry as le

    nb = _notebook(tmp_path)
    text = le.entry_text(nb.get("mg1").document).replace("unit: wt%", "unit: parsec")
    with pytest.raises(le.FieldErrors) as bad:
        le.check_edit(nb, text)
    assert any(path.startswith("samples[0].measurements[0]") for path in bad.value.errors), bad.value.errors
    with pytest.raises(le.FieldErrors, match="line 2"):
        le.check_edit(nb, "title: x\n  - : [\n")


def test_an_entry_naming_a_file_not_stored_points_to_where_files_are_attached(tmp_path):
    # The hint said "(or the Record page)", which cannot attach files.
    from ontology.errors import UserError

    nb = _notebook(tmp_path)
    doc = dict(nb.get("mg1").document, files=[{"name": "tpd.csv", "sha256": "0" * 64}])
    with pytest.raises(UserError) as refused:
        nb.check_files(doc, "mg1")
    assert "Sources page" in str(refused.value) and "Record page" not in str(refused.value)


# ------------------------------------------------------------------------------ the page
def _page(monkeypatch, folder, entry_id):
    from app_pages import page_test

    at = page_test(monkeypatch, folder, "4_Sources.py")
    at.query_params["source"] = f"lab:{entry_id}"
    return at.run()


def _button(at, label):
    (button,) = [b for b in at.button if b.label == label]
    return button



def test_an_entry_is_edited_on_its_page_and_its_old_revision_stays_readable(saved_entry, monkeypatch):
    folder, repo = saved_entry
    at = _page(monkeypatch, folder, "li1")
    assert not at.exception, at.exception
    _button(at, "Load revision 1 into the editor").click().run()
    (editor,) = [t for t in at.text_area if t.label.startswith("Entry (YAML")]
    assert "LiBH4-LiI electrolyte conductivity" in editor.value
    editor.set_value(editor.value.replace("LiBH4-LiI electrolyte conductivity", "LiBH4-LiI, second batch")).run()
    _button(at, "Preview").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    _button(at, "Save as a new revision").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert [r.revision for r in repo.history("li1")] == [1, 2]
    assert repo.get("li1").document["title"] == "LiBH4-LiI, second batch"
    assert any("revision 2" in s.value for s in at.success)
    shown = at.selectbox(key="entry_revision_shown_2")
    assert shown.value == 2
    shown.set_value(1).run()
    assert "LiBH4-LiI electrolyte conductivity" in at.code[0].value     # revision 1, read-only


def test_an_edit_after_someone_elses_save_gets_the_conflict(saved_entry, monkeypatch, capsys):
    from ui.cli import main

    folder, repo = saved_entry
    at = _page(monkeypatch, folder, "li1")
    _button(at, "Load revision 1 into the editor").click().run()
    other = folder.parent / "other.json"
    other.write_text(json.dumps(dict(json.loads(FIXTURE.read_text()), title="changed elsewhere")))
    assert main(["entry", "edit", "li1", str(other), "--base", "1", "--data-dir", str(folder), "--user", "bob"]) == 0
    capsys.readouterr()
    _button(at, "Save as a new revision").click().run()
    assert not at.exception, at.exception
    (refused,) = [e.value for e in at.error]
    assert "li1" in refused and "revision" in refused and not refused.startswith("Reading sources"), refused
    assert at.markdown and any(m.value == "**Revisions**" for m in at.markdown)   # the page goes on
    assert [r.author for r in repo.history("li1")] == ["curie", "bob"]       # bob's revision stands


def test_an_attach_refusal_is_shown_under_its_box(saved_entry, monkeypatch):
    # The uploader cannot be driven here: the refusal is put where the page keeps it after a click
    # (tests/e2e/test_lab_entry_browser.py drives the uploader itself).
    folder, _ = saved_entry
    at = _page(monkeypatch, folder, "li1")
    at.session_state["attach_errors"] = {"heating_rate": ["no heating rate — fix: give it, e.g. 5 K/min"]}
    at.run()
    assert not at.exception, at.exception
    texts = [e.value for e in at.error]
    assert any("no heating rate" in t for t in texts), texts
    at.run()                                                         # shown once, gone at the next run
    assert not any("no heating rate" in e.value for e in at.error)


def test_every_kind_the_service_takes_has_its_words_and_boxes_on_the_page():
    # (the service gained 'eis' and instrument options after the page was written: its select box then failed)
    from kg.notebook import ATTACH_KINDS
    from ui.app import lab_entry as le
    from ui.app.lab_entry_views import KIND_LABELS
    assert set(ATTACH_KINDS) == set(KIND_LABELS) == set(le.KIND_OPTIONS)
    fields = set(vars(le.AttachOptions(kind="tpd")))
    assert all(set(opts) <= fields for opts in le.KIND_OPTIONS.values())
    assert set(le.AttachOptions(kind="eis", thickness="1 mm").service_args()) >= {"thickness", "area", "active_mass"}


def test_the_preview_derives_with_every_option_the_save_passes(monkeypatch):
    # (a preview of impedance spectra lost the pellet's thickness and area and the spectra's temperatures)
    import kg.notebook
    from ui.app import lab_entry as le
    seen = {}
    monkeypatch.setattr(kg.notebook, "derive_from_curves", lambda paths, kind, **kw: seen.update(kw, kind=kind) or [])
    options = le.AttachOptions(kind="arrhenius", temperatures="25,50 degC", thickness="1 mm", area="0.5 cm^2",
                               active_mass="2 mg")
    le.preview_attach([Upload("a.csv", b"T (K),sigma (S/cm)\n300,1e-4\n")], options)
    assert seen["kind"] == "arrhenius"
    assert {k: seen[k] for k in ("temperatures", "thickness", "area", "active_mass")} == {
        "temperatures": "25,50 degC", "thickness": "1 mm", "area": "0.5 cm^2", "active_mass": "2 mg"}
