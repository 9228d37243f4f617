"""French words of the extractor (:mod:`kg.ie`), as the parser's lemmas and forms write them.

Re-exported by :mod:`kg.lang.fr` (see :mod:`kg.lang`).
"""

from __future__ import annotations

#: Verb particles: French has none.
PHRASAL_PARTICLES: tuple[str, ...] = ()

#: Prepositions of a passive's agent ("levés par").
AGENT_PREPOSITIONS = ("par",)

#: Negation words, lemmas or forms.
NEGATIONS = ("ne", "n'", "n’", "pas", "jamais", "guère", "nullement")

#: Verbs taking an infinitive → what they say about the fact.
MODALS = {
    "pouvoir": "possible", "devoir": "necessary", "falloir": "necessary",
    "aller": "future", "vouloir": "intended", "compter": "intended",
    "entendre": "intended", "chercher": "intended", "souhaiter": "intended",
    "espérer": "intended", "envisager": "intended", "prévoir": "intended",
    "tenter": "intended", "viser": "intended", "projeter": "intended",
    "essayer": "intended", "désirer": "intended",
}

#: Nouns of intention ("fait part de son intention d'investir").
INTENTION_NOUNS = ("intention", "projet", "volonté", "décision", "objectif", "ambition", "plan", "souhait",
                   "promesse")

#: Nouns of agreement ("a trouvé un accord pour racheter").
AGREEMENT_NOUNS = ("accord", "contrat", "entente", "compromis", "pacte")

#: Nouns of negotiation, as written ("en discussions pour racheter").
TALKS_NOUNS = ("discussions", "négociations", "négociation", "pourparlers", "discussion")

#: Words that list members of a noun phrase ("notamment X et Y").
INCLUDING_WORDS = ("notamment", "incluant", "y compris")

#: Nouns of being about to happen ("sur le point de").
IMMINENCE_NOUNS = ("point",)

#: Verbs of agreeing to do something ("a accepté de céder").
AGREEMENT_VERBS = ("accepter", "convenir")

#: Nouns of a business event ("le rachat de").
EVENT_NOUNS = ("acquisition", "rachat", "achat", "fusion", "cession", "investissement", "nomination", "suppression")

#: Verbs that report or complete a business event ("a finalisé l'acquisition").
ANNOUNCING_VERBS = ("annoncer", "dévoiler", "confirmer", "finaliser", "officialiser", "boucler")

#: Verbs that carry out or close a business event ("a mené le rachat de"), besides the announcing verbs.
EVENT_VERBS = ("conclure", "réaliser", "mener", "opérer", "lancer", "entamer", "poursuivre", "signer", "sceller",
               "trouver", "parvenir")

#: Words for a percentage ("40 pour cent").
PERCENT_WORDS = ("pourcent", "pour cent")

#: Nouns of a share in a company ("une participation dans"), besides the percentage words.
STAKE_NOUNS = ("participation", "participations", "part", "parts")

#: Prepositions between a stake and its company.
STAKE_PREPOSITIONS = ("de", "d'", "d’", "du", "des", "dans")

#: Verbs of the absolute construction's participle ("avec 80 millions levés").
ABSOLUTE_VERBS = ("lever", "collecter", "réunir", "obtenir", "investir", "décrocher", "rassembler", "récolter")

#: Lemmas of raising money.
RAISING_VERBS = ("lever", "collecter", "rassembler", "récolter", "réunir", "boucler")

#: Nouns of a round of funding ("une levée de 8 millions d'euros").
FUNDING_NOUNS = ("levée", "financement")

#: Prepositions of who money is raised from ("auprès de").
FUNDER_PREPOSITIONS = ("auprès de", "auprès d'", "auprès d’", "auprès du", "auprès des")

#: Prepositions of the absolute construction ("avec").
ABSOLUTE_PREPOSITIONS = ("avec",)

#: Conjunctions that open a condition ("s'il échoue").
CONDITION_MARKS = ("si", "s'", "s’")

#: Adverbs before a condition that make it a concession ("même si").
CONCESSIVE_ADVERBS = ("même",)

