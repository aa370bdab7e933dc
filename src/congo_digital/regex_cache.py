"""Compiled regular expressions kept in the per-user cache, for the command line's start-up.

The rules compile about two hundred regular expressions when their modules are imported;
Python's ``re`` compiles each from its text in Python code, which is about a quarter of a
cold ``parse`` of one article.  Like the bytecode of the modules (``.pyc``), the compiled
form depends only on the Python build, so the command line keeps it: ``save`` writes, at
the end of a run, the compiled program of every pattern the run compiled (``re``'s own
cache), and ``load``, at the start of the next run, puts those patterns back into ``re``'s
cache, so that ``re.compile`` finds them there instead of compiling them.

This uses CPython's internals of ``re`` (``re._cache``, ``re._parser``,
``re._compiler._code``, ``_sre.compile``; the same in 3.11 to 3.13), with these guards:
the cache file is keyed by the exact Python build (``sys.version``) and ``re``'s program
format (``_sre.MAGIC``), and kept in the folder of this package's derived indexes
(``cache.index_key``: another version or checkout compiles other patterns, and keeps its
own); a pattern is written only when the pattern rebuilt from what is stored equals the
one ``re`` compiled (``Pattern`` equality compares the compiled program); the file is
sealed with its length and CRC-32 (``cachedir.seal``), and a damaged file is not read (the
run compiles as usual and writes it again);
any failure, on another Python implementation too, leaves ``re`` to compile as usual.  A run
that built an index of the cache (``cache.wrote``) keeps no patterns: building imports the
libraries the index is derived from (langcodes, ftfy, babel), whose patterns (langcodes' table
of language tags alone is half of the compiled code such a run would keep) the later runs do
not compile, and would load for nothing; the next run keeps its own.  The
cache folder is ``congo_digital.cache``'s (``CONGO_DIGITAL_CACHE=off``: nothing is kept).
A pattern built from a set must have the same text in every process (sort its words
fully, not by length alone), or each run would compile, and write, one more.
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path
from typing import Any

from congo_digital.cache import cache_base, index_key, stamp_key, wrote
from congo_digital.cachedir import seal, unseal

MAX_PATTERNS = 1000
"""At most this many patterns are kept (a run that would keep more starts the file again
with its own)."""

HEADROOM = 256
"""``load`` leaves room in ``re``'s cache for this many patterns beyond the stored ones
(``re._MAXCACHE`` is raised when needed; it is 512 in CPython 3.11 to 3.13)."""

_RE_MAXCACHE = getattr(re, "_MAXCACHE", 0)
"""``re``'s own cache size (part of the cache file's key), before ``load`` raises it."""

_stored: dict[tuple[Any, ...], tuple[Any, ...]] = {}
"""The entries read by ``load`` (and so not to be written again), by ``re``'s cache key."""


def _path() -> Path | None:
    base = cache_base()
    if base is None:
        return None
    try:
        import _sre

        lines = [sys.implementation.name, sys.version, str(_sre.MAGIC), str(_RE_MAXCACHE)]
    except (ImportError, AttributeError):
        return None
    return base / index_key() / f"{stamp_key('regex', lines)}.marshal"


def _install(entry: tuple[Any, ...]) -> tuple[tuple[Any, ...], re.Pattern] | None:
    """``re``'s cache key and the pattern rebuilt from a stored ``entry``."""
    import _sre

    pattern, flags, final_flags, code, groups, groupindex, indexgroup = entry
    compiled = _sre.compile(pattern, final_flags, code, groups - 1, groupindex, indexgroup)
    return (type(pattern), pattern, flags), compiled


def load() -> int:
    """Put the stored patterns into ``re``'s cache; returns how many (0 when there is no
    cache file or it cannot be used)."""
    path = _path()
    if path is None or sys.implementation.name != "cpython":
        return 0
    try:
        payload = unseal(path.read_bytes())
        if payload is None:  # damaged (or an older format): ``save`` writes it again
            return 0
        entries = marshal.loads(payload)
        installed = [(_install(e), e) for e in entries]
    except Exception:  # an unreadable file or another format: re compiles as usual
        return 0
    if len(installed) + len(re._cache) > re._MAXCACHE - HEADROOM:
        # room for every stored pattern and for a run's new ones: a full cache would drop
        # patterns that the run then compiles again, and writes again at its end
        re._MAXCACHE = len(installed) + len(re._cache) + HEADROOM
    for (key, compiled), entry in installed:
        if len(re._cache) >= re._MAXCACHE:
            break
        re._cache.setdefault(key, compiled)
        _stored[key] = entry
    return len(_stored)


def _entry(key: tuple[Any, ...], compiled: re.Pattern) -> tuple[Any, ...] | None:
    """What ``save`` stores for ``compiled``: its text, flags and compiled program, or
    ``None`` when the pattern rebuilt from them would not equal ``compiled``."""
    from re import _compiler, _parser

    kind, pattern, flags = key
    if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
        return None
    flags = int(flags)  # an int subclass in 3.13 (re._ZeroSentinel) that marshal cannot write
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # its opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (pattern, flags, flags | parsed.state.flags, code, parsed.state.groups, groupindex, tuple(indexgroup))
    rebuilt = _install(entry)
    return entry if rebuilt is not None and rebuilt[1] == compiled else None


def save() -> None:
    """Store the patterns ``re`` compiled in this run that the cache file does not hold
    yet (best effort: any failure leaves the file as it was); nothing after a run that
    built an index (``cache.wrote``: see the module's docstring)."""
    path = _path()
    if path is None or sys.implementation.name != "cpython" or wrote():
        return
    try:
        fresh = {key: p for key, p in list(re._cache.items()) if key not in _stored}
        if not fresh:
            return
        added = [e for e in (_entry(key, p) for key, p in fresh.items()) if e is not None]
        if not added:
            return
        kept = list(_stored.values()) if len(_stored) + len(added) <= MAX_PATTERNS else []
        from congo_digital.atomic import atomic_file

        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(str(path)) as out:  # (removes its temporary file when the write fails)
            out.write(seal(marshal.dumps(kept + added[:MAX_PATTERNS])))
    except Exception:  # a cache: never fail the run for it
        pass
