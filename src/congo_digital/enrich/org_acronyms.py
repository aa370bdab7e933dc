"""Organisations found by name lists and acronyms: known bodies (``org_index``) and
"Full Name (ACR)" definitions.

A definition's long name starts where the capitals' initials best spell the acronym
(longest common subsequence, at least 60 %; "Ghana Cocoa Board (Cocobod)" goes on to the
left while capitalised words continue), or, failing that, at the start of the
capitalised run before "(" when the run holds an organisation keyword.  A country
defined this way ("Democratic Republic of the Congo (DRC)") is no organisation.
"""

from __future__ import annotations

from congo_digital.enrich.lexicon import first_name
from congo_digital.enrich.org_claims import Org, OrgClaims, is_org_keyword, plural_type
from congo_digital.enrich.org_index import is_acronym, lower_starts, printed_form, topic_row
from congo_digital.enrich.org_named import typed_after
from congo_digital.enrich.tokens import QUOTES, cue_set, cue_union, norm


def _genitive(c: OrgClaims, key: tuple[str, ...]) -> tuple[int, bool] | None:
    """In German, a name whose last word takes the genitive "-s"/"-es" ("des
    UN-Sicherheitsrats", "des Europäischen Parlaments"): the known entry of the base form."""
    last = key[-1]
    if c.lang != "de" or len(last) < 5 or not last.endswith("s"):
        return None
    for cut in (1, 2) if last.endswith("es") else (1,):
        e = c.table.get((*key[:-1], last[:-cut]))
        if e and not e[1]:  # names only: an acronym is printed as it is
            return e
    return None


def _known_at(c: OrgClaims, i: int) -> tuple[int, int] | None:
    """``(size, record index)`` of the longest known name or acronym at token ``i``:
    names from a capitalised first word (in German also in the genitive), acronyms as
    printed."""
    toks, n = c.toks, len(c.toks)
    first = toks[i].norm
    sizes = c.lengths.get(first, ())
    if c.lang == "de" and first.endswith("s"):
        sizes = tuple(sorted({*sizes, 1}, reverse=True))
    norms = c.doc.norms()
    for size in sizes:
        if size > n - i:
            continue
        key = tuple(norms[i : i + size])
        e = c.table.get(key) or _genitive(c, key)
        if not e:
            continue
        idx, exact = e
        idx = topic_row(c.lang, key, idx, c.doc.where()) if exact else idx  # "IOC" in an Olympics story
        span = toks[i : i + size]
        if exact and not all(x.text == printed_form(x, c.rows[idx], c.names) for x in span):
            continue
        if not exact and not span[0].cap:
            continue
        if exact and size == 1 and not is_acronym(span[0]) and not span[0].cap:
            continue
        return size, idx
    return None


def _inside_name(c: OrgClaims, i: int, size: int) -> bool:
    """True when the known name at ``[i, i + size)`` is part of a longer capitalised name
    of the same sentence: another name word before it ("Liberal Democrats", "Pakistan
    People's Party"; not a determiner or other stop capital), a linker after a capitalised
    word before it ("Department of Labor"), or a name word after it that is no role word
    ("Labour Day", "Labor Department"; but "Fed Chair").  A name the linker joins to
    another body's ("Forza Italia e Fratelli d'Italia") and a given name after the name
    ("di Fratelli d'Italia Marco Russo": a member's) leave it whole."""
    toks, n = c.toks, len(c.toks)
    sent = toks[i].sent
    stops = cue_union("stop_capitals", "determiners")
    k = i - 1
    if k >= 1 and toks[k].norm in cue_set("org_linkers") and toks[k - 1].sent == sent and (
            toks[k - 1].cap and toks[k - 1].is_word) and k - 1 not in c.claimed:
        return True
    if k >= 0 and toks[k].sent == sent and toks[k].cap and toks[k].is_word and toks[k].norm not in stops:
        return True
    e = i + size
    return e < n and toks[e].sent == sent and toks[e].cap and toks[e].is_word and (
        toks[e].norm.rstrip(".") not in cue_union("roles:heads", "roles:modifiers")) and not (
        first_name(toks[e].norm) and e + 1 < n and toks[e + 1].cap and toks[e + 1].sent == sent)


