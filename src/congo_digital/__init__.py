"""congo-digital: parse the raw text or HTML of a news article into a typed record.

Public API (imported lazily, so that ``congo-digital --help`` stays fast):

* ``parse_bytes(data, *, path=None) -> Article`` and ``parse_path(path, *, max_bytes=...)
  -> Article`` (``congo_digital.pipeline``);
* ``Article`` and its parts (``congo_digital.model``);
* ``InputError``, the one error the parse functions raise for bad input
  (``congo_digital.errors``).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Article", "InputError", "parse_bytes", "parse_path"]

_LAZY = {
    "parse_bytes": "congo_digital.pipeline",
    "parse_path": "congo_digital.pipeline",
    "Article": "congo_digital.model",
    "InputError": "congo_digital.errors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'congo_digital' has no attribute {name!r}")
