"""The console scripts ``congo-digital`` and ``parse`` (and ``python -m congo_digital``).

They install the Ctrl-C handler before importing click and the commands, so that a Ctrl-C
even during start-up exits 130 with one line (``cli.interrupts``).
"""

from __future__ import annotations

import sys

from congo_digital.cli import interrupts


def _run(name: str) -> None:
    with interrupts.handled():
        try:
            from congo_digital.cli import commands
        except interrupts.Interrupted as stop:
            sys.stderr.write(f"congo-digital: {stop.word}\n")
            sys.exit(stop.code)
        getattr(commands, name)()


def congo_digital() -> None:
    """``congo-digital COMMAND …``"""
    _run("main")


def parse() -> None:
    """``parse …``, the same as ``congo-digital parse …``"""
    _run("parse_main")
