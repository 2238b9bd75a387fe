"""How a page names the outlet that wrote it when the outlet table may not
know it: the shape of an outlet's name, and the signs of news style and site
furniture around it.

- ``NAME``: capitalised words, perhaps joined by "de", "of", "&" ("Kuwait News
  Agency", "Le Journal de Montréal"); ``NEWS_WORD``: the words that make such
  a name a news organisation's ("Source: Kuwait News Agency", not "Source:
  Ministry of Defence"); ``news_shaped`` checks both, ``news_name`` its length too.
- ``lead_slash``: a credit opening the first paragraph, ended by a slash
  ("Example News/ The minister said ...", the style of "/TASS/" without the
  dateline).
- ``paragraph_sign_off``: a reporter's name and the agency after a slash
  closing a paragraph ("... he added. Jane Doe/PNA"), or a known agency's name
  after the last sentence of the body ("... à distance. AFP").
- ``asks_for_comment``: the outlet saying it asked someone for comment ("The
  Hilltown Almanac has reached out to the ministry for comment");
- ``byline_name``: a byline of a news organisation alone ("by Example News
  Service");
- ``reader_furniture``: the site addressing its own reader: "subscribe to
  Example Online for free", "s'abonner au Temps" (``au`` is "à le": the
  name is "Le Temps"), "« Exemple Matin » vous propose ...".
- ``own_reporting``: the outlet speaking of its own reporting in the present
  or as an exclusive ("the minister tells The Hilltown Report", "spoke
  exclusively to the editor of Example News", "The Hilltown Times has
  learned", "a confié en exclusivité à Exemple Matin"); ``citing_carrier``: the
  outlet carrying a report it cites ("HNA reports citing The Daily Example").
- ``author_outlet``: the byline's author given a post at an outlet in the
  text ("Selon le rédacteur en chef du Courrier, Jean Dupont, ..." above "par
  Jean Dupont"; "Jane Doe, a reporter at The Hilltown Report").
- ``self_credited``: a byline of one capitalised word that the page also
  credits for its pictures ("10:18 AM PST | By Hilltown" and "Image source:
  Hilltown"): a person is credited by first and last name, so one word
  crediting both the text and the pictures is the site's own name.
- ``masthead_below_title``: a news organisation's name alone on the line
  right below the page title ("Talks resume in Geneva" then "Le Journal de
  Hilltown"), a picture's markup line above the title aside; a name of
  section words only ("World News") is a section label, not a masthead.
- ``news_name`` rejects a year: "US Election 2024 News" names a section.
- ``outlet_place`` and ``outlet_named``: a line "Hilltown News – Geneva"
  above the body, whose name must read as a news outlet's, not a section's
  or an item's ("Press Release"); ``wire_agency_name``: what the brackets of
  a wire dateline may hold ("GENEVA (Hilltown Wire)." but not "GENEVA
  (Ukraine).", "BREAKING (Update).", "NATO (North Atlantic Treaty Organization).").
"""

from __future__ import annotations

import functools
import re

from pipeline.metadata.dates import MONTHS
from pipeline.outlets import OUTLET_PLACE, PLATFORMS, agency_like, initials_of
from pipeline.states import STATE_BODIES

NAME = r"[A-ZÀ-Ý0-9][\w'’.&-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’.&-]*|de|du|des|d'|of|the|and|et|&)){0,6}"
NEWS_WORD = re.compile(r"(?i:\b(?:news|agency|agence|press|presse|times|post|herald|tribune|journal|gazette|"
                       r"telegraph|daily|radio|television|télévision|tv|broadcasting|media|médias|wire|"
                       r"newspaper|quotidien|hebdo|courier|courrier|dépêche|depeche|dispatch|chronicle|observer|"
                       r"inquirer|examiner|sentinel|nouvelles)\b)")

_NAME_RX = re.compile(NAME)
# An outlet speaking of its own contacting ("has reached out to", "contacted")
# and the site asking its reader to subscribe: the words of ``asks_for_comment``
# and ``reader_furniture`` for any name, and of ``publishers``' self-mentions
# for a known outlet
HAS = r"(?:has\s+|had\s+)?"
REACHED_OUT = r"reached\s+out"
SUBSCRIBE_TO = r"subscribe\s+to"
SUBSCRIBE_FR = r"abonnez-vous\s+"

