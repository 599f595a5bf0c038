"""ingest.extraction.tables.tables: host-group labels that a PDF conversion misplaced go back to the rows they span,
and a citation cell the conversion dropped is recovered from the table's citation order."""
from ingest.documents.document import parse_document
from ingest.extraction.tables.tables import table_facts

# A converted table in the corpus's form: the LiBH4 label landed two rows before its first row
# (on a row whose citation cell was lost), and the rows after it have their catalyst in the host
# column. Only the first and the sixth rows are cited by prose that names a host.
DOC = """# Catalysed light hydrides, a test paper

DOI: 10.9999/groups.2026.001

## 2. Catalysts

Nickel made MgH<sub>2</sub> release hydrogen at lower temperature.<sup>[11]</sup> Chlorides such as TiCl<sub>3</sub> were milled with LiBH<sub>4</sub> at high loading.<sup>[16]</sup>

**Table 1.** Catalysts of two hosts.

Hydride\tCatalyst\tDoping ratio (wt%)\tDesorption temperature (Onset / Peak, °C)\tHydrogenation performance\tEa (des) / Ea (abs)\tRefs.
Mg/MgH <sub>2</sub>\tNi\t5\t200/260\t3 MPa 250 °C 6.5 wt%\t80/-\t[11]
\tCo\t8\t210/270\t3 MPa 260 °C 6.4 wt%\t85/-\t[12]
\tFe\t6\t205/265\t2 MPa 240 °C 6.6 wt%\t78/-\t[13]
\tLiBH <sub>4</sub>\tCr\t5\t215/275\t3 MPa 250 °C 6.2 wt%\t82/
Mn\t\t7\t220/280\t3 MPa 270 °C 6.3 wt%\t88/-\t[15]
TiCl <sub>3</sub>\t\t30\t100/400\t10 MPa 450 °C 8.0 wt%\t140/-\t[16]
ZrCl <sub>4</sub>\t\t40\t120/420\t12 MPa 500 °C 7.5 wt%\t150/-\t[17]
NbF <sub>5</sub>\t\t35\t110/410\t10 MPa 480 °C 7.8 wt%\t145/-\t[18]

## References

""" + "\n".join(f"- [{n}] A. Author{n}, *J. Test* **2020**, {n}, 1." for n in range(11, 19)) + "\n"


def _facts():
    doc = parse_document(DOC)
    return table_facts(doc, "src:groups")


def test_rows_between_evidence_go_to_the_group_their_values_resemble():
    b = _facts()
    hosts = {r.source.row: r.system.host.formula for r in b.reports}
    assert hosts == {1: "MgH2", 2: "MgH2", 3: "MgH2", 4: "MgH2", 5: "MgH2",
                     6: "LiBH4", 7: "LiBH4", 8: "LiBH4"}
    moved = {c.source.row: (c.candidates, c.chosen) for c in b.conflicts}
    assert moved == {4: (["LiBH4", "MgH2"], "MgH2"), 5: (["LiBH4", "MgH2"], "MgH2")}
    # the values of a moved row are the values of the MgH2 system
    ea = [m for m in b.measurements if m.source.row == 5 and m.property == "dehydrogenation_activation_energy"]
    assert [m.system.name for m in ea] == ["MgH2–7 wt% Mn"]


def test_dropped_citation_is_recovered_from_the_citation_order():
    b = _facts()
    refs = {r.source.row: r.source.refs for r in b.reports}
    assert refs[4] == ["14"] and refs[3] == ["13"] and refs[5] == ["15"]


def test_no_recovery_when_the_gap_is_not_one_reference():
    text = DOC.replace("\t[15]", "\t[19]")        # neighbours 13 and 19: nothing can be inferred
    b = table_facts(parse_document(text), "src:groups")
    assert {r.source.row: r.source.refs for r in b.reports}[4] == []


def test_label_position_kept_when_no_prose_speaks_for_the_next_group():
    text = DOC.replace("<sup>[16]</sup>", "")     # no evidence for LiBH4 rows: the label decides
    b = table_facts(parse_document(text), "src:groups")
    hosts = {r.source.row: r.system.host.formula for r in b.reports}
    assert hosts[3] == "MgH2" and hosts[4] == "LiBH4" and hosts[8] == "LiBH4"
    assert b.conflicts == []
