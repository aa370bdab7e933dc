"""Actors, not mentions: one scored decision per candidate party.

Each candidate gets features that say why it may be an actor (in the headline, in the
lead, how often and how widely it is mentioned, a role phrase, a speech verb, a
bystander's role such as "analyst"), the score is the sum of weight x value with the
weights of ``data/actors.json`` (set on the development set), and the candidate is a
party when the score reaches the kind's threshold.  The features and their
contributions are kept as the party's ``why`` so a record shows the reason.
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.organizations import Org
from congo_digital.enrich.party_context import PartiesContext
from congo_digital.enrich.party_cues import attributed, is_verbish, org_subject
from congo_digital.enrich.people import Person
from congo_digital.enrich.role_titles import is_head
from congo_digital.enrich.tokens import QUOTES, cue_set, cue_union, norm, role_words
from congo_digital.vocab import load_json, phrase_set

# word lists read in the functions below, once at import
_CHARACTER_LINKS = cue_set("character_links")
_DETERMINERS = cue_set("determiners")
_EMPLOYER_PREPOSITIONS = cue_set("employer_prepositions")
_EXAMPLE_MARKERS = cue_set("example_markers")
_FORMER_MARKERS = cue_set("former_markers")
_LED_BODIES = cue_set("led_bodies")
_ORG_SPEAKERS = cue_set("org_speakers")
_BYLINE_PREFIXES = phrase_set("byline_prefixes")
_OWNERS = cue_union("possessives", "person_possessives")
_PRODUCT_NOUNS = cue_set("product_nouns")
_HEAD_WORDS = cue_union("roles:heads", "roles:state", "roles:corporate")
_ROLE_PORTFOLIO = role_words("portfolio")
_ROLE_STATE = role_words("state")
_ROSTER_LINKS = cue_set("roster_links")
_SHARE_LINKS = cue_set("share_links")
_SHARE_NOUNS = cue_set("share_nouns")
_SPEECH_VERBS = cue_set("speech_verbs")


class Decision:
    """One candidate's decision: ``score`` (sum of the contributions), ``kept`` (score at
    or over the threshold) and ``why`` (feature name -> weight x value, non-zero only)."""

    __slots__ = ("score", "kept", "why")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self, score: float, kept: bool, why: dict[str, float]) -> None:
        self.score = score
        self.kept = kept
        self.why = why


@cache
def _table(kind: str) -> dict:
    return load_json("actors.json")[kind]


def decide(kind: str, features: dict[str, float]) -> Decision:
    """Score ``features`` (name -> value) with the weights of ``kind`` ("person") from
    ``data/actors.json``; values over the kind's caps are capped.  Raises ``KeyError``
    for an unknown kind."""
    table = _table(kind)
    caps = table.get("caps", {})
    weights = table["weights"]
    why: dict[str, float] = {}
    for name, value in features.items():
        cap = caps.get(name)
        if cap is None:
            if not value:  # a nought contributes nought
                continue
            x = weights.get(name, 0.0) * value
        else:
            x = weights.get(name, 0.0) * min(value, cap)
        if x:  # (a nought rounds to a nought, which is left out)
            c = rounded(x, 2)
            if c:
                why[name] = c
    score = rounded(sum(why.values()), 2)
    return Decision(score, score >= table["threshold"], why)


_ROUNDED: dict[tuple[int, float], float] = {}
_ROUNDED_KEPT = 20_000


def rounded(x: float, digits: int) -> float:
    """``round(x, digits)``, the same number of the same type: a float's is kept between
    articles while there is room (``_ROUNDED_KEPT``), as the decisions' weighted values
    repeat and rounding a float to digits reads its decimal digits (some thousand machine
    instructions a call); an int, and a nought (0.0 and -0.0 are one key), are rounded as
    they come."""
    if x.__class__ is not float or not x:
        return round(x, digits)
    key = (digits, x)
    got = _ROUNDED.get(key)
    if got is None:
        got = round(x, digits)
        if len(_ROUNDED) < _ROUNDED_KEPT:
            _ROUNDED[key] = got
    return got


def _in_title(ctx: PartiesContext, p: Person) -> bool:
    """Any word of the person's name (two letters or more) in the headline."""
    title = ctx.title_caps  # empty without a headline
    return any(len(w) > 2 and w in title for w in p.tokens)


