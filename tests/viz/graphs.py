"""Graphs written for the view tests: the example's facts in the shape of docs/graph-model.md, and one whose every string is hostile markup."""

from __future__ import annotations

import json
import re

import pyoxigraph

DOC = "a" * 64


EVIL_DOC = "e" * 64


EVIL = '</script><img src=x onerror="window.__pwned=1"> \\ "quoted" \u2028 & <b>bold</b>'


PREFIXES = """@prefix kg: <https://kg.example/ontology#> .
@prefix kgr: <https://kg.example/relation/> .
@prefix kge: <https://kg.example/id/entity/> .
@prefix kgd: <https://kg.example/id/doc/> .
@prefix kgv: <https://kg.example/id/value/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""


ALIBABA = f"""
kgd:{DOC} {{
  kgd:{DOC} a kg:Document ; dcterms:identifier "{DOC}" ; kg:source "examples/alibaba_cloud_fr.txt" ;
      dcterms:language "fr" ; dcterms:title "Alibaba va investir"@fr ; dcterms:date "2020-03-20"^^xsd:date .
  kgd:{DOC}/s/0 a kg:Sentence ; kg:text "Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d’ici à 2023"@fr ;
      kg:index 0 ; kg:start 0 ; kg:end 86 ; kg:inDocument kgd:{DOC} .
  kgd:{DOC}/s/5 a kg:Sentence ; kg:text "a expliqué Jeff Zhang, directeur de la technologie d’Alibaba Cloud Intelligence."@fr ;
      kg:index 5 ; kg:inDocument kgd:{DOC} .
  kge:alibaba a kg:Organization ; rdfs:label "Alibaba"@fr ; skos:altLabel "ALIBABA"@fr, "le groupe chinois"@fr .
  kge:alibaba-cloud-intelligence a kg:Organization ; rdfs:label "Alibaba Cloud Intelligence"@fr .
  kge:jeff-zhang a kg:Person ; rdfs:label "Jeff Zhang"@fr .
  kge:chine a kg:Place ; rdfs:label "Chine"@fr .
  kgv:money/USD/28000000000 a kg:MonetaryAmount ; kg:numericValue "28000000000"^^xsd:decimal ;
      kg:currency "USD" ; rdfs:label "28000000000 USD" .
  kgv:date/2023 a kg:Date ; kg:date "2023"^^xsd:gYear ; rdfs:label "2023" .
  kge:alibaba kg:invests kgv:money/USD/28000000000 .
  kge:alibaba kgr:fr/investir kgv:money/USD/28000000000 .
  kgd:{DOC}/fact/1 a kg:Statement ;
      kg:subject kge:alibaba ; kg:subjectText "Alibaba"@fr ;
      kg:relation kgr:fr/investir ; kg:relationText "va investir"@fr ; kg:canonicalRelation kg:invests ;
      kg:object kgv:money/USD/28000000000 ; kg:objectText "quelque 28 milliards de dollars"@fr ;
      kg:objectQualifier "approximately" ; kg:amount kgv:money/USD/28000000000 ; kg:time kgv:date/2023 ;
      kg:argument kgd:{DOC}/fact/1/arg/1 , kgd:{DOC}/fact/1/arg/2 ;
      kg:negated false ; kg:modality "future" ; kg:confidence 0.83 ; kg:extractor "kg.clause" ;
      kg:inDocument kgd:{DOC} ; prov:wasDerivedFrom kgd:{DOC}/s/0 .
  kgd:{DOC}/fact/1/arg/1 a kg:Argument ; kg:position 1 ; kg:role "dans" ; kg:roleType kg:TargetRole ;
      kg:text "son infrastructure cloud"@fr .
  kgd:{DOC}/fact/1/arg/2 a kg:Argument ; kg:position 2 ; kg:role "d’ici à" ; kg:roleType kg:DeadlineRole ;
      kg:text "2023"@fr ; kg:value kgv:date/2023 ; kg:qualifier "by" .
  kge:jeff-zhang kg:holdsPositionAt kge:alibaba-cloud-intelligence .
  kgd:{DOC}/fact/2 a kg:Statement ;
      kg:subject kge:jeff-zhang ; kg:subjectText "Jeff Zhang"@fr ;
      kg:relation kgr:fr/etre-directeur-de-la-technologie-d ; kg:relationText "directeur de la technologie d’"@fr ;
      kg:canonicalRelation kg:holdsPositionAt ; kg:positionHeld kg:CTO ;
      kg:object kge:alibaba-cloud-intelligence ; kg:objectText "Alibaba Cloud Intelligence"@fr ;
      kg:negated false ; kg:confidence 0.7 ; kg:extractor "kg.clause" ;
      kg:inDocument kgd:{DOC} ; prov:wasDerivedFrom kgd:{DOC}/s/5 .
  kgd:{DOC}/fact/3 a kg:Statement ;
      kg:subject kge:alibaba ; kg:relation kgr:fr/etre-implante-dans ;
      kg:object kge:chine ; kg:negated true ; kg:confidence 0.4 ;
      kg:attribution "Jeff Zhang"@fr ; prov:wasAttributedTo kge:jeff-zhang ;
      kg:inDocument kgd:{DOC} ; prov:wasDerivedFrom kgd:{DOC}/s/5 .
  kgd:{DOC}/fact/4 a kg:Statement ;
      kg:subject "Une stratégie"@fr ; kg:subjectText "Une stratégie"@fr ; kg:relation kgr:fr/accelerer-par ;
      kg:object "une hausse de la demande"@fr ; kg:modality "possible" ; kg:negated false ; kg:confidence 0.8 ;
      kg:inDocument kgd:{DOC} ; prov:wasDerivedFrom kgd:{DOC}/s/0 .
  kgr:fr/investir a kg:Relation ; rdfs:label "investir"@fr ; rdfs:subPropertyOf kg:invests .
  kgr:fr/etre-implante-dans a kg:Relation ; rdfs:label "être implanté dans"@fr .
  kgr:fr/accelerer-par a kg:Relation ; rdfs:label "accélérer par"@fr .
}}
"""


def _lit(text: str) -> str:
    return json.dumps(text)


EVIL_GRAPH = f"""
kgd:{EVIL_DOC} {{
  kgd:{EVIL_DOC} a kg:Document ; dcterms:identifier "{EVIL_DOC}" ; kg:source {_lit(EVIL)} ; dcterms:title {_lit(EVIL)} .
  kgd:{EVIL_DOC}/s/0 a kg:Sentence ; kg:text {_lit(EVIL + " sentence")} ; kg:inDocument kgd:{EVIL_DOC} .
  kge:evil a kg:Organization ; rdfs:label {_lit(EVIL)} ; skos:altLabel {_lit("<script>window.__pwned=2</script>")} .
  kge:bob a kg:Person ; rdfs:label "Bob \\"the\\" <i>Builder</i> \\\\ '" .
  kgd:{EVIL_DOC}/fact/1 a kg:Statement ; kg:subject kge:evil ; kg:relation kgr:en/pwn ;
      kg:relationText {_lit(EVIL)} ; kg:object kge:bob ; kg:objectText {_lit("<svg onload=window.__pwned=3>")} ;
      kg:argument kgd:{EVIL_DOC}/fact/1/arg/1 ;
      kg:modality {_lit(EVIL)} ; kg:negated false ; kg:confidence 0.5 ; prov:wasDerivedFrom kgd:{EVIL_DOC}/s/0 .
  kgd:{EVIL_DOC}/fact/1/arg/1 a kg:Argument ; kg:position 1 ; kg:role {_lit("<img src=y onerror=window.__pwned=4>")} ;
      kg:text {_lit(EVIL)} .
  kgr:en/pwn a kg:Relation ; rdfs:label {_lit(EVIL)} .
}}
"""


NAMESPACES = {
    "kgd": "https://kg.example/id/doc/",
    "kge": "https://kg.example/id/entity/",
    "kgr": "https://kg.example/relation/",
    "kgv": "https://kg.example/id/value/",
}


def make_store(*graphs: str) -> pyoxigraph.Store:
    """An in-memory store holding the given TriG (prefixed names may contain "/")."""
    text = re.sub(r"\b(kgd|kge|kgr|kgv):([^\s;,\]]+)", lambda m: f"<{NAMESPACES[m[1]]}{m[2]}>", "".join(graphs))
    store = pyoxigraph.Store()
    store.load((PREFIXES + text).encode(), format=pyoxigraph.RdfFormat.TRIG)
    return store


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


PHRASE_DOC = "c" * 64


#: A company that builds "un data center": an entity whose fact's object is a phrase, not an entity.
PHRASE = f"""
kgd:{PHRASE_DOC} {{
  kgd:{PHRASE_DOC} a kg:Document ; dcterms:identifier "{PHRASE_DOC}" ; dcterms:language "fr" .
  kgd:{PHRASE_DOC}/s/0 a kg:Sentence ; kg:text "Alibaba bâtit un data center à Paris."@fr ; kg:index 0 ;
      kg:inDocument kgd:{PHRASE_DOC} .
  kge:paris a kg:Place ; rdfs:label "Paris"@fr .
  kgd:{PHRASE_DOC}/fact/1 a kg:Statement ;
      kg:subject kge:alibaba ; kg:subjectText "Alibaba"@fr ;
      kg:relation kgr:fr/batir ; kg:relationText "bâtit"@fr ;
      kg:object "un data center"@fr ; kg:objectText "un data center"@fr ;
      kg:argument kgd:{PHRASE_DOC}/fact/1/arg/1 ;
      kg:negated false ; prov:wasDerivedFrom kgd:{PHRASE_DOC}/s/0 ; kg:inDocument kgd:{PHRASE_DOC} .
  kgd:{PHRASE_DOC}/fact/1/arg/1 a kg:Argument ; kg:position 1 ; kg:role "à" ; kg:text "Paris"@fr ;
      kg:entity kge:paris .
}}
"""


AGAIN_DOC = "d" * 64


#: A second article saying again that Alibaba invests the same amount: a parallel fact.
AGAIN = f"""
kgd:{AGAIN_DOC} {{
  kgd:{AGAIN_DOC} a kg:Document ; dcterms:identifier "{AGAIN_DOC}" ; dcterms:language "fr" ;
      dcterms:title "Alibaba confirme"@fr .
  kgd:{AGAIN_DOC}/s/0 a kg:Sentence ; kg:text "Alibaba confirme investir 28 milliards de dollars."@fr ; kg:index 0 ;
      kg:inDocument kgd:{AGAIN_DOC} .
  kgd:{AGAIN_DOC}/fact/1 a kg:Statement ;
      kg:subject kge:alibaba ; kg:subjectText "Alibaba"@fr ;
      kg:relation kgr:fr/investir ; kg:relationText "confirme investir"@fr ; kg:canonicalRelation kg:invests ;
      kg:object kgv:money/USD/28000000000 ; kg:objectText "28 milliards de dollars"@fr ;
      kg:negated false ; kg:modality "future" ; kg:confidence 0.7 ; kg:extractor "kg.clause" ;
      kg:inDocument kgd:{AGAIN_DOC} ; prov:wasDerivedFrom kgd:{AGAIN_DOC}/s/0 .
}}
"""


REVENUE_DOC = "b" * 64


#: Alibaba's revenue of the fourth quarter of 2019: a fact dated by its own period.
REVENUE = f"""
kgd:{REVENUE_DOC} {{
  kgd:{REVENUE_DOC} a kg:Document ; dcterms:identifier "{REVENUE_DOC}" ; dcterms:language "fr" ;
      dcterms:title "Le cloud d'Alibaba"@fr .
  kgd:{REVENUE_DOC}/s/0 a kg:Sentence ; kg:text "Alibaba a dépassé 10 milliards de yuan de revenus au quatrième trimestre 2019."@fr ;
      kg:index 0 ; kg:inDocument kgd:{REVENUE_DOC} .
  kgv:money/CNY/10000000000 a kg:MonetaryAmount ; kg:numericValue "10000000000"^^xsd:decimal ;
      kg:currency "CNY" ; rdfs:label "10000000000 CNY" .
  kgv:period/2019-Q4 a kg:Period ; kg:notation "2019-Q4" ; rdfs:label "2019-Q4" .
  kgd:{REVENUE_DOC}/fact/1 a kg:Statement ;
      kg:subject kge:alibaba ; kg:subjectText "Alibaba"@fr ;
      kg:relation kgr:fr/depasser ; kg:relationText "a dépassé"@fr ; kg:canonicalRelation kg:earnsRevenue ;
      kg:object kgv:money/CNY/10000000000 ; kg:objectText "10 milliards de yuan"@fr ;
      kg:time kgv:period/2019-Q4 ;
      kg:negated false ; kg:confidence 0.8 ; kg:extractor "kg.clause" ;
      kg:inDocument kgd:{REVENUE_DOC} ; prov:wasDerivedFrom kgd:{REVENUE_DOC}/s/0 .
}}
"""
