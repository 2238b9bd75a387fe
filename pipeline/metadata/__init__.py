"""Article metadata read from the clean stage's classified lines: the header
(``lines``), the publication date (``dates``) and the publisher (``publishers``)."""
