"""Organisations found in one article, and the tokens they claim.

``Org`` is one organisation; ``OrgClaims`` holds an article's organisations while the
passes (``org_acronyms``, ``org_named``, ``org_forms``) find them: which token belongs to
which organisation (a token belongs to one at most), the known bodies met so far, and
the word classes the passes share.
"""

from __future__ import annotations

from functools import cache

from congo_digital.bcp47 import primary_subtag
from congo_digital.enrich.lexicon import first_name, place
from congo_digital.enrich.org_clubs import results
from congo_digital.enrich.org_index import key_lengths, known_acronyms, known_orgs
from congo_digital.enrich.tokens import QUOTES, Doc, Token, TokenMemo, cue_set, norm, role_words

MAX_ORG_TOKENS = 16
ROMANCE = ("fr", "es", "pt", "it", "ca")
"""The Romance languages whose bodies' names the organisation passes read through an article
and a complement (``org_romance``, ``org_named``), as BCP 47 tag prefixes."""


class Org:
    """An organisation found in the text.

    ``name`` is canonical (English standard name for known bodies, as written otherwise);
    ``forms`` are normalised token tuples that refer to it; ``mentions`` token spans.
    """

    __slots__ = ("name", "known", "acronyms", "aliases", "forms", "mentions", "country", "typed", "defined",
                 "state", "media", "based", "type_words")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self, name: str, known: bool = False, country: str | None = None) -> None:
        self.name = name
        self.known = known
        self.acronyms: list[str] = []
        self.aliases: list[str] = []
        self.forms: set[tuple[str, ...]] = set()
        self.mentions: list[tuple[int, int]] = []
        self.country = country
        self.typed = False
        self.defined = False
        self.state = False
        self.media = False
        self.based: str | None = None
        self.type_words: set[str] = set()


def is_org_keyword(tok: Token) -> bool:
    """A word that names a kind of organisation ("Bank", "Group", "GmbH", "Club";
    ``cues.json`` ``org_keywords``), or a German compound ending in one
    ("Verwaltungsgericht"; ``is_org_compound``)."""
    return tok.norm in cue_set("org_keywords") or is_org_compound(tok)


_QUOTE_MARKS = QUOTES | {"'", "‘", "’"}


def quoted_form(toks: list[Token], form: tuple[str, ...]) -> bool:
    """The text ``toks`` prints the name ``form`` (norms) in quotation marks somewhere ("los
    'Diablos Rojos'", "« Sur del Mundo »"): a nickname, an event or a work's title."""
    n = len(form)
    return any(tuple(t.norm for t in toks[k:k + n]) == form and (
        k > 0 and toks[k - 1].text in _QUOTE_MARKS or k + n < len(toks) and toks[k + n].text in _QUOTE_MARKS)
        for k in range(len(toks) - n + 1) if toks[k].norm == form[0])


def generic_profession(span: list[Token]) -> bool:
    """The run ``span`` is a profession or a field, no body's name: it ends in a
    profession's or a field's keyword (``cues.json`` ``profession_keywords``: "Accountants",
    "Advisers", "Economics") and every word before it is an English adjective by its
    ending (``english_adjective_endings``: "Certified Public Accountants", "Independent
    Financial Advisers", "Behavioural Economics"), none a given name or a place ("Vincent
    Associates", "Kent Consultants"); a noun names the firm ("Desjardins Economics",
    "Capital Economics", "Crane Advisors")."""
    if len(span) < 2 or span[-1].norm not in cue_set("profession_keywords"):
        return False
    endings = tuple(cue_set("english_adjective_endings"))
    return all(t.norm.endswith(endings) and not first_name(t.norm) and not place(t.text) for t in span[:-1])


