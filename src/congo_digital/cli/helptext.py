"""The help text of ``parse`` (``congo-digital parse --help`` and ``parse --help``)."""

FORMATS = ("auto", "json", "jsonl", "jsonld", "csv", "tsv", "markdown", "text", "parquet")
"""The output formats of ``-f`` (``cli.formats`` writes them; named here so that ``--help``
does not import the writers)."""


PARSE_HELP = """Parse news articles (plain text or HTML) into typed records.

PATHS are files, folders (read recursively, in sorted order: their .txt,
.text, .htm, .html, .xhtml, .xht and .shtml files, or those --glob picks; data
such as JSON, JSON Lines or CSV is skipped), or - for standard input. Each input's
format (text or HTML) and encoding are detected.

\b
Output formats (--format):
  auto      one input: json; several: jsonl; with -o FILE, the format of
            FILE's extension (.csv .tsv .json .jsonl .jsonld .md .txt .parquet)
            (default)
  json      an indented JSON object; several inputs: a JSON array
  jsonl     one JSON object per line, in input order
  jsonld    a schema.org NewsArticle (JSON-LD), shaped as json
  csv, tsv  one flat row per input, a header first (columns: see the README)
  markdown  YAML front matter, then the title and the body
  text      a human summary; coloured on a terminal, plain when piped
  parquet   Apache Parquet, one row per input (needs -o FILE and the
            [parquet] extra: pip install "congo-digital[parquet]")
In a batch, an input that fails gets {"error": ..., "kind": ..., "path": ...}
in its place (an error row in csv) and a one-line message on stderr; the
other inputs are still parsed.

\b
Exit codes:
  0    every input parsed
  1    at least one input was missing, unreadable, empty, binary,
       undecodable, too large, nested too deeply, not an article
       (an RSS or Atom feed, an SVG image, a JSON document, JSON
       Lines, a CSV or TSV table, a text without a letter, standard
       input listing only file paths), given a --files-from URL
       that is no web address, or past its --timeout; or no input
       was found (an empty folder, a --glob matching nothing, a
       --files-from list naming no file)
  2    usage error (unknown option, no PATHS, -o naming an input or
       a folder), an optional extra that is not installed, or a
       --scheduler that cannot be reached
  3    internal error (a bug; please report it with the input)
  4    the output could not be written (disk full, standard output closed)
  130  interrupted (Ctrl-C); the records already written are whole
  143  terminated (SIGTERM); as 130

\b
Examples:
  parse article.txt                              one article, indented JSON
  parse page.html | jq .authors                  HTML pages too
  parse -f text article.txt                      a human summary
  parse corpus/ -f jsonl > records.jsonl         a folder, recursively
  parse corpus/ --glob '*.html' -j 4             only HTML files, 4 processes
  parse corpus/ -f csv -o articles.csv           a spreadsheet, written atomically
  parse corpus/ --fields title,date,authors -f csv
  parse corpus/ -f markdown --output-dir out/    one file per input, tree mirrored
  parse page.html --url https://example.org/a -f jsonld
  find . -name '*.txt' -print0 | parse --files-from - -0
  parse --files-from list.tsv                    PATH<TAB>URL per line
  cat article.txt | parse -                      standard input
  parse --input-format html fragment.txt         force the reading
  parse corpus/ --timeout 10 --fail-fast         a time budget; stop at the first failure
  parse corpus/ --no-parties --no-topics -q      faster, no progress bar
  parse corpus/ -f parquet -o articles.parquet   Parquet (pyarrow)

\b
Dask (pip install "congo-digital[dask]"): --scheduler local starts a
LocalCluster of -j workers; --scheduler tcp://HOST:PORT joins a running
'dask scheduler' (start workers with 'dask worker tcp://HOST:PORT' where
congo-digital is installed). -o DIR then receives part-00000.jsonl, ...
(or .parquet), one per partition of --partition-size inputs, in order:
  parse corpus/ --scheduler local -j 0 -o out/
  parse corpus/ --scheduler tcp://10.0.0.5:8786 -f parquet -o /shared/out/

\b
Shell completion (bash; zsh and fish: see the README):
  eval "$(_CONGO_DIGITAL_COMPLETE=bash_source congo-digital)"
"""

WARC_HELP = """Parse the HTML pages of web archives (WARC files, plain or .gz).

Needs the [warc] extra: pip install "congo-digital[warc]".

Each response record with HTTP status 200 and an HTML media type
(text/html, application/xhtml+xml) is parsed as a page: the record's
WARC-Target-URI is its address (the url, unless the page names a canonical
one), its HTTP charset is used to decode it, and its
source.path is FILE@OFFSET (warcio extract FILE OFFSET prints it back).
Other records (warcinfo, requests, redirects, errors, text/plain, PDFs,
images) are skipped; a line on stderr counts them by reason at the end.

The output is JSON Lines (one record per page, in the files' order) on
standard output or in -o FILE; --format parquet -o FILE writes Parquet
(the [parquet] extra); the other formats are those of 'parse --help'.
A WARC file that is empty, not one, or cut short (also in its last
gzip bytes), gives one error line (and an error record) after the
records read before the fault; the other files are still read.

\b
Exit codes:
  0    every page parsed
  1    a page could not be parsed, a WARC file is missing, unreadable,
       empty, not a WARC file or cut short, or no HTML page was found
  2    usage error, the [warc] extra (or [parquet], [dask]) not
       installed, or a --scheduler that cannot be reached
  3    internal error (a bug; please report it with the input)
  4    the output could not be written
  130  interrupted (Ctrl-C); the records already written are whole
  143  terminated (SIGTERM); as 130

\b
Examples:
  congo-digital warc crawl.warc.gz > pages.jsonl
  congo-digital warc CC-NEWS-*.warc.gz -j 0 -o news.jsonl
  congo-digital warc crawl.warc.gz -f parquet -o news.parquet
  congo-digital warc crawl.warc.gz --fields url,title,date,topics
  congo-digital warc *.warc.gz --scheduler local -j 0 -o out/
"""
