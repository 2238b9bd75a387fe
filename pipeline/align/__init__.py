"""Matching and clustering quotes across documents and languages: features and
pairwise similarity (``similarity``, ``words``, ``cognates``), clustering
(``clusters``), the cluster records (``records``), relation and drift of each
member (``drift``), stable cluster ids (``cluster_ids``), one spelling per
person across languages (``speakers``), one cluster for one wording
(``wordings``) and the officials an article leaves unnamed whom other articles
title (``titled``, with the titles ``roles`` reads). Language resources come from
``pipeline/lexicon.py``, shared with the quote stage."""
