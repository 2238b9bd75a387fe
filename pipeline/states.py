"""States and institutions that speak through bodies and unnamed officials,
with the names and adjectives news writing gives them (a table of facts of
English and French, not of one corpus)."""

from __future__ import annotations

import functools

from pipeline.countries import world_states

# States and institutions that speak through bodies and unnamed officials:
# canonical speaker -> (names that speak on their own: "Tokyo said", "the White
# House said"; adjectives that name the owner of a body or role only: "the
# Japanese government", "a South Korean official"). A ministry, a government or
# an unnamed official speaks for its state ("South Korea's foreign ministry" ->
# South Korea, "Japan's chief cabinet secretary" -> Japanese government); a
# named official in apposition wins ("Japan's chief cabinet secretary, Hirokazu
# Matsuno, said"). Where a name here is also in the configured organisation
# aliases, the configured canonical name is used.
STATE_BODIES: dict[str, tuple[list[str], list[str]]] = {
    # (headlines shorten the two Koreas: "N Korea says", "S. Korean")
    "South Korea": (["South Korea", "Republic of Korea", "Seoul", "Corée du Sud", "Séoul", "S Korea", "S. Korea"],
                    ["South Korean", "S. Korean", "S Korean", "sud-coréen", "sud-coréenne", "sud-coréens"]),
    "North Korea": (["North Korea", "DPRK", "Pyongyang", "Corée du Nord", "RPDC", "N Korea", "N. Korea"],
                    ["North Korean", "N. Korean", "N Korean", "nord-coréen", "nord-coréenne", "nord-coréens"]),
    "Russia": (["Russia", "Moscow", "Russie", "Moscou", "Russian Federation", "Fédération de Russie"],
               ["Russian", "russe", "russes"]),
    "United States": (["United States", "US", "U.S.", "USA", "America", "Washington", "États-Unis"],
                      ["American", "US", "U.S.", "américain", "américaine", "américains"]),
    "Japanese government": (["Japan", "Tokyo", "Japon"], ["Japanese", "japonais", "japonaise"]),
    "China": (["China", "Beijing", "Chine", "Pékin"], ["Chinese", "chinois", "chinoise"]),
    "Ukraine": (["Ukraine", "Kyiv", "Kiev"], ["Ukrainian", "ukrainien", "ukrainienne"]),
    "Belarus": (["Belarus", "Minsk", "Biélorussie"], ["Belarusian", "Belarussian", "biélorusse"]),
    "United Kingdom": (["Britain", "United Kingdom", "UK", "U.K.", "Royaume-Uni"],
                       ["British", "UK", "U.K.", "britannique"]),
    # (the press names the Union by the city of its institutions: "Brussels says", « Bruxelles a condamné »)
    "European Union": (["European Union", "EU", "Union européenne", "UE", "Brussels", "Bruxelles"],
                       ["EU", "européen", "européenne"]),
    "United Nations": (["United Nations", "UN", "U.N.", "Nations unies", "ONU"], ["UN", "U.N."]),
    "White House": (["White House", "Maison Blanche"], []),
    "Kremlin": (["Kremlin"], []),
    # (the Department of Defense is the Pentagon: no other state's ministry goes by that name)
    "Pentagon": (["Pentagon", "Pentagone", "Department of Defense", "Defense Department", "US Department of Defense",
                  "U.S. Department of Defense", "US Defense Department", "U.S. Defense Department",
                  "département américain de la Défense", "ministère américain de la Défense"], []),
    "US State Department": (["State Department", "US State Department", "U.S. State Department",
                             "département d'État", "département d'État américain"], []),
}

