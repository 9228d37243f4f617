"""Light and control verbs: "a conclu un accord pour racheter X", "reached a deal to buy X", "prévoit d'acquérir X".

The fact is the governed predicate's (racheter, buy, acquérir), with the
light verb's subject as its subject; what stands in for an agent ("the
company" for its board) stands for it.
"""

from __future__ import annotations

from kg.ie.drafts import (
    _FRAME_DEPS,
    Frame,
    _is_infinitive,
)
from kg.ie.lexicon import (
    _DEAL_VERBS,
    _ORGANIZATION_LABELS,
    AGREEMENT_NOUNS,
    EVENT_NOUNS,
    IMMINENCE_NOUNS,
    INTENTION_NOUNS,
    LIGHT_VERBS,
    OBJECT_DEPS,
    OF_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    STAKE_NOUNS,
    STAKE_PREPOSITIONS,
    SUBJECT_DEPS,
    TALKS_NOUNS,
)
from kg.ie.spans import _case, _case_text
from kg.ie.tree import COPULA_LEMMAS, Node, Tree


def _light_frame(tree: Tree, clause: Node) -> Frame | None:
    """The light noun an infinitive ``clause`` completes, if any.

    The noun is an intention, an agreement, a negotiation or the "point" of
    "sur le point de", and it is the
    object or oblique of a verb ("fait part de son intention d’[investir]",
    "reached a deal to [buy]"), the predicate of a copula ("serait en
    discussions pour [racheter]") or the place of "be" ("is in talks to
    [acquire]"). The French parser may hang the infinitive on the verb
    instead of the noun ("a trouvé un accord pour [racheter]").
    """
    if clause.dep not in _FRAME_DEPS or clause.head == clause.i or not _is_infinitive(tree, clause):
        return None
    nodes = tree.nodes
    head = nodes[clause.head]
    noun: Node | None
    if clause.dep in ("acl", "acl:relcl"):
        noun = head
        holder = None
        if noun.head != noun.i and (noun.dep in OBJECT_DEPS or noun.dep.startswith("obl")):
            above = nodes[noun.head]
            if above.pos == "VERB" or (above.pos == "AUX" and above.lemma in COPULA_LEMMAS and _case(tree, noun)):
                holder = above
        if holder is None and any(nodes[k].dep == "cop" for k in noun.kids):
            holder = noun
    elif head.pos == "VERB":
        holder = head
        noun = next(
            (
                nodes[k]
                for k in head.kids
                if k < clause.i
                and (nodes[k].dep in OBJECT_DEPS or nodes[k].dep.startswith("obl"))
                and nodes[k].tr + 1 == clause.left
            ),
            None,
        )
    else:
        return None
    if holder is None or noun is None:
        return None
    if noun.dep not in OBJECT_DEPS and any(
        nodes[k].dep in OBJECT_DEPS and k != noun.i and nodes[k].pos == "PROPN" for k in holder.kids
    ):
        # "agreed to buy Intu Properties ... in a deal to create a malls giant": a verb
        # with a named object of its own is no light verb; the deal is its adjunct.
        return None
    adjunct = holder.i > noun.i
    if noun.lemma in INTENTION_NOUNS or noun.lower in TALKS_NOUNS:
        return Frame(holder, "intended", adjunct)
    if noun.lemma in AGREEMENT_NOUNS:
        return Frame(holder, None, adjunct)
    if noun.lemma in IMMINENCE_NOUNS and _case_text(tree, noun).lower() == "sur":
        return Frame(holder, "future", adjunct)
    return None


def _frame_holders(tree: Tree) -> frozenset[int]:
    """Indices of the light verbs and nouns of the tree's frames (computed once)."""
    key = ("frame holders",)
    if key not in tree.memo:
        frames = (_light_frame(tree, node) for node in tree.nodes if node.dep in _FRAME_DEPS)
        tree.memo[key] = frozenset(f.holder.i for f in frames if f is not None and not f.adjunct)
    return tree.memo[key]


def _stand_in(tree: Tree, noun: Node) -> Node:
    """The subject of a copular predicate noun, else the noun itself.

    "X is a footballer who plays": the one who plays is X.
    """
    nodes = tree.nodes
    if any(nodes[k].dep == "cop" for k in noun.kids):
        subj = tree.kid(noun.i, SUBJECT_DEPS)
        if subj is not None and subj.lemma not in RELATIVE_PRONOUNS:
            return subj
    return noun


def _light_object_complement(tree: Tree, verb: Node, obj: Node) -> Node | None:
    """The complement of a light verb's object ("has a mass [of X]"), if any."""
    nodes = tree.nodes
    if obj.lemma in STAKE_NOUNS or obj.lower in STAKE_NOUNS:
        # "buy a 40 percent stake in X", "racheter 50% de X": the company is
        # what the stake is bought in.
        return next(
            (
                nodes[k]
                for k in obj.kids
                if k > obj.i
                and nodes[k].dep in ("nmod", "obl")
                and _case_text(tree, nodes[k]).lower() in STAKE_PREPOSITIONS
                and (nodes[k].pos == "PROPN" or nodes[k].ent in _ORGANIZATION_LABELS)
            ),
            None,
        )
    event = obj.lemma in EVENT_NOUNS and verb.lemma in _DEAL_VERBS
    if (verb.lemma not in LIGHT_VERBS and not event) or obj.pos != "NOUN":
        return None
    for k in obj.kids:
        kid = nodes[k]
        if k > obj.i and kid.dep in ("nmod", "obl") and _case(tree, kid):
            if event and _case_text(tree, kid).lower() not in OF_PREPOSITIONS:
                # "le rachat de Contoso", not "l'acquisition en 2020".
                return None
            if any(
                nodes[j].dep in ("amod", "compound", "nmod", "acl", "acl:relcl")
                for j in obj.kids
                if obj.i < j < kid.left
            ):
                return None
            return kid
    return None
