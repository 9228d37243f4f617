"""French word lists (see :mod:`kg.lang`)."""
from __future__ import annotations

#: The days of the week, from Monday.
DAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

WEEKDAYS = DAY_NAMES

#: The months in order, each as written in a date, then its abbreviations.
MONTH_NAMES = (("janvier", "janv"), ("février", "févr", "fév"), ("mars",), ("avril", "avr"), ("mai",), ("juin",),
               ("juillet", "juil"), ("août",), ("septembre", "sept"), ("octobre", "oct"), ("novembre", "nov"),
               ("décembre", "déc"))

#: Every word of a month, lower case.
MONTHS = tuple(word.lower() for names in MONTH_NAMES for word in names)

#: Words that make a name a date or a time, not an entity.
TIME_WORDS = ("aujourd'hui", "hier", "demain", "avant-hier", "après-demain", "week-end", "matin", "soir",
              "soirée", "nuit", "après-midi", "midi", "minuit", "semaine", "mois", "année", "an",
              "noël", "pâques", "toussaint", "nouvel an")

#: Courtesy titles: aliases of a person, never part of the label.
HONORIFICS = ("m", "mm", "mme", "mmes", "mlle", "mlles", "me", "maître", "monsieur", "madame",
              "mademoiselle", "messieurs", "dr", "docteur", "pr", "professeur", "mgr", "monseigneur",
              "sœur", "soeur", "père", "frère", "saint", "sainte", "sir", "lord", "lady")

#: Role nouns: a person's office or function. Alone, a role names no one.
ROLE_NOUNS = (
    "président", "présidente", "vice-président", "vice-présidente", "premier ministre",
    "première ministre", "ministre", "ministre de l'économie", "ministre de l'intérieur",
    "ministre des affaires étrangères", "ministre de la défense", "ministre de la santé",
    "ministre de la justice", "ministre des finances", "secrétaire d'état", "secrétaire général",
    "secrétaire générale", "chancelier", "chancelière", "roi", "reine", "prince", "princesse",
    "empereur", "pape", "cardinal", "archevêque", "évêque", "sénateur", "sénatrice", "député",
    "députée", "gouverneur", "maire", "adjoint au maire", "préfet", "préfète", "ambassadeur",
    "ambassadrice", "consul", "commissaire", "général", "lieutenant", "colonel", "commandant",
    "capitaine", "amiral", "sergent", "maréchal", "chef", "pdg", "p-dg", "président-directeur général",
    "directeur général", "directrice générale", "directeur", "directrice", "directeur financier",
    "directrice financière", "porte-parole", "entraîneur", "entraîneuse", "sélectionneur",
    "fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice",
    "patron", "patronne", "dirigeant", "dirigeante", "juge", "procureur", "procureure", "avocat",
    "avocate", "conseiller", "conseillère", "gérant", "gérante", "administrateur", "administratrice",
    "responsable", "délégué", "déléguée", "commissaire européen", "haut-commissaire", "émir", "sultan",
    "cheikh", "ayatollah", "ex-président", "ancien président",
)

#: Words that may open a role phrase without being part of the role ("ancien", "ex-").
ROLE_MODIFIERS = ("ancien", "ancienne", "ex", "actuel", "actuelle", "nouveau", "nouvel", "nouvelle",
                  "futur", "future", "intérim", "adjoint", "adjointe", "délégué", "déléguée", "vice",
                  "feu", "haut", "haute")

#: News agencies: in a credit line they are furniture.
AGENCIES = ("afp", "ap", "reuters", "dpa", "ansa", "efe", "belga", "xinhua", "bloomberg", "aps",
            "map", "ats", "apa", "kyodo", "tass", "ria novosti", "interfax", "upi", "anp")

#: Heads of a description that says only what a person is by age, sex or fate
#: ("une vieille femme de 72 ans", "la victime"): when one person of the
#: document is named and agrees, the description is that person.
PERSON_DESCRIPTIONS = ("femme", "homme", "dame", "monsieur", "jeune", "fille", "garçon", "victime",
                       "retraité", "retraitée", "quinquagénaire", "sexagénaire", "septuagénaire",
                       "octogénaire", "nonagénaire", "trentenaire", "quadragénaire", "vingtenaire",
                       "adolescent", "adolescente", "blessé", "blessée", "malheureux", "malheureuse",
                       "intéressé", "intéressée", "défunt", "défunte", "disparu", "disparue")