#: Adverbs that make a fact someone else's claim.
REPORTED_ADVERBS = ("prétendument",)

#: Verbs of a claim in the passive with an infinitive: French has none listed.
REPORTED_PASSIVES: tuple[str, ...] = ()

#: Heads of unnamed sources ("selon des sources proches du dossier"), lemmas or forms.
ANONYMOUS_SOURCES = ("source", "sources", "personne", "personnes", "proche", "proches", "presse", "média", "médias",
                     "rumeur", "rumeurs")

#: Endings of the conditional, longest first.
CONDITIONAL_ENDINGS = ("aient", "ions", "iez", "ais", "ait")

#: Irregular future stems: infinitive ending → stem ending.
CONDITIONAL_STEMS: tuple[tuple[str, str], ...] = (
    ("être", "ser"), ("avoir", "aur"), ("faire", "fer"), ("aller", "ir"), ("pouvoir", "pourr"),
    ("devoir", "devr"), ("vouloir", "voudr"), ("venir", "viendr"), ("tenir", "tiendr"), ("voir", "verr"),
    ("savoir", "saur"), ("falloir", "faudr"), ("valoir", "vaudr"), ("envoyer", "enverr"), ("quérir", "querr"),
    ("courir", "courr"), ("mourir", "mourr"), ("cevoir", "cevr"), ("yer", "ier"), ("pleuvoir", "pleuvr"),
)

#: Light verbs ("fait part de").
LIGHT_VERBS = ("faire", "prendre", "donner", "avoir", "tenir", "jouer")

#: Founder nouns.
FOUNDER_WORDS = ("fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice",
                 "fondateurs", "cofondateurs")

#: Lemmas of leaving a post.
LEAVING_VERBS = ("démissionner", "quitter")

#: Lemmas of holding a post.
HOLDING_VERBS = ("officier", "travailler", "rester", "demeurer")

#: Lemmas of appointing someone ("a nommé X comme directeur").
APPOINTING_VERBS = ("nommer", "désigner")

#: Nouns of appointing someone ("the appointment of X as CEO").
APPOINTING_NOUNS = ("nomination", "désignation")

#: Prepositions of the role in a change of post ("comme directeur").
AS_PREPOSITIONS = ("comme", "en tant que")

#: Verbs of saying.
REPORTING_VERBS = ("dire", "expliquer", "déclarer", "affirmer", "indiquer", "annoncer", "ajouter",
                   "préciser", "souligner", "assurer", "estimer", "confier", "confirmer", "rappeler",
                   "commenter", "écrire", "répondre", "raconter", "prévenir", "avancer", "juger",
                   "observer", "constater", "expliciter", "détailler", "révéler", "féliciter", "réjouir",
                   "reconnaître", "résumer", "poursuivre")

#: Prepositions that introduce the source of a reported fact.
ATTRIBUTION_PREPOSITIONS = ("selon", "d'après", "d’après")

#: Relative pronouns, lemmas.
RELATIVE_PRONOUNS = ("qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles",
                     "dont", "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles")

#: Prepositions that attach a complement to a noun.
OF_PREPOSITIONS = ("de", "d’", "d'", "du", "des")

#: Words of job titles that end a name-and-title compound: an English construction.
ROLE_WORDS: tuple[str, ...] = ()

#: Verbs that give their subject a role ("devenir président de X").
BECOMING_VERBS = ("devenir", "redevenir", "rester")

#: Nouns of a company's sites ("ses sites de Molsheim").
SITE_NOUNS = ("site", "usine", "hub", "entrepôt", "centre", "bureau", "datacenter", "campus", "implantation")

#: Verbs of building a site ("va construire une usine à Douai").
SITE_VERBS = ("construire", "installer", "bâtir", "édifier")

#: Possessive determiners of a site's owner.
POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")

#: Prepositions between a site and its place ("site de Chartres").
SITE_PREPOSITIONS = ("de", "d'", "d’", "du", "à", "au", "en")

