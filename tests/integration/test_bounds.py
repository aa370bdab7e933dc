"""Limits and hostile inputs: the size limit, the analysis bounds, HTML bombs, and patterns
that once backtracked.  These tests check what comes out; the times are measured by
``bench/adversarial.py`` (timing belongs in bench/).  The one exception is the sniff
regression, run in a child process so that a pattern that backtracks again fails the test
(after a minute) instead of hanging the suite.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from congo_digital.batch.task import BudgetExceeded, time_budget
from congo_digital.errors import InputError
from congo_digital.pipeline import parse_bytes, parse_path
from congo_digital.read.document import bound_text, decode_document, sniff_format
from congo_digital.read.files import _read_upto, read_bytes
from congo_digital.settings import MAX_HTML_TAGS, MAX_LINES, READ_CHUNK

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "seed.txt"
SEED_TITLE = "Congo Seeks Russian Support for Digital Growth"


def test_size_limit_refuses_bigger_inputs(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1001)
    with pytest.raises(InputError) as info:
        read_bytes(str(path), max_bytes=1000)
    assert info.value.kind == "too-large"
    assert str(info.value) == f"{path}: larger than the limit of 1,000 bytes; raise it with --max-bytes"
    assert read_bytes(str(path), max_bytes=1001) == b"a" * 1001
    with pytest.raises(InputError, match="larger than the limit of 1,000 bytes"):
        parse_path(str(path), max_bytes=1000)


class _Zeros:
    """An endless input (as ``/dev/zero``) that takes ``pause`` seconds per read."""

    def __init__(self, pause: float = 0.0) -> None:
        self.pause = pause
        self.reads = 0

    def read(self, size: int) -> bytes:
        self.reads += 1
        time.sleep(self.pause)
        return bytes(size)


def test_reading_holds_one_copy_of_the_input():
    # the chunks go into one growing buffer handed over without a copy: b"".join of a list
    # of them doubled the peak (60 MB here) and was one call that --timeout could not interrupt
    tracemalloc.start()
    try:
        data = _read_upto(_Zeros(), 30_000_001)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(data) == 30_000_001 and data.count(0) == 30_000_001 and type(data) is bytes
    assert peak < 30_000_001 * 1.25 + 2 * READ_CHUNK


def test_time_budget_stops_a_large_read_between_chunks():
    source = _Zeros(pause=0.01)
    started = time.monotonic()
    with pytest.raises(BudgetExceeded), time_budget(0.2):
        _read_upto(source, 2_000_000_001)
    assert time.monotonic() - started < 1.0 and 5 <= source.reads < 100


@pytest.mark.skipif(not hasattr(os, "O_NONBLOCK"), reason="the open of a POSIX system")
def test_a_budget_running_out_as_the_file_opens_is_a_timeout_not_a_bad_file_descriptor(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The alarm landing just after ``os.fdopen`` returned dropped the new file object, which
    closed the file; closing it again raised ``OSError(EBADF)`` in its place, and the input was
    reported ``unreadable`` ("Bad file descriptor") instead of timed out."""
    (tmp_path / "a.txt").write_bytes(b"Some words.")
    fdopen = os.fdopen

    def alarm_after_fdopen(fd: int, mode: str) -> object:
        fdopen(fd, mode)  # the file object is dropped at once, as the unwinding drops it
        raise BudgetExceeded

    monkeypatch.setattr(os, "fdopen", alarm_after_fdopen)
    with pytest.raises(BudgetExceeded):
        read_bytes(str(tmp_path / "a.txt"))


def test_dev_zero_is_refused_at_the_default_limit_with_one_copy_in_memory():
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    code = ("import resource, sys\nfrom congo_digital.read.files import read_bytes\n"
            "try:\n    read_bytes('/dev/zero', max_bytes=int(sys.argv[1]))\nexcept Exception as e:\n"
            "    print(e.kind, e)\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    runs = {limit: subprocess.run([sys.executable, "-c", code, str(limit)], capture_output=True, text=True,
                                  env=env, check=True).stdout.splitlines() for limit in (20_000_000, 200_000_000)}
    assert runs[20_000_000][0] == ("too-large /dev/zero: larger than the limit of 20,000,000 bytes; "
                                   "raise it with --max-bytes")
    assert runs[200_000_000][0] == ("too-large /dev/zero: larger than the limit of 200,000,000 bytes; "
                                    "raise it with --max-bytes")
    # 180 MB more read costs 180 MB more memory (twice that when the chunks were joined)
    assert int(runs[200_000_000][1]) - int(runs[20_000_000][1]) < 250


