"""Readings over a whole document after its sentences: the use it states, strategies of
every system, forms carried to samples, fields of absorbers, figures' samples, label
loadings, confidence.

May import every other ``ingest.extraction`` package, ``ingest.documents`` and ``ontology``.
"""