_LEAD_SLASH = re.compile(rf"\W{{0,3}}(?P<name>{NAME})\s?/\s+(?=[A-ZÀ-Ý\"“«])")
# "Jane Doe/PNA" closing a paragraph: a name of two or three capitalised words
# after a sentence end (or alone), a slash, an agency's acronym
_BYLINE_SLASH = re.compile(r"(?:^|(?<=[.!?»”\"’]\s))(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,2}[A-ZÀ-Ý][a-zà-ÿ'’-]+\s*/\s*"
                           r"(?P<agency>[A-Z]{2,6})\s*$")
# two agencies' acronyms alone on a line, "VNA/CVN" (the first wrote it), or an agency's
# and its reporter's in brackets closing a paragraph, "... maintained. (VOI/Andy)"
_AGENCIES_LINE = re.compile(r"^\s*(?P<agency>[A-Z]{2,6})\s*/\s*[A-Z]{2,6}\s*$")
_AGENCY_REPORTER = re.compile(r"(?<=[.!?»”\"’])\s*\((?P<agency>[A-Z]{2,6})\s*/\s*[A-ZÀ-Ý][\w'’-]+\)\s*$")
# a known agency's name alone after the last sentence of a paragraph
_AFTER_SENTENCE = re.compile(r"(?<=[.!?»”\"’])\s+(?P<agency>[A-Z][\w-]{1,20})\s*$")
_SUBSCRIBE = re.compile(
    rf"(?i:\b{SUBSCRIBE_TO}|\bs['’]abonner\s+(?P<au>au|à)|\b{SUBSCRIBE_FR}(?P<au2>au|à))\s+(?P<name>{NAME})")
_ADDRESSES_READER = re.compile(r"[«\"“]\s*(?P<name>[^»\"”\n]{2,40}?)\s*[»\"”]\s+vous\s+(?:propose|offre)\b")
# "Toute l'actualité en temps réel, est sur Le Courrier", "Suivez l'actualité internationale sur X"
_NEWS_ON = re.compile(rf"(?i:\bl['’]actualit[ée](?:[\s,]+[\w'’-]+){{0,5}}?[\s,]+(?:est\s+)?sur)\s+(?P<name>{NAME})")
# what the site offers its subscribers is not its name ("subscribe to Premium")
_NOT_SITE = frozenset("premium plus our notre nos newsletter newsletters alerts updates".split())


# The page saying which outlet the article comes from: "L'article provient de
# Le Journal de Montréal", "This article was originally published in The
# Conversation", "Cet article a d'abord été publié par Le Temps", and an excerpt
# sending the reader to the rest of it: « Lire la suite sur X », "Continue reading on X".
ORIGIN = re.compile(
    r"\W{0,3}(?i:l'article\s+provient\s+d[eu]|(?:lire|découvrir)\s+la\s+suite\s+(?:de\s+l'article\s+)?sur|"
    r"(?:continue|keep)\s+reading\s+(?:on|at)|read\s+(?:the\s+)?(?:rest|full\s+(?:article|story))\s+(?:on|at)|"
    r"(?:(?:l'|cet\s+)?article\s+original\s+|(?:l'|cet\s+)?article\s+)?(?:publié|paru)\s+(?:initialement|à\s+l'origine|d'abord)\s+(?:sur|dans|par)|"
    r"(?:l'|cet\s+)?article\s+original\s+(?:publié|paru)\s+(?:sur|dans|par)|"
    r"(?:cet\s+|l')article\s+(?:a\s+)?(?:d'abord\s+|initialement\s+)?"
    r"(?:été\s+)?(?:publié|paru)\s+(?:initialement\s+|d'abord\s+)?(?:dans|par|sur)|"
    r"(?:this|the)\s+(?:article|story|piece)\s+(?:was\s+|is\s+)?(?:originally|first)\s+(?:published|appeared)\s+(?:in|on|by)|"
    r"originally\s+(?:published|appeared)\s+(?:in|on|by))"
    rf"\s+(?P<name>{NAME})\s*[.!]?\s*$")
# an aggregator naming its source site in quotation marks, in the present tense:
# '..., reports the national portal "Adyrna".', "rapporte le site « Le Média »"
REPORTS_NAMED = re.compile(
    r"\b(?:reports|rapporte)\s+(?:the\s+|le\s+|la\s+|l')?(?:[\w'-]+\s+){0,2}"
    r"(?i:portal|website|site|agency|agence|newspaper|journal|quotidien|outlet|channel|chaîne|media|média)\s+"
    r"[\"“«]\s*(?P<name>[^\"”»\n]{2,40}?)\s*[\"”»]")
