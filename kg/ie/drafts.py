"""Facts in the making: the records the rules fill, and the dependency relations they read.

A :class:`Draft` is a fact before it is checked and scored; a
:class:`VerbGroup` the words of a predicate (its relation, negation,
modality, attribution); a :class:`Frame` a light verb or a control verb and
the predicate it governs ("a conclu un accord pour racheter"). The limits
keep the extractor linear in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.ie.lexicon import (
    AUX_DEPS,
    OBJECT_DEPS,
    OBLIQUE_DEPS,
    SUBJECT_DEPS,
)
from kg.ie.tree import Node, Tree

#: Most facts one clause may yield once its conjunctions are split.
MAX_FACTS_PER_CLAUSE = 256


#: Most conjuncts read per argument.
MAX_CONJUNCTS = 256


#: How far (in heads) subject inheritance may climb.
MAX_CLIMB = 8


#: Labels under which a verb heads a clause of its own.
PREDICATE_DEPS = frozenset(
    {
        "root",
        "conj",
        "ccomp",
        "xcomp",
        "advcl",
        "acl",
        "acl:relcl",
        "parataxis",
        "csubj",
        "csubj:pass",
        "dep",
        "advcl:cleft",
    }
)


#: Labels a token never heads a clause under.
NON_PREDICATE_DEPS = frozenset(
    {
        "aux",
        "aux:pass",
        "aux:tense",
        "aux:caus",
        "cop",
        "amod",
        "compound",
        "case",
        "mark",
        "det",
        "fixed",
        "flat",
        "flat:name",
        "flat:foreign",
        "punct",
        "nummod",
        "compound:prt",
    }
)


#: Modifiers before a predicate noun that belong to its phrase.
_PREDICATE_MODIFIERS = frozenset(
    {
        "det",
        "amod",
        "nummod",
        "compound",
        "nmod:poss",
        "advmod",
        "flat",
        "flat:name",
        "det:predet",
    }
)


#: Children of a predicate noun that are never part of it as an argument.
_CLAUSE_PARTS = SUBJECT_DEPS | {"cop", "aux", "aux:pass", "aux:tense", "expl", "expl:subj"}


#: Children of a predicate noun that belong to its clause, not its phrase.
_CLAUSE_LEVEL = frozenset({"advcl", "ccomp", "xcomp", "acl:relcl", "mark", "cop", "aux"})


#: Modality of a fact someone else claims ("serait", "reportedly", "according
#: to sources"); it wins over the others but a condition.
REPORTED = "reported"


#: Modality of a fact that holds under a condition, and of the condition.
CONDITIONAL = "conditional"


#: Labels under which a clause is the complement of another ("a dit qu'il
#: viendrait"): a conditional there is the future of the past, not a claim.
_COMPLEMENT_DEPS = frozenset({"ccomp", "csubj", "csubj:pass"})


#: Labels of an infinitive completing a light noun or verb ("a deal [to buy]").
_FRAME_DEPS = frozenset({"acl", "acl:relcl", "xcomp", "advcl"})


@dataclass
class Slot:
    """An argument as a token range of the tree.

    Attributes:
        head: Index of the head token.
        left: First token of the argument text.
        right: Last token of the argument text.
        role: ``subject``, ``object``, ``agent``, a preposition, ``time``...
        resolved: Antecedent text when the head is a relative pronoun.
    """

    head: int
    left: int
    right: int
    role: str
    resolved: str = ""


@dataclass
class Draft:
    """A fact found in a tree, before it is turned into a :class:`Fact`.

    Attributes:
        kind: Which rule found it: ``verb``, ``copula``, ``appos``, ``role``.
        pred: Index of the predicate token.
        subject: The subject.
        relation: Relation phrase.
        lemma: Normalized relation.
        object: The object, if any.
        args: Further arguments, in sentence order.
        negated: The clause is negated.
        modality: Modality, if any.
        attribution: Who reports it, if anyone.
        inherited: The subject came from another clause.
        depth: How deep the predicate sits under the root.
        split: One of several facts a conjunction was split into.
    """

    kind: str
    pred: int
    subject: Slot
    relation: str
    lemma: str
    object: Slot | None = None
    args: list[Slot] = field(default_factory=list)
    negated: bool = False
    modality: str | None = None
    attribution: str | None = None
    inherited: bool = False
    depth: int = 0
    split: bool = False


def _is_predicate(tree: Tree, node: Node) -> bool:
    """Whether a token heads a clause the extractor reads."""
    if node.dep in NON_PREDICATE_DEPS:
        return False
    nodes = tree.nodes
    if any(nodes[k].dep == "cop" for k in node.kids):
        return True
    if node.pos == "VERB":
        if node.dep not in PREDICATE_DEPS:
            return False
        # A capitalized "verb" inside the sentence is a mis-tagged name.
        return not (node.i > 0 and node.text[:1].isupper() and node.dep != "root")
    if node.pos == "AUX" and node.dep in PREDICATE_DEPS:
        return any(nodes[k].dep in SUBJECT_DEPS or nodes[k].dep in OBLIQUE_DEPS for k in node.kids)
    return False


def _hands_off(tree: Tree, node: Node) -> bool:
    """Whether a verb passes its clause on to an infinitive it governs."""
    nodes = tree.nodes
    if node.pos not in ("VERB", "AUX") and not (node.pos == "ADJ" and any(nodes[k].dep == "cop" for k in node.kids)):
        return False
    has_obj = False
    chain_kid = False
    for k in node.kids:
        kid = nodes[k]
        if kid.dep in OBJECT_DEPS or kid.dep == "ccomp":
            has_obj = True
        elif kid.dep == "xcomp" and (
            (kid.pos in ("VERB", "AUX") and _is_infinitive(tree, kid))
            or any(nodes[j].dep == "cop" and (nodes[j].verbform == "Inf" or nodes[j].tag == "VB") for j in kid.kids)
        ):
            chain_kid = True
    return chain_kid and not has_obj


def _is_infinitive(tree: Tree, node: Node) -> bool:
    """Whether a verb is an infinitive (or an English bare/to-infinitive)."""
    if node.verbform == "Inf":
        return True
    nodes = tree.nodes
    for k in node.kids:
        kid = nodes[k]
        if kid.lower == "to" or (kid.dep in ("aux", "aux:pass", "aux:tense") and kid.verbform == "Inf"):
            return True
    return node.tag == "VB"


def _between_subject_and_verb(tree: Tree, adverb: Node, verb: Node) -> bool:
    """Whether an adverb sits right before its verb, after any subject."""
    if adverb.i > verb.i or verb.pos not in ("VERB", "AUX"):
        return False
    nodes = tree.nodes
    for k in range(adverb.i + 1, verb.i):
        if nodes[k].head != verb.i or (nodes[k].dep not in AUX_DEPS and nodes[k].dep != "advmod"):
            return False
    return True


def _chain(tree: Tree, node: Node) -> list[Node]:
    """The verbs of the infinitival chain that ends at ``node``, top first."""
    nodes = tree.nodes
    chain = [node]
    current = node
    while (
        len(chain) < MAX_CLIMB
        and current.dep == "xcomp"
        and current.head != current.i
        and _hands_off(tree, nodes[current.head])
    ):
        current = nodes[current.head]
        chain.append(current)
    chain.reverse()
    return chain


@dataclass
class VerbGroup:
    """The relation words of a clause, read off its verb chain.

    Attributes:
        tokens: Indices of the tokens of the relation phrase.
        lemma: Lemmas of the chain's content verbs and particles.
        negated: A negation hangs off the chain.
        modality: The modality a modal verb or mood gives it.
        attribution: Who reports it, when a verb of saying is in the chain.
    """

    tokens: list[int]
    lemma: list[str]
    negated: bool = False
    modality: str | None = None
    attribution: str | None = None
    conditional_mood: bool = False
    particles: list[str] = field(default_factory=list)

    def note(self, modality: str | None) -> None:
        """Take a modality: the first one found, unless a later one is :data:`REPORTED`."""
        if modality and (self.modality is None or modality == REPORTED):
            self.modality = modality


@dataclass
class Frame:
    """The light noun an infinitive completes ("reached a deal to [buy]").

    Attributes:
        holder: The verb (or copular noun) whose clause the noun is in; its
            subject is the infinitive's, and its auxiliaries, negation and
            mood qualify it.
        modality: What the noun says of the infinitive (``intended``, or
            ``None`` for an agreement).
        adjunct: The noun comes before its verb ("Despite plans to add X,
            Y won't show"): it lends the subject only, the verb keeps its
            own clause.
    """

    holder: Node
    modality: str | None
    adjunct: bool = False


def _depth(tree: Tree, node: Node) -> int:
    """Number of heads above a node (bounded)."""
    nodes = tree.nodes
    depth = 0
    while node.head != node.i and depth < 50:
        node = nodes[node.head]
        depth += 1
    return depth
