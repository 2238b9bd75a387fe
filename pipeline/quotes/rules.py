"""Built-in tables for speaker attribution that describe news writing in
general (state bodies, titles, roles, names) and apply on top of the
configurable ``quotes`` tables (``pipeline/defaults/quotes.py``, ``speech.py``). The verbs and
constructions that introduce speech are in ``constructions.py``, the words that
refer back like pronouns in ``pronoun_words.py``.
"""

from __future__ import annotations

from pipeline import function_words, states
from pipeline.outlets import PLATFORMS

# Words that join a sentence to the one before without being part of its
# subject: "But Putin, who ..., said", "However, Kim said". Those but the last
# two are names' stopwords too (below): they open a clause before its subject
# ("Puis Donald Trump a dit").
_OPENING_CONNECTIVES = frozenset(
    """but and yet so also still meanwhile however earlier later instead
    mais et ainsi alors toutefois cependant pourtant puis ensuite""".split())
CONNECTIVES: frozenset[str] = _OPENING_CONNECTIVES | {"separately", "moreover"}

# Capitalised words that start sentences or precede names but are not part of
# a name (nor are the platforms a statement was posted on: "sur Twitter Oleksiy
# Danilov"): stripped from the front of an unknown capitalised name.
NAME_STOPWORDS: frozenset[str] = _OPENING_CONNECTIVES | frozenset(
    """le la les l un une des du de d the a an this that these those selon dans pour par sur
    lors après apres avant ou donc car en au aux ce cette ces il
    elle ils elles he she they we nous vous je i in on at for by with from according after
    before or when while if as actuellement depuis pendant lorsque lorsqu
    quand tandis puisque quoique since until although though because once unless whereas
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december lundi mardi mercredi jeudi vendredi
    samedi dimanche our your my his her its their we you it there here what who why how where
    which whose read follow explore reuse watch see more
    several multiple many some few both all most other another each every various numerous
    certain such any plusieurs certains certaines nombreux nombreuses quelques tous toutes
    divers diverses chaque aucun aucune autres neither either
    quote quotes citation quoting citing citant
    enfin finalement desormais maintenant neanmoins then now finally afterwards""".split()
) | PLATFORMS  # (the last line, with the connectives: sentence adverbs that open a clause before its subject)
# words that label a quotation after its speaker's name ('Peskov Quote: "..."'): no part of the name
LABEL_WORDS: frozenset[str] = frozenset(("quote", "quotes", "citation"))
# the nouns that head English names of seas, rivers and lands ("the Black Sea", "the Dnipro
# River"): such a name is a place, never someone who speaks (not "Lake", "Bay", "Coast", "Ocean", "Strait": surnames too)
GEOGRAPHIC_HEADS: frozenset[str] = frozenset(
    "sea seas river gulf straits peninsula mountains islands canal desert".split())


# -- Built-in tables that are not config fields -----------------------------------
# These hold how news writing names speakers, not who the speakers of one corpus
# are; they apply on top of the configured tables.

# States and institutions that speak through bodies and unnamed officials
# (pipeline/states.py).
STATE_BODIES = states.STATE_BODIES

# Words between the owner and the body or role: "a White House national security
# spokesperson", "Japan's chief cabinet secretary", "a senior US official".
BODY_MODIFIERS: list[str] = [
    "national", "security", "council", "foreign", "defence", "defense", "ministry", "government",
    "presidential", "senior", "top", "unification", "cabinet", "chief", "deputy", "press", "affairs",
    "state", "department", "office", "embassy", "military", "administration", "nsc", "executive",
    "high-ranking", "unnamed", "anonymous", "another",
]

