"""The parties' view of a body: its tokens with sentence and paragraph ids, and the tokens
of boilerplate lines marked ``ignored`` (see ``congo_digital.enrich.boiler``)."""

from __future__ import annotations

from congo_digital.enrich.boiler import caps_line, headline_like, related_line, sharing_line
from congo_digital.enrich.language import guess_language
from congo_digital.enrich.token_runs import RUNS, run_info
from congo_digital.enrich.tokens import QUOTES, SENTENCE_END, Doc, Token

_BULLETS = "([*#!-_ "


Line = tuple[int, int, bool, bool]
"""One line of the body (``_lines``): ``(start, end, ignored, breaks)``, its ``[start, end)``
offsets, whether its tokens are ignored, and whether a sentence ends with it."""


_ENDS = ".!?:\u00bb\"\u201d"
"""The last characters of a line that end a sentence with it (``_lines``)."""


def _breaks_before(stripped: str, nxt: str) -> bool:
    """A sentence ends with the line ``stripped`` (of 45 characters or more, not ignored,
    ending with none of ``_ENDS``) when the next line ``nxt`` does not continue it: blank,
    a list item, or a capital after a line under 60."""
    return not nxt or nxt[:1] in "-*\u2022#[(" or not nxt[:1].islower() and len(stripped) < 60


def _lines(lines: list[str]) -> list[Line]:
    """What the text whose lines are ``lines`` (split at "\\n") is made of, a line at a
    time: a "Read more" or "Share" line and the rest of its paragraph are ignored, and so
    are ALL-CAPS and headline-like lines.  A sentence ends with a line that ends with one
    of ``_ENDS``, is short (under 45 characters) or ignored, or that the next one does not
    continue (``_breaks_before``: the next line is read for the few lines left)."""
    out: list[Line] = []
    pos = 0
    skip_block = False
    for n, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            skip_block = False
            out.append((start, end, False, True))
            continue
        bare = stripped.lstrip(_BULLETS).strip()
        if related_line(bare) or sharing_line(bare):
            skip_block = True
        ignored = skip_block or caps_line(stripped) or headline_like(stripped)
        out.append((start, end, ignored, stripped[-1] in _ENDS or len(stripped) < 45 or ignored or (
            _breaks_before(stripped, lines[n + 1].lstrip() if n + 1 < len(lines) else ""))))
    return out