def is_org_compound(tok: Token) -> bool:
    """A capitalised German compound whose last part names a kind of body
    ("Bundesverfassungsgericht", "Arbeitgeberverband"; ``cues.json``
    ``org_compound_suffixes``), at least four letters before the suffix; such a word names
    an organisation on its own."""
    if not tok.cap or "-" in tok.norm or not tok.norm.endswith(compound_suffixes()):  # most words: one test
        return False
    return any(tok.norm.endswith(x) and len(tok.norm) >= len(x) + 4
               for x in cue_set("org_compound_suffixes"))


@cache
def compound_suffixes() -> tuple[str, ...]:
    """``cues.json`` ``org_compound_suffixes`` as a tuple, for one ``str.endswith`` call."""
    return tuple(cue_set("org_compound_suffixes"))


@cache
def type_plurals() -> frozenset[str]:
    """Every word a lower-case plural type noun may be (``plural_type``): a
    type noun (``cues.json`` ``org_types``) with "s", one in "y" also with "ies"
    ("companies")."""
    types = cue_set("org_types")
    return frozenset({w + "s" for w in types} | {w[:-1] + "ies" for w in types if w.endswith("y")})


@cache
def german_plural_ends() -> tuple[str, ...]:
    """The endings of a German plural type noun (``cues.json`` ``org_type_plurals``), as one
    tuple for ``str.endswith``."""
    return tuple(cue_set("org_type_plurals"))