def _byline(ctx: PartiesContext, i: int) -> bool:
    """The mention at token ``i`` credits a writer: "By Name", "Par : Name", "Von Name"
    opening its sentence."""
    toks = ctx.doc.tokens
    k = i - 1
    if k >= 0 and toks[k].text in ":|-–—":
        k -= 1
    return k >= 0 and toks[k].norm in _BYLINE_PREFIXES and (
        k == 0 or toks[k - 1].sent != toks[k].sent or not toks[k - 1].is_word)


def _character(ctx: PartiesContext, i: int) -> bool:
    """The mention at token ``i`` is a role played: "Ulrike Folkerts als Lena Odenthal",
    "Mark Hamill as Luke Skywalker" (another person's mention ends right before a link
    word of ``cues.json`` ``character_links``)."""
    toks = ctx.doc.tokens
    if i < 2 or toks[i - 1].norm not in _CHARACTER_LINKS:
        return False
    return i - 1 in ctx.person_edges()[1]


def _paired(ctx: PartiesContext, i: int, j: int) -> bool:
    """The mention at tokens ``i``..``j`` is joined to another person's by a link word of
    ``cues.json`` ``roster_links``: "Daly and Wallace", "Lindner und Albrecht", the other
    also with its role before the name ("Premier X sowie Ex-Minister Y")."""
    toks = ctx.doc.tokens
    links = _ROSTER_LINKS
    starts, ends = ctx.person_edges()
    return (j + 1 < len(toks) and toks[j].norm in links and j + 1 in starts) or (
        i >= 2 and toks[i - 1].norm in links and i - 1 in ends)


def _pair_speaks(ctx: PartiesContext, j: int) -> bool:
    """The mention ending at ``j`` is joined by a link word (``roster_links``) to the next
    person's, titled or not, right before a speech verb: "Lawyer A and barrister B said";
    the pair speaks, each of them."""
    toks, n = ctx.doc.tokens, len(ctx.doc.tokens)
    if not (j + 1 < n and toks[j].norm in _ROSTER_LINKS and j + 1 in ctx.person_edges()[0]):
        return False
    for q in ctx.people:
        a, e = q.mentions[0] if q.mentions else (-1, -1)
        if j + 1 in (a, q.role_span[0] if q.role_span else -1):
            return e < n and toks[e].norm in _SPEECH_VERBS
    return False


def _appositive_speaks(ctx: PartiesContext, p: Person) -> bool:
    """``p`` is named as the apposition of its role, set off by commas, and that role or
    name is the subject of a speech verb (``cues.json`` ``speech_verbs``): "betont die
    Sprecherin der Gewerkschaft, Name, dass", "le capitaine du navire, Name, admet que",
    "the union's spokeswoman, Name, said".  The speech verb stands before the role (a
    determiner allowed between) or after the comma that closes the apposition; the name
    speaks as much as "Name said" does.  Not a role held towards another person ("Her
    coach, Name, said", "sein Anwalt, Name, sagte", "X's lawyer, Name, said": ``cues.json``
    ``possessives``, ``person_possessives``, a person's or a role head's "'s": "the
    champion's coach", but a role head's spokesman speaks, ``org_speakers``): that names
    someone close to the party, who comments."""
    if p.role_span is None or not p.mentions:
        return False
    toks, n = ctx.doc.tokens, len(ctx.doc.tokens)
    (a, b), (i, j) = p.role_span, p.mentions[0]
    if not (b == i - 1 and toks[b].text == "," and j < n and toks[j].text == ","):
        return False
    owners = _OWNERS
    if toks[a].norm in owners or (a > 0 and toks[a - 1].norm in owners):
        return False
    ends, speaker = ctx.person_edges()[1], any(toks[x].norm in _ORG_SPEAKERS for x in range(a, b))
    if any(toks[k].norm == "'s" and (k in ends or is_head(toks[k - 1]) and not speaker)
           for k in range(max(a - 1, 1), b)):
        return False  # "Kenteris's lawyer", "the champion's coach" (not "the president's spokesman")
    sv = _SPEECH_VERBS
    k = a - 1
    while k >= 0 and toks[k].norm in _DETERMINERS:
        k -= 1
    before = k >= 0 and k < a - 1 and toks[k].norm in sv
    return before or (j + 1 < n and toks[j + 1].norm in sv and toks[j + 1].norm != "a")