#: Heads of a description of a place, by the gazetteer kind of place it
#: describes ("la ville" is the document's one named city).
PLACE_DESCRIPTIONS = {
    "city": ("ville", "cité", "capitale", "commune", "localité", "agglomération", "métropole", "village"),
    "country": ("pays", "nation"),
    "region": ("région", "province"),
}

#: Heads of a description of an organization ("l'organisation", "la compagnie aérienne").
ORGANIZATION_DESCRIPTIONS = ("organisation", "association", "entreprise", "société", "compagnie", "groupe",
                             "ong", "firme", "start-up", "startup", "scale-up", "fondation", "institution", "club")

#: Fixed expressions whose noun refers to nothing ("prendre la fuite", "ouvrir
#: le feu", "sur le coup", "le feu vert"): the noun makes no entity there. A
#: trailing "*" stands for any ending of the word ("prend*": prend, prennent).
IDIOMS = ("prend* la fuite", "pris la fuite", "prise la fuite", "ouvr* le feu", "ouvert le feu", "mett* le feu",
          "mis le feu", "coup de feu", "coups de feu", "feu vert", "tenir le coup", "tien* le coup", "tenu le coup",
          "sur le coup", "du coup", "tout à coup", "tout d'un coup", "coup d'œil", "coup d'oeil", "coup de main",
          "coup de pouce", "coup de fil", "coup de téléphone", "coup monté", "coup dur", "mise à jour",
          "mise en place", "mise en œuvre", "mise en oeuvre", "mise en service", "mise à feu", "mise en examen",
          "au moment des faits", "lors des faits", "après les faits", "à sa place", "à leur place", "à la place",
          "au milieu", "au beau milieu", "en plein milieu", "le port du", "longue marche", "un mouvement de",
          "à l'occasion", "à cette occasion", "en fait", "de fait", "avoir lieu", "a eu lieu", "ont eu lieu",
          "aura lieu", "avait eu lieu", "au lieu de", "donner lieu", "sur place", "faire face", "fait face",
          "font face", "en cours", "à la suite")

#: Nouns of an office, not of a place or a body: "l'autre poste sera assuré par X",
#: "X à la présidence", "son mandat". Alone they name no entity; with a fixed
#: complement that the lexicon knows they may ("le poste de police").
OFFICE_NOUNS = ("poste", "postes", "présidence", "vice-présidence", "mandat", "mandats", "fonction",
                "fonctions", "intérim", "gouvernance")

#: Shell nouns that take up an event the text told just before ("l'incident",
#: "ce drame"): with a definite determiner they name no new event.
EVENT_ANAPHORS = ("situation", "incident", "événement", "drame", "catastrophe", "tragédie", "fait", "faits", "affaire",
                  "phénomène", "sinistre", "épisode", "évènement")

#: Kinds of event, each with the nouns that name it ("l'incendie", "le feu",
#: "les flammes"): a definite noun of a kind takes up the last event of that
#: kind the text told, as a reader does.
EVENT_KINDS = (
    ("incendie", "feu", "flamme", "flammes", "brasier", "embrasement"),
    ("explosion", "déflagration", "détonation"),
    ("accident", "collision", "carambolage", "accrochage", "choc", "crash"),
    ("inondation", "inondations", "crue", "crues"),
    ("séisme", "tremblement de terre", "secousse", "secousses"),
    ("vol", "vols", "cambriolage", "braquage", "casse"),
    ("attaque", "attentat", "agression", "assaut"),
    ("manifestation", "manifestations", "rassemblement", "cortège", "défilé", "mobilisation"),
    ("grève", "grèves", "débrayage"),
    ("épidémie", "pandémie", "contamination", "infection", "maladie"),
    ("fuite", "déversement", "pollution", "marée noire"),
    ("émeute", "émeutes", "violence", "violences", "affrontement", "affrontements", "heurt", "heurts", "révolte"),
    ("arrestation", "interpellation"),
    ("effondrement", "écroulement", "éboulement"),
    ("tempête", "ouragan", "cyclone", "orage", "tornade"),
    ("réunion", "séance", "rencontre", "sommet"),
    ("élection", "élections", "scrutin", "vote"),
)

#: Parties named by their members: the French tagger reads "les Verts", "les
#: Républicains" as organizations already.
PARTY_MEMBERS: tuple[str, ...] = ()

