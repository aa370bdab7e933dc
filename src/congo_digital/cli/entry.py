"""The console scripts ``congo-digital`` and ``parse`` (and ``python -m congo_digital``).

They install the Ctrl-C handler before importing click and the commands, so that a Ctrl-C
even during start-up exits 130 with one line (``cli.interrupts``).  A run that is not for
``--help`` or ``--version`` first loads the compiled regular expressions of the last runs
and, at its end, stores those it compiled (``congo_digital.regex_cache``); a help or version
request is answered from the text kept from click's last answer to it (``cli.helpcache``).

They start with Python's cyclic garbage collector off: importing the modules and loading the
cached data allocate a great many objects that all stay alive, and the collections they set
off (a twentieth of a cold parse of one article) find almost nothing to free.  ``cli.run``
turns it back on before a batch of more than one input or on more than one process; a
single input is parsed with it off (what it leaves is freed when the process ends).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from congo_digital.cli import helpcache


def _quick(main: Callable[[], None], name: str) -> None:
    """Run click's answer to a help or version request and keep it (``cli.helpcache``)."""
    capture = helpcache.Capture()
    try:
        with capture:
            main()
    except SystemExit as done:
        if done.code in (0, None):
            helpcache.record(name, capture.text)
        raise


def _run(name: str) -> None:
    gc.disable()  # start-up allocates much and frees little: see the module's docstring
    quick = helpcache.is_quick(sys.argv[1:])
    if quick and helpcache.show(name):
        sys.exit(0)
    from congo_digital.cli import interrupts
    from congo_digital.errors import EXIT_INTERRUPTED, EXIT_TERMINATED

    patterns = None
    if not quick and not helpcache.QUICK.intersection(sys.argv[1:]):
        from congo_digital import regex_cache as patterns

        patterns.load()
    with interrupts.handled():
        try:
            from congo_digital.cli import commands
        except interrupts.Interrupted as stop:
            sys.stderr.write(f"congo-digital: {stop.word}\n")
            sys.exit(stop.code)
        if quick:
            _quick(getattr(commands, name), name)
            return
        try:
            getattr(commands, name)()
        except SystemExit as done:
            if patterns is not None and done.code not in (EXIT_INTERRUPTED, EXIT_TERMINATED):
                patterns.save()
            raise


def congo_digital() -> None:
    """``congo-digital COMMAND …``"""
    _run("main")


def parse() -> None:
    """``parse …``, the same as ``congo-digital parse …``"""
    _run("parse_main")
