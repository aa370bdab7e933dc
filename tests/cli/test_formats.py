"""Every output format on fixtures/seed.txt, byte for byte against the golden files
(``python tests/cli/golden/update.py`` rewrites them), and the formats' shared rules:
--fields, colour on request only, JSON arrays streamed, error records in place."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from cli.goldens import CASES, GOLDEN, ROOT, SEED, produce
from congo_digital.cli import flat, parse_main

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("name", sorted(CASES))
def test_format_matches_its_golden_file(name: str):
    assert produce(CASES[name]) == (GOLDEN / name).read_text(encoding="utf-8")


def test_auto_is_json_for_one_input_and_json_lines_for_several():
    one = produce([SEED])
    assert one == (GOLDEN / "seed.json").read_text(encoding="utf-8")
    several = produce([SEED, SEED]).splitlines()
    assert several == [(GOLDEN / "seed.jsonl").read_text(encoding="utf-8").rstrip("\n")] * 2


def test_json_with_several_inputs_is_one_array_as_json_dumps_writes_it():
    text = produce(["-f", "json", SEED, "missing.txt", SEED], code=1)
    records = json.loads(text)
    assert text == json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    assert [r.get("kind") for r in records] == [None, "missing", None]
    assert produce(["-f", "jsonld", SEED, SEED]).startswith('[\n  {\n    "@context": "https://schema.org",')


def test_csv_has_one_header_and_a_row_per_input_with_error_rows_in_place():
    lines = produce(["-f", "csv", "--fields", "title", SEED, "missing.txt", SEED], code=1).splitlines()
    assert lines == ["title,error,kind", "Congo Seeks Russian Support for Digital Growth,,",
                     ",missing.txt: no such file; check the path,missing",
                     "Congo Seeks Russian Support for Digital Growth,,"]


def test_markdown_and_text_separate_several_records_with_a_blank_line():
    md = produce(["-f", "markdown", "--fields", "title", SEED, SEED])
    title = "Congo Seeks Russian Support for Digital Growth"
    one = f'---\ntitle: "{title}"\n---\n\n# {title}\n'
    assert md == one + "\n" + one
    text = produce(["-f", "text", "--fields", "title,date", SEED, "missing.txt"], code=1)
    assert text == ("Congo Seeks Russian Support for Digital Growth\n2025-02-19T10:56\n\n"
                    "error (missing): missing.txt: no such file; check the path\n")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "jsonld", "csv", "tsv", "markdown", "text"])
def test_fields_select_in_every_format(fmt: str):
    out = produce(["-f", fmt, "--fields", "date,title", SEED])
    assert "2025-02-19T10:56" in out and "Congo Seeks Russian" in out
    assert "Samira Njoya" not in out and "TECH STARS" not in out and "medtop:" not in out


def test_fields_keep_the_order_given_and_refuse_unknown_names():
    assert list(json.loads(produce(["--fields", "date,title", SEED]))) == ["date", "title"]
    result = CliRunner().invoke(parse_main, ["--fields", "title,nope", str(ROOT / SEED)])
    assert result.exit_code == 2
    assert "unknown field 'nope'; choose among title, subtitle, authors" in result.stderr


def test_fields_may_name_an_error_records_keys(tmp_path):
    # ('--fields url,error,kind' was refused as unknown fields, though error records carry them)
    result = CliRunner().invoke(parse_main, ["-f", "jsonl", "--fields", "title,error,kind", str(ROOT / SEED),
                                             str(tmp_path / "gone.txt")])
    assert result.exit_code == 1
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"title": "Congo Seeks Russian Support for Digital Growth"},
        {"error": f"{tmp_path / 'gone.txt'}: no such file; check the path", "kind": "missing",
         "path": str(tmp_path / "gone.txt")}]
    alone = CliRunner().invoke(parse_main, ["--fields", "error", str(ROOT / SEED)])
    assert alone.exit_code == 2
    assert "no record field (error records carry error, kind and path anyway); choose among title" in alone.stderr


def test_colour_only_on_request_or_a_terminal():
    plain = produce(["-f", "text", SEED])
    assert not ANSI.search(plain)
    coloured = CliRunner().invoke(parse_main, ["--color", "-f", "text", str(ROOT / SEED)]).stdout
    assert "\x1b[1mCongo Seeks Russian Support for Digital Growth\x1b[0m" in coloured
    assert ANSI.sub("", coloured) == plain.replace(SEED, str(ROOT / SEED))
    json_coloured = CliRunner().invoke(parse_main, ["--color", str(ROOT / SEED)]).stdout
    assert json.loads(ANSI.sub("", json_coloured))["title"] == "Congo Seeks Russian Support for Digital Growth"
    assert not ANSI.search(CliRunner().invoke(parse_main, ["--color", "-f", "csv", str(ROOT / SEED)]).stdout)


def test_markdown_front_matter_is_yaml_made_of_json_values():
    front = (GOLDEN / "seed.md").read_text(encoding="utf-8").split("---\n")[1]
    values: dict = {}
    key = None
    for line in front.splitlines():
        if line.startswith("  - "):
            values[key].append(json.loads(line[4:]))
        else:
            key, _, rest = line.partition(":")
            values[key] = json.loads(rest) if rest.strip() else []
    assert values["title"] == "Congo Seeks Russian Support for Digital Growth"
    assert values["bytes"] == 2651 and values["url"] is None
    assert values["parties"][1] == "Russia (country, RU)"


def test_jsonld_maps_the_readme_names():
    doc = json.loads((GOLDEN / "seed.jsonld").read_text(encoding="utf-8"))
    assert doc["@type"] == "NewsArticle" and doc["headline"].startswith("Congo Seeks")
    assert doc["editor"] == [{"@type": "Person", "name": "Sèna D. B. de Sodji"}]
    assert doc["about"][0] == {"@type": "DefinedTerm", "termCode": "medtop:13000000", "name": "science and technology",
                               "inDefinedTermSet": "http://cv.iptc.org/newscodes/mediatopic/",
                               "url": "http://cv.iptc.org/newscodes/mediatopic/13000000"}
    assert {"@type": "Country", "name": "Russia", "identifier": "RU"} in doc["about"]
    assert [m["name"] for m in doc["mentions"]] == ["Léon-Juste Ibombo", "Ilias Iskandarov"]


@pytest.mark.parametrize(("fmt", "sep"), [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_round_trip_through_pandas(tmp_path, fmt: str, sep: str):
    pandas = pytest.importorskip("pandas")
    (tmp_path / "tricky.txt").write_text('A "Quoted", Title; With Commas\n\nBy Jane Doe\n\nFirst paragraph, with '
                                         '"quotes" and a\ttab.\n\nSecond paragraph; 5,000 words.\n', encoding="utf-8")
    inputs = [str(ROOT / SEED), str(tmp_path / "tricky.txt"), str(tmp_path / "missing.txt")]
    out = tmp_path / f"out.{fmt}"
    assert CliRunner().invoke(parse_main, ["-f", fmt, "-o", str(out), *inputs]).exit_code == 1
    lines = CliRunner().invoke(parse_main, ["-f", "jsonl", *inputs]).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    exact = pandas.read_csv(out, sep=sep, dtype=str, keep_default_na=False)
    assert list(exact.columns) == flat.columns(None)
    assert exact.values.tolist() == [flat.row(r, flat.columns(None)) for r in records]
    typed = pandas.read_csv(out, sep=sep)
    assert typed["title"].tolist()[:2] == [records[0]["title"], 'A "Quoted", Title; With Commas']
    assert typed["body"][1] == records[1]["body"] and "\n\n" in typed["body"][1]
    assert typed["bytes"].tolist()[:2] == [records[0]["source"]["bytes"], records[1]["source"]["bytes"]]
    assert typed["authors"][0] == "Samira Njoya" and typed["kind"][2] == "missing"
    assert pandas.to_datetime(typed["date"][0]) == pandas.Timestamp("2025-02-19T10:56")


def test_a_real_process_prints_the_same_as_the_golden_file():
    # piped: no colour, UTF-8 whatever the locale
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONIOENCODING="ascii", LC_ALL="C")
    env.pop("NO_COLOR", None)
    done = subprocess.run([sys.executable, "-m", "congo_digital", "parse", "-f", "text", SEED], cwd=ROOT, env=env,
                          capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.decode("utf-8") == (GOLDEN / "seed.txt").read_text(encoding="utf-8")
