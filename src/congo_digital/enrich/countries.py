"""Country mentions: names, demonyms and capitals in en/fr/es/pt/de/it, with the two Congos.

Sources of the gazetteer (built lazily, cached):

* ``pycountry`` ISO 3166-1 ``name``/``official_name``/``common_name`` and its French
  gettext translations (inverted forms such as "Congo, The Democratic Republic of the"
  are skipped);
* CLDR territory names through ``babel`` for en, fr, es, pt, de, it (``"Congo - Kinshasa"``
  also as ``"Congo-Kinshasa"``; ``"Myanmar (Burma)"`` as both names);
* ``data/demonyms.json`` (en, fr; mledoze/countries, ODbL) with generated plurals, and
  ``data/places.json`` (project data: aliases such as DRC/RDC/U.S., capitals, cities,
  es/pt/de/it demonyms with generated inflections; the Italian ones in lower case only).

A bare "Congo"/"Congolese"/"congolais" is ambiguous: it is resolved to CG or CD only when
the article itself names one of them unambiguously (Brazzaville, Republic of Congo ...
versus Kinshasa, DRC, Democratic Republic ...), never by default.
"""

from __future__ import annotations

from functools import cache

from congo_digital.bcp47 import primary_subtag
from congo_digital.cache import SlicedTable, cached_data
from congo_digital.enrich.country_german import german_form, german_starts, stem_key
from congo_digital.enrich.country_regions import add_regions, drop_homonyms
from congo_digital.enrich.country_surnames import drop_surnames
from congo_digital.enrich.tokens import Doc, Token, cue_set, tokenize
from congo_digital.vocab import load_json

AMBIGUOUS = "?"  # code of a mention that may be CG or CD
GAZETTEER_LANGUAGES = ("en", "fr", "es", "pt", "de", "it")  # the languages of CLDR's names read


class CountryMention:
    """Tokens ``[i, j)`` naming country ``code``; ``kind`` is name|demonym|capital|city|seat
    (a seat of government standing for the state: "the Kremlin", "Downing Street") or
    compound (a German compound's first part, "US-Präsident": ``country_german``).  The
    gazetteer's ``region`` entries (a subdivision named after another state: "Northern
    Ireland", "New Mexico") are read whole and make no mention."""

    __slots__ = ("i", "j", "code", "kind")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self, i: int, j: int, code: str, kind: str) -> None:
        self.i = i
        self.j = j
        self.code = code
        self.kind = kind


def _variants(name: str) -> list[str]:
    out = [name]
    if " - " in name:
        out.append(name.replace(" - ", "-"))
        out.append(name.replace(" - ", " "))
    if "(" in name and name.endswith(")"):
        head, _, inner = name.partition("(")
        out += [head.strip(), inner[:-1].strip()]
    if "&" in name:
        out.append(name.replace("&", "and"))
    if name.startswith(("St. ", "St ")):
        out.append("Saint " + name.split(" ", 1)[1])
    return [o for o in out if o]


def _inflect(base: str, lang: str) -> list[str]:
    """Gender/number forms of an es/pt/de/it demonym base form."""
    forms = [base]
    if lang == "it":  # "tedesco" -> "tedeschi", "italiano" -> "italiana", "francese" -> "francesi",
        # "belga" -> "belgi"; other forms are listed as they are ("greci", "austriaci")
        ends = {"o": ("a", "hi", "he") if base.endswith("co") else ("a", "i", "e"), "e": ("i",), "a": ("i", "e")}
        forms += [base[:-1] + e for e in ends.get(base[-1:], ())]
    elif lang == "de":
        forms += [base + e for e in ("e", "en", "er", "es", "em")]
    elif lang == "fr":
        forms += [base + "s"]
    elif base.endswith("o"):
        forms += [base[:-1] + e for e in ("a", "os", "as")]
    elif base.endswith(("és", "ês")):
        stem = base[:-2] + "es"
        forms += [stem + "a", stem + "es", stem + "as"]
    elif base.endswith("ão"):
        forms += [base[:-2] + "ã", base[:-2] + "ães"]
    elif base.endswith("í"):
        forms += [base + "es"]
    elif base.endswith(("e", "a")):
        forms += [base + "s"]  # "canadiense", "belga", "croata": one form for both genders
    else:
        forms += [base + "a", base + "es", base + "as"]
    return forms


Entry = tuple[str, str, str]


