"""One-word company names that act ("Safaricom said", "a Meta spokesperson"), or that the
headline names and the body makes the subject of its verbs (``find_single``).

Words come from ``data/cues.json`` and ``data/roles.json``; rarity from wordfreq
(``lexicon.zipf``); given names and places from ``lexicon``.
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.lexicon import first_name, place, zipf
from congo_digital.enrich.org_claims import Org, OrgClaims
from congo_digital.enrich.org_german import bare_subject, common_compound
from congo_digital.enrich.org_parts import speaks_for
from congo_digital.enrich.role_titles import joined_title
from congo_digital.enrich.tokens import cue_set, cue_union, role_words

HEADLINE_ZIPF = 3.0  # wordfreq Zipf under which a headline's one word reads as a name
# wordfreq Zipf under which a capitalised word printed only before another is a given name
# the lists lack ("Sheldon" 3.5), not a common word before a name ("Camp" 4.8, "Camp Strava")
BOUND_GIVEN_ZIPF = 4.0
# wordfreq Zipf under which a word in -s that takes singular verbs is a body's name ("Airbus"
# 3.3, "Siemens" 3.3), not a common word opening sentences ("News" 5.7, "Analysis" 4.6)
SINGULAR_NAME_ZIPF = 4.0
_QUOTES = frozenset("\" “ ” ‘ ’ « » „ ‚ '".split())
# languages whose names take case endings (ISO 639-1): a surname's inflected form stands alone
INFLECTING = frozenset("cs sk pl ru uk be bg sl hr sr bs lt lv fi et hu".split())


@cache
def speech_verbs() -> frozenset[str]:
    """``cues.json`` ``speech_verbs`` but "a" (a French auxiliary, no verb of its own),
    built once per process: ``find_single`` and ``org_brands.find_lower_brands`` read it
    for every article."""
    return cue_set("speech_verbs") - {"a"}


@cache
def _single_words() -> tuple[frozenset[str], frozenset[str]]:
    """For ``_single_candidates``: the capitalised words allowed next to a one-word name,
    and the words that are not one."""
    allowed = role_words("heads") | role_words("modifiers") | cue_set("stop_capitals") | cue_set(
        "determiners") | role_words("honorifics")
    blocked = (cue_set("stop_capitals") | cue_set("calendar") | cue_set("non_name")
               | cue_set("place_words") | role_words("portfolio") | role_words("heads")
               | role_words("honorifics") | role_words("modifiers") | cue_set("media_words")
               | cue_set("org_generic_words") | cue_set("mass_nouns_in_s"))
    return allowed, blocked


def _single_candidates(c: OrgClaims) -> tuple[dict[str, list[int]], set[str]]:
    """Capitalised one-word names printed twice or more, by word: not claimed, not a country, no common or
    role word, no disease, sport or game in -s (``cues.json`` ``mass_nouns_in_s``: "Measles
    is", "Darts", "Pilates": they take singular verbs as companies in -s do), never printed
    lower-case, no hyphen; each word's mentions that stand alone
    (no other name word next to it, nor behind a quotation mark: "Lee “Faker”
    Sang-hyeok"; none for a word ever printed after a given name or another rare word: "Vivek
    Ramaswamy", not "Camp Strava", or after a capitalised honorific, ``roles.json``
    ``honorifics``: "Ms Diemont says", or after one or two name particles after a
    known given name, ``cues.json`` ``name_particles``: "Jan de Vries", "Ursula von der
    Leyen", not "Ministro da Defesa"; none inside a title joined by a conjunction, "Police
    and Crime Commissioner": ``role_titles.joined_title``; none of a maker before a word of
    its product, "Meta Quest Pro": ``cues.json`` ``product_makers``, ``product_words``), and the words ever
    printed next to another name word (so that a surname is not taken)."""
    toks, n = c.toks, len(c.toks)
    allowed, blocked = _single_words()
    lower = c.lower_words
    seen: dict[str, list[int]] = {}
    bad: set[str] = set()
    surnames: set[str] = set()
    honorifics = role_words("honorifics")
    claimed, countries = c.claimed, c.country_tok
    # only a capitalised word may be one, and not one of those words: a set operation on the
    # words, then the tokens of the words left (in C)
    words = c.cap_words().difference(blocked, lower)
    # a word printed once has one mention at most, and ``find_single`` reads none of those:
    # its tokens are passed over (most capitalised words of a text are printed once)
    at = c.doc.where()
    words = {w for w in words if len(at[w]) > 1}
    conjunctions = cue_set("conjunctions")
    particles = cue_set("name_particles")
    makers, products = cue_set("product_makers"), cue_set("product_words")
    for k in c.doc.starting(words):  # (the tokens of those words, in order: the capitalised ones are read)
        t = toks[k]
        if not t.cap or t.upper or k in claimed or k in countries or t.ignored or not t.is_word or "-" in t.text:
            continue
        prev = toks[k - 1] if k else None
        if prev is not None and prev.norm in conjunctions and joined_title(toks, k):
            continue  # "Police and Crime Commissioner": a word of one title, no body
        if prev is not None and prev.cap and prev.sent == t.sent and prev.norm.rstrip(".") in honorifics:
            surnames.add(t.norm)  # "Ms Diemont says": a person's surname, never a body
        x = k - 1
        while x > 0 and toks[x].norm in particles and not toks[x].cap and k - x <= 2:
            x -= 1
        if x < k - 1 and toks[x].sent == t.sent and first_name(toks[x].norm):
            surnames.add(t.norm)  # "Jan de Vries", "Ursula von der Leyen": a person's surname
        alone = True
        # (most words: no capital or quotation mark next to them, which the neighbour test reads past)
        if not (k and (toks[k - 1].cap or toks[k - 1].text in _QUOTES) or k + 1 < n and (
                toks[k + 1].cap or toks[k + 1].text in _QUOTES)):
            seen.setdefault(t.norm, []).append(k)
            continue
        if k + 1 < n and toks[k + 1].norm in products and t.norm in makers:
            continue  # "Meta Quest Pro": the maker's product, neither the maker alone nor a surname
        for x, step in ((k - 1, -1), (k + 1, 1)):
            if 0 <= x < n and toks[x].text in _QUOTES:
                x += step  # a nickname in quotes inside a name
            if 0 <= x < n and toks[x].cap and toks[x].is_word and toks[x].sent == t.sent and (
                    toks[x].norm.rstrip(".") not in allowed) and (toks[x].text.isalpha() or not any(
                    ch.isdigit() for ch in toks[x].text)):
                bad.add(t.norm)
                alone = False
                if step < 0 and (first_name(toks[x].norm) or zipf(
                        toks[x].norm, c.doc.lang) < HEADLINE_ZIPF or _bound_before(c, x)):
                    surnames.add(t.norm)  # "Tomáš Souček": a person's surname
        if alone:
            seen.setdefault(t.norm, []).append(k)
    return {w: ks for w, ks in seen.items() if w not in surnames}, bad


def _bound_before(c: OrgClaims, x: int) -> bool:
    """The capitalised word at ``x``, no common word (Zipf under ``BOUND_GIVEN_ZIPF``), is
    printed nowhere in the text but right before the word after it ("Sheldon Varga ...
    Varga's company"): a given name the lists lack, and the word after it a surname; a
    company's short form is its first word ("Goldman" of "Goldman Sachs")."""
    toks = c.toks
    after = toks[x + 1].norm
    return all(k + 1 < len(toks) and toks[k + 1].norm == after for k in c.doc.where()[toks[x].norm]) and (
        zipf(toks[x].norm, c.doc.lang) < BOUND_GIVEN_ZIPF)


def code_name(c: OrgClaims, word: str, ks: list[int]) -> bool:
    """``word`` is a letter-digit code name ("T1", "G2", "M23"): letters then digits,
    mostly printed without a determiner (a road, "the M25", is a place) and no period code
    (``cues.json`` ``code_non_names``: "Q3", "H1").  wordfreq counts such codes as common
    words, yet no sentence uses them as common words: they pass the rare-word tests."""
    toks = c.toks
    return (word[:1].isalpha() and word[-1:].isdigit() and word.isalnum()
            and word not in cue_set("code_non_names")
            and 2 * sum(k > 0 and toks[k - 1].norm in cue_set("determiners") for k in ks) < len(ks))


def _rare(c: OrgClaims, word: str, ks: list[int]) -> bool:
    """A rare word (wordfreq Zipf below ``HEADLINE_ZIPF``) or a code name (``code_name``)."""
    return zipf(word, c.doc.lang) < HEADLINE_ZIPF or code_name(c, word, ks)


def _headline_subject(c: OrgClaims, word: str, ks: list[int]) -> bool:
    """A rare word (wordfreq Zipf below ``HEADLINE_ZIPF``: no common noun, no common
    surname) that the headline names and the body prints alone three times or more: the
    story's subject ("Strava taps AI ..."); not in languages that inflect names
    (``INFLECTING``: a Czech surname "Součka" is no body), nor a German compound of two
    common words ("Gegenoffensive": ``org_german.common_compound``)."""
    lang = c.lang
    return (word in c.title_words and len(ks) >= 3 and lang not in INFLECTING
            and _rare(c, word, ks) and not (lang == "de" and common_compound(word)))


def _rare_subject(c: OrgClaims, word: str, ks: list[int]) -> bool:
    """A rare word (Zipf below ``HEADLINE_ZIPF``) printed alone three times or more and
    three times the subject of a verb: no preposition before it, a lower-case word that
    is no preposition, determiner or function word after it ("Lucasfilm spent ...")."""
    lang = c.lang
    if len(ks) < 3 or lang in INFLECTING or not _rare(c, word, ks):
        return False
    toks, n = c.toks, len(c.toks)
    skip = cue_union("prepositions", "determiners", "org_function_words")
    before = skip | {"'s", "’s"}
    subject = sum(1 for k in ks if k + 1 < n and toks[k + 1].is_word and not toks[k + 1].cap
                  and toks[k + 1].norm not in skip and toks[k + 1].sent == toks[k].sent
                  and (k == 0 or toks[k - 1].norm not in before))
    return subject >= 3


def _opens(c: OrgClaims, k: int) -> bool:
    """The mention at ``k`` opens its sentence (or follows an opening quotation mark or
    bracket there): where English capitalises a common noun too."""
    toks = c.toks
    return k == 0 or toks[k - 1].sent != toks[k].sent or toks[k - 1].text in _QUOTES | {"(", "["} and (
        k == 1 or toks[k - 2].sent != toks[k].sent)


def _group_noun(single: str) -> bool:
    """``single`` names a kind of people or of firms, so that its plural names a group:
    an agent noun's or a demonym's ending (``cues.json`` ``person_noun_endings``:
    "carmaker", "eurocrat", "techie"), a role head (``roles.json`` ``heads``: "analyst"),
    an organisation type (``cues.json`` ``org_types``: "fintech") or a group noun
    (``group_nouns``: "quant")."""
    return single.endswith(tuple(cue_set("person_noun_endings"))) or single in cue_union(
        "roles:heads", "org_types", "group_nouns")


def plural_noun(c: OrgClaims, word: str, ks: list[int]) -> bool:
    """In English, ``word`` ends in "s", no mention ``ks`` is followed by a singular verb
    (``cues.json`` ``singular_verbs``: "Strava says") and its singular ("-ies" as "-y" or
    "-ie") is no given name ("Lloyds", "Philips", "Christies"): a plural common noun, no
    company's name, when every mention opens a sentence (``_opens``: a common noun is
    capitalised nowhere else) and the singular is a group's noun (``_group_noun``:
    "Carmakers said", "Eurocrats said", "Fintechs said") or a word of the Zipf list that a
    plural verb follows (``plural_verbs``: "Rebels are"); or when a mention inside a
    sentence follows a definite article (a company's name takes none: "the annual
    Bloggies", an event) and a plural verb follows one ("Bloggies are chosen"; "the Pixies
    will headline" stays a band's name).  Inside a sentence without an article it is a
    name ("after Barclays said"); "Novartis are", "Stellantis are" (British agreement
    with a company) stay companies."""
    if c.lang != "en" or not word.endswith("s"):
        return False
    low = word.lower()
    singles = (low[:-1], low[:-3] + "y") if low.endswith("ies") else (low[:-1],)
    if any(first_name(single) for single in singles):
        return False
    singular, plural = _verbs_after(c, ks)
    if singular:
        return False
    noun = plural and any(zipf(single, c.doc.lang) for single in singles)
    group = any(_group_noun(single) for single in singles)
    if all(_opens(c, k) for k in ks):
        return group or noun
    toks = c.toks
    return any(k > 0 and toks[k - 1].norm in cue_set("definite_articles") for k in ks) and (
        noun or plural and group)


def _verbs_after(c: OrgClaims, ks: list[int]) -> tuple[bool, bool]:
    """Whether a singular verb (``cues.json`` ``singular_verbs``) and whether a plural
    verb (``plural_verbs``) follows one of the mentions ``ks`` in its sentence."""
    toks, n = c.toks, len(c.toks)
    after = {toks[k + 1].norm for k in ks if k + 1 < n and toks[k + 1].sent == toks[k].sent}
    return bool(after & cue_set("singular_verbs")), bool(after & cue_set("plural_verbs"))


def singular_name(c: OrgClaims, word: str, ks: list[int]) -> bool:
    """In English, ``word`` ends in "s", is no common word (wordfreq Zipf under
    ``SINGULAR_NAME_ZIPF``: not "News", "Analysis") and takes a singular verb and never a
    plural one ("Siemens is", "Airbus says", "Philips has"): one body named with an "s",
    not a plural noun, even when it only opens sentences; not a field or an activity, a word
    of the list with such an ending (``cues.json`` ``mass_noun_endings``: "Gymnastics is",
    "Athletics says"; a name the list lacks stays one: "Synaptics is"); a disease, sport or
    game in -s is no candidate (``_single_candidates``)."""
    frequency = zipf(word, c.doc.lang)
    if c.lang != "en" or not word.endswith("s") or frequency >= SINGULAR_NAME_ZIPF or (
            frequency > 0 and word.lower().endswith(tuple(cue_set("mass_noun_endings")))):
        return False
    singular, plural = _verbs_after(c, ks)
    return singular and not plural


def _people_group(single: str) -> bool:
    """``single`` names an adherent, a member of a people or of a political camp, words that
    English capitalises inside a sentence too: a demonym's or adherent's ending
    (``cues.json`` ``person_noun_endings`` but the agent nouns' "er" and "or", which a
    sentence writes in lower case: "Gazan", "Baptist", "Shiite", "Democrat") or a word of
    ``group_nouns_capitalised`` ("Muslim", "Kurd", "Tory")."""
    endings = tuple(e for e in cue_set("person_noun_endings") if e not in ("er", "or"))
    return single.endswith(endings) or single in cue_set("group_nouns_capitalised")


def plural_agent(c: OrgClaims, word: str, ks: list[int]) -> bool:
    """In English, ``word`` ends in "s" and a plural verb (``cues.json`` ``plural_verbs``)
    follows a mention inside a sentence that opens a clause (after a comma that follows no
    name, or a word of ``clause_openers``: "after Rangers have won", "but Lloyds are cutting
    jobs"; not "90% of PCs are", "2,530 Oscars have", where it heads a noun phrase, nor "A,
    B and WordPress are", where the verb agrees with a list): a club or a company in -s
    with the British plural agreement, no common noun (a common noun is written in lower
    case there), unless its singular names a people or an adherent (``_people_group``:
    "while Muslims are") or is an acronym ("PCs")."""
    if c.lang != "en" or not word.endswith("s"):
        return False
    low = word.lower()
    singles = (low[:-1], low[:-3] + "y") if low.endswith("ies") else (low[:-1],)
    toks = c.toks
    if any(_people_group(single) for single in singles) or toks[ks[0]].text[:-1].isupper():
        return False
    openers = cue_set("clause_openers")
    return any(not _opens(c, k) and (toks[k - 1].norm in openers or toks[k - 1].text in (",", ";") and not (
        toks[k - 2].cap)) and _plural_verb_after(c, k) for k in ks)


def _plural_verb_after(c: OrgClaims, k: int) -> bool:
    """A plural verb (``cues.json`` ``plural_verbs``) follows the mention at ``k`` in its sentence."""
    toks = c.toks
    return k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent and toks[k + 1].norm in cue_set("plural_verbs")


def nickname_club(c: OrgClaims, word: str, ks: list[int]) -> bool:
    """In English, ``word`` ends in "s", is printed inside a sentence (so capitalised as a
    name) and a plural verb (``cues.json`` ``plural_verbs``) follows a mention: with the
    headline naming it in a report of results (the caller checks), a club's plural nickname
    ("the Sixers are", "Rangers have"), even when it reads as a plural; an event in -s
    takes no verb of its own ("at Worlds 2023"); a place is a country's team ("Wales are")."""
    return c.lang == "en" and word.endswith("s") and not place(word) and any(
        not _opens(c, k) for k in ks) and any(_plural_verb_after(c, k) for k in ks)


def find_single(c: OrgClaims) -> None:
    """One-word company names that act ("Safaricom said", "Safaricom Chief Executive X"):
    printed at least twice, once inside a sentence, never lower-case, never next to
    another name word (so a surname is not taken), no given name or place, and once
    before a speech verb or a title; or named by the headline or the subject of verbs
    (``_headline_subject``, ``_rare_subject``: rare words; in German, which capitalises
    every noun and writes rare compounds, the headline's or a word never after a
    determiner that a singular verb follows: ``org_german.bare_subject``); in a report of results
    (a score printed), a city that the headline names and the body prints alone three
    times is a club; a nation of a state that fields its own teams (``cues.json``
    ``team_nations``: "Wales", "Scotland") is its national team, never a body, and a
    maker that names its products after itself (``product_makers``: "Meta", "Toyota") is a
    company though the word is a given name or a place."""
    german = (c.doc.lang or "").lower().startswith("de")
    toks, n = c.toks, len(c.toks)
    speech = speech_verbs()
    titles = cue_union("roles:heads", "roles:modifiers")
    seen, bad = _single_candidates(c)
    nations = cue_set("team_nations")
    for word, ks in seen.items():
        if len(ks) < 2 or word in nations:
            continue  # printed once (most candidates); a nation of a state is its team, no body ("Wales beat")
        # in a report of results, a city that the headline names is a club: "Brighton goleó 4-0"
        club = c.results and word in c.title_words and len(ks) >= 3 and (place(word) or nickname_club(c, word, ks))
        # a spokesperson of its own makes a body of a word that is also a given name or place
        speaks = not german and any(speaks_for(c, k) for k in ks)
        # a maker of products named after it is a company, though a given name or a place ("Meta", "Toyota")
        if (first_name(word) or place(word) and not club) and not speaks and word not in cue_set("product_makers"):
            continue
        if not club and plural_noun(c, word, ks):
            continue  # "Carmakers are starting": a plural common noun
        if all(_opens(c, k) for k in ks) and not (
                zipf(word, c.doc.lang) < HEADLINE_ZIPF and not german and sum(
                    1 for k in ks if k + 1 < n and toks[k + 1].norm in speech) >= 2) and not (
                singular_name(c, word, ks)):
            continue  # only opening sentences: a common word, unless a rare one that speaks
        headline = club or _headline_subject(c, word, ks) or (
            _rare_subject(c, word, ks) if not german else word not in bad and bare_subject(c, word, ks))
        acts = speaks or not german and word not in bad and (plural_agent(c, word, ks) or any(
            k + 1 < n and (toks[k + 1].norm in speech or (
                toks[k + 1].cap and toks[k + 1].norm in titles)) for k in ks))
        if not (acts or headline):
            continue
        org = Org(toks[ks[0]].text)
        c.orgs.append(org)
        for k in ks:
            c.claim(org, k, k + 1)
