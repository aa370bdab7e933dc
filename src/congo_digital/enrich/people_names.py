"""Name candidates: title-case runs that may be people, and their later short mentions.

A name is a run of two to five capitalised tokens (particles such as "de", "da", "van"
allowed inside) that are not role words, honorifics, portfolio words ("Innovation"),
calendar words, or part of a country or organisation mention, and the run is not the name
of a city or a subdivision ("Metro Manila").  A shorter name inside a
longer one is the same person (``people_merge``).
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.lexicon import first_name, place, zipf
from congo_digital.enrich.people_calendar import (
    GIVEN_MONTHS,
    SURNAME_MONTHS,
    calendar_given_name,
    month_given_name,
    month_surname,
    particle_surname,
)
from congo_digital.enrich.people_scope import AFTER_PARTICLE, COMPLEMENT_LINKS, MAX_NAME, PARTICLES, PeopleScope, Person
from congo_digital.enrich.people_starts import name_bounds
from congo_digital.enrich.people_things import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    common_thing,
    credit,
    in_roster,
    interface_label,
    maybe_label,
    region,
    thing_named,
)
from congo_digital.enrich.role_titles import is_head
from congo_digital.enrich.tokens import Token, cue_set
from congo_digital.vocab import load_json

_COMPLEMENT_OPENERS = cue_set("complement_links")
_SPEECH_VERBS = cue_set("speech_verbs")
_SPEECH_AUXILIARIES = cue_set("speech_auxiliaries")

Key = tuple[str, ...]

# Zipf frequency (wordfreq) past which a hyphenated part is common ("-based", "-year-old");
# the thresholds of a run's first word are ``people_starts``'s
COMMON_PART = 3.0
_QUOTES = OPEN_QUOTES | CLOSE_QUOTES  # left out of a name's key


def _name_token(s: PeopleScope, k: int) -> bool:
    """A token that may be part of a name: capitalised word, not ignored, not taken by a
    country or an organisation, no role or common word, no interface label opening a line
    ("Advertisement"), no acronym, no digit, and no lower-case part after a hyphen
    ("Eighteen-year-old", "Lagos-based").  What the word itself says is read once
    (``_name_word``, kept by ``_known_name_word``)."""
    t = s.toks[k]
    if t.ignored or not t.cap or k in s.country_at or k in s.org_at:
        return False
    word = _known_name_word(s, t)
    return word == 1 or word == 2 and not interface_label(s, k)


_NAME_WORDS_KEPT = 50_000
"""Words whose ``_name_word`` answer is kept between articles (``_known_name_word``)."""

_NAME_WORDS: dict[str | None, dict[str, int]] = {}  # language tag -> text -> answer
_NAME_WORDS_COUNT = [0]  # the answers kept, all languages
_NAME_WORDS_VOCAB: list[frozenset[str]] = []  # the word list the kept answers were read with


def _known_name_word(s: PeopleScope, t: Token) -> int:
    """``_name_word``, kept per language and text between articles while there is room
    (its answer depends only on them and on the word lists: ``_kept_name_words``), else
    for the article (``s.name_words``)."""
    kept = _kept_name_words(s)
    if (word := kept.get(t.text)) is None and (word := s.name_words.get(t.text)) is None:
        word = _name_word(s, t)
        if _NAME_WORDS_COUNT[0] < _NAME_WORDS_KEPT:
            kept[t.text] = word
            _NAME_WORDS_COUNT[0] += 1
        else:
            s.name_words[t.text] = word
    return word


def _kept_name_words(s: PeopleScope) -> dict[str, int]:
    """``_known_name_word``'s kept answers for the text's language, all emptied first when
    the word list ``s.vocab`` is another than theirs (the data reloaded)."""
    if not _NAME_WORDS_VOCAB or _NAME_WORDS_VOCAB[0] is not s.vocab:
        _NAME_WORDS.clear()
        _NAME_WORDS_COUNT[0] = 0
        _NAME_WORDS_VOCAB[:] = [s.vocab]
    kept = _NAME_WORDS.get(s.doc.lang)
    if kept is None:
        kept = _NAME_WORDS[s.doc.lang] = {}
    return kept


def _name_word(s: PeopleScope, t: Token) -> int:
    """What a capitalised token's text says of a name (``_name_token``): 0 no name's word,
    1 a name's word, 2 a name's word unless it is an interface label opening a line."""
    low = t.norm.rstrip(".")
    if low in s.vocab or is_head(t):
        return 0
    if t.upper and len(t.text) > 2 and not t.text.endswith("."):
        return 0
    if len(t.text) >= 3 and t.text.endswith("s") and t.text[:-1].isupper():
        return 0  # an acronym's plural: "Tory MPs", "NGOs"
    if not t.text.isalpha() and any(c.isdigit() for c in t.text):
        return 0  # "Embraer E195"
    if t.norm.endswith("'"):
        return 0  # an elided article or preposition: "L'Airbus", "d'Ivoire"
    if "-" in t.text and sum(ch.isupper() for ch in t.text.split("-", 1)[0]) >= 2:
        return 0  # an acronym's compound: "AfD-Spitzenmann", "UN-Hauptquartier"
    if "-" in t.text and not all(
            part[:1].isupper() or part in PARTICLES or zipf(part, s.doc.lang) < COMMON_PART
            for part in t.text.split("-") if part):
        return 0  # "Lagos-based", not "Sang-hyeok"
    if not t.is_word:
        return 0
    return 2 if maybe_label(t) else 1


def _recognised_segments(s: PeopleScope, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of name tokens inside a recogniser's person spans."""
    out = []
    for a, b in spans:
        i = a
        while i < b:
            if not _name_token(s, i):
                i += 1
                continue
            j = i + 1
            while j < b and (_name_token(s, j) or s.toks[j].norm in PARTICLES and j + 1 < b):
                j += 1
            out.append((i, j))
            i = j
    return out