class OrgClaims:
    """The organisations of one article and the tokens they claim."""

    def __init__(self, doc: Doc, country_spans: dict[int, str],
                 demonym_tok: set[int] | None = None, names: TokenMemo | None = None) -> None:
        """``doc`` is the tokenised body; ``country_spans`` maps token indices inside
        country mentions to their code; ``demonym_tok`` holds the token indices of
        demonyms; ``names`` tokenises organisation names and acronyms once per text (a
        fresh ``TokenMemo`` when not given)."""
        self.doc = doc
        self.names = names if names is not None else TokenMemo()
        self.toks = doc.tokens
        self.country_tok = country_spans
        self.demonym_tok = demonym_tok or set()
        self.orgs: list[Org] = []
        self.by_name: dict[str, Org] = {}
        self.known_by_idx: dict[int, Org] = {}
        self.claimed: dict[int, Org] = {}
        self.last_type: str | None = None
        # words the text also writes in lower case (common nouns, not names)
        self.lower_words = doc.lower_words()
        self.last_country: str | None = None
        self.title_words: frozenset[str] = frozenset()  # the headline's capitalised words
        self.title_norms: frozenset[str] = frozenset()  # all the headline's words
        self.results = results(self.toks, doc.where())  # a score is printed: a sports report
        self._caps: dict[str, int] | None = None
        self._uppers: list[int] | None = None
        self._cap_words: frozenset[str] | None = None
        # ``org_parts.part_reading``: what each part of a name was read as, by (name, size, trailing, place)
        self.part_readings: dict[tuple[str, int, bool, bool], bool] = {}
        # ``org_forms._short_forms``: each organisation's forms, kept with what they were read from
        self.org_forms: dict[int, tuple[Org, tuple[object, ...], list[tuple[str, ...]],
                                        list[tuple[tuple[str, ...], str]]]] = {}
        lang = primary_subtag(doc.lang)
        self.lang = lang
        self.table, self.rows, _ = known_orgs(lang)
        self.lengths = key_lengths(lang)
        self.role_heads = role_words("heads")
        self.modifiers = role_words("modifiers")
        self.linkers, self.legal_forms = cue_set("org_linkers"), cue_set("legal_forms")

    def claim(self, org: Org, i: int, j: int) -> None:
        """Give tokens ``[i, j)`` to ``org`` as one mention, unless one of them is
        already claimed or the mention is already ``org``'s."""
        if not self.claimed.keys().isdisjoint(range(i, j)) or (i, j) in org.mentions:  # (the tokens read in C)
            return
        for k in range(i, j):
            self.claimed[k] = org
        org.mentions.append((i, j))
        org.forms.add(tuple(t.norm for t in self.toks[i:j]))

    def get_known(self, idx: int) -> Org:
        """The ``Org`` of known record ``idx`` (made on first use).  Records that share
        an English name (a body's own row and its other-language alias row) are one
        ``Org``, with the acronyms of all of them read in the text's language
        (``org_index.acronyms_in``): "Vereinte Nationen" first met still knows "UN".  A
        political party's row (``family`` "party") makes an ``Org`` that is not ``known``:
        its leading words stand for it later, as a found name's do."""
        r = self.rows[idx]
        found = self.known_by_idx.get(idx) or self.by_name.get(norm(r["name_en"]))
        if found is not None:
            self.known_by_idx[idx] = found
            return found
        # a party's name works like a name found in the text: its leading words stand
        # for it ("Democratic" after "Democratic Party"), as the other found names' do
        o = Org(r["name_en"], known=r.get("family") != "party", country=r.get("country"))
        self.known_by_idx[idx] = o
        self.by_name[norm(o.name)] = o
        o.acronyms = list(known_acronyms(r["name_en"], self.lang))
        self.orgs.append(o)
        return o

    def same_name(self, name: str) -> Org | None:
        """The organisation already found under ``name`` (case-insensitive), if any."""
        return self.by_name.get(norm(name))

    def add_org(self, name: str) -> Org:
        """A new organisation named ``name``, listed among the found ones and under its name."""
        org = Org(name)
        self.orgs.append(org)
        self.by_name[norm(name)] = org
        return org

    def named(self, name: str) -> Org:
        """The organisation already found under ``name`` (case-insensitive), else a new one
        (``add_org``)."""
        return self.by_name.get(norm(name)) or self.add_org(name)

    def cap_count(self, word: str) -> int:
        """How many times the text prints ``word`` (a norm) capitalised."""
        if self._caps is None:
            self._caps = {}
            norms = self.doc.norms()
            for k in self.doc.capitalised():
                self._caps[norms[k]] = self._caps.get(norms[k], 0) + 1
        return self._caps.get(word, 0)

    def cap_words(self) -> frozenset[str]:
        """The norms of the text's capitalised tokens, found on first use and kept: the
        passes that read only capitalised words (a German compound, a short form's first
        word, a one-word name) look for their words among these first."""
        if self._cap_words is None:
            self._cap_words = frozenset(map(self.doc.norms().__getitem__, self.doc.capitalised()))
        return self._cap_words

    def uppers(self) -> list[int]:
        """The indices of the tokens printed in capitals (``Token.upper``: "NASA", "AfD" is
        not), in order, found on first use and kept (``find_caps``, ``find_initials``)."""
        if self._uppers is None:
            toks = self.toks
            self._uppers = [k for k in self.doc.capitalised() if toks[k].upper]  # (capitals are capitalised)
        return self._uppers

    def cap_run(self, i: int) -> int:
        """End of the capitalised run starting at ``i``: capitalised words and legal forms
        of one sentence, not ignored, and the linkers ("of", "the") between them, at most
        ``MAX_ORG_TOKENS`` tokens; a closing day or month and closing linkers are taken off."""
        toks, n = self.toks, len(self.toks)
        linkers, legal_forms = self.linkers, self.legal_forms
        if i + 1 < n:  # most runs are one word: a next word that cannot continue one ends it
            nxt = toks[i + 1].norm
            if not toks[i + 1].cap and nxt not in legal_forms and nxt not in linkers and nxt != "the":
                t = toks[i]
                return i + 1 if not t.ignored and (t.cap or t.norm in legal_forms) and (
                    t.norm not in linkers and t.norm != "the") else i
        sent, end = toks[i].sent, min(n, i + MAX_ORG_TOKENS)
        j = i
        while j < end:
            t = toks[j]
            if t.ignored or t.sent != sent:
                break
            if t.cap or t.norm in legal_forms:
                j += 1
            elif j > i and (t.norm in linkers or t.norm == "the") and j + 1 < n and toks[j + 1].cap and (
                    toks[j + 1].sent == sent):
                j += 1
            else:
                break
        # a day or month closing the run is the date of the news ("the Boston Celtics
        # Wednesday", "U.S. District Court on Wednesday"), not part of the name
        if j > i + 1:  # (most runs are one word: no date to take off)
            calendar = cue_set("calendar")
            while j > i + 1 and toks[j - 1].norm in calendar:
                j -= 1
        while j > i and (toks[j - 1].norm in linkers or toks[j - 1].norm == "the"):
            j -= 1
        return j