def _leads_subject(ctx: PartiesContext, i: int, j: int) -> bool:
    """The mention at tokens ``i``..``j`` names who leads a body that is the subject of a
    verb: "l'administration de Name a décidé", "Name's government said" (``cues.json``
    ``led_bodies``, ``employer_prepositions``): the leader acts through it."""
    toks, n = ctx.doc.tokens, len(ctx.doc.tokens)
    led = _LED_BODIES
    if i >= 2 and toks[i - 1].norm in _EMPLOYER_PREPOSITIONS and toks[i - 2].norm in led:
        return is_verbish(ctx.doc, j)
    return j + 2 < n and toks[j].norm == "'s" and toks[j + 1].norm in led and is_verbish(ctx.doc, j + 2)


def _former(p: Person) -> bool:
    """The person's role is one no longer held: it opens with a word of ``cues.json``
    ``former_markers`` ("former ambassador", "ancien ministre") or with "ex-"
    ("Ex-Verteidigungsminister")."""
    if p.role is None:
        return False
    words = norm(p.role).split()
    return bool(words) and (words[0] in _FORMER_MARKERS or words[0].startswith("ex-"))


def works_for(p: Person) -> Org | None:
    """The organisation ``p`` acts for: the employer of a role held now, not an
    analyst's (who comments) nor a former one's ("former ambassador to the EU"); else ``None``."""
    return None if p.bystander or _former(p) else p.org


