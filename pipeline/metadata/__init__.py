"""Article metadata read from the clean stage's classified lines: the header
(``lines``), the publication date (``dates``) and the publisher (``publishers``, with an outlet's credits of
itself in ``self_credits``);
and the lines of one sentence a page broke around a quotation (``broken_lines``).
The clean stage's version history is in ``CHANGES.md``."""