def _tokens(doc: Doc, texts: list[str], lines: list[Line]) -> None:
    """Tokenise ``doc.text`` (as ``tokens.tokenize`` does) into ``doc.tokens``, and in the
    same walk set each token's sentence and paragraph ids and its ``ignored`` flag (in an
    ignored line, or on a line from a "©" on) and fill ``doc``'s ``norms``, ``where``,
    ``capitalised``, ``lower_words`` and ``paragraphs`` caches, which the parties passes all
    read.  ``texts`` are the text's lines (split at "\\n") and ``lines`` what ``_lines``
    found of them.  A sentence ends after a full stop, a question or an exclamation mark,
    at the end of a line that ends one (``_lines``), and after a spaced colon before a capital
    or a quote ("Cameroun : le prix" does not end one, "Cameroun : Le prix" does); a
    paragraph after a blank line.

    The text is read a line at a time, and a line by its runs of non-space characters: in
    a line whose runs are apart by single spaces (most are) a run's offset is the sum of
    the lengths before it, else it is found (``str.find``).  A run that is a plain word
    (most are) is one token; what a run is made of is read once per process
    (``token_runs.run_info``).  A paragraph's first token is noted once per paragraph, at the
    first token past a blank line, and the one noted before it ends there (as a ``range``
    of token indices, kept when it holds any).

    A list grows by ``LIST.append(x)`` written out, not through a bound method kept in a
    local: Python 3.11 runs the written-out call as one specialised instruction that
    appends in place."""
    out: list[Token] = doc.tokens
    known = RUNS.get
    make = Token
    sent = 0
    para = 0
    norms: list[str] = []
    at: dict[str, list[int]] = {}
    get = at.get
    caps: list[int] = []
    lower: list[str] = []
    paras: dict[int, range] = {}  # each paragraph id with tokens and their indices
    first = 0  # the first token of paragraph ``noted``, the last one noted
    noted = 0
    colon = False  # the last run ended with a colon (a sentence ends there before a capital or a quote)
    k = 0  # the index of the next token
    for line, (start, end, ign, breaks) in zip(texts, lines, strict=True):
        runs = line.split()
        if runs:
            if para != noted:  # (ids grow: a new paragraph; the last one noted ends here)
                if k > first:
                    paras[noted] = range(first, k)
                noted, first = para, k
            s = start
            spaced = " ".join(runs) != line  # (else each run starts one past the last one's end)
            find = line.find
            # (``ign``: the line's tokens are ignored, and from a "©" on)
            for run in runs:
                if spaced:
                    s = start + find(run, s - start)  # (only white space before it: found where it starts)
                w, size, cap, upper, parts = known(run) or run_info(run)
                if parts is None:  # a plain word: one token
                    if colon:
                        sent += cap  # (a capital: a word is no quote)
                        colon = False
                    e = s + size
                    tok = make()
                    tok.text = run
                    tok.start = s
                    tok.end = e
                    tok.norm = w
                    tok.sent = sent
                    tok.ignored = ign
                    tok.para = para
                    tok.is_word = True
                    tok.cap = cap
                    tok.upper = upper
                    out.append(tok)
                    norms.append(w)
                    ks = get(w)
                    if ks is None:
                        at[w] = [k]
                    else:
                        ks.append(k)
                    if cap:
                        caps.append(k)
                    else:  # (a plain word is a word)
                        lower.append(w)
                    k += 1
                    s = e + 1
                    continue
                if colon and (parts[0][5] or parts[0][0] in QUOTES):
                    sent += 1
                for tx, a, b, w, is_word, cap, upper in parts:
                    tok = make()
                    tok.text = tx
                    tok.start = s + a
                    tok.end = s + b
                    tok.norm = w
                    tok.sent = sent
                    tok.ignored = ign
                    tok.para = para
                    tok.is_word = is_word
                    tok.cap = cap
                    tok.upper = upper
                    out.append(tok)
                    norms.append(w)
                    ks = get(w)
                    if ks is None:
                        at[w] = [k]
                    else:
                        ks.append(k)
                    if cap:
                        caps.append(k)
                    elif is_word:
                        lower.append(w)
                    elif tx in SENTENCE_END:  # (a mark: no word, no capital)
                        sent += 1
                    elif tx == "\u00a9":  # (its line is ignored from it on)
                        tok.ignored = ign = True
                    k += 1
                colon = tx == ":"
                s += len(run) + 1
        if breaks:
            sent += 1
        if start == end:
            para += 1
    if k > first:
        paras[noted] = range(first, k)
    doc.set_caches(norms, at, caps, frozenset(lower), paras)


def make_doc(text: str, lang: str | None) -> Doc:
    """Tokenise ``text``; mark sentence and paragraph ids and the tokens of ignored lines.

    Ignored: a "Read more"/"Lire aussi"/"Share"/"Tags:" line and the rest of its paragraph,
    ALL-CAPS and headline-like lines (``congo_digital.enrich.boiler``), and a line from a
    "©" on.  ``lang`` is a BCP 47 tag; without one the language is guessed from function
    words (``enrich.language``, five of them at least) and may stay ``None``.
    """
    doc = Doc(text, [], None)
    texts = text.split("\n")
    _tokens(doc, texts, _lines(texts))
    if not lang:  # an untagged body: from its function words, given five of them
        lang = guess_language((t.norm for t in doc.tokens if t.is_word), min_count=5)
    doc.lang = lang
    return doc
