"""Companies that write their name in lower case ("flydubai", "easyJet"): the rules
that read capitalised runs never see them.

Such a name is a word that the language does not know (wordfreq Zipf under
``BRAND_ZIPF`` in the text's language and in English), printed in lower case, two times
or more in the body (any case: "FlyDubai" in a caption is the same name), the headline
naming it or three mentions; and it acts: a speech verb follows one mention ("a
spokesperson for flydubai said").  A product never speaks, so "iPhone" is not taken.
"""

from __future__ import annotations

from congo_digital.enrich.lexicon import zipf
from congo_digital.enrich.org_claims import Org, OrgClaims
from congo_digital.enrich.tokens import cue_set

BRAND_ZIPF = 1.5  # wordfreq Zipf under which a lower-case word is no word of the language
MIN_LETTERS = 4


def find_lower_brands(c: OrgClaims) -> None:
    """Claim the lower-case company names of the text (see the module docstring)."""
    toks, n = c.toks, len(c.toks)
    lower: dict[str, list[int]] = {}
    for k, t in enumerate(toks):
        if t.is_word and not t.cap and not t.ignored and k not in c.claimed and (
                len(t.text) >= MIN_LETTERS and t.text.isalpha()):
            lower.setdefault(t.norm, []).append(k)
    if not lower:
        return
    speech = cue_set("speech_verbs") - {"a"}
    every: dict[str, list[int]] = {}  # each such word's mentions in any case
    for k, t in enumerate(toks):
        if t.norm in lower and k not in c.claimed and not t.ignored:
            every.setdefault(t.norm, []).append(k)
    for word, ks in every.items():
        low = lower[word]
        if len(ks) < 2 or not (len(ks) >= 3 or word in c.title_norms):
            continue
        if not any(k + 1 < n and toks[k + 1].norm in speech and toks[k + 1].sent == toks[k].sent
                   for k in ks):
            continue
        if zipf(word, c.doc.lang) >= BRAND_ZIPF or zipf(word, "en") >= BRAND_ZIPF:  # last: a first call loads
            continue  # the word list's slice (a cold start paid it for every lower-case word)
        org = Org(toks[low[0]].text)
        c.orgs.append(org)
        c.by_name.setdefault(word, org)
        for k in ks:
            c.claim(org, k, k + 1)

