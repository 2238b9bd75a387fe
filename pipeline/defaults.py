"""Default rules shipped with the pipeline. Every list here is a config default
and can be replaced in the YAML file (``configs/en.yaml`` shows them all)."""

# canonical outlet name -> spellings seen in articles. Matching is
# case-insensitive for aliases of four characters or more; short acronyms match
# as written (so "AP" does not match the French word "ap", but list "Ria" if an
# article spells RIA that way).
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
    "Yonhap": ["Yonhap"],
    "AFP": ["AFP", "Agence France-Presse"],
    "AP": ["AP", "Associated Press"],
    "BelTA": ["BelTA", "Belta"],
    "Xinhua": ["Xinhua"],
    "Kyodo": ["Kyodo"],
    "BBC": ["BBC"],
    "CNN": ["CNN"],
    "Bloomberg": ["Bloomberg"],
    "RT": ["RT", "Russia Today"],
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
# against the stripped line).
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
    r"lire (?:aussi|la suite|plus)\s*:?.*",
    r"[a-z]{2,5}-[a-z]{2}-\d+",  # ttn-fr-31
    r"read more\s*:?.*",
    r"see more",
    r"share this (?:article|story)",
    r"advertisement",
    r"publicité",
    r"subscribe(?: now)?.*",
    r"sign up .*newsletter.*",
    r"abonnez-vous.*",
    r"click here.*",
    r"cliquez ici.*",
    r"related\s*:.*",
    r"(?:©|\(c\)|copyright)\s.*",
    r"all rights reserved\.?",
    r"tous droits réservés\.?",
    r"(?:partager|share|tweet|facebook|twitter|email|imprimer|print)(?:\s*[|/·•]\s*(?:partager|share|tweet|facebook|twitter|email|imprimer|print))*",
]

# Whole-line byline patterns. A named group ``outlets`` (if any) is scanned for
# outlet names, which count as relayed.
BYLINES: list[str] = [
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}\s*\(\s*(?:selon|via|d['’]après|source\s*:?|according to)\s*(?P<outlets>[^)]*)\)",
    r"(?:par|by)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3}(?:\s*(?:,|avec|with|and|et)\s*(?P<outlets>[\w .'’-]+))?",
    r"(?:reporting|writing|editing|additional reporting) by .*",
    r"(?:avec|with)\s+(?P<outlets>AFP|AP|Reuters|REUTERS)",
]

# Whole-line dateline patterns. Named groups: ``date`` (parsed into the
# document date) and ``publisher``.
DATELINES: list[str] = [
    r"(?P<date>\d{1,2}\s+\w+\s+\d{4})(?:\s*(?:à|at|-|,)?\s*\d{1,2}[:hH.]\d{2})?(?:\s*\((?:UTC|GMT)[+-]?\d{0,2}:?\d{0,2}\))?",
    r"(?P<date>\w+\s+\d{1,2},?\s+\d{4})(?:\s*(?:at|,)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?(?:\s*(?:UTC|GMT|BST|EDT|EST|CET|CEST))?",
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+(?P<date>\d{1,2}\s+\w+\s+\d{4})(?:\s+\d{1,2}[:.]\d{2})?(?:\s*[A-Z]{2,4})?",
    r"(?:publié|mis à jour|published|updated|posted)\s*(?:le|on)?\s*:?\s*(?P<date>.+?)(?:\s*(?:à|at)\s*\d{1,2}[:hH.]\d{2}.*)?",
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}.*)?",
    r"(?P<place>[A-ZÀ-Ý][\w'’ -]{1,30})\s+/\s+(?P<publisher>[A-ZÀ-Ý][\w'’ .-]{1,40})",
]

# Credit spans cut from the end of a line: photo credits and source notes.
# A named group ``outlets`` is scanned for relayed outlets.
CREDITS: list[str] = [
    r"\(\s*(?:source|photo|crédit|credit)s?\s*:\s*(?P<outlets>[^)]{1,60})\)\s*\|?",
    r"(?:photo|crédit photo|credit|photograph)s?\s*:\s*(?P<outlets>[A-Z][\w .'’/-]{1,40}?)\s*\|?",
    r"via\s+(?P<outlets>[A-Z][\w .'’-]{1,40})",
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
