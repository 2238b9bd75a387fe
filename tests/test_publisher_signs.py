"""Publishers and dates from the signs of news style and site furniture that
name an outlet the outlet table may not know (``pipeline/metadata/signs.py``)
and from wire datelines in a slash, colon or French form. Sentences constructed
for the tests; the outlet names are invented."""

from __future__ import annotations

import pytest

from pipeline.config import Config
from pipeline.data import Document
from pipeline.metadata.signs import (asks_for_comment, author_outlet, byline_name, citing_carrier, lead_slash,
                                    masthead_below_title, news_name, outlet_named, outlet_place, own_reporting,
                                    paragraph_sign_off, reader_furniture, self_credited, wire_agency_name)
from pipeline.stages.clean import Clean

BODY = "The foreign minister said on Tuesday that the talks would resume next month in Geneva."


@pytest.fixture(scope="module")
def stage() -> Clean:
    return Clean(Config())


def run(stage: Clean, text: str) -> Document:
    return stage.process(Document(doc_id="t", path="t.txt", sha256="0", text=text))


@pytest.mark.parametrize("text, publisher", [
    # a credit before a slash opening the body
    (f"Talks to resume\nHilltown News/ {BODY}\n", "Hilltown News"),
    # a page title closed by the site's name and a date field
    (f"Talks to resume | Hilltown News | 21.09.2022\n{BODY}\n", "Hilltown News"),
    (f"Talks to resume | 21.09.2022\n{BODY}\n", None),
    # an agency by its wire credit in a dateline ("(AA)": Anadolu), places joined by a slash
    (f"Talks to resume\nBy Jane Doe\nMOSCOW/ISTANBUL (AA) - {BODY}\n", "Anadolu"),
    (f"Talks to resume\nReuters/ {BODY}\n", "Reuters"),
    # a name that is no outlet's before the slash: nothing
    (f"Talks to resume\nFarmers Union/ {BODY}\n", None),
    # a reporter and the agency after a slash closing a paragraph
    (f"Talks to resume\n{BODY} Jane Doe/HNA\n{BODY}\n", "HNA"),
    # a known agency's name after the last sentence of the body
    (f"Talks to resume\n{BODY}\n{BODY} AFP\n\nShare this page\n", "AFP"),
    # an unknown word there is no credit
    (f"Talks to resume\n{BODY}\n{BODY} Geneva\n", None),
    # the site asking its reader to subscribe, below the body
    (f"Talks to resume\n{BODY}\nNever miss a story, subscribe to Hilltown Online for FREE!\n", "Hilltown Online"),
    (f"Pourparlers\n{BODY}\nLes bonnes raisons de s’abonner au Courrier :\n", "Le Courrier"),
    (f"Pourparlers\n{BODY}\n«Hilltown Matin» vous propose deux lettres par jour.\n", "Hilltown Matin"),
    (f"Talks to resume\n{BODY}\nSubscribe to our newsletter for more.\n", None),
    # the outlet saying it asked for comment, known or not
    (f"Talks to resume\n{BODY} The Hilltown Almanac has reached out to the ministry for comment.\n",
     "The Hilltown Almanac"),
    (f"Talks to resume\n{BODY} The ministry has reached out to its partners.\n", None),
    # a known agency saying what it saw itself
    (f"Pourparlers\n{BODY} Sur place, l'AFP a vu de nombreux diplomates.\n", "AFP"),
    # a byline that is a news organisation's name alone
    (f"Talks to resume\nby Hilltown News Service\n{BODY}\n", "Hilltown News Service"),
    (f"Talks to resume\nby Jane Doe\n{BODY}\n", None),
    # the outlet speaking of its own reporting: present "tells", an exclusive, "has learned"
    (f"Talks to resume\n{BODY} “We will be there,” the minister tells The Hilltown Report.\n", "The Hilltown Report"),
    (f"Talks to resume\nThe minister spoke exclusively to the editor of Hilltown Eye, Jane Doe.\n{BODY}\n", "Hilltown Eye"),
    (f"Pourparlers\n{BODY} Le ministre a confié en exclusivité à La Gazette du Nord qu'il viendra.\n", "La Gazette du Nord"),
    (f"Talks to resume\n{BODY} The Hilltown Times has learned that the talks will move.\n", "The Hilltown Times"),
    (f"Talks to resume\n{BODY} The minister has learned that the talks will move.\n", None),
    (f"Talks to resume\n{BODY} “We will be there,” the minister tells Jane Doe.\n", None),
    # the byline's author given a post at an outlet
    (f"Pourparlers\nSelon le rédacteur en chef de La Gazette, Jean Dupont, rien ne changera.\npar Jean Dupont\n{BODY}\n",
     "La Gazette"),
    (f"Pourparlers\nSelon le rédacteur en chef de La Gazette, Jean Dupont, rien ne changera.\npar Paul Martin\n{BODY}\n",
     None),
    # the carrier of a report it cites
    (f"Talks to resume\nThe talks will resume, HNA reports citing The Daily Example.\n{BODY}\n", "HNA"),
    # ... only in the lead; "writes X with reference to" an outlet, not a person; "as X reports" relays
    (f"Talks to resume\n{BODY}\nThe talks will resume, HNA reports citing The Daily Example.\n", None),
    (f"Talks to resume\nThe talks will resume, writes UNN with reference to the ministry.\n{BODY}\n", "UNN"),
    (f"Talks to resume\nThe war is at a stalemate, writes John Smith with reference to Pentagon data.\n{BODY}\n",
     None),
    (f"Talks to resume\nThe ceasefire is holding, as Bild reports citing diplomats.\n{BODY}\n", None),
    # a digest crediting several outlets' reports: none is the publisher
    (f"Talks to resume\nThe talks will resume, AFP reports. {BODY}, Reuters reports.\n", None),
    (f"Talks to resume\nThe talks will resume, AFP reports. {BODY}\n", "AFP"),
    # a title suffix naming a section with a year is no outlet
    (f"Talks resume in Geneva | Election 2024 News\n{BODY}\n", None),
    (f"Talks resume in Geneva | Hilltown Daily News\n{BODY}\n", "Hilltown Daily News"),
])
def test_publisher_from_news_style_and_furniture(stage, text, publisher):
    assert run(stage, text).publisher == publisher