def segments(s: PeopleScope) -> list[tuple[int, int]]:
    """Maximal runs of name tokens ``[i, j)`` (particles allowed inside).  With a
    recogniser's spans: the runs that no place or organisation span overlaps, and the
    runs inside its person spans that no run overlaps, unless a particle joins them to
    the words before them in one capitalised run: the recogniser then cut one name in two
    ("Comisión" an organisation, "Normas Transitorias" a person, in "Comisión de Normas
    Transitorias"), and the rules read the run as one name.  A run takes in a calendar
    word before it that the person span holds (``people_calendar.calendar_given_name``)."""
    runs = _cap_runs(s)
    if s.recognised is None:
        return runs
    joined = {k for i, j in runs for k in range(i + 2, j) if s.toks[k - 1].norm in PARTICLES}
    runs = [(calendar_given_name(s, i, j), j) for i, j in runs
            if not any(k in s.not_person for k in range(i, j))]
    taken = {k for i, j in runs for k in range(i, j)}
    extra = [(i, j) for i, j in _recognised_segments(s, s.recognised)
             if i not in joined and not any(k in taken for k in range(i, j))]
    return sorted(runs + extra)


def _nickname(s: PeopleScope, j: int) -> bool:
    """A one-word nickname in quotation marks at ``j`` inside a name ('Lee “Faker”
    Sang-hyeok', 'Earvin "Magic" Johnson'): open quote, a capitalised word, close quote."""
    toks = s.toks
    return j + 3 < len(toks) and toks[j].text in OPEN_QUOTES and toks[j + 1].cap and (
        toks[j + 1].is_word) and toks[j + 2].text in CLOSE_QUOTES and (
        toks[j + 1].sent == toks[j].sent)


def _printed_name(s: PeopleScope, i: int, j: int) -> tuple[str, str | None]:
    """The name printed at ``[i, j)`` without a nickname in quotes, and the nickname."""
    q = next((k for k in range(i + 1, j - 3) if _nickname(s, k)), None)
    if q is None:
        return s.doc.span_text(i, j), None
    return f"{s.doc.span_text(i, q)} {s.doc.span_text(q + 3, j)}", s.toks[q + 1].text


def _name_tokens(s: PeopleScope) -> set[int]:
    """The tokens that may be part of a name (``_name_token``), all at once: of the
    capitalised tokens not ignored, those that no country or organisation takes, by what
    their word says (``_name_word``, read once per word: ``_known_name_word``)."""
    toks, country_at, org_at = s.toks, s.country_at, s.org_at
    out = set()
    kept = _kept_name_words(s)
    for k in s.doc.capitalised():
        t = toks[k]
        if t.ignored or k in country_at or k in org_at:
            continue
        if (word := kept.get(t.text)) is None:  # (``_known_name_word``'s kept answer)
            word = _known_name_word(s, t)
        if word == 1 or word == 2 and not interface_label(s, k):
            out.add(k)
    return out


