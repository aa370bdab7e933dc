"""What the people passes share: the ``Person`` record, title and honorific words, and
``PeopleScope``, one article's tokens with the countries and organisations already found.

Role heads, honorifics, modifiers and the other role words come from ``data/roles.json``
(heads and honorifics per language, German compound suffixes such as "-minister").
"""

from __future__ import annotations

from functools import cache, lru_cache

from congo_digital.enrich.countries import AMBIGUOUS, CountryMention
from congo_digital.enrich.organizations import Org
from congo_digital.enrich.tokens import Doc, Token, cue_set, cue_union, norm, role_words

# word lists read in the functions below, once at import
_FORMER_MARKERS = cue_set("former_markers")
_ROLE_BYSTANDER = role_words("bystander")
_ROLE_SHARED_OFFICES = role_words("shared_offices")
_ROLE_STATE = role_words("state")

PARTICLES = cue_set("name_particles")
AFTER_PARTICLE = PARTICLES | cue_set("name_second_particles")  # inside a name after a particle: "von der", "de la"
MAX_NAME = 5
# the words that link a title or a name to its complement ("Minister of X", "X for Y",
# "governatore della Banca d'Italia"), and the articles inside one ("the")
COMPLEMENT_LINKS = cue_union("complement_links", "complement_inner")
_HONORIFICS = role_words("honorifics")
_DETERMINERS = cue_set("determiners")
_POST_NOMINALS = role_words("post_nominals")


class Person:
    """A person found in the text; offsets are token indices into ``Doc.tokens``."""

    __slots__ = ("tokens", "name", "mentions", "aliases", "evidence", "role", "role_span", "role_heads", "org",
                 "country", "country_strong")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self, tokens: tuple[str, ...], name: str, aliases: list[str] | None = None) -> None:
        self.tokens = tokens
        self.name = name
        self.mentions: list[tuple[int, int]] = []
        self.aliases: list[str] = [] if aliases is None else aliases
        self.evidence: set[str] = set()
        self.role: str | None = None
        self.role_span: tuple[int, int] | None = None
        self.role_heads: list[str] = []
        self.org: Org | None = None
        self.country: str | None = None
        self.country_strong = False

    @property
    def bystander(self) -> bool:
        """True when the role names a non-actor (resident, analyst, farmer ...): one of
        its heads is a bystander's and none a state office ("director and senior
        economist" is an economist quoted for comment)."""
        by = _ROLE_BYSTANDER
        return any(h in by for h in self.role_heads) and not self.state_role

    @property
    def state_role(self) -> bool:
        """True when the role is a state office (minister, ambassador, spokesperson ...):
        read once per role (``_state_role``; a text asks about a person a dozen times)."""
        return _state_role(tuple(self.role_heads), self.role)


@lru_cache(maxsize=4096)  # (bounded: a long batch meets ever new roles)
def _state_role(heads: tuple[str, ...], role: str | None) -> bool:
    """``Person.state_role`` of a role with the heads ``heads`` and the text ``role``."""
    return any(state_head(h) or len(h) > 9 and h.endswith(("minister", "ministerin"))
               for h in heads) or (role is not None and "police" in norm(role).split())


def honorific(tok: Token, prev: Token | None = None) -> bool:
    """An honorific before a name: "Dr", "Mme", "Hon."; lower-case only after an article
    ("el ingeniero X", "le docteur X")."""
    if tok.norm.rstrip(".") not in _HONORIFICS:
        return False
    return tok.cap or (prev is not None and prev.norm in _DETERMINERS
                       and len(tok.norm) >= 5)


def state_head(h: str) -> bool:
    """The role head ``h`` is a state office ("ambassador"), also as a hyphenated
    compound's last part when only a state has it ("UN-Botschafter"; not "FEI-Präsident",
    a federation's: ``roles.json`` ``shared_offices``; nor "Ex-Botschafter": ``cues.json``
    ``former_markers``)."""
    state = _ROLE_STATE
    if h in state:
        return True
    first, _, last = h.rpartition("-")
    return bool(first) and last in state and last not in _ROLE_SHARED_OFFICES and (
        first.split("-", 1)[0] not in _FORMER_MARKERS)