@pytest.mark.parametrize("lead, date, publisher", [
    ("QUÉBEC, le 28 mars 2024 /HNW/ - ", "2024-03-28", "HNW"),
    ("New Delhi [India], April 16, 2024 (HNI): ", "2024-04-16", "HNI"),
    ("PARIS, le 3 mai 2024 - ", "2024-05-03", None),
    ("15-2-2024 (MANILA) ", "2024-02-15", None),
    # a place and a known agency between spaced dashes
    ("Geneva - AFP - ", None, "AFP"),
    ("GENEVA — Reuters — ", None, "Reuters"),
    ("New York – AFP – ", None, "AFP"),
])
def test_wire_dateline_forms(stage, lead, date, publisher):
    doc = run(stage, f"Talks to resume\n{lead}{BODY}\n")
    assert doc.date == date
    assert doc.publisher == publisher
    assert all(not p_text.startswith(lead.strip()[:5]) for p_text in
               (doc.text[p.start:p.end] for p in doc.paragraphs))  # the dateline is cut from the body


@pytest.mark.parametrize("text, publisher", [
    # an unknown name between dashes is no wire dateline
    (f"Talks to resume\nGeneva - Hilltown Farmers - {BODY}\n", None),
    # "..., reports <known outlet>." closing the lead
    (f"Talks to resume\nThe talks will resume next month in Geneva, reports Associated Press.\n{BODY}\n", "AP"),
    (f"Talks to resume\nThe talks will resume, reports AFP. {BODY}, Reuters reports.\n", None),
    # a one-word byline the page's picture credit repeats
    (f"Talks to resume\n\nMay 2, 2024 10:18 AM PST | By Hilltown\nImage source: Hilltown\n\n{BODY}\n", "Hilltown"),
    (f"Talks to resume\n\nMay 2, 2024 10:18 AM PST | By Hilltown\nImage source: Getty\n\n{BODY}\n", None),
    (f"Talks to resume\n\nBy Jane Doe\nPhoto: Jane Doe\n\n{BODY}\n", None),
    # a news organisation's name right below the title, a picture's markup above it
    (f"<image>talks.jpg</image>\nPourparlers à Genève\nLe Journal de Hilltown\n{BODY}\n", "Le Journal de Hilltown"),
    (f"Talks to resume\nWorld News\n{BODY}\n", None),
    (f"Talks to resume\nGeneva, Tuesday\nHilltown Daily News\n{BODY}\n", None),
])
def test_publisher_from_header_and_lead(stage, text, publisher):
    assert run(stage, text).publisher == publisher


