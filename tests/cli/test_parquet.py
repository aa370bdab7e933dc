"""``parse --format parquet -o FILE``: one row per input, typed from the record model, equal to
the JSON record (the evidence map read back as a dict); an input that fails is a row with
``error`` and ``kind``; ``-o`` is required."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.goldens import ROOT
from congo_digital.cli import parse_main

pq = pytest.importorskip("pyarrow.parquet")

SEED = str(ROOT / "fixtures" / "seed.txt")
PAGE = str(ROOT / "fixtures" / "html" / "jsonld_newsarticle.html")


def test_rows_equal_the_json_records(tmp_path: Path):
    out = tmp_path / "articles.parquet"
    done = CliRunner().invoke(parse_main, [SEED, PAGE, str(tmp_path / "gone.txt"), "-f", "parquet", "-o", str(out)])
    assert done.exit_code == 1
    jsonl = CliRunner().invoke(parse_main, [SEED, PAGE, "-f", "jsonl"])
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    rows = pq.read_table(out).to_pylist()
    assert len(rows) == 3
    for row, record in zip(rows, records, strict=False):
        row["evidence"] = dict(row["evidence"])  # Arrow maps read back as (key, value) pairs
        for party in row["parties"]:
            party["why"] = dict(party["why"])
        assert row == {**record, "error": None, "kind": None}
    assert rows[2]["error"] == f"{tmp_path / 'gone.txt'}: no such file; check the path"
    assert (rows[2]["kind"], rows[2]["source"]["path"], rows[2]["title"]) == ("missing", str(tmp_path / "gone.txt"),
                                                                             None)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # the umask's mode, not the temporary file's 0600


def test_fields_and_types(tmp_path: Path):
    out = tmp_path / "a.parquet"
    done = CliRunner().invoke(parse_main, [SEED, "-f", "parquet", "--fields", "title,parties,topics", "-o", str(out)])
    assert done.exit_code == 0
    schema = pq.read_schema(out)
    assert schema.names == ["title", "parties", "topics", "error", "kind"]
    assert str(schema.field("topics").type) == ("list<element: struct<code: string, label: string, score: double, "
                                                "matched: list<element: string>, level: int64, top_code: string>>")


def test_parquet_needs_a_file(tmp_path: Path):
    done = CliRunner().invoke(parse_main, [SEED, "-f", "parquet"])
    assert done.exit_code == 2
    assert "--format parquet writes a file: give -o FILE." in done.stderr
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(os.name == "nt" or os.uname().sysname == "Darwin",
                    reason="a file name of undecodable bytes needs a POSIX file system that keeps bytes")
def test_a_file_name_of_undecodable_bytes_is_written_with_a_replacement_character(tmp_path: Path):
    """A folder holding 'caf\\xe9.txt' (Latin-1 bytes): pyarrow refused the lone surrogate
    of its path and a traceback reached the user (exit 1); the path is 'caf\\ufffd.txt', as
    in the text formats."""
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_bytes(Path(SEED).read_bytes())
    out = tmp_path / "d.parquet"
    done = CliRunner().invoke(parse_main, [str(folder), "-f", "parquet", "-o", str(out), "-q"])
    assert (done.exit_code, done.stderr) == (0, "")
    rows = pq.read_table(out).to_pylist()
    assert [(row["source"]["path"], row["title"]) for row in rows] == [
        (str(folder / "caf\ufffd.txt"), "Congo Seeks Russian Support for Digital Growth")]
