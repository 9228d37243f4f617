"""Mending the parse before the rules read it: what the parser gets wrong in a way a rule can tell.

Prepositions are turned into case markers of their noun (as UD wants) where
the parser hung them otherwise; copulas give way to their predicate; a
preposition split from its noun, a name cut in two, a second subject that
is a named apposition, an inverted reporting verb after a quote, and a
count's complement are mended.
"""

from __future__ import annotations

from kg.ie.lexicon import (
    CONDITIONAL_ENDINGS,
    CONDITIONAL_STEMS,
    OF_PREPOSITIONS,
    PERSON_LABELS,
    REPORTING_VERBS,
)
from kg.ie.tree import (
    _PLAIN,
    _QUOTE_ENDS,
    _QUOTE_OPENINGS,
    _QUOTED_DEPS,
    _SPLIT_PREPOSITIONS,
    CLEAR_TO_UD,
    COPULA_LEMMAS,
    ROOT_LABEL,
    Node,
    Parse,
    Tree,
    _edges,
    _link,
    _morph,
)
from kg.lang import words as word_list
from kg.text import fold


def _is_verbal(node: Node) -> bool:
    """Whether a node heads a clause-like phrase (verb, adjective, adverb)."""
    return node.pos in ("VERB", "AUX", "ADJ", "ADV") or node.dep == "root"


def _turn_prepositions(nodes: list[Node]) -> None:
    """Make the object of an English preposition head it (UD ``case``)."""
    for prep in nodes:
        if prep.raw not in ("prep", "agent") and not (prep.raw == "dative" and prep.pos == "ADP"):
            continue
        obj = None
        for k in prep.kids:
            if nodes[k].raw in ("pobj", "pcomp"):
                obj = nodes[k]
                break
        if obj is None:
            inner = _inner_preposition(nodes, prep)
            if inner is not None and prep.head != prep.i:
                # "according to X", "out of X": the second preposition takes
                # the first one's place, which becomes part of its case.
                inner.head = prep.head
                prep.head, prep.dep = inner.i, "case"
                prep.raw = "case"
                continue
            if prep.head != prep.i and _is_verbal(nodes[prep.head]) and not prep.kids:
                # A stranded preposition ("the house he lived in") reads
                # with its verb, like a particle.
                prep.dep = "compound:prt"
            else:
                prep.dep = "dep"
            continue
        head = prep.head
        clause = obj.raw == "pcomp" and obj.pos in ("VERB", "AUX")
        if head == prep.i:
            obj.head, obj.dep = obj.i, ROOT_LABEL
        else:
            obj.head = head
            if prep.raw == "agent":
                obj.dep = "obl:agent"
            elif clause:
                obj.dep = "advcl"
            else:
                obj.dep = "obl" if _is_verbal(nodes[head]) else "nmod"
        for k in prep.kids:
            if k != obj.i:
                nodes[k].head = obj.i
        prep.head = obj.i
        prep.dep = "mark" if clause else "case"


def _inner_preposition(nodes: list[Node], prep: Node) -> Node | None:
    """A preposition right after ``prep`` that has an object of its own."""
    for k in prep.kids:
        kid = nodes[k]
        if kid.raw == "prep" and k == prep.i + 1 and any(nodes[j].raw == "pobj" for j in kid.kids):
            return kid
    return None


def _turn_copulas(nodes: list[Node]) -> None:
    """Make the predicate of an English copula head its clause (UD ``cop``)."""
    for pred in nodes:
        if pred.raw not in ("attr", "acomp") or pred.head == pred.i:
            continue
        be = nodes[pred.head]
        if be.lemma not in COPULA_LEMMAS or be.dep == "cop":
            continue
        if any(nodes[k].dep == "expl" for k in be.kids):
            pred.dep = "nsubj"
            continue
        if be.head == be.i:
            pred.head, pred.dep = pred.i, ROOT_LABEL
        else:
            pred.head, pred.dep = be.head, be.dep
        for k in be.kids:
            if k != pred.i:
                nodes[k].head = pred.i
        be.head, be.dep = pred.i, "cop"