@pytest.mark.parametrize("text, publisher", [
    # an upper-case place and an agency in brackets, closed by a full stop, opening the lead
    (f"Talks to resume\nGENEVA (Hilltown Wire). {BODY}\n", "Hilltown Wire"),
    (f"Talks to resume\nNEW YORK (Reuters). {BODY}\n", "Reuters"),
    (f"Talks to resume\nGENEVA (Hilltown Wire). “We will go,” he said.\n{BODY}\n", "Hilltown Wire"),
    # no agency: a furniture word, a state, what an acronym stands for, a date
    (f"Talks to resume\nBREAKING (Update). {BODY}\n", None),
    (f"Talks to resume\nGENEVA (Video Report). {BODY}\n", None),
    (f"Talks to resume\nKYIV (Ukraine). {BODY}\n", None),
    (f"Talks to resume\nNATO (North Atlantic Treaty Organization). {BODY}\n", None),
    (f"Talks to resume\nGENEVA (June). {BODY}\n", None),
    # below the lead paragraph it is a speaker's label in a transcript, no dateline
    (f"Talks to resume\n{BODY}\nMINISTER (Laughing). We will see.\n", None),
    # an outlet's name, a dash and a place on a line above the body
    (f"Hilltown News – Geneva\n{BODY}\n", "Hilltown News"),
    (f"Talks to resume\nThe Hilltown Times - New York\n{BODY}\n", "The Hilltown Times"),
    (f"Reuters — Geneva\n{BODY}\n", "Reuters"),
    # not an outlet's name: a picture label, a section, an item; a month is no place
    (f"Photo – Geneva\n{BODY}\n", None),
    (f"Breaking News – Geneva\n{BODY}\n", None),
    (f"Press Release – Geneva\n{BODY}\n", None),
    (f"Hilltown News – June\n{BODY}\n", None),
    (f"Talks to resume\n{BODY}\nHilltown News – Geneva\n", None),
])
def test_wire_place_and_outlet_lines(stage, text, publisher):
    doc = run(stage, text)
    assert doc.publisher == publisher
    if publisher is not None:  # the dateline is cut from the body and the title
        assert all(not doc.text[p.start:p.end].startswith(("GENEVA", "NEW YORK", "Hilltown", "The Hilltown", "Reuters"))
                   for p in doc.paragraphs)


def test_signs_alone():
    assert lead_slash("Hilltown News/ The minister said") == "Hilltown News"
    assert lead_slash("The minister said 50/ 50") is None
    assert paragraph_sign_off("It will go on, he added. Jane Doe/HNA", last=False) == ("HNA", False)
    assert paragraph_sign_off("It will go on, he added. AFP", last=False) is None
    assert paragraph_sign_off("It will go on, he added. AFP", last=True) == ("AFP", True)
    assert reader_furniture("Subscribe to Premium for full access") is None
    assert reader_furniture("abonnez-vous au Quotidien du Nord") == "Le Quotidien du Nord"
    assert asks_for_comment("In 2022. The Hilltown Almanac has contacted the firm for a comment") == "The Hilltown Almanac"
    assert byline_name("By Jane Doe") is None
    assert own_reporting("he tells The Hilltown Report. Then he left") == "The Hilltown Report"
    assert own_reporting("he told reporters at the White House") is None
    assert own_reporting("in an exclusive interview with Hilltown Radio.") == "Hilltown Radio"
    assert own_reporting("he told Hilltown Radio exclusively that") == "Hilltown Radio"
    assert citing_carrier("a new cold war,” HNA reports citing The Daily Example.") == "HNA"
    assert citing_carrier("the parties agreed, writes UNN with reference to the parties.") == "UNN"
    assert citing_carrier("as Reuters reported, citing sources") is None
    assert news_name("US Election 2024 News") is None
    assert author_outlet("Jane Doe, a reporter at The Hilltown Report, said", "By Jane Doe") == "The Hilltown Report"
    assert author_outlet("selon la rédactrice en chef du Courrier, Marie Roux, ", "par Marie Roux") == "Le Courrier"
    assert self_credited("By Hilltown", "Photo credit: Hilltown") == "Hilltown"
    assert self_credited("By Hilltown", "Photo credit: Hilltown Images") is None
    assert masthead_below_title(["<image>a.jpg</image>", "Talks resume", "Example Valley Times"]) == "Example Valley Times"
    assert masthead_below_title(["Talks resume", "Breaking News"]) is None
    assert outlet_named("Hilltown Daily News") == "Hilltown Daily News"
    assert outlet_named("World News") is None and outlet_named("Press Conference") is None
    assert outlet_place("Hilltown News – Geneva")["publisher"] == "Hilltown News"
    assert outlet_place("Hilltown News – talks resume in Geneva") is None
    assert wire_agency_name("Hilltown Wire", False, "GENEVA")
    assert not wire_agency_name("United States", False, "WASHINGTON")
    assert not wire_agency_name("Hilltown Wire", False, "LIVE")


