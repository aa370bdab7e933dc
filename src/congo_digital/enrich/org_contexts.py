"""Names shaped like a person's that the text uses as an organisation's ("Morgan Stanley",
"Goldman Sachs", "Harland Wolff"): told by the contexts only a body takes, judged over
all of the name's mentions against the signs that it is a person's (``find_context_names``).

English text only.  Contexts (words of ``data/cues.json``):

* strong: "analysts at X", "staff at X" (a role head of ``roles.json`` that is no
  bystander's, or its plural, or ``staff_nouns``, then ``employer_slot_links``); "shares in
  X", "a stake in X" (``share_nouns`` and ``share_links``); "X shares fell", "in X shares"
  (``share_nouns`` then a word of ``share_moves``, or after ``share_links``); "X's shares",
  "X's chief executive", "X's board" (``org_possessions``);
* weak, as a person too "said it would rain" and has "a spokesperson for" them: "X said
  it", "X says its", "X said that it" (a speech verb, then ``org_pronouns``); "a
  spokesperson for X" (``org_speakers``).

A person's sign on any mention of the same name keeps it a person's: an honorific or a
role head right before it ("Ms Fraser", "chief executive Jane Fraser"; not a head a
company holds too, ``roles.json`` ``firm_roles``: "US partner Biogen Idec"), a role or
"who" in an apposition after it ("Jane Fraser, chief executive of ...", "X, who"), an age
("X, 54,"), "X said he/she" (``person_pronouns``), or its last word printed alone (a
person is named again by surname: "Fraser said"; a company by its first word:
"Goldman").  Without one, a name is an organisation's when a mention stands in a strong
context, or when its first word names a maker ("Meta Platforms": ``product_makers``) and
a mention stands in a weak one; a known given name first ("Morgan") is no sign either way.
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.lexicon import place
from congo_digital.enrich.org_claims import OrgClaims
from congo_digital.enrich.role_titles import is_head
from congo_digital.enrich.tokens import cue_set, role_words

MAX_WORDS = 4  # the longest name read here (longer runs are the other passes')
_AGE_MARKS = frozenset({(",", ","), ("(", ")")})

Form = tuple[str, ...]


@cache
def _staff() -> frozenset[str]:
    """Nouns of a body's people before "at": the role heads that are no bystander's
    (``roles.json`` ``heads`` less ``bystander``: "director", "officer", "partner"; not
    "residents at X", a place) and ``staff_nouns`` ("analysts", "staff"), with their plurals."""
    words = role_words("heads") - role_words("bystander") | cue_set("staff_nouns")
    return words | {w + "s" for w in words}


@cache
def _not_name() -> frozenset[str]:
    """Capitalised words that are no part of a name read here."""
    return _beside() | cue_set("non_name") | cue_set("place_words")


@cache
def _beside() -> frozenset[str]:
    """Capitalised words that may stand next to a name without being part of it: common
    capitals, determiners, calendar words, role words and honorifics ("But", "On Monday",
    "Chief Executive", "Ms")."""
    return (role_words("heads") | role_words("modifiers") | role_words("honorifics") | cue_set("stop_capitals")
            | cue_set("determiners") | cue_set("calendar"))


def name_word(c: OrgClaims, k: int) -> bool:
    """Token ``k`` may be a word of a name read here: capitalised, a word, not ignored, not
    claimed, in no country's mention, no acronym, no common capital, role or calendar
    word, no "Sydney-listed" (a lower-case part after a hyphen)."""
    t = c.toks[k]
    return t.cap and t.is_word and not t.ignored and k not in c.claimed and k not in c.country_tok and (
        t.norm.rstrip(".") not in _not_name()) and not t.upper and not (
        "-" in t.text and not all(part[:1].isupper() for part in t.text.split("-") if part))


def _goes_on(c: OrgClaims, k: int, sent: int) -> bool:
    """The name next to token ``k`` goes on there (the name read would be part of a longer
    one: "European Policy Centre", "Morgan Stanley UK"): a capitalised word of sentence
    ``sent`` that is none of ``_beside``."""
    toks = c.toks
    if not 0 <= k < len(toks):
        return False
    t = toks[k]
    return t.sent == sent and t.cap and t.is_word and t.norm.rstrip(".") not in _beside()


def _bounded(c: OrgClaims, i: int, j: int) -> bool:
    """The name ``[i, j)`` is whole: it goes on neither before nor after, nor through a
    linker into a capitalised word ("Institute for the Future", ``cues.json``
    ``org_linkers`` but the conjunctions)."""
    toks, n, sent = c.toks, len(c.toks), c.toks[i].sent
    if _goes_on(c, i - 1, sent) or _goes_on(c, j, sent):
        return False
    if j + 1 < n and toks[j].norm in cue_set("org_linkers") and toks[j].norm not in cue_set("conjunctions"):
        k = j + 2 if toks[j + 1].norm in cue_set("determiners") else j + 1
        return not (k < n and toks[k].cap and toks[k].sent == sent)
    return True


def _run_after(c: OrgClaims, k: int) -> int:
    """End of the name starting at ``k`` (``k`` itself when none starts there)."""
    toks, n = c.toks, len(c.toks)
    j = k
    while j < n and j - k < MAX_WORDS + 1 and name_word(c, j) and toks[j].sent == toks[k].sent:
        j += 1
    return j


def _run_before(c: OrgClaims, j: int) -> int:
    """Start of the name ending right before ``j`` (``j`` itself when none ends there)."""
    toks = c.toks
    i = j
    while i > 0 and j - i < MAX_WORDS + 1 and name_word(c, i - 1) and toks[i - 1].sent == toks[j - 1].sent:
        i -= 1
    return i


def _names_after(c: OrgClaims, k: int) -> list[tuple[int, int]]:
    """The names after the link at ``k`` ("analysts at X", "shares in the X"), and a second
    one joined to the first by "and" or "or": ``(start, end)``."""
    toks, n, norms = c.toks, len(c.toks), c.doc.norms()
    s = k + 2 if k + 2 < n and norms[k + 1] in cue_set("definite_articles") else k + 1
    out = []
    while s < n and toks[s].cap:
        e = _run_after(c, s)
        if e == s or e < n and norms[e] == "'s":
            break  # "analysts at X's unit": the context is the unit's
        out.append((s, e))
        if not (e + 1 < n and norms[e] in ("and", "or") and toks[e + 1].sent == toks[e].sent):
            break
        s = e + 1
    return out


@cache
def _context_words() -> frozenset[str]:
    """The words of a strong context that hold a body's noun: the share nouns ("shares in
    X", "X shares fell", "in X shares") and the first words of ``org_possessions`` ("X's
    board")."""
    return cue_set("share_nouns") | {w.split()[0] for w in cue_set("org_possessions")}


