"""How much work one input may cause: the bounds every interface applies, named in one place.

Every bound here exists because unbounded input was turned into unbounded work (issue 12): a 22 KB
entry with 2,000 additives gave a 300 MB analog answer, a 1 MB title was stored, 990-deep JSON
exhausted the interpreter's stack.  The values fit real lab entries, ELN records and papers with
room to spare; a refusal names the field and the limit.  They are module constants (the settings
object reads them from here), so a test or a deployment sees the same numbers everywhere.
"""
from __future__ import annotations

# -- material systems --------------------------------------------------------------------------
MAX_COMPONENTS = 16            # host + additives of one system (the literature has at most 4)
MAX_SYSTEM_TEXT_CHARS = 500    # a system notation as written ('MgH2–10 wt% Ni')

# -- extraction ------------------------------------------------------------------------------
# One sentence's readers pair every value with every mention before it, so their work grows faster
# than its length: a sentence longer than this (no paper's is: the review's longest has 590
# characters) is read as clauses of at most this length, cut at a ';', else a ',', else a space.
MAX_SENTENCE_CHARS = 2_000

# -- lab entries -------------------------------------------------------------------------------
MAX_SHORT_TEXT_CHARS = 500     # title, author, project, ids, labels, tags, terms, units, names
MAX_LONG_TEXT_CHARS = 100_000  # notes, observations, descriptions (an ELN record's main text)
MAX_SAMPLES = 200              # samples per entry
MAX_MEASUREMENTS = 2_000       # measurements per sample
MAX_LIST_ITEMS = 1_000         # tags, observations, strategies, synthesis steps, files … per list
MAX_CONDITIONS = 50            # conditions per measurement
MAX_ENTRY_FILE_BYTES = 8 * 1024 ** 2   # an entry file (YAML/JSON) read by 'hkg entry add/edit'
# a table 'hkg import table' reads: a CSV's bytes, or a workbook's sheets unpacked (a 2.5 MB .xlsx of
# 300,000 rows took 49 s and 400 MB; a zip bomb of a workbook would take the memory). A lab's sheet
# of measurements stays far below.
MAX_TABLE_BYTES = 64 * 1024 ** 2
# a raw curve 'hkg entry attach' stores (CSV/TSV): a 2-million-point logger file is 19 MB; the file is read
# whole, to store it and to derive values from it
MAX_CURVE_FILE_BYTES = 64 * 1024 ** 2

# -- JSON from outside (entry files, ro-crate-metadata.json, backups) ---------------------------
MAX_JSON_DEPTH = 64            # nesting of objects/arrays; real documents stay below 15
MAX_JSON_BYTES = 64 * 1024 ** 2  # one JSON document (the largest .eln metadata we accept)
# values, lists and mappings of one YAML entry document with every alias (*name) expanded: nine anchors of
# nine aliases each (a 400-byte 'billion laughs' file) stand for 387 million values and held
# 'hkg entry add' and the Sources page's editor for minutes; an 8 MB entry written out holds under 1 million
MAX_DOCUMENT_VALUES = 1_000_000

# -- a user's Cypher (query console, 'hkg query', the Python API) -------------------------------
# The guard admits reads only, but a read alone could hold the app: a variable-length path over the
# whole graph ran for minutes, and 'UNWIND range(1, 3000000)' became three million Python dicts.
MAX_QUERY_ROWS = 100_000       # rows one query may answer (the console shows at most 5,000)
QUERY_TIMEOUT_SECONDS = 30.0   # default of HKG_QUERY_TIMEOUT: the engine stops a query running longer

# -- analog answers ----------------------------------------------------------------------------
MAX_ANALOGS = 200              # results of one analog search (top)
MAX_QUERY_CHARS = 1_000        # typed query text
MAX_PATHS_PER_FACET = 5        # explanation paths per facet of one result (5 additives sharing Ni …)
MAX_PATHS_PER_ANALOG = 40      # explanation paths per result, all facets
MAX_ANALOG_SOURCES = 100       # sources listed per result
MAX_PATH_NAME_CHARS = 200      # a node's name inside an explanation path
MAX_PATH_SOURCES = 20          # sources listed per explanation path
