"""Shipped defaults of the config sections, one module per concern:
``clean`` (outlets, relay cues, line rules, abbreviations, glossary) and
``quotes`` (speakers, organisations, office terms) and ``speech`` (reporting
verbs, source cues, pronouns, title cues) for the ``quotes`` section. ``config.py``
reads them; no stage module is imported from here.
"""

from pipeline.defaults.clean import *  # noqa: F401,F403
from pipeline.defaults.quotes import *  # noqa: F401,F403
from pipeline.defaults.speech import *  # noqa: F401,F403