class _Gazetteer:
    """The gazetteer being built: ``entries`` maps normalised token tuples to ``(code,
    kind, case)``; ``ambiguous`` are the forms that may be either Congo."""

    def __init__(self, ambiguous: set[str], english: set[tuple[str, ...]]) -> None:
        self.ambiguous = ambiguous
        self.english = english
        self.entries: dict[tuple[str, ...], Entry] = {}
        self.langs: dict[tuple[str, ...], set[str]] = {}
        self.free: set[tuple[str, ...]] = set()

    def add(self, name: str, code: str, kind: str, force: bool = False, lang: str | None = None,
            case: str | None = None) -> None:
        """Add ``name`` and its variants; a name replaces a demonym or place of the same
        form, ``force`` replaces anything.  ``lang``: the language of a name that is no
        English one (``english``); a form first met so ("Island", de; "Maurice", fr) is
        read in that language's text only (``langs``), while forms met without one
        (English names, places, demonyms, aliases) are read in any text (``free``).
        ``case``: how the form must be printed (``gazetteer``), when not as ``name`` is."""
        entries = self.entries
        for v in _variants(name):
            toks = tuple(t.norm for t in tokenize(v))
            if not toks:
                continue
            key_text = " ".join(toks)
            if key_text.startswith("the ") and kind == "name":
                toks = toks[1:]
                key_text = key_text[4:]
            if lang is None or toks in self.english:
                self.free.add(toks)
            elif toks not in self.free:
                self.langs.setdefault(toks, set()).add(lang)
            c = AMBIGUOUS if key_text in self.ambiguous else code
            exact = kind == "name" and any(t.isupper() and len(t) > 1 for t in v.split())
            case = case or ("exact" if exact else "cap" if v[:1].isupper() else "any")
            if force or toks not in entries or entries[toks][1] != "name" and kind == "name":
                entries[toks] = (c, kind, case)
            elif case == "any" and entries[toks][1] == kind == "demonym":
                entries[toks] = (entries[toks][0], kind, "any")  # fr "burkinabè" = en form


_PLACE_KINDS = {"cities": "city", "capitals": "capital", "seats": "seat"}


def _add_places(g: _Gazetteer, places: dict) -> None:
    """Cities, capitals and seats of government ("Kremlin", "Downing Street") of
    ``places.json``."""
    for kind_key, kind in _PLACE_KINDS.items():
        for code, names in places[kind_key].items():
            for n in names:
                g.add(n, code, kind)


def _add_demonyms(g: _Gazetteer, places: dict) -> None:
    """English and French demonyms (``demonyms.json``, with plurals), then the es/pt/de/it
    bases of ``places.json`` with their inflections.  The Italian forms are read in Italian
    text only (or a text of no language of ``GAZETTEER_LANGUAGES``), and only in lower case,
    as Italian prints its demonyms: capitalised, "Russo", "Greco", "Tedesco", "Albanese"
    are surnames."""
    for code, langs in load_json("demonyms.json").items():
        for forms in langs.values():
            for f in forms:
                if f in ("Central African",):
                    continue  # also the region ("Central African backbones")
                plural = f if f.endswith(("ese", "ss", "sh", "ch", "s", "x")) else f + "s"
                g.add(f, code, "demonym")
                g.add(plural, code, "demonym")
    for lang, table in places["demonyms"].items():
        for code, bases in table.items():
            for b in bases:
                for f in _inflect(b, lang):
                    g.add(f, code, "demonym", **({"lang": lang, "case": "lower"} if lang == "it" else {}))


def _add_iso_names(g: _Gazetteer) -> None:
    """ISO 3166-1 names (pycountry) and their French translations; inverted forms
    ("Congo, The Democratic Republic of the") are skipped."""
    import pycountry

    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            n = getattr(c, attr, None)
            if n and "," not in n:
                g.add(n, c.alpha_2, "name")
    try:
        import gettext

        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        for c in pycountry.countries:
            for attr in ("name", "official_name"):
                n = getattr(c, attr, None)
                if n:
                    t = fr.gettext(n)
                    if t and "," not in t:
                        g.add(t, c.alpha_2, "name", lang="fr")
    except OSError:  # pragma: no cover - translations missing
        pass


def _add_cldr_names(g: _Gazetteer) -> None:
    """CLDR territory names (babel) in en, fr, es, pt, de, it, for ISO countries and Kosovo."""
    import pycountry
    from babel import Locale

    valid = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    for lang in GAZETTEER_LANGUAGES:
        for code, n in Locale(lang).territories.items():
            if code in valid:
                g.add(n, code, "name", lang=None if lang == "en" else lang)


