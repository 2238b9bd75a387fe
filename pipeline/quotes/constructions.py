"""Verbs and constructions that introduce someone's words besides the
configured reporting verbs: greetings ("greeted Kim with"), presenting ("described
the treaty as"), participles ("saying"), remarks named after the quote ("The
remarks were made by"), speech verbs ("spoke", "toasted") and the adverbials
that may stand between a verb and its subject. General facts of French and
English news writing, used by verbs.py, subjects.py, nearby.py and sentence_before.py."""

from __future__ import annotations

# Verbs that introduce speech with "with" (or "by saying"), not on their own:
# 'Putin greeted Kim with "I am glad to see you"'.
GREETING_VERBS: list[str] = [
    "greeted", "greets", "welcomed", "welcomes", "answered", "answers", "replied", "responded",
    "toasted", "interrupted", "accueilli", "accueille", "répondu", "salué",
]

# ... with one of these right before the quotation
GREETING_LINKS: list[str] = ["with", "by saying", "saying", "avec", "par", "en disant", "en lançant"]

# Verbs that present something as the quotation says, with "as" / "comme"
# before it: 'Putin presented the treaty as "a peace document"', "Poutine a
# décrit l'accord comme « une percée »" (the verb's subject speaks; not in the
# passive: "le traité a été présenté comme « ... »" has no speaker).
DESCRIBING_VERBS: list[str] = [
    "presented", "presents", "presenting", "described", "describes", "portrayed", "portrays", "depicted",
    "depicts", "characterised", "characterized", "characterises", "characterizes", "hailed", "hails",
    "praised", "praises", "branded", "brands", "labelled", "labeled", "touted", "touts", "cast", "casts",
    "framed", "frames", "saw", "sees", "regarded", "regards", "welcomed", "welcomes", "referred to",
    "refers to", "referring to", "spoke of", "speaks of",
    "présenté", "présente", "présentent", "présentait", "décrit", "décrivent", "décrivait", "dépeint",
    "dépeignent", "salué", "salue", "considère", "considéré", "considérait", "considèrent", "qualifié", "perçoit",
    "voit", "voyait", "considers", "considered",
]

DESCRIBING_LINKS: list[str] = ["as", "as being", "comme", "comme étant", "en tant que"]

# Verbs that liken something to what the quotation says, with "to" / « à » before it:
# 'Biden likened Xi to "dictators"', « Biden a assimilé Xi à des « dictateurs » » (the verb's
# subject speaks; not in the passive)
COMPARING_VERBS: list[str] = [
    "likened", "likens", "compared", "compares", "equated", "equates",
    "assimilé", "assimile", "assimilait", "comparé", "compare", "comparait", "comparent",
]
COMPARING_LINKS: list[str] = ["to", "with", "à", "au", "aux", "avec"]

# Verbs of judging whose object, a pronoun, takes the quotation as its predicate:
# 'Warsaw considered it "highly probable"', 'Biden found it "interesting"', 'X thought it
# was "unlikely"', « il trouve cela « inacceptable » » (the verb's subject judges, in its words)
JUDGING_VERBS_FR: list[str] = [
    "trouve", "trouvé", "trouvait", "trouvent", "juge", "jugé", "jugeait", "jugent", "estime", "estimé", "estimait",
    "estiment", "considère", "considéré", "considérait", "considèrent",
]
JUDGING_VERBS: list[str] = [
    "considered", "considers", "consider", "found", "finds", "find", "thought", "thinks", "think",
    "deemed", "deems", "deem", "judged", "judges", "judge", "believed", "believes", *JUDGING_VERBS_FR,
]
# ... the pronoun object, and what may stand between it and the quotation
JUDGING_OBJECTS: list[str] = ["it", "this", "them", "him", "her", "cela", "ça", "ceci"]  # (not "that": a conjunction)
JUDGING_LINKS: list[str] = ["to be", "was", "is", "were", "are", "would be", "est", "était"]
# ... a French object pronoun stands before the verb (« X le juge « illégitime » », « X l'a trouvée
# « arrogante » »), after the subject and a tense auxiliary's clitic place
JUDGING_CLITICS: list[str] = ["le", "la", "les", "l'", "l’"]