# English bodies (speak as "it") and roles of unnamed officials (speak as "he",
# "she"), after their owner ("the Japanese government", "Japan's chief cabinet
# secretary") or before it ("a spokesperson for the White House").
BODY_NOUNS: list[str] = [
    "government", "authorities", "administration", "foreign ministry", "ministry of foreign affairs", "foreign office",
    "defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
    "unification ministry", "ministry", "presidential office", "presidency", "cabinet", "embassy", "military",
    # a state's armed services ("the US Air Force said") and "the Chinese side" of talks
    # (with the state named: ``OWNER_ONLY_BODIES``; not "army", which names groups: "the Free Syrian Army")
    "air force", "navy", "armed forces", "side", "general staff",
    "national security council", "joint chiefs of staff", "mission", "delegation",
    # state media not named: "North Korean state media said" speaks for North Korea
    "state media", "state-run media", "official media", "state news agency", "state-run news agency",
    "official news agency", "state television", "state tv", "state broadcaster",
    # the services a state keeps for itself ("Ukrainian military intelligence said", "US intelligence")
    "intelligence", "military intelligence", "intelligence services", "intelligence service",
]
ROLE_NOUNS: list[str] = [
    "spokesperson", "spokespersons", "spokespeople", "spokesman", "spokesmen", "spokeswoman",
    "spokeswomen", "press secretary", "chief cabinet secretary", "cabinet secretary", "official",
    "officials", "diplomat", "diplomats", "ambassador", "envoy", "representative", "representatives",
    # unnamed informants of a state: "British defence sources said", "a US source said"
    "source", "sources",
]
# French: the body before its owner's adjective ("le gouvernement japonais",
# "le ministère sud-coréen des Affaires étrangères") or before its name ("un
# porte-parole de la Maison Blanche").
BODY_NOUNS_FR: list[str] = [
    "gouvernement", "autorités", "autorites", "ministère", "ministere", "diplomatie", "présidence", "exécutif", "cabinet",
    "ambassade", "armée", "administration", "médias d'État", "médias officiels", "télévision d'État",
    "armée de l'air", "forces armées", "partie", "état-major",
    "renseignement", "renseignements", "renseignement militaire", "services de renseignement",
    "services secrets",
]
# body nouns that speak for a state only with the state named, never alone as a
# back-reference to the body or state before ("la partie civile", "the other side")
OWNER_ONLY_BODIES: frozenset[str] = frozenset([
    "air force", "navy", "armed forces", "side", "armée de l'air", "forces armées", "partie", "general staff",
    "état-major", "intelligence", "military intelligence", "intelligence services", "intelligence service",
    "renseignement", "renseignements", "renseignement militaire", "services de renseignement", "services secrets",
])
ROLE_NOUNS_FR: list[str] = ["porte-parole", "responsable", "responsables", "diplomate", "diplomates", "ambassadeur",
                             "ambassadrice", "représentant", "représentante", "représentants", "source", "sources"]
# what the state keeps for itself (security, defence, intelligence, police, justice): an official
# "of" one of them, with a state's adjective, speaks for that state ("un haut responsable de la
# sécurité ukrainienne", « un responsable du renseignement militaire russe »)
STATE_DOMAINS_FR: list[str] = [
    "sécurité", "défense", "renseignement", "renseignements", "renseignement militaire", "services de sécurité",
    "services de renseignement", "services secrets", "police", "justice", "forces armées", "état-major",
    "garde nationale",
]
BODY_COMPLEMENTS_FR: list[str] = [
    "des Affaires étrangères", "de la Défense", "de l'Unification", "des Armées",
]

# Definite role descriptions in general: "the" / "le" + at most three modifiers
# + one of these heads ("the top government spokesman", "the minister", "le
# porte-parole", "le vice-ministre russe"). They refer back to the last named
# person before them, best one whose title has the same head (the keys here
# group the heads that name one role), else one with a title. English and
# French forms (matched folded).
ROLE_HEADS: dict[str, list[str]] = {
    "spokesperson": ["spokesman", "spokeswoman", "spokesperson", "porte-parole"],
    "minister": ["minister", "fm", "ministre", "vice-ministre", "chef de la diplomatie", "cheffe de la diplomatie"],
    "secretary": ["secretary", "secretary-general", "secrétaire", "secrétaire général", "secrétaire générale",
                  "secretary of state", "secrétaire d'État", "secrétaire d'Etat"],
    "official": ["official", "responsable", "haut fonctionnaire", "fonctionnaire"],
    "adviser": ["adviser", "advisor", "conseiller", "conseillère"],
    "diplomat": ["diplomat", "diplomate"],
    "envoy": ["envoy", "émissaire", "envoyé", "envoyée", "envoyé spécial"],
    "ambassador": ["ambassador", "ambassadeur", "ambassadrice"],
    "negotiator": ["negotiator", "négociateur", "négociatrice"],
    "president": ["president", "vice-president", "président", "présidente", "vice-président",
                  "head of state", "chef de l'État", "chef de l'Etat", "cheffe de l'État", "cheffe de l'Etat",
                  # the French press names a head of state or government by the residence
                  "locataire de l'Élysée", "locataire de l'Elysée", "locataire de la Maison Blanche",
                  "locataire du Kremlin"],
    "leader": ["leader", "dirigeant", "dirigeante", "numéro-un"],  # (« le numéro un chinois »: one word, pronoun_table.role_words)
    # (the English press's abbreviations: "India's PM Modi", "Russian FM Lavrov")
    "premier": ["prime minister", "pm", "premier ministre", "première ministre", "chancellor", "chancelier",
                "locataire de Matignon", "locataire de Downing Street"],
    "chief": ["chef", "chief", "boss", "patron", "patronne"],
    "director": ["director", "directeur", "directrice"],
    "commander": ["commander", "commandant"],
    "governor": ["governor", "gouverneur", "mayor", "maire"],
    "senator": ["senator", "sénateur", "sénatrice"],
    "editor": ["editor", "editor-in-chief", "rédacteur en chef", "rédactrice en chef"],
    "lawmaker": ["lawmaker", "legislator", "congressman", "congresswoman", "député", "députée", "parlementaire"],
}
# Words that never modify a role head in a description ("the deal the minister"
# is not one description)
ROLE_NOT_MODIFIERS: frozenset[str] = frozenset(
    """said says told who which whom whose that this these those and or but than then when while
    also not no its his her their our your my is was were are be been has have had""".split())

