"""Language detection with CLD2 (pycld2), returned as a BCP 47 primary language tag."""

from __future__ import annotations


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