@pytest.mark.parametrize("url, date", [
    ("https://www.example.org/2024/03/28/talks-resume/", "2024-03-28"),
    ("https://fr.example.org/20240328/talks-resume-1068052384.html", "2024-03-28"),
    ("https://www.example.org/world/talks-resume-1068052384.html", None),
])
def test_date_from_web_address(stage, url, date):
    assert run(stage, f"{url}\n\nTalks to resume\n\n{BODY}\n").date == date


FR_BODY = "Le ministre des Affaires étrangères a déclaré mardi que les pourparlers reprendraient le mois prochain."


@pytest.mark.parametrize("text, publisher", [
    # the site the article was first published on, named below it
    (f"Pourparlers à Genève\n\n{FR_BODY}\n\nArticle original publié sur Hilltown-Infos.com\n", "Hilltown-Infos.com"),
    (f"Pourparlers à Genève\n\n{FR_BODY}\n\nCet article a été publié initialement sur Hilltown Matin\n", "Hilltown Matin"),
    # a source credit with the name in brackets of its own
    (f"Talks in Geneva\n\n{BODY}\n\nSource: (HILLTOWN PRESS)\n", "HILLTOWN PRESS"),
    # a bracketed credit closing the text: the site with the wire it used
    (f"Pourparlers à Genève\n\n{FR_BODY}\n\n(hilltown avec AFP)\n", "hilltown"),
    (f"Pourparlers à Genève\n\n{FR_BODY}\n\n(Le Courrier de Hilltown avec AFP)\n", "Le Courrier de Hilltown"),
    (f"Pourparlers à Genève\n\n{FR_BODY}\n\n(Hilltown avec des amis)\n", None),  # no wire named: no credit
    # a place, a comma and an agency's acronym before a dash open the lead
    (f"Brussels, HNA – {BODY}\n\n{BODY}\n", "HNA"),
    (f"Washington, USA – {BODY}\n\n{BODY}\n", None),  # a state
    (f"Brussels, NATO – {BODY}\n\n{BODY}\n", None),  # an international body
])
def test_credits_closing_or_opening_the_text(stage, text, publisher):
    assert run(stage, text).publisher == publisher


@pytest.mark.parametrize("text, publisher", [
    # a place and a known agency in fields opening the lead
    (f"Talks to resume\nGeneva, Switzerland | REUTERS | {BODY}\n", "Reuters"),
    # a field that is no outlet, or a long first field: no dateline
    (f"Talks to resume\nGeneva, Switzerland | Politics | {BODY}\n", None),
    # an aggregator's note on a syndicated story names its own staff
    (f"Talks to resume\n{BODY}\n(This story has not been edited by Hilltown Herald staff and is auto-generated "
     "from a syndicated feed.)\n", "Hilltown Herald"),
    (f"Talks to resume\n{BODY}\n(Only the headline and picture of this report may have been reworked by the "
     "Hilltown Standard staff; the rest of the content is auto-generated from a syndicated feed.)\n",
     "Hilltown Standard"),
    # staff named with no syndicated feed: an editor's note, no publisher
    (f"Talks to resume\n{BODY}\nThe figures were edited by Hilltown Herald staff.\n", None),
])
def test_fielded_datelines_and_syndication_notes(stage, text, publisher):
    assert run(stage, text).publisher == publisher


