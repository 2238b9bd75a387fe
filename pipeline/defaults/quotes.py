"""Defaults of the ``quotes`` config section, who speaks: people and
organisations with their spellings and role descriptions, and the terms of
office of shared role descriptions (how they are spoken of: ``speech.py``).

Every table here is the default of a ``QuotesConfig`` field and can be replaced
in the YAML file. Matching is case-insensitive and accent-tolerant for entries
of four characters or more; shorter ones ("Kim", "RT") match only as written,
so that "kim" inside ordinary words or the French "ap" never count. Spaces and
hyphens are interchangeable ("Kim Jong-un" matches "Kim Jong Un").
"""

from __future__ import annotations

# People: canonical name -> spellings and role descriptions seen in articles.
# A role description names whoever holds the office: where two people share
# one ("le ministre russe de la Défense": Sergei Shoigu, then Andrei Belousov),
# OFFICE_TERMS says who held it when, and an article naming the holder wins.
SPEAKER_ALIASES: dict[str, list[str]] = {
    "Vladimir Putin": [
        "Vladimir Poutine", "Poutine", "M. Poutine", "le président Poutine", "le président russe",
        "le dirigeant russe", "le chef du Kremlin", "le chef de l'État russe", "le maître du Kremlin",
        "Vladimir Putin", "Putin", "Mr Putin", "Mr. Putin", "President Putin",
        "Russian President Vladimir Putin", "President Vladimir Putin", "the Russian president",
        "the Russian leader", "Russian President",
    ],
    "Kim Jong Un": [
        "Kim Jong-un", "Kim Jong Un", "Kim", "M. Kim", "M. Kim Jong-un", "M. Kim Jong Un",
        "le dirigeant nord-coréen", "le leader nord-coréen", "le président nord-coréen",
        "North Korean leader Kim Jong Un", "North Korean leader", "the North Korean leader",
        "Mr Kim", "Mr. Kim",
    ],
    "Dmitry Peskov": [
        "Dmitri Peskov", "Dmitry Peskov", "Peskov", "M. Peskov", "le porte-parole du Kremlin",
        "the Kremlin spokesman", "Kremlin spokesman", "Kremlin spokesperson",
        "the Kremlin spokesperson", "Kremlin spokesman Dmitry Peskov",
    ],
    "Alexander Lukashenko": [
        "Alexandre Loukachenko", "Loukachenko", "M. Loukachenko", "le président biélorusse",
        "le dirigeant biélorusse", "Alexander Lukashenko", "Lukashenko", "Mr Lukashenko",
        "Belarusian President", "the Belarusian president", "the Belarusian leader",
    ],
    "Matthew Miller": [
        "Matthew Miller", "M. Miller", "Mr Miller", "Mr. Miller",
        "le porte-parole du département d'État américain", "le porte-parole du département d'État",
        "the State Department spokesman", "State Department spokesman",
        "State Department spokesperson", "US State Department spokesman",
    ],
    "Sergei Shoigu": [
        "Sergueï Choïgou", "Choïgou", "Sergei Shoigu", "Shoigu", "le ministre russe de la Défense",
        "Russian Defence Minister", "Russian Defense Minister", "the Russian defence minister",
        "the Russian defense minister",
    ],
    "Sergei Lavrov": [
        "Sergueï Lavrov", "Lavrov", "Sergei Lavrov", "le ministre russe des Affaires étrangères",
        "le chef de la diplomatie russe", "Russian Foreign Minister", "the Russian foreign minister",
    ],    "Xi Jinping": [
        "Xi Jinping", "Xi", "M. Xi", "Mr Xi", "Mr. Xi", "President Xi", "le président Xi", "le président chinois", "le dirigeant chinois", "le numéro un chinois", "le président de la République populaire de Chine", "Chinese President Xi Jinping", "the Chinese president", "the Chinese leader", "Chinese President", "Chinese leader Xi Jinping",
    ],
    "Emmanuel Macron": [
        "Emmanuel Macron", "Macron", "M. Macron", "Mr Macron", "Mr. Macron", "le président Macron", "le président français", "le chef de l'État français", "le président de la République française", "le président de la République", "French President Emmanuel Macron", "the French president", "French President",
    ],
    "Volodymyr Zelensky": [
        "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy", "Volodymyr Zelenski", "Zelenski", "M. Zelensky", "M. Zelenski", "le président ukrainien", "the Ukrainian president", "Ukrainian President",
    ],
    "Joe Biden": [
        "Joe Biden", "Biden", "M. Biden", "Mr Biden", "Mr. Biden", "President Biden", "le président Biden", "le président américain", "le président des États-Unis", "le dirigeant américain", "le locataire de la Maison Blanche", "US President Joe Biden", "the US president", "the U.S. president", "the American president",
    ],
    "Antony Blinken": [
        "Antony Blinken", "Blinken", "M. Blinken", "Mr Blinken", "Mr. Blinken", "le secrétaire d'État américain", "le chef de la diplomatie américaine", "US Secretary of State Antony Blinken", "the US secretary of state", "the U.S. secretary of state", "Secretary of State Antony Blinken",
    ],
    "Jens Stoltenberg": [
        "Jens Stoltenberg", "Stoltenberg", "M. Stoltenberg", "Mr Stoltenberg", "le secrétaire général de l'Otan", "le secrétaire général de l'OTAN", "NATO Secretary General Jens Stoltenberg", "the NATO secretary general", "NATO chief",
    ],
    "Ursula von der Leyen": [
        "Ursula von der Leyen", "von der Leyen", "Mme von der Leyen", "Ms von der Leyen", "Mrs von der Leyen",
        "la présidente de la Commission européenne", "la présidente de la Commission",
        "le président de la Commission européenne", "European Commission President Ursula von der Leyen",
        "European Commission President", "the European Commission president", "EU Commission President",
        "the Commission president",
    ],
    "Josep Borrell": [
        "Josep Borrell", "Borrell", "M. Borrell", "Mr Borrell", "Mr. Borrell", "le chef de la diplomatie européenne",
        "le chef de la diplomatie de l'UE", "le haut représentant de l'UE", "EU foreign policy chief Josep Borrell",
        "EU foreign policy chief", "the EU's foreign policy chief", "the EU's top diplomat",
    ],
    "Charles Michel": [
        "Charles Michel", "le président du Conseil européen", "European Council President Charles Michel",
        "European Council President", "the President of the European Council", "the head of the European Council",
    ],
    "Maria Zakharova": [
        "Maria Zakharova", "Zakharova", "Mme Zakharova", "Ms Zakharova", "la porte-parole de la diplomatie russe",
        "la porte-parole du ministère russe des Affaires étrangères", "Russian Foreign Ministry spokeswoman",
        "the Russian foreign ministry spokeswoman", "Russian Foreign Ministry spokesperson",
    ],
    "Yevgeny Prigozhin": [
        "Evguéni Prigojine", "Evgueni Prigojine", "Prigojine", "Yevgeny Prigozhin", "Prigozhin",
        "le patron de Wagner", "le chef de Wagner", "le fondateur de Wagner", "the Wagner chief", "the Wagner boss",
        "Wagner founder",
    ],
    "John Kirby": [
        "John Kirby", "Kirby", "M. Kirby", "Mr Kirby", "Mr. Kirby",
        "le porte-parole du Conseil de sécurité nationale", "National Security Council spokesman",
        "White House national security spokesman", "the White House national security spokesman",
    ],
    "Olaf Scholz": [
        "Olaf Scholz", "Scholz", "M. Scholz", "Mr Scholz", "le chancelier allemand", "the German chancellor",
        "German Chancellor",
    ],
    "Rishi Sunak": [
        "Rishi Sunak", "Sunak", "M. Sunak", "Mr Sunak", "le Premier ministre britannique",
        "the British prime minister", "British Prime Minister", "UK Prime Minister", "the UK prime minister",
    ],
    "Kamala Harris": [
        "Kamala Harris", "Harris", "Mme Harris", "Ms Harris", "la vice-présidente américaine", "US Vice President",
        "the US vice president", "Vice President Kamala Harris",
    ],
    # successors in the offices above (terms in OFFICE_TERMS)
    "Donald Trump": [
        "Donald Trump", "Trump", "M. Trump", "Mr Trump", "Mr. Trump", "President Trump", "le président Trump",
        "le président américain", "le président des États-Unis", "le dirigeant américain",
        "le locataire de la Maison Blanche", "US President Donald Trump", "the US president", "the U.S. president",
        "the American president",
    ],
    "JD Vance": [
        "JD Vance", "J.D. Vance", "Vance", "M. Vance", "Mr Vance", "Mr. Vance", "le vice-président américain",
        "US Vice President", "the US vice president", "Vice President JD Vance",
    ],
    "Marco Rubio": [
        "Marco Rubio", "Rubio", "M. Rubio", "Mr Rubio", "Mr. Rubio", "le secrétaire d'État américain",
        "le chef de la diplomatie américaine", "US Secretary of State Marco Rubio", "the US secretary of state",
        "the U.S. secretary of state", "Secretary of State Marco Rubio",
    ],
    "Mark Rutte": [
        "Mark Rutte", "Rutte", "M. Rutte", "Mr Rutte", "le secrétaire général de l'Otan",
        "le secrétaire général de l'OTAN", "NATO Secretary General Mark Rutte", "the NATO secretary general",
        "NATO chief",
    ],
    "Kaja Kallas": [
        "Kaja Kallas", "Kallas", "Mme Kallas", "Ms Kallas", "la cheffe de la diplomatie européenne",
        "le chef de la diplomatie européenne", "la cheffe de la diplomatie de l'UE", "le chef de la diplomatie de l'UE",
        "la haute représentante de l'UE", "EU foreign policy chief Kaja Kallas", "EU foreign policy chief",
        "the EU's foreign policy chief", "the EU's top diplomat",
    ],
    "António Costa": [
        "António Costa", "le président du Conseil européen", "European Council President António Costa",
        "European Council President", "the President of the European Council", "the head of the European Council",
    ],
    "Andrei Belousov": [
        "Andrei Belousov", "Andreï Belooussov", "Belousov", "Belooussov", "le ministre russe de la Défense",
        "Russian Defence Minister", "Russian Defense Minister", "the Russian defence minister",
        "the Russian defense minister",
    ],
    "Friedrich Merz": [
        "Friedrich Merz", "Merz", "M. Merz", "Mr Merz", "le chancelier allemand", "the German chancellor",
        "German Chancellor",
    ],
    "Keir Starmer": [
        "Keir Starmer", "Starmer", "M. Starmer", "Mr Starmer", "Sir Keir Starmer", "le Premier ministre britannique",
        "the British prime minister", "British Prime Minister", "UK Prime Minister", "the UK prime minister",
    ],
    "Pope Francis": [
        "Pope Francis", "le pape François", "le Pape François", "pape François", "Jorge Mario Bergoglio", "Bergoglio", "le pape", "le Pape", "le souverain pontife", "le Saint-Père", "le chef de l'Église catholique", "the Pope", "the pope", "the pontiff", "the Holy Father", "the head of the Catholic Church",
    ],
    "Pope Leo XIV": [
        "Pope Leo XIV", "Leo XIV", "le pape Léon XIV", "le Pape Léon XIV", "Léon XIV", "Robert Francis Prevost", "Prevost", "le pape", "le Pape", "le souverain pontife", "le Saint-Père", "le chef de l'Église catholique", "the Pope", "the pope", "the pontiff", "the Holy Father", "the head of the Catholic Church",
    ],
}

