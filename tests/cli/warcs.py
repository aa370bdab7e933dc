"""A small web archive the tests write themselves (warcio's writer): a crawl's warcinfo and
request records, a text/plain response, an article page served as windows-1250 with the
charset only in the HTTP header, a 301 redirect and a PDF."""

from __future__ import annotations

import io
from pathlib import Path

PAGE_URL = "https://news.example.pl/lodz/tram-line"
PAGE = """<!doctype html>
<html lang="en"><head><title>Łódź approves new tram line</title>
<meta property="article:published_time" content="2026-11-30T09:00:00+01:00">
</head><body><article>
<h1>Łódź approves new tram line</h1>
<p class="byline">By Agnieszka Wróbel</p>
<p>Councillors in Łódź approved a new tram line on Wednesday, linking the Widzew district
with the city centre by the end of next year.</p>
<p>The project will cost about 400 million złoty, said the deputy mayor, Marek Żółkiewski,
who added that work would start in spring.</p>
<p>Residents of Bałuty asked for a second stop near the market.</p>
</article></body></html>
"""
PAGE_BYTES = PAGE.encode("cp1250")
CHARSET = "windows-1250"


def write_warc(path: Path, *, gzip: bool = True) -> dict[str, int]:
    """Write the archive to ``path``; return the byte offset of each response record by URL."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets: dict[str, int] = {}
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "congo-digital tests"}))

        def response(url: str, status: str, headers: list[tuple[str, str]], body: bytes) -> None:
            request = StatusAndHeaders(f"GET /{url.split('/', 3)[-1]} HTTP/1.1", [("Host", url.split("/")[2])],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            offsets[url] = out.tell()
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))

        response("https://news.example.pl/robots.txt", "200 OK", [("Content-Type", "text/plain")],
                 b"User-agent: *\nDisallow:\n")
        response(PAGE_URL, "200 OK", [("Content-Type", f"text/html; charset={CHARSET}")], PAGE_BYTES)
        response("https://news.example.pl/old", "301 Moved Permanently",
                 [("Content-Type", "text/html"), ("Location", PAGE_URL)], b"<html><body>Moved</body></html>")
        response("https://news.example.pl/report.pdf", "200 OK", [("Content-Type", "application/pdf")],
                 b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    return offsets


SKIPPED = "1 HTML page; 8 records skipped: 5 not an HTTP response, 1 status not 200, 2 not HTML"
"""The stderr summary of the archive: warcinfo and 4 requests; the redirect; text and PDF."""