def plural_type(c: OrgClaims, k: int) -> bool:
    """A lower-case plural type noun at ``k`` ("companies", "entreprises", "empresas"), or
    a German noun ending in one ("Menschenrechtsorganisationen", "Energiekonzerne";
    ``cues.json`` ``org_type_plurals``)."""
    t = c.toks[k]
    if not t.is_word:
        return False
    if t.cap:
        return (c.doc.lang or "").lower().startswith("de") and t.norm.endswith(german_plural_ends())
    return t.norm in type_plurals()


@cache
def _office_ends() -> frozenset[str]:
    """The last words of ``roles.json`` ``office_phrases`` ("consiglio", "conseil"): a
    token's norm holds no space, so only a token of these words ends one (``office_word``)."""
    return frozenset(p.rsplit(" ", 1)[-1] for p in role_words("office_phrases"))


def office_word(c: OrgClaims, s: int, j: int) -> bool:
    """The capitalised word at ``s`` (a run ``[s, j)``) ends a head of government's title
    (``roles.json`` ``office_phrases``: "presidente del Consiglio", "président du Conseil",
    "presidente del Consejo") and the run is nothing but it or goes on into a person's
    name: a given name (``lexicon.first_name``: "la presidente del Consiglio Giorgia
    Meloni" names an office and its holder, no body "Consiglio Giorgia Meloni") or one word
    the text also prints capitalised on its own, after no capitalised word ("il presidente
    del Consiglio Ferrante ... Ferrante ha detto"); "il presidente del Consiglio Europeo"
    does name a body."""
    toks = c.toks
    if toks[s].norm not in _office_ends() or s < 2 or toks[s - 2].sent != toks[s].sent or " ".join(
            t.norm for t in toks[s - 2:s + 1]) not in role_words("office_phrases"):
        return False  # (most runs: their first word ends no office phrase, and nothing is joined)
    if j == s + 1 or first_name(toks[s + 1].norm):
        return True
    word = toks[s + 1].norm
    return j == s + 2 and any(toks[k].norm == word and k != s + 1 and not (
        k and toks[k - 1].cap and toks[k - 1].sent == toks[k].sent) for k in c.doc.capitalised())


def person_after_complement(c: OrgClaims, s: int, j: int) -> int:
    """End of a body's name in the capitalised run ``[s, j)``: before a person's name
    that follows the name's complement, a known given name (``lexicon.first_name``) and
    a capitalised word after it, past a linker (``cues.json`` ``org_linkers``) and a word
    of the complement: "la Banca d'Italia Fabio Panetta", "la Banque de France François
    Villeroy de Galhau", "el Banco de España Pablo Hernández de Cos" end at the country;
    in French, Spanish, Portuguese and Italian, which print a body's name before its
    officer's, past a capitalised adjective too: "il Consiglio Europeo Charles Michel";
    a given name right after the head ("la Fondation Jean Jaurès") or before the complement
    ("l'Université Cheikh Anta Diop de Dakar") is the name's; else ``j``."""
    toks, linkers = c.toks, c.linkers
    linked = (c.lang or "").lower().startswith(ROMANCE)
    for k in range(s + 1, j - 1):
        t = toks[k]
        if t.norm in linkers:
            linked = True
        elif linked and k >= s + 2 and t.cap and toks[k - 1].norm not in linkers and toks[k + 1].cap and (
                first_name(t.norm)):
            return k
    return j
