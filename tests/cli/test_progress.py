"""The progress bar and the summary line: on stderr when asked or when stderr is a terminal,
never when piped or with -q."""

from __future__ import annotations

import re

from click.testing import CliRunner

from cli.goldens import ROOT
from congo_digital.cli import parse_main
from congo_digital.cli.progress import Progress

SEED = str(ROOT / "fixtures" / "seed.txt")
SUMMARY = re.compile(r"congo-digital: 2 parsed, 1 failed \(1 missing\) in \d+\.\d s, [\d,.]+/s")


def test_progress_bar_shows_count_rate_failures_and_ends_with_a_summary(tmp_path):
    result = CliRunner().invoke(parse_main, ["--progress", SEED, str(tmp_path / "missing.txt"), SEED, "-f", "jsonl"])
    assert result.exit_code == 1
    err = result.stderr
    assert "0/3 [" in err and "docs/s" in err and "0 failed]" in err  # (redrawn at most 5 times a second)
    assert SUMMARY.fullmatch(err.splitlines()[-1])
    assert f"congo-digital: {tmp_path / 'missing.txt'}: no such file; check the path" in err
    assert len(result.stdout.splitlines()) == 3


def test_silent_when_piped_or_quiet(tmp_path):
    args = [SEED, str(tmp_path / "missing.txt"), SEED, "-f", "jsonl"]
    piped = CliRunner().invoke(parse_main, args)  # stderr is not a terminal
    quiet = CliRunner().invoke(parse_main, ["--progress", "-q", *args])
    expected = f"congo-digital: {tmp_path / 'missing.txt'}: no such file; check the path\n"
    assert piped.stderr == quiet.stderr == expected


def test_summary_counts_failures_by_kind():
    progress = Progress(False)
    assert progress.summary().startswith("congo-digital: 0 parsed, 0 failed in ")
