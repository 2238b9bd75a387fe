"""Default rules shipped with the pipeline. Every list here is a config default
and can be replaced in the YAML file (``configs/en.yaml`` shows them all)."""

# canonical outlet name -> spellings seen in articles. Matching is
# case-insensitive for aliases of four characters or more; short acronyms match
# as written (so "AP" does not match the French word "ap", but list "Ria" if an
# article spells RIA that way). In names of several words, the words after the
# first keep their capitals ("Le Monde" is not "le monde", the world).
# Publishers are reported under these canonical names.
OUTLETS: dict[str, list[str]] = {
    "Reuters": ["Reuters", "REUTERS"],
    "RIA": ["RIA Novosti", "RIA", "Ria", "Ria Novosti"],
    "TASS": ["TASS", "Tass", "ITAR-TASS"],
    "KCNA": [
        "KCNA",
        "Korean Central News Agency",
        "agence centrale de presse coréenne",
        "agence de presse officielle nord-coréenne",
        "agence de presse nord-coréenne",
    ],
    "Interfax": ["Interfax"],
    "Guardian": ["The Guardian", "Guardian"],
    "Yonhap": ["Yonhap", "Yonhap News Agency"],
    "AFP": ["AFP", "Agence France-Presse"],
    "AP": ["AP", "Associated Press"],
    "BelTA": ["BelTA", "Belta"],
    "Xinhua": ["Xinhua", "Xinhua News Agency", "Chine nouvelle"],
    "Kyodo": ["Kyodo", "Kyodo News"],
    "Jiji Press": ["Jiji Press", "Jiji"],
    "BBC": ["BBC", "BBC News"],
    "CNN": ["CNN"],
    "NBC News": ["NBC News", "NBC"],
    "Bloomberg": ["Bloomberg"],
    "Politico": ["Politico", "POLITICO"],
    "RT": ["RT", "Russia Today"],
    "Sputnik": ["Sputnik", "Sputnik News", "Sputnik International"],
    "dpa": ["dpa", "DPA", "Deutsche Presse-Agentur"],
    "DW": ["DW", "Deutsche Welle"],
    "Euronews": ["Euronews"],
    "Anadolu": ["Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA"],  # its wire credit: "ANKARA (AA) -"
    "KBS": ["KBS", "KBS World"],
    "NK News": ["NK News", "NKNews"],
    "Al Jazeera": ["Al Jazeera", "Al-Jazeera"],
    "Al Mayadeen": ["Al Mayadeen", "Al-Mayadeen"],
    "Le Monde": ["Le Monde"],
    "CCTV": ["CCTV", "China Central Television"],
    "CGTN": ["CGTN"],
    "Global Times": ["Global Times"],
    "People's Daily": ["People's Daily", "Quotidien du peuple"],
    "Wall Street Journal": ["The Wall Street Journal", "Wall Street Journal"],
    "CBS News": ["CBS News", "CBS"],
    "ABC News": ["ABC News"],
    "Fox News": ["Fox News"],
    "Le Figaro": ["Le Figaro"],
    "France 24": ["France 24", "France24"],
    # franceinfo's site is francetvinfo.fr; France Télévisions is another outlet
    "franceinfo": ["franceinfo", "France Info", "francetvinfo"],
    "RFI": ["RFI", "Radio France Internationale"],
    "Rodong Sinmun": ["Rodong Sinmun"],
    "NHK": ["NHK"],
    "Korea Herald": ["The Korea Herald", "Korea Herald"],
    "Korea Times": ["The Korea Times", "Korea Times"],
    "Kommersant": ["Kommersant"],
    "Izvestia": ["Izvestia", "Izvestiya"],
    "New York Times": ["The New York Times", "New York Times"],
    "Washington Post": ["The Washington Post", "Washington Post"],
    "Voice of America": ["Voice of America", "VOA"],
    "Radio Free Asia": ["Radio Free Asia", "RFA"],
    "ATS": ["ATS", "Keystone-ATS"],
    "Belga": ["Belga"],
    "Newser": ["Newser"],
    "The Hill": ["The Hill"],
    "USA Today": ["USA Today", "USA TODAY"],
    "Newsweek": ["Newsweek"],
    "The Moscow Times": ["The Moscow Times", "Moscow Times"],
    # beyond the events of the sample: national news agencies and major outlets in
    # French and English, so that their credits, relays and mastheads are read
    "Ukrinform": ["Ukrinform", "UkrInform"],
    "UNIAN": ["UNIAN"],
    "EFE": ["EFE", "Agencia EFE"],
    "ANSA": ["ANSA"],
    "PAP": ["PAP", "Polish Press Agency"],
    "Kazinform": ["Kazinform"],
    "IRNA": ["IRNA"],
    "WAFA": ["WAFA"],
    "Bernama": ["Bernama"],
    "Antara": ["Antara"],
    "PTI": ["PTI", "Press Trust of India"],
    "AAP": ["AAP", "Australian Associated Press"],
    "Canadian Press": ["The Canadian Press", "Canadian Press"],
    "Lusa": ["Lusa"],
    "Ukrainska Pravda": ["Ukrainska Pravda"],
    "Kyiv Independent": ["The Kyiv Independent", "Kyiv Independent"],
    "Kyiv Post": ["Kyiv Post"],
    "Meduza": ["Meduza"],
    "Novaya Gazeta": ["Novaya Gazeta"],
    "Vedomosti": ["Vedomosti"],
    "BFMTV": ["BFMTV", "BFM TV"],
    "BFM Business": ["BFM Business"],
    "Le Parisien": ["Le Parisien"],
    "Libération": ["Libération"],
    "Les Echos": ["Les Echos", "Les Échos"],
    "L'Express": ["L'Express"],
    "Le Point": ["Le Point"],
    "Ouest-France": ["Ouest-France"],
    "20 Minutes": ["20 Minutes"],
    "Mediapart": ["Mediapart"],
    "TF1": ["TF1", "TF1 Info"],
    "LCI": ["LCI"],
    "France Inter": ["France Inter"],
    "Europe 1": ["Europe 1"],
    "RTL": ["RTL"],
    "RTBF": ["RTBF"],
    "Le Soir": ["Le Soir"],
    "Le Temps": ["Le Temps"],
    "RTS": ["RTS"],
    "Radio-Canada": ["Radio-Canada"],
    "Le Devoir": ["Le Devoir"],
    "TV5Monde": ["TV5Monde", "TV5 Monde"],
    "Jeune Afrique": ["Jeune Afrique"],
    "Financial Times": ["Financial Times"],
    "The Economist": ["The Economist"],
    "The Times": ["The Times"],
    "The Telegraph": ["The Telegraph", "Daily Telegraph"],
    "The Independent": ["The Independent"],
    "Sky News": ["Sky News"],
    "NPR": ["NPR"],
    "PBS": ["PBS"],
    "CNBC": ["CNBC"],
    "Axios": ["Axios"],
    "Los Angeles Times": ["Los Angeles Times"],
    "Daily Mail": ["Daily Mail", "MailOnline"],
    "South China Morning Post": ["South China Morning Post", "SCMP"],
    "The Straits Times": ["The Straits Times", "Straits Times"],
    "Japan Times": ["The Japan Times", "Japan Times"],
    "Nikkei": ["Nikkei", "Nikkei Asia"],
    "Times of India": ["The Times of India", "Times of India"],
    "Haaretz": ["Haaretz"],
    "Times of Israel": ["The Times of Israel", "Times of Israel"],
    "Arab News": ["Arab News"],
    "Daily Sabah": ["Daily Sabah"],
    "Der Spiegel": ["Der Spiegel"],
    "El País": ["El País", "El Pais"],
    # French-language press, radio and television
    "RMC": ["RMC"],
    "L'Obs": ["L'Obs", "Le Nouvel Obs", "Le Nouvel Observateur"],
    "Le JDD": ["Le JDD", "JDD", "LeJDD"],
    "La Dépêche": ["La Dépêche du Midi", "La Dépêche", "LaDepeche.fr"],
    "La Voix du Nord": ["La Voix du Nord"],
    "Le Dauphiné Libéré": ["Le Dauphiné Libéré"],
    "Nice-Matin": ["Nice-Matin"],
    "HuffPost": ["HuffPost", "Le HuffPost", "Huffington Post"],
    "Public Sénat": ["Public Sénat"],
    "La Libre Belgique": ["La Libre Belgique"],
    "Tribune de Genève": ["Tribune de Genève"],
    "Swissinfo": ["Swissinfo", "swissinfo.ch"],
    "TVA Nouvelles": ["TVA Nouvelles"],
    "Le Journal de Montréal": ["Le Journal de Montréal"],
    # English-language press, radio and television
    "CBC News": ["CBC News", "CBC"],
    "The Globe and Mail": ["The Globe and Mail", "Globe and Mail"],
    "MSNBC": ["MSNBC"],
    "New York Post": ["New York Post"],
    "The Daily Beast": ["The Daily Beast", "Daily Beast"],
    "Yahoo News": ["Yahoo News"],
    "Evening Standard": ["Evening Standard", "London Evening Standard"],
    "Daily Express": ["Daily Express", "Express.co.uk"],
    "Daily Mirror": ["Daily Mirror"],
    "Euractiv": ["Euractiv"],
    "Hindustan Times": ["Hindustan Times"],
    "NDTV": ["NDTV"],
    "The Jerusalem Post": ["The Jerusalem Post", "Jerusalem Post"],
    "Al Arabiya": ["Al Arabiya"],
    "Al Bawaba": ["Al Bawaba", "Albawaba"],
    "Storyful": ["Storyful"],
    "RFE/RL": ["RFE/RL", "Radio Free Europe/Radio Liberty", "Radio Free Europe", "Radio Liberty", "Radio Svoboda"],
    "Radio New Zealand": ["Radio New Zealand", "RNZ"],
    "Channel NewsAsia": ["Channel NewsAsia"],
    # European press and broadcasters
    "TVN24": ["TVN24"],
    "Gazeta Wyborcza": ["Gazeta Wyborcza"],
    "Corriere della Sera": ["Corriere della Sera"],
    "La Repubblica": ["La Repubblica"],
    "Agenzia Nova": ["Agenzia Nova"],
    "Bild": ["Bild", "Bild-Zeitung"],
    "Die Welt": ["Die Welt"],
    "Frankfurter Allgemeine Zeitung": ["Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeine", "FAZ"],
    "Süddeutsche Zeitung": ["Süddeutsche Zeitung"],
    "Die Zeit": ["Die Zeit"],
    "Neue Zürcher Zeitung": ["Neue Zürcher Zeitung", "NZZ"],
    "ORF": ["ORF"],
    "ZDF": ["ZDF"],
    "ARD": ["ARD"],
    "El Mundo": ["El Mundo"],
    "Observador": ["Observador"],
    "BTA": ["BTA"],
    "Agerpres": ["Agerpres"],
    "CTK": ["ČTK", "CTK"],
    # Russian, Ukrainian and Caucasian media
    "Rossiyskaya Gazeta": ["Rossiyskaya Gazeta"],
    "Komsomolskaya Pravda": ["Komsomolskaya Pravda"],
    "Moskovsky Komsomolets": ["Moskovsky Komsomolets"],
    "Lenta.ru": ["Lenta.ru"],
    "Gazeta.ru": ["Gazeta.ru"],
    "Mediazona": ["Mediazona"],
    "Suspilne": ["Suspilne"],
    "Hromadske": ["Hromadske"],
    "RBC-Ukraine": ["RBC-Ukraine"],
    "Interfax-Ukraine": ["Interfax-Ukraine"],
    "UNN": ["UNN", "Ukrainian National News"],
    "Censor.NET": ["Censor.NET", "Censor.net"],
    "News.Az": ["News.Az", "News.az"],
    "Azertac": ["Azertac", "AZERTAC"],
    "Armenpress": ["Armenpress"],
    # Asian and Middle Eastern media and agencies
    "Hankyoreh": ["The Hankyoreh", "Hankyoreh"],
    "Chosun Ilbo": ["The Chosun Ilbo", "Chosun Ilbo"],
    "JoongAng Ilbo": ["JoongAng Ilbo", "Korea JoongAng Daily", "JoongAng Daily"],
    "Dong-A Ilbo": ["Dong-A Ilbo"],
    "Asahi Shimbun": ["The Asahi Shimbun", "Asahi Shimbun"],
    "Yomiuri Shimbun": ["The Yomiuri Shimbun", "Yomiuri Shimbun", "Yomiuri"],
    "Mainichi Shimbun": ["Mainichi Shimbun", "Mainichi"],
    "Caixin": ["Caixin"],
    "TRT World": ["TRT World", "TRT"],
    "Hürriyet": ["Hürriyet Daily News", "Hurriyet Daily News", "Hürriyet"],
    "Tasnim News Agency": ["Tasnim News Agency"],
    "Press TV": ["Press TV", "PressTV"],
    "Saudi Press Agency": ["Saudi Press Agency", "SPA"],
    "Emirates News Agency": ["Emirates News Agency", "WAM"],
    "Qatar News Agency": ["Qatar News Agency", "QNA"],
    "Kuwait News Agency": ["Kuwait News Agency"],
    "Ahram Online": ["Ahram Online", "Al-Ahram"],
    "VNA": ["Vietnam News Agency", "VNA"],
}

