"""The Chinese language data of the extractor, as package data files (docs/extraction.md,
"Lexicon and cue-word files"): ``lexicon.yaml`` (terms, places), ``cues.yaml`` (cue words per
relation, name-shape word lists), ``generic.yaml`` (generic heads) and ``grammar.yaml``
(function words, measure words, numerals and the patterns built from them). User lexicon files
(``--lexicon``) use the same schema and add to these.

Code that has a :class:`~conceptkg.loaders.lexicon.Lexicon` at hand reads it there; values
needed where there is none (normalization, numeral parsing) read the shipped data once through
:func:`shipped`."""

from __future__ import annotations

from ..lexicon import Lexicon, get_lexicon

__all__ = ["shipped"]


def shipped() -> Lexicon:
    """The shipped language data alone (no user files), loaded once per process."""
    return get_lexicon(())
