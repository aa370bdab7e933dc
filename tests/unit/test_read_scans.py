"""The fast scans of ``read`` find what the patterns they stand for find."""

from __future__ import annotations

from congo_digital.read.characters import _CONTROL, _CONTROL_CHARS, controls_in_utf8, remove_controls
from congo_digital.read.document import _SHY_ENTITY, _SOFT_HYPHEN, _SOFT_HYPHEN_HTML, _soft_hyphen_spans
from congo_digital.read.htmlbounds import (
    _OVERLONG_ANY,
    _OVERLONG_TAG,
    _overlong_tags,
    _without_overlong_tags,
    bound_html,
)


def test_control_characters_are_the_patterns():
    assert set(_CONTROL_CHARS) == {chr(i) for i in range(0x10000) if _CONTROL.fullmatch(chr(i))}
    assert remove_controls("a\x0bb\x07c") == ("a\nb c", ["control characters removed"])
    assert remove_controls("plain text\n\ttab") == ("plain text\n\ttab", [])


def test_the_utf8_scan_finds_what_remove_controls_changes():
    for code in [*range(0xD800), *range(0xE000, 0x10000)]:
        text = f"a{chr(code)}b"
        assert controls_in_utf8(text, text.encode()) is (remove_controls(text) != (text, [])), hex(code)
    assert controls_in_utf8("plain text\n\ttab\r", b"plain text\n\ttab\r") is False


def test_an_overlong_tag_is_found_by_both_scans():
    long_attrs = " x" * 10_001
    pages = {
        "<div>" + "a" * 30_000 + "</div>": False,  # long text, short tags
        f"<p{long_attrs}>text</p>" + "b" * 20_000: True,
        f"<{'n' * 40}{long_attrs}>t</{'n' * 40}>": True,  # a name past 30 characters: still a tag's own run
        f"<p{long_attrs}<b>t</b>": False,  # never closed before the next tag
    }
    run = "x" * 20_000
    pages.update({f"<a>{run}<b{run}>": True, f"<a>{run}<b{run[1:]}>": False, f"<a>{run}< b{run}>": False,
                  f"<1{run}>": False, f"<\u00e9{run}>": False, f"<b{run}": False, f"<b{run}><b>x</b>": True,
                  f"<b{run}>>": True, f"<b{run}<>": False, f"{run}<b{run}>{run}": True})
    for page, overlong in pages.items():
        assert bool(_OVERLONG_ANY.search(page)) is overlong
        assert bool(_OVERLONG_TAG.search(page)) is overlong
        assert bool(_overlong_tags(page)) is overlong
        assert _without_overlong_tags(page) == _OVERLONG_TAG.sub(r"<\1>", page)
    for lead in (0, 1, 9_999, 10_000, 10_001, 19_999, 25_000):  # runs across the scan's blocks of 10,000
        for size in (19_999, 20_000, 20_001, 35_000):
            for page in (f"{'<i>' * (lead // 3)}<b{'y' * size}>", f"{'a' * lead}>{'y' * size}<b>",
                         f"{'a' * lead}><b{'y' * size}>{'z' * size}", f"<i{'y' * lead}><b{'y' * size}>"):
                assert bool(_overlong_tags(page)) is bool(_OVERLONG_ANY.search(page)), (lead, size)
                assert _without_overlong_tags(page) == _OVERLONG_TAG.sub(r"<\1>", page), (lead, size)
    run = "y" * 20_005  # two overlong tags, names of 40 characters (cut to 31) and of non-ASCII word characters
    page = f"<p{run}>a<{'n' * 40}{run}>b<d\u00e9\u00e9{run}><i>c</i><b{run}"
    assert _without_overlong_tags(page) == _OVERLONG_TAG.sub(r"<\1>", page) != page
    text, warnings = bound_html(f"<p{long_attrs}>text</p>" + "b" * 20_000)
    assert text == "<p>text</p>" + "b" * 20_000 and warnings == []
    text, warnings = bound_html("<div>" + "a" * 30_000 + "</div>")  # a long run, no tag in it
    assert text == "<div>" + "a" * 30_000 + "</div>" and warnings == []


