"""The object that closes a clause after its verb (``我们建设了X，包括A、B和C``: X), for a list
clause that opens with an including verb and has no subject of its own.

The clause before the list names its whole as the object of a verb (``建设了X``, ``打造X``); the
list clause then gives its parts. Only a thing (a concept, factor or initiative) is such a
whole, only the phrase that runs from right after the verb (and its marks of aspect,
``object_aspect_marks`` in the language data) to the end of the clause, and only when the
phrase reader reads all of it as one name: a clause without an object (``我们加快发展，包括…``)
or whose last words are no name gives none."""

from __future__ import annotations

from collections.abc import Collection

from ..arguments.phrases import Ent, Phrases
from ..words.tokens import tokenize

__all__ = ["clause_object"]

#: the types a whole with parts may have
_WHOLE_TYPES = ("Concept", "Factor", "Initiative")


def clause_object(sim: str, ph: Phrases, s: int, e: int, marks: Collection[str]) -> Ent | None:
    """The thing the clause ``[s, e)`` closes with as the object of a verb (the words after the
    verb and its ``marks`` to the end of the clause, read as one name; the first verb whose
    words after it are one), or None."""
    words = tokenize(sim, s, e)
    for k, w in enumerate(words[:-1]):
        if not (w.verb or w.tag == "vn"):  # (建设了X: a verbal noun is a verb before 了 too)
            continue
        j = k + 1
        while j < len(words) and words[j].text in marks:
            j += 1
        if j >= len(words) or not words[j].noun or words[j].tag == "vn":
            continue  # (加快建设X: the object of 建设, not of 加快)
        ent = ph.resolve(words[j].start, e)
        if ent is not None and ent.type in _WHOLE_TYPES and not ent.weak and \
                ent.start == words[j].start and ent.end == e:
            return ent
    return None