@pytest.mark.parametrize("lead, date, publisher", [
    # a place in lower case and a full date before a dash
    ("Antananarivo, 11 octobre 2025 — ", "2025-10-11", None),
    ("Nairobi, October 11, 2025 – ", "2025-10-11", None),
    # no comma after the place, two agencies in the brackets, a hyphen touching the body
    ("Niamey 28 janv 2024(HNA/KNA)-", "2024-01-28", "HNA"),
    # a comma before the brackets, a colon after them
    ("BUENOS AIRES, Argentina, March 2, 2025, (HNA): ", "2025-03-02", "HNA"),
])
def test_more_wire_dateline_forms(stage, lead, date, publisher):
    doc = run(stage, f"Talks to resume\n{lead}{BODY}\n")
    assert (doc.date, doc.publisher) == (date, publisher)
    assert all(not doc.text[p.start:p.end].startswith(lead.strip()[:5]) for p in doc.paragraphs)


@pytest.mark.parametrize("text, date", [
    # a lower-case place and a day with no year may open any sentence: no dateline
    (f"Talks to resume\nNairobi, 11 October – the day the talks began, was calm. {BODY}\n", None),
    # a date in a later sentence is an event
    (f"Talks to resume\n{BODY} Nairobi, October 11, 2025 – the next round.\n", None),
])
def test_lower_case_place_needs_a_full_date_at_the_lead(stage, text, date):
    assert run(stage, text).date == date


@pytest.mark.parametrize("text, publisher", [
    # a wire dateline below a standfirst: an agency named as a news organisation
    (f"Talks to resume\nThe minister will travel on Monday to the capital for talks.\n"
     f"GENEVA (Hilltown News) - {BODY}\n", "Hilltown News"),
    # ... not a one-word name in brackets, which may be a region
    (f"Talks to resume\nThe minister will travel on Monday to the capital for talks.\n"
     f"GENEVA (Hilltown) - {BODY}\n", None),
    # signs at the end: two agencies' acronyms on a line, an agency and its reporter in
    # brackets, the site's address alone, a copyright line above the site's furniture,
    # an outlet's name run together in brackets
    (f"Talks to resume\n{BODY}\nHNA/KNA\n", "HNA"),
    (f"Talks to resume\n{BODY} (HNA/Jane)\n", "HNA"),
    (f"Talks to resume\n{BODY}\nHilltown-info.com\n", "Hilltown-info.com"),
    (f"Talks to resume\n{BODY}\n© Hilltown Herald\nvisit website\n", "Hilltown Herald"),
    (f"Talks to resume\n{BODY} Full story (LeMonde)\n", "Le Monde"),
    # a domain inside a sentence is no sign-off
    (f"Talks to resume\n{BODY}\nMore on hilltown-info.com and elsewhere.\n", None),
])
def test_standfirst_datelines_and_sign_offs(stage, text, publisher):
    assert run(stage, text).publisher == publisher


@pytest.mark.parametrize("text, publisher", [
    # fields that are no place and agency: a photo label; a section breadcrumb (whose last
    # field is the site's name, as a page title's)
    (f"Talks to resume\nFile photo | Reuters | A view of the palace\n{BODY}\n", None),
    (f"Talks to resume\nWorld | Reuters | Hilltown Herald\n{BODY}\n", "Hilltown Herald"),
    # staff who reworked data, no syndicated feed
    (f"Talks to resume\n{BODY}\nThe figures were reworked by Hilltown Herald staff using syndicated data.\n", None),
])
def test_fields_and_staff_notes_that_name_no_publisher(stage, text, publisher):
    assert run(stage, text).publisher == publisher


@pytest.mark.parametrize("text, publisher", [
    # a site's address as its name: closing a page title, or in a wire credit opening the lead
    (f"Talks to resume in Geneva | Hilltown.fr\n{BODY}\n", "Hilltown"),
    (f"Talks to resume\n(HilltownNews.com) - {BODY}\n", "HilltownNews"),
    # an address in a sentence is neither
    (f"Talks to resume\n{BODY} Read more at (Hilltown.fr) later.\n", None),
])
def test_site_addresses_as_names(stage, text, publisher):
    assert run(stage, text).publisher == publisher


