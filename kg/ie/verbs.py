"""The verb group of a predicate: the words of its relation, its lemma, negation, modality and speaker."""

from __future__ import annotations

from kg.ie.arguments import (
    _adverbial_particle,
    _is_passive,
    subject_text,
)
from kg.ie.drafts import (
    REPORTED,
    Slot,
    VerbGroup,
    _between_subject_and_verb,
)
from kg.ie.lexicon import (
    AGREEMENT_VERBS,
    AUX_DEPS,
    CLITIC_DEPS,
    MODAL_CONDITIONALS,
    MODALS,
    NEGATIONS,
    PARTICLE_DEPS,
    REPORTED_ADVERBS,
    REPORTED_PASSIVES,
    REPORTING_VERBS,
)
from kg.ie.tree import Node, Tree


def _verb_group(
    tree: Tree, chain: list[Node], copula: Node | None, subject: Slot, attribution: str | None
) -> VerbGroup:
    """Relation tokens, lemma, negation, modality and attribution of a chain."""
    nodes = tree.nodes
    pred = chain[-1]
    group = VerbGroup([], [], attribution=attribution)
    for position, verb in enumerate(chain):
        if verb is not pred:
            modal = MODALS.get(verb.lemma)
            if modal:
                group.note(modal)
            elif verb.lemma in REPORTED_PASSIVES and _is_passive(tree, verb):
                # "is said to be in talks": someone unnamed says so.
                group.note(REPORTED)
            elif verb.lemma in REPORTING_VERBS and group.attribution is None:
                # "dit vouloir consacrer": the subject reports its own intent.
                group.attribution = subject_text(tree, subject)
            elif verb.lemma not in AGREEMENT_VERBS:
                # "agreed to buy": agreed counts as done, the fact is buying.
                group.lemma.append(verb.lemma)
        for k in verb.kids:
            kid = nodes[k]
            if kid.dep in AUX_DEPS:
                group.tokens.append(k)
                if kid.dep != "cop" and (kid.tag == "MD" or tree.lang == "fr"):
                    group.note(MODALS.get(kid.lower) or MODALS.get(kid.lemma))
                if kid.mood == "Cnd" and MODALS.get(kid.lemma) not in MODAL_CONDITIONALS:
                    group.conditional_mood = True
            elif kid.dep == "advmod" and (kid.lower in REPORTED_ADVERBS or kid.lemma in REPORTED_ADVERBS):
                group.note(REPORTED)
                if _between_subject_and_verb(tree, kid, verb):
                    group.tokens.append(k)
            elif kid.dep in CLITIC_DEPS:
                group.tokens.append(k)
                if verb is pred:
                    group.lemma.append("se" if kid.lemma in ("s’", "s'") else kid.lemma)
            elif kid.dep in PARTICLE_DEPS or _adverbial_particle(tree, kid, verb):
                group.tokens.append(k)
                # "is stepping down as": the particle follows its verb in the
                # lemma ("step down"), the predicate's lemma is added last.
                (group.particles if verb is pred else group.lemma).append(kid.lemma)
            elif kid.dep == "advmod" and (kid.lemma in NEGATIONS or kid.lower in NEGATIONS):
                group.negated = True
                group.tokens.append(k)
            elif (
                kid.dep == "advmod" and kid.pos == "ADV" and not kid.kids and _between_subject_and_verb(tree, kid, verb)
            ):
                # "thus retroactively re-designated", "also houses"
                group.tokens.append(k)
            elif kid.dep == "mark" and position > 0 and kid.i < verb.i:
                group.tokens.append(k)
                if verb is pred and group.lemma:
                    group.lemma.append(kid.lemma)
        if verb.mood == "Cnd" and MODALS.get(verb.lemma) not in MODAL_CONDITIONALS:
            group.conditional_mood = True
        if copula is None or verb is not pred:
            group.tokens.append(verb.i)
    return group
