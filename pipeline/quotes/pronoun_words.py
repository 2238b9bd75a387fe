"""Words that refer back like pronouns, and what each may stand for (read by
``pronoun_table.Pronouns``): bodies and documents ("it", "the embassy", "the
statement"), agencies and papers ("the agency", « le journal »), unnamed
officials ("the official", « le porte-parole »), demonstratives (« ce
dernier »), people described by age or by profession ("the 62-year-old",
"the analyst"), and the French pronouns of grammatical gender."""

from __future__ import annotations

from pipeline.quotes.rules import BODY_NOUNS, BODY_NOUNS_FR, OWNER_ONLY_BODIES

# Pronoun-like subjects that refer to an organisation, an outlet or a body
# ("KCNA said ... It said", "the agency said").
ORG_PRONOUNS: list[str] = [
    "it",
    # a body's document speaking for it: "NATO said in a statement ... the statement added"
    # ("le communiqué commun" is a joint one: no single speaker)
    "the statement", "the communiqué", "the communique",
    # a body's press office speaks for it: "le service de presse du Kremlin ... Selon le service de
    # presse" (French names its owner after it; English before it, often as a possessive)
    "le service de presse", "le bureau de presse",
    # a court named again by its noun: "the ICC said ... the court added", « a ajouté la cour »
    "the court", "the tribunal", "la cour", "le tribunal",
]
# A state body named again by its noun alone refers to the body named before, as "it"
# does: "Russia's embassy in Berlin said ... The embassy added", « l'ambassade a
# déclaré » (the media nouns are agencies' words, and "the authorities" may be
# anyone's: neither counts). Never to an outlet: « (Belga) ... a déclaré le
# ministère » is no agency's ministry.
_MEDIA_BODIES = ("media", "news", "television", "tv", "broadcaster", "médias", "télévision")
BODY_PRONOUNS: list[str] = ["the ministry", "the foreign ministry", "the government", "le ministère"]
BODY_PRONOUNS += [f"the {n}" for n in BODY_NOUNS
                  if n != "authorities" and n not in OWNER_ONLY_BODIES and not any(w in n.split() for w in _MEDIA_BODIES)]
BODY_PRONOUNS += [f"{article}{n}" for n in BODY_NOUNS_FR if n[:1].isalpha() and " " not in n
                  and n not in OWNER_ONLY_BODIES and not n.startswith("autorit") for article in ("le ", "la ", "l'")]
# ... and its French names, which put "joint" after them (« le communiqué commun » has no
# single speaker: no pronoun then; "the joint statement" is none in English either)
DOCUMENT_PRONOUNS_FR: list[str] = ["le communiqué", "la déclaration"]
NOT_ONE_AUTHOR_FR = r"\s+(?:commun|commune|conjoint|conjointe)(?![\w'-])"

# ... that refer to a news agency or paper named before ("KCNA said ... the agency
# added", "the Global Times said ... the newspaper added", « fustige le journal »),
# else to another body
AGENCY_PRONOUNS: list[str] = [
    "the agency", "the news agency", "the state news agency", "l'agence", "l'agence de presse",
    "the newspaper", "the paper", "the daily", "le journal", "le quotidien",
    # a paper's piece speaks for it: "the Global Times said ... the article added"
    "the article", "the editorial", "the commentary", "the op-ed", "l'article", "l'éditorial",
]

# Definite role nouns that refer back to a person or an unnamed official like
# he/she ("a senior US official ... the official said").
ROLE_PRONOUNS: list[str] = [
    "the official", "the spokesman", "the spokeswoman", "the spokesperson", "the diplomat",
    "the minister", "le porte-parole", "la porte-parole", "le responsable", "le diplomate",
]

# Demonstratives that refer back to a person named before, like he/she
# (« Celui-ci a noté », « ce dernier a ajouté », "the latter said"), with the
# gender French gives them (None: either).
DEMONSTRATIVE_PRONOUNS: dict[str, str | None] = {
    "celui-ci": "m", "ce dernier": "m", "celle-ci": "f", "cette dernière": "f", "the latter": None,
}

# A person described by age refers back like he/she ("the 62-year-old said", « le
# sexagénaire a ajouté »): English "the N-year-old" (a regex), French nouns of age.
AGE_PRONOUN_EN = r"the\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old"
AGE_PRONOUNS_FR: list[str] = [f"{d}{n}" if d == "l'" else f"{d} {n}" for n in ("trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire",
                                                    "septuagénaire", "octogénaire", "nonagénaire") for d in ("le", "la", "l'")
                              if (d == "l'") == (n[0] == "o")]

# An expert or a politician named once and then by profession refers back like he/she ("the analyst
# said", « la chercheuse estime »).
EXPERT_PRONOUNS: list[str] = [
    "le chercheur", "la chercheuse", "l'expert", "l'experte", "l'analyste", "le politologue", "la politologue",
    "l'universitaire", "l'historien", "l'historienne", "le spécialiste", "la spécialiste",
    "the researcher", "the expert", "the analyst", "the scholar", "the academic", "the historian",
    "the political scientist",
    # and a politician named once ("the politician noted", « l'homme politique a ajouté »)
    "the politician", "the lawmaker", "the legislator", "the statesman", "le politicien", "la politicienne",
    "l'homme politique", "la femme politique", "l'homme d'État", "le parlementaire", "la parlementaire",
]

# Pronouns of grammatical gender that refer to organisations too ("l'agence
# KCNA ... Elle a ajouté", "le Kremlin ... il a précisé"): the subject of a
# recent sentence may be a person or an organisation.
NOUN_PRONOUNS: list[str] = ["il", "elle"]