def test_bound_text_keeps_max_lines_lines():
    text = "\n".join(f"line {i}" for i in range(MAX_LINES + 500))
    cut, warning = bound_text(text)
    assert cut.count("\n") == MAX_LINES - 1
    assert cut.endswith(f"line {MAX_LINES - 1}")
    assert warning == f"input cut for analysis: only its first {len(cut):,} characters were read"
    assert bound_text("short\ntext") == ("short\ntext", None)


def test_bound_text_keeps_max_chars_characters():
    cut, warning = bound_text("x" * 50, max_chars=20)
    assert cut == "x" * 20
    assert warning == "input cut for analysis: only its first 20 characters were read"


def test_long_text_is_cut_with_a_warning_and_keeps_its_title():
    data = SEED.read_bytes() + b"\n".join(b"Line %d." % i for i in range(100_000))
    record = parse_bytes(data)
    assert record.title == SEED_TITLE
    assert len(record.warnings) == 1 and record.warnings[0].startswith("input cut for analysis: only its first ")


def test_html_with_too_many_tags_is_cut_before_the_limit():
    doc = decode_document(b"<html><body>" + b"<p>a</p>" * MAX_HTML_TAGS + b"</body></html>")
    assert doc.text.count("<") == MAX_HTML_TAGS - 1
    assert doc.warnings == [f"page cut for analysis: only its first {len(doc.text):,} characters were read"]


def test_million_html_nodes_are_cut_to_the_tag_limit():
    record = parse_bytes(b"<html><head><title>Wide</title></head><body>" + b"<p>a</p>" * 1_000_000
                            + b"</body></html>")
    assert record.source.format == "html"
    assert record.warnings[0].startswith("page cut for analysis")


DEPTH_WARNING = ("page nested deeper than 256 elements: the elements past level 200 were unwrapped, "
                 "their text kept")


