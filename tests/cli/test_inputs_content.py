"""Inputs read by what they hold (a new user's trial): a table or a list of numbers under any
name is refused as data, a folder walk skips symbolic links, an empty --files-from list says
so, and a text that opens with an over-long line keeps it in the body with a warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.test_inputs import article, invoke, titles
from congo_digital.read.datafiles import table_kind

TABLE = "id,name,city,amount\n" + "".join(f"{i},Person {i},Paris,{i:.1f}\n" for i in range(50))
REFUSED = ("this is a CSV table, data about articles, not an article's text or HTML; "
           "give each article's text as a file of its own")


@pytest.mark.parametrize("name", ["table.txt", "table", "table.csv"])
def test_a_table_is_refused_by_what_it_holds_whatever_its_name(tmp_path: Path, name: str):
    # (table.txt was parsed: title "0,Person 0,Paris,0.0", exit 0)
    (tmp_path / name).write_text(TABLE, encoding="utf-8")
    result = invoke([name], cwd=tmp_path)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"congo-digital: {name}: {REFUSED}\n")


def test_a_tsv_table_and_a_quoted_csv_are_tables():
    assert table_kind("a\tb\tc\n" * 6) == "a TSV table"
    assert table_kind('name,"city, country",n\n' + 'Ann,"Paris, France",1\n' * 5) == "a CSV table"


@pytest.mark.parametrize("text", [
    # an article with a few comma-heavy lines: a list of names, a dateline, figures
    "Talks, Trade, Aid: The Week\n\nBy Ann Lee, Bo Chan, Cy Diaz\n\nKINSHASA, Congo, March 3 -\n\n"
    "Ministers of Congo, Rwanda and Uganda met on Monday, then on Tuesday.\n\n"
    "Exports rose 3,200, 4,100 and 5,000 tonnes, officials said.\n\nThe talks go on.\n",
    # lines with three fields each, but four lines only
    "a,b,c\nd,e,f\ng,h,i\nj,k,l\n",
    # two fields a line: a list of pairs, not read as a table
    "".join(f"{i},{i}\n" for i in range(20)),
])
def test_an_article_with_comma_heavy_lines_is_not_a_table(text: str):
    assert table_kind(text) is None


def test_an_article_with_comma_heavy_lines_is_parsed(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Talks, Trade, Aid: The Week\n\nBy Ann Lee, Bo Chan, Cy Diaz\n\n"
                                    "Ministers of Congo, Rwanda and Uganda met on Monday, then on Tuesday.\n",
                                    encoding="utf-8")
    result = invoke(["a.txt", "-f", "jsonl", "--fields", "title"], cwd=tmp_path)
    assert (result.exit_code, titles(result.stdout)) == (0, ["Talks, Trade, Aid: The Week"])


def test_a_table_in_a_folder_is_skipped_with_the_data(tmp_path: Path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "table.txt").write_text(TABLE, encoding="utf-8")
    (tmp_path / "corpus" / "a.txt").write_bytes(article("Alpha Story Here"))
    result = invoke(["corpus", "-f", "jsonl", "--fields", "title"], cwd=tmp_path)
    assert (result.exit_code, titles(result.stdout)) == (0, ["Alpha Story Here"])
    assert result.stderr == ("congo-digital: corpus: 1 file of data skipped (table.txt: CSV): a file of data is no "
                             "article, whatever its name\n")  # (not told that only .txt files are read: it is one)


def test_files_skipped_by_name_and_as_data_are_told_apart(tmp_path: Path):
    """A .txt file of JSON was counted with the files skipped by their names, under 'only
    .txt/... files are read from a folder'."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "meta.txt").write_text('{"source": "wire", "items": [1, 2]}\n', encoding="utf-8")
    (tmp_path / "corpus" / "notes.md").write_text("# Notes\n", encoding="utf-8")
    (tmp_path / "corpus" / "a.txt").write_bytes(article("Alpha Story Here"))
    result = invoke(["corpus", "-f", "jsonl", "--fields", "title"], cwd=tmp_path)
    assert (result.exit_code, titles(result.stdout)) == (0, ["Alpha Story Here"])
    assert result.stderr == (
        "congo-digital: corpus: 1 file skipped, not an article's text or page (notes.md): only "
        ".txt/.text/.htm/.html/.xhtml/.xht/.shtml files are read from a folder; -g/--glob picks others; 1 file of "
        "data skipped (meta.txt: JSON): a file of data is no article, whatever its name\n")


