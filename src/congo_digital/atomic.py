"""Files written whole or not at all: a temporary file beside the target, renamed over it at
the end, with the permissions the target would get (used by the Parquet writer, the Dask
backend's partition files, the compiled-pattern cache, the cache folder's ``where.txt`` and
the help cache, and the CLI's -o and --output-dir files in ``cli.sinks``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO


def file_mode(path: str) -> int:
    """The permission bits a written file gets: those of the file it replaces, else 0o666
    less the process's umask (as ``open`` would give; a temporary file is created 0o600)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_file(path: str) -> Iterator[IO[bytes]]:
    """A binary handle to a temporary file beside ``path``, renamed over ``path`` (with
    ``file_mode(path)``) when the block ends; removed, and ``path`` left as it was, when the
    block raises.  Raises ``OSError`` when the folder cannot be written."""
    import tempfile  # only when writing a file (its imports cost a cold start about 2.5 ms)

    folder = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.chmod(temp, file_mode(path))
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
