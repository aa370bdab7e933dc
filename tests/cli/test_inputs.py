"""Inputs: standard input, nested folders with --glob, --files-from (lines, NUL-separated,
a url column), --url, --input-format; outputs: -o (atomic) and --output-dir (the input tree
mirrored)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.goldens import ROOT
from congo_digital.cli import parse_main

SEED = ROOT / "fixtures" / "seed.txt"
TITLE = "Congo Seeks Russian Support for Digital Growth"


def invoke(args: list[str], *, cwd: Path, stdin: bytes | None = None):
    here = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(parse_main, ["--no-progress", *args], input=stdin)
    finally:
        os.chdir(here)


def article(title: str) -> bytes:
    return f"{title}\n\nBy Jane Doe\n\nThe minister met the delegation in the capital. Talks went on.\n".encode()


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """corpus/ with a.txt, b.html, .hidden.txt, sub/c.txt, sub/deeper/d.html, sub/notes.md, .git/x.txt."""
    corpus = tmp_path / "corpus"
    for rel, title in [("a.txt", "Alpha Story Here"), ("sub/c.txt", "Charlie Story Here"),
                       ("sub/notes.md", "Notes Not An Article"), (".hidden.txt", "Hidden Story"),
                       (".git/x.txt", "Git Story")]:
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_bytes(article(title))
    for rel, title in [("b.html", "Bravo Story Here"), ("sub/deeper/d.html", "Delta Story Here")]:
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_text(f"<html><body><h1>{title}</h1><p>The minister met the delegation in the capital."
                                  "</p></body></html>", encoding="utf-8")
    return tmp_path


SKIPPED = "only .txt/.text/.htm/.html/.xhtml/.xht/.shtml files are read from a folder; -g/--glob picks others"


def titles(stdout: str) -> list[str]:
    return [json.loads(line)["title"] for line in stdout.splitlines()]


def test_folder_is_walked_in_sorted_order_skipping_hidden_files(tree: Path):
    result = invoke(["corpus"], cwd=tree)
    assert result.exit_code == 0, result.output
    assert titles(result.stdout) == ["Alpha Story Here", "Bravo Story Here", "Charlie Story Here", "Delta Story Here"]
    # (sub/notes.md, a project's notes, was parsed as an article)
    assert result.stderr == ("congo-digital: corpus: 1 file skipped, not an article's text or page (sub/notes.md): "
                             f"{SKIPPED}\n")
    assert [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()][-1] == os.path.join(
        "corpus", "sub", "deeper", "d.html")


@pytest.mark.parametrize(("globs", "expected"), [
    (["--glob", "*.html"], ["Bravo Story Here", "Delta Story Here"]),
    (["-g", "*.txt", "-g", "*.md"], ["Alpha Story Here", "Charlie Story Here", "Notes Not An Article"]),
    (["--glob", "sub/*.txt"], ["Charlie Story Here"]),
    (["--glob", "**/d.html"], ["Delta Story Here"]),
])
def test_glob_filters_a_folder(tree: Path, globs: list[str], expected: list[str]):
    result = invoke([*globs, "corpus"], cwd=tree)
    assert result.exit_code == 0
    assert titles(result.stdout) == expected


def test_an_empty_selection_says_so_and_exits_1(tree: Path):
    result = invoke(["--glob", "*.pdf", "corpus"], cwd=tree)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "congo-digital: corpus: no file in this folder matches --glob '*.pdf'\n"


def test_an_empty_folder_alone_says_so_in_one_line_and_exits_1(tree: Path):
    (tree / "empty").mkdir()
    result = invoke(["empty"], cwd=tree)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "congo-digital: empty: no file in this folder\n")


def test_data_files_in_a_folder_are_skipped_with_a_count(tree: Path):
    corpus = tree / "corpus"
    first = invoke(["corpus", "-f", "jsonl", "--fields", "title", "-o", "corpus/records.jsonl"], cwd=tree)
    assert first.exit_code == 0
    (corpus / "manifest.jsonl").write_text('{"path": "a.txt"}\n{"path": "b.html"}\n', encoding="utf-8")
    (corpus / "sub" / "meta.json").write_text('{"source": "wire"}', encoding="utf-8")
    (corpus / "table.csv").write_text("title,url\nAlpha,https://example.org/a\n", encoding="utf-8")
    second = invoke(["corpus", "-f", "jsonl", "--fields", "title", "-o", "corpus/records.jsonl"], cwd=tree)
    assert (second.exit_code, second.stderr) == (0, (
        "congo-digital: corpus: 4 files skipped, not an article's text or page (manifest.jsonl, table.csv, "
        f"sub/meta.json, ...): {SKIPPED}\n"))  # (records.jsonl, this run's output, is left out silently)
    assert titles((corpus / "records.jsonl").read_text(encoding="utf-8")) == [
        "Alpha Story Here", "Bravo Story Here", "Charlie Story Here", "Delta Story Here"]
    # -g picks files by name, but data: the notes are read, the data still skipped
    picked = invoke(["corpus", "-g", "*.md", "-g", "*.json", "-f", "jsonl", "--fields", "title"], cwd=tree)
    assert (picked.exit_code, titles(picked.stdout)) == (0, ["Notes Not An Article"])
    assert picked.stderr == ("congo-digital: corpus: 1 file of data skipped (sub/meta.json: JSON): a file of data is "
                             "no article, whatever -g/--glob matches\n")


def test_a_folder_of_data_only_says_so_in_one_line_and_exits_1(tree: Path):
    (tree / "data").mkdir()
    (tree / "data" / "records.jsonl").write_text('{"a": 1}\n[2]\n', encoding="utf-8")
    result = invoke(["data"], cwd=tree)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"congo-digital: data: no article in this folder: 1 file skipped, not an article's text or page "
        f"(records.jsonl): {SKIPPED}\n"))


def test_json_lines_named_is_not_an_article(tree: Path):
    (tree / "records.jsonl").write_text('{"title": "A"}\n\n{"title": "B"}\n', encoding="utf-8")
    result = invoke(["records.jsonl"], cwd=tree)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("congo-digital: records.jsonl: this is JSON Lines (one JSON value a line), not an "
                             "article's text or HTML; give each article's text as a file of its own\n")
    listed = invoke(["records.jsonl", "corpus/a.txt", "-f", "jsonl", "--fields", "title"], cwd=tree)
    assert [json.loads(line) for line in listed.stdout.splitlines()] == [
        {"error": "records.jsonl: this is JSON Lines (one JSON value a line), not an article's text or HTML; "
                  "give each article's text as a file of its own", "kind": "not-an-article", "path": "records.jsonl"},
        {"title": "Alpha Story Here"}]


def test_an_empty_folder_beside_a_file_is_named_on_stderr(tree: Path):
    (tree / "empty").mkdir()
    result = invoke(["corpus/a.txt", "empty"], cwd=tree)
    assert result.exit_code == 0
    assert titles(result.stdout) == ["Alpha Story Here"]
    assert result.stderr == "congo-digital: empty: no file in this folder\n"


def test_stdin_dash_and_the_hint_for_a_list_of_paths(tree: Path):
    result = invoke(["-", "--fields", "title,source"], cwd=tree, stdin=SEED.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"title": TITLE, "source": json.loads(result.stdout)["source"]}
    assert json.loads(result.stdout)["source"]["path"] == "-"
    assert result.stderr == ""


LISTED = ("standard input: this is a list of file paths, not an article's text or HTML; to parse "
          "those files, use --files-from - (with -0 after find -print0)")


def test_a_list_of_paths_on_stdin_is_no_article(tree: Path):
    listing = invoke(["-"], cwd=tree, stdin=b"corpus/a.txt\ncorpus/sub/c.txt\n")
    assert (listing.exit_code, listing.stdout, listing.stderr) == (1, "", f"congo-digital: {LISTED}\n")
    beside = invoke(["corpus/a.txt", "-", "-f", "jsonl", "--fields", "title"], cwd=tree,
                    stdin=b"corpus/b.html\0corpus/a.txt\0")
    assert beside.exit_code == 1
    assert [json.loads(line) for line in beside.stdout.splitlines()] == [
        {"title": "Alpha Story Here"}, {"error": LISTED, "kind": "not-an-article", "path": "-"}]
    assert beside.stderr == f"congo-digital: {LISTED}\n"
    prose = invoke(["-", "--fields", "title"], cwd=tree, stdin=b"corpus/a.txt is where the story was kept\n")
    assert prose.exit_code == 0


def test_files_from_a_list_with_urls_and_a_header(tree: Path):
    (tree / "list.tsv").write_text("path\turl\ncorpus/a.txt\thttps://example.org/a\n\ncorpus/sub\n"
                                   "missing.txt\thttps://example.org/m\n", encoding="utf-8")
    result = invoke(["--files-from", "list.tsv", "-f", "jsonl", "--fields", "title,url"], cwd=tree)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records == [
        {"title": "Alpha Story Here", "url": "https://example.org/a"},
        {"title": "Charlie Story Here", "url": None},
        {"title": "Delta Story Here", "url": None},
        {"error": "missing.txt: no such file; check the path", "kind": "missing", "path": "missing.txt",
         "url": "https://example.org/m"},
    ]


def test_files_from_stdin_nul_separated(tree: Path):
    listing = b"corpus/b.html\0corpus/a.txt\0"
    result = invoke(["--files-from", "-", "-0"], cwd=tree, stdin=listing)
    assert result.exit_code == 0
    assert titles(result.stdout) == ["Bravo Story Here", "Alpha Story Here"]


def test_a_listed_file_name_holding_a_tab_is_a_path(tree: Path):
    """find -print0 gives a name with a tab as it is: an existing file is read, not split
    into PATH<TAB>URL; a name that is no file still splits."""
    (tree / "corpus" / "tab\tname.txt").write_bytes((tree / "corpus" / "a.txt").read_bytes())
    listing = b"corpus/tab\tname.txt\0corpus/a.txt\thttps://example.org/a\0"
    result = invoke(["--files-from", "-", "-0", "-f", "jsonl", "--fields", "title,url"], cwd=tree, stdin=listing)
    assert result.exit_code == 0
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"title": "Alpha Story Here", "url": None}, {"title": "Alpha Story Here", "url": "https://example.org/a"}]


def test_paths_then_the_list(tree: Path):
    (tree / "list.txt").write_text("corpus/b.html\n", encoding="utf-8")
    result = invoke(["corpus/a.txt", "--files-from", "list.txt"], cwd=tree)
    assert titles(result.stdout) == ["Alpha Story Here", "Bravo Story Here"]


@pytest.mark.parametrize(("args", "message"), [
    (["--url", "https://x", "corpus"], "--url names the one input"),
    (["--url", "not a url", "corpus/a.txt"], "--url: 'not a url' is not a web address; give an absolute one "
                                             "(https://host/path)."),
    (["--url", "example.org/a", "corpus/a.txt"], "--url: 'example.org/a' is not a web address"),
    (["-", "--files-from", "-"], "standard input can be read once"),
    (["--files-from", "nope.txt"], "--files-from: nope.txt: no such file."),
    (["--files-from", "corpus"], "--files-from: corpus: is a folder; give a file that lists paths, "
                                 "or give the folder itself as a PATH."),
    (["-0", "corpus"], "-0/--null applies to --files-from."),
    (["-g", "", "corpus"], "-g/--glob needs a pattern (e.g. '*.html')."),
    (["--files-from", "-", "--files-from", "-"], "Invalid value for '--files-from': given more than once; give one "
                                                 "list (cat a.txt b.txt | parse --files-from -)"),
    (["--output-dir", "", "corpus/a.txt"], "--output-dir needs a folder name (it is made if missing)."),
    (["-o", "x.json", "--output-dir", "out", "corpus"], "give -o/--output or --output-dir, not both."),
])
def test_usage_errors(tree: Path, args: list[str], message: str):
    result = invoke(args, cwd=tree)
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_list_from_a_pipe(tree: Path):
    """--files-from <(find ...) names a pipe, not a regular file: it is read as a list (it
    was refused as "no such file")."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    import threading

    os.mkfifo(tree / "list.fifo")

    def write() -> None:
        with open(tree / "list.fifo", "w", encoding="utf-8") as fifo:
            fifo.write("corpus/a.txt\ncorpus/b.html\n")

    writer = threading.Thread(target=write)
    writer.start()
    try:
        result = invoke(["--files-from", "list.fifo", "-f", "jsonl"], cwd=tree)
    finally:
        writer.join(timeout=10)
    assert result.exit_code == 0
    assert titles(result.stdout) == ["Alpha Story Here", "Bravo Story Here"]


