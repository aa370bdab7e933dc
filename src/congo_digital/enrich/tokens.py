"""Tokens, sentences and the word lists shared by the parties modules.

The tokenizer is a single linear regular expression (no nested quantifiers over the same
characters), so hostile inputs (1 MB lines, long runs of capitalised words) stay linear.
Word lists are read lazily through ``congo_digital.vocab.load_json`` and cached.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from functools import cache
from itertools import chain, compress, count
from operator import attrgetter

from congo_digital.enrich.word_lists import lists
from congo_digital.vocab import load_json

# Acronyms with dots (U.S., S.A.), words (letters first; inner hyphens/apostrophes when a
# word character follows), numbers, or any other single non-space character.  A word is
# written as runs of word characters joined by single marks, not as a repeated choice of a
# word character or a mark followed by one: the same matches, and each run is one
# single-character repeat of the regex engine (the choice costs a step per character).
# Possessive repeats: what follows one never starts as it does, so none gives back.
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}+|[^\W\d_]\w*+(?:[-\u2010\u2011'\u2019]\w++)*+|\d++|\S")
# A token holds no white space and every other character is in one: the tokens are those of
# each run of non-space characters (``str.split``) apart, and a run of letters alone
# (``str.isalpha``) is one word, with no match of the regular expression (which costs more).
_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2011": "-", "\u2010": "-"})
_ELISIONS = {"d", "l", "qu", "n", "s", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu"}
_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "m", "mme", "mlle", "hon", "prof", "st", "gen", "col", "sr", "sra",
    "dra", "jr", "engr", "eng", "capt", "lt", "maj", "rev", "mgr", "me", "pr", "no", "dre", "ing",
    "lic", "srta", "h.e", "s.e",
}
SENTENCE_END = {".", "!", "?"}
QUOTES = set("\"\u201c\u201d\u00ab\u00bb\u201e")
# Marks that often stand before or after a word in a run ("(BBC)", "said,", "\u201cYes.\u201d"):
# none is a word character (``\w``: ``str.isalnum`` or "_"), so ``_TOKEN_RE`` matches each
# alone and joins none to the word it touches (a mark joins only before a word character).
_EDGES = ".,;:!?\"'()[]{}\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026/%$\u00a3\u20ac*-"


def norm(text: str) -> str:
    """Return ``text`` NFC-normalised, casefolded, with typographic apostrophes unified."""
    return unicodedata.normalize("NFC", text).translate(_APOS).casefold()


_MARKS = {c: norm(c) for c in _EDGES if c != "."}
"""The marks of ``_EDGES`` and their normal forms ("\u2019" -> "'"): as a token of its own, one is
no word and joins no other (a full stop may join the word before it: not here)."""


def plain_marks(text: str) -> str:
    """Return ``text`` with typographic apostrophes (U+2018, U+2019, U+02BC) and hyphens
    (U+2010, U+2011) as their ASCII forms, character for character (the same length, so
    offsets into it are offsets into ``text``): "l’Assemblée" -> "l'Assemblée"."""
    return text.translate(_APOS)


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


_RUNS_KEPT = 100_000
"""Runs whose tokens are kept between texts (``run_info``)."""

Part = tuple[str, int, int, str, bool, bool, bool]
"""One token of a run: ``(text, start, end, norm, is_word, cap, upper)``, offsets in the run."""
RunInfo = tuple[str, int, bool, bool, "tuple[Part, ...] | None"]
"""What a run of non-space characters is made of (``run_info``): a plain word's
``(norm, length, cap, upper, None)`` (a word: ``Token.is_word``), else
``("", 0, False, False, parts)``."""

RUNS: dict[str, RunInfo] = {}


def _part(text: str, s: int, e: int, low: str) -> Part:
    """The ``Part`` of a token ``text`` at ``[s, e)`` in its run, of normal form ``low``,
    with the flags of ``Token``: ``is_word`` (its first character a letter), ``cap`` (a
    capital) and ``upper`` (a capital first, and every letter a capital, two or more)."""
    first = text[:1]
    cap = first.isupper()
    upper = False
    if cap:
        if text.isascii():  # its letters are its cased characters: one test of str's
            upper = text.isupper() and sum(c.isalpha() for c in text) >= 2
        else:
            letters = [c for c in text if c.isalpha()]
            upper = len(letters) >= 2 and all(c.isupper() for c in letters)
    return (text, s, e, low, first.isalpha(), cap, upper)


def _pieces(run: str) -> list[str]:
    """What ``_TOKEN_RE`` finds in ``run`` (a run of non-space characters): a word or a
    number between marks of ``_EDGES`` (none a word character, so each is a match of its
    own and none joins the word) is read with ``str.strip``, the rest by the expression."""
    core = run.strip(_EDGES)
    if core and (core.isalpha() or core.isdecimal()):
        a = run.index(core)
        return [*run[:a], core, *run[a + len(core):]]
    return _TOKEN_RE.findall(run)


def _split_run(run: str) -> list[Part]:
    """The tokens of ``run`` (a run of non-space characters, offsets from 0), each as a
    ``Part``: a French elision and a trailing possessive are tokens of their own, and a
    full stop after an abbreviation or an initial joins the token before it."""
    out: list[Part] = []
    append = out.append
    s = 0
    for word in (run,) if run.isalpha() else _pieces(run):
        e = s + len(word)
        mark = _MARKS.get(word)
        if mark is not None:  # a mark of its own: no letter, and never joined
            append((word, s, e, mark, False, False, False))
            s = e
            continue
        low = word.casefold() if word.isascii() else norm(word)  # NFC and the apostrophes: ASCII as it is
        if "'" in low:
            # French elision: lower-case prefix + apostrophe + word.
            head, _, rest = low.partition("'")
            if rest and (head in _ELISIONS and word[:1].islower() or head in ("l", "qu")):
                cut = len(head) + 1
                append(_part(word[:cut], s, s + cut, low[:cut]))
                word, s, low = word[cut:], s + cut, low[cut:]
            if len(word) > 2 and low.endswith("'s") and word[:1].isalpha():
                append(_part(word[:-2], s, e - 2, low[:-2]))
                append(_part(word[-2:], e - 2, e, "'s"))
            else:
                append(_part(word, s, e, low))
        else:
            prev = out[-1] if word == "." and out else None
            if prev is not None and prev[2] == s and prev[4] and (
                    prev[3] in _ABBREVIATIONS or (len(prev[0]) == 1 and prev[5])):
                out[-1] = _part(prev[0] + ".", prev[1], e, prev[3] + ".")
            else:
                append(_part(word, s, e, low))
        s = e
    return out


def run_info(run: str) -> RunInfo:
    """What the run of non-space characters ``run`` is made of: for a plain word (letters
    only, no apostrophe in its normal form: most runs) ``(norm, length, cap, upper,
    None)`` (its flags as ``Token`` has them; its length in characters), else
    ``("", 0, False, False, parts)`` with each of
    its tokens' ``Part`` (``_split_run``).  A run's tokens depend on it alone (a full stop
    joins a token of its own run only), so they are found once per run and kept in
    ``RUNS`` while it has room; ``tokenize`` and ``enrich.doc.make_doc`` build the tokens
    from them."""
    info: RunInfo | None = None
    if run.isalpha():
        low = run.casefold() if run.isascii() else norm(run)  # NFC and the apostrophes: ASCII as it is
        if "'" not in low:  # (a letter may be an apostrophe: U+02BC)
            # ``Token``'s flags of a text of letters only: every character a letter
            cap = run[0].isupper()
            upper = cap and len(run) >= 2 and (run.isupper() if run.isascii() else all(c.isupper() for c in run))
            info = (low, len(run), cap, upper, None)
    if info is None:
        info = ("", 0, False, False, tuple(_split_run(run)))
    if len(RUNS) < _RUNS_KEPT:
        RUNS[run] = info
    return info


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens with offsets (plus ``offset``).

    Trailing possessives (``Kenya's``) and French elisions (``d'Ivoire``, ``l'OMS``) become
    separate tokens; ``Dr.``/``M.``/initials keep their full stop.  Each run of non-space
    characters is read once per process (``run_info``).
    """
    out: list[Token] = []
    append = out.append
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
            append(tok)
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

    __slots__ = ("text", "tokens", "lang", "_lower", "_norms", "_hyphens", "_caps", "_where", "_paras")
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

    def set_caches(self, norms: list[str], where: dict[str, list[int]], caps: list[int],
                   lower: frozenset[str]) -> None:
        """Keep the answers of ``norms``, ``where``, ``capitalised`` and ``lower_words``
        found by a walk over the tokens (``enrich.doc.make_doc``), so none walks them again."""
        self._norms = norms
        self._where = where
        self._caps = caps
        self._lower = lower

    def set_paragraphs(self, firsts: dict[int, int]) -> None:
        """Keep the paragraphs of ``paragraphs`` from ``firsts`` (each paragraph id, in
        order, and the index of its first token), noted by the walk that set the ids
        (``enrich.doc.make_doc``): a paragraph runs up to the next one's first token."""
        self._paras = _runs(firsts, len(self.tokens))

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
        a text.)"""
        at = self.where()
        if isinstance(firsts, dict):
            common: Collection[str] = firsts.keys() & at.keys()
        elif isinstance(firsts, (set, frozenset)):
            common = firsts.intersection(at) if len(firsts) > len(at) else at.keys() & firsts
        else:
            return self.having(firsts.__contains__)
        return self._tokens_of(common)

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