# Other states of international news, by the names (country, capital) and
# adjectives English and French give them. Capitals that are common words or
# other places in French ("Vienne", "Damas") are left out.
STATE_BODIES.update({
    "Poland": (["Poland", "Warsaw", "Pologne", "Varsovie"], ["Polish", "polonais", "polonaise"]),
    "Lithuania": (["Lithuania", "Vilnius", "Lituanie"], ["Lithuanian", "lituanien", "lituanienne"]),
    "Latvia": (["Latvia", "Riga", "Lettonie"], ["Latvian", "letton", "lettonne"]),
    "Estonia": (["Estonia", "Tallinn", "Estonie"], ["Estonian", "estonien", "estonienne"]),
    "Finland": (["Finland", "Helsinki", "Finlande"], ["Finnish", "finlandais", "finlandaise"]),
    "Sweden": (["Sweden", "Stockholm", "Suède"], ["Swedish", "suédois", "suédoise"]),
    "Norway": (["Norway", "Oslo", "Norvège"], ["Norwegian", "norvégien", "norvégienne"]),
    "France": (["France", "Paris"], ["French", "français", "française"]),
    "Germany": (["Germany", "Berlin", "Allemagne"], ["German", "allemand", "allemande"]),
    "Italy": (["Italy", "Rome", "Italie"], ["Italian", "italien", "italienne"]),
    "Spain": (["Spain", "Madrid", "Espagne"], ["Spanish", "espagnol", "espagnole"]),
    "Netherlands": (["Netherlands", "The Hague", "Pays-Bas"], ["Dutch", "néerlandais", "néerlandaise"]),
    "Hungary": (["Hungary", "Budapest", "Hongrie"], ["Hungarian", "hongrois", "hongroise"]),
    "Serbia": (["Serbia", "Belgrade", "Serbie"], ["Serbian", "serbe"]),
    "Romania": (["Romania", "Bucharest", "Roumanie", "Bucarest"], ["Romanian", "roumain", "roumaine"]),
    "Moldova": (["Moldova", "Chisinau", "Moldavie"], ["Moldovan", "moldave"]),
    "Czech Republic": (["Czech Republic", "Prague", "République tchèque"], ["Czech", "tchèque"]),
    "Turkey": (["Turkey", "Türkiye", "Ankara", "Turquie"], ["Turkish", "turc", "turque"]),
    "Iran": (["Iran", "Tehran", "Téhéran"], ["Iranian", "iranien", "iranienne"]),
    "Israel": (["Israel", "Israël"], ["Israeli", "israélien", "israélienne"]),
    "India": (["India", "New Delhi", "Inde"], ["Indian", "indien", "indienne"]),
    "Pakistan": (["Pakistan", "Islamabad"], ["Pakistani", "pakistanais", "pakistanaise"]),
    "Taiwan": (["Taiwan", "Taipei", "Taïwan"], ["Taiwanese", "taïwanais", "taïwanaise"]),
    "Kazakhstan": (["Kazakhstan", "Astana"], ["Kazakh", "kazakh", "kazakhe"]),
    "Canada": (["Canada", "Ottawa"], ["Canadian", "canadien", "canadienne"]),
    "Australia": (["Australia", "Canberra", "Australie"], ["Australian", "australien", "australienne"]),
    "Brazil": (["Brazil", "Brasilia", "Brésil"], ["Brazilian", "brésilien", "brésilienne"]),
    "Syria": (["Syria", "Syrie"], ["Syrian", "syrien", "syrienne"]),
    "Saudi Arabia": (["Saudi Arabia", "Riyadh", "Arabie saoudite", "Riyad"], ["Saudi", "saoudien", "saoudienne"]),
    "Egypt": (["Egypt", "Cairo", "Égypte", "Le Caire"], ["Egyptian", "égyptien", "égyptienne"]),
    "Vietnam": (["Vietnam", "Hanoi", "Viêt Nam", "Hanoï"], ["Vietnamese", "vietnamien", "vietnamienne"]),
    "Mongolia": (["Mongolia", "Ulaanbaatar", "Mongolie"], ["Mongolian", "mongol", "mongole"]),
})

# Every other state of the world, from the general table of countries.py, and
# the French plurals of the adjectives above ("les autorités chinoises").
for _canon, (_names, _adjs) in STATE_BODIES.items():
    _adjs += [a + "s" for a in _adjs if a == a.lower() and not a.endswith(("s", "x")) and a + "s" not in _adjs]
for _canon, _entry in world_states().items():
    STATE_BODIES.setdefault(_canon, _entry)


@functools.lru_cache(maxsize=1)
def state_words() -> frozenset[str]:
    """One-word adjectives of states and the possessives of their names
    ("Russian", "Russia's"): the owner before an institution's name. (A bare
    name may be part of it: "Kenya News Agency".)"""
    names = {f for ns, _ in STATE_BODIES.values() for f in ns if " " not in f}
    adjectives = {f for _, adjs in STATE_BODIES.values() for f in adjs if " " not in f}
    return frozenset(adjectives | {f + "'s" for f in names} | {f + "’s" for f in names})
