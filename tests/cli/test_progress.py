"""The progress bar and the summary line: on stderr when asked or when stderr is a terminal,
never when piped or with -q."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from cli.goldens import ROOT
from congo_digital.batch.task import Outcome, Task
from congo_digital.cli import main, parse_main
from congo_digital.cli.progress import Progress

SEED = str(ROOT / "fixtures" / "seed.txt")
SUMMARY = re.compile(r"congo-digital: 2 parsed, 1 failed \(1 missing\) in \d+\.\d s, [\d,.]+/s")


def test_progress_bar_shows_count_rate_failures_and_ends_with_a_summary(tmp_path):
    result = CliRunner().invoke(parse_main, ["--progress", SEED, str(tmp_path / "missing.txt"), SEED, "-f", "jsonl"])
    assert result.exit_code == 1
    err = result.stderr
    assert "0/3 [00:00<?, 0 failed]" in err  # (redrawn at most 5 times a second; the rate from 2 inputs)
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


ONE = re.compile(r"congo-digital: 1 parsed, 0 failed in \d+\.\d s")


def test_a_single_input_gets_no_rate_in_its_bar_or_summary():
    result = CliRunner().invoke(parse_main, ["--progress", SEED, "-f", "jsonl", "--fields", "title"])
    assert result.exit_code == 0
    assert ONE.fullmatch(result.stderr.splitlines()[-1])  # no "2.2/s": a rate of one input is noise
    assert "docs/s" not in result.stderr
    assert "0/1 [00:00<?, 0 failed]" in result.stderr


def test_the_rate_shows_from_the_second_input(monkeypatch):
    import io

    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    progress = Progress(True, total=3)
    done = Outcome(Task(SEED))
    progress.advance(done)
    progress.bar.refresh()  # (drawn at most 5 times a second otherwise)
    one = err.getvalue().split("\r")[-1]
    progress.advance(done)
    progress.bar.refresh()
    two = err.getvalue().split("\r")[-1]
    summary = progress.summary()
    progress.close(summary=False)
    assert re.fullmatch(r" 33%\|\S+ +\| 1/3 \[\d\d:\d\d<\d\d:\d\d, 0 failed\]", one)
    assert re.fullmatch(r" 67%\|\S+ +\| 2/3 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+ docs/s, 0 failed\]", two)
    assert re.fullmatch(r"congo-digital: 2 parsed, 0 failed in \d+\.\d s, [\d,.]+/s", summary)


def test_a_single_warc_page_gets_no_rate_in_the_summary(tmp_path):
    pytest.importorskip("warcio")
    from cli.warcs import SKIPPED, write_warc

    write_warc(tmp_path / "news.warc.gz")
    result = CliRunner().invoke(main, ["warc", str(tmp_path / "news.warc.gz"), "--progress", "--fields", "title"])
    assert result.exit_code == 0
    assert "docs/s" not in result.stderr
    assert ONE.fullmatch(result.stderr.splitlines()[-2])  # then the count of the records skipped
    assert result.stderr.splitlines()[-1] == f"congo-digital: {tmp_path / 'news.warc.gz'}: {SKIPPED}"
