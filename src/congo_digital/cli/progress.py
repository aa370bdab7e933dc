"""The progress bar on stderr (tqdm) and the batch's closing summary line.

Shown only when asked (``--progress``) or when stderr is a terminal, and never with ``-q``:
piped, the command prints nothing but the records and the per-input error lines.  The bar
shows the count (of the total when it is known in advance), the rate (from the second
input: ``RATE_FROM``), the ETA and the failures; the summary says how many inputs were
parsed, how many failed by kind, the time taken and, from two inputs, the rate.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from typing import Any

import click

from congo_digital.batch.task import Outcome

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_UNDECODABLE = re.compile("[\udc80-\udcff]")

RATE_FROM = 2
"""The bar and the summary show a rate (inputs a second) from this many inputs done: the
rate of one input is its time read backwards, noise next to the time itself."""

_NO_RATE = {False: "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}{postfix}]",
            True: "{n_fmt}{unit} [{elapsed}{postfix}]"}
"""The bar's formats before ``RATE_FROM`` inputs are done: tqdm's own without the rate, for a
known total (``False``) and an unknown one (``True``: a list on standard input, WARC pages)."""


def one_line(line: str) -> str:
    """``line`` printable on one line whatever a path's bytes: control characters (a newline
    in a file name) escaped (``\\n``), and the bytes of a file name that are not UTF-8 (which
    ``os.fsdecode`` keeps as lone surrogates U+DC80-U+DCFF) escaped as the byte (``\\xe9``,
    as Python shows it), so that the file can be told and found; any other lone
    surrogate as U+FFFD.  (A record, UTF-8 whatever its format, has U+FFFD for such a byte:
    ``cli.sinks.printable``.)"""
    from congo_digital.cli.sinks import printable

    line = _UNDECODABLE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", line)
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], printable(line))


class Progress:
    """Counts outcomes; draws the bar when ``enabled``; prints stderr lines so that they do
    not break the bar."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.enabled = enabled
        self.total = total
        self.parsed = 0
        self.failed: Counter[str] = Counter()
        self.start = time.monotonic()
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: the pool's workers are forked
            self.bar = tqdm(total=total, unit=" docs", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                            mininterval=0.2, leave=False, postfix="0 failed", bar_format=_NO_RATE[total is None])

    @property
    def seen(self) -> int:
        """Outcomes counted so far."""
        return self.parsed + sum(self.failed.values())

    def advance(self, outcome: Outcome) -> None:
        """Count one outcome and move the bar."""
        if outcome.error is None:
            self.parsed += 1
        else:
            self.failed[outcome.error.kind] += 1
        if self.bar is not None:
            if outcome.error is not None:
                self.bar.set_postfix_str(f"{sum(self.failed.values())} failed", refresh=False)
            if self.seen == RATE_FROM:
                self.bar.bar_format = None  # tqdm's own, with the rate
            self.bar.update(1)

    def warn(self, line: str) -> None:
        """Print ``line`` on stderr (above the bar when there is one)."""
        line = one_line(line)
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    def summary(self) -> str:
        """The closing line: parsed, failed by kind, time, and the rate from ``RATE_FROM`` inputs."""
        seconds = time.monotonic() - self.start
        failed = sum(self.failed.values())
        kinds = ", ".join(f"{n:,} {kind}" for kind, n in sorted(self.failed.items(), key=lambda kv: (-kv[1], kv[0])))
        done = self.parsed + failed
        rate = f", {done / seconds:,.1f}/s" if seconds > 0 and done >= RATE_FROM else ""
        return (f"congo-digital: {self.parsed:,} parsed, {failed:,} failed" + (f" ({kinds})" if kinds else "")
                + f" in {seconds:,.1f} s{rate}")

    def close(self, *, summary: bool = True) -> None:
        """Remove the bar and, when it was shown, print the summary line."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None
            if summary:
                click.echo(self.summary(), err=True)