def person_features(ctx: PartiesContext, p: Person) -> dict[str, float]:
    """The features of one person candidate: ``mentions`` (mention sites), ``paragraphs``
    (distinct paragraphs beyond the first), ``title``, ``lead`` (mentioned in the lead
    paragraph or before it), ``role``, ``affiliated`` (an employer or a state),
    ``state_role``, ``speech`` (a speech verb next to the name), ``honorific``, ``age`` ("X (62)"),
    ``bystander`` (only bystanders' roles: analyst, resident...) and ``late`` (first
    mentioned in the last quarter of the text), ``byline`` (credited as the writer: "By
    Name"), ``subject`` (a mention in the lead or the ``subject_paragraphs`` of
    ``actors.json`` after it is the subject of a verb: "Co-founder X stepped down", or
    leads the body that is: "l'administration de X a décidé"; not for a bystander, whose
    words are comment), ``character`` (a role played: "Actor
    as X"), ``former`` (a role no longer held: "former ambassador"; such a holder
    speaks for no body, so ``affiliated`` is 0) and ``paired`` (every mention joined to
    another person's by "and": "Daly and Wallace", background allies named as a pair; a pair
    before a speech verb speaks, each of them: ``speech``, not ``paired``)
    and ``commentator`` (a bystander first named after the lead and not in the headline:
    the outside expert asked about the news); values are counts or 0/1."""
    toks = ctx.doc.tokens
    paras = {toks[i].para for i, _ in p.mentions}
    first = p.mentions[0][0]
    # An analyst's employer says who pays the comment, not that the analyst acts.
    top = ctx.lead_para + _table("person")["subject_paragraphs"]
    former = _former(p)
    bystander, state_role = p.bystander, p.state_role  # (each reads the role's heads)
    affiliated = not bystander and not former and (p.org is not None or (state_role and p.country is not None))
    in_lead = ctx.lead_para >= 0 and toks[first].para <= ctx.lead_para
    title = _in_title(ctx, p)
    # (a cheap test of the word next to a mention before each reading of it: most fail)
    n, links, bylines, characters = len(toks), _ROSTER_LINKS, _BYLINE_PREFIXES, \
        _CHARACTER_LINKS
    return {
        "mentions": float(len(p.mentions)),
        "paragraphs": float(len(paras) - 1),
        "title": float(title),
        "lead": float(in_lead),
        "role": float(p.role is not None),
        "affiliated": float(affiliated),
        "state_role": float(state_role),
        "speech": float("speech" in p.evidence or any(
            j + 1 < n and toks[j].norm in links and _pair_speaks(ctx, j) for _i, j in p.mentions)
                        or _appositive_speaks(ctx, p)),
        "honorific": float("honorific" in p.evidence),
        "age": float("age" in p.evidence),
        "bystander": float(bystander),
        "late": float(first > 0.75 * len(toks)),
        "byline": float(any(i > 0 and (toks[i - 1].norm in bylines or toks[i - 1].text in ":|-–—") and (
            _byline(ctx, i)) for i, _ in p.mentions)),
        "subject": float(not bystander and any(
            org_subject(ctx.doc, i, j) or _leads_subject(ctx, i, j)
            for i, j in p.mentions if toks[i].para <= top)),
        "character": float(any(i >= 2 and toks[i - 1].norm in characters and _character(ctx, i)
                               for i, _ in p.mentions)),
        "former": float(former),
        "paired": float(all((j + 1 < n and toks[j].norm in links or i >= 2 and toks[i - 1].norm in links) and (
            _paired(ctx, i, j)) and not _pair_speaks(ctx, j) and not (
            j < len(toks) and toks[j].norm in _SPEECH_VERBS) for i, j in p.mentions)),
        "commentator": float(bystander and not in_lead and not title),
    }


def _before_role(ctx: PartiesContext, j: int) -> bool:
    """The token at ``j`` is a role head (``roles.json`` ``heads``, ``state``,
    ``corporate``): the name before it qualifies a person's title ("YouTube executive
    Michael Martin", "Information Technology minister X"), it is no verb's subject."""
    toks = ctx.doc.tokens
    return j < len(toks) and toks[j].norm in _HEAD_WORDS


def _example(ctx: PartiesContext, i: int) -> bool:
    """The mention at token ``i`` is an example in a list: an example marker
    (``cues.json`` ``example_markers``: "like", "such as", "including", "comme", "wie")
    just before it, a determiner allowed between ("groups like the Tehrik-e-Taliban")."""
    toks = ctx.doc.tokens
    k = i - 1
    while k >= 0 and toks[k].norm in _DETERMINERS:
        k -= 1
    markers = _EXAMPLE_MARKERS
    one = k >= 0 and toks[k].norm in markers
    two = k >= 1 and f"{toks[k - 1].norm} {toks[k].norm}" in markers
    return (one or two) and toks[k].sent == toks[i].sent


def _quoted(ctx: PartiesContext, i: int) -> bool:
    """Token ``i`` stands inside a quotation: an odd number of quotation marks before it
    in its paragraph."""
    toks = ctx.doc.tokens
    k, marks = i - 1, 0
    while k >= 0 and toks[k].para == toks[i].para:
        marks += toks[k].text in QUOTES
        k -= 1
    return marks % 2 == 1


def _portfolio(ctx: PartiesContext, o: Org) -> bool:
    """``o`` is a state portfolio, not a body: every word of its name is a portfolio word
    (``roles.json`` ``portfolio``: "Information Technology", "Foreign Affairs") and every
    mention stands before a state office ("Information Technology minister X").  The
    minister keeps it as employer (so no other state is guessed for them); it is no party."""
    toks, n = ctx.doc.tokens, len(ctx.doc.tokens)
    words = [norm(w) for w in o.name.split()]
    return bool(words) and all(w in _ROLE_PORTFOLIO for w in words) and all(
        j < n and toks[j].norm in _ROLE_STATE for _i, j in o.mentions)


