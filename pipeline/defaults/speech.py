"""Defaults of the ``quotes`` config section, how words are reported: reporting
verbs, source cues, subject pronouns and the cues that make a quoted span a
title (who speaks: ``quotes.py``).

Every table here is the default of a ``QuotesConfig`` field and can be replaced
in the YAML file.
"""

from __future__ import annotations

# Reporting verbs as they appear in text (participles and present forms; the
# auxiliary is not needed). All languages' lists are used on every paragraph,
# because a paragraph's language may be mis-detected and the lists do not
# clash. Nouns spelled like verbs are left out ("la note", "le juge").
REPORTING_VERBS: dict[str, list[str]] = {
    "fr": [
        "félicite", "accusé", "prôné", "défini", "menacé",
        "déclaré", "déclare", "déclarent", "déclarait", "affirmé", "affirme", "affirmait",
        "ajouté", "ajoute", "ajoutait", "souligné", "souligne", "estimé", "estime", "estiment",
        "indiqué", "indique", "répondu", "répond", "dit", "qualifié", "qualifie", "salué",
        "salue", "exprimé", "exprime", "rapporté", "rapporte", "précisé", "précise", "assuré",
        "assure", "expliqué", "explique", "annoncé", "annonce", "averti", "avertit", "prévenu",
        "martelé", "martèle", "insisté", "insiste", "poursuivi", "poursuit", "conclu", "confié",
        "lancé", "noté", "écrit", "promis", "réagi", "commenté", "déploré", "dénoncé", "dénonce",
        "jugé", "reconnu", "confirmé", "confirme", "démenti", "répété", "raconté", "rappelé",
        "rappelle", "fait savoir", "fait valoir", "fait part", "demandé", "répliqué", "rétorqué", "renchéri",
        "relevé", "observé", "admis", "regretté", "fustigé", "plaidé", "mis en garde", "mis en avant", "évoqué",
        "réaffirmé", "réitéré", "ironisé", "tranché", "souhaité", "remercié", "félicité",
        # present tense, as headlines write it ("Kim promet un « soutien total »")
        "promet", "appelle", "exhorte", "prévient", "réclame", "fustige", "met en garde", "met en avant",
        "évoque", "réaffirme", "déplore", "regrette", "plaide", "remercie", "vante", "rétorque",
        "raconte", "confie", "accuse", "tweeté", "avancé", "décrit", "mentionné",
        # speech acts of judgement and refusal (reject, condemn, urge; "critiqué" only after its auxiliary:
        # not alone, which folded is the noun "critique", nor as a gerund, whose lemma the noun shares)
        "rejeté", "rejette", "condamné", "condamne", "exhorté",
        # reproaches and demands ("reprocher à X de « ... »", "exiger que")
        "reproché", "exigé", "sommé", "interpellé", "tancé", "a critiqué", "ont critiqué", "avait critiqué",
        "avaient critiqué",
        # a judgement given as the speaker's ("a considéré que"), after its auxiliary: alone, the
        # participle also describes ("considéré comme")
        "a considéré", "ont considéré", "avait considéré",
        # more verbs of speech: present forms of -re/-ir verbs the lemma lookup does not reach
        # ("conclut", "admet"), and the news writer's verbs of delivery ("lâche", "glisse", "tempère")
        "conclut", "rassure", "rassuré", "tempère", "tempéré", "nuance", "nuancé", "lâche", "lâché",
        "glisse", "glissé", "assène", "asséné", "signale", "signalé", "concède", "concédé", "admet",
        "reconnaît", "espère", "espéré", "révélé", "détaillé", "résume", "répète", "ironise",
        # the French of listed English verbs of speech ("denied", "suggested", "exclaimed",
        # "complained", "alleged", "predicted", "joked", "scoffed", "disclosed")
        "nié", "nie", "suggéré", "exclamé", "plaint", "allégué", "prédit", "plaisanté", "raillé", "divulgué",
    ],
    "en": [
        "complimented", "accused", "lauded", "applauded", "slammed", "decried", "proclaimed",
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "noted", "wrote",
        "writes", "declared", "asserted", "insisted", "explained", "warned", "announced",
        "replied", "responded", "reported", "described", "called", "welcomed", "praised", "hailed",
        "criticised", "criticized", "condemned", "expressed",
        "stressed", "emphasised", "emphasized", "underlined", "acknowledged", "confirmed",
        "denied", "promised", "urged", "tweeted", "asked", "argued", "claimed", "recalled",
        "observed", "remarked", "commented", "admitted", "reiterated", "vowed", "pledged", "quipped",
        "joked", "cautioned", "complained", "suggested", "affirmed", "assured", "boasted", "mentioned", "posted",
        "lamented", "conceded", "predicted", "exclaimed", "answered", "thanked", "spoke",
        "blasted", "threatened", "rejected", "dismissed", "denounced", "blamed", "alleged", "alleges",
        # nouns spelled like verbs, as verbs only before "that"
        "claims that", "notes that", "states that", "agreed that", "charged that",
        # present tense, as headlines write it ("Kim vows 'full support'"); nouns spelled
        # like verbs are left out ("states", "reports", "calls", "notes", "claims")
        "asks", "warns", "insists", "explains", "declares", "stresses", "hails", "praises",
        "urges", "describes", "welcomes", "promises", "vows", "denies", "confirms", "announces",
        "replies", "responds", "criticises", "criticizes", "condemns", "expresses", "acknowledges",
        "asserts", "emphasises", "emphasizes", "underlines", "recalls", "argues",
        "speaks", "blasts", "slams", "threatens", "rejects", "dismisses", "denounces", "mentions",
        # answers and rebukes
        "retorted", "countered", "interjected", "repeated", "berated", "scolded", "chided", "rebuked", "demanded",
        # more verbs of speech and disclosure
        "pointed out", "points out", "pointed to", "points to", "scorns", "scorned", "scoffs", "scoffed", "disclosed", "revealed", "reveals",
        "maintained", "contended", "highlighted", "specified", "recounted", "wondered",
        # the English of listed French verbs ("indiqué", "regretté", "déploré", "félicité",
        # "réaffirmé", "espéré", "plaidé", "prôné", "reproché", « estime »; not "considers", which
        # also means "examines": "the Duma considers a bill")
        "indicated", "regretted", "deplored", "congratulated", "reaffirmed", "reaffirms", "hoped", "pleaded",
        "advocated", "reproached", "believes",
        # praise given in public ("touted that he is willing to ...")
        "touted", "touts",
    ],
}

