"""``parse`` with one input made slow, for the time-budget tests, in a process of its own
(with ``OPENBLAS_NUM_THREADS=1`` it runs one thread, so the pool forks and its workers
inherit the patch and the warm parser).

Run: ``python tests/cli/slow_parse.py NAME [--block-alarm] [--grace SECONDS] -- PARSE-ARGS``:
an input whose path ends with NAME sleeps 30 s; ``--block-alarm`` also blocks SIGALRM in the
worker first (as a long call inside a C extension would: the worker cannot stop itself, the
pool must kill it); ``--grace`` sets the pool's grace period.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from congo_digital import pipeline  # noqa: E402
from congo_digital.batch import pool  # noqa: E402


def main(argv: list[str]) -> None:
    split = argv.index("--")
    options, args = argv[:split], argv[split + 1:]
    name = options[0]
    if "--grace" in options:
        pool.GRACE = float(options[options.index("--grace") + 1])
    real = pipeline.parse_path

    def parse_path(path: str, **kwargs: object) -> object:
        if path.endswith(name):
            if "--block-alarm" in options:
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(30)
        return real(path, **kwargs)

    pipeline.parse_path = parse_path
    real(str(Path(__file__).resolve().parents[2] / "fixtures" / "seed.txt"))  # warm, before the workers fork
    from congo_digital.cli import parse_main

    parse_main(args)


if __name__ == "__main__":
    main(sys.argv[1:])