def _mend_split_prepositions(nodes: list[Node]) -> None:
    """Attach the first words of a split multiword preposition to its case."""
    n = len(nodes)
    for words, nexts in _SPLIT_PREPOSITIONS:
        size = len(words)
        for k in range(n - size):
            if tuple(nodes[k + j].lower for j in range(size)) != words:
                continue
            nxt = nodes[k + size]
            if nxt.lower not in nexts:
                continue
            target = nxt.head if nxt.dep in ("case", "det") else nxt.i
            if target == k + size - 1 or target < k + size:
                continue
            for j in range(size):
                # Children of the split words (none expected) move with them.
                for c in nodes[k + j].kids:
                    if c >= k + size or c < k:
                        nodes[c].head = target
                nodes[k + j].head = target
                nodes[k + j].dep = "case"
            _link(nodes)


def _mend_named_second_subject(nodes: list[Node]) -> None:
    """Hang a name between commas after a subject on that subject, as its apposition.

    "Son directeur général, Andrea Orcel, a évalué ...": parsers often give the
    verb two subjects, the description and the name, or make the name a
    conjunct of the description with no "et". A common noun, a comma, then such
    a name closed by a comma: the name is the description's apposition.
    """
    changed = False
    pairs = []
    for node in nodes:
        subjects = [k for k in node.kids if nodes[k].dep in ("nsubj", "nsubj:pass")]
        if len(subjects) == 2:
            pairs.append((nodes[subjects[0]], nodes[subjects[1]]))
        # ... or the name as a conjunct with no "et" ("Son directeur général, Paul Girard, a salué").
        pairs.extend(
            (node, nodes[k])
            for k in node.kids
            if k > node.i and nodes[k].dep == "conj" and not any(nodes[j].dep == "cc" for j in nodes[k].kids)
        )
    for first, second in pairs:
        if first.pos != "NOUN" or second.pos != "PROPN":
            continue
        name_end = max(
            [second.i]
            + [
                k
                for k in range(second.i + 1, len(nodes))
                if nodes[k].head == second.i and nodes[k].dep.startswith("flat")
            ]
        )
        comma = second.i - 1
        if (
            comma <= first.i
            or nodes[comma].text != ","
            or name_end + 1 >= len(nodes)
            or nodes[name_end + 1].text != ","
        ):
            continue
        if not all(_under(nodes, n, first.i) and not _under(nodes, n, second.i) for n in nodes[first.i + 1 : comma]):
            continue  # only the description's own words ("général") stand between it and the comma
        second.head, second.dep = first.i, "appos"
        changed = True
    if changed:
        _link(nodes)


def _under(nodes: list[Node], node: Node, ancestor: int) -> bool:
    """Whether ``node`` is in the subtree of ``ancestor`` (following heads, at most 20 steps)."""
    current = node
    for _ in range(20):
        if current.head == ancestor:
            return True
        if current.head == current.i:
            return False
        current = nodes[current.head]
    return False


def _mend_names(nodes: list[Node]) -> None:
    """Attach a name part to its own entity when the parser hung it elsewhere."""
    for node in nodes:
        if node.dep != "flat:name" or node.ent_start < 0 or node.head == node.i:
            continue
        head = nodes[node.head]
        if head.ent_start == node.ent_start:
            continue
        first = nodes[node.ent_start]
        if first.i != node.i:
            node.head = first.i


def _mend_name_particles(nodes: list[Node]) -> None:
    """Keep a person's name whole when it holds a particle: "Luca de Meo", "Ursula von der Leyen".

    The parser reads the particle as a preposition and the rest of the name
    as its complement ("Luca" ← nmod "Meo" ← case "de"); inside one name the
    tagger marks as a person, the complement and its particle are name parts.
    """
    changed = False
    for node in nodes:
        if node.dep not in ("nmod", "obl", "pobj") or node.ent not in PERSON_LABELS or node.ent_start < 0:
            continue
        head = nodes[node.head]
        if head.ent_start != node.ent_start or head.i >= node.i:
            continue
        particles = [
            k for k in node.kids if k < node.i and nodes[k].dep == "case" and nodes[k].ent_start == node.ent_start
        ]
        if not particles:
            continue
        for k in [*particles, node.i]:
            nodes[k].head, nodes[k].dep = head.i, "flat:name"
        changed = True
    if changed:
        _link(nodes)


