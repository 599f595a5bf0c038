"""Instrument files labs export → ``Curve`` (EC-Lab, Gamry, NETZSCH, TA Instruments, CSV/TSV) and
the values derived from curves; ``curve_formats`` tells which reader a file needs.

May import ``ontology`` only.
"""
