"""Lab entries: the ``LabEntry`` model and how it enters the graph (``entry``), its extra fields as
measurements (``entry_fields``), spreadsheets of entries (``tabular``), JSON/YAML from other
machines read within limits (``bounded_json``).

May import ``ingest.instruments`` and ``ontology``.
"""
