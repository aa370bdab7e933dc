"""Organisations found by their other forms: later mentions by part of a name or by an
acronym, unknown ALL-CAPS names printed twice; and the merging of an organisation found
by part of another's name into it.  One-word company names that act are ``org_single``'s.
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.countries import gazetteer
from congo_digital.enrich.lexicon import zipf
from congo_digital.enrich.org_claims import Org, OrgClaims
from congo_digital.enrich.org_parts import fold, merge_variants, part_reading
from congo_digital.enrich.org_titles import whole_title
from congo_digital.enrich.role_titles import is_head, opens_joined_title
from congo_digital.enrich.tokens import cue_set, norm, role_words
from congo_digital.vocab import phrase_set

_MAX_FORM_WORDS = 12
CAPS_WORD_ZIPF = 4.5  # wordfreq Zipf from which an ALL-CAPS word is a word ("ORDER"; "NASA" 4.3)

Forms = dict[tuple[str, ...], list[Org]]


def _acronym_tails(c: OrgClaims, o: Org) -> set[tuple[str, ...]]:
    """A known body printed as an acronym and a tail ("UN Security Council",
    "UN-Sicherheitsrat") is named later by the tail alone ("the Security Council", "der
    Sicherheitsrat"): the tails of its mentions, capitalised, of six letters or more, no
    role compound ("UN-Botschafter" names the UN)."""
    out: set[tuple[str, ...]] = set()
    for a, b in o.mentions:
        first = c.toks[a]
        if b - a == 1 and "-" in first.text:
            head, tail = first.text.split("-", 1)
            if _acronym(head) and tail[:1].isupper() and len(tail) >= 6 and not is_head(first):
                out.add((norm(tail),))
        elif b - a >= 3 and _acronym(first.text) and all(t.cap for t in c.toks[a + 1:b]):
            out.add(tuple(t.norm for t in c.toks[a + 1:b]))
    return out


def _org_forms(c: OrgClaims, o: Org, generic: frozenset[str]) -> tuple[
        list[tuple[str, ...]], list[tuple[tuple[str, ...], str]]]:
    """The forms that may refer to ``o`` later, in order: for a found (not known) name
    with a capital first word, its leading and trailing parts (not only generic words,
    not starting or ending with a linker, ``org_parts.distinctive``) and the whole name; its
    acronyms; and each acronym's key with its printed text ("UN", not "Un")."""
    forms: list[tuple[str, ...]] = []
    printed: list[tuple[tuple[str, ...], str]] = []
    words = [x for x in c.names(o.name) if x.is_word]
    norms = [x.norm for x in words]
    linkers = cue_set("org_linkers")
    for size in range(1, len(norms)) if not o.known and words[0].cap else ():
        for part, trailing in ((tuple(norms[:size]), False), (tuple(norms[-size:]), True)):
            if part[0] in linkers or part[-1] in linkers or generic.issuperset(part):
                continue
            if part_reading(c, o.name, words, size, trailing):
                forms.append(part)
    if not o.known and norms and words[0].cap:
        forms.append(tuple(norms))
    if o.known:
        forms.extend(_acronym_tails(c, o))
    for a in o.acronyms:
        key = tuple(x.norm for x in c.names(a))
        forms.append(key)
        printed.append((key, " ".join(x.text for x in c.names(a))))
    return forms, printed


def _add_forms(c: OrgClaims, o: Org, forms: Forms, generic: frozenset[str],
               printed: dict[tuple[str, ...], list[str]]) -> None:
    """Register ``o``'s forms (``_org_forms``) in ``forms`` and its acronyms' printed texts
    in ``printed`` (key -> the acronyms as printed, one per form added).  The forms are
    read again only when what they are read from changed (name, known, acronyms, and a
    known body's mentions): ``find_short_forms`` runs twice a text."""
    seen = c.org_forms.get(id(o))
    state = (o.name, o.known, tuple(o.acronyms), tuple(o.mentions) if o.known else None)
    if seen is None or seen[0] is not o or seen[1] != state:
        seen = (o, state, *_org_forms(c, o, generic))
        c.org_forms[id(o)] = seen
    for form in seen[2]:
        forms.setdefault(form, []).append(o)
    for key, text in seen[3]:
        printed.setdefault(key, []).append(text)


@cache
def _generic() -> frozenset[str]:
    """The words that are no organisation's short form on their own."""
    generic = cue_set("org_keywords") | cue_set("org_function_words") | cue_set("determiners")
    return generic | cue_set("non_name") | cue_set("stop_capitals") | cue_set("org_generic_words")


@cache
def _stop_after() -> frozenset[str]:
    """The words (role heads and modifiers, stop capitals) after which a form does not continue."""
    return role_words("heads") | role_words("modifiers") | cue_set("stop_capitals")


def _short_forms(c: OrgClaims) -> tuple[Forms, dict[tuple[str, ...], set[str]]]:
    """The forms of the organisations found so far (see ``_add_forms``), up to 12 words:
    longer names are not organisation names (hostile or broken text), and bounding the
    window keeps the pass linear in the text; and the forms that are only acronyms, with
    their printed texts (matched as printed, in capitals)."""
    forms: Forms = {}
    printed: dict[tuple[str, ...], list[str]] = {}
    generic = _generic()
    for o in c.orgs:
        if o.mentions:
            _add_forms(c, o, forms, generic, printed)
    # forms that are an acronym only (no name part has the same words) match as printed
    acronyms = {k: set(v) for k, v in printed.items() if len(forms[k]) == len(v)}
    return {f: orgs for f, orgs in forms.items() if len(f) <= _MAX_FORM_WORDS}, acronyms


def _only(cands: list[Org] | None) -> Org | None:
    """The organisation when ``cands`` all name the same one."""
    if cands and len({id(o) for o in cands}) == 1:
        return cands[0]
    return None


class _FormScan:
    """One left-to-right scan of the text for the forms of ``_short_forms``."""

    def __init__(self, c: OrgClaims, forms: Forms, acronyms: dict[tuple[str, ...], set[str]]) -> None:
        self.c = c
        self.forms = forms
        self.acronyms = acronyms
        self.longest = max((len(f) for f in forms), default=0)
        self.prefixes = {f[:k] for f in forms for k in range(1, len(f) + 1)}
        self.stop_after = _stop_after()

    def _window(self, i: int) -> tuple[int, int]:
        """The capitalised window from ``i`` (``j``), and ``m``: forms can only end up to
        ``m``, past it no form continues the window."""
        toks, n, claimed = self.c.toks, len(self.c.toks), self.c.claimed
        j = i
        while j < n and j < i + self.longest and toks[j].cap and j not in claimed and (
                not toks[j].ignored):
            j += 1
        m = i
        key: tuple[str, ...] = ()
        while m < j:
            key = (*key, toks[m].norm)
            if key not in self.prefixes:
                break
            m += 1
        return j, m

    def _match(self, i: int) -> int | None:
        """Claim the longest form at ``i`` naming one organisation (not followed by
        another name word: "Lumbo Norte" is not "Lumbo (Offshore)"); its end, or ``None``."""
        c, toks = self.c, self.c.toks
        j, m = self._window(i)
        for e in range(m, i, -1):
            key = tuple(x.norm for x in toks[i:e])
            cands = self.forms.get(key)
            if e < j and toks[e].norm.rstrip(".") not in self.stop_after:
                continue
            if key in self.acronyms and " ".join(x.text for x in toks[i:e]) not in self.acronyms[key]:
                continue  # an acronym matches as printed: "UN", not "Un grupo"
            if e == i + 1 and opens_joined_title(toks, i):
                continue  # "Police and Crime Commissioner": a title's word, not "Merseyside Police"
            org = _only(cands)
            if org is not None:
                c.claim(org, i, e)
                alias = c.doc.span_text(i, e)
                if norm(alias) != norm(org.name) and alias not in org.acronyms:
                    org.aliases.append(alias)
                return e
        return None

    def _hyphen_compound(self, i: int) -> None:
        """"HWI-Geschäftsführerin": an acronym or name part before a hyphen is a mention;
    of a known body only in a role compound ("UN-Botschafter")."""
        text = self.c.toks[i].text
        if "-" not in text:
            return
        head = text.split("-", 1)[0]
        if head not in self.acronyms.get((norm(head),), {head}):
            return  # an acronym matches as printed
        org = _only(self.forms.get((norm(head),)))
        if org is not None and org.known and not is_head(self.c.toks[i]):
            return  # "UN-Gericht", "UN-Menschenrechtsrat": a body of its own, not the UN
        if org is not None:
            org.mentions.append((i, i + 1))
            self.c.claimed[i] = org

    def run(self) -> None:
        """Scan the text once, left to right, from each capitalised token a form starts with
        or that holds a hyphen (``_hyphen_compound``): at the others nothing matches."""
        c, toks = self.c, self.c.toks
        firsts = {f[0] for f in self.forms if f}  # (a one-word prefix of a form is its first word)
        capitals = c.cap_words()  # (the words of the capitalised tokens: the others are passed over)
        after = 0  # the first token after the last form matched
        for i in c.doc.starting(capitals.intersection(firsts).union([w for w in capitals if "-" in w])):
            t = toks[i]
            if i < after or t.ignored or not t.cap or i in c.claimed or i in c.country_tok:
                continue
            end = self._match(i) if t.norm in firsts else None  # no form starts with another word
            if end is not None:
                after = end
                continue
            self._hyphen_compound(i)


def find_short_forms(c: OrgClaims) -> None:
    """Later mentions by a leading or trailing part of a name ("Savanna", "Fès-Atlas")
    or by ACRONYM-word compounds ("HWI-Geschäftsführerin")."""
    _FormScan(c, *_short_forms(c)).run()


def find_caps(c: OrgClaims) -> None:
    """Unknown all-capitals names (FESPACO) printed at least twice in running text: four
    letters or more (three letters printed three times or more, once before a verb:
    "EDF said"), not a
    common abbreviation (``cues.json`` ``caps_non_names``), a news agency
    (``agencies.json``: a source, not an actor) or a common word set in capitals ("FROM",
    "ORDER", "BREAKING": wordfreq Zipf ``CAPS_WORD_ZIPF`` or more)."""
    counts: dict[str, list[int]] = {}
    stop = _caps_stop()
    for k in c.uppers():
        t = c.toks[k]
        if t.ignored or k in c.claimed or k in c.country_tok:
            continue
        if len(t.text) < 3 or t.norm in stop or not t.text.isalpha() or zipf(t.norm, c.doc.lang) >= CAPS_WORD_ZIPF:
            continue
        counts.setdefault(t.text, []).append(k)
    compound = _compound_acronyms(c)
    for text, ks in [*counts.items(), *compound.items()]:
        if len(text) == 3 and text not in compound and not (len(ks) >= 3 and _acts(c, ks)):
            continue
        if len(ks) >= 2 and c.same_name(text) is None:
            org = Org(text)
            org.acronyms.append(text)
            c.orgs.append(org)
            c.by_name[norm(text)] = org
            for k in ks:
                c.claim(org, k, k + 1)


@cache
def _caps_stop() -> frozenset[str]:
    """The capitals ``find_caps`` takes for no name: common abbreviations (``cues.json``
    ``caps_non_names``) and news agencies (``agencies.json``), joined once per process."""
    return cue_set("caps_non_names") | phrase_set("agencies")


@cache
def _act_verbs() -> frozenset[str]:
    """The verbs a body's name is the subject of (``_acts``), "a" aside."""
    return (cue_set("speech_verbs") | cue_set("name_subject_verbs")) - {"a"}


def _acts(c: OrgClaims, ks: list[int]) -> bool:
    """One of the mentions at ``ks`` speaks or acts ("EDF said", "CDU fordert";
    ``cues.json`` ``speech_verbs``, ``name_subject_verbs``): a body, not a term ("SQL is")."""
    toks, n = c.toks, len(c.toks)
    verbs = _act_verbs()
    return any(k + 1 < n and toks[k + 1].norm in verbs and toks[k + 1].sent == toks[k].sent for k in ks)


def _acronym(text: str) -> bool:
    """Two to five letters, capitals at both ends and at least two of them ("CDU", "AfD")."""
    return (2 <= len(text) <= 5 and text.isalpha() and text[0].isupper() and text[-1].isupper()
            and sum(ch.isupper() for ch in text) >= 2)


def _compound_acronyms(c: OrgClaims) -> dict[str, list[int]]:
    """Short acronyms that open hyphenated role compounds ("CDU-Spitzenkandidat",
    "AfD-Chef"): the body a role holder belongs to.  Each maps to its token indices, the
    role compounds and the acronym printed alone; an acronym in no role compound is left
    out ("MDR-Studio"), as are common abbreviations and country codes ("US-Präsident").
    The role compounds are looked for first, among the capitalised tokens of the words
    holding a hyphen (a hyphen in a token's text is one in its norm, ``Doc.hyphenated``);
    a text with none (most) has no such acronym, and its other capitals are not read."""
    hyphened = {w for w in c.cap_words() if "-" in w}
    if not hyphened:
        return {}
    toks = c.toks
    compound: dict[str, list[int]] = {}
    for k in c.doc.starting(hyphened):
        t = toks[k]
        if t.cap and "-" in t.text and _acronym_head(c, k) and is_head(t):
            compound.setdefault(t.text.split("-", 1)[0], []).append(k)
    if not compound:
        return {}
    alone: dict[str, list[int]] = {}
    for k in c.doc.capitalised():
        t = toks[k]
        if "-" not in t.text and len(t.text) <= 5 and t.text[-1].isupper() and t.text in compound and (
                _acronym_head(c, k)):
            alone.setdefault(t.text, []).append(k)
    return {a: sorted(ks + alone.get(a, [])) for a, ks in compound.items()}


def _acronym_head(c: OrgClaims, k: int) -> bool:
    """The capitalised token at ``k``, not ignored, claimed or a country's, opens with an
    acronym (``_acronym``; before a hyphen, if any) that is no common abbreviation
    (``cues.json`` ``caps_non_names``) nor a country's code ("US")."""
    t = c.toks[k]
    if t.ignored or k in c.claimed or k in c.country_tok:
        return False
    head = t.text.split("-", 1)[0]
    low = head.lower()
    return _acronym(head) and low not in cue_set("caps_non_names") and (low,) not in gazetteer()[0]


def merge(c: OrgClaims) -> None:
    """Fold an organisation found by a leading or trailing part of another's name
    ("Copper Stars" in "Ndola Copper Stars") into the longer one, when the part can
    stand for it (``org_parts.distinctive``: not "Lindi" in "Lindi Municipal Council"); one found
    by a part that is a place (``org_parts.place_part``) names the place: it is dropped;
    then spellings of one name (``org_parts.merge_variants``)."""
    toks = {id(o): [t for t in c.names(o.name) if t.is_word] for o in c.orgs}
    words = {k: tuple(t.norm for t in v) for k, v in toks.items()}
    parts: Forms = {}
    places: set[tuple[str, ...]] = set()
    for big in c.orgs:
        bw, bt = words[id(big)], toks[id(big)]
        for size in range(1, len(bw) if big.mentions else 0):
            for part, trailing in ((bw[:size], False), (bw[-size:], True)):
                if part_reading(c, big.name, bt, size, trailing):
                    parts.setdefault(part, []).append(big)
                elif part_reading(c, big.name, bt, size, trailing, place=True):
                    places.add(part)
    for o in sorted(c.orgs, key=lambda x: len(words[id(x)])):
        if o.known or not o.mentions or whole_title(o.name):
            continue  # (a publication of ``org_titles`` is whole: "Le Monde", "Le Monde diplomatique")
        if words[id(o)] in places - parts.keys():
            for a, b in o.mentions:
                for k in range(a, b):
                    c.claimed.pop(k, None)
            o.mentions = []
            continue
        for big in parts.get(words[id(o)], ()):
            if big is o or not big.mentions:
                continue
            fold(c, big, o)
            break
    merge_variants(c)
