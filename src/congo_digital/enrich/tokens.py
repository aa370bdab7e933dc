"""Tokens, sentences and the word lists shared by the parties modules.

A run of non-space characters is read once per process (``enrich.token_runs``: a single
linear regular expression, so hostile inputs stay linear) and its tokens built from that.
Word lists are read lazily through ``congo_digital.vocab.load_json`` and cached.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection
from functools import cache
from itertools import chain, compress, count
from operator import attrgetter

from congo_digital.enrich.token_runs import RUNS, run_info
from congo_digital.enrich.token_runs import norm as norm  # (re-exported: the parties modules import it from here)
from congo_digital.enrich.token_runs import plain_marks as plain_marks  # (re-exported)
from congo_digital.enrich.word_lists import lists
from congo_digital.vocab import load_json

SENTENCE_END = {".", "!", "?"}
QUOTES = set("\"\u201c\u201d\u00ab\u00bb\u201e")


def fold(text: str) -> str:
    """Return ``text`` casefolded, NFKD-decomposed and without combining marks ("Élu" ->
    "elu"): the form the topic lexicon and the boilerplate markers are compared in."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


class Token:
    """One token of the body: ``text`` as printed, ``[start, end)`` character offsets,
    ``norm`` (casefolded, apostrophes unified), sentence and paragraph ids, ``ignored``
    (in a boilerplate line, see ``enrich.doc``), and the flags ``is_word`` (starts with a letter),
    ``cap`` (starts with a capital) and ``upper`` (all capitals, two letters or more)."""

    __slots__ = ("text", "start", "end", "norm", "sent", "ignored", "para", "is_word", "cap", "upper")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.
    # No ``__init__`` either: the builders (``tokenize``, ``enrich.doc.make_doc``) call
    # ``Token()`` and set every field from what ``run_info`` found of the token's run (a
    # call of a class without one costs less than a Python ``__init__`` or ``object.__new__``).


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens with offsets (plus ``offset``).

    Trailing possessives (``Kenya's``) and French elisions (``d'Ivoire``, ``l'OMS``) become
    separate tokens; ``Dr.``/``M.``/initials keep their full stop.  Each run of non-space
    characters is read once per process (``run_info``).
    """
    out: list[Token] = []
    known = RUNS.get
    make = Token
    find = text.find
    pos = 0
    for run in text.split():
        s = find(run, pos)  # (only white space before it: it is found where it starts)
        pos = s + len(run)
        w, size, cap, upper, parts = known(run) or run_info(run)
        if parts is None:  # a plain word: one token
            parts = ((run, 0, size, w, True, cap, upper),)
        for word, a, b, w, is_word, cap, upper in parts:
            tok = make()
            tok.text = word
            tok.start = s + a + offset
            tok.end = s + b + offset
            tok.norm = w
            tok.sent = 0
            tok.ignored = False
            tok.para = 0
            tok.is_word = is_word
            tok.cap = cap
            tok.upper = upper
            out.append(tok)  # (written out: one specialised instruction on 3.11, see ``enrich.doc``)
    return out


class TokenMemo:
    """Tokens of short texts (organisation names, acronyms) for one article, each text
    tokenised once.

    Calling the memo with a text returns ``tokenize(text)`` as a tuple of ``Token`` (offsets
    from 0).  The tokens are shared between calls: callers read them and never change
    them.  At most ``limit`` texts are kept (default 4,096); past that a new text is
    tokenised on each call and not stored, so memory stays bounded on hostile input.
    Make one memo per article and drop it with the article.
    """

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._tokens: dict[str, tuple[Token, ...]] = {}

    def __call__(self, text: str) -> tuple[Token, ...]:
        """Return the tokens of ``text`` (a tuple, shared: do not modify them)."""
        toks = self._tokens.get(text)
        if toks is None:
            toks = tuple(tokenize(text))
            if len(self._tokens) < self.limit:
                self._tokens[text] = toks
        return toks

    def __len__(self) -> int:
        """Number of texts kept (0 to ``limit``)."""
        return len(self._tokens)


def _runs(firsts: dict[int, int], n: int) -> dict[int, range]:
    """Each id of ``firsts`` (ids in the order of their first indices) and the indices
    from its first up to the next id's first (the last one's up to ``n``), for the ids
    that have one."""
    ids = list(firsts)
    ends = [*list(firsts.values())[1:], n]
    return {p: range(firsts[p], e) for p, e in zip(ids, ends, strict=True) if firsts[p] < e}


class Doc:
    """A tokenised body with sentence and paragraph ids and ignored (boilerplate) lines."""

    __slots__ = ("text", "tokens", "lang", "_lower", "_norms", "_hyphens", "_caps", "_where", "_paras", "_keys")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self, text: str, tokens: list[Token], lang: str | None) -> None:
        self.text = text
        self.tokens = tokens
        self.lang = lang
        self._lower: frozenset[str] | None = None
        self._norms: list[str] | None = None
        self._hyphens: list[int] | None = None
        self._caps: list[int] | None = None
        self._where: dict[str, list[int]] | None = None
        self._paras: dict[int, range] | None = None
        self._keys: frozenset[str] | None = None

    def set_caches(self, norms: list[str], where: dict[str, list[int]], caps: list[int],
                   lower: frozenset[str], paras: dict[int, range]) -> None:
        """Keep the answers of ``norms``, ``where``, ``capitalised``, ``lower_words`` and
        ``paragraphs`` found by the walk that set the tokens' ids (``enrich.doc.make_doc``),
        so none walks them again."""
        self._norms = norms
        self._where = where
        self._caps = caps
        self._lower = lower
        self._paras = paras

    def norms(self) -> list[str]:
        """Each token's ``norm``, in order (a list shared between callers: read it, do not
        change it), found on first use and kept."""
        if self._norms is None:
            self._norms = [t.norm for t in self.tokens]
        return self._norms

    def where(self) -> dict[str, list[int]]:
        """Each ``norm`` of the text and the indices of its tokens, in order (shared between
        callers: read it, do not change it), found on first use and kept."""
        if self._where is None:
            at: dict[str, list[int]] = {}
            get = at.get
            for k, w in enumerate(self.norms()):
                ks = get(w)
                if ks is None:
                    at[w] = [k]
                else:
                    ks.append(k)
            self._where = at
        return self._where

    def starting(self, firsts: Collection[str]) -> list[int]:
        """The indices of the tokens whose ``norm`` is in ``firsts`` (the first words of
        the keys of a table), in order: the text's words (``where``) that are in
        ``firsts``, found by one intersection in C that walks the smaller side, and their
        tokens.  (A pass over every token's norm, as this was, cost more: about ten passes
        a text.)  A set meets the text's words as a set too (a frozenset of ``where``'s
        keys, made on the first call and kept): two sets are intersected with the hashes
        they hold, where a set and a dict's keys cost an iterator step, a hash call and a
        lookup a word.  Sets first (most tables are), and ``_tokens_of`` written out: the
        parties passes call this about sixteen times a text."""
        at = self._where
        if at is None:
            at = self.where()
        if isinstance(firsts, (set, frozenset)):
            keys = self._keys
            if keys is None:
                keys = self._keys = frozenset(at)
            common: Collection[str] = firsts & keys
        elif isinstance(firsts, dict):
            common = firsts.keys() & at.keys()
        else:
            return self.having(firsts.__contains__)
        if len(common) <= 1:
            return list(at[next(iter(common))]) if common else []
        return sorted(chain.from_iterable(map(at.__getitem__, common)))

    def having(self, test: Callable[[str], bool]) -> list[int]:
        """The indices of the tokens whose ``norm`` passes ``test``, in order: ``test`` is
        asked once per distinct word of the text (``where``), not once per token."""
        return self._tokens_of([w for w in self.where() if test(w)])

    def _tokens_of(self, words: Collection[str]) -> list[int]:
        """The indices of the tokens of ``words`` (norms of the text), in order."""
        at = self.where()
        if len(words) <= 1:
            return list(at[next(iter(words))]) if words else []
        return sorted(chain.from_iterable(map(at.__getitem__, words)))

    def capitalised(self) -> list[int]:
        """The indices of the tokens that start with a capital (``Token.cap``), in order,
        found on first use and kept (a list shared between callers: do not change it)."""
        if self._caps is None:
            self._caps = list(compress(count(), map(attrgetter("cap"), self.tokens)))
        return self._caps

    def hyphenated(self) -> list[int]:
        """The indices of the tokens whose text holds a hyphen ("CDU-Chef"), in order,
        found on first use and kept."""
        if self._hyphens is None:
            # a hyphen in the text is one in the norm (not the reverse: U+2010 and U+2011
            # are hyphens in the norm)
            toks = self.tokens
            self._hyphens = [k for k in self._tokens_of([w for w in self.where() if "-" in w])
                             if "-" in toks[k].text]
        return self._hyphens

    def paragraphs(self) -> dict[int, range]:
        """Each paragraph id that has tokens and the indices of its tokens, in order (shared
        between callers: read it, do not change it), found on first use and kept: the
        paragraph ids grow with the tokens, so a paragraph runs from where its id first
        appears to where the next one does."""
        if self._paras is None:
            firsts: dict[int, int] = {}
            for k, t in enumerate(self.tokens):
                firsts.setdefault(t.para, k)
            self._paras = _runs(firsts, len(self.tokens))
        return self._paras

    def paragraph(self, para: int) -> range:
        """The indices of the tokens of paragraph ``para`` (empty when it has none)."""
        return self.paragraphs().get(para, range(0))

    def lower_words(self) -> frozenset[str]:
        """The normal forms of the words the text writes in lower case (common nouns, not
        names), found on first use and kept: the organisation and people passes both read
        them."""
        if self._lower is None:
            self._lower = frozenset(t.norm for t in self.tokens if t.is_word and not t.cap)
        return self._lower

    def span_text(self, i: int, j: int) -> str:
        """Text of tokens ``[i, j)`` as printed."""
        return self.text[self.tokens[i].start : self.tokens[j - 1].end]


@cache
def cue_set(key: str) -> frozenset[str]:
    """A word list from ``cues.json`` as a set of normalised words (``word_lists``)."""
    found = lists(norm).get("norm:" + key)
    return found if found is not None else frozenset(norm(w) for w in load_json("cues.json")[key])


@cache
def cue_union(*keys: str) -> frozenset[str]:
    """The union of word lists, built once per process for the passes that ask for it
    at every token: ``cue_set(key)`` for each key, ``role_words(NAME)`` for a key
    ``"roles:NAME"``."""
    out: frozenset[str] = frozenset()
    for key in keys:
        out = out | (role_words(key[6:]) if key.startswith("roles:") else cue_set(key))
    return out


@cache
def role_words(key: str) -> frozenset[str]:
    """A word list from ``roles.json`` (``heads``/``honorifics`` merged over languages; ``word_lists``)."""
    if (found := lists(norm).get("roles:" + key)) is not None:
        return found
    data = load_json("roles.json")[key]
    words = [w for ws in data.values() for w in ws] if isinstance(data, dict) else data
    return frozenset(norm(w) for w in words)