@cache
def _particle_articles() -> dict[str, frozenset[str]]:
    """Per language, the name particles that are also its articles (``name_forms.json``
    ``particle_articles``)."""
    return {k: frozenset(v) for k, v in load_json("name_forms.json").get("particle_articles", {}).items()}


def _cap_runs(s: PeopleScope) -> list[tuple[int, int]]:
    """Maximal runs of capitalised name tokens (the rules' segments): from a name token
    (``_name_tokens``, or a month that is a given name before one, or a month alone that may
    be a surname: ``people_calendar``) over name tokens, a month after a known given name
    ("Theresa May"), and one or two particles and nicknames in quotes before one, in one
    sentence."""
    toks, n = s.toks, len(s.toks)
    ok = _name_tokens(s)
    # (the month tokens from the text's word index, ``Doc.starting``, not a walk over its capitals)
    months = [k for k in s.doc.starting(GIVEN_MONTHS) if toks[k].cap and k not in ok and (
        k + 1 in ok or toks[k + 1].norm in PARTICLES and k + 2 in ok) and not toks[k].ignored
        and month_given_name(s, k)]
    # a month alone that may be a surname's short mention ("May said": ``month_surname``)
    lone = [k for k in s.doc.starting(SURNAME_MONTHS) if toks[k].cap and k not in ok
            and not toks[k].ignored and month_surname(s, k, False)]
    starts = sorted(ok.union(months, lone))
    # the particles that are also articles of the text's language join only after another
    # ("von der Leyen"; not "Axel Hellmann den Geschäftsbereich": ``particle_articles``)
    articles = _particle_articles().get((s.doc.lang or "").split("-")[0].lower(), frozenset())
    out = []
    after = 0  # the first token after the last run
    for i in starts:
        if i < after:
            continue
        sent = toks[i].sent
        j = i + 1
        while j < n and toks[j].sent == sent:
            t = toks[j]  # (a nickname opens with a quote)
            if j in ok:
                j += 1
            elif t.norm in SURNAME_MONTHS and j - 1 in ok and first_name(toks[j - 1].norm) and (
                    month_surname(s, j, True)):
                j += 1  # "Theresa May": a month after a given name is a surname
            elif (t.cap or t.norm in PARTICLES) and (surname := particle_surname(s, j, ok)):
                j += surname  # "Luigi Di Maio", "Pedro Sánchez del Río": a month or place after a particle
            elif t.norm in PARTICLES and j + 1 in ok and toks[j + 1].sent == sent and (
                    t.norm not in articles or toks[j - 1].norm in PARTICLES):  # "Van der Bellen"
                j += 2  # "Jan de Vries", "Joop den Uyl" (in Dutch)
            elif t.norm in PARTICLES and j + 2 in ok and toks[j + 1].norm in AFTER_PARTICLE and (
                    toks[j + 2].sent == sent):
                j += 3  # "Ursula von der Leyen", "Rafael van der Vaart", "Anna de la Cruz"
            elif t.text in OPEN_QUOTES and _nickname(s, j) and j + 3 in ok and toks[j + 3].sent == sent:
                j += 3  # 'Lee “Faker” Sang-hyeok'
            else:
                break
        out.append((i, j))
        after = j
    return out


def _in_role_complement(s: PeopleScope, i: int) -> bool:
    """"ministra de Transición Energética", "da Ciência, Tecnologia e Ensino Superior":
    capitalised words inside a title's complement are not a name."""
    toks = s.toks
    if i == 0 or toks[i - 1].norm not in _COMPLEMENT_OPENERS:
        return False
    for x in range(i - 2, max(-1, i - 10), -1):
        t = toks[x]
        if t.sent != toks[i].sent or t.text in ";.":
            return False
        if is_head(t):
            return True
        if not (t.cap or t.text == "," or t.norm in COMPLEMENT_LINKS):
            return False
    return False