# Terms of office of the people above who share a role description with a
# predecessor or successor: [from, to) as ISO dates, None while open.
OFFICE_TERMS: dict[str, list[tuple[str, str | None]]] = {
    "Joe Biden": [("2021-01-20", "2025-01-20")],
    "Donald Trump": [("2017-01-20", "2021-01-20"), ("2025-01-20", None)],
    "Kamala Harris": [("2021-01-20", "2025-01-20")],
    "JD Vance": [("2025-01-20", None)],
    "Antony Blinken": [("2021-01-26", "2025-01-20")],
    "Marco Rubio": [("2025-01-21", None)],
    "Jens Stoltenberg": [("2014-10-01", "2024-10-01")],
    "Mark Rutte": [("2024-10-01", None)],
    "Josep Borrell": [("2019-12-01", "2024-12-01")],
    "Kaja Kallas": [("2024-12-01", None)],
    "Charles Michel": [("2019-12-01", "2024-12-01")],
    "António Costa": [("2024-12-01", None)],
    "Sergei Shoigu": [("2012-11-06", "2024-05-14")],
    "Andrei Belousov": [("2024-05-14", None)],
    "Olaf Scholz": [("2021-12-08", "2025-05-06")],
    "Friedrich Merz": [("2025-05-06", None)],
    "Rishi Sunak": [("2022-10-25", "2024-07-05")],
    "Keir Starmer": [("2024-07-05", None)],
    "Pope Francis": [("2013-03-13", "2025-04-21")],
    "Pope Leo XIV": [("2025-05-08", None)],
}

