"""Strict figures of the extractor on the fresh abstracts (laid out as a dev set), per document."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())
from ui.cli.bench_strict import print_claim_misses, styles_figures  # noqa: E402

folder = Path("tests/fresh/h2")
listing: list = []
res = styles_figures(folder, listing=listing)
a = res["all"]
print("ALL facts", a["facts"], "rows", a["extracted"], "strict P %.3f R %.3f" % (a["strict"]["precision"], a["strict"]["recall"]),
      "lenient P %.3f R %.3f" % (a["lenient"]["precision"], a["lenient"]["recall"]),
      "mechR", a["mechanisms"]["recall"], "mechP", a["mechanisms"]["precision"])
if "-v" in sys.argv:
    print_claim_misses(listing)
