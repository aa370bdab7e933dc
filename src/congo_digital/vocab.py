"""Access to the package's data files (loaded lazily, once).

``layout()`` returns ``data/layout.json``: the byline prefixes, credit labels, date
labels, footer and noise phrases and time-zone offsets that the layout, byline and date
rules read.  Phrases are lowercase; matching is done on lowercased, whitespace-collapsed
lines.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_json(name: str) -> Any:
    """Return the parsed JSON data file ``congo_digital/data/<name>``.

    Raises ``FileNotFoundError`` when the package was installed without its data.
    """
    return json.loads(resources.files("congo_digital").joinpath("data", name).read_text("utf-8"))


@cache
def layout() -> dict[str, Any]:
    """Return the layout word lists (``data/layout.json``)."""
    return load_json("layout.json")


@cache
def phrase_set(key: str) -> frozenset[str]:
    """Return the ``layout.json`` list ``key`` as a frozenset of lowercase phrases."""
    return frozenset(layout()[key])
