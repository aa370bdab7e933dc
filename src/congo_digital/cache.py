"""Derived indexes built once and kept on disk: the per-user cache.

Some indexes are derived from the data files and from other packages' data (the country
gazetteer from pycountry and CLDR, the organisation index, CLDR month names, py3langid's
model unpacked from its xz file).  Building them costs tenths of a second, so a process
builds each once and writes it to a cache folder; later processes load it in milliseconds.

The folder is ``platformdirs.user_cache_dir("congo-digital")`` (``~/.cache/congo-digital``
on Linux, ``~/Library/Caches/congo-digital`` on macOS, ``%LOCALAPPDATA%\\congo-digital\\Cache``
on Windows), or the folder the environment variable ``CONGO_DIGITAL_CACHE`` names; ``off``
(or an empty value) keeps everything in memory.  Inside it, one sub-folder per *key*: for
the indexes, the package version and a fingerprint of the files they are derived from (this
package's modules and data files, and the installed pycountry, babel and py3langid); for
py3langid's model, py3langid's version and the model file's size.  So an upgrade or an edited
checkout never reads an index built from other data.  Writing is
atomic (a temporary file renamed); when the folder cannot be written, or a cached file
cannot be read, the index is computed in memory, silently, as it would be without a cache.
"""

from __future__ import annotations

import marshal
import os
import time
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from congo_digital.cachedir import ENV, cache_folder, line_key, package_stamp, seal, stat_line, unseal

__all__ = ["ENV", "cache_base", "cached_data", "cached_numbers", "cached_path", "index_key", "source_stamp",
           "stamp_key", "wrote"]

_SOURCES = ("pycountry", "babel", "py3langid", "wordfreq")
"""The installed packages whose data the indexes are derived from (part of the key)."""

_PACKAGE = os.path.dirname(os.path.realpath(__file__))
"""This package's folder."""


def source_stamp(name: str) -> str:
    """The size and time of the installed package ``name``'s ``__init__`` file and folder
    (changed by an upgrade), or ``-`` when it is not installed."""
    found = package_stamp(name)
    if found != "-":  # on sys.path: found without importlib's finders
        return f"{name}={found}"
    import importlib.util

    spec = importlib.util.find_spec(name)
    origin = spec.origin if spec is not None and spec.origin else None
    return f"{name}={stat_line(origin)}:{stat_line(os.path.dirname(origin))}" if origin else f"{name}=-"


def _module_lines(folder: str) -> tuple[list[str], list[str]]:
    """The ``stat_line`` of each module and data file of ``folder``, and its sub-folders."""
    files, folders = [], []
    with os.scandir(folder) as found:
        for entry in found:
            if entry.name.endswith((".py", ".json")):
                files.append(stat_line(entry.path))
            elif entry.name != "__pycache__" and entry.is_dir():
                folders.append(entry.path)
    return sorted(files), folders


@cache
def index_key() -> str:
    """The key of the indexes derived from this package's data: ``VERSION-HASH``, the hash
    of the size and time of every module and data file of this package and of the installed
    sources' stamps (``source_stamp``)."""
    from congo_digital import __version__

    lines = [__version__]
    top, folders = _module_lines(_PACKAGE)
    lines += top
    for folder in sorted(folders):
        lines += _module_lines(folder)[0]
    lines += [source_stamp(name) for name in _SOURCES]
    return f"{__version__}-{line_key(lines)}"


def stamp_key(prefix: str, lines: list[str]) -> str:
    """``PREFIX-HASH``: a key named ``prefix`` for data derived from what ``lines``
    describe (the hash a CRC-32: it tells versions apart, it does not guard against
    tampering)."""
    return f"{prefix}-{line_key(lines)}"


@cache
def cache_base() -> Path | None:
    """The cache folder (not created here), or ``None`` when the cache is off
    (``CONGO_DIGITAL_CACHE=off``)."""
    base = cache_folder()
    return Path(base) if base is not None else None


STALE_DAYS = 7
"""A key's folder not written for this many days is removed when a new key of the same
prefix is written (so that checkouts and environments that share the cache folder do not
remove each other's)."""


def _prune(root: Path) -> None:
    """Remove the stale folders (``STALE_DAYS``) of the other keys of ``root``'s prefix
    (best effort)."""
    import shutil

    prefix = root.name.rsplit("-", 1)[0] + "-"
    old = time.time() - STALE_DAYS * 86400
    try:
        for other in root.parent.iterdir():
            if other != root and other.name.startswith(prefix) and other.is_dir() and other.stat().st_mtime < old:
                shutil.rmtree(other, ignore_errors=True)
    except OSError:
        pass


_WRITTEN: list[str] = []
"""The entries this process wrote (``cached_path``)."""


def wrote() -> bool:
    """Whether this process wrote an entry of the cache (``cached_path``): it built an index,
    and so imported the libraries the index is derived from (``regex_cache.save``)."""
    return bool(_WRITTEN)


