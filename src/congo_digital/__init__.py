"""congo-digital: parse the raw text or HTML of a news article into a typed record.

Public API (imported lazily, so that ``congo-digital --help`` stays fast):

* ``parse_text(text, *, url=None, language=None)``, ``parse_html(html, *, url=None)``,
  ``parse_file(path)`` -> ``Article``, and ``parse_many(paths, jobs=N)``, an iterator of
  ``Article`` in the paths' order (``congo_digital.api``); each takes ``parties=False`` and
  ``topics=False`` to skip those steps;
* ``parse_bytes(data, *, path=None)`` and ``parse_path(path, *, max_bytes=...)`` -> ``Article``
  (``congo_digital.pipeline``), the lower-level forms;
* ``Article`` and its parts (``congo_digital.model``);
* ``InputError``, the one error the parse functions raise for bad input, with its ``kind``
  (``congo_digital.errors``);
* with the ``[dask]`` extra, ``congo_digital.dask.parse_bag(paths_or_warcs)``, a
  ``dask.bag.Bag`` of records (imported only as ``congo_digital.dask``).
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Article", "InputError", "parse_bytes", "parse_file", "parse_html", "parse_many", "parse_path",
           "parse_text"]

_LAZY = {
    "parse_text": "congo_digital.api",
    "parse_html": "congo_digital.api",
    "parse_file": "congo_digital.api",
    "parse_many": "congo_digital.api",
    "parse_bytes": "congo_digital.pipeline",
    "parse_path": "congo_digital.pipeline",
    "Article": "congo_digital.model",
    "InputError": "congo_digital.errors",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'congo_digital' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_LAZY))