def _mend_apposition_on_role_complement(nodes: list[Node], lang: str) -> None:
    """Hang a person's name after "the ROLE of ORG," on the role, as its apposition.

    "As the CEO of Martin Marietta, Ward Nye, said": the parser hangs the name
    on the nearest noun, the company; the name is who holds the role.
    """
    changed = False
    for node in nodes:
        if node.dep != "appos" or node.ent not in PERSON_LABELS:
            continue
        complement = nodes[node.head]
        if complement.head == complement.i or complement.ent in PERSON_LABELS or complement.pos != "PROPN":
            continue
        role = nodes[complement.head]
        if (
            complement.dep not in ("nmod", "pobj")
            or role.pos not in ("NOUN", "PROPN")
            or fold(role.lemma) not in word_list("ROLE_NOUNS", lang)
        ):
            continue
        if not any(nodes[k].dep == "case" and nodes[k].lower in OF_PREPOSITIONS for k in complement.kids):
            continue
        first = node.ent_start if 0 <= node.ent_start <= node.i else node.i
        if first < 1 or nodes[first - 1].text != ",":
            continue
        node.head = role.i
        changed = True
    if changed:
        _link(nodes)


def _mend_inverted_reporter(nodes: list[Node], clear: bool) -> None:
    """Find the subject of an inverted verb of saying ("..., a expliqué X").

    The French parser reads "a expliqué dans un communiqué Jeff Zhang,
    président et directeur de..." as the communiqué's apposition; the name
    is the verb's subject, and the role nouns coordinated with it are its
    appositions. After a quotation ("« ... », a ajouté la directrice") it
    reads the subject as the verb's object, and the quotation, when the verb
    heads the sentence, as an adverbial clause.
    """
    for verb in nodes:
        if verb.pos != "VERB" or verb.lemma not in REPORTING_VERBS:
            continue
        quote = None if clear else _quotation(nodes, verb)
        if quote is not None:
            quote.dep = "ccomp"
        if any(nodes[k].dep.startswith("nsubj") for k in verb.kids):
            continue
        if quote is not None or (not clear and _inverted_after_quote(nodes, verb)):
            obj = next((nodes[k] for k in verb.kids if nodes[k].dep == "obj" and k > verb.i), None)
            if obj is not None and obj.pos in ("NOUN", "PROPN"):
                obj.dep = "nsubj"
                continue
        for k in verb.kids:
            obl = nodes[k]
            if not obl.dep.startswith("obl") or k < verb.i:
                continue
            name = next(
                (nodes[j] for j in obl.kids if nodes[j].dep == "appos" and nodes[j].ent in ("PER", "PERSON")), None
            )
            if name is None:
                continue
            name.head, name.dep = verb.i, "nsubj"
            roles = [nodes[j] for j in name.kids if nodes[j].dep == "conj" and nodes[j].pos == "NOUN"]
            if roles:
                roles[0].dep = "appos"
                for other in roles[1:]:
                    other.head = roles[0].i
            _link(nodes)
            break


def _quotation(nodes: list[Node], verb: Node) -> Node | None:
    """The quoted clause that opens the sentence and hangs off its verb of saying, if any."""
    if len(nodes) < 2 or nodes[0].text not in _QUOTE_OPENINGS:
        return None
    # The clause that holds the first word after the opening quote.
    first = nodes[1]
    for _ in range(len(nodes)):
        if first.head == verb.i or first.head == first.i:
            break
        first = nodes[first.head]
    if first.head != verb.i or first.i > verb.i or first.dep not in _QUOTED_DEPS:
        return None
    if first.pos in ("VERB", "AUX") or (
        first.pos in ("ADJ", "NOUN") and any(nodes[j].dep.startswith("nsubj") for j in first.kids)
    ):
        return first
    return None


def _inverted_after_quote(nodes: list[Node], verb: Node) -> bool:
    """Whether a verb of saying follows the clause it reports ("« ... », a ajouté")."""
    if verb.dep != "parataxis" or verb.head > verb.i or any(nodes[k].dep == "ccomp" for k in verb.kids):
        return False
    first = min([verb.i] + [k for k in verb.kids if k < verb.i and nodes[k].dep != "punct"])
    return first > 0 and nodes[first - 1].text in _QUOTE_ENDS


