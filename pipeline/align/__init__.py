"""Matching and clustering quotes across documents and languages: features and
pairwise similarity (``similarity``, ``words``, ``cognates``), clustering
(``clusters``), the cluster records (``records``), relation and drift of each
member (``drift``), stable cluster ids (``cluster_ids``) and one spelling per
person across languages (``speakers``). Language resources come from
``pipeline/lexicon.py``, shared with the quote stage."""
