"""Folders given to ``parse``: walked recursively, in sorted order, filtered by ``--glob``
(``walk``, ``walked``); hidden entries, entries that are not regular files, files not named
like an article and files of data are skipped (the rules: ``cli.inputs``'s docstring).  Also
which files a run's walk reads (``walked_from``, ``is_read``, ``articles_under``), for the
checks that an output does not overwrite an input or get read as one (``cli.checks``; their
``spec`` is a ``cli.inputs.InputSpec``, which imports this module).
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from congo_digital.batch.task import Task
from congo_digital.errors import InputError
from congo_digital.read.datafiles import ARTICLE_ENDINGS, data_kind, is_article_name


def _matches(rel: str, patterns: tuple[str, ...]) -> bool:
    """A pattern without ``/`` matches the file's name; with one, its path under the folder
    (``*`` crosses folders; a leading ``**/`` may match nothing)."""
    name = rel.rsplit("/", 1)[-1]
    for pattern in patterns:
        if "/" not in pattern:
            if fnmatch.fnmatch(name, pattern):
                return True
        elif fnmatch.fnmatch(rel, pattern) or (pattern.startswith("**/") and fnmatch.fnmatch(rel, pattern[3:])):
            return True
    return False


def _within(real: str, top: str) -> bool:
    """Whether the real path ``real`` is ``top`` or lies under it (another drive: no)."""
    try:
        return not os.path.relpath(real, top).startswith("..")
    except ValueError:  # Windows: paths on two drives have no relative path
        return False


def walked_from(spec: Any, path: str, outputs_too: bool = False) -> str | None:
    """The input folder of ``spec`` whose walk (``walk``) takes the existing file ``path``
    (an article's name, or one that ``spec.globs`` match; no hidden part and no output of
    ``spec.outputs`` on the way, as ``walk`` leaves them out), or ``None``.  With
    ``outputs_too``, the folder whose walk would take it if it were not in this run's
    output, the file existing or not (by its name: an output file there would be read as an
    article by the next run, or an article there overwritten)."""
    if not os.path.isfile(path) and (not outputs_too or os.path.lexists(path)):
        return None
    real = os.path.realpath(path)
    outputs = frozenset() if outputs_too else spec.outputs
    for folder in spec.paths:
        if folder == "-" or not os.path.isdir(folder):
            continue
        top = os.path.realpath(folder)
        if not _within(real, top):
            continue
        parts = os.path.relpath(real, top).split(os.sep)
        if any(part.startswith(".") for part in parts) or real in outputs or any(
                os.path.join(top, *parts[:k]) in outputs for k in range(1, len(parts))):
            continue
        if _matches("/".join(parts), spec.globs) if spec.globs else is_article_name(parts[-1]):
            return folder
    return None


def same_file(paths: Iterable[str], path: str) -> str | None:
    """The first of ``paths`` (``"-"`` left out) that is the existing file ``path``, through
    another path or a link (``os.path.samefile``), or ``None``."""
    if not os.path.isfile(path):
        return None
    for named in paths:
        try:
            if named != "-" and os.path.samefile(named, path):
                return named
        except OSError:
            continue
    return None


def is_read(spec: Any, path: str) -> bool:
    """Whether the existing file ``path`` is an input of ``spec``: a file it names (the same
    file, through any path or link: ``same_file``) or one that a folder it names gives
    (``walked_from``, but a file of data, which the walk skips: ``-g '*'`` took an earlier
    ``-f json`` record for an input, and the next record went to ``a.txt.json``)."""
    return same_file(spec.paths, path) is not None or (
        walked_from(spec, path) is not None and data_kind(path) is None)


def articles_under(spec: Any, folder: str) -> list[str]:
    """The existing files under ``folder`` (this run's output folder) that a folder of
    ``spec`` would read as articles were they not in the output (``walked_from(...,
    outputs_too=True)``) and does not read because they are (``walked_from``), sorted; at
    most 3.  Empty, without a walk, when ``folder`` lies in no input folder."""
    found: list[str] = []
    real = os.path.realpath(folder)
    if not os.path.isdir(folder) or not any(
            path != "-" and os.path.isdir(path) and _within(real, os.path.realpath(path)) for path in spec.paths):
        return found
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if walked_from(spec, path, outputs_too=True) is not None and walked_from(spec, path) is None:
                found.append(path)
                if len(found) == 3:
                    return found
    return found


def own_records(names: Iterable[str], articles: set[str], records: str) -> set[str]:
    """Of ``names`` (a folder's files), those that ``--output-dir`` writes for the
    ``articles`` beside them when the output folder is the input folder: an article's name
    with its ending replaced by ``records`` (``a.txt`` -> ``a.json``), or kept (``a.txt.json``),
    or numbered (``a.txt-2.json``), as ``cli.sinks.DirSink.target`` names them."""
    stems = {os.path.splitext(name)[0] for name in articles}
    found = set()
    for name in names:
        base = name[:-len(records)] if records and name.endswith(records) else None
        if base is not None and (base in articles or base in stems or re.sub(r"-\d+$", "", base) in articles):
            found.add(name)
    return found


def walk(folder: str, globs: tuple[str, ...] = (), skipped: list[tuple[str, str | None]] | None = None,
         outputs: frozenset[str] = frozenset(), records: str = "") -> Iterator[Task]:
    """The files under ``folder``, folder by folder in sorted order (a folder's files, then
    its subfolders): those named like an article (``is_article_name``), or with ``globs``
    those that match; but files of data (``data_kind``) and symbolic links.  The files left out
    are added to ``skipped`` as ``(path, kind)``: ``kind`` is the data's (``"CSV"``), or
    ``None`` for a file left out by its name.  The files and folders of ``outputs`` (real paths: this run's
    output) are left out silently; so are, when ``folder`` itself is this run's output folder
    and its files end in ``records`` (``".json"``), the records of its articles beside them
    (``own_records``) that the walk leaves out (not articles, or data) anyway.  A subfolder
    that cannot be read gives a task that fails as ``unreadable``."""
    errors: list[OSError] = []
    into_itself = bool(records) and os.path.realpath(folder) in outputs
    for dirpath, dirnames, filenames in os.walk(folder, onerror=errors.append):
        while errors:
            exc = errors.pop()
            where = exc.filename or dirpath
            yield Task(where, failure=InputError(f"{where}: folder cannot be read ({exc.strerror or exc}); "
                                                 "check its permissions", kind="unreadable", path=where))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and not (outputs and os.path.realpath(os.path.join(dirpath, d)) in outputs))
        base = os.path.relpath(dirpath, folder).replace(os.sep, "/")
        prefix = "" if base == "." else base + "/"
        own = own_records(filenames, {name for name in filenames if (
            _matches(prefix + name, globs) if globs else is_article_name(name))}, records) if into_itself else set()
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            rel = name if base == "." else f"{base}/{name}"
            path = os.path.join(dirpath, name)
            if (globs and not _matches(rel, globs)) or not os.path.isfile(path) or os.path.islink(path) or (
                    outputs and os.path.realpath(path) in outputs):
                continue
            by_name = not globs and not is_article_name(name)
            kind = None if by_name else data_kind(path)
            if by_name or kind is not None:
                if skipped is not None and name not in own:
                    skipped.append((path, kind))
                continue
            yield Task(path, rel=rel)
    for exc in errors:  # the folder itself
        where = exc.filename or folder
        yield Task(where, failure=InputError(f"{where}: folder cannot be read ({exc.strerror or exc}); "
                                             "check its permissions", kind="unreadable", path=where))


def _listed(names: list[str], total: int) -> str:
    """The first three of ``names`` and "..." when ``total`` is more, comma-separated."""
    return ", ".join(names[:3]) + (", ..." if total > 3 else "")


def _by_name(paths: list[str], folder: str) -> str:
    """The part of ``walked``'s line on the files under ``folder`` left out by their names."""
    if not paths:
        return ""
    names = [os.path.relpath(path, folder).replace(os.sep, "/") for path in paths[:3]]
    return (f"{len(paths)} file{'s' if len(paths) > 1 else ''} skipped, not an article's text or page "
            f"({_listed(names, len(paths))}): only {'/'.join(ARTICLE_ENDINGS)} files are read from a folder; "
            "-g/--glob picks others")


def _of_data(found: list[tuple[str, str | None]], folder: str, globs: tuple[str, ...]) -> str:
    """The part of ``walked``'s line on the files under ``folder`` left out as data, each
    with its kind ("table.txt: CSV"): a ``.txt`` file of JSON is not left out by its name."""
    if not found:
        return ""
    names = [f"{os.path.relpath(path, folder).replace(os.sep, '/')}: {kind}" for path, kind in found[:3]]
    return (f"{len(found)} file{'s' if len(found) > 1 else ''} of data skipped ({_listed(names, len(found))}): "
            f"a file of data is no article, whatever {'-g/--glob matches' if globs else 'its name'}")


def walked(folder: str, globs: tuple[str, ...], warn: Callable[[str], None] | None,
           outputs: frozenset[str] = frozenset(), records: str = "") -> Iterator[Task]:
    """``walk(folder, globs, outputs=outputs, records=records)``; then ``warn`` gets one line
    when files of data were skipped or no file was found."""
    found = 0
    skipped: list[tuple[str, str | None]] = []
    for task in walk(folder, globs, skipped, outputs, records):
        found += 1
        yield task
    if warn is None:
        return
    data = "; ".join(part for part in (_by_name([p for p, kind in skipped if kind is None], folder),
                                       _of_data([(p, kind) for p, kind in skipped if kind], folder, globs)) if part)
    if found and skipped:
        warn(f"congo-digital: {folder}: {data}")
    elif skipped:
        warn(f"congo-digital: {folder}: no article in this folder: {data}")
    elif not found:
        matched = " matches --glob " + " ".join(repr(glob) for glob in globs) if globs else ""
        warn(f"congo-digital: {folder}: no file in this folder{matched}")