def _common_opening(c: OrgClaims, i: int, size: int) -> bool:
    """True when the one-word name at ``i`` opens its sentence (after any quotation mark)
    and the text also writes the word in lower case: a common word capitalised by its place
    ("Labour market watchers can relax" in a text on the "labour market"), not the party."""
    toks = c.toks
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES | {"'", "‘", "’"} and toks[k].sent == toks[i].sent:
        k -= 1
    return size == 1 and toks[i].norm in c.lower_words and (k < 0 or toks[k].sent != toks[i].sent)


def find_known(c: OrgClaims) -> None:
    """Claim the mentions of known organisations, longest match first, left to right; a
    political party's name (``family`` "party": "Labour", "Democrats") only when it is no
    part of a longer name (``_inside_name``)."""
    toks, lengths, german = c.toks, c.lengths, c.lang == "de"
    after = 0  # the first token after the last claimed mention
    # where ``_known_at`` has a key length to try: a first word of a known name (in German
    # also a word in "-s", a genitive), capitalised or of ``lower`` (few texts have one)
    lower = lower_starts(c.lang)  # (a word in lower case opens no name: "the" is read only capitalised)
    if german:
        starts = c.doc.having(lambda w: w in lengths or w.endswith("s"))
    else:  # (the words, by one intersection with the smaller set of the capitalised ones)
        starts = c.doc.starting({*(lengths.keys() & c.cap_words()), *(c.doc.where().keys() & lower)})
    for i in starts:
        t = toks[i]
        if not t.cap and t.norm not in lower:
            continue
        hit = None if i < after or t.ignored or not t.is_word or i in c.claimed else _known_at(c, i)
        if hit and c.rows[hit[1]].get("family") == "party" and (
                _inside_name(c, i, hit[0]) or _common_opening(c, i, hit[0])):
            continue
        if hit:
            size, idx = hit
            c.claim(c.get_known(idx), i, i + size)
            after = i + size


def _acronym_in_parens(c: OrgClaims, p: int) -> int | None:
    """The index of ")" when ``p`` opens "(ACR)": one to two words ending in an acronym
    (or one capitalised word of four letters or more); ``None`` otherwise."""
    toks, n = c.toks, len(c.toks)
    if toks[p].text != "(" or toks[p].ignored:
        return None
    q = p + 1
    while q < n and q < p + 4 and toks[q].text != ")":
        q += 1
    if q >= n or toks[q].text != ")" or q == p + 1:
        return None
    inner = toks[p + 1 : q]
    if not all(t.is_word for t in inner):
        return None
    acr_tok = inner[-1]
    single = len(inner) == 1 and acr_tok.cap and len(acr_tok.text) >= 4
    return q if is_acronym(acr_tok) or single else None


def _defined(c: OrgClaims, org: Org, p: int, q: int) -> None:
    """``org`` is defined by the acronym in ``(p, q)``: claim it; typed when an
    apposition follows ("(ACR), a start-up")."""
    c.claim(org, p + 1, q)
    org.defined = True
    org.typed = org.typed or typed_after(c, q + 1)


def _reclaim(c: OrgClaims, org: Org, start: int, end: int) -> None:
    """Give tokens ``[start, end)`` to ``org``, taking them from any other claim."""
    for k in range(start, end):
        c.claimed.pop(k, None)
    c.claim(org, start, end)


def _names_a_country(c: OrgClaims, start: int, p: int) -> bool:
    """True when the capitals of ``[start, p)`` are all inside country mentions."""
    span = range(start, p)
    return any(k in c.country_tok for k in span) and all(
        k in c.country_tok for k in span if c.toks[k].cap)


def _names_a_thing(c: OrgClaims, start: int, p: int) -> bool:
    """True when the name ``[start, p)`` ends in a word for a text, law or programme
    ("Sustainable Development Goals (SDGs)", "Digital Markets Act (DMA)"; ``cues.json``
    ``non_org_heads``): its acronym names no organisation."""
    words = [t for t in c.toks[start:p] if t.is_word]
    return bool(words) and words[-1].norm in cue_set("non_org_heads")


def _names_a_person(c: OrgClaims, start: int, p: int) -> bool:
    """True when the name ``[start, p)`` is a person's: two or three capitalised words, the
    first a given name (``lexicon.first_name``), none an organisation keyword; the
    parentheses then give their party ("Arthur Lira (PP-AL)", "Chuck Schumer (D-NY)")."""
    words = [t for t in c.toks[start:p] if t.is_word]
    return 2 <= len(words) <= 3 and all(t.cap for t in words) and first_name(words[0].norm) and not any(
        is_org_keyword(t) for t in words)


