"""The class-word patterns that skip to separators (``html.words.SeparatedWords``)."""

import re


def test_separated_words_answer_as_the_start_or_separator_pattern():
    """``SeparatedWords`` searches ``" " + text`` for ``[\\s_-]WORDS…``: the same answers as
    ``(?:^|[\\s_-])WORDS…`` on the text itself (a word at the text's start, after white
    space, "_" or "-"; not inside a word)."""
    from congo_digital.html.words import SeparatedWords

    words = ["by-line", "Author", "ad", "entry__body"]
    after = r"(?:$|[\s_-]|name)"
    fast = SeparatedWords(words, rf"[\s_-](?:WORDS){after}")
    slow = re.compile(rf"(?:^|[\s_-])(?:{'|'.join(map(re.escape, words))}){after}", re.I)
    texts = ["author", "AUTHOR x", "x_author", "coauthor", "authorname", "authors", "head-AD", "shadow", "ad\n",
             "\tad", "x\u00a0ad", "ÄD ad", "Ünd Author", "main entry__body", "entry__bodyx", "", " ", "-"]
    assert [fast.search(t) for t in texts] == [slow.search(t) is not None for t in texts]
    assert [fast.search(t) for t in texts[:6]] == [True, True, True, False, True, False]
