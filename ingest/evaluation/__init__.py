"""Measuring extraction against hand-annotated facts: strict scoring (``scoring``) and how many table
cells became measurements (``coverage``).

May import ``ingest.documents``, ``ingest.extraction`` and ``ontology``.
"""
