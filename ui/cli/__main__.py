"""`python -m ui.cli …` is `hkg …`."""
import sys

from . import main

sys.exit(main())
