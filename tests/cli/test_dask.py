"""The Dask backend: ``parse_bag`` on a LocalCluster of 2 workers gives the records a single
process gives, in order; ``parse --scheduler ADDRESS -o DIR`` writes them as partition files
(JSON Lines or Parquet); ``--scheduler local`` starts its own cluster; usage errors."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.goldens import ROOT
from cli.warcs import PAGE_URL, SKIPPED, write_warc
from congo_digital import pipeline
from congo_digital.batch.pool import run_batch
from congo_digital.batch.task import Options, Task, record_of
from congo_digital.cli import main, parse_main

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

FIXTURES = ROOT / "fixtures"
# the seed and the first ten HTML fixtures: a fixed count, whatever fixtures are added later
INPUTS = [FIXTURES / "seed.txt", *sorted((FIXTURES / "html").glob("*.html"))[:10]]


@pytest.fixture(scope="module")
def client():
    """A LocalCluster of 2 workers (threads of this process: quick to start) and its client."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0",
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
        yield client


def single_process(paths: list[str]) -> list[dict]:
    return [record_of(o) for o in run_batch((Task(p) for p in paths), Options(timeout=None))]


def test_parse_bag_on_two_workers_equals_one_process(client, tmp_path: Path):
    from congo_digital.dask import parse_bag

    paths = [str(p) for p in INPUTS] + [str(tmp_path / "missing.txt")]
    bag = parse_bag(paths, partition_size=4)
    assert bag.npartitions == 3  # 12 inputs, 4 a partition
    records = bag.compute()
    assert records == single_process(paths)
    assert len(records) == 12
    assert records[0]["title"] == "Congo Seeks Russian Support for Digital Growth"
    assert records[-1]["kind"] == "missing"
    assert set(client.has_what()) and len(client.scheduler_info()["workers"]) == 2


def test_a_warc_file_is_one_partition_of_its_pages(client, tmp_path: Path):
    pytest.importorskip("warcio")
    from congo_digital.batch.warc import warc_tasks
    from congo_digital.dask import parse_bag

    offsets = write_warc(tmp_path / "news.warc.gz")
    seed = str(FIXTURES / "seed.txt")
    bag = parse_bag([seed, str(tmp_path / "news.warc.gz"), seed], partition_size=10)
    assert bag.npartitions == 3
    records = bag.compute()
    options = Options(timeout=None, input_format="html")
    page = [record_of(o) for o in run_batch(warc_tasks([str(tmp_path / "news.warc.gz")]), options)]
    assert records == single_process([seed]) + page + single_process([seed])
    assert records[1]["url"] == PAGE_URL
    assert records[1]["source"]["path"] == f"{tmp_path / 'news.warc.gz'}@{offsets[PAGE_URL]}"


def test_parse_with_a_scheduler_address_writes_partitions_in_order(client, tmp_path: Path):
    address = client.scheduler.address
    paths = [str(p) for p in INPUTS]
    done = CliRunner().invoke(parse_main, [*paths, "--scheduler", address, "--partition-size", "5",
                                           "-o", str(tmp_path / "out")])
    assert done.exit_code == 0, done.output
    files = sorted(os.listdir(tmp_path / "out"))
    assert files == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    records = [json.loads(line) for name in files for line in (tmp_path / "out" / name).read_text().splitlines()]
    assert records == single_process(paths)
    assert done.stderr.startswith(f"congo-digital: 11 parsed, 0 failed, in 3 partition files under {tmp_path / 'out'}")


def test_warc_with_a_scheduler_counts_the_skipped_records(client, tmp_path: Path):
    """warc --scheduler tells what the archives gave, as without a scheduler (it said nothing)."""
    pytest.importorskip("warcio")
    write_warc(tmp_path / "news.warc.gz")
    done = CliRunner().invoke(main, ["warc", str(tmp_path / "news.warc.gz"), "--scheduler", client.scheduler.address,
                                     "-o", str(tmp_path / "out"), "--fields", "url"])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "out" / "part-00000.jsonl").read_text() == f'{{"url": "{PAGE_URL}"}}\n'
    lines = done.stderr.splitlines()
    assert lines[0].startswith("congo-digital: 1 parsed, 0 failed, in 1 partition file under ")
    assert lines[1:] == [f"congo-digital: {tmp_path / 'news.warc.gz'}: {SKIPPED}"]


def test_warc_with_a_scheduler_and_only_a_foreign_file_prints_no_empty_summary(client, tmp_path: Path):
    """A file that gave no record at all is told by its error line, not by "0 HTML pages; no record skipped"."""
    pytest.importorskip("warcio")
    (tmp_path / "notes.warc").write_bytes(b"these are my notes, not an archive\n")
    done = CliRunner().invoke(main, ["warc", str(tmp_path / "notes.warc"), "--scheduler", client.scheduler.address,
                                     "-o", str(tmp_path / "out")])
    assert done.exit_code == 1
    lines = done.stderr.splitlines()
    assert lines[0] == (f"congo-digital: {tmp_path / 'notes.warc'}: not a WARC file (it does not begin with a WARC "
                        "record); give a WARC file, plain or gzipped")
    assert lines[1].startswith("congo-digital: 0 parsed, 1 failed, in 1 partition file under ")
    assert len(lines) == 2


