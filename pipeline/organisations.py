"""International organisations, courts, agencies and groups that news quotes as
speakers, by the names and acronyms English and French writing give them (a
table of general facts, not of one corpus). Merged after the configured
organisation aliases, so a configured name keeps its canonical form; the
canonical name is the English one, so that a French article's « la Cour pénale
internationale » and an English article's "the ICC" name one speaker.

French capitalises only the first word of an institution's name (« la Cour
pénale internationale », « l'Organisation mondiale de la santé »), so such names
are not found as runs of capitalised words the way English ones are: they need
this table.

A few national agencies that international news quotes by name are in it too,
by the names that tell them from a common phrase (« le Comité d'enquête russe »,
not « un comité d'enquête »): Russia's Investigative Committee and prison
service speak as themselves, as the organisation a text names; its security
service (FSB) as its state, like a ministry.

Left out on purpose: names that are also common phrases or parts of other
names ("Security Council" is also a state's national security council; « le
Conseil de sécurité » alone likewise), and acronyms that are common words in
capitals ("IS", "AU" in French: « au »). Acronyms of fewer than four letters
match only as written (``folding.compile_aliases``).
"""

from __future__ import annotations

import functools

# english name; other english names and acronyms; french names and acronyms
_TABLE = """
United Nations;UN,U.N.;Nations unies,Organisation des Nations unies,ONU
UN Security Council;United Nations Security Council,U.N. Security Council,UNSC;Conseil de sécurité de l'ONU,Conseil de sécurité des Nations unies
UN General Assembly;United Nations General Assembly,U.N. General Assembly;Assemblée générale de l'ONU,Assemblée générale des Nations unies
UN Human Rights Council;United Nations Human Rights Council,U.N. Human Rights Council;Conseil des droits de l'homme de l'ONU,Conseil des droits de l'homme des Nations unies
UN Human Rights Office;Office of the UN High Commissioner for Human Rights,OHCHR;Haut-Commissariat des Nations unies aux droits de l'homme,Haut-Commissariat aux droits de l'homme
UNHCR;UN refugee agency,U.N. refugee agency,UN High Commissioner for Refugees;Haut-Commissariat des Nations unies pour les réfugiés,HCR
UNICEF;United Nations Children's Fund,UN Children's Fund;Fonds des Nations unies pour l'enfance
World Food Programme;World Food Program,WFP;Programme alimentaire mondial,PAM
World Health Organization;World Health Organisation,WHO;Organisation mondiale de la santé,OMS
International Atomic Energy Agency;IAEA,UN nuclear watchdog,U.N. nuclear watchdog;Agence internationale de l'énergie atomique,AIEA
International Criminal Court;ICC;Cour pénale internationale,CPI
International Court of Justice;ICJ,World Court;Cour internationale de justice,CIJ
International Monetary Fund;IMF;Fonds monétaire international,FMI
World Bank;;Banque mondiale
World Trade Organization;World Trade Organisation,WTO;Organisation mondiale du commerce,OMC
International Committee of the Red Cross;ICRC,Red Cross;Comité international de la Croix-Rouge,CICR,Croix-Rouge
International Olympic Committee;IOC;Comité international olympique,CIO
Interpol;;
Europol;;
NATO;North Atlantic Treaty Organization,North Atlantic Treaty Organisation;OTAN,Organisation du traité de l'Atlantique nord,Alliance atlantique
European Union;EU;Union européenne,UE
European Commission;;Commission européenne
European Parliament;;Parlement européen
European Council;;Conseil européen
European Central Bank;ECB;Banque centrale européenne,BCE
Council of Europe;;Conseil de l'Europe
European Court of Human Rights;ECHR;Cour européenne des droits de l'homme,CEDH
Organization for Security and Co-operation in Europe;Organisation for Security and Co-operation in Europe,OSCE;Organisation pour la sécurité et la coopération en Europe
Organisation for Economic Co-operation and Development;OECD;Organisation de coopération et de développement économiques,OCDE
African Union;;Union africaine
Arab League;League of Arab States;Ligue arabe
Association of Southeast Asian Nations;ASEAN;Association des nations de l'Asie du Sud-Est,ANASE
Shanghai Cooperation Organisation;Shanghai Cooperation Organization,SCO;Organisation de coopération de Shanghai,OCS
Collective Security Treaty Organization;Collective Security Treaty Organisation,CSTO;Organisation du traité de sécurité collective,OTSC
OPEC;Organization of the Petroleum Exporting Countries;Organisation des pays exportateurs de pétrole,OPEP
BRICS;;
G7;Group of Seven;G7
G20;Group of 20,Group of Twenty;G20
Amnesty International;;
Human Rights Watch;HRW;
Reporters Without Borders;RSF;Reporters sans frontières
Doctors Without Borders;Médecins Sans Frontières,MSF;Médecins sans frontières
Committee to Protect Journalists;CPJ;Comité pour la protection des journalistes
Islamic State;Islamic State group,ISIS,ISIL,Daesh;État islamique,Etat islamique,groupe État islamique,organisation État islamique,EI,Daech
Hamas;;
Hezbollah;Hizbollah;Hezbollah
Taliban;;talibans
"""

