"""Reading input: ``files`` reads the bytes (a file or standard input, within a size limit),
``encoding`` turns them into text (encoding, control characters, mojibake) and ``document``
makes the ``Document`` (not-an-article checks, text or HTML, analysis bounds)."""