@pytest.mark.parametrize("text, publisher", [
    # a photo credit inside the body is no sign-off
    (f"Talks to resume\n{BODY}\nThe ministers met at the palace. (HNA/Getty)\n{BODY}\n", None),
    (f"Talks to resume\n{BODY}\nHNA/POOL\n{BODY}\n", None),
    # a file name is no site address; a photo's copyright above a last paragraph is no publisher's
    (f"Talks to resume\n{BODY}\nIMG_2034.jpg\n", None),
    (f"Talks to resume\n{BODY}\n© Hilltown Herald\nThe ministry declined to comment.\n", None),
])
def test_sign_offs_only_where_the_body_ends(stage, text, publisher):
    assert run(stage, text).publisher == publisher


def test_a_lower_case_place_and_date_before_a_lower_case_phrase_is_no_dateline(stage):
    doc = run(stage, f"Talks to resume\nHiroshima, August 6, 1945 – a date that changed the world. {BODY}\n")
    assert doc.date is None


@pytest.mark.parametrize("text, date, publisher", [
    # a byline's date line below it wins over a photo caption's date above it
    ("Talks to resume in Geneva\n\nThe foreign minister, on 1 September 2021. (Jane Doe / Picture Desk)\n"
     f"Par Hilltown Info\nLe mercredi 16 novembre 2022 à 12:54\n\n{BODY}\n", "2022-11-16", None),
    # a caption's date alone is the photo's, not the article's
    (f"Talks to resume in Geneva\n\nThe minister, on 1 September 2021. (Jane Doe / Picture Desk)\n\n{BODY}\n",
     None, None),
    # ... and so is one whose credit follows its full stop after a dash (photographer / agencies)
    (f"Talks to resume in Geneva\n\nThe minister in Geneva, on 4 April 2021. - Jane Doe / HNA / KNA\n\n{BODY}\n",
     None, None),
    (f"Talks to resume in Geneva\n\nLe ministre à Genève, le 4 avril 2021. – Jane Doe / HNA /\n\n{BODY}\n",
     None, None),
    # (a date line alone stays the page's date)
    (f"Talks to resume in Geneva\n4 April 2021\n\n{BODY}\n", "2021-04-04", None),
    # a lead's credit in brackets dated after a dash
    (f"MOSCOW (Hilltown News / Sputnik - 16th November, 2022) {BODY}\n", "2022-11-16", "Sputnik"),
    # an agency's initials alone in lower case below the last paragraph
    (f"Talks to resume\n{BODY}\n{BODY}\nafp\nTags:\n", None, "AFP"),
    (f"Talks to resume\n{BODY}\n{BODY}\nabc\nTags:\n", None, None),
])
def test_date_lines_captions_and_lower_case_sign_offs(stage, text, date, publisher):
    doc = run(stage, text)
    assert (doc.date, doc.publisher) == (date, publisher)


@pytest.mark.parametrize("text, date, publisher", [
    # cases a review found: an update line under the byline is no publication date
    ("Talks: what we know\nPar Hilltown Info\nActualisé le 18 novembre 2022 à 09:00\n"
     f"Publié le 16 novembre 2022 à 12:54\n{BODY}\n", "2022-11-16", None),
    # a date line closed by a credit is a date line, no caption
    (f"Talks to resume in Geneva\n16 novembre 2022 à 12h54 (Jean Dupont / Hilltown Info)\n{BODY}\n",
     "2022-11-16", None),
    # a caption's bracket dated after a dash is no wire credit
    ("Talks to resume\n(File photo - March 12, 2019) The minister speaks in Geneva.\nBy Jane Doe\n"
     f"Published November 16, 2022\n{BODY}\n", "2022-11-16", None),
    # initials in a list of tags below the article are a tag, not a sign-off
    (f"Talks to resume\n{BODY}\n{BODY}\nTags:\neducation\nbudget\nap\n", None, None),
])
def test_what_the_date_lines_and_sign_offs_leave_alone(stage, text, date, publisher):
    doc = run(stage, text)
    assert (doc.date, doc.publisher) == (date, publisher)


