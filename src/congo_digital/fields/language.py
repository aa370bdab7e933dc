"""The language: CLD2 (pycld2) on the text, as a BCP 47 tag, and the decision against the page's ``lang``."""

from __future__ import annotations

import re

from congo_digital.model import Candidate


def detect_language(text: str) -> str | None:
    """Return the BCP 47 tag of the main language of ``text`` (e.g. ``"en"``, ``"fr"``,
    ``"zh-Hant"``), or ``None`` when CLD2 is not reliable or the text is too short.

    At most the first 20,000 characters are read.
    """
    import pycld2

    sample = text[:20000].encode("utf-8", "replace")
    try:
        reliable, _, details = pycld2.detect(sample)
    except pycld2.error:
        try:
            reliable, _, details = pycld2.detect(sample.decode("utf-8", "ignore").encode("utf-8"),
                                                 returnVectors=False)
        except pycld2.error:
            return None
    code = details[0][1] if details else "un"
    if code in ("un", "xxx") or (not reliable and details[0][2] < 50):
        return None
    return {"zh": "zh-Hans", "zh-Hant": "zh-Hant", "iw": "he", "jw": "jv"}.get(code, code)


def decide_language(cands: list[Candidate], detected: str | None, text_len: int) -> Candidate | None:
    """The page's ``lang`` (or ``content-language``/``og:locale``) unless a long main text reads otherwise."""
    stated = next((c for c in cands if c.field == "language"), None) or next(
        (c for c in cands if c.field == "language_meta"), None)
    lang = None
    if stated is not None:
        lang = re.split(r"[-_]", stated.value.strip())[0].lower() or None
        if lang and not re.fullmatch(r"[a-z]{2,3}", lang):
            lang = None
    if lang and detected and detected.split("-")[0] != lang and text_len >= 600:
        return Candidate("language", detected, "text:cld2")
    if lang:
        return Candidate("language", lang, stated.source, stated.start, stated.end, stated.value)
    if detected:
        return Candidate("language", detected, "text:cld2")
    return None


_REGION_TAG = re.compile(r"^([a-z]{2,3})[-_]([a-z]{2}|\d{3})$", re.I)


def stated_locale(cands: list[Candidate], language: str | None) -> str | None:
    """The locale the page states (``<html lang="en-GB">``, ``og:locale`` ``en_GB``) as a
    BCP 47 tag with its region, when its language is ``language`` (or ``language`` is
    ``None``); else ``language``.  Dates read with it take the locale's day/month order
    (``fields.datewords.day_month_order``)."""
    for c in cands:
        if c.field in ("language", "language_meta"):
            m = _REGION_TAG.match(c.value.strip())
            if m and (language is None or m.group(1).lower() == language.split("-")[0]):
                return f"{m.group(1).lower()}-{m.group(2).upper()}"
    return language