#: Nouns that describe a company ("directeur de l'entreprise").
ORGANIZATION_NOUNS = ("entreprise", "groupe", "société", "compagnie", "firme", "constructeur", "laboratoire", "banque",
                      "start-up", "startup", "scale-up")

#: Prepositions that join a role noun to its organization ("PDG de", "chez").
ROLE_PREPOSITIONS = ("de", "d'", "d’", "du", "des", "chez")

#: Expletive subject pronouns: none listed ("il" is also a person).
EXPLETIVES: tuple[str, ...] = ()

#: Lines of page furniture, lower case without punctuation.
FURNITURE = ("sur le même sujet", "tous les champs sont obligatoires", "réagir", "commentaire", "commentaires",
             "lire aussi", "à lire aussi", "voir aussi", "partager", "publicité", "abonnez-vous", "newsletter",
             "inscrivez-vous à la newsletter", "se connecter", "mot de passe oublié")

#: Elided words and contractions in a lemma → the word spelled out ("président d’" → "président de").
LEMMA_FORMS = {
    "d’": "de", "d'": "de", "l’": "le", "l'": "le", "qu’": "que", "qu'": "que", "s’": "se", "s'": "se",
    "n’": "ne", "n'": "ne", "j’": "je", "j'": "je", "m’": "me", "m'": "me", "t’": "te", "t'": "te",
    "c’": "ce", "c'": "ce", "jusqu’": "jusque", "jusqu'": "jusque", "lorsqu’": "lorsque", "lorsqu'": "lorsque",
    "au": "à", "aux": "à", "du": "de", "des": "de",
}

#: Nouns of a company's figures → the relational noun of ``ontologies/relations.tsv`` ("ventes" → chiffre d'affaires).
MEASURE_NOUNS = {"vente": "chiffre d'affaires", "chiffre": "chiffre d'affaires", "revenu": "chiffre d'affaires",
                 "investissement": "investissement"}

#: Words of a measure noun's own phrase ("chiffre d'affaires").
MEASURE_PARTS = ("affaire", "affaires")

#: Verbs that give a figure its amount ("s'élever à", "atteindre").
AMOUNT_VERBS = ("élever", "monter", "atteindre", "totaliser", "chiffrer", "établir", "ressortir")

#: Verbs of a figure's change, whose "à" complement is the figure's new amount ("a bondi de 7 % à 937 millions").
CHANGE_VERBS = ("bondir", "progresser", "grimper", "augmenter", "croître", "reculer", "baisser", "chuter", "diminuer",
                "s'envoler", "envoler", "décoller", "fléchir")

#: The prepositions of a figure's new amount after a verb of change.
NEW_AMOUNT_PREPOSITIONS = ("à",)

#: Nouns of a person's leaving a post ("la révocation de").
DEPARTURE_NOUNS = ("révocation", "démission", "départ", "limogeage", "éviction", "renvoi")

#: The relation lemma of a leaving.
LEAVING_LEMMA = "quitter"

#: The copula written out when a fact has no verb of its own.
COPULA_WORD = "est"

#: The copula's lemma.
COPULA_LEMMA = "être"

#: The copula of a post held before.
PAST_COPULA_WORD = "était"

#: "Founded" written out, for founding read off a founder noun.
FOUNDED_WORD = "a fondé"

#: The lemma of founding.
FOUNDED_LEMMA = "fonder"

#: "Invested in" written out, for an investor read off a round.
INVESTED_WORD = "a investi dans"

#: The lemma of investing.
INVESTED_LEMMA = "investir dans"

#: The preposition of what is invested in.
INVESTED_PREPOSITION = "dans"

#: Nouns of a merger that two companies make together ("A et B ont conclu une fusion").
MERGER_NOUNS = ("fusion", "rapprochement", "mariage")

#: "Fusionne avec" written out, its lemma, and the preposition of the deal it comes with ("dans une fusion à 5 milliards").
MERGED_WORD = "fusionne avec"
MERGED_LEMMA = "fusionner avec"
MERGER_PREPOSITION = "dans"