#: Words of a match report (see the English list).
SPORT_WORDS = ("championnat", "saison", "entraîneur", "buteur", "attaquant", "milieu de terrain", "défenseur",
               "gardien de but", "stade", "arbitre", "penalty", "relégation", "coup d'envoi", "derby", "effectif",
               "ligue 1", "ligue des champions", "demi-finale", "quart de finale", "journée de championnat")

#: Verbs of succession: "Danone remplace son PDG par ...", "X succède à Y".
REPLACE_VERBS = ("remplacer", "succéder")

#: Prepositions that bring in who takes the place ("remplacé par B").
SUCCESSOR_MARKERS = ("par",)

#: Hyphenated words, mostly borrowed from English, that the French tokenizer
#: would cut at the hyphen ("La start | - | up Lumen"): one word each, in
#: lower case and capitalized, singular and plural.
HYPHENATED_WORDS = ("start-up", "scale-up", "joint-venture", "pure-player", "spin-off",
                    "e-mail", "best-seller", "fast-food")


# The extractor's words (kg.ie.lexicon), as the parser's lemmas and forms write them.

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


# The words of values (kg.normalize.words), folded as the normalizer reads them: lower case, no accents.

#: Words of scale → their factor ("milliards", "md"), read in a text of any language.
SCALES = {
    "k": 10**3, "mille": 10**3, "millier": 10**3, "milliers": 10**3,
    "m": 10**6, "million": 10**6, "millions": 10**6, "mio": 10**6,
    "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9, "milliard": 10**9, "milliards": 10**9,
}

#: Words of scale read only in a text of this language: "billion" is 10^12 in French.
LANGUAGE_SCALES = {"billion": 10**12, "billions": 10**12}

#: Currency names → their ISO code ("dollars americains", "livres sterling").
CURRENCY_WORDS = {
    "dollars americains": "USD", "dollars us": "USD", "dollars des etats-unis": "USD", "dollar americain": "USD",
    "dollars canadiens": "CAD", "dollars australiens": "AUD", "dollars de hong kong": "HKD",
    "dollars singapouriens": "SGD", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR",
    "yuans": "CNY", "yuan": "CNY", "renminbi": "CNY", "yuan renminbi": "CNY", "yens": "JPY", "yen": "JPY",
    "livres sterling": "GBP", "livre sterling": "GBP", "francs suisses": "CHF", "franc suisse": "CHF",
    "roubles": "RUB", "rouble": "RUB", "roupies": "INR", "roupie": "INR",
    "wons": "KRW", "won": "KRW", "rands": "ZAR", "rand": "ZAR", "francs cfa": "XOF", "franc cfa": "XOF",
    "real": "BRL", "couronnes suedoises": "SEK",
}

#: Numbers written in words → their value ("douze", "septante").
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "treize": 13, "quatorze": 14, "seize": 16, "vingts": 20,
    "septante": 70, "octante": 80, "huitante": 80, "nonante": 90,
}

#: Words of a hundred in a number written out ("trois cents").
HUNDRED_WORDS = ("cent", "cents")

#: Words of a thousand in a number written out ("deux mille").
THOUSAND_WORDS = ("mille",)

#: Approximate numbers → their value ("une dizaine").
APPROXIMATE_NUMBERS = {
    "une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20,
    "une trentaine": 30, "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60,
    "une centaine": 100, "un millier": 1000,
}

#: Qualifiers before an amount → the qualifier ("environ", "plus de", "jusqu'à").
AMOUNT_QUALIFIERS = {
    "quelque": "approximately", "environ": "approximately", "pres de": "approximately",
    "autour de": "approximately", "approximativement": "approximately", "a peu pres": "approximately",
    "presque": "approximately", "quasiment": "approximately",
    "plus de": "more than", "au moins": "at least", "moins de": "less than",
    "jusqu'a": "up to", "pas moins de": "at least",
}

#: Words of a vague count ("plusieurs", "centaines").
VAGUE_WORDS = ("quelques", "plusieurs", "nombreux", "nombreuses", "certains", "certaines", "centaines")

#: Times of day ("hier soir", "ce matin").
TIMES_OF_DAY = ("matin", "apres-midi", "midi", "soir", "nuit")

#: Days named relative to the document's date → their shift in days ("hier").
DAY_SHIFTS = {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "apres-demain": 2}

