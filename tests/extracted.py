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