def _strong_sites(c: OrgClaims) -> list[tuple[int, int]]:
    """Names in a strong context: "analysts at X", "shares in X", "X's chief executive",
    "X shares fell", "in X shares": ``(start, end)``, in no particular order.  (Each
    context is found from its rarer word: "at" and a noun of the body's words.)"""
    toks, n, norms = c.toks, len(c.toks), c.doc.norms()
    at, owned, shares = c.doc.where(), cue_set("org_possessions"), cue_set("share_nouns")
    out, staff = [], _staff()
    for link in cue_set("employer_slot_links"):
        for k in at.get(link, ()):
            if 0 < k < n - 1 and norms[k - 1] in staff:
                out += _names_after(c, k)
    # (the context words' tokens that follow "'s" or are share nouns: most are neither)
    for k in [k for w in at.keys() & _context_words() for k in at[w] if norms[k - 1] == "'s" or norms[k] in shares]:
        if norms[k] in shares and k + 1 < n and norms[k + 1] in cue_set("share_links"):
            out += _names_after(c, k + 1)  # "shares in X"
        if k < 2 or toks[k - 1].sent != toks[k].sent:
            continue
        if norms[k - 1] == "'s":  # "X's board", "X's chief executive"
            e = k - 1
            if not (norms[k] in owned or k + 1 < n and f"{norms[k]} {norms[k + 1]}" in owned):
                continue
        elif norms[k] in shares:  # "X shares fell", "in X shares"
            e = k
        else:
            continue
        if not toks[e - 1].cap:
            continue
        s = _run_before(c, e)
        if s < e and (e == k - 1 or k + 1 < n and norms[k + 1] in cue_set("share_moves") or (
                s > 0 and norms[s - 1] in cue_set("share_links"))):
            out.append((s, e))
    return out


def _weak_sites(c: OrgClaims) -> list[tuple[int, int]]:
    """Names opening with a maker's word ("Meta Platforms": ``product_makers``) in a weak
    context: "X said it", "X said that its", "a spokesperson for X": ``(start, end)``."""
    makers = cue_set("product_makers") & c.cap_words()  # (one intersection in C: most texts name none)
    if not makers:
        return []
    toks, n, norms = c.toks, len(c.toks), c.doc.norms()
    at, speech, pronouns = c.doc.where(), cue_set("speech_verbs"), cue_set("org_pronouns")
    out = []
    for k in [k for w in makers for k in at[w] if k + 1 < n and toks[k + 1].cap]:
        e = _run_after(c, k)
        said = e + 1 < n and norms[e] in speech and norms[e] != "a" and (
            norms[e + 1] in pronouns or norms[e + 1] == "that" and e + 2 < n and norms[e + 2] in pronouns)
        spokesperson = k >= 2 and norms[k - 1] == "for" and norms[k - 2] in cue_set("org_speakers")
        if e > k and (said or spokesperson):
            out.append((k, e))
    return out


