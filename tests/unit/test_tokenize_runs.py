"""The tokenizer reads each run of non-space characters apart (a run of letters whole, the
others through its regular expression): tokens and offsets as one pass over the text gave."""

from __future__ import annotations

from congo_digital.enrich.tokens import tokenize

TEXT = ("  Dr. Smith\u00a0said:\tKenya\u2019s U.S.-backed plan (l\u2019OMS) cost $4.5bn  in 2024 \u2014 "
        "J. Doe\u2019s view.\n\nAujourd\u2019hui d\u2019Ivoire ok.  ")


def test_runs_keep_tokens_and_offsets() -> None:
    got = [(t.text, t.start, t.end, t.norm) for t in tokenize(TEXT, 3)]
    assert got == [
        ("Dr.", 5, 8, "dr."), ("Smith", 9, 14, "smith"), ("said", 15, 19, "said"), (":", 19, 20, ":"),
        ("Kenya", 21, 26, "kenya"), ("\u2019s", 26, 28, "'s"), ("U.S.", 29, 33, "u.s."), ("-", 33, 34, "-"),
        ("backed", 34, 40, "backed"), ("plan", 41, 45, "plan"), ("(", 46, 47, "("), ("l\u2019", 47, 49, "l'"),
        ("OMS", 49, 52, "oms"), (")", 52, 53, ")"), ("cost", 54, 58, "cost"), ("$", 59, 60, "$"),
        ("4", 60, 61, "4"), (".", 61, 62, "."), ("5", 62, 63, "5"), ("bn", 63, 65, "bn"), ("in", 67, 69, "in"),
        ("2024", 70, 74, "2024"), ("\u2014", 75, 76, "\u2014"), ("J.", 77, 79, "j."), ("Doe", 80, 83, "doe"),
        ("\u2019s", 83, 85, "'s"), ("view", 86, 90, "view"), (".", 90, 91, "."),
        ("Aujourd\u2019hui", 93, 104, "aujourd'hui"), ("d\u2019", 105, 107, "d'"), ("Ivoire", 107, 113, "ivoire"),
        ("ok", 114, 116, "ok"), (".", 116, 117, "."),
    ]


def test_offsets_index_the_text() -> None:
    for t in tokenize(TEXT):
        assert TEXT[t.start:t.end] == t.text
    assert tokenize("   \n\t ") == []


def test_marked_words_split_as_the_expression_does() -> None:
    """A word or a number between marks is read with ``str.strip``, not the expression:
    the same pieces, and the rest still goes through the expression."""
    from congo_digital.enrich.token_runs import _TOKEN_RE, _pieces

    runs = ["(BBC),", "\u201cYes.\u201d", "-word", "word-", "2024.", "\u00a345", "'s", "A.", "U.S.",
            "word_", "_word", "abc1,", "x\u00b2.", "\u2019Tis", "3.5bn", "well-known,", "d\u2019Ivoire."]
    for run in runs:
        assert _pieces(run) == _TOKEN_RE.findall(run), run
    assert _pieces("(BBC),") == ["(", "BBC", ")", ","]
    assert _pieces("word_") == ["word_"]


def test_a_word_or_number_between_marks_reads_as_the_general_split() -> None:
    from congo_digital.enrich import token_runs

    runs = ["said,", "(BBC)", "2024.", "\u201cYes.\u201d", "\u00dcbernommen.", "Dr.", "J.", "(Mr.)",
            "l\u2019\u00c9tat,", "Kenya\u2019s.", "1,000", "ʼa,", "..", "\u0663\u0664.", "NATO\u2019s,", "x.", "X.)"]
    for run in runs:
        token_runs.RUNS.pop(run, None)
        assert token_runs.run_info(run) == ("", 0, False, False, tuple(token_runs._split_run(run))), run
    assert token_runs.run_info("(BBC)") == ("", 0, False, False, (
        ("(", 0, 1, "(", False, False, False), ("BBC", 1, 4, "bbc", True, True, True),
        (")", 4, 5, ")", False, False, False)))
    assert token_runs._edged("Dr.") is None and token_runs._edged("J.") is None
    assert token_runs._edged("x.") == (("x", 0, 1, "x", True, False, False), (".", 1, 2, ".", False, False, False))
    assert token_runs.norm("\u00c9tat\u2019s") == "\u00e9tat's" and token_runs.plain_marks("a\u2011b") == "a-b"


def test_a_word_then_a_mark_or_a_possessive_reads_as_the_general_split() -> None:
    """The commonest runs that are no plain word (a word of ASCII letters then one mark, or
    then "'s") are read at once (``_ascii_pair``): the tokens the general split gives."""
    from congo_digital.enrich import token_runs

    runs = ["said,", "year.", "Reuters)", "students'", "word-", "word\u2019", "China's", "China\u2019s",
            "A's", "NATO's", "l's", "qu's", "Qu's", "D's", "Dr.", "J.", "x.", "St.", "Mr,", "It\u2019S", "\u00c9cole,"]
    for run in runs:
        token_runs.RUNS.pop(run, None)
        assert token_runs.run_info(run) == ("", 0, False, False, tuple(token_runs._split_run(run))), run
    assert token_runs._ascii_pair("China\u2019s") == (
        ("China", 0, 5, "china", True, True, False), ("\u2019s", 5, 7, "'s", False, False, False))
    assert token_runs._ascii_pair("UN,") == (
        ("UN", 0, 2, "un", True, True, True), (",", 2, 3, ",", False, False, False))
    for run in ("Dr.", "J.", "l's", "qu's", "\u00c9cole,", "said,\"", "(BBC", "2024."):
        assert token_runs._ascii_pair(run) is None, run
