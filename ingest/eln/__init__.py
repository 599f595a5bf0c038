"""The ELN Consortium's ``.eln`` format (RO-Crate 1.1 in a zip): safe reading, import, export.

``archive`` checks and reads the zip, ``crate`` turns its JSON-LD graph into neutral ``ElnRecord``s,
``to_entry`` maps records onto lab entries, ``export`` writes entries as an ``.eln``.
"""