# the finite forms of the tense auxiliaries (folded): « a », « ont », "has", "had"
TENSE_AUXILIARIES: frozenset[str] = frozenset("a ai as avons avez ont avait avaient aura auront aurait has have had".split())
# what stands before a describing verb in the passive
PASSIVE_AUXILIARIES: frozenset[str] = frozenset(
    "is are was were be been being est sont etait etaient fut furent ete etre sera seront serait seraient "
    "soit soient".split())

# Participles that attach a quotation to the subject of their clause: 'Kim
# thanked Putin, saying "..."', 'Peskov declined to comment, adding that "..."'
# (after a comma, with a few words before the quotation).
SAYING_PARTICIPLES: list[str] = [
    "saying", "adding", "declaring", "noting", "stressing", "insisting", "warning", "writing",
    "telling", "explaining", "arguing", "calling", "describing", "recalling", "claiming", "accusing",
    "praising", "hailing", "denouncing", "urging", "citing", "characterising", "characterizing", "branding",
    "labelling", "labeling", "terming", "dubbing", "criticising", "criticizing", "condemning", "welcoming",
    "vowing", "announcing", "asserting", "stating", "reiterating", "emphasising", "emphasizing",
    "demanding", "repeating", "berating", "scolding", "chiding", "rebuking", "retorting", "countering",
    "ajoutant", "déclarant", "affirmant", "soulignant", "estimant", "expliquant", "précisant",
    "assurant", "martelant", "insistant", "qualifiant", "évoquant", "jugeant", "dénonçant", "rappelant",
    "indiquant", "accusant", "saluant", "critiquant", "condamnant", "exhortant", "annonçant", "réclamant",
    "promettant", "réaffirmant", "pointant",
    # present participles of verbs of other conjugations, and more English ones
    "disant", "décrivant", "écrivant", "répondant", "avertissant", "prévenant", "concluant",
    "mentioning", "pointing out", "concluding", "replying", "responding", "answering", "lamenting",
    "complaining", "predicting", "promising", "pledging", "threatening", "admitting", "acknowledging",
]


# A text its subject issues, and the verbs of issuing it: "released a statement saying", « a publié
# un communiqué affirmant » (the participle of speech is the text's: its issuer speaks)
ISSUING_VERBS: list[str] = [
    "released", "releases", "issued", "issues", "published", "publishes", "posted", "posts", "put out", "puts out",
    "sent", "sends", "a publié", "publie", "a diffusé", "diffuse", "a émis", "a envoyé", "a adressé",
    "a rendu public", "rend public",
]
ISSUED_TEXTS: list[str] = [
    "statement", "statements", "communique", "communiqué", "press release", "release", "message", "post",
    "letter", "note", "tweet", "declaration", "déclaration", "lettre", "texte", "publication",
]


def present_participles(participles: list[str]) -> list[str]:
    """French present participles of the first-conjugation verbs among the past
    participles ``participles``: a past participle in -é is an -er verb's, whose
    present participle is its stem + -ant, with -geant and -çant keeping the
    stem's soft g and c ("rapporté": "rapportant", "jugé": "jugeant", "dénoncé":
    "dénonçant")."""
    out = []
    for word in participles:
        if " " in word or not word.endswith("é") or len(word) < 4:
            continue
        stem = word[:-1]
        if stem.endswith("g"):
            stem += "e"
        elif stem.endswith("c"):
            stem = stem[:-1] + "ç"
        out.append(stem + "ant")
    return out

# What a sentence after a quotation calls it when it names the speaker there:
# '"..." The remarks were made by Peskov', '« ... » Ces propos ont été tenus
# par X', '"..." Those were the words of X', '"..." X made the remarks'.
REMARK_NOUNS: list[str] = [
    "remarks", "remark", "comments", "comment", "words", "statement", "statements", "quote",
    "propos", "déclarations", "déclaration", "paroles", "commentaires", "commentaire", "mots",
    "phrase", "citation",
]

REMARK_DETERMINERS: list[str] = [
    "the", "these", "those", "his", "her", "their", "its", "such", "this", "that",
    "ces", "ses", "les", "leurs", "ce", "cette", "ces mêmes", "de tels", "de telles", "tels", "telles",
]