# Words that open a sentence with a phrase that is not its subject: "In Tokyo,
# Japan's chief cabinet secretary said", "Asked about X, Putin said",
# "Lorsqu'on lui a demandé si ..., il a répondu". The subject comes after the
# phrase's comma. Folded (no accents); elided forms without the apostrophe.
LEADING_WORDS: frozenset[str] = frozenset(
    """in on at after before during while when as asked speaking following despite since with
    without amid according for from by under addressing responding writing meeting talking visiting arriving
    if although though because once until whereas unless
    selon lors dans en apres avant pendant depuis pour par avec sans interroge interrogee
    questionne questionnee face malgre devant lorsque lorsqu quand puisque puisqu si comme tandis
    bien parce""".split()
)

# Words right before a name that put it in object or adverbial position, and
# determiners (``pipeline/function_words.py``, shared with the clean stage).
PREPOSITIONS: frozenset[str] = function_words.PREPOSITIONS
DETERMINERS: frozenset[str] = function_words.DETERMINERS

# Titles before a name: "Chief Cabinet Secretary Hirokazu Matsuno",
# "Prime Minister Fumio Kishida", « le ministre de l'Économie Bruno Le Maire » (a
# title names a rank, an office, a body or a portfolio; the name is the speaker).
TITLE_WORDS: frozenset[str] = frozenset(
    """president vice prime minister foreign defence defense deputy secretary chief cabinet state
    spokesman spokeswoman spokesperson press ambassador envoy senator sen rep representative gov pm fm
    governor general gen lt col sec admiral commander chancellor premier king queen crown prince
    princess chairman chairwoman chair director head leader national security adviser advisor
    council official mayor lawmaker supreme first lady unification trade finance interior justice
    home economy economic department ministry former acting senior top high marshal colonel lieutenant
    captain president-elect aide assistant negotiator representative spokesmen affairs committee prosecutor
    commission parliament assembly senate congress legislator congressman congresswoman
    republican democrat conservative labour liberal
    pope pontiff cardinal archbishop bishop patriarch metropolitan nuncio rabbi imam ayatollah major
    pape pontife archeveque eveque patriarche metropolite nonce
    ministre porte parole premier premiere chef secretaire dirigeant dirigeante chancelier adjoint haut haute
    adjointe ambassadeur ambassadrice envoye conseiller conseillere directeur directrice procureur procureure
    presidente negociateur negociatrice representant representante collaborateur d'etat etat parlement assemblee senat
    senateur senatrice depute deputee ancien ancienne
    health education culture agriculture labor environment energy industry transport treasury
    economie interieur finances armees sante travail environnement industrie energie transports
    logement securite nationale
    counterpart counterparts homologue homologues comrade camarade respected""".split()
)
# The nouns a title ends on, the head of "NATO Secretary General", "Indonesian
# Foreign Minister", "Moscow Mayor" (not "Security" of "Hong Kong Security Law").
TITLE_HEADS: frozenset[str] = frozenset(
    """president minister pm fm secretary general spokesman spokeswoman spokesperson ambassador envoy
    senator governor chancellor premier king queen prince princess chairman chairwoman chair
    director head leader adviser advisor official mayor lawmaker commander chief admiral marshal
    colonel lieutenant captain aide negotiator representative president-elect legislator congressman prosecutor
    congresswoman pope pontiff cardinal archbishop bishop patriarch nuncio""".split()
)

# Institutions a title may name before a person's name ("the President of the
# European Parliament Roberta Metsola"); no person's name holds one. Folded.
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    """parliament assembly senate congress commission council committee guard court agency service
    confederation federation
    parlement assemblee senat congres conseil comite garde cour agence service""".split()
)

