"""The optional extras (``[warc]``, ``[parquet]``, ``[dask]``): imported only where a command
or a function asks for them, and a one-line message naming the extra when one is missing.
"""

from __future__ import annotations

import importlib
from types import ModuleType

EXTRAS = {"warcio": "warc", "pyarrow": "parquet", "dask": "dask", "distributed": "dask"}
"""Each optional module and the extra of ``pyproject.toml`` that installs it."""


class MissingExtra(ImportError):
    """An optional module is not installed; ``str()`` is the line for stderr, with the
    ``pip install`` command that adds it."""


def require(module: str, purpose: str) -> ModuleType:
    """Import ``module`` (a key of ``EXTRAS``, or one of its submodules) and return it.

    ``purpose`` says what needs it (``"reading WARC files"``).  Raises ``MissingExtra`` when
    it is not installed."""
    try:
        return importlib.import_module(module)
    except ImportError:
        extra = EXTRAS[module.split(".")[0]]
        raise MissingExtra(f"congo-digital: {purpose} needs the optional extra [{extra}]: "
                           f'pip install "congo-digital[{extra}]"') from None