def speech_near(s: PeopleScope, i: int, j: int, k: int) -> bool:
    """A speech verb next to the name ``[i, j)``, ``k`` the token before it and its
    honorifics (``s.before(i)``): "said X", "said, X", "X told", "X a déclaré", "X ha
    detto" (an auxiliary of ``cues.json`` ``speech_auxiliaries``, the French "a", the
    Italian "ha", only before a speech verb)."""
    toks, n = s.toks, len(s.toks)
    sv = _SPEECH_VERBS
    if k >= 0 and toks[k].norm in sv and toks[k].norm != "a":
        return True
    if k >= 1 and toks[k].text == "," and toks[k - 1].norm in sv and toks[k - 1].norm != "a":
        return True
    j = s.after(j)
    if j < n and toks[j].norm in sv and toks[j].norm != "a":
        return True
    return j + 1 < n and toks[j].norm in _SPEECH_AUXILIARIES and toks[j + 1].norm in sv


class Names:
    """The name candidates of an article: ``people`` by normalised tokens (``order``:
    first seen first), and ``singles``, runs too short or too long to be a full name."""

    __slots__ = ("people", "order", "singles")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self) -> None:
        self.people: dict[Key, Person] = {}
        self.order: list[Key] = []
        self.singles: list[tuple[int, int]] = []


def _read_run(s: PeopleScope, names: Names, things: set[Key], i: int, j: int, n_words: int) -> None:
    """Sort the run ``[i, j)`` (trimmed by ``people_starts.name_bounds``) of ``n_words``
    capitalised words: a full name (two to ``MAX_NAME`` capitalised words, not an initial
    first) to ``names.people``, a single to ``names.singles``, the name of a thing to
    ``things``, or none of them.  (A place of one word may be a surname: "Evans".)"""
    toks = s.toks
    if _in_role_complement(s, i) or n_words >= 2 and place(s.doc.span_text(i, j)) or (
            common_thing(s, i, j) or in_roster(s, j) or credit(s, i, j) or region(s, i, j)):
        return
    # (all words capitalised: no quotation mark, the key is the run's norms)
    key = tuple(s.doc.norms()[i:j]) if n_words == j - i else tuple(
        t.norm for t in toks[i:j] if t.text not in _QUOTES)
    if thing_named(s, i, j):
        things.add(key)
        return
    if _single(toks, i, n_words):
        names.singles.append((i, j))
        return
    if key not in names.people:
        printed, nick = _printed_name(s, i, j)
        names.people[key] = Person(key, printed, aliases=[nick] if nick else [])
        names.order.append(key)
    names.people[key].mentions.append((i, j))
    s.person_tok.update(range(i, j))


def _single(toks: list[Token], i: int, n_words: int) -> bool:
    """A run of ``n_words`` capitalised words from ``i`` is no full name: fewer than two,
    more than ``MAX_NAME``, or an initial first ("J. Smith")."""
    return n_words < 2 or n_words > MAX_NAME or toks[i].text.endswith(".") and len(toks[i].text) == 2


def collect_names(s: PeopleScope) -> Names:
    """Sort the segments into full names (two to ``MAX_NAME`` capitalised words, not an
    initial first) and singles; segments inside a title's complement, and picture credits,
    are neither, nor is a name once followed by the noun of a thing ("the X party").  The
    tokens of full names go to ``s.person_tok``.

    With the rules alone, a single counts only as a later mention by part of a full name
    (``people_merge.add_short_mentions``) or as a thing named like a full name: the singles
    are sorted after the full names, only those whose words are all or part of a full
    name's (most are not: "But", "Tuesday", a town), in the order of the text."""
    toks = s.toks
    names = Names()
    things: set[Key] = set()
    later: list[tuple[int, int, int]] = []
    for i, j in segments(s):
        if j - i > 1:  # (a one-word run is its own bounds)
            i, j = name_bounds(s, i, j)
        n_words = [t.cap for t in toks[i:j]].count(True)
        if s.recognised is None and _single(toks, i, n_words):
            later.append((i, j, n_words))
            continue
        _read_run(s, names, things, i, j, n_words)
    if later:
        full = names.people.keys()
        parts = {key[a:b] for key in full for a in range(len(key)) for b in range(a + 1, len(key) + 1)}
        norms = s.doc.norms()
        for i, j, n_words in later:  # (without a quotation mark a run's key is its norms: in ``parts`` if in ``full``)
            if tuple(norms[i:j]) in parts or j - i > 1 and tuple(
                    t.norm for t in toks[i:j] if t.text not in _QUOTES) in full:
                _read_run(s, names, things, i, j, n_words)
    for key in things & names.people.keys():  # "the X party" once: X is no person anywhere
        for i, j in names.people.pop(key).mentions:
            s.person_tok.difference_update(range(i, j))
        names.order.remove(key)
    return names