def _slow_for(name: str):
    """``pipeline.parse_path`` for the in-thread workers, 30 s of Python work for a path
    ending with ``name``: a loop of short sleeps, as a parse runs Python code (a budget
    outside the main thread interrupts Python code, not one long call in C)."""
    real = pipeline.parse_path

    def parse_path(path, **options):
        if path.endswith(name):
            until = time.monotonic() + 30
            while time.monotonic() < until:
                time.sleep(0.01)
        return real(path, **options)

    return parse_path


def test_a_document_past_its_timeout_is_an_error_record_on_the_cluster(client, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch):
    """--timeout was not enforced in a Dask worker's threads: the slow document held its
    partition for as long as it took."""
    from congo_digital.dask import parse_bag

    seed = str(FIXTURES / "seed.txt")
    slow = tmp_path / "slow.txt"
    slow.write_bytes((FIXTURES / "seed.txt").read_bytes())
    monkeypatch.setattr(pipeline, "parse_path", _slow_for("slow.txt"))
    error = {"error": f"{slow}: not parsed within 2 s; raise the limit with --timeout", "kind": "timeout",
             "path": str(slow)}  # a regular file: no hint of a pipe that never ends
    started = time.monotonic()
    records = parse_bag([seed, str(slow), seed, seed], partition_size=2, timeout=2).compute()
    assert time.monotonic() - started < 20
    assert records[1] == error
    assert [records[0], records[2], records[3]] == single_process([seed]) * 3
    done = CliRunner().invoke(parse_main, [seed, str(slow), "--timeout", "2", "--fields", "title",
                                           "--scheduler", client.scheduler.address, "-o", str(tmp_path / "out")])
    assert done.exit_code == 1
    lines = (tmp_path / "out" / "part-00000.jsonl").read_text().splitlines()
    assert [json.loads(line) for line in lines] == [
        {"title": "Congo Seeks Russian Support for Digital Growth"}, error]
    assert done.stderr.splitlines()[0] == f"congo-digital: {error['error']}"


def test_parquet_partitions_and_a_failed_input(client, tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    address = client.scheduler.address
    done = CliRunner().invoke(main, ["parse", str(FIXTURES / "seed.txt"), str(tmp_path / "gone.txt"), "-f", "parquet",
                                     "--fields", "title,url", "--scheduler", address, "-o", str(tmp_path / "pq")])
    assert done.exit_code == 1
    table = pq.read_table(tmp_path / "pq" / "part-00000.parquet")
    assert table.schema.names == ["title", "url", "error", "kind"]
    assert table.to_pylist() == [
        {"title": "Congo Seeks Russian Support for Digital Growth", "url": None, "error": None, "kind": None},
        {"title": None, "url": None, "error": f"{tmp_path / 'gone.txt'}: no such file; check the path",
         "kind": "missing"}]
    assert done.stderr.splitlines()[0] == f"congo-digital: {tmp_path / 'gone.txt'}: no such file; check the path"


def test_scheduler_usage_errors(tmp_path: Path):
    seed = str(FIXTURES / "seed.txt")
    for args, message in [
        ([seed, "--scheduler", "local"], "--scheduler writes partition files: give -o DIR."),
        ([seed, "--scheduler", "local", "-o", "out", "-f", "csv"], "--scheduler writes jsonl or parquet (--format)."),
        (["-", "--scheduler", "local", "-o", "out"], "--scheduler reads files, not standard input."),
    ]:
        done = CliRunner().invoke(parse_main, args)
        assert done.exit_code == 2
        assert message in done.stderr


def test_local_scheduler_in_worker_processes(tmp_path: Path):
    """``--scheduler local`` as a user runs it: a LocalCluster of 2 worker processes."""
    seed = str(FIXTURES / "seed.txt")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-m", "congo_digital", "parse", seed, seed, str(INPUTS[1]), "-j", "2",
                           "--scheduler", "local", "--partition-size", "2", "--fields", "title", "-o", "out"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert sorted(os.listdir(tmp_path / "out")) == ["part-00000.jsonl", "part-00001.jsonl"]
    lines = [(tmp_path / "out" / n).read_text() for n in ("part-00000.jsonl", "part-00001.jsonl")]
    title = json.dumps({"title": "Congo Seeks Russian Support for Digital Growth"}) + "\n"
    assert lines[0] == title * 2
    assert json.loads(lines[1]) == {"title": single_process([str(INPUTS[1])])[0]["title"]}