# Words that, a few words *before* an outlet name, say the article takes its
# information from that outlet ("selon Interfax", "according to TASS").
RELAY_CUES_BEFORE: list[str] = [
    "selon",
    "d'après",
    "via",
    "source",
    "sources",
    "photo",
    "photos",
    "crédit",
    "rapporté",
    "rapporte",
    "rapportent",
    "cité par",
    "citée par",
    "relayé par",
    "relayée par",
    "according to",
    "citing",
    "cited by",
    "reported",
    "reports",
    "told",
    "credit",
    "courtesy of",
]

# Words right *after* an outlet name with the same meaning ("KCNA said",
# "KCNA indique", "Interfax reported").
RELAY_CUES_AFTER: list[str] = [
    "indique",
    "rapporte",
    "a rapporté",
    "a indiqué",
    "a annoncé",
    "annonce",
    "affirme",
    "a affirmé",
    "précise",
    "a précisé",
    "said",
    "says",
    "reported",
    "reports",
    "quoted",
    "cited",
    "announced",
    "wrote",
]

# Whole-line patterns for scraped leftovers (matched case-insensitively
# against the stripped line). Patterns ending in ``.*`` are length-capped so a
# real paragraph that happens to start with "Copyright ..." or "Subscribers
# ..." is not thrown away.
BOILERPLATE: list[str] = [
    r"\[\w+(?:_\w+)*\]",  # [annonce_2]
    r"lien source",
    r"sources?",
    r"comments?\s*\(\d+\)",  # Comment (0)
    r"commentaires?\s*\(\d+\)",
    r"loading\s*(?:\.\.\.|…)?",
    r"chargement\s*(?:\.\.\.|…)?",
    r"l['’]info de a à z\s+voir plus",
    r"voir plus",
    r"lire (?:aussi|la suite|plus)\b\s*:?.{0,150}",
    r"[a-z]{2,5}-[a-z]{2}-\d+",  # ttn-fr-31
    r"read more\b\s*:?.{0,150}",
    r"see more",
    r"share this (?:article|story)",
    r"advertisement",
    r"publicité",
    r"subscribe\b.{0,80}",
    r"sign up .{0,60}newsletter.{0,60}",
    # "For the latest headlines, follow our Google News channel online or via the app.", "Suivez-nous sur X"
    r"(?:for the latest .{0,40}?,\s*)?follow (?:us|our)\b.{0,100}",
    r"suivez-nous\b.{0,80}",
    r"abonnez-vous\b.{0,80}",
    r"click here\b.{0,80}",
    r"cliquez ici\b.{0,80}",
    r"related\s*:.{0,150}",
    r"(?:©|\(c\)|copyright)\s.{0,80}",
    r"all rights reserved\.?",
    r"tous droits réservés\.?",
    r"(?:partager|share|tweet|facebook|twitter|email|imprimer|print)(?:\s*[|/·•]\s*(?:partager|share|tweet|facebook|twitter|email|imprimer|print))*",
]