def _english_keys() -> set[tuple[str, ...]]:
    """The token keys of the English names (pycountry's ISO names, CLDR's English territory
    names, with their variants): the forms that are read in text of any language."""
    import pycountry
    from babel import Locale

    names = [getattr(c, a, None) for c in pycountry.countries
             for a in ("name", "official_name", "common_name")]
    names += list(Locale("en").territories.values())
    keys = set()
    for n in names:
        for v in _variants(n) if n and "," not in n else []:
            toks = tuple(t.norm for t in tokenize(v))
            keys.add(toks[1:] if toks[:1] == ("the",) else toks)
    return keys


def _add_aliases(g: _Gazetteer, places: dict) -> None:
    """The aliases of ``places.json`` (DRC, RDC, U.S. ...), over any other entry, and the
    ambiguous Congo forms last."""
    for code, names in places["country_aliases"].items():
        for n in names:
            g.add(n, code, "name", force=True)
    for k in g.ambiguous:
        toks = tuple(t.norm for t in tokenize(k))
        kind = "demonym" if k not in ("congo", "kongo", "the congo") else "name"
        case = "cap" if kind == "name" or k == "congolese" else "any"
        g.entries[toks] = (AMBIGUOUS, kind, case)


@cache
def gazetteer() -> tuple[SlicedTable, int]:
    """Map normalised token tuples to ``(code, kind, case)`` (``get`` and ``in``, as a
    dict's); also the longest key.  Built once (``_build_gazetteer``) into the per-user
    cache (``congo_digital.cache``), in slices read when first asked for.

    ``case`` is ``"exact"`` for acronyms (``US``, ``DRC``: only as printed), ``"cap"`` for
    names and English demonyms (capital first letter), ``"any"`` for French, Spanish,
    Portuguese and German demonyms (lower-case adjectives, capitalised nouns), ``"lower"``
    for such a demonym that is also another country's subdivision ("indiana", not "Indiana").
    """
    slices, longest, _ = _stored()
    return SlicedTable(slices), longest


@cache
def foreign_names() -> dict[tuple[str, ...], list[str]]:
    """The gazetteer's keys that only other languages' names gave, with those languages
    (``("island",)`` -> ``["de"]``, ``("maurice",)`` -> ``["fr"]``): in text of another of
    ``GAZETTEER_LANGUAGES`` they name no country ("Long Island", "Maurice Greene")."""
    return _stored()[2]


@cache
def _stored() -> tuple[dict[str, bytes], int, dict[tuple[str, ...], list[str]]]:
    return cached_data("gazetteer-slices", _build_slices)


def _build_slices() -> tuple[dict[str, bytes], int, dict[tuple[str, ...], list[str]]]:
    entries, longest, langs = _build_gazetteer()
    return SlicedTable.store(entries), longest, langs


def _build_gazetteer() -> tuple[dict[tuple[str, ...], Entry], int, dict[tuple[str, ...], list[str]]]:
    """The gazetteer (``gazetteer``) from ``places.json``, ``demonyms.json``, pycountry and CLDR,
    without the territories where no state acts (``places.json`` ``not_states``), and the
    languages of the keys only other languages' names gave (``foreign_names``)."""
    places = load_json("places.json")
    g = _Gazetteer(set(places["ambiguous"]), _english_keys())
    _add_places(g, places)
    _add_demonyms(g, places)
    _add_iso_names(g)
    _add_cldr_names(g)
    _add_aliases(g, places)
    add_regions(g.entries)
    stateless = set(places["not_states"])  # Antarctica and uninhabited islands: no state acts
    entries = {k: e for k, e in g.entries.items() if e[0] not in stateless}
    langs = {k: sorted(v) for k, v in g.langs.items() if k not in g.free and k in entries}
    return entries, max(len(k) for k in entries), langs


@cache
def _lengths() -> dict[str, tuple[int, ...]]:
    """The lengths of the gazetteer's keys by first token, longest first (kept in the
    per-user cache beside the gazetteer)."""
    return cached_data("gazetteer-lengths", _build_lengths)


@cache
def _seconds() -> dict[str, frozenset[str]]:
    """The first tokens of the gazetteer's keys that open no one-token key ("the", "new"),
    each with the second tokens of its keys: a mention starts there only before one of
    those (kept in the per-user cache beside the gazetteer)."""
    return cached_data("gazetteer-seconds", _build_seconds)