def test_deep_html_nesting_gives_a_record():
    record = parse_bytes(b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>")
    assert record.source.format == "html"
    # after the tag-limit cut; the word sits past the cut, so the body is empty and says so
    assert record.warnings[1:] == [DEPTH_WARNING, "no article text found: the body is empty"]


def _nested_page(divs: int) -> bytes:
    """A page whose second paragraph sits inside ``divs`` nested <div> (html, body: levels 1 and 2)."""
    return ("<html><head><title>Deep page title</title></head><body><h1>Deep page title</h1>"
            "<p>The first paragraph of the article comes before the nest of elements, and it is read.</p>"
            + "<div>" * divs + "<p>The deep paragraph of the article sits inside the nest of elements.</p>"
            + "</div>" * divs + "<p>The last paragraph of the article follows the nest of elements.</p>"
            "</body></html>").encode("ascii")


def test_html_nested_to_256_levels_is_read_whole():
    # html, body, 253 div and the p: 256 levels, libxml2's limit.
    record = parse_bytes(_nested_page(253))
    assert record.title == "Deep page title"
    assert record.body == ("The first paragraph of the article comes before the nest of elements, and it is read.\n\n"
                           "The deep paragraph of the article sits inside the nest of elements.\n\n"
                           "The last paragraph of the article follows the nest of elements.")
    assert record.warnings == []


@pytest.mark.parametrize("divs", [254, 300, 5000])
def test_html_nested_deeper_than_256_levels_keeps_the_articles_text(divs: int):
    # One level more than libxml2 reads, and far more: the levels past 200 are unwrapped.
    record = parse_bytes(_nested_page(divs))
    assert record.title == "Deep page title"
    assert record.body == ("The first paragraph of the article comes before the nest of elements, and it is read.\n\n"
                           "The deep paragraph of the article sits inside the nest of elements.\n\n"
                           "The last paragraph of the article follows the nest of elements.")
    assert record.warnings == [DEPTH_WARNING]


@pytest.mark.parametrize(("opened", "closed", "levels"), [
    ("<table><tr><td>", "</td></tr></table>", 90), ("<table><tr><td>", "</td></tr></table>", 300),
    ("<table><tr><td>", "", 120), ("<dl><dd>", "</dd></dl>", 200)])
def test_tables_and_lists_nested_past_256_levels_keep_the_articles_text(opened: str, closed: str, levels: int):
    """Tables and definition lists are text blocks, whose tags stayed past level 200: 90
    tables nested cell in cell (each with the tbody the parser adds) still went past 256,
    and libxml2 dropped the rest of the page (title null, body empty)."""
    page = ("<html><head><title>Deep tables</title></head><body><h1>Deep tables</h1><p>The first paragraph of "
            "the article comes before the nest of tables, and it is read.</p>" + opened * levels
            + "<p>The deep paragraph of the article sits inside the nest of tables.</p>" + closed * levels
            + "<p>The last paragraph of the article follows the nest of tables.</p></body></html>")
    record = parse_bytes(page.encode())
    assert record.title == "Deep tables"
    assert record.body == ("The first paragraph of the article comes before the nest of tables, and it is read.\n\n"
                           "The deep paragraph of the article sits inside the nest of tables.\n\n"
                           "The last paragraph of the article follows the nest of tables.")
    assert record.warnings == [DEPTH_WARNING]


def test_html_text_over_the_parser_size_limit_is_cut_with_a_warning():
    # 3,400,000 CJK characters are 10,200,000 bytes of UTF-8: over libxml2's 10,000,000 for one text.
    record = parse_bytes(("<html><head><title>Big</title></head><body><p>Intro.</p><p>" + "字" * 3_400_000
                          + "</p></body></html>").encode("utf-8"))
    assert record.title == "Big"
    assert record.warnings == ["page cut by a size limit of the HTML parser: the rest of the page was not read"]


def _page(script: bytes) -> bytes:
    return (b'<html><head><script type="application/ld+json">' + script
            + b"</script></head><body><h1>Real title</h1><p>Body text here.</p></body></html>")


@pytest.mark.parametrize("bomb", [b"[" * 100_000, b'{"@graph":' * 5000 + b"{}" + b"}" * 5000])
def test_json_ld_nesting_bomb_is_ignored(bomb: bytes):
    # Evidence offsets differ (the bomb shifts the page); every value is the same.
    assert parse_bytes(_page(bomb)).model_dump(exclude={"source", "evidence"}) == \
        parse_bytes(_page(b"")).model_dump(exclude={"source", "evidence"})


def test_deeply_nested_json_ld_author_is_not_followed():
    script = (b'{"@type":"NewsArticle","headline":"Real title","author":'
              + b"[" * 400 + b'{"name":"A B"}' + b"]" * 400 + b"}")
    record = parse_bytes(_page(script))
    assert record.title == "Real title"
    assert record.authors == []


def test_page_of_only_a_doctype_is_an_empty_record():
    record = parse_bytes(b"<!doctype html>")
    assert (record.title, record.body, record.source.format) == (None, "", "html")


def test_html_sniff_does_not_backtrack_over_comments():
    # '<!---->' x 22 took 2 s and x 30 would take hours with the old comment loop.
    code = ("from congo_digital.read.document import sniff_format; "
            "print(sniff_format('<!---->' * 40 + 'x'), sniff_format('<!---->' * 100000 + 'x'))")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.split() == ["text", "text"]
    assert sniff_format("<!-- a -->\n" * 5 + "<html><body>x") == "html"


@pytest.mark.parametrize(
    "body",
    [
        " " * 1_000_000,
        "," * 1_000_000,
        " ".join(["Capital"] * 100_000),
        "By " * 100_000,
        "The minister met the ambassador in Brazzaville. " * 21_000,
        "**[" * 300_000,
        " | ".join(["Posted"] * 300_000),
    ],
    ids=["spaces", "commas", "capitals", "by-by-by", "one-line", "markdown", "pipes"],
)
def test_adversarial_single_lines_give_a_record(body: str):
    record = parse_bytes(("Adversarial headline for the parser\n\nBy Jane Doe\n\n" + body + "\n").encode())
    assert record.title == "Adversarial headline for the parser"


def test_tag_with_200k_attributes_keeps_the_page():
    attrs = b" ".join(b"a%d=1" % i for i in range(200_000))
    paragraph = b"<p>" + b"The ministers met on Monday to sign the agreement on the new road. " * 4 + b"</p>"
    page = (b"<html><head><title>Attrs</title></head><body><div " + attrs
            + b"><h1>Big attrs</h1>" + paragraph * 3 + b"</div></body></html>")
    record = parse_bytes(page)
    assert record.title == "Big attrs"
    assert record.body.startswith("The ministers met on Monday to sign the agreement on the new road.")


def test_huge_paragraph_under_nested_quotes_keeps_its_beginning():
    # 250 nested <blockquote> around a 1.2 MB paragraph: the main text scores read each
    # element's text once (this took 18 s when each quote re-read the whole paragraph), and
    # the paragraph that overflows the 200,000-character budget keeps its beginning.
    words = " ".join(f"w{i}" for i in range(200_000))
    page = ("<html><head><title>Deep page</title></head><body>" + "<blockquote>" * 250 + f"<p>{words}</p>"
            + "</blockquote>" * 250 + "</body></html>").encode()
    rec = parse_bytes(page, path="deep.html")
    assert rec.title == "Deep page"
    assert rec.body.startswith("w0 w1 w2 w3 ")
    # (the headline is not a block of the main text: the layout is given it)
    assert "main text cut for analysis: only its first 1 block (199,995 characters) was read" in rec.warnings


def test_paragraph_text_lengths_match_the_text_of_each_element():
    from congo_digital.html.maintext import para_text
    from congo_digital.html.page import parse_tree

    root = parse_tree(
        "<div>intro <!-- a comment --> text<p>One  <a href='#'>link <b>bold</b></a> tail\n words</p>"
        "<ul><li>item <a>x</a><a>yz</a></li><li>  </li></ul><blockquote><p>inner quote</p> after</blockquote></div>")
    got = para_text(root)  # (parse_tree drops the comment, keeping the text around it)
    for el in root.iter("p", "li", "blockquote", "div"):
        text = " ".join(" ".join(el.itertext()).split())
        link = sum(len(" ".join(a.itertext())) for a in el.iter("a"))
        assert got[el] == (len(text), link)
    # the link's pieces "link " and "bold" joined by a space, not collapsed: 10 characters
    assert got[next(root.iter("p"))] == (len("One link bold tail words"), 10)


def test_text_lengths_after_boilerplate_removal_are_those_of_the_stripped_tree():
    """``strip_boilerplate`` returns the text lengths of what it leaves: the untouched
    subtrees keep their first figures, the parents of removed elements are counted again
    (a removed element's tail joins the text before it: "end" + "tail" make one word)."""
    from congo_digital.html.maintext import para_text, strip_boilerplate
    from congo_digital.html.page import parse_tree

    root = parse_tree(
        "<body><div class='story'><p>First paragraph of the story with <a href='/x'>a link</a>"
        " in it.</p><p>Second one, the end<span class='share-buttons'>Share</span>tail words</p>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><p>Third <b>bold</b> one.</p></div>"
        "<footer>Footer text</footer></body>").find("body")
    got = strip_boilerplate(root)
    assert got == para_text(root)
    paragraphs = [got[p] for p in root.iter("p")]
    assert paragraphs == [(47, 6), (29, 0), (15, 0)]  # "Second one, the endtail words": 29 characters
    assert got[root] == (93, 6)  # the three paragraphs, nav and footer gone


class _SlowFinaliser:
    """An object whose finaliser runs past a budget's deadline: the alarm's exception lands in it."""

    def __del__(self) -> None:
        until = time.monotonic() + 0.4
        while time.monotonic() < until:
            sum(range(1000))


def test_a_budget_exception_dropped_by_a_finaliser_is_raised_again(capsys: pytest.CaptureFixture[str]):
    """Python drops an exception raised inside a finaliser ("Exception ignored in ..."): the
    budget's alarm repeats, so the block still ends, and the dropped one is not printed."""
    if not hasattr(signal, "setitimer"):
        pytest.skip("no SIGALRM")
    started = time.monotonic()
    outcome = "ran past its budget"
    try:
        with time_budget(0.1):
            slow = _SlowFinaliser()
            del slow  # the first alarm lands in its finaliser and is dropped
            until = time.monotonic() + 5
            while time.monotonic() < until:
                sum(range(1000))
    except BudgetExceeded:
        outcome = "timeout"
    assert outcome == "timeout" and time.monotonic() - started < 2
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL
    assert "BudgetExceeded" not in capsys.readouterr().err


def test_a_budget_left_in_time_leaves_no_alarm_behind():
    if not hasattr(signal, "setitimer"):
        pytest.skip("no SIGALRM")
    with time_budget(0.2):
        sum(range(1000))
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    time.sleep(0.4)  # past the deadline: nothing is raised
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL


def test_a_budget_under_a_microsecond_still_runs_out():
    """``setitimer`` takes a value under 1 µs as 0, which turns the timer off: such a budget
    ran for ever (``--timeout 1e-9`` parsed as if no budget were given)."""
    if not hasattr(signal, "setitimer"):
        pytest.skip("no SIGALRM")
    started = time.monotonic()
    outcome = "ran past its budget"
    try:
        with time_budget(1e-9):
            while time.monotonic() - started < 2:
                sum(range(1000))
    except BudgetExceeded:
        outcome = "timeout"
    assert outcome == "timeout" and time.monotonic() - started < 1
