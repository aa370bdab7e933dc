"""Country names and demonyms that are people's names: surnames ("Luís Montenegro",
Portugal's prime minister; "Ana Russo", the Spanish, Portuguese and Italian demonym
"russo"; "John Jordan", "Dawn French") and given names ("Israel Katz", "Chad Smith").

A one-word country name or demonym printed with a capital right after a known given name
(``lexicon.first_name``, ``data/first_names.json``) in the same sentence is the surname of
the person the two words name, no country.  The given name must be no country's mention
itself ("Jordan Israel" is two states), no word the text also prints in lower case ("Said
Russia" of a title-case line beside "said"), and must not open its sentence as a common
word (``people_starts``' opener threshold: "Grant Russia"); an all-capital short form
("US", "UK") is never a surname.  Demonyms inside a body's name stay the body's ("Agencia
Española de Meteorología", "Empresa Brasileira de Pesquisa Agropecuária": "Agencia" and
"Empresa" are no given names).

Once a form is read as a surname, the same form after the same given name is that person
too (where the given name opens a sentence: "John Jordan said"), and the same form printed
alone with a capital elsewhere in the text is that person's short mention ("Montenegro said"), not the country, when

* it is a country's name and the text names that country in no other way (its demonym,
  capital or another of its names) and never where a country stands (``_as_country``: "King
  Abdullah of Jordan", "officials from Montenegro", "Jordan's government"): then the bare
  name may be either, and stays the country;
* it is a demonym that its language writes in lower case (Spanish, Portuguese, Italian,
  French: the gazetteer's case ``any`` or ``lower``): capitalised alone, "Russo" is a name.
  An English demonym ("French" of "Dawn French") stays a demonym elsewhere.

A one-word country (or city) whose name is also a given name ("Israel", "Chad", "Jordan",
"Salvador") before a surname is that person's given name (``_given_name_mention``); its
other mentions stay the country's ("Israel Katz warned that Israel would respond").
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from congo_digital.enrich.lexicon import first_name, zipf
from congo_digital.enrich.role_titles import is_head
from congo_digital.enrich.tokens import Token, cue_set, cue_union

# word lists read in the functions below, once at import
_COUNTRY_OR_PLACE_PREPS = cue_union("country_prepositions", "place_prepositions")
_ORG_KEYWORDS = cue_set("org_keywords")
_ORG_TYPES = cue_set("org_types")
_SPEECH_VERBS = cue_set("speech_verbs")
_STATE_WORDS = cue_set("state_words")

# Zipf frequency (wordfreq) past which a given name opening its sentence is rather a common
# word ("Grant", "Chase", "Mark"): the opener threshold of ``people_starts``
_COMMON_OPENER = 4.0
# Zipf frequencies of the word after a country named like a given name: at or past the
# first it is a common word ("Police", "Times"), no surname; under the second it is a
# surname without other sign ("Henderson", "Katz"; "Smith", "Brown" need one)
_COMMON_SURNAME = 5.0
_RARE_SURNAME = 4.0


class _Mention(Protocol):
    i: int
    j: int
    code: str
    kind: str


M = TypeVar("M", bound=_Mention)


def _opens(toks: list[Token], k: int) -> bool:
    """Token ``k`` opens its sentence (or follows an opening quote or bracket)."""
    return k == 0 or toks[k - 1].sent != toks[k].sent or not toks[k - 1].is_word and (
        toks[k - 1].text in "«\"“‘([„¿¡—–")


class _Text:
    """The article's tokens, the tokens its mentions take, its language, and (read on
    first use) the words it prints in lower case and its capitalised words."""

    def __init__(self, toks: list[Token], taken: set[int], lang: str | None,
                 lower: frozenset[str] | None) -> None:
        self.toks, self.taken, self.lang = toks, taken, lang
        self._lower = lower
        self._caps: dict[str, list[int]] | None = None

    def lower(self) -> frozenset[str]:
        if self._lower is None:
            self._lower = frozenset(t.norm for t in self.toks if t.is_word and not t.cap)
        return self._lower

    def caps(self) -> dict[str, list[int]]:
        if self._caps is None:
            self._caps = {}
            for k, t in enumerate(self.toks):
                if t.cap and t.is_word:
                    self._caps.setdefault(t.norm, []).append(k)
        return self._caps


def _name_word(x: _Text, k: int, sent: int) -> bool:
    """Token ``k`` may be a word of a person's name: a capitalised word of sentence
    ``sent``, not all capitals, that no mention takes and that the text never prints in
    lower case ("Said" of a title-case line, "Police" of "Israel Police" beside "the police")."""
    if not 0 <= k < len(x.toks):
        return False
    t = x.toks[k]
    return t.cap and t.is_word and not t.upper and t.sent == sent and k not in x.taken and (
        t.norm not in x.lower())


def _as_country(toks: list[Token], k: int) -> bool:
    """The bare name at token ``k`` stands where a country does: after a preposition of
    places (``cues.json`` ``country_prepositions``, ``place_prepositions``: "of Jordan",
    "from Montenegro", "in Jordan"; not "according to Montenegro", "by Montenegro") or before
    a state's word, itself or its possessive (``state_words``: "Jordan's government",
    "Montenegro's president")."""
    before = toks[k - 1].norm if k else ""
    if before in _COUNTRY_OR_PLACE_PREPS:
        return True
    after = k + 2 if k + 2 < len(toks) and toks[k + 1].norm == "'s" else k + 1  # ("’s" too: norms fold it)
    return after < len(toks) and toks[after].norm in _STATE_WORDS


def _after_given_name(x: _Text, m: _Mention) -> bool:
    """The one-word mention ``m`` is printed with a capital right after a known given
    name of its sentence (``_name_word``) that opens no sentence as a common word."""
    toks = x.toks
    if m.j - m.i != 1 or m.kind not in ("name", "demonym"):
        return False
    t = toks[m.i]
    if not t.cap or t.upper or not _name_word(x, m.i - 1, t.sent) or not first_name(toks[m.i - 1].norm):
        return False
    return not (_opens(toks, m.i - 1) and zipf(toks[m.i - 1].norm, x.lang) >= _COMMON_OPENER)


def _given_name_mention(x: _Text, m: _Mention) -> bool:
    """The one-word mention ``m`` is a country (or city) whose name is also a given name,
    printed before a surname: "Chad Smith", "Israel Katz", "Salvador Illa".  The word after
    it may be a name's (``_name_word``), is no body's word (``cues.json`` ``org_keywords``,
    ``org_types``) nor a common word (Zipf ``_COMMON_SURNAME``: "Israel Police", "Oman
    Air"), and ends the capitalised run ("Israel Aerospace Industries", "Oman Sultan
    Haitham"); and the text shows a person: that word printed alone elsewhere ("Katz
    said"), a role's head word right before the name ("drummer Chad Smith"), a speech
    verb right before or after it ("said Israel Katz", "Chad Smith said"), or else a word
    rare enough to be no common noun (Zipf under ``_RARE_SURNAME``: "Jordan Henderson
    signed")."""
    toks = x.toks
    if m.j - m.i != 1 or m.kind not in ("name", "capital", "city") or not first_name(toks[m.i].norm):
        return False
    t = toks[m.i]
    if not t.cap or t.upper or not _name_word(x, m.j, t.sent) or _name_word(x, m.j + 1, t.sent):
        return False
    y = toks[m.j].norm
    if y in _ORG_KEYWORDS or y in _ORG_TYPES:
        return False
    common = zipf(y, x.lang)
    if common >= _COMMON_SURNAME:
        return False
    if common < _RARE_SURNAME:
        return True
    speech = _SPEECH_VERBS
    alone = any(k - 1 != m.i and not (k > 0 and toks[k - 1].norm == t.norm) for k in x.caps()[y])
    before = toks[m.i - 1] if m.i else None
    return alone or before is not None and (is_head(before) or before.norm in speech) or (
        m.j + 1 < len(toks) and toks[m.j + 1].norm in speech)


def drop_surnames(toks: list[Token], mentions: list[M], entries: object, lang: str | None,
                  lower: frozenset[str] | None = None) -> list[M]:
    """``mentions`` (of the article ``toks``, in order) without the country names and
    demonyms that are surnames (see the module's text).  ``entries`` is the gazetteer
    (``get`` of a token tuple gives ``(code, kind, case)``); ``lang`` the text's language;
    ``lower`` the words the text prints in lower case (``Doc.lower_words``), when known."""
    # (most mentions follow no capitalised word of their sentence and are no given name)
    ones = [m for m in mentions if m.j - m.i == 1 and toks[m.i].cap and (
        m.i and toks[m.i - 1].cap and toks[m.i - 1].sent == toks[m.i].sent or first_name(toks[m.i].norm))]
    if not ones:
        return mentions
    x = _Text(toks, {k for m in mentions for k in range(m.i, m.j)}, lang, lower)
    surnames = [m for m in ones if _after_given_name(x, m)]
    given = [m for m in ones if _given_name_mention(x, m)]
    if not surnames and not given:
        return mentions
    dropped = {id(m) for m in surnames + given}
    forms = {toks[m.i].norm: m for m in surnames}
    bare = [m for m in mentions
            if id(m) not in dropped and m.j - m.i == 1 and toks[m.i].cap and toks[m.i].norm in forms]
    for m in bare:  # the same given name before it ("John Jordan said", "John" opening its sentence)
        if m.i and toks[m.i - 1].norm == toks[forms[toks[m.i].norm].i - 1].norm:
            dropped.add(id(m))
    for form, first in forms.items():
        if first.kind == "name":  # the country named another way, or where a country stands
            person = not any(o.code == first.code and (toks[o.i].norm != form or (
                id(o) not in dropped and _as_country(toks, o.i))) for o in mentions)
        else:
            person = entries.get((form,), ("", "", ""))[2] in ("any", "lower")  # type: ignore[attr-defined]
        if person:
            dropped.update(id(m) for m in bare if toks[m.i].norm == form)
    return [m for m in mentions if id(m) not in dropped]