def cached_path(name: str, write: Callable[[Path], None], key: str | None = None, renew: bool = False) -> Path | None:
    """The path of the cached entry ``name`` (a file or a folder) under the folder ``key``
    (by default ``index_key()``) of the cache, writing it first with
    ``write(temporary_path)`` when it is absent, or when ``renew`` (the caller found it
    damaged: the new entry replaces it); ``None`` when there is no cache or it
    cannot be written (``write``'s own errors other than ``OSError`` propagate).  ``write``
    must create exactly ``temporary_path``.  A new key's folder removes the stale folders
    of the same prefix (``_prune``)."""
    base = cache_base()
    if base is None:
        return None
    root = base / (key or index_key())
    target = root / name
    if not renew and target.exists():
        return target
    try:
        fresh = not root.exists()
        root.mkdir(parents=True, exist_ok=True)
        if fresh:
            _prune(root)
        import tempfile

        with tempfile.TemporaryDirectory(dir=root, prefix=".tmp-") as tmp:
            staged = Path(tmp) / name
            _WRITTEN.append(name)
            write(staged)
            if renew and target.is_dir():  # a folder cannot be replaced: the old one goes with the temporary
                os.replace(target, Path(tmp) / ".old")
            os.replace(staged, target)
    except OSError:
        return None if renew else target if target.exists() else None
    return target


def cached_data(name: str, build: Callable[[], Any]) -> Any:
    """``build()`` (plain data: dicts, lists, tuples, sets, str, int, float, bool, None),
    read from the cache file ``name`` when it is there (``marshal``, sealed with its length
    and CRC-32: ``cachedir.seal``), else built and written.  A damaged file (changed,
    truncated, or not written by this function) is built and written again, silently.
    Equal to ``build()`` in every case."""
    value: list[Any] = []

    def write(path: Path) -> None:
        value.append(build())
        path.write_bytes(seal(marshal.dumps(value[0])))

    path = cached_path(f"{name}.marshal", write)
    if value:
        return value[0]
    if path is not None:
        try:
            payload = unseal(path.read_bytes())
            if payload is not None:
                return marshal.loads(payload)
        except (OSError, EOFError, ValueError, TypeError):
            pass
        cached_path(f"{name}.marshal", write, renew=True)
        if value:
            return value[0]
    return build()


class WordSet:
    """A set of words kept in the cache as slices (``cached_words``): the words sharing
    their first ``PREFIX`` characters are one UTF-8 text, made into a ``frozenset`` the
    first time a word of that slice is asked for.  ``word in ws`` equals ``word in
    frozenset(words)``; loading it costs a fraction of a millisecond where a frozenset of
    sixty thousand words costs tens."""

    PREFIX = 2

    def __init__(self, stored: tuple[bool, dict[str, bytes]]) -> None:
        self._empty, self._slices = stored
        self._sets: dict[str, frozenset[str]] = {}

    @classmethod
    def store(cls, words: Any) -> tuple[bool, dict[str, bytes]]:
        """The stored form of ``words`` (an iterable of str without a newline): whether
        the empty word is one of them, and the newline-joined slices by prefix."""
        slices: dict[str, list[str]] = {}
        empty = False
        for word in sorted(set(words)):
            if "\n" in word:
                raise ValueError(f"WordSet: a word holds a newline: {word!r}")
            if not word:
                empty = True
                continue
            slices.setdefault(word[:cls.PREFIX], []).append(word)
        return empty, {key: "\n".join(part).encode() for key, part in slices.items()}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if not word:
            return self._empty
        key = word[:self.PREFIX]
        found = self._sets.get(key)
        if found is None:
            blob = self._slices.get(key)
            found = self._sets[key] = frozenset(blob.decode().split("\n")) if blob else frozenset()
        return word in found


def cached_words(name: str, build: Callable[[], Any]) -> WordSet:
    """The words ``build()`` returns (an iterable of str without a newline) as a
    ``WordSet``, kept in the cache file ``name`` (``cached_data``)."""
    return WordSet(cached_data(name, lambda: WordSet.store(build())))


