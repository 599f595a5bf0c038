"""Mechanism claims: which mechanism a sentence credits, for which additive or strategy, with
its phrases, materials, causes and the context of the passage.

May import ``ingest.extraction.{text,samples,values,attribution,prose}`` and ``ontology``.
"""