# Byline, dateline and credit patterns are matched case-SENSITIVELY, because
# capitals carry the meaning ("Par Jean Dupont" is a byline, "Par exemple" is
# not). Keywords that may be capitalised either way are wrapped in ``(?i:...)``.

# Whole-line byline patterns. A named group ``outlets`` (if any) is scanned for
# outlet names, which count as relayed.
BYLINES: list[str] = [
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s*\(\s*(?i:selon|via|d['’]après|source\s*:?|according to)\s*(?P<outlets>[^)]*)\)",
    r"(?i:par|by)\s+(?:l['’])?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}(?:\s*(?:,|(?i:avec|with|and|et)\s)\s*(?P<outlets>[\w .'’-]+))?",
    # "Par Jean Dupont (Reuters)", "By Jane Doe | AFP": the author, then the outlet
    # the article is written for, in brackets or after a bar
    r"(?i:par|by)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s*(?:\(|[|•])\s*(?P<outlets>[\w .'’-]{2,40}?)\s*\)?",
    # "By Jane Doe Published Date - 07:04 PM, Thu - 27 July 23": a byline and its date on one line
    r"(?i:par|by)\s+(?:l['’])?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s*[-|•·,]?\s*(?i:published|publié|posted|updated|mis à jour)(?:\s+(?i:date|le|on))?\s*[-:]?\s*(?P<date>.{4,60})",
    # "Par franceinfo avec AFP - Publié le 21/06/2023 10:51": a brand may be written in
    # lower case when the line goes on with its publication date; after "avec", a source
    r"(?i:par|by)\s+(?:l['’])?[\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s+(?i:avec|with)\s+(?P<outlets>[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,2})\s*[-|•·,]\s*(?i:published|publié|posted|updated|mis à jour)(?:\s+(?i:date|le|on))?\s*[-:]?\s*(?P<date>.{4,60})",
    # "Article rédigé par franceinfo avec AFP", "Written by Jane Doe": the
    # author may be one lower-case word (a brand), what follows "avec" is a source
    r"(?:(?i:article)\s+)?(?i:rédigé|écrit|written)\s+(?i:par|by)\s+(?:l['’])?[\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}(?:\s*(?:,|(?i:avec|with|and|et)\s)\s*(?P<outlets>[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,3}))?",
    r"(?i:(?:additional\s+)?(?:reporting|writing|editing)\s+by)\s.*",
    r"\(?(?i:avec|with)\s+(?P<outlets>AFP|AP|Reuters|REUTERS)\)?",
    r"(?P<outlets>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?i:staff|staff and agencies|and agencies|wire services)",
]

# Month names and abbreviations, French and English, in any case ("Sept.",
# "juin", "AOÛT"); the year-less datelines below need one, so "Chapter 5" or
# "12 soldats" is not a date.
_MONTH = (
    r"(?i:jan(?:v(?:ier)?|uary)?|f[ée]v(?:r(?:ier)?)?|feb(?:ruary)?|mar(?:s|ch)?|avr(?:il)?"
    r"|apr(?:il)?|mai|may|jui?ne?|juil(?:let)?|jul(?:y)?|ao[uû]t|aug(?:ust)?"
    r"|sept?(?:embre|ember)?|oct(?:obre|ober)?|nov(?:embre|ember)?|d[ée]c(?:embre|ember)?)(?!\w)\.?"
)

# Whole-line dateline patterns. Named groups: ``date`` (parsed into the
# document date; a date without its year takes the year from the article's
# other dates) and ``publisher``.
DATELINES: list[str] = [
    r"(?:(?i:le)\s+)?(?P<date>\d{1,2}(?:er)?\s+\w+\.?\s+\d{4})(?:\s*(?:à|(?i:at)|-|,)?\s*\d{1,2}[:hH.]\d{2})?(?:\s*\((?:UTC|GMT)[+-]?\d{0,2}:?\d{0,2}\))?",
    r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?P<date>[A-Z]\w+\.?\s+\d{1,2},?\s+\d{4})(?:\s*(?:(?i:at)|,)?\s*\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\.?)?)?(?:\s*(?:UTC|GMT|BST|EDT|EST|CET|CEST))?",
    r"(?i:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\w*\.?,?\s+(?P<date>\d{1,2}(?:er)?\s+\w+\.?\s+\d{4})(?:\s+(?:à\s+)?\d{1,2}[:.hH]\d{2})?(?:\s*[A-Z]{2,4})?",
    # the date part must hold a digit and stay short, so "Posted troops along
    # the border." is not a dateline
    r"(?i:publié|mis à jour|published|updated|posted|(?:last\s+)?modified)(?:\s+(?i:date))?\s*(?i:le|on)?\s*:?\s*(?P<date>[\w ,./:+()|-]{0,30}?\d[\w ,./:+()|-]{0,40}?)",
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}.*)?",
    r"(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4})(?:\s*(?:à|(?i:at)|-|,)?\s*\d{1,2}[:hH.]\d{2})?(?:\s*[A-Z]{2,4})?",
    # without the year: "le 19 juin", "mercredi 19 juin à 10h32", "June 19, 10:42 AM"
    rf"(?:(?i:le)\s+|(?i:lun|mar|mer|jeu|ven|sam|dim)\w*\.?,?\s+(?:(?i:le)\s+)?)?(?P<date>\d{{1,2}}(?:er)?\s+{_MONTH})(?:\s*(?:à|-|,)?\s*\d{{1,2}}[:hH.]\d{{2}})?",
    rf"(?:(?i:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?P<date>{_MONTH}\s+\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:(?i:at)|,)?\s*\d{{1,2}}[:.]\d{{2}}\s*(?i:[ap]\.?m\.?)?)?",
    r"(?P<place>[A-ZÀ-Ý][\w'’ -]{1,30})\s+/\s+(?P<publisher>[A-ZÀ-Ý][\w'’ .-]{1,40})",
]

