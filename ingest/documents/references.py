"""The reference list of a paper as Reference objects (parsed by ingest.documents.document)."""
from .document import citation_keys, parse_references, references

__all__ = ["citation_keys", "parse_references", "references"]
