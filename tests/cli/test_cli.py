"""The command line: outputs, formats, exit codes and the schema command."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from congo_digital.cli import main, parse_main

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

SEED = str(FIXTURES / "seed.txt")


def test_parse_one_file_prints_one_object():
    result = CliRunner().invoke(parse_main, [SEED])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["title"] == "Congo Seeks Russian Support for Digital Growth"
    assert record["source"]["path"] == SEED


def test_group_parse_is_the_same_command():
    a = CliRunner().invoke(parse_main, [SEED]).stdout
    b = CliRunner().invoke(main, ["parse", SEED]).stdout
    assert a == b


def test_several_inputs_give_json_lines_in_order(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("A Second Headline About Trade\n\nBy Jane Doe\n\n" + "Body text of the second article. " * 10,
                     encoding="utf-8")
    result = CliRunner().invoke(parse_main, [SEED, str(other), SEED])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    titles = [json.loads(line)["title"] for line in lines]
    assert titles == ["Congo Seeks Russian Support for Digital Growth", "A Second Headline About Trade",
                      "Congo Seeks Russian Support for Digital Growth"]


def test_json_format_with_several_inputs_is_an_array():
    result = CliRunner().invoke(parse_main, ["--format", "json", SEED, SEED])
    assert result.exit_code == 0
    assert [r["date"] for r in json.loads(result.stdout)] == ["2025-02-19T10:56", "2025-02-19T10:56"]


def test_bad_input_in_a_batch_keeps_the_others(tmp_path):
    missing = str(tmp_path / "nope.txt")
    result = CliRunner().invoke(parse_main, [SEED, missing, SEED])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert json.loads(lines[1]) == {"error": f"{missing}: no such file; check the path", "kind": "missing",
                                    "path": missing}
    assert json.loads(lines[2])["title"] == "Congo Seeks Russian Support for Digital Growth"
    assert result.stderr == f"congo-digital: {missing}: no such file; check the path\n"


def test_stdin_dash():
    data = (FIXTURES / "seed.txt").read_bytes()
    result = CliRunner().invoke(parse_main, ["-"], input=data)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"]["path"] == "-"


def test_no_paths_is_a_usage_error():
    result = CliRunner().invoke(parse_main, [])
    assert result.exit_code == 2


def test_help_documents_formats_and_exit_codes():
    result = CliRunner().invoke(parse_main, ["--help"])
    assert result.exit_code == 0
    needles = ("--format", "jsonl", "Exit codes:", "0    every input parsed", "3    internal error",
               "130  interrupted (Ctrl-C)", "parse article.txt", "nested too deeply, not an article",
               "(an RSS or Atom feed, an SVG image, a JSON document, JSON Lines, a CSV or TSV table, a text "
               "without a letter, standard input listing only file paths)",
               "their .txt, .text, .htm, .html, .xhtml, .xht and .shtml files, or those --glob picks; data "
               "such as JSON, JSON Lines or CSV is skipped")
    for needle in needles:
        assert " ".join(needle.split()) in " ".join(result.stdout.split())


def test_schema_validates_a_record_and_an_error_record():
    schema = json.loads(CliRunner().invoke(main, ["schema"]).stdout)
    record = json.loads(CliRunner().invoke(parse_main, [SEED]).stdout)
    jsonschema.validate(record, schema)
    article = schema["$defs"]["Article"]
    assert set(article["required"]) == {"source"}
    assert {"title", "authors", "date", "parties", "topics", "body", "evidence", "url"} <= set(article["properties"])
    error = {"error": "x.txt: no such file; check the path", "kind": "missing", "path": "x.txt"}
    jsonschema.validate(error, schema)
    jsonschema.validate({**error, "kind": "timeout", "url": "https://example.org/a"}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**error, "kind": "no-such-kind"}, schema)


def test_topics_lists_the_top_level():
    result = CliRunner().invoke(main, ["topics", "--level", "1"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 17
    assert lines[0] == "medtop:01000000  1  arts, culture, entertainment and media"


def test_topics_filters_by_query_and_under():
    result = CliRunner().invoke(main, ["topics", "artificial intelligence", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["code"], r["level"], r["top_code"]) for r in rows] == [("medtop:20001298", 4, "medtop:13000000")]
    result = CliRunner().invoke(main, ["topics", "--under", "99"])
    assert result.exit_code == 2
    assert "unknown Media Topic code: medtop:99" in result.stderr


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_topics_with_an_empty_query_is_a_usage_error(query):
    # an empty QUERY (an unset shell variable: topics "$Q") listed all 1,084 topics, as no QUERY does
    result = CliRunner().invoke(main, ["topics", query])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("congo-digital: usage: QUERY is empty; give a word to look for (e.g. securit), "
                             "or leave QUERY out to list every topic (see 'main topics --help')\n")
    spaced = CliRunner().invoke(main, ["topics", "  artificial intelligence ", "--format", "jsonl"])
    assert [json.loads(line)["code"] for line in spaced.stdout.splitlines()] == ["medtop:20001298"]
    assert len(CliRunner().invoke(main, ["topics"]).stdout.splitlines()) == 1084
