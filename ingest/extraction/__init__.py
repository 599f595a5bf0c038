"""Extraction rules: one sentence, passage and document at a time → measurements, samples, claims.

Sub-packages in layer order (each may import only the ones before it): ``text`` → ``samples`` →
``values`` → ``attribution`` → ``prose`` → ``mechanisms`` → ``tables`` → ``document_wide``.
May import ``ingest.documents`` (the parsed paper) and ``ontology``; never ``ingest.extract``,
``ingest.entries``, ``ingest.eln``, ``ingest.instruments`` or ``kg``/``ui``.
"""