def _build_seconds() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for key in gazetteer()[0]:  # (every slice read: once, when the cache is built)
        if 1 not in _lengths()[key[0]]:
            out.setdefault(key[0], set()).add(key[1])
    return {k: frozenset(v) for k, v in out.items()}


def _build_lengths() -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for key in gazetteer()[0]:
        out.setdefault(key[0], set()).add(len(key))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


def _ok_case(tokens: list[Token], i: int, j: int, case: str) -> bool:
    if case == "exact":
        return all(t.text == t.text.upper() for t in tokens[i:j] if t.is_word)
    if case == "cap":
        return tokens[i].cap
    if case == "lower":
        return not tokens[i].cap
    return True


def find_mentions(doc: Doc, tokens: list[Token] | None = None) -> list[CountryMention]:
    """Longest-match country mentions in ``doc`` (ignored lines skipped).

    Place names that only contain a country ("Congo River", "Mozambique Channel",
    "fleuve Congo") are dropped, and so are another language's names of a country in text
    of one of ``GAZETTEER_LANGUAGES`` ("Island", Iceland in German, in English text:
    ``foreign_names``).  German text also has the genitive and the compound's first part
    (``country_german``: "Irans Justiz", "US-Präsident", kind ``compound``).  A name or
    demonym after a given name is a surname (``country_surnames``: "Luís Montenegro").
    """
    entries = gazetteer()[0]
    foreign = foreign_names()
    lang = primary_subtag(doc.lang)
    strict = lang in GAZETTEER_LANGUAGES  # other languages (and none known) read every name
    toks = doc.tokens if tokens is None else tokens
    geo_after, geo_before = _geo_cues()
    lengths = _lengths()
    out: list[CountryMention] = []
    n = len(toks)
    after = 0  # the first token after the last mention (or skipped place name)
    german = lang == "de"
    seconds = {} if german else _seconds()  # (German reads a word's own forms too: every start)
    if tokens is not None:
        starts = [k for k, t in enumerate(toks) if t.norm in lengths or german and stem_key(t) in lengths]
    elif german:
        starts = german_starts(doc, lengths)
    else:  # the body's words, read once for every table; not one opening keys whose second words it lacks ("the")
        at = doc.where()
        starts = doc.starting({w for w in lengths.keys() & at.keys()
                               if w not in seconds or not at.keys().isdisjoint(seconds[w])})
    norms = doc.norms() if tokens is None else [t.norm for t in toks]
    for i in starts:
        t = toks[i]  # where a gazetteer key (or in German its genitive or compound) may start
        if i < after or t.ignored or not t.is_word:
            continue
        second = seconds.get(t.norm)
        if second is not None and (i + 1 == n or norms[i + 1] not in second):
            continue  # "the" before no country's second word: no key starts here
        hit = None
        for size in lengths.get(t.norm, ()):
            if size > n - i:
                continue
            key = tuple(norms[i : i + size])
            e = entries.get(key)
            if e and _ok_case(toks, i, i + size, e[2]) and not (
                    strict and key in foreign and lang not in foreign[key]):
                hit = (size, e)
                break
        if not hit and german:
            form = german_form(t, entries.get)  # "Irans Justiz", "US-Präsident"
            hit = (1, (*form, "")) if form else None
        if not hit:
            continue
        size, (code, kind, _) = hit
        j = after = i + size
        if kind == "region":
            continue  # "Northern Ireland", "New Mexico": a subdivision of another state
        nxt = toks[j].norm if j < n else ""
        prv = toks[i - 1].norm if i else ""
        if nxt in geo_after or prv in geo_before:
            continue
        if j < n and toks[j].text == "$" and toks[j].start == toks[j - 1].end:
            continue  # "US$420 million" is a currency
        out.append(CountryMention(i, j, code, kind))
    out = drop_surnames(toks, out, entries, lang, doc.lower_words() if tokens is None else None)
    return drop_homonyms(toks, out, entries)


@cache
def _geo_cues() -> tuple[frozenset[str], frozenset[str]]:
    """``cues.json``'s ``geo_after`` and ``geo_before`` (normalised): the words that make a
    country's name part of a place's ("Congo River", "fleuve Congo")."""
    return cue_set("geo_after"), cue_set("geo_before")