def _mend_participle_opener(nodes: list[Node]) -> None:
    """Give the subject after an opening participial clause back to the finite verb.

    "Employant 1 600 collaborateurs, Destia a réalisé un chiffre d'affaires
    de 564 millions": the parser makes "Employant" the root and Destia its
    subject; Destia is the subject of "a réalisé", which the participle's
    clause modifies.
    """
    root = next((n for n in nodes if n.head == n.i), None)
    if root is None or root.pos != "VERB" or root.verbform != "Part" or root.i != 0:
        return
    subject = next((nodes[k] for k in root.kids if nodes[k].dep.startswith("nsubj") and k > root.i), None)
    if subject is None or not any(nodes[k].text == "," for k in range(root.i + 1, subject.i)):
        return
    verb = next(
        (
            nodes[k]
            for k in root.kids
            if k > subject.i and nodes[k].pos == "VERB" and nodes[k].dep in ("parataxis", "conj", "advcl", "dep")
        ),
        None,
    )
    if verb is None or any(nodes[k].dep.startswith("nsubj") for k in verb.kids):
        return
    for k in root.kids:
        if k >= subject.i and k != verb.i:
            nodes[k].head = verb.i
    verb.head, verb.dep = verb.i, root.dep
    root.head, root.dep = verb.i, "advcl"
    _link(nodes)


def _mend_dated_periods(nodes: list[Node], lang: str) -> None:
    """Make "l'an passé" a time phrase of the verb, not a clause whose verb "passer" takes the object.

    "Verlac a réalisé l'an passé un chiffre d'affaires de 312 millions": the
    parser makes "an" the subject of "passé", and the turnover its object.
    """
    periods, dating = word_list("PERIOD_NOUNS", lang), word_list("PERIOD_DATING_WORDS", lang)
    if not dating:
        return
    changed = False
    for participle in nodes:
        if participle.head == participle.i or participle.dep == "amod" or fold(participle.lower) not in dating:
            continue
        period = next(
            (nodes[k] for k in participle.kids if k == participle.i - 1 and fold(nodes[k].lower) in periods), None
        )
        if period is None or not period.dep.startswith("nsubj"):
            continue
        # The verb just before ("a réalisé l'an passé un chiffre d'affaires"), else the participle's head.
        verb = next((n.i for n in reversed(nodes[: period.i]) if n.pos == "VERB"), participle.head)
        if verb == participle.i:
            continue
        for k in participle.kids:
            if k != period.i:
                nodes[k].head = verb  # the turnover is the main verb's object again
        period.head, period.dep = verb, "obl:mod"
        participle.head, participle.dep, participle.pos = period.i, "amod", "ADJ"
        changed = True
    if changed:
        _link(nodes)


def _mend_quantity_complements(nodes: list[Node]) -> None:
    """Lift "dans X" off an amount object onto the verb ("investir 28 milliards dans X")."""
    for node in nodes:
        if node.dep != "nmod" or node.head == node.i:
            continue
        amount = nodes[node.head]
        if amount.dep != "obj" or amount.head == amount.i:
            continue
        if not (amount.pos == "NUM" or any(nodes[k].dep == "nummod" for k in amount.kids)):
            continue
        case = [nodes[k] for k in node.kids if nodes[k].dep == "case" and k < node.i]
        if not case or case[0].lower in OF_PREPOSITIONS:
            continue
        node.head, node.dep = amount.head, "obl"


def _looks_conditional(node: Node) -> bool:
    """Whether a French finite verb is in the conditional by its form.

    The conditional is the future stem (the infinitive, less the final -e of
    -re verbs, or an irregular stem) plus the endings of the imperfect:
    "déclarerait" is a conditional, "déclarait" is not.
    """
    if node.verbform not in ("Fin", ""):
        return False
    form, lemma = node.lower.translate(_PLAIN), node.lemma.translate(_PLAIN)
    for ending in CONDITIONAL_ENDINGS:
        if not form.endswith(ending) or len(form) <= len(ending) + 1:
            continue
        stem = form[: -len(ending)]
        if not stem.endswith("r"):
            return False
        if stem == lemma or (lemma.endswith("re") and stem == lemma[:-1]):
            return True
        # Doubled consonants ("appellerait") and irregular stems ("ferait").
        if lemma.endswith(("ler", "ter")) and stem == lemma[:-3] + lemma[-3] * 2 + "er":
            return True
        return any(lemma.endswith(infinitive) and stem.endswith(future) for infinitive, future in CONDITIONAL_STEMS)
    return False


