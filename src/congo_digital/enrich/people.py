"""People: title-case name spans with their role (apposition or title) and later mentions.

Rules (no statistical model):

* a name is a run of two to five capitalised tokens (particles such as "de", "da", "van"
  allowed inside) that are not role words, honorifics, portfolio words ("Innovation"),
  calendar words, or part of a country or organisation mention;
* it is a person when it has a role ("Minister of X, Name", "Name, the X ambassador",
  "President Name"), an honorific ("Dr", "Mme", "Hon."), a speech verb next to it
  ("said Name", "Name told") or a later mention by part of the name ("Ibombo", "Mesfin",
  "Ndong Obiang");
* the role is the phrase from the earliest role head word (``data/roles.json``) before the
  name, back to its modifiers, up to the name; or the apposition after "Name, ...".
  A leading demonym or possessive ("Congolese", "Kenya's", "the agency's") is dropped and
  kept as the role's country or organisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from congo_digital.enrich.countries import CountryMention
from congo_digital.enrich.organizations import Org
from congo_digital.enrich.tokens import (
    QUOTES,
    SENTENCE_END,
    Doc,
    Token,
    cue_set,
    norm,
    role_words,
)
from congo_digital.vocab import load_json

_COMPLEMENT_LINKS = frozenset(
    "of for de du des da do dos das del für la l' d' and et e y und & the".split()
)
PARTICLES = frozenset("de da das do dos du del della van von der den ter bin ben ibn al el".split())
MAX_NAME = 5


@dataclass
class Person:
    """A person found in the text; offsets are token indices into ``Doc.tokens``."""

    tokens: tuple[str, ...]
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    evidence: set[str] = field(default_factory=set)
    role: str | None = None
    role_span: tuple[int, int] | None = None
    role_heads: list[str] = field(default_factory=list)
    org: Org | None = None
    country: str | None = None
    country_strong: bool = False

    @property
    def bystander(self) -> bool:
        """True when the role names a non-actor (resident, analyst, farmer ...)."""
        by = role_words("bystander")
        return bool(self.role_heads) and all(h in by for h in self.role_heads)

    @property
    def state_role(self) -> bool:
        """True when the role is a state office (minister, ambassador, spokesperson ...)."""
        state = role_words("state")
        return any(h in state or len(h) > 9 and h.endswith(("minister", "ministerin"))
                   for h in self.role_heads) or (
            self.role is not None and any(w in norm(self.role).split() for w in ("police",)))


def _honorific(tok: Token, prev: Token | None = None) -> bool:
    """An honorific before a name: "Dr", "Mme", "Hon."; lower-case only after an article
    ("el ingeniero X", "le docteur X")."""
    if tok.norm.rstrip(".") not in role_words("honorifics"):
        return False
    return tok.cap or (prev is not None and prev.norm in cue_set("determiners")
                       and len(tok.norm) >= 5)


def _is_head(tok: Token) -> bool:
    heads = role_words("heads")
    if tok.norm in heads:
        return True
    if "-" in tok.norm:
        parts = tok.norm.split("-")
        if any(part in heads for part in parts):
            return True
    # German compounds: "Energieminister", "Bundesentwicklungsministerin"
    return len(tok.norm) > 9 and tok.norm.endswith(_compound_suffixes())


@cache
def _compound_suffixes() -> tuple[str, ...]:
    return tuple(load_json("roles.json")["compound_suffixes"])


class PeopleFinder:
    """Find people in ``doc`` given the tokens already taken by countries and orgs."""

    def __init__(self, doc: Doc, countries: list[CountryMention], orgs: list[Org],
                 org_at: dict[int, Org], congo: str | None = None) -> None:
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
        self.vocab = (
            role_words("heads") | role_words("modifiers") | role_words("honorifics")
            | role_words("portfolio") | cue_set("stop_capitals") | cue_set("calendar")
            | cue_set("org_keywords") | cue_set("place_words") | cue_set("media_words")
            | cue_set("non_name")
        )
        self.stops = (cue_set("clause_stops") | cue_set("speech_verbs")) - {"a"}
        if (doc.lang or "").startswith("fr"):
            self.stops = self.stops | {"a"}
        self.person_tok: set[int] = set()

    # -- segments --------------------------------------------------------------------
    def _name_token(self, k: int) -> bool:
        t = self.toks[k]
        if t.ignored or not t.cap or k in self.country_at or k in self.org_at:
            return False
        low = t.norm.rstrip(".")
        if low in self.vocab or _is_head(t):
            return False
        if t.upper and len(t.text) > 2 and not t.text.endswith("."):
            return False
        if any(c.isdigit() for c in t.text):
            return False  # "Embraer E195"
        if "-" in t.text and not all(
                part[:1].isupper() or part in PARTICLES for part in t.text.split("-") if part):
            return False  # "Eighteen-year-old", "Lagos-based"
        return t.is_word

    def segments(self) -> list[tuple[int, int]]:
        """Maximal runs of name tokens ``[i, j)`` (particles allowed inside)."""
        toks, n = self.toks, len(self.toks)
        out = []
        i = 0
        while i < n:
            if not self._name_token(i):
                i += 1
                continue
            j = i + 1
            while j < n and toks[j].sent == toks[i].sent:
                if self._name_token(j):
                    j += 1
                elif toks[j].norm in PARTICLES and j + 1 < n and self._name_token(j + 1) and (
                    toks[j + 1].sent == toks[i].sent
                ):
                    j += 2
                else:
                    break
            out.append((i, j))
            i = j
        return out

    # -- evidence ----------------------------------------------------------------------
    def _before(self, i: int) -> int:
        """Index of the token before the name once honorifics (and their article) are skipped."""
        toks = self.toks
        k = i - 1
        while k >= 0 and (
                _honorific(toks[k], toks[k - 1] if k else None)
                or toks[k].norm in cue_set("determiners") and k + 1 < i
                and _honorific(toks[k + 1], toks[k])):
            k -= 1
        return k

    def _speech_near(self, i: int, j: int) -> bool:
        toks, n = self.toks, len(self.toks)
        sv = cue_set("speech_verbs")
        k = self._before(i)
        if k >= 0 and toks[k].norm in sv and toks[k].norm != "a":
            return True
        if k >= 1 and toks[k].text == "," and toks[k - 1].norm in sv and toks[k - 1].norm != "a":
            return True
        if j < n and toks[j].norm in sv and toks[j].norm != "a":
            return True
        if j + 1 < n and toks[j].norm == "a" and toks[j + 1].norm in sv:
            return True
        return False

    # -- roles -------------------------------------------------------------------------
    def _pre_role(self, i: int) -> dict | None:
        toks = self.toks
        k = self._before(i)
        # A title that is also an honorific ("President X", "Tanzanian President X") is the
        # role, unless it follows a comma after another role ("..., Ambassador Dr. X").
        titles = [x for x in range(k + 1, i) if _is_head(toks[x])]
        if titles and not (k >= 0 and toks[k].text == ","):
            k = max(titles)
        comma = k >= 0 and toks[k].text == ","
        if comma:
            k -= 1
        if k < 0:
            return None
        heads: list[int] = []
        m = k
        lo = max(0, k - 24)
        while m >= lo:
            t = toks[m]
            if t.text == ")" and m >= 2 and toks[m - 2].text == "(":
                m -= 3  # "du Ghana Cocoa Board (Cocobod), X"
                continue
            if t.sent != toks[i].sent or t.ignored or t.text in QUOTES or t.text in "();:[]":
                break
            if t.text in SENTENCE_END or m in self.person_tok:
                break
            if not t.cap and t.norm in self.stops:
                # "Relaciones con las Instituciones": a preposition inside a Title Case
                # complement does not end the role
                if not (t.norm in ("con", "with", "com", "mit", "avec", "entre", "between")
                        and m >= 1 and toks[m - 1].cap):
                    break
            if _is_head(t):
                heads.append(m)
            m -= 1
        if not heads:
            return None
        s = min(heads)
        possessor: tuple[int, int] | None = None
        mods = role_words("modifiers")
        while s - 1 >= 0 and toks[s - 1].sent == toks[i].sent:
            t = toks[s - 1]
            if t.norm == "'s":
                e = s - 1
                b = e
                while b - 1 >= 0 and (toks[b - 1].cap or toks[b - 1].norm in ("of", "the")
                                      or (b - 1) in self.country_at) and not toks[b - 1].ignored:
                    if toks[b - 1].norm == "the" and not (b - 1 > 0 and toks[b - 2].cap):
                        b -= 1
                        break
                    b -= 1
                if b == e and e - 1 >= 0:
                    b = e - 1  # "the agency's": a lower-case possessor noun
                possessor = (b, e)
                break
            if t.norm in cue_set("possessives") or t.norm in cue_set("person_possessives"):
                possessor = (s - 1, s - 1)
                break
            if (t.norm in mods or (s - 1) in self.country_at or (s - 1) in self.org_at
                    or (t.cap and t.norm not in cue_set("stop_capitals")
                        and not _honorific(t) and t.norm not in cue_set("determiners"))):
                s -= 1
                continue
            # "Eritrea's information minister": up to two plain words before a possessive
            if t.is_word and not t.cap and t.norm not in self.stops | cue_set(
                    "prepositions") | cue_set("determiners"):
                x = s - 1
                while x > s - 3 and x - 1 >= 0 and toks[x - 1].is_word and not toks[x - 1].cap \
                        and toks[x - 1].norm not in self.stops | cue_set("prepositions"):
                    x -= 1
                if x - 1 >= 0 and (toks[x - 1].norm == "'s" or toks[x - 1].norm in cue_set(
                        "possessives")):
                    s = x
                    continue
            break
        return {"start": s, "end": k + 1, "heads": [toks[x].norm for x in heads],
                "possessor": possessor, "window": (m + 1, k + 1)}

    def _post_role(self, j: int) -> dict | None:
        toks, n = self.toks, len(self.toks)
        k = j
        if k < n and toks[k].text == "(":  # "(photo, left)"
            while k < n and toks[k].text != ")" and k < j + 8:
                k += 1
            k += 1
        if k >= n or toks[k].text != ",":
            return None
        s = k + 1
        possessor = None
        if s + 1 < n and toks[s].norm in ("who", "qui", "quien", "que", "der", "die") and toks[
                s + 1].norm in ("is", "was", "est", "était", "es", "era", "é", "ist", "war"):
            s += 2  # "X, who is the country's trade minister, said"
        if s + 1 < n and toks[s].text.isdigit() and toks[s + 1].text == ",":
            s += 2  # "Mary Wanjiku, 45, a mother of four"
        while s < n and toks[s].norm in cue_set("determiners"):
            s += 1
        if s < n and toks[s].norm in cue_set("possessives"):
            possessor = (s, s)
            s += 1
        e = s
        heads: list[int] = []
        while e < n and e < s + 22:
            t = toks[e]
            if t.text in ",.;:()" or t.text in QUOTES or t.sent != toks[j - 1].sent:
                break
            if not t.cap and t.norm in self.stops and e > s:
                break
            if _is_head(t):
                heads.append(e)
            e += 1
        if not heads or heads[0] > s + 6 or s >= n:
            return None
        if not toks[s].cap and toks[s].norm in self.stops:
            return None
        # "the World Bank's regional director": possessor inside the phrase
        for x in range(s, heads[0]):
            if toks[x].norm == "'s":
                possessor = (s, x)
        return {"start": s, "end": e, "heads": [toks[x].norm for x in heads],
                "possessor": possessor, "window": (s, e)}

    def _role_text(self, r: dict) -> str | None:
        toks = self.toks
        s, e = r["start"], r["end"]
        poss = r["possessor"]
        if poss and poss[1] >= s and poss[1] < e:
            s = poss[1] + 1
        while s < e and (toks[s].norm in cue_set("determiners") or (
                s in self.country_at and self.country_at[s].kind == "demonym")):
            s += 1
        while e > s and toks[e - 1].text in ",-–—":
            e -= 1
        if s >= e:
            return None
        keep = [x for x in range(s, e) if not (
            x in self.country_at and self.country_at[x].kind == "demonym" and x > s
            and (_is_head(toks[x - 1]) or x + 1 < e and _is_head(toks[x + 1])))]
        if len(keep) == e - s:
            return " ".join(self.doc.span_text(s, e).split())
        parts = []
        for x in keep:
            if parts and toks[x].start > toks[x - 1].end if x - 1 >= 0 else False:
                parts.append(" ")
            parts.append(toks[x].text)
        text = "".join(parts)
        return " ".join(text.replace(" ,", ",").split())

    def _resolve(self, m: CountryMention) -> str | None:
        if m.code != "?":
            return m.code
        sent = self.toks[m.i].sent
        near = {x.code for x in self.countries if x.code in ("CG", "CD")
                and self.toks[x.i].sent == sent}
        return near.pop() if len(near) == 1 else self.congo

    @staticmethod
    def _is_state(heads: list[str]) -> bool:
        return any(h in role_words("state") for h in heads)

    def _recent_country(self, before: int) -> tuple[str | None, int]:
        """The country named last before token ``before`` (300 tokens back) and where."""
        for x in range(before - 1, max(-1, before - 300), -1):
            m = self.country_at.get(x)
            if m is not None and m.i == x and m.kind == "name":
                return self._resolve(m), x
        return None, -1

    def _recent_org(self, before: int, noun: str | None = None,
                    salient: bool = False) -> Org | None:
        """The organisation a title refers back to: with ``noun`` ("the accelerator's",
        "the bank's") the last one described by that noun; otherwise the last one named
        within the preceding 300 tokens ("its", "son"), or with ``salient`` the most
        mentioned one there ("Managing Director X", no possessor)."""
        best, pos = None, -1
        typed, tpos = None, -1
        counts: dict[int, int] = {}
        for o in self.orgs:
            if o.state or o.media:
                continue
            fits = noun is not None and (noun in o.type_words or noun in norm(o.name).split())
            for a, _b in o.mentions:
                if a >= before:
                    continue
                if a >= before - 300:
                    counts[id(o)] = counts.get(id(o), 0) + 1
                    if a > pos:
                        best, pos = o, a
                if fits and a > tpos:
                    typed, tpos = o, a
        if typed is not None:
            return typed
        if salient and best is not None:
            # the paragraph that last named an organisation; its most mentioned one
            para = self.toks[pos].para
            near = [o for o in self.orgs if not o.state and not o.media and any(
                a < before and self.toks[a].para == para for a, _b in o.mentions)]
            return max(near, key=lambda o: len(o.mentions))
        return best

    def _apply_role(self, p: Person, r: dict, i: int) -> None:
        p.role = self._role_text(r)
        if not p.role:
            return
        p.role_span = (r["start"], r["end"])
        p.role_heads = r["heads"]
        toks = self.toks
        dest = cue_set("destination_preps")
        lo, hi = r["start"], r["end"]
        poss = r["possessor"]
        if poss:
            lo = min(lo, poss[0])
        org = None
        country_ref: str | None = None
        for x in range(lo, hi):
            o = self.org_at.get(x)
            if o is not None and not o.state and not o.media:
                org = o
                break
        if org is None and poss:
            pt = [t for t in toks[poss[0]: poss[1] + 1] if t.norm != "'s"]
            lows = {t.norm for t in pt}
            if lows & cue_set("possessives") or (
                    len(pt) <= 2 and pt and not pt[-1].cap and pt[-1].norm != "'s"):
                cty, cpos = self._recent_country(poss[0])
                last_org = self._recent_org(poss[0])
                opos = max((a for a, _b in last_org.mentions if a < poss[0]), default=-1) if (
                    last_org is not None) else -1
                if lows & cue_set("possessives") and self._is_state(r["heads"]) and cpos > opos:
                    # "Ghana, which hosts the secretariat ... Its trade minister": a state's
                    country_ref = cty
                elif not lows & cue_set("person_possessives"):
                    org = self._recent_org(i, pt[-1].norm if pt else None)
        corporate = set(r["heads"]) & role_words("corporate") and not self._is_state(r["heads"])
        if org is None and corporate:
            org = self._named_in_role(r["start"], r["end"])
        if org is None and not (poss and {t.norm for t in toks[poss[0]: poss[1] + 1]}
                                    & cue_set("person_possessives")):
            if corporate:
                org = self._recent_org(i, salient=True)
        p.org = org
        code = None
        w0, w1 = r["window"]
        # the role's own country (possessor, demonym, "de Angola"), then the nearest
        # demonym in the clause before the name ("her Ugandan counterpart, ...")
        spans = [range(lo, max(hi, i)), range(max(hi, w1, i) - 1, min(lo, w0) - 1, -1)]
        for n_pass, span in enumerate(spans):
            for x in span:
                m = self.country_at.get(x)
                if m is None or x != m.i:
                    continue
                if n_pass == 1 and m.kind != "demonym":
                    continue
                prev = toks[x - 1].norm if x else ""
                if prev in dest:
                    continue
                code = self._resolve(m)
                if code is not None:
                    break
            if code is not None:
                break
        p.country = code or country_ref
        p.country_strong = p.country is not None

    # -- main ----------------------------------------------------------------------------
    def run(self) -> list[Person]:
        """Return people with at least one accepted mention, in order of first mention."""
        toks = self.toks
        segs = self.segments()
        people: dict[tuple[str, ...], Person] = {}
        order: list[tuple[str, ...]] = []
        singles: list[tuple[int, int]] = []
        for i, j in segs:
            if self._in_role_complement(i):
                continue
            n_words = sum(1 for t in toks[i:j] if t.cap)
            if n_words < 2 or n_words > MAX_NAME:
                singles.append((i, j))
                continue
            if toks[i].text.endswith(".") and len(toks[i].text) == 2:
                singles.append((i, j))
                continue
            key = tuple(t.norm for t in toks[i:j])
            if key not in people:
                people[key] = Person(key, self.doc.span_text(i, j))
                order.append(key)
            people[key].mentions.append((i, j))
            for x in range(i, j):
                self.person_tok.add(x)
        # merge a name into a longer one that contains it ("Kalala Ilunga" in "Roger Kalala Ilunga")
        subs: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for other in order:
            for a in range(len(other)):
                for b in range(a + 1, len(other) + 1):
                    if b - a < len(other):
                        subs.setdefault(other[a:b], []).append(other)
        for key in sorted(order, key=len):
            for other in subs.get(key, ()):
                if key in people and other in people and other != key:
                    people[other].mentions += people[key].mentions
                    people[other].aliases.append(people[key].name)
                    del people[key]
                    break
        keys = [k for k in order if k in people]
        # evidence on full mentions
        for key in keys:
            p = people[key]
            for i, j in p.mentions:
                if self._before(i) < i - 1:
                    p.evidence.add("honorific")
                if self._speech_near(i, j):
                    p.evidence.add("speech")
                if p.role is None:
                    r = self._pre_role(i) or self._post_role(j)
                    if r:
                        self._apply_role(p, r, i)
                        if p.role:
                            p.evidence.add("role")
                if p.role is None:
                    self._counterpart(p, i, [people[x] for x in keys if x != key])
                if p.country is None and j + 1 < len(toks) and toks[j].norm in (
                        "of", "de", "du", "da", "do", "aus") and (j + 1) in self.country_at:
                    m = self.country_at[j + 1]
                    if m.kind == "name" and m.i == j + 1:
                        p.country = self._resolve(m)
        # later mentions by part of the name
        alive = set(keys)
        for i, j in singles:
            key = tuple(t.norm for t in toks[i:j])
            cands = [k for k in dict.fromkeys(subs.get(key, ())) if k in alive]
            if len(cands) != 1:
                continue
            p = people[cands[0]]
            p.mentions.append((i, j))
            p.evidence.add("short")
            alias = " ".join(self.doc.span_text(i, j).split())
            if alias not in p.aliases and alias != p.name:
                p.aliases.append(alias)
            k = self._before(i)
            if k < i - 1:
                h0 = k + 1
                while h0 < i and toks[h0].norm in cue_set("determiners"):
                    h0 += 1
                honor = " ".join(self.doc.span_text(h0, j).split())
                if h0 < i and honor not in p.aliases:
                    p.aliases.append(honor)
        out = []
        german = (self.doc.lang or "").lower().startswith("de")
        for key in keys:
            p = people[key]
            if not p.evidence or german and p.evidence == {"short"}:
                continue  # German nouns are capitalised: a repeated noun is no surname
            if all(self._place_context(i) for i, _ in p.mentions) and not (
                    p.evidence & {"role", "honorific"}):
                continue
            p.mentions.sort()
            out.append(p)
        return out

    def _named_in_role(self, s: int, e: int) -> Org | None:
        """"chief executive of Acme Mining": a body named after "of/at/de" in a corporate
        title becomes an organisation (its employer)."""
        toks = self.toks
        for x in range(s, e - 1):
            if toks[x].norm not in ("of", "at", "de", "du", "da", "do", "des", "del", "chez",
                                    "bei", "von", "der", "d'"):
                continue
            a = x + 1
            while a < e and toks[a].norm in cue_set("determiners"):
                a += 1
            b = a
            while b < e and toks[b].cap and b not in self.country_at and toks[b].norm not in (
                    self.vocab - cue_set("org_keywords")):
                b += 1
            if b > a and (b == e or toks[b].text in ",;."):
                org = Org(self.doc.span_text(a, b))
                org.mentions.append((a, b))
                org.forms.add(tuple(t.norm for t in toks[a:b]))
                for k in range(a, b):
                    self.org_at[k] = org
                self.orgs.append(org)
                return org
        return None

    def _in_role_complement(self, i: int) -> bool:
        """"ministra de Transición Energética", "da Ciência, Tecnologia e Ensino Superior":
        capitalised words inside a title's complement are not a name."""
        toks = self.toks
        if i == 0 or toks[i - 1].norm not in ("of", "for", "de", "du", "des", "da", "do", "dos",
                                               "das", "del", "für", "la", "l'", "d'", "and",
                                               "et", "e", "y", "und", "&"):
            return False
        for x in range(i - 2, max(-1, i - 10), -1):
            t = toks[x]
            if t.sent != toks[i].sent or t.text in ";.":
                return False
            if _is_head(t):
                return True
            if not (t.cap or t.text == "," or t.norm in _COMPLEMENT_LINKS):
                return False
        return False

    def _counterpart(self, p: Person, i: int, others: list[Person]) -> None:
        """"X ..., and his Mauritanian counterpart, Y": Y takes X's role, own country."""
        toks = self.toks
        words = role_words("counterpart")
        k = self._before(i)
        lo = max(0, k - 6)
        hit = None
        for x in range(k, lo - 1, -1):
            if toks[x].sent != toks[i].sent or x in self.person_tok:
                break
            if toks[x].norm in words:
                hit = x
                break
        if hit is None:
            return
        prev = None
        for o in others:
            if o.role and o.mentions and o.mentions[0][0] < i and (
                    toks[o.mentions[0][0]].sent >= toks[i].sent - 1):
                prev = o
        if prev is None:
            return
        p.role = prev.role
        p.role_heads = list(prev.role_heads)
        p.evidence.add("role")
        for x in range(max(0, hit - 3), min(len(toks), hit + 3)):
            m = self.country_at.get(x)
            if m is not None and m.i == x:
                p.country = self._resolve(m)
                p.country_strong = p.country is not None
                break

    def _place_context(self, i: int) -> bool:
        k = i - 1
        return k >= 0 and self.toks[k].norm in ("in", "at", "near", "à", "en", "em", "no", "na",
                                                "nach", "bei", "from", "de", "d'")


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    if not small or len(small) >= len(big):
        return False
    n = len(small)
    return any(big[k : k + n] == small for k in range(len(big) - n + 1))
