"""Matching and clustering quotes across documents and languages: features and
pairwise similarity (``similarity``, ``words``, ``cognates``), clustering
(``clusters``), relation and drift of each member (``drift``) and stable
cluster ids (``cluster_ids``). Language resources come from
``pipeline/lexicon.py``, shared with the quote stage."""
