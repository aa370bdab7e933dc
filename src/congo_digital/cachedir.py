"""Where the per-user cache is (``congo_digital.cache``), found with the standard library
and platformdirs only, for the runs that must start fast (``cli.helpcache``)."""

from __future__ import annotations

import os

ENV = "CONGO_DIGITAL_CACHE"
"""The environment variable naming the cache folder (``off`` or empty: no cache)."""


def cache_folder() -> str | None:
    """The cache folder's path (not created here): ``CONGO_DIGITAL_CACHE``, else
    ``platformdirs.user_cache_dir("congo-digital")``; ``None`` when the cache is off
    (``CONGO_DIGITAL_CACHE=off`` or empty)."""
    base = os.environ.get(ENV)
    if base is not None and base.strip().lower() in ("", "off"):
        return None
    if base is None:
        import platformdirs

        base = platformdirs.user_cache_dir("congo-digital", appauthor=False)
    return base