# Organisations and countries that speak through statements. Outlets (the
# ``clean.outlets`` table) are speakers too ("KCNA said") and need not be
# repeated here. People win over organisations when an alias is in both.
ORGANISATION_ALIASES: dict[str, list[str]] = {
    "Kremlin": ["le Kremlin", "the Kremlin", "Kremlin"],
    "South Korea": ["la Corée du Sud", "Corée du Sud", "South Korea", "Séoul", "Seoul", "S Korea", "S. Korea"],
    "North Korea": ["la Corée du Nord", "Corée du Nord", "North Korea", "Pyongyang", "RPDC", "DPRK", "N Korea",
                    "N. Korea"],
    "Russia": ["la Russie", "Russie", "Russia", "Moscou", "Moscow", "la Fédération de Russie",
               "Fédération de Russie", "the Russian Federation", "Russian Federation"],
    "United States": ["les États-Unis", "États-Unis", "the United States", "Washington"],
    "Ukraine": ["l'Ukraine", "Ukraine", "Kiev", "Kyiv", "Kyïv"],
    "China": ["la Chine", "Chine", "China", "Pékin", "Beijing", "la République populaire de Chine",
              "the People's Republic of China"],
    "South Korean Foreign Ministry": [
        "the South Korean foreign ministry", "South Korea's foreign ministry",
        "le ministère sud-coréen des Affaires étrangères", "la diplomatie sud-coréenne",
    ],
    "Elysée": ["l'Élysée", "l'Elysée", "Élysée", "Elysée", "the Elysée", "the Élysée", "Elysee Palace",
               "the Elysee Palace", "palais de l'Élysée"],
    "NATO": ["NATO", "l'OTAN", "OTAN", "the North Atlantic Treaty Organization", "l'Alliance atlantique"],
    "European Union": ["the European Union", "European Union", "l'Union européenne", "Union européenne"],
    "France": ["le Quai d'Orsay", "Quai d'Orsay", "la diplomatie française", "the French foreign ministry",
               "le ministère français des Affaires étrangères"],
    "US State Department": [
        "le département d'État américain", "le département d'État", "the State Department",
        "the US State Department", "the U.S. State Department",
    ],
}
