"""The sentence reader: ``prose.extract_sentences`` and the ``prose_*`` modules it composes (the
measurements of a sentence, its subject, baselines, settings, the context carried between
sentences) and ``respectively`` (values given as lists, paired with the samples and properties).

May import ``ingest.extraction.{text,samples,values,attribution}`` and ``ontology``.
"""
