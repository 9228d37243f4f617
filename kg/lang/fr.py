"""French word lists (see :mod:`kg.lang`).

The words several stages read are here; each stage's own lists are in
:mod:`kg.lang.fr_ie` (the extractor), :mod:`kg.lang.fr_normalize` (values) and
:mod:`kg.lang.fr_resolve` (the resolver), re-exported here: every name is read
as ``kg.lang.fr.NAME``.
"""
from __future__ import annotations

from kg.lang.fr_ie import *  # noqa: F403
from kg.lang.fr_normalize import *  # noqa: F403
from kg.lang.fr_resolve import *  # noqa: F403

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
