"""The command line, one job a module:

* ``commands``: the click commands (``congo-digital parse|warc|schema|topics``, ``parse``);
* ``helptext``: ``parse --help`` and ``warc --help``;
* ``inputs``: files, folders, ``-``, ``--files-from`` to tasks;
* ``run``: a batch from tasks to the output, with the exit code;
* ``formats`` (with ``flat``, ``textview``, ``jsonld``): records to text;
* ``sinks``: standard output, ``-o FILE``, ``--output-dir``, Parquet;
* ``distribute``: ``--scheduler``, a batch on a Dask cluster (``congo_digital.dask``);
* ``progress``: the progress bar and the summary line;
* ``interrupts``: Ctrl-C;
* ``entry``: the console scripts.

Layer: the top; it uses ``batch`` and ``pipeline`` (through ``batch``), and nothing imports it.
``main`` and ``parse_main`` (the click commands) are imported on first use, so that the
console scripts can set up Ctrl-C before click is imported.
"""

from __future__ import annotations

__all__ = ["main", "parse_main"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from congo_digital.cli import commands

        return getattr(commands, name)
    raise AttributeError(f"module 'congo_digital.cli' has no attribute {name!r}")
