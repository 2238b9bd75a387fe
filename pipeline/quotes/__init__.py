"""Finding quotations and attributing them: spans (``extract``), speakers
(``speakers`` with ``names``, ``references``, ``pronouns``, ``subjects``,
``verbs``, ``titles``, ``bodies``) and the built-in attribution tables
(``rules``). Matching quotes across documents lives in ``pipeline/align/``."""