def test_url_is_recorded_for_one_input(tree: Path):
    result = invoke(["--url", "https://example.org/a", "--fields", "url", "corpus/a.txt"], cwd=tree)
    assert json.loads(result.stdout) == {"url": "https://example.org/a"}


def test_input_format_forces_the_reading(tree: Path):
    (tree / "page.txt").write_text("Talks <b>resumed</b> in the capital on trade and the port.", encoding="utf-8")
    auto = json.loads(invoke(["page.txt"], cwd=tree).stdout)
    forced = json.loads(invoke(["--input-format", "html", "page.txt"], cwd=tree).stdout)
    assert auto["source"]["format"] == "text" and "<b>" in auto["body"] + (auto["title"] or "")
    assert forced["source"]["format"] == "html" and "<b>" not in json.dumps(forced)
    as_text = json.loads(invoke(["--input-format", "text", "corpus/b.html"], cwd=tree).stdout)
    assert as_text["source"]["format"] == "text"


def test_output_file_is_written_whole_and_atomically(tree: Path):
    (tree / "out.csv").write_text("old\n", encoding="utf-8")
    result = invoke(["corpus", "-f", "csv", "--fields", "title", "-o", "out.csv"], cwd=tree)
    assert result.exit_code == 0 and result.stdout == ""
    assert (tree / "out.csv").read_text(encoding="utf-8").splitlines()[:2] == ["title,error,kind",
                                                                                "Alpha Story Here,,"]
    failed = invoke(["missing.txt", "-f", "json", "-o", "out.csv"], cwd=tree)  # one input fails: the file stays
    assert failed.exit_code == 1
    assert (tree / "out.csv").read_text(encoding="utf-8").startswith("title,error,kind\n")
    assert not [p for p in tree.iterdir() if p.name.endswith(".part")]