def _product(ctx: PartiesContext, o: Org) -> bool:
    """``o`` is a product: introduced only by product nouns (``cues.json``
    ``product_nouns``: "the social media platform TikTok", "the app X") and never the
    subject of a verb outside a quotation (a company that acts: "TikTok said")."""
    if not o.type_words or not o.type_words <= _PRODUCT_NOUNS:
        return False
    return not any(org_subject(ctx.doc, i, j) and not _before_role(ctx, j) and not _quoted(ctx, i)
                   for i, j in o.mentions)


def _shares_subject(ctx: PartiesContext, i: int, j: int) -> bool:
    """The shares of the body named at ``[i, j)`` are the subject of a verb: "Shares in X
    fell", "X shares rose", "X's shares slipped" (``cues.json`` ``share_nouns``,
    ``share_links``): the story is about the body as much as when it acts."""
    toks, n = ctx.doc.tokens, len(ctx.doc.tokens)
    shares = _SHARE_NOUNS
    if i >= 2 and toks[i - 1].norm in _SHARE_LINKS and toks[i - 2].norm in shares and (
            toks[i - 2].sent == toks[i].sent):
        return org_subject(ctx.doc, i - 2, j)
    k = j + 1 if j < n and toks[j].norm == "'s" else j
    return k < n and toks[k].norm in shares and toks[k].sent == toks[i].sent and org_subject(ctx.doc, i, k + 1)


def org_features(ctx: PartiesContext, o: Org, employer: bool) -> dict[str, float]:
    """The features of one organisation candidate: ``mentions`` (mention sites; "Full
    Name (ACR)" is one), ``paragraphs`` (distinct paragraphs beyond the first),
    ``subject`` (the subject of a verb: "World Athletics must ratify"; not a name before a
    role head, "YouTube executive X"; or its shares are: "Shares in X fell"), ``employer`` (a
    kept person's organisation), ``title``, ``lead``, ``typed`` (introduced by its type:
    "the operator X"), ``defined`` (an acronym defined for it), ``known`` (in the data of
    known bodies), ``cited`` (mentioned once, as a source: "according to X"), ``example`` (mentioned
    once, as an example: "groups like the X (ACR)"), ``product`` (introduced as a product
    and acting nowhere: "the social media platform TikTok"; the rules list no products),
    ``portfolio`` (a ministry's portfolio before "minister": the state's, no body) and
    ``late`` (first mentioned in the last quarter of the text); values are counts or 0/1."""
    toks = ctx.doc.tokens
    n_m = len(o.mentions) - sum(
        1 for (a, _b), (_c, d) in zip(o.mentions[1:], o.mentions, strict=False)
        if a == d + 1 and toks[d].text == "(")
    first = o.mentions[0][0]
    in_title = any(f and " ".join(f) in ctx.title_norm for f in o.forms) if ctx.title_norm else False
    return {
        "mentions": float(n_m),
        "paragraphs": float(len({toks[i].para for i, _ in o.mentions}) - 1),
        "subject": float(any(org_subject(ctx.doc, i, j) and not _before_role(ctx, j) or _shares_subject(ctx, i, j)
                             for i, j in o.mentions)),
        "employer": float(employer),
        "title": float(in_title),
        "lead": float(ctx.lead_para >= 0 and toks[first].para <= ctx.lead_para),
        "typed": float(o.typed),
        "defined": float(o.defined),
        "known": float(o.known),
        "cited": float(n_m == 1 and attributed(ctx.doc, first)),
        "late": float(first > 0.75 * len(toks)),
        "example": float(n_m == 1 and _example(ctx, first)),
        "product": float(_product(ctx, o)),
        "portfolio": float(_portfolio(ctx, o)),
    }