# the legal form closing a company's name in a copyright notice
LEGAL_FORM = re.compile(r"[\s,]+(?:Ltd|Limited|Inc|LLC|plc|PLC|SA|S\.A|SAS|GmbH)\.?$")
# A byline of an outlet and the agencies: "Agencies and A News", "Daily Sabah
# with agencies", "Le Temps avec agences".
WITH_AGENCIES = re.compile(
    rf"[\W]{{0,3}}(?:(?i:agencies|agences)\s+(?:and|et|&)\s+(?P<a>{NAME})"
    rf"|(?P<b>{NAME}?)(?:\s+(?i:staff|reporters?|rédaction))?\s+(?:and|with|avec|et|&)\s+(?i:agencies|agences))\s*$")


# a credit in brackets closing the article, the site with the wire it used:
# "(Le Figaro avec AFP)", "(upday avec AFP)", "(Example News with Reuters)"
WITH_CREDIT = re.compile(r"\(\s*(?P<name>[^\W\d_][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}?)\s+(?i:avec|with)\s+"
                         r"(?P<wire>[^()]{2,40})\)\s*\.?")


_FOR_COMMENT = re.compile(
    rf"(?<![\w'.-])(?P<name>[A-ZÀ-Ý][\w'’&-]*(?:\s+[A-ZÀ-Ý][\w'’&-]*){{0,4}})\s+{HAS}"
    rf"(?:{REACHED_OUT}\s+to|contacted|asked)\s+"
    r"[^.!?\n]{0,80}?\bfor\s+(?:a\s+|further\s+)?comments?\b")
_BY = re.compile(r"\W{0,3}(?i:by|par)\s+(?P<name>.+?)\s*$")


# an outlet's name the text itself marks as an organisation's: "The Hilltown
# Report" (an article before capitalised words), or one with a news word
_THE_NAME = re.compile(rf"(?:The|Le|La|Les|L')\s*{NAME}")
_ROLE = (r"(?i:editor(?:-in-chief|\s+in\s+chief)?|reporter|correspondent|journalist|anchor|host|team|"
         r"rédact(?:eur|rice)(?:\s+en\s+chef)?|journaliste|correspondante?|équipe)")
# "exclusively to" with the outlet, or a role at it: "spoke exclusively to the
# editor of X"; "told X exclusively"; "in an exclusive interview with X"; the
# present "tells X"; French "a confié/déclaré en exclusivité à X",
# "dans un entretien exclusif (accordé) à X"
_OWN = re.compile(
    rf"(?:\bexclusively\s+to|\b(?:tells|a\s+(?:confié|déclaré|indiqué)\s+en\s+exclusivité\s+à)|"
    rf"\bin\s+an\s+exclusive\s+interview\s+with|\bentretien\s+exclusif\s+(?:accordé\s+)?à)"
    rf"\s+(?:(?:the\s+|l[ea]\s+|l')?(?P<role>{_ROLE})\s+(?:of|at|de|du|d'|à)\s*)?(?P<name>{NAME})"
    rf"|\btold\s+(?P<told>{NAME})\s+exclusively\b"
    rf"|(?:^|(?<=[.!?»”\"]\s))(?P<subj>{NAME})\s+(?:has\s+learned|understands|a\s+appris)\b")
_CITING = re.compile(rf"(?<![\w'’.-])(?<!\bas\s)(?<!\bAs\s)(?P<name>{NAME}),?\s+(?:reports|writes)\s+"
                     rf"(?:citing|with\s+reference\s+to)\b"
                     rf"|\b(?:reports|writes)\s+(?P<after>{NAME})\s+(?:citing|with\s+reference\s+to)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
WORD_RX = re.compile(r"[\w'’-]+")


_PERSON = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}"
# a post at an outlet and the person holding it, either way round
_POST = re.compile(
    rf"\b{_ROLE}\s+(?:of|at|for|de|du|d')\s*(?P<name>{NAME}),\s+(?P<person>{_PERSON})\b"
    rf"|\b(?P<person2>{_PERSON}),\s+(?:the\s+|an?\s+|les?\s+|la\s+|l')?{_ROLE}\s+(?:of|at|for|de|du|d')\s*(?P<name2>{NAME})")


