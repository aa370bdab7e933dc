"""HTML pages: parsed once (``page``), their markup's candidates (``meta``) and main text (``maintext``)."""