def test_output_to_a_device_is_written_in_place(tree: Path):
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    result = invoke(["corpus/a.txt", "-o", "/dev/null"], cwd=tree)
    assert result.exit_code == 0
    assert Path("/dev/null").is_char_device()


def test_output_dir_mirrors_the_input_tree(tree: Path):
    (tree / "corpus" / "a.html").write_bytes((tree / "corpus" / "b.html").read_bytes())
    (tree / "corpus" / "empty.txt").write_bytes(b"")
    result = invoke(["corpus", "-f", "markdown", "--output-dir", "out"], cwd=tree)
    assert result.exit_code == 1  # empty.txt: told on stderr, no file
    written = sorted(str(p.relative_to(tree / "out")) for p in (tree / "out").rglob("*") if p.is_file())
    assert written == sorted(["a.md", "a.txt.md", "b.md", os.path.join("sub", "c.md"),
                              os.path.join("sub", "deeper", "d.md")])
    assert (tree / "out" / "sub" / "c.md").read_text(encoding="utf-8").endswith(
        "# Charlie Story Here\n\nThe minister met the delegation in the capital. Talks went on.\n")
    assert result.stdout == ""
    assert "empty.txt: empty input" in result.stderr


def test_a_fifo_without_a_writer_does_not_hang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A named pipe waits for its writer at most FIFO_WAIT seconds, then is refused (it read
    as an empty input at once, before any writer could start)."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    import congo_digital.read.files as files

    monkeypatch.setattr(files, "FIFO_WAIT", 0.2)
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "good.txt").write_bytes(article("After The Pipe"))
    result = invoke(["pipe", "good.txt", "-f", "jsonl"], cwd=tmp_path)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("kind") or r["title"] for r in records] == ["unreadable", "After The Pipe"]
    assert records[0]["error"] == ("pipe: a named pipe whose writer did not start within 0.2 s; start the writer "
                                   "first, or pipe the text into standard input")
    walked = invoke([".", "-f", "jsonl"], cwd=tmp_path)  # in a folder, a FIFO is not an input
    assert walked.exit_code == 0 and titles(walked.stdout) == ["After The Pipe"]