def _mentions(c: OrgClaims, form: Form) -> list[int]:
    """The starts of the mentions of ``form`` that are whole names (``_bounded``) and
    claimed by no organisation."""
    toks, n, size = c.toks, len(c.toks), len(form)
    out = []
    for i in c.doc.where().get(form[0], ()):
        j = i + size
        if j > n or tuple(t.norm for t in toks[i:j]) != form or any(k in c.claimed for k in range(i, j)):
            continue
        if _bounded(c, i, j):
            out.append(i)
    return out


def person_sign(c: OrgClaims, i: int, j: int) -> bool:
    """The mention ``[i, j)`` is a person's by its neighbours (see the module docstring)."""
    toks, n = c.toks, len(c.toks)
    if i > 0 and toks[i - 1].sent == toks[i].sent and (
            toks[i - 1].cap and toks[i - 1].norm.rstrip(".") in role_words("honorifics")
            or is_head(toks[i - 1]) and toks[i - 1].norm not in role_words("firm_roles")):
        return True  # "Ms Jane Fraser", "chief executive Jane Fraser" (not "US partner Biogen Idec")
    if j + 2 < n and (toks[j].text, toks[j + 2].text) in _AGE_MARKS and toks[j + 1].text.isdigit() and (
            len(toks[j + 1].text) <= 3):
        return True  # "Jane Fraser, 54,"
    if j + 1 < n and toks[j].text == ",":
        for k in range(j + 1, min(n, j + 5)):
            t = toks[k]
            if t.sent != toks[j].sent or t.text in ",.;" or t.norm in cue_set("org_types") and (
                    k + 1 >= n or toks[k + 1].norm != "'s"):
                break  # "X, the bank," (not "X, the bank's chief executive,")
            if t.norm in cue_set("relative_pronouns") or is_head(t):
                return True  # "Jane Fraser, chief executive of ...", "X, who"
    pronouns = cue_set("person_pronouns")
    return j + 1 < n and toks[j].norm in cue_set("speech_verbs") and toks[j + 1].norm in pronouns


def surname_alone(c: OrgClaims, form: Form) -> bool:
    """The last word of ``form`` is printed on its own, no name word next to it ("Fraser
    said", "Ms Fraser"): a person's surname; not a word the text also writes in lower case
    opening a sentence ("Research shows" after "Jupiter Research")."""
    toks, n = c.toks, len(c.toks)
    common = form[-1] in c.lower_words
    for k in c.doc.where().get(form[-1], ()):
        if not toks[k].cap or k in c.claimed or common and (k == 0 or toks[k - 1].sent != toks[k].sent):
            continue
        before = k > 0 and toks[k - 1].sent == toks[k].sent and name_word(c, k - 1)
        after = k + 1 < n and toks[k + 1].sent == toks[k].sent and name_word(c, k + 1)
        if not before and not after:
            return True
    return False


def _person(c: OrgClaims, form: Form, starts: list[int]) -> bool:
    """A mention ``starts`` of the name ``form`` has a person's sign, or its last word is
    printed alone (``surname_alone``)."""
    return any(person_sign(c, i, i + len(form)) for i in starts) or surname_alone(c, form)


def _forms(c: OrgClaims, sites: list[tuple[int, int]]) -> dict[Form, set[int]]:
    """The names of two to ``MAX_WORDS`` words at ``sites`` and where they are, in the
    text's order."""
    out: dict[Form, set[int]] = {}
    if not sites:  # (most texts)
        return out
    for s, e in sorted(sites):
        if 2 <= e - s <= MAX_WORDS:
            out.setdefault(tuple(c.doc.norms()[s:e]), set()).add(s)
    return out


def find_context_names(c: OrgClaims) -> None:
    """Claim the names of two to ``MAX_WORDS`` words that the contexts make an
    organisation's (see the module docstring), every mention of each."""
    if not (c.doc.lang or "").lower().startswith("en"):
        return
    strong = _forms(c, _strong_sites(c))
    weak = _forms(c, _weak_sites(c))
    if not strong and not weak:  # (most texts)
        return
    for form in list(strong) + [f for f in weak if f not in strong]:
        if place(" ".join(form)):
            continue
        starts = _mentions(c, form)
        if not any(i in starts for i in strong.get(form, weak.get(form, ()))) or _person(c, form, starts):
            continue
        org = c.named(c.doc.span_text(starts[0], starts[0] + len(form)))
        for i in starts:
            c.claim(org, i, i + len(form))
