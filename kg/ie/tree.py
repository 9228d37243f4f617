"""A Universal Dependencies view of one parsed sentence, in plain Python.

Every rule of the extractor reads this view, never spaCy tokens, so that the
French pipeline (trained on UD) and the English one (trained on ClearNLP
labels) are handled by one set of rules. :func:`read_parse` takes the plain
data out of a spaCy ``Doc``; :func:`kg.ie.mending.build_tree` is the one place
where ClearNLP's labels and shapes are mapped onto UD:

- labels are renamed (``dobj`` → ``obj``, ``nsubjpass`` → ``nsubj:pass``...);
- a preposition heading its object (``prep`` → ``pobj``) is turned round, so
  that the noun heads the phrase and the preposition is its ``case``;
- a copula heading its predicate (``is`` → ``attr``/``acomp``) is turned
  round, so that the predicate heads the clause and ``be`` is its ``cop``.

It also mends a few parses the rules cannot live with (multiword
prepositions such as "d’ici à" split across the tree).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from kg.lang import en, fr, per_language

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Token attributes :func:`build_tree` reads, in the order it unpacks them.
_ATTRS = ("LOWER", "LEMMA", "POS", "TAG", "DEP", "IDX", "LENGTH", "ENT_TYPE", "MORPH", "ENT_IOB")

#: Columns of :data:`_ATTRS` that hold string ids (all but offsets and IOB codes).
_STRING_COLUMNS = [i for i, name in enumerate(_ATTRS) if name not in ("IDX", "LENGTH", "ENT_IOB")]

#: Columns of :data:`_ATTRS` with a token's character offset and length.
_IDX, _LENGTH = _ATTRS.index("IDX"), _ATTRS.index("LENGTH")
_POS, _ENT_TYPE = _ATTRS.index("POS"), _ATTRS.index("ENT_TYPE")

#: Morphological features by analysis (analyses repeat a lot).
_MORPH_CACHE: dict[str, tuple[str, str, str]] = {}

#: Nodes with more children than this have their lookups memoized.
_MEMO_FANOUT = 16

#: ClearNLP (English spaCy pipelines) label → UD label.
CLEAR_TO_UD: dict[str, str] = {
    "ROOT": "root",
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "dative": "iobj",
    "poss": "nmod:poss",
    "prt": "compound:prt",
    "neg": "advmod",
    "relcl": "acl:relcl",
    "npadvmod": "obl:npmod",
    "quantmod": "advmod",
    "predet": "det",
    "preconj": "cc:preconj",
    "intj": "discourse",
    "meta": "dep",
    "oprd": "xcomp",
    "acomp": "xcomp",
    "attr": "xcomp",
    "pobj": "obl",
    "pcomp": "obl",
    "prep": "obl",
    "agent": "obl:agent",
    "nmod": "nmod",
    "number": "nummod",
}

#: UD labels that are the same in both schemes or French-only; kept as is.
ROOT_LABEL = "root"

#: Clauses left out of an argument wherever they hang inside it.
NESTED_TRIM_DEPS = frozenset({"acl:relcl", "parataxis"})

#: Parts of speech that head nominal phrases.
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X", "SYM"})

#: Lemmas of copulas.
COPULA_LEMMAS = frozenset(per_language("COPULA_LEMMA").values())

#: Punctuation that ends a quotation before its verb of saying.
_QUOTE_ENDS = frozenset({",", "»", '"', "”", "’", "'", "-", "–", "—"})

#: Punctuation that opens a quotation.
_QUOTE_OPENINGS = frozenset({"«", '"', "“", "‘"})

#: Labels the French parser gives a quotation before its verb of saying.
_QUOTED_DEPS = frozenset({"advcl", "ccomp", "parataxis", "xcomp", "dep", "obj"})

#: Accented letters that a future stem writes plain ("rachèterait" ← racheter).
_PLAIN = str.maketrans("èé", "ee")

#: Multiword prepositions the French parser splits: words before a ``case``
#: token that belong to it, e.g. "d’ici" + "à 2023".
_SPLIT_PREPOSITIONS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = tuple(
    (words, frozenset(nexts)) for words, nexts in (*fr.SPLIT_PREPOSITIONS, *en.SPLIT_PREPOSITIONS)
)


class Node:
    """One token of the UD view.

    Attributes:
        i: Index of the token in the sentence (0-based).
        text: Surface form.
        lower: Lower-cased surface form.
        lemma: Lower-cased lemma.
        pos: Universal POS tag.
        tag: Fine-grained tag.
        dep: UD relation to the head.
        head: Index of the head; the root is its own head.
        start: Character offset in the document.
        end: Character offset just after the token.
        ent: Entity label, "" outside entities.
        ent_start: Index of the first token of its entity, -1 outside.
        ent_end: Index just after the last token of its entity, -1 outside.
        verbform: Morphological VerbForm ("Inf", "Part", "Fin", "Ger"...).
        mood: Morphological Mood ("Cnd", "Ind"...).
        prontype: Morphological PronType ("Rel", "Prs"...).
        kids: Indices of the children, in sentence order.
        left: Index of the leftmost token of the subtree.
        right: Index of the rightmost token of the subtree.
        raw: The label the parser gave, before mapping.
        tl: Leftmost token of the subtree without relative clauses inside.
        tr: Rightmost token of the subtree without relative clauses inside.
    """

    __slots__ = (
        "i",
        "text",
        "lower",
        "lemma",
        "pos",
        "tag",
        "dep",
        "head",
        "start",
        "end",
        "ent",
        "ent_start",
        "ent_end",
        "verbform",
        "mood",
        "prontype",
        "kids",
        "left",
        "right",
        "raw",
        "tl",
        "tr",
    )

    i: int
    text: str
    lower: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int
    end: int
    ent: str
    ent_start: int
    ent_end: int
    verbform: str
    mood: str
    prontype: str
    kids: list[int]
    left: int
    right: int
    raw: str
    tl: int
    tr: int

    def __init__(self, i: int) -> None:
        self.i = i
        self.kids = []

    def __repr__(self) -> str:
        return f"Node({self.i}, {self.text!r}, {self.dep}->{self.head})"


class Tree:
    """The UD view of one sentence.

    Attributes:
        nodes: One :class:`Node` per token.
        text: The document's text (offsets of nodes point into it).
        lang: Language code.
        root: Index of the root token.
    """

    __slots__ = ("nodes", "text", "lang", "root", "memo")

    def __init__(self, nodes: list[Node], text: str, lang: str) -> None:
        self.nodes = nodes
        self.text = text
        self.lang = lang
        self.root = next((n.i for n in nodes if n.head == n.i), 0)
        # Answers computed once per tree: rules ask the same node the same
        # question once per conjunct, which on a flat tree of thousands of
        # conjuncts would otherwise be quadratic.
        self.memo: dict[tuple[Any, ...], Any] = {}

    def __len__(self) -> int:
        return len(self.nodes)

    def kids(self, i: int, deps: frozenset[str] | set[str] | tuple[str, ...]) -> list[Node]:
        """Children of node ``i`` whose relation is one of ``deps``."""
        nodes = self.nodes
        return [nodes[k] for k in nodes[i].kids if nodes[k].dep in deps]

    def kid(self, i: int, deps: frozenset[str] | tuple[str, ...]) -> Node | None:
        """First child of node ``i`` whose relation is one of ``deps``."""
        nodes = self.nodes
        kids = nodes[i].kids
        if len(kids) > _MEMO_FANOUT:
            key = ("kid", i, deps)
            if key not in self.memo:
                self.memo[key] = next((nodes[k] for k in kids if nodes[k].dep in deps), None)
            return self.memo[key]
        for k in kids:
            if nodes[k].dep in deps:
                return nodes[k]
        return None

    def span_text(self, left: int, right: int) -> str:
        """Document text from token ``left`` to token ``right`` inclusive."""
        return self.text[self.nodes[left].start : self.nodes[right].end]


class Parse(NamedTuple):
    """What the extractor reads of a spaCy parse, as plain data.

    Read from a ``Doc`` in a few array calls (:func:`read_parse`): one array
    read is much cheaper than a spaCy ``Token`` object per attribute and
    token. It pickles small and reading it needs no spaCy, so one process
    can parse and another extract.
    """

    #: The text of the ``Doc`` (spaCy joins its tokens anew at every ``Doc.text``).
    text: str
    #: Tokens × :data:`_ATTRS` (an integer array); strings are indices
    #: into ``strings``.
    rows: Any
    #: Per token, its head as an absolute token index (an integer array).
    heads: Any
    #: The strings of the parse; the first is "" (no value).
    strings: list[str]
    #: Token ranges of the sentences, without their leading and trailing
    #: whitespace tokens; sentences of whitespace only are left out.
    sentences: tuple[tuple[int, int], ...]
    #: Token ranges and labels of the named entities.
    ents: tuple[tuple[int, int, str], ...]
    #: Whether the parse has dependencies (else every sentence is flat).
    has_dep: bool
    #: Whether named entities were recognized.
    has_ents: bool

    def pos(self, i: int) -> str:
        """The part of speech of token ``i`` ("PROPN")."""
        return self.strings[int(self.rows[i, _POS])]

    def entity_type(self, i: int) -> str:
        """The named-entity label of token ``i``, "" outside an entity."""
        return self.strings[int(self.rows[i, _ENT_TYPE])]

    def token(self, i: int) -> str:
        """The text of token ``i``."""
        start, end = self.chars(i, i + 1)
        return self.text[start:end]

    def chars(self, first: int, end: int) -> tuple[int, int]:
        """Character offsets in ``text`` of the tokens from ``first`` to ``end`` (excluded)."""
        rows = self.rows
        return int(rows[first, _IDX]), int(rows[end - 1, _IDX] + rows[end - 1, _LENGTH])


def read_parse(doc: Doc) -> Parse:
    """What the extractor reads of a parsed ``Doc``.

    Sentences are the parser's (or the sentence splitter's); a ``Doc`` with
    neither is one sentence.
    """
    import numpy

    text = doc.text
    size = len(doc)
    if not size:
        return Parse(
            text, numpy.zeros((0, len(_ATTRS)), numpy.int32), numpy.zeros(0, numpy.int32), [""], (), (), False, False
        )
    table = doc.to_array(list(_ATTRS))
    # spaCy's 64-bit string ids become indices into the parse's own list
    # (0 first, so index 0 is ""): the rows then fit in 32 bits.
    ids, indices = numpy.unique(
        numpy.concatenate((numpy.zeros(1, table.dtype), table[:, _STRING_COLUMNS].ravel())), return_inverse=True
    )
    rows = table.astype(numpy.int32)
    rows[:, _STRING_COLUMNS] = indices[1:].reshape(size, len(_STRING_COLUMNS))
    heads = (doc.to_array(["HEAD"]).astype(numpy.int64) + numpy.arange(size)).astype(numpy.int32)
    lookup = doc.vocab.strings
    strings = [lookup[i] if i else "" for i in ids.tolist()]
    has_dep = doc.has_annotation("DEP")
    spans = doc.sents if doc.has_annotation("SENT_START") or has_dep else (doc[:],)
    spaces = doc.to_array(["IS_SPACE"]).tolist()
    sentences = []
    for span in spans:
        start, end = span.start, span.end
        while start < end and spaces[start]:
            start += 1
        while end > start and spaces[end - 1]:
            end -= 1
        if end > start:
            sentences.append((start, end))
    has_ents = doc.has_annotation("ENT_IOB")
    ents = tuple((e.start, e.end, e.label_) for e in doc.ents) if has_ents else ()
    return Parse(text, rows, heads, strings, tuple(sentences), ents, has_dep, has_ents)


def _link(nodes: Sequence[Node]) -> None:
    """Recompute children lists from heads, breaking cycles at the root."""
    for node in nodes:
        node.kids = []
    for node in nodes:
        if node.head != node.i:
            nodes[node.head].kids.append(node.i)


def _edges(nodes: Sequence[Node]) -> None:
    """Set each node's subtree edges, iteratively (trees may be very deep)."""
    for node in nodes:
        node.left = node.right = node.tl = node.tr = node.i
    order: list[int] = []
    stack = [n.i for n in nodes if n.head == n.i]
    seen = bytearray(len(nodes))
    while stack:
        k = stack.pop()
        if seen[k]:
            continue
        seen[k] = 1
        order.append(k)
        stack.extend(nodes[k].kids)
    for k in reversed(order):
        node = nodes[k]
        for c in node.kids:
            child = nodes[c]
            if child.left < node.left:
                node.left = child.left
            if child.right > node.right:
                node.right = child.right
            if child.dep not in NESTED_TRIM_DEPS:
                if child.tl < node.tl:
                    node.tl = child.tl
                if child.tr > node.tr:
                    node.tr = child.tr


def _morph(analysis: str) -> tuple[str, str, str]:
    """VerbForm, Mood and PronType of a morphological analysis ("Mood=Ind|Number=Sing|...")."""
    found = _MORPH_CACHE.get(analysis)
    if found is None:
        features = dict(f.split("=", 1) for f in analysis.split("|") if "=" in f)
        found = (features.get("VerbForm", ""), features.get("Mood", ""), features.get("PronType", ""))
        if len(_MORPH_CACHE) < 100_000:
            _MORPH_CACHE[analysis] = found
    return found
