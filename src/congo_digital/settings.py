"""Every limit of the parser, in one place.

Limits bound the work done on one input so that a long or hostile input stays fast; none
changes what is read from an ordinary article (the numbers beside each say why).  The CLI's
``--max-bytes`` overrides ``DEFAULT_MAX_BYTES``; the others are fixed.
"""

from __future__ import annotations

# ---------------------------------------------------------------- reading (read/)
DEFAULT_MAX_BYTES = 20_000_000
"""Default input size limit in bytes (20 MB); ``--max-bytes`` changes it."""

DEFAULT_TIMEOUT = 60.0
"""Seconds one document may take (reading and parsing) before it becomes an error record of
kind ``timeout``; ``--timeout`` changes it, 0 turns it off.  An ordinary article takes about 0.05 s,
``bench/adversarial.py`` holds every hostile input under 1 s and the slowest of the fuzz runs
took under 3 s (``docs/robustness.md``), so only a stuck input (a device or a pipe that never
ends) reaches it."""
MAX_TIMEOUT = 86_400.0
"""The largest --timeout, in seconds (a day): past it the budget is no limit at all, and the
timer cannot take inf or NaN."""
BUDGET_RETRY = 0.05
"""Seconds between the alarms that follow a spent time budget in the main thread
(``batch.task.time_budget``): an alarm whose exception a finaliser dropped is raised again
this much later, until the parse gives up."""

BUDGET_SOON = 0.0001
"""Seconds after which an alarm that came while the budget was still being set up (a budget
of a few microseconds) comes again, once the block has begun: it was ignored there, and a
parse shorter than ``BUDGET_RETRY`` then ran with no limit."""

STRAY_SHARE = 100
STRAY_FLOOR = 8
"""A UTF-8 text may hold at most one stray byte (not UTF-8; read as Windows-1252, with a
warning) in every ``STRAY_SHARE`` bytes, and at least ``STRAY_FLOOR`` in a shorter one
(``read.stray.mostly_utf8``); more make it another encoding's text."""

STRAY_MARKED_SHARE = 20
"""After a UTF-8 byte-order mark, which says the text is UTF-8, stray bytes (within the
``STRAY_SHARE``/``STRAY_FLOOR`` limit) need no accents to outweigh them, if they are at most
one in ``STRAY_MARKED_SHARE`` bytes: two Windows-1252 quotes in a short marked text are read,
a marked file a fifth of whose bytes are not UTF-8 is refused (``read.stray.mostly_utf8``)."""

STRAY_MULTIBYTE = 1
"""A UTF-8 text with stray bytes holds at least this many non-ASCII characters from valid
UTF-8 sequences for each stray byte (``read.stray.mostly_utf8``).  A single-byte text
(Windows-1252, -1250, -1251) gives such sequences only by chance, an uppercase accented
letter before a symbol byte, and gives a stray byte at nearly every other accented letter;
a UTF-8 text with a few accents and one stray byte (an undefined 0x81 pasted in) was read
by charset-normalizer as a DOS code page and its accents garbled when this was ten (and
one accent and one such byte, or three and two, when it was two)."""

READ_CHUNK = 1 << 20
"""Bytes read at a time from a file or stdin (1 MiB), so that a large limit is not allocated at once."""

FIFO_WAIT = 10.0
"""Seconds a named pipe (FIFO) given as an input waits for its writer to connect, as ``cat`` would
wait (a writer started just after the command); with none by then, the input is refused as
unreadable instead of blocking a batch for ever."""

MAX_LINES = 3_000
"""Lines of text analysed (the longest of 235 real articles has 1,371); the rest is cut."""

MAX_CHARS = 1_000_000
"""Characters of text analysed; the rest is cut."""

MAX_HTML_TAGS = 30_000
"""Tags (``<`` characters outside scripts and styles) of an HTML page parsed (the most in
235 real pages is 5,665)."""

MAX_HTML_CHARS = 5_000_000
"""Characters of an HTML page parsed, not counting its scripts and styles; the rest is cut."""

MAX_SCRIPT_CHARS = 2_000_000
"""Characters of one ``<script>`` or ``<style>`` kept; a longer one is emptied (libxml2 stops
at a text of 10,000,000 bytes, and no article's text is in a script)."""