def is_state(heads: list[str]) -> bool:
    """True when one of the role ``heads`` is a state office."""
    return any(state_head(h) for h in heads)


@cache
def _vocab() -> frozenset[str]:
    """The words that are not a name's (roles, honorifics, post-nominals, calendar, organisation and place words...)."""
    return (role_words("heads") | role_words("modifiers") | role_words("honorifics") | role_words("post_nominals")
            | role_words("portfolio") | cue_set("stop_capitals") | cue_set("calendar")
            | cue_set("org_keywords") | cue_set("place_words") | cue_set("media_words")
            | cue_set("non_name"))


@cache
def _stops(french: bool) -> frozenset[str]:
    """The words that end a clause ("a" only in French: "il a dit")."""
    stops = (cue_set("clause_stops") | cue_set("speech_verbs")) - {"a"}
    return stops | {"a"} if french else stops


class PeopleScope:
    """One article's tokens for the people passes, with the tokens already taken by
    countries (``country_at``) and organisations (``org_at``)."""

    def __init__(self, doc: Doc, countries: list[CountryMention], orgs: list[Org],
                 org_at: dict[int, Org], congo: str | None = None) -> None:
        """``countries`` are the country mentions, ``orgs`` the organisations and
        ``org_at`` the token index of each organisation mention's tokens; ``congo`` the
        article's Congo (CG or CD) when it names only one."""
        self.doc = doc
        self.congo = congo
        self.toks = doc.tokens
        self.countries = countries
        self.country_at: dict[int, CountryMention] = {}
        for m in countries:
            for k in range(m.i, m.j):
                self.country_at[k] = m
        self.orgs = orgs
        self.org_at = org_at
        self.vocab = _vocab()
        self.stops = _stops((doc.lang or "").startswith("fr"))
        self.person_tok: set[int] = set()
        # what capitalised words of the text say of a name (``people_names._name_word``) when
        # the answers kept between articles are full (``people_names._known_name_word``)
        self.name_words: dict[str, int] = {}
        # words the text also writes in lower case (common nouns, not surnames)
        self.lower_words = doc.lower_words()
        # person spans of a statistical recogniser (``enrich.recogniser``); None: the rules
        self.recognised: list[tuple[int, int]] | None = None
        self.not_person: set[int] = set()  # tokens of its place and organisation spans
        # (particle, calendar word) norms read as a surname after a name word ("Di Maio" of
        # "Luigi Di Maio"), which then stand alone too (``people_calendar.particle_surname``)
        self.particle_surnames: set[tuple[str, str]] = set()

    def recognised_person(self, i: int, j: int) -> bool:
        """The statistical recogniser labels the tokens ``[i, j)`` a person: one of its
        person spans holds them all (False with the rules)."""
        return self.recognised is not None and any(a <= i and j <= b for a, b in self.recognised)

    def before(self, i: int) -> int:
        """Index of the token before the name once honorifics (and their article) are skipped."""
        toks = self.toks
        k = i - 1
        while k >= 0:  # (``honorific`` inline for the token at ``k``: asked before every name)
            t = toks[k]
            if not (t.norm.rstrip(".") in _HONORIFICS and (
                    t.cap or k and toks[k - 1].norm in _DETERMINERS and len(t.norm) >= 5)
                    or t.norm in _DETERMINERS and k + 1 < i and honorific(toks[k + 1], t)):
                return k
            k -= 1
        return k

    def after(self, j: int) -> int:
        """Index of the token after the name ending at ``j`` once post-nominals in capitals
        are skipped ("Paul Boateng MP, ...", ``roles.json`` ``post_nominals``)."""
        toks = self.toks
        while j < len(toks) and toks[j].upper and toks[j].norm in _POST_NOMINALS:
            j += 1
        return j

    def resolve(self, m: CountryMention) -> str | None:
        """The code of a country mention; a bare "Congo" takes the Congo named in the same
        sentence, else the article's Congo."""
        if m.code != AMBIGUOUS:
            return m.code
        sent = self.toks[m.i].sent
        near = {x.code for x in self.countries if x.code in ("CG", "CD")
                and self.toks[x.i].sent == sent}
        return near.pop() if len(near) == 1 else self.congo