# Relations that make the name after them an owner, not the speaker:
# "a sister of Kim", "le porte-parole de Poutine" (titles count too).
RELATION_WORDS: frozenset[str] = frozenset(
    """sister brother wife husband daughter son father mother aide aides ally allies friend
    associate associates office team camp entourage spokesman spokeswoman spokesperson
    soeur frere epouse mari fille fils pere mere proche proches allie allies conseiller
    conseillers cabinet equipe camp entourage lawyer lawyers attorney widow avocat avocate avocats veuve""".split()
)

# Words linking the parts of a title: "spokesperson for China's foreign ministry",
# "ministre des Affaires étrangères".
# (« à », « au », « aux » before a French portfolio: « le conseiller à la sécurité nationale »,
# « la secrétaire d'État aux Affaires européennes »; "to" before a posting: "Ambassador to Germany")
TITLE_LINKS: frozenset[str] = frozenset("of for to the du de la des d l a au aux affaires etrangeres".split())

# Nouns after a name that make it a modifier, not the speaker: "the Guardian's
# Moscow correspondent said", "a Kremlin watcher said".
NOT_SPEAKER_HEADS: list[str] = [
    "correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists",
    "analyst", "analysts", "expert", "experts", "resident", "residents", "source", "sources",
    "editor", "editors", "commentator", "commentators", "observer", "observers", "watcher",
    "watchers", "researcher", "researchers", "scholar", "scholars", "professor", "bureau",
    "correspondant", "correspondante", "envoyé", "envoyée", "spécial", "analyste", "analystes",
    "expert", "experts", "spécialiste", "spécialistes",
]

# Nouns that, after a possessive, keep the owner as the speaker: "KCNA's report
# said", "the Kremlin's statement said" (the owner issued it, unlike "Putin's
# spokesman"). Also the head of "according to a Kremlin transcript".
DOCUMENT_NOUNS: list[str] = [
    "report", "reports", "statement", "statements", "dispatch", "dispatches", "article", "editorial",
    "commentary", "readout", "transcript", "communique", "communiqué", "release", "press release",
    "message", "letter", "website", "account", "broadcast", "bulletin", "announcement", "summary", "post",
    "publication", "words", "remarks", "termes", "mots", "propos",
    # a judgement someone gave: "according to Weber's assessment", « selon ses dires »
    "assessment", "view", "views", "version", "opinion", "dires", "estimation", "évaluation", "avis",
    "rapport", "communiqué", "dépêche", "depeche", "éditorial", "commentaire", "compte rendu",
    "lettre", "message", "site", "annonce", "déclaration", "declaration",
]

# Subjects of a reporting verb that name a group of people nobody in
# particular: "Analysts said", "Critics say", "Certains estiment". A capitalised
# one at the start of a sentence is not a name.
GENERIC_SUBJECTS: frozenset[str] = frozenset(
    """officials diplomats lawmakers legislators critics witnesses people others many some both all
    everyone everybody someone somebody nobody none residents authorities sources observers
    experts analysts reporters journalists participants protesters protestors soldiers police
    prosecutors investigators scientists researchers organisers organizers activists voters
    citizens users leaders ministers workers troops rescuers doctors officers commentators
    supporters opponents members delegates negotiators locals villagers survivors relatives
    families neighbours neighbors students teachers parents experts insiders aides advisers
    responsables diplomates experts analystes observateurs temoins habitants autorites sources
    certains beaucoup tous toutes chacun personne manifestants militants enqueteurs medecins
    dirigeants ministres soldats policiers chercheurs specialistes elus deputes senateurs
    participants proches partisans opposants membres""".split()
)

# Relative pronouns: the clause they open has a subject of its own.
RELATIVE_PRONOUNS: frozenset[str] = frozenset(
    "qui dont lequel laquelle lesquels lesquelles who which whom whose".split())
# Coordinating conjunctions joining two names or two parts of a phrase.
COORDINATORS: frozenset[str] = frozenset(("and", "or", "et", "ou"))
# Relatives and representatives of a person, named by their relation to them
# ("la veuve de X", "the lawyer of X", "la porte-parole de X"): someone else.
KIN_NOUNS: list[str] = [
    "veuve", "epouse", "femme", "mari", "mere", "pere", "fils", "fille", "frere", "soeur", "avocat", "avocate",
    "widow", "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister", "lawyer",
]
AGENT_NOUNS: list[str] = [
    "porte-parole", "spokesman", "spokeswoman", "spokesperson", "conseiller", "conseillere", "adviser",
    "advisor", "aide", "attorney", "equipe", "team", "entourage", "proche", "proches", "family", "famille",
    "assistant", "assistante",
    # who comes before or after someone, or faces them: "le successeur de Donald Trump" is not Trump
    "successeur", "successor", "predecesseur", "predecessor", "homologue", "counterpart",
]
