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

The console scripts' own functions (``run_congo_digital``, ``run_parse``, and ``python -m
congo_digital``) end the process as soon as the command is done (``leave``): Python's normal
exit frees, one by one, the several hundred thousand objects of the modules and loaded
data, about a fifth of a cold parse of one article, for a process that is ending anyway.
``congo_digital()`` and ``parse()`` themselves raise ``SystemExit`` as click's commands do,
for a caller that goes on after them.
"""

from __future__ import annotations

import gc
import os
import sys

from congo_digital.cli import helpcache

TYPE_CHECKING = False  # (typing is imported for type checkers only: a help or version answer imports none)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import NoReturn


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


def _exit_work() -> bool:
    """Whether Python's normal exit has work to do besides freeing objects: exit handlers
    (``atexit``: multiprocessing's, a temporary folder's, a coverage tool's; or
    ``threading``'s, concurrent.futures'), or a thread that is no daemon still running.
    True when this cannot be told (another Python: ``atexit._ncallbacks`` is CPython's)."""
    import atexit

    count = getattr(atexit, "_ncallbacks", None)
    if count is None or count():
        return True
    threading = sys.modules.get("threading")
    if threading is None:
        return False
    if getattr(threading, "_threading_atexits", None):
        return True
    main = threading.main_thread()
    return any(t is not main and not t.daemon and t.is_alive() for t in threading.enumerate())


def leave(code: object) -> NoReturn:
    """End this process with the exit status of ``SystemExit(code)`` (``None`` is 0), at
    once when nothing but freeing its objects is left to do: standard output and error are
    flushed, then ``os._exit``.  Otherwise (``_exit_work``, a ``code`` that is no number,
    an output that cannot be flushed) it raises ``SystemExit(code)`` for Python's normal
    exit.  Never returns."""
    if (code is None or type(code) is int) and not _exit_work():
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
        except (OSError, ValueError):
            pass  # (Python's exit reports it, as it would have)
        else:
            os._exit(code or 0)
    raise SystemExit(code)


def _script(run: Callable[[], None]) -> NoReturn:
    try:
        run()
    except SystemExit as done:
        leave(done.code)
    leave(0)


def run_congo_digital() -> NoReturn:
    """The ``congo-digital`` console script (and ``python -m congo_digital``):
    ``congo_digital()``, then ``leave``."""
    _script(congo_digital)


def run_parse() -> NoReturn:
    """The ``parse`` console script: ``parse()``, then ``leave``."""
    _script(parse)