#: Verbs of selling a business or an asset to a buyer, lemmas ("céder X à Y").
SELLING_VERBS = ("vendre", "céder", "revendre")

#: Prepositions of the buyer a seller sells to.
BUYER_PREPOSITIONS = ("à", "au", "aux")

#: "Achète" written out, for the buyer read off a sale.
BOUGHT_WORD = "achète"

#: The lemma of buying.
BOUGHT_LEMMA = "acheter"

#: "Operates in" written out, for a place of the subject's own site.
OPERATES_WORD = "opère à"

#: The lemma of operating in a place.
OPERATES_LEMMA = "opérer à"

#: The preposition of "CEO of" written out.
OF_WORD = "de"

#: "Have" written out, for possession read off a noun phrase.
HAVE_WORD = "a"

#: The lemma of possession.
HAVE_LEMMA = "avoir"

#: The preposition of "X is in Y" for places in apposition.
LOCATIVE_WORD = "en"

#: Forms of address that are no title worth a fact (the extractor's; the resolver's are HONORIFICS).
ADDRESS_FORMS = ("dr.", "dr", "m.", "mme")

#: Prepositions that place a noun ("le dépôt à Douai").
LOCATIVE_PREPOSITIONS = ("à", "en", "au", "aux", "dans")

#: Elided clitics the parser sometimes takes for a subject ("l’expliquait").
ELIDED_CLITICS = ("l’", "l'", "s’", "s'", "m’", "m'", "t’", "t'")

#: Words that join the names of a list ("A, B et C").
LIST_JOINERS = ("et", "ainsi que")

#: Words that may open a listed name without being part of it ("de Bpifrance", "l'IRD").
LIST_OPENERS = ("de", "d'", "d’", "du", "des", "l'", "l’", "la", "le", "les")

#: Prepositions of a price ("pour 200 millions").
PRICE_PREPOSITIONS = ("pour",)

#: Nouns of purpose between a deal and its event ("en vue de l'acquisition").
PURPOSE_NOUNS = ("vue", "but")


# The words of the extractor's other rules (kg.ie.arguments, confidence, facts, roles, tree).

#: Personal pronouns resolved to the main clause's subject.
RESOLVABLE_PRONOUNS = ("il", "elle", "ils", "elles")

#: Forms of "être" and "avoir" that open a relation phrase (a feature of a fact's confidence).
BE_WORDS = ("est", "sont", "était", "a")

#: Particles inside people's names ("von der Leyen", "van den Berg", "da Silva"): those of
#: names of any origin, which texts of either language write.
NAME_PARTICLES = ("von", "van", "der", "den", "de", "di", "da", "del", "della", "dos", "das", "du", "la", "le", "bin",
                  "ibn", "al", "el", "ter", "ten", "zu")

#: Words that join the parts of an institution's name the tagger cut ("Agence nationale | pour la |
#: Gestion des Déchets"), as written.
INSTITUTION_NAME_JOINERS = ("de", "du", "des", "d'", "d’", "pour", "contre", "la", "le", "les", "l'", "l’", "et", "en",
                            "sur", "aux", "au", "à")

#: The role of a count in apposition to an object ("2 % de ses effectifs, soit 19 000 emplois").
RESTATED_ROLE = "soit"

#: Multiword prepositions the parser splits, each the words before a ``case`` token and
#: the tokens that may be that ``case``: "d’ici" + "à 2023".
SPLIT_PREPOSITIONS = (
    (("d’", "ici"), ("à", "au", "aux", "la", "fin")),
    (("d'", "ici"), ("à", "au", "aux", "la", "fin")),
)

#: Nouns of a period that a participle or adjective dates ("l'an passé", "l'année dernière"), and those words:
#: the parser reads "l'an passé" as a clause of its own.
PERIOD_NOUNS = ("an", "année", "semaine", "mois", "trimestre", "semestre", "exercice", "saison")
PERIOD_DATING_WORDS = ("passé", "passée", "dernier", "dernière", "écoulé", "écoulée", "précédent", "précédente")