@pytest.mark.parametrize("text", ["".join(f"{(i * 7919) % 1_000_000}\n" for i in range(2000)),
                                  "3.5 -2 10^6\n+++ 42 % 1,000\n"])
def test_a_text_without_a_letter_is_not_an_article(tmp_path: Path, text: str):
    # (2000 numbers were parsed: title "589300", exit 0)
    (tmp_path / "numbers.txt").write_text(text, encoding="utf-8")
    result = invoke(["numbers.txt"], cwd=tmp_path)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("congo-digital: numbers.txt: this holds no word (only numbers, signs or marks), "
                             "not an article's text or HTML; give the article's text\n")
    listed = invoke(["numbers.txt", "-f", "jsonl", "--fields", "title", "-"], cwd=tmp_path,
                    stdin=article("Alpha Story Here"))
    assert [json.loads(line).get("kind") for line in listed.stdout.splitlines()] == ["not-an-article", None]


def test_a_folder_walk_skips_symbolic_links(tmp_path: Path):
    # (a link to a file of the folder parsed the same article twice)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(article("Alpha Story Here"))
    (tmp_path / "outside.txt").write_bytes(article("Outside Story Here"))
    try:
        (corpus / "b.txt").symlink_to("a.txt")
        (corpus / "c.txt").symlink_to(tmp_path / "outside.txt")
    except OSError:
        pytest.skip("no symbolic links here")
    result = invoke(["corpus", "-f", "jsonl", "--fields", "title"], cwd=tmp_path)
    assert (result.exit_code, titles(result.stdout), result.stderr) == (0, ["Alpha Story Here"], "")
    globbed = invoke(["corpus", "-g", "*.txt", "-f", "jsonl", "--fields", "title"], cwd=tmp_path)
    assert (globbed.exit_code, titles(globbed.stdout)) == (0, ["Alpha Story Here"])
    named = invoke(["corpus/b.txt", "-f", "jsonl", "--fields", "title"], cwd=tmp_path)  # a named link is read
    assert (named.exit_code, titles(named.stdout)) == (0, ["Alpha Story Here"])


@pytest.mark.parametrize(("args", "stdin", "where"), [
    (["--files-from", "/dev/null"], None, "/dev/null"),
    (["--files-from", "-"], b"\n\n", "standard input"),
    (["--files-from", "-"], b"path\turl\n", "standard input"),
])
def test_an_empty_list_of_inputs_says_so(tmp_path: Path, args: list[str], stdin: bytes | None, where: str):
    # (it said "no input found; check the folders and --glob")
    result = invoke(args, cwd=tmp_path, stdin=stdin)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"congo-digital: --files-from {where}: the list names no file; give one path a line (NUL-separated with -0)\n"))


@pytest.mark.parametrize(("first", "kept", "warnings"), [
    ("x" * 100_000, 20_000, ["a line over 20,000 characters was cut in the body"]),
    ("word " * 600, 2_999, []),
])
def test_an_overlong_first_line_is_kept_in_the_body(tmp_path: Path, first: str, kept: int, warnings: list[str]):
    # (the line was lost: title "body", empty body, no warning)
    (tmp_path / "longtitle.txt").write_text(first + "\nbody\n", encoding="utf-8")
    result = invoke(["longtitle.txt", "-f", "jsonl", "--fields", "title,body,warnings"], cwd=tmp_path)
    record = json.loads(result.stdout)
    assert (result.exit_code, record["title"], record["warnings"]) == (0, None, warnings)
    assert record["body"] == first.strip()[:kept] + " body"
