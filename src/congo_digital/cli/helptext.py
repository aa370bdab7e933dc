"""The help text of ``parse`` (``congo-digital parse --help`` and ``parse --help``)."""

PARSE_HELP = """Parse news articles (plain text or HTML) into typed records.

PATHS are files, folders (read recursively, in sorted order), or - for standard
input. Each input's format (text or HTML) and encoding are detected.

\b
Output formats (--format):
  auto      one input: json; several: jsonl (default)
  json      an indented JSON object; several inputs: a JSON array
  jsonl     one JSON object per line, in input order
  jsonld    a schema.org NewsArticle (JSON-LD), shaped as json
  csv, tsv  one flat row per input, a header first (columns: see the README)
  markdown  YAML front matter, then the title and the body
  text      a human summary; coloured on a terminal, plain when piped
In a batch, an input that fails gets {"error": ..., "kind": ..., "path": ...}
in its place (an error row in csv) and a one-line message on stderr; the
other inputs are still parsed.

\b
Exit codes:
  0    every input parsed
  1    at least one input was missing, unreadable, empty, binary,
       undecodable, too large, nested too deeply, not an article
       (an RSS or Atom feed, an SVG image), or past its --timeout;
       or no input was found (an empty folder, a --glob matching nothing)
  2    usage error (unknown option, no PATHS)
  3    internal error (a bug; please report it with the input)
  4    the output could not be written (disk full, standard output closed)
  130  interrupted (Ctrl-C); the records already written are whole

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

\b
Shell completion (bash; zsh and fish: see the README):
  eval "$(_CONGO_DIGITAL_COMPLETE=bash_source congo-digital)"
"""
