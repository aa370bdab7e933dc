"""Names of bodies in French, Spanish, Portuguese and Italian, which write common nouns in
lower case: a run of two capitalised words or more after a definite article inside a
sentence ("la Guardia Civil", "o Congresso Nacional", "as Forças Armadas", "la Junta de
Andalucía"), printed so twice or more, is a proper name; no person's (no given name
first), place's (``lexicon.place``; a continent's, ``continent_words``: "l'Amérique du
Sud"), country's (also unhyphenated: "les États Unis"), title's (a role word), date's or event's
(a calendar word or ``cues.json`` ``non_name``; a word of an event's or a period's name,
``event_heads``: "la Semana Santa", "la Copa del Rey", "la Segunda Guerra Mundial"), or a
landmark's or a street's (a word of ``romance_place_heads``: "le Mont
Blanc", "la Tour Eiffel", "el Camino de Santiago") or a law's or a treaty's (a word of
``romance_document_heads``: "la Ley de Amnistía") is an organisation's, unless the
text also prints it in quotation marks (a nickname: "los 'Leones Azules'").  Articles
and their contractions: ``cues.json`` ``romance_articles`` (and ``romance_articles_pt``, the
Portuguese "a", which in Spanish is a preposition: "a Polícia Militar").

A run opening with the head noun of a body (``romance_body_heads``: "Banca", "Consiglio",
"Congreso", "Marinha") reads on through the prepositions that join its complement
(``romance_name_links``, then an article: "la Banca d'Italia", "il Consiglio di Stato", "el
Congreso de los Diputados"), a country's name there included ("a Marinha do Brasil"; not
after a state's word, ``state_words``, ``org_state_heads``: "el Gobierno de España" is the
state acting).
Mountain ranges (``range_heads``: "la Sierra Nevada") are places too; roads and coasts are
``romance_place_heads`` ("la Via Appia", "la Costiera Amalfitana"), agreements and charters
``romance_document_heads`` ("el Acuerdo de Paz", "la Charte des Droits"), competitions
``event_heads`` ("la Liga de Campeones").
"""

from __future__ import annotations

from congo_digital.enrich.countries import gazetteer
from congo_digital.enrich.lexicon import first_name, place
from congo_digital.enrich.org_claims import ROMANCE, OrgClaims, office_word, person_after_complement, quoted_form
from congo_digital.enrich.tokens import cue_set, cue_union

MIN_MENTIONS = 2  # times the run is printed after an article inside a sentence


def find_romance_names(c: OrgClaims) -> None:
    """Claim the runs described in the module docstring that no pass claimed before."""
    if not (c.doc.lang or "").lower().startswith(ROMANCE):
        return
    toks = c.toks
    articles = cue_union("romance_articles", "romance_articles_pt") if (c.doc.lang or "").lower().startswith(
        "pt") else cue_set("romance_articles")  # (Portuguese "a" is an article; Spanish "a", a preposition)
    blocked = cue_union("calendar", "non_name", "stop_capitals")
    unnamed = cue_union("event_heads", "romance_place_heads", "romance_document_heads", "range_heads")
    heads, state = cue_set("romance_body_heads"), cue_union("state_words", "org_state_heads")
    runs: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for i in c.doc.capitalised():
        if i == 0 or toks[i - 1].sent != toks[i].sent or toks[i - 1].norm not in articles:
            continue
        body = toks[i].norm in heads
        j = person_after_complement(c, i, _complement_end(c, i) if body else c.cap_run(i))
        if office_word(c, i, j):
            continue  # "la presidente del Consiglio Giorgia Meloni": an office and its holder
        span = toks[i:j]
        # a body's complement may name a country ("la Banca d'Italia", "a Marinha do Brasil"),
        # not a state word's: "el Gobierno de España" is the state acting
        national = body and toks[i].norm not in state
        if j - i < 2 or any(k in c.claimed or k in c.country_tok and not (national and k > i + 1)
                            for k in range(i, j)) or any(t.upper or t.ignored for t in span):
            continue
        if first_name(span[0].norm) and not body or any(
                t.norm.rstrip(".") in c.role_heads or t.cap and t.norm in blocked or t.norm in unnamed
                for t in span):
            continue  # ("la Segunda Guerra Mundial", "le Mont Blanc", "el Camino de Santiago")
        if place(c.doc.span_text(i, j)) or span[0].norm in cue_set("continent_words") or (
                "-".join(t.norm for t in span),) in gazetteer()[0]:
            continue  # "l'Amérique du Sud", "les États Unis" (a country's name unhyphenated)
        runs.setdefault(tuple(t.norm for t in span), []).append((i, j))
    for form, spans in runs.items():
        if len(spans) < MIN_MENTIONS or quoted_form(toks, form):
            continue  # (a name also printed in quotes is a nickname: "los 'Leones Azules'")
        i, j = spans[0]
        name = " ".join(c.doc.span_text(i, j).split())
        org = c.named(name)
        for a, b in spans:
            c.claim(org, a, b)


def _complement_end(c: OrgClaims, i: int) -> int:
    """End of the capitalised run from the body's head noun at ``i``, when that noun is a
    capitalised run of its own, read on through one
    preposition of ``cues.json`` ``romance_name_links`` (and an article after it: "de los")
    before each further capitalised word of the sentence: "Consiglio di Stato", "Arma dei
    Carabinieri", "Congreso de los Diputados"; not into a name found before."""
    toks, n = c.toks, len(c.toks)
    links, articles = cue_set("romance_name_links"), cue_set("determiners")
    j = c.cap_run(i)
    if j != i + 1:  # (a name of two words or more is whole: "la Polizia Stradale di Milano" is in Milan)
        k = next(k for k in range(i, j + 1) if k == j or not toks[k].cap)
        m = k + 1 + (k + 1 < j and toks[k + 1].norm in articles and not toks[k + 1].cap)
        return k if k - i >= 2 and k < j and toks[k].norm in links and place(c.doc.span_text(m, j)) else j
    while j < n and toks[j].norm in links and toks[j].sent == toks[i].sent:
        k = j + 1
        if k < n and toks[k].norm in articles and not toks[k].cap:
            k += 1
        if k >= n or not toks[k].cap or toks[k].upper or toks[k].ignored or toks[k].sent != toks[i].sent or (
                k in c.claimed or toks[k].norm in cue_set("calendar")):
            break  # (a body found before is a name of its own: "el Tribunal de Justicia de la Unión Europea")
        end = c.cap_run(k)
        if end <= k:
            break
        j = end
    return j