def _described_end(c: OrgClaims, start: int, p: int, acr: str) -> int:
    """End of the long name ``[start, p)`` before "(ACR)": at a conjunction after which
    only lower-case words come that add no letter of the acronym ``acr`` to the initials
    (``_lcs``): "Instituto Antártico de Chile y veterano investigador antártico (Inach)", a
    description of someone follows the name; "Haut Conseil de l'évaluation de la recherche
    et de l'enseignement supérieur (HCERES)" is one name. Else ``p``."""
    toks = c.toks
    m = next((m for m in range(start + 1, p - 1) if toks[m].norm in cue_set("conjunctions")), None)
    if m is None or any(t.cap for t in toks[m + 1:p]):
        return p
    letters, function_words = _acronym_letters(acr), cue_set("org_function_words")

    def spelt(end: int) -> int:
        return _lcs(letters, "".join(norm(t.text[0]) for t in toks[start:end]
                                     if t.is_word and t.norm not in function_words))
    return m if spelt(m) >= spelt(p) else p


def _define(c: OrgClaims, p: int, q: int) -> None:
    """Read the definition "Long Name (ACR)" whose acronym is in ``(p, q)``."""
    inner = c.toks[p + 1 : q]
    acr_text = c.doc.span_text(p + 1, q)
    # Known organisation named in the parentheses: the long form is an alias.
    known = c.table.get(tuple(t.norm for t in inner))
    if known and (p - 1) in c.claimed:
        org = c.get_known(known[0])
        if c.claimed[p - 1] is org:
            _defined(c, org, p, q)
            return
    start = best_start(c, p, inner[-1].text)
    if start is not None and start < p - 2 and plural_type(c, start):
        start += 1  # "Menschenrechtsorganisationen Palestinian Center for Human Rights (PCHR)"
    if start is None or _names_a_country(c, start, p) or _names_a_thing(c, start, p) or (
            _names_a_person(c, start, p)):
        return
    end = _described_end(c, start, p, inner[-1].text)
    long_name = c.doc.span_text(start, end)
    if known:
        org = c.get_known(known[0])
        if norm(long_name) != norm(org.name):
            org.aliases.append(long_name)
        _reclaim(c, org, start, end)
    else:
        existing = c.claimed.get(start)
        if existing is not None:
            org = existing
        else:
            org = Org(long_name)
            c.orgs.append(org)
            _reclaim(c, org, start, end)
        if acr_text not in org.acronyms:
            org.acronyms.append(acr_text)
    _defined(c, org, p, q)


def find_defined(c: OrgClaims) -> None:
    """"Full Name (ACR)" definitions: the long name and the acronym become one
    organisation (a known one when either is known); then "ACR (Full Name)" ones."""
    toks = c.toks
    opens = c.doc.where().get("(", [])  # both forms need a parenthesis (a "(" token's norm is "(")
    for p in opens:
        if 1 <= p < len(toks) - 2:
            q = _acronym_in_parens(c, p)
            if q is not None:
                _define(c, p, q)
    for p in opens:
        if 1 <= p < len(toks) - 2:
            _define_after(c, p - 1)


def _define_after(c: OrgClaims, a: int) -> None:
    """"the PTI (Pakistan Tehreek-e-Insaf)": an unclaimed acronym at ``a`` followed by
    capitalised words in parentheses (one sentence, at most 14 tokens) whose initials
    spell it (``_lcs`` over 0.6 of its letters, same first letter)."""
    toks, n = c.toks, len(c.toks)
    if a in c.claimed or a in c.country_tok or not is_acronym(toks[a]) or (
            toks[a + 1].text != "(" or not toks[a + 2].cap):
        return
    q = a + 2
    while q < n and q < a + 16 and toks[q].text != ")" and toks[q].sent == toks[a].sent:
        q += 1
    if q >= n or toks[q].text != ")" or any(k in c.claimed for k in range(a + 2, q)):
        return
    function_words = cue_set("org_function_words")
    words = [t for t in toks[a + 2 : q] if t.is_word and t.norm not in function_words]
    letters = _acronym_letters(toks[a].text)
    initials = "".join(norm(t.text[0]) for t in words)
    if not initials or initials[0] != letters[0] or _lcs(letters, initials) < 0.6 * len(letters):
        return
    org = Org(" ".join(c.doc.span_text(a + 2, q).split()))
    org.acronyms.append(toks[a].text)
    org.defined = True
    c.orgs.append(org)
    c.by_name[norm(org.name)] = org
    c.claim(org, a, a + 1)
    c.claim(org, a + 2, q)