class SlicedTable:
    """A table kept in the cache as slices (``cached_table``): the entries whose keys
    share their first ``PREFIX`` characters (of a tuple key: of its first item) are one
    ``marshal`` text, read the first time a key of that slice is asked for.
    ``table.get(key, default)`` and ``key in table`` equal the dict's; iterating reads
    every slice."""

    PREFIX = 2
    """The prefix length (``get`` spells it ``2``, for speed)."""

    def __init__(self, slices: dict[str, bytes]) -> None:
        self._slices = slices
        self._read: dict[str, dict[Any, Any]] = {}

    @classmethod
    def _prefix(cls, key: Any) -> str:
        if isinstance(key, tuple):
            key = key[0] if key and isinstance(key[0], str) else ""
        return key[:cls.PREFIX] if isinstance(key, str) else ""

    @classmethod
    def store(cls, table: dict[Any, Any]) -> dict[str, bytes]:
        """The stored form of ``table`` (str or tuple keys; values that ``marshal`` writes)."""
        slices: dict[str, dict[Any, Any]] = {}
        for key, value in table.items():
            slices.setdefault(cls._prefix(key), {})[key] = value
        return {prefix: marshal.dumps(part) for prefix, part in slices.items()}

    def _part(self, prefix: str) -> dict[Any, Any]:
        part = self._read.get(prefix)
        if part is None:
            blob = self._slices.get(prefix)
            part = self._read[prefix] = marshal.loads(blob) if blob is not None else {}
        return part

    def get(self, key: Any, default: Any = None) -> Any:
        """The value of ``key``, else ``default`` (a str or tuple key's slice found without the
        ``_prefix`` and ``_part`` calls: the hot path of the word lookups)."""
        part = self._read.get(self._quick(key))
        if part is not None:
            return part.get(key, default)
        return self._part(self._prefix(key)).get(key, default)

    @staticmethod
    def _quick(key: Any) -> str | None:
        """``_prefix(key)`` for a str key or a tuple key whose first item is a str (exact
        types), else ``None`` (the caller then takes ``_prefix``'s path)."""
        kind = key.__class__
        if kind is str:
            return key[:2]
        if kind is tuple and key and key[0].__class__ is str:
            return key[0][:2]
        return None

    def __contains__(self, key: object) -> bool:
        part = self._read.get(self._quick(key))
        if part is not None:
            return key in part
        return key in self._part(self._prefix(key))

    def __iter__(self) -> Iterator[Any]:
        for prefix in self._slices:
            yield from self._part(prefix)


def cached_table(name: str, build: Callable[[], dict[Any, Any]]) -> SlicedTable:
    """The table ``build()`` returns (str or tuple keys) as a ``SlicedTable``, kept in the cache
    file ``name`` (``cached_data``)."""
    return SlicedTable(cached_data(name, lambda: SlicedTable.store(build())))


class WordNumbers:
    """A table of words and numbers (floats) kept in the cache as one UTF-8 text
    (``cached_numbers``): a line ``word TAB repr(number)`` a word, the lines of the words
    that share their first ``PREFIX`` characters together, and where each group starts and
    ends.  ``table.get(word, default)`` equals the dict's (``float(repr(x)) == x`` for every
    float).  Nothing is made of a group when it is first asked for (a ``SlicedTable``
    makes a dict of it: about half a microsecond a word): a word is found by ``bytes.find``
    in its group, which suits a table asked for each word once (behind a ``memo.Memo``)."""

    PREFIX = 2

    def __init__(self, stored: tuple[dict[str, tuple[int, int]], bytes, dict[str, float]]) -> None:
        self._spans, self._text, self._odd = stored

    @classmethod
    def store(cls, table: dict[str, float]) -> tuple[dict[str, tuple[int, int]], bytes, dict[str, float]]:
        """The stored form of ``table`` (str keys, float values): each group's ``[start,
        end)`` in the text, the text, and the words that a line cannot hold (with a tab or
        a line break, or not encodable) apart."""
        groups: dict[str, list[bytes]] = {}
        odd: dict[str, float] = {}
        for word, value in table.items():
            number = float(value)
            try:
                line = word.encode() + b"\t" + repr(number).encode()
            except UnicodeEncodeError:
                line = b"\n"
            if b"\n" in line or "\t" in word:
                odd[word] = number
            else:
                groups.setdefault(word[:cls.PREFIX], []).append(line)
        spans: dict[str, tuple[int, int]] = {}
        parts: list[bytes] = []
        size = 0
        for prefix, lines in groups.items():
            part = b"\n" + b"\n".join(lines) + b"\n"
            spans[prefix] = (size, size + len(part))
            parts.append(part)
            size += len(part)
        return spans, b"".join(parts), odd

    def get(self, word: str, default: Any = None) -> Any:
        """The number of ``word`` (a str), else ``default``."""
        span = self._spans.get(word[:2])
        if span is not None and "\t" not in word and "\n" not in word:
            key = b"\n" + word.encode("utf-8", "surrogatepass") + b"\t"
            at = self._text.find(key, span[0], span[1])
            if at >= 0:
                at += len(key)
                return float(self._text[at:self._text.index(b"\n", at)])
        return self._odd.get(word, default) if self._odd else default


def cached_numbers(name: str, build: Callable[[], dict[str, float]]) -> WordNumbers:
    """The words and numbers ``build()`` returns as a ``WordNumbers``, kept in the cache
    file ``name`` (``cached_data``)."""
    return WordNumbers(cached_data(name, lambda: WordNumbers.store(build())))