# a byline of one capitalised word, a whole line or the last of header fields
_ONE_WORD_BY = re.compile(r"(?:^|\s[|·•]\s+)\W{0,3}(?:By|by|BY|Par|par)\s+(?P<name>[A-ZÀ-Ý][\w&'’.-]+)\s*$")
_PICTURE_CREDIT = (r"(?im:^\W*(?:(?:image|photo|picture|illustration)s?(?:\s+(?:source|credit|crédit))?|"
                   r"crédits?\s+photos?|source\s+(?:de\s+l'image|image))\s*:\s*{}\s*$)")


@functools.lru_cache(maxsize=256)
def _credit_of(name: str) -> re.Pattern:
    """A picture credit line naming ``name``."""
    return re.compile(_PICTURE_CREDIT.format(re.escape(name)))


@functools.lru_cache(maxsize=256)
def _byline_of(person: str) -> re.Pattern:
    """A byline naming ``person``."""
    return re.compile(rf"(?i:\bby|\bpar)\s+{re.escape(person)}\b")


def self_credited(line: str, text: str) -> str | None:
    """The one-word name of a byline that the page's picture credit repeats
    ("By Hilltown" and "Image source: Hilltown"), as written."""
    m = _ONE_WORD_BY.search(line)
    if m is None or not _credit_of(m["name"].rstrip(".")).search(text):
        return None
    return m["name"].rstrip(".")


# a line of markup only: a picture scraped as "<image>...</image>"
_MARKUP = re.compile(r"\s*<(\w+)[^>]*>.*</\1>\s*|\s*<\w+[^>]*>\s*")
# words that name a site's section, not the site ("World News", "Breaking News")
_SECTION = frozenset("news world breaking latest top local national international business "
                     "live actualités actu infos monde de du des of the and et le la les l'".split())


# words that make a news-shaped name an item's, not an outlet's ("Press Release", "Daily Briefing")
_ITEM = frozenset("release releases conference briefing statement update updates roundup summary".split())


def masthead_below_title(lines: list[str]) -> str | None:
    """The masthead right below the page title, as written, given the
    header's lines that are not blank, web addresses or dates."""
    lines = [ln for ln in lines if not _MARKUP.fullmatch(ln)]
    if len(lines) < 2 or len(lines[1]) > 40 or (name := outlet_named(lines[1])) != lines[1].strip():
        return None
    return name


def outlet_named(part: str) -> str | None:
    """``part`` as an outlet's name (``news_name``), as written, unless its
    words are a section's ("World News") or name an item ("Press Release")."""
    name = news_name(part)
    words = set(WORD_RX.findall(name.lower())) if name else set()
    if words & _ITEM or not words - _SECTION - {w.lower() for w in NEWS_WORD.findall(name or "")}:
        return None
    return name


def state_name(name: str) -> bool:
    """Whether ``name`` is a state's or its capital's ("Ukraine", "United States")."""
    return " ".join(name.lower().split()) in _state_names()


def _has_month(name: str) -> bool:
    return any(w.lower().rstrip(".") in MONTHS for w in name.split())


def wire_agency_name(name: str, known: bool, place: str = "") -> bool:
    """Whether a wire dateline's brackets may name an agency: a known outlet,
    or a name of no month ("(June 5)") that is no state's ("(Ukraine)");
    neither it nor the upper-case place before it with a word that
    agency_like turns away ("BREAKING (Update)."), and the brackets not the
    words the place's letters stand for ("NATO (North Atlantic Treaty Organization).")."""
    if not agency_like(f"{name} {place}") or initials_of(name, place):
        return False
    return known or not (_has_month(name) or state_name(name))


def outlet_place(line: str) -> re.Match | None:
    """A line of an outlet's name, a dash and a place ("Hilltown News –
    Geneva", see OUTLET_PLACE; no month in the place); the caller checks the name."""
    m = OUTLET_PLACE.fullmatch(line.strip())
    return m if m is not None and not _has_month(m["place"]) else None


@functools.lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(n.lower() for names, _ in STATE_BODIES.values() for n in names)


_DU_BEFORE = re.compile(r"\bdu\s*$")


def author_outlet(line: str, bylines: str) -> str | None:
    """The outlet where the text gives the author of a byline in ``bylines``
    a post ("le rédacteur en chef de La Gazette, Jean Dupont"), as written
    ("du": "de le")."""
    for m in _POST.finditer(line):
        person, name = (m["person"], m["name"]) if m["person"] else (m["person2"], m["name2"])
        if _byline_of(person).search(bylines):
            name = _trim(name)
            return "Le " + name if _DU_BEFORE.search(m[0][:m[0].find(name)]) else name
    return None


