"""A country's name or demonym used as an attribute of a person or a team, not as its
state acting: "India head coach Gautam Gambhir praised", "the England captain said",
"Pakistan pacer Naseem Shah took", "Brazil fans were", "the US team won"; and the sports
report, where a country's name that acts is its national team ("India beat Bangladesh").

Words: ``data/roles.json`` (``heads``, ``modifiers``, ``state``) and ``data/cues.json``
(``attribute_heads``, ``sport_words``, ``not_state_after_name``, ``state_words``, ``speech_verbs``,
``metonym_verbs``, ``auxiliaries``, ``prepositions``, ``determiners``).
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.tokens import Doc, Token, cue_set, cue_union, role_words


@cache
def _person_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The heads of a person's or a team's noun phrase that no state office is (``roles.json``
    ``heads`` but its ``state`` heads and ``cues.json`` ``state_words``, plus ``cues.json``
    ``attribute_heads``: "coach", "captain", "team", "fans"), and the words that may come
    before such a head ("head", "assistant", "national")."""
    state = role_words("state") | cue_set("state_words")
    heads = (role_words("heads") - state) | cue_set("attribute_heads")
    before = role_words("modifiers") | role_words("heads") | cue_set("attribute_heads") | cue_set(
        "not_state_after_name")
    return frozenset(heads), frozenset(before - (state - cue_set("not_state_after_name")))


def _verb_like(word: str) -> bool:
    """A word read as the verb after a subject: a known verb or auxiliary, or a past form
    ("attacked", "beat" is not caught: a lone irregular past before a name stays a verb only
    when a preposition follows the name)."""
    return word in cue_union("speech_verbs", "metonym_verbs", "auxiliaries") or word.endswith("ed")


def attribute_phrase(doc: Doc, k: int) -> bool:
    """In an English ``doc`` (or one of unknown language), the lower-case words from token
    ``k`` (at most three, in one sentence) make the noun phrase of a person or a team that
    the word before ``k`` qualifies: they end with a person's or team's head that is no
    state office ("head coach", "captain", "fans", ``_person_nouns``) after words that may
    qualify it and are no state word ("police officer": the police acts), or one or two of
    them that are no verb, function word nor state word come before a capitalised name and then a verb
    ("pacer Naseem Shah took"; not "accused Volodymyr Zelensky of", "and Germany want",
    "ambassador Takeshi Matsunaga said").
    Other languages put such nouns before the country's name ("le sélectionneur de la
    France") or capitalise them (German)."""
    toks = doc.tokens
    n = len(toks)
    if k >= n or doc.lang not in (None, "en") and not doc.lang.startswith("en-"):
        return False
    sent = toks[k].sent
    heads, before = _person_nouns()
    words: list[str] = []
    x = k
    while x < n and x < k + 3 and toks[x].is_word and not toks[x].cap and toks[x].sent == sent:
        words.append(toks[x].norm)
        x += 1
    if not words:
        return False
    for end in range(len(words), 0, -1):
        if words[end - 1] in heads and all(w in before for w in words[: end - 1]) and (
                end == len(words) or _phrase_ends(words[end - 1], words[end])):
            return True
    other = cue_union("prepositions", "determiners", "conjunctions", "clause_pronouns", "state_words",
                      "roles:state")
    if len(words) > 2 or any(_verb_like(w) or w.endswith("s") or w in other for w in words):
        return False
    return _name_then_verb(toks, x, sent)


def _phrase_ends(head: str, nxt: str) -> bool:
    """A person's head ``head`` ends the noun phrase before the lower-case word ``nxt``: a
    verb follows ("captain said", "fans were"), or the head is no word that may qualify
    another ("team won"; not "general election", "head coach": ``roles.json`` ``modifiers``)."""
    return _verb_like(nxt) or nxt in ("were", "are") or head not in role_words("modifiers")


def _name_then_verb(toks: list[Token], x: int, sent: int) -> bool:
    """One to three capitalised words from token ``x`` (a person's name), then a lower-case
    word that is no preposition nor determiner (the name's verb)."""
    n = len(toks)
    y = x
    while y < n and y < x + 3 and toks[y].is_word and toks[y].cap and toks[y].sent == sent:
        y += 1
    if y == x or y >= n or toks[y].sent != sent:
        return False
    t = toks[y]
    stop = cue_union("prepositions", "determiners")
    return t.is_word and not t.cap and t.norm not in stop


def sports_story(title: list[Token], body: Doc, top: int) -> bool:
    """A sports report: two different words of a match or its results (``cues.json``
    ``sport_words``: "innings", "semi-final", "striker", "medals") in the ``title`` tokens
    and the tokens of ``body`` in the paragraphs up to ``top`` (outside ignored lines)."""
    words = cue_set("sport_words")
    found = {t.norm for t in title if t.norm in words}
    toks = body.tokens
    for k in body.starting(words):  # in order, and paragraph ids grow with the tokens
        t = toks[k]
        if t.para > top:
            break
        if not t.ignored:
            found.add(t.norm)
    return len(found) >= 2


def document_place(toks: list[Token], i: int, j: int) -> bool:
    """The city or capital at tokens ``[i, j)`` names a treaty, an agreement or a law, not
    its state acting ("el Tratado de Lisboa", "the Treaty of Rome", "the Paris Agreement"):
    a capitalised document's head (``cues.json`` ``romance_document_heads``, ``non_org_heads``)
    and a preposition (``country_prepositions``: "de", "of") right before it, or such a
    head right after it, in its sentence."""
    heads = cue_union("romance_document_heads", "non_org_heads")
    if i >= 2 and toks[i - 1].norm in cue_set("country_prepositions") and toks[i - 2].cap and (
            toks[i - 2].norm in heads and toks[i - 2].sent == toks[i].sent):
        return True
    return j < len(toks) and toks[j].cap and toks[j].norm in heads and toks[j].sent == toks[i].sent
