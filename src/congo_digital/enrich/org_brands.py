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
    """Claim the lower-case company names of the text (see the module docstring).  Only the
    words a speech verb follows are read further (few in a text): a name acts."""
    toks, n, claimed = c.toks, len(c.toks), c.claimed
    speech = cue_set("speech_verbs") - {"a"}
    spoken = {toks[k - 1].norm for k in [k for k, t in enumerate(toks) if t.norm in speech]
              if k and toks[k - 1].sent == toks[k].sent and k - 1 not in claimed and not toks[k - 1].ignored}
    if not spoken:
        return
    lower: dict[str, list[int]] = {}  # its mentions printed in lower case
    every: dict[str, list[int]] = {}  # its mentions in any case
    for k in [k for k, t in enumerate(toks) if t.norm in spoken]:
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
        if zipf(word, c.doc.lang) >= BRAND_ZIPF or zipf(word, "en") >= BRAND_ZIPF:  # last: a first call loads
            continue  # the word list's slice (a cold start paid it for every lower-case word)
        org = Org(toks[low[0]].text)
        c.orgs.append(org)
        c.by_name.setdefault(word, org)
        for k in ks:
            c.claim(org, k, k + 1)
