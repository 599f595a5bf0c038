"""Document readers: a paper's Markdown → sections, sentences, tables, references (``document``),
PDF → Markdown (``pdf``), reference lists (``bibliography``), finding a source's own text.

May import ``ingest.extraction.text`` (text repairs, hedge words) and ``ontology``; never the
extraction rules above it, ``ingest.extract`` or ``kg``/``ui``.
"""