# Credit spans cut from the end of a line (after the end of a sentence) or
# standing alone on one: photo credits and source notes. A named group
# ``outlets`` is scanned for relayed outlets.
CREDITS: list[str] = [
    r"\(\s*(?i:source|photo|crédit|credit)s?\s*:\s*(?P<outlets>[^)]{1,60})\)\s*\|?",
    r"(?i:photo|crédit photo|credit|photograph|photo credit)s?\s*:\s*(?P<outlets>[A-Z][\w .'’/-]{1,40}?)\s*\|?",
    r"(?i:via)\s+(?P<outlets>[A-Z][\w .'’-]{1,40})",
    r"(?i:source)s?\s*:\s*(?P<outlets>[A-Z][\w .'’/&-]{1,40}?)\s*\|?",
    r"\((?P<outlets>Reuters|REUTERS|AFP|AP|TASS|KCNA|Yonhap|Interfax)\)",
    r"\|",
]

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS: dict[str, list[str]] = {
    "fr": [
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste",
        "av", "apr", "J.-C", "env", "etc", "cf", "p", "pp", "vol", "n", "no", "ex", "art",
        "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
        "Gén", "Gal", "Col", "Cdt", "Lt", "Sgt", "Jr", "Sr",
    ],
    "en": [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Col", "Lt", "Capt", "Sgt",
        "Rep", "Sen", "Gov", "Pres", "Rev", "Hon", "No", "vs", "etc", "approx", "Inc", "Ltd",
        "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "U.S", "U.K", "U.N", "e.g", "i.e", "a.m", "p.m",
    ],
}

# Names every engine must render the same way, per language pair: source
# spelling -> target spelling. Longer entries win over shorter ones they contain.
GLOSSARY: dict[str, dict[str, str]] = {"fr-en": {
    "Vladimir Poutine": "Vladimir Putin",
    "Poutine": "Putin",
    "Alexandre Loukachenko": "Alexander Lukashenko",
    "Loukachenko": "Lukashenko",
    "Sergueï Choïgou": "Sergei Shoigu",
    "Choïgou": "Shoigu",
    "Dmitri Peskov": "Dmitry Peskov",
    "Peskov": "Peskov",
    "Matthew Miller": "Matthew Miller",
    "Kim Jong-un": "Kim Jong Un",
    "Kim Jong Un": "Kim Jong Un",
    "Sotchi": "Sochi",
    "Vostotchni": "Vostochny",
    "Vostotsjny": "Vostochny",
    "Vostochny": "Vostochny",
    "Komsomolsk-sur-l'Amour": "Komsomolsk-on-Amur",
    "Biélorussie": "Belarus",
    "Pyongyang": "Pyongyang",
    "Vladivostok": "Vladivostok",
    "Baïkonour": "Baikonur",
    "RPDC": "DPRK",
}}
