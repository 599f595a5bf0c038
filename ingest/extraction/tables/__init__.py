"""Tables of a paper (``ingest.documents.document.Table``) → measurements, system reports and
conflicts; rows named by prose; cells whose unit slipped.

May import ``ingest.documents``, the extraction layers before it and ``ontology``.
"""