def test_the_soft_hyphen_entities_are_the_pattern():
    entities = ["&shy;", "&SHY;", "&\u017fhy;", "&#173;", "&#xAD;", "&#x00ad;", "&#Xad;"]
    others = ["&shy", "&#x27;", "&#1730;", "&amp;shy;", "&#xADD;", "&#xa d;", "\xad"]
    for text in entities + others:
        found = _SOFT_HYPHEN_HTML.search(text) is not None and text != "\xad"
        assert (_SHY_ENTITY.search(f"a {text} b") is not None) is found, text
    page = "Thier\xadry &amp; " + " ".join(entities + others) + " \xad&shy;\xad&#xAD;&&#173;"
    for html, pattern in ((True, _SOFT_HYPHEN_HTML), (False, _SOFT_HYPHEN)):
        assert _soft_hyphen_spans(page, html) == [m.span() for m in pattern.finditer(page)]
    assert len(_soft_hyphen_spans(page, True)) == 14


def test_the_first_small_input_and_every_other_have_the_same_sha256(monkeypatch):
    import hashlib

    from congo_digital.read import document

    monkeypatch.setattr(document, "_hashed_one", False)
    small, large = b"Un article. " * 40, bytes(range(256)) * 8000
    assert document.sha256_hex(small) == hashlib.sha256(small).hexdigest()  # the built-in module's digest
    assert document._hashed_one
    assert document.sha256_hex(small) == hashlib.sha256(small).hexdigest()  # hashlib's
    monkeypatch.setattr(document, "_hashed_one", False)
    assert document.sha256_hex(large) == hashlib.sha256(large).hexdigest() and not document._hashed_one
    assert document.sha256_hex(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_a_page_keeps_its_bytes_only_when_its_text_is_their_utf8():
    from lxml import etree

    from congo_digital.html.page import parse_page
    from congo_digital.read.document import decode_document

    page = "<html><body><h1>Caf\u00e9 news</h1><p>A short line.</p></body></html>"
    clean = decode_document(page.encode(), path="a.html")
    assert clean.utf8 == page.encode() and clean.text == page
    for changed in ("\ufeff" + page, page.replace("\u00e9", "e\u0301"), page.replace("short", "sh\xadort"),
                    page.replace("<p>", "\r\n<p>").replace("\u00e9", "e\u0301")):
        assert decode_document(changed.encode(), path="a.html").utf8 is None
    newlines = decode_document(page.replace("<p>", "\r\n<p>").replace("</h1>", "</h1>\r").encode(), path="a.html")
    assert newlines.text == page.replace("<p>", "\n<p>").replace("</h1>", "</h1>\n")
    assert newlines.utf8 == newlines.text.encode()  # (its newlines unified in the bytes as in the text)
    assert decode_document(page.encode("cp1252"), path="a.html").utf8 is None
    same = [etree.tostring(parse_page(clean.text, utf8=utf8)[0]) for utf8 in (clean.utf8, None)]
    assert same[0] == same[1]


def test_nfc_in_pieces_is_nfc_of_the_whole():
    import unicodedata

    from congo_digital.read.characters import _NFC_PIECE, nfc

    piece = _NFC_PIECE
    # decomposed accents, Hangul jamo and reordered marks at and round the pieces' ends
    for at in (piece - 2, piece - 1, piece, piece + 1, 2 * piece, 3 * piece - 1):
        for odd in ("e\u0301", "\u0301", "\u1100\u1161\u11a8", "a\u0323\u0302", "\u0316\u0301", "\u212b", "\uf900"):
            text = "\u00e9" * at + odd + "x" + "\u0f73\u0301" * 10 + "\u00e9" * (2 * piece) + odd
            assert nfc(text) == unicodedata.normalize("NFC", text)
    clean = "Caf\u00e9 \u00e0 l'\u00e9t\u00e9.\n" * piece  # in NFC already: the text itself
    assert nfc(clean) is clean
    assert nfc("Cafe\u0301") == "Caf\u00e9"


def test_a_json_ld_script_is_searched_for_comment_marks_only_where_they_may_be():
    from congo_digital.html.jsonld import _COMMENT, _COMMENT_ENDS, _COMMENT_STARTS, _parse_script

    scripts = ['{"a": 1}', '<!-- {"a": 1} -->', '/* <![CDATA[ */ {"a": 1} /* ]]> */', '<![CDATA[{"a": 1}]]>',
               '{"a": "<!-- x -->"}', '{"a": 1};', '[{"a": 1}, {"b": 2}]', '{"a": "]]>"}', '--> {"a": 1}',
               '{"a": 1} <!--', '/**/{"a": 1}', '{"a": 1}/* */']
    for raw in scripts:
        if not (raw.startswith(_COMMENT_STARTS) or raw.endswith(_COMMENT_ENDS)):
            assert _COMMENT.sub("", raw) == raw
    assert [_parse_script(raw) for raw in scripts[:6]] == [[{"a": 1}]] * 4 + [[{"a": "<!-- x -->"}], [{"a": 1}]]
