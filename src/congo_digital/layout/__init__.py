"""The text layout: the parts of a plain text (``article``) or of a web page rendered to text
(``page``), found line by line; ``analyse.analyse`` is the entry point and ``lines`` what both share."""