def _acronym_letters(acr: str) -> str:
    ups = [c for c in acr if c.isupper()]
    return "".join(ups).lower() if len(ups) >= 2 else acr.lower()


def _lcs(a: str, b: str) -> int:
    """Length of the longest common subsequence of ``a`` and ``b``."""
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for k, cb in enumerate(b):
            cur.append(prev[k] + 1 if ca == cb else max(prev[k + 1], cur[k]))
        prev = cur
    return prev[-1]


def _word_run_start(c: OrgClaims, p: int) -> int:
    """Start of the run of words (at most 14, one sentence, not ignored; "&" inside:
    "Industrial Light & Magic"; a comma between capitalised words: "Immigration, Refugees
    and Citizenship Canada") before ``p``."""
    toks = c.toks
    lo = max(0, p - 14)
    k = p - 1
    while k >= lo and (toks[k].is_word or toks[k].text == "&" or toks[k].text == "," and k > lo and (
            _listed(c, k, p))) and toks[k].sent == toks[p].sent and not toks[k].ignored:
        k -= 1
    return k + 1


def _listed(c: OrgClaims, k: int, p: int) -> bool:
    """The comma at ``k`` separates capitalised words of one name listing its parts, a
    conjunction before ``p`` ("Immigration, Refugees and Citizenship Canada"); not after a
    country ("Francji, Partia ..."), nor between a name and another ("Büro für X, US Bureau
    of Y": no conjunction)."""
    toks = c.toks
    return toks[k - 1].cap and toks[k - 1].is_word and toks[k + 1].cap and (k - 1) not in c.country_tok and any(
        toks[m].norm in cue_set("conjunctions") for m in range(k + 2, p))


def _initials_start(c: OrgClaims, p: int, first: int, acr: str) -> int | None:
    """The capitalised word in ``[first, p)`` from which the initials best spell ``acr``
    (score 0.6 or more), or ``None``.  Of two starts that spell it as well, the one whose
    initials hold fewer letters the acronym does not take: "a proposed European law on
    software will not be redrafted by the European Commission (EC)" defines "European
    Commission", where "European law ... Commission" spells "EC" too; then the first."""
    toks = c.toks
    letters, function_words = _acronym_letters(acr), cue_set("org_function_words")
    best: tuple[float, int, int, int] | None = None
    for j in range(p - 1, first - 1, -1):
        if not toks[j].cap or toks[j].norm in cue_set("determiners") or (
                toks[j].norm.endswith("'")):
            continue
        words = [t for t in toks[j:p] if t.is_word and t.norm not in function_words]
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
        cand = (score, lcs, lcs - len(initials), -j)
        if best is None or cand > best:
            best = cand
    return -best[3] if best and best[0] >= 0.6 else None


def _extend_left(c: OrgClaims, j: int, first: int) -> int:
    """"Ghana Cocoa Board (Cocobod)": the name goes on to the left over capitalised
    words (not stop capitals, determiners, demonyms or elided words)."""
    toks = c.toks
    while j - 1 >= first and toks[j - 1].cap and toks[j - 1].norm not in cue_union(
            "stop_capitals", "determiners") and (
            j - 1) not in c.demonym_tok and not toks[j - 1].norm.endswith("'"):
        j -= 1
    return j


def _keyword_run_start(c: OrgClaims, p: int, first: int) -> int | None:
    """The capitalised run right before "(" when it has an organisation keyword."""
    toks = c.toks
    j = p - 1
    while j >= first and (toks[j].cap or toks[j].norm in cue_set("org_linkers")):
        j -= 1
    j += 1
    while j < p and not toks[j].cap:
        j += 1
    if j < p and toks[j].norm in cue_set("determiners"):
        j += 1
    if p - j >= 2 and any(is_org_keyword(t) for t in toks[j:p]):
        return j
    return None


def best_start(c: OrgClaims, p: int, acr: str) -> int | None:
    """Where the long name defined by acronym ``acr`` (in parentheses at ``p``) starts,
    or ``None`` when no name before ``p`` fits."""
    first = _word_run_start(c, p)
    j = _initials_start(c, p, first, acr)
    if j is not None:
        return _extend_left(c, j, first)
    return _keyword_run_start(c, p, first)
