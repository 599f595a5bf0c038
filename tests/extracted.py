"""What extraction reads from a test's own sentences, in the shapes the tests compare (one place for the
projections several test files share)."""
from ingest.extract import extract_text


def property_values(text: str) -> list[tuple[str, float]]:
    """(property, value) of every measurement extracted from ``text``, values rounded to 4 places."""
    return [(m.property, round(m.value, 4)) for m in extract_text(text).measurements]


def records(text: str, kind: str = "measurement") -> list[dict]:
    """The records of ``kind`` (measurement, mechanism) `hkg extract --jsonl` prints for ``text``."""
    from ui.cli.extract import contract_rows

    return [r for r in contract_rows(extract_text(text, source_id="test")) if r["kind"] == kind]


def claim_tuples(text: str, source_id: str = "src:test") -> set[tuple[str, str | None, str | None, str | None]]:
    """(mechanism, host, additive, strategy) of every mechanism claim read from ``text`` as a paper's prose."""
    from ingest.documents.document import parse_document
    from ingest.extract import _prose_sentences
    from ingest.extraction.mechanisms.mechanisms import mechanism_claims

    doc = parse_document("# A test paper\n\n" + text + "\n")
    return {(c.mechanism, c.host, c.additive, c.strategy) for c in mechanism_claims(_prose_sentences(doc), source_id)}


def sample_rows(text: str) -> set[tuple]:
    """(property, value, components, strategies) of every measurement record of ``text``: each component as
    (material, role, amount, amount unit), the host first, so a test asserts the whole measured system."""
    return {(r["property"], r["value"],
             tuple((c["material"], c["role"], c["amount"], c["amount_unit"]) for c in r["components"]),
             tuple(r["strategies"]))
            for r in records(text)}


def component_amounts(text: str) -> set[tuple]:
    """(material, amount, amount unit) of every component of the text's measurement records."""
    return {(c[0], c[2], c[3]) for row in sample_rows(text) for c in row[2]}


def systems_by_value(text: str) -> dict[float, str]:
    """value -> the system name of its record (the last record of a value wins)."""
    return {r["value"]: r["system"] for r in records(text)}


def parts_by_value(text: str) -> dict[float, str]:
    """value -> its record's host and additives joined by '–', amounts left out ('MgH2–5 wt% Fe2O3' is 'MgH2–Fe2O3')."""
    return {r["value"]: "–".join(c["material"] for c in r["components"]) for r in records(text)}