#: Ordinals → their number ("premier", "2e").
ORDINALS = {
    "premier": 1, "premiere": 1, "1er": 1, "1re": 1, "1ere": 1,
    "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2,
    "troisieme": 3, "3e": 3, "3eme": 3,
    "quatrieme": 4, "4e": 4, "4eme": 4,
}

#: Words before a date → the qualifier they give it ("d'ici à", "depuis"), or None for none ("en", "le").
#: "dès" folds to "des", which is far more often the article: not listed.
DATE_QUALIFIERS: dict[str, str | None] = {
    "d'ici a la fin de": "by", "d'ici la fin de": "by", "d'ici a": "by", "d'ici": "by",
    "au plus tard en": "by", "au plus tard le": "by", "avant": "by",
    "depuis": "since", "a partir de": "from", "a compter de": "from",
    "jusqu'a": "until", "jusqu'en": "until", "jusqu'au": "until",
    "vers": "approximately", "aux alentours de": "approximately", "apres": "after",
    "au cours de": None, "au cours du": None, "au cours des": None, "pendant": None,
    "cours de": None, "cours du": None, "cours des": None,
    "durant": None, "en": None, "le": None, "la": None, "les": None, "l'": None,
    "ce": None, "cet": None, "cette": None, "ces": None, "au": None, "aux": None,
    "du": None, "des": None, "a": None, "dans": None, "sur": None,
}

#: Prepositions that introduce an argument → the qualifier they give its value ("d'ici à", "dès").
ROLE_QUALIFIERS = {
    "d'ici a": "by", "d'ici": "by", "avant": "by", "au plus tard": "by", "depuis": "since", "a partir de": "from",
    "des": "from", "jusqu'a": "until", "jusqu'en": "until", "vers": "approximately", "apres": "after",
}

#: Words of an amount's phrase that are no unit ("de", "les").
UNIT_STOP_WORDS = ("de", "d'", "du", "des", "le", "la", "les", "l'", "et", "ou", "a", "au", "aux", "en", "pour")


# The resolver's words (kg.resolve.vocabulary, kg.resolve.lexicon), folded as the resolver compares them.

#: Head nouns of definite descriptions of organizations ("le groupe chinois"), in the order they are tried.
ORGANIZATION_HEADS = (
    "groupe", "geant", "societe", "entreprise", "firme", "compagnie", "constructeur", "operateur", "fabricant",
    "editeur", "specialiste", "leader", "numero un", "plateforme", "mastodonte", "conglomerat", "poids lourd",
    "start-up", "startup", "banque", "producteur", "assureur", "distributeur", "industriel", "laboratoire",
    "hebergeur", "constructeur automobile", "compagnie aerienne", "equipementier", "fournisseur", "branche",
    "division", "filiale", "unite",
)

#: Head nouns of definite descriptions of business people ("le dirigeant").
PERSON_HEADS = ("dirigeant", "dirigeante", "patron", "patronne", "pdg", "entrepreneur", "milliardaire")

#: Nouns after a place's name that say it is one: French puts them before ("la province de Paktika").
PLACE_NOUNS: tuple[str, ...] = ()

#: Nouns after an organization's name that say it is one: French puts them before ("le parti CDU").
BODY_NOUNS: tuple[str, ...] = ()

#: Words a company's full name may add to its short name: legal forms (with those of other
#: countries, which texts of either language write) and generic words ("SA", "Groupe").
GENERIC_ORG_WORDS = ("sa", "sas", "sarl", "se", "ag", "gmbh", "nv", "bv", "spa", "groupe", "holding")

#: Words that join the words of a role or a name ("de", "la").
JOINING_WORDS = ("de", "du", "des", "d'", "la", "le", "les", "l'", "et", "a", "au", "aux")

#: Copular verbs, lemmas ("être", "devenir").
COPULAR_VERBS = ("etre", "devenir", "rester", "demeurer", "sembler")

#: Function words: prepositions, articles, pronouns and particles.
FUNCTION_WORDS = ("de", "d'", "du", "des", "a", "au", "aux", "en", "dans", "avec", "sur", "pour", "par", "vers",
                  "chez", "contre", "entre", "sous", "le", "la", "les", "l'", "un", "une", "se", "s'", "ne", "pas",
                  "plus", "que", "qu'", "y")