# national agencies that international news quotes by name: state; canonical name; english
# names; french names. An agency named as its state speaks for it, as its ministries do
# (``states.STATE_BODIES``); the others speak as themselves, the organisation a text names
_NATIONAL = """
Russia;Russia;Russian Federal Security Service,FSB;Service fédéral de sécurité,Service fédéral de sécurité russe
Russia;Investigative Committee;Russian Investigative Committee,Investigative Committee of Russia,Russia's Investigative Committee;Comité d'enquête russe,Comité d'enquête de Russie,Comité d'enquête de la Fédération de Russie
Russia;Federal Penitentiary Service;Russian Federal Penitentiary Service,FSIN,Russian prison service;Service pénitentiaire fédéral russe,Service fédéral de l'exécution des peines
"""


@functools.lru_cache(maxsize=1)
def world_organisations() -> dict[str, list[str]]:
    """Canonical (English) name -> its other English and French names and acronyms."""
    out: dict[str, list[str]] = {}
    national = [line.split(";", 1)[1] for line in _NATIONAL.strip().splitlines()]
    for line in (*_TABLE.strip().splitlines(), *national):
        name, english, french = (part.strip() for part in line.split(";"))
        forms = [f.strip() for f in f"{english},{french}".split(",") if f.strip() and f.strip() != name]
        out[name] = list(dict.fromkeys(forms))
    return out


@functools.lru_cache(maxsize=1)
def national_agencies() -> dict[str, str]:
    """The state of each national agency that speaks as itself ("Investigative
    Committee": Russia); the annotation convention lets a state stand for its
    agencies, as for its ministries (evaluate.same_speaker)."""
    rows = [line.split(";")[:2] for line in _NATIONAL.strip().splitlines()]
    return {name: state for state, name in rows if name != state}


@functools.lru_cache(maxsize=1)
def international_bodies() -> frozenset[str]:
    """The canonical names of the table's international organisations (not the
    national agencies filed under their state)."""
    return frozenset(line.split(";")[0].strip() for line in _TABLE.strip().splitlines())


def with_world(configured: dict[str, list[str]]) -> dict[str, list[str]]:
    """``configured`` (canonical -> aliases) and after it the organisations of
    the table: a configured name keeps its aliases first, the table's forms
    joining them; a table entry one of whose forms is configured under another
    name is left to the configuration."""
    taken = {a.casefold(): canon for canon, aliases in configured.items() for a in (canon, *aliases)}
    out = {canon: list(aliases) for canon, aliases in configured.items()}
    for canon, forms in world_organisations().items():
        owners = {taken.get(f.casefold()) for f in (canon, *forms)} - {None}
        if owners - {canon}:
            continue
        out[canon] = list(dict.fromkeys([*out.get(canon, []), *forms]))
    return out
