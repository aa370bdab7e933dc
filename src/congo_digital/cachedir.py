"""Where the per-user cache is (``congo_digital.cache``), found with the standard library
and platformdirs only, for the runs that must start fast (``cli.helpcache``).

The folder is ``platformdirs.user_cache_dir("congo-digital")``.  Importing platformdirs is a
twentieth of a cold ``parse``, so its answer is remembered: a file ``where.txt`` in the folder
it names holds what the answer was computed from (platformdirs' installed files, the
platform, the user ids and the environment variables platformdirs reads; a line for each
environment that shares the folder), and a later run
whose own inputs are the same takes the folder without importing platformdirs.  A run looks
for that file only where the answer usually is on POSIX systems (``$XDG_CACHE_HOME``,
``~/.cache``, ``~/Library/Caches``), so a folder found there is one platformdirs named for
the same inputs; anywhere else (Windows, a changed variable, an upgraded platformdirs)
platformdirs is asked, as before.
"""

from __future__ import annotations

import os
import sys
import zlib

ENV = "CONGO_DIGITAL_CACHE"
"""The environment variable naming the cache folder (``off`` or empty: no cache)."""

NAME = "congo-digital"
"""The application name the cache folder is named after."""

MARKER = "where.txt"
"""The file in the cache folder that remembers platformdirs' answer: one line per set of inputs."""

KEPT = 8
"""``where.txt`` keeps the lines of this many sets of inputs."""

_READ = ("HOME", "XDG_CACHE_HOME", "ANDROID_DATA", "ANDROID_ROOT", "SHELL", "PREFIX")
"""The environment variables platformdirs reads on POSIX systems to find the cache folder."""


SEAL = b"CDG1"
"""The first bytes of a sealed cache file (``seal``): a format mark."""

_HEAD = len(SEAL) + 12


def seal(payload: bytes) -> bytes:
    """``payload`` as a cache file holds it: ``SEAL``, the payload's CRC-32 (4 bytes) and
    length (8 bytes), little-endian, then the payload.  ``unseal`` gives it back."""
    return SEAL + zlib.crc32(payload).to_bytes(4, "little") + len(payload).to_bytes(8, "little") + payload


def unseal(blob: bytes) -> memoryview | None:
    """The payload of ``blob`` (a file written by ``seal``; a view, not a copy), or ``None`` when it is damaged:
    another mark, another length (a truncated or extended file) or another CRC-32 (changed
    bytes).  A CRC-32 finds any change of up to 32 consecutive bits and all but one in four
    billion others; it costs about 0.1 ms a megabyte."""
    if blob[:len(SEAL)] != SEAL or len(blob) < _HEAD:
        return None
    payload = memoryview(blob)[_HEAD:]
    if int.from_bytes(blob[len(SEAL) + 4:_HEAD], "little") != len(payload):
        return None
    if zlib.crc32(payload) != int.from_bytes(blob[len(SEAL):len(SEAL) + 4], "little"):
        return None
    return payload


def line_key(lines: list[str]) -> str:
    """A cache key for ``lines`` (the stamps an entry depends on): the CRC-32 of the lines
    joined by newlines, as 8 hex digits.  Returns a str; raises nothing."""
    return f"{zlib.crc32(chr(10).join(lines).encode()):08x}"


def package_stamp(name: str) -> str:
    """The size and time of the ``__init__.py`` file and folder of the package ``name`` that
    ``import name`` would find on ``sys.path`` (changed by an upgrade), or ``-``; without
    importing it."""
    for folder in sys.path:
        init = os.path.join(folder or ".", name, "__init__.py")
        if os.path.isfile(init):
            return f"{stat_line(init)}:{stat_line(os.path.dirname(init))}"
    return "-"


def stat_line(path: str) -> str:
    """``NAME:SIZE:MTIME_NS`` of the file or folder ``path``, or ``-`` when it is absent."""
    try:
        st = os.stat(path)
    except OSError:
        return "-"
    return f"{os.path.basename(path)}:{st.st_size}:{st.st_mtime_ns}"


def _inputs(folder: str) -> str | None:
    """The line of ``where.txt`` for the answer ``folder`` under this process's inputs
    (``None`` when a value holds a line break)."""
    ids = f"{os.getuid()}:{os.geteuid()}" if hasattr(os, "geteuid") else "-"
    fields = [folder, sys.platform, ids, package_stamp("platformdirs"),
              *(f"{key}={os.environ.get(key, '')}" for key in _READ)]
    line = "\t".join(fields)
    return None if "\n" in line or "\r" in line else line


def _remembered() -> str | None:
    """The folder platformdirs named for the same inputs, from its ``where.txt``, or ``None``."""
    if os.name != "posix":
        return None
    home = os.environ.get("HOME", "")
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    places = [os.path.join(xdg, NAME)] if os.path.isabs(xdg) else []
    if os.path.isabs(home):
        places += [os.path.join(home, ".cache", NAME), os.path.join(home, "Library", "Caches", NAME)]
    for folder in places:
        try:
            with open(os.path.join(folder, MARKER), encoding="utf-8") as kept:
                lines = kept.read().split("\n")
        except (OSError, UnicodeDecodeError):
            continue
        if _inputs(folder) in lines:
            return folder
    return None


def _remember(folder: str) -> None:
    """Add this process's line to ``where.txt`` in ``folder``, platformdirs' answer (best
    effort; the last ``KEPT`` lines are kept, so that environments sharing the folder, each
    with its own platformdirs, do not replace each other's)."""
    line = _inputs(folder) if os.name == "posix" else None
    if line is None:
        return
    from congo_digital.atomic import atomic_file

    target = os.path.join(folder, MARKER)
    try:
        try:
            with open(target, encoding="utf-8") as kept:
                lines = [old for old in kept.read().split("\n") if old and old != line]
        except (OSError, UnicodeDecodeError):
            lines = []
        os.makedirs(folder, exist_ok=True)
        with atomic_file(target) as out:
            out.write(("\n".join([*lines[-(KEPT - 1):], line]) + "\n").encode("utf-8"))
    except OSError:
        pass


def cache_folder() -> str | None:
    """The cache folder's path (not created here unless platformdirs was asked, which
    creates it to keep the answer): ``CONGO_DIGITAL_CACHE``, else
    ``platformdirs.user_cache_dir("congo-digital")`` (remembered: see above); ``None`` when
    the cache is off (``CONGO_DIGITAL_CACHE=off`` or empty)."""
    base = os.environ.get(ENV)
    if base is not None:
        return None if base.strip().lower() in ("", "off") else base
    known = _remembered()
    if known is not None:
        return known
    import platformdirs

    base = platformdirs.user_cache_dir(NAME, appauthor=False)
    _remember(base)
    return base
