"""Sample naming: which materials a sentence names and how they make one sample — hosts, additives
and their amounts, composites, scaffolds, cells, notations, roles a document declares.

May import ``ingest.extraction.text`` and ``ontology``.
"""
