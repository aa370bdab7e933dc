"""Names that open in lower case, which the rules that read capitalised runs never see:
companies that write their name so ("flydubai", "easyJet"), and Romance-language bodies
whose name opens with a lower-case head ("l'université Paris-8": ``find_lower_heads``).

Such a name is a word that the language does not know (wordfreq Zipf under
``BRAND_ZIPF`` in the text's language and in English), printed in lower case, two times
or more in the body (any case: "FlyDubai" in a caption is the same name), the headline
naming it or three mentions; and it acts: a speech verb follows one mention ("a
spokesperson for flydubai said").  A product never speaks, so "iPhone" is not taken.  Half
its mentions or more are in lower case: a name the text mostly capitalises is not one
("Mike Pompeo" in the text, "mike pompeo" in a caption).
"""

from __future__ import annotations

from congo_digital.enrich.lexicon import zipf
from congo_digital.enrich.org_claims import Org, OrgClaims
from congo_digital.enrich.org_single import speech_verbs
from congo_digital.enrich.tokens import cue_set

BRAND_ZIPF = 1.5  # wordfreq Zipf under which a lower-case word is no word of the language
MIN_LETTERS = 4


def find_lower_brands(c: OrgClaims) -> None:
    """Claim the lower-case company names of the text (see the module docstring).  Only the
    words a speech verb follows, printed in lower case and twice or more, are read further
    (few in a text): a name acts."""
    toks, n, claimed = c.toks, len(c.toks), c.claimed
    speech = speech_verbs()
    spoken = {toks[k - 1].norm for k in c.doc.starting(speech)
              if k and toks[k - 1].sent == toks[k].sent and k - 1 not in claimed and not toks[k - 1].ignored}
    # a word the text prints in lower case (``lower_words``) and twice or more (in any case):
    # the others cannot be such a name ("” said", "Smith said"), their tokens are not read
    at = c.doc.where()
    spoken = {w for w in spoken.intersection(c.lower_words) if len(at[w]) > 1}
    if not spoken:
        return
    lower: dict[str, list[int]] = {}  # its mentions printed in lower case
    every: dict[str, list[int]] = {}  # its mentions in any case
    for k in c.doc.starting(spoken):
        t = toks[k]
        if t.ignored or k in claimed:
            continue
        every.setdefault(t.norm, []).append(k)
        if t.is_word and not t.cap and len(t.text) >= MIN_LETTERS and t.text.isalpha():
            lower.setdefault(t.norm, []).append(k)
    for word, ks in every.items():
        low = lower.get(word)
        if low is None or len(ks) < 2 or not (len(ks) >= 3 or word in c.title_norms):
            continue
        if not any(k + 1 < n and toks[k + 1].norm in speech and toks[k + 1].sent == toks[k].sent
                   for k in ks):
            continue
        if 2 * len(low) < len(ks):
            continue  # mostly capitalised: a name the text writes so ("Mike Pompeo"; "pompeo" in a caption)
        if zipf(word, c.doc.lang) >= BRAND_ZIPF or zipf(word, "en") >= BRAND_ZIPF:  # last: a first call loads
            continue  # the word list's slice (a cold start paid it for every lower-case word)
        org = Org(toks[low[0]].text)
        c.orgs.append(org)
        c.by_name.setdefault(word, org)
        for k in ks:
            c.claim(org, k, k + 1)


_ROMANCE = ("fr", "es", "pt", "it")


def find_lower_heads(c: OrgClaims) -> None:
    """Claim the bodies that French, Spanish, Portuguese and Italian name with a lower-case
    head and a proper name: a head of ``cues.json`` ``lower_body_heads`` ("université",
    "universidad") printed in lower case, then at once or after one linker ("de", "du")
    the capitalised words of the proper name ("l'université Paris-8", "l'université de
    Nantes"; a further "de Saint-Denis" is where it is, not its name).  A name that is all
    country mentions ("université de France") is left out.  Only in those languages: the
    head opens the name in capitals elsewhere, where ``org_named`` reads it."""
    if not (c.doc.lang or "").lower().startswith(_ROMANCE):
        return
    toks, n = c.toks, len(c.toks)
    heads, linkers = cue_set("lower_body_heads"), cue_set("org_linkers")
    for k in c.doc.starting(heads):
        t = toks[k]
        if t.cap or t.ignored or k in c.claimed:
            continue
        m = k + 1
        if m + 1 < n and toks[m].norm in linkers and not toks[m].cap:
            m += 1
        j = m
        while j < n and toks[j].cap and toks[j].is_word and toks[j].sent == t.sent and (
                j not in c.claimed and not toks[j].ignored):
            j += 1
        if j == m or all(x in c.country_tok for x in range(m, j)):
            continue
        name = " ".join(c.doc.span_text(k, j).split())
        org = c.named(name)
        c.claim(org, k, j)