# verbs of "X made the remarks", "X a tenu ces propos" (the speaker is their subject)
REMARK_VERBS: list[str] = [
    "made", "makes", "delivered", "gave", "uttered", "tenu", "tient", "prononcé", "prononce",
    "fait", "livré", "eu",
]

# "C'est ce qu'a déclaré X", "That is what X said", "So said X": a reporting verb in
# the sentence after the quotation refers back to it
REFER_BACK: list[str] = [
    "c'est ce qu", "c'est ce que", "ce sont les propos", "voilà ce qu", "voila ce qu", "ainsi",
    "that is what", "that was what", "this is what", "this was what", "so said",
]

# Verbs of speaking without a quotation of their own: "Putin spoke at the
# banquet." A quotation standing alone right after such a sentence is the
# subject's ("Putin spoke at the banquet.\n\"We value this friendship.\""), and
# so is one they introduce ("Putin raised a toast to the \"strengthening of ties\"").
SPEECH_VERBS: list[str] = [
    "spoke", "spoken", "speaks", "speaking", "addressed", "addresses", "toasted", "toasts", "raised a toast",
    "proposed a toast", "offered a toast", "levé son verre", "trinqué",
    "gave a speech", "delivered a speech", "made a speech", "in a speech", "in his speech",
    "in her speech", "pris la parole", "prend la parole", "prenant la parole", "parlé", "parle",
    "porté un toast", "porte un toast", "prononcé un discours", "prononce un discours",
    "dans un discours", "dans son discours", "s'est exprimé", "s'est exprimée", "s'exprimant",
    "s'adressant", "s'est adressé", "s'est adressée", "parler", "parlant", "talked", "talking",
    # paying tribute is speaking too ("X paid tribute to the soldiers who « ... »")
    "paid tribute", "pays tribute", "paying tribute", "rendu hommage", "rend hommage", "rendant hommage",
]

# Reacting is speaking in the sentence before a quotation that stands alone ("X reacted on
# Telegram.\n"..."") but not of one it holds: "X reacted to the "..." remark" quotes another.
REACTION_VERBS: list[str] = ["reacted", "reacts"]

# Adverbials of time and manner that may stand between a reporting verb and the
# subject that follows it ("a dit en retour M. Poutine", "a commenté lundi le
# secrétaire général", "said later the minister").
ADVERBIALS: list[str] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
    "matin", "soir", "midi", "plus tard", "peu après", "ensuite", "encore", "aussi", "également", "alors",
    "enfin", "en retour", "à son tour", "de son côté", "pour sa part", "pour leur part", "quant à lui",
    "quant à elle", "notamment", "aussitôt", "en écho", "en substance", "lui aussi",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "later", "earlier", "also", "then", "again", "in turn", "in return", "for his part", "for her part",
    # where the words were published: "a indiqué sur Telegram le ministère", "said on X the ministry"
    "sur Telegram", "sur X", "sur Twitter", "sur Facebook", "sur les réseaux sociaux", "dans un communiqué",
    "on Telegram", "on X", "on Twitter", "on Facebook", "on social media", "in a statement",
    # in what and where: "a déclaré dans une vidéo Evguéni Prigojine", "said in a video the Wagner chief"
    "dans une vidéo", "dans un message", "dans un message audio", "dans un message vidéo",
    "dans un enregistrement audio", "dans un entretien", "dans une interview", "dans un discours",
    "dans une déclaration", "dans un tweet", "dans une publication", "lors d'une conférence de presse",
    "lors d'un point de presse", "en conférence de presse", "à la télévision", "à la télévision d'État",
    "in a video", "in an audio message", "in a message", "in a video message", "in an interview", "in a speech",
    "in a post", "in a tweet", "at a press conference", "at a news conference", "on television",
    "on state television",
    # to whom: "a déclaré à la presse le porte-parole", "said to reporters the minister"
    "à la presse", "aux journalistes", "à des journalistes", "devant la presse", "devant les journalistes",
    "to reporters", "to journalists", "to the press",
]
