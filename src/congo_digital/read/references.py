"""HTML character references left in a plain text (``G7 communiqu&#233;``, ``AT&amp;T``):
text copied from a page's source or dumped by a scraper that did not decode them.  A text
read as HTML has them decoded by the HTML parser; a plain text has them decoded here
(``decode_references``), as a browser would show them.

Only complete references are read: a number (``&#233;``, ``&#xE9;``) or a name of the HTML
standard's list (``html.entities.html5``), each ended by ``;``.  Python's ``html.unescape``
reads more ("&copy" without its ``;``, as browsers do in a page), which in a plain text
would take "&para" out of "R&paragraph"; it is used for the numbers alone, for the HTML
standard's reading of ``&#150;`` as the Windows-1252 "–".
"""

from __future__ import annotations

import re

from congo_digital.read.offsets import OffsetMap, tracked_sub

_REFERENCE = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));")


def _character(match: re.Match[str]) -> str | None:
    """What the reference ``match`` stands for, or ``None`` when it is kept as written: a
    name outside the HTML standard's list, or a number of no printable character (a
    control, a surrogate, past U+10FFFF)."""
    import html  # (here: a text without a reference, most, does not import it at start-up)
    from html.entities import html5

    number, hexadecimal, name = match.groups()
    if name is not None:
        return html5.get(name + ";")
    code = int(number) if number is not None else int(hexadecimal, 16)
    if code < 0x20 or code == 0x7F or 0xD800 <= code < 0xE000 or code > 0x10FFFF:
        return None
    return html.unescape(match.group(0))  # (0x80-0x9F as Windows-1252, as the HTML standard reads them)


def decode_references(text: str, offsets: OffsetMap | None = None) -> tuple[str, list[str]]:
    """``text`` with its complete character references decoded (see the module), each
    replacement logged as one step of ``offsets``; and the warnings: one line giving how
    many were decoded and the first three kinds (``"2 HTML character references decoded in
    the text (&#233;, &amp;)"``), or none.  Raises nothing."""
    if "&" not in text or _REFERENCE.search(text) is None:
        return text, []
    found: list[str] = []

    def decoded(match: re.Match[str]) -> str:
        character = _character(match)
        if character is None:
            return match.group(0)
        found.append(match.group(0))
        return character

    text = tracked_sub(_REFERENCE, decoded, text, offsets)
    if not found:
        return text, []
    kinds = list(dict.fromkeys(found))
    shown = ", ".join(kinds[:3]) + (", ..." if len(kinds) > 3 else "")
    return text, [f"{len(found)} HTML character reference{'s' if len(found) > 1 else ''} decoded in the text "
                  f"({shown})"]
