"""Whose value it is: a value shared by samples named together, values paired with samples by
brackets or by their order, 'the former/the latter', a member of a composition family, a
sample named by description (``referents``).

May import ``ingest.extraction.{text,samples,values}`` and ``ontology``.
"""
