"""Organisation mentions: international bodies, acronyms defined in parentheses, and
companies or national bodies recognised by their name's form or by how they are introduced.

Sources: ``data/organizations.json`` (SupraVerden, CC BY-SA 4.0; EN/FR names and
acronyms) and ``data/organizations_extra.json`` (project data: a few international and
African bodies the source lacks, e.g. CAF, World Athletics, Gavi, AfCFTA Secretariat).
Acronyms match only as printed (case-sensitive, whole tokens); French acronyms only in
French (or undetermined-language) text.  Name keywords ("Bank", "Group", "GmbH", "Club")
and type nouns ("the company X", "X, a Ghanaian start-up") come from ``data/cues.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from congo_digital.enrich.tokens import Doc, Token, TokenMemo, cue_set, norm, role_words, tokenize
from congo_digital.vocab import load_json

FUNCTION_WORDS = frozenset(
    "of for and the de des du la le l' d' et y e da do dos das del los las für und im der "
    "die das on in to at a".split()
)
_STATE_HEADS = frozenset(
    "ministry ministère ministerio ministério bundesministerium ministerium government "
    "gouvernement gobierno governo conselho council office".split()
)
_GENERIC = frozenset(
    "african africa international national world global united west east central southern "
    "northern eastern western new first royal general continental regional pan-african "
    "panafrican".split()
)
MAX_ORG_TOKENS = 16
LINKERS = frozenset("of for and de des du la l' d' et y e da do dos das del für und & on".split())


@dataclass
class Org:
    """An organisation found in the text.

    ``name`` is canonical (English standard name for known bodies, as written otherwise);
    ``forms`` are normalised token tuples that refer to it; ``mentions`` token spans.
    """

    name: str
    known: bool = False
    acronyms: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    forms: set[tuple[str, ...]] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    country: str | None = None
    typed: bool = False
    defined: bool = False
    state: bool = False
    media: bool = False
    based: str | None = None
    type_words: set[str] = field(default_factory=set)


@cache
def known_orgs(lang_fr: bool) -> tuple[dict[tuple[str, ...], tuple[int, bool]], list[dict], int]:
    """Map token tuples to ``(record index, exact_case)`` for the known-organisation lists."""
    rows = load_json("organizations.json") + load_json("organizations_extra.json")
    table: dict[tuple[str, ...], tuple[int, bool]] = {}
    for idx, r in enumerate(rows):
        names = [r["name_en"], *r.get("aliases_en", []), *r.get("former_en", [])]
        if r.get("name_fr"):
            names.append(r["name_fr"])
        names += r.get("aliases_fr", [])
        for n in names:
            key = tuple(t.norm for t in tokenize(n))
            if len(key) >= 2 or (len(key) == 1 and n[:1].isupper() and not n.isupper()):
                table.setdefault(key, (idx, False))
        abbrs = list(r.get("abbr_en", []))
        if lang_fr:
            abbrs += r.get("abbr_fr", [])
        for a in abbrs:
            key = tuple(t.norm for t in tokenize(a))
            if key:
                table.setdefault(key, (idx, True))
    return table, rows, max(len(k) for k in table)


@cache
def _lengths(lang_fr: bool) -> dict[str, tuple[int, ...]]:
    """Key lengths per first token, longest first (to try only plausible spans)."""
    out: dict[str, set[int]] = {}
    for key in known_orgs(lang_fr)[0]:
        out.setdefault(key[0], set()).add(len(key))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


def _acronym_letters(acr: str) -> str:
    ups = [c for c in acr if c.isupper()]
    return "".join(ups).lower() if len(ups) >= 2 else acr.lower()


def _lcs(a: str, b: str) -> int:
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for k, cb in enumerate(b):
            cur.append(prev[k] + 1 if ca == cb else max(prev[k + 1], cur[k]))
        prev = cur
    return prev[-1]


def _is_acronym(tok: Token) -> bool:
    t = tok.text
    ups = sum(1 for c in t if c.isupper())
    return t[:1].isupper() and ups >= 2 and len(t) <= 12 and t.replace("-", "").isalnum()


def _org_keyword(tok: Token) -> bool:
    return tok.norm in cue_set("org_keywords")


class OrgFinder:
    """Collect organisations in a document (see module docstring for the rules)."""

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
        self.last_country: str | None = None
        lang = (doc.lang or "").split("-")[0].lower()
        self.table, self.rows, self.longest = known_orgs(lang in ("fr", ""))
        self.lengths = _lengths(lang in ("fr", ""))
        self.role_heads = role_words("heads")
        self.modifiers = role_words("modifiers")

    # -- helpers -------------------------------------------------------------------
    def _claim(self, org: Org, i: int, j: int) -> None:
        if any(k in self.claimed for k in range(i, j)) or (i, j) in org.mentions:
            return
        for k in range(i, j):
            self.claimed[k] = org
        org.mentions.append((i, j))
        org.forms.add(tuple(t.norm for t in self.toks[i:j]))

    def _get_known(self, idx: int) -> Org:
        r = self.rows[idx]
        found = self.known_by_idx.get(idx) or self.by_name.get(norm(r["name_en"]))
        if found is not None:
            return found
        o = Org(r["name_en"], known=True, country=r.get("country"))
        self.known_by_idx[idx] = o
        self.by_name[norm(o.name)] = o
        o.acronyms = list(dict.fromkeys(r.get("abbr_en", []) + r.get("abbr_fr", [])))
        self.orgs.append(o)
        return o

    def _cap_run(self, i: int) -> int:
        """End of the capitalised run starting at ``i`` (linkers allowed inside)."""
        toks, n = self.toks, len(self.toks)
        j = i
        while j < n and j < i + MAX_ORG_TOKENS and not toks[j].ignored and (
                toks[j].sent == toks[i].sent):
            t = toks[j]
            if t.cap or t.norm in ("s.a.", "gmbh", "plc", "ltd", "inc", "sarl", "lda"):
                j += 1
            elif (t.norm in LINKERS or t.norm == "the") and j + 1 < n and toks[j + 1].cap and (
                j > i
            ) and toks[j + 1].sent == t.sent:
                j += 1
            else:
                break
        while j > i and self.toks[j - 1].norm in LINKERS | {"the"}:
            j -= 1
        return j

    # -- passes --------------------------------------------------------------------
    def find_known(self) -> None:
        toks, n = self.toks, len(self.toks)
        i = 0
        while i < n:
            t = toks[i]
            if t.ignored or not t.is_word or i in self.claimed:
                i += 1
                continue
            hit = None
            for size in self.lengths.get(t.norm, ()):
                if size > n - i:
                    continue
                key = tuple(x.norm for x in toks[i : i + size])
                e = self.table.get(key)
                if not e:
                    continue
                idx, exact = e
                span = toks[i : i + size]
                if exact and not all(x.text == _printed(x, self.rows[idx], self.names)
                                     for x in span):
                    continue
                if not exact and not span[0].cap:
                    continue
                if exact and size == 1 and not _is_acronym(span[0]) and not span[0].cap:
                    continue
                hit = (size, idx)
                break
            if hit:
                size, idx = hit
                self._claim(self._get_known(idx), i, i + size)
                i += size
            else:
                i += 1

    def find_defined(self) -> None:
        """"Full Name (ACR)" definitions."""
        toks, n = self.toks, len(self.toks)
        for p in range(1, n - 2):
            if toks[p].text != "(" or toks[p].ignored:
                continue
            q = p + 1
            while q < n and q < p + 4 and toks[q].text != ")":
                q += 1
            if q >= n or toks[q].text != ")" or q == p + 1:
                continue
            inner = toks[p + 1 : q]
            if not all(t.is_word for t in inner):
                continue
            acr_tok = inner[-1]
            single = len(inner) == 1 and acr_tok.cap and len(acr_tok.text) >= 4
            if not (_is_acronym(acr_tok) or single):
                continue
            acr_text = self.doc.span_text(p + 1, q)
            # Known organisation named in the parentheses: the long form is an alias.
            key = tuple(t.norm for t in inner)
            known = self.table.get(key)
            if known and (p - 1) in self.claimed:
                org = self._get_known(known[0])
                if self.claimed[p - 1] is org:
                    self._claim(org, p + 1, q)
                    org.defined = True
                    org.typed = org.typed or self._typed_after(q + 1)
                    continue
            start = self._best_start(p, acr_tok.text)
            if start is None:
                continue
            if any(k in self.country_tok for k in range(start, p)) and all(
                k in self.country_tok for k in range(start, p) if toks[k].cap
            ):
                continue  # a country: "Democratic Republic of the Congo (DRC)"
            long_name = self.doc.span_text(start, p)
            if known:
                org = self._get_known(known[0])
                if norm(long_name) != norm(org.name):
                    org.aliases.append(long_name)
                for k in range(start, p):
                    self.claimed.pop(k, None)
                self._claim(org, start, p)
                self._claim(org, p + 1, q)
                org.defined = True
                org.typed = org.typed or self._typed_after(q + 1)
                continue
            existing = self.claimed.get(start)
            if existing is not None:
                org = existing
            else:
                for k in range(start, p):
                    self.claimed.pop(k, None)
                org = Org(long_name)
                self.orgs.append(org)
                self._claim(org, start, p)
            if acr_text not in org.acronyms:
                org.acronyms.append(acr_text)
            org.defined = True
            org.typed = org.typed or self._typed_after(q + 1)
            self._claim(org, p + 1, q)

    def _best_start(self, p: int, acr: str) -> int | None:
        toks = self.toks
        letters = _acronym_letters(acr)
        best: tuple[float, int, int] | None = None
        lo = max(0, p - 14)
        k = p - 1
        while k >= lo and toks[k].is_word and toks[k].sent == toks[p].sent and not toks[k].ignored:
            k -= 1
        first = k + 1
        for j in range(p - 1, first - 1, -1):
            if not toks[j].cap or toks[j].norm in cue_set("determiners") or (
                    toks[j].norm.endswith("'")):
                continue
            words = [t for t in toks[j:p] if t.is_word and t.norm not in FUNCTION_WORDS]
            initials = "".join(norm(t.text[0]) for t in words)
            if len(initials) < 1:
                continue
            lcs = _lcs(letters, initials)
            score = lcs / max(len(letters), 1)
            if len(letters) > len(initials):
                score = max(score, lcs / len(initials) if _lcs(initials, letters) == len(initials)
                            and len(initials) >= 2 else 0)
            if letters[:1] != initials[:1]:
                score -= 0.3
            cand = (score, lcs, -j)
            if best is None or cand > best:
                best = cand
        if best and best[0] >= 0.6:
            j = -best[2]
            # "Ghana Cocoa Board (Cocobod)": the name goes on to the left
            while j - 1 >= first and toks[j - 1].cap and toks[j - 1].norm not in cue_set(
                    "stop_capitals") | cue_set("determiners") and (
                    j - 1) not in self.demonym_tok and not toks[j - 1].norm.endswith("'"):
                j -= 1
            return j
        # Fallback: the capitalised run right before "(" when it has an organisation keyword.
        j = p - 1
        while j >= first and (toks[j].cap or toks[j].norm in LINKERS):
            j -= 1
        j += 1
        while j < p and not toks[j].cap:
            j += 1
        if j < p and toks[j].norm in cue_set("determiners"):
            j += 1
        if p - j >= 2 and any(_org_keyword(t) for t in toks[j:p]):
            return j
        return None

    def find_named(self) -> None:
        """Capitalised runs ending in (or holding) an organisation keyword, or typed by
        an apposition/type noun ("the operator Teranga Mobile", "Zidi Pay, a start-up")."""
        toks, n = self.toks, len(self.toks)
        org_types = cue_set("org_types")
        media = cue_set("media_words")
        i = 0
        while i < n:
            t = toks[i]
            if t.ignored or not t.cap or i in self.claimed or i in self.country_tok and not (
                i + 1 < n and toks[i + 1].cap
            ):
                i += 1
                continue
            j = self._cap_run(i)
            if j <= i:
                i += 1
                continue
            # trim leading determiners, sentence-initial function words, "London-based"
            s = i
            based: int | None = None
            while s < j and (toks[s].norm in cue_set("determiners") or toks[s].norm in (
                    cue_set("stop_capitals"))
                    or toks[s].norm.endswith(("-based", "-listed", "-owned", "-headquartered"))):
                if toks[s].norm.endswith(("-based", "-listed", "-owned", "-headquartered")):
                    based = s
                s += 1
            if s >= j or any(k in self.claimed for k in range(s, j)):
                i = j
                continue
            span = toks[s:j]
            # "Der Münchner Konzern Voltaris AG": the name starts after a type noun
            cut = next((x for x in range(s, j - 1) if toks[x].norm in org_types
                        and not _org_keyword(toks[x]) and toks[x + 1].norm not in LINKERS), None)
            if cut is not None:
                s = cut + 1
                span = toks[s:j]
                prev_typed = True
            else:
                prev_typed = False
            has_kw = any(_org_keyword(x) for x in span[1:]) or (
                len(span) >= 2 and _org_keyword(span[0]))
            if any(x.norm.rstrip(".") in self.role_heads for x in span) or self._after_role(
                    s, span):
                has_kw = False  # a title: "Minister of Water and Energy"
            prev = toks[s - 1] if s else None
            typed = prev_typed or bool(prev and prev.norm in org_types) or (
                s >= 2 and toks[s - 2].norm in org_types and (s - 1) in self.country_tok)
            end = j
            if j + 1 < n and toks[j].text == "," and toks[j + 1].norm in (
                    "s.a.", "inc", "ltd", "plc", "sarl", "gmbh", "s.a", "sa"):
                end = j + 2  # "GuiCam Submarine Networks, S.A."
            after = self._typed_after(end)
            typed = typed or after
            if (self.doc.lang or "").startswith("de") and j - s == 2 and span[0].norm.endswith(
                    "er") and s > 0 and toks[s - 1].norm in cue_set("determiners") and not typed:
                has_kw = False  # "das Hamburger Konsortium": a description, not a name
            if (has_kw or typed) and not all(k in self.country_tok for k in range(s, j)):
                name = self.doc.span_text(s, end)
                org = self._same_name(name)
                if org is None:
                    org = Org(name)
                    self.by_name[norm(name)] = org
                    low = [x.norm for x in span]
                    org.media = any(w in media for w in low) and not any(
                        w in ("bank", "group") for w in low)
                    org.state = low[0] in _STATE_HEADS and (
                        low[0] != "office" or len(low) > 3 and low[1] == "of")
                    self.orgs.append(org)
                org.typed = org.typed or typed
                if typed:
                    org.type_words.update((prev.norm if prev is not None and prev.norm in org_types
                                           else self.last_type or "").split())
                demonym = self.country_tok.get(s - 1) if typed else None
                if after and self.last_country:
                    demonym = demonym or self.last_country
                if s >= 2 and toks[s - 1].norm == "'s" and self.country_tok.get(s - 2) not in (
                        None, "?"):
                    demonym = demonym or self.country_tok[s - 2]  # "Kenya's Safari Airways"
                if demonym and demonym != "?" and org.country is None:
                    org.country = demonym  # "the British company X", "empresa norueguesa X"
                if based is not None and org.country is None:
                    from congo_digital.enrich.countries import gazetteer

                    city = toks[based].text.split("-")[0]
                    org.based = city
                    hit = gazetteer()[0].get((norm(city),))
                    if hit and hit[0] != "?":
                        org.country = hit[0]
                self._claim(org, s, end)
            i = j

    def _same_name(self, name: str) -> Org | None:
        return self.by_name.get(norm(name))

    def _after_role(self, s: int, span: list[Token]) -> bool:
        """True when the run continues a title's complement ("Minister of Posts, X");
        after a corporate title ("chief executive of Nile Breweries") only when the run
        is made of portfolio words ("Commissioner for Infrastructure, Energy")."""
        toks = self.toks
        portfolio = role_words("portfolio") | LINKERS
        k = s - 1
        while k >= 0 and k >= s - 10 and toks[k].sent == toks[s].sent:
            t = toks[k]
            if t.norm.rstrip(".") in self.role_heads:
                if t.norm.rstrip(".") in role_words("corporate"):
                    return all(x.norm in portfolio for x in span)
                return True
            if t.cap or t.norm in LINKERS or t.text == "," or t.norm == "the" or (
                    k in self.country_tok):
                k -= 1
                continue
            return False
        return False

    def _typed_after(self, j: int) -> bool:
        """"X, a Lagos-based start-up accelerator" / "X, une filiale ..."."""
        toks, n = self.toks, len(self.toks)
        if j + 1 >= n or toks[j].text != ",":
            return False
        org_types = cue_set("org_types") | {"alliance", "producer"}
        if toks[j + 1].norm not in ("a", "an", "the", "un", "une", "uma", "um", "una", "un",
                                   "ein", "eine", "la", "le", "l'") and not (
                toks[j + 1].norm in org_types and not toks[j + 1].cap):
            return False
        self.last_country = None
        for k in range(j + 1, min(n, j + 7)):
            t = toks[k]
            if t.text in ",.;" or t.norm == "'s" or t.sent != toks[j].sent:
                return False
            if k in self.demonym_tok and self.country_tok.get(k) not in (None, "?"):
                self.last_country = self.country_tok[k]  # "X, a Ghanaian start-up"
            if t.norm.rstrip(".") in self.role_heads:
                return False
            if t.norm in org_types:
                nxt = toks[k + 1] if k + 1 < n else None
                ok = nxt is None or nxt.norm != "'s" and nxt.norm.rstrip(".") not in (
                    self.role_heads)
                if ok:
                    self.last_type = " ".join(
                        x.norm for x in toks[k:min(n, k + 3)] if x.norm in org_types)
                return ok
        return False

    def find_short_forms(self) -> None:
        """Later mentions by a leading or trailing part of a name ("Savanna", "Fès-Atlas")
        or by ACRONYM-word compounds ("HWI-Geschäftsführerin")."""
        toks, n = self.toks, len(self.toks)
        forms: dict[tuple[str, ...], list[Org]] = {}
        generic = cue_set("org_keywords") | FUNCTION_WORDS | cue_set("determiners")
        generic = generic | cue_set("non_name") | cue_set("stop_capitals") | _GENERIC
        for o in self.orgs:
            if not o.mentions:
                continue
            words = [x for x in self.names(o.name) if x.is_word]
            norms = [x.norm for x in words]
            for size in range(1, len(norms)) if not o.known else ():
                for part in (tuple(norms[:size]), tuple(norms[-size:])):
                    if all(p in generic for p in part) or part[0] in LINKERS or part[-1] in LINKERS:
                        continue
                    if not words[0].cap:
                        continue
                    forms.setdefault(part, []).append(o)
            if not o.known and norms and words[0].cap:
                forms.setdefault(tuple(norms), []).append(o)
            for a in o.acronyms:
                forms.setdefault(tuple(x.norm for x in self.names(a)), []).append(o)
        # Names longer than 12 words are not organisation names (hostile or broken text):
        # bounding the window keeps this pass linear in the text.
        forms = {f: orgs for f, orgs in forms.items() if len(f) <= 12}
        longest = max((len(f) for f in forms), default=0)
        prefixes = {f[:k] for f in forms for k in range(1, len(f) + 1)}
        stop_after = self.role_heads | self.modifiers | cue_set("stop_capitals")
        i = 0
        while i < n:
            t = toks[i]
            if t.ignored or not t.cap or i in self.claimed or i in self.country_tok:
                i += 1
                continue
            j = i
            while j < n and j < i + longest and toks[j].cap and j not in self.claimed and (
                    not toks[j].ignored):
                j += 1
            m = i  # forms can only end up to m: past it no form continues the window
            key: tuple[str, ...] = ()
            while m < j:
                key = (*key, toks[m].norm)
                if key not in prefixes:
                    break
                m += 1
            matched = False
            for e in range(m, i, -1):
                key = tuple(x.norm for x in toks[i:e])
                cands = forms.get(key)
                if e < j and toks[e].norm.rstrip(".") not in stop_after:
                    continue  # "Lumbo Norte" is not "Lumbo (Offshore)"
                if cands and len({id(c) for c in cands}) == 1:
                    org = cands[0]
                    self._claim(org, i, e)
                    alias = self.doc.span_text(i, e)
                    if norm(alias) != norm(org.name) and alias not in org.acronyms:
                        org.aliases.append(alias)
                    i = e
                    matched = True
                    break
            if not matched:
                if "-" in t.text:
                    head = t.text.split("-", 1)[0]
                    cands = forms.get((norm(head),))
                    if cands and len({id(c) for c in cands}) == 1:
                        cands[0].mentions.append((i, i + 1))
                        self.claimed[i] = cands[0]
                i += 1

    def find_caps(self) -> None:
        """Unknown all-capitals names (FESPACO) printed at least twice in running text."""
        counts: dict[str, list[int]] = {}
        stop = {"about", "ceo", "cfo", "cto", "ict", "ai", "it", "gmt", "utc", "usd", "fcfa", "cfa",
                "gdp", "pib", "ngo", "ong", "ngos", "sms", "pdf", "faq", "eur", "ugx", "kes",
                "covid", "mpox", "hiv", "aids", "sida", "tv", "pc", "ip", "5g", "4g", "3g",
                "lte", "gsm", "api", "vip", "plc", "llc", "ltd", "gmbh", "sarl", "usa", "uk",
                "read", "more", "photo", "ap", "afp", "upd", "gw", "mw", "km", "kg", "ml"}
        for k, t in enumerate(self.toks):
            if t.ignored or k in self.claimed or k in self.country_tok or not t.upper:
                continue
            if len(t.text) < 4 or t.norm in stop or not t.text.isalpha():
                continue
            counts.setdefault(t.text, []).append(k)
        for text, ks in counts.items():
            if len(ks) >= 2:
                org = Org(text)
                org.acronyms.append(text)
                self.orgs.append(org)
                for k in ks:
                    self._claim(org, k, k + 1)

    def merge(self) -> None:
        """Fold an organisation found by a leading or trailing part of another's name
        ("Copper Stars" in "Ndola Copper Stars") into the longer one."""
        words = {id(o): tuple(t.norm for t in self.names(o.name) if t.is_word) for o in self.orgs}
        parts: dict[tuple[str, ...], list[Org]] = {}
        for big in self.orgs:
            bw = words[id(big)]
            for size in range(1, len(bw)):
                parts.setdefault(bw[:size], []).append(big)
                parts.setdefault(bw[-size:], []).append(big)
        for o in sorted(self.orgs, key=lambda x: len(words[id(x)])):
            if o.known or not o.mentions:
                continue
            for big in parts.get(words[id(o)], ()):
                if big is o or not big.mentions:
                    continue
                big.mentions += o.mentions
                big.forms |= o.forms
                big.aliases.append(o.name)
                big.typed = big.typed or o.typed
                for a, b in o.mentions:
                    for k in range(a, b):
                        self.claimed[k] = big
                o.mentions = []
                break

    def find_single(self) -> None:
        """One-word company names that act ("Safaricom said", "Safaricom Chief Executive X"):
        printed at least twice, once inside a sentence, never lower-case, never next to
        another name word (so a surname is not taken), and once before a speech verb or a
        title."""
        if (self.doc.lang or "").lower().startswith("de"):
            return  # German capitalises every noun
        toks, n = self.toks, len(self.toks)
        allowed = self.role_heads | self.modifiers | cue_set("stop_capitals") | cue_set(
            "determiners") | role_words("honorifics")
        blocked = (cue_set("stop_capitals") | cue_set("calendar") | cue_set("non_name")
                   | cue_set("place_words") | role_words("portfolio") | self.role_heads
                   | role_words("honorifics") | cue_set("media_words") | _GENERIC)
        lower = {t.norm for t in toks if t.is_word and not t.cap}
        speech = cue_set("speech_verbs") - {"a"}
        seen: dict[str, list[int]] = {}
        bad: set[str] = set()
        for k, t in enumerate(toks):
            if t.ignored or not t.cap or not t.is_word or t.upper or k in self.claimed:
                continue
            if k in self.country_tok or t.norm in blocked or t.norm in lower or "-" in t.text:
                continue
            for x in (k - 1, k + 1):
                if 0 <= x < n and toks[x].cap and toks[x].is_word and toks[x].sent == t.sent and (
                        toks[x].norm.rstrip(".") not in allowed) and not any(
                        c.isdigit() for c in toks[x].text):
                    bad.add(t.norm)
            seen.setdefault(t.norm, []).append(k)
        for word, ks in seen.items():
            if word in bad or len(ks) < 2:
                continue
            if all(k == 0 or toks[k - 1].sent != toks[k].sent for k in ks):
                continue
            acts = any(k + 1 < n and (toks[k + 1].norm in speech or (
                toks[k + 1].cap and toks[k + 1].norm in self.role_heads | self.modifiers))
                for k in ks)
            if not acts:
                continue
            org = Org(toks[ks[0]].text)
            self.orgs.append(org)
            for k in ks:
                self._claim(org, k, k + 1)

    def run(self) -> list[Org]:
        """Run all passes; return organisations with at least one mention."""
        self.find_known()
        self.find_defined()
        self.find_named()
        self.find_short_forms()
        self.find_caps()
        self.find_single()
        self.merge()
        self.find_short_forms()
        for o in self.orgs:
            o.mentions.sort()
        return [o for o in self.orgs if o.mentions]


def _printed(tok: Token, row: dict, names: TokenMemo) -> str:
    """The form of ``tok`` as one of ``row``'s acronyms is printed (for exact matching);
    ``names`` tokenises the acronyms."""
    for a in row.get("abbr_en", []) + row.get("abbr_fr", []):
        for x in names(a):
            if x.norm == tok.norm:
                return x.text
    return tok.text