# ---------------------------------------------------------------- HTML main text (html/)
MAX_BLOCKS = 2000
"""Blocks of an HTML page's main text handed to the text rules."""

MAX_TEXT = 200_000
"""Characters of an HTML page's main text handed to the text rules."""

# ---------------------------------------------------------------- text layout (layout/)
MAX_META_LINES = 20
"""Header lines holding digits that are read for dates."""

FOOTER_SCAN = 300
"""Last lines of a text searched for a trailing byline or credit."""

MAX_ARTICLE_LINES = 5000
"""Lines of a plain text that the article layout reads (an article is far shorter)."""

CLASSIFY_CHARS = 2_000
"""Characters of a line read for its kind; a longer line opening a text is its body, never
passed over for a headline under it."""

BODY_LINE_MAX = 20_000
"""Characters of one line kept in the body (line classification reads the first 2,000)."""

PAGE_SCAN = 3000
"""Lines of a rendered page that the page layout looks at."""

MAX_HEADLINE_CANDIDATES = 800
"""Headline-like blocks of a rendered page that are scored."""

FLAT_MAX = 400_000
"""Characters of a rendered page searched for a repeated headline."""

LANGUAGE_SAMPLE = 20_000
"""Characters of a text read by the first language guess (before the layout)."""

LANGUAGE_WINDOWS = 4
LANGUAGE_WINDOW = 1_000
"""A text longer than ``LANGUAGE_WINDOWS * LANGUAGE_WINDOW`` characters (of its first
``LANGUAGE_SAMPLE``) is identified from that many windows of ``LANGUAGE_WINDOW`` characters
spread evenly over it: the detector's cost grows with the bytes it reads (about 0.5 ms per
1,000 characters), and on the 3,320 texts detected over the five evaluation runs four
windows of 1,000 give the same language as the whole 20,000 every time."""

LANGUAGE_HEAD = 500
LANGUAGE_DECISIVE = 0.999
"""py3langid's probability at which the first ``LANGUAGE_HEAD`` characters of a longer
sample decide its language without reading the rest (langdetect and CLD read a sample in
the same way): on the 3,033 samples over 1,000 characters detected in the evaluation runs
(authored, real HTML and text dumps, BBC), 2,814 stop at their first 1,000, each with the
whole sample's language (none differs at 0.99 either, nor from the first 500 characters).
A head of 500 rather than 1,000 characters gives every one of the 1,614 inputs of those
runs (pages and their text renderings) the same record, and a BBC text's language is read
in about three quarters of the time (0.62 -> 0.45 ms: the detector's cost grows with the
bytes it reads)."""

LANGID_NUMPY_AFTER = 100
"""Texts a process identifies with the standard library alone (``fields.langid.Identifier``)
before it reads the next ones with numpy (``fields.langid_vector``, the same scores): a
single parse does not import numpy (about 0.05-0.1 s, about 270 M instructions), and a
batch has it pay for itself (about 1.6 M instructions saved a BBC text) over the rest of its
texts."""

PARTITION_SIZE = 100
"""Inputs in one partition of the Dask backend (``congo_digital.dask``; a WARC file is one
partition whatever its size)."""

GC_YOUNG = 10_000
"""Allocations (less deallocations) of objects the cyclic collector tracks between two
collections of its youngest generation, in a process settled after its first parse
(``batch.task.settle_process``; Python's default is 700, 2,000 on 3.13).  An article's tokens, matches and
candidates live for one parse, so at 700 the collector walked them several times a page
(over the 235 real HTML pages about 1.0 ms of CPU a page, 0.09 ms a BBC text); at 10,000
mostly after they are freed (0.05 and 0.001 ms)."""

GC_SWEEP = 10_000
"""Documents between two full collections of a settled process (``batch.task.settle_process``),
which otherwise moves what a document leaves alive out of the collector's generations after
each document.  The pipeline leaves no reference cycles behind (none over the 1,111 BBC texts
and the 235 real pages), so the sweep only bounds what an unforeseen cycle could hold.  A
sweep walks everything the process holds: 0.18 s after the 1,111 BBC texts, 0.29 s after the
235 real pages (on a loaded machine), so at 10,000 documents under 0.03 ms a document."""