@pytest.mark.parametrize("text, publisher", [
    # a known outlet and a date on a header line: the byline
    (f"Talks to resume\n\nAFP , Tuesday 14 May 2024\n\n{BODY}\n", "AFP"),
    (f"Talks to resume\n\nGeneva, June 19, 2024\n\n{BODY}\n", None),
    # a source line giving the address of the page the text was taken from
    (f"Talks to resume\n\n{BODY}\n\n{BODY}\n\nSource: https://hilltown-news.pt/2023/11/21/talks/\n", "Hilltown News"),
    (f"Talks to resume\n\n{BODY}\n\n{BODY}\n\nSource: https://www.reuters.com/world/talks/\n", "Reuters"),
])
def test_outlet_bylines_and_source_addresses(stage, text, publisher):
    assert run(stage, text).publisher == publisher


@pytest.mark.parametrize("text, date, publisher", [
    # a full date, then the place, each before a dash, opening the lead
    (f"16 May 2025 – Geneva – {BODY}\n", "2025-05-16", None),
    # ... not a date in a sentence, nor one without its year
    (f"16 May – Geneva – {BODY}\n", None, None),
    # a syndicated article's last line sending the reader to a known outlet
    (f"Talks to resume\n\n{BODY}\n\nFor the latest news, weather, sports and streaming video, head to The Hill.\n",
     None, "The Hill"),
    (f"Talks to resume\n\n{BODY}\n\nFor more news, head to the Hilltown Planet.\n", None, None),
])
def test_date_place_leads_and_promotional_last_lines(stage, text, date, publisher):
    doc = run(stage, text)
    assert (doc.date, doc.publisher) == (date, publisher)


@pytest.mark.parametrize("text, date, publisher", [
    # a share card's closing fields: the site with the wire it used, then the date
    (f"Talks to resume\n{BODY}\n{BODY}\n{BODY} » | Hilltown Herald avec Reuters | jeudi 23 novembre 2023\n",
     "2023-11-23", "Hilltown Herald"),
    (f"Talks to resume\n{BODY}\n{BODY}\n{BODY} | Hilltown Herald with AFP | November 23, 2023\n",
     "2023-11-23", "Hilltown Herald"),
    # with a co-author who is no wire, the fields date the card but name no publisher; the same
    # fields above the last line are no signature
    (f"Talks to resume\n{BODY}\n{BODY}\n{BODY} | Hilltown Herald avec Jane Doe | jeudi 23 novembre 2023\n",
     "2023-11-23", None),
    (f"Talks to resume\n{BODY}\n{BODY} | Hilltown Herald avec Reuters | jeudi 23 novembre 2023\n{BODY}\n",
     None, None),
    # a copyright notice below the body with both the sign and the word
    (f"Talks to resume\n{BODY}\n{BODY}\n© Copyright Hilltown Herald\n", None, "Hilltown Herald"),
])
def test_share_card_signature_and_copyright_word(stage, text, date, publisher):
    doc = run(stage, text)
    assert (doc.date, doc.publisher) == (date, publisher)


@pytest.mark.parametrize("text, publisher", [
    # an agency the outlet table does not know, crediting itself at the end of the lead sentence
    (f"Talks to resume\n{BODY[:-1]}, Hilltown News Agency reports.\n{BODY}\n{BODY}\n", "Hilltown News Agency"),
    (f"Talks to resume\n{BODY[:-1]}, Hilltown News Agency reports citing the ministry.\n{BODY}\n", "Hilltown News Agency"),
    # not a relay ("as X reports"), nor a name with no news word, nor past the lead
    (f"Talks to resume\n{BODY[:-1]}, as Hilltown News Agency reports.\n{BODY}\n{BODY}\n", None),
    (f"Talks to resume\n{BODY[:-1]}, the Hilltown Institute reports.\n{BODY}\n{BODY}\n", None),
    (f"Talks to resume\n{BODY}\n{BODY}\n{BODY}\n{BODY[:-1]}, Hilltown News Agency reports.\n{BODY}\n", None),
])
def test_an_unknown_agency_credited_at_the_end_of_the_lead(stage, text, publisher):
    assert run(stage, text).publisher == publisher
