"""The whole test session reads names with the default recogniser, the rules.

With spaCy and a pipeline installed (the ``spacy`` extra), ``auto`` would use spaCy for the
languages it has a pipeline for, and the eval gate, the golden records and the parties tests
(all pinned on the rules) would depend on what else is installed.  The spaCy tests ask for
spaCy explicitly (``tests/unit/test_recogniser_spacy.py``); subprocesses inherit the setting.
"""

from __future__ import annotations

import os

os.environ["CONGO_DIGITAL_RECOGNISER"] = "rules"
