"""The text layer every reader shares: the spaCy pipeline (``nlp``: tokenizer, ontology matchers),
numbers and units as papers print them (``quantity_text``, ``amounts``, ``per_cent_words``), the
word lists read from the ontology (hedges, comparisons, changes, preparation verbs, copula) and
repairs of PDF copies (``pdf_copy``, ``spaced_words``).

May import ``ontology`` only (the bottom layer of ``ingest.extraction``).
"""
