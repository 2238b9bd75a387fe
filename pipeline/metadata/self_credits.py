"""An outlet naming itself in its own text: speaking of itself in the body
("Newsweek reached out to the ministry for comment", "Reuters could not
independently verify"), the site's furniture around the article ("Support The
Moscow Times!"), an aggregator's credit closing a lead sentence ("..., AFP
reports.", "..., Example News Agency reports."), a byline run into a header
line ("By John Johnson, Newser Staff"). Read by ``publishers.Publishers``."""

from __future__ import annotations

import functools
import re

from pipeline.metadata.signs import HAS, NAME, REACHED_OUT, SUBSCRIBE_FR, SUBSCRIBE_TO

# An outlet speaking of itself in the body: "Newsweek reached out to the ministry
# for comment", "contacted by franceinfo", "a-t-il confié à Libération" is not one
# (an interview may be relayed); and the site's own furniture around the article:
# "Support The Moscow Times!", "Connectez-vous à votre compte franceinfo", "Read
# more on RFI English", "Plus d'informations à venir sur BFM Business".
# A wire saying what it could not do itself ("Reuters could not independently
# verify", "could not immediately verify", "l'AFP n'a pas pu assister", « la BBC n’est
# pas en mesure de confirmer ») is the writer too.
_SELF_AFTER = (rf"\s+{HAS}(?:{REACHED_OUT}|contacted|sought\s+comment|requested\s+comment|"
               r"asked\s+\w+\s+for\s+comment|a\s+contacté|a\s+sollicité|seen|reviewed|"
               r"a\s+(?:vu|consulté|constaté|pu\s+(?:voir|consulter|constater))|"
               r"n['’]a\s+pas\s+pu\s+(?:joindre|obtenir|assister|vérifier|confirmer)|"
               r"n['’](?:a|est)\s+pas\s+(?:été\s+)?en\s+mesure\s+de\s+(?:vérifier|confirmer)|"
               r"(?:could\s+not|was\s+unable\s+to|has\s+not\s+been\s+able\s+to|cannot)\s+"
               r"(?:(?:independently|immediately)\s+)?(?:verify|confirm|reach|attend))")
_SELF_BEFORE = (r"(?:contacted\s+by|reached\s+by|when\s+asked\s+by|support|read\s+more\s+on|more\s+on|"
                rf"{SUBSCRIBE_TO}|follow|contactée?s?\s+par|sollicitée?s?\s+par|votre\s+compte|"
                rf"à\s+venir\s+sur|retrouvez(?:\s+[\w'-]+){{0,6}}\s+sur|{SUBSCRIBE_FR}à)\s+(?:the\s+|l'|la\s+|le\s+)?")

# an aggregator's credit closing a lead sentence for a news organisation the outlet table does
# not know, its name as written: "..., Example News Agency reports." (``news_name`` checks the name)
NEWS_REPORTS = re.compile(rf"(?<![Aa]s\s),\s+(?P<o>{NAME})\s+reports(?:\s+citing\b[^.]*)?\s*\.\s*$")


@functools.lru_cache(maxsize=8)  # one outlet table serves every document of a run
def credit_patterns(names: str) -> tuple[re.Pattern, ...]:
    """The patterns over the outlet alternation ``names``: the outlet speaking
    of itself, an aggregator's credit ("..., AFP reports.", "... reports
    citing"; "..., reports Associated Press."), any such credit (a digest's),
    and a byline run into a header line ("By John Johnson, Newser Staff")."""
    after = rf"(?<!\bas\s)(?<!\bAs\s)(?P<o>{names}),?\s+reports"  # "AFP reports" (not "as AFP reports": a relay)

    def before(group: str) -> str:  # ", reports AFP"
        return rf",\s+reports\s+(?:the\s+)?(?P<{group}>{names})"
    return (re.compile(rf"(?i:{_SELF_BEFORE})(?P<a>{names})|(?P<b>{names})(?i:{_SELF_AFTER})"),
            re.compile(rf"{after}(?:\s+citing\b|\s*[.;]|\s*$)"),
            re.compile(rf"{after}\b|{before('o2')}\b"),
            re.compile(rf"{before('o')}\s*(?:[.;]|$)"),
            re.compile(rf"(?:\bBy|\bPar)\s+[A-ZÀ-Ý][\w.'-]+(?:\s+[A-ZÀ-Ý][\w.'-]+){{0,3}},\s*"
                       rf"(?P<o>{names})\s+(?i:staff|writer|reporter|correspondent)\b"))