def build_tree(parse: Parse, start: int, end: int, lang: str) -> Tree:
    """Build the UD view of one sentence of a parse.

    Args:
        parse: The parse of the whole text (:func:`read_parse`).
        start: Index of the sentence's first token.
        end: Index just after its last token.
        lang: Its language; ``en`` labels are mapped from ClearNLP onto UD.

    Returns:
        The tree, its nodes indexed from 0 at the sentence start.
    """
    offset = start
    size = end - start
    text = parse.text
    rows, heads = parse.rows[start:end].tolist(), parse.heads[start:end].tolist()
    strings = parse.strings
    clear = lang == "en"
    nodes: list[Node] = []
    ent_start = -1
    for k, (lower, lemma, pos, tag, dep_id, idx, length, ent, morph, iob) in enumerate(rows):
        node = Node(k)
        node.text = text[idx : idx + length]
        node.lower = strings[lower]
        node.lemma = strings[lemma].lower() or node.lower
        node.pos = strings[pos]
        node.tag = strings[tag]
        dep = strings[dep_id]
        node.raw = dep
        node.dep = CLEAR_TO_UD.get(dep, dep) if clear else ("root" if dep == "ROOT" else dep)
        head = heads[k] - offset
        node.head = head if 0 <= head < size else k
        node.start = idx
        node.end = idx + length
        node.ent = strings[ent]  # index 0 is "": outside entities
        node.verbform, node.mood, node.prontype = _morph(strings[morph])
        # IOB codes: 3 begins an entity, 1 continues it, 2 and 0 are outside.
        if iob == 3 or (iob == 1 and ent_start < 0):
            ent_start = k
        elif iob != 1:
            ent_start = -1
        node.ent_start = ent_start
        node.ent_end = -1
        if (
            not clear
            and node.pos == "VERB"
            and node.verbform == "Fin"
            and node.lemma == node.lower
            and node.lower.endswith("e")
        ):
            # The French lemmatizer leaves some present forms as they are
            # ("cherche"): first-group verbs end in -er.
            node.lemma = node.lower + "r"
        if not clear and node.pos in ("VERB", "AUX") and node.mood != "Cnd" and _looks_conditional(node):
            # The French tagger reads many conditionals as indicatives
            # ("ouvrirait"): the form is the future stem plus -ait.
            node.mood = "Cnd"
        if clear and dep == "aux" and node.tag == "TO":
            node.dep = "mark"
        nodes.append(node)
    if not nodes:
        return Tree(nodes, text, lang)
    if not parse.has_dep:
        for node in nodes:
            node.head, node.dep = node.i, "dep"
        nodes[0].dep = ROOT_LABEL
        for node in nodes[1:]:
            node.head = 0
    end = len(nodes)
    for node in reversed(nodes):
        if node.ent_start < 0:
            continue
        if node.i + 1 == len(nodes) or nodes[node.i + 1].ent_start != node.ent_start:
            end = node.i + 1
        node.ent_end = end
    _link(nodes)
    if clear:
        _turn_prepositions(nodes)
        _link(nodes)
        _turn_copulas(nodes)
    else:
        _mend_split_prepositions(nodes)
    _mend_names(nodes)
    _link(nodes)
    _mend_name_particles(nodes)
    _mend_apposition_on_role_complement(nodes, lang)
    _mend_inverted_reporter(nodes, clear)
    _mend_participle_opener(nodes)
    _mend_dated_periods(nodes, lang)
    _mend_quantity_complements(nodes)
    _link(nodes)
    _mend_named_second_subject(nodes)
    _edges(nodes)
    return Tree(nodes, text, lang)
