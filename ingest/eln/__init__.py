"""Electronic lab notebooks: the ELN Consortium's ``.eln`` format (RO-Crate 1.1 in a zip) and eLabFTW's API.

``archive`` checks and reads the zip, ``crate`` turns its JSON-LD graph into neutral ``ElnRecord``s,
``to_entry`` maps records onto lab entries, ``export`` writes entries as an ``.eln``; ``elabftw`` reads
and links experiments through eLabFTW's REST API v2.

May import ``ingest.entries``, ``ingest.instruments``, ``ingest.extraction`` (a heading's sample) and
``ontology``.
"""
