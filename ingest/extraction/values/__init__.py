"""What a number is: the property its unit and words say (``property_cues``, ``value_roles``), the
conditions it was measured at (``value_conditions``), written reactions and the values derived
from them, and values that are no property of the sample (goals, classes, products' settings).

May import ``ingest.extraction.text``, ``ingest.extraction.samples`` and ``ontology``.
"""
