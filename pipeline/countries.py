"""The world's states as English and French news writing names them: country
names, capitals used as metonyms ("Nairobi said"), and the adjectives of
nationality ("the Kenyan government", "le gouvernement kényan"). A table of
general facts (not of one corpus), merged into ``states.STATE_BODIES`` for the
states that table does not list, so that a state's bodies and unnamed
officials are recognised from their structure for any state.

Left out on purpose: names that are also common first names or other places
("Jordan", "Georgia", "Chad", "Victoria", "Santiago", "Sofia", "Wellington"),
capitals that are common words or other places in French ("Vienne", "Damas"),
and "Brussels" / "Bruxelles", which stand for the European Union.

French adjectives are given in the masculine singular, with the feminine after
a slash where it is not regular; ``french_forms`` adds the regular feminine and
plurals ("chinois" -> "chinoise", "chinoises"; "kényan" -> "kényane", "kényans").
"""

from __future__ import annotations

# english name; french name; capitals (english and french); english adjective; french adjective
_TABLE = """
Mexico;Mexique;Mexico City;Mexican;mexicain
Argentina;Argentine;Buenos Aires;Argentine,Argentinian;argentin
Chile;Chili;;Chilean;chilien
Colombia;Colombie;Bogota,Bogotá;Colombian;colombien
Venezuela;Venezuela;Caracas;Venezuelan;vénézuélien
Peru;Pérou;Lima;Peruvian;péruvien
Ecuador;Équateur;Quito;Ecuadorian;équatorien
Bolivia;Bolivie;La Paz;Bolivian;bolivien
Paraguay;Paraguay;Asuncion,Asunción;Paraguayan;paraguayen
Uruguay;Uruguay;Montevideo;Uruguayan;uruguayen
Cuba;Cuba;Havana,La Havane;Cuban;cubain
Nicaragua;Nicaragua;Managua;Nicaraguan;nicaraguayen
Panama;Panama;;Panamanian;panaméen
Haiti;Haïti;Port-au-Prince;Haitian;haïtien
South Africa;Afrique du Sud;Pretoria;South African;sud-africain
Nigeria;Nigeria;Abuja;Nigerian;nigérian
Kenya;Kenya;Nairobi;Kenyan;kényan,kenyan
Ethiopia;Éthiopie;Addis Ababa,Addis-Abeba;Ethiopian;éthiopien
Sudan;Soudan;Khartoum;Sudanese;soudanais
South Sudan;Soudan du Sud;Juba;South Sudanese;sud-soudanais
Libya;Libye;Tripoli;Libyan;libyen
Tunisia;Tunisie;Tunis;Tunisian;tunisien
Algeria;Algérie;Algiers,Alger;Algerian;algérien
Morocco;Maroc;Rabat;Moroccan;marocain
Senegal;Sénégal;Dakar;Senegalese;sénégalais
Mali;Mali;Bamako;Malian;malien
Niger;Niger;Niamey;Nigerien;nigérien
Burkina Faso;Burkina Faso;Ouagadougou;Burkinabe;burkinabé
Ivory Coast;Côte d'Ivoire;Abidjan,Yamoussoukro;Ivorian;ivoirien
Ghana;Ghana;Accra;Ghanaian;ghanéen
Cameroon;Cameroun;Yaoundé,Yaounde;Cameroonian;camerounais
Gabon;Gabon;Libreville;Gabonese;gabonais
Democratic Republic of the Congo;République démocratique du Congo;Kinshasa;Congolese;congolais
Rwanda;Rwanda;Kigali;Rwandan;rwandais
Uganda;Ouganda;Kampala;Ugandan;ougandais
Tanzania;Tanzanie;Dodoma;Tanzanian;tanzanien
Angola;Angola;Luanda;Angolan;angolais
Mozambique;Mozambique;Maputo;Mozambican;mozambicain
Zimbabwe;Zimbabwe;Harare;Zimbabwean;zimbabwéen
Somalia;Somalie;Mogadishu,Mogadiscio;Somali;somalien
Eritrea;Érythrée;Asmara;Eritrean;érythréen
Madagascar;Madagascar;Antananarivo;Malagasy;malgache
Central African Republic;Centrafrique;Bangui;Central African;centrafricain
Guinea;Guinée;Conakry;Guinean;guinéen
Lebanon;Liban;Beirut,Beyrouth;Lebanese;libanais
Iraq;Irak;Baghdad,Bagdad;Iraqi;irakien
Qatar;Qatar;Doha;Qatari;qatari,qatarien
United Arab Emirates;Émirats arabes unis;Abu Dhabi,Abou Dhabi;Emirati;émirati,émirien
Kuwait;Koweït;;Kuwaiti;koweïtien
Oman;Oman;Muscat,Mascate;Omani;omanais
Yemen;Yémen;Sanaa;Yemeni;yéménite
Bahrain;Bahreïn;Manama;Bahraini;bahreïni
Afghanistan;Afghanistan;Kabul,Kaboul;Afghan;afghan
Armenia;Arménie;Yerevan,Erevan;Armenian;arménien
Azerbaijan;Azerbaïdjan;Baku,Bakou;Azerbaijani;azerbaïdjanais
Uzbekistan;Ouzbékistan;Tashkent,Tachkent;Uzbek;ouzbek/ouzbèke
Kyrgyzstan;Kirghizistan;Bishkek,Bichkek;Kyrgyz;kirghiz
Tajikistan;Tadjikistan;Dushanbe,Douchanbé;Tajik;tadjik
Turkmenistan;Turkménistan;Ashgabat,Achgabat;Turkmen;turkmène
Bangladesh;Bangladesh;Dhaka;Bangladeshi;bangladais
Sri Lanka;Sri Lanka;Colombo;Sri Lankan;sri-lankais
Nepal;Népal;Kathmandu,Katmandou;Nepalese,Nepali;népalais
Myanmar;Birmanie;Naypyidaw;Myanmar,Burmese;birman
Thailand;Thaïlande;Bangkok;Thai;thaïlandais
Cambodia;Cambodge;Phnom Penh;Cambodian;cambodgien
Laos;Laos;Vientiane;Lao,Laotian;laotien
Malaysia;Malaisie;Kuala Lumpur;Malaysian;malaisien,malaysien
Singapore;Singapour;;Singaporean;singapourien
Indonesia;Indonésie;Jakarta;Indonesian;indonésien
Philippines;Philippines;Manila,Manille;Philippine,Filipino;philippin
New Zealand;Nouvelle-Zélande;;New Zealand;néo-zélandais
Switzerland;Suisse;Bern,Berne;Swiss;suisse
Austria;Autriche;Vienna;Austrian;autrichien
Belgium;Belgique;;Belgian;belge
Luxembourg;Luxembourg;;Luxembourgish;luxembourgeois
Portugal;Portugal;Lisbon,Lisbonne;Portuguese;portugais
Ireland;Irlande;Dublin;Irish;irlandais
Denmark;Danemark;Copenhagen,Copenhague;Danish;danois
Iceland;Islande;Reykjavik;Icelandic;islandais
Greece;Grèce;Athens,Athènes;Greek;grec/grecque
Cyprus;Chypre;Nicosia,Nicosie;Cypriot;chypriote
Malta;Malte;Valletta,La Valette;Maltese;maltais
Slovakia;Slovaquie;Bratislava;Slovak;slovaque
Slovenia;Slovénie;Ljubljana;Slovenian;slovène
Croatia;Croatie;Zagreb;Croatian;croate
Bosnia and Herzegovina;Bosnie-Herzégovine;Sarajevo;Bosnian;bosnien
Montenegro;Monténégro;Podgorica;Montenegrin;monténégrin
North Macedonia;Macédoine du Nord;Skopje;Macedonian;macédonien
Albania;Albanie;Tirana;Albanian;albanais
Kosovo;Kosovo;Pristina;Kosovar;kosovar
Bulgaria;Bulgarie;;Bulgarian;bulgare
Armenia;Arménie;;Armenian;arménien
Vatican;Vatican;Holy See,Saint-Siège;Vatican;
"""


def french_forms(spec: str) -> list[str]:
    """The masculine, feminine and plurals of a French adjective of nationality
    ("mexicain" -> mexicain, mexicaine, mexicains, mexicaines; "grec/grecque")."""
    masc, _, fem = spec.partition("/")
    if not fem:
        if masc.endswith("e"):
            fem = masc
        elif masc.endswith(("ien", "éen")):
            fem = masc + "ne"
        else:
            fem = masc + "e"
    plural = [w if w.endswith(("s", "x")) else w + "s" for w in (masc, fem)]
    return list(dict.fromkeys([masc, fem, *plural]))


def world_states() -> dict[str, tuple[list[str], list[str]]]:
    """Canonical name -> (names that speak on their own, adjectives), as
    ``states.STATE_BODIES`` holds them."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in _TABLE.strip().splitlines():
        en, fr, capitals, en_adj, fr_adj = line.split(";")
        names = [en, *([fr] if fr != en else []), *[c for c in capitals.split(",") if c]]
        adjectives = [a for a in en_adj.split(",") if a]
        for spec in filter(None, fr_adj.split(",")):
            adjectives += french_forms(spec)
        out.setdefault(en, (names, list(dict.fromkeys(adjectives))))
    return out