def own_reporting(line: str) -> str | None:
    """The outlet's name where it speaks of its own reporting, as written: a
    name after a role ("the editor of X") may be any name; otherwise it must
    read as an organisation's ("The X Report", "Example News"), and the
    subject of "has learned" must have a news word."""
    for m in _OWN.finditer(line):
        name = _trim(m["name"] or m["told"] or m["subj"])
        if news_name(name) or (not m["subj"] and (m["role"] or _THE_NAME.fullmatch(name))):
            return name  # ("The minister has learned": a subject needs a news word)
    return None


def citing_carrier(line: str) -> str | None:
    """The outlet carrying a report it cites, as written, in the present tense of
    the text's own voice ("HNA reports citing X", "..., writes UNN with reference to X")."""
    m = _CITING.search(line)
    name = m and (m["name"] or (m["after"] if m["after"] and (news_name(m["after"]) or len(m["after"].split()) == 1)
                                else None))
    return _trim(name) if name and len(name.split()) <= 5 else None


_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?]\s")
_NAME_END = re.compile(r"(?:['’]s|[.,])$")


def _trim(name: str) -> str:
    """A name as matched, up to a sentence's end ("Report. More": not
    "U.S. News"), without a possessive or a closing full stop."""
    name = _SENTENCE_END.split(name)[0]
    return _NAME_END.sub("", name.strip())


def asks_for_comment(line: str) -> str | None:
    """The name of who says it asked for comment, as written (the outlet)."""
    m = _FOR_COMMENT.search(line)
    return m["name"] if m and len(m["name"].split()) <= 5 else None


def byline_name(line: str) -> str | None:
    """A news organisation's name making up a whole byline ("by Example News
    Service"), as written."""
    m = _BY.match(line)
    return news_name(m["name"]) if m else None


def news_name(part: str) -> str | None:
    """``part`` as a news organisation's name the outlet table may not know:
    capitalised words, at most six, one of them a news word ("Hilltown Daily
    News", "Example Valley News Agency"); None otherwise."""
    name = part.strip(" .,;:|()")
    if len(name.split()) <= 6 and news_shaped(name) and not _YEAR.search(name):
        return name
    return None


def news_shaped(name: str) -> bool:
    """Is ``name`` (stripped) shaped as a news organisation's: ``NAME`` with a news word?"""
    return bool(_NAME_RX.fullmatch(name)) and NEWS_WORD.search(name) is not None


def lead_slash(line: str) -> str | None:
    """The name before a slash opening the first paragraph ("Example News/
    ..."), as written; the caller checks it names an outlet."""
    m = _LEAD_SLASH.match(line)
    return m["name"] if m else None


def paragraph_sign_off(line: str, last: bool) -> tuple[str, bool] | None:
    """(agency, whether only a known outlet may be taken) signing off a
    paragraph: "Jane Doe/PNA" at the end of any paragraph; closing the body
    (``last``), "(VOI/Andy)", a line "VNA/CVN" or a bare name after its last sentence."""
    if (m := _BYLINE_SLASH.search(line)) is not None:
        return m["agency"], False
    if last and (m := _AGENCIES_LINE.match(line) or _AGENCY_REPORTER.search(line)) is not None:
        return m["agency"], False  # (at the end of the body only: a caption's "(AFP/Getty)" is a photo credit)
    if last and (m := _AFTER_SENTENCE.search(line)) is not None:
        return m["agency"], True
    return None


def reader_furniture(line: str) -> str | None:
    """The site's name where it addresses its reader, as written ("subscribe to
    X", « X vous propose », « toute l'actualité est sur X »)."""
    if (m := _SUBSCRIBE.search(line)) is not None:
        words = m["name"].split()
        if words[0].lower() in _NOT_SITE:
            return None
        if (m["au"] or m["au2"] or "").lower() == "au":  # "s'abonner au Temps": à + le
            words.insert(0, "Le")
        return " ".join(words).rstrip(".")
    if (m := _ADDRESSES_READER.search(line)) is not None:
        return m["name"]
    if (m := _NEWS_ON.search(line)) is not None and m["name"].split()[0].lower() not in PLATFORMS:
        return m["name"].rstrip(".")
    return None