def test_a_fifo_whose_writer_starts_after_the_command_is_read(tmp_path: Path):
    """parse pipe & then a writer: the text is read, as cat would read it (it was "empty")."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    import threading
    import time

    os.mkfifo(tmp_path / "pipe")

    def write() -> None:
        time.sleep(0.5)
        with open(tmp_path / "pipe", "wb") as fifo:
            fifo.write(article("Written Later Story"))

    writer = threading.Thread(target=write)
    writer.start()
    try:
        result = invoke(["pipe", "-f", "jsonl"], cwd=tmp_path)
    finally:
        writer.join(timeout=10)
    assert result.exit_code == 0
    assert titles(result.stdout) == ["Written Later Story"]


@pytest.mark.parametrize("output", ["corpus/a.txt", "./corpus/../corpus/a.txt", "link.txt"])
def test_an_output_file_that_is_an_input_is_refused(tree: Path, output: str):
    (tree / "link.txt").symlink_to(tree / "corpus" / "a.txt")
    before = (tree / "corpus" / "a.txt").read_bytes()
    result = invoke(["corpus/a.txt", "corpus/b.html", "-o", output], cwd=tree)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"congo-digital: usage: -o {output}: this file is an input (corpus/a.txt) and would be "
                             "overwritten; give another output file (see 'parse --help')\n")
    assert (tree / "corpus" / "a.txt").read_bytes() == before


@pytest.mark.parametrize(("name", "start"), [("out.csv", "title,error,kind\n"), ("out.TSV", "title\terror\tkind\n"),
                                             ("out.md", "---\ntitle: "), ("out.json", '[\n  {\n    "title": ')])
def test_auto_format_follows_the_output_file_name(tree: Path, name: str, start: str):
    """-o records.csv holds CSV (it held JSON Lines); -o records.json a JSON array of several inputs."""
    result = invoke(["corpus", "--fields", "title", "-o", name], cwd=tree)
    assert result.exit_code == 0
    assert (tree / name).read_text(encoding="utf-8").startswith(start)


def test_an_output_dir_that_is_a_file_is_a_usage_error(tree: Path):
    """(it was 'cannot write corpus/a.txt/corpus/a.json (Not a directory)', exit 4)"""
    result = invoke(["corpus/b.html", "--output-dir", "corpus/a.txt"], cwd=tree)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("congo-digital: usage: --output-dir corpus/a.txt: this is a file, not a folder; "
                                    "give a folder (it is made if missing).")


def test_an_output_file_that_is_a_folder_is_a_usage_error(tree: Path):
    """-o names a folder without --scheduler (it was 'cannot write out (Is a directory)', exit 4,
    after parsing every input)."""
    (tree / "out").mkdir()
    result = invoke(["corpus/b.html", "-o", "out"], cwd=tree)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("congo-digital: usage: -o out: this is a folder, not a file; give a file name, "
                                    "or --output-dir DIR for one file an input.")
    result = invoke(["corpus/b.html", "-o", "new/"], cwd=tree)  # a folder that is not there yet: no file "new"
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("congo-digital: usage: -o new/: a name ending in a slash names a folder, "
                                    "not a file; give a file name, ")
    (tree / "a.txt").write_text("x", encoding="utf-8")  # a file's name with a slash is no folder of its own
    result = invoke(["corpus/b.html", "-o", "a.txt/"], cwd=tree)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("congo-digital: usage: -o a.txt/: a name ending in a slash names a folder, ")
    assert not (tree / "new").exists()


def test_output_dir_never_writes_over_an_input(tmp_path: Path):
    """--output-dir into the input folder, as text: b.html's record goes to b.html.txt, not
    over the input b.txt (which it replaced, exit 0)."""
    (tmp_path / "b.txt").write_bytes(article("Alpha Story Here"))
    (tmp_path / "b.html").write_text("<html><head><title>Bravo Page Here</title></head><body><p>The minister met "
                                     "the delegation in the capital. Talks went on.</p></body></html>",
                                     encoding="utf-8")
    refused = invoke([".", "-f", "text", "--output-dir", "."], cwd=tmp_path)  # .txt records in the input folder
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert refused.stderr.startswith("congo-digital: usage: --output-dir .: this is an input folder, and its .txt "
                                     "records would be read as articles by the next run; give another folder")
    result = invoke(["b.html", "b.txt", "-f", "text", "--output-dir", "."], cwd=tmp_path)
    assert result.exit_code == 0
    assert (tmp_path / "b.txt").read_bytes() == article("Alpha Story Here")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.html", "b.html.txt", "b.txt", "b.txt.txt"]
    assert "Bravo Page Here" in (tmp_path / "b.html.txt").read_text(encoding="utf-8")
    assert "Alpha Story Here" in (tmp_path / "b.txt.txt").read_text(encoding="utf-8")


def test_an_output_file_that_is_an_article_of_an_input_folder_is_refused(tmp_path: Path):
    """-o over an article of the folder being read: the walk left it out as this run's
    output and replaced it with the other article's record (exit 0, the article lost)."""
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "x.txt").write_bytes(article("Alpha Story Here"))
    (tmp_path / "c" / "y.txt").write_bytes(article("Bravo Story Here"))
    result = invoke(["c", "-f", "text", "-o", "c/x.txt"], cwd=tmp_path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("congo-digital: usage: -o c/x.txt: this file is an article of the input folder c and "
                             "would be overwritten; give an output file outside it, or another name "
                             "(see 'parse --help')\n")
    assert (tmp_path / "c" / "x.txt").read_bytes() == article("Alpha Story Here")
    # not there yet: refused all the same (the next run would read it as an article, then refuse it)
    fresh = invoke(["c", "-f", "text", "-o", "c/new.txt", "-q"], cwd=tmp_path)
    assert (fresh.exit_code, fresh.stdout) == (2, "")
    assert fresh.stderr == ("congo-digital: usage: -o c/new.txt: this file would be in the input folder c, whose "
                            "walk reads it as an article; give an output file outside it, or another name "
                            "(see 'parse --help')\n")
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["x.txt", "y.txt"]


def test_output_dir_inside_an_input_folder_holding_articles_is_refused(tmp_path: Path):
    """--output-dir c/sub, where c/sub holds articles: c/x.txt's record went over c/sub/x.txt
    (exit 0, the article lost)."""
    (tmp_path / "c" / "sub").mkdir(parents=True)
    (tmp_path / "c" / "x.txt").write_bytes(article("Alpha Story Here"))
    (tmp_path / "c" / "sub" / "x.txt").write_bytes(article("Bravo Story Here"))
    result = invoke(["c", "-f", "text", "--output-dir", "c/sub", "-q"], cwd=tmp_path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("congo-digital: usage: --output-dir c/sub: this folder, inside an input folder, holds "
                             "articles (c/sub/x.txt) that the run would leave out and could write over; give a new or "
                             "empty folder, or one outside the input folders (see 'parse --help')\n")
    assert sorted(p.name for p in (tmp_path / "c" / "sub").iterdir()) == ["x.txt"]
    assert (tmp_path / "c" / "sub" / "x.txt").read_bytes() == article("Bravo Story Here")


def test_output_dir_that_is_the_input_folder_writes_json_beside_its_articles(tmp_path: Path):
    """The walk reads the articles of an output folder that is the input folder itself, so
    none is left out or written over: the run goes on (it was refused as 'holds articles')."""
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_bytes(article("Alpha Story Here"))
    result = invoke(["c", "-f", "json", "--output-dir", "c", "-q"], cwd=tmp_path)
    assert (result.exit_code, result.stderr) == (0, "")
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["a.json", "a.txt"]
    assert (tmp_path / "c" / "a.txt").read_bytes() == article("Alpha Story Here")


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_a_second_run_into_the_input_folder_leaves_its_own_records_out_silently(tmp_path: Path, fmt: str):
    """(the second run said 'c: 2 files skipped, not an article's text or page (a.json,
    sub/b.json)' of the first run's records, which a run's walk leaves out as it does its
    -o file; a file of data that is no record of an article beside it is still told)"""
    (tmp_path / "c" / "sub").mkdir(parents=True)
    (tmp_path / "c" / "a.txt").write_bytes(article("Alpha Story Here"))
    (tmp_path / "c" / "sub" / "b.html").write_text("<html><head><title>Bravo Page Here</title></head><body><p>The "
                                                   "minister met the delegation. Talks went on.</p></body></html>",
                                                   encoding="utf-8")
    ext = {"json": ".json", "markdown": ".md"}[fmt]
    runs = [invoke(["c", "-f", fmt, "--output-dir", "c"], cwd=tmp_path) for _ in range(2)]
    assert [(r.exit_code, r.stderr) for r in runs] == [(0, ""), (0, "")]
    assert sorted(p.relative_to(tmp_path / "c").as_posix() for p in (tmp_path / "c").rglob("*")) == sorted(
        ["a.txt", f"a{ext}", "sub", "sub/b.html", f"sub/b{ext}"])
    (tmp_path / "c" / f"notes{ext}").write_text('{"a": 1}' if fmt == "json" else "# Notes", encoding="utf-8")
    third = invoke(["c", "-f", fmt, "--output-dir", "c"], cwd=tmp_path)
    assert (third.exit_code, third.stderr) == (0, f"congo-digital: c: 1 file skipped, not an article's text or page "
                                                  f"(notes{ext}): only .txt/.text/.htm/.html/.xhtml/.xht/.shtml files "
                                                  "are read from a folder; -g/--glob picks others\n")


def test_records_that_the_walk_of_the_input_folder_would_read_are_refused(tmp_path: Path):
    """(-g '*.md' -f markdown --output-dir c: the second run parsed the first one's a.md as an
    article, as -f text's .txt records would be, which is refused)"""
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_bytes(article("Alpha Story Here"))
    result = invoke(["c", "-f", "markdown", "--output-dir", "c", "-g", "*.txt", "-g", "*.md"], cwd=tmp_path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("congo-digital: usage: --output-dir c: this is an input folder, and its .md records "
                             "would be read as articles by the next run (they match --glob); give another folder "
                             "(a sub-folder is left out of the walk). (see 'parse --help')\n")
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["a.txt"]
    # JSON records are data, which no --glob makes an article: written, and left out by the next run
    runs = [invoke(["c", *fmt, "--output-dir", "c", "-g", "*"], cwd=tmp_path) for fmt in (["-f", "json"], [])]
    assert [(r.exit_code, r.stderr) for r in runs] == [(0, ""), (0, "")]
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == ["a.json", "a.txt"]


def test_an_output_file_that_is_the_list_of_inputs_is_refused(tree: Path):
    (tree / "list.txt").write_text("corpus/a.txt\n", encoding="utf-8")
    result = invoke(["--files-from", "list.txt", "-o", "list.txt"], cwd=tree)
    assert (result.exit_code, result.stderr) == (2, "congo-digital: usage: -o list.txt: this file is an input "
                                                    "(list.txt) and would be overwritten; give another output file "
                                                    "(see 'parse --help')\n")
    assert (tree / "list.txt").read_text(encoding="utf-8") == "corpus/a.txt\n"


@pytest.mark.parametrize(("name", "content", "what"), [
    # (both were parsed as an article: the table's first row became the title, exit 0)
    ("table.csv", "title,url\nAlpha,https://example.org/a\n", "a CSV table"),
    ("table.TSV", "title\turl\nAlpha\thttps://example.org/a\n", "a TSV table"),
    ("cut.json", '{"headline": "Alpha", "articleBody": "The minister', "a JSON file"),
])
def test_a_named_data_file_is_not_an_article(tmp_path: Path, name: str, content: str, what: str):
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = invoke([name], cwd=tmp_path)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"congo-digital: {name}: this is {what}, data about articles, not an article's text "
                             "or HTML; give each article's text as a file of its own\n")


def test_a_named_file_is_read_by_what_it_holds(tmp_path: Path):
    (tmp_path / "notes.md").write_bytes(article("Notes Read When Named"))
    (tmp_path / "prose.csv").write_bytes(article("A Text Named Csv"))  # no comma in its first line
    result = invoke(["notes.md", "prose.csv", "-f", "jsonl"], cwd=tmp_path)
    assert (result.exit_code, titles(result.stdout)) == (0, ["Notes Read When Named", "A Text Named Csv"])


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_an_output_folder_inside_the_input_folder_is_not_read_back(tree: Path, fmt: str):
    # (-f text writes .txt files: the second run parsed the first run's output as articles)
    # (a second run of -f text finds articles of corpus/ in corpus/out: refused, as the
    # folder could hold a user's articles, which it would write over)
    args = ["corpus", "-f", fmt, "--output-dir", "corpus/out", "-g", "*.txt", "-g", "*.html"]
    first = invoke(args, cwd=tree)
    second = invoke(args, cwd=tree)
    assert (first.exit_code, second.exit_code) == (0, 2 if fmt == "text" else 0)
    refusal = "congo-digital: usage: --output-dir corpus/out: this folder, inside an input folder, holds articles "
    assert second.stderr.startswith(refusal + "(corpus/out/a.txt, ") if fmt == "text" else second.stderr == ""
    suffix = ".txt" if fmt == "text" else ".json"
    written = sorted(p.relative_to(tree / "corpus" / "out").as_posix() for p in (tree / "corpus" / "out").rglob("*"))
    assert written == sorted([f"a{suffix}", f"b{suffix}", "sub", f"sub/c{suffix}", "sub/deeper",
                              f"sub/deeper/d{suffix}"])


def test_an_output_file_inside_the_input_folder_is_refused_from_the_first_run(tree: Path):
    # corpus/summary.txt was written by the first run, then refused by the second as an article of corpus/
    first = invoke(["corpus", "-f", "text", "-o", "corpus/summary.txt"], cwd=tree)
    assert (first.exit_code, first.stderr) == (2, "congo-digital: usage: -o corpus/summary.txt: this file would be "
                                                  "in the input folder corpus, whose walk reads it as an article; give "
                                                  "an output file outside it, or another name (see 'parse --help')\n")
    assert not (tree / "corpus" / "summary.txt").exists()
    # a name that the walk does not take (not an article's) is written, and not read back
    for _ in range(2):
        done = invoke(["corpus", "-f", "text", "-o", "corpus/summary.log", "-q"], cwd=tree)
        assert (done.exit_code, done.stderr) == (0, "congo-digital: corpus: 1 file skipped, not an article's text "
                                                    "or page (sub/notes.md): only .txt/.text/.htm/.html/.xhtml/.xht/"
                                                    ".shtml files are read from a folder; -g/--glob picks others\n")
        assert (tree / "corpus" / "summary.log").read_text(encoding="utf-8").count("Story Here") == 4