# Phrases whose speaker comes right after them: "selon X, « ... »".
SOURCE_CUES: dict[str, list[str]] = {
    "fr": ["selon", "d'après", "aux dires de"],
    "en": ["according to", "per"],
}

# Subject pronouns. "person" ones resolve to the last named person before
# the quote; "any" (plural) ones to the last named speaker of any kind.
PRONOUNS: dict[str, list[str]] = {
    "person": ["il", "elle", "he", "she"],
    "any": ["ils", "elles", "they"],
}

# Words right before a quoted span that make it a title, not speech
# (le journal « Rodong Sinmun », the film "The Interview").
TITLE_CUES: list[str] = [
    "le journal", "du journal", "au journal", "le quotidien", "du quotidien", "le magazine",
    "l'hebdomadaire", "le film", "du film", "le livre", "du livre", "l'ouvrage", "la chanson",
    "l'émission", "le documentaire", "la série", "l'opéra", "le roman", "l'album",
    # a channel, a radio or a site by its name (« la chaîne de télévision “Russia Today” »)
    "la chaîne", "de la chaîne", "la chaîne de télévision", "de la chaîne de télévision", "la radio",
    "de la radio", "le site", "du site",
    "intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée",
    "the newspaper", "the paper", "the daily", "the magazine", "the film", "the movie",
    "the book", "the novel", "the song", "the album", "the show", "the programme",
    "the documentary", "the series", "entitled", "titled",
    "the channel", "the TV channel", "the television channel", "the broadcaster", "the website",
    # naming verbs: what follows is a name ("a drone named "Haeil"", « baptisé « Haeil » »)
    "nommé", "nommée", "nommés", "nommées", "surnommé", "surnommée", "dénommé", "dénommée",
    "connu sous le nom de", "connue sous le nom de",
    "named", "dubbed", "nicknamed", "codenamed", "code-named", "known as",
]
